import { openDataSource, rebuildProjections } from '#persistence';
import { databaseUrlFromEnv } from './default-database.js';

/** `npm run projections:rebuild`: the read models again, from the events alone. */
async function main(): Promise<void> {
  const db = await openDataSource(databaseUrlFromEnv());
  try {
    const started = Date.now();
    const { nominations, events } = await rebuildProjections(db);
    process.stdout.write(`Rebuilt ${nominations} nominations from ${events} events in ${Date.now() - started} ms\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
