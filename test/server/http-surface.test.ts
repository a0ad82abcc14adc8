import { sqliteUnderTest } from '../store/stores-under-test';
import { describeHttpSurface } from './http-surface.cases';

describeHttpSurface(sqliteUnderTest);
