import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ROLES, type Role } from '#domain';
import type { BlockListEntry, BlockPosition, UnitListEntry, UserProfile } from '#persistence';

const BLOCK_POSITIONS: BlockPosition[] = ['LEADER', 'DEPUTY', 'MEMBER'];

@ApiSchema({ name: 'Unit' })
export class UnitResponse implements UnitListEntry {
  @ApiProperty({ example: 'BQLDA-DTXD' }) code: string;
  @ApiProperty({ example: 'Ban Quản lý Dự án Đầu tư và Xây dựng' }) name: string;
  @ApiProperty({ example: 'KHOI-VI' }) blockCode: string;
}

@ApiSchema({ name: 'Block' })
export class BlockResponse implements BlockListEntry {
  @ApiProperty({ example: 'KHOI-VI' }) code: string;
  @ApiProperty({ example: 'Khối thi đua số VI' }) name: string;
  @ApiProperty({ example: 'BAO-TNMT', description: 'Khối trưởng: reviews its members’ nominations' }) leaderUnitCode: string;
  @ApiProperty({ example: 'CTY-TNMT-MN', description: 'Khối phó: reviews the leader’s own nominations' }) deputyUnitCode: string;
}

@ApiSchema({ name: 'MeUnit' })
export class MeUnitResponse {
  @ApiProperty({ example: 'BQLDA-DTXD' }) code: string;
  @ApiProperty({ example: 'Ban Quản lý Dự án Đầu tư và Xây dựng' }) name: string;
}

@ApiSchema({ name: 'MeBlock' })
export class MeBlockResponse {
  @ApiProperty({ example: 'KHOI-VI' }) code: string;
  @ApiProperty({ example: 'Khối thi đua số VI' }) name: string;
  @ApiProperty({ enum: BLOCK_POSITIONS, enumName: 'BlockPosition', description: 'The unit leads the block, deputises, or is a member' })
  position: BlockPosition;
}

/** The signed-in person: roles, unit, and the unit's block with its place in it. */
@ApiSchema({ name: 'Me' })
export class MeResponse implements UserProfile {
  @ApiProperty({ example: 'unit.BQLDA-DTXD' }) username: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles: Role[];
  @ApiProperty({ type: MeUnitResponse, nullable: true, description: 'Only for a unit officer' }) unit: MeUnitResponse | null;
  @ApiProperty({ type: MeBlockResponse, nullable: true, description: 'The block of the unit, when there is a unit' })
  block: MeBlockResponse | null;
}
