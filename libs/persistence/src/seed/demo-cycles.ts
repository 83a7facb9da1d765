import { hanoiInstant, type CycleCalendar } from '#domain';

/** A cycle as `POST /api/v1/cycles` takes it. */
export interface CycleDefinition extends CycleCalendar {
  code: string;
  title: string;
  planReference: string;
  quota: number;
  approvalRule?: string;
  decisionSuffix?: string;
}

const iso = (y: number, m: number, d: number, h = 0) => hanoiInstant(y, m, d, h).toISOString();

/**
 * Sơ kết điển hình tiên tiến 2016–2018 (Kế hoạch 02/KH-BTNMT, 26/03/2018): reports and
 * nominations "trước ngày 29/4/2018", about 70 honoured at the conference of 08/06/2018.
 */
export const SK_2016_2018: CycleDefinition = {
  code: 'SK-2016-2018',
  title: 'Hội nghị sơ kết điển hình tiên tiến ngành tài nguyên và môi trường giai đoạn 2016–2018',
  planReference: 'Kế hoạch số 02/KH-BTNMT ngày 26/03/2018',
  periodFrom: iso(2016, 1, 1),
  periodTo: iso(2018, 4, 1),
  submissionCutoff: iso(2018, 4, 29),
  blockReviewTarget: iso(2018, 5, 10),
  councilVoteTarget: iso(2018, 5, 20),
  decisionTarget: iso(2018, 5, 30),
  conferenceDate: iso(2018, 6, 8, 8),
  quota: 70,
  approvalRule: 'MAJORITY_OF_MEMBERS',
};

/** An open demo cycle whose cutoff is ahead of `now`, so a new user can submit at once. */
export function openDemoCycle(now: Date): CycleDefinition {
  const day = (offset: number, hour = 0) => {
    const d = new Date(now.getTime() + offset * 86_400_000 + 7 * 3_600_000); // the Hanoi calendar day
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour);
  };
  const year = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  return {
    code: `DEMO-${year}`,
    title: `Biểu dương điển hình tiên tiến năm ${year} (chu kỳ thử nghiệm)`,
    planReference: `Kế hoạch thử nghiệm ${year}`,
    periodFrom: iso(year, 1, 1),
    periodTo: day(0),
    submissionCutoff: day(31),
    blockReviewTarget: day(45),
    councilVoteTarget: day(60),
    decisionTarget: day(75),
    conferenceDate: day(90, 8),
    quota: 30,
    approvalRule: 'MAJORITY_OF_MEMBERS',
  };
}
