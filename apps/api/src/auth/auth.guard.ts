import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { hasRole, ROLE_LABELS, type Actor, type Role } from '#domain';
import { ApiError } from '../common/api-error.js';
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
    if (scheme !== 'Bearer' || !token) {
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Xin vui lòng đăng nhập để sử dụng chức năng này.');
    }
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string; name: string; roles: Role[]; unitCode?: string }>(token);
      request.actor = { username: payload.sub, fullName: payload.name, roles: payload.roles, unitCode: payload.unitCode };
    } catch {
      throw new ApiError(
        HttpStatus.UNAUTHORIZED,
        'TOKEN_INVALID',
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Xin vui lòng đăng nhập lại.',
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !hasRole(request.actor, ...roles)) {
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'FORBIDDEN_ROLE',
        `Tài khoản của bạn không có quyền thực hiện thao tác này. Thao tác này dành cho: ${roles.map((r) => ROLE_LABELS[r]).join(', ')}.`,
      );
    }
    return true;
  }
}
