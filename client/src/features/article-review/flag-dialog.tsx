import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagItemKind } from '../../../../shared/schemas/review-api';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, RadioButton, RadioButtonGroup, Text, Textarea } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { useReasonItems } from './reason-chips';
import type { ReviewItem } from './review-types';

/**
 * Flags the item that wrongly makes a service surface: pick the chip, give a reason and say
 * who must fix it. A flag on a service item covers every article where that item lets it in.
 */
export function FlagDialog({ region, articleId, item, onClose }: { region: string; articleId: string; item: ReviewItem | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonItems = useReasonItems();
  const choices = item?.reasons ? reasonItems(item.reasons, item.service?.keywordLabels) : [];
  const [choice, setChoice] = useState('');
  const [target, setTarget] = useState<'service' | 'rule'>('service');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setChoice(choices[0] ? `${choices[0].kind}|${choices[0].value}` : '');
    setTarget('service');
    setReason('');
    setTouched(false);
  }, [item?.serviceId]); // eslint-disable-line react-hooks/exhaustive-deps
  const [kind = 'keywords', value = ''] = choice.split('|') as [FlagItemKind?, string?];
  const coverage = useQuery({
    ...trpc.flags.coverage.queryOptions({ region, articleId, serviceId: item?.serviceId ?? '-', itemKind: kind, itemValue: value || '-', target }),
    enabled: item !== null && value !== '',
  });
  const create = useMutation(
    trpc.flags.create.mutationOptions({
      onSuccess: async () => {
        await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.flags.pathKey() })]);
        onClose();
      },
    }),
  );
  const reasonMissing = reason.trim().length < 3;
  const submit = () => {
    setTouched(true);
    if (!item || reasonMissing || !value) return;
    create.mutate({ region, articleId, serviceId: item.serviceId, itemKind: kind, itemValue: value, target, reason: reason.trim() });
  };
  const serviceName = item?.service ? localize(item.service.name, i18n.language) : (item?.serviceId ?? '');
  return (
    <Modal appElementId="root" ariaLabelledBy="flag-dialog-title" visible={item !== null} onEscKeyDown={onClose} variant="default">
      <ModalContent>
        <ModalTitle id="flag-dialog-title">{t('flag.title', { name: serviceName })}</ModalTitle>
        <RadioButtonGroup labelText={t('flag.whichItem')} name="flag-item" value={choice} onChange={setChoice}>
          {choices.map((c) => (
            <RadioButton key={`${c.kind}|${c.value}`} value={`${c.kind}|${c.value}`}>
              {`${t(`reasonKind.${c.kind}`)}: ${c.label}`}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <RadioButtonGroup className="lp-gap" labelText={t('flag.whoFixes')} name="flag-target" value={target} onChange={(v) => setTarget(v as 'service' | 'rule')}>
          <RadioButton value="service" hintText={t('flag.serviceHint')}>{t('flagTarget.service')}</RadioButton>
          <RadioButton value="rule" hintText={t('flag.ruleHint')}>{t('flagTarget.rule')}</RadioButton>
        </RadioButtonGroup>
        <Textarea
          className="lp-gap"
          labelText={t('flag.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => setTouched(true)}
          status={touched && reasonMissing ? 'error' : 'default'}
          statusText={touched && reasonMissing ? t('flag.reasonRequired') : undefined}
          fullWidth
        />
        <div className="lp-gap" aria-live="polite">
          <Text variant="bold">{t('flag.covers', { count: coverage.data?.length ?? 0 })}</Text>
          <ul className="lp-cover-list">
            {(coverage.data ?? []).map((a) => (
              <li key={a.id}>{localize(a.title, i18n.language)}</li>
            ))}
          </ul>
        </div>
        {create.error && <ErrorMessage error={create.error} />}
      </ModalContent>
      <ModalFooter>
        <Button onClick={submit} disabled={create.isPending}>{t('flag.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
