import { SimulatorError } from '../src/errors';

/** The SimulatorError that `f` throws; any other error is rethrown, and no error at all fails the test. */
export function refusal(f: () => unknown): SimulatorError {
  try {
    f();
  } catch (e) {
    if (e instanceof SimulatorError) return e;
    throw e;
  }
  throw new Error('accepted');
}
