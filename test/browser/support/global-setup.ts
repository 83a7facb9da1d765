import { ensureChromium } from './chromium.js';
import { startSystem } from './system.js';

/**
 * Starts the whole system once for the browser tests, exactly as `npm start` does (the built
 * launcher), on free ports with a scratch data folder; the returned function stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  ensureChromium(log);
  const system = await startSystem();
  process.env.WEB_BASE_URL = system.baseUrl;
  process.env.TEMPORAL_UI_URL = `http://127.0.0.1:${system.ports.TEMPORAL_UI_PORT}`;
  log(`Browser tests against ${process.env.WEB_BASE_URL}`);
  return () => system.stop();
}
