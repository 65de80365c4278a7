import { type Briefing, emptyBriefing, type List } from '../../../../app/briefing/model';

const t = (text: string) => [{ type: 'text' as const, text }];

/** A numbered list with a lettered sub-list, a sub-sub-list, a bulleted sub-list; then a bulleted list three deep. */
export function nestedListBriefing(): Briefing {
  const numbered: List = {
    type: 'list',
    ordered: true,
    items: [
      { children: t('Eerste punt') },
      { children: t('Subpunt een'), level: 1 },
      { children: t('Subpunt twee'), level: 1 },
      { children: t('Subsubpunt'), level: 2 },
      { children: t('Subpunt drie'), level: 1 },
      { children: t('Tweede punt') },
      { children: t('Nieuw subpunt'), level: 1 },
      { children: t('Opsomming'), level: 1, ordered: false },
      { children: t('Derde punt') },
    ],
  };
  const bulleted: List = {
    type: 'list',
    ordered: false,
    items: [{ children: t('Los') }, { children: t('Dieper'), level: 1 }, { children: t('Diepst'), level: 2 }],
  };
  return { ...emptyBriefing(), body: [numbered, { type: 'paragraph', children: t('Tussentekst') }, bulleted] };
}
