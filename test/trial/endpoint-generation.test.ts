import { normalCdf } from "../../src/stats/index.js";
import { describe, expect, it } from "vitest";
import type { VirtualPopulation } from "../../src/population/index.js";
import { streamFor } from "../../src/rng/index.js";
import { parseSpec, type Endpoint, type EnrolmentSection } from "../../src/spec/index.js";
import { simulateBinaryEndpoint } from "../../src/trial/binary-endpoint.js";
import { simulateCountEndpoint } from "../../src/trial/count-endpoint.js";
import { drawEntryDays } from "../../src/trial/enrolment.js";
import type { ContinuousOutcome, EndpointOutcome, PatientArmExposure, ReplicateSimulation } from "../../src/trial/index.js";
import { simulateReplicate } from "../../src/trial/index.js";
import { censorAtCutoff, dayOfEvent, drawEventTimes } from "../../src/trial/time-to-event-endpoint.js";
import { countUniforms } from "../helpers/counting-rng.js";
import { planFromText } from "../helpers/plan.js";

/*
 * The simulated endpoint data against closed forms. Every expected value is computed here
 * from the model's definition (never read from the code under test); every statistical
 * check allows Z_TOLERANCE Monte Carlo standard errors, the SE itself from a closed form.
 * With fixed seeds the tests are deterministic; Z_TOLERANCE = 4 means a correct generator
 * would fail for a random seed with probability 6e-5 per check, while the sample sizes make
 * 4 SE small (about 1 % of the checked quantity), so the model errors named at each check
 * move the statistic by many SEs.
 */
const Z_TOLERANCE = 4;

/** Days in a month of the enrolment model, from its definition (a year of 365.25 days). */
const DAYS_PER_MONTH = 365.25 / 12;

/** |got − expected| ≤ Z_TOLERANCE · se, with a readable failure. */
function expectWithinSe(got: number, expected: number, se: number, label: string): void {
  const z = (got - expected) / se;
  expect(Math.abs(z) <= Z_TOLERANCE, `${label}: got ${got}, expected ${expected}, ${z.toFixed(2)} SE (SE ${se.toPrecision(3)}, tolerance ${Z_TOLERANCE} SE)`).toBe(true);
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index] as number;
  return sum / values.length;
}

function sampleVariance(values: ArrayLike<number>): number {
  const centre = mean(values);
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += ((values[index] as number) - centre) ** 2;
  return sum / (values.length - 1);
}

/** Fraction of the values at or below `limit`. */
function fractionAtMost(values: ArrayLike<number>, limit: number): number {
  let count = 0;
  for (let index = 0; index < values.length; index++) if ((values[index] as number) <= limit) count++;
  return count / values.length;
}

/** Binomial SE of a fraction estimated from n draws of probability p. */
function fractionSe(p: number, n: number): number {
  return Math.sqrt((p * (1 - p)) / n);
}

/** A spec without pk around an endpoint (after `earlier` ones), parsed so it has every default filled. */
function endpointFrom(yaml: string, earlier = ""): Endpoint {
  const text = `trial: {id: t, title: t, seed: 1, replicates: 1, duration_days: 365}
cohort:
  file: cohort.csv
  id_column: id
  columns: {age: {type: number}, bili: {type: number}}
population: {method: bootstrap, n_per_arm: 10}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 1, interval_h: 24}}
endpoints:
${earlier}  - ${yaml.trim().split("\n").join("\n    ")}
`;
  const endpoint = parseSpec(text, "spec.yaml").endpoints.at(-1);
  if (endpoint === undefined) throw new Error("no endpoint");
  return endpoint;
}

/** n virtual patients with the given number columns. */
function population(size: number, numeric: Record<string, Float64Array> = {}): VirtualPopulation {
  return { size, sourceRow: new Int32Array(size), numeric: new Map(Object.entries(numeric)), categorical: new Map() };
}

/** On drug without a PK model: only constant drug effects read it (they only need "on drug"). */
const ON_DRUG: PatientArmExposure = {
  doses: [],
  missedIndexes: [],
  amountMg: 1,
  metrics: { cmaxMgPerL: Number.NaN, tmaxAfterDoseH: Number.NaN, cminMgPerL: Number.NaN, ctroughMgPerL: Number.NaN, aucTauMgHPerL: Number.NaN, cavgMgPerL: Number.NaN, aucCumulativeMgHPerL: Number.NaN, timeAboveThresholdH: Number.NaN },
};

