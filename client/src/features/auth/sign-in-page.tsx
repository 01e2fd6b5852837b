import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTRPC } from '../../lib/trpc';
import { authErrorText } from './auth-error-text';
import { switchPerson } from '../../lib/auth';

/** Email and password; after signing in, the page the person asked for opens. */
export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => {
        setPassword('');
        switchPerson(queryClient, trpc.auth.me.queryKey(), user);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <div className="lp-auth-page">
      <Heading variant="h1">{t('auth.signInTitle')}</Heading>
      <Paragraph>{t('auth.signInIntro')}</Paragraph>
      <form onSubmit={submit} className="lp-auth-form" aria-label={t('auth.signInTitle')}>
        <TextInput labelText={t('auth.email')} type="email" autoComplete="username" value={email} onChange={(v) => setEmail(String(v ?? ''))} />
        <TextInput labelText={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={(v) => setPassword(String(v ?? ''))} />
        {signIn.error && (
          <InlineAlert status="error" role="alert">
            {authErrorText(t, signIn.error)}
          </InlineAlert>
        )}
        <Button type="submit" disabled={signIn.isPending || email.trim() === '' || password === ''}>
          {t('auth.signIn')}
        </Button>
      </form>
      <Paragraph className="lp-muted">{t('auth.forgotten')}</Paragraph>
    </div>
  );
}
