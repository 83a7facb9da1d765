// The archive of recorded workflow histories (test/histories): append-only, one generation of
// workflow code per file-name prefix, each committed file pinned by its sha256 in manifest.sha256.
//
// Plain JavaScript, so that global-setup.js and add-history-to-manifest.mjs (run with bare `node`,
// no npm, no build) share it with the TypeScript tests. Types: history-archive.d.mts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HISTORIES_DIR = fileURLToPath(new URL('../histories/', import.meta.url));
export const MANIFEST_FILE = 'manifest.sha256';

const GENERATION = /^v([1-9]\d*)$/;
const PREFIXED = /^v(\d+)-/;
const SCENARIO = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The sha256 of a file's bytes, in hex. */
export function sha256Of(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The line that pins `file` (a name in `dir`) in the manifest, as `sha256sum` writes it. */
export function manifestLine(file, dir = HISTORIES_DIR) {
  return `${sha256Of(join(dir, file))}  ${file}`;
}

/** The manifest's entries, file name → sha256, in the order they were added. */
export function readManifest(dir = HISTORIES_DIR) {
  const path = join(dir, MANIFEST_FILE);
  const entries = new Map();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line === '') return;
      const match = /^([0-9a-f]{64}) [ *]([^/\\]+\.json)$/.exec(line);
      if (!match) throw new Error(`${path}:${i + 1}: not a "<sha256>  <file>.json" line: ${JSON.stringify(line)}`);
      if (entries.has(match[2])) throw new Error(`${path}:${i + 1}: ${match[2]} is listed twice`);
      entries.set(match[2], match[1]);
    });
  return entries;
}

/** The recorded history files in `dir` (every .json). */
export function historyFiles(dir = HISTORIES_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The generation a history file belongs to: `v3-x.json` → 3; the first recordings had no prefix → 1. */
export function generationOf(file) {
  const match = PREFIXED.exec(file);
  return match ? Number(match[1]) : 1;
}

/**
 * Refuses a scenario name that is not plain kebab-case or that carries a generation prefix:
 * tests name the scenario, RECORD_HISTORIES names the generation.
 */
export function checkScenario(scenario) {
  if (PREFIXED.test(scenario)) {
    throw new Error(
      `keepHistory("${scenario}"): pass the scenario without a generation prefix (` +
        `"${scenario.replace(PREFIXED, '')}"); the generation comes from RECORD_HISTORIES=v<N>`,
    );
  }
  if (!SCENARIO.test(scenario)) throw new Error(`keepHistory("${scenario}"): a scenario is lower-case words joined by "-"`);
  return scenario;
}

/**
 * The generation that RECORD_HISTORIES asks to record (`v5`), or undefined when it is unset or empty.
 * Histories are append-only: recording must start a NEW generation, the one after the newest in
 * `dir`, so an old generation (and the executions its code started) is never written over or
 * added to. `recordedThisRun` names the files this run has written already (they do not count).
 */
export function recordingGeneration(value, dir = HISTORIES_DIR, recordedThisRun = []) {
  if (value === undefined || value === '') return undefined;
  const mine = new Set(recordedThisRun);
  const earlier = historyFiles(dir).filter((f) => !mine.has(f));
  const next = `v${Math.max(0, ...earlier.map(generationOf)) + 1}`;
  const match = GENERATION.exec(value);
  if (!match) {
    throw new Error(
      `RECORD_HISTORIES=${value} is refused: histories are append-only, so recording starts a new generation of ` +
        `workflow code, named by its prefix. Name it: RECORD_HISTORIES=${next} (the one after the newest in test/histories).`,
    );
  }
  const existing = earlier.filter((f) => generationOf(f) === Number(match[1]));
  if (existing.length > 0) {
    throw new Error(
      `RECORD_HISTORIES=${value} is refused: generation ${value} already has files in test/histories ` +
        `(${existing.join(', ')}); recording would add today's code to it. Record a new generation: RECORD_HISTORIES=${next}. ` +
        `(Files left by an unfinished recording: review them and add them to the manifest, or delete them.)`,
    );
  }
  if (value !== next) {
    throw new Error(`RECORD_HISTORIES=${value} is refused: the next generation is ${next} (generations are numbered without gaps).`);
  }
  return value;
}

/** Where a recording of `scenario` in `generation` goes; refused if that file exists. */
export function recordingTarget(generation, scenario, dir = HISTORIES_DIR) {
  const file = `${generation}-${checkScenario(scenario)}.json`;
  if (existsSync(join(dir, file))) {
    throw new Error(`test/histories/${file} exists: histories are append-only and a recording never replaces one.`);
  }
  return file;
}
