import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { Nomination } from '../../../api/types';

/**
 * A decision on a nomination: on success, every screen that shows it (the dossier, the
 * timeline, the inbox, the lists) is refreshed and the person is told in a sentence.
 */
export function useNominationAction<V>(nominationId: string, run: (values: V) => Promise<Nomination>, done: string) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async (nomination) => {
      client.setQueryData(['nomination', nominationId], nomination);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['nomination', nominationId] }),
        client.invalidateQueries({ queryKey: ['timeline', nominationId] }),
        client.invalidateQueries({ queryKey: ['tasks'] }),
        client.invalidateQueries({ queryKey: ['nominations'] }),
      ]);
      void message.success(done);
    },
  });
}
