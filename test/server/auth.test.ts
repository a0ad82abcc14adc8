import { sqliteUnderTest } from '../store/stores-under-test';
import { describeMutationAuth } from './auth.cases';

describeMutationAuth(sqliteUnderTest);
