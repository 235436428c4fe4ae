/**
 * General English the checker reads: negation, reporting, mood, and the verbs and nouns of
 * leading, holding, supporting, opposing and authoring. Nothing here names a topic: names,
 * groups and their word forms come from the knowledge packs.
 */

export const NEGATORS = new Set(['not', 'cannot', 'never', 'no', 'neither', 'nor', 'nobody', 'none', 'hardly', 'nowhere', 'ceased', 'longer', 'failed', 'fails', 'lacked', 'lacks', 'lacking', 'little']);
/** Words that open a clause and deny what follows, the person included: "Nor did he …", "Few would call X …". */
export const CLAUSE_NEGATORS = new Set(['nor', 'neither', 'never', 'few', 'nobody', 'none', 'not']);
/** Negators that only cover what follows them closely ("from the Red Army rather than from …"). */
export const NEAR_NEGATORS = ['rather than', 'instead of', 'far from', 'other than', 'not'];

export const REPORTING = new Set([
  'claim', 'claims', 'claimed', 'claiming', 'saying', 'stating', 'writing', 'asserting', 'suggesting', 'arguing', 'treating', 'thinking', 'believing', 'allege', 'alleges', 'alleged', 'allegedly', 'accuse', 'accuses', 'accused', 'accusing', 'accusation',
  'write', 'writes', 'wrote', 'written', 'say', 'says', 'said', 'suggest', 'suggests', 'suggested', 'assert', 'asserts', 'asserted', 'contend', 'contends', 'contended',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feared', 'fear', 'fears', 'hoped', 'assume', 'assumes', 'assumed', 'charge', 'charged', 'charges',
  'branded', 'denounced', 'labelled', 'labeled', 'portrayed', 'depicted', 'myth', 'misconception', 'mistakenly', 'wrongly', 'falsely', 'supposedly', 'rumour', 'rumor',
  'rumoured', 'rumored', 'reportedly', 'misremember', 'confuse', 'confuses', 'mistake', 'mistakes', 'smeared', 'slandered', 'insinuated', 'imagine', 'imagined', 'pretend', 'pretended',
]);
/** Verbs by which a person states their own view: what follows is their stance. */
export const VIEW_VERBS = new Set(['argued', 'argue', 'argues', 'arguing', 'insisted', 'insists', 'insisting', 'maintained', 'maintains', 'held', 'holds', 'declared', 'proclaimed', 'objected', 'objects', 'urged', 'contended', 'believed', 'believes', 'thought', 'taught', 'preached', 'stressed']);

export const HYPOTHETICAL = new Set(['would', 'might', 'could', 'may']);
/** Hedges: the writer does not assert it ("Bukharin was probably on the left"). */
export const HEDGES = new Set(['perhaps', 'probably', 'possibly', 'maybe', 'arguably', 'seemingly', 'apparently', 'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared', 'conceivably', 'presumably']);
/** Disclaimers: "It is untrue that …", "It is wrong to call …". */
export const DISCLAIMERS = new Set(['untrue', 'false', 'wrong', 'incorrect', 'mistaken', 'doubtful', 'unlikely', 'inaccurate', 'misleading', 'mistake', 'error', 'nonsense', 'fiction', 'legend', 'absurd', 'ridiculous', 'vain', 'misconception', 'myth']);
/** A verdict after the claim that takes it back: "The idea that … is a myth", "Calling X … misreads the notes". */
export const VERDICTS = new Set([...DISCLAIMERS, 'misreads', 'misrepresents', 'distorts', 'misunderstands', 'misreading', 'misunderstanding', 'misconception', 'myth', 'mistakes', 'errors']);

export const SUBORDINATORS = new Set(['unlike', 'whereas', 'while', 'whilst', 'although', 'though', 'because', 'since', 'when', 'after', 'before', 'if', 'as', 'once', 'like']);
export const CLAUSE_WORDS = new Set(['but', 'whereas', 'while', 'whilst', 'although', 'though', 'yet', 'because', 'however']);

