import { type ConcentrationProfile, assertConcentrationProfile } from "./concentration-profile.js";
import { aucLinear } from "./auc-linear.js";
import { aucLinearUpLogDown } from "./auc-linear-up-log-down.js";
import { estimateTerminalPhase, DEFAULT_TERMINAL_POINT_COUNT, type TerminalPhase } from "./estimate-terminal-phase.js";
import { lastMeasurableOf } from "./find-last-measurable.js";
import { findPeak } from "./find-peak.js";

/** One subject's profile with its dose. */
export interface NcaOptions extends ConcentrationProfile {
  /** The single dose given at time 0, mg (finite, > 0). */
  readonly doseMg: number;
  /** Number of terminal points for λz, an integer ≥ 3 (default 3; see estimateTerminalPhase). */
  readonly terminalPointCount?: number;
}

/** AUCs by one trapezoidal rule and what follows from them. NaN where λz is not estimable. */
export interface AucSummary {
  /** AUC from the first sample to Tlast, mg·h/L. */
  readonly aucLastMgHPerL: number;
  /** AUC0–∞ = AUC0–last + Clast / λz with the observed Clast, mg·h/L. */
  readonly aucInfMgHPerL: number;
  /** 100 · (Clast / λz) / AUC0–∞, %. */
  readonly aucPercentExtrapolated: number;
  /** CL/F = dose / AUC0–∞, L/h. */
  readonly clearanceOverFLPerH: number;
  /** Vz/F = dose / (λz · AUC0–∞), L. */
  readonly volumeZOverFL: number;
}

/** Non-compartmental parameters of one profile. */
export interface NcaResult {
  readonly cmaxMgPerL: number;
  readonly tmaxH: number;
  /** NaN when no concentration is above 0 (see findLastMeasurable). */
  readonly clastMgPerL: number;
  readonly tlastH: number;
  readonly terminal: TerminalPhase;
  readonly linear: AucSummary;
  readonly linearUpLogDown: AucSummary;
}

/**
 * Non-compartmental analysis of one single-dose profile: Cmax, Tmax, Clast, Tlast, the terminal
 * phase (estimateTerminalPhase), and for both trapezoidal rules AUC0–last, AUC0–∞ (extrapolated
 * with the observed Clast, not the regression's prediction), % extrapolated, CL/F and Vz/F.
 * Missing (NaN) where undefined: everything that needs λz when it is not estimable (fewer than
 * terminalPointCount concentrations above 0, or λz ≤ 0). AUC0–last is 0 for a profile of zeros.
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed., ch. 2;
 * PKNCA; checked against R 4.2.2 in test/reference/models.json nca_theoph (12 subjects, 1e-10).
 *
 * @param options the profile (h, mg/L), the dose (mg) and optionally the number of terminal points
 * @returns the parameters (units in their names)
 * @throws RangeError "analyseProfile requires a finite doseMg > 0, got 0", and those of
 *   assertConcentrationProfile and estimateTerminalPhase, named "analyseProfile" / "estimateTerminalPhase"
 * @example analyseProfile({ timesH: [0, 1, 2, 4, 8], concentrationsMgPerL: [0, 8, 4, 2, 0.5], doseMg: 100 }).linearUpLogDown
 * // { aucLastMgHPerL: 19.8696454497786 (= 4 + 4/ln 2 + 4/ln 2 + 6/ln 4), aucInfMgHPerL: 21.312340490667562 (+ 0.5/λz,
 * //   λz = ln 2 / 2), aucPercentExtrapolated: 6.769294257102843, clearanceOverFLPerH: 4.692117228691466,
 * //   volumeZOverFL: 13.538588514205689 }
 */
export function analyseProfile(options: NcaOptions): NcaResult {
  const profile = { timesH: options.timesH, concentrationsMgPerL: options.concentrationsMgPerL };
  assertConcentrationProfile(profile, "analyseProfile");
  const { doseMg } = options;
  if (!(doseMg > 0 && Number.isFinite(doseMg))) throw new RangeError(`analyseProfile requires a finite doseMg > 0, got ${doseMg}`);
  const { cmaxMgPerL, tmaxH } = findPeak(profile);
  const { clastMgPerL, tlastH } = lastMeasurableOf(profile);
  const terminal = estimateTerminalPhase(profile, options.terminalPointCount ?? DEFAULT_TERMINAL_POINT_COUNT);
  const extrapolate = (aucLastMgHPerL: number): AucSummary => summariseAuc({ aucLastMgHPerL, clastMgPerL, doseMg, lambdaZPerH: terminal.lambdaZPerH });
  return {
    cmaxMgPerL,
    tmaxH,
    clastMgPerL,
    tlastH,
    terminal,
    linear: extrapolate(aucLinear(profile)),
    linearUpLogDown: extrapolate(aucLinearUpLogDown(profile)),
  };
}

interface AucInputs {
  readonly aucLastMgHPerL: number;
  readonly clastMgPerL: number;
  readonly doseMg: number;
  readonly lambdaZPerH: number;
}

/** In the order of the R script behind test/reference/models.json (reference/models.R, nca_one), to agree to the bit. */
function summariseAuc({ aucLastMgHPerL, clastMgPerL, doseMg, lambdaZPerH }: AucInputs): AucSummary {
  const extrapolatedMgHPerL = clastMgPerL / lambdaZPerH;
  const aucInfMgHPerL = aucLastMgHPerL + extrapolatedMgHPerL;
  return {
    aucLastMgHPerL,
    aucInfMgHPerL,
    aucPercentExtrapolated: (100 * extrapolatedMgHPerL) / aucInfMgHPerL,
    clearanceOverFLPerH: doseMg / aucInfMgHPerL,
    volumeZOverFL: doseMg / (lambdaZPerH * aucInfMgHPerL),
  };
}
