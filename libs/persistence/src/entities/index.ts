import { calendarOf, CycleEntity } from './cycle.entity.js';
import { NominationEventEntity } from './nomination-event.entity.js';
import { BlockEntity, UnitEntity, UserEntity } from './organisation.entities.js';
import { NominationRow, TaskRow } from './read-models.entities.js';

export { calendarOf, CycleEntity, NominationEventEntity, BlockEntity, UnitEntity, UserEntity, NominationRow, TaskRow };

export const ENTITIES = [BlockEntity, UnitEntity, UserEntity, CycleEntity, NominationEventEntity, NominationRow, TaskRow];
