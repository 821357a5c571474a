import { bootstatProject } from '../test/vitest.shared';

export default bootstatProject('repo');
