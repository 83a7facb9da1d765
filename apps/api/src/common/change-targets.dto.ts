import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';

/** The dossier's fields a change request names (checked against the dossier by the domain). */
export function ChangeRequestFields(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: [String],
      example: ['achievements'],
      description:
        'With a change request: the dossier fields to change (nominee.fullName, nominee.dateOfBirth, nominee.position, ' +
        'nominee.field, nominee.remoteArea, nominee.continuousYears, achievements, initiatives)',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
  );
}

/** The kinds of document a change request names (those the dossier has or the cycle requires). */
export function ChangeRequestDocuments(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: [String],
      example: ['BAO_CAO_THANH_TICH'],
      description: 'With a change request: the kinds of document to supply or replace',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
  );
}
