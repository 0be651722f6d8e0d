/**
 * The attribution cue lexicon of plaudit, as data: the words that tell a reader that what
 * follows (or precedes) is somebody's speech, writing, post, belief, intention or perception.
 *
 * Built from general English: reporting verbs of the kind listed by the Gender Gap Tracker,
 * the cue words of PARC 3.0 and PolNeAR (speech, but also beliefs and intentions), and Levin's
 * verb classes of communication (say, tell, manner of speaking, complain, advise, judgement).
 * Nothing here comes from an article: every entry is a word any English news text may use.
 *
 * Entries are matched on lemmas, so one entry covers "said", "says", "saying".
 * wink-nlp's lemmatiser is right for most of them, and it maps British spellings to American
 * ones ("criticised" → "criticize"), so only the American lemma is listed. Where it is wrong
 * ("lambasted" → "lambast") or tags a verb form as a noun ("assails"), `CUE_FORMS` maps the
 * inflected form to the lemma explicitly.
 */

/** What the cue says the content is: spoken, written, posted online, believed, intended or perceived. */
export type CueKind = 'speech' | 'writing' | 'post' | 'belief' | 'intention' | 'perception';

/**
 * What may follow the cue as its content (the reported material):
 * - `that`: a clause, with or without "that" ("said (that) taxes will rise")
 * - `quote`: a direct quote, before or after ("“…,” she said" / "she said: “…”")
 * - `object-that`: an addressee, then a clause ("told reporters (that) …", "warned voters …")
 * - `as`: an object and an `as`-predicative ("described the plan as reckless")
 * - `object`: a noun phrase as the content ("denied the report", "praised the deal")
 * - `of`: "accused him of lying", "warned of a crisis"
 * - `for`: "praised her for …", "called for a ban"
 * - `to`: an infinitive ("vowed to fight", "wants to win")
 * - `wh`: a question clause ("asked whether …", "wondered why …")
 * - `about`: "complained about …", "spoke about …"
 */
export type CueComplement = 'that' | 'quote' | 'object-that' | 'as' | 'object' | 'of' | 'for' | 'to' | 'wh' | 'about';

/** +1: the cue itself praises its object ("praised", "hailed"); -1: criticises ("slammed"); 0: neutral. */
export type CueEvaluation = -1 | 0 | 1;

/**
 * Where the source (the holder) of the attribution stands relative to the cue:
 * - `subject`: the grammatical subject or possessor ("Smith said", "Smith's claim that")
 * - `after`: right after the cue ("according to Smith", "in the words of Smith", "per Reuters")
 * - `inside`: between the cue's first and last word ("as Smith put it")
 */
export type CueSource = 'subject' | 'after' | 'inside';

export interface VerbCue {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly complement: readonly CueComplement[];
  /** Allows the inverted order after a quote: "“…,” said Smith." Common only for a small set. */
  readonly inversion: boolean;
  readonly evaluative: CueEvaluation;
  /** 0..1: how reliably the word signals attribution ("say" 1, "believe" 0.7, "see" 0.3). */
  readonly confidence: number;
  /**
   * The verb has common non-reporting senses ("added 200 jobs", "continued to rise",
   * "posted gains"): it counts only next to a sign of reported content (a quote mark, a colon,
   * "that", a comma-delimited inversion, or an addressee followed by "that").
   */
  readonly needsSignal: boolean;
}

const COMPLEMENTS = new Set<CueComplement>(['that', 'quote', 'object-that', 'as', 'object', 'of', 'for', 'to', 'wh', 'about']);

function parseComplements(spec: string): CueComplement[] {
  return spec
    .split(' ')
    .filter((c) => c.length > 0)
    .map((c) => {
      if (!COMPLEMENTS.has(c as CueComplement)) throw new Error(`plaudit: unknown cue complement ${c}`);
      return c as CueComplement;
    });
}

/**
 * One verb row: lemma, kind, complements (space separated), confidence, flags.
 * Flags: `inv` inversion allowed, `+` praise, `-` criticism, `sig` needs a signal.
 */
function v(lemma: string, kind: CueKind, complement: string, confidence: number, flags = ''): VerbCue {
  const f = new Set(flags.split(' '));
  return {
    lemma,
    kind,
    complement: parseComplements(complement),
    inversion: f.has('inv'),
    evaluative: f.has('+') ? 1 : f.has('-') ? -1 : 0,
    confidence,
    needsSignal: f.has('sig'),
  };
}

