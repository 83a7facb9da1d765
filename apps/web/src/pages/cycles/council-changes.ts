import { ApiError } from '../../api/errors';
import type { CouncilMember, NameCouncilBody } from '../../api/types';

/** The council as the edit form holds it: the members in order, and which of them chairs and which is secretary. */
export interface CouncilDraft {
  members: string[];
  chair?: string;
  secretary?: string;
}

export const draftOf = (council: CouncilMember[]): CouncilDraft => ({
  members: council.map((m) => m.username),
  chair: council.find((m) => m.councilRole === 'CHAIR')?.username,
  secretary: council.find((m) => m.councilRole === 'SECRETARY')?.username,
});

/** The body of PUT /cycles/:code/council for a draft. */
export const bodyOf = (d: CouncilDraft): NameCouncilBody => ({
  members: d.members.map((username) => ({
    username,
    councilRole: username === d.chair ? 'CHAIR' : username === d.secretary ? 'SECRETARY' : 'MEMBER',
  })),
});

/** Who the draft adds and takes off, and whether the chair or the secretary changes. */
export function changesOf(before: CouncilDraft, after: CouncilDraft) {
  const added = after.members.filter((u) => !before.members.includes(u));
  const removed = before.members.filter((u) => !after.members.includes(u));
  const chairChanged = before.chair !== after.chair;
  const secretaryChanged = before.secretary !== after.secretary;
  const reordered = !added.length && !removed.length && before.members.join() !== after.members.join();
  return {
    added,
    removed,
    chairChanged,
    secretaryChanged,
    any: added.length + removed.length > 0 || chairChanged || secretaryChanged || reordered,
  };
}

/**
 * The API names a refusal by its body's fields (`members.3.username`, `members` with `oneChair`);
 * the form has one list and two pickers, so each refusal is put beside the one it concerns.
 */
export function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const field = (e: { field: string; code: string }) =>
    e.code === 'oneChair' ? 'chair' : e.code === 'oneSecretary' ? 'secretary' : e.field.startsWith('members') ? 'members' : e.field;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.fieldErrors.map((e) => ({ ...e, field: field(e) })),
  );
}
