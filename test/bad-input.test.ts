// PROBE (temporary)
import { afterAll, beforeAll, it } from '@jest/globals';
import { startStack, type Stack } from './support/stack.js';
import { dossier, expectStatus, openCycle, taskFor } from './support/scenario.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('badinput');
  expectStatus(await stack.api.as('admin', 'POST', '/cycles', openCycle('T-BAD')), 201);
});
afterAll(() => stack?.close());

it('probe', async () => {
  const { api } = stack;
  const out: string[] = [];
  const log = (label: string, r: { status: number; body: unknown }) => process.stderr.write(`${new Date().toISOString()} ${label} => ${r.status} ${JSON.stringify(r.body)}\n`);
  const admin = await api.token('admin');
  const unit = await api.token('unit.BQLDA-DTXD');
  const rev = await api.token('unit.BAO-TNMT');
  const req = (label: string, method: string, path: string, token: string | undefined, o: { body?: unknown; raw?: string } = {}) =>
    api.request(method, `/api/v1${path}`, { token, ...o }).then((r) => log(label, r), (e) => out.push(`${label} => THROW ${e}`));
  const counts = async () => JSON.stringify(await stack.db.query(`SELECT (SELECT count(*) FROM cycles) c, (SELECT count(*) FROM nominations) n, (SELECT count(*) FROM nomination_events) e, (SELECT count(*) FROM tasks) t`));
  process.stderr.write('COUNTS ' + await counts() + '\n');
  await req('cycle month13', 'POST', '/cycles', admin, { body: openCycle('T-M13', { periodFrom: '2018-13-01T00:00:00Z' }) });
  process.stderr.write('COUNTS ' + await counts() + '\n');
  const sub = await api.request('POST', '/api/v1/nominations', { token: unit, body: dossier('T-BAD') });
  const taskId = await taskFor(api, 'unit.BAO-TNMT', sub.body.id, 'BLOCK_REVIEW');
  process.stderr.write('COUNTS ' + await counts() + '\n');
  await req('score null', 'POST', `/tasks/${taskId}/complete`, rev, { body: { decision: 'ENDORSE', score: null } });
  await req('reason num', 'POST', `/tasks/${taskId}/complete`, rev, { body: { decision: 'REJECT', reason: 5 } });
  await req('changes null', 'POST', `/tasks/${taskId}/complete`, rev, { body: { decision: 'REJECT', reason: 'x', changes: null } });
  process.stderr.write('COUNTS ' + await counts() + '\n');
  await req('no token', 'POST', `/tasks/${taskId}/complete`, undefined, { body: { decision: 'ENDORSE', score: 5 } });
  await req('nominee NUL', 'POST', '/nominations', unit, { body: dossier('T-BAD', { fullName: 'A\u0000B' }) });
  process.stderr.write('COUNTS ' + await counts() + '\n');
  await req('list', 'GET', '/nominations', admin);
}, 600_000);
