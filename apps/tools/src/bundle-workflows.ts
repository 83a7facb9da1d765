import { writeFileSync } from 'node:fs';
import { bundleWorkflows, DEFAULT_WORKFLOW_BUNDLE_PATH } from '#temporal';

/** Part of `npm run build`: the workflow bundle, built ahead of time so workers start at once. */
const bundle = await bundleWorkflows();
writeFileSync(DEFAULT_WORKFLOW_BUNDLE_PATH, bundle.code);
process.stdout.write(`Workflow bundle: ${DEFAULT_WORKFLOW_BUNDLE_PATH} (${Math.round(bundle.code.length / 1024)} KiB)\n`);
