import { describe, expect, it } from 'vitest';
import { findColumn } from './find-column';

describe('findColumn', () => {
  it('finds by name, then by 1-based position', () => {
    expect(findColumn(['name', 'ms'], 'ms')).toBe(1);
    expect(findColumn(['name', 'ms'], '1')).toBe(0);
    expect(findColumn(['2', 'x'], '2')).toBe(0); // a column named "2" wins over the second column
    expect(findColumn(['only'], undefined)).toBe(0);
  });

  it.each([
    [['a', 'b'], undefined, 'there are 2 columns, "a", "b" (or 1 to 2): choose one.'],
    [['a', 'b'], 'c', 'no column "c"; the columns are "a", "b" (or 1 to 2).'],
    [['a', 'b'], '3', 'no column "3"'],
    [['a', 'b'], '0', 'no column "0"'],
    [['a', 'a'], 'a', 'is used twice'],
  ] as const)('explains %j %j', (columns, spec, words) => {
    expect(() => findColumn(columns, spec)).toThrow(
      expect.objectContaining({ code: 'IO_UNKNOWN_COLUMN', message: expect.stringContaining(words) }),
    );
  });
});
