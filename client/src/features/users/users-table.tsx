import { useTranslation } from 'react-i18next';
import { ActionMenu, ActionMenuItem } from 'suomifi-ui-components';
import { formatDateTime, formatDay } from '../../lib/format-date';
import type { RouterOutputs } from '../../lib/trpc';
import type { AccountAction } from './account-action-dialog';

export type Account = RouterOutputs['users']['list'][number];

/** Everyone with an account: role, topics, whether they can sign in, and what a manager may do to it. */
export function UsersTable({ accounts, meId, onEdit, onAction }: { accounts: Account[]; meId: number; onEdit: (account: Account) => void; onAction: (action: AccountAction, account: Account) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="lp-users-scroll">
      <table className="lp-table lp-users-table" data-testid="users-table">
        <caption className="lp-visually-hidden">{t('users.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.topics')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.created')}</th>
            <th scope="col">{t('users.workshops')}</th>
            <th scope="col">
              <span className="lp-visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const self = account.id === meId;
            // Oneself cannot be deactivated or sent a link: that would lock the manager out.
            const items = [
              <ActionMenuItem key="edit" onClick={() => onEdit(account)}>{t('users.edit')}</ActionMenuItem>,
              ...(self
                ? []
                : account.active
                  ? [
                      <ActionMenuItem key="reinvite" onClick={() => onAction('reinvite', account)}>{t('users.reinvite')}</ActionMenuItem>,
                      <ActionMenuItem key="deactivate" onClick={() => onAction('deactivate', account)}>{t('users.deactivate')}</ActionMenuItem>,
                    ]
                  : [<ActionMenuItem key="reactivate" onClick={() => onAction('reactivate', account)}>{t('users.reactivate')}</ActionMenuItem>]),
            ];
            return (
              <tr key={account.id} className={account.active ? undefined : 'lp-users-inactive'}>
                <th scope="row">
                  {account.name}
                  {self && <span className="lp-muted"> {t('users.you')}</span>}
                </th>
                <td className="lp-users-email">{account.email}</td>
                <td>{t(`roles.${account.role}`)}</td>
                <td>{account.topics.length > 0 ? account.topics.join(', ') : <span className="lp-muted">–</span>}</td>
                <td>
                  <span className={`lp-badge lp-users-status-${account.status}`}>{statusLabel(t, account.status)}</span>
                  {account.validLinkUntil && <div className="lp-small lp-muted">{t('users.linkValidUntil', { date: formatDay(account.validLinkUntil, i18n.language) })}</div>}
                  {account.deactivatedAt && <div className="lp-small lp-muted">{formatDay(account.deactivatedAt, i18n.language)}</div>}
                </td>
                <td className="lp-users-nowrap" title={formatDateTime(account.createdAt, i18n.language)}>{formatDay(account.createdAt, i18n.language)}</td>
                <td>{account.workshopCount}</td>
                <td className="lp-users-nowrap">
                  <ActionMenu buttonText={t('users.actions')} aria-label={t('users.actionsFor', { name: account.name })} buttonVariant="secondaryNoBorder">
                    {items}
                  </ActionMenu>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function statusLabel(t: (key: string) => string, status: Account['status']): string {
  switch (status) {
    case 'active':
      return t('users.statusActive');
    case 'invited':
      return t('users.statusInvited');
    case 'inviteExpired':
      return t('users.statusInviteExpired');
    case 'deactivated':
      return t('users.statusDeactivated');
  }
}
