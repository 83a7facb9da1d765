import { Logger } from '@nestjs/common';
import { loadAppConfig } from '#config';
import { createApiApp } from './api.app.js';

async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  const app = await createApiApp();
  await app.listen(config.http.port, '0.0.0.0');
  new Logger('api').log(`API on http://localhost:${config.http.port}/api/v1, OpenAPI at /docs`);
}

main().catch((err: unknown) => {
  new Logger('api').error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
