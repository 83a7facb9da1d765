// The cycle's council over HTTP: everyone signed in reads who sits on it; the standing office and
// the admin read who may be named and name it anew; a refusal names each bad field and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SessionMember } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { COUNCIL, createCycle, expectStatus } from './support/scenario.js';

const CYCLE = 'T-COUNCIL';

interface Candidate {
  username: string;
  fullName: string;
  title: string;
  unitCode: string | null;
}

/** A body of PUT /cycles/:code/council: the first chair, the second secretary, the rest members. */
const named = (usernames: string[]) =>
  usernames.map((username, i) => ({ username, councilRole: i === 0 ? 'CHAIR' : i === 1 ? 'SECRETARY' : 'MEMBER' }));

describe('the cycle’s council', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('council');
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS' });
  });
  afterAll(() => stack?.close());

  const council = async () => expectStatus(await stack.api.as<SessionMember[]>('council.5', 'GET', `/cycles/${CYCLE}/council`), 200);
  const roles = (members: SessionMember[]) => members.map((m) => [m.username, m.councilRole]);

  it('names everyone with the council role for a new cycle, and everyone signed in reads it', async () => {
    const members = await council();
    expect(roles(members)).toEqual(named(COUNCIL).map((m) => [m.username, m.councilRole]));
    expect(members[0]).toEqual({
      username: 'council.1',
      fullName: 'Trịnh Quốc Bảo',
      title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
      unitCode: 'VU-TCCB',
      councilRole: 'CHAIR',
    });
    expect(expectStatus(await stack.api.as('unit.BQLDA-DTXD', 'GET', `/cycles/${CYCLE}/council`), 200)).toEqual(members);
  });

  it('lists who may be named to the standing office and the admin only', async () => {
    for (const who of ['standing.office', 'admin']) {
      const candidates = expectStatus(await stack.api.as<Candidate[]>(who, 'GET', `/cycles/${CYCLE}/council/candidates`), 200);
      expect(candidates.map((c) => c.username)).toEqual(COUNCIL);
      expect(candidates[1]).toEqual({
        username: 'council.2',
        fullName: 'Lương Thị Thu Hằng',
        title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
        unitCode: 'VU-PC',
      });
    }
    for (const who of ['council.1', 'unit.BQLDA-DTXD']) {
      const refused = await stack.api.as(who, 'GET', `/cycles/${CYCLE}/council/candidates`);
      expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN_ROLE' } });
    }
    const unknown = await stack.api.as('standing.office', 'GET', '/cycles/NO-SUCH-CYCLE/council/candidates');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'CYCLE_NOT_FOUND' } });
  });

  it('refuses a council that is not one, naming each bad field in Vietnamese, and writes nothing', async () => {
    const before = await council();
    const put = (members: unknown[], who = 'standing.office') => stack.api.as(who, 'PUT', `/cycles/${CYCLE}/council`, { members });

    const stranger = await put(named(['council.1', 'council.2', 'unit.BQLDA-DTXD', 'council.1']));
    expect(stranger).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(stranger.body.errors).toEqual([
      { field: 'members.2.username', code: 'notCouncilMember', message: 'unit.BQLDA-DTXD không phải thành viên Hội đồng' },
      { field: 'members.3.username', code: 'duplicate', message: 'council.1 có tên hai lần' },
    ]);

    const noSecretary = await put(COUNCIL.slice(0, 4).map((username) => ({ username, councilRole: 'CHAIR' })));
    expect(noSecretary.body.errors).toEqual([
      { field: 'members', code: 'oneChair', message: 'Hội đồng cần đúng một Chủ tịch (có 4)' },
      { field: 'members', code: 'oneSecretary', message: 'Hội đồng cần đúng một Thư ký (có 0)' },
    ]);

    const tooFew = await put(named(['council.1', 'council.2']));
    expect(tooFew).toMatchObject({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ: Hội đồng cần ít nhất 3 thành viên (có 2).',
        errors: [{ field: 'members', code: 'atLeastThree', message: 'Hội đồng cần ít nhất 3 thành viên (có 2)' }],
      },
    });

    expect(await put(named(COUNCIL.slice(0, 3)), 'council.1')).toMatchObject({ status: 403, body: { code: 'FORBIDDEN_ROLE' } });
    expect(await council()).toEqual(before);
  });

  it('names the council anew: the chair, then the secretary, then the members in the order given', async () => {
    const members = ['council.4', 'council.3', 'council.8', 'council.1', 'council.2'];
    const body = [
      { username: 'council.8', councilRole: 'MEMBER' },
      { username: 'council.3', councilRole: 'SECRETARY' },
      { username: 'council.1', councilRole: 'MEMBER' },
      { username: 'council.4', councilRole: 'CHAIR' },
      { username: 'council.2', councilRole: 'MEMBER' },
    ];
    const answered = expectStatus(
      await stack.api.as<SessionMember[]>('standing.office', 'PUT', `/cycles/${CYCLE}/council`, { members: body }),
      200,
    );
    expect(answered.map((m) => m.username)).toEqual(members);
    expect(roles(await council())).toEqual([
      ['council.4', 'CHAIR'],
      ['council.3', 'SECRETARY'],
      ['council.8', 'MEMBER'],
      ['council.1', 'MEMBER'],
      ['council.2', 'MEMBER'],
    ]);
    // Whoever is left off may be named again: the candidates are everyone with the council role.
    const candidates = expectStatus(await stack.api.as<Candidate[]>('admin', 'GET', `/cycles/${CYCLE}/council/candidates`), 200);
    expect(candidates).toHaveLength(COUNCIL.length);
  });
});
