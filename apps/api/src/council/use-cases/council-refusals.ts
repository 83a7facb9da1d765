import { HttpStatus } from '@nestjs/common';
import type { SessionView } from '#domain';
import type { CycleEntity } from '#persistence';
import { ApiError } from '../../common/api-error.js';

export const sessionNotFound = (id: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'SESSION_NOT_FOUND', `Không tìm thấy phiên họp có mã ${id}.`);
export const proposalNotFound = (id: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'PROPOSAL_NOT_FOUND', `Không tìm thấy tờ trình có mã ${id}.`);
export const decisionNotFound = (id: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'DECISION_NOT_FOUND', `Không tìm thấy quyết định có mã ${id}.`);

/** Minutes exist once the session has ended: a draft or a session still voting has none. */
export const sessionNotClosed = (session: Pick<SessionView, 'title' | 'status'>) =>
  new ApiError(
    HttpStatus.CONFLICT,
    'SESSION_NOT_CLOSED',
    `Phiên họp “${session.title}” ${session.status === 'DRAFT' ? 'chưa mở bỏ phiếu' : 'đang bỏ phiếu'}; biên bản kiểm phiếu chỉ được lập sau khi phiên họp kết thúc.`,
  );

/** Sessions and proposals exist only in a cycle created for them (older cycles vote per nomination). */
export function requireSessionCycle(cycle: CycleEntity): void {
  if (cycle.councilProcess !== 'SESSIONS') {
    throw new ApiError(
      HttpStatus.CONFLICT,
      'SESSION_WRONG_STATUS',
      `Đợt ${cycle.code} được tạo trước khi có phiên họp Hội đồng: mỗi hồ sơ của đợt được bỏ phiếu và quyết định riêng.`,
    );
  }
}
