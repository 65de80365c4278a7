import { childrenNamed, textOf, type XmlElement } from './xml';

/**
 * The file's own properties (`docProps/core.xml`, ECMA-376 part 2 §11: Dublin Core): title,
 * author (`dc:creator`) and creation date (`dcterms:created`, W3CDTF). Used only as fallbacks
 * for what the letter itself does not state. Empty values are null.
 */
export interface CoreProperties {
  title: string | null;
  author: string | null;
  /** ISO date `YYYY-MM-DD`. */
  created: string | null;
}

const first = (root: XmlElement | undefined, name: string, ns: string): string | null => {
  const el = root ? childrenNamed(root, name, ns)[0] : undefined;
  const text = el ? textOf(el).trim() : '';
  return text === '' ? null : text;
};

export const readCoreProperties = (root: XmlElement | undefined): CoreProperties => {
  const created = /^(\d{4}-\d{2}-\d{2})/.exec(first(root, 'created', 'dcterms') ?? '')?.[1] ?? null;
  return { title: first(root, 'title', 'dc'), author: first(root, 'creator', 'dc'), created };
};
