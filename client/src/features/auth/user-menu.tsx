import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { switchPerson, type Me } from '../../lib/auth';
import { navigate } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import './user-menu.css';

/**
 * Who is signed in (a link to their account), their role, and signing out: two short lines,
 * so the header stays on one row at 1280 px.
 */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        switchPerson(queryClient, trpc.auth.me.queryKey(), null);
        navigate('/');
      },
    }),
  );
  return (
    <div className="lp-user-menu">
      <AppLink href="/account" className="lp-user-menu-name" title={t('auth.account.heading')}>
        {me.name}
      </AppLink>
      <div className="lp-user-menu-line">
        <span className="lp-user-menu-role">{t(`roles.${me.role}`)}</span>
        <button type="button" className="lp-user-menu-out" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('auth.signOut')}
        </button>
      </div>
    </div>
  );
}
