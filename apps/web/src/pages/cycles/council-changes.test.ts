import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/errors';
import { bodyOf, changesOf, draftOf, onFormFields } from './council-changes';

const member = (username: string, councilRole: 'CHAIR' | 'SECRETARY' | 'MEMBER') => ({
  username,
  fullName: username,
  title: '',
  unitCode: null,
  councilRole,
});
const council = [member('council.1', 'CHAIR'), member('council.2', 'SECRETARY'), member('council.3', 'MEMBER')];

describe('the council edit form', () => {
  it('says who is added and taken off, and whether the chair or the secretary changes', () => {
    const before = draftOf(council);
    expect(before).toEqual({ members: ['council.1', 'council.2', 'council.3'], chair: 'council.1', secretary: 'council.2' });
    expect(changesOf(before, before).any).toBe(false);
    const after = { members: ['council.1', 'council.2', 'council.4'], chair: 'council.1', secretary: 'council.4' };
    expect(changesOf(before, after)).toEqual({
      added: ['council.4'],
      removed: ['council.3'],
      chairChanged: false,
      secretaryChanged: true,
      any: true,
    });
    expect(bodyOf(after)).toEqual({
      members: [
        { username: 'council.1', councilRole: 'CHAIR' },
        { username: 'council.2', councilRole: 'MEMBER' },
        { username: 'council.4', councilRole: 'SECRETARY' },
      ],
    });
  });

  it('puts each refusal of the API beside the list or the picker it concerns', () => {
    const refusal = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', [
      { field: 'members.2.username', code: 'notCouncilMember', message: 'a' },
      { field: 'members', code: 'oneChair', message: 'b' },
      { field: 'members', code: 'oneSecretary', message: 'c' },
      { field: 'members', code: 'atLeastThree', message: 'd' },
    ]);
    const placed = onFormFields(refusal) as ApiError;
    expect(placed.fieldErrors.map((e) => e.field)).toEqual(['members', 'chair', 'secretary', 'members']);
    expect(placed).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ' });
  });
});
