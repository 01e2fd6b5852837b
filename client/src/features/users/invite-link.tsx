import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDateTime } from '../../lib/format-date';

export interface CreatedLink {
  name: string;
  /** `/invite#<token>`; the origin is this page's own. */
  invitePath: string;
  expiresAt: string;
}

/**
 * A one-time invitation link to copy and send. The server keeps only the token's hash, so
 * the link cannot be shown again: the note says so.
 */
export function InviteLink({ link }: { link: CreatedLink }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = `${window.location.origin}${link.invitePath}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="lp-invite-link">
      <InlineAlert status="warning" labelText={t('users.linkOnlyNow')}>
        {t('users.linkNote', { date: formatDateTime(link.expiresAt, i18n.language) })}
      </InlineAlert>
      <TextInput labelText={t('users.linkFor', { name: link.name })} value={url} readOnly fullWidth onFocus={(event) => event.target.select()} data-testid="invite-link" />
      <div className="lp-actions">
        <Button onClick={() => void copy()}>{t('users.copy')}</Button>
      </div>
      <Paragraph className="lp-small" aria-live="polite">
        {copied === 'yes' ? t('users.copied') : copied === 'failed' ? t('users.copyFailed') : ''}
      </Paragraph>
    </div>
  );
}
