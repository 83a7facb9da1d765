import type { paths } from './schema';

type Ok<R> = R extends { 200: { content: { 'application/json': infer J } } }
  ? J
  : R extends { 201: { content: { 'application/json': infer J } } }
    ? J
    : never;

/** The JSON an operation answers with, read from the generated OpenAPI types (no copies by hand). */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? Ok<R> : never;

/** The JSON body an operation takes. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Me = ResponseOf<'/api/v1/me', 'get'>;
export type Task = ResponseOf<'/api/v1/tasks', 'get'>[number];
export type Nomination = ResponseOf<'/api/v1/nominations/{id}', 'get'>;
export type NominationPage = ResponseOf<'/api/v1/nominations', 'get'>;
export type Cycle = ResponseOf<'/api/v1/cycles/{code}', 'get'>;
export type TimelineEntry = ResponseOf<'/api/v1/nominations/{id}/timeline', 'get'>[number];
export type Notice = ResponseOf<'/api/v1/notifications', 'get'>[number];
export type Unit = ResponseOf<'/api/v1/units', 'get'>[number];
export type Block = ResponseOf<'/api/v1/blocks', 'get'>[number];
export type SubmitNominationBody = BodyOf<'/api/v1/nominations', 'post'>;
export type EditNominationBody = BodyOf<'/api/v1/nominations/{id}', 'patch'>;
export type CreateCycleBody = BodyOf<'/api/v1/cycles', 'post'>;
export type CompleteTaskBody = BodyOf<'/api/v1/tasks/{id}/complete', 'post'>;
export type NominationListQuery = NonNullable<paths['/api/v1/nominations']['get']['parameters']['query']>;
export type CouncilSession = ResponseOf<'/api/v1/council-sessions/{id}', 'get'>;
export type AgendaItem = CouncilSession['agenda'][number];
export type ClientSettings = ResponseOf<'/api/v1/config', 'get'>;
export type Proposal = ResponseOf<'/api/v1/proposals/{id}', 'get'>;
export type ProposalDraft = ResponseOf<'/api/v1/cycles/{code}/proposals/draft', 'get'>;
export type DraftCandidate = ProposalDraft['proposed'][number];
export type Decision = ResponseOf<'/api/v1/decisions/{id}', 'get'>;
export type CouncilMember = ResponseOf<'/api/v1/cycles/{code}/council', 'get'>[number];
export type CouncilCandidate = ResponseOf<'/api/v1/cycles/{code}/council/candidates', 'get'>[number];
export type NameCouncilBody = BodyOf<'/api/v1/cycles/{code}/council', 'put'>;
