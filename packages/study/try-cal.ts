import { calibrateRho, createDatasetGenerator, tiedLevels } from '@bootstat/generators';
import { streamTree } from '@bootstat/rng';
import { spearman } from '@bootstat/stats';

const template = tiedLevels({ counts: [20, 20, 20, 20] });
const c = calibrateRho({
  template,
  outcome: { name: 'rank-mixing' },
  target: -0.13,
  datasets: 4000,
  stream: streamTree(1).child('cal'),
});
console.log(c);
for (const rhoIn of [c.inputRho, -0.15059]) {
  const g = createDatasetGenerator({
    template,
    outcome: { name: 'rank-mixing' },
    marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } },
    inputRho: rhoIn,
  });
  const x = new Float64Array(80),
    y = new Float64Array(80);
  let s = 0;
  const N = 40000;
  for (let d = 0; d < N; d++) {
    g.generate(streamTree(99).child('fresh').child(d), x, y);
    s += spearman(x, y);
  }
  console.log(rhoIn, 'fresh mean', s / N);
  // same streams as calibration
  let s2 = 0;
  for (let d = 0; d < 4000; d++) {
    g.generate(streamTree(1).child('cal').child(d), x, y);
    s2 += spearman(x, y);
  }
  console.log(rhoIn, 'cal-stream mean', s2 / 4000);
}
