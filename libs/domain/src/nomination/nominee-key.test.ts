// Names: duplicate detection and readable workflow ids; decision numbers.
import { describe, expect, it } from '@jest/globals';
import { formatDecisionNumber } from './decision-number.js';
import { cycleWorkflowId, nominationWorkflowId, nomineeKey, slugify } from './nominee-key.js';

describe('names', () => {
  it('slugs Vietnamese names without their accents, đ included', () => {
    expect(slugify('  Nguyễn Văn Đức ')).toBe('nguyen-van-duc');
    expect(slugify('Báo Tài nguyên và Môi trường')).toBe('bao-tai-nguyen-va-moi-truong');
  });

  it('makes readable workflow ids with the cycle and unit codes', () => {
    expect(nominationWorkflowId('SK-2016-2018', 'BQLDA-DTXD', { kind: 'INDIVIDUAL', fullName: 'Trần Thị Bích Ngọc' })).toBe(
      'nomination:SK-2016-2018:BQLDA-DTXD:ca-nhan-tran-thi-bich-ngoc',
    );
    expect(cycleWorkflowId('SK-2016-2018')).toBe('cycle:SK-2016-2018');
  });

  it('keeps workflow ids within 200 characters', () => {
    expect(nominationWorkflowId('C', 'U', { kind: 'COLLECTIVE', fullName: 'Phòng '.repeat(60) })).toHaveLength(200);
  });

  it('the same kind and name, whatever the case, accents and spacing, is the same nominee', () => {
    expect(nomineeKey({ kind: 'INDIVIDUAL', fullName: 'NGUYỄN  văn  Hùng' })).toBe(
      nomineeKey({ kind: 'INDIVIDUAL', fullName: 'Nguyen Van Hung' }),
    );
    expect(nomineeKey({ kind: 'COLLECTIVE', fullName: 'Phòng Kỹ thuật' })).toBe('tap-the-phong-ky-thuat');
    expect(nomineeKey({ kind: 'INDIVIDUAL', fullName: 'Phòng Kỹ thuật' })).toBe('ca-nhan-phong-ky-thuat');
  });
});

describe('decision numbers', () => {
  it('are the year’s sequence with the ministry’s suffix', () => {
    expect(formatDecisionNumber(382, 'QĐ-BTNMT')).toBe('382/QĐ-BTNMT');
    expect(formatDecisionNumber(1, 'QĐ-BNNMT')).toBe('1/QĐ-BNNMT');
  });
});
