// An independent re-statement of the documented draw order of one dataset, from @bootstat/rng's public fills only:
// the tests hold the generators to it bit for bit.
import { fillIndices, fillNormal, fillUniform, type Generator, normalPpf, type Stream } from '@bootstat/rng';
import { normalCdf, rank } from '@bootstat/stats';
import { fitLognormal } from '../src/index';

export interface ReplayDesign {
  readonly template: Float64Array;
  readonly outcome: 'rank-mixing' | 'gaussian-copula' | 'log-linear';
  readonly jitter?: number;
  readonly median: number;
  readonly iqr: number;
  readonly inputRho: number;
}

const clip = (r: number) => Math.min(0.999, Math.max(-0.999, r));

/** Fisher–Yates of 0 … n − 1, j = fillIndices(rng, i + 1, one slot). */
function permutation(rng: Generator, n: number): number[] {
  const perm = Array.from({ length: n }, (_, i) => i);
  const one = new Uint32Array(1);
  for (let i = n - 1; i > 0; i--) {
    const j = fillIndices(rng, i + 1, one)[0] as number;
    [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
  }
  return perm;
}

export function replayDataset(design: ReplayDesign, stream: Stream): { x: number[]; y: number[]; score: number[] } {
  const { template, inputRho } = design;
  const n = template.length;
  const { mu, sigma } = fitLognormal(design.median, design.iqr);
  const rng = stream.generator();
  const perm = permutation(rng, n);
  const x = perm.map((i) => template[i] as number);
  const midranks = rank(template);
  const m = (n + 1) / 2;
  let score: number[];
  let y: number[];
  if (design.outcome === 'rank-mixing') {
    const sd = Math.sqrt(midranks.reduce((s, r) => s + (r - m) ** 2, 0) / n) || 1;
    const noisePerm = permutation(rng, n);
    const u = fillUniform(rng, new Float64Array(n));
    const J = design.jitter ?? 0.49;
    const noise = noisePerm.map(
      (p, j) => (p + 1 + (-J + (J + J) * (u[j] as number)) - m) / Math.sqrt((n * n - 1) / 12),
    );
    const r = clip(inputRho);
    score = perm.map((i, j) => r * (((midranks[i] as number) - m) / sd) + Math.sqrt(1 - r * r) * (noise[j] as number));
    // n marginal draws: exp(mu + sigma·z) with z from fillNormal, i.e. quantile(u) on fillNormal's lattice.
    const draws = Array.from(fillNormal(rng, new Float64Array(n)), (z) => Math.exp(mu + sigma * z)).sort(
      (a, b) => a - b,
    );
    const order = Array.from({ length: n }, (_, j) => j).sort(
      (a, b) => (score[a] as number) - (score[b] as number) || a - b,
    );
    y = new Array<number>(n);
    order.forEach((j, i) => {
      (y as number[])[j] = draws[i] as number;
    });
  } else if (design.outcome === 'gaussian-copula') {
    const eps = fillNormal(rng, new Float64Array(n));
    const r = clip(2 * Math.sin((Math.PI * inputRho) / 6));
    score = perm.map(
      (i, j) => r * normalPpf(((midranks[i] as number) - 0.5) / n) + Math.sqrt(1 - r * r) * (eps[j] as number),
    );
    y = score.map((s) => Math.exp(mu + sigma * normalPpf(Math.min(1 - 1e-12, Math.max(1e-12, normalCdf(s))))));
  } else {
    const eps = fillNormal(rng, new Float64Array(n));
    let sum = 0;
    for (const v of template) sum += v;
    const mean = sum / n;
    let ss = 0;
    for (const v of template) ss += (v - mean) ** 2;
    const sd = Math.sqrt(ss / n);
    const r = clip(2 * Math.sin((Math.PI * inputRho) / 6));
    score = perm.map(
      (i, j) =>
        r * (sd < 1e-12 ? 0 : ((template[i] as number) - mean) / sd) + Math.sqrt(1 - r * r) * (eps[j] as number),
    );
    y = score.map((s) => Math.exp(mu + sigma * s));
  }
  return { x, y, score };
}
