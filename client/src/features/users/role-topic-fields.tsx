import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { roles, type Role } from '../../../../shared/domain/permissions';
import { StringsMultiSelect } from '../../components/strings-multi-select';
import { useTRPC } from '../../lib/trpc';

/**
 * The role as a choice with what each role may do, and (for a lead only, since only a lead's
 * topics mean anything) the article topics whose link sets they approve.
 */
export function RoleTopicFields({ idPrefix, role, topics, onRole, onTopics }: { idPrefix: string; role: Role; topics: string[]; onRole: (role: Role) => void; onTopics: (topics: string[]) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const known = useQuery(trpc.catalogue.topics.queryOptions());
  // Topics the person already has stay choosable after the articles change.
  const items = [...new Set([...(known.data ?? []), ...topics])].map((topic) => ({ uniqueItemId: topic, labelText: topic }));
  return (
    <>
      <RadioButtonGroup labelText={t('users.role')} name={`${idPrefix}-role`} value={role} onChange={(value) => onRole(value as Role)}>
        {roles.map((r) => (
          <RadioButton key={r} value={r} hintText={t(`auth.roleHelp.${r}`)}>
            {t(`roles.${r}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {role === 'lead' && (
        <StringsMultiSelect id={`${idPrefix}-topics`} labelText={t('users.topics')} hintText={t('users.topicsHint')} items={items} selected={topics} onChange={onTopics} />
      )}
    </>
  );
}
