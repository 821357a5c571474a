// One computation through every package's main entry, its numbers as IEEE-754 bits. The browser test runs it in
// Node and, bundled for the browser, in Chromium: the two must be equal bit for bit.
import { aggregateCampaign, compareConfigurations, forestPlotSvg } from '@bootstat/campaign';
import { betaScores, calibrateRho, generateDatasets, levelCounts, passFail, tiedLevels } from '@bootstat/generators';
import { escapeText, findColumn, parseJson, readNumericTable } from '@bootstat/io';
import { createStatsRegistries } from '@bootstat/registry';
import {
  createGenerator,
  createXorshift64Star,
  fillIndices,
  fillNormal,
  fillUniform,
  seedFromRunId,
  streamTree,
} from '@bootstat/rng';
import {
  BUILTIN_POLICIES,
  bootstrapSample,
  collectHistory,
  comparePolicies,
  costRates,
  dayTrace,
  simulateDay,
} from '@bootstat/simulator';
import {
  bootstrap,
  bootstrapCi,
  lowerBound95,
  mean,
  normalPpf,
  percentile,
  promotionGate,
  quantile,
  rank,
  spearman,
} from '@bootstat/stats';

const view = new DataView(new ArrayBuffer(8));

/** The 16 hex digits of a double's bits: equal strings, equal bits (NaN payloads, −0 and all). */
function bits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

const all = (xs: ArrayLike<number>) => Array.from(xs, bits);

