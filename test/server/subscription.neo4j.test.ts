import { describeOnNeo4j } from '../store/stores-under-test';
import { describeSubscription } from './subscription.cases';

await describeOnNeo4j(describeSubscription);
