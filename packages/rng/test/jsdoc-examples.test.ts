// Every public function's JSDoc has an @example that runs as written, and each line `expression; // value` whose
// value is a JavaScript literal is checked: the example says what it gives.
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as rng from '../src/index';

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [rng],
  scope: { ...rng },
  atLeast: 10,
});
