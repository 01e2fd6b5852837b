import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Text } from 'suomifi-ui-components';
import type { ExportView } from '../../../../shared/schemas/change-requests-api';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { formatSize } from '../imports/format-size';
import { ExportDialog } from './export-dialog';
import { exportFileUrl, isLetter, type ExportFormat } from './export-input';
import { formatName } from './format-name';
import './exports.css';

/** The region's exports of change requests, newest first, each downloadable again as it was sent. */
export function ExportsPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region } = useWorkbenchParams();
  const search = useSearchKeys(['region', 'compare']);
  const exports = useQuery(trpc.exports.list.queryOptions({ region }));
  const needsNames = exports.data?.some((e) => e.recipient?.kind === 'organization') ?? false;
  const organizations = useQuery({ ...trpc.catalogue.organizations.queryOptions(), enabled: needsNames, staleTime: 5 * 60_000 });
  const [exporting, setExporting] = useState(false);
  const recipientName = (recipient: ExportView['recipient']): string => {
    if (!recipient) return t('exports.allRecipients');
    if (recipient.kind === 'digifinland') return 'DigiFinland';
    if (recipient.kind === 'county') return t('exports.county');
    const organization = organizations.data?.find((o) => o.id === recipient.organizationId);
    return (organization && localize(organization.name, i18n.language)) || recipient.organizationId || t('exports.someOrganization');
  };
  return (
    <section aria-labelledby="exports-heading" className="lp-exports-page">
      <div className="lp-exports-top">
        <div>
          <Heading variant="h1" id="exports-heading">{t('exports.heading')}</Heading>
          <Paragraph className="lp-exports-intro">
            {t('exports.intro')} <AppLink href={linkTo('/change-requests', search)}>{t('exports.toRequests')}</AppLink>
          </Paragraph>
        </div>
        <Button onClick={() => setExporting(true)}>{t('exports.button')}</Button>
      </div>
      {exports.error && <ErrorMessage error={exports.error} />}
      {exports.isPending && <Text>{t('common.loading')}</Text>}
      {exports.data && exports.data.length === 0 && <Paragraph>{t('exports.none')}</Paragraph>}
      {exports.data && exports.data.length > 0 && (
        <div className="lp-exports-scroll">
          <table className="lp-table lp-exports-table">
            <caption className="lp-visually-hidden">{t('exports.caption', { count: exports.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exports.col.when')}</th>
                <th scope="col">{t('exports.col.who')}</th>
                <th scope="col">{t('exports.col.format')}</th>
                <th scope="col">{t('exports.col.recipient')}</th>
                <th scope="col" className="lp-exports-number">{t('exports.col.requests')}</th>
                <th scope="col">{t('exports.col.markedSent')}</th>
                <th scope="col" className="lp-exports-number">{t('exports.col.size')}</th>
                <th scope="col">{t('exports.col.file')}</th>
              </tr>
            </thead>
            <tbody>
              {exports.data.map((e) => (
                <tr key={e.id}>
                  <td className="lp-exports-nowrap">{formatDateTime(e.createdAt, i18n.language)}</td>
                  <td>{e.createdBy}</td>
                  <td>{formatLabel(t, e.format, e.language)}</td>
                  <td>{recipientName(e.recipient)}</td>
                  <td className="lp-exports-number">{e.requestCount}</td>
                  <td>{e.markedSent ? t('exports.yes') : t('exports.no')}</td>
                  <td className="lp-exports-number lp-exports-nowrap">{formatSize(e.byteSize, i18n.language)}</td>
                  <td>
                    <a href={exportFileUrl(e.id)} download className="lp-exports-file">{e.fileName}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RecipientsForExport region={region} visible={exporting} onClose={() => setExporting(false)} />
    </section>
  );
}

/** The export dialog from this page: it needs the recipients the list counts. */
function RecipientsForExport({ region, visible, onClose }: { region: string; visible: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.changeRequests.list.queryOptions({ region }), enabled: visible });
  return <ExportDialog region={region} ids={[]} recipients={list.data?.recipients ?? []} visible={visible} onClose={onClose} />;
}

function formatLabel(t: (key: string, options?: Record<string, string>) => string, format: ExportFormat, language: 'fi' | 'sv'): string {
  const name = formatName(t, format);
  if (!isLetter(format)) return name;
  // Only a letter is written in a language chosen for it.
  return t('exports.letterIn', { format: name, language: language === 'sv' ? t('exports.languageSv') : t('exports.languageFi') });
}
