import bcrypt from 'bcryptjs';
import { parseArgs } from 'node:util';
import type { Role } from '#domain';
import { openDataSource, upsertUser, userProblems } from '#persistence';
import { databaseUrlFromEnv } from './default-database.js';

/**
 * `NEW_USER_PASSWORD=… npm run users:add -- --username vu.minh.son --full-name "Vũ Minh Sơn"
 *   --email son@example.gov.vn --role STANDING_OFFICE [--role …] [--unit CODE] [--title "…"]`:
 * adds a user, or updates one, for a real deployment. The password comes from the
 * environment, never from the command line (shell history), and is stored bcrypt-hashed.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      email: { type: 'string' },
      title: { type: 'string', default: '' },
      role: { type: 'string', multiple: true },
      unit: { type: 'string' },
    },
  });
  const password = process.env.NEW_USER_PASSWORD ?? '';
  const user = {
    username: values.username ?? '',
    fullName: (values['full-name'] ?? '').normalize('NFC'),
    title: values.title ?? '',
    email: values.email ?? '',
    roles: (values.role ?? []) as Role[],
    unitCode: values.unit ?? null,
  };
  const problems = userProblems(user, password);
  if (!process.env.NEW_USER_PASSWORD) problems.push('set the password in NEW_USER_PASSWORD');
  if (problems.length) throw new Error(`Cannot add the user:\n  ${problems.join('\n  ')}`);
  const db = await openDataSource(databaseUrlFromEnv());
  try {
    await upsertUser(db, { ...user, passwordHash: await bcrypt.hash(password, 12) });
    process.stdout.write(`User ${user.username} saved with roles ${user.roles.join(', ')}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