/** Words that end a list of names or a predicate's reach. */
export const LIST_JOINERS = new Set([',', 'and', '&', 'nor', 'or']);

export const LEAD_WORDS = new Set(['leader', 'leaders', 'led', 'lead', 'leading', 'leads', 'headed', 'head', 'heads', 'heading', 'chief', 'figurehead', 'captain']);
export const MEMBER_NOUNS = new Set([
  'member', 'members', 'leader', 'leaders', 'politician', 'politicians', 'figure', 'figures', 'bolshevik', 'bolsheviks', 'communist', 'communists', 'thinker', 'theorist', 'theoretician',
  'faction', 'camp', 'side', 'group', 'bloc', 'wing', 'man', 'men', 'comrade', 'comrades', 'spokesman', 'champion', 'colleague', 'colleagues', 'ally', 'allies', 'trio',
]);
/** Before a faction: relations that are not membership ("against the left", "joined the left"). */
export const NOT_MEMBERSHIP = new Set([
  'against', 'vs', 'versus', 'rid', 'attacked', 'attack', 'attacking', 'attacks', 'defeated', 'defeat', 'defeating', 'opposed', 'opposing', 'oppose', 'fought', 'fight', 'fighting', 'challenged', 'crushed',
  'joined', 'joining', 'join', 'joins', 'backed', 'supported', 'helped', 'allied', 'sided', 'turned', 'with', 'than', 'like', 'unlike', 'expelled', 'outmanoeuvred', 'outmaneuvered', 'beat', 'isolated',
  'destroyed', 'purged', 'suppressed', 'toward', 'towards', 'from', 'criticised', 'criticized', 'denounced', 'condemned', 'courted', 'wooed', 'over', 'between', 'to', 'for',
  'used', 'using', 'exploited', 'manipulated', 'played', 'split', 'feared', 'weakened', 'silenced', 'sidelined', 'abandoned', 'betrayed', 'deserted', 'ditched', 'dropped', 'balanced',
  'destroy', 'crush', 'smash', 'smashed', 'wreck', 'wrecked', 'eliminate', 'eliminated', 'break', 'broke', 'ruin', 'ruined', 'finish', 'isolate', 'expel', 'purge', 'silence', 'weaken', 'outmanoeuvre', 'outmaneuver', 'annihilate', 'annihilated', 'liquidate', 'liquidated', 'rout', 'routed',
  'distrusted', 'mistrusted', 'hated', 'disliked', 'despised', 'resented', 'regarded', 'saw', 'blamed', 'suspected', 'underestimated', 'overestimated', 'warned', 'respected',
  'alongside', 'beside', 'by', 'named', 'branded', 'labelled', 'labeled', 'identified', 'targeted',
  // (Saying what the wing was: "presents the right wing as careerists", "portrayed the left as adventurers".)
  'presents', 'presented', 'portrays', 'portrayed', 'depicts', 'depicted', 'describes', 'described', 'paints', 'painted', 'dismisses', 'dismissed', 'mocks', 'mocked',
]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'party', 'politburo', 'radical', 'acknowledged', 'undisputed', 'main', 'chief', 'real', 'whole', 'entire', 'so', 'called', 'moderate', 'extreme', 'far', "'", 's', 'of']);

export const CONTROL_VERBS = new Set([
  'commanded', 'command', 'commanding', 'commands', 'controlled', 'control', 'controlling', 'controls', 'chaired', 'chair', 'chairing', 'chairs', 'headed', 'heading', 'heads',
  'ran', 'run', 'running', 'runs', 'led', 'lead', 'leading', 'leads', 'directed', 'presided', 'edited', 'editing', 'edits',
]);
export const BASE_WORDS = new Set([
  'base', 'bases', 'powerbase', 'stronghold', 'strongholds', 'support', 'supporters', 'strength', 'relied', 'rely', 'relying', 'relies', 'drew', 'draw', 'backing', 'fiefdom',
  'power', 'heartland', 'following', 'boss', 'bosses', 'fortress', 'bastion', 'citadel', 'fief',
]);
/** Base words that take a place but not a body ("held Moscow", "dominated Leningrad"). */
export const PLACE_BASE_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'dominated', 'dominate', 'dominates', 'dominating', 'controlled', 'control', 'controls', 'ran', 'run', 'runs', 'master', 'grip']);

