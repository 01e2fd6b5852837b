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

/** Column meta the table reads: numbers align right; `unsortable` columns get no sort button. */
export interface RequestColumnMeta {
  numeric?: boolean;
  unsortable?: boolean;
}

/**
 * The change request table's columns. The selection and code cells are rendered by the table
 * itself (a checkbox and the link), the rest here.
 */
export function requestColumns(t: TFunction, language: string, now: Date): RequestColumn[] {
  const otherLanguage = language === 'sv' ? 'fi' : 'sv';
  return [
    { id: 'select', header: t('changeRequests.col.select'), meta: { unsortable: true } satisfies RequestColumnMeta },
    { id: 'code', accessorFn: (row) => row.code, header: t('changeRequests.col.code'), sortFn: 'alphanumeric' },
    { id: 'type', accessorFn: (row) => typeText(row.type, t), header: t('changeRequests.col.type'), sortFn: 'text' },
    { id: 'recipient', accessorFn: (row) => recipientText(row.recipient, t), header: t('changeRequests.col.recipient'), sortFn: 'text' },
    {
      id: 'service',
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
    { id: 'item', accessorFn: (row) => itemText(row, t, language), header: t('changeRequests.col.item'), sortFn: 'text' },
    {
      id: 'articles',
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
      meta: { numeric: true } satisfies RequestColumnMeta,
      cell: (info) => t('changeRequests.ageDays', { count: info.getValue() as number }),
    },
    {
      id: 'verification',
      accessorFn: (row) => verificationText(row.verification, t),
      header: t('changeRequests.col.verification'),
      sortFn: 'text',
      cell: (info) => {
        const v = info.row.original.verification;
        return <span className={v?.fixed ? 'lp-cr-fixed' : v ? 'lp-cr-problem' : 'lp-muted'}>{info.getValue() as string}</span>;
      },
    },
  ];
}
