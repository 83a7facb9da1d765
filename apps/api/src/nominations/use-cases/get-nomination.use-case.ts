import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUnsubmittedDraft, type Actor, type NominationView } from '#domain';
import { documentVersionsOf, NominationRow } from '#persistence';
import type { DataSource } from 'typeorm';
import { nominationNotFound } from '../../common/not-found.js';

/**
 * One nomination as the read model holds it (404 if there is none). A draft, or one never
 * submitted, is its unit's only: to anyone else asking (`actor`) it does not exist.
 */
@Injectable()
export class GetNominationUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string, actor?: Actor): Promise<NominationView> {
    const row = await this.dataSource.getRepository(NominationRow).findOne({ where: { id } });
    if (!row || (actor && isUnsubmittedDraft(row.view) && actor.unitCode !== row.unitCode)) throw nominationNotFound(id);
    return row.view;
  }

  /** The nomination as one reads it: each uploaded document with every version of it, oldest first. */
  async read(id: string, actor: Actor): Promise<NominationView> {
    const view = await this.execute(id, actor);
    if (!view.documents.some((d) => d.documentId)) return view;
    const histories = new Map((await documentVersionsOf(this.dataSource, id)).map((h) => [h.documentId, h.versions]));
    const versionsOf = (documentId: string) =>
      (histories.get(documentId) ?? []).map(({ id, version, filename, contentType, size, sha256, uploadedBy, uploadedAt }) => ({
        id,
        version,
        filename,
        contentType,
        size,
        sha256,
        uploadedBy,
        uploadedAt,
      }));
    return { ...view, documents: view.documents.map((d) => (d.documentId ? { ...d, versions: versionsOf(d.documentId) } : d)) };
  }
}
