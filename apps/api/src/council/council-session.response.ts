import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  COUNCIL_ROLES,
  NOMINEE_KINDS,
  type AgendaItem,
  type CandidateResult,
  type CandidateTally,
  type CouncilRole,
  type NomineeKind,
  type ReceivedBallot,
  type Recusal,
  type SessionBallot,
  type SessionMember,
  type SessionQuorum,
  type SessionRules,
  type SessionView,
} from '#domain';
import type { CouncilCandidate } from '#persistence';

/*
 * The OpenAPI shapes of a council session (the web app's types are generated from them). Each
 * class implements the domain's interface, so the two cannot drift.
 */

@ApiSchema({ name: 'AgendaItem' })
export class AgendaItemResponse implements AgendaItem {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ example: 'BQLDA-DTXD' }) unitCode: string;
  @ApiProperty({ example: 'Nguyễn Văn Hùng' }) nomineeName: string;
  @ApiProperty({ enum: NOMINEE_KINDS, enumName: 'NomineeKind' }) nomineeKind: NomineeKind;
  @ApiProperty({ type: Number, nullable: true }) blockScore: number | null;
}

@ApiSchema({ name: 'SessionMember' })
export class SessionMemberResponse implements SessionMember {
  @ApiProperty() username: string;
  @ApiProperty() fullName: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) unitCode: string | null;
  @ApiProperty({ enum: COUNCIL_ROLES, enumName: 'CouncilRole' }) councilRole: CouncilRole;
}

@ApiSchema({ name: 'CouncilCandidate' })
export class CouncilCandidateResponse implements CouncilCandidate {
  @ApiProperty({ example: 'council.1' }) username: string;
  @ApiProperty({ example: 'Trịnh Quốc Bảo' }) fullName: string;
  @ApiProperty({ example: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ' }) title: string;
  @ApiProperty({ type: String, nullable: true, example: 'VU-TCCB' }) unitCode: string | null;
}

@ApiSchema({ name: 'Recusal' })
export class RecusalResponse implements Recusal {
  @ApiProperty() member: string;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ enum: ['SAME_UNIT', 'DECLARED'] }) reason: 'SAME_UNIT' | 'DECLARED';
  @ApiPropertyOptional() note?: string;
}

@ApiSchema({ name: 'SessionBallot' })
export class SessionBallotResponse implements SessionBallot {
  @ApiProperty({ format: 'uuid', description: 'The member’s COUNCIL_BALLOT task' }) taskId: string;
  @ApiProperty() member: string;
}

@ApiSchema({ name: 'ReceivedBallot' })
export class ReceivedBallotResponse implements ReceivedBallot {
  @ApiProperty() member: string;
  @ApiProperty({ enum: ['BALLOT', 'WRITTEN_OPINION'] }) via: 'BALLOT' | 'WRITTEN_OPINION';
  @ApiPropertyOptional() documentId?: string;
}

@ApiSchema({ name: 'CandidateTally' })
export class CandidateTallyResponse implements CandidateTally {
  @ApiProperty() agree: number;
  @ApiProperty() disagree: number;
  @ApiProperty() abstain: number;
  @ApiProperty() recused: number;
  @ApiProperty() notVoted: number;
  @ApiProperty({ description: 'The members the share is counted on' }) members: number;
}

@ApiSchema({ name: 'CandidateResult' })
export class CandidateResultResponse implements CandidateResult {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ type: CandidateTallyResponse }) tally: CandidateTally;
  @ApiProperty() agreesNeeded: number;
  @ApiProperty() passed: boolean;
}

@ApiSchema({ name: 'SessionQuorum' })
export class SessionQuorumResponse implements SessionQuorum {
  @ApiProperty() members: number;
  @ApiProperty() cast: number;
  @ApiProperty() needed: number;
  @ApiProperty() reached: boolean;
}

@ApiSchema({ name: 'SessionRules' })
export class SessionRulesResponse implements SessionRules {
  @ApiProperty({ enum: ['MAJORITY_OF_MEMBERS', 'TWO_THIRDS_OF_MEMBERS', 'NINETY_PERCENT_OF_MEMBERS'] })
  approvalRule: SessionRules['approvalRule'];
  @ApiProperty({ enum: ['AS_NOT_AGREEING', 'EXCLUDED'] }) recusalCounting: SessionRules['recusalCounting'];
}

@ApiSchema({ name: 'CouncilSession' })
export class CouncilSessionResponse implements SessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'council-session-…' }) workflowId: string;
  @ApiProperty() cycleCode: string;
  @ApiProperty({ example: 'Phiên họp thứ nhất Hội đồng Thi đua – Khen thưởng Bộ' }) title: string;
  @ApiProperty({ format: 'date-time' }) meetingAt: string;
  @ApiProperty({ enum: ['DRAFT', 'VOTING', 'CLOSED', 'INQUORATE'], enumName: 'SessionStatus' }) status: SessionView['status'];
  @ApiProperty({ type: [AgendaItemResponse] }) agenda: AgendaItem[];
  @ApiProperty({ type: SessionRulesResponse }) rules: SessionRules;
  @ApiProperty({ type: [SessionMemberResponse] }) members: SessionMember[];
  @ApiProperty({ type: [RecusalResponse], description: 'Conflicts declared before the session opened' }) conflicts: Recusal[];
  @ApiProperty({ type: [RecusalResponse] }) recusals: Recusal[];
  @ApiProperty({ type: [SessionBallotResponse] }) ballots: SessionBallot[];
  @ApiProperty({ type: [ReceivedBallotResponse], description: 'Who has voted (never how)' }) received: ReceivedBallot[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ type: SessionQuorumResponse, nullable: true }) quorum: SessionQuorum | null;
  @ApiProperty({ type: [CandidateResultResponse], nullable: true, description: 'Only after a close with quorum' }) results:
    CandidateResult[] | null;
  @ApiProperty() composedBy: string;
  @ApiProperty({ format: 'date-time' }) composedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: Object, nullable: true, description: '{kind: PERSON, username} or {kind: PROCESS, why: ALL_VOTED | DUE}' })
  closedBy: SessionView['closedBy'];
  @ApiProperty() version: number;
}
