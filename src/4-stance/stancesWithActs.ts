import type { Stance, Utterance } from '../model/index.js';
import { scoreSentiment } from './scoreSentiment.js';
import { stancesOfUtterances } from './scoreStances.js';
import { learnedActs, type LearnedAct } from './scoring/learnedActs.js';
import { articleTargets } from './scoring/targets.js';
import type { StanceInput } from './types.js';
import { round } from '../util/round.js';

/** What the stance stage gives analyze(): the utterances, with the topics of reported acts added, and the stances. */
export interface StancesWithActs {
  readonly utterances: Utterance[];
  readonly stances: Stance[];
}

/**
 * The stances of the utterances (scoreStances: lexicons and construction rules), and those of the
 * acts the writer reports between two entities of a sentence (scoring/learnedActs.ts: the directed
 * model). An act is carried by the holder's own utterance in its sentence when there is one, and
 * never doubles a stance of the rules: a rules' stance of that utterance on the same target with
 * the act's sign stands as it is; a neutral one, or one of the other sign, becomes the act's (the
 * act is the holder's verb on the target, the rules read evaluative words near it: "X attacked
 * one of Y's strong points" is criticism. Measured on directed/valid: the act winning gains one
 * right relation and loses none, the rules winning gains none; no change on gold/dev). An act
 * with no utterance of the holder's in its sentence ("X blamed Y for the shortages" where
 * attribution read no report) gets one, so that every stance names its utterance: a `topic` utterance
 * whose text is what the act was about and whose cue is the act's word, the design attribution
 * already uses for "criticised [the plan]". Utterance ids are renumbered in text order when
 * topics are added; stance ids are `s1`, `s2` … in the order of their target mentions.
 *
 * @example
 * stancesWithActs(input).stances; // [{ source: {…Lopez}, target: {…Hale}, polarity: 'criticism', utteranceId: 'u1', … }]
 */
export function stancesWithActs(input: StanceInput): StancesWithActs {
  const { doc, entities } = input;
  const utterances = [...input.utterances];
  const article = articleTargets(entities, input.placeOfAdjective, doc.text);
  const rules = stancesOfUtterances(input, article);
  if (doc.tokens.length === 0) return { utterances, stances: rules };
  const acts = learnedActs(doc, utterances, entities, article);
  if (acts.length === 0) return { utterances, stances: rules };
  const stances = [...rules];
  const keyOf = (utteranceId: string, source: string, target: string) => `${utteranceId}|${source}|${target}`;
  const index = new Map(stances.map((s, k) => [keyOf(s.utteranceId, s.source.entityId, s.target.entityId), k]));
  const topics: Utterance[] = [];
  for (const act of acts) {
    const carrier = act.carrier ?? topicUtterance(input, act, topics.length);
    const key = keyOf(carrier.id, act.holder.id, act.target.id);
    const k = index.get(key);
    if (k !== undefined && stances[k]!.polarity === (act.praise ? 'praise' : 'criticism')) continue;
    if (!act.carrier) topics.push(carrier);
    const stance = stanceOf(input, act, carrier.id);
    if (k !== undefined) stances[k] = stance;
    else index.set(key, stances.push(stance) - 1);
  }
  const renamed = topics.length ? renumbered([...utterances, ...topics]) : undefined;
  const ordered = stances
    .map((s) => (renamed ? { ...s, utteranceId: renamed.ids.get(s.utteranceId) ?? s.utteranceId } : s))
    .map((s, i) => ({ s, i }))
    .sort((x, y) => (x.s.targetMention?.start ?? 0) - (y.s.targetMention?.start ?? 0) || x.i - y.i)
    .map(({ s }, k) => ({ ...s, id: `s${k + 1}` }));
  return { utterances: renamed?.utterances ?? utterances, stances: ordered };
}

/** The stance an act gives: its sign, the lexicon's words on the pair as evidence, their sum ÷ 5 as its score. */
function stanceOf(input: StanceInput, act: LearnedAct, utteranceId: string): Stance {
  const sum = act.evidence.reduce((n, e) => n + e.weight, 0);
  return {
    id: '',
    utteranceId,
    source: { entityId: act.holder.id, name: act.holder.name },
    target: { entityId: act.target.id, name: act.target.name },
    polarity: act.praise ? 'praise' : 'criticism',
    score: round(Math.max(-1, Math.min(1, sum / 5))),
    evidence: act.evidence,
    targetMention: act.targetMention,
    ...(input.articleId !== undefined ? { articleId: input.articleId } : {}),
    ...(input.date !== undefined ? { date: input.date } : {}),
  };
}

/** Confidence of the topic of a learned act: the model read the act, no attribution rule did (a hand-set score, as every rule's). */
const ACT_TOPIC_CONFIDENCE = 0.5;

/** A `topic` utterance of the act's holder: what the act was about, cued by the act's word. Its id is provisional. */
function topicUtterance(input: StanceInput, act: LearnedAct, n: number): Utterance {
  const { doc } = input;
  return {
    id: `act${n + 1}`,
    start: act.topic.start,
    end: act.topic.end,
    text: doc.text.slice(act.topic.start, act.topic.end),
    kind: 'indirect',
    form: 'topic',
    speaker: { entityId: act.holder.id, name: act.holder.name, mention: { ...act.holderMention } },
    cue: { ...act.cue },
    sentiment: scoreSentiment(doc, act.topic),
    confidence: ACT_TOPIC_CONFIDENCE,
  };
}

/** Utterances in text order (as analyze() numbers them) with ids u1 …, parent ids renamed, and the map from old ids to new. */
function renumbered(all: readonly Utterance[]): { utterances: Utterance[]; ids: Map<string, string> } {
  const order = all.map((u, i) => ({ u, i })).sort((a, b) => a.u.start - b.u.start || b.u.end - a.u.end || a.i - b.i);
  const ids = new Map<string, string>();
  order.forEach(({ u }, n) => ids.set(u.id, `u${n + 1}`));
  const utterances = order.map(({ u }) => ({ ...u, id: ids.get(u.id)!, ...(u.parentId !== undefined ? { parentId: ids.get(u.parentId) ?? u.parentId } : {}) }));
  return { utterances, ids };
}
