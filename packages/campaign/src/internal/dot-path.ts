import { CampaignError } from '../errors';
import { describe } from './describe';

// Keys that would reach Object.prototype through a path; never a measurement's name.
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * The most segments a dot path (a metric, a configKey, a CSV column) may have. Records are rarely nested more than
 * a few levels; the bound keeps everything built from a path (the metrics' nested zod schema, its parse) shallow,
 * so a path of thousands of segments is an error naming the limit, never a stack overflow. docs/campaign.md.
 */
export const MAX_PATH_SEGMENTS = 64;

/**
 * The segments of a dot path (`latency_stats.ttft_mean_ms` → ['latency_stats', 'ttft_mean_ms']).
 * @throws {CampaignError} CAMPAIGN_INVALID_OPTION for an empty segment, a prototype key or more than
 * MAX_PATH_SEGMENTS segments
 */
export function splitPath(path: unknown, what: string): string[] {
  if (typeof path !== 'string' || path === '') {
    throw new CampaignError(
      'CAMPAIGN_INVALID_OPTION',
      `${what} must be a field name or dot path, got ${describe(path)}.`,
    );
  }
  const segments = path.split('.');
  if (segments.length > MAX_PATH_SEGMENTS) {
    throw new CampaignError(
      'CAMPAIGN_INVALID_OPTION',
      `${what} ${describe(path)} has ${segments.length} segments; at most ${MAX_PATH_SEGMENTS} are allowed (a dot path names a field at most ${MAX_PATH_SEGMENTS} objects deep).`,
    );
  }
  for (const s of segments) {
    if (s === '' || FORBIDDEN.has(s)) {
      throw new CampaignError(
        'CAMPAIGN_INVALID_OPTION',
        `${what} ${JSON.stringify(path)} is not a usable dot path (${s === '' ? 'empty segment' : `segment ${JSON.stringify(s)}`}).`,
      );
    }
  }
  return segments;
}

/** What a dot path leads to in a record: the value, or why there is none. Own properties only. */
export type PathLookup =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly why: string };

export function lookupPath(record: unknown, segments: readonly string[]): PathLookup {
  let node: unknown = record;
  for (let i = 0; i < segments.length; i++) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      return {
        found: false,
        why:
          i === 0
            ? `the record is ${describe(node)}, not an object`
            : `${segments.slice(0, i).join('.')} is ${describe(node)}`,
      };
    }
    const key = segments[i] as string;
    if (!Object.hasOwn(node, key)) return { found: false, why: 'missing' };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}
