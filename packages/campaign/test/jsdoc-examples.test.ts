// Every public function's JSDoc has an @example that runs as written (paths from the repository root), and each
// line `expression; // value` whose value is a JavaScript literal is checked: the example says what it gives.
import { fileURLToPath } from 'node:url';
import { describeJsdocExamples } from '../../../tooling/test/jsdoc-examples';
import * as campaign from '../src/index';
import * as campaignNode from '../src/node';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

describeJsdocExamples({
  src: new URL('../src/', import.meta.url),
  modules: [campaign, campaignNode],
  scope: {
    ...campaign,
    // Paths in the examples are relative to the repository root.
    readCampaign: (paths: string | readonly string[], options: campaignNode.ReadCampaignOptions = {}) =>
      campaignNode.readCampaign(paths, { cwd: REPO, ...options }),
  },
  atLeast: 5,
});
