import { useTranslation } from 'react-i18next';
import { Textarea, TextInput } from 'suomifi-ui-components';
import type { DescriptionTexts } from '../../../../shared/domain/change-request';

export const emptyTexts: DescriptionTexts = { nameFi: '', nameSv: '', summaryFi: '', summarySv: '', descriptionFi: '', descriptionSv: '' };

/** The six texts of a service description, Finnish and Swedish side by side. */
export function DescriptionTextsFields({ texts, onChange }: { texts: DescriptionTexts; onChange: (texts: DescriptionTexts) => void }) {
  const { t } = useTranslation();
  const set = (field: keyof DescriptionTexts) => (value: string) => onChange({ ...texts, [field]: value });
  const column = (lang: 'fi' | 'sv') => {
    const suffix = lang === 'fi' ? 'Fi' : 'Sv';
    return (
      <fieldset lang={lang}>
        <legend>{t(lang === 'fi' ? 'changeRequests.form.finnish' : 'changeRequests.form.swedish')}</legend>
        <TextInput labelText={t('changeRequests.form.name')} maxLength={200} value={texts[`name${suffix}`]} onChange={(v) => set(`name${suffix}`)(String(v ?? ''))} fullWidth />
        <Textarea labelText={t('changeRequests.form.summary')} maxLength={500} value={texts[`summary${suffix}`]} onChange={(e) => set(`summary${suffix}`)(e.target.value)} fullWidth rows={2} />
        <Textarea labelText={t('changeRequests.form.description')} maxLength={5000} value={texts[`description${suffix}`]} onChange={(e) => set(`description${suffix}`)(e.target.value)} fullWidth rows={5} />
      </fieldset>
    );
  };
  return (
    <div className="lp-cr-form-pair" role="group" aria-label={t('changeRequests.form.texts')}>
      {column('fi')}
      {column('sv')}
    </div>
  );
}
