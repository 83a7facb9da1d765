import { readToken } from '../auth/token';
import { toApiError } from './errors';

/** Downloads a file the API serves to signed-in users (the token goes in a header, not the address). */
export async function download(path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${readToken() ?? ''}` } });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}
