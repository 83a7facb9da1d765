import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rankProposal, type NominationView, type ProposalCandidate } from '#domain';
import { passedCandidates } from '#persistence';
import type { DataSource } from 'typeorm';
import { GetCycleUseCase } from '../../cycles/use-cases/get-cycle.use-case.js';
import type { ProposalDraftResponse } from '../proposal.response.js';
import { requireSessionCycle } from './council-refusals.js';

export function proposalCandidate(view: NominationView): ProposalCandidate {
  return {
    nominationId: view.id,
    blockCode: view.blockCode,
    nomineeKind: view.nominee.kind,
    remoteArea: view.nominee.remoteArea,
    councilAgree: view.tally?.agree ?? 0,
    councilMembers: view.tally?.members ?? 0,
    blockScore: view.blockScore ?? 0,
    submittedAt: view.submittedAt,
  };
}

/** The ranked list the engine suggests from the candidates that passed and are on no proposal, cut at the quota. */
@Injectable()
export class ProposalDraftUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
  ) {}

  async execute(cycleCode: string): Promise<ProposalDraftResponse> {
    const cycle = await this.getCycle.execute(cycleCode);
    requireSessionCycle(cycle);
    const views = (await passedCandidates(this.dataSource, cycleCode)).filter((v) => !v.proposalId);
    const ranked = rankProposal(views.map(proposalCandidate), cycle.quota, cycle.spreadRules ?? {});
    const byId = new Map(views.map((v) => [v.id, v]));
    const named = <T extends ProposalCandidate>(c: T) => {
      const v = byId.get(c.nominationId) as NominationView;
      return { ...c, nomineeName: v.nominee.fullName, unitCode: v.unitCode };
    };
    return {
      quota: cycle.quota,
      proposed: ranked.proposed.map(named),
      leftOut: ranked.leftOut.map(named),
      shortfalls: ranked.shortfalls.map((s) => s.explanation),
    };
  }
}
