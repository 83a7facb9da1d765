import { Injectable } from '@nestjs/common';
import type { Actor, SessionView } from '#domain';
import type { WrittenOpinionDto } from '../dto/council-session.dto.js';
import { PutBallotUseCase } from './put-ballot.use-case.js';
import { GetSessionUseCase } from './session-reads.use-case.js';

/** The standing office records an absent member's written opinion, which counts as that member's ballot. */
@Injectable()
export class RecordWrittenOpinionUseCase {
  constructor(
    private readonly sessions: GetSessionUseCase,
    private readonly ballots: PutBallotUseCase,
  ) {}

  async execute({ sessionId, body, actor }: { sessionId: string; body: WrittenOpinionDto; actor: Actor }): Promise<SessionView> {
    const session = await this.sessions.execute(sessionId);
    return this.ballots.execute({
      session,
      member: body.member,
      via: 'WRITTEN_OPINION',
      documentId: body.documentId,
      choices: body.choices,
      actor,
    });
  }
}
