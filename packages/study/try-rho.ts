import { spearman } from '@bootstat/stats';
import { planStudy } from './src/index';
import { runDatasets } from './src/internal/run-datasets';
import { scenarioStreams } from './src/internal/scenario-streams';
import { readStudySpec } from './src/node';

const spec = readStudySpec('../../docs/examples/study-quick.yaml');
const plan = planStudy({ ...spec, nReps: 2000, methods: ['percentile'], nResamples: 10 });
for (const sc of plan.scenarios) {
  const cal = plan.calibrate(sc);
  const d = runDatasets(plan, sc, cal.inputRho, 0, 2000, 'batch');
  const g = plan.generators.design(plan.spec, sc, plan.template(sc), cal.inputRho);
  const x = new Float64Array(80),
    y = new Float64Array(80);
  const st = scenarioStreams(plan.spec.seed, sc);
  let s = 0,
    s2 = 0,
    diff = 0;
  for (let r = 0; r < 2000; r++) {
    g.generate(st.data.child(r), x, y);
    const v = spearman(x, y);
    s += v;
    s2 += d.rhoHat[r]!;
    if (v !== d.rhoHat[r]) diff++;
  }
  console.log(
    sc.id,
    cal.inputRho.toFixed(4),
    cal.achievedMeanRho.toFixed(4),
    'direct',
    (s / 2000).toFixed(4),
    'study',
    (s2 / 2000).toFixed(4),
    'diffs',
    diff,
  );
}
