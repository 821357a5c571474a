// The JSON Schema files the packages publish are generated from the zod schemas, and the JSON the tools really
// print validates against them (ajv, draft 2020-12): non-JS consumers can trust the files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, bootstrapResultToJson } from '@bootstat/stats';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, schemaText } from '../json-schemas';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(REPO, 'apps/cli/dist/cli.js');

function validator(file: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(join(REPO, file), 'utf8')));
}

function cli(args: string[]): unknown {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  // The gate exits 1 when a report fails: its JSON is printed all the same.
  expect([0, args[0] === 'gate' ? 1 : 0], r.stderr).toContain(r.status);
  return JSON.parse(r.stdout);
}

describe('the published JSON Schemas', () => {
  it.each(JSON_SCHEMAS.map((e) => [e.file, e]))(
    '%s is what its zod schema generates (pnpm --filter @bootstat/repo-tests schemas)',
    (_, entry) => {
      expect(readFileSync(join(REPO, entry.file), 'utf8')).toBe(schemaText(entry));
    },
  );

  const gate = join(REPO, 'apps/cli/test/fixtures/gate');
  it.each([
    [
      'apps/cli/schemas/ci.schema.json',
      ['ci', 'docs/examples/latencies.csv', '--column', 'ms', '--resamples', '200', '--format', 'json'],
    ],
    [
      'apps/cli/schemas/ci.schema.json',
      [
        'ci',
        'docs/examples/latencies.csv',
        '--x',
        'ms',
        '--y',
        'bytes',
        '--statistic',
        'spearman',
        '--paired',
        '--method',
        'percentile',
        '--alternative',
        'less',
        '--nan-policy',
        'omit',
        '--resamples',
        '200',
        '--format',
        'json',
      ],
    ],
    [
      'packages/stats/schemas/gate.schema.json',
      ['gate', join(gate, 'pass.json'), join(gate, 'small.json'), '--threshold', '0.8', '--format', 'json'],
    ],
    [
      'packages/stats/schemas/gate.schema.json',
      ['gate', join(gate, 'fail.json'), '--threshold', '0.8', '--holm', '--format', 'json'],
    ],
    [
      'packages/campaign/schemas/campaign.schema.json',
      [
        'campaign',
        'docs/examples/campaign',
        '--baseline',
        'llama-8b-bs8-fp16',
        '--resamples',
        '200',
        '--format',
        'json',
      ],
    ],
    [
      'apps/cli/schemas/ci-groups.schema.json',
      ['ci', 'docs/examples/ab-test.csv', '--by', 'variant', '-c', 'ms', '--resamples', '200', '--format', 'json'],
    ],
    [
      'apps/cli/schemas/ci-groups.schema.json',
      [
        'ci',
        'docs/examples/latencies.csv',
        'docs/examples/ab-test.csv',
        '-c',
        'ms',
        '--statistic',
        'median',
        '--alternative',
        'greater',
        '--resamples',
        '200',
        '--format',
        'json',
      ],
    ],
    [
      'packages/study/schemas/study.schema.json',
      ['study', 'docs/examples/study-quick.yaml', '--reps', '10', '--resamples', '50', '--format', 'json'],
    ],
    [
      'packages/study/schemas/study-part.schema.json',
      ['study', 'docs/examples/study-quick.yaml', '--reps', '10', '--resamples', '50', '--shard', '1/3', '--out', '-'],
    ],
    ['apps/cli/schemas/methods.schema.json', ['methods', '--format', 'json']],
    ['apps/cli/schemas/simulation.schema.json', ['simulate', 'docs/examples/twelve-period.json', '--format', 'json']],
  ])(
    '%s validates what the CLI prints (%j)',
    (file, args) => {
      const validate = validator(file);
      const doc = cli(args as string[]);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    },
    30_000,
  );

  it('packages/stats/schemas/bootstrap-result.schema.json validates bootstrapResultToJson', () => {
    const validate = validator('packages/stats/schemas/bootstrap-result.schema.json');
    const r = bootstrap([[1, 2, 3, 4, 5, 6, 7]], 'mean', { nResamples: 100, seed: 1, alternative: 'greater' });
    expect(validate(bootstrapResultToJson(r)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('apps/cli/schemas/evaluation.schema.json and policy-comparison.schema.json validate what bootstat evaluate prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bootstat-schemas-'));
    const trace = join(dir, 'day.jsonl');
    cli(['simulate', 'docs/examples/twelve-period.json', '--out', trace, '--format', 'json']);
    const args = [
      'evaluate',
      '--history',
      trace,
      '--agent',
      'BANK_A',
      '--scenario',
      'docs/examples/twelve-period.json',
      '--samples',
      '20',
      '--format',
      'json',
    ];
    const one = validator('apps/cli/schemas/evaluation.schema.json');
    const single = cli([...args, '--policy', 'deadline-aware']);
    expect(one(single), JSON.stringify(one.errors)).toBe(true);
    const two = validator('apps/cli/schemas/policy-comparison.schema.json');
    const r = spawnSync(process.execPath, [CLI, ...args, '--policy', 'deadline-aware', '--against', 'release-all'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect([0, 1]).toContain(r.status);
    const doc = JSON.parse(r.stdout);
    expect(two(doc), JSON.stringify(two.errors)).toBe(true);
    expect(Object.keys(doc).slice(0, 2)).toEqual(['schemaVersion', 'kind']);
    expect(two({ ...doc, kind: 'evaluation' })).toBe(false);
  }, 60_000);

  it('apps/cli/schemas/optimization.schema.json validates what bootstat optimize prints', () => {
    const validate = validator('apps/cli/schemas/optimization.schema.json');
    const doc = cli([
      'optimize',
      '--scenario',
      'docs/examples/twelve-period.yaml',
      '--agent',
      'BANK_A',
      '--policy',
      'release-all',
      '--iterations',
      '3',
      '--samples',
      '20',
      '--format',
      'json',
    ]) as Record<string, unknown>;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(doc).slice(0, 2)).toEqual(['schemaVersion', 'kind']);
    expect(validate({ ...doc, stopReason: 'bored' })).toBe(false);
  }, 60_000);

  it('the schemas are not rubber stamps: a wrong field or kind fails', () => {
    const validate = validator('packages/stats/schemas/gate.schema.json');
    const doc = cli(['gate', join(gate, 'pass.json'), '--threshold', '0.8', '--format', 'json']) as Record<
      string,
      unknown
    >;
    expect(validate({ ...doc, kind: 'ci' })).toBe(false);
    expect(validate({ ...doc, lower_bound_95: 1 })).toBe(false);
    expect(validate({ ...doc, schemaVersion: 2 })).toBe(false);
  });

  it('every JSON output names its schemaVersion and kind first', () => {
    for (const args of [
      ['ci', 'docs/examples/latencies.csv', '--column', 'ms', '--resamples', '100', '--format', 'json'],
      ['gate', join(gate, 'pass.json'), '--threshold', '0.8', '--format', 'json'],
      ['campaign', 'docs/examples/campaign', '--resamples', '100', '--format', 'json'],
      ['study', 'docs/examples/study-quick.yaml', '--reps', '5', '--resamples', '20', '--format', 'json'],
      ['methods', '--format', 'json'],
    ]) {
      const doc = cli(args) as Record<string, unknown>;
      expect(Object.keys(doc).slice(0, 2)).toEqual(['schemaVersion', 'kind']);
      expect(doc.kind).toBe(args[0]);
    }
    const groups = cli([
      'ci',
      'docs/examples/ab-test.csv',
      '--by',
      'variant',
      '-c',
      'ms',
      '-n',
      '100',
      '--format',
      'json',
    ]);
    expect(Object.keys(groups as object).slice(0, 2)).toEqual(['schemaVersion', 'kind']);
    expect((groups as { kind: string }).kind).toBe('ci-groups');
  }, 30_000);
});