export const AUTHOR_VERBS = new Set([
  'coined', 'devised', 'authored', 'formulated', 'invented', 'originated', 'wrote', 'written', 'organised', 'organized', 'conceived', 'created', 'founded', 'penned',
  'drafted', 'launched', 'introduced', 'set', 'put', 'came', 'initiated', 'pioneered', 'dreamed', 'thought', 'framed', 'inspired', 'published',
  // (A timeline's present: "1924 — Stalin announces Socialism in One Country".)
  'coins', 'devises', 'formulates', 'invents', 'writes', 'founds', 'drafts', 'launches', 'introduces', 'sets', 'puts', 'initiates', 'publishes',
]);
export const AUTHOR_NOUNS = new Set(['theory', 'doctrine', 'idea', 'slogan', 'phrase', 'policy', 'plan', 'programme', 'program', 'concept', 'invention', 'brainchild', 'creation', 'motto', 'call', 'words', 'formula', 'notion', 'thesis', 'work', 'campaign', 'answer', 'solution', 'response', 'scheme', 'initiative', 'proposal', 'advice', 'exhortation', 'appeal', 'dictum', 'maxim', 'catchphrase', 'watchword']);
export const SPEECH_VERBS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'urged', 'urge', 'urges', 'declared', 'proclaimed', 'exhorted', 'announced', 'cried', 'wrote', 'uttered', 'shouted', 'advised', 'coined', 'famously']);
export const PASSIVE_PARTICIPLES = new Set([
  'led', 'headed', 'chaired', 'commanded', 'controlled', 'run', 'organised', 'organized', 'proposed', 'put', 'set', 'devised', 'coined', 'introduced', 'developed', 'founded',
  'launched', 'written', 'created', 'formulated', 'advanced', 'championed', 'supported', 'backed', 'opposed', 'invented', 'originated', 'drafted', 'conceived', 'dominated', 'held', 'edited', 'directed', 'spearheaded', 'favoured', 'favored', 'advocated', 'forward', 'out', 'first', 'by', 'initially', 'originally', 'formed', 'founded', 'made', 'built',
]);
/** Words of leaving a post: "lost his post as War Commissar" dates a loss, it does not claim the post. */
export const LEAVING = new Set(['lost', 'losing', 'removed', 'removal', 'dismissed', 'dismissal', 'resigned', 'resignation', 'stripped', 'ousted', 'sacked', 'deprived', 'expelled', 'demoted', 'relieved', 'left', 'remove', 'removing', 'dismiss', 'dismissing', 'oust', 'ousting', 'sack', 'lose', 'resign', 'replace', 'replacing', 'stopped', 'ceased']);
export const SUCCESSION_VERBS = new Set(['succeeded', 'replaced', 'followed', 'ousted', 'displaced', 'supplanted', 'superseded', 'relieved', 'succeeds', 'replaces', 'follows', 'ousts', 'displaces', 'supplants', 'supersedes']);
export const TITLE_PREFIXES_NOT_HOLDER = new Set(['deputy', 'dep', 'dpty', 'vice', 'assistant', 'acting', 'former', 'ex', 'would', 'future', 'aspiring']);

