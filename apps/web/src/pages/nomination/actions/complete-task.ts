import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { CompleteTaskBody, Nomination } from '../../../api/types';

export const completeTask = (taskId: string, body: CompleteTaskBody): Promise<Nomination> =>
  unwrap(api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: taskId } }, body }));
