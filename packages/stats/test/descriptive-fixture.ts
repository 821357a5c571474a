// The descriptive-statistics fixture, parsed with JSON.parse. An `import` of the JSON would go through Vite's JSON
// plugin, which turns −0 into 0, and the fixture's signed zeros are part of what NumPy's quantiles are checked on.
import { readFileSync } from 'node:fs';
import type descriptive from './fixtures/descriptive.json';

export const fixture: typeof descriptive = JSON.parse(
  readFileSync(new URL('./fixtures/descriptive.json', import.meta.url), 'utf8'),
);
