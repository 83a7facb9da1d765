// Jest's own order (failed first, then slowest first), except that the ballot secrecy scan runs
// last: it reads every workflow history and ballot table the files before it produced on the
// suite's servers (test/ballot-secrecy.test.ts).
import Sequencer from '@jest/test-sequencer';

const LAST = /[/\\]test[/\\]ballot-secrecy\.test\.ts$/;

export default class ScanLastSequencer extends Sequencer {
  async sort(tests) {
    const sorted = [...(await super.sort(tests))];
    return [...sorted.filter((t) => !LAST.test(t.path)), ...sorted.filter((t) => LAST.test(t.path))];
  }
}
