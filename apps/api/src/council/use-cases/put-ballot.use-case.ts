import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  candidatesFor,
  DECISION_LABELS,
  SessionStatus,
  type Actor,
  type BallotChoice,
  type BallotVia,
  type FieldProblem,
  type SessionView,
} from '#domain';
import { ballotKey, putBallotInBox } from '#persistence';
import { ballotReceivedUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';

export interface BallotSheet {
  session: SessionView;
  member: string;
  via: BallotVia;
  documentId?: string;
  choices: { nominationId: string; choice: BallotChoice }[];
  actor: Actor;
}

/**
 * Puts one member's ballot (or written opinion) in the session's box. The choices go straight to
 * PostgreSQL, apart from the voter (see putBallotInBox), and never to Temporal: the session's
 * workflow hears only that the member has voted. A ballot covers every candidate the member is not
 * recused for, once; anything else is refused with what is missing, and nothing is written.
 */
@Injectable()
export class PutBallotUseCase {
  private readonly ballotKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: WorkflowGateway,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ballotKey = ballotKey(config.ballotKey);
  }

  async execute(sheet: BallotSheet): Promise<SessionView> {
    const { session, member } = sheet;
    if (session.status !== SessionStatus.VOTING) {
      throw new ApiError(HttpStatus.CONFLICT, 'SESSION_WRONG_STATUS', `Phiên họp “${session.title}” không trong thời gian bỏ phiếu.`);
    }
    if (!session.ballots.some((b) => b.member === member)) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'NOT_COUNCIL_MEMBER', `${member} không phải thành viên Hội đồng của phiên họp này.`, [
        { field: 'member', code: 'notMember', message: `${member} không phải thành viên Hội đồng của phiên họp này.` },
      ]);
    }
    const problems = ballotProblems(session, member, sheet.choices);
    if (problems.length) {
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'BALLOT_INCOMPLETE',
        `Phiếu bầu chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}.`,
        problems,
      );
    }
    const refusal = await this.dataSource.transaction((m) =>
      putBallotInBox(
        m,
        { sessionId: session.id, member, via: sheet.via, documentId: sheet.documentId, choices: sheet.choices },
        this.ballotKey,
      ),
    );
    if (refusal === 'ALREADY_VOTED') {
      // Tell the session anyway: a ballot whose report was lost (the API stopped) is reported now.
      await this.report(sheet).catch(() => undefined);
      throw new ApiError(
        HttpStatus.CONFLICT,
        'ALREADY_VOTED',
        sheet.via === 'BALLOT' ? 'Đồng chí đã bỏ phiếu; phiếu bầu không sửa được.' : `Thành viên ${member} đã bỏ phiếu.`,
      );
    }
    if (refusal === 'BOX_NOT_OPEN')
      throw new ApiError(HttpStatus.CONFLICT, 'SESSION_WRONG_STATUS', `Phiên họp “${session.title}” đã kết thúc bỏ phiếu.`);
    return this.report(sheet);
  }

  private report({ session, member, via, documentId, actor }: BallotSheet): Promise<SessionView> {
    return this.workflows.update(
      session.workflowId,
      ballotReceivedUpdate,
      [{ actor, member, via, ...(documentId ? { documentId } : {}) }],
      {
        what: 'Phiên họp',
      },
    );
  }
}

/** What is wrong with a ballot sheet: a candidate missing, one not on the member's sheet, or one chosen twice. */
export function ballotProblems(
  session: SessionView,
  member: string,
  choices: { nominationId: string; choice: BallotChoice }[],
): FieldProblem[] {
  const sheet = candidatesFor(session, member);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  choices.forEach((line, i) => {
    if (!sheet.some((c) => c.nominationId === line.nominationId)) {
      problems.push({
        field: `choices.${i}.nominationId`,
        code: 'notOnBallot',
        message: `Hồ sơ ${line.nominationId} không có trên phiếu bầu này`,
      });
    } else if (seen.has(line.nominationId)) {
      problems.push({ field: `choices.${i}.nominationId`, code: 'duplicate', message: `Hồ sơ ${line.nominationId} được chọn hai lần` });
    }
    seen.add(line.nominationId);
  });
  const missing = sheet.filter((c) => !seen.has(c.nominationId));
  if (missing.length) {
    problems.push({
      field: 'choices',
      code: 'missing',
      message: `Chưa chọn ${DECISION_LABELS.AGREE.toLowerCase()}, ${DECISION_LABELS.DISAGREE.toLowerCase()} hoặc ${DECISION_LABELS.ABSTAIN.toLowerCase()} cho: ${missing.map((c) => c.nomineeName).join(', ')}`,
    });
  }
  return problems;
}
