// The reviewer's view of a revision: what the change request named, and the dossier then and now.
import { describe, expect, it } from '@jest/globals';
import { refused } from '../testing/decider-spec.js';
import { documentAttached, editDossier, uploaded } from '../testing/drafts.js';
import { requestChanges } from '../testing/nomination-commands.js';
import { atBlockReview, nominationSpec, resubmitted } from '../testing/nomination-events.js';
import { changesSinceRequest } from './changes.js';
import type { RecordedEvent } from './events.js';

const REPORT = uploaded('BAO_CAO_THANH_TICH', 'Báo cáo thành tích');
const stamped = (events: readonly object[], at: string, actor = 'unit.BAO-TNMT'): RecordedEvent[] =>
  events.map((e, i) => ({ ...e, key: `${at}-${i}`, actor, occurredAt: at }) as RecordedEvent);

describe('a change request naming what to change', () => {
  const given = [...atBlockReview(), documentAttached(REPORT)];

  it('records the fields and kinds of document named, each once', () => {
    const [event] = nominationSpec
      .given(given)
      .when({ ...requestChanges('Thiếu số liệu'), fields: ['achievements', 'achievements'], documents: ['BAO_CAO_THANH_TICH'] })
      .events();
    expect(event.data).toMatchObject({ fields: ['achievements'], documents: ['BAO_CAO_THANH_TICH'] });
  });

  it('refuses a field the dossier does not have, or a kind of document it neither has nor needs', () => {
    nominationSpec
      .given(given)
      .when({ ...requestChanges('Thiếu'), fields: ['salary'], documents: ['HO_CHIEU'] })
      .thenThrows(refused('INVALID', 'VALIDATION_FAILED'));
  });
});

describe('what changed since the last change request', () => {
  it('is nothing before changes were asked for', () => {
    expect(changesSinceRequest(atBlockReview())).toBeNull();
  });

  it('sets each changed field and each new document version beside what it was', () => {
    const request = stamped(
      nominationSpec
        .given([...atBlockReview(), documentAttached(REPORT)])
        .when({ ...requestChanges('Bổ sung số liệu năm 2018'), fields: ['achievements'], documents: ['BAO_CAO_THANH_TICH'] })
        .events(),
      '2018-05-01T03:00:00.000Z',
    );
    const history = [...atBlockReview(), documentAttached(REPORT), ...request];
    const edit = stamped(
      nominationSpec
        .given(history)
        .when(editDossier({ achievements: 'Hoàn thành 5 dự án; số liệu 2018 đã bổ sung.', nominee: { dateOfBirth: '1980-05-18' } }))
        .events(),
      '2018-05-03T03:00:00.000Z',
      'unit.BQLDA-DTXD',
    );
    const v2 = documentAttached(uploaded('BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 2), 1, '2018-05-03T04:00:00.000Z');
    const changes = changesSinceRequest([...history, ...edit, v2, resubmitted({ round: 1 })]);

    expect(changes?.request).toMatchObject({
      round: 1,
      reason: 'Bổ sung số liệu năm 2018',
      fields: ['achievements'],
      documents: ['BAO_CAO_THANH_TICH'],
      requestedBy: 'unit.BAO-TNMT',
      from: null,
    });
    expect(changes?.fields.map((f) => [f.label, f.after])).toEqual([
      ['Ngày sinh', '18/05/1980'],
      ['Thành tích', 'Hoàn thành 5 dự án; số liệu 2018 đã bổ sung.'],
    ]);
    expect(changes?.fields[0].before).toBe(''); // the fixture's nominee had no date of birth
    expect(changes?.documents).toEqual([
      {
        kind: 'BAO_CAO_THANH_TICH',
        title: 'Báo cáo thành tích',
        before: REPORT,
        after: uploaded('BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 2),
      },
    ]);
  });
});
