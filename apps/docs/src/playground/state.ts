import { CI_METHODS, type CiMethod } from '@bootstat/stats';

/** The statistics the playground offers: the one-sample built-ins of `bootstrap` that need no option. */
export const PLAYGROUND_STATISTICS = ['mean', 'median', 'std', 'var'] as const;
export type PlaygroundStatistic = (typeof PLAYGROUND_STATISTICS)[number];

/** The most resamples the playground accepts: a run of 10^6 takes seconds, and it can be cancelled. */
export const PLAYGROUND_MAX_RESAMPLES = 1_000_000;

/**
 * The longest hash the page writes into the address: browsers refuse addresses of a few megabytes (Chromium 2 MB),
 * and a link of 100 kB is no longer one anybody shares. Longer data stays on the page but out of the link.
 */
export const PLAYGROUND_MAX_HASH = 100_000;

/**
 * Everything on the page that decides its numbers. It is the URL's hash, so a result can be shared: the text
 * fields keep what was typed (even when it is not valid), the choices are checked when read.
 */
export interface PlaygroundState {
  readonly tab: 'ci' | 'gate';
  readonly data: string;
  readonly statistic: PlaygroundStatistic;
  readonly method: CiMethod;
  readonly level: string;
  readonly resamples: string;
  readonly seed: string;
  readonly scores: string;
  readonly runId: string;
  readonly threshold: string;
}

/** The built-in sample of `bootstat demo`: 15 response times (ms), small and right-skewed. */
export const DEFAULT_STATE: PlaygroundState = {
  tab: 'ci',
  data: '12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6, 12.2, 13.4, 11.8, 16.9',
  statistic: 'mean',
  method: 'bca',
  level: '0.95',
  resamples: '9999',
  seed: '42',
  scores: '0.82, 0.91, 0.77, 0.88, 0.95, 0.84, 0.9, 0.86, 0.93, 0.8, 0.89, 0.87',
  runId: '3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13',
  threshold: '0.8',
};

const KEYS = Object.keys(DEFAULT_STATE) as (keyof PlaygroundState)[];

/**
 * The URL hash of a state: every key, in a fixed order, so a link keeps its meaning if a default changes. Values
 * are percent-encoded (encodeURIComponent): a space is %20 and '+' stays '+', so `1e+300` written by hand in a link
 * reads as written.
 */
export function stateToHash(state: PlaygroundState): string {
  return `#${KEYS.map((key) => `${key}=${encodeURIComponent(state[key])}`).join('&')}`;
}

/** The hash's `key=value` pairs, decoded; a value that is not valid percent-encoding is reported, not guessed. */
function hashParams(hash: string): { params: Map<string, string>; problems: string[] } {
  const params = new Map<string, string>();
  const problems: string[] = [];
  for (const pair of (hash.startsWith('#') ? hash.slice(1) : hash).split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    const raw = at < 0 ? '' : pair.slice(at + 1);
    try {
      params.set(decodeURIComponent(key), decodeURIComponent(raw));
    } catch {
      problems.push(`The link's ${JSON.stringify(key.slice(0, 40))} is not valid percent-encoding; it is left out.`);
    }
  }
  return { params, problems };
}

/** Whether a hash is the playground's (names one of its keys), not an anchor on the page such as `#playground`. */
export function isStateHash(hash: string): boolean {
  const { params } = hashParams(hash);
  return KEYS.some((key) => params.has(key));
}

/**
 * The state a URL hash describes, and what in it could not be used. An unknown key is ignored; a choice that is
 * not one of the offered values (a method "foo") falls back to the default, and the problem says so.
 */
export function stateFromHash(hash: string): { state: PlaygroundState; problems: string[] } {
  const { params, problems } = hashParams(hash);
  const text = (key: keyof PlaygroundState) => params.get(key) ?? DEFAULT_STATE[key];
  const choice = <T extends string>(key: keyof PlaygroundState, allowed: readonly T[]): T => {
    const value = params.get(key);
    if (value === undefined) return DEFAULT_STATE[key] as T;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(
      `The link's ${key} "${value}" is not one of ${allowed.join(', ')}; the playground uses ${DEFAULT_STATE[key]}.`,
    );
    return DEFAULT_STATE[key] as T;
  };
  return {
    state: {
      tab: choice('tab', ['ci', 'gate'] as const),
      data: text('data'),
      statistic: choice('statistic', PLAYGROUND_STATISTICS),
      method: choice('method', CI_METHODS),
      level: text('level'),
      resamples: text('resamples'),
      seed: text('seed'),
      scores: text('scores'),
      runId: text('runId'),
      threshold: text('threshold'),
    },
    problems,
  };
}
