import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';

/** The API's own pattern for a number the records office gives (382/QĐ-BTNMT). */
export const DOCUMENT_NUMBER = /^\d{1,6}\/[\p{L}\p{N}.-]{2,20}$/u;

/**
 * Whether the Ministry's records office (văn thư) numbers the minister's decisions, so the person
 * signing one enters the number it gave; otherwise the engine's register numbers them.
 */
export function useRecordsOfficeNumbering(): boolean {
  const config = useQuery({ queryKey: ['config'], queryFn: () => unwrap(api.GET('/api/v1/config')), staleTime: Infinity });
  return config.data?.decisionNumbering === 'RECORDS_OFFICE';
}
