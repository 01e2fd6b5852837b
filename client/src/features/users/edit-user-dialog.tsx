import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Text, TextInput } from 'suomifi-ui-components';
import type { Role } from '../../../../shared/domain/permissions';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';
import { RoleTopicFields } from './role-topic-fields';
import type { Account } from './users-table';

/**
 * Name, role and topics of one account. The change carries the version the form was filled
 * from; when someone changed the account first, the list reloads, the form shows their
 * values and the error says who it was.
 */
export function EditUserDialog({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [topics, setTopics] = useState<string[]>([]);
  useEffect(() => {
    if (!account) return;
    setName(account.name);
    setRole(account.role);
    setTopics(account.topics);
  }, [account?.id, account?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async () => {
        // One's own role may have changed: what the menu shows depends on it.
        await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() })]);
        close();
      },
      onError: (error) => {
        if (error.data?.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
      },
    }),
  );
  const close = () => {
    update.reset();
    onClose();
  };
  const nameMissing = name.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!account || nameMissing) return;
    update.mutate({ id: account.id, version: account.version, name: name.trim(), role, topics: role === 'lead' ? topics : [] });
  };
  return (
    <Modal appElementId="root" ariaLabelledBy="edit-user-title" visible={account !== null} onEscKeyDown={close} variant="default">
      <ModalContent>
        <ModalTitle id="edit-user-title">{t('users.editTitle', { name: account?.name ?? '' })}</ModalTitle>
        <form id="edit-user-form" className="lp-users-form" onSubmit={submit} noValidate>
          <div>
            <Text variant="bold">{t('users.email')}</Text>
            <Text className="lp-users-fixed">{account?.email ?? ''}</Text>
            <Text className="lp-small lp-muted lp-users-fixed">{t('users.emailFixed')}</Text>
          </div>
          <TextInput
            labelText={t('users.name')}
            value={name}
            onChange={(v) => setName(String(v ?? ''))}
            status={nameMissing ? 'error' : 'default'}
            statusText={nameMissing ? t('users.required') : undefined}
            fullWidth
          />
          <RoleTopicFields idPrefix="edit" role={role} topics={topics} onRole={setRole} onTopics={setTopics} />
          {update.error && <ErrorMessage error={update.error} />}
        </form>
      </ModalContent>
      <ModalFooter>
        <Button type="submit" form="edit-user-form" disabled={update.isPending || nameMissing}>{t('common.save')}</Button>
        <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