/** Prepositions that make what follows an object, not a role ("wrote to the General Secretary"). */
export const PREPOSITIONS = new Set(['to', 'with', 'against', 'for', 'about', 'from', 'over', 'on', 'at', 'under', 'by', 'toward', 'towards', 'than', 'like', 'unlike', 'beside', 'behind', 'before', 'after', 'into', 'upon', 'around', 'near', 'beneath', 'below', 'above', 'without', 'between', 'among']);
/** Verbs whose past form does not end in -ed, taking an object: "met the General Secretary". */
export const OBJECT_VERBS = new Set(['gave', 'give', 'gives', 'met', 'meet', 'meets', 'saw', 'see', 'sees', 'fought', 'fight', 'beat', 'beats', 'told', 'tell', 'wrote', 'write', 'sought', 'brought', 'taught', 'caught', 'knew', 'know', 'struck', 'overthrew', 'overcame', 'undermine', 'undermines', 'fear', 'fears', 'hate', 'hates', 'trust', 'trusts', 'attack', 'attacks', 'praise', 'praises', 'defeat', 'defeats', 'oppose', 'opposes', 'challenge', 'challenges', 'support', 'supports', 'visit', 'visits', 'warn', 'warns', 'blame', 'blames', 'forgave', 'forgive', 'outwit', 'outwits', 'outmanoeuvre', 'outmanoeuvres', 'outmaneuver', 'outmaneuvers', 'overshadow', 'overshadows', 'replace', 'replaces', 'succeed', 'succeeds', 'betray', 'betrays', 'left', 'leave', 'leaves', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'thought', 'think', 'called', 'call', 'calls', 'let', 'lets', 'allowed', 'allow', 'allows', 'watched', 'watch', 'watches']);
const IRREGULAR_PRESENT: Record<string, string> = { became: 'becomes', began: 'begins', met: 'meets', took: 'takes', lost: 'loses', held: 'holds', was: 'is', were: 'are', sent: 'sends', put: 'puts', ran: 'runs', led: 'leads', won: 'wins', fell: 'falls', rose: 'rises', broke: 'breaks', gave: 'gives', made: 'makes', wrote: 'writes', set: 'sets', left: 'leaves' };
/**
 * Third-person present forms of a past-tense verb ("died" → "dies", "launched" → "launches").
 * Regular verbs get every plausible spelling ("formed" → "forms", "formes"): a form that is not a word never matches text.
 */
export function presentForms(past: string): string[] {
  const irregular = IRREGULAR_PRESENT[past];
  if (irregular) return [irregular];
  if (past.length < 4 || !past.endsWith('ed')) return [];
  if (past.endsWith('ied')) return [past.slice(0, -3) + 'ies'];
  const stem = past.slice(0, -2);
  const out = [stem + 's', stem + 'es'];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1) + 's');
  return out;
}
/** Words that fit any death, however it came: never a claim about the way a man died. */
export const ANY_DEATH = new Set(['died', 'dies', 'die', 'death', 'passed away', 'killed', 'murdered', 'shot', 'perished', 'lost his life']);
/** Ways of dying said in the active voice of the man who died ("committed suicide"), not of a killer. */
export const DYING = new Set(['died', 'dies', 'passed away', 'committed suicide', 'commits suicide', 'killed himself', 'kills himself', 'shot himself', 'shoots himself', 'took his own life', 'takes his own life', 'hanged himself', 'drowned']);
export const PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

export const ABBREVIATIONS = new Set(['b', 'd', 'fl', 'c', 'ca', 'cf', 'dr', 'mr', 'mrs', 'ms', 'st', 'vol', 'vols', 'p', 'pp', 'no', 'nos', 'ed', 'eds', 'fig', 'gen', 'col', 'lt', 'capt', 'jr', 'sr', 'vs', 'etc', 'e', 'i', 'g', 'al', 'approx', 'esp', 'prof', 'rev', 'ch', 'sec']);

export const INTENSIFIERS = [
  'at once', 'immediately', 'quickly', 'as quickly as possible', 'as soon as possible', 'without delay', 'straight away', 'right away', 'rapidly', 'swiftly', 'soon', 'outright',
  'entirely', 'completely', 'altogether', 'forthwith', 'promptly', 'urgently', 'now',
];

