import { defineStrategy } from '@bootstat/registry';
import * as z from 'zod';
import { createProposerRegistry } from '../create-proposer-registry';
import { createCommandProposer } from './command-proposer';

const command = defineStrategy({
  name: 'command',
  kind: 'proposer',
  summary: 'Run a command: the context as JSON on its standard input, a policy as JSON on its standard output',
  options: z.strictObject({
    command: z.string().min(1).describe('the command line, run by /bin/sh -c'),
    timeoutMs: z.number().int().min(1).default(60_000).describe('kill it after this many milliseconds'),
    maxBytes: z
      .number()
      .int()
      .min(1)
      .default(1024 * 1024)
      .describe('kill it once it prints more than this many bytes'),
  }),
  run: (_: undefined, o) => createCommandProposer(o),
});

/**
 * The proposer registry with the Node-only `command` proposer (`createCommandProposer`) after the built-ins.
 *
 * @example
 * createNodeProposerRegistry().names(); // ['search', 'command']
 */
export function createNodeProposerRegistry() {
  return createProposerRegistry().register(command);
}
