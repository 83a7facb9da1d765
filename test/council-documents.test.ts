// The council's printed documents over HTTP, read the way a person reads them (pdf.js for the PDF):
// the minutes of a session without quorum (no count at all) and of one with quorum (the counts,
// never who chose what), and the one decision for the list with every nominee on its annex.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatHanoiDateTime, type NominationView, type ProposalView, type SessionView } from '#domain';
import { htmlText } from '../apps/api/src/documents/testing/html-text.js';
import { pdfPages } from '../apps/api/src/documents/testing/pdf-text.js';
import { startStack, type Stack } from './support/stack.js';
import { COUNCIL, complete, createCycle, eventually, expectStatus, submit, toCouncil } from './support/scenario.js';

const CYCLE = 'T-DOCS';
const CYCLE_TITLE = `Chu kỳ kiểm thử ${CYCLE}`; // openCycle's title
const UNIT_NAME = 'Ban Quản lý Dự án Đầu tư và Xây dựng'; // BQLDA-DTXD
const NATIONAL_TITLE = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NO_QUORUM = 'Phiên họp không đủ số thành viên tham gia bỏ phiếu theo quy định; kết quả không được kiểm và công bố.';
/** The seeded council's names, by username. */
const MEMBER_NAMES = [
  'Trịnh Quốc Bảo',
  'Lương Thị Thu Hằng',
  'Đỗ Mạnh Cường',
  'Phạm Thị Ngọc Lan',
  'Hoàng Đức Thịnh',
  'Vương Thị Minh Nguyệt',
  'Tạ Quang Vinh',
  'Bùi Thị Hồng Nhung',
  'Ngô Văn Khải',
];
const CHOICES = ['Đồng ý', 'Không đồng ý', 'Không biểu quyết'];
const OUT = 'test-results/documents';
const hanoiDate = (iso: string) => formatHanoiDateTime(iso).slice(0, 10);

interface Fetched {
  status: number;
  contentType: string;
  disposition: string;
  cacheControl: string;
  text: string;
  body: any;
}

