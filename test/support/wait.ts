/** Waits for something the system does on its own (a timer fired, a mail sent). */
export async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms: ${done.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `read` gives something (not undefined) and returns it; a failure names `what`. */
export async function waitForValue<T>(read: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
