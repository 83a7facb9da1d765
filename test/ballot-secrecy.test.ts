// How a council member voted is known to nobody. This file runs a cycle of council sessions (one
// without quorum, one with a written opinion, a proposal returned, then one approved with an entry
// struck) and a cycle of the per-nomination vote (sealed ballots; a vote closed early with one
// ballot in), then scans every workflow history the suite produced and every ballot table of
// every test database for anything that links a member to a choice, or counts a vote without
// quorum. The suite runs this file last (test/setup/test-sequencer.js), so the scan reads what
// every other test file left on the suite's servers too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposalWorkflowId, type BoxTotals, type NominationView, type ProposalView, type SessionView } from '#domain';
import { scanBallotTables } from './support/ballot-tables-scan.js';
import { HISTORIES_DIR, generationOf, readManifest } from './support/history-archive.mjs';
import { keepHistory } from './support/history.js';
import {
  COUNCIL,
  closeVote,
  createCycle,
  cutoffIn,
  holdConference,
  eventsOf,
  eventually,
  expectStatus,
  nomination,
  toCouncil,
  vote,
} from './support/scenario.js';
import {
  decodePayloads,
  inquorateSessions,
  membersIn,
  scanHistory,
  sealedLengthsIn,
  SESSION_PROCESS_TYPES,
  type Finding,
  type Member,
} from './support/secrecy-scan.js';
import { startSmtpSink, type Mail, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { archivedHistories, devServerHistories, recordedHistory, type SuiteHistory } from './support/suite-histories.js';
import { waitForValue } from './support/wait.js';

const SESSIONS = 'T-SECRET-SESSIONS';
const SEALED = 'T-SECRET-SEALED';
/** A count of choices in a text: "5 đồng ý", "3/9 thành viên đồng ý", "2 phiếu không đồng ý". */
const COUNT_PHRASE = /\d+\s*(?:\/\s*\d+\s*)?(?:thành viên\s*|phiếu\s*)?(?:không đồng ý|đồng ý|không biểu quyết)(?!\p{L})/iu;

/**
 * What the scan finds in the committed histories (test/histories), recorded by workflow code from
 * before each fix. They are append-only, so the leaks stay in them; the scan must find exactly
 * these (it proves it sees a leak when there is one) and nothing in any newer recording.
 */
const KNOWN_IN_RECORDED_HISTORIES = [
  // Clear choices in the castBallot update, beside the member (before sealed-ballots-v1).
  'honoured.json choice-next-to-member',
  'minister-rejected.json choice-next-to-member',
  'withdrawn-during-vote.json choice-next-to-member',
  'v2-honoured-after-postponement.json choice-next-to-member',
  'v2-honoured-after-vote-closed-at-target.json choice-next-to-member',
  'v2-quorum-grace-failed.json choice-next-to-member',
  // A v3 recording whose vote opened without the sealed-ballots-v1 marker: clear choices too.
  'v3-expired-when-cycle-closed.json choice-next-to-member',
  // Sealed before the padding: AGREE, ABSTAIN and DISAGREE sealed to three lengths.
  'v3-honoured-sealed-ballots.json sealed-length',
  'v5-honoured-sealed-ballots.json sealed-length',
  // A vote failed for want of quorum, counted all the same (before nomination rules version 2): 5 of 5 agreed.
  'v2-quorum-grace-failed.json count-without-quorum',
  'v5-quorum-grace-failed.json count-without-quorum',
];
/** The newest generation with a known leak: anything recorded after it must be clean. */
const LAST_LEAKY_GENERATION = 5;

describe('ballot secrecy', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  let members: Member[];
  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('secrecy', { env: { SMTP_URL: smtp.url } });
    members = (
      (await stack.db.query(`SELECT username, full_name FROM users WHERE 'COUNCIL_MEMBER' = ANY(roles) ORDER BY username`)) as {
        username: string;
        full_name: string;
      }[]
    ).map((u) => ({ username: u.username, fullName: u.full_name }));
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });

  const api = () => stack.api;
  /** A workflow's history as `temporal workflow show -o json` prints it. */
  const historyOf = async (workflowId: string) =>
    JSON.parse(historyToJSON(await stack.temporal.workflow.getHandle(workflowId).fetchHistory())) as SuiteHistory['history'];
  /** Everything a workflow's history says, every payload decoded, as one text. */
  const historyText = async (workflowId: string) => JSON.stringify(decodePayloads(await historyOf(workflowId)));
  const finished = (workflowId: string) => stack.temporal.workflow.getHandle(workflowId).result();
  const noticesAbout = async (like: string) =>
    (await stack.db.query(`SELECT occasion, subject, body FROM notifications WHERE occasion LIKE $1`, [like])) as {
      occasion: string;
      subject: string;
      body: string;
    }[];
  const mailsAbout = (id: string): Mail[] => smtp.mails.filter((m) => m.occasion.includes(id));

  describe('a cycle of council sessions: the choices go to PostgreSQL, never to Temporal', () => {
    let a: NominationView;
    let b: NominationView;
    let c: NominationView;
    const session = async (id: string) => expectStatus(await api().as<SessionView>('admin', 'GET', `/council-sessions/${id}`), 200);
    const compose = async (title: string) => {
      const composed = expectStatus(
        await api().as<SessionView>('standing.office', 'POST', `/cycles/${SESSIONS}/council-sessions`, {
          title,
          meetingAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
        201,
      );
      return expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${composed.id}/open`), 200);
    };
    /** The ballot tables' rows written by the transaction that recorded `member`'s ballot, and the sealed totals' size then. */
    const writtenWith = async (sessionId: string, member: string) => {
      const rows = (await stack.db.query(
        `WITH tx AS (SELECT xmin FROM ballot_box_voters WHERE session_id = $1 AND member = $2)
         SELECT 'ballot_box_voters' AS t, NULL::int AS size FROM ballot_box_voters, tx WHERE ballot_box_voters.xmin = tx.xmin
         UNION ALL SELECT 'ballot_box_totals', NULL FROM ballot_box_totals, tx WHERE ballot_box_totals.xmin = tx.xmin
         UNION ALL SELECT 'ballot_box', NULL FROM ballot_box, tx WHERE ballot_box.xmin = tx.xmin
         UNION ALL SELECT 'ballot_boxes', length(sealed_totals) FROM ballot_boxes, tx WHERE ballot_boxes.xmin = tx.xmin`,
        [sessionId, member],
      )) as { t: string; size: number | null }[];
      return { tables: rows.map((r) => r.t).sort(), size: rows.find((r) => r.size !== null)?.size ?? 0 };
    };
    const ballot = (s: SessionView, member: string, choices: Record<string, string>) =>
      api().as<SessionView>(member, 'POST', `/tasks/${s.ballots.find((x) => x.member === member)?.taskId}/complete`, {
        choices: Object.entries(choices).map(([nominationId, choice]) => ({ nominationId, choice })),
      });

    beforeAll(async () => {
      await createCycle(api(), SESSIONS, { councilProcess: 'SESSIONS', quota: 2, ...cutoffIn(45) });
      a = await toCouncil(api(), SESSIONS, 'BQLDA-DTXD', 'BAO-TNMT', 95);
      b = await toCouncil(api(), SESSIONS, 'BQLDA-DTXD', 'BAO-TNMT', 85);
      c = await toCouncil(api(), SESSIONS, 'BQLDA-DTXD', 'BAO-TNMT', 75);
    });

    it('a session closed with one ballot in counts nothing and publishes no count: not in Temporal, the read models, the notices or the mail', async () => {
      const opened = await compose('Phiên họp không đủ số thành viên');
      expectStatus(await ballot(opened, COUNCIL[0], { [a.id]: 'DISAGREE', [b.id]: 'AGREE', [c.id]: 'ABSTAIN' }), 200);
      const closed = expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${opened.id}/close`), 200);
      expect(closed).toMatchObject({ status: 'INQUORATE', results: null, quorum: { cast: 1, members: 9, reached: false } });
      await finished(opened.workflowId);

      // PostgreSQL: the sealed totals were deleted unopened; the voter stays (who voted is public).
      expect(
        await stack.db.query(`SELECT state, sealed_totals, counted_totals FROM ballot_boxes WHERE session_id = $1`, [opened.id]),
      ).toEqual([{ state: 'SEALED', sealed_totals: null, counted_totals: [] }]);
      expect(await stack.db.query(`SELECT member, via FROM ballot_box_voters WHERE session_id = $1`, [opened.id])).toEqual([
        { member: COUNCIL[0], via: 'BALLOT' },
      ]);
      const [row] = (await stack.db.query(`SELECT view FROM council_sessions WHERE id = $1`, [opened.id])) as { view: SessionView }[];
      expect(row.view.results).toBeNull();
      for (const n of [a, b, c]) {
        expect(await eventually(api(), n.id, (v) => v.councilSessionId === null)).toMatchObject({ tally: null, stage: 'COUNCIL_VOTE' });
        expect((await eventsOf(api(), n.id)).map((e) => e.type)).toContain('CouncilSessionInquorate');
      }

      // Temporal: the session's history and each nomination's hold no tally, no totals, no choice.
      for (const workflowId of [opened.workflowId, a.workflowId, b.workflowId, c.workflowId]) {
        const text = await historyText(workflowId);
        expect(text).not.toMatch(/"(agree|disagree|abstain)"\s*:/);
        expect(text).not.toMatch(/\b(AGREE|DISAGREE|ABSTAIN)\b|"choices?"|sealedChoice/);
      }
      expect(await historyText(opened.workflowId)).toContain('"totals":[]');

      // The notices and the mail say how many took part, and nothing of how.
      const closedMail = await waitForValue(
        () => smtp.mails.find((m) => m.occasion === `session-closed:${opened.id}`),
        'the mail that the session closed',
      );
      expect(closedMail.text).toContain('1/9');
      const notices = await noticesAbout(`%${opened.id}%`);
      expect(notices.length).toBeGreaterThan(0);
      for (const text of [
        ...notices.map((n) => `${n.subject}\n${n.body}`),
        ...mailsAbout(opened.id).map((m) => `${m.subject}\n${m.text}`),
      ]) {
        expect(text).not.toMatch(COUNT_PHRASE);
      }
      await keepHistory(stack.temporal, opened.workflowId, 'council-session-inquorate');
    });

    it('a session with a written opinion is counted once, at the close, in totals that name no one', async () => {
      const opened = await compose('Phiên họp thứ hai');
      const choices = (i: number) => ({
        [a.id]: 'AGREE',
        [b.id]: i < 5 ? 'AGREE' : i < 7 ? 'DISAGREE' : 'ABSTAIN',
        [c.id]: i < 2 ? 'AGREE' : 'DISAGREE',
      });
      // What each ballot's transaction leaves in PostgreSQL, row versions included: the voter's row
      // and the box's sealed totals rewritten whole, the same size whatever the choices.
      const written: { tables: string[]; size: number }[] = [];
      for (const [i, member] of COUNCIL.slice(0, 8).entries()) {
        expectStatus(await ballot(opened, member, choices(i)), 200);
        written.push(await writtenWith(opened.id, member));
      }
      expect(new Set(written.map((w) => `${w.tables.join(',')} ${w.size}`))).toEqual(
        new Set([`ballot_box_voters,ballot_boxes ${written[0].size}`]),
      );
      expectStatus(
        await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${opened.id}/written-opinions`, {
          member: COUNCIL[8],
          choices: Object.entries(choices(8)).map(([nominationId, choice]) => ({ nominationId, choice })),
          documentId: 'CV-09/2026',
        }),
        200,
      );
      const closed = await waitForValue(async () => {
        const s = await session(opened.id);
        return s.status === 'CLOSED' ? s : undefined;
      }, 'the session closed once everyone voted');
      expect(closed.results?.find((r) => r.nominationId === b.id)).toMatchObject({
        passed: true,
        tally: { agree: 5, disagree: 2, abstain: 2 },
      });
      await finished(opened.workflowId);
      // The session's history: who voted, and the totals once, at the close.
      const text = await historyText(opened.workflowId);
      expect(text).not.toMatch(/\b(AGREE|DISAGREE|ABSTAIN)\b|"choices?"|sealedChoice/);
      expect(text).toContain('"via":"WRITTEN_OPINION"');
      // The box keeps what it counted (a retried count reads the same), and nothing sealed.
      const [box] = (await stack.db.query(`SELECT sealed_totals, counted_totals FROM ballot_boxes WHERE session_id = $1`, [opened.id])) as {
        sealed_totals: Buffer | null;
        counted_totals: BoxTotals[];
      }[];
      expect(box.sealed_totals).toBeNull();
      expect(box.counted_totals.find((t) => t.nominationId === b.id)).toEqual({ nominationId: b.id, agree: 5, disagree: 2, abstain: 2 });
      expect(await eventually(api(), c.id, (v) => v.status === 'REJECTED')).toMatchObject({ stage: 'CLOSED' });
      await keepHistory(stack.temporal, opened.workflowId, 'council-session-written-opinion');
    });

    it('the minister returns the proposal, then approves one with an entry struck; the conference honours the rest', async () => {
      await eventually(api(), b.id, (v) => v.stage === 'MINISTER_DECISION');
      const propose = async () =>
        expectStatus(
          await api().as<ProposalView>('standing.office', 'POST', `/cycles/${SESSIONS}/proposals`, { nominationIds: [a.id, b.id] }),
          201,
        );
      const first = await propose();
      const returned = expectStatus(
        await api().as<ProposalView>('minister', 'POST', `/tasks/${first.taskId}/complete`, {
          decision: 'RETURN',
          reason: 'Đề nghị Thường trực Hội đồng rà soát lại cơ cấu lĩnh vực',
        }),
        200,
      );
      expect(returned.status).toBe('RETURNED');
      await finished(proposalWorkflowId(first.id));
      await eventually(api(), b.id, (v) => v.proposalId === null);

      const second = await propose();
      const approved = expectStatus(
        await api().as<ProposalView>('minister', 'POST', `/tasks/${second.taskId}/complete`, {
          decision: 'APPROVE',
          excluded: [{ nominationId: b.id, reason: 'Thành tích chưa tiêu biểu so với các hồ sơ khác' }],
        }),
        200,
      );
      expect(approved.status).toBe('APPROVED');
      await finished(proposalWorkflowId(second.id));
      expect(await eventually(api(), b.id, (v) => v.status === 'REJECTED')).toMatchObject({ outcome: { stage: 'MINISTER_DECISION' } });
      await eventually(api(), a.id, (v) => v.stage === 'AWAITING_CONFERENCE');
      await holdConference(api(), SESSIONS);
      expect(await eventually(api(), a.id, (v) => v.status === 'HONOURED')).toMatchObject({ tally: { agree: 9, disagree: 0, abstain: 0 } });
      await Promise.all([a, b, c].map((n) => finished(n.workflowId)));

      await keepHistory(stack.temporal, proposalWorkflowId(first.id), 'proposal-returned');
      await keepHistory(stack.temporal, proposalWorkflowId(second.id), 'proposal-approved-one-struck');
      await keepHistory(stack.temporal, a.workflowId, 'sessions-nomination-honoured');
      await keepHistory(stack.temporal, b.workflowId, 'sessions-nomination-struck-by-minister');
      await keepHistory(stack.temporal, c.workflowId, 'sessions-nomination-rejected-by-council');
    });
  });

  describe('a cycle of the per-nomination vote: sealed ballots', () => {
    beforeAll(async () => {
      await createCycle(api(), SEALED);
    });

    it('a vote closed early with one ballot in is not counted: no count in the events, the history, the read model, the notices or the mail', async () => {
      const n = await toCouncil(api(), SEALED);
      await vote(api(), n.id, ['DISAGREE']);
      const closed = await closeVote(api(), n.id);
      expect(closed).toMatchObject({ status: 'REJECTED', tally: null, ballotsCast: 1 });
      const failed = (await eventsOf(api(), n.id)).find((e) => e.type === 'CouncilVoteFailed');
      expect(failed?.data).toEqual(expect.objectContaining({ tally: null, cast: 1, members: 9, reason: 'QUORUM_NOT_REACHED' }));
      await finished(n.workflowId);

      const text = await historyText(n.workflowId);
      expect(text).not.toContain('"countBallots"'); // the box was never opened
      expect(text).not.toMatch(/"(agree|disagree|abstain)"\s*:\s*[1-9]/);
      expect(text).not.toMatch(/"choice"|\b(AGREE|DISAGREE|ABSTAIN)\b/);
      expect(await nomination(api(), n.id)).toMatchObject({ tally: null });

      const outcome = await waitForValue(() => smtp.mails.find((m) => m.occasion === `outcome:${n.id}`), 'the outcome mail to the unit');
      for (const t of [`${outcome.subject}\n${outcome.text}`, ...(await noticesAbout(`%${n.id}%`)).map((x) => `${x.subject}\n${x.body}`)]) {
        expect(t).not.toMatch(COUNT_PHRASE);
      }
      await keepHistory(stack.temporal, n.workflowId, 'vote-closed-early-without-quorum');
    });

    it('a full vote: every sealed ballot is the same length, whatever it holds, and the tally is published once closed', async () => {
      const n = await toCouncil(api(), SEALED);
      await vote(api(), n.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE', 'DISAGREE', 'ABSTAIN', 'ABSTAIN', 'AGREE']);
      expect(await eventually(api(), n.id, (v) => v.stage === 'MINISTER_DECISION')).toMatchObject({
        tally: { agree: 5, disagree: 2, abstain: 2, members: 9 },
      });
      const history = {
        source: 'this test',
        workflowId: n.workflowId,
        workflowType: 'nominationWorkflow',
        history: await historyOf(n.workflowId),
      };
      // Each ballot is in the history twice: the castBallot update, and recordBallot's input.
      expect([...sealedLengthsIn([history]).entries()]).toEqual([[expect.any(Number), 18]]);
      const box = (await stack.db.query(`SELECT length(sealed_choice) AS l FROM ballot_box WHERE nomination_id = $1`, [n.id])) as {
        l: number;
      }[];
      expect(new Set(box.map((r) => r.l)).size).toBe(1);
      expect(box).toHaveLength(9);
    });
  });

  describe('the scan', () => {
    let suite: SuiteHistory[];
    let recorded: SuiteHistory[];
    let inquorate: Set<string>;
    const everyMember = (histories: SuiteHistory[]) => [...members, ...membersIn(histories.map((h) => h.history))];
    beforeAll(async () => {
      suite = [...(await devServerHistories(stack.temporal)), ...archivedHistories()];
      recorded = [...readManifest().keys()].map((file) =>
        recordedHistory(file, JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8')) as SuiteHistory['history']),
      );
      inquorate = inquorateSessions([...suite, ...recorded]);
    });

    it('sees each kind of leak, and not who voted or a tally counted with quorum (synthetic histories)', () => {
      const payload = (value: unknown) => ({
        metadata: { encoding: Buffer.from('json/plain').toString('base64') },
        data: Buffer.from(JSON.stringify(value)).toString('base64'),
      });
      const history = (workflowType: string, ...inputs: unknown[]): SuiteHistory => ({
        source: 'synthetic',
        workflowId: workflowType,
        workflowType,
        history: {
          events: inputs.map((input, i) => ({
            eventId: String(i + 1),
            eventType: 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED',
            activityTaskScheduledEventAttributes: { activityType: { name: 'x' }, input: { payloads: [payload(input)] } },
          })),
        },
      });
      const rules = (h: SuiteHistory, without = new Set<string>()) => [...new Set(scanHistory(h, members, without).map((f) => f.rule))];
      const sealed = (length: number) => `${'a'.repeat(16)}.${'b'.repeat(22)}.${'c'.repeat(length)}`;
      const member3 = members.find((m) => m.username === COUNCIL[2]) as Member;

      expect(rules(history('nominationWorkflow', { actor: { username: COUNCIL[2] }, choice: 'ABSTAIN' }))).toEqual([
        'choice-next-to-member',
      ]);
      expect(rules(history('nominationWorkflow', { text: `Đồng chí ${member3.fullName} bỏ phiếu không đồng ý` }))).toEqual([
        'choice-next-to-member',
      ]);
      expect(rules(history('nominationWorkflow', { sealedChoice: sealed(7) }, { sealedChoice: sealed(11) }))).toEqual(['sealed-length']);
      expect(rules(history('councilSessionWorkflow', { member: COUNCIL[2], via: 'BALLOT', choices: [] }))).toEqual([
        'choice-in-session-process',
      ]);
      const tally = (agree: number, disagree: number) => ({ agree, disagree, abstain: 0, members: 9 });
      expect(
        rules(history('councilSessionWorkflow', { nominationId: 'n1', tally: tally(1, 0) }, { nominationId: 'n1', tally: tally(1, 1) })),
      ).toEqual(['running-tally']);
      expect(rules(history('proposalWorkflow', { sessionId: 's1', results: [{ nominationId: 'n1' }] }), new Set(['s1']))).toEqual([
        'count-without-quorum',
      ]);
      const failed = { type: 'CouncilVoteFailed', data: { reason: 'QUORUM_NOT_REACHED', tally: tally(1, 0) } };
      expect(rules(history('nominationWorkflow', failed))).toEqual(['count-without-quorum']);
      expect(
        rules(history('nominationWorkflow', { type: 'CouncilVoteFailed', data: { reason: 'QUORUM_NOT_REACHED', tally: null } })),
      ).toEqual([]);
      const passed = { type: 'CouncilVotePassed', data: { tally: tally(6, 0) } };
      expect(
        rules(history('nominationWorkflow', { member: COUNCIL[2], sealedChoice: sealed(22) }, { sealedChoice: sealed(22) }, passed)),
      ).toEqual([]);
    });

    it('no workflow history the suite produced links a member to a choice, or counts a vote without quorum', () => {
      const types = new Set(suite.map((h) => h.workflowType));
      // Not vacuous: this file's own executions are in it, of every kind that takes part in a vote.
      expect([...types]).toEqual(expect.arrayContaining([...SESSION_PROCESS_TYPES, 'nominationWorkflow', 'cycleWorkflow']));
      expect(inquorate.size).toBeGreaterThan(0);
      const findings: Finding[] = suite.flatMap((h) => scanHistory(h, everyMember(suite), inquorate));
      const lengths = sealedLengthsIn(suite);
      const bySource = suite.reduce<Record<string, number>>((acc, h) => {
        const source = h.source.startsWith('time-skipping') ? 'time-skipping' : h.source;
        return { ...acc, [source]: (acc[source] ?? 0) + 1 };
      }, {});
      process.stderr.write(
        `Ballot secrecy scan: ${suite.length} executions (${Object.entries(bySource)
          .map(([s, n]) => `${n} ${s}`)
          .join(', ')}; ${new Set(suite.filter((h) => h.source !== 'dev-server').map((h) => h.source)).size} time-skipping stacks), ` +
          `types ${[...types].sort().join(', ')}; ${[...lengths.values()].reduce((x, y) => x + y, 0)} sealed ballots; ` +
          `${inquorate.size} sessions without quorum; ${findings.length} findings\n`,
      );
      expect(findings).toEqual([]);
      expect(lengths.size).toBe(1);
    });

    it('the recorded histories (test/histories): exactly the known leaks of code from before the fixes, none since', () => {
      const findings = recorded.flatMap((h) => scanHistory(h, everyMember(recorded), inquorate));
      const found = [...new Set(findings.map((f) => `${f.where.split(' ')[0].replace('recorded:', '')} ${f.rule}`))];
      expect(found.sort()).toEqual([...KNOWN_IN_RECORDED_HISTORIES].sort());
      const newer = recorded.filter((h) => generationOf(h.workflowId) > LAST_LEAKY_GENERATION);
      expect(findings.filter((f) => newer.some((h) => f.where.startsWith(h.source)))).toEqual([]);
    });

    it('the ballot tables of every test database hold no link between a member and a choice, and no count without quorum', async () => {
      const scan = await scanBallotTables(process.env.TEST_POSTGRES_ADMIN_URL as string, members);
      process.stderr.write(
        `Ballot tables scan: ${scan.databases.length} databases; rows ${Object.entries(scan.rows)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}\n`,
      );
      expect(scan.findings).toEqual([]);
      expect(scan.rows.ballot_box).toBeGreaterThan(0);
      expect(scan.rows.ballot_box_voters).toBeGreaterThan(0);
      expect(scan.rows.ballot_boxes).toBeGreaterThan(0);
      expect(scan.sealedLengths.size).toBe(1);
    });
  });
});
