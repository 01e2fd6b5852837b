import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

/** What the tRPC client gives for a failed call; `data` is the server's one error shape. */
export interface ShownError {
  message: string;
  data?: { code?: string; zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null } | null;
}

/** The one way the UI shows a failed request: invalid fields by name, otherwise the server's message. */
export function ErrorMessage({ error }: { error: ShownError }) {
  const { t } = useTranslation();
  const fields = Object.keys(error.data?.zodError?.fieldErrors ?? {});
  const text = fields.length > 0 ? t('errors.invalidFields', { fields: fields.join(', ') }) : error.data?.code === 'CONFLICT' ? t('errors.conflict', { message: error.message }) : error.message;
  return (
    <InlineAlert status="error" role="alert">
      {t('errors.failed', { message: text })}
    </InlineAlert>
  );
}