/** Verb cues, by Levin-style class. British spellings sit beside American ones. */
export const VERB_CUES: readonly VerbCue[] = [
  // say verbs: the core of news attribution
  v('say', 'speech', 'that quote object-that', 1, 'inv'),
  v('tell', 'speech', 'object-that quote', 0.95, 'inv'),
  v('add', 'speech', 'that quote', 0.9, 'inv sig'),
  v('state', 'speech', 'that quote object', 0.9, 'inv sig'),
  v('explain', 'speech', 'that quote wh', 0.9, 'inv'),
  v('note', 'speech', 'that quote', 0.85, 'inv'),
  v('remark', 'speech', 'that quote', 0.9, 'inv'),
  v('comment', 'speech', 'that quote about', 0.85, 'inv'),
  v('declare', 'speech', 'that quote as', 0.9, 'inv'),
  v('announce', 'speech', 'that quote object', 0.9, 'inv'),
  v('assert', 'speech', 'that quote', 0.95, 'inv'),
  v('claim', 'speech', 'that quote to object', 0.95, 'inv'),
  v('contend', 'speech', 'that quote', 0.9, 'inv'),
  v('maintain', 'speech', 'that quote', 0.8, 'inv sig'),
  v('insist', 'speech', 'that quote', 0.95, 'inv'),
  v('argue', 'speech', 'that quote', 0.95, 'inv'),
  v('reply', 'speech', 'that quote', 0.95, 'inv'),
  v('respond', 'speech', 'that quote', 0.85, 'inv'),
  v('answer', 'speech', 'that quote', 0.8, 'inv sig'),
  v('retort', 'speech', 'that quote', 0.95, 'inv'),
  v('rejoin', 'speech', 'that quote', 0.8, 'inv sig'),
  v('counter', 'speech', 'that quote', 0.9, 'inv'),
  v('quip', 'speech', 'that quote', 0.95, 'inv'),
  v('joke', 'speech', 'that quote about', 0.9, 'inv'),
  v('continue', 'speech', 'that quote', 0.8, 'inv sig'),
  v('conclude', 'speech', 'that quote', 0.8, 'inv'),
  v('recall', 'speech', 'that quote', 0.85, 'inv'),
  v('reiterate', 'speech', 'that quote object', 0.9, 'inv'),
  v('repeat', 'speech', 'that quote object', 0.7, 'inv'),
  v('emphasize', 'speech', 'that quote object', 0.85, 'inv'),
  v('stress', 'speech', 'that quote object', 0.8, 'inv'),
  v('underscore', 'speech', 'that object', 0.75),
  v('underline', 'speech', 'that object', 0.6),
  v('acknowledge', 'speech', 'that quote object', 0.9, 'inv'),
  v('admit', 'speech', 'that quote object to', 0.9, 'inv'),
  v('concede', 'speech', 'that quote', 0.9, 'inv'),
  v('confess', 'speech', 'that quote to', 0.9, 'inv'),
  v('confirm', 'speech', 'that quote object', 0.9, 'inv'),
  v('deny', 'speech', 'that quote object', 0.9, 'inv'),
  v('disclose', 'speech', 'that object', 0.85),
  v('reveal', 'speech', 'that object', 0.8),
  v('report', 'speech', 'that object', 0.85, 'inv'),
  v('observe', 'speech', 'that quote', 0.75, 'inv sig'),
  v('mention', 'speech', 'that object', 0.8),
  v('suggest', 'speech', 'that quote', 0.8, 'inv'),
  v('propose', 'speech', 'that object to', 0.7),
  v('predict', 'speech', 'that quote', 0.85, 'inv'),
  v('forecast', 'speech', 'that', 0.8),
  v('estimate', 'speech', 'that', 0.7),
  v('promise', 'speech', 'that quote to object', 0.85, 'inv'),
  v('vow', 'speech', 'that quote to', 0.9, 'inv'),
  v('pledge', 'speech', 'that quote to', 0.9, 'inv'),
  v('swear', 'speech', 'that quote to', 0.8),
  v('guarantee', 'speech', 'that', 0.6),
  v('warn', 'speech', 'that quote object-that of', 0.95, 'inv'),
  v('caution', 'speech', 'that quote object-that', 0.85, 'inv'),
  v('threaten', 'speech', 'that to', 0.85),
  v('urge', 'speech', 'quote object to', 0.85, 'inv'),
  v('demand', 'speech', 'that quote object', 0.85, 'inv'),
  v('ask', 'speech', 'quote wh object to', 0.9, 'inv'),
  v('inquire', 'speech', 'quote wh', 0.9, 'inv'),
  v('enquire', 'speech', 'quote wh', 0.9, 'inv'),
  v('wonder', 'belief', 'quote wh', 0.7, 'inv'),
  v('question', 'speech', 'wh object', 0.6),
  v('testify', 'speech', 'that about', 0.95),
  v('allege', 'speech', 'that', 0.95),
  v('agree', 'speech', 'that quote', 0.75, 'inv'),
  v('disagree', 'speech', 'that quote', 0.75, 'inv'),
  v('concur', 'speech', 'that quote', 0.8, 'inv'),
  v('affirm', 'speech', 'that quote', 0.9, 'inv'),
  v('reaffirm', 'speech', 'that object', 0.85),
  v('aver', 'speech', 'that quote', 0.9, 'inv'),
  v('avow', 'speech', 'that', 0.85),
  v('attest', 'speech', 'that', 0.85),
  v('certify', 'speech', 'that', 0.5),
  v('assure', 'speech', 'object-that quote', 0.9, 'inv'),
  v('reassure', 'speech', 'object-that quote', 0.85, 'inv'),
  v('inform', 'speech', 'object-that', 0.85),
  v('notify', 'speech', 'object-that', 0.7),
  v('advise', 'speech', 'object-that quote to', 0.8, 'inv'),
  v('remind', 'speech', 'object-that quote', 0.85, 'inv'),
  v('brief', 'speech', 'object', 0.6),
  v('instruct', 'speech', 'object-that to', 0.7),
  v('order', 'speech', 'that to', 0.6),
  v('request', 'speech', 'that object', 0.8),
  v('plead', 'speech', 'quote for', 0.85, 'inv'),
  v('beg', 'speech', 'quote to', 0.8, 'inv'),
  v('implore', 'speech', 'quote to', 0.9, 'inv'),
  v('beseech', 'speech', 'quote to', 0.9, 'inv'),
  v('appeal', 'speech', 'for to', 0.6),
  v('recommend', 'speech', 'that object', 0.8),
  v('advocate', 'speech', 'object for', 0.7),
  v('describe', 'speech', 'as object', 0.8),
  v('characterize', 'speech', 'as', 0.85),
  v('portray', 'speech', 'as', 0.6),
  v('depict', 'speech', 'as', 0.5),
  v('label', 'speech', 'as object', 0.7),
  v('term', 'speech', 'object', 0.8),
  v('dub', 'speech', 'object', 0.7),
  v('brand', 'speech', 'as object', 0.7),
  v('call', 'speech', 'object for quote', 0.6),
  v('refer', 'speech', 'as', 0.5),
  v('hint', 'speech', 'that', 0.85),
  v('imply', 'speech', 'that', 0.8),
  v('insinuate', 'speech', 'that', 0.85),
  v('indicate', 'speech', 'that', 0.75),
  v('signal', 'speech', 'that', 0.7),
  v('speculate', 'belief', 'that quote', 0.9, 'inv'),
  v('posit', 'speech', 'that', 0.9),
  v('theorize', 'belief', 'that', 0.85),
  v('hypothesize', 'belief', 'that', 0.85),
  v('surmise', 'belief', 'that', 0.85),
  v('guess', 'belief', 'that quote', 0.75, 'inv'),
  v('reckon', 'belief', 'that quote', 0.8, 'inv'),
  v('proclaim', 'speech', 'that quote', 0.9, 'inv'),
  v('pronounce', 'speech', 'that', 0.6),
  v('preach', 'speech', 'that', 0.7),
  v('lecture', 'speech', 'about', 0.5),
  v('clarify', 'speech', 'that', 0.85, 'inv'),
  v('elaborate', 'speech', 'that', 0.75, 'inv'),
  v('specify', 'speech', 'that', 0.7),
  v('summarize', 'speech', 'quote', 0.6, 'inv'),
  v('recount', 'speech', 'that quote', 0.85, 'inv'),
  v('narrate', 'speech', 'quote', 0.7),
  v('recite', 'speech', 'object', 0.6),
  v('quote', 'speech', 'object as', 0.8),
  v('cite', 'speech', 'object as', 0.75),
  v('echo', 'speech', 'object', 0.6),
  v('discuss', 'speech', 'object', 0.5),
  v('debate', 'speech', 'object wh', 0.4),
  v('talk', 'speech', 'about', 0.45),
  v('speak', 'speech', 'about of', 0.55),
  v('chat', 'speech', 'about', 0.5),
  v('boast', 'speech', 'that quote about of', 0.9, 'inv'),
  v('brag', 'speech', 'that quote about', 0.9, 'inv'),
  v('gloat', 'speech', 'that quote', 0.85, 'inv'),
  v('exclaim', 'speech', 'that quote', 0.95, 'inv'),
  v('apologize', 'speech', 'for quote', 0.8, 'inv'),
  v('sympathize', 'speech', 'quote', 0.4),
  v('object', 'speech', 'that quote', 0.8, 'inv'),
  v('protest', 'speech', 'that quote', 0.8, 'inv'),
  v('dissent', 'speech', 'quote', 0.7),
  v('demur', 'speech', 'quote', 0.7, 'inv'),
  v('retract', 'speech', 'object', 0.5),
  v('recant', 'speech', 'object', 0.6),
  v('lie', 'speech', 'that about', 0.6, '-'),
  v('exaggerate', 'speech', 'object', 0.5),
  v('interject', 'speech', 'quote', 0.9, 'inv'),
  v('interrupt', 'speech', 'quote', 0.7, 'inv sig'),
  v('chime', 'speech', 'quote', 0.7, 'inv sig'),
  v('volunteer', 'speech', 'that quote', 0.7, 'inv sig'),
  v('offer', 'speech', 'quote object', 0.35, 'inv'),
  v('muse', 'speech', 'that quote', 0.9, 'inv'),
  v('reflect', 'speech', 'that quote', 0.7, 'inv sig'),
  v('reason', 'speech', 'that quote', 0.85, 'inv'),
  v('submit', 'speech', 'that', 0.5),
  v('decline', 'speech', 'to', 0.6),
  v('refuse', 'intention', 'to', 0.5),
  v('prompt', 'speech', 'quote', 0.3, 'inv sig'),
  v('begin', 'speech', 'quote', 0.3, 'inv sig'),
  v('start', 'speech', 'quote', 0.3, 'inv sig'),
  v('finish', 'speech', 'quote', 0.3, 'inv sig'),
  v('correct', 'speech', 'quote', 0.5, 'inv sig'),

  // manner of speaking: mostly found after a quote
  v('shout', 'speech', 'that quote', 0.9, 'inv'),
  v('yell', 'speech', 'that quote', 0.9, 'inv'),
  v('scream', 'speech', 'that quote', 0.85, 'inv'),
  v('cry', 'speech', 'quote', 0.6, 'inv sig'),
  v('whisper', 'speech', 'that quote', 0.9, 'inv'),
  v('mutter', 'speech', 'that quote', 0.9, 'inv'),
  v('murmur', 'speech', 'that quote', 0.85, 'inv'),
  v('mumble', 'speech', 'that quote', 0.85, 'inv'),
  v('sigh', 'speech', 'quote', 0.8, 'inv'),
  v('snap', 'speech', 'quote', 0.7, 'inv sig'),
  v('snarl', 'speech', 'quote', 0.8, 'inv -'),
  v('growl', 'speech', 'quote', 0.8, 'inv'),
  v('bark', 'speech', 'quote', 0.6, 'inv sig'),
  v('thunder', 'speech', 'that quote', 0.7, 'inv'),
  v('roar', 'speech', 'quote', 0.6, 'inv sig'),
  v('bellow', 'speech', 'quote', 0.85, 'inv'),
  v('chuckle', 'speech', 'quote', 0.6, 'inv sig'),
  v('laugh', 'speech', 'quote', 0.5, 'inv sig'),
  v('scoff', 'speech', 'that quote about', 0.8, 'inv -'),
  v('sneer', 'speech', 'quote', 0.8, 'inv -'),
  v('tease', 'speech', 'quote', 0.6, 'inv'),
  v('chant', 'speech', 'quote', 0.7, 'inv'),
  v('stammer', 'speech', 'quote', 0.85, 'inv'),
  v('stutter', 'speech', 'quote', 0.8, 'inv'),
  v('blurt', 'speech', 'quote', 0.85, 'inv'),
  v('gush', 'speech', 'that quote', 0.85, 'inv +'),
  v('rave', 'speech', 'about quote', 0.7, 'inv +'),
  v('crow', 'speech', 'that quote', 0.7, 'inv sig'),
  v('drawl', 'speech', 'quote', 0.85, 'inv'),
  v('wail', 'speech', 'quote', 0.7, 'inv'),

  // complaining and criticising (evaluative -1)
  v('complain', 'speech', 'that quote about', 0.9, 'inv -'),
  v('grumble', 'speech', 'that quote about', 0.9, 'inv -'),
  v('gripe', 'speech', 'that quote about', 0.9, 'inv -'),
  v('moan', 'speech', 'that quote about', 0.8, 'inv -'),
  v('whine', 'speech', 'that quote about', 0.8, 'inv -'),
  v('lament', 'speech', 'that quote object', 0.9, 'inv -'),
  v('bemoan', 'speech', 'that object', 0.9, '-'),
  v('rant', 'speech', 'that quote about', 0.8, 'inv -'),
  v('rail', 'speech', 'about', 0.7, '-'),
  v('fume', 'speech', 'that quote', 0.8, 'inv -'),
  v('seethe', 'speech', 'quote', 0.6, 'inv -'),
  v('vent', 'speech', 'about', 0.6, '-'),
  v('criticize', 'speech', 'object for', 0.9, '-'),
  v('condemn', 'speech', 'object for as', 0.9, '-'),
  v('denounce', 'speech', 'object for as', 0.9, '-'),
  v('decry', 'speech', 'object as', 0.9, '-'),
  v('deplore', 'speech', 'object', 0.85, '-'),
  v('slam', 'speech', 'object for as', 0.85, '-'),
  v('blast', 'speech', 'object for as', 0.85, '-'),
  v('lambaste', 'speech', 'object for as', 0.9, '-'),
  v('assail', 'speech', 'object for as', 0.85, '-'),
  v('berate', 'speech', 'object for', 0.85, '-'),
  v('chide', 'speech', 'object for', 0.85, '-'),
  v('scold', 'speech', 'object for', 0.85, '-'),
  v('rebuke', 'speech', 'object for', 0.85, '-'),
  v('reprimand', 'speech', 'object for', 0.7, '-'),
  v('admonish', 'speech', 'object for', 0.8, '-'),
  v('castigate', 'speech', 'object for', 0.85, '-'),
  v('excoriate', 'speech', 'object for', 0.85, '-'),
  v('upbraid', 'speech', 'object for', 0.85, '-'),
  v('censure', 'speech', 'object for', 0.6, '-'),
  v('deride', 'speech', 'object as', 0.85, '-'),
  v('mock', 'speech', 'object for as', 0.8, '-'),
  v('ridicule', 'speech', 'object for as', 0.8, '-'),
  v('lampoon', 'speech', 'object', 0.7, '-'),
  v('disparage', 'speech', 'object', 0.8, '-'),
  v('belittle', 'speech', 'object', 0.8, '-'),
  v('denigrate', 'speech', 'object', 0.8, '-'),
  v('demonize', 'speech', 'object', 0.6, '-'),
  v('vilify', 'speech', 'object', 0.7, '-'),
  v('malign', 'speech', 'object', 0.7, '-'),
  v('smear', 'speech', 'object as', 0.6, '-'),
  v('slander', 'speech', 'object', 0.7, '-'),
  v('insult', 'speech', 'object', 0.7, '-'),
  v('taunt', 'speech', 'object quote', 0.75, 'inv -'),
  v('savage', 'speech', 'object', 0.6, '-'),
  v('skewer', 'speech', 'object', 0.6, '-'),
  v('pillory', 'speech', 'object', 0.7, '-'),
  v('attack', 'speech', 'object for as', 0.55, '-'),
  v('bash', 'speech', 'object', 0.6, '-'),
  v('knock', 'speech', 'object for', 0.4, '-'),
  v('trash', 'speech', 'object', 0.5, '-'),
  v('pan', 'speech', 'object', 0.4, '-'),
  v('dismiss', 'speech', 'object as', 0.6, '-'),
  v('disavow', 'speech', 'object', 0.8, '-'),
  v('repudiate', 'speech', 'object', 0.8, '-'),
  v('reject', 'speech', 'object as', 0.6, '-'),
  v('rebut', 'speech', 'object', 0.85, '-'),
  v('refute', 'speech', 'object', 0.85, '-'),
  v('contradict', 'speech', 'object', 0.65, '-'),
  v('dispute', 'speech', 'that object', 0.8, '-'),
  v('challenge', 'speech', 'object', 0.5, '-'),
  v('accuse', 'speech', 'of object', 0.9, '-'),
  v('charge', 'speech', 'that', 0.6, '- sig'),
  v('blame', 'speech', 'for object', 0.8, '-'),
  v('fault', 'speech', 'for object', 0.7, '-'),
  v('oppose', 'belief', 'object', 0.5, '-'),
  v('harangue', 'speech', 'object', 0.7, '-'),

  // praising (evaluative +1)
  v('praise', 'speech', 'object for as', 0.9, '+'),
  v('laud', 'speech', 'object for as', 0.9, '+'),
  v('hail', 'speech', 'object for as', 0.85, '+'),
  v('commend', 'speech', 'object for', 0.9, '+'),
  v('applaud', 'speech', 'object for', 0.8, '+'),
  v('compliment', 'speech', 'object for', 0.85, '+'),
  v('congratulate', 'speech', 'object for', 0.85, '+'),
  v('thank', 'speech', 'object for', 0.8, '+'),
  v('salute', 'speech', 'object for', 0.7, '+'),
  v('extol', 'speech', 'object', 0.85, '+'),
  v('acclaim', 'speech', 'object as', 0.8, '+'),
  v('tout', 'speech', 'object as', 0.85, '+'),
  v('credit', 'speech', 'object for', 0.7, '+'),
  v('endorse', 'speech', 'object', 0.8, '+'),
  v('celebrate', 'speech', 'object', 0.5, '+'),
  v('welcome', 'speech', 'object', 0.6, '+'),
  v('defend', 'speech', 'object as', 0.6, '+'),
  v('champion', 'speech', 'object', 0.5, '+'),
  v('cheer', 'speech', 'object', 0.4, '+'),
  v('honor', 'speech', 'object', 0.4, '+'),
  v('support', 'belief', 'object', 0.45, '+'),
  v('back', 'belief', 'object', 0.4, '+'),
  v('admire', 'belief', 'object for', 0.6, '+'),

  // writing and posting
  v('write', 'writing', 'that quote', 0.95, 'inv'),
  v('pen', 'writing', 'object', 0.6),
  v('publish', 'writing', 'object', 0.5),
  v('editorialize', 'writing', 'that', 0.9),
  v('opine', 'writing', 'that quote', 0.95, 'inv'),
  v('blog', 'post', 'that quote', 0.9, 'inv'),
  v('email', 'writing', 'that quote object-that', 0.5, 'inv sig'),
  v('text', 'writing', 'that quote object-that', 0.5, 'inv sig'),
  v('message', 'writing', 'that quote', 0.5, 'inv'),
  v('post', 'post', 'that quote', 0.85, 'inv sig'),
  v('repost', 'post', 'object', 0.7),
  v('tweet', 'post', 'that quote', 1, 'inv'),
  v('retweet', 'post', 'object quote', 0.8, 'inv'),
  v('caption', 'post', 'quote', 0.6, 'inv'),
  v('share', 'post', 'object', 0.3),
  v('sign', 'writing', 'object', 0.15),

  // beliefs
  v('believe', 'belief', 'that', 0.75),
  v('think', 'belief', 'that', 0.6),
  v('feel', 'belief', 'that', 0.5),
  v('suspect', 'belief', 'that', 0.7),
  v('doubt', 'belief', 'that', 0.7),
  v('worry', 'belief', 'that about', 0.7),
  v('fear', 'belief', 'that', 0.75),
  v('hope', 'belief', 'that to', 0.7),
  v('expect', 'belief', 'that to', 0.65),
  v('assume', 'belief', 'that', 0.7),
  v('presume', 'belief', 'that', 0.7),
  v('suppose', 'belief', 'that', 0.6),
  v('imagine', 'belief', 'that', 0.5),
  v('consider', 'belief', 'that object', 0.5),
  v('regard', 'belief', 'as', 0.5),
  v('view', 'belief', 'as', 0.5),
  v('deem', 'belief', 'object', 0.6),
  v('judge', 'belief', 'that', 0.5),
  v('know', 'belief', 'that', 0.5),
  v('realize', 'belief', 'that', 0.6),
  v('understand', 'belief', 'that', 0.3),
  v('recognize', 'belief', 'that', 0.5),
  v('accept', 'belief', 'that', 0.3),
  v('trust', 'belief', 'that', 0.4),
  v('sense', 'belief', 'that', 0.5),
  v('bet', 'belief', 'that', 0.5),
  v('figure', 'belief', 'that', 0.5),
  v('decide', 'intention', 'that to', 0.5),
  v('seem', 'belief', 'to that', 0.4),
  v('appear', 'belief', 'to that', 0.35),
  v('dread', 'belief', 'that', 0.6),
  v('anticipate', 'belief', 'that', 0.6),
  v('envision', 'belief', 'that', 0.6),
  v('envisage', 'belief', 'that', 0.6),
  v('foresee', 'belief', 'that', 0.65),
  v('prefer', 'intention', 'to object', 0.5),
  v('favor', 'belief', 'object', 0.5, '+'),
  v('like', 'belief', 'object to', 0.15, '+'),
  v('love', 'belief', 'object to', 0.15, '+'),
  v('hate', 'belief', 'object to', 0.3, '-'),
  v('dislike', 'belief', 'object', 0.4, '-'),
  v('distrust', 'belief', 'object', 0.5, '-'),
  v('mistrust', 'belief', 'object', 0.5, '-'),
  v('resent', 'belief', 'object', 0.5, '-'),
  v('regret', 'belief', 'that object', 0.6),
  v('wish', 'intention', 'that to', 0.6),

  // intentions
  v('want', 'intention', 'to object', 0.55),
  v('plan', 'intention', 'to', 0.7),
  v('intend', 'intention', 'to', 0.8),
  v('aim', 'intention', 'to', 0.6),
  v('seek', 'intention', 'to object', 0.6),
  v('mean', 'intention', 'to', 0.15),
  v('try', 'intention', 'to', 0.15),
  v('attempt', 'intention', 'to', 0.3),
  v('strive', 'intention', 'to', 0.4),
  v('resolve', 'intention', 'to', 0.4),
  v('desire', 'intention', 'to object', 0.6),
  v('need', 'intention', 'to', 0.1),
  v('push', 'intention', 'for', 0.35),
  v('lobby', 'intention', 'for', 0.5),
  v('campaign', 'intention', 'for', 0.2),
  v('press', 'speech', 'for object', 0.4),

  v('reference', 'speech', 'object', 0.55),
  v('invoke', 'speech', 'object', 0.5),
  v('highlight', 'speech', 'that object', 0.5),
  v('determine', 'belief', 'that', 0.5, 'sig'),
  v('rule', 'speech', 'that', 0.65, 'sig'),
  v('compare', 'speech', 'object', 0.25),
  v('list', 'speech', 'object as', 0.35),
  v('address', 'speech', 'object', 0.3),
  v('remember', 'belief', 'that', 0.45),
  v('express', 'speech', 'object', 0.75),
  v('identify', 'belief', 'as', 0.35),
  v('cast', 'speech', 'as', 0.35),
  v('release', 'writing', 'object', 0.35),
  v('issue', 'writing', 'object', 0.4),
  v('deliver', 'speech', 'object', 0.35),
  v('project', 'belief', 'that', 0.5, 'sig'),
  v('promote', 'speech', 'object', 0.3, '+'),
  v('embrace', 'belief', 'object', 0.4, '+'),
  v('downplay', 'speech', 'object', 0.55),
  v('outline', 'speech', 'object', 0.5),
  v('detail', 'speech', 'object', 0.4),
  v('paint', 'speech', 'as', 0.35),
  v('herald', 'speech', 'object as', 0.5, '+'),
  v('rebuff', 'speech', 'object', 0.6, '-'),
  v('rip', 'speech', 'object', 0.35, '-'),
  v('persuade', 'speech', 'to object-that', 0.3),
  v('convince', 'speech', 'to object-that', 0.3),
  v('raise', 'speech', 'object', 0.3, 'sig'),
  v('encourage', 'speech', 'to object', 0.5),
  v('heckle', 'speech', 'object quote', 0.6, 'inv -'),

  // perception and evidence ("a poll shows …", "the report found …")
  v('see', 'perception', 'that object as', 0.5),
  v('hear', 'perception', 'that object', 0.25),
  v('notice', 'perception', 'that', 0.5),
  v('witness', 'perception', 'object', 0.5),
  v('watch', 'perception', 'object', 0.1),
  v('find', 'perception', 'that', 0.4),
  v('discover', 'perception', 'that', 0.5),
  v('learn', 'perception', 'that', 0.5),
  v('read', 'perception', 'that', 0.3),
  v('spot', 'perception', 'object', 0.3),
  v('perceive', 'perception', 'that', 0.5),
  v('show', 'perception', 'that', 0.45),
  v('demonstrate', 'perception', 'that', 0.45),
  v('prove', 'perception', 'that', 0.25),
  v('establish', 'perception', 'that', 0.3),
  v('document', 'writing', 'that', 0.4),
  v('record', 'writing', 'that', 0.3),
  v('point', 'speech', 'to', 0.4),
];

