import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import type { Actor, NominationView } from '#domain';
import { BlockEntity, NominationRow, readDocumentVersion, storeDocumentVersion, type StoredDocumentVersion } from '#persistence';
import { attachDocumentUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { WorkflowGateway } from '../common/workflow-gateway.js';
import { GetNominationUseCase } from '../nominations/use-cases/get-nomination.use-case.js';
import { canReadDossier } from './can-read-dossier.js';
import { inspectUpload } from './inspect-upload.js';
import { uploadedFilename } from './upload-messages.js';

export interface Upload {
  nominationId: string;
  kind: string;
  title: string;
  documentId?: string;
  /** As multer gives it: the name in latin1 (a browser sends UTF-8 bytes), the content in memory. */
  file: { originalname: string; buffer: Buffer } | undefined;
  actor: Actor;
}

/**
 * A unit uploads a document (or a new version of one) to its draft or its dossier under revision.
 * The file is checked, stored and recorded on the nomination in one transaction: if the
 * nomination refuses it (not the unit's, not at that stage), the file is not kept either.
 */
@Injectable()
export class DossierFiles {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly nominations: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async upload({ nominationId, kind, title, documentId, file, actor }: Upload): Promise<NominationView> {
    const view = await this.nominations.execute(nominationId, actor);
    if (!file) {
      const message = 'Vui lòng chọn tệp để tải lên.';
      throw new ApiError(HttpStatus.BAD_REQUEST, 'FILE_REQUIRED', message, [{ field: 'file', code: 'FILE_REQUIRED', message }]);
    }
    const filename = uploadedFilename(file.originalname);
    const contentType = await inspectUpload(filename, file.buffer, this.config.uploads);
    return this.dataSource.transaction(async (m) => {
      const document = await storeDocumentVersion(m, {
        nominationId,
        kind,
        title: title.normalize('NFC'),
        filename,
        contentType,
        content: file.buffer,
        uploadedBy: actor.username,
        documentId,
      });
      if (!document) {
        const message = `Hồ sơ không có tài liệu ${documentId} để thay bằng phiên bản mới.`;
        throw new ApiError(HttpStatus.NOT_FOUND, 'DOCUMENT_NOT_FOUND', message, [
          { field: 'documentId', code: 'DOCUMENT_NOT_FOUND', message },
        ]);
      }
      return this.workflows.update(view.workflowId, attachDocumentUpdate, [{ actor, document }]);
    });
  }

  /** A version's file, to those who may read its nomination; 404 to anyone else, as if it did not exist. */
  async read(id: string, actor: Actor): Promise<StoredDocumentVersion> {
    const version = await readDocumentVersion(this.dataSource, id);
    const row = version && (await this.dataSource.getRepository(NominationRow).findOneBy({ id: version.nominationId }));
    const block = row && (await this.dataSource.getRepository(BlockEntity).findOneBy({ code: row.blockCode }));
    if (!version || !row || !block || !canReadDossier(actor, row.view, block)) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'DOCUMENT_NOT_FOUND', `Không tìm thấy tài liệu ${id}.`);
    }
    return version;
  }
}
