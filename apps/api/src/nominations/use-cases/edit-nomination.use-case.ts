import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nomineeIdentity, type Actor, type NominationView } from '#domain';
import { claimNominee } from '#persistence';
import { editDossierUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import type { EditNominationDto } from '../dto/submit-nomination.dto.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';

export interface EditNominationCommand {
  nominationId: string;
  edit: EditNominationDto;
  actor: Actor;
}

/**
 * The unit changes its draft, or its dossier under revision. A change of who the nominee is
 * (name, date of birth) moves the nominee's claim in the cycle: refused if someone else holds it.
 */
@Injectable()
export class EditNominationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getNomination: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ nominationId, edit, actor }: EditNominationCommand): Promise<NominationView> {
    const view = await this.getNomination.execute(nominationId, actor);
    const nominee = edit.nominee && {
      ...edit.nominee,
      ...(edit.nominee.fullName !== undefined && { fullName: edit.nominee.fullName.replace(/\s+/g, ' ').normalize('NFC') }),
    };
    const before = nomineeIdentity(view.unitCode, view.nominee);
    const after = nomineeIdentity(view.unitCode, { ...view.nominee, ...nominee });
    const dossier = {
      ...(nominee && { nominee }),
      ...(edit.achievements !== undefined && { achievements: edit.achievements.normalize('NFC') }),
      ...(edit.initiatives !== undefined && { initiatives: edit.initiatives.map((i) => i.normalize('NFC')) }),
    };
    if (after === before) return this.workflows.update(view.workflowId, editDossierUpdate, [{ actor, edit: dossier }]);
    await this.claim(view, after);
    try {
      const edited = await this.workflows.update(view.workflowId, editDossierUpdate, [{ actor, edit: dossier }]);
      await this.dataSource.query(`DELETE FROM nominee_claims WHERE nomination_id = $1 AND identity_key = $2`, [view.id, before]);
      return edited;
    } catch (err) {
      // Refused: the dossier keeps its nominee, and so its claim.
      await this.dataSource.query(`DELETE FROM nominee_claims WHERE nomination_id = $1 AND identity_key = $2`, [view.id, after]);
      throw err;
    }
  }

  /** Claims the nominee the edit names, or refuses (409) naming the nomination that holds them. */
  private async claim(view: NominationView, identityKey: string): Promise<void> {
    const claim = await claimNominee(this.dataSource, {
      cycleCode: view.cycleCode,
      identityKey,
      nominationId: view.id,
      unitCode: view.unitCode,
    });
    if ('heldBy' in claim) {
      const message = `Người này đã được đơn vị ${claim.heldBy.unitCode} đề nghị trong đợt ${view.cycleCode} (hồ sơ ${claim.heldBy.nominationId}).`;
      throw new ApiError(HttpStatus.CONFLICT, 'NOMINEE_ALREADY_NOMINATED', message, [
        { field: 'nominee.fullName', code: 'NOMINEE_ALREADY_NOMINATED', message },
      ]);
    }
  }
}
