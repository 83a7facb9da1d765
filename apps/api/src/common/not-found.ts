import { HttpStatus } from '@nestjs/common';
import { ApiError } from './api-error.js';

/** 404s of the things the API reads, each with its reason. */
export const nominationNotFound = (id: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'NOMINATION_NOT_FOUND', `Không tìm thấy hồ sơ đề nghị có mã ${id}.`);
export const cycleNotFound = (code: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'CYCLE_NOT_FOUND', `Không tìm thấy đợt xét có mã ${code}.`);
export const taskNotFound = (id: string) => new ApiError(HttpStatus.NOT_FOUND, 'TASK_NOT_FOUND', `Không tìm thấy nhiệm vụ có mã ${id}.`);
