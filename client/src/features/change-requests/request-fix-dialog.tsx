import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Modal, ModalContent, ModalFooter, ModalTitle, RadioButton, RadioButtonGroup, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { keywordLabel } from '../../lib/code-labels';
import type { Localized } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { RequestReasonField, isReasonMissing } from './request-reason-field';

export interface MissingService {
  serviceId: string;
  name: string;
}

/**
 * For a service missing from an article: ask DigiFinland to pin it in the article's rule, or
 * ask its owner to add one of the rule's keywords (so it surfaces by the rule itself).
 */
export function RequestFixDialog({
  region,
  articleId,
  service,
  ruleKeywords,
  keywordLabels,
  onClose,
  onMade,
}: {
  region: string;
  articleId: string;
  /** Null: the dialog is closed. */
  service: MissingService | null;
  ruleKeywords: readonly string[];
  keywordLabels: Record<string, Localized> | undefined;
  onClose: () => void;
  onMade: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [how, setHow] = useState<'rule.pin' | 'service.addItem'>('rule.pin');
  const [keyword, setKeyword] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const make = useMutation(
    trpc.changeRequests.fromMissing.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() });
        onMade(result.merged ? t('changeRequests.make.merged', { code: result.request.code }) : t('changeRequests.make.created', { code: result.request.code }));
      },
    }),
  );
  useEffect(() => {
    setHow('rule.pin');
    setKeyword(ruleKeywords[0] ?? '');
    setReason('');
    setTouched(false);
    make.reset();
  }, [service?.serviceId]); // eslint-disable-line react-hooks/exhaustive-deps
  const reasonMissing = isReasonMissing(reason);
  const keywordMissing = how === 'service.addItem' && keyword === '';
  const submit = () => {
    setTouched(true);
    if (!service || reasonMissing || keywordMissing) return;
    make.mutate({
      region,
      articleId,
      serviceId: service.serviceId,
      type: how,
      ...(how === 'service.addItem' ? { itemKind: 'keywords' as const, itemValue: keyword } : {}),
      reason: reason.trim(),
    });
  };
  return (
    <Modal appElementId="root" ariaLabelledBy="cr-fix-title" visible={service !== null} onEscKeyDown={onClose} variant="default">
      <ModalContent>
        <ModalTitle id="cr-fix-title">{t('changeRequests.fix.title', { name: service?.name ?? '' })}</ModalTitle>
        <RadioButtonGroup labelText={t('changeRequests.fix.how')} name="cr-fix-how" value={how} onChange={(v) => setHow(v as typeof how)}>
          <RadioButton value="rule.pin" hintText={t('changeRequests.fix.pinHint')}>{t('changeRequests.fix.pin')}</RadioButton>
          <RadioButton value="service.addItem" hintText={t('changeRequests.fix.addKeywordHint')} disabled={ruleKeywords.length === 0}>{t('changeRequests.fix.addKeyword')}</RadioButton>
        </RadioButtonGroup>
        {ruleKeywords.length === 0 && <Text className="lp-small lp-muted">{t('changeRequests.fix.noKeywords')}</Text>}
        {how === 'service.addItem' && ruleKeywords.length > 0 && (
          <div className="lp-gap">
            <Dropdown labelText={t('changeRequests.fix.keyword')} value={keyword} onChange={setKeyword}>
              {ruleKeywords.map((uri) => (
                <DropdownItem key={uri} value={uri}>{keywordLabel(uri, keywordLabels, i18n.language)}</DropdownItem>
              ))}
            </Dropdown>
          </div>
        )}
        <RequestReasonField className="lp-gap" value={reason} onChange={setReason} invalid={touched && reasonMissing} />
        {make.error && <ErrorMessage error={make.error} />}
      </ModalContent>
      <ModalFooter>
        <Button onClick={submit} disabled={make.isPending}>{t('changeRequests.fix.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
