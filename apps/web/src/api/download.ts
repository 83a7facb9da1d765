import { readToken } from '../auth/token';
import { toApiError } from './errors';

/** A file the API serves to signed-in users: the token goes in a header, never in the address. */
export async function fetchFile(path: string): Promise<Blob> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${readToken() ?? ''}` } });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  return response.blob();
}

/** Downloads a file the API serves to signed-in users. */
export async function download(path: string, filename: string): Promise<void> {
  const url = URL.createObjectURL(await fetchFile(path));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}
