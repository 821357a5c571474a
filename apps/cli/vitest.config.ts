import { bootstatProject } from '../../tooling/test/vitest.shared';

// End-to-end tests spawn the built dist/cli.js (pnpm test builds first).
export default bootstatProject('cli', { test: { testTimeout: 30_000 } });
