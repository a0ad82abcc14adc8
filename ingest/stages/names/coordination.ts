import type { EntityType } from '../../../src/domain/entity';
import { MEDIUM } from './evidence-weights';
import { placeKindOf } from './gazetteer';
import { isListedSurname, listedGivenNameGender } from './person-names';
import type { NameChunk } from './refine-chunk';
import { joinedText, type Token } from './tokenize';
import type { TypeScores } from './type-evidence';

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);
// A plural kind after a list types every item: "Cagayan and Isabela provinces".
const PLURAL_PLACE_NOUNS = new Set(['provinces', 'regions', 'states', 'counties', 'districts', 'cities', 'towns', 'villages', 'islands', 'municipalities', 'areas', 'countries', 'suburbs', 'neighbourhoods', 'neighborhoods']);

/**
 * Names listed together are things of one kind: "Batanes, Calayan, Babuyan, Apayao and Kalinga"
 * are all places when a gazetteer knows some of them as places. Returns the chunks' scores with
 * place evidence added to the unknown items of such lists; `chunks` are one sentence's, in order.
 */
export function scoreCoordinatedPlaces(chunks: readonly NameChunk[], scores: readonly TypeScores[], tokens: readonly Token[]): TypeScores[] {
  const result = [...scores];
  for (const list of coordinatedLists(chunks, tokens)) {
    const known = list.filter((k) => placeKindOf(joinedText(chunks[k]!.tokens)) !== null);
    const after = tokens[chunks[list[list.length - 1]!]!.last + 1]?.text ?? '';
    const isPluralKind = PLURAL_PLACE_NOUNS.has(after) || isIntroducedByPluralKind(tokens, chunks[list[0]!]!.first);
    // Two known places, or one among three or more names, or a plural kind after the list. A town
    // named like a person ("Verstappen, Hamilton and Bottas") vouches for no one.
    const anchors = known.filter((k) => !isPersonLike(joinedText(chunks[k]!.tokens)));
    if (!isPluralKind && known.length < 2 && !(anchors.length === 1 && list.length >= 3)) continue;
    for (const k of list) {
      if (known.includes(k)) continue;
      result[k] = withPlace(result[k]!, isPluralKind ? MEDIUM + 1 : MEDIUM);
    }
  }
  return result;
}

/** "Tribal villages, including Nelkani, Thanimarathur": a plural place noun, then "including" or "such as". */
function isIntroducedByPluralKind(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === 'as' && tokens[k - 1]?.text === 'such') k -= 2;
  else if (tokens[k]?.text === 'including' || tokens[k]?.text === 'like') k -= 1;
  else return false;
  if (tokens[k]?.text === ',') k -= 1;
  return PLURAL_PLACE_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '');
}

/** Runs of two or more chunks with only commas, "and" or "or" between them. */
function coordinatedLists(chunks: readonly NameChunk[], tokens: readonly Token[]): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  chunks.forEach((chunk, k) => {
    const previous = chunks[k - 1];
    const between = previous ? tokens.slice(previous.last + 1, chunk.first) : [];
    const isJoined = previous !== undefined && between.length > 0 && between.length <= 2 && between.every((token) => LIST_JOINERS.has(token.text));
    if (isJoined) current.push(k);
    else {
      if (current.length > 1) lists.push(current);
      current = [k];
    }
  });
  if (current.length > 1) lists.push(current);
  return lists;
}

function isPersonLike(name: string): boolean {
  return isListedSurname(name) || listedGivenNameGender(name) !== null;
}

function withPlace(scores: TypeScores, weight: number): TypeScores {
  const added: Record<EntityType, number> = { ...scores };
  added.PLACE += weight;
  return added;
}
