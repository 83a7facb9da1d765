import { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';

// @temporalio/proto is CommonJS without static named exports: take the namespace from its default.
const KEYWORD = proto.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;

/**
 * Registers the given custom search attributes (Keyword) with the server (idempotent: only
 * missing ones are added), e.g. the workflows' SEARCH_ATTRIBUTE_NAMES, so nominations can be
 * filtered by cycle, unit, block, stage and status.
 */
export async function registerSearchAttributes(
  connection: Pick<Connection, 'operatorService'>,
  namespace: string,
  names: readonly string[],
): Promise<string[]> {
  let customAttributes: Record<string, unknown> | null | undefined;
  try {
    ({ customAttributes } = await connection.operatorService.listSearchAttributes({ namespace }));
  } catch (err) {
    // The time-skipping test server cannot list them (gRPC UNIMPLEMENTED) but can add them.
    if ((err as { code?: number }).code !== 12) throw err;
  }
  const missing = names.filter((name) => !customAttributes?.[name]);
  if (missing.length === 0) return [];
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((name) => [name, KEYWORD])),
    });
  } catch (err) {
    // Another process registered them first.
    if (!/already exists/i.test(String((err as Error).message))) throw err;
  }
  return missing;
}
