import { runMigrations } from '#persistence';
import { databaseUrlFromEnv } from './default-database.js';

/** `npm run migration:run`: applies pending migrations (production deploys run this before the services). */
runMigrations(databaseUrlFromEnv())
  .then((ran) => process.stdout.write(ran.length ? `Applied: ${ran.join(', ')}\n` : 'Nothing to apply\n'))
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
