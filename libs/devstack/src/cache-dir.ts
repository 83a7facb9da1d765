import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the project keeps what it builds or downloads once per machine (the Temporal CLI,
 * the Java test server): outside the repository, so fresh clones and CI runs reuse it.
 */
export function cacheDir(...parts: string[]): string {
  const base = process.env.COMMENDATION_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'commendation-engine');
  return join(base, ...parts);
}
