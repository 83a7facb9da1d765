import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureTemporalCli } from './temporal-cli.js';

export interface DevServerOptions {
  port: number;
  /** The Web UI port; omit for a headless server. */
  uiPort?: number;
  /** SQLite file to persist to; omit to keep everything in memory. */
  dbFile?: string;
  namespace?: string;
  log?: (line: string) => void;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

/**
 * A real Temporal server: `temporal server start-dev` from the CLI the project finds or
 * builds; where neither Go nor a CLI is at hand, the SDK downloads one (needs internet).
 */
export async function startTemporalDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const namespace = options.namespace ?? 'default';
  const address = `127.0.0.1:${options.port}`;
  if (options.dbFile) mkdirSync(dirname(options.dbFile), { recursive: true });
  const cli = await ensureTemporalCli(log);
  if (!cli) {
    log('No Temporal CLI and no Go: letting the Temporal SDK download the CLI (needs internet).');
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'cached-download' },
        ip: '127.0.0.1',
        port: options.port,
        namespace,
        ui: options.uiPort !== undefined,
        uiPort: options.uiPort,
        dbFilename: options.dbFile,
      },
    });
    return { address, uiUrl: uiUrl(options), stop: () => env.teardown() };
  }

  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--namespace',
    namespace,
    '--log-level',
    'warn',
  ];
  if (options.uiPort !== undefined) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Whatever happens to this process, the server does not outlive it.
  process.once('exit', () => child.kill('SIGKILL'));
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitUntilServing(address, namespace, child, output);
  return { address, uiUrl: uiUrl(options), stop: () => stopChild(child) };
}

function uiUrl(options: DevServerOptions): string | undefined {
  return options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : undefined;
}

async function waitUntilServing(address: string, namespace: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`temporal server start-dev exited with ${exited}:\n${output.join('')}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`Temporal dev server did not answer on ${address} within 60 s:\n${output.join('')}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
