// A real deployment has no demo seed: administrators load the organisation from a file and add users from the command line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStack, type Stack } from './support/stack.js';
import { countRows, expectStatus } from './support/scenario.js';

const run = promisify(execFile);

describe('production bootstrap', () => {
  let stack: Stack;
  const dir = mkdtempSync(join(tmpdir(), 'commendation-bootstrap-'));
  beforeAll(async () => {
    stack = await startStack('bootstrap');
  });
  afterAll(async () => {
    await stack?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const users = (username: string) => countRows(stack.db, `SELECT count(*)::int AS n FROM users WHERE username = $1`, [username]);

  const tool = (script: string, args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [`dist/apps/tools/src/${script}.js`, ...args], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl, ...env },
    }).then(
      (r) => ({ code: 0, ...r }),
      (err: { code: number; stdout: string; stderr: string }) => err,
    );

  it('loads blocks and units from a file, refusing a file with mistakes as a whole', async () => {
    const units = ['SNNMT-HN', 'SNNMT-HP', 'SNNMT-QN'].map((code, i) => ({
      code,
      name: ['Sở Nông nghiệp và Môi trường Hà Nội', 'Sở Nông nghiệp và Môi trường Hải Phòng', 'Sở Nông nghiệp và Môi trường Quảng Ninh'][i],
      kind: 'PROVINCIAL_DEPARTMENT',
      blockCode: 'CUM-2025-I',
      email: `${code.toLowerCase()}@bnnmt.example`,
    }));
    const good = {
      blocks: [{ code: 'CUM-2025-I', name: 'Cụm thi đua số I (2025)', leaderUnitCode: 'SNNMT-HN', deputyUnitCode: 'SNNMT-HP' }],
      units,
    };
    const bad = { blocks: [{ ...good.blocks[0], deputyUnitCode: 'SNNMT-HN' }], units: [...units, { ...units[0], email: 'no' }] };
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));

    const refused = await tool('organisation-load', [join(dir, 'bad.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('units[3].code SNNMT-HN appears twice');
    expect(refused.stderr).toContain('the leader and the deputy must be different units');
    expect(await stack.db.query(`SELECT code FROM units WHERE code LIKE 'SNNMT-%'`)).toEqual([]);

    const loaded = await tool('organisation-load', [join(dir, 'good.json')]);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded 1 blocks and 3 units');
    const rows = await stack.db.query(`SELECT code, name FROM units WHERE block_code = 'CUM-2025-I' ORDER BY code`);
    expect(rows.map((r: { name: string }) => r.name)).toContain('Sở Nông nghiệp và Môi trường Hà Nội');
  });

  it('adds a user who can then log in, and refuses a weak password or a missing unit', async () => {
    const addUser = (password: string, args: string[]) => tool('users-add', args, { NEW_USER_PASSWORD: password });
    const standingOffice = [
      '--username',
      'thuong.truc',
      '--full-name',
      'Vũ Minh Sơn',
      '--email',
      'son@bnnmt.example',
      '--role',
      'STANDING_OFFICE',
    ];
    const password = 'a-long-enough-password';

    const weak = await addUser('short', standingOffice);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('at least 12 characters');
    expect(await users('thuong.truc')).toBe(0);
    const noUnit = await addUser(password, [
      ...['--username', 'can.bo', '--full-name', 'Cán bộ', '--email', 'cb@bnnmt.example'],
      ...['--role', 'UNIT_OFFICER', '--unit', 'NOPE'],
    ]);
    expect(noUnit.code).toBe(1);
    expect(noUnit.stderr).toContain('No unit NOPE');
    expect(await users('can.bo')).toBe(0);

    const added = await addUser(password, standingOffice);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('User thuong.truc saved');
    const login = expectStatus(await stack.api.request('POST', '/api/v1/auth/login', { body: { username: 'thuong.truc', password } }), 200);
    expect(login.user).toMatchObject({ username: 'thuong.truc', fullName: 'Vũ Minh Sơn', roles: ['STANDING_OFFICE'] });
    const [stored] = await stack.db.query(`SELECT password_hash FROM users WHERE username = 'thuong.truc'`);
    expect(stored.password_hash).toMatch(/^\$2[aby]\$12\$/);
  });
});
