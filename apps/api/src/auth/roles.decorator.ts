import { SetMetadata } from '@nestjs/common';
import type { Role } from '#domain';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Only callers with one of these roles may call the handler (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No token needed (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
