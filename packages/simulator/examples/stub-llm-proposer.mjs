#!/usr/bin/env node
// A proposer command that plays the language model, for `bootstat optimize --proposer command:...` and the tests.
// It reads the context (JSON, on standard input), looks at where the cost went, and prints a tweaked policy
// (JSON, on standard output): less liquidity when the liquidity cost dominates, more when penalties do.
// `node stub-llm-proposer.mjs crash|garbage|hang|out-of-bounds` misbehaves on purpose, for the tests.
const mode = process.argv[2] ?? 'tweak';
if (mode === 'hang') setInterval(() => {}, 1000);
else {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    text += chunk;
  });
  process.stdin.on('end', () => {
    const context = JSON.parse(text);
    if (mode === 'crash') {
      process.stderr.write('stub: the model is unavailable\n');
      process.exit(3);
    }
    if (mode === 'garbage') {
      process.stdout.write('Sure! Here is a better policy: release everything.\n');
      return;
    }
    const policy = structuredClone(context.currentPolicy);
    const fraction = policy.parameters.initial_liquidity_fraction ?? 0.5;
    const costs = context.contextSimulation.costBreakdown;
    const penalties = costs.deadlinePenalty + costs.eodPenalty;
    const next = mode === 'out-of-bounds' ? 1.5 : penalties > costs.liquidity ? fraction * 1.25 : fraction * 0.75;
    policy.parameters = { ...policy.parameters, initial_liquidity_fraction: Math.min(1, Math.round(next * 1e4) / 1e4) };
    if (mode === 'out-of-bounds') policy.parameters.initial_liquidity_fraction = 1.5;
    process.stdout.write(`${JSON.stringify(policy)}\n`);
  });
}
