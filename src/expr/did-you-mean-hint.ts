import { closestName } from "../text/closest-name.js";

/** How many choices a hint lists before "… and N more". */
export const MAX_LISTED_CHOICES = 20;

/**
 * A hint for an unknown name: a suggestion if one is close, then the allowed choices in their
 * given order, at most MAX_LISTED_CHOICES of them.
 *
 * @example buildDidYouMeanHint("agee", ["age", "sex"], "known variables") // 'did you mean "age"? known variables: age, sex'
 */
export function buildDidYouMeanHint(name: string, candidates: readonly string[], label: string): string {
  const suggestion = closestName(name, candidates);
  const listed = candidates.slice(0, MAX_LISTED_CHOICES).join(", ");
  const more = candidates.length > MAX_LISTED_CHOICES ? ` … and ${candidates.length - MAX_LISTED_CHOICES} more` : "";
  const choices = candidates.length === 0 ? `there are no ${label}` : `${label}: ${listed}${more}`;
  return suggestion === undefined ? choices : `did you mean "${suggestion}"? ${choices}`;
}
