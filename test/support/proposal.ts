import type { NominationView, ProposalView, SessionView } from '#domain';
import type { ApiClient, Reply } from './api-client.js';
import { complete, eventually, expectStatus, submit } from './scenario.js';
import { waitForValue } from './wait.js';

/*
 * Steps of a cycle whose council meets in sessions (councilProcess SESSIONS), through the HTTP
 * API as people take them: nominations endorsed by their block, a session that passes them, the
 * standing office's proposal and the minister's one decision on it.
 */

/** Where a nomination comes from: its unit, the block's leader that reviews it, the score it gives, the nominee. */
export interface Candidate {
  unit?: string;
  reviewer?: string;
  score?: number;
  nominee?: Record<string, unknown>;
}

/** Units of three blocks with no council member among them (a member is recused for their own unit). */
export const KHOI_VI = { unit: 'BQLDA-DTXD', reviewer: 'BAO-TNMT' } as const;
export const KHOI_II = { unit: 'QUY-BVMT', reviewer: 'VP-UBSMC' } as const;
export const CUM_MNPB = { unit: 'STNMT-HG', reviewer: 'STNMT-LCA' } as const;

/** The unit submits and its block endorses with the score: the nomination waits for a session. */
export async function endorsed(api: ApiClient, cycleCode: string, c: Candidate = {}): Promise<NominationView> {
  const { unit = KHOI_VI.unit, reviewer = KHOI_VI.reviewer, score = 90, nominee = {} } = c;
  const created = await submit(api, cycleCode, unit, nominee);
  await complete(api, `unit.${reviewer}`, created.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score });
  return created;
}

let sessions = 0;

/** The standing office composes a session (201), with these nominations or by default all that wait. */
export async function composeSession(api: ApiClient, cycleCode: string, nominationIds?: string[]): Promise<SessionView> {
  sessions += 1;
  return expectStatus(
    await api.as<SessionView>('standing.office', 'POST', `/cycles/${cycleCode}/council-sessions`, {
      title: `Phiên họp kiểm thử số ${sessions}`,
      meetingAt: new Date(Date.now() + 3_600_000).toISOString(),
      ...(nominationIds ? { nominationIds } : {}),
    }),
    201,
  );
}

/** A session as GET /council-sessions/:id shows it now. */
export async function sessionView(api: ApiClient, id: string): Promise<SessionView> {
  return expectStatus(await api.as<SessionView>('admin', 'GET', `/council-sessions/${id}`), 200);
}

/**
 * The standing office opens a draft session, every member agrees to every candidate on it, and it
 * closes on its own; returns once each candidate waits for the minister.
 */
export async function openAndAgree(api: ApiClient, sessionId: string): Promise<SessionView> {
  const opened = expectStatus(await api.as<SessionView>('standing.office', 'POST', `/council-sessions/${sessionId}/open`), 200);
  const choices = opened.agenda.map((i) => ({ nominationId: i.nominationId, choice: 'AGREE' }));
  for (const { member, taskId } of opened.ballots) {
    expectStatus(await api.as(member, 'POST', `/tasks/${taskId}/complete`, { choices }), 200);
  }
  const closed = await waitForValue(async () => {
    const s = await sessionView(api, sessionId);
    return s.status === 'CLOSED' ? s : undefined;
  }, `session ${sessionId} closed`);
  for (const { nominationId } of opened.agenda) {
    await eventually(api, nominationId, (v) => v.stage === 'MINISTER_DECISION' && v.status === 'IN_PROGRESS');
  }
  return closed;
}

/** A session on exactly `ids`, which all pass. */
export async function passCouncil(api: ApiClient, cycleCode: string, ids: string[]): Promise<SessionView> {
  const composed = await composeSession(api, cycleCode, ids);
  return openAndAgree(api, composed.id);
}

/** Endorsed and passed by one session: each waits for the minister, in the order given. */
export async function passed(api: ApiClient, cycleCode: string, candidates: Candidate[]): Promise<NominationView[]> {
  const created: NominationView[] = [];
  for (const c of candidates) created.push(await endorsed(api, cycleCode, c));
  await passCouncil(
    api,
    cycleCode,
    created.map((n) => n.id),
  );
  return created;
}

/** A candidate of GET /cycles/:code/proposals/draft. */
export interface DraftCandidate {
  nominationId: string;
  rank: number;
  blockCode: string;
  nomineeKind: string;
  remoteArea: boolean;
  blockScore: number;
  reasons?: string[];
  reason?: 'BEYOND_QUOTA' | 'BLOCK_SHARE_CAP';
  explanation?: string;
}

export interface ProposalDraft {
  quota: number;
  proposed: DraftCandidate[];
  leftOut: DraftCandidate[];
  shortfalls: string[];
}

/** The engine's suggested list for the cycle (200). */
export async function draftOf(api: ApiClient, cycleCode: string): Promise<ProposalDraft> {
  return expectStatus(await api.as<ProposalDraft>('standing.office', 'GET', `/cycles/${cycleCode}/proposals/draft`), 200);
}

/** The standing office sends its proposal: the reply as is. */
export function sendProposal(
  api: ApiClient,
  cycleCode: string,
  nominationIds: string[],
  justification?: string,
): Promise<Reply<ProposalView>> {
  return api.as<ProposalView>('standing.office', 'POST', `/cycles/${cycleCode}/proposals`, {
    nominationIds,
    ...(justification === undefined ? {} : { justification }),
  });
}

/** The standing office sends its proposal (201). */
export async function propose(api: ApiClient, cycleCode: string, nominationIds: string[], justification?: string): Promise<ProposalView> {
  return expectStatus(await sendProposal(api, cycleCode, nominationIds, justification), 201);
}

/** The minister (or a deputy) answers the proposal through its MINISTER_DECISION task: the reply as is. */
export function decideProposal(
  api: ApiClient,
  username: string,
  proposal: ProposalView,
  body: Record<string, unknown>,
): Promise<Reply<ProposalView>> {
  return api.as<ProposalView>(username, 'POST', `/tasks/${proposal.taskId}/complete`, body);
}

/** A proposal as GET /proposals/:id shows it now. */
export async function proposalOf(api: ApiClient, id: string): Promise<ProposalView> {
  return expectStatus(await api.as<ProposalView>('admin', 'GET', `/proposals/${id}`), 200);
}

/** A decision as GET /decisions/:id shows it. */
export interface DecisionRead {
  id: string;
  number: string;
  signedAt: string;
  signer: { username: string; fullName: string };
  onBehalfOf?: { username: string; fullName: string };
  signature: string;
  cycleCode: string;
  proposalId: string | null;
  nominationIds: string[];
  struck: { nominationId: string; reason: string }[];
}

export async function decisionOf(api: ApiClient, id: string): Promise<DecisionRead> {
  return expectStatus(await api.as<DecisionRead>('admin', 'GET', `/decisions/${id}`), 200);
}

/** The number part of `382/QĐ-BTNMT`. */
export const serial = (number: string) => Number(number.split('/')[0]);

/** The body of a refusal (4xx) as the API sends it. */
export interface Refusal {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
}

/** The refusal in `reply`, which must have `status`. */
export function refusal(reply: Reply<unknown>, status: number): Refusal {
  return expectStatus(reply as Reply<Refusal>, status);
}
