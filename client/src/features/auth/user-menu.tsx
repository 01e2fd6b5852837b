import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Text } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { switchPerson, type Me } from '../../lib/auth';
import { navigate } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';

/** Who is signed in and in what role, a link to their account, and signing out. */
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
      <Text smallScreen>
        <AppLink href="/account">{me.name}</AppLink> <span className="lp-muted">({t(`roles.${me.role}`)})</span>
      </Text>
      <Button variant="secondaryNoBorder" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('auth.signOut')}
      </Button>
    </div>
  );
}
