import { describe, expect, test } from 'vitest';
import { analyze } from '../src/analyze.js';
import { Analysis, PlauditError } from '../src/model/index.js';

describe('analyze(text) rejects what is not a string', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['“We will win,” she said.']],
    ['an object', { text: '“We will win,” she said.' }],
    ['a String object', new String('“We will win,” she said.')],
    ['a Buffer', Buffer.from('“We will win,” she said.')],
  ])('%s: a TypeError whose message starts with plaudit: and names the argument', (_name, value) => {
    let error: unknown;
    try {
      analyze(value as unknown as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(PlauditError);
    const message = (error as Error).message;
    expect(message.startsWith('plaudit:')).toBe(true);
    expect(message).toMatch(/\btext\b/);
    expect((error as PlauditError).code).toBe('invalid-argument');
  });
});

describe('analyze(text, options) validates the options', () => {
  test.each([
    ['options not an object', 'yes'],
    ['options an array', []],
    ['options null', null],
  ] as [string, unknown][])('%s', (_name, options) => {
    expect(() => analyze('The senate met.', options as never)).toThrow(/^plaudit: options/);
  });

  test('every bad field is listed in one error', () => {
    let error: PlauditError | undefined;
    try {
      analyze('The senate met.', { date: 'yesterday', maxLength: -3, includeWriter: 'yes', colour: 'blue' } as never);
    } catch (e) {
      error = e as PlauditError;
    }
    expect(error).toBeInstanceOf(PlauditError);
    expect(error!.code).toBe('invalid-options');
    expect(error!.message.startsWith('plaudit:')).toBe(true);
    for (const field of ['date', 'maxLength', 'includeWriter']) expect(error!.message).toContain(field);
    expect(error!.message).toMatch(/colour|unrecognized|unknown/i);
    expect(error!.problems.map((p) => p.path).sort()).toEqual(expect.arrayContaining(['date', 'includeWriter', 'maxLength']));
    expect(error!.problems.length).toBeGreaterThanOrEqual(4);
  });

  test.each([
    [{}],
    [{ date: '2016-05-01' }],
    [{ date: '2016' }],
    [{ id: 'a1', includeWriter: true, outlet: 'The Daily Planet' }],
    [{ maxLength: 100 }],
    [{ knowledgeBase: [{ id: 'jane-hollis', name: 'Jane Hollis', type: 'person' as const }] }],
  ])('valid options %j do not throw', (options) => {
    expect(() => analyze('“We will win,” Senator Jane Hollis said.', options)).not.toThrow();
  });

  test('a text over maxLength throws a PlauditError naming the limit', () => {
    expect(() => analyze('x'.repeat(11), { maxLength: 10 })).toThrow(/^plaudit: .*maxLength/);
  });
});

/** Analysis invariants that every result must keep. */
function checkInvariants(input: string): void {
  const a = analyze(input);
  expect(() => Analysis.parse(JSON.parse(JSON.stringify(a)))).not.toThrow();
  expect(a.length).toBe(input.length);
  const ids = new Set(a.utterances.map((u) => u.id));
  expect(ids.size).toBe(a.utterances.length);
  const entityIds = new Set(a.entities.map((e) => e.id));
  for (const u of a.utterances) {
    expect(u.text).toBe(input.slice(u.start, u.end));
    expect(u.start).toBeLessThanOrEqual(u.end);
    expect(u.end).toBeLessThanOrEqual(input.length);
    expect(u.confidence).toBeGreaterThanOrEqual(0);
    expect(u.confidence).toBeLessThanOrEqual(1);
    if (u.cue) expect(u.cue.text).toBe(input.slice(u.cue.start, u.cue.end));
    if (u.speaker) {
      expect(entityIds.has(u.speaker.entityId)).toBe(true);
      if (u.speaker.mention) expect(u.speaker.mention.end).toBeLessThanOrEqual(input.length);
    }
    if (u.parentId !== undefined) expect(ids.has(u.parentId)).toBe(true);
    if (u.kind === 'embedded') expect(u.parentId).toBeDefined();
  }
  for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(input.length);
  for (const i of a.issues) if (i.span) expect(i.span.end).toBeLessThanOrEqual(input.length);
}

