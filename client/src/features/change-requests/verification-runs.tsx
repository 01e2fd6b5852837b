import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';

/**
 * What the latest automatic check (after an import) verified in this region: when, against
 * which snapshot, how many were checked, the verified ones as links, how many are still open.
 * Managers can run the check now.
 */
export function VerificationRuns({ region, mayCheck }: { region: string; mayCheck: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keep = useSearchKeys(['region', 'compare']);
  const runs = useQuery(trpc.verification.runs.queryOptions({ region, limit: 1 }));
  const [notice, setNotice] = useState('');
  const check = useMutation(
    trpc.verification.verifyNow.mutationOptions({
      onMutate: () => setNotice(''),
      onSuccess: async (run) => {
        setNotice(t('changeRequests.runs.checkedNow', { verified: run?.verified.length ?? 0, open: run?.stillOpen.length ?? 0 }));
        await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.verification.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() })]);
      },
    }),
  );
  const latest = runs.data?.[0];
  return (
    <section className="lp-panel lp-cr-runs" aria-labelledby="cr-runs-heading" data-testid="verification-runs">
      <Heading variant="h3" as="h2" id="cr-runs-heading">{t('changeRequests.runs.heading')}</Heading>
      {runs.error && <ErrorMessage error={runs.error} />}
      {runs.data && !latest && <Text className="lp-muted">{t('changeRequests.runs.none')}</Text>}
      {latest && (
        <>
          <p className="lp-small">
            {t('changeRequests.runs.when', { at: formatDateTime(latest.at, i18n.language) })}, {t(`changeRequests.runs.trigger.${latest.trigger}`)}
            {latest.snapshotId !== null && <>, {t('changeRequests.runs.snapshot', { snapshot: latest.snapshotId })}</>}
          </p>
          <ul>
            <li>{t('changeRequests.runs.checked', { count: latest.checked })}</li>
            <li>
              {latest.verified.length === 0 ? (
                t('changeRequests.runs.noneVerified')
              ) : (
                <>
                  {t('changeRequests.runs.verified', { count: latest.verified.length })}
                  <ul className="lp-cr-verified-codes">
                    {latest.verified.map((r) => (
                      <li key={r.id}>
                        <AppLink href={linkTo(`/change-requests/${r.id}`, keep)}>{r.code}</AppLink>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
            <li>{t('changeRequests.runs.stillOpen', { count: latest.stillOpen.length })}</li>
          </ul>
        </>
      )}
      {mayCheck && (
        <>
          <Button variant="secondary" onClick={() => check.mutate({ region })} disabled={check.isPending} aria-describedby="cr-check-hint">
            {t('changeRequests.runs.checkNow')}
          </Button>
          <p id="cr-check-hint" className="lp-small lp-muted">{t('changeRequests.runs.checkNowHint')}</p>
        </>
      )}
      <p aria-live="polite" className="lp-small">{notice}</p>
      {check.error && <ErrorMessage error={check.error} />}
    </section>
  );
}
