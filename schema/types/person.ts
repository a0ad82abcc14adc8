import { defineEntityKind } from './entity';

export const PersonNode = defineEntityKind('PERSON', 'A person named in the news.');
