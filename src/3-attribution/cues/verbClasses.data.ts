/**
 * Cue verb classes that decide what a cue reports: verbs that take a clause, verbs whose object
 * is the report, verbs of naming and of support, raising verbs, reply verbs.
 *
 * Origin: Levin's verb classes of communication and judgement ("English Verb Classes and
 * Alternations", 1993: 37 verbs of communication, 33 judgement verbs, 29.3 dub verbs) and the
 * raising verbs of English grammar, as lemmas. Read by reported/clauseOpening.ts (SAY_LIKE,
 * WH_WORDS, NOT_CLAUSE_OPENERS), reported/objectReports.ts (PREPOSITION_OBJECT … STANCE_NOT_OBJECT),
 * reported/reportedClause.ts (IN_FRAME), sieves/09-raising.ts (RAISING_*), source.ts (RAISING_BEFORE_CUE),
 * quotePronouns.ts (REPLY_CUES), source/inherited.ts (QUESTION_VERBS).
 * Like `lexicon.data.ts`, general English only: nothing here comes from an article.
 */

/** Verbs that take a clause, hardly ever a bare object: after them a noun phrase opens the reported clause. */
export const SAY_LIKE = new Set(['say', 'claim', 'insist', 'argue', 'add', 'state', 'assert', 'contend', 'maintain', 'suggest', 'predict', 'allege', 'declare', 'announce', 'believe', 'think', 'hope', 'fear', 'write', 'tweet', 'post', 'report', 'testify', 'explain', 'note', 'acknowledge', 'admit', 'concede', 'confirm', 'reveal', 'estimate', 'warn', 'stress', 'emphasize', 'indicate', 'conclude', 'agree', 'complain', 'recall', 'speculate', 'reckon', 'guess', 'worry', 'realize', 'suspect', 'vow', 'pledge', 'boast', 'brag', 'joke', 'quip', 'reply', 'respond', 'retort', 'counter', 'observe', 'remark', 'comment', 'signal', 'hint', 'imply', 'deny', 'dispute', 'reiterate', 'repeat',
  // Evidence verbs, cues only after a poll, a study, records: "polls show Smith leading", "the audit found no record".
  'show', 'find', 'demonstrate']);
/** Question words that open an embedded question: "explained how …", "asked whether …". */
export const WH_WORDS = new Set(['how', 'whether', 'why', 'what', 'when', 'where', 'who', 'which', 'if']);
/** Words after a say-verb that never open its reported clause ("said so", "said of the plan", "says it all"). */
export const NOT_CLAUSE_OPENERS = new Set(['so', 'of', 'it', 'this', 'nothing', 'something', 'anything', 'much', 'little', 'more', 'less', 'goodbye', 'hello', 'thanks', 'sorry', 'yes', 'no']);
/** Verbs whose content is the object of one preposition: "agree with", "respond to". */
export const PREPOSITION_OBJECT = new Map([['agree', 'with'], ['disagree', 'with'], ['concur', 'with'], ['object', 'to'], ['allude', 'to'], ['testify', 'about'], ['comment', 'on']]);
/** Verbs that give their object a name, often in quotes: "called the plan “a disaster”". */
export const NAMING_VERBS = new Set(['call', 'dub', 'term', 'label', 'brand', 'deem']);
/**
 * Verbs whose object is what was said ("announced a plan", "denied the report") or what the
 * source evaluated ("criticized the decision", "praised the deal": the stance stage scores it with
 * the cue). For support (back, vote for) or belief (know, see) the object is not speech.
 */
export const OBJECT_CONTENT = new Set(['announce', 'explain', 'discuss', 'mention', 'confirm', 'point out', 'report', 'note', 'describe', 'deny', 'reveal', 'disclose', 'unveil', 'propose', 'recommend', 'predict', 'promise', 'pledge', 'vow', 'demand', 'repeat', 'reiterate', 'concede', 'cite', 'highlight', 'stress',
  // Evidence verbs (cues only after a poll, a study, records): "the poll showed a slim lead", "the audit found no record".
  'show', 'find', 'demonstrate', 'emphasize', 'outline', 'detail', 'recount', 'acknowledge', 'admit',
  // Verbs that evaluate their object report a stance toward it: "criticized the decision", "praised the deal".
  'criticize', 'praise', 'condemn', 'endorse', 'denounce', 'blast', 'slam', 'decry', 'hail', 'welcome', 'attack', 'accuse', 'blame', 'thank', 'congratulate', 'applaud', 'commend', 'lambast', 'mock', 'ridicule', 'dismiss', 'reject', 'question', 'dispute', 'warn', 'urge']);
/**
 * Verbs of support and opposition: their object, a single name or pronoun included, is the
 * position the source holds ("voters supported Sanders", "most oppose the ban", "backing her").
 */
export const STANCE_OBJECT = new Set(['support', 'back', 'oppose', 'endorse', 'favor', 'prefer', 'embrace', 'champion']);
/** Words after such a verb that are no object: "backed away", "support that …", "defended himself". */
export const STANCE_NOT_OBJECT = new Set(['it', 'that', 'this', 'there', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'one', 'some', 'more', 'much', 'both', 'all']);
/** Phrase cues that frame a report by where it was made or whose it is: "in a poll", "in his view", "in Lee's words". */
export const IN_FRAME = new Set(['in a poll', 'in her view', 'in her words']);
/** "seem", "appear": the subject's state as someone sees it. */
export const RAISING_VERBS = new Set(['seem', 'appear']);
/** Surface forms of the verbs that raise their subject past an adjective or an infinitive cue: "the mayor seemed hopeful", "voters appear to care", "nurses continued calling for" (read by source.ts before a cue). */
export const RAISING_BEFORE_CUE = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'continue', 'continues', 'continued', 'begin', 'begins', 'began', 'start', 'starts', 'started']);
/** Passives that report an unnamed many's expectation or belief: "is expected to", "was thought to". */
export const RAISING_PASSIVES = new Set(['expected', 'believed', 'thought', 'rumored', 'rumoured', 'projected', 'predicted', 'reported', 'said', 'alleged', 'understood', 'presumed', 'considered', 'estimated']);
export const REPLY_CUES = new Set(['reply', 'respond', 'retort', 'answer', 'counter', 'rebut', 'hit', 'fire', 'shoot', 'snap', 'return']);
/** Verbs of asking, whose object is the one asked: "Asked whether …, the mayor said" makes the mayor the one asked, not the asker. */
export const QUESTION_VERBS = new Set(['ask', 'question', 'press', 'quiz', 'query', 'grill']);
