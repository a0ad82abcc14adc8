import { defineEntityKind } from './entity';

defineEntityKind('ORGANIZATION', 'An organisation: a company, party, government, ministry, army or agency.');
