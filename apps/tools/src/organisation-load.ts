import { readFileSync } from 'node:fs';
import { importOrganisation, openDataSource, type OrganisationFile } from '#persistence';
import { databaseUrlFromEnv } from './default-database.js';

/**
 * `npm run organisation:load -- organisation.json`: loads or updates blocks and units for a
 * real deployment (production has no demo seed). The file has `blocks` and `units` arrays,
 * shaped like libs/persistence/src/seed/organisation.data.ts; it is checked before anything is written.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run organisation:load -- <organisation.json>');
  const org = JSON.parse(readFileSync(file, 'utf8')) as OrganisationFile;
  const db = await openDataSource(databaseUrlFromEnv());
  try {
    const { blocks, units } = await importOrganisation(db, org);
    process.stdout.write(`Loaded ${blocks} blocks and ${units} units\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
