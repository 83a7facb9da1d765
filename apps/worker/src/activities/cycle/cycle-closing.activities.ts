import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { nominationsInProgress } from '#persistence';
import { cycleClosedSignal, type CycleActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import { signalEach } from '../fan-out.js';
import type { Input } from './input.js';

/** The cycle's end: what is still in progress after the conference is told so. */
@Injectable()
export class CycleClosingActivitiesService implements Pick<CycleActivities, 'closeNominations'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  /** After the conference: every nomination still in progress is told the cycle has closed, a few at a time. */
  async closeNominations({ cycleCode, conferenceDate }: Input<'closeNominations'>): Promise<{ signalled: number }> {
    const open = await nominationsInProgress(this.dataSource, cycleCode);
    const signalled = await signalEach(
      this.temporal,
      open.map((n) => n.workflowId),
      cycleClosedSignal,
      [{ conferenceDate }],
      (offset) => offset,
    );
    return { signalled };
  }
}
