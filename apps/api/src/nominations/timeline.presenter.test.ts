// The timeline's sentences: one per event type, in Vietnamese, with names instead of codes, and never a ballot's choice.
import { describe, expect, it } from '@jest/globals';
import type { NominationEvent, StoredEvent } from '#domain';
import { NOMINATION_EVENT_TYPES, namesNeeded, presentTimeline, type TimelineNames } from './timeline.presenter.js';

const ID = '6f1c1d3e-8a4b-4c2d-9e0f-123456789abc';
const TARGETS = {
  blockReviewTarget: '2018-05-09T17:00:00.000Z',
  councilVoteTarget: '2018-05-19T17:00:00.000Z',
  decisionTarget: '2018-05-29T17:00:00.000Z',
  conferenceDate: '2018-06-08T01:00:00.000Z',
  revisionDays: 10,
};
const TALLY = { agree: 7, disagree: 1, abstain: 1, members: 9 };

const NAMES: TimelineNames = {
  users: {
    'unit.BQLDA-DTXD': { fullName: 'Cán bộ thi đua – Ban Quản lý Dự án Đầu tư và Xây dựng', roles: ['UNIT_OFFICER'] },
    'unit.BAO-TNMT': { fullName: 'Cán bộ thi đua – Báo Tài nguyên và Môi trường', roles: ['UNIT_OFFICER'] },
    'council.1': { fullName: 'Nguyễn Văn Bình', roles: ['COUNCIL_MEMBER'] },
    minister: { fullName: 'Trần Hồng Hà', roles: ['MINISTER'] },
    'deputy.minister': { fullName: 'Nguyễn Thị Phương Hoa', roles: ['DEPUTY_MINISTER'] },
    'standing.office': { fullName: 'Vũ Minh Sơn', roles: ['STANDING_OFFICE'] },
  },
  units: { 'BQLDA-DTXD': 'Ban Quản lý Dự án Đầu tư và Xây dựng' },
  blocks: { 'KHOI-VI': 'Khối thi đua số VI' },
};

let version = 0;
function stored(event: NominationEvent, actor = 'system'): StoredEvent {
  version += 1;
  return { ...event, key: `k${version}`, actor, occurredAt: `2018-05-0${(version % 9) + 1}T03:00:00.000Z`, nominationId: ID, version };
}

const submitted = stored(
  {
    type: 'NominationSubmitted',
    data: {
      nominationId: ID,
      workflowId: 'nomination:SK:BQLDA-DTXD:x',
      cycleCode: 'SK-2016-2018',
      unitCode: 'BQLDA-DTXD',
      blockCode: 'KHOI-VI',
      reviewerUnitCode: 'BAO-TNMT',
      nomineeKey: 'x',
      dossier: {
        nominee: { kind: 'INDIVIDUAL', fullName: 'Nguyễn Văn An', field: 'Quản lý dự án', remoteArea: false, continuousYears: 3 },
        achievements: '…',
        initiatives: [],
        documents: [],
      },
      rules: { cycleCode: 'SK-2016-2018', approvalRule: 'MAJORITY_OF_MEMBERS', maxChangeRounds: 2, decisionSuffix: 'QĐ-BTNMT' },
      targets: TARGETS,
      reviewTaskId: 't1',
    },
  },
  'unit.BQLDA-DTXD',
);

