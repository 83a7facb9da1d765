import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { hasRole, type Actor, type Role } from '#domain';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

/**
 * Every endpoint needs a bearer token unless marked @Public(); @Roles() narrows it further.
 * 401 without a valid token, 403 with a message when the role does not allow the action.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer token is required: POST /api/v1/auth/login');
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string; name: string; roles: Role[]; unitCode?: string }>(token);
      request.actor = { username: payload.sub, fullName: payload.name, roles: payload.roles, unitCode: payload.unitCode };
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired: log in again');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !hasRole(request.actor, ...roles)) {
      throw new ForbiddenException(`This action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
