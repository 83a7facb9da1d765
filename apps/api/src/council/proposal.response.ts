import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  NOMINEE_KINDS,
  type LeftOutEntry,
  type ListDecision,
  type NomineeKind,
  type ProposalEntry,
  type ProposalView,
  type StruckEntry,
} from '#domain';

@ApiSchema({ name: 'ProposalEntry' })
export class ProposalEntryResponse implements ProposalEntry {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() workflowId: string;
  @ApiProperty() rank: number;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ enum: NOMINEE_KINDS, enumName: 'NomineeKind' }) nomineeKind: NomineeKind;
  @ApiProperty({ type: String, nullable: true }) position: string | null;
  @ApiProperty() unitCode: string;
}

@ApiSchema({ name: 'LeftOutEntry' })
export class LeftOutEntryResponse implements LeftOutEntry {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ example: 'Ngoài chỉ tiêu 70 (xếp thứ 71)' }) explanation: string;
}

@ApiSchema({ name: 'StruckEntry' })
export class StruckEntryResponse implements StruckEntry {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() reason: string;
}

@ApiSchema({ name: 'PersonRef' })
export class PersonRefResponse {
  @ApiProperty() username: string;
  @ApiProperty() fullName: string;
}

@ApiSchema({ name: 'ListDecision' })
export class ListDecisionResponse implements ListDecision {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '382/QĐ-BTNMT' }) number: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty() signedBy: string;
  @ApiProperty() signerName: string;
  @ApiProperty({ type: PersonRefResponse, nullable: true, description: 'The minister on whose behalf a deputy signed' })
  onBehalfOf: { username: string; fullName: string } | null;
  @ApiProperty({ example: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG Nguyễn Thị Phương Hoa' }) signature: string;
  @ApiProperty({ type: [String] }) nominationIds: string[];
  @ApiProperty({ type: [StruckEntryResponse] }) struck: StruckEntry[];
}

@ApiSchema({ name: 'ProposalReturn' })
export class ProposalReturnResponse {
  @ApiProperty() by: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional({ description: 'The full name of `by` (on reads)' }) byName?: string;
}

@ApiSchema({ name: 'Proposal' })
export class ProposalResponse implements ProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty() cycleCode: string;
  @ApiProperty({ enum: ['SUBMITTED', 'APPROVED', 'RETURNED'], enumName: 'ProposalStatus' }) status: ProposalView['status'];
  @ApiProperty({ type: [ProposalEntryResponse] }) entries: ProposalEntry[];
  @ApiProperty({ type: [LeftOutEntryResponse] }) leftOut: LeftOutEntry[];
  @ApiProperty() quota: number;
  @ApiProperty({ type: String, nullable: true }) justification: string | null;
  @ApiProperty({ format: 'uuid', description: 'The minister’s MINISTER_DECISION task' }) taskId: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() submittedBy: string;
  @ApiPropertyOptional({ description: 'The full name of `submittedBy` (on reads)' }) submitterName?: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: ListDecisionResponse, nullable: true }) decision: ListDecision | null;
  @ApiProperty({ type: ProposalReturnResponse, nullable: true }) returned: ProposalReturnResponse | null;
  @ApiProperty() version: number;
}

/** A candidate of the engine's suggested list, with what ranked it. */
@ApiSchema({ name: 'DraftCandidate' })
export class DraftCandidateResponse {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() rank: number;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ enum: NOMINEE_KINDS, enumName: 'NomineeKind' }) nomineeKind: NomineeKind;
  @ApiProperty() unitCode: string;
  @ApiProperty() blockCode: string;
  @ApiProperty() remoteArea: boolean;
  @ApiProperty({ description: 'Agreeing members / members counted' }) support: number;
  @ApiProperty() councilAgree: number;
  @ApiProperty() councilMembers: number;
  @ApiProperty() blockScore: number;
  @ApiPropertyOptional({ type: [String], description: 'Why a spread rule put it on the list' }) reasons?: string[];
  @ApiPropertyOptional({ enum: ['BEYOND_QUOTA', 'BLOCK_SHARE_CAP'] }) reason?: 'BEYOND_QUOTA' | 'BLOCK_SHARE_CAP';
  @ApiPropertyOptional({ example: 'Ngoài chỉ tiêu 70 (xếp thứ 71)' }) explanation?: string;
}

@ApiSchema({ name: 'ProposalDraft' })
export class ProposalDraftResponse {
  @ApiProperty() quota: number;
  @ApiProperty({ type: [DraftCandidateResponse] }) proposed: DraftCandidateResponse[];
  @ApiProperty({ type: [DraftCandidateResponse] }) leftOut: DraftCandidateResponse[];
  @ApiProperty({ type: [String], description: 'Spread minimums that could not be met, and why' }) shortfalls: string[];
}

@ApiSchema({ name: 'Decision' })
export class DecisionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '382/QĐ-BTNMT' }) number: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: PersonRefResponse }) signer: { username: string; fullName: string };
  @ApiPropertyOptional({ type: PersonRefResponse, description: 'When a deputy signed on the minister’s behalf' })
  onBehalfOf?: { username: string; fullName: string };
  @ApiProperty({ example: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG Nguyễn Thị Phương Hoa' }) signature: string;
  @ApiProperty() cycleCode: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalId: string | null;
  @ApiProperty({ type: [String] }) nominationIds: string[];
  @ApiProperty({ type: [StruckEntryResponse] }) struck: StruckEntry[];
}
