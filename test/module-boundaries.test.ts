// Which part of the code may import which: the libraries never reach into the workflows or the apps, the domain imports nothing,
// persistence knows only the domain. Checked on the source, file by file, type-only imports included.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { sourceFiles } from './support/source-files.js';

const root = join(import.meta.dirname, '..');

/** Every module specifier a file names: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The project's own modules a file imports: its `#` names, and where its relative imports land (relative to the root). */
function projectImports(file: string): string[] {
  return imports(file).flatMap((spec) => {
    if (spec.startsWith('#')) return [spec];
    if (spec.startsWith('.'))
      return [
        relative(root, resolve(dirname(file), spec))
          .split(sep)
          .join('/'),
      ];
    return [];
  });
}

const LIBS = readdirSync(join(root, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(LIBS)('libs/%s', (lib) => {
  const files = sourceFiles(join(root, 'libs', lib, 'src'));

  it('has files to check', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s imports other code only by its library name, never the workflows',
    (_name, file) => {
      const wrong = projectImports(file).filter(
        (spec) => spec === '#workflows' || (!spec.startsWith('#') && !spec.startsWith(`libs/${lib}/src/`)),
      );
      expect(wrong).toEqual([]);
    },
  );
});

describe.each([
  ['libs/domain/src', []],
  ['libs/persistence/src', ['#domain']],
])('%s', (dir, allowed) => {
  const files = sourceFiles(join(root, dir));

  it.each(files.map((f) => [relative(root, f), f]))(
    `%s imports no other part of the project but [${allowed.join(', ')}]`,
    (_name, file) => {
      const others = projectImports(file).filter((spec) => spec.startsWith('#') && !allowed.includes(spec));
      expect(others).toEqual([]);
    },
  );
});

describe.each([
  ['apps/api/src', 'apps/worker/'],
  ['apps/worker/src', 'apps/api/'],
])('%s', (dir, forbidden) => {
  const files = sourceFiles(join(root, dir));

  it.each(files.map((f) => [relative(root, f), f]))(`%s does not import ${forbidden}`, (_name, file) => {
    expect(projectImports(file).filter((spec) => spec.startsWith(forbidden))).toEqual([]);
  });
});

describe('workflows/src/cycle', () => {
  const files = sourceFiles(join(root, 'workflows', 'src', 'cycle'));

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s knows the nomination workflow only by its messages (shared helpers live in workflows/src/common)',
    (_name, file) => {
      const internals = projectImports(file).filter(
        (spec) => spec.startsWith('workflows/src/nomination/') && spec !== 'workflows/src/nomination/messages.js',
      );
      expect(internals).toEqual([]);
    },
  );
});
