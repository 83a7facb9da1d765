// Every error answer of /api/v1 has one shape, the web app's contract: { statusCode, code, message, error, errors? },
// with a stable code, a Vietnamese message, and for field errors each field named with its own Vietnamese message.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REFUSAL_REASONS, type NominationView } from '#domain';
import type { Reply } from './support/api-client.js';
import { startStack, type Stack } from './support/stack.js';
import { complete, createCycle, DAY, dossier, expectStatus, submit, taskFor } from './support/scenario.js';

const CYCLE = 'T-ERRORS';
const UNIT = 'unit.BQLDA-DTXD';
const REVIEWER = 'unit.BAO-TNMT';
/** A letter only Vietnamese writes: the message is in Vietnamese, with its diacritics. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

interface FieldError {
  field: string;
  code: string;
  message: string;
}
interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  error: string;
  errors?: FieldError[];
}

let stack: Stack;

/** The reply is an error of `status` with `code`, shaped as the contract says, worded in Vietnamese. */
function expectError(reply: Reply, status: number, code: string): ErrorBody {
  const body = expectStatus<ErrorBody>(reply, status);
  expect(Object.keys(body).sort()).toEqual(
    body.errors ? ['code', 'error', 'errors', 'message', 'statusCode'] : ['code', 'error', 'message', 'statusCode'],
  );
  expect(body).toMatchObject({ statusCode: status, code });
  expect(REFUSAL_REASONS).toContain(body.code);
  expect(typeof body.error).toBe('string');
  expect(body.message).toMatch(VIETNAMESE);
  for (const e of body.errors ?? []) {
    expect(Object.keys(e).sort()).toEqual(['code', 'field', 'message']);
    expect(e.message).toMatch(VIETNAMESE);
  }
  return body;
}

const request = async (method: string, path: string, options: { as?: string; body?: unknown; raw?: string } = {}) =>
  stack.api.request(method, `/api/v1${path}`, {
    token: options.as ? await stack.api.token(options.as) : undefined,
    body: options.body,
    raw: options.raw,
  });

beforeAll(async () => {
  stack = await startStack('errorcontract');
  await createCycle(stack.api, CYCLE);
});
afterAll(() => stack?.close());

describe('validation', () => {
  it('two bad fields → 400 VALIDATION_FAILED, each field with its path, constraint and Vietnamese message', async () => {
    const d = dossier(CYCLE);
    const body = expectError(
      await request('POST', '/nominations', { as: UNIT, body: { ...d, nominee: { ...d.nominee, fullName: '', continuousYears: -1 } } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'nominee.fullName', code: 'isNotEmpty', message: 'Họ và tên không được để trống' },
        { field: 'nominee.continuousYears', code: 'min', message: 'Số năm liên tục đạt danh hiệu thi đua không được nhỏ hơn 0' },
      ]),
    );
    expect(body.errors).toHaveLength(2);
    expect(body.message).toBe(
      'Dữ liệu không hợp lệ: Họ và tên không được để trống; Số năm liên tục đạt danh hiệu thi đua không được nhỏ hơn 0.',
    );
    expect(body.error).toBe('Bad Request');
  });

  it('array indices are path segments, a field not allowed is named, limits are said', async () => {
    const d = dossier(CYCLE);
    const body = expectError(
      await request('POST', '/nominations', {
        as: UNIT,
        body: { ...d, priority: 'HIGH', achievements: 'x'.repeat(20001), documents: [{ ...d.documents[0], title: '' }] },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'priority', code: 'whitelistValidation', message: 'Trường “priority” không được phép' },
        { field: 'achievements', code: 'maxLength', message: 'Thành tích không được dài quá 20000 ký tự' },
        { field: 'documents.0.title', code: 'isNotEmpty', message: 'Tên tài liệu (mục 1) không được để trống' },
      ]),
    );
  });

  it('a value outside a list names the values people know', async () => {
    const body = expectError(await request('GET', '/nominations?stage=NOPE', { as: 'admin' }), 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([
      expect.objectContaining({
        field: 'stage',
        code: 'isIn',
        message: expect.stringContaining('Bước xét duyệt phải là một trong: Đơn vị đang soạn hồ sơ, Khối/Cụm thi đua xét duyệt'),
      }),
    ]);
    expect(body.message).not.toContain('BLOCK_REVIEW');
  });

  it('a malformed id in the path → 400 naming it', async () => {
    const body = expectError(await request('GET', '/nominations/not-a-uuid', { as: 'admin' }), 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field: 'id', code: 'isUuid', message: 'Mã định danh phải là một UUID (phiên bản 4)' }]);
  });
});