describe('any string is valid input', () => {
  test.each([
    ['empty', ''],
    ['spaces', '   \n\n\t  '],
    ['emoji', '🇺🇦🔥 “We will win 🏆,” said Senator Ann Price 👏.'],
    ['NUL characters', 'The senator\u0000 said “we\u0000 will win” on\u0000 Monday.'],
    ['CRLF line ends', '“We will win,” Senator Ann Price said.\r\n\r\n“And we will win big.”\r\n'],
    ['a lone quotation mark', '“'],
    ['only quotation marks', '"“”‘’«»„‚\'""'],
    ['unbalanced quotes everywhere', '“We will win, she said.\n\n”Or not,” he said “maybe.\n\n«Jamais'],
    ['lone surrogates', 'The senator said \uD800 “we will \uDC00 win.”'],
    ['right-to-left and bidi controls', 'The senator said \u202E“we will win”\u202C in Arabic: «سنفوز».'],
    ['a transcript fragment', 'Q\n\nQ  \n\nPRESIDENT:\n\n(Laughter.)'],
    ['markup', '<p>“We will win,” <b>Senator Ann Price</b> said.</p><script>alert(1)</script>'],
    ['a very long word', 'a'.repeat(20_000)],
    ['deep nesting', '“‘“‘“‘“‘“‘“‘“‘ deep '.repeat(50)],
  ])('%s: never throws, and every utterance is its own slice of the input', (_name, input) => {
    expect(() => analyze(input)).not.toThrow();
    checkInvariants(input);
  });

  test('a whole article keeps the invariants', () => {
    const article = [
      'WASHINGTON — Senator Ann Price said on Tuesday that the budget deal was “dead on arrival,” deepening a rift with the White House.',
      '“We were promised a fair process,” Price told reporters. “What we got was a backroom deal.”',
      'The White House said in a statement that it remained “confident” the bill would pass. A spokesperson, Jane Doe, added: “The president has the votes.”',
      'Price, a Democrat from Ohio, was unmoved. “He told me, ‘Trust me,’ and I did,” she said. “Never again.”',
      'According to two aides, the talks will resume next week.',
    ].join('\n\n');
    checkInvariants(article);
    const a = analyze(article);
    expect(a.utterances.some((u) => u.kind === 'embedded')).toBe(true);
    expect(a.utterances.filter((u) => u.speaker?.name === 'Ann Price').length).toBeGreaterThanOrEqual(3);
  });
});

describe('analyze() is pure and deterministic', () => {
  test('the same text and options give the same JSON', () => {
    const input = 'Vladimir Putin met the envoy. “We are open to dialogue,” he said. The Kremlin said the talks had been useful.';
    expect(JSON.stringify(analyze(input, { date: '2016-05-01' }))).toBe(JSON.stringify(analyze(input, { date: '2016-05-01' })));
  });

  test('the options object is not modified', () => {
    const options = Object.freeze({ date: '2016-05-01', knowledgeBase: Object.freeze([Object.freeze({ id: 'jane-hollis', name: 'Jane Hollis', type: 'person' as const })]) });
    expect(() => analyze('“We will win,” Jane Hollis said.', options as never)).not.toThrow();
  });

  const kb = [{ id: 'jane-hollis', name: 'Jane Hollis', type: 'person' as const, aliases: ['Hollis'], offices: [{ role: 'governor', of: 'Ohio', from: 2019 }] }];

  test.each([['“We will win,” Governor Hollis said.'], ['“We will win,” Hollis said.']])('a user knowledge-base entry names the speaker: %s', (input) => {
    const a = analyze(input, { knowledgeBase: kb, date: '2020-01-01' });
    expect(a.utterances[0]?.speaker).toMatchObject({ entityId: 'jane-hollis', name: 'Jane Hollis' });
  });

  // Bug reported to the lead: an office of a place that is not a country (a US state) is never looked up from a role.
  test.each([['“We will win,” the Ohio governor said.'], ['“We will win,” the governor of Ohio said.']])('a user knowledge-base office names the speaker: %s', (input) => {
    const a = analyze(input, { knowledgeBase: kb, date: '2020-01-01' });
    expect(a.utterances[0]?.speaker).toMatchObject({ entityId: 'jane-hollis', name: 'Jane Hollis' });
  });
});
