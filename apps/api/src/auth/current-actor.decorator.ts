import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '#domain';

/** The authenticated caller, as the auth guard put it on the request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
