import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Text } from 'suomifi-ui-components';
import type { ChangeRequestState } from '../../../../shared/domain/change-request';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';
import { commonNextStates } from './request-filters';

/**
 * Moves the selected requests to one state: only the states every one of them may move to
 * are offered, each carries the version this person saw. A conflict reloads the list.
 */
export function BulkMove({ region, selected, onDone, announce }: { region: string; selected: ChangeRequestView[]; onDone: () => void; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const choices = commonNextStates(selected);
  const [to, setTo] = useState<ChangeRequestState | ''>('');
  useEffect(() => {
    if (to && !choices.includes(to)) setTo('');
  }, [choices.join(','), to]); // eslint-disable-line react-hooks/exhaustive-deps
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() });
  const move = useMutation(
    trpc.changeRequests.move.mutationOptions({
      onSuccess: async (_result, input) => {
        announce(t('changeRequests.bulk.moved', { count: input.requests.length, state: t(`changeRequests.state.${input.to}`) }));
        setTo('');
        onDone();
        await reload();
      },
      onError: async () => {
        await reload();
        announce(t('changeRequests.bulk.reloaded'));
      },
    }),
  );
  const submit = () => {
    if (!to || selected.length === 0) return;
    move.mutate({ region, to, requests: selected.map((r) => ({ id: r.id, baseVersion: r.version })) });
  };
  return (
    <>
      {choices.length === 0 ? (
        <Text className="lp-small">{t('changeRequests.bulk.noCommonState')}</Text>
      ) : (
        <>
          <Dropdown labelText={t('changeRequests.bulk.moveTo')} visualPlaceholder={t('changeRequests.form.choose')} value={to} onChange={(value) => setTo(value as ChangeRequestState)}>
            {choices.map((state) => (
              <DropdownItem key={state} value={state}>{t(`changeRequests.state.${state}`)}</DropdownItem>
            ))}
          </Dropdown>
          <Button onClick={submit} disabled={!to || move.isPending}>{t('changeRequests.bulk.move')}</Button>
        </>
      )}
      {move.error && <ErrorMessage error={move.error} />}
    </>
  );
}
