import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

/** The one way the UI shows a failed request. */
export function ErrorMessage({ error }: { error: { message: string } }) {
  const { t } = useTranslation();
  return <InlineAlert status="error">{t('overview.error', { message: error.message })}</InlineAlert>;
}