/** Own exposure: on drug where `onDrug(patient)`; the twin is always the control (no drug). */
function exposures(size: number, onDrug: (patient: number) => boolean): { own: (PatientArmExposure | null)[]; twin: null[] } {
  return { own: Array.from({ length: size }, (_, patient) => (onDrug(patient) ? ON_DRUG : null)), twin: new Array<null>(size).fill(null) };
}

describe("enrolment: a Poisson process with piecewise-constant rate", () => {
  // 5 patients a month for 3 months, then 10 a month.
  const enrolment: EnrolmentSection = { periods: [{ months: 3, patients_per_month: 5 }, { patients_per_month: 10 }] };
  const switchDay = 3 * DAYS_PER_MONTH;
  /** Λ(t): expected arrivals by day t. */
  const expectedBy = (day: number): number => (5 / DAYS_PER_MONTH) * Math.min(day, switchDay) + (10 / DAYS_PER_MONTH) * Math.max(0, day - switchDay);
  const replicates = 4000;
  // 80 patients: P(Poisson(Λ(150) = 34.3) >= 80) < 1e-10, so the trial size never truncates the counts below.
  const size = 80;
  const runs = Array.from({ length: replicates }, (_, replicate) => drawEntryDays(enrolment, size, streamFor(11, [replicate + 1, "enrolment"])));

  it("the number entered by day t is Poisson with mean Λ(t), in each period and across the switch", () => {
    for (const day of [45, switchDay, 150]) {
      const counts = runs.map((entry) => entry.filter((entryDay) => entryDay <= day).length);
      const lambda = expectedBy(day);
      // Mean of 4000 Poisson(Λ) counts: SE = sqrt(Λ / 4000), 4 SE ≈ 1.1 % of Λ at day 150; a
      // month of 30 days instead of 30.4375 moves Λ(150) by 1.4 % (5 SE).
      expectWithinSe(mean(counts), lambda, Math.sqrt(lambda / replicates), `mean entered by day ${day}`);
      // Poisson: variance = Λ. SE of a sample variance: sqrt((μ4 − σ⁴)/R) with μ4 = Λ + 3Λ² (Poisson).
      expectWithinSe(sampleVariance(counts), lambda, Math.sqrt((lambda + 2 * lambda * lambda) / replicates), `variance entered by day ${day}`);
    }
  });

  it("entry days are positive and non-decreasing in patient order", () => {
    const unordered = runs.filter((entry) => !(entry[0] as number > 0) || entry.some((day, patient) => patient > 0 && day < (entry[patient - 1] as number)));
    expect(unordered.length).toBe(0);
  });

  it("a last period with months continues at its rate", () => {
    const closed: EnrolmentSection = { periods: [{ months: 3, patients_per_month: 5 }, { months: 1, patients_per_month: 10 }] };
    const open = runs[0] ?? new Float64Array(0);
    // The same arrivals; past the end of the closed period the day is summed in another order (ulps).
    drawEntryDays(closed, size, streamFor(11, [1, "enrolment"])).forEach((day, patient) => expect(Math.abs(day - (open[patient] as number))).toBeLessThanOrEqual(1e-12 * day));
    expect(open[size - 1]).toBeGreaterThan(4 * DAYS_PER_MONTH);
  });

  it("without an enrolment section every patient enters on day 0", () => {
    expect([...drawEntryDays(undefined, 50, streamFor(11, [1, "enrolment"]))]).toEqual(new Array(50).fill(0));
    expect([...drawEntryDays(enrolment, 50, undefined)]).toEqual(new Array(50).fill(0));
  });
});

