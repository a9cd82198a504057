/** How a list of codes is named in messages, e.g. { singular: "stratum", plural: "strata" }. */
export interface CodeNames {
  readonly singular: string;
  readonly plural: string;
}

/**
 * Checks one integer code per patient (a group 0..g−1, a stratum) and returns the number of
 * codes, max + 1. Codes index arrays, so they must be non-negative integers; a code that no
 * patient has (an empty group) is allowed and simply contributes nothing.
 *
 * Reference: R survival codes groups and strata as factors (`survdiff`, `strata()`), which are
 * integer codes 1..k underneath.
 *
 * @param codes one code per patient
 * @param patientCount the number of patients (times) the codes must match
 * @param context the codes' names and the public function whose precondition this is
 * @returns the number of codes, max + 1
 * @throws RangeError "logRankTest requires one group per patient, got 2 groups and 3 patients"
 * @throws RangeError "logRankTest requires group codes that are non-negative integers, got 1.5 at index 2"
 * @example checkIntegerCodes([0, 2, 1, 2], 4, { names: { singular: "group", plural: "groups" }, functionName: "logRankTest" }) // 3
 */
export function checkIntegerCodes(
  codes: readonly number[],
  patientCount: number,
  context: { readonly names: CodeNames; readonly functionName: string },
): number {
  const { names, functionName } = context;
  if (codes.length !== patientCount) {
    throw new RangeError(
      `${functionName} requires one ${names.singular} per patient, got ${codes.length} ${names.plural} and ${patientCount} patients`,
    );
  }
  let largest = -1;
  for (let index = 0; index < codes.length; index += 1) {
    const code = codes[index] ?? Number.NaN;
    if (!(Number.isSafeInteger(code) && code >= 0)) {
      throw new RangeError(
        `${functionName} requires ${names.singular} codes that are non-negative integers, got ${code} at index ${index}`,
      );
    }
    if (code > largest) largest = code;
  }
  return largest + 1;
}
