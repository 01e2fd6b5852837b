import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, TextInput } from 'suomifi-ui-components';
import type { Role } from '../../../../shared/domain/permissions';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';
import { InviteLink, type CreatedLink } from './invite-link';
import { RoleTopicFields } from './role-topic-fields';

/** Invite a person: email, name, role and topics; then their one-time link, shown once. */
export function InviteDialog({ visible, onClose }: { visible: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('participant');
  const [topics, setTopics] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const [link, setLink] = useState<CreatedLink | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (created, input) => {
        setLink({ name: input.name, invitePath: created.invitePath, expiresAt: created.expiresAt });
        void queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
      },
    }),
  );
  const close = () => {
    setEmail('');
    setName('');
    setRole('participant');
    setTopics([]);
    setTouched(false);
    setLink(null);
    create.reset();
    onClose();
  };
  const emailMissing = email.trim() === '';
  const nameMissing = name.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (emailMissing || nameMissing) return;
    create.mutate({ email: email.trim(), name: name.trim(), role, topics: role === 'lead' ? topics : [] });
  };
  return (
    <Modal appElementId="root" ariaLabelledBy="invite-dialog-title" visible={visible} onEscKeyDown={close} variant="default">
      <ModalContent>
        <ModalTitle id="invite-dialog-title">{link ? t('users.linkTitle') : t('users.inviteTitle')}</ModalTitle>
        {link ? (
          <InviteLink link={link} />
        ) : (
          <form id="invite-form" className="lp-users-form" onSubmit={submit} noValidate>
            <TextInput
              labelText={t('users.email')}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(v) => setEmail(String(v ?? ''))}
              status={touched && emailMissing ? 'error' : 'default'}
              statusText={touched && emailMissing ? t('users.required') : undefined}
              fullWidth
            />
            <TextInput
              labelText={t('users.name')}
              autoComplete="off"
              value={name}
              onChange={(v) => setName(String(v ?? ''))}
              status={touched && nameMissing ? 'error' : 'default'}
              statusText={touched && nameMissing ? t('users.required') : undefined}
              fullWidth
            />
            <RoleTopicFields idPrefix="invite" role={role} topics={topics} onRole={setRole} onTopics={setTopics} />
            {create.error && <ErrorMessage error={create.error} />}
          </form>
        )}
      </ModalContent>
      <ModalFooter>
        {link ? (
          <Button onClick={close}>{t('users.done')}</Button>
        ) : (
          <>
            <Button type="submit" form="invite-form" disabled={create.isPending}>{t('users.createLink')}</Button>
            <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}
