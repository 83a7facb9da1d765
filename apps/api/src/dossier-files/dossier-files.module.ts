import { Module } from '@nestjs/common';
import { WorkflowGatewayModule } from '../common/workflow-gateway.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { DossierFilesController } from './dossier-files.controller.js';
import { DossierFiles } from './dossier-files.js';

/** The files of dossiers: uploads to a draft or a dossier under revision, and reading them back. */
@Module({
  imports: [WorkflowGatewayModule, NominationsModule],
  controllers: [DossierFilesController],
  providers: [DossierFiles],
})
export class DossierFilesModule {}
