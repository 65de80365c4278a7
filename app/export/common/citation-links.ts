import type { Briefing, SourceRef } from '../../briefing/model';
import { paperKey } from '../../briefing/paper-key';
import { publicationUrl } from '../../corpus/publication-url';

/**
 * The official publication address of a passage's source (issue 15, "Links"):
 * `https://zoek.officielebekendmakingen.nl/<key>` for a source recorded as a published paper
 * (`source.paper`, key by paperKey, e.g. `kst-36045-264`), else null (a letter that is no numbered
 * paper, a passage quoted before issue 15). Only this address form is ever linked. Pure.
 */
export function publicationUrlOf(source: Pick<SourceRef, 'paper'>): string | null {
  const key = source.paper ? paperKey(source.paper) : null;
  return key ? publicationUrl(key) : null;
}

/**
 * The publication address of each passage's citation, by passage id (the `ref` of its citation
 * note in numberNotes), for the passages whose source has one (publicationUrlOf). The exporters
 * link the citation's text, as a note or a line, to it. Pure.
 */
export function citationLinks(briefing: Pick<Briefing, 'body'>): Map<string, string> {
  const links = new Map<string, string>();
  for (const block of briefing.body) {
    const url = block.type === 'passage' ? publicationUrlOf(block.source) : null;
    if (block.type === 'passage' && url) links.set(block.id, url);
  }
  return links;
}
