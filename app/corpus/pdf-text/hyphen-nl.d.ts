/** The `hyphen` package's Dutch entry (CommonJS; Liang patterns from CTAN's hyph-nl). */
declare module 'hyphen/nl/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const nl: { hyphenateSync: (text: string, options?: HyphenOptions) => string };
  export default nl;
}
