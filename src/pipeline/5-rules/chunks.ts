// Tokens → capitalised chunks: the runs of words written as a name ("Abhinav Pandya", "General
// Headquarters", "Jaish-e-Muhammad"), the candidates the rules then type or drop.
import type { Token, WordLists } from '../../types.js';
import { isCommonWordAsWritten, isStopWordAsWritten } from '../3-gazetteer/common-words.js';
import { isPossessiveToken } from '../2-tokenize/tokenize.js';
import { isJoiningHyphen, NAME_CONNECTORS } from '../3-gazetteer/fold.js';

/** A run of tokens [from, to). */
export interface Chunk {
  from: number;
  to: number;
}

/** A chunk with what stripping its leading words found: a title before the name. */
export interface TitledChunk extends Chunk {
  hasTitle: boolean;
  /** The title as written ("Lt. Gen."), where there is one: the cue --explain names. */
  title?: string;
}

// Lower-case words that may stand inside a name between capitalised words ("Ministry of Defence",
// "Jaish-e-Mohammed", "Osama bin Laden"). "and" is left out: "Pakistan and India" is two names.
// Arabic's article in the romanisations that write it lower case ("Dayr az Zawr", "Ras al-Ayn") too.
const INNER_CONNECTORS: ReadonlySet<string> = new Set([
  '&', 'of', 'for', 'e', 'i', 'ul', 'al', 'el', 'ud', 'ur', 'bin', 'ibn', 'de', 'da', 'du', 'del', 'der', 'van', 'von', 'la', 'le',
  'dos', 'das', 'des', 'di', 'della', 'degli', 'dei', 'delle', 'dello',
  'ez', 'az', 'ash', 'ath', 'adh', 'ad', 'ar', 'wal', 'wa', 'bint',
]);

export function isCapitalisedWord(token: Token): boolean {
  return token.kind === 'word' && (token.shape === 'title' || token.shape === 'upper' || (token.shape === 'mixed' && /^\p{Lu}/u.test(token.text)));
}

// Months written short, as datelines do ("Jan 22", "Jun. 3"): "Jan" and "Jun" are given names too.
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** "Jan 22", "Jan. 8": a month's short form before a day's number, not the given name Jan. */
export function isMonthBeforeDay(tokens: readonly Token[], i: number): boolean {
  if (!MONTH_ABBREVIATIONS.has(tokens[i]!.text)) return false;
  const next = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
  return next?.kind === 'number';
}

// "will meet Foreign Minister Jose Miguel Insulza Monday": news writes the day right after a name,
// and no name goes on past a weekday ("Good Friday Agreement" is none of our types either way).
const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export function findChunks(tokens: readonly Token[], words: WordLists): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsChunk(tokens, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    let j = i + 1;
    while (j < tokens.length && j - i < MAX_CHUNK_TOKENS && !tokens[j]!.isAfterLineBreak) {
      const token = tokens[j]!;
      if (isCapitalisedWord(token) && !token.isInCapsLine) {
        if (token.text.endsWith('day') && WEEKDAYS.has(token.text)) break;
        end = ++j;
      } else if (isJoiningHyphen(tokens, j) && isNameSyllable(tokens, j + 1, words)) {
        j += 2;
        end = j;
      } else if (isJoiningHyphen(tokens, j) || INNER_CONNECTORS.has(token.text) || isInnerMark(tokens, i, j, words) || isBodyOn(tokens, j, words) || isBodyAnd(tokens, i, j, words)) {
        j++;
      } else break;
    }
    chunks.push({ from: i, to: end });
    i = end;
  }
  return chunks;
}

/**
 * "Commission on Human Rights", "Asan Institute for Policy Studies": "on" or "for" after a body's head word and
 * before a capitalised common word, its subject. Not before a day ("the Supreme Court on Friday") or
 * a name ("an inquiry on Syria").
 */
function isBodyOn(tokens: readonly Token[], j: number, words: WordLists): boolean {
  const word = tokens[j]!.text;
  return (word === 'on' || word === 'for') && words.organizationHeads.hasKeyOf(tokens[j - 1]!) && isSubjectWord(tokens[j + 1], words);
}

/**
 * "Ministry of Information and Broadcasting", "Department of Health and Human Services": "and" in a
 * body's name, after "of", "on" or "for" and its subject, before a capitalised common word. Elsewhere "and"
 * parts two names ("Pakistan and India", "the Ministry of Defence and Pakistan", "the Bank of Canada
 * and Bank of England").
 */
function isBodyAnd(tokens: readonly Token[], from: number, j: number, words: WordLists): boolean {
  if (tokens[j]!.text !== 'and' || !isCapitalisedWord(tokens[j - 1]!) || !isSubjectWord(tokens[j + 1], words)) return false;
  // "the Bank of Canada and Bank of England": a head word and its own "of" after "and" open a second body.
  if (tokens[j + 2]?.text === 'of' && words.organizationHeads.hasKeyOf(tokens[j + 1]!)) return false;
  for (let k = from + 1; k < j - 1; k++) {
    const word = tokens[k]!.text;
    // A title's complement joins so too ("Minister of Mines and Minerals Development").
    if ((word === 'of' || word === 'on' || word === 'for') && (words.organizationHeads.hasKeyOf(tokens[k - 1]!) || words.titleWords.hasKeyOf(tokens[k - 1]!))) return true;
  }
  return false;
}

