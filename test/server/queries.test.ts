import { sqliteUnderTest } from '../store/stores-under-test';
import { describeQueries } from './queries.cases';

describeQueries(sqliteUnderTest);
