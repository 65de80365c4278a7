import { useTranslation } from 'react-i18next';

import { CLASSIFICATIONS, isListedClassification } from '../../../../app/briefing/nota/classification';

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
}

/**
 * The classification marking chosen from the VIR-BI list (app/briefing/nota/classification.ts) or
 * none, instead of typed. A value typed freely in an older file is kept and offered as its own
 * option ("… (zoals ingevuld)") until another is chosen.
 */
export function ClassificationField({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const current = value.trim();
  const kept = current !== '' && !isListedClassification(current);
  return (
    <label htmlFor={id}>
      <span>{t('editor.propClassification')}</span>
      <select id={id} value={current} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('templates.classificationNone')}</option>
        {CLASSIFICATIONS.map((marking) => (
          <option key={marking} value={marking}>
            {marking}
          </option>
        ))}
        {kept && <option value={current}>{t('templates.classificationKept', { value: current })}</option>}
      </select>
    </label>
  );
}
