import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionView } from '#domain';
import { sessionsOfCycle, sessionView } from '#persistence';
import type { DataSource } from 'typeorm';
import { sessionNotFound } from './council-refusals.js';

/** One session as its read model has it (404 if there is none). */
@Injectable()
export class GetSessionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<SessionView> {
    const view = await sessionView(this.dataSource, id);
    if (!view) throw sessionNotFound(id);
    return view;
  }
}

/** The sessions of a cycle, by meeting time. */
@Injectable()
export class ListSessionsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(cycleCode: string): Promise<SessionView[]> {
    return sessionsOfCycle(this.dataSource, cycleCode);
  }
}
