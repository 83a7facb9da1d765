/**
 * The item of `items` that `matches`, or a failure naming `what` and what there was instead.
 * Use it where `items.find(…)?.x` would let an assertion pass on a missing item.
 */
export function findOrFail<T>(items: readonly T[], matches: (item: T) => boolean, what: string): T {
  const found = items.find(matches);
  if (found === undefined) throw new Error(`no ${what} among ${items.length} item(s): ${JSON.stringify(items).slice(0, 2000)}`);
  return found;
}
