import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { Button, Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useAreaLabel } from '../../lib/area-label';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { linkTo, useSearchParams } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { useCan } from '../../lib/auth';
import { MakeRequestButton } from '../change-requests/make-request-button';

/** Open flags of the region: what is wrong on which service, who fixes it, and every article it covers. */
export function FlagsList() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region } = useWorkbenchParams();
  const [search] = useSearchParams();
  const codeLabel = useCodeLabels(i18n.language);
  const areaLabel = useAreaLabel();
  const flags = useQuery(trpc.flags.list.queryOptions({ region }));
  const mayRequest = useCan('manageRequests');
  const withdraw = useMutation(
    trpc.flags.withdraw.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.flags.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() })]),
    }),
  );
  const itemLabel = (kind: string, value: string, labels: Parameters<typeof keywordLabel>[1]) =>
    kind === 'keywords' ? keywordLabel(value, labels, i18n.language) : kind === 'area' ? areaLabel(value) : codeLabel(kind as 'serviceClasses', value);
  return (
    <section aria-labelledby="flags-heading">
      <Heading variant="h1" id="flags-heading">{t('flags.heading')}</Heading>
      {flags.error && <ErrorMessage error={flags.error} />}
      {withdraw.error && <ErrorMessage error={withdraw.error} />}
      {flags.data?.length === 0 && <Text>{t('flags.none')}</Text>}
      <ul className="lp-cards" data-testid="flags-list">
        {(flags.data ?? []).map((flag) => (
          <li key={flag.id} className="lp-panel">
            <Heading variant="h3" as="h2">{flag.service ? localize(flag.service.name, i18n.language) : flag.serviceId}</Heading>
            <Text className="lp-muted lp-small">{flag.service ? localize(flag.service.organizationName, i18n.language) : ''}</Text>
            <p>
              <strong>{t(`reasonKind.${flag.itemKind}`)}: {itemLabel(flag.itemKind, flag.itemValue, flag.service?.keywordLabels)}</strong> · {t(`flagTarget.${flag.target}`)}
            </p>
            <p className="lp-comment-body">{flag.reason}</p>
            <p className="lp-small lp-muted">{flag.createdBy} · {formatDateTime(flag.createdAt, i18n.language)}</p>
            <Text variant="bold">{t('flag.covers', { count: flag.articles.length })}</Text>
            <ul className="lp-plain-list">
              {flag.articles.map((a) => {
                const href = linkTo(`/articles/${encodeURIComponent(a.id)}`, search);
                return (
                  <li key={a.id}>
                    <AppLink href={href}>{localize(a.title, i18n.language)}</AppLink>
                  </li>
                );
              })}
            </ul>
            {mayRequest && <MakeRequestButton region={region} source={{ flagId: flag.id }} label={t('changeRequests.make.fromFlag')} />}
            {flag.mayWithdraw && <Button variant="secondaryNoBorder" onClick={() => withdraw.mutate({ id: flag.id })}>{t('flags.withdraw')}</Button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
