/** The corpus parser's public API (pure: strings, bytes and plain objects in and out). */
export { decodeLetterBytes } from "./decode";
export { detectFormat } from "./detect-format";
export { parseLetter, type LetterInput } from "./parse-letter";
export { extractCitations, type FoundCitation } from "./citations";
export { referenceKeys } from "./keys";
export { linkCorpus } from "./link";
export {
  applySidecar,
  parseSidecar,
  serializeSidecar,
  updateSidecarEntry,
  SidecarSchema,
  type Sidecar,
  type SidecarEntry,
} from "./sidecar";
