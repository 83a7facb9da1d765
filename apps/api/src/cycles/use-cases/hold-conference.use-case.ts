import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pendingProposal } from '#persistence';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import { checkConferenceRecord, conferenceAlreadyHeld, type Actor, type ConferenceVenue } from '#domain';
import { holdConferenceUpdate, type ConferenceSummary } from '#workflows';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/**
 * The standing office records the conference as held, on the day and at the place it was held:
 * approved nominations are honoured within the quota. Refused before the submission cutoff and
 * while the minister still has a decision to take (a proposal, or a nomination of the older
 * process waiting at his desk): those nominations would otherwise miss the conference.
 */
@Injectable()
export class HoldConferenceUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ cycleCode, actor, venue }: { cycleCode: string; actor: Actor; venue: ConferenceVenue }): Promise<ConferenceSummary> {
    const cycle = await this.getCycle.execute(cycleCode);
    // Said here, not left to the workflow: once the conference is recorded its cycle soon ends.
    if (cycle.conferenceHeldAt) throw conferenceAlreadyHeld(cycleCode);
    if (await pendingProposal(this.dataSource, cycleCode)) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        'DECISION_PENDING',
        'Tờ trình đề nghị công nhận đang chờ Bộ trưởng quyết định: chưa thể ghi nhận Hội nghị biểu dương.',
      );
    }
    const waiting = await this.nominationsAtMinister(cycleCode);
    if (waiting > 0) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        'DECISION_PENDING',
        `${waiting} hồ sơ đang chờ Bộ trưởng quyết định công nhận: chưa thể ghi nhận Hội nghị biểu dương.`,
      );
    }
    checkConferenceRecord(cycleCode, cycle.submissionCutoff, new Date(), venue);
    const request = { actor, venue: { heldOn: venue.heldOn, place: venue.place.trim() } };
    return this.workflows.update(cycle.workflowId, holdConferenceUpdate, [request], { what: `Đợt ${cycleCode}` });
  }

  /** Nominations of the per-nomination process still waiting for the minister's own decision. */
  private async nominationsAtMinister(cycleCode: string): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM nominations WHERE cycle_code = $1 AND status = 'IN_PROGRESS' AND stage = 'MINISTER_DECISION'`,
      [cycleCode],
    );
    return row.n;
  }
}
