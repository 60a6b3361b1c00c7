/** The `hyphen` package's Dutch patterns (TeX hyph-nl); the package ships no type definitions. */
declare module 'hyphen/nl/index.js' {
  const nl: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default nl;
}
