// docs/scaling.md's recipes work as written: the GitHub Actions workflow, the Kubernetes Jobs, the Slurm array and
// GNU parallel. Their YAML parses and has the shape its engine needs, their shell passes `bash -n`, every
// `bootstat …` in them uses only flags `bootstat study` takes, and each recipe's shard and merge commands, run as
// their engine would run them (with a small spec and the built CLI), merge into the bytes of the unsharded run.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { STUDY_FLAGS } from '../src/commands/study';
import { CLI, REPO, runCli, tempDir } from './run-cli';

const DOC = 'docs/scaling.md';
const SPEC = join(REPO, 'apps/cli/test/fixtures/study-small.yaml');
const VALIDATOR = join(REPO, 'tooling/repo/node_modules/.bin/action-validator');

interface Block {
  readonly lang: string;
  readonly text: string;
}

/** The fenced code blocks of a Markdown text, with their language tags. */
function fencedBlocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({
    lang: m[1] as string,
    text: m[2] as string,
  }));
}

const SHELL = new Set(['bash', 'sh', 'shell']);

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface Recipes {
  readonly workflow: Json;
  readonly workflowText: string;
  readonly indexedJob: Json;
  readonly mergeJob: Json;
  readonly slurmScript: string;
  readonly slurmSubmit: string;
  readonly parallel: string;
  readonly blocks: Block[];
}

/** Finds each recipe's block; a recipe that is missing fails here, naming it. */
function recipes(markdown = readFileSync(join(REPO, DOC), 'utf8')): Recipes {
  const blocks = fencedBlocks(markdown);
  const yamls = blocks.filter((b) => b.lang === 'yaml').map((b) => ({ text: b.text, doc: obj(parse(b.text)) }));
  const shells = blocks.filter((b) => SHELL.has(b.lang)).map((b) => b.text);
  const jobs = yamls.filter((y) => y.doc.kind === 'Job');
  const containerText = (job: Json) => JSON.stringify(obj(obj(job.spec).template));
  const found = {
    workflow: yamls.find((y) => 'jobs' in y.doc),
    indexedJob: jobs.find((y) => obj(y.doc.spec).completionMode === 'Indexed')?.doc,
    mergeJob: jobs.find((y) => containerText(y.doc).includes('bootstat study merge'))?.doc,
    slurmScript: shells.find((s) => /^#SBATCH --array=/m.test(s)),
    slurmSubmit: shells.find((s) => /sbatch [^\n]*--dependency=afterok/.test(s)),
    parallel: shells.find((s) => /^parallel -j /m.test(s)),
  };
  for (const [name, value] of Object.entries(found)) {
    if (value === undefined) throw new Error(`${DOC} has no ${name} recipe (a fenced yaml or bash block)`);
  }
  return {
    workflow: found.workflow?.doc as Json,
    workflowText: found.workflow?.text as string,
    indexedJob: found.indexedJob as Json,
    mergeJob: found.mergeJob as Json,
    slurmScript: found.slurmScript as string,
    slurmSubmit: found.slurmSubmit as string,
    parallel: found.parallel as string,
    blocks,
  };
}

// ---- commands: finding `bootstat …` in shell text, and checking its flags ----

/** `${{ … }}` as one word, so that a workflow expression is not split at its spaces. */
const EXPRESSION = /\$\{\{[^}]*\}\}/g;

/**
 * The words of every `bootstat …` command in a shell text (quotes removed): continuation lines joined; a command
 * ends at the end of its line, a shell operator, GNU parallel's `:::`, a comment, or the quote that closes the
 * string it sits in (`--wrap "bootstat …"`).
 */
