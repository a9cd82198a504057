/** How a regimen gives its drug. */
export type DosingRoute = "oral" | "iv-bolus" | "infusion";

/** A dose change from a given time on (a titration step). */
export interface TitrationStep {
  /** Time of the first dose at the new amount, from the first dose (h). */
  readonly fromH: number;
  readonly doseMg: number;
}

/** A dosing regimen with every default resolved (the spec adapter builds it). */
export interface DosingRegimen {
  readonly route: DosingRoute;
  /** Maintenance amount per administration (mg). */
  readonly doseMg: number;
  readonly intervalH: number;
  /** Scheduled administrations, loading doses included. */
  readonly doseCount: number;
  /** Amounts of the first administrations, replacing the maintenance amount (mg). */
  readonly loadingDosesMg: readonly number[];
  /** Dose changes, in time order. */
  readonly titration: readonly TitrationStep[];
  /** Infusions: a fixed duration (h), or undefined when given by rate. */
  readonly infusionDurationH?: number;
  /** Infusions: a fixed rate (mg/h); the duration is amount / rate. */
  readonly infusionRateMgPerH?: number;
}

/** One scheduled administration. */
export interface ScheduledDose {
  /** 0-based position in the schedule (the same index under every arm for adherence draws). */
  readonly index: number;
  readonly timeH: number;
  readonly amountMg: number;
  /** Where the amount comes from: a loading dose, a titration step (both in mg) or the maintenance amount. */
  readonly source: "loading" | "titration" | "maintenance";
  readonly route: DosingRoute;
  /** Infusion duration (h); absent for other routes. */
  readonly durationH?: number;
}
