import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type SessionMember } from '#domain';
import { councilCandidates, cycleCouncil, replaceCouncil, type CouncilCandidate } from '#persistence';
import type { DataSource } from 'typeorm';
import { invalidFields } from '../../common/api-error.js';
import { GetCycleUseCase } from '../../cycles/use-cases/get-cycle.use-case.js';
import type { NameCouncilDto } from '../dto/council-session.dto.js';

/** The cycle's council: who is named for it, the chair and the secretary. */
@Injectable()
export class CycleCouncilUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
  ) {}

  async get(cycleCode: string): Promise<SessionMember[]> {
    await this.getCycle.execute(cycleCode);
    return cycleCouncil(this.dataSource, cycleCode);
  }

  /** Who may be named to the council: everyone with the council member role, named or not. */
  async candidates(cycleCode: string): Promise<CouncilCandidate[]> {
    await this.getCycle.execute(cycleCode);
    return councilCandidates(this.dataSource);
  }

  /** Names the council anew: council members only, one chair and one secretary, nobody twice. Sessions already open keep theirs. */
  async name(cycleCode: string, body: NameCouncilDto): Promise<SessionMember[]> {
    await this.getCycle.execute(cycleCode);
    const rows: { username: string }[] = await this.dataSource.query(
      `SELECT username FROM users WHERE username = ANY($1) AND $2 = ANY(roles)`,
      [body.members.map((m) => m.username), Role.COUNCIL_MEMBER],
    );
    const known = new Set(rows.map((r) => r.username));
    const seen = new Set<string>();
    const problems = body.members.flatMap((m, i) => {
      const p = [];
      if (!known.has(m.username))
        p.push({ field: `members.${i}.username`, code: 'notCouncilMember', message: `${m.username} không phải thành viên Hội đồng` });
      if (seen.has(m.username)) p.push({ field: `members.${i}.username`, code: 'duplicate', message: `${m.username} có tên hai lần` });
      seen.add(m.username);
      return p;
    });
    for (const role of ['CHAIR', 'SECRETARY'] as const) {
      const count = body.members.filter((m) => m.councilRole === role).length;
      if (count !== 1)
        problems.push({
          field: 'members',
          code: `one${role === 'CHAIR' ? 'Chair' : 'Secretary'}`,
          message: `Hội đồng cần đúng một ${role === 'CHAIR' ? 'Chủ tịch' : 'Thư ký'} (có ${count})`,
        });
    }
    if (body.members.length < 3)
      problems.push({ field: 'members', code: 'atLeastThree', message: `Hội đồng cần ít nhất 3 thành viên (có ${body.members.length})` });
    if (problems.length) throw invalidFields(problems);
    await replaceCouncil(this.dataSource, cycleCode, body.members);
    return cycleCouncil(this.dataSource, cycleCode);
  }
}
