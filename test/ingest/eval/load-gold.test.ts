import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFileError, loadGoldFolder, parseGoldArticle } from '../../../ingest/eval/load-gold';

const minimal = {
  id: 'bad-1', source: null, url: null, title: null, publishedAt: null,
  text: 'Quote from Umierov: "The main topic was the involvement of partners."',
  entities: [{ name: 'Rustem Umierov', type: 'PERSON', aliases: ['Umierov'] }],
  quotes: [], roles: [], events: [],
};

describe('parseGoldArticle', () => {
  it('names the file and the bad field', () => {
    const bad = { ...minimal, entities: [{ name: 'Umierov', type: 'HUMAN', aliases: [] }] };
    expect(() => parseGoldArticle('dev-x.json', JSON.stringify(bad))).toThrow(/^dev-x\.json is not a valid gold file:.*entities/s);
  });

  it('rejects a quote whose speaker is not an entity name', () => {
    const bad = { ...minimal, quotes: [{ speaker: 'Umerov', text: 'The main topic was the involvement of partners.', about: [] }] };
    expect(() => parseGoldArticle('typo.json', JSON.stringify(bad))).toThrow('"Umerov" is used but is not the name of an entity');
  });

  it('reports malformed JSON as a GoldFileError', () => {
    expect(() => parseGoldArticle('cut.json', '{"id": "dev')).toThrow(GoldFileError);
  });
});

describe('loadGoldFolder', () => {
  it('loads every json file in name order', async () => {
    const golds = await loadGoldFolder('test/fixtures/eval-dev');
    expect(golds.map((gold) => gold.id)).toEqual(Array.from({ length: 12 }, (_, i) => `dev-${String(i + 1).padStart(3, '0')}`));
  });

  it('fails naming the bad file in a folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gold-'));
    await writeFile(join(folder, 'a.json'), JSON.stringify(minimal));
    await writeFile(join(folder, 'b.json'), '[]');
    await expect(loadGoldFolder(folder)).rejects.toThrow(join(folder, 'b.json'));
  });
});
