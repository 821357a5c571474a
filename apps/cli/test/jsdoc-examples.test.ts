// Every function of the browser-safe entry `bootstat/plots` has a JSDoc @example that runs as written, and each line
// `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as plots from '../src/plots';

describeJsdocExamples({
  // plots re-exports from src/output/; every example found there runs, and each function of plots must have one.
  src: new URL('../src/output/', import.meta.url),
  modules: [plots],
  scope: { ...plots },
  atLeast: 3,
});
