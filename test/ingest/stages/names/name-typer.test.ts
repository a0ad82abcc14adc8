import { describe, expect, it } from 'vitest';
import { findMentions, nameCandidatesOf } from '../../../../ingest/stages/mentions';
import { labelProbabilities, rulesOnlyTyper } from '../../../../ingest/stages/names/name-typer';
import { TRAINED_NAME_TYPER } from '../../../../ingest/stages/names/name-typer-weights';
import { splitSentences } from '../../../../ingest/stages/sentences';
import { articleOf, devText } from '../article-fixture';

const docOf = (text: string) => splitSentences(articleOf(text));
const typesOf = (text: string, typer = TRAINED_NAME_TYPER): Map<string, string> =>
  new Map(findMentions(docOf(text), typer).mentions.map((mention) => [mention.text, mention.type]));

describe('the learned name typer', () => {
  // A training article (eval-tune fa-11): this checks the committed weights still do what they were
  // trained to; what they do on articles they never saw is measured by `npm run train:typer -- --cv`.
  it('drops the festival sections and film titles the rules took for organisations, and keeps the people (fa-11)', () => {
    const text = devText('fa-11', 'eval-tune');
    const rules = typesOf(text, rulesOnlyTyper());
    const learned = typesOf(text);
    for (const name of ['New Voices', 'New Visions', 'Brand New Life', 'Oscar']) {
      expect(rules.get(name)).toBe('ORGANIZATION');
      expect(learned.has(name)).toBe(false);
    }
    for (const name of ['Niels Arden Oplev', 'Judith Ehrlich', 'Xavier Dolan']) expect(learned.get(name)).toBe('PERSON');
    expect(learned.get('IFC Films')).toBe('ORGANIZATION');
  });

  it('with the rules-only weights keeps every name at the type the rules gave it (dev-001)', () => {
    const doc = docOf(devText('dev-001'));
    const ruleTypes = new Map(nameCandidatesOf(doc).map((candidate) => [candidate.surface, candidate.ruleType]));
    const mentions = findMentions(doc, rulesOnlyTyper()).mentions;
    expect(mentions.length).toBeGreaterThan(10);
    for (const mention of mentions) expect(ruleTypes.get(mention.text.replace(/\./g, '')) ?? ruleTypes.get(mention.text)).toBe(mention.type);
  });

  it('gives each candidate a probability for every label, summing to one', () => {
    const [candidate] = nameCandidatesOf(docOf('Defence Minister Rustem Umierov met his French counterpart in Paris.'));
    const probabilities = labelProbabilities(candidate!.features, TRAINED_NAME_TYPER);
    expect(probabilities).toHaveLength(4);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
  });

  it('refuses weights trained on another feature list instead of reading them misaligned', () => {
    const stale = { ...TRAINED_NAME_TYPER, features: TRAINED_NAME_TYPER.features.slice(1) };
    expect(() => findMentions(docOf('Rustem Umierov spoke in Kyiv.'), stale)).toThrow('npm run train:typer');
  });
});
