import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS, ACTION_OUTPUTS, type ActionInput, INPUT_DEFAULTS, readConfig } from '../src/config';

const root = join(import.meta.dirname, '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    const read: string[] = [];
    readConfig((name) => {
      read.push(name);
      return { report: 'a.json', threshold: '0.8' }[name as string] ?? '';
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    expect([...read].sort()).toEqual([...ACTION_INPUTS].sort());
    // and nothing reads an input except through readConfig: main.ts hands it the runner's getInput, once
    const main = readFileSync(join(root, 'src/main.ts'), 'utf8');
    expect(main.match(/getInput\(/g) ?? []).toHaveLength(1);
    expect(main).toMatch(/readConfig\(\(name: ActionInput\) => getInput\(name, env\)\)/);
    const others = readdirSync(join(root, 'src'))
      .filter((f) => f !== 'runner.ts' && f !== 'main.ts' && f !== 'config.ts')
      .map((f) => readFileSync(join(root, 'src', f), 'utf8'));
    expect(others.join('\n')).not.toMatch(/getInput|INPUT_|process\.env/);
  });

  it('declares the defaults the code falls back to, and requires the inputs without one', () => {
    for (const name of ACTION_INPUTS) {
      const declared = action.inputs[name];
      expect(declared?.default, name).toBe(INPUT_DEFAULTS[name as ActionInput]);
      expect(declared?.required, name).toBe(INPUT_DEFAULTS[name as ActionInput] === undefined);
    }
  });

  it('declares exactly the outputs the code sets, and runs the committed bundle on a supported Node', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
    const main = readFileSync(join(root, 'src/main.ts'), 'utf8');
    const set = [...main.matchAll(/set(?:Output)?\('([a-z-]+)'/g)].map((m) => m[1]);
    expect([...new Set(set)].sort()).toEqual([...ACTION_OUTPUTS].sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('docs/gate.md', () => {
  it('shows a workflow whose `with:` keys are all inputs of action.yml, the required ones included', () => {
    const doc = readFileSync(join(root, '../../docs/gate.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const workflow = parse(yaml) as { jobs: Record<string, { steps: { uses?: string; with?: object }[] }> };
    const step = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.includes('gate-action'));
    const keys = Object.keys(step?.with ?? {});
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(ACTION_INPUTS).toContain(k);
    for (const [name, input] of Object.entries(action.inputs)) if (input.required) expect(keys).toContain(name);
  });
});
