import { useTranslation } from 'react-i18next';
import { Textarea } from 'suomifi-ui-components';

/** A request's reason must say something: a word or two, not a stray letter. */
export function isReasonMissing(reason: string): boolean {
  return reason.trim().length < 3;
}

/** The reason of a change request, as every request form asks it; `invalid` once the form was tried. */
export function RequestReasonField({ value, onChange, invalid, className }: { value: string; onChange: (value: string) => void; invalid: boolean; className?: string }) {
  const { t } = useTranslation();
  return (
    <Textarea
      className={className}
      labelText={t('changeRequests.form.reason')}
      value={value}
      maxLength={2000}
      onChange={(e) => onChange(e.target.value)}
      status={invalid ? 'error' : 'default'}
      statusText={invalid ? t('changeRequests.form.reasonRequired') : undefined}
      fullWidth
    />
  );
}
