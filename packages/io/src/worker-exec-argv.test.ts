import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './worker-exec-argv';

describe('workerExecArgv', () => {
  it('drops export conditions and --input-type in both spellings, and keeps every other flag in order', () => {
    expect(
      workerExecArgv([
        '--conditions',
        '@bootstat/source',
        '--max-old-space-size=4096',
        '-C',
        'dev',
        '--conditions=x',
        '-C=y',
        '--input-type',
        'module',
        '--input-type=module',
        '--enable-source-maps',
      ]),
    ).toEqual(['--max-old-space-size=4096', '--enable-source-maps']);
    expect(workerExecArgv([])).toEqual([]);
  });
});
