// Every `$ bootstat …` example in the README and docs/gate.md is run against the built binary; its printed output
// must match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli';

const readme = ['README.md', 'docs/gate.md'].map((f) => readFileSync(join(REPO, f), 'utf8')).join('\n');
const examples = [...readme.matchAll(/```console\n\$ bootstat ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
  args: (m[1] as string).split(' '),
  expected: m[2] as string,
}));

describe('README examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  it.each(examples)('bootstat $args.0 … prints what the README says', ({ args, expected }) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
  });
});
