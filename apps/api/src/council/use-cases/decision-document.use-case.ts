import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { decisionById, displayNames, NominationRow } from '#persistence';
import { In, type DataSource } from 'typeorm';
import type { PrintableDocument } from '../../common/document-file.js';
import { GetCycleUseCase } from '../../cycles/use-cases/get-cycle.use-case.js';
import { renderDecisionHtml, renderDecisionPdf } from '../../documents/index.js';
import { decisionData } from '../decision-data.js';
import { decisionNotFound } from './council-refusals.js';

/** The minister's decision for the list (a published document: anyone signed in reads it), with its annexed list. */
@Injectable()
export class DecisionDocumentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(decisionId: string): Promise<PrintableDocument> {
    const decision = await decisionById(this.dataSource, decisionId);
    if (!decision) throw decisionNotFound(decisionId);
    const cycle = await this.getCycle.execute(decision.cycleCode);
    const rows = await this.dataSource.getRepository(NominationRow).findBy({ id: In(decision.nominationIds) });
    const nominations = rows.map((r) => r.view);
    const { units } = await displayNames(this.dataSource, {
      usernames: [],
      unitCodes: [...new Set(nominations.map((n) => n.unitCode))],
      blockCodes: [],
    });
    const data = decisionData({
      decision,
      cycle,
      nominations,
      unitNames: units,
      ministryName: this.config.documents.ministryName,
      place: this.config.documents.place,
    });
    return {
      name: `Quyết định số ${decision.number}`,
      pdf: () => renderDecisionPdf(data),
      html: () => renderDecisionHtml(data),
    };
  }
}
