/** A small valid spec, line numbers stable so error positions can be asserted. */
export const MINIMAL_SPEC = `trial:
  id: t1
  title: test
  seed: 1
  replicates: 10
  duration_days: 28
cohort:
  file: cohort.csv
  id_column: id
  columns:
    age: {type: number}
    albumin: {type: number}
population:
  method: bootstrap
  n_per_arm: 10
arms:
  - id: placebo
    control: true
  - id: drug
    regimen: {route: oral, dose_mg: 100, interval_h: 24}
pk:
  model: one-compartment
  parameters:
    ka_per_h: {typical: 1}
    clearance_l_per_h: {typical: 5}
    volume_l: {typical: 50}
endpoints:
  - id: change
    type: continuous
    baseline_column: albumin
    residual_sd: 0.3
`;

/** MINIMAL_SPEC with one text replacement (the replacement must apply). */
export function specWith(search: string, replacement: string): string {
  if (!MINIMAL_SPEC.includes(search)) throw new Error(`MINIMAL_SPEC has no ${JSON.stringify(search)}`);
  return MINIMAL_SPEC.replace(search, replacement);
}
