/**
 * The Levenshtein distance between two strings: the fewest one-character insertions,
 * deletions and substitutions (UTF-16 code units) that turn one into the other.
 *
 * Reference: Levenshtein, V. I. (1966). Binary codes capable of correcting deletions,
 * insertions, and reversals. Soviet Physics Doklady 10, 707–710. Two-row dynamic programming.
 *
 * @example editDistance("kitten", "sitting") // 3
 */
export function editDistance(from: string, to: string): number {
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let row = 1; row <= from.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= to.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (from[row - 1] === to[column - 1] ? 0 : 1);
      const deletion = (previous[column] ?? 0) + 1;
      const insertion = (current[column - 1] ?? 0) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }
  return previous[to.length] ?? 0;
}

/** Names further than this from every candidate get no suggestion. */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The candidate closest to `name` (ignoring case) within a typo's distance — at most
 * MAX_SUGGESTION_DISTANCE edits, and fewer edits than the name has characters, so "zz"
 * suggests nothing — or undefined. Ties go to the earlier candidate. The one did-you-mean
 * rule of twin-trial: spec keys, columns, arms, expression names.
 *
 * @example closestName("n_per_arms", ["n_per_arm", "n_total"]) // "n_per_arm"
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(MAX_SUGGESTION_DISTANCE + 1, name.length);
  const lowered = name.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
