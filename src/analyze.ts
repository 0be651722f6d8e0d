import { inputQuality } from './1-segment/inputQuality.js';
import { segment } from './1-segment/segment.js';
import { builtinKnowledge } from './2-entities/knowledge/builtin.js';
import { mergeKnowledge } from './2-entities/knowledge/merge.js';
import { indexKnowledge } from './2-entities/knowledgeIndex.js';
import { trimSpan } from './1-segment/paragraphs.js';
import { mentionsAndDatelines } from './2-entities/datelines.js';
import { publicType } from './2-entities/resolution/publicType.js';
import { resolveEntities, type EntityIndex } from './2-entities/resolve.js';
import { attributeUtterances, type UtteranceDraft } from './3-attribution/attribute.js';
import { jointSpeakers, type JointSpeaker } from './3-attribution/jointSpeakers.js';
import { attributeWriter } from './3-attribution/writer.js';
import { withoutDatelines } from './3-attribution/datelines.js';
import { scoreSentiment, stancesWithActs } from './4-stance/stance.js';
import type { Analysis } from './model/analysis.js';
import type { Entity } from './model/entity.js';
import { PlauditError } from './model/errors.js';
import type { KnowledgeBase } from './model/knowledge.js';
import { describe, resolveOptions, type AnalyzeOptions, type ResolvedOptions } from './model/options.js';
import type { Utterance } from './model/utterance.js';
import type { TokenDoc } from './adapters/wink.js';

/**
 * Reads a news article and says who said what and who praises or criticises whom.
 *
 *     text ─ segment ─ find mentions (a dateline names a place) ─ resolve entities ─ attribute utterances (datelines are no one's) ─ score stances ─▶ Analysis
 *
 * Synchronous, pure and deterministic: the same text and options give the same JSON. Any string
 * is valid input; only a non-string text, invalid options or a text over `maxLength` throw (a
 * `PlauditError`, which is a `TypeError`).
 *
 * @example
 * const a = analyze('“He is a genius,” Trump said of Putin.');
 * a.utterances[0].text;          // 'He is a genius,'
 * a.utterances[0].speaker?.name; // 'Donald Trump'
 * a.stances[0].polarity;         // 'praise'
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  if (typeof text !== 'string') {
    throw new PlauditError('invalid-argument', `plaudit: analyze(text) expects text to be a string, got ${describe(text)}`);
  }
  const opts = resolveOptions(options);
  if (text.length > opts.maxLength) {
    throw new PlauditError('input-too-long', `plaudit: text is ${text.length} characters long, over maxLength ${opts.maxLength} (set options.maxLength to raise it)`);
  }
  const kb = indexKnowledge(knowledgeOf(opts));
  const year = yearOf(opts.date);

  const seg = segment(text);
  const { datelines, mentions } = mentionsAndDatelines(seg, kb);
  const ents = resolveEntities(seg, mentions, kb, year);
  const attribution = attributeUtterances(seg, ents);
  const drafts = withoutDatelines(datelines, opts.includeWriter ? [...attribution.utterances, ...attributeWriter(seg, ents, attribution.utterances, opts.outlet)] : attribution.utterances);
  const said = finishUtterances(seg.doc, ents, drafts, jointSpeakers(seg, ents, drafts));
  const entities = finishEntities(ents);
  // (Reported acts with no utterance of their holder's bring one: the topic of the act.)
  const { utterances, stances } = stancesWithActs({ doc: seg.doc, utterances: said, entities, placeOfAdjective: kb.placeOfAdjective, ...(opts.id !== undefined ? { articleId: opts.id } : {}), ...(opts.date !== undefined ? { date: opts.date } : {}) });

  return {
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    length: text.length,
    entities,
    utterances,
    stances,
    issues: [...inputQuality(text), ...seg.issues, ...attribution.issues].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)),
  };
}

let builtin: KnowledgeBase | undefined;
const merged = new WeakMap<readonly unknown[], KnowledgeBase>();

/** The knowledge base of a call: the built-in one, extended or replaced by the user's entries (parsed once per array). */
function knowledgeOf(opts: ResolvedOptions): KnowledgeBase {
  builtin ??= builtinKnowledge();
  const extra = opts.knowledgeBase;
  if (!extra) return builtin;
  let kb = merged.get(extra);
  if (!kb) {
    kb = mergeKnowledge(builtin, extra, opts.replaceKnowledgeBase ?? false);
    merged.set(extra, kb);
  }
  return kb;
}

function yearOf(date: string | undefined): number | undefined {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : undefined;
}

/** Drafts → public utterances: text order, ids u1…, parent ids, sentiment of their own words; no white space at a span's edges. */
function finishUtterances(doc: TokenDoc, ents: EntityIndex, drafts: readonly UtteranceDraft[], joint: ReadonlyMap<number, readonly JointSpeaker[]>): Utterance[] {
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start || b.d.end - a.d.end || a.i - b.i);
  const idOf = new Map<number, string>();
  order.forEach(({ i }, n) => idOf.set(i, `u${n + 1}`));
  return order.map(({ d, i }) => {
    const e = d.speaker >= 0 ? ents.entities[d.speaker] : undefined;
    const { start, end } = trimSpan(doc.text, d.start, d.end);
    return {
      id: idOf.get(i)!,
      start,
      end,
      text: doc.text.slice(start, end),
      kind: d.kind,
      ...(d.form ? { form: d.form } : {}),
      speaker: e ? { entityId: e.id, name: e.name, ...(d.mention ? { mention: { start: d.mention.start, end: d.mention.end } } : {}) } : null,
      ...(e && joint.has(i) ? { coSpeakers: joint.get(i)!.map((j) => ({ entityId: ents.entities[j.speaker]!.id, name: ents.entities[j.speaker]!.name, mention: { ...j.mention } })) } : {}),
      ...(d.cue ? { cue: { start: d.cue.start, end: d.cue.end, text: doc.text.slice(d.cue.start, d.cue.end) } } : {}),
      ...(d.parent !== undefined && idOf.has(d.parent) ? { parentId: idOf.get(d.parent)! } : {}),
      sentiment: scoreSentiment(doc, { start, end }),
      confidence: d.confidence,
    };
  });
}

/** Drafts → public entities: those mentioned at least once, mentions in text order without duplicates, people named by a common noun typed `role`. */
function finishEntities(ents: EntityIndex): Entity[] {
  return ents.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => {
      // Sorted, equal spans are neighbours: each is kept once.
      const mentions = [...e.mentions]
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .filter((s, k, all) => k === 0 || s.start !== all[k - 1]!.start || s.end !== all[k - 1]!.end)
        .map((s) => ({ start: s.start, end: s.end }));
      const aliases = [...e.aliases].filter((a) => a !== e.name && a.length > 0).sort();
      return { id: e.id, name: e.name, type: publicType(e), aliases, mentions, ...(e.kb ? { kbId: e.kb.id } : {}) };
    });
}
