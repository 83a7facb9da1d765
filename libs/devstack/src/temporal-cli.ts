import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir } from './cache-dir.js';

/** The newest CLI that `go install` can still build (later versions need replace directives). */
export const TEMPORAL_CLI_VERSION = '1.5.1';
const MODULE = `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`;

export type CliSource = 'TEMPORAL_CLI_PATH' | 'PATH' | 'cache' | 'built';

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function cachedCliPath(): string {
  return cacheDir('temporal-cli', TEMPORAL_CLI_VERSION, 'temporal');
}

/**
 * Finds the Temporal CLI without building: `$TEMPORAL_CLI_PATH`, then `temporal` on PATH,
 * then the project's cache. Undefined when it has to be built (or downloaded).
 */
export function findTemporalCli(): { path: string; source: CliSource } | undefined {
  const explicit = process.env.TEMPORAL_CLI_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`TEMPORAL_CLI_PATH=${explicit} does not exist`);
    return { path: explicit, source: 'TEMPORAL_CLI_PATH' };
  }
  const fromPath = onPath('temporal');
  if (fromPath) return { path: fromPath, source: 'PATH' };
  const cached = cachedCliPath();
  if (existsSync(cached)) return { path: cached, source: 'cache' };
  return undefined;
}

export function goAvailable(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Builds the CLI once with Go from the module proxy into the cache (a few minutes on two
 * cores), printing each package as it compiles. Built in a scratch folder and renamed into
 * place, so an interrupted or concurrent build never leaves half a binary in the cache.
 */
export async function buildTemporalCli(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<string> {
  const target = cachedCliPath();
  const scratch = `${target}.build-${process.pid}`;
  mkdirSync(scratch, { recursive: true });
  log(`Building the Temporal CLI v${TEMPORAL_CLI_VERSION} with Go (first run only, about 5 minutes)…`);
  const started = Date.now();
  let built = 0;
  await new Promise<void>((resolve, reject) => {
    const go = spawn('go', ['install', '-v', MODULE], {
      env: { ...process.env, GOBIN: scratch, CGO_ENABLED: '0', GOFLAGS: '-trimpath' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let lastReport = 0;
    go.stderr.setEncoding('utf8');
    go.stderr.on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        if (line.startsWith('go: downloading')) continue;
        built++;
        if (Date.now() - lastReport > 5000) {
          lastReport = Date.now();
          log(`  … ${built} packages compiled (${Math.round((Date.now() - started) / 1000)} s): ${line}`);
        }
        if (/error|cannot|fatal/i.test(line)) log(`  ${line}`);
      }
    });
    go.on('error', reject);
    go.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`go install ${MODULE} exited with ${code}`))));
  });
  if (!existsSync(target)) renameSync(join(scratch, 'temporal'), target);
  rmSync(scratch, { recursive: true, force: true });
  log(`Temporal CLI ready in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
  return target;
}

/** The CLI to run: found, or built with Go. Undefined only when neither works (then the SDK downloads one). */
export async function ensureTemporalCli(log?: (line: string) => void): Promise<string | undefined> {
  const found = findTemporalCli();
  if (found) return found.path;
  if (!goAvailable()) return undefined;
  return buildTemporalCli(log);
}
