import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { localize } from '../../lib/localize';

/** For a participant of a live workshop: which article the facilitator is on, with a link that follows it. */
export function LiveBanner({ liveArticle, href }: { liveArticle: { id: string; title: { fi: string; sv: string } | null } | null; href: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <InlineAlert status="neutral" labelText={t('workshops.liveTitle')} aria-live="polite">
      {liveArticle && href ? (
        <>
          {t('workshops.liveNowOn')} <AppLink href={href}>{liveArticle.title ? localize(liveArticle.title, i18n.language) : liveArticle.id}</AppLink>
        </>
      ) : (
        t('workshops.liveNotStarted')
      )}
    </InlineAlert>
  );
}
