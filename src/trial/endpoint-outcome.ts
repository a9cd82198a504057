/**
 * One endpoint for every patient of a replicate, under its own arm and as its twin under
 * control (the same draws). The shape depends on the endpoint type.
 */
export type EndpointOutcome = ContinuousOutcome | BinaryOutcome | TimeToEventOutcome | CountOutcome;

export interface ContinuousOutcome {
  readonly type: "continuous";
  readonly baseline: Float64Array;
  /** Change at the primary visit. */
  readonly change: Float64Array;
  readonly twinChange: Float64Array;
  /** Expected change at the primary visit given the patient (without the residual): own and twin. */
  readonly meanChange: Float64Array;
  readonly twinMeanChange: Float64Array;
  /** SD of the residual at each visit. */
  readonly residualSd: number;
  /** Change at every visit (visit-major: visitChanges[v][patient]). */
  readonly visitChanges: readonly Float64Array[];
  readonly twinVisitChanges: readonly Float64Array[];
  /** 1 where the trial observes the primary visit, 0 where the patient had left (absent: all observed). */
  readonly observed?: Uint8Array;
}

export interface BinaryOutcome {
  readonly type: "binary";
  /** 1 = responder / event, 0 = not. */
  readonly response: Uint8Array;
  readonly twinResponse: Uint8Array;
  /** Each patient's probability of a response, own and twin (the expected outcome behind the draw). */
  readonly probability: Float64Array;
  readonly twinProbability: Float64Array;
  /** 1 where the trial observes the response, 0 where the patient had left (absent: all observed). */
  readonly observed?: Uint8Array;
}

export interface TimeToEventOutcome extends CensoredTimes {
  /** Independent draws from each patient's event-time distributions, for the true effect. */
  readonly potential: PotentialTimes;
}

/**
 * `perPatient` independent draws of each patient's event time on drug (own arm) and under
 * control (twin), patient-major; `sameHazard` marks patients whose two hazards are equal.
 */
export interface PotentialTimes {
  readonly perPatient: number;
  readonly own: Float64Array;
  readonly twin: Float64Array;
  readonly sameHazard: Uint8Array;
}

/** The observed (censored) times of a time-to-event endpoint at the cutoff. */
export interface CensoredTimes {
  readonly type: "time-to-event";
  /** Observed time (days since entry) and whether it ends in the event (else censored). */
  readonly timeDays: Float64Array;
  readonly event: Uint8Array;
  readonly twinTimeDays: Float64Array;
  readonly twinEvent: Uint8Array;
  /** Each patient's follow-up at the analysis: min(dropout, cutoff − entry), ≥ 0 (Infinity: never censored). */
  readonly followUpDays: Float64Array;
  /** The event times without any censoring, own and twin: the complete potential outcomes. */
  readonly uncensoredDays: Float64Array;
  readonly twinUncensoredDays: Float64Array;
}

export interface CountOutcome {
  readonly type: "count";
  readonly count: Int32Array;
  readonly twinCount: Int32Array;
  /** Each patient's expected count (without the negative binomial frailty), own and twin. */
  readonly meanCount: Float64Array;
  readonly twinMeanCount: Float64Array;
  /** Time at risk of each patient (years). */
  readonly exposureYears: Float64Array;
  /** 1 where the trial observes the count, 0 where the patient had left (absent: all observed). */
  readonly observed?: Uint8Array;
}
