import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import type { ExportView } from '../../../../shared/schemas/change-requests-api';
import { formatDateTime } from '../../lib/format-date';

/** The exports a request went out in: file, date, who; managers may download the exact file sent. */
export function RequestExports({ exports, mayDownload }: { exports: readonly ExportView[]; mayDownload: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="lp-panel" aria-labelledby="cr-exports-heading">
      <Heading variant="h3" as="h2" id="cr-exports-heading">{t('changeRequests.detail.exports')}</Heading>
      {exports.length === 0 && <Text className="lp-muted">{t('changeRequests.detail.noExports')}</Text>}
      <ul className="lp-plain-list">
        {exports.map((e) => {
          const line = t('changeRequests.detail.exportLine', { file: e.fileName, at: formatDateTime(e.createdAt, i18n.language), who: e.createdBy });
          return (
            <li key={e.id}>
              {mayDownload ? (
                <a href={`/api/exports/${e.id}/file`} download={e.fileName} title={t('changeRequests.detail.download', { file: e.fileName })}>
                  {line}
                </a>
              ) : (
                line
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
