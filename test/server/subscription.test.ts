import { sqliteUnderTest } from '../store/stores-under-test';
import { describeSubscription } from './subscription.cases';

describeSubscription(sqliteUnderTest);
