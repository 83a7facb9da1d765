import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { blockList } from '#persistence';
import type { DataSource } from 'typeorm';
import type { BlockResponse } from '../organisation.response.js';

/** Every block (Khối/Cụm thi đua) with its leader and deputy units. */
@Injectable()
export class ListBlocksUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(): Promise<BlockResponse[]> {
    return blockList(this.dataSource);
  }
}
