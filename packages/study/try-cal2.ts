import { calibrateRho, levelCounts, tiedLevels } from '@bootstat/generators';
import { streamTree } from '@bootstat/rng';

for (const [k, p] of [
  [4, 'even'],
  [7, 'heavy_tail'],
  [10, 'heavy_center'],
  [80, 'even'],
] as const) {
  const template = tiedLevels({ counts: levelCounts(80, k, p) });
  for (let rep = 0; rep < 2; rep++) {
    const t = performance.now();
    const c = calibrateRho({
      template,
      outcome: { name: 'rank-mixing' },
      target: -0.13,
      datasets: 4000,
      stream: streamTree(rep).child('cal'),
    });
    console.log(k, p, (performance.now() - t).toFixed(1), 'ms', c.inputRho.toFixed(4), c.evaluations);
  }
}
