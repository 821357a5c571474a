// The README's campaign example runs as written and gives what its comments say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describePackageReadme } from '../../../tooling/test/package-readme';
import * as campaign from '../src/index';
import * as campaignNode from '../src/node';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the @bootstat/campaign example', () => {
    const at = readme.indexOf('## @bootstat/campaign: repeated measurements per configuration');
    const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]?.replace(/^import .*$/gm, '') ?? '';
    // Paths in the example are relative to the repository root.
    const readCampaign: typeof campaignNode.readCampaign = (paths, options = {}) =>
      campaignNode.readCampaign(paths, { ...options, cwd: REPO });
    const run = new Function(
      'aggregateCampaign',
      'compareConfigurations',
      'readCampaign',
      `${code}\nreturn { summary, comparison };`,
    );
    const { summary, comparison } = run(campaign.aggregateCampaign, campaign.compareConfigurations, readCampaign) as {
      summary: campaign.CampaignSummary;
      comparison: campaign.CampaignComparison;
    };
    expect(summary.summaries).toHaveLength(4 * 5);
    expect(summary.summaries[0]).toMatchObject({
      configuration: 'llama-8b-bs1-fp16',
      nSamples: 5,
      confidenceLevel: 0.95,
    });
    expect(comparison.comparisons).toHaveLength(3 * 5);
    expect(new Set(comparison.comparisons.map((c) => c.verdict))).toEqual(
      new Set(['improved', 'regressed', 'no-change']),
    );
  });
});

describePackageReadme(
  new URL('../', import.meta.url),
  '@bootstat/campaign',
  '## @bootstat/campaign: repeated measurements per configuration',
);
