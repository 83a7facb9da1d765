#!/usr/bin/env node
// Pins newly recorded histories in test/histories/manifest.sha256, after you have reviewed them.
// Needs only node (no npm, no build):
//
//   node test/support/add-history-to-manifest.mjs test/histories/v5-block-rejected.json [more files…]
//   node test/support/add-history-to-manifest.mjs --new      (every .json not yet in the manifest)
//
// Or by hand, the same line:  cd test/histories && sha256sum v5-block-rejected.json >> manifest.sha256
// Check the whole archive:    cd test/histories && sha256sum -c manifest.sha256
//
// It only appends. A file already listed is refused, whatever its hash: histories are append-only,
// so a changed recording is a new generation (RECORD_HISTORIES=v<N+1>), never a new hash.
import { appendFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { HISTORIES_DIR, MANIFEST_FILE, historyFiles, manifestLine, readManifest } from './history-archive.mjs';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node test/support/add-history-to-manifest.mjs <test/histories/file.json>… | --new');
  process.exit(2);
}
const listed = readManifest();
const files = args.includes('--new') ? historyFiles().filter((f) => !listed.has(f)) : args;
const problems = [];
const lines = [];
for (const arg of files) {
  const file = basename(arg);
  if (arg !== file && resolve(dirname(arg)) !== resolve(HISTORIES_DIR)) problems.push(`${arg}: not in test/histories`);
  else if (!file.endsWith('.json')) problems.push(`${arg}: not a .json history`);
  else if (!existsSync(join(HISTORIES_DIR, file))) problems.push(`${arg}: no such file in test/histories`);
  else if (lines.some((l) => l.endsWith(`  ${file}`)))
    continue; // named twice
  else if (listed.has(file)) problems.push(`${file}: already in the manifest (histories are append-only: record a new generation instead)`);
  else lines.push(manifestLine(file));
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (lines.length === 0) {
  console.log('Nothing to add: every history is in the manifest.');
} else {
  appendFileSync(join(HISTORIES_DIR, MANIFEST_FILE), lines.map((l) => `${l}\n`).join(''));
  console.log(`Added to test/histories/${MANIFEST_FILE}:\n${lines.join('\n')}`);
}
