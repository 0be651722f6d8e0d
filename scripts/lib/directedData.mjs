// The directed sentiment data of Park, Pan and Joo (../shared/directed/*.txt), read as the scorer
// reads it. Shared by scripts/train-directed.mjs and scripts/survey-act-verbs.mjs.
import { readFileSync } from 'node:fs';

/**
 * The sentences of a file of lines `sentence<TAB>p<TAB>q<TAB>label` whose sentence brackets its two
 * mentions ([p], [q]): the text without the brackets, the two mentions' spans in it, and the label.
 * Lines without a label or without two bracketed mentions are skipped.
 */
export function readDirected(file) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [raw, , , label] = line.split('\t');
    if (!raw || label === undefined) continue;
    const spans = []; let text = ''; let open = -1;
    for (const ch of raw) {
      if (ch === '[' && spans.length < 2 && open < 0) { open = text.length; continue; }
      if (ch === ']' && open >= 0) { spans.push({ start: open, end: text.length }); open = -1; continue; }
      text += ch;
    }
    if (spans.length < 2) continue;
    out.push({ text, spans, y: Number(label) });
  }
  return out;
}
