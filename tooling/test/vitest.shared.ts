import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineProject, mergeConfig, type ViteUserConfig } from 'vitest/config';

/** Tests read sibling packages' `src/` through this export condition, so no build is needed first. */
export const SOURCE_CONDITION = '@bootstat/source';

const setupFile = fileURLToPath(new URL('./setup.ts', import.meta.url));

/** The Vitest project config every package and app uses; `name` is the project's name in the summary. */
export function bootstatProject(name: string, overrides: ViteUserConfig = {}): ViteUserConfig {
  const conditions = [SOURCE_CONDITION, ...defaultServerConditions];
  const base = defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: [SOURCE_CONDITION] } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      setupFiles: [setupFile],
      restoreMocks: true,
    },
  });
  return mergeConfig(base, overrides);
}
