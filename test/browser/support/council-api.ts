import { apiAs, completeThroughApi, submitThroughApi } from './api.js';

/** Setting the scene of the council's work through the API: endorsed candidates, a session, its ballots. */

export const COUNCIL = Array.from({ length: 9 }, (_, i) => `council.${i + 1}`);

export interface SessionSketch {
  id: string;
  status: string;
  agenda: { nominationId: string; nomineeName: string }[];
  ballots: { taskId: string; member: string }[];
}

/** Nominations of `unit` submitted and endorsed by its block (score 90 down by 5), waiting for a council session. */
export async function endorsedThroughApi(
  cycleCode: string,
  names: string[],
  unit = 'BQLDA-DTXD',
  reviewer = 'BAO-TNMT',
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const id = await submitThroughApi(unit, cycleCode, name);
    await completeThroughApi(`unit.${reviewer}`, id, { decision: 'ENDORSE', score: 90 - 5 * i });
    ids.push(id);
  }
  return ids;
}

/** The standing office composes a session of every candidate waiting (waiting until they all joined) and opens it. */
export async function openSessionThroughApi(cycleCode: string, title: string, nominationIds: string[]): Promise<SessionSketch> {
  const office = await apiAs('standing.office');
  const composed = await office<SessionSketch>('POST', `/cycles/${cycleCode}/council-sessions`, {
    title,
    meetingAt: new Date(Date.now() + 3_600_000).toISOString(),
    nominationIds,
  });
  return office<SessionSketch>('POST', `/council-sessions/${composed.id}/open`);
}

/** `members` each cast the same choice for every candidate on the session's sheet. */
export async function voteThroughApi(session: SessionSketch, members: string[], choice: 'AGREE' | 'DISAGREE' | 'ABSTAIN'): Promise<void> {
  for (const member of members) {
    const taskId = session.ballots.find((b) => b.member === member)?.taskId;
    if (!taskId) throw new Error(`${member} has no ballot in session ${session.id}`);
    const as = await apiAs(member);
    await as('POST', `/tasks/${taskId}/complete`, { choices: session.agenda.map((i) => ({ nominationId: i.nominationId, choice })) });
  }
}

/** A session where every member agrees on every candidate (it closes by itself once all have voted). */
export async function passedThroughApi(cycleCode: string, nominationIds: string[]): Promise<SessionSketch> {
  const session = await openSessionThroughApi(cycleCode, 'Phiên họp Hội đồng (chuẩn bị thử nghiệm)', nominationIds);
  await voteThroughApi(session, COUNCIL, 'AGREE');
  const office = await apiAs('standing.office');
  for (let attempt = 0; attempt < 120; attempt++) {
    const now = await office<SessionSketch>('GET', `/council-sessions/${session.id}`);
    if (now.status === 'CLOSED') return now;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`session ${session.id} never closed`);
}

export interface ProposalSketch {
  id: string;
  status: string;
  taskId: string;
  entries: { nominationId: string; nomineeName: string }[];
}

/** The standing office sends the engine's suggested list (within the quota) to the minister. */
export async function proposeThroughApi(cycleCode: string): Promise<ProposalSketch> {
  const office = await apiAs('standing.office');
  const draft = await office<{ proposed: { nominationId: string }[] }>('GET', `/cycles/${cycleCode}/proposals/draft`);
  return office<ProposalSketch>('POST', `/cycles/${cycleCode}/proposals`, { nominationIds: draft.proposed.map((c) => c.nominationId) });
}
