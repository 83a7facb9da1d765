import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unitList } from '#persistence';
import type { DataSource } from 'typeorm';
import type { UnitResponse } from '../organisation.response.js';

/** Every unit, by block then name. */
@Injectable()
export class ListUnitsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(): Promise<UnitResponse[]> {
    return unitList(this.dataSource);
  }
}
