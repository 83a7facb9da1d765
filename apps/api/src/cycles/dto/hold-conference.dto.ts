import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Trim } from '../../common/validators.js';

/** The conference as actually held: its day (Hanoi calendar) and its place, which the honour list prints. */
export class HoldConferenceDto {
  @ApiProperty({ example: '2018-06-08', description: 'The day it was held, yyyy-MM-dd (Hanoi); not before the cutoff, not in the future' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn must be a day as yyyy-MM-dd' })
  heldOn: string;

  @ApiProperty({ example: 'Hội trường Bộ Tài nguyên và Môi trường, 10 Tôn Thất Thuyết, Hà Nội' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place: string;
}
