import { describeOnNeo4j } from '../store/stores-under-test';
import { describeQueries } from './queries.cases';

await describeOnNeo4j(describeQueries);