/**
 * Inflected forms whose wink-nlp lemma is wrong or missing, mapped to the cue lemma.
 * Checked with `readTokens` on sentences such as "She lambasted the plan."; rebuild with
 * `node scripts/survey-polnear-cues.mjs --check-forms` after adding verbs.
 */
export const CUE_FORMS: Readonly<Record<string, string>> = {
  lambasted: 'lambaste',
  lambasting: 'lambaste',
  lambastes: 'lambaste',
  lambasts: 'lambaste',
  griped: 'gripe',
  griping: 'gripe',
  texted: 'text',
  texting: 'text',
  reposted: 'repost',
  reposting: 'repost',
  reposts: 'repost',
  retweeted: 'retweet',
  retweeting: 'retweet',
  retweets: 'retweet',
  affirms: 'affirm',
  avers: 'aver',
  averred: 'aver',
  avows: 'avow',
  avowed: 'avow',
  attested: 'attest',
  attests: 'attest',
  beseeches: 'beseech',
  besought: 'beseech',
  branded: 'brand',
  snarled: 'snarl',
  snarls: 'snarl',
  bellowed: 'bellow',
  blurts: 'blurt',
  blurted: 'blurt',
  fumed: 'fume',
  fumes: 'fume',
  seethes: 'seethe',
  seethed: 'seethe',
  assails: 'assail',
  assailed: 'assail',
  admonishes: 'admonish',
  admonished: 'admonish',
  excoriates: 'excoriate',
  excoriated: 'excoriate',
  belittled: 'belittle',
  belittles: 'belittle',
  denigrates: 'denigrate',
  denigrated: 'denigrate',
  disavows: 'disavow',
  disavowed: 'disavow',
  recants: 'recant',
  recanted: 'recant',
  elaborated: 'elaborate',
  learnt: 'learn',
  'e-mailed': 'email',
  'e-mails': 'email',
  'e-mailing': 'email',
  emailed: 'email',
  emails: 'email',
  emailing: 'email',
};

