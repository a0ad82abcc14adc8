import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { describeCopyInto } from './copy-graph.cases';

describeCopyInto('sqlite', () => openSqliteStore({ path: ':memory:' }));