describe('refusals of the rules, through the workflows', () => {
  it('a date moved into the past → 400 DATE_IN_PAST from the cycle’s workflow, about that date', async () => {
    const past = new Date(Date.now() - DAY).toISOString();
    const body = expectError(
      await request('POST', `/cycles/${CYCLE}/schedule`, { as: 'admin', body: { conferenceDate: past, reason: 'Lùi hội nghị' } }),
      400,
      'DATE_IN_PAST',
    );
    expect(body.message).toMatch(
      /^Ngày Hội nghị biểu dương không thể lùi về thời điểm đã qua \(\d\d\/\d\d\/\d{4} \d\d:\d\d, giờ Hà Nội\)\.$/,
    );
    expect(body.errors).toEqual([{ field: 'conferenceDate', code: 'DATE_IN_PAST', message: body.message }]);
  });

  it('another unit withdrawing the nomination → 403 NOT_NOMINATING_UNIT from the nomination’s workflow', async () => {
    const nomination = await submit(stack.api, CYCLE);
    const body = expectError(
      await request('POST', `/nominations/${nomination.id}/withdraw`, { as: REVIEWER, body: {} }),
      403,
      'NOT_NOMINATING_UNIT',
    );
    expect(body.message).toBe('Chỉ cán bộ của đơn vị BQLDA-DTXD (đơn vị đề nghị) mới được rút hồ sơ này.');
    expect(body.errors).toBeUndefined();
  });

  it('the same nominee twice → 409 NOMINEE_ALREADY_NOMINATED, about the nominee’s name', async () => {
    const first = await submit(stack.api, CYCLE, 'BQLDA-DTXD', { fullName: 'Trần Thị Bích Ngọc' });
    const body = expectError(
      await request('POST', '/nominations', { as: UNIT, body: dossier(CYCLE, { fullName: 'Trần Thị Bích Ngọc' }) }),
      409,
      'NOMINEE_ALREADY_NOMINATED',
    );
    expect(body.message).toContain('“Trần Thị Bích Ngọc”');
    expect(body.message).toContain(first.id);
    expect(body.errors).toEqual([{ field: 'nominee.fullName', code: 'NOMINEE_ALREADY_NOMINATED', message: body.message }]);
    expect(body.error).toBe('Conflict');
  });

  it('completing a task twice → 409 TASK_NOT_OPEN', async () => {
    const nomination: NominationView = await submit(stack.api, CYCLE);
    const task = await taskFor(stack.api, REVIEWER, nomination.id, 'BLOCK_REVIEW');
    await complete(stack.api, REVIEWER, nomination.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score: 90 });
    const body = expectError(
      await request('POST', `/tasks/${task}/complete`, { as: REVIEWER, body: { decision: 'ENDORSE', score: 90 } }),
      409,
      'TASK_NOT_OPEN',
    );
    expect(body.message).toMatch(
      /^Nhiệm vụ xét duyệt của Khối\/Cụm thi đua này đã được thực hiện \(unit\.BAO-TNMT, \d\d\/\d\d\/\d{4} \d\d:\d\d\)\.$/,
    );
  });
});

describe('who asks', () => {
  it('a wrong password → 401 WRONG_CREDENTIALS', async () => {
    const body = expectError(
      await request('POST', '/auth/login', { body: { username: 'admin', password: 'sai-mat-khau' } }),
      401,
      'WRONG_CREDENTIALS',
    );
    expect(body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(body.error).toBe('Unauthorized');
  });

  it('no token → 401 UNAUTHENTICATED; a forged one → 401 TOKEN_INVALID', async () => {
    expectError(await request('GET', '/nominations'), 401, 'UNAUTHENTICATED');
    const forged = await stack.api.request('GET', '/api/v1/nominations', {
      token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl',
    });
    expectError(forged, 401, 'TOKEN_INVALID');
  });

  it('a role that does not allow it → 403 FORBIDDEN_ROLE, naming the roles that do', async () => {
    const body = expectError(await request('POST', '/cycles', { as: UNIT, body: {} }), 403, 'FORBIDDEN_ROLE');
    expect(body.message).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này. Thao tác này dành cho: Quản trị hệ thống.');
  });
});

describe('the request itself', () => {
  it('an unknown route → 404 ROUTE_NOT_FOUND', async () => {
    expectError(await request('GET', '/no-such-thing', { as: 'admin' }), 404, 'ROUTE_NOT_FOUND');
    expectError(await request('DELETE', '/nominations'), 404, 'ROUTE_NOT_FOUND');
  });

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const body = expectError(await request('POST', '/auth/login', { raw: '{"username":' }), 400, 'MALFORMED_JSON');
    expect(body.errors).toBeUndefined();
  });

  it('a body too large → 413 PAYLOAD_TOO_LARGE', async () => {
    const huge = JSON.stringify({ username: 'admin', password: 'x'.repeat(2_000_000) });
    expectError(await request('POST', '/auth/login', { raw: huge }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unknown nomination, task or cycle → 404 with its own code', async () => {
    const id = '0b6f5c1e-3a1d-4c4e-9f1a-2b3c4d5e6f70';
    expect(expectError(await request('GET', `/nominations/${id}`, { as: 'admin' }), 404, 'NOMINATION_NOT_FOUND').message).toContain(id);
    expectError(
      await request('POST', `/tasks/${id}/complete`, { as: REVIEWER, body: { decision: 'ENDORSE', score: 90 } }),
      404,
      'TASK_NOT_FOUND',
    );
    expectError(await request('GET', '/cycles/NO-SUCH-CYCLE', { as: 'admin' }), 404, 'CYCLE_NOT_FOUND');
  });
});
