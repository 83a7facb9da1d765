import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '#config';

@ApiSchema({ name: 'ClientSettings' })
export class ClientSettingsResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The Temporal Web UI, where administrators open a nomination’s workflow' })
  temporalUiUrl: string | null;
  @ApiProperty({
    enum: ['REGISTER', 'RECORDS_OFFICE'],
    description: 'Who numbers a decision: the engine’s register, or the records office (văn thư), whose number the signer enters',
  })
  decisionNumbering: 'REGISTER' | 'RECORDS_OFFICE';
}

/** What the web app needs to know of this installation. */
@ApiTags('settings')
@ApiBearerAuth()
@Controller('config')
export class SettingsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOkResponse({ type: ClientSettingsResponse })
  get(): ClientSettingsResponse {
    return { temporalUiUrl: this.config.temporal.uiUrl ?? null, decisionNumbering: this.config.documents.numbering };
  }
}
