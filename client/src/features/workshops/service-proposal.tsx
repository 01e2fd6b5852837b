import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Textarea } from 'suomifi-ui-components';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import type { RouterOutputs } from '../../lib/trpc';

type Item = RouterOutputs['articles']['diff']['items'][number];
type Own = RouterOutputs['proposals']['forArticle']['mine'][number];

/**
 * One surfacing service with the person's own say on it: belongs / does not belong (pressing
 * the chosen one again takes it back) and an optional comment. Each click is saved at once.
 */
export function ServiceProposal({ item, own, disabled, onSet, onWithdraw }: {
  item: Item;
  own: Own | undefined;
  disabled: boolean;
  onSet: (kind: 'belongs' | 'not_belongs', comment: string) => Promise<unknown>;
  onWithdraw: (id: number) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState(own?.comment ?? '');
  const headingId = `svc-${item.serviceId}`;
  const name = item.service ? localize(item.service.name, i18n.language) : item.serviceId;
  const other = item.service ? localize(item.service.name, i18n.language === 'sv' ? 'fi' : 'sv') : '';
  const choose = (kind: 'belongs' | 'not_belongs') => (own?.kind === kind ? onWithdraw(own.id) : onSet(kind, comment));
  const kindLabels = { belongs: t('workshops.belongs'), not_belongs: t('workshops.notBelongs'), missing: t('workshops.missing') };
  const commentChanged = own !== undefined && comment.trim() !== (own.comment ?? '');
  return (
    <li className="lp-ws-service" aria-labelledby={headingId}>
      <Heading variant="h4" as="h3" id={headingId}>{name}</Heading>
      {other && other !== name && <p className="lp-small lp-muted" lang={i18n.language === 'sv' ? 'fi' : 'sv'}>{other}</p>}
      {item.service && <p className="lp-small">{t('workshops.owner', { name: localize(item.service.organizationName, i18n.language) || '–' })}</p>}
      {item.service && localize(item.service.summary, i18n.language) && <p className="lp-ws-summary">{localize(item.service.summary, i18n.language)}</p>}
      <div className="lp-actions" role="group" aria-label={t('workshops.yourProposalOn', { name })}>
        <Button variant={own?.kind === 'belongs' ? 'default' : 'secondary'} aria-pressed={own?.kind === 'belongs'} disabled={disabled} onClick={() => void choose('belongs')}>
          {t('workshops.belongs')}
        </Button>
        <Button variant={own?.kind === 'not_belongs' ? 'default' : 'secondary'} aria-pressed={own?.kind === 'not_belongs'} disabled={disabled} onClick={() => void choose('not_belongs')}>
          {t('workshops.notBelongs')}
        </Button>
      </div>
      <Textarea
        labelText={t('workshops.comment')}
        optionalText={t('workshops.optional')}
        value={comment}
        rows={2}
        maxLength={2000}
        disabled={disabled}
        onChange={(e) => setComment(e.target.value)}
        fullWidth
      />
      {commentChanged && own.kind !== 'missing' && (
        <Button variant="secondary" disabled={disabled} onClick={() => void onSet(own.kind as 'belongs' | 'not_belongs', comment)}>{t('workshops.saveComment')}</Button>
      )}
      <p className="lp-small lp-muted" aria-live="polite">
        {own ? t('workshops.savedAt', { kind: kindLabels[own.kind], at: formatDateTime(own.updatedAt, i18n.language) }) : t('workshops.noProposalYet')}
      </p>
    </li>
  );
}
