// Decision numbers are <n>/QĐ-BTNMT, per year, without gaps or repeats, even when ministers approve at the same moment.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hanoiYear, type NominationView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { closeVote, createCycle, eventually, expectStatus, taskFor, toCouncil, vote } from './support/scenario.js';

const CYCLE = 'T-NUMBERS';
const CONCURRENT = 8;

describe('decision numbers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('numbers');
    await createCycle(stack.api, CYCLE);
  });
  afterAll(() => stack?.close());

  it(`are gapless and unique under ${CONCURRENT} concurrent approvals`, async () => {
    const { api } = stack;
    const waiting: NominationView[] = [];
    for (let i = 0; i < CONCURRENT; i++) {
      const n = await toCouncil(api, CYCLE);
      // Six agree: quorum (6 of 9) and majority (5 of 9); the standing office closes the vote.
      await vote(api, n.id, Array(6).fill('AGREE'));
      await closeVote(api, n.id);
      waiting.push(n);
    }
    const tasks = await Promise.all(waiting.map((n) => taskFor(api, 'minister', n.id, 'MINISTER_DECISION')));
    const approved = await Promise.all(
      tasks.map((task, i) =>
        api.as<NominationView>(i % 2 ? 'deputy.minister' : 'minister', 'POST', `/tasks/${task}/complete`, { decision: 'APPROVE' }),
      ),
    );
    const numbers = approved.map((r) => expectStatus(r, 200).decisionNumber as string);
    expect(numbers).toEqual(numbers.map(() => expect.stringMatching(/^\d+\/QĐ-BTNMT$/)));
    expect(numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b)).toEqual(Array.from({ length: CONCURRENT }, (_, i) => i + 1));

    const [counter] = await stack.db.query(`SELECT year, last_number FROM decision_number_counters`);
    expect(counter).toEqual({ year: hanoiYear(new Date()), last_number: CONCURRENT });
    for (const n of waiting) await eventually(api, n.id, (v) => v.stage === 'AWAITING_CONFERENCE');
  });
});
