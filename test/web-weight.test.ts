// The web app's first screen stays light: at most 500 KB of compressed JavaScript (npm test builds first).
import { describe, expect, it } from '@jest/globals';
import { FIRST_SCREEN_BUDGET_BYTES, firstScreenJavaScript } from '../apps/tools/src/web-weight.js';

describe('the web app build', () => {
  it('loads no more than 500 KB of compressed JavaScript on its first screen', () => {
    const { files, gzipBytes } = firstScreenJavaScript();
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);
  });
});