function bootstatCommands(text: string): string[][] {
  const commands: string[][] = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    for (const m of line.matchAll(/(^|[\s"'])bootstat\s/g)) {
      const outer = m[1] === '"' || m[1] === "'" ? m[1] : undefined;
      commands.push(words(line.slice((m.index as number) + m[0].length), outer));
    }
  }
  return commands;
}

function words(rest: string, outer: string | undefined): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < rest.length) {
    while (rest[i] === ' ' || rest[i] === '\t') i++;
    if (i >= rest.length || rest[i] === outer || rest[i] === '#') break;
    if (/^(&&|\|\||;|\||\)|:::)/.test(rest.slice(i))) break;
    let word = '';
    while (i < rest.length && rest[i] !== ' ' && rest[i] !== '\t' && rest[i] !== outer) {
      const c = rest[i] as string;
      const expression = /^\$\{\{[^}]*\}\}/.exec(rest.slice(i));
      if (expression !== null) {
        word += expression[0];
        i += expression[0].length;
      } else if ((c === '"' || c === "'") && outer === undefined) {
        const end = rest.indexOf(c, i + 1) === -1 ? rest.length : rest.indexOf(c, i + 1);
        word += rest.slice(i + 1, end);
        i = end + 1;
      } else {
        word += c;
        i++;
      }
    }
    out.push(word);
  }
  return out;
}

const LONG = new Set(Object.keys(STUDY_FLAGS).map((name) => `--${name}`));
const SHORT = new Set(
  Object.values(STUDY_FLAGS).flatMap((spec) => ('short' in spec && spec.short ? [`-${spec.short}`] : [])),
);
const TAKES_VALUE = new Set(
  Object.entries(STUDY_FLAGS).flatMap(([name, spec]) =>
    spec.type === 'string' ? [`--${name}`, ...('short' in spec && spec.short ? [`-${spec.short}`] : [])] : [],
  ),
);
/** A number, or what stands for one: a workflow expression, GNU parallel's {}, a shell or Kubernetes variable. */
const NUMBER = String.raw`(\d+|\$\{\{[^}]*\}\}|\{\}|\$\{?\w+\}?|\$\(\w+\))`;
const SHARD_VALUE = new RegExp(`^(auto|${NUMBER}/${NUMBER})$`);

/** What is wrong with a `bootstat …` command's flags (empty when nothing is), with the command's values. */
function checkCommand(command: readonly string[]): { problems: string[]; values: Map<string, string> } {
  const problems: string[] = [];
  const values = new Map<string, string>();
  if (command[0] !== 'study') problems.push(`runs 'bootstat ${command[0]}', not 'bootstat study'`);
  for (let i = 1; i < command.length; i++) {
    const word = command[i] as string;
    if (!word.startsWith('-') || word === '-') continue;
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? word.split(/=(.*)/s) : [word, undefined];
    if (!LONG.has(flag as string) && !SHORT.has(flag as string)) {
      problems.push(`${flag}: not a flag of bootstat study`);
      continue;
    }
    if (TAKES_VALUE.has(flag as string)) {
      const value = inline ?? command[++i];
      if (value === undefined) problems.push(`${flag} has no value`);
      else values.set(flag as string, value);
    }
  }
  const shard = values.get('--shard');
  if (shard !== undefined && !SHARD_VALUE.test(shard)) problems.push(`--shard ${shard}: not auto or INDEX/COUNT`);
  if (shard !== undefined && !values.has('--out') && !values.has('-o')) problems.push('--shard without --out');
  return { problems, values };
}

/** The shell text of every recipe: the shell blocks, the workflow's run steps, the Jobs' container commands. */
function shellTexts(r: Recipes): { where: string; text: string }[] {
  const steps = Object.entries(obj(r.workflow.jobs)).flatMap(([name, job]) =>
    list(obj(job).steps).flatMap((s) =>
      typeof obj(s).run === 'string' ? [{ where: `workflow job ${name}`, text: obj(s).run as string }] : [],
    ),
  );
  const containers = [r.indexedJob, r.mergeJob].flatMap((job) =>
    list(obj(obj(obj(job.spec).template).spec).containers).map((c) => ({
      where: `Job ${obj(job.metadata).name}`,
      text: [...list(obj(c).command), ...list(obj(c).args)].join(' '),
    })),
  );
  const shells = r.blocks
    .filter((b) => SHELL.has(b.lang))
    .map((b, i) => ({ where: `shell block ${i + 1}`, text: b.text }));
  return [...shells, ...steps, ...containers];
}

