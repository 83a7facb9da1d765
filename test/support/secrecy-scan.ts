import type { SuiteHistory } from './suite-histories.js';

/**
 * The ballot secrecy scan: looks through workflow histories (every payload decoded) for anything
 * that links a council member to a choice, or publishes a count it should not. Pure: the test
 * feeds it the histories and reports what it finds (test/ballot-secrecy.test.ts).
 *
 * Rules, each a `Finding.rule`:
 * - `choice-next-to-member`: one event holds a choice (AGREE, DISAGREE, ABSTAIN, or their
 *   Vietnamese words) and names a member (username, or full name);
 * - `sealed-length`: sealed ballots of different lengths (the size of a sealed choice says which);
 * - `choice-in-session-process`: a council session, a proposal or a nomination of the session
 *   process carries a choice at all (those choices never enter Temporal, in any form);
 * - `count-without-quorum`: a vote or session closed without quorum, yet a tally, totals or
 *   results appear (or the ballot box was counted) for it;
 * - `running-tally`: one candidate's tally takes more than one value in one history (the
 *   difference between two tallies is the ballots cast in between).
 */

export interface Finding {
  rule: 'choice-next-to-member' | 'sealed-length' | 'choice-in-session-process' | 'count-without-quorum' | 'running-tally';
  /** `<source> <workflowId>`, and the event when it is one event. */
  where: string;
  detail: string;
}

export interface Member {
  username: string;
  fullName?: string;
}

const CHOICE_CODES = ['AGREE', 'DISAGREE', 'ABSTAIN'];
/** The Vietnamese words for the choices (DECISION_LABELS), as a ballot or a text would say them. */
const CHOICE_WORDS = ['đồng ý', 'không đồng ý', 'không biểu quyết'];
const CHOICE_PHRASE = /(?<!\p{L})(không đồng ý|đồng ý|không biểu quyết)(?!\p{L})/iu;
/** Workflow types of the council-session process: no choice enters them, in any form. */
export const SESSION_PROCESS_TYPES = ['councilSessionWorkflow', 'proposalWorkflow', 'nominationWorkflowV2'];
const CHOICE_KEYS = ['choice', 'choices', 'sealedChoice'];
/** A sealed ballot as the API seals it: iv.tag.ciphertext, each base64url. */
const SEALED = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+$/;

type Node = unknown;
type Obj = Record<string, unknown>;
const isObj = (n: Node): n is Obj => typeof n === 'object' && n !== null && !Array.isArray(n);

/** A payload decoded: json/plain parsed, binary/null as null, any other encoding as text. */
function decodePayload(payload: Obj): Node {
  const encoding = Buffer.from(String((payload.metadata as Obj).encoding), 'base64').toString();
  const data = typeof payload.data === 'string' ? Buffer.from(payload.data, 'base64').toString('utf8') : '';
  if (encoding === 'binary/null') return null;
  if (encoding === 'json/plain') {
    try {
      return JSON.parse(data) as Node;
    } catch {
      return data;
    }
  }
  return data;
}

/** The node with every payload in it (inputs, results, signals, updates, memo, headers, failures) decoded. */
export function decodePayloads(node: Node): Node {
  if (Array.isArray(node)) return node.map(decodePayloads);
  if (!isObj(node)) return node;
  if (isObj(node.metadata) && typeof node.metadata.encoding === 'string') return decodePayload(node);
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, decodePayloads(v)]));
}

function* walk(node: Node, key = ''): Generator<{ key: string; value: Node }> {
  yield { key, value: node };
  if (Array.isArray(node)) for (const item of node) yield* walk(item, key);
  else if (isObj(node)) for (const [k, v] of Object.entries(node)) yield* walk(v, k);
}

const strings = (node: Node) => [...walk(node)].flatMap(({ key, value }) => (typeof value === 'string' ? [{ key, value }] : []));

const isChoice = (s: string) => CHOICE_CODES.includes(s.trim().toUpperCase()) || CHOICE_WORDS.includes(s.trim().toLowerCase());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function memberMatcher(members: readonly Member[]): (s: string) => string | undefined {
  const patterns = members.flatMap((m) => [
    { who: m.username, re: new RegExp(`(?<![\\w.])${escape(m.username)}(?![\\w])`) },
    ...(m.fullName ? [{ who: m.username, re: new RegExp(escape(m.fullName), 'i') }] : []),
  ]);
  return (s) => patterns.find((p) => p.re.test(s))?.who;
}

