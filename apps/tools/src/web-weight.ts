import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Part of `npm run build`: how much compressed JavaScript the web app's first screen loads
 * (the entry, everything it imports, and the sign-in page's own chunk), from Vite's manifest.
 * The budget is 500 KB; test/web-weight.test.ts holds the build to it.
 */
export const FIRST_SCREEN_BUDGET_BYTES = 500 * 1024;
const FIRST_SCREEN = 'src/pages/login/login-page.tsx';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

export function firstScreenJavaScript(webDir = join('dist', 'web')): { files: string[]; gzipBytes: number } {
  const manifest = JSON.parse(readFileSync(join(webDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.keys(manifest)
    .filter((k) => manifest[k].isEntry)
    .forEach(visit);
  visit(FIRST_SCREEN);
  const js = [...files].filter((f) => f.endsWith('.js'));
  const gzipBytes = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(webDir, f)), { level: 9 }).length, 0);
  return { files: js, gzipBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, gzipBytes } = firstScreenJavaScript();
  process.stdout.write(
    `Web app: first screen loads ${(gzipBytes / 1024).toFixed(0)} KB of compressed JavaScript in ${files.length} files ` +
      `(budget ${FIRST_SCREEN_BUDGET_BYTES / 1024} KB)\n`,
  );
}
