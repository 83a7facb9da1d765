import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'unit.BQLDA-DTXD' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'demo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}
