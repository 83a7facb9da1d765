/**
 * Reads until `done(value)` holds or `timeoutMs` has passed, and returns the last value read, done
 * or not: the one poll loop of the tests. Callers assert on what it returns (or use the helpers
 * below), so a timeout fails with what was there.
 */
export async function lastRead<T>(read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for something the system does on its own (a timer fired, a mail sent). */
export async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  if (!(await lastRead(done, (ok) => ok, timeoutMs))) throw new Error(`not done within ${timeoutMs} ms: ${done.toString()}`);
}

/** Waits until `read` gives something (not undefined) and returns it; a failure names `what`. */
export async function waitForValue<T>(read: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const value = await lastRead(read, (v) => v !== undefined, timeoutMs);
  if (value === undefined) throw new Error(`no ${what} within ${timeoutMs} ms`);
  return value;
}