export type Polarity = 'supports' | 'opposes';
export interface StanceCue {
  phrase: string;
  polarity: Polarity;
  /** The words with the opposite meaning, in the same grammatical form. */
  antonym: string;
  /** Whether replacing these words is the natural fix (else replacing the person is). */
  preferSpan: boolean;
  /** A proposal verb: naming the wrong idea is the likely slip ("proposed Permanent Revolution"). */
  proposal?: boolean;
  /** The present of a past-tense cue ("wants", "calls for"): may be a noun after a determiner ("the demands of"). */
  present?: boolean;
}

const S = (phrase: string, antonym: string, preferSpan: boolean, proposal = false): StanceCue => ({ phrase, polarity: 'supports', antonym, preferSpan, proposal });
const O = (phrase: string, antonym: string, preferSpan = true): StanceCue => ({ phrase, polarity: 'opposes', antonym, preferSpan });

/** Stance words before the policy ("an opponent of NEP", "wanted to end NEP"). */
export const PRE_STANCE: StanceCue[] = [
  S('a supporter of', 'an opponent of', true), S('supporter of', 'opponent of', true), S('supporters of', 'opponents of', true), S('a champion of', 'an opponent of', true),
  S('champion of', 'opponent of', true), S('an advocate of', 'an opponent of', true), S('advocate of', 'opponent of', true), S('advocates of', 'opponents of', true),
  S('in favour of', 'against', true), S('in favor of', 'against', true), S('came out for', 'came out against', true), S('spoke for', 'spoke against', true),
  S('supported', 'opposed', true), S('supports', 'opposes', true), S('support', 'oppose', true), S('supporting', 'opposing', true), S('backed', 'opposed', true),
  S('championed', 'opposed', false), S('champions', 'opposes', false), S('championing', 'opposing', false), S('advocated', 'opposed', true), S('advocating', 'opposing', true),
  S('favoured', 'opposed', true), S('favored', 'opposed', true), S('defended', 'attacked', true), S('defending', 'attacking', true), S('defence of', 'attack on', false),
  S('defense of', 'attack on', false), S('proposed', 'opposed', false, true), S('proposing', 'opposing', false, true), S('put forward', 'opposed', false, true), S('put together', 'opposed', false, true),
  S('promoted', 'opposed', true), S('promoting', 'opposing', true), S('called for', 'opposed', true), S('argued for', 'argued against', true), S('pushed for', 'opposed', true),
  S('pressed for', 'opposed', true), S('demanded', 'opposed', true), S('came round to', 'turned against', true), S('came around to', 'turned against', true), S('come round to', 'turned against', true), S('come around to', 'turned against', true), S('converted to', 'turned against', true), S('won over to', 'turned against', false), S('a convert to', 'an opponent of', true), S('demanding', 'opposing', true), S('insisted on', 'opposed', true), S('campaigned for', 'campaigned against', true),
  S('embraced', 'rejected', true), S('accepted', 'rejected', true), S('endorsed', 'rejected', true), S('stood for', 'opposed', false),
  S('wanted', 'opposed', true), S('welcomed', 'opposed', true), S('praised', 'attacked', true), S('admired', 'opposed', true), S('applauded', 'attacked', true), S('a believer in', 'an opponent of', true), S('believer in', 'opponent of', true), S('believed in', 'rejected', true), S('wanted to keep', 'wanted to end', true), S('to keep', 'to end', true), S('keep', 'end', true), S('kept', 'ended', true), S('keeping', 'ending', true), S('wanted to continue', 'wanted to end', true),
  S('to continue', 'to end', true), S('continuing', 'ending', true), S('preserve', 'end', true), S('to preserve', 'to end', true), S('maintain', 'end', true),
  S('a continuation of', 'an end to', true), S('the continuation of', 'the end of', true),
  O('argued against', 'argued for'), O('spoke against', 'spoke for'), O('came out against', 'came out for'), O('an opponent of', 'a supporter of'), O('opponent of', 'supporter of'), O('opponents of', 'supporters of'), O('a critic of', 'a supporter of'), O('critic of', 'supporter of'),
  O('critics of', 'supporters of'), O('against', 'in favour of'), O('opposed', 'supported'), O('opposes', 'supports'), O('oppose', 'support'), O('opposing', 'supporting'),
  O('rejected', 'supported'), O('rejecting', 'supporting'), O('rejects', 'supports'), O('attacked', 'defended'), O('attacking', 'defending'), O('criticised', 'supported'),
  O('criticized', 'supported'), O('condemned', 'supported'), O('objected to', 'supported'), O('resisted', 'supported'), O('denounced', 'supported'), O('fought', 'supported'),
  O('demanded an end to', 'wanted to keep'), O('called for an end to', 'wanted to keep'), O('pressed for an end to', 'wanted to keep'), O('an end to', 'the continuation of'), O('end to', 'continuation of'),
  O('wanted to end', 'wanted to keep'), O('wanted to abolish', 'wanted to keep'), O('to end', 'to keep'), O('end', 'keep'), O('ending', 'keeping'), O('ended', 'kept'),
  O('to abolish', 'to keep'), O('abolish', 'keep'), O('abolished', 'kept'), O('abolishing', 'keeping'), O('to abandon', 'to keep'), O('abandon', 'keep'), O('abandoned', 'kept'),
  O('abandoning', 'keeping'), O('scrap', 'keep'), O('scrapped', 'kept'), O('scrapping', 'keeping'), O('to scrap', 'to keep'), O('dismantle', 'keep'), O('dismantled', 'kept'),
  O('objected that', 'agreed that'), O('gave up', 'kept'), O('give up', 'keep'),
  O('to phase out', 'to keep'), O('phase out', 'keep'), O('phasing out', 'keeping'), O('phased out', 'kept'), O('to wind down', 'to keep'), O('wind down', 'keep'), O('winding down', 'keeping'),
  O('to get rid of', 'to keep'), O('get rid of', 'keep'), O('got rid of', 'kept'), O('getting rid of', 'keeping'),
  O('to do away with', 'to keep'), O('do away with', 'keep'), O('did away with', 'kept'), O('doing away with', 'keeping'), O('to ditch', 'to keep'), O('ditch', 'keep'), O('ditched', 'kept'),
  O('opposition to', 'support for'), O('hostility to', 'support for'), O('hostility towards', 'support for'), O('attack on', 'defence of'), O('attacks on', 'defence of'),
  O('rejection of', 'support for'), O('criticism of', 'support for'), O('the abolition of', 'the continuation of'), O('abolition of', 'continuation of'),
  O('the end of', 'the continuation of'), O('the ending of', 'the continuation of'), O('the scrapping of', 'the continuation of'),
  S('support for', 'opposition to', true), S('enthusiasm for', 'hostility to', true), S('advocacy of', 'opposition to', true), S('championing of', 'opposition to', false),
  S('a backer of', 'an opponent of', true), S('backer of', 'opponent of', true), S('backers of', 'opponents of', true), S('spoke up for', 'spoke against', true), S('stood up for', 'stood against', true), S('preached', 'opposed', true), S('champions of', 'opponents of', true), S('all for', 'all against', true),
  // Students' shorthand: "Bukharin was anti-NEP", "Trotsky: pro-industrialisation".
  S('pro-', 'anti-', true), O('anti-', 'pro-'),
  O('an enemy of', 'a supporter of'), O('enemy of', 'supporter of'), O('enemies of', 'supporters of'), O('a foe of', 'a supporter of'), O('foes of', 'supporters of'),
];

