import { useTranslation } from 'react-i18next';

import { type BriefingProperties, NotaKindSchema } from '../../../../app/briefing/model';

interface Props {
  id: string;
  properties: BriefingProperties;
  onProperties(properties: BriefingProperties): void;
}

/**
 * The nota fields (issue 19): the kind of nota (none, Beslisnota, Informatienota, Nota voor debat),
 * and for a nota its closing block, "Kopie aan" and "Bijlagen". Choosing none removes the kind
 * (the fields stay filled in the file only while there is a nota).
 */
export function NotaFields({ id, properties, onProperties }: Props) {
  const { t } = useTranslation();
  const kind = properties.notaKind;
  const setKind = (value: string) => {
    const parsed = NotaKindSchema.safeParse(value);
    const { notaKind: _old, ...rest } = properties;
    onProperties(parsed.success ? { ...rest, notaKind: parsed.data } : rest);
  };
  return (
    <>
      <label htmlFor={`${id}-nota-kind`}>
        <span>{t('templates.notaKind')}</span>
        <select id={`${id}-nota-kind`} value={kind ?? ''} onChange={(event) => setKind(event.target.value)}>
          <option value="">{t('templates.noNota')}</option>
          {NotaKindSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`templates.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {kind &&
        (['copyTo', 'attachments'] as const).map((field) => (
          <label key={field} htmlFor={`${id}-${field}`}>
            <span>{t(`templates.${field}`)}</span>
            <input
              id={`${id}-${field}`}
              type="text"
              value={properties[field] ?? ''}
              onChange={(event) => onProperties({ ...properties, [field]: event.target.value })}
            />
          </label>
        ))}
    </>
  );
}
