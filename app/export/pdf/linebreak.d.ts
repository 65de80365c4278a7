/**
 * The part of the `linebreak` package (1.1, the Unicode line breaking algorithm, UAX #14, which
 * pdfkit itself uses) the PDF exporter calls. The package ships no types.
 */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: break before `position` (UTF-16 index); `required` after a hard line break. Null at the end. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
