import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { DomainError } from '#domain';
import { httpErrorFor } from './workflow-errors.js';

/** A DomainError that reaches the edge becomes its 4xx, never a 500. */
@Catch(DomainError)
export class DomainErrorFilter extends BaseExceptionFilter implements ExceptionFilter {
  override catch(error: DomainError, host: ArgumentsHost): void {
    super.catch(httpErrorFor(error), host);
  }
}
