// Workflows import only @temporalio/workflow and the pure domain; the domain imports no I/O. Checked on the source, file by file.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceFiles } from './support/source-files.js';

const root = join(import.meta.dirname, '..');

/** Every module specifier a file imports or re-exports at runtime (type-only imports are erased). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

const FORBIDDEN_GLOBALS = /\b(Math\.random|setTimeout|setInterval|require\()|(?<![\w-])process\./;

describe.each([
  ['workflows/src', ['@temporalio/workflow', '#domain']],
  ['libs/domain/src', []],
])('%s', (dir, allowed) => {
  const files = sourceFiles(join(root, dir));

  it('has files to check', () => expect(files.length).toBeGreaterThan(3));

  it.each(files.map((f) => [relative(root, f), f]))('%s imports only deterministic code', (_name, file) => {
    const outside = runtimeImports(file).filter((spec) => !spec.startsWith('.') && !allowed.includes(spec));
    expect(outside).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
