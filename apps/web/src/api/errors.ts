/**
 * A refusal of the API as the screens show it. The API answers
 * `{ statusCode, code, message, errors?: [{ field, code, message }] }` with a Vietnamese
 * message; an answer without one (a proxy, a crash) gets a Vietnamese message by status.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
}

const BY_STATUS: Record<number, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ.',
  401: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  409: 'Thao tác không thực hiện được ở trạng thái hiện tại của hồ sơ.',
  422: 'Yêu cầu không thể xử lý theo quy định của đợt xét chọn.',
  429: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
  503: 'Hệ thống chưa trả lời kịp; yêu cầu có thể vẫn được ghi nhận. Vui lòng xem lại trước khi thử lại.',
};

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

interface ErrorBody {
  statusCode?: number;
  code?: string;
  message?: string | string[];
  errors?: FieldError[];
}

export function toApiError(status: number, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const message = Array.isArray(b.message) ? b.message.join('; ') : b.message;
  // Only a Vietnamese message is shown as it is; anything else is replaced by the status's own.
  const shown =
    message && VIETNAMESE.test(message)
      ? message
      : (BY_STATUS[status] ?? (status >= 500 ? 'Lỗi hệ thống, vui lòng thử lại sau.' : 'Không thực hiện được.'));
  return new ApiError(status, b.code ?? `HTTP_${status}`, shown, b.errors ?? []);
}

/** Unwraps an openapi-fetch result: its data, or an ApiError for the screens. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}
