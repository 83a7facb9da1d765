/**
 * One step of a test that tells a story in order (a calendar that only moves forward): a failure
 * names the step. Steps run in the one test, so no test depends on another having run first.
 */
export async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof Error) {
      const prefix = `step "${name}": `;
      if (err.stack?.includes(err.message)) err.stack = err.stack.replace(err.message, prefix + err.message);
      err.message = prefix + err.message;
    }
    throw err;
  }
}
