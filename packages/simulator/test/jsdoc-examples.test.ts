// Every public function's JSDoc has an @example that runs as written, and each line `expression; // value` whose
// value is a JavaScript literal is checked: the example says what it gives.
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as simulator from '../src/index';
import * as node from '../src/node';

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [simulator, node],
  scope: { ...simulator, ...node },
  atLeast: 5,
});
