import type { VirtualPopulation } from "../population/index.js";

/**
 * Model columns of named covariates for the given patients: a number column as it is, a
 * category column as 0/1 indicators of each level present among these patients except the
 * first present (treatment coding, as R's `model.matrix` with `contr.treatment`). Each column
 * holds one value per patient, in the order of `patients`.
 */
export function covariateColumns(population: VirtualPopulation, names: readonly string[], patients: ArrayLike<number>): number[][] {
  const columns: number[][] = [];
  for (const name of names) {
    const codes = population.categorical.get(name);
    if (codes === undefined) {
      const values = population.numeric.get(name);
      columns.push(Array.from(patients, (patient) => values?.[patient] ?? Number.NaN));
      continue;
    }
    const present = [...new Set(Array.from(patients, (patient) => codes[patient] as number))].sort((a, b) => a - b);
    for (const level of present.slice(1)) columns.push(Array.from(patients, (patient) => (codes[patient] === level ? 1 : 0)));
  }
  return columns;
}

/**
 * Stratum codes 0, 1, … of the given patients from the joint levels of the named columns
 * (as R's `strata(a, b)`), numbered in order of first appearance; undefined without strata.
 */
export function stratumCodes(population: VirtualPopulation, names: readonly string[], patients: ArrayLike<number>): number[] | undefined {
  if (names.length === 0) return undefined;
  const codeOf = new Map<string, number>();
  return Array.from(patients, (patient) => {
    const key = names.map((name) => population.categorical.get(name)?.[patient] ?? population.numeric.get(name)?.[patient] ?? Number.NaN).join("\u0000");
    let code = codeOf.get(key);
    if (code === undefined) {
      code = codeOf.size;
      codeOf.set(key, code);
    }
    return code;
  });
}

/** Row-major design matrix [1, group, covariates…] for regression fits. */
export function designRows(group: ArrayLike<number>, covariates: readonly (readonly number[])[]): number[][] {
  return Array.from({ length: group.length }, (_, row) => [1, group[row] as number, ...covariates.map((column) => column[row] as number)]);
}