describe("time-to-event: event times by inversion of the cumulative hazard", () => {
  const size = 100_000;
  const control = exposures(size, () => false);
  const draw = (yaml: string, seed: number) => drawEventTimes(endpointFrom(yaml), { population: population(size), ...control }, streamFor(seed, [1, "residual", "t"]));

  it("exponential with median m: P(T <= t) = 1 − exp(−ln 2 · t / m)", () => {
    const { own, dropout } = draw("{id: t, type: time-to-event, baseline_hazard: {model: exponential, median_days: 1000}}", 1);
    for (const day of [300, 1000, 2000]) {
      const p = 1 - Math.exp((-Math.LN2 * day) / 1000);
      // SE = sqrt(p(1 − p)/1e5) ≤ 0.0016; reading the median as the mean (rate 1/m) gives P(1000) = 0.632, not 0.5.
      expectWithinSe(fractionAtMost(own, day), p, fractionSe(p, size), `P(T <= ${day})`);
    }
    expect(dropout.every((time) => time === Infinity)).toBe(true);
  });

  it("exponential with rate λ: mean time 1/λ", () => {
    const { own } = draw("{id: t, type: time-to-event, baseline_hazard: {model: exponential, rate_per_day: 0.002}}", 2);
    // SD of an exponential = its mean 500: SE = 500/sqrt(1e5) = 1.6 days.
    expectWithinSe(mean(own), 500, 500 / Math.sqrt(size), "mean event time");
  });

  it("Weibull with median m and shape k: P(T <= t) = 1 − exp(−ln 2 · (t/m)^k)", () => {
    const { own } = draw("{id: t, type: time-to-event, baseline_hazard: {model: weibull, median_days: 700, shape: 1.5}}", 3);
    // At t = m: 0.5 (a scale of m · ln2^(1/k) instead of m / ln2^(1/k) gives 0.24); at 2m: 0.859.
    for (const day of [700, 1400]) {
      const p = 1 - Math.exp(-Math.LN2 * (day / 700) ** 1.5);
      expectWithinSe(fractionAtMost(own, day), p, fractionSe(p, size), `P(T <= ${day})`);
    }
  });

  it("Weibull with scale s: P(T <= s) = 1 − 1/e whatever the shape", () => {
    const { own } = draw("{id: t, type: time-to-event, baseline_hazard: {model: weibull, scale_days: 900, shape: 0.8}}", 4);
    const p = 1 - Math.exp(-1);
    expectWithinSe(fractionAtMost(own, 900), p, fractionSe(p, size), "P(T <= scale)");
  });

  it("proportional hazards, per patient: H0(T)·exp(covariates + β) equals the patient's exponential draw, own and twin", () => {
    const n = 2000;
    const age = Float64Array.from({ length: n }, (_, patient) => 30 + (patient % 50));
    const bili = Float64Array.from({ length: n }, (_, patient) => 0.5 + (patient % 37) / 4);
    const endpoint = endpointFrom(`id: t
type: time-to-event
baseline_hazard: {model: weibull, median_days: 700, shape: 1.5}
covariates:
  - {column: age, coefficient: 0.03, reference: 50}
  - {column: bili, transform: log, coefficient: 0.9, reference: 0.336472}
drug_effect: {model: constant, value: -0.5}`);
    const rng = countUniforms(streamFor(5, [1, "residual", "t"]));
    const onDrug = (patient: number) => patient % 2 === 1;
    const { own, twin } = drawEventTimes(endpoint, { population: population(n, { age, bili }), ...exposures(n, onDrug) }, rng);
    // Two uniforms per patient (event, dropout), read in patient order.
    expect(rng.drawn.length).toBe(2 * n);
    const scale = 700 / Math.LN2 ** (1 / 1.5);
    const cumulativeHazard = (time: number) => (time / scale) ** 1.5;
    let largest = 0;
    for (let patient = 0; patient < n; patient++) {
      const exponential = -Math.log(rng.drawn[2 * patient] as number);
      const covariates = 0.03 * ((age[patient] as number) - 50) + 0.9 * (Math.log(bili[patient] as number) - 0.336472);
      const beta = onDrug(patient) ? -0.5 : 0;
      const ownTime = own[patient] as number;
      const twinTime = twin[patient] as number;
      // H0(T_own)·e^β = H0(T_twin): the same uniform under both arms.
      largest = Math.max(largest, Math.abs(cumulativeHazard(ownTime) * Math.exp(covariates + beta) / exponential - 1), Math.abs(cumulativeHazard(twinTime) * Math.exp(covariates) / exponential - 1));
      if (!onDrug(patient)) expect(ownTime).toBe(twinTime);
      else expect(ownTime).toBeGreaterThan(twinTime);
    }
    // Rounding only: a few ulps of pow/exp/log.
    expect(largest).toBeLessThan(1e-12);
  });

  it("dropout at rate δ censors a fraction δ/(λ + δ) of exponential(λ) events; min(T, D) has mean 1/(λ + δ)", () => {
    const { own, twin, dropout } = draw("{id: t, type: time-to-event, baseline_hazard: {model: exponential, median_days: 1000}, dropout_rate_per_year: 0.5}", 6);
    const lambda = Math.LN2 / 1000;
    const delta = 0.5 / 365.25;
    // Mean dropout time 730.5 days, SE 730.5/sqrt(1e5) = 2.3.
    expectWithinSe(mean(dropout), 1 / delta, 1 / delta / Math.sqrt(size), "mean dropout time");
    const observed = censorAtCutoff({ own, twin, dropout }, new Float64Array(size), Infinity);
    const pEvent = lambda / (lambda + delta);
    // 0.336 ± 0.0015 (SE); ignoring dropout gives 1, a dropout rate per day instead of per year ≈ 0.
    expectWithinSe(mean(observed.event), pEvent, fractionSe(pEvent, size), "fraction with the event before dropout");
    expectWithinSe(mean(observed.timeDays), 1 / (lambda + delta), 1 / (lambda + delta) / Math.sqrt(size), "mean observed time");
  });
});

