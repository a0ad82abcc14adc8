import { describeOnNeo4j } from '../store/stores-under-test';
import { describeErrors } from './errors.cases';

await describeOnNeo4j(describeErrors);
