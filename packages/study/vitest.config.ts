import { bootstatProject } from '../../tooling/test/vitest.shared';

export default bootstatProject('study');
