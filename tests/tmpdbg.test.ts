import { test } from 'vitest';
import { segment } from '../src/1-segment/segment.js';
import { findMentions } from '../src/2-entities/mentions.js';
import { resolveEntities } from '../src/2-entities/resolve.js';
import { indexKnowledge } from '../src/2-entities/knowledgeIndex.js';
import { builtinKnowledge } from '../src/2-entities/knowledge/builtin.js';
test('dbg', () => {
  const seg = segment(process.env.T!);
  const kb = indexKnowledge(builtinKnowledge());
  const ms = findMentions(seg, kb);
  const ents = resolveEntities(seg, ms, kb, undefined);
  ms.forEach((m, i) => console.log(m.kind, JSON.stringify(m.key), m.type, m.indefinite, m.sentence, m.title, '->', ents.entities[ents.entityOf[i]!]?.name, [...(ents.entities[ents.entityOf[i]!]?.titles ?? [])]));
});
