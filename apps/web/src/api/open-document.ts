import { readToken } from '../auth/token';
import { toApiError } from './errors';

/**
 * Opens a document the API serves to signed-in users (minutes, a decision) in a new tab: the
 * token goes in a header, never in the address, so the tab shows a copy fetched here.
 */
export async function openDocument(path: string): Promise<void> {
  // Opened before the fetch, while the click still counts as the person's: browsers block later pop-ups.
  const tab = window.open('', '_blank');
  const response = await fetch(path, { headers: { Authorization: `Bearer ${readToken() ?? ''}` } });
  if (!response.ok) {
    tab?.close();
    throw toApiError(response.status, await response.json().catch(() => null));
  }
  const url = URL.createObjectURL(await response.blob());
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  // The tab has loaded the copy long before a minute is up.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
