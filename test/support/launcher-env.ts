import { freePort } from '#devstack';

/** The ports the launcher takes from its environment, each given a free one. */
export interface LauncherPorts {
  PORT: number;
  TEMPORAL_PORT: number;
  TEMPORAL_UI_PORT: number;
  EMBEDDED_POSTGRES_PORT: number;
  DEV_MAILBOX_PORT: number;
  WORKER_HEALTH_PORT: number;
}

/**
 * The environment to run the built launcher as `npm start` does, beside anything else on this
 * machine: free ports, its own data folder, and none of the settings that would point it at
 * other servers.
 */
export async function launcherEnvironment(dataDir: string): Promise<{ ports: LauncherPorts; env: Record<string, string> }> {
  const ports: LauncherPorts = {
    PORT: await freePort(),
    TEMPORAL_PORT: await freePort(),
    TEMPORAL_UI_PORT: await freePort(),
    EMBEDDED_POSTGRES_PORT: await freePort(),
    DEV_MAILBOX_PORT: await freePort(),
    WORKER_HEALTH_PORT: await freePort(),
  };
  const env: Record<string, string> = { ...(process.env as Record<string, string>), COMMENDATION_DATA_DIR: dataDir };
  for (const [name, port] of Object.entries(ports)) env[name] = String(port);
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL', 'NODE_ENV', 'TEMPORAL_TASK_QUEUE']) delete env[name];
  return { ports, env };
}
