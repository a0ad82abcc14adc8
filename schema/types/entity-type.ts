import { ENTITY_TYPES } from '../../src/domain/entity';
import { builder } from '../builder';

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'What kind of thing an entity is: a person, an organisation (including governments and armies) or a place.',
  values: ENTITY_TYPES,
});
