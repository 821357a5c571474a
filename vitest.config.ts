import { defineConfig } from 'vitest/config';

// One run over every package and app; each project's settings come from tooling/test/vitest.shared.ts.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'tooling/repo/vitest.config.ts', 'tooling/browser/vitest.config.ts'],
  },
});
