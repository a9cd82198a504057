import type { SweepField, SweepPoint } from "./sweep-field.js";

/** The power (or type I error) of one primary hypothesis at one point. */
export interface PointPower {
  /** "rct" for the arms' own trial, else a design id. */
  readonly design: string;
  readonly endpoint: string;
  readonly comparison: string;
  readonly method: string;
  /** "power", or "type_i_error" when the true effect is exactly 0. */
  readonly quantity: string;
  readonly rate: number;
  readonly mcse: number;
}

/** The powers of one point of a sweep. */
export interface PointPowers {
  readonly point: SweepPoint;
  readonly powers: readonly PointPower[];
}

/** One power curve: a numeric field varied while the other fields and the hypothesis stay fixed. */
export interface PowerCurve {
  readonly field: SweepField;
  /** The other fields' values, "label=value" each, in field order ("" when one field is varied). */
  readonly others: string;
  readonly hypothesis: string;
  /** The curve's points in increasing value of the field. */
  readonly points: readonly { readonly value: number; readonly rate: number; readonly mcse: number }[];
}

/** Where a curve reaches a target power. */
export interface TargetReached {
  readonly curve: PowerCurve;
  readonly target: number;
  /** The smallest swept value whose estimated power is ≥ target (undefined: none). */
  readonly smallest: { readonly value: number; readonly rate: number; readonly mcse: number } | undefined;
  /** Linear interpolation of where the curve crosses the target; with lower/upper from the curves p ± 2 MCSE (NaN where they do not cross inside the grid). */
  readonly crossing: { readonly estimate: number; readonly lower: number; readonly upper: number };
}

/** "endpoint comparison, method" (and the design when not the arms' own trial). */
export function hypothesisLabel(power: PointPower): string {
  return `${power.design === "rct" ? "" : `${power.design}: `}${power.endpoint} ${power.comparison}, ${power.method}`;
}

function othersLabel(fields: readonly SweepField[], point: SweepPoint, except: number): string {
  return fields.flatMap((field, at) => (at === except ? [] : [`${field.label}=${String(point.values[at])}`])).join(", ");
}

/**
 * The power curves of a sweep: for each numeric field, each combination of the other
 * fields and each hypothesis whose quantity is power, the powers in increasing value of the
 * field. Fields with a non-numeric value give no curve.
 */
export function powerCurves(fields: readonly SweepField[], results: readonly PointPowers[]): PowerCurve[] {
  const curves: PowerCurve[] = [];
  fields.forEach((field, at) => {
    if (!field.values.every((value) => typeof value === "number")) return;
    const byCurve = new Map<string, { others: string; hypothesis: string; points: { value: number; rate: number; mcse: number }[] }>();
    for (const { point, powers } of results) {
      const others = othersLabel(fields, point, at);
      for (const power of powers) {
        if (power.quantity !== "power") continue;
        const hypothesis = hypothesisLabel(power);
        const key = `${others}\u0000${hypothesis}`;
        const curve = byCurve.get(key) ?? { others, hypothesis, points: [] };
        curve.points.push({ value: point.values[at] as number, rate: power.rate, mcse: power.mcse });
        byCurve.set(key, curve);
      }
    }
    for (const curve of byCurve.values()) curves.push({ field, others: curve.others, hypothesis: curve.hypothesis, points: [...curve.points].sort((a, b) => a.value - b.value) });
  });
  return curves;
}

/** Where the piecewise-linear curve through (value, rate) first reaches `target`; the first value when it starts above; NaN when it never does. */
function firstCrossing(points: readonly { value: number; rate: number }[], target: number): number {
  const [first] = points;
  if (first === undefined) return Number.NaN;
  if (first.rate >= target) return first.value;
  for (let at = 1; at < points.length; at++) {
    const low = points[at - 1] as { value: number; rate: number };
    const high = points[at] as { value: number; rate: number };
    if (high.rate >= target) return low.value + ((target - low.rate) / (high.rate - low.rate)) * (high.value - low.value);
  }
  return Number.NaN;
}

/**
 * Where a curve reaches the target: the smallest swept value whose estimated power is at
 * least the target, and the interpolated crossing with a Monte Carlo band (the crossings of
 * power + 2 MCSE and power − 2 MCSE).
 *
 * @example a curve 0.5, 0.7, 0.9 at n = 40, 60, 80 reaches 0.8 at n = 80 (smallest) and crosses it at n = 70
 */
export function targetReached(curve: PowerCurve, target: number): TargetReached {
  const smallest = curve.points.find((point) => point.rate >= target);
  const shifted = (sign: number) => curve.points.map((point) => ({ value: point.value, rate: point.rate + sign * 2 * point.mcse }));
  return { curve, target, smallest, crossing: { estimate: firstCrossing(curve.points, target), lower: firstCrossing(shifted(1), target), upper: firstCrossing(shifted(-1), target) } };
}

/** The powers below a required minimum: every primary hypothesis whose quantity is power, at every point. */
export function powersBelow(results: readonly PointPowers[], minimum: number): { point: SweepPoint; power: PointPower }[] {
  return results.flatMap(({ point, powers }) => powers.filter((power) => power.quantity === "power" && power.rate < minimum).map((power) => ({ point, power })));
}
