// Verbs that report speech or writing. Kept in one place because quotes (who said it) and
// events (a STATEMENT happened) must agree on what counts as saying something.

const SPEECH_VERB_FORMS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'stated', 'states',
  'wrote', 'writes', 'written', 'warned', 'warns', 'noted', 'notes', 'reported', 'reports',
  'announced', 'announces', 'claimed', 'claims', 'explained', 'explains', 'asked', 'asks',
  'replied', 'replies', 'insisted', 'insists', 'argued', 'argues', 'continued', 'continues',
  'recalled', 'recalls', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'confirmed',
  'confirms', 'declared', 'declares', 'posted', 'posts', 'tweeted', 'tweets', 'urged', 'urges',
  'remarked', 'commented', 'comments', 'concluded', 'suggested', 'suggests', 'predicted',
  'emphasised', 'emphasized', 'stressed', 'stresses', 'described', 'describes', 'called',
  'responded', 'responds', 'vowed', 'vows', 'promised', 'pledged', 'cautioned', 'told',
  'blamed', 'accused', 'accuses', 'denied', 'denies', 'questioned', 'agreed', 'quoted',
  'mentioned', 'observed', 'revealed', 'reiterated', 'lamented', 'boasted', 'conceded',
  // Saying aloud in a manner: they attribute words as "said" does.
  'yelled', 'shouted', 'muttered', 'whispered', 'screamed', 'exclaimed', 'joked', 'quipped', 'chanted',
];

/** A speech verb as a whole word; `g` so callers can walk every one in a context. */
export const SPEECH_VERB = new RegExp(`\\b(?:${[...new Set(SPEECH_VERB_FORMS)].join('|')})\\b`, 'gi');

/**
 * "Cisco reported a per-share profit", "Twitter reported better-than-expected earnings": a
 * company reporting its results is a business event, not a statement.
 */
export const REPORTED_RESULTS = String.raw`reported(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:earnings|profits?|loss|losses|revenues?|results|sales)\b)`;

/** The verbs that make a STATEMENT event: saying something on the record, not "called" or "agreed". */
export const STATEMENT_VERB = new RegExp(String.raw`\b(?!${REPORTED_RESULTS})(?:said|says|told|tells|added|stated|announced|announces|claimed|claims|confirmed|confirms|warned|warns|wrote|writes|reported|noted|explained|insisted|argued|declared|emphasised|emphasized|stressed|acknowledged|admitted)\b`, 'giu');
