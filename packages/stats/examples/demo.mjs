// Every interval method side by side on built-in sample data: run `pnpm demo` from the repository root.
// It imports the built package, as a user would.
import { bootstrap, lowerBound95 } from '@bootstat/stats';

// Request latencies (ms) of a small benchmark: skewed, as latencies are.
const latencies = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6, 12.2, 13.4, 11.8, 16.9];
const explain = {
  percentile: 'the middle 95 % of the resampled means',
  basic: 'the percentile interval reflected about the estimate',
  normal: 'estimate ± 1.96 bootstrap standard errors',
  bca: 'percentiles corrected for bias and skew (SciPy’s default)',
  studentized: 'bootstrap-t: resampled t statistics, s/√n per resample',
};
console.log(`\nMean latency of ${latencies.length} requests, 95 % bootstrap intervals (9999 resamples, seed 42):\n`);
for (const method of Object.keys(explain)) {
  const r = bootstrap([latencies], 'mean', { method, seed: 42 });
  const ci = `[${r.ci.low.toFixed(3)}, ${r.ci.high.toFixed(3)}]`;
  console.log(`  ${method.padEnd(12)} ${r.estimate.toFixed(3)}  ${ci.padEnd(18)} ${explain[method]}`);
}
const scores = [0.82, 0.91, 0.77, 0.88, 0.95, 0.84, 0.79, 0.9, 0.86, 0.93];
const gate = lowerBound95(scores, { runId: '3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13' });
console.log(
  `\nPromotion gate: ${scores.length} scores, mean ${gate.mean.toFixed(4)}, lower_bound_95 ${gate.lowerBound.toFixed(4)}` +
    ` (seed ${gate.seed} from the run id; the lower end of the two-sided 95 % BCa interval)`,
);
