import { describeOnNeo4j } from '../store/stores-under-test';
import { describeSampleServed } from './sample.cases';

await describeOnNeo4j(describeSampleServed);
