// Who an award belongs to: an individual by name and date of birth, a collective by its name within its unit.
import { describe, expect, it } from '@jest/globals';
import { nomineeIdentity } from '../nomination/nominee-key.js';
import { awardHolderOf, awardIdentityKey, tidyName } from './identity.js';

describe('the identity of an award holder', () => {
  it('is the same for the same name typed with other spacing, case or Unicode form', () => {
    const key = awardIdentityKey({ kind: 'INDIVIDUAL', fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1980-09-05' });
    expect(key).toBe('ca-nhan:nguyễn văn hùng:1980-09-05');
    expect(awardIdentityKey({ kind: 'INDIVIDUAL', fullName: '  NGUYỄN   văn\tHùng ', dateOfBirth: '1980-09-05' })).toBe(key);
    expect(awardIdentityKey({ kind: 'INDIVIDUAL', fullName: 'Nguyễn Văn Hùng'.normalize('NFD'), dateOfBirth: '1980-09-05' })).toBe(key);
  });

  it('tells apart names that differ only by a diacritic, and namesakes born on other days', () => {
    const an = awardIdentityKey({ kind: 'INDIVIDUAL', fullName: 'Lê Văn An', dateOfBirth: '1975-01-01' });
    expect(awardIdentityKey({ kind: 'INDIVIDUAL', fullName: 'Lê Văn Ân', dateOfBirth: '1975-01-01' })).not.toBe(an);
    expect(awardIdentityKey({ kind: 'INDIVIDUAL', fullName: 'Lê Văn An', dateOfBirth: '1975-01-02' })).not.toBe(an);
  });

  it('works for names without Latin letters', () => {
    const key = awardIdentityKey({ kind: 'INDIVIDUAL', fullName: ' 李  小龍 ', dateOfBirth: '1990-11-27' });
    expect(key).toBe('ca-nhan:李 小龍:1990-11-27');
  });

  it('knows a collective within its unit', () => {
    expect(awardIdentityKey({ kind: 'COLLECTIVE', fullName: 'Phòng  Kỹ thuật', unitCode: 'bqlda-dtxd' })).toBe(
      'tap-the:BQLDA-DTXD:phòng kỹ thuật',
    );
  });

  it('is the identity the nomination of the same nominee holds, so the history is found from a dossier', () => {
    const person = { kind: 'INDIVIDUAL' as const, fullName: 'Trần Thị Bích Ngọc', dateOfBirth: '1985-03-08' };
    const team = { kind: 'COLLECTIVE' as const, fullName: 'Phòng Kỹ thuật' };
    expect(awardIdentityKey(awardHolderOf('BQLDA-DTXD', person)!)).toBe(nomineeIdentity('BQLDA-DTXD', person));
    expect(awardIdentityKey(awardHolderOf('BQLDA-DTXD', team)!)).toBe(nomineeIdentity('BQLDA-DTXD', team));
    expect(awardHolderOf('BQLDA-DTXD', { kind: 'INDIVIDUAL', fullName: 'Không rõ ngày sinh' })).toBeNull();
  });

  it('keeps a name tidy but as typed', () => {
    expect(tidyName('  Nguyễn   Văn  Hùng ')).toBe('Nguyễn Văn Hùng');
    expect(tidyName('Hùng'.normalize('NFD'))).toBe('Hùng'.normalize('NFC'));
  });
});
