import { useTranslation } from 'react-i18next';

import type { MetaFields } from './meta-form';

/** The editable metadata fields in form order, with their label (and hint) keys under `reader.`. */
const FIELDS: Array<{ key: keyof MetaFields; label: string; type?: string; multiline?: string }> = [
  { key: 'title', label: 'fieldTitle' },
  { key: 'date', label: 'fieldDate', type: 'date' },
  { key: 'kind', label: 'fieldKind' },
  { key: 'ministry', label: 'fieldMinistry' },
  { key: 'references', label: 'fieldReferences', multiline: 'fieldReferencesHint' },
  { key: 'signatories', label: 'fieldSignatories', multiline: 'fieldSignatoriesHint' },
];

/**
 * The inputs of a letter's metadata form (the reader's metadata panel and the briefing's "bron
 * onvolledig" form): one labelled input per field of `fields`; every change hands the whole new
 * field set to `onChange`.
 */
export function MetaFieldInputs({ fields, onChange }: { fields: MetaFields; onChange(next: MetaFields): void }) {
  const { t } = useTranslation();
  return (
    <>
      {FIELDS.map(({ key, label, type, multiline }) => (
        <label key={key} className="meta-field">
          <span>{t(`reader.${label}`)}</span>
          {multiline ? (
            <textarea
              rows={3}
              value={fields[key]}
              placeholder={t(`reader.${multiline}`)}
              onChange={(e) => onChange({ ...fields, [key]: e.target.value })}
            />
          ) : (
            <input type={type ?? 'text'} value={fields[key]} onChange={(e) => onChange({ ...fields, [key]: e.target.value })} />
          )}
        </label>
      ))}
    </>
  );
}
