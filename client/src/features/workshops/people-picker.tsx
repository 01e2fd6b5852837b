import { useTranslation } from 'react-i18next';
import { Checkbox } from 'suomifi-ui-components';

export interface PickablePerson {
  id: number;
  name: string;
  role: 'manager' | 'lead' | 'participant' | 'viewer';
}

/** Who takes part: a checkbox per active person, with their role. */
export function PeoplePicker({ people, selected, onChange }: { people: readonly PickablePerson[]; selected: readonly number[]; onChange: (ids: number[]) => void }) {
  const { t } = useTranslation();
  const chosen = new Set(selected);
  const toggle = (id: number, on: boolean) => onChange(people.filter((p) => (p.id === id ? on : chosen.has(p.id))).map((p) => p.id));
  // Participants first: they are who workshops are for.
  const ordered = [...people].sort((a, b) => Number(b.role === 'participant') - Number(a.role === 'participant'));
  return (
    <fieldset className="lp-ws-fieldset">
      <legend>{t('workshops.participants')}</legend>
      <ul className="lp-ws-checklist">
        {ordered.map((p) => (
          <li key={p.id}>
            <Checkbox id={`ws-person-${p.id}`} checked={chosen.has(p.id)} onClick={({ checkboxState }) => toggle(p.id, checkboxState)}>
              {p.name} <span className="lp-muted">({t(`roles.${p.role}`)})</span>
            </Checkbox>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
