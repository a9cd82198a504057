/**
 * A PK model written as ODEs in the safe expression language (src/expr), as a spec gives it.
 * States are amounts (mg) and time is in hours; equations may read every compartment, every
 * parameter and `t` (h).
 *
 * @example
 * const oneCompartmentOral: OdeModelDefinition = {
 *   compartments: ["depot", "central"],
 *   parameters: ["ka", "cl", "v"],
 *   equations: { depot: "-ka * depot", central: "ka * depot - cl / v * central" },
 *   concentration: "central / v",
 * };
 */
export interface OdeModelDefinition {
  /** State names in order, e.g. ["depot", "central"]; a dose names its compartment by index. */
  readonly compartments: readonly string[];
  /** Parameter names in order, e.g. ["ka", "cl", "v"]; values are passed in this order. */
  readonly parameters: readonly string[];
  /** d(state)/dt for each compartment (mg/h), by compartment name. */
  readonly equations: Readonly<Record<string, string>>;
  /** The concentration reported and integrated into the AUC (mg/L), e.g. "central / v". */
  readonly concentration: string;
}

/**
 * One administration into a compartment of an ODE model: a bolus (added at timeH), or a
 * zero-order infusion of amountMg / infusionDurationH mg/h from timeH for infusionDurationH h.
 * Bioavailability and lag are the caller's: pass F · amount at the lagged time.
 */
export interface OdeDose {
  /** Index into the model's compartments. */
  readonly compartment: number;
  readonly timeH: number;
  readonly amountMg: number;
  readonly infusionDurationH?: number;
}
