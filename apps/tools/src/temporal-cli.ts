import { spawn } from 'node:child_process';
import { ensureTemporalCli } from '#devstack';

/**
 * `npm run temporal -- <args>`: the Temporal CLI this project uses (found, or built once
 * with Go), e.g. `npm run temporal -- workflow list --query "CycleCode='SK-2016-2018'"`.
 * It talks to TEMPORAL_ADDRESS, or to the dev server of `npm start` on 127.0.0.1:7233.
 */
async function main(): Promise<void> {
  const cli = await ensureTemporalCli();
  if (!cli) {
    process.stderr.write('No Temporal CLI: install Go (then this builds it) or set TEMPORAL_CLI_PATH.\n');
    process.exit(1);
  }
  const env = { ...process.env, TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' };
  const child = spawn(cli, process.argv.slice(2), { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
