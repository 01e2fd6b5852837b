import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../shared/domain/spreadsheet-cell';
import type { DiffReport } from '../engine/region-diff-report';

const csvColumns = [
  'article_id', 'service_id', 'category', 'keywords', 'service_classes', 'target_groups', 'life_events',
  'area', 'area_via', 'pinned', 'missing_reason', 'missing_detail', 'changed_since_approval',
] as const;

/** The diff as CSV: one row per item; lists joined with spaces; formula-safe cells. */
export function diffToCsv(report: DiffReport): string {
  const rows = report.articles.flatMap((article) =>
    article.items.map((item) => [
      article.articleId,
      item.serviceId,
      item.category,
      (item.reasons?.keywords ?? []).join(' '),
      (item.reasons?.serviceClasses ?? []).join(' '),
      (item.reasons?.targetGroups ?? []).join(' '),
      (item.reasons?.lifeEvents ?? []).join(' '),
      item.reasons?.area ?? '',
      item.reasons?.areaVia ?? '',
      item.reasons ? String(item.reasons.pinned) : '',
      item.missingReason ?? '',
      (item.missingDetail ?? []).join(' '),
      String(item.changedSinceApproval),
    ].map(neutralizeFormula)),
  );
  return stringify([[...csvColumns], ...rows], { bom: false, record_delimiter: '\n' });
}

/** The diff as a readable table: a heading per article with counts, a line per item. */
export function diffToTable(report: DiffReport): string {
  const lines = [`Region ${report.region}, snapshot ${report.snapshot ?? '—'}, against ${report.against} surfacing`];
  for (const article of report.articles) {
    const c = article.counts;
    lines.push('', `${article.articleId}  ok ${c.ok} · unreviewed ${c.unreviewed} · unwanted ${c.unwanted} · missing ${c.missing} · cleared ${c.cleared}`);
    for (const item of article.items) {
      const why = item.reasons
        ? [...item.reasons.keywords, ...item.reasons.serviceClasses, ...item.reasons.targetGroups, ...item.reasons.lifeEvents, item.reasons.areaVia, item.reasons.pinned ? 'pinned' : '']
            .filter(Boolean)
            .join(', ')
        : [item.missingReason, ...(item.missingDetail ?? [])].filter(Boolean).join(': ');
      lines.push(`  ${item.category.padEnd(10)} ${item.serviceId.padEnd(36)} ${why}${item.changedSinceApproval ? ' (changed since approval)' : ''}`.trimEnd());
    }
  }
  return lines.join('\n') + '\n';
}
