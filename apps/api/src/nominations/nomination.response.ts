import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  APPROVAL_RULES,
  NOMINATION_STAGES,
  NOMINATION_STATUSES,
  NOMINEE_KINDS,
  type ApprovalRule,
  type CycleRules,
  type DossierDocument,
  type Effect,
  EffectKind,
  type NominationEligibility,
  type NominationOutcome,
  type NominationEventType,
  type NominationStage,
  type NominationStatus,
  type NominationTargets,
  type NominationView,
  type Nominee,
  type NomineeKind,
  type Tally,
  readableOutcomeReason,
} from '#domain';
import type { Page } from '../common/pagination.js';
import { EligibilityStandardDto, RequiredDocumentDto } from '../cycles/dto/create-cycle.dto.js';
import { NOMINATION_EVENT_TYPES, type TimelineEntry } from './timeline.presenter.js';

/*
 * The nomination as the API answers it, described for the OpenAPI document (the web app's client
 * is generated from it). Each class implements the domain's interface, so the two cannot drift.
 */

const EFFECT_KINDS = Object.values(EffectKind);

/**
 * The nomination as people read it: the reason it ended with in Vietnamese (the domain stores
 * some in English, and the recognised ones as a code; see readableOutcomeReason). The stored view is unchanged.
 */
export function readableNomination(view: NominationView): NominationView {
  if (!view.outcome) return view;
  return { ...view, outcome: { ...view.outcome, reason: readableOutcomeReason(view.outcome.reason) } };
}

@ApiSchema({ name: 'Nominee' })
export class NomineeResponse implements Nominee {
  @ApiProperty({ enum: NOMINEE_KINDS, enumName: 'NomineeKind' }) kind: NomineeKind;
  @ApiProperty({ example: 'Nguyễn Văn Hùng' }) fullName: string;
  @ApiPropertyOptional({ example: '1978-09-02', description: 'YYYY-MM-DD (individuals)' }) dateOfBirth?: string;
  @ApiPropertyOptional({ example: 'Trưởng phòng Kỹ thuật' }) position?: string;
  @ApiProperty({ example: 'Quản lý dự án đầu tư xây dựng' }) field: string;
  @ApiProperty({ description: 'Works in a remote, border or island area' }) remoteArea: boolean;
  @ApiProperty({ description: 'Years of continuous emulation titles' }) continuousYears: number;
}

@ApiSchema({ name: 'DocumentVersion' })
export class DocumentVersionResponse {
  @ApiProperty({ format: 'uuid', description: 'GET /documents/:id reads this version' }) id: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: 'bao-cao-thanh-tich.pdf' }) filename: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty({ example: 482113 }) size: number;
  @ApiProperty({ example: 'a'.repeat(64) }) sha256: string;
  @ApiProperty({ example: 'unit.BQLDA-DTXD' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

@ApiSchema({ name: 'DossierDocument' })
export class DossierDocumentResponse implements DossierDocument {
  @ApiProperty({ example: 'ACHIEVEMENT_REPORT' }) kind: string;
  @ApiProperty({ example: 'Báo cáo thành tích' }) title: string;
  @ApiProperty({ example: 'a'.repeat(64) }) sha256: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'This version (GET /documents/:id); absent for a checksum typed by hand' })
  id?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The document its versions share' }) documentId?: string;
  @ApiPropertyOptional({ example: 2 }) version?: number;
  @ApiPropertyOptional({ example: 'bao-cao-thanh-tich.pdf' }) filename?: string;
  @ApiPropertyOptional({ example: 'application/pdf' }) contentType?: string;
  @ApiPropertyOptional({ example: 482113 }) size?: number;
  @ApiPropertyOptional({ example: 'unit.BQLDA-DTXD' }) uploadedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) uploadedAt?: string;
  @ApiPropertyOptional({
    type: [DocumentVersionResponse],
    description: 'Every version of an uploaded document, oldest first (the last is this one); on the read of one nomination',
  })
  versions?: DocumentVersionResponse[];
}

@ApiSchema({ name: 'CycleRules' })
export class CycleRulesResponse implements CycleRules {
  @ApiProperty() cycleCode: string;
  @ApiProperty({ enum: APPROVAL_RULES, enumName: 'ApprovalRule' }) approvalRule: ApprovalRule;
  @ApiProperty() maxChangeRounds: number;
  @ApiProperty({ example: 'QĐ-BTNMT' }) decisionSuffix: string;
  @ApiPropertyOptional({ type: [RequiredDocumentDto], description: 'Documents every dossier of the cycle must have' })
  requiredDocuments?: RequiredDocumentDto[];
  @ApiPropertyOptional({ type: EligibilityStandardDto, description: "The cycle's standard of titles, when it has one" })
  eligibility?: EligibilityStandardDto;
}

