import { describeGraphStore } from './graph-store.contract';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

describeGraphStore('sqlite', () => openSqliteStore({ path: ':memory:' }));
