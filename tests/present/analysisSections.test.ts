/**
 * What a reader sees first: `formatAnalysis` and `analysisToHtml` put the words of named speakers
 * first, and list apart the reports that give only the topic of an act and the utterances with no
 * speaker named, so that neither reads as someone's words; neutral stances come as one line per
 * source. The data itself keeps everything. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { analysisToHtml } from '../../src/present/analysisToHtml.js';
import { formatAnalysis } from '../../src/present/formatAnalysis.js';

const MIXED = [
  'Senator Vale criticized the new budget on Tuesday.',
  '"The plan is reckless and cruel," Vale told reporters.',
  'The council seems to have misjudged the voters.',
  'Mayor Reyes said the plan would help Vale and the council.',
].join(' ');

/** The lines of one section of the text view, from its title to the next blank line. */
function section(out: string, title: string): string[] {
  const block = out.split('\n\n').find((b) => b.startsWith(title));
  return block ? block.split('\n') : [];
}

describe('formatAnalysis: sections', () => {
  const analysis = analyze(MIXED);
  const out = formatAnalysis(analysis);

  test('the data keeps every utterance', () => {
    expect(analysis.utterances.map((u) => [u.text, u.form ?? null, u.speaker?.name ?? null])).toEqual([
      ['the new budget', 'topic', 'Vale'],
      ['The plan is reckless and cruel,', null, 'Vale'],
      ['The council seems to have misjudged the voters', null, null],
      ['the plan would help Vale and the council', null, 'Reyes'],
    ]);
  });

  test('the counts say what is listed apart', () => {
    expect(out.split('\n')[0]).toBe('4 entities, 4 utterances (1 with no speaker named, 1 topic of an act), 1 stance (0 praise or criticism, 1 neutral)');
  });

  test.each([
    ['Who said what (2)', [/^#\s+speaker\s+kind\s+cue\s+conf\s+text$/, /^2\s+Vale\s+direct\s+told reporters\s+0\.95\s+The plan is reckless and cruel,$/, /^4\s+Reyes\s+indirect\s+said\s+0\.90\s+the plan would help Vale and the council$/]],
    ['Acts reported with only their topic, not words said (1)', [/^#\s+speaker\s+cue\s+conf\s+topic$/, /^1\s+Vale\s+criticized\s+0\.81\s+the new budget$/]],
    ['No speaker named (1)', [/^#\s+kind\s+cue\s+text\s+why$/, /^3\s+indirect\s+seems\s+The council seems to have misjudged the voters\s+a raising verb/]],
    ['Neutral stances (1)', [/^ {2}Reyes → Vale \(4\)$/]],
  ])('%s', (title, rows) => {
    const lines = section(out, title);
    expect(lines[0]).toMatch(new RegExp(`^${title.replace(/[()]/g, '\\$&')}`));
    for (const row of rows) expect(lines.some((l) => row.test(l)), `${row} in\n${lines.join('\n')}`).toBe(true);
  });

  test('the first row of who said what is a named speaker, the topic and the unnamed one are not in it', () => {
    const said = section(out, 'Who said what').slice(3);
    expect(said.some((l) => /the new budget|seems/.test(l))).toBe(false);
  });

  test('the issue of the utterance with no speaker is its why, not an issue again', () => {
    expect(analysis.issues.map((i) => i.code)).toEqual(['unknown-speaker']);
    expect(out).not.toMatch(/^Issues/m);
  });

  test('HTML has the same sections', () => {
    const html = analysisToHtml(analysis);
    const captions = [...html.matchAll(/<caption[^>]*>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toEqual([
      'Who said what (2)',
      'Acts reported with only their topic, not words said (1)',
      'No speaker named (1)',
      'Neutral stances (1): the speaker names the target with no praise or criticism; utterance numbers in brackets',
    ]);
  });
});

describe('formatAnalysis: nothing listed apart when every utterance is words with a speaker', () => {
  test.each([
    ['"We will build the bridge," Mayor Reyes said. Senator Vale told reporters that the bridge was a waste of money.'],
    ['Governor Okafor said the vote would be held in May.'],
  ])('%s', (text) => {
    const out = formatAnalysis(analyze(text));
    expect(out).toMatch(/^Who said what \(\d\)$/m);
    expect(out).not.toMatch(/Acts reported with only their topic|No speaker named|with no speaker named|of an act/);
  });
});
