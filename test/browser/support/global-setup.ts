import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launcherEnvironment } from '../../support/launcher-env.js';
import { ensureChromium } from './chromium.js';

/**
 * Starts the whole system once for the browser tests, exactly as `npm start` does (the built
 * launcher), on free ports with a scratch data folder; the returned function stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  ensureChromium(log);
  const dataDir = mkdtempSync(join(tmpdir(), 'commendation-browser-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder
  const { ports, env } = await launcherEnvironment(dataDir);

  const launcher = spawn(process.execPath, ['dist/apps/launcher/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  process.env.WEB_BASE_URL = `http://localhost:${ports.PORT}`;
  process.env.TEMPORAL_UI_URL = `http://127.0.0.1:${ports.TEMPORAL_UI_PORT}`;
  log(`Browser tests against ${process.env.WEB_BASE_URL}`);

  return async () => {
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    launcher.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    if (launcher.exitCode === null) launcher.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