/** The present of the past-tense words that stand as antonyms in the stance cues ("opposed" → "opposes"). */
const PRESENT_ANTONYM: Record<string, string> = {
  opposed: 'opposes', attacked: 'attacks', rejected: 'rejects', argued: 'argues', supported: 'supports', defended: 'defends', ended: 'ends', kept: 'keeps', turned: 'turns', spoke: 'speaks', came: 'comes',
};
/**
 * The same cues in the present, as timelines and teachers' notes narrate ("1925 — Bukharin wants NEP kept",
 * "Stalin believes in Socialism in One Country"): every cue whose first word is a verb's past gets its present.
 */
function presentCues(cues: readonly StanceCue[]): StanceCue[] {
  const have = new Set(cues.map((c) => c.phrase));
  const out: StanceCue[] = [];
  for (const c of cues) {
    const [first, ...rest] = c.phrase.split(' ');
    const forms = presentForms(first);
    if (!forms.length) continue;
    const [af, ...arest] = c.antonym.split(' ');
    const antonymFirst = PRESENT_ANTONYM[af] ?? (presentForms(af).length ? undefined : af);
    if (antonymFirst === undefined) continue;
    for (const f of forms) {
      const phrase = [f, ...rest].join(' ');
      if (have.has(phrase)) continue;
      have.add(phrase);
      out.push({ ...c, phrase, antonym: [antonymFirst, ...arest].join(' '), present: true });
    }
  }
  return out;
}
PRE_STANCE.push(...presentCues(PRE_STANCE));

