// Every public function's JSDoc has an @example that runs as written, and each line `expression; // value` whose
// value is a JavaScript literal is checked: the example says what it gives.
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as stats from '../src/index';
import * as statsNode from '../src/node';

// normalPpf is @bootstat/rng's, re-exported as is: its example is in packages/rng/src and runs in rng's test.
const { normalPpf: _rng, ...own } = stats;

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [own, statsNode],
  scope: { ...stats, ...statsNode },
  atLeast: 20,
  timeout: 60_000,
});
