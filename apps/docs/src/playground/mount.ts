import { formatLocation, IoError, type NumericTable, readNumericTable } from '@bootstat/io';
import { CI_METHODS, type CiMethod } from '@bootstat/stats';
import { exact, histogramSvg, human } from 'bootstat/plots';
import { ciCommand, gateCommand, libraryCall } from './commands';
import type { GateOutcome, IntervalsOutcome, IntervalsRequest } from './compute';
import { parseNumberField, parseNumberList } from './parse-input';
import type { WorkerReply, WorkerRequest } from './protocol';
import {
  isStateHash,
  PLAYGROUND_MAX_HASH,
  PLAYGROUND_MAX_RESAMPLES,
  PLAYGROUND_STATISTICS,
  type PlaygroundState,
  type PlaygroundStatistic,
  stateFromHash,
  stateToHash,
} from './state';
import PlaygroundWorker from './worker?worker&inline';

/** How long the page waits after a keystroke before it recomputes. */
const TYPING_DELAY_MS = 300;

const METHOD_NOTES: Record<CiMethod, string> = {
  percentile: 'the middle of the replicates',
  basic: 'the percentile interval reflected about the estimate',
  normal: 'estimate ± z·(bootstrap standard error)',
  bca: 'percentiles corrected for bias and skew (the default, as SciPy)',
  studentized: 'bootstrap-t; needs a standard-error formula (mean only here)',
};

type Attrs = Record<string, string>;

/**
 * The first column of a file that reads as numbers, with @bootstat/io's reader (the CLI's): a `variant,ms` file
 * gives its `ms` column. A column that is not numbers is skipped; any other problem (an empty file, a ragged row)
 * is the reader's error.
 */
