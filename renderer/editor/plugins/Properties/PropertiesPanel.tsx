import './Properties.css';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { BriefingProperties, CitationStyle } from '../../../../app/briefing/model';

interface Props {
  properties: BriefingProperties;
  citationStyle: CitationStyle;
  onProperties(properties: BriefingProperties): void;
  onCitationStyle(style: CitationStyle): void;
}

const FIELDS = [
  ['title', 'editor.propTitle'],
  ['to', 'editor.propTo'],
  ['from', 'editor.propFrom'],
  ['date', 'editor.propDate'],
  ['subject', 'editor.propSubject'],
  ['reference', 'editor.propReference'],
  ['classification', 'editor.propClassification'],
  ['author', 'editor.propAuthor'],
] as const;

/** Title, Aan, Van, Datum, Betreft, Kenmerk, rubricering, author and how passages cite their source. */
export function PropertiesPanel({ properties, citationStyle, onProperties, onCitationStyle }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <details className="ed-properties">
      <summary>{t('editor.properties')}</summary>
      <div className="ed-properties-grid">
        {FIELDS.map(([field, label]) => (
          <label key={field} htmlFor={`${id}-${field}`}>
            <span>{t(label)}</span>
            <input
              id={`${id}-${field}`}
              type={field === 'date' ? 'date' : 'text'}
              value={properties[field]}
              onChange={(event) => onProperties({ ...properties, [field]: event.target.value })}
            />
          </label>
        ))}
        <fieldset className="ed-citation-style">
          <legend>{t('editor.citationStyle')}</legend>
          {(['footnote', 'line'] as const).map((style) => (
            <label key={style}>
              <input type="radio" name={`${id}-style`} value={style} checked={citationStyle === style} onChange={() => onCitationStyle(style)} />
              {t(style === 'footnote' ? 'editor.citationFootnote' : 'editor.citationLine')}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
