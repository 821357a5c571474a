import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from './read-text-file';

describe('readTextFile', () => {
  it('reads a file whole, as UTF-8', () => {
    const d = mkdtempSync(join(tmpdir(), 'bootstat-read-'));
    writeFileSync(join(d, 'r.json'), '\uFEFF{"a": "é"}');
    expect(readTextFile('r.json', { cwd: d })).toBe('\uFEFF{"a": "é"}');
  });

  it('refuses a device that never ends instead of filling memory', () => {
    expect(() => readTextFile('/dev/zero', { maxBytes: 1000 })).toThrow(
      expect.objectContaining({
        code: 'IO_TOO_LARGE',
        message: '/dev/zero is larger than 1000 bytes; is it the right file?',
      }),
    );
  });

  it('names a file that cannot be read', () => {
    expect(() => readTextFile('/nonexistent/x.json')).toThrow(
      expect.objectContaining({
        code: 'IO_READ_FAILED',
        message: 'cannot read /nonexistent/x.json: no such file or directory (ENOENT).',
      }),
    );
  });
});
