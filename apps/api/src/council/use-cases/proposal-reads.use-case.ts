import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalView } from '#domain';
import { decisionById, displayNames, proposalsOfCycle, proposalView } from '#persistence';
import type { DataSource } from 'typeorm';
import type { DecisionResponse, ProposalResponse } from '../proposal.response.js';
import { decisionNotFound, proposalNotFound } from './council-refusals.js';

/** Proposals as people read them: with the names of who submitted and who returned them, not only their usernames. */
async function named(db: DataSource, views: ProposalView[]): Promise<ProposalResponse[]> {
  const usernames = [...new Set(views.flatMap((v) => [v.submittedBy, ...(v.returned ? [v.returned.by] : [])]))];
  const { users } = await displayNames(db, { usernames, unitCodes: [], blockCodes: [] });
  const name = (username: string) => users[username]?.fullName ?? username;
  return views.map((v) => ({
    ...v,
    submitterName: name(v.submittedBy),
    returned: v.returned && { ...v.returned, byName: name(v.returned.by) },
  }));
}

@Injectable()
export class GetProposalUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<ProposalResponse> {
    const view = await proposalView(this.dataSource, id);
    if (!view) throw proposalNotFound(id);
    const [read] = await named(this.dataSource, [view]);
    return read;
  }
}

@Injectable()
export class ListProposalsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(cycleCode: string): Promise<ProposalResponse[]> {
    return named(this.dataSource, await proposalsOfCycle(this.dataSource, cycleCode));
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
