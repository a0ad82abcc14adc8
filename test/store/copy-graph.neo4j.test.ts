import { describeCopyInto } from './copy-graph.cases';
import { describeOnNeo4j } from './stores-under-test';

await describeOnNeo4j((neo4j) => describeCopyInto('neo4j', () => neo4j.open()));