function firstNumericColumn(text: string, source: string): { table: NumericTable; column: number } {
  let columns: readonly string[] = [];
  for (let k = 0; ; k++) {
    try {
      const table = readNumericTable(text, {
        source,
        select: (names) => {
          columns = names;
          return [k];
        },
      });
      return { table, column: k };
    } catch (e) {
      // Text, or a blank or NA in a text column: not the column of numbers; the next one may be.
      const notNumbers = e instanceof IoError && (e.code === 'IO_NOT_A_NUMBER' || e.code === 'IO_MISSING_VALUE');
      if (!notNumbers || columns.length <= 1) throw e;
      if (k + 1 >= columns.length) {
        throw new IoError('IO_NOT_A_NUMBER', `no column holds only numbers (columns ${columns.join(', ')}).`, {
          source,
        });
      }
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  // Text is added as text nodes: pasted data and messages never become markup.
  for (const c of children) node.append(c);
  return node;
}

/**
 * Builds the playground inside `root` and returns a function that takes it down (the worker terminated). Plain
 * DOM, no framework: the host page (VitePress) only gives it an element.
 */
export function mountPlayground(root: HTMLElement, win: Window): () => void {
  const doc = root.ownerDocument;
  const initial = stateFromHash(win.location.hash);
  let state: PlaygroundState = initial.state;

  // --- the form -------------------------------------------------------------------------------------------------
  const tabCi = el(
    doc,
    'button',
    { type: 'button', role: 'tab', 'data-tab': 'ci', id: 'bs-tab-ci', 'aria-controls': 'bs-panel-ci' },
    'Interval',
  );
  const tabGate = el(
    doc,
    'button',
    { type: 'button', role: 'tab', 'data-tab': 'gate', id: 'bs-tab-gate', 'aria-controls': 'bs-panel-gate' },
    'Promotion gate',
  );
  const data = el(doc, 'textarea', { 'data-field': 'data', rows: '5', spellcheck: 'false' });
  const file = el(doc, 'input', { type: 'file', 'data-field': 'file', accept: '.csv,.tsv,.txt,.json,.jsonl' });
  const statistic = el(doc, 'select', { 'data-field': 'statistic' });
  for (const s of PLAYGROUND_STATISTICS) statistic.append(el(doc, 'option', { value: s }, s));
  const method = el(doc, 'select', { 'data-field': 'method' });
  for (const m of CI_METHODS) method.append(el(doc, 'option', { value: m }, m));
  const level = el(doc, 'input', { 'data-field': 'level', inputmode: 'decimal', size: '6' });
  const resamples = el(doc, 'input', { 'data-field': 'resamples', inputmode: 'numeric', size: '8' });
  const seed = el(doc, 'input', { 'data-field': 'seed', inputmode: 'numeric', size: '11' });
  const scores = el(doc, 'textarea', { 'data-field': 'scores', rows: '4', spellcheck: 'false' });
  const runId = el(doc, 'input', { 'data-field': 'runId', size: '40', spellcheck: 'false' });
  const threshold = el(doc, 'input', { 'data-field': 'threshold', inputmode: 'decimal', size: '6' });
  const run = el(doc, 'button', { type: 'button', 'data-action': 'run' }, 'Compute');
  const cancel = el(doc, 'button', { type: 'button', 'data-action': 'cancel', hidden: '' }, 'Cancel');
  const progress = el(doc, 'progress', { 'data-role': 'progress', max: '1', value: '0', hidden: '' });
  const progressText = el(doc, 'span', { 'data-role': 'progress-text' });
  const status = el(doc, 'p', { 'data-role': 'status', 'data-status': 'idle', 'aria-live': 'polite' });
  const message = el(doc, 'p', { 'data-role': 'message', role: 'alert', hidden: '' });
  const notes = el(doc, 'ul', { 'data-role': 'notes' });
  const linkNote = el(doc, 'p', { 'data-role': 'link-note' });
  const ciResult = el(doc, 'div', { 'data-role': 'ci-result', hidden: '' });
  const gateResult = el(doc, 'div', { 'data-role': 'gate-result', hidden: '' });

  const label = (text: string, control: HTMLElement) => el(doc, 'label', {}, `${text} `, control);
  const ciPanel = el(
    doc,
    'section',
    { 'data-panel': 'ci', id: 'bs-panel-ci', role: 'tabpanel', 'aria-labelledby': 'bs-tab-ci' },
    el(doc, 'p', {}, 'Numbers, separated by commas, spaces or new lines, or a CSV file (its first column is read):'),
    data,
    el(doc, 'p', {}, label('CSV, TSV, JSON or JSONL file:', file)),
    el(
      doc,
      'p',
      { class: 'bs-choices' },
      label('statistic', statistic),
      label('method', method),
      label('level', level),
      label('resamples', resamples),
      label('seed', seed),
    ),
  );
  const gatePanel = el(
    doc,
    'section',
    { 'data-panel': 'gate', id: 'bs-panel-gate', role: 'tabpanel', 'aria-labelledby': 'bs-tab-gate' },
    el(doc, 'p', {}, 'The scores of a bench run, each in [0, 1] (one per case, in case order):'),
    scores,
    el(doc, 'p', { class: 'bs-choices' }, label('run id', runId), label('threshold', threshold)),
  );
  root.replaceChildren(
    el(doc, 'div', { role: 'tablist', class: 'bs-tabs' }, tabCi, tabGate),
    ciPanel,
    gatePanel,
    el(doc, 'p', { class: 'bs-run' }, run, ' ', cancel, ' ', progress, ' ', progressText),
    status,
    message,
    notes,
    linkNote,
    ciResult,
    gateResult,
  );

  const fields = { data, statistic, method, level, resamples, seed, scores, runId, threshold } as const;
  const show = () => {
    for (const [key, control] of Object.entries(fields)) control.value = state[key as keyof typeof fields];
    ciPanel.hidden = state.tab !== 'ci';
    gatePanel.hidden = state.tab !== 'gate';
    // Each tab's result belongs to it: the other tab's is hidden with its panel.
    ciResult.classList.toggle('bs-other-tab', state.tab !== 'ci');
    gateResult.classList.toggle('bs-other-tab', state.tab !== 'gate');
    tabCi.setAttribute('aria-selected', String(state.tab === 'ci'));
    tabGate.setAttribute('aria-selected', String(state.tab === 'gate'));
  };
  const setNotes = (lines: readonly string[]) => notes.replaceChildren(...lines.map((l) => el(doc, 'li', {}, l)));
  setNotes(initial.problems);
  show();

  // --- the worker -----------------------------------------------------------------------------------------------
  let worker: Worker = new PlaygroundWorker();
  let runs = 0;
  let running = false;

  const setStatus = (s: 'idle' | 'running' | 'done' | 'error' | 'cancelled', text = '') => {
    status.dataset['status'] = s;
    status.textContent = text;
    running = s === 'running';
    // While a run is going, the numbers shown are the last run's: greyed out, so none is read as the new one's.
    for (const result of [ciResult, gateResult]) result.classList.toggle('bs-stale', running);
    cancel.hidden = !running;
    progress.hidden = !running;
    if (!running) progressText.textContent = '';
  };
  /** Stops the run in progress, if any: its result, arriving later, would be shown for input it was not run on. */
  const discardRun = () => {
    if (pending === undefined) return;
    pending = undefined;
    if (running) restartWorker();
    setStatus('idle');
  };
  const fail = (text: string) => {
    discardRun();
    ciResult.hidden = true;
    gateResult.hidden = true;
    message.hidden = false;
    message.textContent = text;
    setStatus('error');
  };
  const restartWorker = () => {
    worker.terminate();
    worker = new PlaygroundWorker();
    worker.onmessage = onReply;
    worker.onerror = onWorkerError;
    worker.onmessageerror = onWorkerError;
  };

  // --- rendering ------------------------------------------------------------------------------------------------
  const renderIntervals = (request: IntervalsRequest, outcome: IntervalsOutcome) => {
    const chosen = outcome.rows.find((r) => r.method === request.method);
    const estimate = outcome.rows.find((r) => !Number.isNaN(r.estimate))?.estimate ?? NaN;
    const table = el(
      doc,
      'table',
      { 'data-role': 'intervals' },
      el(
        doc,
        'thead',
        {},
        el(doc, 'tr', {}, ...['method', 'low', 'high', 'what it is', 'warnings'].map((h) => el(doc, 'th', {}, h))),
      ),
    );
    const body = el(doc, 'tbody');
    for (const r of outcome.rows) {
      const warnings = r.error ?? r.warnings.map((w) => `${w.code}: ${w.message}`).join(' ');
      body.append(
        el(
          doc,
          'tr',
          { 'data-method': r.method, ...(r.method === request.method ? { class: 'bs-chosen' } : {}) },
          el(doc, 'td', {}, r.method),
          el(doc, 'td', { 'data-value': 'low' }, exact(r.low)),
          el(doc, 'td', { 'data-value': 'high' }, exact(r.high)),
          el(doc, 'td', {}, METHOD_NOTES[r.method]),
          el(doc, 'td', {}, warnings),
        ),
      );
    }
    table.append(body);
    const plot = el(doc, 'div', { 'data-role': 'histogram' });
    // histogramSvg escapes every text it draws (escapeXml); its input here is numbers and fixed labels. No drawing
    // without an estimate or a finite replicate (a statistic undefined on the data): the table says why.
    const drawable = Number.isFinite(estimate) && outcome.distribution.some(Number.isFinite);
    if (drawable)
      plot.innerHTML = histogramSvg({
        title: `${request.statistic}: ${request.method} ${human(request.confidenceLevel * 100)}% interval, ${request.nResamples} resamples`,
        distribution: outcome.distribution,
        estimate,
        low: chosen?.low ?? NaN,
        high: chosen?.high ?? NaN,
        intervals: outcome.rows.map((r) => ({ label: r.method, low: r.low, high: r.high })),
      });
    ciResult.replaceChildren(
      el(
        doc,
        'p',
        {},
        'estimate ',
        el(doc, 'strong', { 'data-value': 'estimate' }, exact(estimate)),
        ` (n = ${request.values.length})`,
      ),
      plot,
      table,
      el(doc, 'h4', {}, 'The same numbers from the command line'),
      el(doc, 'pre', { 'data-role': 'command' }, ciCommand(request)),
      el(doc, 'h4', {}, 'The same numbers from the library'),
      el(doc, 'pre', { 'data-role': 'library' }, libraryCall(request)),
    );
    ciResult.hidden = false;
  };

  const renderGate = (thresholdValue: number, outcome: GateOutcome) => {
    gateResult.replaceChildren(
      el(
        doc,
        'p',
        { 'data-role': 'verdict', 'data-passed': String(outcome.passed) },
        outcome.passed ? 'PASS' : 'FAIL',
        `: ${outcome.reason}`,
      ),
      el(
        doc,
        'p',
        {},
        'lower bound ',
        el(doc, 'strong', { 'data-value': 'lower-bound' }, exact(outcome.bound.lowerBound)),
        ` against the threshold ${exact(thresholdValue)}; mean ${exact(outcome.bound.mean)} of ${outcome.bound.n} scores, seed ${outcome.bound.seed} from the run id`,
      ),
      el(doc, 'ul', {}, ...outcome.warnings.map((w) => el(doc, 'li', {}, `${w.code}: ${w.message}`))),
      el(doc, 'h4', {}, 'The same verdict from the command line'),
      el(doc, 'pre', { 'data-role': 'command' }, gateCommand(outcome, thresholdValue)),
    );
    gateResult.hidden = false;
  };

  // --- running --------------------------------------------------------------------------------------------------
  let pending: { id: number; render: (reply: WorkerReply) => void } | undefined;
  function onReply(event: MessageEvent<WorkerReply>) {
    const reply = event.data;
    if (pending === undefined || reply.id !== pending.id) return;
    if (reply.kind === 'progress') {
      progress.max = reply.total;
      progress.value = reply.done;
      progressText.textContent = `${reply.done.toLocaleString('en-US')} of ${reply.total.toLocaleString('en-US')} ${reply.unit}`;
      return;
    }
    const { render } = pending;
    pending = undefined;
    if (reply.kind === 'error') fail(reply.message);
    else {
      render(reply);
      setStatus('done', 'Done.');
      status.dataset['run'] = String(reply.id);
    }
  }
  worker.onmessage = onReply;
  // A worker that dies (out of memory, a bug) must not leave the page on "Computing…" for ever.
  const onWorkerError = (event: Event) => {
    const detail = event instanceof ErrorEvent && event.message !== '' ? `: ${event.message}` : '';
    if (pending !== undefined) fail(`The computation stopped${detail}. Try fewer resamples or less data.`);
  };
  worker.onerror = onWorkerError;
  worker.onmessageerror = onWorkerError;

  const send = (request: WorkerRequest, render: (reply: WorkerReply) => void) => {
    // A run still going is superseded: its worker is stopped, not left computing what nobody will read.
    if (running) restartWorker();
    message.hidden = true;
    pending = { id: request.id, render };
    progress.value = 0;
    progress.max = 1;
    setStatus('running', 'Computing…');
    worker.postMessage(request);
  };

  const compute = () => {
    const id = ++runs;
    if (state.tab === 'ci') {
      // The fields are read as numbers here; their ranges are the library's to check (its message names the option).
      const values = parseNumberList(state.data);
      const levelValue = parseNumberField(state.level, 'Level');
      const resamplesValue = parseNumberField(state.resamples, 'Resamples', true);
      const seedValue = parseNumberField(state.seed, 'Seed', true);
      for (const p of [values, levelValue, resamplesValue, seedValue]) {
        if (!p.ok) return fail(p.message);
      }
      if (!values.ok || !levelValue.ok || !resamplesValue.ok || !seedValue.ok) return;
      if (resamplesValue.value > PLAYGROUND_MAX_RESAMPLES) {
        return fail(
          `Resamples: ${resamplesValue.value} is more than the playground runs (${PLAYGROUND_MAX_RESAMPLES.toLocaleString('en-US')}); use bootstat ci for more.`,
        );
      }
      const request: IntervalsRequest = {
        values: values.value,
        statistic: state.statistic as PlaygroundStatistic,
        method: state.method,
        confidenceLevel: levelValue.value,
        nResamples: resamplesValue.value,
        seed: seedValue.value,
      };
      send({ id, kind: 'intervals', request }, (reply) => {
        if (reply.kind === 'intervals') renderIntervals(request, reply.outcome);
      });
    } else {
      const values = parseNumberList(state.scores, 'scores');
      const thresholdValue = parseNumberField(state.threshold, 'Threshold');
      if (!values.ok) return fail(values.message);
      if (!thresholdValue.ok) return fail(thresholdValue.message);
      // The gate refuses these too, but names them by their place in a report file ("cases.1.score").
      const outside = values.value.findIndex((v) => !(v >= 0 && v <= 1));
      if (outside >= 0) {
        return fail(
          `Score ${outside + 1}, ${exact(values.value[outside] as number)}, is outside [0, 1]: a gate's scores are fractions.`,
        );
      }
      const request = { scores: values.value, runId: state.runId.trim(), threshold: thresholdValue.value };
      send({ id, kind: 'gate', request }, (reply) => {
        if (reply.kind === 'gate') renderGate(request.threshold, reply.outcome);
      });
    }
  };

  // --- events ---------------------------------------------------------------------------------------------------
  const saveState = () => {
    // Browsers drop long addresses: a text too long for one is left out of the link, and the page says so.
    let kept = stateToHash(state);
    const left: string[] = [];
    for (const field of ['data', 'scores'] as const) {
      if (kept.length <= PLAYGROUND_MAX_HASH) break;
      if (stateToHash({ ...state, [field]: '' }).length < kept.length) {
        kept = stateToHash({ ...state, [field]: '', ...(left.includes('data') ? { data: '' } : {}) });
        left.push(field);
      }
    }
    linkNote.textContent =
      left.length === 0
        ? ''
        : `The ${left.join(' and the ')} ${left.length === 1 ? 'is' : 'are'} too long to share by link (over ${PLAYGROUND_MAX_HASH.toLocaleString('en-US')} characters in the address); the link leaves ${left.length === 1 ? 'it' : 'them'} out.`;
    ownHash = kept;
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${kept}`);
  };
  // A link pasted into this tab changes the hash without reloading the page: read it as a new state.
  let ownHash = win.location.hash;
  const onHashChange = () => {
    // An anchor on the page (#playground, the skip link) is not a state: the input stays as it is.
    if (win.location.hash === ownHash || !isStateHash(win.location.hash)) return;
    const next = stateFromHash(win.location.hash);
    state = next.state;
    ownHash = win.location.hash;
    setNotes(next.problems);
    linkNote.textContent = '';
    show();
    clearTimeout(typing);
    compute();
  };
  win.addEventListener('hashchange', onHashChange);
  let typing: ReturnType<typeof setTimeout> | undefined;
  const update = (patch: Partial<PlaygroundState>, delay = 0) => {
    state = { ...state, ...patch };
    saveState();
    // A run still going was asked for other input: dropped now, not when the next one starts, and the numbers
    // shown are greyed out until the new ones come.
    discardRun();
    for (const result of [ciResult, gateResult]) result.classList.add('bs-stale');
    clearTimeout(typing);
    typing = setTimeout(compute, delay);
  };
  for (const [key, control] of Object.entries(fields)) {
    const isText = control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement;
    control.addEventListener(isText ? 'input' : 'change', () => {
      // A note about a file read or a link no longer describes data typed over it.
      if (key === 'data') setNotes([]);
      update({ [key]: control.value } as Partial<PlaygroundState>, isText ? TYPING_DELAY_MS : 0);
    });
  }
  tabCi.addEventListener('click', () => {
    update({ tab: 'ci' });
    show();
  });
  tabGate.addEventListener('click', () => {
    update({ tab: 'gate' });
    show();
  });
  run.addEventListener('click', () => {
    clearTimeout(typing);
    compute();
  });
  cancel.addEventListener('click', () => {
    clearTimeout(typing);
    pending = undefined;
    restartWorker();
    setStatus('cancelled', 'Cancelled: no result is shown for a run that did not finish.');
    ciResult.hidden = true;
    gateResult.hidden = true;
  });

  const readFile = async (f: File) => {
    setNotes([]);
    try {
      const text = await f.text();
      const { table, column } = firstNumericColumn(text, f.name);
      const values = table.values[0] ?? new Float64Array(0);
      const others = table.columns.filter((_, k) => k !== column);
      const rest = others.length > 0 ? `; its other columns (${others.join(', ')}) are not used` : '';
      setNotes([`Read column "${table.columns[column]}" of ${f.name}: ${values.length} numbers${rest}.`]);
      update({ data: Array.from(values, exact).join('\n'), tab: 'ci' });
      show();
    } catch (e) {
      const where =
        e instanceof IoError ? formatLocation({ ...e.location, source: e.location.source ?? f.name }) : f.name;
      fail(`${where}: ${(e as Error).message}`);
    }
  };
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    // Cleared, so choosing the same file again (after editing it) reads it again.
    file.value = '';
    if (f !== undefined) void readFile(f);
  });
  data.addEventListener('dragover', (e) => e.preventDefault());
  data.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files[0];
    if (f === undefined) return;
    e.preventDefault();
    void readFile(f);
  });

  compute();
  return () => {
    clearTimeout(typing);
    win.removeEventListener('hashchange', onHashChange);
    worker.terminate();
  };
}
