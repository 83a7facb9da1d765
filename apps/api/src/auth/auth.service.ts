import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import type { Role } from '#domain';
import { UserEntity } from '#persistence';
import { ApiError } from '../common/api-error.js';
import type { Repository } from 'typeorm';

export interface LoginResult {
  accessToken: string;
  user: { username: string; fullName: string; roles: Role[]; unitCode?: string };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.users.findOne({ where: { username } });
    // Same answer for an unknown user and a wrong password: no probing for usernames.
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'WRONG_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    const roles = user.roles as Role[];
    const unitCode = user.unitCode ?? undefined;
    const accessToken = await this.jwt.signAsync({ sub: user.username, name: user.fullName, roles, unitCode });
    return { accessToken, user: { username: user.username, fullName: user.fullName, roles, ...(unitCode ? { unitCode } : {}) } };
  }
}
