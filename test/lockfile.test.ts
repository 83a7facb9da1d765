// npm ci on this project's registry needs every optional platform package in the lock (see scripts/complete-lockfile.mjs).
import { expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

it('package-lock.json lists every optional platform package, so npm ci accepts it', () => {
  const check = spawnSync(process.execPath, ['scripts/complete-lockfile.mjs', '--check'], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});
