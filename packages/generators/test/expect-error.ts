import { expect } from 'vitest';
import { GeneratorsError, type GeneratorsErrorCode } from '../src/index';

/** Runs f, expects a GeneratorsError with `code`, and returns its message. */
export function expectGeneratorsError(f: () => unknown, code: GeneratorsErrorCode): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GeneratorsError);
    expect((e as GeneratorsError).code, (e as Error).message).toBe(code);
    return (e as Error).message;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}
