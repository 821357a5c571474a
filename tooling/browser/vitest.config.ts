import { bootstatProject } from '../test/vitest.shared';

export default bootstatProject('browser', { test: { testTimeout: 60_000 } });
