import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, Role } from '#domain';
import { userProfile } from '#persistence';
import type { DataSource } from 'typeorm';
import type { MeResponse } from '../organisation.response.js';

/** The signed-in person as the database has them now: roles, unit, block and the unit's place in it. */
@Injectable()
export class GetMeUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor): Promise<MeResponse> {
    const profile = await userProfile(this.dataSource, actor.username);
    if (!profile) throw new NotFoundException(`No user ${actor.username}`);
    return { ...profile, roles: profile.roles as Role[] };
  }
}
