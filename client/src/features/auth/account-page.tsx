import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime, formatDay } from '../../lib/format-date';
import { useTRPC } from '../../lib/trpc';
import { ChangePasswordForm } from './change-password-form';
import { SecondFactorSettings } from './second-factor-settings';
import { useMe } from '../../lib/auth';
import './auth.css';

/** `/account`: who the signed-in person is in the workbench, and changing their password. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const account = useQuery(trpc.users.account.queryOptions());
  const signedIn = useMe();
  if (account.error) return <ErrorMessage error={account.error} />;
  if (!account.data) return <Text>{t('common.loading')}</Text>;
  const me = account.data;
  return (
    <div className="lp-account-page">
      <Heading variant="h1">{t('auth.account.heading')}</Heading>
      <section aria-labelledby="account-details-heading" className="lp-panel lp-account-section">
        <Heading variant="h2" id="account-details-heading" className="lp-visually-hidden">{t('auth.account.details')}</Heading>
        <dl className="lp-account-details">
          <dt>{t('auth.account.name')}</dt>
          <dd>{me.name}</dd>
          <dt>{t('auth.email')}</dt>
          <dd>{me.email}</dd>
          <dt>{t('auth.account.role')}</dt>
          <dd>
            {t(`roles.${me.role}`)}
            <div className="lp-small lp-muted">{t(`auth.roleHelp.${me.role}`)}</div>
          </dd>
          {me.role === 'lead' && (
            <>
              <dt>{t('auth.account.topics')}</dt>
              <dd>{me.topics.length > 0 ? me.topics.join(', ') : t('auth.account.noTopics')}</dd>
            </>
          )}
          <dt>{t('auth.account.workshops')}</dt>
          <dd>
            {me.workshops.length === 0 ? (
              t('auth.account.noWorkshops')
            ) : (
              <ul className="lp-plain-list">
                {me.workshops.map((w) => (
                  <li key={w.id}>
                    {w.name} <span className="lp-muted">{formatDay(w.date, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('auth.account.since')}</dt>
          <dd>{formatDateTime(me.createdAt, i18n.language)}</dd>
        </dl>
      </section>
      <ChangePasswordForm email={me.email} />
      {signedIn && <SecondFactorSettings me={signedIn} />}
    </div>
  );
}
