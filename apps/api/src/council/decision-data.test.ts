// The decision's data: the grounds in force on the signing day, the period in the summary, the
// deputy's signature and the annexed list in the decision's order.
import { describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { decisionData, decisionSummary, legalBases } from './decision-data.js';

const nomination = (id: string, unitCode: string, nominee: Partial<NominationView['nominee']>) =>
  ({
    id,
    unitCode,
    nominee: { kind: 'INDIVIDUAL', fullName: '', field: 'Quản lý đất đai', remoteArea: false, continuousYears: 3, ...nominee },
  }) as NominationView;

const SOURCES = {
  decision: {
    number: '382/QĐ-BTNMT',
    signedAt: '2026-05-05T02:30:00.000Z',
    signerName: 'Nguyễn Thị Phương Hoa',
    onBehalfOf: { username: 'minister', fullName: 'Trần Hồng Hà' },
    nominationIds: ['n-2', 'n-1', 'n-3'],
  },
  cycle: {
    title: 'Sơ kết điển hình tiên tiến giai đoạn 2016–2018',
    planReference: 'Kế hoạch số 02/KH-BTNMT ngày 26/03/2018',
    periodFrom: '2015-12-31T17:00:00.000Z', // 01/01/2016 in Hanoi
    periodTo: '2018-12-31T16:59:59.000Z',
  },
  nominations: [
    nomination('n-1', 'TC-QLDD', { fullName: 'Trần Quốc Khánh', position: 'Trưởng phòng' }),
    nomination('n-2', 'BQLDA-DTXD', { kind: 'COLLECTIVE', fullName: 'Phòng Kỹ thuật', position: 'ignored' }),
    nomination('n-3', 'NO-SUCH-UNIT', { fullName: 'Lê Thị Ngọc Ánh', position: '  ' }),
  ],
  unitNames: { 'TC-QLDD': 'Tổng cục Quản lý đất đai', 'BQLDA-DTXD': 'Ban Quản lý dự án Đầu tư xây dựng' },
  ministryName: 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  place: 'Hà Nội',
};

describe('decisionData', () => {
  it('the annex in the decision’s order, with names, positions of individuals only and unit names', () => {
    expect(decisionData(SOURCES).annex).toEqual([
      { order: 1, nomineeName: 'Phòng Kỹ thuật', nomineeKind: 'COLLECTIVE', position: null, unitName: 'Ban Quản lý dự án Đầu tư xây dựng' },
      {
        order: 2,
        nomineeName: 'Trần Quốc Khánh',
        nomineeKind: 'INDIVIDUAL',
        position: 'Trưởng phòng',
        unitName: 'Tổng cục Quản lý đất đai',
      },
      { order: 3, nomineeName: 'Lê Thị Ngọc Ánh', nomineeKind: 'INDIVIDUAL', position: null, unitName: 'NO-SUCH-UNIT' },
    ]);
  });

  it('a deputy signs on the minister’s behalf, and the minister gets a copy for information', () => {
    const data = decisionData(SOURCES);
    expect(data).toMatchObject({ number: '382/QĐ-BTNMT', signer: { fullName: 'Nguyễn Thị Phương Hoa', onBehalfOfMinister: true } });
    expect(data.recipients).toContain('Bộ trưởng (để báo cáo)');
    const minister = decisionData({ ...SOURCES, decision: { ...SOURCES.decision, signerName: 'Trần Hồng Hà', onBehalfOf: null } });
    expect(minister.signer).toEqual({ fullName: 'Trần Hồng Hà', onBehalfOfMinister: false });
    expect(minister.recipients).not.toContain('Bộ trưởng (để báo cáo)');
  });

  it('refuses a nomination without a read model rather than print a gap', () => {
    expect(() => decisionData({ ...SOURCES, nominations: SOURCES.nominations.slice(1) })).toThrow(/n-1/);
  });
});

describe('the grounds and the summary', () => {
  it('cite the 2022 law from 1 January 2024 (Hanoi), the 2003 law and its decree before, then the cycle’s plan', () => {
    expect(legalBases('2023-12-31T17:00:00.000Z', 'Kế hoạch số 02/KH-BTNMT')).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Căn cứ Kế hoạch số 02/KH-BTNMT',
    ]);
    const before = legalBases('2023-12-31T16:59:59.000Z', 'Căn cứ Kế hoạch số 02/KH-BTNMT');
    expect(before[0]).toBe('Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003');
    expect(before.at(-1)).toBe('Căn cứ Kế hoạch số 02/KH-BTNMT');
    expect(legalBases('2026-01-01T00:00:00.000Z', '  ')).toHaveLength(2);
  });

  it('name the period by its Hanoi years', () => {
    expect(decisionSummary(SOURCES.cycle)).toBe('Về việc công nhận danh hiệu Điển hình tiên tiến giai đoạn 2016–2018');
    expect(decisionSummary({ ...SOURCES.cycle, periodFrom: '2017-12-31T17:00:00.000Z' })).toBe(
      'Về việc công nhận danh hiệu Điển hình tiên tiến năm 2018',
    );
  });
});
