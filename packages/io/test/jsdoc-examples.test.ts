// Every public function's JSDoc has an @example that runs as written (paths from the repository root), and each
// line `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as io from '../src/index';
import * as ioNode from '../src/node';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [io, ioNode],
  scope: {
    ...io,
    ...ioNode,
    tmpdir,
    // Paths in the examples are relative to the repository root.
    findFiles: (patterns: readonly string[], options: ioNode.FindFilesOptions = {}) =>
      ioNode.findFiles(patterns, { cwd: REPO, ...options }),
  },
  atLeast: 25,
});
