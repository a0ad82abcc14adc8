import { sqliteUnderTest } from '../store/stores-under-test';
import { describeStoreCalls } from './store-calls.cases';

describeStoreCalls(sqliteUnderTest);
