import { bootstatProject } from '../../tooling/test/vitest.shared';

// Calibration and moment checks simulate thousands of datasets: seconds on a loaded 2-core machine (the time itself
// is never asserted).
export default bootstatProject('simulator', { test: { testTimeout: 30_000 } });