/** Everything worth comparing, as plain JSON. */
export function probe(): Record<string, unknown> {
  const out: Record<string, unknown> = {};

  // rng: every generator, the stream tree, the bulk fills.
  for (const name of ['xoroshiro128plus', 'mersenne', 'xorshift128plus', 'congruential32', 'xorshift64star'] as const) {
    const g = createGenerator(name, 42);
    out[`rng.${name}`] = Array.from({ length: 5 }, () => g.next());
  }
  const node = streamTree(seedFromRunId('3f2a9c1e-77b0')).child('resample').child(3);
  out['rng.fillIndices'] = Array.from(fillIndices(node.generator(), 1000, new Uint32Array(64)));
  out['rng.fillUniform'] = all(fillUniform(node.generator(), new Float64Array(16)));
  out['rng.fillNormal'] = all(fillNormal(node.generator(), new Float64Array(16)));

  // stats: the descriptive functions and every interval method.
  const x = Float64Array.from({ length: 60 }, (_, i) => Math.sin(i * 1.7) * 10 + i / 7);
  const y = Float64Array.from(x, (v, i) => v * 0.3 + Math.cos(i * 0.9) * 4);
  out['stats.mean'] = bits(mean(x));
  out['stats.percentile'] = all(percentile(x, [2.5, 50, 97.5]) as unknown as number[]);
  out['stats.quantile'] = all(quantile(x, [0.1, 0.9], { method: 'hazen' }) as unknown as number[]);
  out['stats.rank'] = all(rank([3, 1, 3, 2, 2, 5]));
  out['stats.spearman'] = bits(spearman(x, y));
  out['stats.normalPpf'] = all([0.001, 0.025, 0.5, 0.975].map((p) => normalPpf(p)));
  for (const method of ['percentile', 'basic', 'normal', 'bca', 'studentized'] as const) {
    const r = bootstrap([x], 'mean', { method, nResamples: 999, seed: 2024 });
    out[`stats.bootstrap.${method}`] = all([r.ci.low, r.ci.high, r.standardError ?? Number.NaN]);
  }
  const paired = bootstrap([x, y], 'spearman', { paired: true, method: 'bca', nResamples: 500, seed: 7 });
  out['stats.bootstrap.spearman'] = all([paired.ci.low, paired.ci.high, paired.z0 ?? Number.NaN]);
  const ci = bootstrapCi([101.2, 99.8, 100.5, 100.9, 100.1]);
  out['stats.bootstrapCi'] = all([ci.mean, ci.ciLower ?? Number.NaN, ci.ciUpper ?? Number.NaN]);
  const scores = Array.from({ length: 20 }, (_, i) => 0.7 + ((i * 37) % 29) / 100);
  out['stats.lowerBound95'] = bits(lowerBound95(scores, { runId: '3f2a9c1e-77b0' }).lowerBound);
  const gate = promotionGate([{ runId: '3f2a9c1e', cases: scores.map((score, i) => ({ caseId: `c${i}`, score })) }], {
    threshold: 0.8,
  });
  out['stats.promotionGate'] = [gate.passed, bits(gate.verdicts[0]?.bound.lowerBound ?? Number.NaN)];

  // registry: a method run by name.
  const registries = createStatsRegistries();
  const q90 = registries.statistic.run('quantile', undefined, { p: 0.9 });
  const r = registries.ciMethod.run('bca', { samples: [x], statistic: q90 }, { nResamples: 400, seed: 3 });
  out['registry.bca'] = all([r.ci.low, r.ci.high]);

  // io: the table reader, strict JSON and escaping.
  const table = readNumericTable('name;ms\nr1;12,5\nr2;NA\nr3;13,25\n', {
    select: (columns) => [findColumn(columns, 'ms')],
    nanPolicy: 'omit',
  });
  out['io.table'] = { values: all(table.values[0] ?? []), dialect: table.dialect, omitted: table.omitted };
  out['io.json'] = all((parseJson('{"a": [1, 2.5e-3, -0]}') as { a: number[] }).a);
  out['io.escape'] = escapeText('run\n::error::\u001b[31m\u202e');

  // campaign: aggregation, comparison, the forest plot.
  const results = {
    base: [{ e: 100 }, { e: 102 }, { e: 98 }, { e: 101 }],
    next: [{ e: 90 }, { e: 91 }, { e: 93 }, { e: 89 }],
  };
  const summary = aggregateCampaign(results, { metrics: ['e'] });
  out['campaign.summary'] = summary.summaries.map((s) =>
    all([s.mean, s.ciLower ?? Number.NaN, s.ciUpper ?? Number.NaN]),
  );
  const comparison = compareConfigurations(results, { metrics: ['e'], baseline: 'base', directions: { e: 'lower' } });
  out['campaign.verdict'] = comparison.comparisons.map((c) => c.verdict);
  out['campaign.svgLength'] = forestPlotSvg(summary).length;

  // generators: counts, a calibration, a batch of datasets for each outcome, bounded scores.
  const counts = levelCounts(40, 5, 'heavy_center');
  out['generators.counts'] = counts;
  const root = streamTree(seedFromRunId('3f2a9c1e-77b0'));
  const calibration = calibrateRho({
    counts,
    outcome: { name: 'rank-mixing' },
    target: 0.3,
    datasets: 200,
    stream: root.child('calibration'),
  });
  out['generators.calibrateRho'] = all([calibration.inputRho, calibration.achievedMeanRho, calibration.standardError]);
  for (const outcome of ['rank-mixing', 'gaussian-copula', 'log-linear']) {
    const X = new Float64Array(3 * 40);
    const Y = new Float64Array(3 * 40);
    generateDatasets(
      {
        template: tiedLevels({ counts }),
        outcome: { name: outcome },
        marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } },
        inputRho: calibration.inputRho,
      },
      root.child('data'),
      5,
      3,
      X,
      Y,
    );
    out[`generators.${outcome}`] = { x: all(X.subarray(80, 96)), y: all(Y.subarray(80, 96)) };
  }
  out['generators.betaScores'] = all(betaScores(16, { mean: 0.3, sd: 0.4 }, root.child('beta').generator()));
  out['generators.passFail'] = Array.from(passFail(16, { p: 0.4 }, root.child('pass').generator()));
  // simulator: SimCash's xorshift64* and SHA-256 sample seeds, a stochastic day, and a paired comparison.
  const xs = createXorshift64Star(914360478);
  out['simulator.xorshift64star'] = [xs.nextBigUint64().toString(), xs.nextModulo(12)];
  const day = simulateDay({
    ticks: 12,
    seed: 5,
    agents: [
      { id: 'A', liquidityPool: 60_000 },
      { id: 'B', liquidityPool: 60_000 },
    ],
    arrivals: { ratePerTick: 2, amount: { mean: 10_000, sd: 5_000 }, deadline: { min: 3, max: 8 } },
    costRates: { delayCostPerTickPerCent: 0.2, liquidityCostPerTickBps: 83 },
  });
  out['simulator.day'] = [...day.agents.values()].map((a) => [a.totalCost, bits(a.avgDelay), a.unsettled]);
  const history = collectHistory(dayTrace(day)).agentHistory('A');
  out['simulator.sample'] = bootstrapSample(history, {
    seed: 42,
    sampleIdx: 3,
    totalTicks: 12,
    seedScheme: 'simcash',
  }).outgoing.map((t) => [t.txId, t.arrivalTick]);
  const c = comparePolicies(history, BUILTIN_POLICIES['release-all'], BUILTIN_POLICIES['deadline-aware'], {
    samples: 30,
    seed: 2,
    totalTicks: 12,
    agent: { liquidityPool: 60_000 },
    rates: costRates({ delayCostPerTickPerCent: 0.2, liquidityCostPerTickBps: 83 }),
    nResamples: 500,
  });
  out['simulator.compare'] = [
    bits(c.summary.meanDelta),
    bits(c.summary.ci.low),
    bits(c.summary.ci.high),
    c.verdict.accept,
  ];

  return out;
}
