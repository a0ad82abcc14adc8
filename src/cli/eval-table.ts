import type { EvalReport } from '../../ingest/eval/eval-report';
import type { ArticleScore } from '../../ingest/eval/score-article';

const cell = (value: number | undefined): string => (value === undefined ? '' : value.toFixed(3)).padStart(10);
const row = (label: string, values: readonly (number | undefined)[]): string => `${label.padEnd(17)}${values.map(cell).join('')}`;

/** The report as a table a person reads: one row per fact kind, shared columns where they apply. */
export function formatEvalTable(report: EvalReport): string {
  const { entities, quotes, about, roles, events } = report;
  return [
    `${report.articles} articles, ${report.words} words, ${Math.round(report.wordsPerSecond)} words/s (annotation only)`,
    '',
    `${''.padEnd(17)}${['precision', 'recall', 'f1', 'accuracy'].map((title) => title.padStart(10)).join('')}`,
    row('entities', [entities.precision, entities.recall, entities.f1]),
    ...Object.entries(entities.byType).map(([type, score]) => row(`  ${type}`, [score.precision, score.recall, score.f1])),
    row('quotes', [quotes.precision, quotes.recall, quotes.f1]),
    row('  attribution', [undefined, undefined, undefined, quotes.attribution]),
    row('  end-to-end', [undefined, undefined, quotes.endToEndF1]),
    row('  about', [about.precision, about.recall]),
    row('roles', [roles.precision, roles.recall, roles.f1]),
    row('  org', [undefined, undefined, undefined, roles.orgAccuracy]),
    row('events', [events.precision, events.recall, events.f1]),
    row('  place', [undefined, undefined, undefined, events.placeAccuracy]),
    row('  date', [undefined, undefined, undefined, events.dateAccuracy]),
  ].join('\n');
}

/** Per article, what the pipeline missed and what it invented: where to look next. */
export function formatExplanation(scores: readonly ArticleScore[]): string {
  return scores.map((score) => {
    const kinds = [['entities', score.entities], ['quotes', score.quotes], ['roles', score.roles], ['events', score.events]] as const;
    const lines = [
      ...kinds.flatMap(([kind, findings]) => [
        ...findings.missed.map((item) => `  missed   ${kind}: ${item}`),
        ...findings.spurious.map((item) => `  spurious ${kind}: ${item}`),
      ]),
      ...score.quotes.misattributed.map((item) => `  misattributed quote: ${item}`),
      ...score.events.misplaced.map((item) => `  misplaced event: ${item}`),
    ];
    return [`${score.articleId}${lines.length === 0 ? ': nothing missed or spurious' : ''}`, ...lines].join('\n');
  }).join('\n');
}