describe("censorAtCutoff with staggered entry: time = min(T, D, cutoff − entry)", () => {
  it("hand-made cases around the cutoff, own and twin", () => {
    const entry = Float64Array.from([0, 30, 30, 30, 120, 10]);
    const own = Float64Array.from([50, 80, 60, 70, 5, 20]);
    const twin = Float64Array.from([90, 100, 60, 69, 7, 25]);
    const dropout = Float64Array.from([Infinity, Infinity, 40, Infinity, Infinity, 20]);
    const outcome = censorAtCutoff({ own, twin, dropout }, entry, 100);
    // 0: event at 50; 1: administratively censored at 100 − 30; 2: dropout at 40 first;
    // 3: event exactly at the cutoff day (counts); 4: entered after the cutoff (no follow-up);
    // 5: event on the dropout day (the event counts).
    expect([...outcome.timeDays]).toEqual([50, 70, 40, 70, 0, 20]);
    expect([...outcome.event]).toEqual([1, 0, 0, 1, 0, 1]);
    expect([...outcome.twinTimeDays]).toEqual([90, 70, 40, 69, 0, 20]);
    expect([...outcome.twinEvent]).toEqual([1, 0, 0, 1, 0, 0]);
    expect(outcome.uncensoredDays).toBe(own);
    expect(outcome.twinUncensoredDays).toBe(twin);
  });

  it("random entry, event and dropout times", () => {
    const n = 20_000;
    const rng = streamFor(8, ["censor"]);
    const entry = Float64Array.from({ length: n }, () => 400 * rng.next());
    const own = Float64Array.from({ length: n }, () => -500 * Math.log(rng.next()));
    const twin = Float64Array.from({ length: n }, () => -300 * Math.log(rng.next()));
    const dropout = Float64Array.from({ length: n }, () => -800 * Math.log(rng.next()));
    const cutoff = 365;
    const outcome = censorAtCutoff({ own, twin, dropout }, entry, cutoff);
    const wrong: string[] = [];
    for (let patient = 0; patient < n; patient++) {
      const followUp = Math.max(0, Math.min(dropout[patient] as number, cutoff - (entry[patient] as number)));
      for (const [times, time, event] of [[own, outcome.timeDays, outcome.event], [twin, outcome.twinTimeDays, outcome.twinEvent]] as const) {
        const t = times[patient] as number;
        const expectedEvent = t <= (dropout[patient] as number) && (entry[patient] as number) + t <= cutoff ? 1 : 0;
        // 1e-9 days: cutoff − entry and T may differ in the last bits at an event on the cutoff day.
        if (Math.abs((time[patient] as number) - Math.min(t, followUp)) > 1e-9 || event[patient] !== expectedEvent) wrong.push(`patient ${patient}: time ${time[patient]}, event ${event[patient]}`);
      }
    }
    expect(wrong).toEqual([]);
    // The random cases cover every branch.
    expect(outcome.event.includes(1) && outcome.event.includes(0) && entry.some((day) => day > cutoff)).toBe(true);
  });
});

