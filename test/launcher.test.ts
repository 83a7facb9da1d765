// The README's first promise: one command brings the whole system up on embedded defaults, seeds the demo, and Ctrl-C stops everything.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portInUse } from '#devstack';
import { ApiClient } from './support/api-client.js';
import { launcherEnvironment } from './support/launcher-env.js';
import { expectStatus, waitFor } from './support/scenario.js';

describe('npm start', () => {
  let launcher: ChildProcess | undefined;
  let output = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'commendation-launcher-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => {
    launcher?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts PostgreSQL, Temporal, the worker and the API, seeds the demo, and stops them all on Ctrl-C', async () => {
    const { ports, env } = await launcherEnvironment(dataDir);
    // The built launcher, as `npm start` runs it after building (npm test has just built).
    launcher = spawn(process.execPath, ['dist/apps/launcher/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes('Ctrl-C stops everything'), 120_000);

    const base = `http://127.0.0.1:${ports.PORT}`;
    expect(output).toContain(`Temporal UI  http://127.0.0.1:${ports.TEMPORAL_UI_PORT}`);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    // The web app at `/`, and at any of its own paths (its router takes over); the API stays JSON.
    expect(output).toContain(`Open http://localhost:${ports.PORT}/ in a browser`);
    for (const path of ['/', '/ho-so/de-nghi-moi']) {
      const page = await fetch(`${base}${path}`);
      expect([page.status, page.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/html')]);
      expect(await page.text()).toContain('<div id="root">');
    }
    expect((await fetch(`${base}/api/v1/no-such-thing`)).headers.get('content-type')).toContain('application/json');
    expect((await fetch(`http://127.0.0.1:${ports.WORKER_HEALTH_PORT}/health`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${ports.TEMPORAL_UI_PORT}/`)).status).toBe(200);
    // The demo users are seeded with the demo password.
    const cycles = expectStatus(await new ApiClient(base).as<{ code: string }[]>('admin', 'GET', '/cycles'), 200);
    expect(cycles.map((c) => c.code)).toEqual(expect.arrayContaining(['SK-2016-2018', expect.stringMatching(/^DEMO-\d{4}$/)]));

    const exited = new Promise<number | null>((resolve) => launcher?.once('exit', (code) => resolve(code)));
    launcher.kill('SIGINT');
    expect([0, 130]).toContain(await exited); // 130: the conventional exit after Ctrl-C
    for (const port of Object.values(ports)) expect(await portInUse(port)).toBe(false);
  }, 180_000); // the start alone may take its 120 s: the test must outlast it to report what happened
});
