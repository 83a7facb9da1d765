// A unit's dossier enters its block's review; nothing is decided before that, and it is submitted once.
import { standingOffice } from '../../testing/actors.js';
import { attachDocument, editDossier, submitDraft, uploaded } from '../../testing/drafts.js';
import { describe, expect, it } from '@jest/globals';
import type { NominationCommand, NominationCommandType } from '../commands.js';
import { refused } from '../../testing/decider-spec.js';
import {
  approve,
  castBallot,
  closeVote,
  closeWithCycle,
  compensate,
  endorse,
  escalate,
  expireRevision,
  moveTargets,
  openVote,
  placeAtConference,
  remind,
  reserveSeat,
  resubmit,
  revoke,
  submit,
  withdraw,
} from '../../testing/nomination-commands.js';
import {
  BLOCK_LIST_REF,
  DOSSIER,
  NOMINATION_ID,
  RULES,
  TARGETS,
  atBlockReview,
  blockListEntryAdded,
  nominationSpec,
  reviewTask,
  submitted,
  tally,
} from '../../testing/nomination-events.js';

const someTask = {
  id: 'x',
  type: 'BLOCK_REVIEW' as const,
  nominationId: NOMINATION_ID,
  assignee: { kind: 'UNIT' as const, ref: 'BAO-TNMT' },
  dueAt: TARGETS.blockReviewTarget,
  openedAt: '',
};

describe('submitting a nomination', () => {
  it('records the dossier, the rules and targets it runs under, and its place on the block list', () => {
    nominationSpec
      .given([])
      .when(submit())
      .then([
        {
          type: 'NominationSubmitted',
          data: {
            nominationId: NOMINATION_ID,
            workflowId: 'nomination:SK-2016-2018:BQLDA-DTXD:ca-nhan-nguyen-van-hung',
            cycleCode: 'SK-2016-2018',
            unitCode: 'BQLDA-DTXD',
            blockCode: 'KHOI-VI',
            reviewerUnitCode: 'BAO-TNMT',
            nomineeKey: 'ca-nhan-nguyen-van-hung',
            dossier: DOSSIER,
            rules: RULES,
            targets: TARGETS,
            reviewTaskId: reviewTask(1),
          },
        },
        { type: 'BlockListEntryAdded', data: { ref: 'KHOI-VI/SK-2016-2018' } },
      ]);
  });

  it('names its block list entry after the block and the cycle', () => {
    const [, entry] = nominationSpec
      .given([])
      .when(submit({ blockCode: 'CUM-MIEN-NUI', cycleCode: 'DHTD-IV-2020' }))
      .events();
    expect(entry).toEqual({ type: 'BlockListEntryAdded', data: { ref: 'CUM-MIEN-NUI/DHTD-IV-2020' } });
    expect(BLOCK_LIST_REF).toBe('KHOI-VI/SK-2016-2018');
  });

  it('goes to the reviewer unit it was given (the deputy, for the leader unit’s own nomination)', () => {
    const [event] = nominationSpec
      .given([])
      .when(submit({ unitCode: 'BAO-TNMT', reviewerUnitCode: 'CTY-TNMT-MN' }))
      .events();
    expect(event).toMatchObject({ data: { unitCode: 'BAO-TNMT', reviewerUnitCode: 'CTY-TNMT-MN' } });
  });

  it('is refused a second time', () => {
    nominationSpec.given(atBlockReview()).when(submit()).thenThrows(refused('CONFLICT', 'NOMINATION_ALREADY_SUBMITTED'));
  });
});

describe('the rules version', () => {
  it('is not recorded for version 1 (every stream recorded before versions existed)', () => {
    const [event] = nominationSpec
      .given([])
      .when(submit({ rulesVersion: 1 }))
      .events();
    expect(event.data).not.toHaveProperty('rulesVersion');
  });

  it.each([2, 3])('is recorded from version 2 on (%i)', (rulesVersion) => {
    const [event] = nominationSpec.given([]).when(submit({ rulesVersion })).events();
    expect(event.data).toHaveProperty('rulesVersion', rulesVersion);
  });

  it('is folded into the state: 1 when absent, as recorded otherwise', () => {
    expect(nominationSpec.given(atBlockReview()).state()?.rulesVersion).toBe(1);
    expect(nominationSpec.given([submitted({ rulesVersion: 2 }), blockListEntryAdded()]).state()?.rulesVersion).toBe(2);
  });
});

describe('before the submission is recorded', () => {
  // A Record, so that a new command type must be added here to compile.
  const everyOtherCommand: Record<Exclude<NominationCommandType, 'Submit' | 'CreateDraft'>, NominationCommand> = {
    EditDossier: editDossier({ achievements: 'x' }),
    AttachDocument: attachDocument(uploaded('BAO_CAO', 'Báo cáo')),
    SubmitDraft: submitDraft(),
    LapseDraft: { type: 'LapseDraft', cutoff: TARGETS.blockReviewTarget },
    ReviewBlock: endorse(85),
    Resubmit: resubmit('Đã bổ sung'),
    ReturnForChanges: {
      type: 'ReturnForChanges',
      actor: standingOffice,
      reason: 'Thiếu biên bản',
      revisionTaskId: 'r',
      at: TARGETS.blockReviewTarget,
    },
    OpenCouncilVote: openVote(9),
    CastBallot: castBallot(1),
    CloseCouncilVote: closeVote(tally(7)),
    DecideAsMinister: approve(),
    ReserveConferenceSeat: reserveSeat(),
    Withdraw: withdraw(),
    MoveTargets: moveTargets(2, TARGETS),
    RemindTasks: remind(someTask),
    EscalateTask: escalate(someTask),
    ExpireRevision: expireRevision(someTask),
    PlaceAtConference: placeAtConference(),
    CloseWithCycle: closeWithCycle(),
    Revoke: revoke(),
    Compensate: compensate('REJECTED'),
    JoinSession: { type: 'JoinSession', sessionId: 's' },
    LeaveSession: { type: 'LeaveSession', sessionId: 's' },
    ConcludeSession: { type: 'ConcludeSession', sessionId: 's', result: null, quorumNeeded: 6 },
    JoinProposal: { type: 'JoinProposal', proposalId: 'p' },
    HearListDecision: { type: 'HearListDecision', proposalId: 'p', outcome: { kind: 'RETURNED', reason: 'Xếp hạng lại' } },
    EndNotProposed: { type: 'EndNotProposed', explanation: 'Ngoài chỉ tiêu', decisionNumber: '1/QĐ-BTNMT' },
  };

  it('each is the command it is listed as', () => {
    for (const [type, command] of Object.entries(everyOtherCommand)) expect(command.type).toBe(type);
  });

  it.each(Object.entries(everyOtherCommand))('%s is refused: the nomination is still being recorded', (_, command) => {
    nominationSpec.given([]).when(command).thenThrows(refused('CONFLICT', 'NOMINATION_BEING_RECORDED'));
  });
});
