// Every exported function and class has a JSDoc @example that runs as written, and each line
// `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import * as rng from '@bootstat/rng';
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as generators from '../src/index';

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [generators],
  scope: { ...rng, ...generators },
  classes: true,
  atLeast: 15,
});
