/** The corpus parser's public API (pure: strings, bytes and plain objects in and out). */
export { extractCitations, type FoundCitation } from './citations';
export { decodeLetterBytes } from './decode';
export { detectFormat } from './detect-format';
export { referenceKeys } from './keys';
export { linkCorpus } from './link';
export { type LetterInput, parseLetter } from './parse-letter';
export { PUBLICATION_SITE, publicationUrl } from './publication-url';
export {
  applySidecar,
  parseSidecar,
  serializeSidecar,
  type Sidecar,
  type SidecarEntry,
  SidecarSchema,
  updateSidecarEntry,
} from './sidecar';
export { readableTitle, type TitleFacts } from './title';