describe('the minutes and the decision as documents', () => {
  let stack: Stack;
  let a: NominationView;
  let b: NominationView;
  let c: NominationView;
  let inquorate: SessionView;
  let quorate: SessionView;
  let decision: { id: string; number: string; signedAt: string };

  const api = () => stack.api;

  /** GET a document as `username`: the PDF's text through pdf.js, the HTML's as a reader sees it, or the error body. */
  async function get(username: string, path: string): Promise<Fetched> {
    const reply = await api().download(username, path);
    const base = {
      status: reply.status,
      contentType: reply.contentType,
      disposition: reply.headers.get('content-disposition') ?? '',
      cacheControl: reply.headers.get('cache-control') ?? '',
    };
    if (reply.status !== 200) return { ...base, text: reply.text, body: JSON.parse(reply.text) };
    if (reply.contentType === 'application/pdf') {
      expect(Buffer.from(reply.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      // Kept to look at, as the documents' own tests keep theirs.
      mkdirSync(OUT, { recursive: true });
      writeFileSync(`${OUT}/${/filename="([^"]+)"/.exec(base.disposition)?.[1] ?? 'document.pdf'}`, reply.bytes);
      return { ...base, text: (await pdfPages(Buffer.from(reply.bytes))).join(' '), body: undefined };
    }
    return { ...base, text: htmlText(reply.text), body: undefined };
  }

  /** Both formats of a document, checked for their headers; their texts. */
  async function bothFormats(username: string, path: string, asciiName: RegExp): Promise<{ pdf: string; html: string }> {
    const pdf = await get(username, path);
    expect(pdf).toMatchObject({ status: 200, contentType: 'application/pdf', cacheControl: 'no-store' });
    expect(pdf.disposition).toMatch(new RegExp(`^inline; filename="${asciiName.source}\\.pdf"; filename\\*=UTF-8''[A-Za-z0-9%._~!-]+$`));
    expect(await get(username, `${path}?format=pdf`)).toMatchObject({ status: 200, contentType: 'application/pdf' });
    const html = await get(username, `${path}?format=html`);
    expect(html).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8', cacheControl: 'no-store' });
    expect(html.disposition).toMatch(new RegExp(`^inline; filename="${asciiName.source}\\.html"; filename\\*=UTF-8''`));
    return { pdf: pdf.text, html: html.text };
  }

  /** No member's name stands next to a choice: the documents hold counts, never who chose what. */
  function expectNoVoterNextToAChoice(text: string): void {
    for (const name of MEMBER_NAMES) {
      for (const choice of CHOICES) {
        expect(text).not.toContain(`${name} ${choice}`);
        expect(text).not.toContain(`${choice} ${name}`);
        expect(text).not.toContain(`${name}: ${choice}`);
      }
    }
  }

  const compose = async (title: string, hoursAhead: number) =>
    expectStatus(
      await api().as<SessionView>('standing.office', 'POST', `/cycles/${CYCLE}/council-sessions`, {
        title,
        meetingAt: new Date(Date.now() + hoursAhead * 3_600_000).toISOString(),
      }),
      201,
    );
  const open = async (id: string) =>
    expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${id}/open`), 200);
  const close = async (id: string) =>
    expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${id}/close`), 200);
  const ballot = async (s: SessionView, member: string, choices: Record<string, string>) =>
    expectStatus(
      await api().as<SessionView>(member, 'POST', `/tasks/${s.ballots.find((x) => x.member === member)?.taskId}/complete`, {
        choices: Object.entries(choices).map(([nominationId, choice]) => ({ nominationId, choice })),
      }),
      200,
    );

  beforeAll(async () => {
    stack = await startStack('documents');
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS', quota: 2 });
    a = await toCouncil(stack.api, CYCLE, 'BQLDA-DTXD', 'BAO-TNMT', 95);
    const collective = await submit(stack.api, CYCLE, 'BQLDA-DTXD', {
      kind: 'COLLECTIVE',
      fullName: 'Phòng Kỹ thuật – Thẩm định',
      position: undefined,
    });
    await complete(stack.api, 'unit.BAO-TNMT', collective.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score: 85 });
    b = collective;
    c = await toCouncil(stack.api, CYCLE, 'BQLDA-DTXD', 'BAO-TNMT', 70);
  });
  afterAll(() => stack?.close());

  it('a session without quorum: no minutes while it is a draft or voting (409), then minutes without a single count', async () => {
    const composed = await compose('Phiên họp thứ nhất', 1);
    const draft = await get('standing.office', `/council-sessions/${composed.id}/minutes`);
    expect(draft).toMatchObject({ status: 409, body: { code: 'SESSION_NOT_CLOSED' } });
    expect(draft.body.message).toBe(
      'Phiên họp “Phiên họp thứ nhất” chưa mở bỏ phiếu; biên bản kiểm phiếu chỉ được lập sau khi phiên họp kết thúc.',
    );
    const opened = await open(composed.id);
    for (const member of COUNCIL.slice(0, 5)) await ballot(opened, member, { [a.id]: 'AGREE', [b.id]: 'DISAGREE', [c.id]: 'ABSTAIN' });
    const voting = await get('standing.office', `/council-sessions/${composed.id}/minutes?format=html`);
    expect(voting).toMatchObject({ status: 409, body: { code: 'SESSION_NOT_CLOSED' } });
    expect(voting.body.message).toContain('đang bỏ phiếu');

    inquorate = await close(composed.id);
    expect(inquorate.status).toBe('INQUORATE');
    const { pdf, html } = await bothFormats(
      'standing.office',
      `/council-sessions/${composed.id}/minutes`,
      /bien-ban-kiem-phieu-phien-hop-thu-nhat-[0-9a-f]{8}/,
    );
    for (const text of [pdf, html]) {
      expect(text).toContain(NATIONAL_TITLE);
      expect(text).toContain(MOTTO);
      expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
      expect(text).toContain(CYCLE_TITLE);
      expect(text).toContain(`Thời gian: ${formatHanoiDateTime(inquorate.meetingAt)}.`);
      expect(text).toContain(NO_QUORUM);
      expect(text).toContain('Tổng số thành viên Hội đồng: 9; số thành viên tham gia bỏ phiếu: 5; số cần để đủ điều kiện: 6.');
      expect(text).toContain(`1 ${MEMBER_NAMES[0]} Ủy viên Hội đồng Thi đua – Khen thưởng Bộ Chủ tịch Có mặt`);
      expect(text).toContain(`${MEMBER_NAMES[8]} Ủy viên Hội đồng Thi đua – Khen thưởng Bộ Ủy viên Vắng mặt`);
      expect(text).toContain('3. Hồ sơ đưa ra phiên họp sau');
      for (const n of [a, b, c]) expect(text).toContain(n.nominee.fullName);
      // Nothing was counted: no count column, no outcome, no conclusion.
      for (const word of ['Kết quả kiểm phiếu', 'Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Đạt', 'Không đạt', 'Kết luận']) {
        expect(text).not.toContain(word);
      }
      expectNoVoterNextToAChoice(text);
    }
  });

  it('a session with quorum: the counts, the outcomes, who stood aside, who wrote in; never who chose what', async () => {
    for (const n of [a, b, c]) await eventually(api(), n.id, (v) => v.councilSessionId === null);
    const composed = await compose('Phiên họp thứ hai', 2);
    expect(composed.agenda.map((i) => i.nominationId).sort()).toEqual([a.id, b.id, c.id].sort());
    /** The minutes number the dossiers in the agenda's order. */
    const no = (n: NominationView) => composed.agenda.findIndex((i) => i.nominationId === n.id) + 1;
    // council.9 stands aside for a; council.8 stays away; council.7 sends a written opinion.
    expectStatus(
      await api().as('council.9', 'POST', `/council-sessions/${composed.id}/conflicts`, {
        nominationId: a.id,
        note: 'Người được đề nghị là em ruột của tôi',
      }),
      200,
    );
    const opened = await open(composed.id);
    const choices = (i: number) => ({
      [a.id]: 'AGREE',
      [b.id]: i === 4 ? 'DISAGREE' : i === 5 ? 'ABSTAIN' : 'AGREE',
      [c.id]: i < 2 ? 'AGREE' : 'DISAGREE',
    });
    for (let i = 0; i < 6; i++) await ballot(opened, COUNCIL[i], choices(i));
    expectStatus(
      await api().as('standing.office', 'POST', `/council-sessions/${composed.id}/written-opinions`, {
        member: COUNCIL[6],
        choices: Object.entries(choices(6)).map(([nominationId, choice]) => ({ nominationId, choice })),
        documentId: 'CV-07/2018',
      }),
      200,
    );
    await ballot(opened, COUNCIL[8], { [b.id]: 'AGREE', [c.id]: 'ABSTAIN' });
    quorate = await close(composed.id);
    expect(quorate).toMatchObject({ status: 'CLOSED', quorum: { members: 9, cast: 8, needed: 6, reached: true } });

    // council.1 reads it too: the cycle's council.
    const { pdf, html } = await bothFormats(
      'council.1',
      `/council-sessions/${composed.id}/minutes`,
      /bien-ban-kiem-phieu-phien-hop-thu-hai-[0-9a-f]{8}/,
    );
    for (const text of [pdf, html]) {
      expect(text).toContain(NATIONAL_TITLE);
      expect(text).toContain(MOTTO);
      expect(text).toContain('Phiên họp thứ hai');
      expect(text).toContain(
        'Tổng số thành viên Hội đồng: 9; số thành viên tham gia bỏ phiếu: 8 (trong đó 1 gửi ý kiến bằng văn bản); số cần để đủ điều kiện: 6.',
      );
      expect(text).toContain('Phiên họp đủ điều kiện để kiểm phiếu.');
      expect(text).toContain(`${MEMBER_NAMES[6]} Ủy viên Hội đồng Thi đua – Khen thưởng Bộ Ủy viên Gửi ý kiến bằng văn bản`);
      expect(text).toContain(`${MEMBER_NAMES[7]} Ủy viên Hội đồng Thi đua – Khen thưởng Bộ Ủy viên Vắng mặt`);
      expect(text).toContain('Hồ sơ đạt khi số phiếu đồng ý đạt quá nửa tổng số thành viên Hội đồng (từ 5 phiếu đồng ý trở lên).');
      // agree, disagree, abstain, recused, not voted, outcome
      expect(text).toContain(`${no(a)} ${a.nominee.fullName} ${UNIT_NAME} 7 0 0 1 1 Đạt`);
      expect(text).toContain(`${no(b)} ${b.nominee.fullName} ${UNIT_NAME} 6 1 1 0 1 Đạt`);
      expect(text).toContain(`${no(c)} ${c.nominee.fullName} ${UNIT_NAME} 2 5 1 0 1 Không đạt`);
      expect(text).toContain(`- Hồ sơ số ${no(a)} (${a.nominee.fullName}): ${MEMBER_NAMES[8]}.`);
      expect(text).toContain('Kết luận: 2 hồ sơ đạt, 1 hồ sơ không đạt.');
      expect(text).toContain(`THƯ KÝ HỘI ĐỒNG ${MEMBER_NAMES[1]} CHỦ TỊCH HỘI ĐỒNG ${MEMBER_NAMES[0]}`);
      expect(text).not.toContain(NO_QUORUM);
      expectNoVoterNextToAChoice(text);
    }
  });

  it('who may read the minutes: the standing office, the council, the leaders; not a unit officer', async () => {
    const path = `/council-sessions/${quorate.id}/minutes`;
    for (const reader of ['admin', 'minister', 'deputy.minister', 'council.9']) expect((await get(reader, path)).status).toBe(200);
    const officer = await get('unit.BQLDA-DTXD', path);
    expect(officer).toMatchObject({
      status: 403,
      contentType: expect.stringContaining('application/json'),
      body: { code: 'FORBIDDEN_ROLE' },
    });
    expect(officer.body.message).toContain('Thường trực Hội đồng');
  });

  it('the decision: number, place and date, grounds, the deputy signing for the minister, every nominee on the annex', async () => {
    for (const n of [a, b]) await eventually(api(), n.id, (v) => v.stage === 'MINISTER_DECISION');
    const proposal = expectStatus(
      await api().as<ProposalView>('standing.office', 'POST', `/cycles/${CYCLE}/proposals`, { nominationIds: [a.id, b.id] }),
      201,
    );
    const decided = expectStatus(
      await api().as<ProposalView>('deputy.minister', 'POST', `/tasks/${proposal.taskId}/complete`, { decision: 'APPROVE' }),
      200,
    );
    decision = decided.decision!;
    expect(decision.number).toMatch(/^\d+\/QĐ-BTNMT$/);
    const ascii = new RegExp(`quyet-dinh-so-${decision.number.replace('/QĐ-BTNMT', '')}-qd-btnmt`);

    // Any signed-in user reads a decision: it is published.
    const { pdf, html } = await bothFormats('unit.BQLDA-DTXD', `/decisions/${decision.id}/document`, ascii);
    const disposition = (await get('unit.BQLDA-DTXD', `/decisions/${decision.id}/document`)).disposition;
    expect(decodeURIComponent(disposition.slice(disposition.indexOf("''") + 2))).toBe(
      `Quyết định số ${decision.number.replace('/', '-')}.pdf`,
    );
    for (const text of [pdf, html]) {
      expect(text).toContain(NATIONAL_TITLE);
      expect(text).toContain(MOTTO);
      expect(text).toContain('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG');
      expect(text).toContain(`Số: ${decision.number}`);
      const [day, month, year] = hanoiDate(decision.signedAt).split('/').map(Number);
      expect(text).toContain(`Hà Nội, ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? `0${month}` : month} năm ${year}`);
      expect(text).toContain('QUYẾT ĐỊNH');
      expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
      expect(text).toContain('Căn cứ Kế hoạch số 02/KH-BTNMT ngày 26/03/2018;');
      expect(text).toContain('Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng Bộ.');
      expect(text).toContain('Công nhận danh hiệu Điển hình tiên tiến cho 2 cá nhân, tập thể (1 cá nhân và 1 tập thể)');
      expect(text).toContain('KT. BỘ TRƯỞNG THỨ TRƯỞNG');
      expect(text).toContain('Nguyễn Thị Phương Hoa');
      expect(text).toContain('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN');
      expect(text).toContain(
        `(Kèm theo Quyết định số ${decision.number} ngày ${hanoiDate(decision.signedAt)} của Bộ trưởng Bộ Tài nguyên và Môi trường)`,
      );
      expect(text).toContain(`1 ${a.nominee.fullName} ${a.nominee.position} ${UNIT_NAME}`);
      expect(text).toContain(`2 ${b.nominee.fullName} ${UNIT_NAME}`);
      expect(text).not.toContain(c.nominee.fullName);
    }
  });

  it('refuses an unknown id (404), a malformed one or an unknown format (400), in Vietnamese', async () => {
    const noSession = await get('standing.office', `/council-sessions/${randomUUID()}/minutes`);
    expect(noSession).toMatchObject({ status: 404, body: { code: 'SESSION_NOT_FOUND' } });
    expect(noSession.body.message).toMatch(/^Không tìm thấy phiên họp có mã /);
    const noDecision = await get('admin', `/decisions/${randomUUID()}/document?format=html`);
    expect(noDecision).toMatchObject({ status: 404, body: { code: 'DECISION_NOT_FOUND' } });
    expect(noDecision.body.message).toMatch(/^Không tìm thấy quyết định có mã /);

    for (const path of [`/council-sessions/${quorate.id}/minutes?format=docx`, `/decisions/${decision.id}/document?format=PDF`]) {
      const bad = await get('admin', path);
      expect(bad).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED', errors: [{ field: 'format', code: 'isIn', message: 'Định dạng phải là một trong: pdf, html' }] },
      });
    }
    const malformed = await get('admin', '/decisions/not-a-uuid/document');
    expect(malformed).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', errors: [{ field: 'id' }] } });
  });

  it('a council member taken off the cycle’s council reads the minutes of the sessions sat in, and no others (403)', async () => {
    const roles = ['CHAIR', 'SECRETARY'];
    const council = COUNCIL.slice(0, 8).map((username, i) => ({ username, councilRole: roles[i] ?? 'MEMBER' }));
    expectStatus(await api().as('admin', 'PUT', `/cycles/${CYCLE}/council`, { members: council }), 200);
    const third = await compose('Phiên họp thứ ba', 3);
    const outsider = await get('council.9', `/council-sessions/${third.id}/minutes`);
    expect(outsider).toMatchObject({ status: 403, body: { code: 'NOT_COUNCIL_MEMBER' } });
    expect(outsider.body.message).toContain(`không phải thành viên Hội đồng của đợt xét ${CYCLE}`);
    expect((await get('council.9', `/council-sessions/${quorate.id}/minutes`)).status).toBe(200);
    expect(await get('council.8', `/council-sessions/${third.id}/minutes`)).toMatchObject({
      status: 409,
      body: { code: 'SESSION_NOT_CLOSED' },
    });
  });
});
