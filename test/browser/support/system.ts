import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launcherEnvironment, type LauncherPorts } from '../../support/launcher-env.js';

export interface RunningSystem {
  ports: LauncherPorts;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the whole system exactly as `npm start` does (the built launcher), on free ports with a
 * scratch data folder; `env` adds settings (DECISION_NUMBERING…). Resolves once it is up.
 */
export async function startSystem(env: Record<string, string> = {}): Promise<RunningSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'commendation-browser-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder
  const { ports, env: launcherEnv } = await launcherEnvironment(dataDir);

  const launcher = spawn(process.execPath, ['dist/apps/launcher/src/main.js'], {
    env: { ...launcherEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The system did not start within 3 minutes:\n${output}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops everything')) {
        clearTimeout(timer);
        resolve();
      }
    };
    launcher.stdout.on('data', read);
    launcher.stderr.on('data', read);
    launcher.once('exit', (code) => reject(new Error(`The launcher exited (${code}) before the system was up:\n${output}`)));
  });
  await ready;

  return {
    ports,
    baseUrl: `http://localhost:${ports.PORT}`,
    stop: async () => {
      const exited = new Promise((resolve) => launcher.once('exit', resolve));
      launcher.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      if (launcher.exitCode === null) launcher.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
