/**
 * Spelling tolerance for search, shared by the index builder and the browser
 * (so it imports nothing and uses no Node APIs).
 *
 * Patients type words as they sound: "fysio", "diarea", "lymphodema",
 * "anemia". Plain edit distance cannot bridge "diarea" and "diarrhoea"
 * (three letters apart), so both are first reduced to a sound key that
 * forgets what spelling adds and sound does not: "ph" is "f", British
 * "oe"/"ae" are "e", a silent "h" after "r" or "g" goes, doubled letters are
 * single. Keys are then compared with an edit distance that counts two
 * swapped letters ("tierd") as one mistake.
 */

const soundRules: Array<[RegExp, string]> = [
  [/ph/g, 'f'],
  [/(?<=.)(oe|ae)/g, 'e'],
  [/^(oe|ae)/g, 'e'],
  [/([rg])h/g, '$1'],
  [/ck/g, 'k'],
  [/q(?!u)/g, 'k'],
  [/(.)\1+/g, '$1'],
];

/** How a term sounds, roughly: "diarrhoea" and "diarea" are both "diarea". */
export function soundKey(term: string): string {
  let key = term;
  for (const [pattern, replacement] of soundRules) key = key.replace(pattern, replacement);
  return key;
}

/**
 * Which shard of the index holds a term: the first two letters of how it
 * sounds, so "fysio" looks in the same shard as "physio". Letters outside
 * a–z and 0–9 are written as hex, to make safe file names.
 */
export function shardKey(term: string): string {
  return [...soundKey(term).slice(0, 2)]
    .map((char) => (/[a-z0-9]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`))
    .join('');
}

/**
 * The shards a word would be in if one of its first letters were wrong:
 * the first two swapped ("nuerpathy" → "un…"), the second and third
 * swapped ("nueropathy" → "neuropathy"), the second left out. Searched
 * only when a word matches nothing in its own shard.
 */
export function nearShardKeys(term: string): string[] {
  const swap = (text: string, i: number) => `${text.slice(0, i)}${text[i + 1] ?? ''}${text[i]}${text.slice(i + 2)}`;
  const variants = [swap(term, 0), swap(term, 1), `${term[0]}${term.slice(2)}`].filter((variant) => variant.length >= 2);
  return [...new Set(variants.map(shardKey))];
}

/** How many mistakes a word of this length may have and still match: none in short words ("OT", "HNA" are exact). */
export function allowedMistakes(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated
 * edits of one substring): insertions, deletions, substitutions and swaps
 * of two neighbouring letters each cost 1. Stops early and returns
 * `max + 1` once the distance must be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    twoBack = previous;
    previous = current;
  }
  return previous[b.length]!;
}
