import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { hasRole, Role, type Actor, type SessionView } from '#domain';
import { cycleCouncil, displayNames } from '#persistence';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import type { PrintableDocument } from '../../common/document-file.js';
import { GetCycleUseCase } from '../../cycles/use-cases/get-cycle.use-case.js';
import { renderMinutesHtml, renderMinutesPdf } from '../../documents/index.js';
import { hasMinutes, minutesData } from '../minutes-data.js';
import { sessionNotClosed } from './council-refusals.js';
import { GetSessionUseCase } from './session-reads.use-case.js';

/** Who reads a session's minutes: the standing office, the administrator, the ministry's leaders and the cycle's council. */
export const MINUTES_READERS = [Role.STANDING_OFFICE, Role.ADMIN, Role.MINISTER, Role.DEPUTY_MINISTER, Role.COUNCIL_MEMBER];

/**
 * The vote-count minutes (biên bản kiểm phiếu) of a session that has ended: 404 for an unknown
 * session, 403 for a council member not on the cycle's council, 409 while it is a draft or voting.
 */
@Injectable()
export class SessionMinutesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: GetSessionUseCase,
    private readonly getCycle: GetCycleUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ sessionId, actor }: { sessionId: string; actor: Actor }): Promise<PrintableDocument> {
    const session = await this.sessions.execute(sessionId);
    await this.requireReader(session, actor);
    if (!hasMinutes(session)) throw sessionNotClosed(session);
    const cycle = await this.getCycle.execute(session.cycleCode);
    const { units } = await displayNames(this.dataSource, {
      usernames: [],
      unitCodes: [...new Set(session.agenda.map((i) => i.unitCode))],
      blockCodes: [],
    });
    const data = minutesData({
      session,
      cycleTitle: cycle.title,
      unitNames: units,
      ministryName: this.config.documents.ministryName,
      place: this.config.documents.place,
    });
    return {
      name: `Biên bản kiểm phiếu – ${session.title}`,
      suffix: session.id.slice(0, 8),
      pdf: () => renderMinutesPdf(data),
      html: () => renderMinutesHtml(data),
    };
  }

  /** A council member reads the minutes of the cycle's own council only (as named now, or as it stood at the session). */
  private async requireReader(session: SessionView, actor: Actor): Promise<void> {
    if (hasRole(actor, ...MINUTES_READERS.filter((r) => r !== Role.COUNCIL_MEMBER))) return;
    if (session.members.some((m) => m.username === actor.username)) return;
    if ((await cycleCouncil(this.dataSource, session.cycleCode)).some((m) => m.username === actor.username)) return;
    throw new ApiError(
      HttpStatus.FORBIDDEN,
      'NOT_COUNCIL_MEMBER',
      `Đồng chí không phải thành viên Hội đồng của đợt xét ${session.cycleCode}; biên bản kiểm phiếu của phiên họp này dành cho Hội đồng của đợt, Thường trực Hội đồng và lãnh đạo Bộ.`,
    );
  }
}
