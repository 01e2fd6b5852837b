import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import type { Me } from '../../lib/auth';
import { useTRPC } from '../../lib/trpc';
import { authErrorText } from './auth-error-text';

/** Turning the second factor (an authenticator app's codes) on and off for one's own account. */
export function SecondFactorSettings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const refreshMe = () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  const begin = useMutation(
    trpc.auth.totpBegin.mutationOptions({
      onSuccess: () => {
        setNotice(null);
        setPassword('');
      },
    }),
  );
  const confirm = useMutation(
    trpc.auth.totpConfirm.mutationOptions({
      onSuccess: async () => {
        setCode('');
        begin.reset();
        setNotice(t('secondFactor.confirmed'));
        await refreshMe();
      },
    }),
  );
  const disable = useMutation(
    trpc.auth.totpDisable.mutationOptions({
      onSuccess: async () => {
        setPassword('');
        setNotice(t('secondFactor.removed'));
        await refreshMe();
      },
    }),
  );
  const pending = begin.data;
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate({ code });
  };
  const submitRemoval = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate({ password });
  };
  return (
    <section aria-labelledby="second-factor-heading" className="lp-second-factor">
      <Heading variant="h2" id="second-factor-heading">{t('secondFactor.title')}</Heading>
      <Paragraph>
        {t('secondFactor.intro')} <strong>{me.totpEnabled ? t('secondFactor.enabled') : t('secondFactor.disabled')}</strong>
      </Paragraph>
      {notice && <InlineAlert status="neutral">{notice}</InlineAlert>}
      {!me.totpEnabled && !pending && (
        <form
          className="lp-auth-form"
          onSubmit={(event) => {
            event.preventDefault();
            begin.mutate({ password });
          }}
        >
          <TextInput labelText={t('secondFactor.startPassword')} type="password" autoComplete="current-password" value={password} onChange={(v) => setPassword(String(v ?? ''))} />
          <Button type="submit" variant="secondary" disabled={begin.isPending || password === ''}>{t('secondFactor.start')}</Button>
        </form>
      )}
      {begin.error && <InlineAlert status="error" role="alert">{authErrorText(t, begin.error)}</InlineAlert>}
      {!me.totpEnabled && pending && (
        <form onSubmit={submitCode} className="lp-auth-form">
          <Paragraph>{t('secondFactor.scan')}</Paragraph>
          <p>
            {t('secondFactor.secret')}: <code className="lp-secret">{pending.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
          <p>
            <a href={pending.uri}>{t('secondFactor.openInApp')}</a>
          </p>
          <TextInput labelText={t('secondFactor.code')} hintText={t('secondFactor.codeHint')} autoComplete="one-time-code" inputMode="numeric" value={code} onChange={(v) => setCode(String(v ?? ''))} />
          {confirm.error && <InlineAlert status="error" role="alert">{authErrorText(t, confirm.error)}</InlineAlert>}
          <Button type="submit" disabled={confirm.isPending || code.trim() === ''}>{t('secondFactor.confirm')}</Button>
        </form>
      )}
      {me.totpEnabled && (
        <form onSubmit={submitRemoval} className="lp-auth-form">
          <TextInput labelText={t('secondFactor.removePassword')} type="password" autoComplete="current-password" value={password} onChange={(v) => setPassword(String(v ?? ''))} />
          {disable.error && <InlineAlert status="error" role="alert">{authErrorText(t, disable.error)}</InlineAlert>}
          <Button type="submit" variant="secondary" disabled={disable.isPending || password === ''}>{t('secondFactor.remove')}</Button>
        </form>
      )}
    </section>
  );
}
