import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './cache-dir.js';

/** Temporal's time-skipping test server, the Java one, from Maven Central. */
export const TEST_SERVER_VERSION = '1.38.0';

const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.commendation</groupId>
  <artifactId>temporal-test-server-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEST_SERVER_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;

/**
 * The path of an executable that starts the time-skipping test server on the port given as
 * its first argument, the way the Temporal SDK's `existing-path` option runs it. Fetched once
 * with Maven (about 40 MB of jars, seconds) into the project's cache; a wrapper script runs Java.
 */
export function ensureTemporalTestServer(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const dir = cacheDir('temporal-test-server', TEST_SERVER_VERSION);
  const launcher = join(dir, 'temporal-test-server');
  if (existsSync(launcher)) return launcher;
  for (const tool of ['java', 'mvn']) {
    if (spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0) {
      throw new Error(`The time-skipping test server needs ${tool} (Java 17 and Maven) on PATH`);
    }
  }
  log(`Fetching the Temporal test server ${TEST_SERVER_VERSION} from Maven Central (first run only)…`);
  const scratch = `${dir}.fetch-${process.pid}`;
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'pom.xml'), POM);
  const mvn = spawnSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DoutputDirectory=lib'], { cwd: scratch, encoding: 'utf8' });
  if (mvn.status !== 0)
    throw new Error(`mvn could not fetch io.temporal:temporal-test-server:${TEST_SERVER_VERSION}:\n${mvn.stdout}${mvn.stderr}`);
  writeFileSync(
    join(scratch, 'temporal-test-server'),
    `#!/bin/sh\n# Starts Temporal's time-skipping test server: temporal-test-server <port>\nexec java -cp "$(dirname "$0")/lib/*" io.temporal.testserver.TestServer "$@"\n`,
  );
  chmodSync(join(scratch, 'temporal-test-server'), 0o755);
  mkdirSync(join(dir, '..'), { recursive: true });
  if (!existsSync(launcher)) {
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
  } else {
    rmSync(scratch, { recursive: true, force: true });
  }
  log(`Temporal test server ready: ${launcher}`);
  return launcher;
}
