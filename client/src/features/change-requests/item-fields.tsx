import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import type { RequestItemKind } from '../../../../shared/domain/change-request';
import { useAreaLabel } from '../../lib/area-label';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import { useTRPC } from '../../lib/trpc';

const kinds: RequestItemKind[] = ['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents'];

/**
 * The item a request names: its kind, and its value typed or chosen from the service's own
 * items (with their labels: keyword words, class names), so nobody has to copy URIs by hand.
 */
export function ItemFields({
  region,
  serviceId,
  kind,
  value,
  onKind,
  onValue,
  invalid,
}: {
  region: string;
  serviceId: string | null;
  kind: RequestItemKind;
  value: string;
  onKind: (kind: RequestItemKind) => void;
  onValue: (value: string) => void;
  invalid: boolean;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const codeLabel = useCodeLabels(i18n.language);
  const areaLabel = useAreaLabel();
  const detail = useQuery({ ...trpc.services.detail.queryOptions({ region, serviceId: serviceId ?? '-' }), enabled: serviceId !== null });
  const service = detail.data?.service;
  const labels = detail.data?.summary.keywordLabels;
  const labelOf = (v: string) => (kind === 'keywords' ? keywordLabel(v, labels, i18n.language) : kind === 'area' ? areaLabel(v) : codeLabel(kind, v));
  const current: string[] = service && kind !== 'area' ? [...(service[kind] ?? [])] : [];
  return (
    <div className="lp-cr-item-fields">
      <Dropdown labelText={t('changeRequests.form.itemKind')} value={kind} onChange={(v) => onKind(v as RequestItemKind)}>
        {kinds.map((k) => (
          <DropdownItem key={k} value={k}>{t(`reasonKind.${k}`)}</DropdownItem>
        ))}
      </Dropdown>
      {current.length > 0 && (
        <Dropdown labelText={t('changeRequests.form.itemOnService')} visualPlaceholder={t('changeRequests.form.choose')} value={current.includes(value) ? value : ''} onChange={onValue}>
          {current.map((v) => (
            <DropdownItem key={v} value={v}>{labelOf(v)}</DropdownItem>
          ))}
        </Dropdown>
      )}
      <TextInput
        labelText={t('changeRequests.form.itemValue')}
        hintText={t('changeRequests.form.itemValueHint')}
        value={value}
        maxLength={300}
        onChange={(v) => onValue(String(v ?? ''))}
        status={invalid ? 'error' : 'default'}
        statusText={invalid ? t('changeRequests.form.itemRequired') : value && labelOf(value) !== value ? t('changeRequests.form.itemLabel', { label: labelOf(value) }) : undefined}
      />
    </div>
  );
}