/** Stance words after the policy ("NEP should be ended at once", "NEP to keep going"). */
export const POST_STANCE: StanceCue[] = [
  S('to keep going', 'to end', false), S('kept going', 'ended', false), S('keep going', 'end', false), S('to continue', 'to end', false), S('continue', 'end', false),
  S('continued', 'ended', false), S('be kept', 'be ended', false), S('kept', 'ended', false), S('be preserved', 'be ended', false), S('preserved', 'ended', false),
  S('be maintained', 'be ended', false), S('maintained', 'ended', false), S('to go on', 'to end', false), S('go on', 'end', false), S('to survive', 'to end', false),
  S('to last', 'to end', false), S('extended', 'ended', false), S('be extended', 'be ended', false), S('to carry on', 'to end', false), S('carry on', 'end', false), S('carried on', 'ended', false),
  S('supported by', 'opposed by', false), S('backed by', 'opposed by', false), S('championed by', 'opposed by', false), S('favoured by', 'opposed by', false),
  S('favored by', 'opposed by', false), S('advocated by', 'opposed by', false), S('defended by', 'attacked by', false), S('proposed by', 'opposed by', false),
  O('opposed by', 'supported by'), O('rejected by', 'supported by'), O('attacked by', 'defended by'), O('denounced by', 'defended by'), O('condemned by', 'defended by'), O('resisted by', 'supported by'), O('criticised by', 'supported by'), O('criticized by', 'supported by'),
  O('ended', 'kept going'), O('to end', 'to keep going'), O('end', 'keep going'), O('abolished', 'kept going'), O('scrapped', 'kept going'), O('abandoned', 'kept going'),
  O('dismantled', 'kept going'), O('brought to an end', 'kept going'), O('brought to a quick end', 'kept going'), O('brought to an early end', 'kept going'), O('brought to a swift end', 'kept going'), O('wound up', 'kept going'), O('replaced', 'kept going'), O('stopped', 'kept going'),
  O('wound down', 'kept going'), O('phased out', 'kept going'), O('run down', 'kept going'), O('done away with', 'kept going'), O('ditched', 'kept going'), O('dropped', 'kept going'), O('terminated', 'kept going'), O('curtailed', 'kept going'),
];
/** Words that may stand between a policy and its post stance ("NEP should be ended"). */
export const POST_GAP = new Set(['should', 'must', 'to', 'be', 'would', 'could', 'ought', 'had', 'was', 'were', 'been', 'is', 'are', 'get', 'got']);

/** Is the phrase one of an event's verbs (or its present form: "commits suicide")? */
export function isVerbOf(ev: { readonly verbs?: readonly string[] }, phrase: string): boolean {
  return (ev.verbs ?? []).some((v) => {
    const [first, ...rest] = v.toLowerCase().split(/\s+/);
    return [first, ...presentForms(first)].some((f) => [f, ...rest].join(' ') === phrase);
  });
}
