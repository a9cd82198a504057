import type { OdeDose } from "./ode-model-definition.js";
import { describeOdeModelState } from "./ode-model-right-hand-side.js";
import type { OdeEvent } from "./ode-problem.js";

/**
 * The solver events of a model's doses: a bolus adds its amount to its compartment; an
 * infusion adds amount / duration to the compartment's rate state at its start and takes it
 * off at its end. Doses are checked first (RangeErrors naming simulateOdeModel).
 *
 * @param compartmentCount the model's number of compartments
 * @param startH start of the simulation, h: no dose may come before it
 * @example buildOdeDoseEvents([{ compartment: 0, timeH: 0, amountMg: 320 }], 2, 0).length // 1
 */
export function buildOdeDoseEvents(doses: readonly OdeDose[], compartmentCount: number, startH: number): OdeEvent[] {
  const { firstRateIndex } = describeOdeModelState(compartmentCount);
  return doses.flatMap((dose, index): OdeEvent[] => {
    assertOdeDose(dose, { index, compartmentCount, startH });
    const { compartment, timeH, amountMg, infusionDurationH } = dose;
    if (infusionDurationH === undefined) return [{ timeH, apply: (state) => { state[compartment] = state[compartment]! + amountMg; } }];
    const rateIndex = firstRateIndex + compartment;
    const rateMgPerH = amountMg / infusionDurationH;
    return [
      { timeH, apply: (state) => { state[rateIndex] = state[rateIndex]! + rateMgPerH; } },
      { timeH: timeH + infusionDurationH, apply: (state) => { state[rateIndex] = state[rateIndex]! - rateMgPerH; } },
    ];
  });
}

function assertOdeDose(dose: OdeDose, where: { readonly index: number; readonly compartmentCount: number; readonly startH: number }): void {
  const { compartment, timeH, amountMg, infusionDurationH } = dose;
  const name = `simulateOdeModel requires doses[${where.index}]`;
  if (!(Number.isInteger(compartment) && compartment >= 0 && compartment < where.compartmentCount)) {
    throw new RangeError(`${name} to name a compartment index from 0 to ${where.compartmentCount - 1}, got ${compartment}`);
  }
  if (!(Number.isFinite(timeH) && timeH >= where.startH)) throw new RangeError(`${name} at a finite time ≥ ${where.startH} h, got ${timeH} h`);
  if (!(Number.isFinite(amountMg) && amountMg >= 0)) throw new RangeError(`${name} to have a finite amount ≥ 0 mg, got ${amountMg} mg`);
  if (infusionDurationH !== undefined && !(Number.isFinite(infusionDurationH) && infusionDurationH > 0)) {
    throw new RangeError(`${name} to have a positive infusion duration, got ${infusionDurationH} h`);
  }
}