@ApiSchema({ name: 'NominationEligibility' })
export class NominationEligibilityResponse implements NominationEligibility {
  @ApiProperty({ description: "Whether the award history shows the nominee meets the cycle's standard" }) eligible: boolean;
  @ApiProperty({
    type: [String],
    description: 'Vietnamese sentences for the reviewers: the standard, what the history shows, what is missing',
  })
  reasons: string[];
  @ApiProperty({ description: 'The run of consecutive years the history shows, up to the standard’s last year' }) consecutiveYears: number;
  @ApiProperty({ description: 'Whether the history knows the nominee at all; if not, nothing could be checked' }) historyFound: boolean;
  @ApiProperty({ description: 'The years of continuous titles the unit typed' }) declaredYears: number;
}

@ApiSchema({ name: 'NominationTargets' })
export class NominationTargetsResponse implements NominationTargets {
  @ApiProperty({ format: 'date-time' }) blockReviewTarget: string;
  @ApiProperty({ format: 'date-time' }) councilVoteTarget: string;
  @ApiProperty({ format: 'date-time' }) decisionTarget: string;
  @ApiProperty({ format: 'date-time' }) conferenceDate: string;
  @ApiProperty() revisionDays: number;
  @ApiPropertyOptional({ description: 'The version of the cycle calendar these dates come from (1 when absent)' })
  calendarVersion?: number;
}

@ApiSchema({ name: 'Tally' })
export class TallyResponse implements Tally {
  @ApiProperty() agree: number;
  @ApiProperty() disagree: number;
  @ApiProperty() abstain: number;
  @ApiProperty() members: number;
}

@ApiSchema({ name: 'NominationOutcome' })
export class NominationOutcomeResponse implements NominationOutcome {
  @ApiProperty({ enum: NOMINATION_STATUSES, enumName: 'NominationStatus' }) status: NominationStatus;
  @ApiProperty({ enum: NOMINATION_STAGES, enumName: 'NominationStage', description: 'The stage it ended at' }) stage: NominationStage;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it ended, in Vietnamese (the reasons the process words itself are translated)',
  })
  reason: string | null;
  @ApiProperty({ description: 'Username, or "system"' }) by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

@ApiSchema({ name: 'Effect' })
export class EffectResponse implements Effect {
  @ApiProperty({ enum: EFFECT_KINDS, enumName: 'EffectKind' }) kind: EffectKind;
  @ApiProperty() ref: string;
}

@ApiSchema({ name: 'NominationView' })
export class NominationViewResponse implements NominationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ example: 'SK-2016-2018' }) cycleCode: string;
  @ApiProperty({ example: 'BQLDA-DTXD' }) unitCode: string;
  @ApiProperty({ example: 'KHOI-VI' }) blockCode: string;
  @ApiProperty({ example: 'BAO-TNMT' }) reviewerUnitCode: string;
  @ApiProperty({ type: NomineeResponse }) nominee: NomineeResponse;
  @ApiProperty() nomineeKey: string;
  @ApiProperty() achievements: string;
  @ApiProperty({ type: [String] }) initiatives: string[];
  @ApiProperty({ type: [DossierDocumentResponse] }) documents: DossierDocumentResponse[];
  @ApiProperty({ type: CycleRulesResponse }) rules: CycleRulesResponse;
  @ApiProperty({ type: NominationTargetsResponse }) targets: NominationTargetsResponse;
  @ApiProperty({ enum: NOMINATION_STAGES, enumName: 'NominationStage' }) stage: NominationStage;
  @ApiProperty({ enum: NOMINATION_STATUSES, enumName: 'NominationStatus' }) status: NominationStatus;
  @ApiProperty() changeRounds: number;
  @ApiProperty({ type: Number, nullable: true }) blockScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) councilMembers: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) councilVoteOpenedAt: string | null;
  @ApiProperty() ballotsCast: number;
  @ApiProperty({ type: TallyResponse, nullable: true, description: 'Counts only, and only once the vote has closed' })
  tally: TallyResponse | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The council session it is on (absent in nominations recorded before sessions existed)',
  })
  councilSessionId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The proposal (tờ trình) it is on, while one is pending or approved',
  })
  proposalId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The decision that approved it (GET /decisions/:id)' })
  decisionId?: string | null;
  @ApiProperty({ type: String, nullable: true, example: '15/QĐ-BTNMT' }) decisionNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'BỘ TRƯỞNG Trần Hồng Hà' }) decisionSignature: string | null;
  @ApiProperty({ type: String, nullable: true }) revocationDecisionNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) certificateNumber: string | null;
  @ApiProperty({ type: Number, nullable: true }) conferenceRank: number | null;
  @ApiProperty({ type: NominationOutcomeResponse, nullable: true }) outcome: NominationOutcomeResponse | null;
  @ApiProperty({ type: [EffectResponse] }) openEffects: EffectResponse[];
  @ApiPropertyOptional({ format: 'date-time', description: 'When its unit started it as a draft' }) draftedAt?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'What the unit changed in its last revision round: field paths, and documents.<documentId>',
  })
  revisedFields?: string[];
  @ApiPropertyOptional({
    enum: ['COUNCIL_VOTE'],
    description: 'Under revision after the standing office returned it from the council list: resubmitted, it goes back there',
  })
  returnedFrom?: 'COUNCIL_VOTE';
  @ApiPropertyOptional({
    type: NominationEligibilityResponse,
    description: "How the nominee measured up to the cycle's standard at submission; absent when the cycle has none",
  })
  eligibility?: NominationEligibilityResponse;
  @ApiProperty({ format: 'date-time', description: 'When it was submitted (a draft: when it was started)' }) submittedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

