import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { useAreaLabel } from '../../lib/area-label';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { problemDetailText, problemText, type ItemLabeler } from './request-words';

/** The latest automatic check of a request: fixed (when, against which snapshot) or what is still wrong, in words. */
export function RequestVerification({ request, articleTitle }: { request: ChangeRequestView; articleTitle: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const v = request.verification;
  const codeLabel = useCodeLabels(i18n.language);
  const areaLabel = useAreaLabel();
  const trpc = useTRPC();
  const { region } = useWorkbenchParams();
  // The keywords still letting the service in are the service's own: its labels name them.
  const service = useQuery({
    ...trpc.services.detail.queryOptions({ region, serviceId: request.serviceId ?? '-' }),
    enabled: request.serviceId !== null && v !== null && !v.fixed,
    retry: false,
  });
  const keywordLabels = service.data?.summary.keywordLabels;
  // The request's own item has its label; other keywords by the service's labels, else the end of their URI.
  const label: ItemLabeler = (kind, value) =>
    value === request.itemValue && request.itemLabel
      ? localize(request.itemLabel, i18n.language) || value
      : kind === 'keywords'
        ? keywordLabel(value, keywordLabels, i18n.language)
        : kind === 'area'
          ? areaLabel(value)
          : codeLabel(kind, value);
  const item = { kind: request.itemKind, value: request.itemValue };
  return (
    <section className="lp-panel" aria-labelledby="cr-verification-heading" data-testid="request-verification">
      <Heading variant="h3" as="h2" id="cr-verification-heading">{t('changeRequests.detail.verification')}</Heading>
      {!v ? (
        <Text className="lp-muted">{t('changeRequests.detail.notChecked')}</Text>
      ) : v.fixed ? (
        <p className="lp-cr-fixed">{t('changeRequests.detail.fixedAt', { at: formatDateTime(v.at, i18n.language), snapshot: v.snapshotId ?? request.verifiedSnapshotId ?? '–' })}</p>
      ) : (
        <>
          <p>{t('changeRequests.detail.stillWrong', { at: formatDateTime(v.at, i18n.language) })}</p>
          <ul>
            {v.problems.map((problem, i) => (
              <li key={i} className="lp-cr-problem">{problemText(problem, t, articleTitle, problemDetailText(problem, t, label, item))}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
