import { patched } from '@temporalio/workflow';
import { NOMINATION_RULES_PATCHES, NOMINATION_RULES_VERSION } from '#domain';

/**
 * The version of the domain's rules this execution runs under, fixed when it starts: the newest
 * version whose patch marker it records (a new execution) or already recorded (a replay), else 1.
 * Called once, first thing, so every execution keeps the rules it started with.
 */
export function fixRulesVersion(): number {
  for (let version = NOMINATION_RULES_VERSION; version > 1; version--) {
    const patchId = NOMINATION_RULES_PATCHES[version];
    if (patchId && patched(patchId)) return version;
  }
  return 1;
}
