import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTRPC } from '../../lib/trpc';
import { authErrorText } from './auth-error-text';
import './sign-in-page.css';
import { switchPerson } from '../../lib/auth';

/** Email and password; after signing in, the page the person asked for opens. */
export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const methods = useQuery({ ...trpc.auth.methods.queryOptions(), staleTime: Infinity });
  // Single sign-on comes back to the app with ?signin=<outcome> when it did not work.
  const [ssoOutcome] = useState(() => new URLSearchParams(window.location.search).get('signin'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Accounts with a second factor are asked for a code once the password is right.
  const [needsCode, setNeedsCode] = useState(false);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => {
        setPassword('');
        setCode('');
        switchPerson(queryClient, trpc.auth.me.queryKey(), user);
      },
      onError: (error) => {
        if (error.data?.auth?.reason === 'code_required') setNeedsCode(true);
        if (error.data?.auth?.reason === 'wrong_code') setCode('');
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password, ...(needsCode ? { code } : {}) });
  };
  const askedForCode = signIn.error?.data?.auth?.reason === 'code_required';
  return (
    <div className="lp-auth-page">
      <Heading variant="h1">{t('auth.signInTitle')}</Heading>
      <Paragraph>{t('auth.signInIntro')}</Paragraph>
      {ssoOutcome && ['failed', 'no-account', 'unavailable'].includes(ssoOutcome) && (
        <InlineAlert status="error" role="alert">
          {t(`sso.outcome.${ssoOutcome === 'no-account' ? 'noAccount' : ssoOutcome}`)}
        </InlineAlert>
      )}
      {methods.data?.oidc && (
        <div className="lp-sso">
          {/* A full-page navigation: the identity provider's page, then back to /auth/oidc/callback. */}
          <a className="lp-sso-button" href={methods.data.oidc.startPath}>
            {t('sso.signInWith', { label: methods.data.oidc.label })}
          </a>
          <Paragraph className="lp-muted">{t('sso.orPassword')}</Paragraph>
        </div>
      )}
      <form onSubmit={submit} className="lp-auth-form" aria-label={t('auth.signInTitle')}>
        <TextInput labelText={t('auth.email')} type="email" autoComplete="username" value={email} onChange={(v) => setEmail(String(v ?? ''))} />
        <TextInput labelText={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={(v) => setPassword(String(v ?? ''))} />
        {needsCode && (
          <TextInput
            labelText={t('secondFactor.code')}
            hintText={t('secondFactor.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
            value={code}
            onChange={(v) => setCode(String(v ?? ''))}
          />
        )}
        {signIn.error && !askedForCode && (
          <InlineAlert status="error" role="alert">
            {authErrorText(t, signIn.error)}
          </InlineAlert>
        )}
        <Button type="submit" disabled={signIn.isPending || email.trim() === '' || password === '' || (needsCode && code.trim() === '')}>
          {t('auth.signIn')}
        </Button>
      </form>
      <Paragraph className="lp-muted">{t('auth.forgotten')}</Paragraph>
    </div>
  );
}
