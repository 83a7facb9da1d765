import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { CompleteTaskBody, Nomination } from '../../../api/types';

/** A nomination's own task answers with the nomination (a session ballot or a decision on a list answers otherwise). */
export const completeTask = async (taskId: string, body: CompleteTaskBody): Promise<Nomination> =>
  (await unwrap(api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: taskId } }, body }))) as Nomination;
