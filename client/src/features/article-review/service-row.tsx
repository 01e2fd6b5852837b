import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { ReasonChips } from './reason-chips';
import type { ReviewItem } from './review-types';

/** What a row offers; an action the signed-in person may not take is left out (the server refuses it anyway). */
export interface RowActions {
  include?: () => void;
  exclude?: () => void;
  undo?: () => void;
  flag?: () => void;
  /** A missing service: ask for the fix that brings it in (a change request). */
  requestFix?: () => void;
  /** Opens the pair's comments: to write one, or only to read them. */
  comment: () => void;
  /** Whether the comments open for writing. */
  canComment: boolean;
  toggleSelect?: () => void;
  focus: () => void;
}

/** One article–service pair: names in fi and sv, owner, summary, why it surfaces, decision and actions. */
export const ServiceRow = forwardRef<HTMLLIElement, { item: ReviewItem; active: boolean; selected: boolean; busy: boolean; actions: RowActions }>(function ServiceRow(
  { item, active, selected, busy, actions },
  ref,
) {
  const { t, i18n } = useTranslation();
  const service = item.service;
  const name = service ? localize(service.name, i18n.language) : t('review.notInCatalogue', { id: item.serviceId });
  const otherLanguage = i18n.language === 'sv' ? 'fi' : 'sv';
  const other = service?.name[otherLanguage];
  return (
    <li
      ref={ref}
      className={`lp-row${active ? ' lp-row-active' : ''}`}
      tabIndex={active ? 0 : -1}
      data-testid="service-row"
      data-service-id={item.serviceId}
      data-category={item.category}
      aria-current={active ? 'true' : undefined}
      onFocus={actions.focus}
    >
      <div className="lp-row-select">
        {actions.toggleSelect && (
          <Checkbox checked={selected} onClick={actions.toggleSelect} hintText={undefined}>
            <span className="lp-visually-hidden">{t('review.select', { name })}</span>
          </Checkbox>
        )}
      </div>
      <div className="lp-row-body">
        <div className="lp-row-title">
          <strong>{name}</strong>
          {other && other !== name && <span className="lp-muted" lang={otherLanguage}> · {other}</span>}
          {service?.source === 'lahella' && <span className="lp-tag">Lähellä.fi</span>}
          {item.began && <span className="lp-tag lp-tag-new">{t('review.began')}</span>}
          {item.changedSinceApproval && <span className="lp-tag lp-tag-warn">{t('review.changedSinceApproval')}</span>}
        </div>
        {service && (
          <div className="lp-muted lp-small">
            {localize(service.organizationName, i18n.language) || t('review.unknownOrganization')}
          </div>
        )}
        {service && <p className="lp-summary">{localize(service.summary, i18n.language)}</p>}
        {item.reasons ? (
          <ReasonChips reasons={item.reasons} keywordLabels={service?.keywordLabels} />
        ) : (
          item.missingReason && (
            <p className="lp-missing">
              {t(`missingReason.${item.missingReason}`)}
              {item.missingDetail && item.missingDetail.length > 0 && ` (${item.missingDetail.map((g) => t(`reasonKind.${g}`)).join(', ')})`}
            </p>
          )
        )}
        {item.decision && (
          <p className="lp-small lp-muted">
            {t(`decision.${item.decision.decision}`)} · {item.decision.decidedBy} · {formatDateTime(item.decision.decidedAt, i18n.language)}
          </p>
        )}
        {item.flags.map((flag) => (
          <p key={flag.id} className="lp-flag-note">
            ⚑ {t('review.flagged', { by: flag.createdBy, target: t(`flagTarget.${flag.target}`) })}: {flag.reason}
          </p>
        ))}
      </div>
      <div className="lp-row-actions">
        {actions.include && (
          <Button variant={item.decision?.decision === 'include' ? 'default' : 'secondary'} disabled={busy} onClick={actions.include} aria-label={`${t('review.include')}: ${name}`}>
            {t('review.include')}
          </Button>
        )}
        {actions.exclude && (
          <Button variant={item.decision?.decision === 'exclude' ? 'default' : 'secondary'} disabled={busy} onClick={actions.exclude} aria-label={`${t('review.exclude')}: ${name}`}>
            {t('review.exclude')}
          </Button>
        )}
        {item.decision && actions.undo && (
          <Button variant="secondaryNoBorder" disabled={busy} onClick={actions.undo} aria-label={`${t('review.undo')}: ${name}`}>
            {t('review.undo')}
          </Button>
        )}
        {item.reasons && actions.flag && (
          <Button variant="secondaryNoBorder" onClick={actions.flag} aria-label={`${t('review.flag')}: ${name}`}>
            {t('review.flag')}
          </Button>
        )}
        {item.category === 'missing' && item.service && actions.requestFix && (
          <Button variant="secondaryNoBorder" onClick={actions.requestFix} aria-label={t('changeRequests.fix.buttonFor', { name })}>
            {t('changeRequests.fix.button')}
          </Button>
        )}
        {(actions.canComment || item.comments > 0) && (
          <Button variant="secondaryNoBorder" onClick={actions.comment} aria-label={`${actions.canComment ? t('review.comment') : t('review.readComments')}: ${name}`}>
            {actions.canComment ? t('review.comment') : t('review.readComments')}
            {item.comments > 0 ? ` (${item.comments})` : ''}
          </Button>
        )}
      </div>
    </li>
  );
});
