import type { PackageParts } from './word-package';

const RELS = /^(.*?)_rels\/([^/]+)\.rels$/;

/**
 * Leaves out the parts Word never writes empty (ECMA-376 Part 2 §9.3 allows them, Word does not
 * produce them): relationship parts without a relationship, and a custom-properties part without
 * a property together with the package relationship that points at it.
 */
export function dropEmptyParts(parts: PackageParts): void {
  for (const [name, xml] of parts) {
    if (RELS.test(name) && !xml.includes('<Relationship ')) parts.delete(name);
  }
  const custom = parts.get('docProps/custom.xml');
  if (custom !== undefined && !custom.includes('<property ')) {
    parts.delete('docProps/custom.xml');
    const rels = parts.get('_rels/.rels');
    if (rels) parts.set('_rels/.rels', rels.replace(/<Relationship [^>]*Target="\/?docProps\/custom\.xml"\/>/, ''));
  }
}

/**
 * [Content_Types].xml naming only what the package holds (ECMA-376 Part 2 §10.1.2): an
 * `Override` for each part that exists, a `Default` for each file extension in use (xml and rels
 * always). `names` are the package's part names without a leading slash.
 */
export function contentTypesAsWordWrites(xml: string, names: string[]): string {
  const present = new Set(names.map((name) => `/${name}`));
  const extensions = new Set(['xml', 'rels', ...names.map((name) => name.split('.').pop()?.toLowerCase() ?? '')]);
  return xml
    .replace(/<Override [^>]*\/>/g, (override) => (present.has(/PartName="([^"]+)"/.exec(override)?.[1] ?? '') ? override : ''))
    .replace(/<Default [^>]*\/>/g, (entry) => (extensions.has(/Extension="([^"]+)"/.exec(entry)?.[1]?.toLowerCase() ?? '') ? entry : ''));
}
