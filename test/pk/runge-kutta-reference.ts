import type { Dose, LinearPkParameters } from "../../src/pk/index.js";

/** An event of the ODE reference: at timeH, add to the depot or the central amount, or change the infusion rate. */
interface OdeEvent {
  readonly timeH: number;
  readonly depotMg: number;
  readonly centralMg: number;
  readonly rateMgPerH: number;
}

function listEvents(parameters: LinearPkParameters, doses: readonly Dose[]): OdeEvent[] {
  const events: OdeEvent[] = [];
  for (const dose of doses) {
    if (dose.route === "oral") events.push({ timeH: dose.timeH + parameters.lagTimeH, depotMg: parameters.bioavailability * dose.amountMg, centralMg: 0, rateMgPerH: 0 });
    if (dose.route === "iv-bolus") events.push({ timeH: dose.timeH, depotMg: 0, centralMg: dose.amountMg, rateMgPerH: 0 });
    if (dose.route === "infusion") {
      const rateMgPerH = dose.amountMg / (dose.durationH as number);
      events.push({ timeH: dose.timeH, depotMg: 0, centralMg: 0, rateMgPerH });
      events.push({ timeH: dose.timeH + (dose.durationH as number), depotMg: 0, centralMg: 0, rateMgPerH: -rateMgPerH });
    }
  }
  // Events at one time commute (they only add), so the tie-break only keeps the order defined.
  return events.map((event, index) => ({ event, index })).sort((left, right) => left.event.timeH - right.event.timeH || left.index - right.index).map(({ event }) => event);
}

/** d/dt of [Ad, A1, A2, A3] for the mammillary model of LinearPkParameters (mg/h). */
function derivative(parameters: LinearPkParameters, amounts: readonly number[], rateMgPerH: number): number[] {
  const [depot, central, first, second] = amounts as [number, number, number, number];
  const v1 = parameters.centralVolumeL;
  const q2 = parameters.q2LPerH ?? 0;
  const q3 = parameters.q3LPerH ?? 0;
  const toFirst = (q2 / v1) * central - (q2 / (parameters.volume2L ?? 1)) * first;
  const toSecond = (q3 / v1) * central - (q3 / (parameters.volume3L ?? 1)) * second;
  const absorbed = (parameters.absorptionRatePerH ?? 0) * depot;
  return [-absorbed, absorbed + rateMgPerH - (parameters.clearanceLPerH / v1) * central - toFirst - toSecond, toFirst, toSecond];
}

function stepRungeKutta(parameters: LinearPkParameters, amounts: number[], step: { readonly stepH: number; readonly rateMgPerH: number }): number[] {
  const { stepH, rateMgPerH } = step;
  const shifted = (slope: readonly number[], fraction: number) => amounts.map((amount, index) => amount + fraction * stepH * (slope[index] as number));
  const k1 = derivative(parameters, amounts, rateMgPerH);
  const k2 = derivative(parameters, shifted(k1, 0.5), rateMgPerH);
  const k3 = derivative(parameters, shifted(k2, 0.5), rateMgPerH);
  const k4 = derivative(parameters, shifted(k3, 1), rateMgPerH);
  return amounts.map((amount, index) => amount + (stepH / 6) * ((k1[index] as number) + 2 * (k2[index] as number) + 2 * (k3[index] as number) + (k4[index] as number)));
}

/**
 * Central concentrations (mg/L) at sorted times by the classical 4th-order Runge–Kutta method on
 * the model's ODEs, with steps of at most maxStepH between events (events applied exactly, dose
 * first). An independent check of the closed form: its global error is O(h⁴), about
 * 1e-12 relative for h = 0.005 h and rates near 1 /h.
 */
export function integrateByRungeKutta(parameters: LinearPkParameters, doses: readonly Dose[], sampling: { readonly timesH: readonly number[]; readonly maxStepH: number }): number[] {
  const events = listEvents(parameters, doses);
  const breakpointsH = [...new Set([...events.map((event) => event.timeH), ...sampling.timesH])].sort((left, right) => left - right);
  let amounts = [0, 0, 0, 0];
  let rateMgPerH = 0;
  let timeH = breakpointsH[0] as number;
  const valuesByTime = new Map<number, number>();
  for (const breakpointH of breakpointsH) {
    const stepCount = Math.ceil((breakpointH - timeH) / sampling.maxStepH);
    for (let step = 0; step < stepCount; step++) amounts = stepRungeKutta(parameters, amounts, { stepH: (breakpointH - timeH) / stepCount, rateMgPerH });
    timeH = breakpointH;
    for (const event of events.filter((candidate) => candidate.timeH === breakpointH)) {
      amounts[0] = (amounts[0] as number) + event.depotMg;
      amounts[1] = (amounts[1] as number) + event.centralMg;
      rateMgPerH += event.rateMgPerH;
    }
    valuesByTime.set(breakpointH, (amounts[1] as number) / parameters.centralVolumeL);
  }
  return sampling.timesH.map((sampleH) => (sampleH < (breakpointsH[0] as number) ? 0 : (valuesByTime.get(sampleH) as number)));
}