/** One event of every type, in a plausible order (the presenter does not check the order). */
const EVERY_TYPE: StoredEvent[] = [
  submitted,
  stored({ type: 'BlockListEntryAdded', data: { ref: 'KHOI-VI/SK-2016-2018' } }),
  { ...submitted, type: 'DraftCreated', data: submitted.data } as StoredEvent,
  stored(
    { type: 'DossierEdited', data: { changed: ['nominee.dateOfBirth', 'achievements'], achievements: 'x', round: 0 } },
    'unit.BQLDA-DTXD',
  ),
  stored(
    {
      type: 'DocumentAttached',
      data: {
        document: { kind: 'BAO_CAO', title: 'Báo cáo thành tích', sha256: 'a'.repeat(64), id: 'v2', documentId: 'd', version: 2 },
        round: 1,
      },
    },
    'unit.BQLDA-DTXD',
  ),
  stored({ type: 'DraftLapsed', data: { cutoff: '2018-04-28T17:00:00.000Z', reason: 'Hết hạn' } }),
  stored(
    {
      type: 'ChangesRequested',
      data: { round: 1, reason: 'thiếu báo cáo', revisionTaskId: 't2', revisionDueAt: '2018-05-12T03:00:00.000Z' },
    },
    'unit.BAO-TNMT',
  ),
  stored({ type: 'NominationResubmitted', data: { round: 1, changes: 'Đã bổ sung báo cáo', reviewTaskId: 't3' } }, 'unit.BQLDA-DTXD'),
  stored({ type: 'BlockEndorsed', data: { score: 92, reviewerUnitCode: 'BAO-TNMT' } }, 'unit.BAO-TNMT'),
  stored({ type: 'CouncilAgendaItemAdded', data: { ref: 'SK-2016-2018/1' } }),
  stored({ type: 'CouncilVotingOpened', data: { members: 9, ballots: [{ taskId: 'b1', member: 'council.1' }] } }),
  stored({ type: 'BallotCast', data: { member: 'council.1', taskId: 'b1' } }, 'council.1'),
  stored(
    {
      type: 'CouncilVotePassed',
      data: { tally: TALLY, approvalRule: 'MAJORITY_OF_MEMBERS', agreesNeeded: 5, quorumNeeded: 6, decisionTaskId: 'd1' },
    },
    'standing.office',
  ),
  stored({
    type: 'CouncilVoteFailed',
    data: {
      tally: { agree: 3, disagree: 0, abstain: 1, members: 9 },
      approvalRule: 'MAJORITY_OF_MEMBERS',
      agreesNeeded: 5,
      quorumNeeded: 6,
      reason: 'QUORUM_NOT_REACHED',
    },
  }),
  stored(
    {
      type: 'MinisterApproved',
      data: {
        decisionNumber: '15/QĐ-BTNMT',
        signedBy: 'deputy.minister',
        signerName: 'Nguyễn Thị Phương Hoa',
        signature: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG Nguyễn Thị Phương Hoa',
        onBehalfOfMinister: true,
      },
    },
    'deputy.minister',
  ),
  stored({ type: 'MinisterRejected', data: { reason: 'Thành tích chưa tiêu biểu' } }, 'minister'),
  stored({ type: 'ConferenceSeatReserved', data: { ref: 'SK-2016-2018/x' } }),
  stored({ type: 'NominationHonoured', data: { certificateNumber: 'SK-2016-2018/001', rank: 1, conferenceDate: TARGETS.conferenceDate } }),
  stored({ type: 'NominationRecognised', data: { rank: 71, reason: 'BEYOND_QUOTA' } }),
  stored({ type: 'ConferenceSeatReleased', data: { ref: 'SK-2016-2018/x' } }),
  stored(
    {
      type: 'NominationRejected',
      data: { stage: 'BLOCK_REVIEW', reason: 'Changes requested a second time (at most 1 rounds): vẫn thiếu biên bản' },
    },
    'unit.BAO-TNMT',
  ),
  stored({ type: 'NominationWithdrawn', data: { stage: 'COUNCIL_VOTE', reason: 'Withdrawn by the unit' } }, 'unit.BQLDA-DTXD'),
  stored({
    type: 'NominationExpired',
    data: { stage: 'REVISION', reason: 'Not resubmitted by the revision deadline, 12/05/2018 10:00 (Hanoi time)' },
  }),
  stored(
    {
      type: 'NominationRevoked',
      data: {
        reason: 'Thành tích kê khai không đúng sự thật',
        decisionNumber: '20/QĐ-BTNMT',
        signedBy: 'minister',
        signerName: 'Trần Hồng Hà',
        signature: 'BỘ TRƯỞNG Trần Hồng Hà',
        onBehalfOfMinister: false,
      },
    },
    'minister',
  ),
  stored({ type: 'TaskReminded', data: { taskId: 't1', taskType: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget } }),
  stored({ type: 'TaskEscalated', data: { taskId: 't1', taskType: 'MINISTER_DECISION', dueAt: TARGETS.decisionTarget } }),
  stored(
    {
      type: 'NominationTargetsMoved',
      data: {
        previous: TARGETS,
        targets: { ...TARGETS, conferenceDate: '2018-06-20T01:00:00.000Z', calendarVersion: 2 },
        reason: 'Lùi hội nghị',
        calendarVersion: 2,
      },
    },
    'admin',
  ),
  stored({ type: 'BlockListEntryCompensated', data: { ref: 'KHOI-VI/SK-2016-2018', cause: 'WITHDRAWN' } }),
  stored({ type: 'CouncilAgendaItemCompensated', data: { ref: 'SK-2016-2018/1', cause: 'REJECTED' } }),
  stored({ type: 'ConferenceSeatCompensated', data: { ref: 'SK-2016-2018/x', cause: 'REVOKED' } }),
  stored({ type: 'CouncilAgendaItemRemoved', data: { ref: 's-1/1', sessionId: 's-1' } }),
  stored({ type: 'CouncilSessionInquorate', data: { sessionId: 's-1' } }),
  stored({ type: 'ProposalEntryAdded', data: { ref: 'p-1/1', proposalId: 'p-1' } }),
  stored({ type: 'ProposalEntryRemoved', data: { ref: 'p-1/1', proposalId: 'p-1', reason: 'Cần bổ sung xếp hạng theo Khối' } }),
  stored({ type: 'ProposalEntryCompensated', data: { ref: 'p-1/1', cause: 'WITHDRAWN' } }),
  stored({
    type: 'NominationNotProposed',
    data: { stage: 'MINISTER_DECISION', reason: 'Ngoài chỉ tiêu 70 (xếp thứ 71)', decisionNumber: '12/QĐ-BTNMT' },
  }),
];