// ---- running: the built CLI as `bootstat`, stand-ins for the engines' tools ----

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns without blocking, so that a recipe's shards run side by side as their engine runs them. */
function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const script = (path: string, text: string) => {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
};

/**
 * A directory of commands for the recipes: `bootstat` (the built CLI), `npx` (runs `npx bootstat …` as `bootstat
 * …`, never the registry), `sbatch` (logs its arguments, prints job id 4242 for a script, runs a --wrap command
 * with sh as Slurm does) and, when GNU parallel is not installed, a stand-in that runs the command once per
 * argument after ::: with {} replaced.
 */
function tools(): { env: (extra?: Record<string, string>) => Record<string, string> } {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  script(join(bin, 'bootstat'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
  script(
    join(bin, 'npx'),
    '#!/bin/sh\n[ "$1" = bootstat ] || { echo "npx stand-in: runs only bootstat, got $*" >&2; exit 127; }\nexec "$@"\n',
  );
  script(
    join(bin, 'sbatch'),
    [
      '#!/bin/bash',
      'echo "$*" >> "$SBATCH_LOG"',
      'wrap=',
      'while [ $# -gt 0 ]; do',
      '  case "$1" in',
      '    --wrap) wrap=$2; shift 2 ;;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
      '    --wrap=*) wrap=${1#--wrap=}; shift ;;',
      '    *) shift ;;',
      '  esac',
      'done',
      'if [ -n "$wrap" ]; then exec sh -c "$wrap"; fi',
      'echo 4242',
      '',
    ].join('\n'),
  );
  const path = process.env.PATH ?? '/usr/bin:/bin';
  if (spawnSync('sh', ['-c', 'command -v parallel'], { env: { PATH: path } }).status !== 0) {
    script(
      join(bin, 'parallel'),
      [
        '#!/bin/bash',
        '# GNU parallel stand-in: options before the command are skipped; the command runs once per argument.',
        'while [[ $1 == -* ]]; do case $1 in -j|-S|--jobs|--sshlogin) shift 2 ;; *) shift ;; esac; done',
        'cmd=()',
        'while [ $# -gt 0 ] && [ "$1" != ":::" ]; do cmd+=("$1"); shift; done',
        'shift',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
        'for a in "$@"; do "${cmd[@]//\\{\\}/$a}" || exit 1; done',
        '',
      ].join('\n'),
    );
  }
  const home = tempDir();
  return { env: (extra = {}) => ({ PATH: `${bin}:${path}`, HOME: home, ...extra }) };
}

/** A fresh directory holding the small spec as spec.yaml, as each recipe expects it. */
function workDir(): string {
  const dir = tempDir();
  copyFileSync(SPEC, join(dir, 'spec.yaml'));
  return dir;
}

let unshardedBytes: string | undefined;
/** `bootstat study spec.yaml --format json`: what every recipe's merge must give, byte for byte. */
function unsharded(): string {
  if (unshardedBytes === undefined) {
    const dir = workDir();
    const r = runCli(['study', 'spec.yaml', '--format', 'json', '--out', 'study.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    unshardedBytes = readFileSync(join(dir, 'study.json'), 'utf8');
    expect(JSON.parse(unshardedBytes).kind).toBe('study');
  }
  return unshardedBytes;
}

const ok = (r: Run, what: string) => expect(r.code, `${what}\n${r.stderr}${r.stdout}`).toBe(0);

// ---- the tests ----

describe(`${DOC}: the recipes are there and well formed`, () => {
  const r = recipes();

  it('has every recipe, each in a fenced block with a language tag', () => {
    expect(r.blocks.every((b) => b.lang !== '')).toBe(true);
    for (const lang of ['yaml', 'bash', 'ts']) expect(r.blocks.some((b) => b.lang === lang)).toBe(true);
  });

  it('every YAML block parses (YAML 1.2, no duplicate keys)', () => {
    for (const b of r.blocks.filter((x) => x.lang === 'yaml')) {
      const docs = parseAllDocuments(b.text, { uniqueKeys: true });
      for (const d of Array.isArray(docs) ? docs : [docs]) expect(d.errors, b.text).toEqual([]);
    }
  });

  it('every shell block passes bash -n', () => {
    const dir = tempDir();
    for (const [i, b] of r.blocks.filter((x) => SHELL.has(x.lang)).entries()) {
      const file = join(dir, `block-${i}.sh`);
      writeFileSync(file, b.text);
      const check = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
      expect(check.status, `${b.text}\n${check.stderr}`).toBe(0);
    }
  });

  it('every bootstat command uses only flags of bootstat study, and --shard is auto or INDEX/COUNT', () => {
    const texts = shellTexts(r);
    const commands = texts.flatMap((t) => bootstatCommands(t.text).map((c) => ({ ...t, command: c })));
    // The shard and merge commands of all four recipes, and more.
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const c of commands) {
      expect(checkCommand(c.command).problems.join('; '), `${c.where}: bootstat ${c.command.join(' ')}`).toBe('');
    }
    expect(commands.filter((c) => c.command[1] === 'merge').length).toBeGreaterThanOrEqual(4);
  });

  it('the GitHub Actions workflow: a matrix of shards uploading parts, a merge job that needs them', () => {
    const wf = r.workflow;
    expect(wf.on).toBeDefined();
    const jobs = Object.entries(obj(wf.jobs));
    const shard = jobs.find(([, j]) => obj(j).strategy !== undefined);
    expect(shard, 'a job with strategy.matrix').toBeDefined();
    const [shardName, shardJob] = shard as [string, unknown];
    const matrix = obj(obj(obj(shardJob).strategy).matrix);
    const axes = Object.entries(matrix).filter(([, v]) => Array.isArray(v));
    expect(axes).toHaveLength(1);
    const values = (axes[0] as [string, unknown[]])[1];
    expect(values).toEqual(values.map((_, i) => i));
    const uses = (job: unknown) => list(obj(job).steps).map((s) => String(obj(s).uses ?? ''));
    expect(uses(shardJob)).toContain('actions/upload-artifact@v4');
    // The shard's count is the matrix's length (or strategy.job-total).
    const command = bootstatCommands(
      list(obj(shardJob).steps)
        .map((s) => String(obj(s).run ?? ''))
        .join('\n'),
    ).find((c) => c.includes('--shard'));
    const count = checkCommand(command ?? [])
      .values.get('--shard')
      ?.split('/')[1];
    expect(
      count === String(values.length) || /^\$\{\{ *strategy\.job-total *\}\}$/.test(count ?? ''),
      `count ${count}`,
    ).toBe(true);

    const merge = jobs.find(([, j]) => [obj(j).needs].flat().includes(shardName));
    expect(merge, `a job with needs: ${shardName}`).toBeDefined();
    const mergeJob = (merge as [string, unknown])[1];
    const download = list(obj(mergeJob).steps).find((s) => obj(s).uses === 'actions/download-artifact@v4');
    expect(download, 'a download-artifact@v4 step').toBeDefined();
    expect(obj(obj(download).with)['merge-multiple']).toBe(true);
    expect(typeof obj(obj(download).with).pattern).toBe('string');
    expect(uses(mergeJob)).toContain('actions/upload-artifact@v4');
  });

  it('the GitHub Actions workflow is valid (action-validator, as the repository checks its own)', () => {
    expect(existsSync(VALIDATOR), `${VALIDATOR}: run pnpm install`).toBe(true);
    const file = join(tempDir(), 'study.yml');
    writeFileSync(file, r.workflowText);
    const check = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('the Kubernetes Job: Indexed, its completions equal to --shard-count, a merge Job on the same volume', () => {
    const spec = obj(r.indexedJob.spec);
    expect(r.indexedJob.apiVersion).toBe('batch/v1');
    expect(r.indexedJob.kind).toBe('Job');
    expect(spec.completionMode).toBe('Indexed');
    expect(Number.isInteger(spec.completions)).toBe(true);
    expect(Number(spec.parallelism)).toBeGreaterThan(0);
    const pod = obj(obj(spec.template).spec);
    expect(['Never', 'OnFailure']).toContain(pod.restartPolicy);
    const container = obj(list(pod.containers)[0]);
    const command = bootstatCommands([...list(container.command), ...list(container.args)].join(' '))[0] ?? [];
    const { values } = checkCommand(command);
    expect(values.get('--shard')).toBe('auto');
    expect(values.get('--shard-count')).toBe(String(spec.completions));
    expect(values.get('--out')).toContain('$(JOB_COMPLETION_INDEX)');

    const claim = (job: Json) =>
      list(obj(obj(obj(job.spec).template).spec).volumes)
        .map((v) => obj(obj(v).persistentVolumeClaim).claimName)
        .find((c) => c !== undefined);
    expect(claim(r.indexedJob)).toBeDefined();
    expect(claim(r.mergeJob)).toBe(claim(r.indexedJob));
    const image = (job: Json) => obj(list(obj(obj(obj(job.spec).template).spec).containers)[0]).image;
    expect(image(r.mergeJob)).toBe(image(r.indexedJob));
  });

  it("the Slurm script's --shard-count is its array's size", () => {
    const tasks = slurmArray(r.slurmScript);
    const command = bootstatCommands(r.slurmScript).find((c) => c.includes('--shard')) ?? [];
    const { values } = checkCommand(command);
    expect(values.get('--shard')).toBe('auto');
    expect(values.get('--shard-count')).toBe(String(tasks.ids.length));
  });
});

/** The tasks of `#SBATCH --array=FIRST-LAST[:STEP][%LIMIT]`. */
function slurmArray(text: string): { ids: number[]; min: number; max: number; step: number } {
  const m = /^#SBATCH --array=(\d+)-(\d+)(?::(\d+))?(?:%\d+)?$/m.exec(text);
  if (m === null) throw new Error('the Slurm script has no #SBATCH --array=FIRST-LAST');
  const [min, last, step] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const ids: number[] = [];
  for (let id = min; id <= last; id += step) ids.push(id);
  return { ids, min, max: ids.at(-1) as number, step };
}

describe(`${DOC}: the recipes, run, merge into the unsharded report`, () => {
  const r = recipes();

  it('Slurm: every array task runs the script (--shard auto from the SLURM_* variables); the merge runs after', async () => {
    const { env } = tools();
    const dir = workDir();
    const submit = /sbatch --parsable ([^\s);&|]+)/.exec(r.slurmSubmit)?.[1];
    expect(submit, 'sbatch --parsable SCRIPT').toBeDefined();
    writeFileSync(join(dir, submit as string), r.slurmScript);
    const array = slurmArray(r.slurmScript);
    const tasks = await Promise.all(
      array.ids.map((id) =>
        run('bash', [submit as string], {
          cwd: dir,
          env: env({
            SLURM_ARRAY_JOB_ID: '4242',
            SLURM_ARRAY_TASK_ID: String(id),
            SLURM_ARRAY_TASK_MIN: String(array.min),
            SLURM_ARRAY_TASK_MAX: String(array.max),
            SLURM_ARRAY_TASK_COUNT: String(array.ids.length),
            SLURM_ARRAY_TASK_STEP: String(array.step),
            // The script's --cpus-per-task is for the cluster; here one thread each (no worker count changes a bit).
            SLURM_CPUS_PER_TASK: '1',
          }),
        }),
      ),
    );
    for (const [i, t] of tasks.entries()) {
      ok(t, `task ${array.ids[i]}`);
      expect(t.stderr).toContain(`--shard auto: shard ${i}/${array.ids.length} from a Slurm array`);
    }
    const log = join(dir, 'sbatch.log');
    ok(await run('bash', ['-c', r.slurmSubmit], { cwd: dir, env: env({ SBATCH_LOG: log }) }), 'the submit lines');
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls).toHaveLength(2);
    expect(calls[0]).toContain(submit);
    expect(calls[1]).toContain('--dependency=afterok:4242');
    expect(readFileSync(join(dir, 'study.json'), 'utf8')).toBe(unsharded());
  }, 120_000);

  it('Kubernetes: each index runs the container with $(JOB_COMPLETION_INDEX) expanded; the merge Job after', async () => {
    const { env } = tools();
    const specDir = workDir();
    const resultsDir = tempDir();
    const mounts = (job: Json) => {
      const pod = obj(obj(obj(job.spec).template).spec);
      const container = obj(list(pod.containers)[0]);
      const local = new Map<string, string>();
      for (const v of list(pod.volumes)) {
        const volume = obj(v);
        local.set(String(volume.name), volume.configMap !== undefined ? specDir : resultsDir);
      }
      return {
        container,
        // A path under a mount, as the pod sees it, to the directory that stands for the volume here.
        map: (text: string) =>
          list(container.volumeMounts).reduce<string>((t, m) => {
            const mount = obj(m);
            const at = String(mount.mountPath).replace(/\/$/, '');
            return t.replace(
              new RegExp(`(^|[\\s=])${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'g'),
              `$1${local.get(String(mount.name))}/`,
            );
          }, text),
      };
    };
    const shard = mounts(r.indexedJob);
    const count = Number(obj(r.indexedJob.spec).completions);
    const expand = (text: string, vars: Record<string, string>) =>
      text.replace(/\$\((\w+)\)/g, (all, name: string) => vars[name] ?? all);
    const pods = await Promise.all(
      Array.from({ length: count }, (_, index) => {
        // The Job controller sets JOB_COMPLETION_INDEX; Kubernetes expands $(VAR) in command and args from it.
        const vars = { JOB_COMPLETION_INDEX: String(index) };
        const [command, ...args] = [...list(shard.container.command), ...list(shard.container.args)].map((a) =>
          shard.map(expand(String(a), vars)),
        );
        // --workers matches the pod's CPU request; here one thread each (no worker count changes a bit).
        const workers = args.indexOf('--workers');
        if (workers >= 0) args[workers + 1] = '1';
        return run(command as string, args, { cwd: tempDir(), env: env(vars) });
      }),
    );
    for (const [i, p] of pods.entries()) {
      ok(p, `index ${i}`);
      expect(p.stderr).toContain(`--shard auto: shard ${i}/${count} from a Kubernetes Indexed Job`);
    }
    const merge = mounts(r.mergeJob);
    const [command, ...args] = [...list(merge.container.command), ...list(merge.container.args)].map((a) =>
      merge.map(String(a)),
    );
    ok(await run(command as string, args, { cwd: tempDir(), env: env() }), 'the merge Job');
    const out = checkCommand(bootstatCommands(args.join(' '))[0] ?? []).values.get('--out') as string;
    expect(readFileSync(out, 'utf8')).toBe(unsharded());
  }, 120_000);

  it('GitHub Actions: each matrix job runs its steps, the artifacts go to the merge job, which merges', async () => {
    const { env } = tools();
    const jobs = Object.entries(obj(r.workflow.jobs));
    const [shardName, shardJob] = jobs.find(([, j]) => obj(j).strategy !== undefined) as [string, unknown];
    const [, mergeJob] = jobs.find(([, j]) => [obj(j).needs].flat().includes(shardName)) as [string, unknown];
    const [axis, values] = Object.entries(obj(obj(obj(shardJob).strategy).matrix)).find(([, v]) =>
      Array.isArray(v),
    ) as [string, unknown[]];
    const artifacts = new Map<string, string[]>();
    const substitute = (text: string, context: Record<string, string>) =>
      text.replace(EXPRESSION, (e) => {
        const key = e.slice(3, -2).trim();
        if (!(key in context)) throw new Error(`the test does not know ${e}`);
        return context[key] as string;
      });
    const steps = async (job: unknown, dir: string, context: Record<string, string>) => {
      for (const s of list(obj(job).steps).map(obj)) {
        const uses = String(s.uses ?? '');
        const args = obj(s.with);
        if (typeof s.run === 'string' && s.run.includes('bootstat')) {
          // GitHub runs a step's script with bash -e; checkout, setup-node and npm ci are the runner's business.
          ok(await run('bash', ['-e', '-c', substitute(s.run, context)], { cwd: dir, env: env() }), s.run);
        } else if (uses.startsWith('actions/upload-artifact@')) {
          const path = join(dir, substitute(String(args.path), context));
          expect(existsSync(path), `upload ${path}`).toBe(true);
          artifacts.set(substitute(String(args.name), context), [path]);
        } else if (uses.startsWith('actions/download-artifact@')) {
          const pattern = new RegExp(
            `^${String(args.pattern)
              .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '.*')}$`,
          );
          const to = join(dir, String(args.path ?? '.'));
          mkdirSync(to, { recursive: true });
          expect(args['merge-multiple']).toBe(true);
          for (const [name, files] of artifacts) {
            if (!pattern.test(name)) continue;
            for (const f of files) copyFileSync(f, join(to, f.split('/').at(-1) as string));
          }
        }
      }
    };
    await Promise.all(
      values.map((v, i) =>
        steps(shardJob, workDir(), {
          [`matrix.${axis}`]: String(v),
          'strategy.job-index': String(i),
          'strategy.job-total': String(values.length),
        }),
      ),
    );
    expect(artifacts.size).toBe(values.length);
    await steps(mergeJob, workDir(), {});
    const uploads = list(obj(mergeJob).steps)
      .map(obj)
      .filter((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    const result = artifacts.get(String(obj((uploads.at(-1) as Json).with).name)) as string[];
    expect(readFileSync(result[0] as string, 'utf8')).toBe(unsharded());
  }, 120_000);

  it('GNU parallel: the one-machine line computes every shard and merges them', async () => {
    const { env } = tools();
    const dir = workDir();
    const line = r.parallel
      .replace(/\\\n/g, ' ')
      .split('\n')
      .find((l) => /^parallel -j /.test(l)) as string;
    ok(await run('bash', ['-c', line], { cwd: dir, env: env() }), line);
    expect(readFileSync(join(dir, 'study.json'), 'utf8')).toBe(unsharded());
  }, 120_000);

  it('the TypeScript orchestrator runs as written and writes the unsharded report', async () => {
    const block = r.blocks.find((b) => b.lang === 'ts' && b.text.includes('mergeStudyParts'));
    expect(block, 'a ts block that merges parts').toBeDefined();
    const dir = workDir();
    // The packages as a user installs them: its built entry points (node_modules/@bootstat/study → packages/study).
    mkdirSync(join(dir, 'node_modules/@bootstat'), { recursive: true });
    symlinkSync(join(REPO, 'packages/study'), join(dir, 'node_modules/@bootstat/study'), 'dir');
    symlinkSync(join(REPO, 'packages/io'), join(dir, 'node_modules/@bootstat/io'), 'dir');
    const js = ts.transpileModule((block as Block).text, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, 'orchestrate.mjs'), js);
    ok(await run(process.execPath, ['orchestrate.mjs'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } }), js);
    expect(readFileSync(join(dir, 'study.json'), 'utf8')).toBe(unsharded());
  }, 120_000);
});

describe('the checks can fail', () => {
  it('a misspelt flag, a bad --shard, a missing recipe and a --shard without --out are caught', () => {
    expect(checkCommand(['study', 'spec.yaml', '--shards', '0/4', '--out', 'p.json']).problems).toEqual([
      '--shards: not a flag of bootstat study',
    ]);
    expect(checkCommand(['study', 'spec.yaml', '--shard', '4', '--out', 'p.json']).problems).toEqual([
      '--shard 4: not auto or INDEX/COUNT',
    ]);
    expect(checkCommand(['study', 'spec.yaml', '--shard', '1/4']).problems).toEqual(['--shard without --out']);
    expect(() => recipes('```yaml\na: 1\n```\n')).toThrow(/has no workflow recipe/);
    expect(bootstatCommands('sbatch --wrap "bootstat study merge p/*.json --out s.json" && echo bootstat-x')).toEqual([
      ['study', 'merge', 'p/*.json', '--out', 's.json'],
    ]);
  });
});