describe("a cutoff at the k-th event", () => {
  it("leaves exactly k events across the trial, for any k", () => {
    const endpoint = endpointFrom("{id: t, type: time-to-event, baseline_hazard: {model: exponential, median_days: 400}, dropout_rate_per_year: 0.2}");
    const n = 300;
    for (let replicate = 1; replicate <= 300; replicate++) {
      const entryDays = drawEntryDays({ periods: [{ patients_per_month: 20 }] }, n, streamFor(9, [replicate, "enrolment"]));
      const events = drawEventTimes(endpoint, { population: population(n), ...exposures(n, (patient) => patient % 2 === 0) }, streamFor(9, [replicate, "residual", "t"]));
      for (const k of [1, 37, 150]) {
        const cutoffDay = dayOfEvent(events, entryDays, k);
        const outcome = censorAtCutoff(events, entryDays, cutoffDay);
        // Before the fix of censorAtCutoff, cutoff − entry rounded below T in about a quarter
        // of these cases and the k-th event was censored (k − 1 events).
        expect(outcome.event.reduce((sum, event) => sum + event, 0), `replicate ${replicate}, k = ${k}`).toBe(k);
      }
    }
  });

  it("is never reached when fewer patients have the event than k", () => {
    const events = { own: Float64Array.from([10, 20, 30]), dropout: Float64Array.from([Infinity, 5, Infinity]) };
    expect(dayOfEvent(events, Float64Array.from([0, 1, 2]), 2)).toBe(32);
    expect(dayOfEvent(events, Float64Array.from([0, 1, 2]), 3)).toBe(Infinity);
  });
});

describe("count endpoints", () => {
  const size = 100_000;
  const years = 1.5;
  const simulate = (yaml: string, seed: number, onDrug: (patient: number) => boolean = () => false, n = size) =>
    simulateCountEndpoint(endpointFrom(yaml), { population: population(n), ...exposures(n, onDrug), years }, streamFor(seed, [1, "residual", "n"]));

  it("Poisson: mean and variance λt", () => {
    const outcome = simulate("{id: n, type: count, count_model: poisson, rate_per_year: 2}", 1);
    const mu = 2 * years;
    // SE of the mean sqrt(3/1e5) = 0.0055; of the variance sqrt((μ + 2μ²)/n) = 0.0145 (Poisson μ4 = μ + 3μ²).
    expectWithinSe(mean(outcome.count), mu, Math.sqrt(mu / size), "mean count");
    expectWithinSe(sampleVariance(outcome.count), mu, Math.sqrt((mu + 2 * mu * mu) / size), "variance of the count");
    expect(outcome.exposureYears.every((value) => value === years)).toBe(true);
    expect(outcome.twinCount).toEqual(outcome.count);
  });

  it("negative binomial: mean λt, variance μ + μ²/θ", () => {
    const theta = 2;
    const outcome = simulate(`{id: n, type: count, count_model: negative-binomial, rate_per_year: 2, dispersion: ${theta}}`, 2);
    const mu = 2 * years;
    const variance = mu + (mu * mu) / theta;
    // NB(size θ, p = θ/(θ + μ)): excess kurtosis 6/θ + p²/(θ(1 − p)), so Var(s²) ≈ σ⁴(2 + excess)/n.
    const p = theta / (theta + mu);
    const excessKurtosis = 6 / theta + (p * p) / (theta * (1 - p));
    // SE 0.0087 for the mean, 0.054 for the variance (7.5): a Poisson (3) or θ read as a scale (μ + μ²θ = 21) fails.
    expectWithinSe(mean(outcome.count), mu, Math.sqrt(variance / size), "mean count");
    expectWithinSe(sampleVariance(outcome.count), variance, Math.sqrt((variance * variance * (2 + excessKurtosis)) / size), "variance of the count");
  });

  it("a drug lowering the rate: twin (control) counts >= own counts for every patient, means μ and μ·e^β", () => {
    const n = 20_000;
    const theta = 2;
    const outcome = simulate(`{id: n, type: count, count_model: negative-binomial, rate_per_year: 2, dispersion: ${theta}, drug_effect: {model: constant, value: -0.7}}`, 3, () => true, n);
    let higher = 0;
    let lower = 0;
    for (let patient = 0; patient < n; patient++) {
      if ((outcome.twinCount[patient] as number) > (outcome.count[patient] as number)) higher++;
      if ((outcome.twinCount[patient] as number) < (outcome.count[patient] as number)) lower++;
    }
    expect(lower).toBe(0);
    expect(higher).toBeGreaterThan(0);
    const mu = 2 * years;
    const muDrug = mu * Math.exp(-0.7);
    expectWithinSe(mean(outcome.count), muDrug, Math.sqrt((muDrug + (muDrug * muDrug) / theta) / n), "mean count on drug");
    expectWithinSe(mean(outcome.twinCount), mu, Math.sqrt((mu + (mu * mu) / theta) / n), "mean count of the twins");
  });
});

