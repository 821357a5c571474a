import { runStudy } from './src/index';
import { readStudySpec } from './src/node';

const spec = readStudySpec('../../docs/examples/karwowski-study.yaml');
const t = performance.now();
let cal = 0;
const r = runStudy(spec, {
  onProgress: (p) => {
    if (p.datasetsDone === 200 && cal === 0) cal = performance.now() - t;
  },
});
console.log('total ms', performance.now() - t, 'first scenario', cal);
for (const s of r.scenarios.slice(0, 4))
  console.log(
    s.id,
    s.calibration.inputRho.toFixed(4),
    s.calibration.achievedMeanRho.toFixed(4),
    s.rhoHat.mean.toFixed(4),
    s.intervals[0]?.low.mean.toFixed(4),
    s.intervals[0]?.high.mean.toFixed(4),
    s.intervals[0]?.coverage.rate,
  );
