import { defineEntityKind } from './entity';

export const OrganizationNode = defineEntityKind('ORGANIZATION', 'An organisation: a company, party, government, ministry, army or agency.');
