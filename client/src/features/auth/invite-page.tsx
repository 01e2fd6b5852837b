import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, Text, TextInput } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { switchPerson } from '../../lib/auth';
import { navigate } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { authErrorText } from './auth-error-text';
import { PasswordFields, passwordsReady } from './password-fields';
import './auth.css';

// The token travels in the fragment, which the browser never sends: no server or proxy log sees it.
function tokenFromFragment(): string {
  try {
    return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}

/** `/invite#<token>`: greets the invited person, who sets a password and is then signed in. */
export function InvitePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [token] = useState(tokenFromFragment);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  // Asked with POST (a mutation), so the token travels in a body and never in a URL a proxy logs.
  const invite = useMutation(trpc.auth.invite.mutationOptions());
  const lookUp = invite.mutate;
  useEffect(() => {
    if (token !== '' && token.length <= 100) lookUp({ token });
  }, [token, lookUp]);
  const accept = useMutation(
    trpc.auth.acceptInvite.mutationOptions({
      onSuccess: (user) => {
        setNext('');
        setRepeat('');
        switchPerson(queryClient, trpc.auth.me.queryKey(), user);
        // Replacing the entry keeps the used link out of the back button's reach.
        navigate('/', { replace: true });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!passwordsReady(next, repeat)) return;
    accept.mutate({ token, password: next });
  };
  const invalid = token === '' || token.length > 100 || invite.isError || invite.data === null;
  return (
    <div className="lp-auth-page">
      {invalid ? (
        <>
          <Heading variant="h1">{t('auth.invite.invalidTitle')}</Heading>
          <InlineAlert status="error" role="alert">{t('auth.invite.invalid')}</InlineAlert>
          <Paragraph className="lp-auth-after">
            <AppLink href="/">{t('auth.invite.toSignIn')}</AppLink>
          </Paragraph>
        </>
      ) : !invite.data ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <>
          <Heading variant="h1">{t('auth.invite.welcome', { name: invite.data.name })}</Heading>
          <Paragraph>{t('auth.invite.intro')}</Paragraph>
          <form onSubmit={submit} className="lp-auth-form" aria-label={t('auth.invite.formLabel')} noValidate>
            <TextInput labelText={t('auth.email')} type="email" autoComplete="username" value={invite.data.email} readOnly fullWidth />
            <PasswordFields next={next} repeat={repeat} onNext={setNext} onRepeat={setRepeat} showMismatch={tried} />
            {accept.error && (
              <InlineAlert status="error" role="alert">
                {authErrorText(t, accept.error)}
              </InlineAlert>
            )}
            <Button type="submit" disabled={accept.isPending}>
              {t('auth.invite.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
