import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';
import { InviteLink, type CreatedLink } from './invite-link';
import type { Account } from './users-table';

export type AccountAction = 'deactivate' | 'reactivate' | 'reinvite';

/**
 * Asks before deactivating, reactivating or sending a new link, saying what will happen to
 * the person; after a new link, shows it (once).
 */
export function AccountActionDialog({ request, onClose }: { request: { action: AccountAction; account: Account } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<CreatedLink | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const refreshAndClose = async () => {
    await refresh();
    close();
  };
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions({ onSuccess: refreshAndClose }));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions({ onSuccess: refreshAndClose }));
  const reinvite = useMutation(
    trpc.users.reinvite.mutationOptions({
      onSuccess: async (created) => {
        setLink({ name: request?.account.name ?? '', invitePath: created.invitePath, expiresAt: created.expiresAt });
        await refresh();
      },
    }),
  );
  const mutations = { deactivate, reactivate, reinvite };
  function close() {
    setLink(null);
    deactivate.reset();
    reactivate.reset();
    reinvite.reset();
    onClose();
  }
  const name = request?.account.name ?? '';
  const texts: Record<AccountAction, { title: string; text: string; confirm: string }> = {
    deactivate: { title: t('users.deactivateTitle', { name }), text: t('users.deactivateText'), confirm: t('users.deactivate') },
    reactivate: { title: t('users.reactivateTitle', { name }), text: t('users.reactivateText'), confirm: t('users.reactivate') },
    reinvite: { title: t('users.reinviteTitle', { name }), text: t('users.reinviteText'), confirm: t('users.reinvite') },
  };
  const action = request?.action ?? 'deactivate';
  const mutation = mutations[action];
  return (
    <Modal appElementId="root" ariaLabelledBy="account-action-title" visible={request !== null} onEscKeyDown={close} variant="default">
      <ModalContent>
        <ModalTitle id="account-action-title">{link ? t('users.linkTitle') : texts[action].title}</ModalTitle>
        {link ? <InviteLink link={link} /> : <Paragraph>{texts[action].text}</Paragraph>}
        {mutation.error && <ErrorMessage error={mutation.error} />}
      </ModalContent>
      <ModalFooter>
        {link ? (
          <Button onClick={close}>{t('users.done')}</Button>
        ) : (
          <>
            <Button onClick={() => request && mutation.mutate({ id: request.account.id })} disabled={mutation.isPending}>
              {texts[action].confirm}
            </Button>
            <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}
