import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { awardIdentityKey, awardTitleName, parseDate, tidyName, type AwardHolder, type FieldProblem } from '#domain';
import { awardsOf } from '#persistence';
import type { DataSource } from 'typeorm';
import { invalidFields } from '../../common/api-error.js';
import type { AwardRecordResponse } from '../award-history.response.js';
import type { AwardHistoryQuery } from '../dto/award-history.query.js';

/** A holder's history: an individual by name and date of birth, a collective by name within its unit. */
@Injectable()
export class FindAwardHistoryUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: AwardHistoryQuery): Promise<AwardRecordResponse[]> {
    const records = await awardsOf(this.dataSource, awardIdentityKey(holderOf(query)));
    return records.map(({ identityKey: _key, ...r }) => ({ ...r, titleName: awardTitleName(r.titleCode) }));
  }
}

/** The holder a query names, or 400 VALIDATION_FAILED naming each field in Vietnamese. */
function holderOf(query: AwardHistoryQuery): AwardHolder {
  const problems: FieldProblem[] = [];
  const fullName = tidyName(query.fullName ?? '');
  const dob = query.dateOfBirth?.trim();
  const unitCode = query.unitCode?.trim().toUpperCase();
  if (!fullName) problems.push({ field: 'fullName', code: 'isNotEmpty', message: 'Họ và tên (hoặc tên tập thể) không được để trống' });
  else if (fullName.length > 200)
    problems.push({ field: 'fullName', code: 'maxLength', message: 'Họ và tên không được dài quá 200 ký tự' });
  // Only yyyy-MM-dd: a query is written by a program, and dd/MM against MM/dd must not be guessed.
  const dateOfBirth = dob && /^\d{4}-\d{2}-\d{2}$/.test(dob) ? parseDate(dob) : null;
  if (dob && !dateOfBirth) {
    problems.push({
      field: 'dateOfBirth',
      code: 'matches',
      message: 'Ngày sinh phải là một ngày có thật theo dạng năm-tháng-ngày (ví dụ 1980-09-05)',
    });
  }
  if (!dob && !unitCode) {
    problems.push({
      field: 'dateOfBirth',
      code: 'isNotEmpty',
      message: 'Cần ngày sinh (cá nhân) hoặc mã đơn vị (tập thể) để xác định đúng người, đúng tập thể',
    });
  }
  if (problems.length > 0) throw invalidFields(problems);
  if (dateOfBirth) return { kind: 'INDIVIDUAL', fullName, dateOfBirth };
  return { kind: 'COLLECTIVE', fullName, unitCode: unitCode as string };
}
