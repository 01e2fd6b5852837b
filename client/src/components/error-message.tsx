import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format-date';

interface ConflictChange {
  by: string;
  at: string;
  what: string;
  serviceName?: string | null;
  serviceId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** What the tRPC client gives for a failed call; `data` is the server's one error shape. */
export interface ShownError {
  message: string;
  data?: {
    code?: string;
    zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
    conflict?: { changes: ConflictChange[] } | null;
  } | null;
}

/**
 * The one way the UI shows a failed request: invalid fields by name; a conflict with what the
 * other person changed; a missing permission as such; otherwise the server's message.
 */
export function ErrorMessage({ error }: { error: ShownError }) {
  const { t, i18n } = useTranslation();
  const fields = Object.keys(error.data?.zodError?.fieldErrors ?? {});
  const code = error.data?.code;
  const changes = error.data?.conflict?.changes ?? [];
  if (code === 'CONFLICT' && changes.length > 0) {
    return (
      <InlineAlert status="error" role="alert" labelText={t('errors.conflictTitle')}>
        <ul className="lp-conflict-list">
          {changes.map((c, i) => (
            <li key={i}>
              {c.what === 'rule.changed'
                ? t('rules.conflictChange', { by: c.by, at: formatDateTime(c.at, i18n.language) })
                : !c.what.startsWith('decision.')
                  ? t('errors.conflictOther', { by: c.by, at: formatDateTime(c.at, i18n.language) })
                  : t('errors.conflictChange', {
                      by: c.by,
                      at: formatDateTime(c.at, i18n.language),
                      name: c.serviceName ?? c.serviceId ?? '',
                      to: c.to ? t(`decision.${c.to}`) : t('decision.undo'),
                    })}
            </li>
          ))}
        </ul>
        {t('errors.conflictReloaded')}
      </InlineAlert>
    );
  }
  const text =
    fields.length > 0
      ? t('errors.invalidFields', { fields: fields.join(', ') })
      : code === 'CONFLICT'
        ? t('errors.conflict', { message: error.message })
        : code === 'FORBIDDEN'
          ? t('errors.forbidden')
          : code === 'UNAUTHORIZED'
            ? t('errors.signedOut')
            : error.message;
  return (
    <InlineAlert status="error" role="alert">
      {t('errors.failed', { message: text })}
    </InlineAlert>
  );
}
