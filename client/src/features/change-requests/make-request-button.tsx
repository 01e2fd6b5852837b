import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { StateBadge } from './state-badge';

/**
 * "Make a change request" from a flag or a description request; afterwards a link to the
 * request, saying whether it joined one already open for the same fix ("Added to LP-2026-0003").
 */
export function MakeRequestButton({ region, source, label }: { region: string; source: { flagId: number } | { descriptionRequestId: number }; label: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keep = useSearchKeys(['region', 'compare']);
  const [made, setMade] = useState<{ id: number; code: string; merged: boolean } | null>(null);
  // The button unmounts once the request is made: focus moves to the link that replaces it, not to the page.
  const madeLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (made) madeLine.current?.querySelector('a')?.focus();
  }, [made]);
  // A request already made from this source is linked instead of offered again (one list query serves every card).
  const list = useQuery(trpc.changeRequests.list.queryOptions({ region }));
  const existing = list.data?.requests.find((r) => ('flagId' in source ? r.sourceFlagId === source.flagId : r.sourceDescriptionRequestId === source.descriptionRequestId));
  const options = {
    onSuccess: async (result: { request: { id: number; code: string }; merged: boolean }) => {
      setMade({ id: result.request.id, code: result.request.code, merged: result.merged });
      await queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() });
    },
  };
  const fromFlag = useMutation(trpc.changeRequests.fromFlag.mutationOptions(options));
  const fromDescription = useMutation(trpc.changeRequests.fromDescriptionRequest.mutationOptions(options));
  const pending = fromFlag.isPending || fromDescription.isPending;
  const error = fromFlag.error ?? fromDescription.error;
  const make = () => {
    if ('flagId' in source) fromFlag.mutate({ region, flagId: source.flagId });
    else fromDescription.mutate({ region, descriptionRequestId: source.descriptionRequestId });
  };
  return (
    <div className="lp-cr-made">
      <div aria-live="polite">
        {made && (
          <p data-testid="request-made" ref={madeLine}>
            {made.merged ? t('changeRequests.make.merged', { code: made.code }) : t('changeRequests.make.created', { code: made.code })}{' '}
            <AppLink href={linkTo(`/change-requests/${made.id}`, keep)}>{t('changeRequests.make.open', { code: made.code })}</AppLink>
          </p>
        )}
      </div>
      {!made && existing && (
        <p data-testid="request-exists">
          {t('changeRequests.make.existing')}{' '}
          <AppLink href={linkTo(`/change-requests/${existing.id}`, keep)}>{existing.code}</AppLink> <StateBadge state={existing.state} />
        </p>
      )}
      {!made && !existing && (
        <Button variant="secondary" onClick={make} disabled={pending}>
          {label}
        </Button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
