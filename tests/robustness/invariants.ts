import { Analysis } from '../../src/model/analysis.js';
import type { Analysis as AnalysisType, Span } from '../../src/model/index.js';

/**
 * Every property an analysis must have whatever the text: the schema holds, every span lies
 * inside the text, every quoted text and piece of evidence is exactly its slice of the input,
 * no utterance starts or ends with white space, ids are unique and every reference resolves, and utterances nest only as embedded quotes
 * inside their parent. Returns the list of broken properties (empty when all hold), so a failing
 * property test shows what broke and where.
 */
export function invariantViolations(text: string, analysis: AnalysisType): string[] {
  const problems: string[] = [];
  const parsed = Analysis.safeParse(analysis);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (analysis.length !== text.length) problems.push(`length ${analysis.length} ≠ text length ${text.length}`);

  const span = (where: string, s: Span | undefined, sliceText?: string) => {
    if (s === undefined) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      problems.push(`${where}: span [${s.start}, ${s.end}) outside [0, ${text.length}] or reversed`);
    } else if (sliceText !== undefined && text.slice(s.start, s.end) !== sliceText) {
      problems.push(`${where}: text ${JSON.stringify(sliceText.slice(0, 40))} ≠ slice ${JSON.stringify(text.slice(s.start, s.end).slice(0, 40))}`);
    }
  };

  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id ${id} is not unique`);
      seen.add(id);
    }
    return seen;
  };
  const entityIds = unique('entity', analysis.entities.map((e) => e.id));
  const utteranceIds = unique('utterance', analysis.utterances.map((u) => u.id));
  unique('stance', analysis.stances.map((s) => s.id));

  for (const e of analysis.entities) e.mentions.forEach((m, k) => span(`entity ${e.id} mention ${k}`, m));
  const byId = new Map(analysis.utterances.map((u) => [u.id, u]));
  for (const u of analysis.utterances) {
    span(`utterance ${u.id}`, u, u.text);
    if (/^\s|\s$/u.test(u.text)) problems.push(`utterance ${u.id}: white space at an edge of ${JSON.stringify(u.text)}`);
    if (u.cue) span(`utterance ${u.id} cue`, u.cue, u.cue.text);
    if (u.speaker) {
      span(`utterance ${u.id} speaker mention`, u.speaker.mention);
      if (!entityIds.has(u.speaker.entityId)) problems.push(`utterance ${u.id}: speaker ${u.speaker.entityId} is not an entity`);
    }
    if (u.parentId !== undefined) {
      const parent = byId.get(u.parentId);
      if (!parent) problems.push(`utterance ${u.id}: parent ${u.parentId} does not exist`);
      else if (parent.start > u.start || u.end > parent.end) problems.push(`utterance ${u.id} is not inside its parent ${u.parentId}`);
    }
  }
  for (const s of analysis.stances) {
    if (!utteranceIds.has(s.utteranceId)) problems.push(`stance ${s.id}: utterance ${s.utteranceId} does not exist`);
    if (!entityIds.has(s.source.entityId)) problems.push(`stance ${s.id}: source ${s.source.entityId} is not an entity`);
    if (!entityIds.has(s.target.entityId)) problems.push(`stance ${s.id}: target ${s.target.entityId} is not an entity`);
    s.evidence.forEach((ev, k) => span(`stance ${s.id} evidence ${k}`, ev, ev.text));
    span(`stance ${s.id} target mention`, s.targetMention);
  }
  analysis.issues.forEach((i, k) => span(`issue ${k} (${i.code})`, i.span));

  // Utterances may overlap only when one is an embedded quote inside the other (or its ancestor).
  const isAncestor = (a: string, u: { parentId?: string }) => {
    for (let p = u.parentId, guard = 0; p !== undefined && guard < 10_000; p = byId.get(p)?.parentId, guard++) if (p === a) return true;
    return false;
  };
  const sorted = [...analysis.utterances].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: typeof sorted = [];
  for (const u of sorted) {
    while (open.length > 0 && open[open.length - 1]!.end <= u.start) open.pop();
    const top = open[open.length - 1];
    if (top && u.start < u.end && top.start < top.end) {
      if (u.end > top.end || !isAncestor(top.id, u)) problems.push(`utterances ${top.id} and ${u.id} overlap`);
    }
    open.push(u);
  }
  return problems;
}
