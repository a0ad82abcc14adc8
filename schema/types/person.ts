import { defineEntityKind } from './entity';

defineEntityKind('PERSON', 'A person named in the news.');
