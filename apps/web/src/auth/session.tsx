import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Me } from '../api/types';
import { onSessionChange, readToken } from './token';

/** The bearer token, re-rendering on sign-in and sign-out (also in other tabs). */
export function useToken(): string | null {
  return useSyncExternalStore(onSessionChange, readToken);
}

/** Who is signed in (GET /me), or null while signed out. */
export function useMe(): { me: Me | undefined; loading: boolean } {
  const token = useToken();
  const client = useQueryClient();
  useEffect(() => {
    if (!token) client.clear(); // nothing of the last user stays on screen
  }, [token, client]);
  const query = useQuery({
    queryKey: ['me', token],
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    enabled: !!token,
    staleTime: 60_000,
  });
  return { me: token ? query.data : undefined, loading: !!token && query.isPending };
}

export const hasRole = (me: Me | undefined, ...roles: string[]): boolean => !!me && me.roles.some((r) => roles.includes(r));
