import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { YJS_WRITTEN_FOR } from '../../shared/doc/update-reader/index.ts';

describe('update reader: pinned to the Yjs line it was written for', () => {
  it('the installed yjs is that line', () => {
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/yjs/package.json', import.meta.url), 'utf8')).version as string;
    expect(
      installed.startsWith(`${YJS_WRITTEN_FOR}.`),
      `yjs ${installed} is installed, shared/doc/update-reader was written for ${YJS_WRITTEN_FOR}.x: re-check the list in shared/doc/update-reader/written-for.ts, then the golden and fuzz tests`,
    ).toBe(true);
  });
});
