import { bootstatProject } from '../../tooling/test/vitest.shared';

export default bootstatProject('docs', { test: { testTimeout: 120_000, hookTimeout: 120_000 } });
