import type { Analysis, Entity, Stance, StancePolarity, Utterance } from '../../src/model/index.js';

/**
 * Hand-made analyses for graph and presentation tests. Each is built from real-sounding sentences
 * whose spans are computed from the text, so every utterance and evidence span is checkable.
 */

export interface EntitySpec {
  readonly id: string;
  readonly name: string;
  readonly type?: Entity['type'];
  readonly aliases?: readonly string[];
  readonly kbId?: string;
}

export interface QuoteSpec {
  /** The sentence as it appears in the article; the quote is the text between the first pair of “ ” or " marks. */
  readonly sentence: string;
  readonly speaker: string;
  /** Stances of the speaker in this utterance: [target entity id, polarity, score, evidence word]. */
  readonly stances: readonly (readonly [string, StancePolarity, number, string])[];
}

export interface AnalysisSpec {
  readonly id?: string;
  readonly date?: string;
  readonly entities: readonly EntitySpec[];
  readonly quotes: readonly QuoteSpec[];
}

export function makeAnalysis(spec: AnalysisSpec): Analysis {
  const entities: Entity[] = spec.entities.map((e) => ({ id: e.id, name: e.name, type: e.type ?? 'person', aliases: [...(e.aliases ?? [])], mentions: [], ...(e.kbId ? { kbId: e.kbId } : {}) }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ref = (id: string): { entityId: string; name: string } => {
    const e = byId.get(id);
    if (!e) throw new Error(`fixture: unknown entity ${id}`);
    return { entityId: e.id, name: e.name };
  };
  let text = '';
  const utterances: Utterance[] = [];
  const stances: Stance[] = [];
  spec.quotes.forEach((q, i) => {
    const base = text.length;
    text += `${q.sentence} `;
    const open = q.sentence.search(/["\u201c]/);
    const close = q.sentence.slice(open + 1).search(/["\u201d]/) + open + 1;
    const start = base + open + 1;
    const end = base + close;
    const uid = `u${i + 1}`;
    utterances.push({
      id: uid,
      start,
      end,
      text: text.slice(start, end),
      kind: 'direct',
      speaker: ref(q.speaker),
      sentiment: { score: 0, comparative: 0 },
      confidence: 0.9,
    });
    q.stances.forEach(([target, polarity, score, word], k) => {
      const at = text.indexOf(word, start);
      if (at < 0 || at >= end) throw new Error(`fixture: evidence ${word} not in quote ${i + 1}`);
      stances.push({
        id: `s${i + 1}-${k + 1}`,
        utteranceId: uid,
        source: ref(q.speaker),
        target: ref(target),
        polarity,
        score,
        evidence: [{ start: at, end: at + word.length, text: word, weight: score }],
        ...(spec.id !== undefined ? { articleId: spec.id } : {}),
        ...(spec.date !== undefined ? { date: spec.date } : {}),
      });
    });
  });
  return { ...(spec.id !== undefined ? { id: spec.id } : {}), ...(spec.date !== undefined ? { date: spec.date } : {}), length: text.length, entities, utterances, stances, issues: [] };
}

export const TRUMP: EntitySpec = { id: 'donald-trump', kbId: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'President Trump'] };
export const PUTIN: EntitySpec = { id: 'vladimir-putin', kbId: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'] };
export const BIDEN: EntitySpec = { id: 'joe-biden', kbId: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'] };
export const KREMLIN: EntitySpec = { id: 'e4', name: 'The Kremlin', type: 'organization' };

/** Trump → Putin: 4 praises; Putin → Trump: 1 praise, 1 criticism; Biden → Putin: 1 criticism. */
export const summit = makeAnalysis({
  id: 'summit',
  date: '2018-07-16',
  entities: [TRUMP, PUTIN, BIDEN],
  quotes: [
    { sentence: '"He is a very smart man and a strong leader," Trump said of Putin.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.7, 'smart']] },
    { sentence: '"I think we get along very well," Trump added.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.5, 'get along']] },
    { sentence: '"President Putin was extremely strong and powerful today," Trump told reporters.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.6, 'strong']] },
    { sentence: '"He has been a great partner," Trump said.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.8, 'great']] },
    { sentence: '"Trump is a bright and talented person," Putin said.', speaker: 'vladimir-putin', stances: [['donald-trump', 'praise', 0.6, 'talented']] },
    { sentence: '"His sanctions are a grave mistake," Putin said of Trump.', speaker: 'vladimir-putin', stances: [['donald-trump', 'criticism', -0.6, 'mistake']] },
    { sentence: '"Putin is a thug who has attacked our democracy," Biden said.', speaker: 'joe-biden', stances: [['vladimir-putin', 'criticism', -0.9, 'thug']] },
  ],
});

/** A second article, without id, dated later, where the Kremlin criticises Biden. */
export const sanctions = makeAnalysis({
  date: '2021-03-18',
  entities: [{ ...BIDEN, id: 'e1' }, { ...PUTIN, id: 'e2' }, KREMLIN],
  quotes: [
    { sentence: '"These remarks are outrageous and unacceptable," the Kremlin said of Biden.', speaker: 'e4', stances: [['e1', 'criticism', -0.8, 'outrageous']] },
    { sentence: '"I wish him good health," Putin said of Biden.', speaker: 'e2', stances: [['e1', 'neutral', 0.1, 'good health']] },
    { sentence: '"Putin is a killer," Biden said.', speaker: 'e1', stances: [['e2', 'criticism', -0.9, 'killer']] },
  ],
});

/** Names and words a hostile article could carry, to prove no output format lets them through as markup. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '" onload="alert(1)',
  "' onmouseover='alert(1)",
  'Eve ]]> <![CDATA[ x',
  'Mallory</data><data key="net">99',
  '=HYPERLINK("http://evil.example","click")',
  'A\\N\\G "quoted" \\',
  'line\nbreak\r\nand\ttab',
  '%%{init: {"securityLevel": "loose"}}%%',
  'n0 -->|x| n1; click n0 callback',
  '\u001b[31mred\u001b[0m \u202egnp.exe',
  'lone \ud800 surrogate \u0000 nul',
] as const;

/** An analysis whose entity names and quotes are all hostile; each speaker praises the next, the last criticises the first. */
export function hostileAnalysis(): Analysis {
  const entities = HOSTILE_NAMES.map((name, i) => ({ id: `h${i}`, name, type: 'person' as const }));
  return makeAnalysis({
    id: 'hostile <b>"article"</b>',
    entities,
    quotes: entities.map((e, i) => {
      const next = entities[(i + 1) % entities.length]!;
      const last = i === entities.length - 1;
      return {
        sentence: `"${last ? 'A disgrace </td><script>x()</script>' : 'A great <img src=x onerror=alert(1)> friend'}," said someone.`,
        speaker: e.id,
        stances: [[next.id, last ? 'criticism' : 'praise', last ? -0.8 : 0.8, last ? 'disgrace' : 'great']] as const,
      };
    }),
  });
}