describe("binary endpoints", () => {
  it("logistic: the response rate is the mean of the model probabilities, own and twin; per patient U < P", () => {
    const n = 100_000;
    const age = Float64Array.from({ length: n }, (_, patient) => 30 + (50 * (patient + 0.5)) / n);
    const endpoint = endpointFrom(`id: r
type: binary
logistic: {intercept: -1}
covariates: [{column: age, coefficient: 0.04, reference: 50}]
drug_effect: {model: constant, value: 0.8}`);
    const onDrug = (patient: number) => patient % 2 === 1;
    const rng = countUniforms(streamFor(4, [1, "residual", "r"]));
    const outcome = simulateBinaryEndpoint(endpoint, { population: population(n, { age }), ...exposures(n, onDrug), earlier: new Map() }, rng);
    expect(rng.drawn.length).toBe(n);
    const probability = (patient: number, drug: boolean) => 1 / (1 + Math.exp(-(-1 + 0.04 * ((age[patient] as number) - 50) + (drug ? 0.8 : 0))));
    for (const [responses, drug] of [[outcome.response, onDrug], [outcome.twinResponse, () => false]] as const) {
      const p = Array.from({ length: n }, (_, patient) => probability(patient, drug(patient)));
      // Independent Bernoulli(p_i): SE of the rate = sqrt(Σ p_i(1 − p_i))/n ≈ 0.0015.
      const se = Math.sqrt(p.reduce((sum, pi) => sum + pi * (1 - pi), 0)) / n;
      expectWithinSe(mean(responses), mean(p), se, drug === onDrug ? "own response rate" : "twin response rate");
      expect(responses.filter((response, patient) => response !== ((rng.drawn[patient] as number) < (p[patient] as number) ? 1 : 0)).length).toBe(0);
    }
  });

  it("responder: the threshold on the continuous change, >= above, <= below, own and twin", () => {
    const change = Float64Array.from([-2, -1, -0.5, -0.4999999, 0, 0.5, 3]);
    const twinChange = Float64Array.from([-0.5, -0.6, 1, -3, -0.5, 0.2, -0.50000001]);
    // Expected changes 0.5 below the observed ones, residual SD 1: the response probability is Φ(±(mean − threshold)).
    const meanChange = change.map((value) => value - 0.5);
    const source: ContinuousOutcome = { type: "continuous", baseline: new Float64Array(7), change, twinChange, meanChange, twinMeanChange: twinChange, residualSd: 1, visitChanges: [change], twinVisitChanges: [twinChange] };
    const earlier = new Map<string, EndpointOutcome>([["alb", source]]);
    const context = { population: population(7), ...exposures(7, () => true), earlier };
    const rng = countUniforms(streamFor(1, ["unused"]));
    const ALB = "  - {id: alb, type: continuous, baseline_column: age, residual_sd: 1}\n";
    const above = simulateBinaryEndpoint(endpointFrom("{id: r, type: binary, responder: {endpoint: alb, threshold: -0.5, direction: above}}", ALB), context, rng);
    expect([...above.response]).toEqual([0, 0, 1, 1, 1, 1, 1]);
    expect([...above.twinResponse]).toEqual([1, 0, 1, 0, 1, 1, 0]);
    const below = simulateBinaryEndpoint(endpointFrom("{id: r, type: binary, responder: {endpoint: alb, threshold: -0.5, direction: below}}", ALB), context, rng);
    expect([...below.response]).toEqual([1, 1, 1, 0, 0, 0, 0]);
    expect([...below.twinResponse]).toEqual([1, 1, 0, 1, 1, 0, 1]);
    // The probabilities behind the true effect: Φ((mean − threshold)/SD) above, Φ((threshold − mean)/SD) below.
    meanChange.forEach((mean, patient) => {
      expect(above.probability[patient]).toBeCloseTo(normalCdf(mean + 0.5), 15);
      expect(below.probability[patient]).toBeCloseTo(normalCdf(-0.5 - mean), 15);
      expect(above.twinProbability[patient]).toBeCloseTo(normalCdf((twinChange[patient] as number) + 0.5), 15);
    });
    // A responder reads no random numbers.
    expect(rng.drawn.length).toBe(0);
  });
});

