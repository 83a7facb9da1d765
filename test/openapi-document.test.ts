// The OpenAPI document the web app's client is generated from: every 2xx JSON answer of the API has a schema, named
// schemas for its objects and enums, so a route cannot lose its types unnoticed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApiPreview, openApiDocument } from '../apps/api/src/api.app.js';

/** The routes the web app reads, each with the schema its 2xx answer must have (`[X]`: an array of X). */
const ROUTES: [method: string, path: string, status: string, schema: string][] = [
  ['post', '/api/v1/auth/login', '200', 'LoginResult'],
  ['get', '/api/v1/me', '200', 'Me'],
  ['get', '/api/v1/units', '200', '[Unit]'],
  ['get', '/api/v1/blocks', '200', '[Block]'],
  ['get', '/api/v1/cycles', '200', '[Cycle]'],
  ['post', '/api/v1/cycles', '201', 'Cycle'],
  ['get', '/api/v1/cycles/{code}', '200', 'Cycle'],
  ['post', '/api/v1/cycles/{code}/conference', '200', 'ConferenceSummary'],
  ['post', '/api/v1/cycles/{code}/schedule', '200', 'CalendarMoveResult'],
  ['get', '/api/v1/cycles/{code}/events', '200', '[CycleEvent]'],
  ['get', '/api/v1/cycles/{code}/missing-units', '200', 'MissingUnits'],
  ['get', '/api/v1/cycles/{code}/honour-list', '200', 'HonourList'],
  ['get', '/api/v1/cycles/{code}/council', '200', '[SessionMember]'],
  ['put', '/api/v1/cycles/{code}/council', '200', '[SessionMember]'],
  ['get', '/api/v1/cycles/{code}/council/candidates', '200', '[CouncilCandidate]'],
  ['post', '/api/v1/nominations', '201', 'NominationView'],
  ['get', '/api/v1/nominations', '200', 'NominationPage'],
  ['get', '/api/v1/nominations/{id}', '200', 'NominationView'],
  ['get', '/api/v1/nominations/{id}/events', '200', '[NominationEvent]'],
  ['get', '/api/v1/nominations/{id}/timeline', '200', '[TimelineEntry]'],
  ['post', '/api/v1/nominations/{id}/withdraw', '200', 'NominationView'],
  ['post', '/api/v1/nominations/{id}/revoke', '200', 'NominationView'],
  ['post', '/api/v1/nominations/{id}/return-for-changes', '200', 'NominationView'],
  ['get', '/api/v1/nominations/{id}/changes', '200', 'NominationChanges'],
  ['post', '/api/v1/nominations/{id}/council-vote/close', '200', 'NominationView'],
  ['get', '/api/v1/tasks', '200', '[Task]'],
  ['post', '/api/v1/tasks/{id}/complete', '200', 'NominationView | CouncilSession | Proposal'],
  ['get', '/api/v1/notifications', '200', '[Notification]'],
  ['get', '/api/v1/notifications/unread-count', '200', 'UnreadCount'],
  ['post', '/api/v1/notifications/read', '200', 'NotificationsMarkedRead'],
];

/** Routes that may stay undocumented: not for the web app. */
const UNDOCUMENTED = ['/health', '/dev/mailbox'];

/** Routes that answer a printed document, PDF or HTML, instead of JSON. */
const DOCUMENTS = ['/api/v1/council-sessions/{id}/minutes', '/api/v1/decisions/{id}/document'];
/** A dossier's uploaded file: answered as it was uploaded, not JSON. */
const UPLOADED_FILE = '/api/v1/documents/{id}';
/** The award history's spreadsheet template (XLSX). */
const SPREADSHEETS = ['/api/v1/award-history/template'];

type Schema = {
  $ref?: string;
  type?: string;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  enum?: unknown[];
};

