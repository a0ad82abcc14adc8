import { sqliteUnderTest } from '../store/stores-under-test';
import { describeErrors } from './errors.cases';

describeErrors(sqliteUnderTest);