export interface PhraseCue {
  /**
   * The words, one element per token. An element lists alternatives with `|`, matched
   * against the token's lemma or lower-case form; an alternative of several words joins them
   * with `_` ("truth_social", "op_-_ed"). Special elements:
   * `<D>` a determiner or possessive ("a", "the", "his"), `<M>` a modifier (adjective, proper
   * noun, noun or possessive 's), `<ANY>` any word but punctuation, `<VERB>` a verb cue
   * (its row then gives the properties). A trailing `?` makes the element optional and a
   * trailing `*` lets it repeat up to three times (optional too).
   */
  readonly pattern: string;
  /** The lemma the match reports; when absent, the `<VERB>` element's lemma. */
  readonly lemma?: string;
  readonly kind?: CueKind;
  readonly complement?: readonly CueComplement[];
  readonly inversion?: boolean;
  readonly evaluative?: CueEvaluation;
  readonly confidence?: number;
  readonly source?: CueSource;
}

const PLATFORMS = ['twitter', 'x', 'facebook', 'instagram', 'truth social', 'threads', 'tiktok', 'youtube',
  'linkedin', 'telegram', 'social media', 'gettr', 'parler', 'bluesky', 'mastodon', 'weibo', 'reddit', 'snapchat',
  'medium', 'substack'];

