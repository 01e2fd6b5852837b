import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, Modal, ModalContent, ModalFooter, ModalTitle, SingleSelect, Text } from 'suomifi-ui-components';
import { changeRequestTypes, needsItem, needsService, recipientKindFor, type ChangeRequestType, type DescriptionTexts, type RequestItemKind } from '../../../../shared/domain/change-request';
import { ErrorMessage } from '../../components/error-message';
import { StringsMultiSelect } from '../../components/strings-multi-select';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import { DescriptionTextsFields, emptyTexts } from './description-texts-fields';
import { ItemFields } from './item-fields';
import { ServicePicker, type PickedService } from './service-picker';
import { RequestReasonField, isReasonMissing } from './request-reason-field';
import { typeText } from './request-words';

const withTexts = (type: ChangeRequestType) => type === 'description.new' || type === 'description.fix' || type === 'description.translate';

/**
 * A change request by hand, of any type: the fields follow the type (a service for service
 * fixes, an item for item changes, the six texts for descriptions), and say who will receive it.
 */
export function NewRequestDialog({ region, visible, onClose, onSaved }: { region: string; visible: boolean; onClose: () => void; onSaved: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [type, setType] = useState<ChangeRequestType>('service.removeItem');
  const [service, setService] = useState<PickedService | null>(null);
  const [itemKind, setItemKind] = useState<RequestItemKind>('keywords');
  const [itemValue, setItemValue] = useState('');
  const [articleIds, setArticleIds] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [texts, setTexts] = useState<DescriptionTexts>(emptyTexts);
  const [organization, setOrganization] = useState<{ id: string; name: string } | null>(null);
  const [shouldSurface, setShouldSurface] = useState(false);
  const [ready, setReady] = useState(false);
  const [touched, setTouched] = useState(false);
  const articles = useQuery({ ...trpc.articles.list.queryOptions({ region }), enabled: visible });
  const organizations = useQuery({ ...trpc.catalogue.organizations.queryOptions(), enabled: visible && type === 'description.new', staleTime: 300_000 });
  const reset = () => {
    setType('service.removeItem');
    setService(null);
    setItemKind('keywords');
    setItemValue('');
    setArticleIds([]);
    setReason('');
    setTexts(emptyTexts);
    setOrganization(null);
    setShouldSurface(false);
    setReady(false);
    setTouched(false);
    create.reset();
  };
  const create = useMutation(
    trpc.changeRequests.create.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.changeRequests.pathKey() });
        reset();
        onSaved(result.merged ? t('changeRequests.form.merged', { code: result.code }) : t('changeRequests.form.saved', { code: result.code }));
      },
    }),
  );
  const close = () => {
    reset();
    onClose();
  };
  const missing = {
    service: needsService(type) && service === null,
    item: needsItem(type) && itemValue.trim() === '',
    articles: articleIds.length === 0,
    reason: isReasonMissing(reason),
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    const details = {
      ...(withTexts(type) ? { texts } : {}),
      ...(type === 'description.new' && organization ? { organizationId: organization.id, organizationName: organization.name } : {}),
      ...(type === 'service.changeArea' ? { shouldSurface } : {}),
    };
    create.mutate({
      region,
      type,
      serviceId: needsService(type) ? service?.id : null,
      itemKind: needsItem(type) ? itemKind : type === 'service.changeArea' ? 'area' : null,
      itemValue: needsItem(type) ? itemValue.trim() : null,
      articleIds,
      reason: reason.trim(),
      details,
      state: ready ? 'ready' : 'draft',
    });
  };
  const articleItems = (articles.data?.articles ?? []).map((a) => ({ uniqueItemId: a.id, labelText: localize(a.title, i18n.language) || a.id }));
  const orgItems = (organizations.data ?? []).map((o) => ({ uniqueItemId: o.id, labelText: localize(o.name, i18n.language) || o.id }));
  return (
    <Modal appElementId="root" ariaLabelledBy="cr-new-title" visible={visible} onEscKeyDown={close} variant="default" className="lp-cr-modal">
      <ModalContent>
        <ModalTitle id="cr-new-title">{t('changeRequests.form.newTitle')}</ModalTitle>
        <form id="cr-new-form" className="lp-cr-form" onSubmit={submit} noValidate>
          <Dropdown labelText={t('changeRequests.form.type')} value={type} onChange={(v) => setType(v as ChangeRequestType)}>
            {changeRequestTypes.map((ty) => (
              <DropdownItem key={ty} value={ty}>{typeText(ty, t)}</DropdownItem>
            ))}
          </Dropdown>
          <Text className="lp-small lp-muted">{t('changeRequests.form.recipientWillBe', { recipient: t(`changeRequests.recipientKind.${recipientKindFor(type)}`) })}</Text>
          {needsService(type) && <ServicePicker region={region} value={service} onChange={setService} invalid={touched && missing.service} />}
          {needsItem(type) && (
            <ItemFields region={region} serviceId={service?.id ?? null} kind={itemKind} value={itemValue} onKind={setItemKind} onValue={setItemValue} invalid={touched && missing.item} />
          )}
          {type === 'service.changeArea' && (
            <Checkbox checked={shouldSurface} onClick={({ checkboxState }) => setShouldSurface(checkboxState)}>{t('changeRequests.form.shouldSurface')}</Checkbox>
          )}
          <StringsMultiSelect id="cr-new-articles" labelText={t('changeRequests.form.articles')} items={articleItems} selected={articleIds} onChange={setArticleIds} />
          {touched && missing.articles && <Text className="lp-cr-field-error" role="alert">{t('changeRequests.form.articlesRequired')}</Text>}
          {type === 'description.new' && (
            <SingleSelect
              labelText={t('changeRequests.form.organization')}
              clearButtonLabel={t('common.clear')}
              items={orgItems}
              selectedItem={organization ? (orgItems.find((o) => o.uniqueItemId === organization.id) ?? null) : null}
              onItemSelectionChange={(item) => setOrganization(item ? { id: item.uniqueItemId, name: item.labelText } : null)}
              noItemsText={t('common.noResults')}
              ariaOptionsAvailableTextFunction={(n) => t('common.optionsAvailable', { count: n })}
              fullWidth
            />
          )}
          {withTexts(type) && <DescriptionTextsFields texts={texts} onChange={setTexts} />}
          <RequestReasonField value={reason} onChange={setReason} invalid={touched && missing.reason} />
          <Checkbox checked={ready} onClick={({ checkboxState }) => setReady(checkboxState)}>{t('changeRequests.form.ready')}</Checkbox>
          {create.error && <ErrorMessage error={create.error} />}
        </form>
      </ModalContent>
      <ModalFooter>
        <Button onClick={() => submit()} disabled={create.isPending}>{t('changeRequests.form.save')}</Button>
        <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
