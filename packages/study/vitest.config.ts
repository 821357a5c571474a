import { bootstatProject } from '../../tooling/test/vitest.shared';

// Studies simulate: a test may take seconds on a loaded 2-core machine (the time itself is never asserted).
export default bootstatProject('study', { test: { testTimeout: 30_000 } });
