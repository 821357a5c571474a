// The README's study example runs as written (paths from the repository root) and gives what it says.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as studyNode from '../src/node';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the @bootstat/study example', async () => {
    const at = readme.indexOf('## @bootstat/study: Monte Carlo studies of bootstrap intervals');
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/gm, '') ?? '';
    const readStudySpec: typeof studyNode.readStudySpec = (path, options) =>
      studyNode.readStudySpec(`${REPO}/${path}`, options);
    const run = new Function('readStudySpec', 'runStudyAsync', `return (async () => {\n${code}\nreturn result;\n})();`);
    const result = (await run(readStudySpec, studyNode.runStudyAsync)) as Awaited<
      ReturnType<typeof studyNode.runStudyAsync>
    >;
    expect(result.scenarios.map((s) => s.id)).toEqual([
      'case-1/k4/even',
      'case-1/k4/heavy_tail',
      'case-1/k4/heavy_center',
      'case-1/all-distinct',
    ]);
    const m = result.scenarios[0]?.intervals[0];
    expect(m?.method).toBe('percentile');
    expect(Object.keys(m?.width ?? {})).toEqual(['mean', 'sd', 'standardError']);
    expect(Object.keys(m?.coverage ?? {})).toEqual(['rate', 'standardError']);
  }, 60_000);
});

describePackageReadme(
  new URL('../', import.meta.url),
  '@bootstat/study',
  '## @bootstat/study: Monte Carlo studies of bootstrap intervals',
);
