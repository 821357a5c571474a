import { StudyError } from '../src/errors';

/** The StudyError that `f` throws; any other error is rethrown, and no error at all fails the test. */
export function studyRefusal(f: () => unknown): StudyError {
  try {
    f();
  } catch (e) {
    if (e instanceof StudyError) return e;
    throw e;
  }
  throw new Error('accepted');
}
