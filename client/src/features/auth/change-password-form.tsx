import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { useTRPC } from '../../lib/trpc';
import { authErrorText } from './auth-error-text';
import { PasswordFields, passwordsReady } from './password-fields';

/** Current password, then the new one twice; the server ends the person's other sessions. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrent('');
        setNext('');
        setRepeat('');
        setTried(false);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    change.reset();
    if (current === '' || !passwordsReady(next, repeat)) return;
    change.mutate({ current, next });
  };
  return (
    <section aria-labelledby="change-password-heading" className="lp-panel lp-account-section">
      <Heading variant="h2" id="change-password-heading">{t('auth.account.changePassword')}</Heading>
      <form onSubmit={submit} className="lp-auth-form" noValidate>
        {/* For password managers: which account the new password belongs to. */}
        <input type="email" autoComplete="username" value={email} readOnly hidden />
        <TextInput
          labelText={t('auth.account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(v) => setCurrent(String(v ?? ''))}
          status={tried && current === '' ? 'error' : 'default'}
          statusText={tried && current === '' ? t('auth.account.currentRequired') : undefined}
          fullWidth
        />
        <PasswordFields next={next} repeat={repeat} onNext={setNext} onRepeat={setRepeat} showMismatch={tried} />
        {change.error && (
          <InlineAlert status="error" role="alert">
            {authErrorText(t, change.error)}
          </InlineAlert>
        )}
        {change.isSuccess && (
          <InlineAlert status="neutral" role="status" labelText={t('auth.account.changed')}>
            {t('auth.account.othersSignedOut')}
          </InlineAlert>
        )}
        <Button type="submit" disabled={change.isPending}>
          {t('auth.account.savePassword')}
        </Button>
      </form>
    </section>
  );
}