/** An object that counts a vote: numbers under at least two of agree, disagree, abstain. */
function isTally(n: Node): n is Obj {
  return isObj(n) && ['agree', 'disagree', 'abstain'].filter((k) => typeof n[k] === 'number').length >= 2;
}
const countsOf = (t: Obj) => `${String(t.agree)}/${String(t.disagree)}/${String(t.abstain)}`;

const hasCounts = (node: Node) =>
  [...walk(node)].some(
    ({ key, value }) => isTally(value) || ((key === 'totals' || key === 'results') && Array.isArray(value) && value.length > 0),
  );

/** The members named in histories (ballots, sessions, ballots received), beside those the test knows. */
export function membersIn(histories: readonly { events: Node[] }[]): Member[] {
  const found = new Map<string, Member>();
  for (const events of histories.map((h) => h.events)) {
    for (const { key, value } of walk(events)) {
      if (key === 'member' && typeof value === 'string') found.set(value, found.get(value) ?? { username: value });
      if (key === 'members' && Array.isArray(value)) {
        for (const m of value) {
          if (isObj(m) && typeof m.username === 'string') found.set(m.username, { username: m.username, fullName: m.fullName as string });
        }
      }
    }
  }
  return [...found.values()];
}

interface DecodedEvent {
  eventId: string;
  eventType: string;
  body: Node;
}

export function decodedEvents(history: SuiteHistory['history']): DecodedEvent[] {
  return history.events.map((e) => ({ eventId: String(e.eventId), eventType: String(e.eventType), body: decodePayloads(e) }));
}

/** The sessions (by id) that closed without quorum, as any of the histories tells it. */
export function inquorateSessions(histories: readonly SuiteHistory[]): Set<string> {
  const ids = new Set<string>();
  for (const h of histories) {
    for (const { value } of walk(decodePayloads(h.history.events))) {
      if (!isObj(value)) continue;
      // The session's own events, stored with the session's id; a nomination's CouncilSessionInquorate.
      if (typeof value.sessionId === 'string' && Array.isArray(value.events)) {
        if (value.events.some((e) => isObj(e) && e.type === 'SessionInquorate')) ids.add(value.sessionId);
      }
      if (value.type === 'CouncilSessionInquorate' && isObj(value.data) && typeof value.data.sessionId === 'string') {
        ids.add(value.data.sessionId);
      }
    }
  }
  return ids;
}

/** Everything the rules find in one history. `inquorate`: the sessions closed without quorum (from every history). */
export function scanHistory(h: SuiteHistory, members: readonly Member[], inquorate: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const at = `${h.source} ${h.workflowId}`;
  const named = memberMatcher(members);
  const events = decodedEvents(h.history);
  const sealedLengths = new Map<number, string>();
  const tallies = new Map<string, Set<string>>();
  const sessionProcess = SESSION_PROCESS_TYPES.includes(h.workflowType);

  for (const event of events) {
    const where = `${at} event ${event.eventId} (${event.eventType})`;
    const texts = strings(event.body);
    const choice = texts.find((s) => isChoice(s.value));
    const member = texts.map((s) => named(s.value)).find(Boolean);
    if (choice && member) {
      findings.push({ rule: 'choice-next-to-member', where, detail: `${member} beside "${choice.value}" (${choice.key})` });
    }
    for (const { value } of texts) {
      const phrase = CHOICE_PHRASE.exec(value);
      const who = named(value);
      if (phrase && who && !isChoice(value)) {
        findings.push({ rule: 'choice-next-to-member', where, detail: `${who} and "${phrase[0]}" in one text: ${value.slice(0, 160)}` });
      }
    }
    for (const { key, value } of texts) {
      if (key === 'sealedChoice' || SEALED.test(value)) sealedLengths.set(value.length, sealedLengths.get(value.length) ?? where);
    }
    if (sessionProcess) {
      const keyed = [...walk(event.body)].find(({ key }) => CHOICE_KEYS.includes(key));
      if (keyed || choice) {
        findings.push({
          rule: 'choice-in-session-process',
          where,
          detail: keyed ? `a "${keyed.key}" field` : `"${choice?.value}" (${choice?.key})`,
        });
      }
    }
    // Counts tied to a session that had no quorum.
    for (const { value } of walk(event.body)) {
      if (isObj(value) && typeof value.sessionId === 'string' && inquorate.has(value.sessionId) && hasCounts(value)) {
        findings.push({ rule: 'count-without-quorum', where, detail: `counts for session ${value.sessionId}, which had no quorum` });
      }
    }
    collectTallies(event.body, h.workflowId, tallies);
  }

  if (sealedLengths.size > 1) {
    findings.push({
      rule: 'sealed-length',
      where: at,
      detail: `sealed ballots of ${sealedLengths.size} lengths: ${[...sealedLengths.keys()].sort((a, b) => a - b).join(', ')}`,
    });
  }
  for (const [candidate, values] of tallies) {
    if (values.size > 1) {
      findings.push({
        rule: 'running-tally',
        where: at,
        detail: `${candidate}: tallies ${[...values].join(' then ')} (agree/disagree/abstain)`,
      });
    }
  }
  findings.push(...countsWithoutQuorum(h, events));
  return findings;
}

