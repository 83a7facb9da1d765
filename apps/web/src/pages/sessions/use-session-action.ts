import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { CouncilSession } from '../../api/types';

/**
 * A step of a council session: on success the session's screens (this page, the cycle's list,
 * the inbox, the dossiers on its agenda) are refreshed and the person is told in a sentence.
 */
export function useSessionAction<V>(sessionId: string, run: (values: V) => Promise<unknown>, done: string) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async (answer) => {
      if (answer && typeof answer === 'object' && 'agenda' in answer)
        client.setQueryData(['council-session', sessionId], answer as CouncilSession);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['council-session', sessionId] }),
        client.invalidateQueries({ queryKey: ['council-sessions'] }),
        client.invalidateQueries({ queryKey: ['tasks'] }),
        client.invalidateQueries({ queryKey: ['nominations'] }),
      ]);
      void message.success(done);
    },
  });
}
