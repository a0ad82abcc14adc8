import { describeOnNeo4j } from '../store/stores-under-test';
import { describeHttpSurface } from './http-surface.cases';

await describeOnNeo4j(describeHttpSurface);
