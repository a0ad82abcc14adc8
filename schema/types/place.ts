import { defineEntityKind } from './entity';

export const PlaceNode = defineEntityKind('PLACE', 'A place: a country, region, city or site.');
