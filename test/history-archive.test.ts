// Recorded histories are append-only: each committed one is pinned by its sha256 in test/histories/manifest.sha256,
// and a recording (RECORD_HISTORIES=v<N>) only ever adds the files of a new generation.
//
// To add a reviewed recording to the manifest (needs only node, no npm):
//   node test/support/add-history-to-manifest.mjs test/histories/v5-<scenario>.json
// or by hand:  cd test/histories && sha256sum v5-<scenario>.json >> manifest.sha256
// Check the archive without Jest:  cd test/histories && sha256sum -c manifest.sha256
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Client } from '@temporalio/client';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepHistory } from './support/history.js';
import {
  generationOf,
  HISTORIES_DIR,
  historyFiles,
  manifestLine,
  readManifest,
  recordingGeneration,
  recordingTarget,
  sha256Of,
} from './support/history-archive.mjs';

const manifest = readManifest();
/** The newest generation in the folder (a recording not yet in the manifest counts: it is there). */
const newest = Math.max(...historyFiles().map(generationOf));

describe('the committed histories', () => {
  it('are listed in the manifest', () => {
    expect(manifest.size).toBeGreaterThan(0);
  });

  it('are each still there with exactly the pinned sha256 (append-only: never changed, never deleted)', () => {
    const damaged = [...manifest].flatMap(([file, pinned]) => {
      const path = join(HISTORIES_DIR, file);
      const advice =
        `histories are append-only: restore it (git checkout -- test/histories/${file}) and record a new generation ` +
        `instead (RECORD_HISTORIES=v${newest + 1} npm test), so executions started by older code stay covered by the replay test`;
      if (!existsSync(path)) return [`${file} was deleted: ${advice}`];
      const actual = sha256Of(path);
      return actual === pinned ? [] : [`${file} was changed (sha256 ${actual}, pinned ${pinned}): ${advice}`];
    });
    expect(damaged).toEqual([]);
  });

  it('include every .json in test/histories: a new recording is added to the manifest on purpose', () => {
    const unlisted = historyFiles()
      .filter((file) => !manifest.has(file))
      .map(
        (file) =>
          `${file} is not in test/histories/manifest.sha256. Once reviewed, add the line "${manifestLine(file)}" ` +
          `(node test/support/add-history-to-manifest.mjs test/histories/${file}), or delete the file`,
      );
    expect(unlisted).toEqual([]);
  });
});

describe('recording (RECORD_HISTORIES)', () => {
  it('is off when unset or empty', () => {
    expect(recordingGeneration(undefined)).toBeUndefined();
    expect(recordingGeneration('')).toBeUndefined();
  });

  it.each(['1', 'true', 'yes', `${newest + 1}`, `V${newest + 1}`, `v0${newest + 1}`, `v${newest + 1}-`])(
    'refuses RECORD_HISTORIES=%s: it names no generation',
    (value) => {
      expect(() => recordingGeneration(value)).toThrow(`append-only, so recording starts a new generation`);
      expect(() => recordingGeneration(value)).toThrow(`RECORD_HISTORIES=v${newest + 1}`);
    },
  );

  it('refuses every generation that already has files, the first (unprefixed) one included', () => {
    for (let g = 1; g <= newest; g++) {
      expect(() => recordingGeneration(`v${g}`)).toThrow(`generation v${g} already has files`);
    }
  });

  it('accepts the next generation only: no gaps', () => {
    expect(recordingGeneration(`v${newest + 1}`)).toBe(`v${newest + 1}`);
    expect(() => recordingGeneration(`v${newest + 2}`)).toThrow(`the next generation is v${newest + 1}`);
  });

  describe('in a folder of histories', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'histories-'));
      for (const file of ['honoured.json', 'v2-honoured.json']) writeFileSync(join(dir, file), '{}');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('lets one run add many files to its new generation, and no later run', () => {
      writeFileSync(join(dir, 'v3-honoured.json'), '{}');
      expect(recordingGeneration('v3', dir, ['v3-honoured.json'])).toBe('v3');
      expect(() => recordingGeneration('v3', dir, [])).toThrow('generation v3 already has files in test/histories (v3-honoured.json)');
      expect(() => recordingGeneration('v3', dir, [])).toThrow('RECORD_HISTORIES=v4');
    });

    it('never names a file that exists, nor takes a scenario with a generation prefix', () => {
      writeFileSync(join(dir, 'v3-revoked.json'), '{}');
      expect(recordingTarget('v3', 'honoured', dir)).toBe('v3-honoured.json');
      expect(() => recordingTarget('v3', 'revoked', dir)).toThrow('v3-revoked.json exists: histories are append-only');
      expect(() => recordingTarget('v3', 'v2-honoured', dir)).toThrow('without a generation prefix ("honoured")');
      expect(() => recordingTarget('v3', 'Honoured sealed', dir)).toThrow('lower-case words');
    });
  });

  describe('keepHistory', () => {
    const saved = process.env.RECORD_HISTORIES;
    afterEach(() => {
      if (saved === undefined) delete process.env.RECORD_HISTORIES;
      else process.env.RECORD_HISTORIES = saved;
    });
    const before = readdirSync(HISTORIES_DIR).sort();
    /** A client that would hand keepHistory a history, were it ever asked. */
    const temporal = { workflow: { getHandle: () => ({ fetchHistory: async () => ({ events: [] }) }) } } as unknown as Client;

    it('refuses a scenario with a generation prefix even when not recording', async () => {
      delete process.env.RECORD_HISTORIES;
      await expect(keepHistory(temporal, 'wf', `v${newest}-honoured`)).rejects.toThrow('without a generation prefix');
    });

    it.each(['1', `v${newest}`])('with RECORD_HISTORIES=%s refuses and writes nothing', async (value) => {
      process.env.RECORD_HISTORIES = value;
      await expect(keepHistory(temporal, 'wf', 'honoured')).rejects.toThrow('is refused');
      expect(readdirSync(HISTORIES_DIR).sort()).toEqual(before);
    });
  });
});
