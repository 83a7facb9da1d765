// The minutes' wording, before any layout.
import { describe, expect, it } from '@jest/globals';
import { minutesContent } from './minutes.content.js';
import { MINUTES_CLOSED } from './testing/fixtures.js';

describe('minutesContent', () => {
  it('leaves out the written-opinion note when no one wrote', () => {
    const members = MINUTES_CLOSED.members.map((m) => ({
      ...m,
      attendance: m.attendance === 'WRITTEN_OPINION' ? ('BALLOT' as const) : m.attendance,
    }));
    const quorum = minutesContent({ ...MINUTES_CLOSED, members }).sections[1].paragraphs[0];
    expect(quorum).toBe('Tổng số thành viên Hội đồng: 9; số thành viên tham gia bỏ phiếu: 7; số cần để đủ điều kiện: 6.');
  });

  it('says so when no member stood aside', () => {
    const candidates = MINUTES_CLOSED.candidates.map((c) => ({ ...c, recusedMembers: [] }));
    expect(minutesContent({ ...MINUTES_CLOSED, candidates }).sections[2].notes[0]).toBe(
      'Không có thành viên nào không tham gia biểu quyết do có liên quan đến hồ sơ.',
    );
  });

  it('names the votes each dossier needs when they differ', () => {
    const candidates = MINUTES_CLOSED.candidates.map((c, i) => ({ ...c, agreesNeeded: 5 - i }));
    expect(minutesContent({ ...MINUTES_CLOSED, candidates }).sections[2].paragraphs[0]).toBe(
      'Hồ sơ đạt khi số phiếu đồng ý đạt quá nửa tổng số thành viên Hội đồng (số phiếu đồng ý cần có: hồ sơ số 1: 5; hồ sơ số 2: 4; hồ sơ số 3: 3).',
    );
  });

  it('refuses a closed session with a dossier left uncounted', () => {
    const candidates = MINUTES_CLOSED.candidates.map((c, i) => (i === 1 ? { ...c, tally: null, outcome: null } : c));
    expect(() => minutesContent({ ...MINUTES_CLOSED, candidates })).toThrow(/no count for candidate 2/);
  });
});