/** A capitalised common word, no day or month: the subject a body's name states ("… on Human Rights", "… and Broadcasting"). */
function isSubjectWord(token: Token | undefined, words: WordLists): boolean {
  return token !== undefined && isCapitalisedWord(token) && isCommonWordAsWritten(token, words) && !isStopWordAsWritten(token, words);
}

// The longest names run to a dozen tokens ("Ministry of Information and Broadcasting", "Jamaat-ul-
// Mujahideen Bangladesh"); a longer capitalised run is a headline or a list, cut into pieces so the
// rules' work per chunk stays bounded whatever the input (100,000 capitalised words in a row).
const MAX_CHUNK_TOKENS = 16;

// Short capitalised words a full stop may follow inside a name: initials ("A. Dale") and "St.", "Mt.".
// Ranks are abbreviated with a full stop inside the run of a name too ("Army Lt. Gen. Stephen J. Townsend").
const ABBREVIATED_NAME_WORD = /^(?:\p{Lu}|St|Mt|Ft|Lt|Gen|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Cdr|Spc|Pfc|Cpl|Pvt|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof|Rev)$/u;
const SAINT = /^(?:St|Saint)$/;

/**
 * Inside the name: a full stop after an initial; a saint's possessive ("St Anthony's Shrine",
 * guidelines); a common noun's possessive, singular or plural ("People's Liberation Army",
 * "Magistrates' Court", "Children's Hospital"), where a name's or a body's would end it ("Pakistan's
 * Army", "the Army's General Headquarters").
 */
function isInnerMark(tokens: readonly Token[], from: number, j: number, words: WordLists): boolean {
  const token = tokens[j]!;
  const before = tokens[j - 1]!;
  const after = tokens[j + 1];
  if (!after || !isCapitalisedWord(after) || before.end !== token.start) return false;
  if (token.text === '.') return ABBREVIATED_NAME_WORD.test(before.text) && !after.isSentenceStart;
  const isPluralPossessive = (token.text === "'" || token.text === '’') && /s$/i.test(before.text);
  if (!isPossessiveToken(token) && !isPluralPossessive) return false;
  return SAINT.test(tokens[from]!.text) || isCommonNounBeforePossessive(before, words) || isTitlesOffice(tokens, j, words);
}

/** "the Attorney General's Office", "the Tipton County Sheriff's Office": a title's possessive and a body's head word that ends the name. */
function isTitlesOffice(tokens: readonly Token[], j: number, words: WordLists): boolean {
  const head = tokens[j + 1]!;
  const next = tokens[j + 2];
  return words.titleWords.hasKeyOf(tokens[j - 1]!) && words.organizationHeads.hasKeyOf(head) && !(next !== undefined && isCapitalisedWord(next) && !next.isAfterLineBreak);
}

/** "People", "Magistrates": a common noun, neither a body's head word nor a title's ("Army's", "General's" end a name). */
function isCommonNounBeforePossessive(token: Token, words: WordLists): boolean {
  return token.kind === 'word' && isCommonWordAsWritten(token, words) && !words.organizationHeads.hasKeyOf(token) && !words.titleWords.hasKeyOf(token);
}

// Syllables this short are no English word after a hyphen ("Jae-in", "Jong-un"), whatever the lists say.
const MAX_BARE_SYLLABLE = 2;

/**
 * "Lee Jae-yong", "Lai Ching-te": a lower-case syllable hyphen-joined to a capitalised word is part
 * of the name; an English word there makes a compound the name is no part of ("Pakistan-based",
 * "US-led", "Iran-backed"), unless it is a connector between two hyphens ("Stratford-upon-Avon").
 */
function isNameSyllable(tokens: readonly Token[], i: number, words: WordLists): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'word' || token.shape !== 'lower') return false;
  if (NAME_CONNECTORS.has(token.text) && isJoiningHyphen(tokens, i + 1)) return true;
  return token.text.length <= MAX_BARE_SYLLABLE || !isCommonWordAsWritten(token, words);
}

function startsChunk(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.isInCapsLine) return false;
  if (isCapitalisedWord(token)) return true;
  // "al-Qaeda", "el-Sisi": a particle hyphen-joined to a capitalised word.
  const next = tokens[i + 2];
  return (token.text === 'al' || token.text === 'el') && isJoiningHyphen(tokens, i + 1) && next !== undefined && isCapitalisedWord(next);
}

/** The capitalised words of a chunk, connectors and punctuation left out. */
export function countWords(tokens: readonly Token[], chunk: Chunk): number {
  let count = 0;
  for (let i = chunk.from; i < chunk.to; i++) if (tokens[i]!.kind === 'word' && tokens[i]!.shape !== 'lower') count++;
  return count;
}

/** The folded key the word lists are looked up by. */
export function fold(token: Token): string {
  return token.key;
}

// Cue words are plain lower-case English, compared unfolded; most words are lower case already.
export function lower(token: Token | undefined): string {
  if (token === undefined) return '';
  return token.shape === 'lower' || token.shape === 'none' ? token.text : token.text.toLowerCase();
}

/** Tokens [from, to) as the text writes them, any space between two as one: a rule's cue for --explain. */
export function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  let words = '';
  for (let i = from; i < to; i++) words += i > from && tokens[i]!.start > tokens[i - 1]!.end ? ` ${tokens[i]!.text}` : tokens[i]!.text;
  return words;
}
