import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CycleEntity } from '#persistence';
import type { Repository } from 'typeorm';
import { cycleNotFound } from '../../common/not-found.js';

/** One cycle (404 if there is none by that code). */
@Injectable()
export class GetCycleUseCase {
  constructor(@InjectRepository(CycleEntity) private readonly cycles: Repository<CycleEntity>) {}

  async execute(code: string): Promise<CycleEntity> {
    const cycle = await this.cycles.findOne({ where: { code } });
    if (!cycle) throw cycleNotFound(code);
    return cycle;
  }
}
