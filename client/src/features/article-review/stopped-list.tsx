import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { localize } from '../../lib/localize';
import type { ArticleDetail } from './review-types';

/** Services that surfaced in the compared snapshot and no longer do. */
export function StoppedList({ stopped }: { stopped: ArticleDetail['stopped'] }) {
  const { t, i18n } = useTranslation();
  if (stopped.length === 0) return null;
  return (
    <section className="lp-group" aria-labelledby="group-stopped">
      <Heading variant="h2" id="group-stopped">
        {t('review.stopped')} ({stopped.length})
      </Heading>
      <ul className="lp-plain-list">
        {stopped.map((s) => (
          <li key={s.serviceId}>{s.service ? localize(s.service.name, i18n.language) : s.serviceId}</li>
        ))}
      </ul>
    </section>
  );
}
