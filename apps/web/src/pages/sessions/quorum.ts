/** A vote counts only when at least two thirds of the members cast a ballot (the domain's `quorumNeeded`). */
export const quorumNeeded = (members: number): number => Math.ceil((2 * members) / 3);

/** "9 thành viên; túc số: 6": how many sit on the council and how many must vote for a session to decide. */
export const councilSize = (members: number): string => `${members} thành viên; túc số: ${quorumNeeded(members)}`;
