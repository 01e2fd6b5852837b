import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useMe } from '../../lib/auth';
import { useTRPC } from '../../lib/trpc';
import { AccountActionDialog, type AccountAction } from './account-action-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { InviteDialog } from './invite-dialog';
import { UsersTable, type Account } from './users-table';
import './users.css';

/** The managers' page for people: invite, change role and topics, deactivate, new link. */
export function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const accounts = useQuery(trpc.users.list.queryOptions());
  const [inviting, setInviting] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [request, setRequest] = useState<{ action: AccountAction; account: Account } | null>(null);
  // The dialog follows the list, so after a conflict it shows what the other person saved.
  const editing = accounts.data?.find((a) => a.id === editingId) ?? null;
  const active = accounts.data?.filter((a) => a.active).length ?? 0;
  return (
    <section aria-labelledby="users-heading" className="lp-users-page">
      <div className="lp-users-top">
        <div>
          <Heading variant="h1" id="users-heading">{t('users.heading')}</Heading>
          <Paragraph className="lp-users-intro">{t('users.intro')}</Paragraph>
        </div>
        <Button onClick={() => setInviting(true)}>{t('users.invite')}</Button>
      </div>
      {accounts.error && <ErrorMessage error={accounts.error} />}
      {accounts.isPending && <Text>{t('common.loading')}</Text>}
      {accounts.data && (
        <>
          <Text className="lp-muted lp-small">{t('users.count', { count: accounts.data.length, active })}</Text>
          <UsersTable accounts={accounts.data} meId={me?.id ?? -1} onEdit={(a) => setEditingId(a.id)} onAction={(action, account) => setRequest({ action, account })} />
        </>
      )}
      <InviteDialog visible={inviting} onClose={() => setInviting(false)} />
      <EditUserDialog account={editing} onClose={() => setEditingId(null)} />
      <AccountActionDialog request={request} onClose={() => setRequest(null)} />
    </section>
  );
}
