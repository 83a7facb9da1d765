import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const servers = globalThis.__servers;
  if (!servers) return;
  await Promise.allSettled([servers.temporal.stop(), servers.database.stop()]);
  rmSync(servers.scratch, { recursive: true, force: true });
}
