/** The database `npm start` runs when DATABASE_URL is not set (see apps/launcher). */
export function databaseUrlFromEnv(): string {
  return process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_POSTGRES_PORT ?? 54329}/commendation`;
}