describe('the timeline presenter', () => {
  const timeline = presentTimeline(EVERY_TYPE, NAMES);
  const text = (type: string) => timeline.find((e) => e.type === type)?.text;

  it('has a Vietnamese sentence for every event type, never the raw event name', () => {
    expect(new Set(EVERY_TYPE.map((e) => e.type))).toEqual(new Set(NOMINATION_EVENT_TYPES));
    for (const entry of timeline) {
      expect(entry.text).not.toMatch(/[A-Z][a-z]+[A-Z][a-z]+/); // no NominationSubmitted, BallotCast …
      expect(entry.text).not.toMatch(/\b(BLOCK_REVIEW|COUNCIL_VOTE|MINISTER_DECISION|REVISION|WITHDRAWN|REJECTED|REVOKED)\b/);
      expect(entry.text.length).toBeGreaterThan(10);
    }
  });

  it('tells what a unit did to its dossier, in words', () => {
    expect(text('DossierEdited')).toBe('Đơn vị sửa hồ sơ: Ngày sinh, Thành tích');
    expect(text('DocumentAttached')).toBe('Đơn vị tải lên phiên bản 2 của tài liệu “Báo cáo thành tích”');
    expect(text('DraftLapsed')).toBe('Hết hạn nộp hồ sơ (29/04/2018 00:00) mà bản nháp chưa được nộp: hồ sơ được lưu, không được xét');
  });

  it('names units, blocks and people instead of their codes', () => {
    expect(text('NominationSubmitted')).toBe(
      'Đơn vị Ban Quản lý Dự án Đầu tư và Xây dựng nộp hồ sơ đề nghị công nhận điển hình tiên tiến cho cá nhân Nguyễn Văn An',
    );
    expect(text('ChangesRequested')).toBe(
      'Khối thi đua số VI yêu cầu bổ sung hồ sơ — lý do: thiếu báo cáo (lần 1, hạn bổ sung 12/05/2018 10:00)',
    );
    expect(timeline[0].actor).toEqual({ username: 'unit.BQLDA-DTXD', name: 'Cán bộ thi đua – Ban Quản lý Dự án Đầu tư và Xây dựng' });
    expect(timeline.find((e) => e.type === 'BlockListEntryAdded')?.actor).toBeNull();
  });

  it('says who voted, never how', () => {
    expect(text('BallotCast')).toBe('Thành viên Hội đồng Nguyễn Văn Bình đã bỏ phiếu');
    expect(text('BallotCast')).not.toMatch(/đồng ý|không|AGREE|DISAGREE|ABSTAIN/);
  });

  it('a vote closed without quorum and not counted (rules version 2) says how many voted, nothing of how', () => {
    const [uncounted] = presentTimeline(
      [
        stored(
          {
            type: 'CouncilVoteFailed',
            data: {
              tally: null,
              cast: 1,
              members: 9,
              approvalRule: 'MAJORITY_OF_MEMBERS',
              agreesNeeded: 5,
              quorumNeeded: 6,
              reason: 'QUORUM_NOT_REACHED',
            },
          },
          'standing.office',
        ),
      ],
      NAMES,
    );
    expect(uncounted.text).toBe(
      'Vũ Minh Sơn kết thúc bỏ phiếu. Hội đồng Thi đua – Khen thưởng Bộ không đủ số thành viên bỏ phiếu: 1/9 thành viên đã bỏ phiếu, cần ít nhất 6',
    );
  });

  it('tells a deputy signing on the minister’s behalf, and the decision number', () => {
    expect(text('MinisterApproved')).toBe(
      'Thứ trưởng Nguyễn Thị Phương Hoa ký thay Bộ trưởng (KT. BỘ TRƯỞNG / THỨ TRƯỞNG) phê duyệt, công nhận điển hình tiên tiến — Quyết định số 15/QĐ-BTNMT',
    );
    expect(text('NominationRevoked')).toBe(
      'Bộ trưởng Trần Hồng Hà thu hồi việc công nhận — Quyết định số 20/QĐ-BTNMT — lý do: Thành tích kê khai không đúng sự thật',
    );
  });

  it('words the reasons the process records in English in Vietnamese', () => {
    expect(text('NominationRejected')).toBe(
      'Khối thi đua số VI yêu cầu bổ sung hồ sơ lần thứ 2, quá số lần cho phép (1 lần): hồ sơ không được chấp thuận — lý do: vẫn thiếu biên bản',
    );
    expect(text('NominationWithdrawn')).toBe('Đơn vị Ban Quản lý Dự án Đầu tư và Xây dựng rút hồ sơ ở bước bỏ phiếu của Hội đồng');
    expect(text('NominationExpired')).toBe(
      'Hồ sơ hết hạn: đơn vị Ban Quản lý Dự án Đầu tư và Xây dựng không bổ sung hồ sơ trước hạn 12/05/2018 10:00',
    );
    expect(text('NominationTargetsMoved')).toBe(
      'Lịch của đợt được điều chỉnh: ngày hội nghị biểu dương từ 08/06/2018 08:00 sang 20/06/2018 08:00 — lý do: Lùi hội nghị',
    );
  });

  it('asks for the names of the people and codes the events carry', () => {
    expect(namesNeeded(EVERY_TYPE)).toEqual({
      usernames: expect.arrayContaining(['unit.BQLDA-DTXD', 'unit.BAO-TNMT', 'council.1', 'minister', 'deputy.minister', 'admin']),
      unitCodes: ['BQLDA-DTXD'],
      blockCodes: ['KHOI-VI'],
    });
    expect(namesNeeded(EVERY_TYPE).usernames).not.toContain('system');
  });
});
