import type { Briefing } from '../../briefing/model';
import { publicationUrlOf } from '../common/citation-links';
import type { LinkResolver } from './appendix';
import { externalLink } from './hyperlink';

/**
 * `inner` (the links into appended letters, appendixLinks) with the official publications as the
 * fallback (issue 15, "Links"): a citation of a letter that is not appended but is a published paper
 * links to `https://zoek.officielebekendmakingen.nl/<key>` (publicationUrlOf of the passages'
 * recorded sources, by letter file), drawn as a URI link annotation (hyperlink.ts). Letters with
 * neither stay unlinked. Pure.
 */
export function withPublicationLinks(inner: LinkResolver, briefing: Pick<Briefing, 'body'>): LinkResolver {
  const byFile = new Map<string, string>();
  for (const block of briefing.body) {
    const url = block.type === 'passage' ? publicationUrlOf(block.source) : null;
    if (block.type === 'passage' && url) byFile.set(block.source.file, url);
  }
  return (file, blockIndex) => {
    const url = byFile.get(file);
    return inner(file, blockIndex) ?? (url ? externalLink(url) : undefined);
  };
}
