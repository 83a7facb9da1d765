// A cycle's standard of continuous titles, checked against a nominee's award history; the reasons are for reviewers.
import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors.js';
import {
  assessEligibility,
  derivedContinuousYears,
  eligibilityStandardProblems,
  ineligibleRefusal,
  type EligibilityStandard,
} from './eligibility.js';

const CSTDCS = 'CHIEN_SI_THI_DUA_CO_SO';
const STANDARD: EligibilityStandard = { titles: [CSTDCS], consecutiveYears: 3, periodEndYear: 2018, onIneligible: 'REFUSE' };
const years = (titleCode: string, ...ys: number[]) => ys.map((year) => ({ titleCode, year }));

describe('assessing a nominee against the standard', () => {
  it('three years in a row up to the last year meet a standard of three', () => {
    expect(assessEligibility(STANDARD, years(CSTDCS, 2016, 2017, 2018))).toEqual({
      eligible: true,
      consecutiveYears: 3,
      historyFound: true,
      reasons: [
        'Tiêu chuẩn của đợt xét chọn: đạt danh hiệu Chiến sĩ thi đua cơ sở ít nhất 3 năm liên tục đến năm 2018.',
        'Đạt danh hiệu Chiến sĩ thi đua cơ sở 3 năm liên tục (2016, 2017, 2018).',
      ],
    });
  });

  it('counts the whole run, longer than asked, and ignores years after the last one', () => {
    const result = assessEligibility(STANDARD, years(CSTDCS, 2013, 2014, 2015, 2016, 2017, 2018, 2019));
    expect(result).toMatchObject({ eligible: true, consecutiveYears: 6 });
  });

  it('a gap breaks the run: the missing year is named', () => {
    const result = assessEligibility(STANDARD, years(CSTDCS, 2015, 2016, 2018));
    expect(result).toMatchObject({ eligible: false, consecutiveYears: 1, historyFound: true });
    expect(result.reasons.slice(1)).toEqual([
      'Đạt danh hiệu Chiến sĩ thi đua cơ sở 1 năm liên tục (2018).',
      'Thiếu năm 2017: chuỗi danh hiệu không liên tục.',
      'Chưa đạt tiêu chuẩn: 1 năm liên tục, tiêu chuẩn yêu cầu 3 năm.',
    ]);
  });

  it('the run must reach the last year: a title missing in it breaks continuity too', () => {
    const result = assessEligibility(STANDARD, years(CSTDCS, 2014, 2015, 2016, 2017));
    expect(result).toMatchObject({ eligible: false, consecutiveYears: 0 });
    expect(result.reasons).toContain('Thiếu năm 2018: chuỗi danh hiệu không liên tục.');
  });

  it('a run too short with nothing before it says where it starts', () => {
    const result = assessEligibility(STANDARD, years(CSTDCS, 2017, 2018));
    expect(result).toMatchObject({ eligible: false, consecutiveYears: 2 });
    expect(result.reasons).toContain('Năm 2016 không có danh hiệu được tính: chuỗi danh hiệu chỉ bắt đầu từ năm 2017.');
  });

  it('other titles do not count, but the history was found', () => {
    const result = assessEligibility(STANDARD, years('LAO_DONG_TIEN_TIEN', 2016, 2017, 2018));
    expect(result).toMatchObject({ eligible: false, consecutiveYears: 0, historyFound: true });
    expect(result.reasons).toContain('Không có danh hiệu Chiến sĩ thi đua cơ sở trong lịch sử khen thưởng đến năm 2018.');
  });

  it('any of the standard’s titles counts for a year, and a year with two counts once', () => {
    const standard = { ...STANDARD, titles: [CSTDCS, 'CHIEN_SI_THI_DUA_BO'] };
    const result = assessEligibility(standard, [...years(CSTDCS, 2016, 2018), ...years('CHIEN_SI_THI_DUA_BO', 2017, 2018)]);
    expect(result).toMatchObject({ eligible: true, consecutiveYears: 3 });
    expect(result.reasons).toEqual([
      'Tiêu chuẩn của đợt xét chọn: đạt một trong các danh hiệu Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp Bộ ít nhất 3 năm liên tục đến năm 2018.',
      'Đạt danh hiệu thi đua 3 năm liên tục (2016: Chiến sĩ thi đua cơ sở; 2017: Chiến sĩ thi đua cấp Bộ; 2018: Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp Bộ).',
    ]);
  });

  it('without any history nothing is checked, and it says so', () => {
    const result = assessEligibility(STANDARD, []);
    expect(result).toMatchObject({ eligible: false, consecutiveYears: 0, historyFound: false });
    expect(result.reasons[1]).toMatch(/^Chưa có lịch sử khen thưởng/);
  });

  it('gives the same answer whatever the order of the history', () => {
    const history = [...years(CSTDCS, 2018, 2016), ...years('LAO_DONG_TIEN_TIEN', 2015), ...years(CSTDCS, 2017)];
    expect(assessEligibility(STANDARD, history)).toEqual(assessEligibility(STANDARD, [...history].reverse()));
  });
});

describe('what submission does with a nominee who falls short', () => {
  const short = assessEligibility(STANDARD, years(CSTDCS, 2016, 2018));

  it('a cycle that refuses refuses with the reasons', () => {
    const refusal = ineligibleRefusal(STANDARD, short);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'UNPROCESSABLE', reason: 'NOMINEE_NOT_ELIGIBLE', field: 'nominee' });
    expect(refusal?.message).toContain('Thiếu năm 2017: chuỗi danh hiệu không liên tục.');
  });

  it('a cycle that flags accepts; an eligible nominee and one without history are never refused', () => {
    expect(ineligibleRefusal({ ...STANDARD, onIneligible: 'FLAG' }, short)).toBeNull();
    expect(ineligibleRefusal(STANDARD, assessEligibility(STANDARD, years(CSTDCS, 2016, 2017, 2018)))).toBeNull();
    expect(ineligibleRefusal(STANDARD, assessEligibility(STANDARD, []))).toBeNull();
  });
});

describe('the number of continuous years a dossier shows', () => {
  it('is the history’s where the history knows the nominee, the unit’s where it does not', () => {
    expect(derivedContinuousYears(5, assessEligibility(STANDARD, years(CSTDCS, 2017, 2018)))).toBe(2);
    expect(derivedContinuousYears(5, assessEligibility(STANDARD, years('LAO_DONG_TIEN_TIEN', 2018)))).toBe(0);
    expect(derivedContinuousYears(5, assessEligibility(STANDARD, []))).toBe(5);
  });
});

describe('a standard a cycle is given', () => {
  it('is sound as the Sơ kết 2016–2018 would have it', () => {
    expect(eligibilityStandardProblems(STANDARD)).toEqual([]);
  });

  it('names each thing wrong', () => {
    const problems = eligibilityStandardProblems({
      titles: ['HUAN_CHUONG'],
      consecutiveYears: 0,
      periodEndYear: 1900,
      onIneligible: 'IGNORE' as 'FLAG',
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['eligibility.titles', 'TITLE_UNKNOWN'],
      ['eligibility.consecutiveYears', 'OUT_OF_RANGE'],
      ['eligibility.periodEndYear', 'OUT_OF_RANGE'],
      ['eligibility.onIneligible', 'INVALID'],
    ]);
  });
});
