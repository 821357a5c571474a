// Every public function's JSDoc has an @example that runs as written (paths from the repository root), and each
// line `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createGeneratorRegistries } from '@bootstat/generators';
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as study from '../src/index';
import * as studyNode from '../src/node';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [study, studyNode],
  scope: {
    ...study,
    ...studyNode,
    createGeneratorRegistries,
    tmpdir,
    // Paths in the examples are relative to the repository root.
    readStudySpec: (path: string) => studyNode.readStudySpec(`${REPO}/${path}`),
  },
  atLeast: 10,
  timeout: 60_000,
});
