import { describeOnNeo4j } from '../store/stores-under-test';
import { describeMutationAuth } from './auth.cases';

await describeOnNeo4j(describeMutationAuth);
