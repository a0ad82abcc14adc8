import { sqliteUnderTest } from '../store/stores-under-test';
import { describeSampleServed } from './sample.cases';

describeSampleServed(sqliteUnderTest);