/** Nouns that frame a statement: "in a statement", "in an interview", "in a tweet". */
const FRAME_NOUNS: Readonly<Record<CueKind, readonly string[]>> = {
  speech: ['statement', 'interview', 'speech', 'remark', 'comment', 'address', 'conversation', 'appearance',
    'briefing', 'sermon', 'announcement', 'testimony', 'podcast', 'press conference', 'news conference', 'phone call',
    'radio interview', 'television interview', 'tv interview', 'phone interview', 'monologue', 'eulogy', 'deposition',
    'keynote'],
  writing: ['letter', 'op-ed', 'op - ed', 'oped', 'column', 'editorial', 'essay', 'memo', 'memorandum', 'email', 'e-mail',
    'filing', 'book', 'memoir', 'press release', 'release', 'text message', 'message', 'affidavit', 'court filing',
    'fundraising email', 'newsletter', 'blog', 'blog post', 'manifesto', 'opinion piece', 'commentary', 'foreword'],
  post: ['tweet', 'post', 'thread', 'retweet', 'facebook post', 'instagram post', 'social media post', 'twitter post',
    'truth social post', 'online post', 'livestream', 'x post'],
  belief: [],
  intention: [],
  perception: [],
};

/**
 * Multi-word cues. Longest match wins; a phrase beats the single verb it starts with.
 * Two frames are built from tables below: "in a statement" (`FRAME_NOUNS`) and
 * "posted on Twitter" (`PLATFORMS`).
 */
