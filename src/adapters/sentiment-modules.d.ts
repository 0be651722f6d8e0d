declare module 'sentiment/languages/en/index.js' {
  const en: { labels: Record<string, number>; scoringStrategy: unknown };
  export default en;
}
