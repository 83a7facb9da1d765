/** The signed-in user's bearer token, kept in this browser until sign-out or expiry. */
const KEY = 'commendation.token';
const listeners = new Set<() => void>();

export function readToken(): string | null {
  return localStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  localStorage.setItem(KEY, token);
  listeners.forEach((l) => l());
}

export function clearSession(): void {
  if (localStorage.getItem(KEY) === null) return;
  localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Signing in or out in another tab of the same browser does the same here.
window.addEventListener('storage', (event) => {
  if (event.key === KEY) listeners.forEach((l) => l());
});
