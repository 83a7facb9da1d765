// A dossier prepared as a draft, edited and given documents by its unit, then submitted; or left at the cutoff.
import { describe, expect, it } from '@jest/globals';
import { blockReviewer, nominatingOfficer, unitOfficer } from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { attachDocument, createDraft, documentAttached, draftCreated, editDossier, submitDraft, uploaded } from '../../testing/drafts.js';
import { requestChanges, withdraw } from '../../testing/nomination-commands.js';
import { atBlockReview, atCouncilVote, inRevision, nominationSpec, RULES } from '../../testing/nomination-events.js';
import { assessEligibility } from '../../awards/eligibility.js';
import { evolveNomination } from '../view.js';
import { foldNomination } from '../state.js';

const REPORT = { kind: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích' };
const MINUTES = { kind: 'BIEN_BAN_BINH_XET', title: 'Biên bản họp bình xét của đơn vị' };
const requiring = { ...RULES, requiredDocuments: [REPORT, MINUTES] };

describe('a draft', () => {
  it('is created with the dossier and no reviewer task, visible as DRAFT', () => {
    const [event] = nominationSpec.given([]).when(createDraft()).events();
    expect(event.type).toBe('DraftCreated');
    const state = foldNomination([draftCreated()]);
    expect(state?.view).toMatchObject({ stage: 'DRAFT', status: 'IN_PROGRESS', version: 1, draftedAt: expect.any(String) });
    expect(state?.tasks).toEqual([]);
  });

  it('records what changed, and nothing when nothing changed', () => {
    nominationSpec
      .given([draftCreated()])
      .when(editDossier({ achievements: 'Thành tích mới', nominee: { dateOfBirth: '1980-02-29' } }))
      .then([
        {
          type: 'DossierEdited',
          data: {
            changed: ['nominee.dateOfBirth', 'achievements'],
            round: 0,
            nominee: { ...draftCreated().data.dossier.nominee, dateOfBirth: '1980-02-29' },
            achievements: 'Thành tích mới',
          },
        },
      ]);
    const same = draftCreated().data.dossier;
    nominationSpec
      .given([draftCreated()])
      .when(editDossier({ achievements: same.achievements, initiatives: same.initiatives }))
      .thenNothing();
  });

  it('is edited twice, the second edit on the first', () => {
    const events = nominationSpec
      .given([draftCreated()])
      .when(editDossier({ achievements: 'Lần 1' }))
      .events();
    const first = { ...events[0], key: 'e1', actor: 'u', occurredAt: '2018-04-01T00:00:00.000Z' };
    const view = evolveNomination(evolveNomination(null, draftCreated()), first);
    expect(view.achievements).toBe('Lần 1');
    expect(view.revisedFields).toBeUndefined();
  });

  it('keeps the latest version of each document', () => {
    const state = foldNomination([
      draftCreated(),
      documentAttached(uploaded(REPORT.kind, REPORT.title, 1)),
      documentAttached(uploaded(REPORT.kind, REPORT.title, 2)),
    ]);
    expect(state?.view.documents.map((d) => d.version)).toEqual([2]);
  });

  it('is changed only by its own unit', () => {
    nominationSpec
      .given([draftCreated()])
      .when(editDossier({ achievements: 'x' }, unitOfficer('TCMT')))
      .thenThrows(refused('FORBIDDEN', 'NOT_NOMINATING_UNIT'));
    nominationSpec
      .given([draftCreated()])
      .when(attachDocument(uploaded(REPORT.kind, REPORT.title), blockReviewer))
      .thenThrows(refused('FORBIDDEN', 'NOT_NOMINATING_UNIT'));
  });

  it('is submitted with every required document, and its review begins', () => {
    const given = [
      draftCreated(),
      documentAttached(uploaded(REPORT.kind, REPORT.title)),
      documentAttached(uploaded(MINUTES.kind, MINUTES.title)),
    ];
    const events = nominationSpec
      .given(given)
      .when(submitDraft({ rules: requiring }))
      .events();
    expect(events.map((e) => e.type)).toEqual(['NominationSubmitted', 'BlockListEntryAdded']);
    const state = foldNomination([
      ...given,
      ...events.map((e, i) => ({ ...e, key: `s${i}`, actor: 'u', occurredAt: '2018-04-20T00:00:00.000Z' })),
    ]);
    expect(state?.view).toMatchObject({ stage: 'BLOCK_REVIEW', version: 5, submittedAt: '2018-04-20T00:00:00.000Z' });
    expect(state?.view.documents).toHaveLength(2);
    expect(state?.tasks.map((t) => t.type)).toEqual(['BLOCK_REVIEW']);
  });

  it('is refused with 422 naming each missing document', () => {
    const error = nominationSpec
      .given([draftCreated(), documentAttached({ ...uploaded(REPORT.kind, REPORT.title), id: undefined })])
      .when(submitDraft({ rules: requiring }))
      .thenThrows(refused('UNPROCESSABLE', 'DOCUMENTS_MISSING', 'Báo cáo thành tích', 'Biên bản họp bình xét'));
    expect((error as { problems: unknown[] }).problems).toHaveLength(2);
  });

  it('lapses at the cutoff, kept as never submitted; a submitted one does not', () => {
    const [lapsed] = nominationSpec.given([draftCreated()]).when({ type: 'LapseDraft', cutoff: '2018-04-28T17:00:00.000Z' }).events();
    expect(lapsed.type).toBe('DraftLapsed');
    const view = evolveNomination(evolveNomination(null, draftCreated()), {
      ...lapsed,
      key: 'l',
      actor: 'system',
      occurredAt: '2018-04-28T17:00:00.000Z',
    });
    expect(view).toMatchObject({ stage: 'CLOSED', status: 'NOT_SUBMITTED', outcome: { stage: 'DRAFT' } });
    nominationSpec.given(atBlockReview()).when({ type: 'LapseDraft', cutoff: '2018-04-28T17:00:00.000Z' }).thenNothing();
  });

  it('may be withdrawn (discarded) by its unit', () => {
    const [event] = nominationSpec.given([draftCreated()]).when(withdraw(nominatingOfficer, 'Nhập nhầm')).events();
    expect(event).toMatchObject({ type: 'NominationWithdrawn', data: { stage: 'DRAFT' } });
  });
});

describe('a dossier under revision', () => {
  it('is edited and given a new version; the reviewer sees what changed in the round', () => {
    const given = inRevision(1);
    const edit = nominationSpec
      .given(given)
      .when(editDossier({ achievements: 'Bổ sung số liệu 2018' }))
      .events();
    const attach = nominationSpec
      .given(given)
      .when(attachDocument(uploaded(REPORT.kind, REPORT.title, 2)))
      .events();
    const stamp = (e: (typeof edit)[number], key: string) => ({ ...e, key, actor: 'u', occurredAt: '2018-05-02T00:00:00.000Z' });
    const state = foldNomination([...given, stamp(edit[0], 'x1'), stamp(attach[0], 'x2')]);
    expect(state?.view.revisedFields).toEqual(['achievements', `documents.doc-${REPORT.kind}`]);
    expect(edit[0].data).toMatchObject({ round: 1 });
  });

  it('is not edited at any other stage', () => {
    nominationSpec
      .given(atBlockReview())
      .when(editDossier({ achievements: 'x' }))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE'));
    nominationSpec
      .given(atCouncilVote())
      .when(attachDocument(uploaded(REPORT.kind, REPORT.title)))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE'));
  });

  it('starts each round with nothing revised', () => {
    const events = nominationSpec.given(atBlockReview()).when(requestChanges('Bổ sung')).events();
    const state = foldNomination([
      ...atBlockReview(),
      ...events.map((e, i) => ({ ...e, key: `r${i}`, actor: 'b', occurredAt: '2018-05-01T00:00:00.000Z' })),
    ]);
    expect(state?.view.revisedFields).toEqual([]);
  });
});

describe('a submission at once', () => {
  it('is refused when the cycle requires documents it cannot carry', () => {
    nominationSpec
      .given([])
      .when({ ...createDraft(), type: 'Submit', reviewTaskId: 'r', rulesVersion: 1, rules: requiring })
      .thenThrows(refused('UNPROCESSABLE', 'DOCUMENTS_MISSING'));
  });
});

describe('eligibility at submission', () => {
  const standard = { titles: ['CHIEN_SI_THI_DUA_CO_SO'], consecutiveYears: 2, periodEndYear: 2017, onIneligible: 'FLAG' as const };
  const submittedWith = (eligibility: ReturnType<typeof assessEligibility>) => {
    const given = [draftCreated()];
    const events = nominationSpec.given(given).when(submitDraft({ eligibility })).events();
    return foldNomination([
      ...given,
      ...events.map((e, i) => ({ ...e, key: `s${i}`, actor: 'u', occurredAt: '2018-04-20T00:00:00.000Z' })),
    ]);
  };

  it("is recorded with its reasons, and the history's run replaces the typed years", () => {
    const assessed = assessEligibility(standard, [
      { titleCode: 'CHIEN_SI_THI_DUA_CO_SO', year: 2016 },
      { titleCode: 'CHIEN_SI_THI_DUA_CO_SO', year: 2017 },
    ]);
    const view = submittedWith(assessed)?.view;
    expect(view?.eligibility).toMatchObject({ eligible: true, consecutiveYears: 2, historyFound: true });
    expect(view?.eligibility?.declaredYears).toBe(draftCreated().data.dossier.nominee.continuousYears);
    expect(view?.nominee.continuousYears).toBe(2);
    expect(view?.eligibility?.reasons[1]).toContain('2 năm liên tục (2016, 2017)');
  });

  it('keeps the typed years when the history does not know the nominee, and says so', () => {
    const view = submittedWith(assessEligibility(standard, []))?.view;
    expect(view?.eligibility).toMatchObject({ eligible: false, historyFound: false });
    expect(view?.nominee.continuousYears).toBe(draftCreated().data.dossier.nominee.continuousYears);
  });

  it('is absent from a nomination of a cycle without a standard', () => {
    expect(submittedWith(undefined as never)?.view.eligibility).toBeUndefined();
  });
});