export const PHRASE_CUES: readonly PhraseCue[] = [
  { pattern: 'according to', lemma: 'according to', kind: 'speech', complement: ['that'], confidence: 1, source: 'after' },
  { pattern: 'according to <D>? <M>* (statement|report|account|transcript|filing|complaint|document|source|poll|survey|study|analysis|estimate|data|figure)',
    lemma: 'according to', kind: 'speech', complement: ['that'], confidence: 0.9, source: 'after' },
  { pattern: 'in the words of', lemma: 'in the words of', kind: 'speech', complement: ['quote', 'that'], confidence: 0.95, source: 'after' },
  { pattern: 'to quote', lemma: 'quote', kind: 'speech', complement: ['quote'], confidence: 0.8, source: 'after' },
  { pattern: 'as <ANY>* have? put it', lemma: 'put it', kind: 'speech', complement: ['quote', 'that'], confidence: 0.95, source: 'inside' },
  { pattern: 'per', lemma: 'per', kind: 'speech', complement: ['that'], confidence: 0.6, source: 'after' },
  { pattern: 'via', lemma: 'via', kind: 'speech', complement: ['that'], confidence: 0.25, source: 'after' },
  { pattern: 'citing', lemma: 'cite', kind: 'speech', complement: ['object'], confidence: 0.6, source: 'after' },
  { pattern: 'quote as say', lemma: 'say', kind: 'speech', complement: ['quote', 'that'], confidence: 0.95 },
  { pattern: 'quote as tell', lemma: 'tell', kind: 'speech', complement: ['quote', 'object-that'], confidence: 0.95 },
  { pattern: 'cite as say', lemma: 'say', kind: 'speech', complement: ['quote', 'that'], confidence: 0.9 },
  { pattern: 'report as say', lemma: 'say', kind: 'speech', complement: ['quote', 'that'], confidence: 0.9 },
  { pattern: 'hear say', lemma: 'say', kind: 'speech', complement: ['quote', 'that'], confidence: 0.8 },
  { pattern: 'go on to <VERB>' },
  { pattern: 'make it? (clear|plain|known|obvious)', lemma: 'make clear', kind: 'speech', complement: ['that'], confidence: 0.9 },
  { pattern: 'make the case', lemma: 'make the case', kind: 'speech', complement: ['that', 'for'], confidence: 0.8 },
  { pattern: 'make no secret', lemma: 'make no secret', kind: 'speech', complement: ['of', 'that'], confidence: 0.8 },
  { pattern: 'make the point', lemma: 'make the point', kind: 'speech', complement: ['that'], confidence: 0.85 },
  { pattern: 'point out', lemma: 'point out', kind: 'speech', complement: ['that', 'quote'], inversion: true, confidence: 0.95 },
  { pattern: 'spell out', lemma: 'spell out', kind: 'speech', complement: ['object', 'wh'], confidence: 0.6 },
  { pattern: 'lay out', lemma: 'lay out', kind: 'speech', complement: ['object'], confidence: 0.5 },
  { pattern: 'speak out', lemma: 'speak out', kind: 'speech', complement: ['about'], confidence: 0.8 },
  { pattern: 'speak up', lemma: 'speak up', kind: 'speech', complement: ['about'], confidence: 0.7 },
  { pattern: 'lash out', lemma: 'lash out', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.85 },
  { pattern: 'hit out', lemma: 'hit out', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.85 },
  { pattern: 'hit back', lemma: 'hit back', kind: 'speech', complement: ['quote', 'object'], inversion: true, evaluative: -1, confidence: 0.85 },
  { pattern: 'fire back', lemma: 'fire back', kind: 'speech', complement: ['quote', 'object'], inversion: true, evaluative: -1, confidence: 0.9 },
  { pattern: 'shoot back', lemma: 'shoot back', kind: 'speech', complement: ['quote'], inversion: true, evaluative: -1, confidence: 0.9 },
  { pattern: 'snap back', lemma: 'snap back', kind: 'speech', complement: ['quote'], inversion: true, confidence: 0.85 },
  { pattern: 'push back', lemma: 'push back', kind: 'speech', complement: ['quote', 'object'], inversion: true, confidence: 0.75 },
  { pattern: 'weigh in', lemma: 'weigh in', kind: 'speech', complement: ['quote', 'about'], confidence: 0.8 },
  { pattern: 'chime in', lemma: 'chime in', kind: 'speech', complement: ['quote'], inversion: true, confidence: 0.9 },
  { pattern: 'pipe up', lemma: 'pipe up', kind: 'speech', complement: ['quote'], inversion: true, confidence: 0.85 },
  { pattern: 'sound off', lemma: 'sound off', kind: 'speech', complement: ['about'], confidence: 0.8 },
  { pattern: 'open up', lemma: 'open up', kind: 'speech', complement: ['about'], confidence: 0.4 },
  { pattern: 'come out (against|for|in)', lemma: 'come out', kind: 'speech', complement: ['object'], confidence: 0.6 },
  { pattern: 'blurt out', lemma: 'blurt out', kind: 'speech', complement: ['quote'], inversion: true, confidence: 0.9 },
  { pattern: 'call for', lemma: 'call for', kind: 'speech', complement: ['object'], confidence: 0.8 },
  { pattern: 'call on', lemma: 'call on', kind: 'speech', complement: ['to', 'object'], confidence: 0.8 },
  { pattern: 'call upon', lemma: 'call on', kind: 'speech', complement: ['to', 'object'], confidence: 0.8 },
  { pattern: 'refer to', lemma: 'refer to', kind: 'speech', complement: ['object', 'as'], confidence: 0.5 },
  { pattern: 'rail against', lemma: 'rail against', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.85 },
  { pattern: 'speak of', lemma: 'speak of', kind: 'speech', complement: ['object'], confidence: 0.7 },
  { pattern: 'talk about', lemma: 'talk about', kind: 'speech', complement: ['object'], confidence: 0.6 },
  { pattern: 'take aim at', lemma: 'take aim at', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.7 },
  { pattern: 'take issue with', lemma: 'take issue with', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.8 },
  { pattern: 'take a swipe at', lemma: 'take a swipe at', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.8 },
  { pattern: 'take a shot at', lemma: 'take a shot at', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.6 },
  { pattern: 'heap praise on', lemma: 'heap praise on', kind: 'speech', complement: ['object'], evaluative: 1, confidence: 0.85 },
  { pattern: 'sing <D>? praise', lemma: 'sing praises', kind: 'speech', complement: ['object'], evaluative: 1, confidence: 0.8 },
  { pattern: 'pay tribute to', lemma: 'pay tribute', kind: 'speech', complement: ['object'], evaluative: 1, confidence: 0.8 },
  { pattern: 'have (high|kind|nice|warm) words for', lemma: 'have kind words', kind: 'speech', complement: ['object'], evaluative: 1, confidence: 0.8 },
  { pattern: 'have (harsh|strong|sharp|tough|choice) words for', lemma: 'have harsh words', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.8 },
  { pattern: 'raise (concern|concerns|question|questions|doubt|doubts|alarm)', lemma: 'raise concerns', kind: 'speech', complement: ['that', 'about'], confidence: 0.7 },
  { pattern: 'express (concern|concerns|doubt|doubts|hope|confidence|support|frustration|regret|skepticism|scepticism|dismay|outrage|anger|disappointment|optimism|gratitude|sympathy|condolences)',
    lemma: 'express', kind: 'speech', complement: ['that', 'about', 'for'], confidence: 0.8 },
  { pattern: 'decline to comment', lemma: 'decline to comment', kind: 'speech', complement: [], confidence: 0.6 },
  { pattern: 'refuse to comment', lemma: 'decline to comment', kind: 'speech', complement: [], confidence: 0.6 },
  { pattern: 'put forward', lemma: 'put forward', kind: 'speech', complement: ['object'], confidence: 0.5 },
  { pattern: 'tell (reporter|reporters|journalist|journalists|supporter|supporters|lawmaker|lawmakers|senator|senators|audience|audiences|crowd|crowds|voter|voters|listener|listeners|viewer|viewers|member|members|colleague|colleagues|student|students|donor|donors)',
    lemma: 'tell', kind: 'speech', complement: ['that', 'quote'], inversion: true, confidence: 1 },
  { pattern: 'tell (the|an|a|his|her|their|a|cheering) (press|audience|crowd|committee|panel|hearing|court|jury|house|senate|chamber|conference|rally|gathering|media|nation|country|newspaper|paper|station|network|magazine|outlet|radio|program|programme|show)',
    lemma: 'tell', kind: 'speech', complement: ['that', 'quote'], inversion: true, confidence: 1 },
  { pattern: 'take to (the|his|her|their)? (airwave|airwaves|floor|podium|stage|microphone|mic|pages|page)', lemma: 'take to', kind: 'speech', complement: ['that', 'quote'], confidence: 0.7 },
  { pattern: '(widely|often|sometimes|frequently|long)? (say|believe|think|report|rumor|rumour|reckon|understand|know|expect|consider) to (be|have)', lemma: 'said to be', kind: 'belief', complement: ['that'], confidence: 0.5 },
  { pattern: 'it be (say|report|believe|claim|allege|understood|understand|known|know|thought|think|expected|expect|feared|fear|rumored|rumoured)',
    lemma: 'it is said', kind: 'speech', complement: ['that'], confidence: 0.6 },
  { pattern: '(spokesperson|spokesman|spokeswoman|spokespeople|spokespersons|spokesmen|spokeswomen) <VERB>', source: 'subject' },
  { pattern: 'put it', lemma: 'put it', kind: 'speech', complement: ['quote', 'that'], inversion: true, confidence: 0.7 },
  { pattern: 'as follow', lemma: 'as follows', kind: 'speech', complement: ['quote'], confidence: 0.8 },
  { pattern: '(shot|shoot) back', lemma: 'shoot back', kind: 'speech', complement: ['quote'], inversion: true, evaluative: -1, confidence: 0.9 },
  { pattern: 'go after', lemma: 'go after', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.35 },
  { pattern: 'poke fun at', lemma: 'poke fun at', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.8 },
  { pattern: 'deliver <D>? <M>* (speech|address|remarks|remark|message|warning|rebuke|statement|eulogy|sermon|lecture|keynote|speeches|warnings|rebukes|statements)',
    lemma: 'deliver', kind: 'speech', complement: ['quote', 'that'], confidence: 0.4 },
  { pattern: 'in <D>? <M>* (poll|polls|survey|surveys|study|studies|average|census|tally|count|ranking|rankings)', lemma: 'in a poll', kind: 'perception', complement: ['that'], confidence: 0.5, source: 'inside' },
  { pattern: 'shrug off', lemma: 'shrug off', kind: 'speech', complement: ['object'], confidence: 0.55 },
  { pattern: 'side with', lemma: 'side with', kind: 'belief', complement: ['object'], evaluative: 1, confidence: 0.5 },
  { pattern: 'vouch for', lemma: 'vouch for', kind: 'speech', complement: ['object'], evaluative: 1, confidence: 0.75 },
  { pattern: 'stand by', lemma: 'stand by', kind: 'belief', complement: ['object'], evaluative: 1, confidence: 0.45 },
  { pattern: 'distance (himself|herself|themselves|itself|themself|myself|ourselves) from', lemma: 'distance', kind: 'speech', complement: ['object'], evaluative: -1, confidence: 0.6 },
  { pattern: 'allude to', lemma: 'allude to', kind: 'speech', complement: ['object'], confidence: 0.7 },
  { pattern: 'hint at', lemma: 'hint at', kind: 'speech', complement: ['object'], confidence: 0.8 },
  { pattern: 'make no mention of', lemma: 'make no mention of', kind: 'speech', complement: ['object'], confidence: 0.6 },
  { pattern: 'in response to', lemma: 'in response to', kind: 'speech', complement: ['quote', 'that'], confidence: 0.35 },
  { pattern: 'seemingly', lemma: 'seemingly', kind: 'belief', complement: ['that'], confidence: 0.15 },
  { pattern: 'reportedly', lemma: 'reportedly', kind: 'speech', complement: ['that'], confidence: 0.6 },
  { pattern: 'allegedly', lemma: 'allegedly', kind: 'speech', complement: ['that'], confidence: 0.5 },
  { pattern: 'purportedly', lemma: 'purportedly', kind: 'speech', complement: ['that'], confidence: 0.5 },
  { pattern: 'supposedly', lemma: 'supposedly', kind: 'speech', complement: ['that'], confidence: 0.4 },
  { pattern: 'reputedly', lemma: 'reputedly', kind: 'speech', complement: ['that'], confidence: 0.4 },
  { pattern: 'apparently', lemma: 'apparently', kind: 'belief', complement: ['that'], confidence: 0.15 },
];