describe('the OpenAPI document', () => {
  let app: INestApplication;
  let doc: OpenAPIObject;
  beforeAll(async () => {
    app = await createApiPreview();
    doc = openApiDocument(app);
  });
  afterAll(() => app?.close());

  const named = (ref: string) => ref.replace('#/components/schemas/', '');
  const describeSchema = (schema: Schema | undefined): string | undefined =>
    schema?.$ref
      ? named(schema.$ref)
      : schema?.type === 'array' && schema.items?.$ref
        ? `[${named(schema.items.$ref)}]`
        : schema?.oneOf?.every((s) => s.$ref)
          ? schema.oneOf.map((s) => named(s.$ref as string)).join(' | ')
          : undefined;

  it.each(ROUTES)('%s %s answers %s with the schema %s', (method, path, status, schema) => {
    const operation = doc.paths[path]?.[method as 'get' | 'post' | 'put'];
    expect(operation).toBeDefined();
    const response = operation?.responses[status] as { content?: Record<string, { schema?: Schema }> } | undefined;
    expect(describeSchema(response?.content?.['application/json']?.schema)).toBe(schema);
  });

  it('has a JSON schema for every 2xx answer of every route but health and the development mailbox', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (UNDOCUMENTED.includes(path) || DOCUMENTS.includes(path) || SPREADSHEETS.includes(path) || path === UPLOADED_FILE) continue;
      for (const [method, operation] of Object.entries(operations as Record<string, { responses?: Record<string, unknown> }>)) {
        const ok = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
        if (ok.length === 0) missing.push(`${method} ${path}: no 2xx answer`);
        for (const [status, response] of ok) {
          const schema = (response as { content?: Record<string, { schema?: Schema }> }).content?.['application/json']?.schema;
          if (!schema) missing.push(`${method} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(ROUTES.filter(([method, path]) => !doc.paths[path]?.[method as 'get'])).toEqual([]);
  });

  it.each(DOCUMENTS)('GET %s answers 200 with a PDF (binary) or an HTML page, and says when it refuses', (path) => {
    const operation = doc.paths[path]?.get;
    expect(operation).toBeDefined();
    const ok = operation?.responses['200'] as { content?: Record<string, { schema?: { type?: string; format?: string } }> } | undefined;
    expect(ok?.content).toEqual({
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/html': { schema: { type: 'string' } },
    });
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '404']));
    const format = operation?.parameters?.find((p) => 'name' in p && p.name === 'format') as { in?: string; schema?: unknown } | undefined;
    expect(format?.in).toBe('query');
  });

  it('GET /documents/{id} answers 200 with the file (binary), and 404 when it refuses', () => {
    const operation = doc.paths[UPLOADED_FILE]?.get;
    const ok = operation?.responses['200'] as { content?: Record<string, { schema?: { type?: string; format?: string } }> } | undefined;
    expect(Object.values(ok?.content ?? {}).map((c) => c.schema)).toContainEqual({ type: 'string', format: 'binary' });
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['200', '404']));
  });

  it('resolves every reference, and names the nested objects and the enums', () => {
    const schemas = (doc.components?.schemas ?? {}) as Record<string, Schema>;
    const dangling = JSON.stringify(doc)
      .match(/#\/components\/schemas\/[A-Za-z0-9_]+/g)
      ?.map(named)
      .filter((name) => !schemas[name]);
    expect(dangling ?? []).toEqual([]);
    for (const name of [
      'Nominee',
      'DossierDocument',
      'CycleRules',
      'NominationTargets',
      'Tally',
      'NominationOutcome',
      'Effect',
      'TaskNomination',
      'TimelineActor',
      'MeUnit',
      'MeBlock',
      'CycleCalendarHanoi',
      'HonourListEntry',
      'MissingUnit',
      'LoginUser',
    ]) {
      expect([name, schemas[name]?.type]).toEqual([name, 'object']);
    }
    for (const name of [
      'Role',
      'NominationStage',
      'NominationStatus',
      'NomineeKind',
      'TaskType',
      'EffectKind',
      'ApprovalRule',
      'BlockPosition',
      'NominationEventType',
    ]) {
      expect([name, Array.isArray(schemas[name]?.enum)]).toEqual([name, true]);
    }
    // The nomination's nested objects are references to named schemas, not anonymous objects.
    const view = schemas.NominationView.properties ?? {};
    for (const field of ['nominee', 'rules', 'targets', 'tally', 'outcome', 'stage', 'status']) {
      const ref = view[field]?.$ref ?? view[field]?.allOf?.[0]?.$ref;
      expect([field, ref?.startsWith('#/components/schemas/')]).toEqual([field, true]);
    }
    expect(view.documents?.items?.$ref).toBe('#/components/schemas/DossierDocument');
    expect(view.openEffects?.items?.$ref).toBe('#/components/schemas/Effect');
  });
});
