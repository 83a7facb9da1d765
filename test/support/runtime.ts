import { DefaultLogger, Runtime } from '@temporalio/worker';

/** The SDK's INFO lines (worker state changes) drown the test output; warnings still show. */
export function quietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed for this module registry
  }
}