/** Each candidate's tallies in a history: keyed by the nearest nominationId, else the workflow. */
function collectTallies(node: Node, candidate: string, into: Map<string, Set<string>>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectTallies(item, candidate, into);
    return;
  }
  if (!isObj(node)) return;
  const here = typeof node.nominationId === 'string' ? node.nominationId : candidate;
  if (isTally(node)) {
    const seen = into.get(here) ?? new Set<string>();
    seen.add(countsOf(node));
    into.set(here, seen);
    return;
  }
  for (const value of Object.values(node)) collectTallies(value, here, into);
}

/** A nomination's own vote (nominationWorkflow) or a session that closed without quorum: nothing counted, nothing published. */
function countsWithoutQuorum(h: SuiteHistory, events: DecodedEvent[]): Finding[] {
  const at = `${h.source} ${h.workflowId}`;
  const all = [...walk(events.map((e) => e.body))];
  const objects = all.map(({ value }) => value).filter(isObj);
  const findings: Finding[] = [];
  const ownVoteInquorate = objects.some((o) => o.type === 'CouncilVoteFailed' && isObj(o.data) && o.data.reason === 'QUORUM_NOT_REACHED');
  const sessionInquorate = objects.some((o) => o.type === 'SessionInquorate');
  if (!ownVoteInquorate && !sessionInquorate) return findings;
  const what = ownVoteInquorate ? 'its council vote failed for want of quorum' : 'the session closed without quorum';
  for (const event of events) {
    const scheduled = event.body as Obj;
    const activity = (scheduled.activityTaskScheduledEventAttributes as Obj | undefined)?.activityType as Obj | undefined;
    if (activity?.name === 'countBallots') {
      findings.push({
        rule: 'count-without-quorum',
        where: `${at} event ${event.eventId}`,
        detail: `${what}, yet its ballot box was counted`,
      });
    }
    const tally = [...walk(event.body)].find(({ value }) => isTally(value) && !isZero(value as Obj));
    const nonEmpty = [...walk(event.body)].find(
      ({ key, value }) => (key === 'totals' || key === 'results') && Array.isArray(value) && value.length > 0,
    );
    if (tally || nonEmpty) {
      const shown = tally ? countsOf(tally.value as Obj) : `${nonEmpty?.key} ${JSON.stringify(nonEmpty?.value).slice(0, 120)}`;
      findings.push({
        rule: 'count-without-quorum',
        where: `${at} event ${event.eventId} (${event.eventType})`,
        detail: `${what}, yet it shows ${shown}`,
      });
    }
  }
  return findings;
}

const isZero = (t: Obj) => !t.agree && !t.disagree && !t.abstain;

/** Every sealed ballot's length in the histories (they must all be one). */
export function sealedLengthsIn(histories: readonly SuiteHistory[]): Map<number, number> {
  const lengths = new Map<number, number>();
  for (const h of histories) {
    for (const { key, value } of strings(decodePayloads(h.history.events))) {
      if (key === 'sealedChoice') lengths.set(value.length, (lengths.get(value.length) ?? 0) + 1);
    }
  }
  return lengths;
}
