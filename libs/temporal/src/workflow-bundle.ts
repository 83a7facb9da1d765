import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..', '..', '..', ...(here.includes(`${join('dist', 'libs')}`) ? ['..'] : []));

/** Where `npm run build` leaves the prebuilt bundle; workers load it when present. */
export const DEFAULT_WORKFLOW_BUNDLE_PATH = join(projectRoot, 'dist', 'workflow-bundle.js');

/** The workflows' entry point, as source (tests, dev) or as compiled output (dist). */
export function workflowsEntry(): string {
  const root = join(here, '..', '..', '..', 'workflows', 'src');
  const ts = join(root, 'index.ts');
  return existsSync(ts) ? ts : join(root, 'index.js');
}

/**
 * Bundles the workflow code with webpack, once, ahead of the worker. Resolves the
 * project's `#domain` import to its TypeScript source (the `source` condition) and
 * `./x.js` specifiers to `./x.ts`, so the bundle is built from source or from dist alike.
 */
export async function bundleWorkflows(entry = workflowsEntry()): Promise<WorkflowBundleWithSourceMap> {
  const fromSource = entry.endsWith('.ts');
  return bundleWorkflowCode({
    workflowsPath: entry,
    logger: new DefaultLogger('WARN'),
    webpackConfigHook: (config) => {
      config.resolve = {
        ...config.resolve,
        conditionNames: [...(fromSource ? ['source'] : []), 'import', 'require', 'default'],
        extensionAlias: { '.js': ['.ts', '.js'] },
      };
      return config;
    },
  });
}
