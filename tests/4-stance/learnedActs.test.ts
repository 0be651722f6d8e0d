import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** Polar stances of a text as "source > target: polarity". */
const polar = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name} > ${s.target.name}: ${s.polarity}`);

describe('reported acts read by the directed model (scoring/learnedActs.ts)', () => {
  // Acts the attribution stage reads no report for: the act brings its own topic utterance.
  test.each([
    ['Senator Maria Ostrander heaped blame on the Northfield Teachers Union.', 'Maria Ostrander > Northfield Teachers Union: criticism', 'on the Northfield Teachers Union', 'blame'],
    ['Governor Tom Welling, who faces a tough race, has been criticized by Mayor Carla Dunmore over the shortages.', 'Carla Dunmore > Tom Welling: criticism', 'Governor Tom Welling', 'criticized'],
  ])('%s', (text, expected, topic, cue) => {
    const a = analyze(text);
    expect(polar(text)).toEqual([expected]);
    const s = a.stances.find((x) => x.polarity !== 'neutral')!;
    const u = a.utterances.find((x) => x.id === s.utteranceId)!;
    expect({ form: u.form, text: u.text, cue: u.cue?.text, speaker: u.speaker?.name }).toEqual({ form: 'topic', text: topic, cue, speaker: s.source.name });
    expect(s.evidence.map((e) => e.text)).toContain(cue);
    expect(s.targetMention && text.slice(s.targetMention.start, s.targetMention.end)).toMatch(/Welling|Union/);
  });

  // An act of a holder who speaks in the same sentence is carried by their words: no topic is added.
  test.each([
    ['“We will fight on,” said Senator Maria Ostrander, who heaped blame on the Northfield Teachers Union.', 'Maria Ostrander > Northfield Teachers Union: criticism'],
    ['Mayor Carla Dunmore said on Monday that the budget was late, and she heaped blame on Governor Tom Welling.', 'Carla Dunmore > Tom Welling: criticism'],
  ])('carried by the holder’s words: %s', (text, expected) => {
    const a = analyze(text);
    expect(polar(text)).toEqual([expected]);
    expect(a.utterances).toHaveLength(1);
    expect(a.utterances[0]!.form).toBeUndefined();
    expect(a.stances.find((s) => s.polarity !== 'neutral')!.utteranceId).toBe(a.utterances[0]!.id);
  });

  // The agent of a passive holds the act, whether attribution read the subject as the agent's
  // report (the act is then carried by that report) or not (the act brings its topic).
  test.each([
    ['Governor Tom Welling was praised by Senator Maria Ostrander for his courage.', 'Maria Ostrander > Tom Welling: praise'],
    ['Governor Tom Hale was praised by Senator Maria Lopez for his courage.', 'Maria Lopez > Tom Hale: praise'],
    // Read by attribution as a topic or not, the act has one stance, of its holder.
    ['Mayor Carla Dunmore lashed out at Governor Tom Welling over the water shortages.', 'Carla Dunmore > Tom Welling: criticism'],
  ])('direction: %s', (text, expected) => {
    expect(polar(text)).toEqual([expected]);
  });

  test('an act is not doubled when the holder has two utterances in its sentence', () => {
    const text = 'Mayor Carla Dunmore blamed Governor Tom Welling for the shortages and praised Senator Maria Ostrander for her leadership.';
    const praise = analyze(text).stances.filter((s) => s.target.name === 'Maria Ostrander' && s.polarity === 'praise');
    expect(praise.map((s) => s.source.name)).toEqual(['Carla Dunmore']);
  });

  test('utterance ids stay in text order when a topic is added', () => {
    const text = '“We will rebuild,” the mayor said. Senator Maria Ostrander heaped blame on the Northfield Teachers Union.';
    const a = analyze(text);
    const topic = a.utterances.find((u) => u.form === 'topic' && u.speaker?.name === 'Maria Ostrander');
    expect(topic?.id).toBe('u2');
    expect(a.stances.some((s) => s.utteranceId === topic?.id && s.polarity === 'criticism')).toBe(true);
    for (const u of a.utterances) expect(u.text).toBe(text.slice(u.start, u.end));
    expect(a.utterances.map((u) => u.id)).toEqual(a.utterances.map((_, k) => `u${k + 1}`));
    expect([...a.utterances].sort((x, y) => x.start - y.start)).toEqual(a.utterances);
    for (const s of a.stances) expect(a.utterances.some((u) => u.id === s.utteranceId)).toBe(true);
  });

  test.each([
    // A mere mention of two names, or a meeting.
    ['Senator Maria Ostrander visited the Northfield Teachers Union with Governor Tom Welling.'],
    ['Mayor Carla Dunmore and Governor Tom Welling met in Springfield.'],
    // A question asks; it reports no act.
    ['Did Senator Maria Ostrander heap blame on the Northfield Teachers Union?'],
    // A negated act was not done.
    ['Senator Maria Ostrander never heaped blame on the Northfield Teachers Union.'],
    // The holder's staff acted, not the holder.
    ["Senator Maria Ostrander's staff heaped blame on the Northfield Teachers Union."],
    // The writer's own stance holds no entity's.
    ['Governor Tom Welling is a disgrace, unlike Mayor Carla Dunmore.'],
  ])('no act: %s', (text) => {
    expect(polar(text)).toEqual([]);
    expect(analyze(text).utterances.filter((u) => u.form === 'topic' && u.confidence === 0.5)).toEqual([]);
  });

  // No word of the lexicon holds these acts: the model, sure of the verb between its subject and
  // its object (verbLink), makes the stance, with the verb as cue.
  test.each([
    ['Senator Maria Ostrander campaigned hard against Governor Tom Welling.', 'Maria Ostrander > Tom Welling: criticism', 'campaigned'],
    ['Governor Tom Welling launched a blistering attack against Mayor Carla Dunmore on Tuesday.', 'Tom Welling > Carla Dunmore: criticism', 'launched'],
    ['Ruth Hale is a vocal critic of Tom Welling.', 'Ruth Hale > Tom Welling: criticism', 'is'],
  ])('a verb the model is sure of: %s', (text, expected, cue) => {
    const a = analyze(text);
    expect(polar(text)).toEqual([expected]);
    const s = a.stances.find((x) => x.polarity !== 'neutral')!;
    expect(a.utterances.find((u) => u.id === s.utteranceId)?.cue?.text).toBe(cue);
    expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test.each([
    ['Senator Ruth Hale met Governor Tom Welling in Paris.'],
    ['Senator Ruth Hale and Governor Tom Welling both spoke.'],
    ['Senator Ruth Hale said Governor Tom Welling would attend.'],
    ['Senator Ruth Hale invited Governor Tom Welling to a meeting.'],
    // Negated, the holder's aides, a relative clause: the holder is not the subject of a done act.
    ['Senator Ruth Hale did not campaign against Governor Tom Welling.'],
    ["Senator Ruth Hale's aides campaigned hard against Governor Tom Welling."],
    ['Senator Ruth Hale, who campaigned against Governor Tom Welling, spoke.'],
    ['Ruth Hale is a cousin of Tom Welling.'],
    ["Ruth Hale is Tom Welling's aide."],
  ])('no act without a sure verb between subject and object: %s', (text) => {
    expect(polar(text)).toEqual([]);
  });
});