/** An alternatives element: multi-word alternatives join their words with `_` ("truth_social"). */
function alternatives(words: readonly string[]): string {
  return `(${words.map((w) => w.replace(/ /g, '_')).join('|')})`;
}

/** "posted on X", "took to Facebook", "wrote on Truth Social", "in a Facebook post", built once. */
function platformPhrases(): PhraseCue[] {
  const p = alternatives(PLATFORMS);
  return [
    { pattern: `take to ${p}`, lemma: 'take to', kind: 'post', complement: ['that', 'quote'], confidence: 0.95 },
    { pattern: `post (on|to) ${p}`, lemma: 'post', kind: 'post', complement: ['that', 'quote'], inversion: true, confidence: 1 },
    { pattern: `<VERB> on ${p}`, kind: 'post' },
    { pattern: `in <D>? <M>* ${p} (post|posts|message|video|thread|live|livestream|statement)`, lemma: 'in a post', kind: 'post', complement: ['quote', 'that'], confidence: 0.75 },
    { pattern: `on ${p}`, lemma: 'on', kind: 'post', complement: ['quote', 'that'], confidence: 0.3 },
  ];
}

/** "in a statement", "in an interview with", "in a lengthy op-ed", and "said in a statement". */
function framePhrases(): PhraseCue[] {
  const out: PhraseCue[] = [];
  for (const kind of ['speech', 'writing', 'post'] as const) {
    const nouns = FRAME_NOUNS[kind].flatMap((n) => (n.includes(' ') ? [n] : [n, `${n}s`]));
    const tail = alternatives(nouns);
    const confidence = kind === 'post' ? 0.75 : 0.55;
    out.push({ pattern: `in <D>? <M>* ${tail}`, lemma: 'in a statement', kind, complement: ['quote', 'that'], confidence });
    out.push({ pattern: `<VERB> in <D>? <M>* ${tail}`, kind });
  }
  out.push({ pattern: 'write in <D>? <PROPN> <PROPN>? <PROPN>?', lemma: 'write', kind: 'writing', complement: ['that', 'quote'], inversion: true, confidence: 0.95 });
  return out;
}

export const ALL_PHRASE_CUES: readonly PhraseCue[] = [...PHRASE_CUES, ...platformPhrases(), ...framePhrases()];

export interface NounCue {
  readonly lemma: string;
  readonly kind: CueKind;
  /** Words right after the noun that show it introduces content ("claim that", "vow to", "criticism of"). */
  readonly next: readonly string[];
  readonly evaluative: CueEvaluation;
  readonly confidence: number;
}

function n(lemma: string, kind: CueKind, next: string, confidence: number, flags = ''): NounCue {
  return { lemma, kind, next: next.split(' '), evaluative: flags === '+' ? 1 : flags === '-' ? -1 : 0, confidence };
}

const QUOTES_AND_COLON = ': " “ ‘ \' «';

/**
 * Noun cues: they count only when followed by what introduces their content ("the claim that
 * …", "his vow to …", "her criticism of …", "the statement: “…”"), so "an insurance claim", a
 * "thank-you note" or "a $20 note" never match.
 */
