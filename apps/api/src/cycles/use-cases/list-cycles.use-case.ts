import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CycleEntity } from '#persistence';
import type { Repository } from 'typeorm';
import { toCycleResponse, type CycleResponse } from '../cycle.response.js';

/** Every cycle, the latest cutoff first. */
@Injectable()
export class ListCyclesUseCase {
  constructor(@InjectRepository(CycleEntity) private readonly cycles: Repository<CycleEntity>) {}

  async execute(): Promise<CycleResponse[]> {
    const cycles = await this.cycles.find({ order: { submissionCutoff: 'DESC' } });
    return cycles.map((c) => toCycleResponse(c));
  }
}
