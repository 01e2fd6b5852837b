import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, TextInput } from 'suomifi-ui-components';
import { needsItem, type RequestItemKind } from '../../../../shared/domain/change-request';
import type { ChangeRequestView } from '../../../../shared/schemas/change-requests-api';
import { ErrorMessage } from '../../components/error-message';
import { StringsMultiSelect } from '../../components/strings-multi-select';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { ItemFields } from './item-fields';
import { looksLikeEmail } from './request-filters';
import { RequestReasonField, isReasonMissing } from './request-reason-field';

/**
 * Edits a request's reason, articles, item and the recipient's e-mail, against the version
 * this person saw: if someone else changed it meanwhile, the conflict is shown and the request reloads.
 */
export function RequestEditDialog({ region, request, visible, onClose, onSaved }: { region: string; request: ChangeRequestView; visible: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState(request.reason);
  const [articleIds, setArticleIds] = useState(request.articles.map((a) => a.id));
  const [itemKind, setItemKind] = useState<RequestItemKind>(request.itemKind ?? 'keywords');
  const [itemValue, setItemValue] = useState(request.itemValue ?? '');
  const [email, setEmail] = useState(request.recipient.email ?? '');
  const [touched, setTouched] = useState(false);
  // Each opening starts from the request as it is now.
  useEffect(() => {
    if (!visible) return;
    setReason(request.reason);
    setArticleIds(request.articles.map((a) => a.id));
    setItemKind(request.itemKind ?? 'keywords');
    setItemValue(request.itemValue ?? '');
    setEmail(request.recipient.email ?? '');
    setTouched(false);
  }, [visible]); // eslint-disable-line react-hooks/exhaustive-deps
  const articles = useQuery({ ...trpc.articles.list.queryOptions({ region }), enabled: visible });
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() });
  const update = useMutation(
    trpc.changeRequests.update.mutationOptions({
      onSuccess: async () => {
        await reload();
        onSaved();
      },
      onError: () => void reload(),
    }),
  );
  const withItem = needsItem(request.type);
  const missing = {
    reason: isReasonMissing(reason),
    articles: articleIds.length === 0,
    item: withItem && itemValue.trim() === '',
    email: email.trim() !== '' && !looksLikeEmail(email),
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    update.mutate({
      region,
      id: request.id,
      baseVersion: request.version,
      reason: reason.trim(),
      articleIds,
      ...(withItem ? { itemKind, itemValue: itemValue.trim() } : {}),
      ...(request.recipient.kind === 'organization' ? { recipientEmail: email.trim() } : {}),
    });
  };
  const close = () => {
    update.reset();
    onClose();
  };
  // Articles the request has that the list does not (e.g. gone from the rules) stay choosable.
  const known = new Map((articles.data?.articles ?? []).map((a) => [a.id, localize(a.title, i18n.language) || a.id]));
  for (const a of request.articles) if (!known.has(a.id)) known.set(a.id, localize(a.title, i18n.language) || a.id);
  const articleItems = [...known].map(([id, labelText]) => ({ uniqueItemId: id, labelText }));
  return (
    <Modal appElementId="root" ariaLabelledBy="cr-edit-title" visible={visible} onEscKeyDown={close} variant="default">
      <ModalContent>
        <ModalTitle id="cr-edit-title">{t('changeRequests.detail.editTitle', { code: request.code })}</ModalTitle>
        <form id="cr-edit-form" className="lp-cr-form" onSubmit={submit} noValidate>
          {withItem && (
            <ItemFields region={region} serviceId={request.serviceId} kind={itemKind} value={itemValue} onKind={setItemKind} onValue={setItemValue} invalid={touched && missing.item} />
          )}
          <StringsMultiSelect id="cr-edit-articles" labelText={t('changeRequests.form.articles')} items={articleItems} selected={articleIds} onChange={setArticleIds} />
          {touched && missing.articles && <p className="lp-cr-field-error" role="alert">{t('changeRequests.form.articlesRequired')}</p>}
          <RequestReasonField value={reason} onChange={setReason} invalid={touched && missing.reason} />
          {request.recipient.kind === 'organization' && (
            <TextInput
              labelText={`${t('changeRequests.detail.email')} (${request.recipient.name})`}
              type="email"
              value={email}
              maxLength={254}
              onChange={(v) => setEmail(String(v ?? ''))}
              status={touched && missing.email ? 'error' : 'default'}
              statusText={touched && missing.email ? t('changeRequests.detail.emailInvalid') : undefined}
              fullWidth
            />
          )}
          {update.error && <ErrorMessage error={update.error} />}
        </form>
      </ModalContent>
      <ModalFooter>
        <Button onClick={() => submit()} disabled={update.isPending}>{t('common.save')}</Button>
        <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