describe("whole replicates (planFromText)", () => {
  const SPEC = `trial: {id: gen, title: generation, seed: 5, replicates: 3, duration_days: 365}
cohort:
  file: ../cohorts/pbc_baseline.csv
  id_column: id
  columns:
    age: {type: number}
    albumin: {type: number}
population: {method: bootstrap, n_per_arm: 150}
enrolment:
  periods:
    - {months: 6, patients_per_month: 20}
    - {patients_per_month: 40}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 1, interval_h: 24}}
endpoints:
  - id: alb
    type: continuous
    baseline_column: albumin
    residual_sd: 0.3
    drug_effect: {model: constant, value: 0.2}
  - id: resp
    type: binary
    responder: {endpoint: alb, threshold: 0.1, direction: above}
  - id: death
    type: time-to-event
    baseline_hazard: {model: exponential, median_days: 600}
    covariates: [{column: age, coefficient: 0.03, reference: 50}]
    drug_effect: {model: constant, value: -0.4}
    dropout_rate_per_year: 0.1
  - id: relapse
    type: time-to-event
    baseline_hazard: {model: weibull, median_days: 900, shape: 1.3}
  - id: flares
    type: count
    count_model: negative-binomial
    rate_per_year: 2
    dispersion: 1.5
analysis:
  cutoff: {events: 60}
`;

  function outcome<T extends EndpointOutcome["type"]>(simulation: ReplicateSimulation, index: number, type: T): Extract<EndpointOutcome, { type: T }> {
    const found = simulation.endpoints[index];
    if (found?.type !== type) throw new Error(`endpoint ${index} is ${found?.type}, not ${type}`);
    return found as Extract<EndpointOutcome, { type: T }>;
  }

  it("staggered entry, an event-driven cutoff shared by every time-to-event endpoint, responders from the continuous change", () => {
    const plan = planFromText(SPEC);
    for (let replicate = 1; replicate <= 3; replicate++) {
      const simulation = simulateReplicate(plan, replicate);
      const { entryDays, cutoffDay } = simulation;
      expect(entryDays.length).toBe(300);
      for (let patient = 1; patient < 300; patient++) expect(entryDays[patient]).toBeGreaterThanOrEqual(entryDays[patient - 1] as number);
      const death = outcome(simulation, 2, "time-to-event");
      expect(death.event.reduce((sum, event) => sum + event, 0)).toBe(60);
      // The cutoff is the calendar day of an observed event.
      expect(death.event.some((event, patient) => event === 1 && (entryDays[patient] as number) + (death.timeDays[patient] as number) === cutoffDay)).toBe(true);
      const relapse = outcome(simulation, 3, "time-to-event");
      relapse.timeDays.forEach((time, patient) => {
        expect(time).toBeLessThanOrEqual(Math.max(0, cutoffDay - (entryDays[patient] as number)) + 1e-9);
        expect(relapse.event[patient]).toBe((entryDays[patient] as number) + (relapse.uncensoredDays[patient] as number) <= cutoffDay ? 1 : 0);
      });
      const alb = outcome(simulation, 0, "continuous");
      const resp = outcome(simulation, 1, "binary");
      expect([...resp.response]).toEqual(Array.from(alb.change, (change) => (change >= 0.1 ? 1 : 0)));
      expect([...resp.twinResponse]).toEqual(Array.from(alb.twinChange, (change) => (change >= 0.1 ? 1 : 0)));
      const flares = outcome(simulation, 4, "count");
      expect(flares.exposureYears.every((years) => years === 365 / 365.25)).toBe(true);
    }
  });

  it("without enrolment and cutoff: every patient enters on day 0 and the analysis is at trial.duration_days", () => {
    const text = SPEC.replace(/enrolment:\n( {2}.*\n)+/, "").replace(/analysis:\n( {2}.*\n)+/, "");
    const simulation = simulateReplicate(planFromText(text), 1);
    expect([...simulation.entryDays]).toEqual(new Array(300).fill(0));
    expect(simulation.cutoffDay).toBe(365);
    const death = outcome(simulation, 2, "time-to-event");
    death.event.forEach((event, patient) => expect(event).toBe((death.uncensoredDays[patient] as number) <= 365 && (death.timeDays[patient] as number) === death.uncensoredDays[patient] ? 1 : 0));
  });
});
