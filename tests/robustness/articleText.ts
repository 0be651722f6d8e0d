import fc from 'fast-check';

/** Quotation marks of every kind plaudit reads: straight, curly, guillemets, low-9, angle. */
export const QUOTE_PAIRS = [
  ['“', '”'],
  ['"', '"'],
  ["'", "'"],
  ['‘', '’'],
  ['«', '»'],
  ['»', '«'],
  ['„', '“'],
  ['‚', '‘'],
  ['‹', '›'],
] as const;

const names = [
  'Maria Lopez', 'Senator Tom Hardy', 'Prime Minister Ann Kerr', 'the president', 'a spokesperson for the ministry',
  'She', 'He', 'They', 'the White House', 'Mr Lee', 'Governor Jane Okafor', 'the opposition leader', 'NATO',
  'Dr. Paul Meyer', 'the European Commission', 'Carlos Ruiz', "O'Brien", 'Jean-Luc Dubois',
];
const cues = [
  'said', 'told reporters', 'added', 'claimed', 'warned', 'argued', 'insisted', 'wrote on X', 'tweeted', 'denied',
  'said on Tuesday', 'told the BBC', 'said in a statement', 'according to', 'stressed', 'replied',
];
const stanceVerbs = ['praised', 'criticised', 'slammed', 'thanked', 'accused', 'attacked', 'backed', 'condemned', 'welcomed'];
const contents = [
  'we will win this fight', 'this is a disgrace', 'the economy is stronger than ever', 'nobody is above the law',
  'he has done a fantastic job', 'the plan will fail', 'we need to talk', 'I never said that', 'they are liars',
  'it was a great day for democracy', 'the talks have collapsed', 'this bill protects families', 'not now, not ever',
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const quote = pick(QUOTE_PAIRS);

/** One sentence of a news article, from a few common shapes, some deliberately broken. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(quote, pick(contents), pick(names), pick(cues)).map(([[o, c], t, n, v]) => `${o}${cap(t)},${c} ${n} ${v}.`),
  fc.tuple(quote, pick(contents), pick(names), pick(cues)).map(([[o, c], t, n, v]) => `${cap(n)} ${v}: ${o}${cap(t)}.${c}`),
  fc.tuple(pick(names), pick(cues), pick(contents)).map(([n, v, t]) => `${cap(n)} ${v} that ${t}.`),
  fc.tuple(pick(names), pick(stanceVerbs), pick(names), pick(contents)).map(([a, v, b, t]) => `${cap(a)} ${v} ${b}, saying ${t}.`),
  fc.tuple(quote, quote, pick(contents), pick(contents), pick(names), pick(cues)).map(
    ([[o, c], [o2, c2], t, inner, n, v]) => `${o}${cap(t)}, and I quote ${o2}${inner}${c2},${c} ${n} ${v}.`,
  ),
  fc.tuple(quote, pick(contents), pick(names)).map(([[o], t, n]) => `${cap(n)} said ${o}${t}.`), // never closed
  fc.tuple(quote, pick(contents)).map(([[, c], t]) => `${cap(t)}.${c}`), // closed but never opened
  fc.tuple(fc.array(quote, { minLength: 1, maxLength: 6 }), pick(contents)).map(([qs, t]) => `${qs.map(([o]) => o).join('')}${t}${qs.map(([, c]) => c).reverse().join('')}`),
  fc.tuple(pick(names), pick(contents)).map(([n, t]) => `${n.toUpperCase()}: ${cap(t)}.`), // transcript turn
  fc.string({ maxLength: 30 }),
);

/** An article: paragraphs of sentences, joined by the line breaks news text uses. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' '),
  )
  .map(([paragraphs, gap]) => paragraphs.map((p) => p.join(' ')).join(gap));

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Any UTF-16 string, lone surrogates included, with surrogates and quote marks over-represented. */
export const utf16Text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.constantFrom(...'"\'“”‘’«»„‚‹›\n\r\t\u0000 .,:;'.split('').map((c) => c.charCodeAt(0))),
    ),
    { maxLength: 300 },
  )
  .map((codes) => String.fromCharCode(...codes));

/** Deterministic article-like text of exactly `length` UTF-16 code units (generated, seed fixed). */
export function articleOfLength(length: number, seed = 42): string {
  const parts: string[] = [];
  let total = 0;
  for (const a of fc.sample(articleText, { numRuns: 2_000, seed })) {
    parts.push(a);
    total += a.length + 2;
    if (total >= length) break;
  }
  let text = parts.join('\n\n');
  while (text.length < length) text += `\n\n${text}`;
  return text.slice(0, length);
}
