// The README's @bootstat/io example runs as written and gives what its comments say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as io from '../src/index';

const HEADING = '## @bootstat/io: tables in, outputs out';
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the @bootstat/io example and gets what its comments say', () => {
    const at = readme.indexOf(HEADING);
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/m, '') ?? '';
    const run = new Function(
      'findColumn',
      'readNumericTable',
      'parseJson',
      'escapeText',
      `${code}\nreturn { table, safe };`,
    );
    const { table, safe } = run(io.findColumn, io.readNumericTable, io.parseJson, io.escapeText) as {
      table: io.NumericTable;
      safe: string;
    };
    expect(Array.from(table.values[0] ?? [])).toEqual([12.5, 13.25]);
    expect(table.dialect).toEqual({ delimiter: ';', decimal: ',' });
    expect(table.omitted).toEqual({ rows: 1, values: 1, tokens: { NA: 1 } });
    expect(table.notes[0]?.code).toBe('DIALECT_DETECTED');
    expect(safe).toBe('run\\n::error::x');
  });
});

describePackageReadme(new URL('../', import.meta.url), '@bootstat/io', HEADING);
