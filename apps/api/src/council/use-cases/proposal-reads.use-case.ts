import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalView } from '#domain';
import { decisionById, proposalsOfCycle, proposalView } from '#persistence';
import type { DataSource } from 'typeorm';
import type { DecisionResponse } from '../proposal.response.js';
import { decisionNotFound, proposalNotFound } from './council-refusals.js';

@Injectable()
export class GetProposalUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<ProposalView> {
    const view = await proposalView(this.dataSource, id);
    if (!view) throw proposalNotFound(id);
    return view;
  }
}

@Injectable()
export class ListProposalsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(cycleCode: string): Promise<ProposalView[]> {
    return proposalsOfCycle(this.dataSource, cycleCode);
  }
}

/** One decision: its number, who signed (and on whose behalf), the nominations it recognises. */
@Injectable()
export class GetDecisionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<DecisionResponse> {
    const d = await decisionById(this.dataSource, id);
    if (!d) throw decisionNotFound(id);
    return {
      id: d.id,
      number: d.number,
      signedAt: d.signedAt,
      signer: { username: d.signedBy, fullName: d.signerName },
      ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
      signature: d.signature,
      cycleCode: d.cycleCode,
      proposalId: d.proposalId,
      nominationIds: d.nominationIds,
      struck: d.struck,
    };
  }
}
