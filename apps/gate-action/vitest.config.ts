import { bootstatProject } from '../../tooling/test/vitest.shared';

// The tests run dist/index.js as GitHub does (pnpm test builds first).
export default bootstatProject('gate-action', { test: { testTimeout: 30_000 } });
