// The Node-only entry: processes. Everything in the main entry runs in a browser too.
export {
  type CommandProposerInput,
  type CommandProposerOptions,
  createCommandProposer,
} from './node/command-proposer';
export { createNodeProposerRegistry } from './node/create-node-proposer-registry';
