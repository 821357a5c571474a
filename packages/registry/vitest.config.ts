import { bootstatProject } from '../../tooling/test/vitest.shared';

// Type tests (`*.test-d.ts`) run with `vitest run` too: tsc checks them and a failed assertion fails the run.
export default bootstatProject('registry', {
  test: { typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] } },
});
