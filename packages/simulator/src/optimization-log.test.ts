import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { BUILTIN_POLICIES } from './builtin-policies';
import { SimulatorError } from './errors';
import {
  differingSetting,
  formatOptimizationLogHeader,
  formatOptimizationLogRecord,
  optimizationSettings,
  parseOptimizationLog,
} from './optimization-log';
import { optimizePolicy } from './optimize-policy';
import { createParameterSearch } from './parameter-search';

const options = {
  scenario: {
    ticks: 6,
    seed: 1,
    agents: [
      { id: 'A', liquidityPool: 100_000 },
      { id: 'B', liquidityPool: 100_000 },
    ],
    arrivals: { ratePerTick: 1, amount: { mean: 5_000, sd: 1_000 }, deadline: { min: 2, max: 4 } },
    costRates: { liquidityCostPerTickBps: 83 },
  },
  agentId: 'A',
  policy: BUILTIN_POLICIES['release-all'],
  proposer: createParameterSearch(),
  iterations: 3,
  samples: 10,
  seed: 4,
  nResamples: 200,
};

describe('the run log', () => {
  it('round-trips the records exactly, header first', async () => {
    const run = await optimizePolicy(options);
    const text =
      formatOptimizationLogHeader(optimizationSettings(options)) +
      run.iterations.map(formatOptimizationLogRecord).join('');
    const { header, records } = parseOptimizationLog(text, { source: 'run.jsonl' });
    expect(header.kind).toBe('optimization-log');
    expect(header.settingsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(records).toEqual(JSON.parse(JSON.stringify(run.iterations)));
    expect(differingSetting(header, optimizationSettings(options))).toBeUndefined();
    expect(differingSetting(header, optimizationSettings({ ...options, samples: 11 }))).toBe('samples');
    // The stop rules are not settings: a run may be resumed with more iterations.
    expect(differingSetting(header, optimizationSettings({ ...options, iterations: 30, patience: 2 }))).toBeUndefined();
  });

  it('refuses what does not hold together, naming the line', async () => {
    const run = await optimizePolicy(options);
    const header = formatOptimizationLogHeader(optimizationSettings(options));
    const lines = run.iterations.map(formatOptimizationLogRecord);
    const without = (line: string, key: string) => {
      const { [key]: _, ...rest } = JSON.parse(line);
      return `${JSON.stringify(rest)}\n`;
    };
    const cases: [string, RegExp][] = [
      ['', /^run\.jsonl: empty/],
      [lines.join(''), /^run\.jsonl:1: not a run log/],
      [header + (lines[1] as string), /^run\.jsonl:2: iteration 1 where 0 was expected/],
      [
        header + (lines[0] as string).replace('"kept":{', '"kept":{"x":1,'),
        /^run\.jsonl:2: the kept policy has an unknown key "x"/,
      ],
      [header + (lines[0] as string).slice(0, 40), /^run\.jsonl:2: invalid JSON: /],
      [header.replace('"schemaVersion":1', '"schemaVersion":2'), /schemaVersion 2: this version reads 1/],
      [header + without(lines[0] as string, 'proposal'), /^run\.jsonl:2: not an iteration record: proposal: /],
      [
        header + (lines[0] as string).replace('"keptMeanCost":', '"keptMeanCost":"x","was":'),
        /^run\.jsonl:2: not an iteration record: /,
      ],
    ];
    for (const [text, message] of cases) {
      const e = refusal(() => parseOptimizationLog(text, { source: 'run.jsonl' }));
      expect(e.code).toBe('SIMULATOR_INVALID_TRACE');
      expect(e.message).toMatch(message);
    }
  });

  it('throws only SimulatorError, whatever the text (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        try {
          parseOptimizationLog(text);
        } catch (e) {
          expect(e).toBeInstanceOf(SimulatorError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
