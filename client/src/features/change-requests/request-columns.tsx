import { createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, sortFn_text, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { changeRequestStates } from '../../../../shared/domain/change-request';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { localize } from '../../lib/localize';
import { ageInDays } from './request-filters';
import { itemText, recipientText, typeText, verificationText } from './request-words';
import { StateBadge } from './state-badge';

export const requestTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
});

export type RequestColumn = ColumnDef<typeof requestTableFeatures, ChangeRequestView>;

/**
 * Column meta the table reads: numbers align right; `unsortable` columns get no sort button;
 * `className` goes on the column's header and cells (widths, hiding on narrow screens).
 */
export interface RequestColumnMeta {
  numeric?: boolean;
  unsortable?: boolean;
  className?: string;
}

/**
 * The change request table's columns. The selection and code cells are rendered by the table
 * itself (a checkbox and the link), the rest here. The type is the first line of "What" rather
 * than a column of its own, so that state and verification still fit on a 1024 px screen.
 */
export function requestColumns(t: TFunction, language: string, now: Date, areaLabel?: (value: string) => string): RequestColumn[] {
  const otherLanguage = language === 'sv' ? 'fi' : 'sv';
  return [
    { id: 'select', header: t('changeRequests.col.select'), meta: { unsortable: true } satisfies RequestColumnMeta },
    { id: 'code', accessorFn: (row) => row.code, header: t('changeRequests.col.code'), sortFn: 'alphanumeric' },
    { id: 'recipient', accessorFn: (row) => recipientText(row.recipient, t, row.recipientLabel, language), header: t('changeRequests.col.recipient'), sortFn: 'text', meta: { className: 'lp-cr-col-recipient' } satisfies RequestColumnMeta },
    {
      id: 'service',
      meta: { className: 'lp-cr-col-service' } satisfies RequestColumnMeta,
      accessorFn: (row) => localize(row.serviceName, language) || row.details.texts?.nameFi || '',
      header: t('changeRequests.col.service'),
      sortFn: 'text',
      cell: (info) => {
        const row = info.row.original;
        const name = localize(row.serviceName, language) || (language === 'sv' ? row.details.texts?.nameSv : row.details.texts?.nameFi) || row.details.texts?.nameFi || '';
        const other = row.serviceName?.[otherLanguage] ?? (otherLanguage === 'sv' ? row.details.texts?.nameSv : row.details.texts?.nameFi);
        return (
          <>
            {name || '—'}
            {other && other !== name && <div className="lp-muted lp-small" lang={otherLanguage}>{other}</div>}
          </>
        );
      },
    },
    {
      id: 'item',
      accessorFn: (row) => `${typeText(row.type, t)} ${itemText(row, t, language, areaLabel)}`,
      header: t('changeRequests.col.item'),
      sortFn: 'text',
      meta: { className: 'lp-cr-col-item' } satisfies RequestColumnMeta,
      cell: (info) => {
        const row = info.row.original;
        const item = itemText(row, t, language, areaLabel);
        return (
          <>
            {typeText(row.type, t)}
            {item && <div className="lp-muted lp-small">{item}</div>}
          </>
        );
      },
    },
    {
      id: 'articles',
      meta: { className: 'lp-cr-col-articles' } satisfies RequestColumnMeta,
      accessorFn: (row) => row.articles.length,
      header: t('changeRequests.col.articles'),
      sortFn: 'basic',
      sortDescFirst: true,
      cell: (info) => {
        const row = info.row.original;
        const first = row.articles[0];
        return (
          <>
            {t('changeRequests.articleCount', { count: row.articles.length })}
            {first && <div className="lp-muted lp-small">{localize(first.title, language)}</div>}
          </>
        );
      },
    },
    {
      id: 'state',
      accessorFn: (row) => changeRequestStates.indexOf(row.state),
      header: t('changeRequests.col.state'),
      sortFn: 'basic',
      cell: (info) => <StateBadge state={info.row.original.state} />,
    },
    {
      id: 'age',
      accessorFn: (row) => ageInDays(row.createdAt, now) ?? 0,
      header: t('changeRequests.col.age'),
      sortFn: 'basic',
      sortDescFirst: true,
      meta: { numeric: true, className: 'lp-cr-col-age' } satisfies RequestColumnMeta,
      cell: (info) => t('changeRequests.ageDays', { count: info.getValue() as number }),
    },
    {
      id: 'verification',
      accessorFn: (row) => verificationText(row.verification, t),
      header: t('changeRequests.col.verification'),
      sortFn: 'text',
      meta: { className: 'lp-cr-col-verification' } satisfies RequestColumnMeta,
      cell: (info) => {
        const v = info.row.original.verification;
        return <span className={v?.fixed ? 'lp-cr-fixed' : v ? 'lp-cr-problem' : 'lp-muted'}>{info.getValue() as string}</span>;
      },
    },
  ];
}