export const NOUN_CUES: readonly NounCue[] = [
  n('statement', 'speech', `that ${QUOTES_AND_COLON}`, 0.7),
  n('remark', 'speech', `that about on ${QUOTES_AND_COLON}`, 0.7),
  n('comment', 'speech', `that about on ${QUOTES_AND_COLON}`, 0.7),
  n('claim', 'speech', `that ${QUOTES_AND_COLON}`, 0.85),
  n('assertion', 'speech', `that ${QUOTES_AND_COLON}`, 0.85),
  n('allegation', 'speech', `that of ${QUOTES_AND_COLON}`, 0.85),
  n('accusation', 'speech', `that of ${QUOTES_AND_COLON}`, 0.85, '-'),
  n('charge', 'speech', `that ${QUOTES_AND_COLON}`, 0.7, '-'),
  n('contention', 'speech', `that ${QUOTES_AND_COLON}`, 0.85),
  n('argument', 'speech', `that ${QUOTES_AND_COLON}`, 0.75),
  n('insistence', 'speech', `that on`, 0.85),
  n('admission', 'speech', `that ${QUOTES_AND_COLON}`, 0.8),
  n('denial', 'speech', `that of ${QUOTES_AND_COLON}`, 0.8),
  n('announcement', 'speech', `that of ${QUOTES_AND_COLON}`, 0.8),
  n('declaration', 'speech', `that of ${QUOTES_AND_COLON}`, 0.75),
  n('explanation', 'speech', `that ${QUOTES_AND_COLON}`, 0.7),
  n('suggestion', 'speech', `that ${QUOTES_AND_COLON}`, 0.75),
  n('proposal', 'speech', `that to`, 0.5),
  n('prediction', 'speech', `that ${QUOTES_AND_COLON}`, 0.8),
  n('warning', 'speech', `that of about against ${QUOTES_AND_COLON}`, 0.85),
  n('vow', 'speech', `that to ${QUOTES_AND_COLON}`, 0.85),
  n('promise', 'speech', `that to ${QUOTES_AND_COLON}`, 0.8),
  n('pledge', 'speech', `that to ${QUOTES_AND_COLON}`, 0.85),
  n('threat', 'speech', `that to`, 0.6),
  n('assurance', 'speech', `that ${QUOTES_AND_COLON}`, 0.8),
  n('reminder', 'speech', `that ${QUOTES_AND_COLON}`, 0.6),
  n('demand', 'speech', `that for ${QUOTES_AND_COLON}`, 0.7),
  n('call', 'speech', 'for to', 0.6),
  n('appeal', 'speech', `for to ${QUOTES_AND_COLON}`, 0.6),
  n('plea', 'speech', `for to ${QUOTES_AND_COLON}`, 0.7),
  n('request', 'speech', `for to that`, 0.5),
  n('question', 'speech', `${QUOTES_AND_COLON} whether`, 0.4),
  n('response', 'speech', `${QUOTES_AND_COLON}`, 0.5),
  n('reply', 'speech', `${QUOTES_AND_COLON}`, 0.5),
  n('answer', 'speech', `${QUOTES_AND_COLON}`, 0.4),
  n('retort', 'speech', `${QUOTES_AND_COLON}`, 0.8),
  n('complaint', 'speech', `that about ${QUOTES_AND_COLON}`, 0.75, '-'),
  n('criticism', 'speech', `of that ${QUOTES_AND_COLON}`, 0.8, '-'),
  n('critique', 'speech', `of that ${QUOTES_AND_COLON}`, 0.8, '-'),
  n('condemnation', 'speech', `of ${QUOTES_AND_COLON}`, 0.8, '-'),
  n('denunciation', 'speech', `of ${QUOTES_AND_COLON}`, 0.8, '-'),
  n('attack', 'speech', `on against ${QUOTES_AND_COLON}`, 0.5, '-'),
  n('rebuke', 'speech', `of to ${QUOTES_AND_COLON}`, 0.75, '-'),
  n('praise', 'speech', `for of ${QUOTES_AND_COLON}`, 0.75, '+'),
  n('endorsement', 'speech', `of ${QUOTES_AND_COLON}`, 0.7, '+'),
  n('testimony', 'speech', `that about ${QUOTES_AND_COLON}`, 0.8),
  n('speech', 'speech', `${QUOTES_AND_COLON}`, 0.5),
  n('interview', 'speech', `${QUOTES_AND_COLON}`, 0.5),
  n('tweet', 'post', `that about ${QUOTES_AND_COLON}`, 0.8),
  n('post', 'post', `${QUOTES_AND_COLON}`, 0.6),
  n('letter', 'writing', `${QUOTES_AND_COLON}`, 0.5),
  n('belief', 'belief', 'that', 0.75),
  n('view', 'belief', 'that', 0.6),
  n('opinion', 'belief', 'that', 0.6),
  n('conviction', 'belief', 'that', 0.7),
  n('hope', 'belief', 'that', 0.65),
  n('fear', 'belief', 'that', 0.65),
  n('concern', 'belief', 'that about', 0.55),
  n('worry', 'belief', 'that about', 0.6),
  n('doubt', 'belief', 'that about', 0.55),
  n('suspicion', 'belief', 'that', 0.65),
  n('expectation', 'belief', 'that', 0.6),
  n('assumption', 'belief', 'that', 0.6),
  n('assessment', 'belief', `that ${QUOTES_AND_COLON}`, 0.65),
  n('conclusion', 'belief', `that ${QUOTES_AND_COLON}`, 0.6),
  n('finding', 'perception', 'that', 0.5),
  n('plan', 'intention', 'to', 0.55),
  n('intention', 'intention', 'to', 0.7),
  n('bid', 'intention', 'to', 0.5),
  n('desire', 'intention', 'to for', 0.6),
  n('determination', 'intention', 'to', 0.6),
  n('decision', 'intention', 'to', 0.45),
  n('refusal', 'intention', 'to', 0.55),
  n('idea', 'belief', 'that', 0.4),
  n('notion', 'belief', 'that', 0.5),
  n('impression', 'belief', 'that', 0.5),
  n('estimate', 'belief', 'that', 0.55),
  n('sense', 'belief', 'that', 0.45),
  n('confidence', 'belief', 'that', 0.5),
  n('recognition', 'belief', 'that', 0.5),
  n('acknowledgment', 'speech', 'that', 0.7),
  n('acknowledgement', 'speech', 'that', 0.7),
  n('confirmation', 'speech', 'that', 0.6),
  n('insinuation', 'speech', 'that', 0.8),
  n('implication', 'speech', 'that', 0.5),
  n('rumor', 'speech', 'that', 0.6),
  n('rumour', 'speech', 'that', 0.6),
  n('report', 'speech', 'that', 0.6),
  n('note', 'writing', 'that', 0.5),
  n('show', 'perception', 'that', 0.4),
  n('support', 'belief', 'for of', 0.5, '+'),
  n('opposition', 'belief', 'to', 0.5, '-'),
  n('advice', 'speech', `to that ${QUOTES_AND_COLON}`, 0.5),
  n('speculation', 'belief', 'that about', 0.5),
  n('message', 'speech', `of that ${QUOTES_AND_COLON}`, 0.5),
];

export interface AdjectiveCue {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly confidence: number;
  /** For adjectives followed by "of": the judgement of its object ("critical of" -1). */
  readonly evaluative?: CueEvaluation;
  /** Takes an "of" object ("critical of the plan") rather than a clause. */
  readonly of?: boolean;
}

/**
 * Adjectives that hold a belief when "that" follows ("confident that", "worried that"), an
 * intention when "to" follows ("eager to"), or a judgement of someone when "of" follows
 * ("critical of", "supportive of"; `evaluative` then says which way).
 */
export const ADJECTIVE_CUES: readonly AdjectiveCue[] = [
  ...['critical', 'dismissive', 'skeptical', 'sceptical', 'wary', 'contemptuous', 'scornful', 'disdainful',
    'suspicious', 'distrustful', 'disparaging', 'derisive', 'unsupportive', 'intolerant']
    .map((lemma) => ({ lemma, kind: 'belief' as const, confidence: 0.6, evaluative: -1 as const, of: true })),
  ...['supportive', 'proud', 'appreciative', 'fond', 'admiring', 'complimentary', 'respectful', 'protective', 'enamored', 'enamoured']
    .map((lemma) => ({ lemma, kind: 'belief' as const, confidence: 0.55, evaluative: 1 as const, of: true })),
  ...['confident', 'convinced', 'sure', 'certain', 'aware', 'afraid', 'concerned', 'worried', 'hopeful',
    'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'adamant', 'positive', 'doubtful', 'fearful',
    'persuaded', 'satisfied', 'disappointed', 'glad', 'happy', 'pleased', 'proud', 'sad', 'sorry', 'angry',
    'upset', 'furious', 'alarmed', 'surprised', 'shocked', 'thrilled', 'delighted', 'frustrated', 'insistent',
    'emphatic', 'unconvinced', 'unsure', 'uncertain', 'nervous', 'anxious', 'dismayed', 'outraged', 'troubled']
    .map((lemma) => ({ lemma, kind: 'belief' as const, confidence: 0.6 })),
  ...['eager', 'willing', 'unwilling', 'ready', 'determined', 'reluctant', 'keen', 'desperate', 'prepared',
    'loath', 'loth', 'intent', 'poised', 'set', 'resolved', 'hesitant']
    .map((lemma) => ({ lemma, kind: 'intention' as const, confidence: 0.55 })),
];
