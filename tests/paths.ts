/** Fixed places every test tier reads: the repository root and ../shared beside it. */
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..');
export const SHARED = join(REPO, '..', 'shared');
export const DOM_FIXTURES = join(REPO, 'tests', 'dom', 'fixtures');
export const TEST_FIXTURES = join(REPO, 'tests', 'fixtures');
