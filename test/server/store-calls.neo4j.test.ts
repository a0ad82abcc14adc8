import { describeOnNeo4j } from '../store/stores-under-test';
import { describeStoreCalls } from './store-calls.cases';

await describeOnNeo4j(describeStoreCalls);
