import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';

/** Unit and block names by code (the engine's records carry codes). */
export function useOrganisation() {
  const units = useQuery({ queryKey: ['units'], queryFn: () => unwrap(api.GET('/api/v1/units')), staleTime: 10 * 60_000 });
  const blocks = useQuery({ queryKey: ['blocks'], queryFn: () => unwrap(api.GET('/api/v1/blocks')), staleTime: 10 * 60_000 });
  const unitNames = new Map((units.data ?? []).map((u) => [u.code, u.name]));
  const blockNames = new Map((blocks.data ?? []).map((b) => [b.code, b.name]));
  return {
    units: units.data ?? [],
    blocks: blocks.data ?? [],
    unitName: (code: string) => unitNames.get(code) ?? code,
    blockName: (code: string) => blockNames.get(code) ?? code,
  };
}
