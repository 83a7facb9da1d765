import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ROLES, type Role } from '#domain';
import type { LoginResult } from './auth.service.js';

@ApiSchema({ name: 'LoginUser' })
export class LoginUserResponse implements Readonly<LoginResult['user']> {
  @ApiProperty({ example: 'unit.BQLDA-DTXD' }) username: string;
  @ApiProperty({ example: 'Cán bộ thi đua – Ban Quản lý Dự án Đầu tư và Xây dựng' }) fullName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles: Role[];
  @ApiPropertyOptional({ example: 'BQLDA-DTXD', description: 'Only for a unit officer' }) unitCode?: string;
}

/** A bearer token for `Authorization: Bearer …`, and who it is for. */
@ApiSchema({ name: 'LoginResult' })
export class LoginResultResponse implements LoginResult {
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: LoginUserResponse }) user: LoginUserResponse;
}