@ApiSchema({ name: 'NominationPage' })
export class NominationPageResponse implements Page<NominationView> {
  @ApiProperty({ type: [NominationViewResponse] }) items: NominationViewResponse[];
  @ApiProperty({ description: 'Numbered from 1' }) page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'How many match in all' }) total: number;
}

/** One recorded fact of a nomination; `data` depends on `type`. */
@ApiSchema({ name: 'NominationEvent' })
export class NominationEventResponse {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ description: '1, 2, 3 … per nomination' }) version: number;
  @ApiProperty() key: string;
  @ApiProperty({ enum: NOMINATION_EVENT_TYPES, enumName: 'NominationEventType' }) type: NominationEventType;
  @ApiProperty({ description: 'Username, or "system"' }) actor: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The facts of the event; depends on type' })
  data: object;
}

@ApiSchema({ name: 'TimelineActor' })
export class TimelineActorResponse {
  @ApiProperty({ example: 'unit.BAO-TNMT' }) username: string;
  @ApiProperty({ example: 'Cán bộ thi đua – Báo Tài nguyên và Môi trường' }) name: string;
}

/** One fact of a nomination told as a sentence for people (Vietnamese). */
@ApiSchema({ name: 'TimelineEntry' })
export class TimelineEntryResponse implements TimelineEntry {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: NOMINATION_EVENT_TYPES, enumName: 'NominationEventType', description: 'The event type (stable)' })
  type: NominationEventType;
  @ApiProperty({ type: TimelineActorResponse, nullable: true, description: 'Null when the process recorded it on its own' })
  actor: TimelineActorResponse | null;
  @ApiProperty({ example: 'Khối thi đua số VI yêu cầu bổ sung hồ sơ — lý do: thiếu báo cáo' }) text: string;
}

@ApiSchema({ name: 'ChangeRequestAsked' })
export class ChangeRequestAskedResponse {
  @ApiProperty() round: number;
  @ApiProperty() reason: string;
  @ApiProperty({ type: [String], description: 'Dossier field keys named' }) fields: string[];
  @ApiProperty({ type: [String], description: 'Kinds of document named' }) documents: string[];
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ description: 'Who asked (username)' }) requestedBy: string;
  @ApiProperty({ format: 'date-time' }) revisionDueAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'COUNCIL_VOTE when the standing office returned it' }) from: string | null;
}

@ApiSchema({ name: 'FieldChange' })
export class FieldChangeResponse {
  @ApiProperty({ example: 'achievements' }) key: string;
  @ApiProperty({ example: 'Thành tích' }) label: string;
  @ApiProperty({ description: 'As it was when changes were asked for, as people read it' }) before: string;
  @ApiProperty() after: string;
}

@ApiSchema({ name: 'DocumentChange' })
export class DocumentChangeResponse {
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: DossierDocumentResponse, nullable: true, description: 'Null: added since' }) before: DossierDocumentResponse | null;
  @ApiProperty({ type: DossierDocumentResponse }) after: DossierDocumentResponse;
}

@ApiSchema({ name: 'NominationChanges' })
export class NominationChangesResponse {
  @ApiProperty({ type: ChangeRequestAskedResponse, nullable: true, description: 'The last change request; null if none' })
  request: ChangeRequestAskedResponse | null;
  @ApiProperty({ type: [FieldChangeResponse] }) fields: FieldChangeResponse[];
  @ApiProperty({ type: [DocumentChangeResponse] }) documents: DocumentChangeResponse[];
}
