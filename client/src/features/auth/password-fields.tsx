import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { passwordLength } from '../../../../shared/domain/password-policy';

/**
 * A new password twice, with the policy said up front (the server checks it again and its
 * message is shown when it refuses). The repeat is checked here, since only a typo is caught.
 */
export function PasswordFields({ next, repeat, onNext, onRepeat, showMismatch }: { next: string; repeat: string; onNext: (v: string) => void; onRepeat: (v: string) => void; showMismatch: boolean }) {
  const { t } = useTranslation();
  const mismatch = showMismatch && repeat !== '' && next !== repeat;
  const short = next !== '' && [...next].length < passwordLength.min;
  return (
    <>
      <TextInput
        labelText={t('auth.newPassword')}
        hintText={t('auth.passwordPolicy', { min: passwordLength.min })}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(v) => onNext(String(v ?? ''))}
        status={showMismatch && short ? 'error' : 'default'}
        statusText={showMismatch && short ? t('auth.passwordTooShort', { min: passwordLength.min }) : undefined}
        fullWidth
      />
      <TextInput
        labelText={t('auth.repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(v) => onRepeat(String(v ?? ''))}
        status={mismatch ? 'error' : 'default'}
        statusText={mismatch ? t('auth.passwordsDiffer') : undefined}
        fullWidth
      />
    </>
  );
}

/** Whether the two fields can be sent: long enough and the same. */
export function passwordsReady(next: string, repeat: string): boolean {
  return [...next].length >= passwordLength.min && next === repeat;
}
