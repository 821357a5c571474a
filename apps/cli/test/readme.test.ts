// Every `$ bootstat …` example in the README, docs/gate.md, docs/study.md and docs/choosing-a-method.md is run
// against the built binary; its printed output must match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedExamples, REPO, runCli } from './run-cli';

const readme = ['README.md', 'docs/gate.md', 'docs/study.md', 'docs/choosing-a-method.md']
  .map((f) => readFileSync(join(REPO, f), 'utf8'))
  .join('\n');
const examples = documentedExamples(readme);

describe('README examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  it.each(examples)('bootstat $args.0 … prints what the README says', ({ args, expected, code }) => {
    const r = runCli(args);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout).toBe(expected);
  });
});
