import { describe, expect, it } from "vitest";
import { specIssues } from "../helpers/spec-issues.js";
import { parseSpec, resolveSpec } from "../../src/spec/index.js";
import { methodsOf } from "../../src/spec/endpoint-type-rules.js";
import { MINIMAL_SPEC } from "./minimal-spec.js";

/**
 * MINIMAL_SPEC without its endpoints, over a year (line 27 is `endpoints:`, the first endpoint starts on line 28),
 * so every case below lists only the endpoints it is about.
 */
const HEAD = MINIMAL_SPEC.slice(0, MINIMAL_SPEC.indexOf("endpoints:\n") + "endpoints:\n".length).replace("duration_days: 28", "duration_days: 365");

/** A valid continuous endpoint (4 lines). */
const CONTINUOUS = `  - id: change
    type: continuous
    baseline_column: albumin
    residual_sd: 0.3
`;

/** A valid time-to-event endpoint (3 lines). */
const TIME_TO_EVENT = `  - id: death
    type: time-to-event
    baseline_hazard: {model: exponential, median_days: 1000}
`;

/** A valid Poisson count endpoint (4 lines). */
const COUNT = `  - id: flares
    type: count
    count_model: poisson
    rate_per_year: 2
`;

/** The spec with these endpoints, then `tail` (e.g. an analysis section). */
function specWithEndpoints(endpoints: string, tail = ""): string {
  return `${HEAD}${endpoints}${tail}`;
}

/** The same without the pk section (lines 21–26): the endpoints start on line 22. */
function pkLessSpec(endpoints: string, tail = ""): string {
  return specWithEndpoints(endpoints, tail).replace(/pk:\n( {2}.*\n)+/, "");
}

const issuesOf = specIssues;

describe("endpoint type rules: every message verbatim", () => {
  describe("fields of another endpoint type", () => {
    it("points at the key of a binary field on a continuous endpoint", () => {
      expect(issuesOf(specWithEndpoints(`${CONTINUOUS}    responder: {endpoint: change, threshold: 1, direction: above}\n`))).toEqual([
        "spec.yaml:32:5: error SPEC_INVALID_VALUE: endpoints[0].responder applies only to binary endpoints, not continuous",
        "  hint: remove it, or set type: binary",
      ]);
    });

    it("names each misplaced field and the type it belongs to", () => {
      expect(issuesOf(specWithEndpoints(`${COUNT}    residual_sd: 0.3\n    baseline_hazard: {model: exponential, median_days: 100}\n    logistic: {intercept: 0}\n`))).toEqual([
        "spec.yaml:32:5: error SPEC_INVALID_VALUE: endpoints[0].residual_sd applies only to continuous endpoints, not count",
        "  hint: remove it, or set type: continuous",
        "spec.yaml:33:5: error SPEC_INVALID_VALUE: endpoints[0].baseline_hazard applies only to time-to-event endpoints, not count",
        "  hint: remove it, or set type: time-to-event",
        "spec.yaml:34:5: error SPEC_INVALID_VALUE: endpoints[0].logistic applies only to binary endpoints, not count",
        "  hint: remove it, or set type: binary",
      ]);
    });

    it("count fields on a time-to-event endpoint", () => {
      expect(issuesOf(specWithEndpoints(`${TIME_TO_EVENT}    rate_per_year: 2\n`))).toEqual([
        "spec.yaml:31:5: error SPEC_INVALID_VALUE: endpoints[0].rate_per_year applies only to count endpoints, not time-to-event",
        "  hint: remove it, or set type: count",
      ]);
    });
  });

  it("continuous: baseline_column and residual_sd are missing", () => {
    expect(issuesOf(specWithEndpoints("  - id: change\n    type: continuous\n"))).toEqual([
      "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].baseline_column is missing (a continuous endpoint is a change from baseline)",
      "  hint: baseline_column — the cohort number column with each patient's baseline",
      "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].residual_sd is missing (needed by continuous endpoints)",
      "  hint: residual_sd — SD of the unexplained variation at each visit (independent between visits)",
    ]);
  });

  describe("binary", () => {
    it("neither responder nor logistic", () => {
      expect(issuesOf(specWithEndpoints("  - id: response\n    type: binary\n"))).toEqual([
        "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0] (binary) needs responder or logistic",
        "  hint: responder: {endpoint: <earlier continuous id>, threshold: 0.1, direction: above} (a threshold on its change), or logistic: {intercept: -1} (a logistic model)",
      ]);
    });

    it("both responder and logistic", () => {
      expect(issuesOf(specWithEndpoints(`${CONTINUOUS}  - id: response\n    type: binary\n    responder: {endpoint: change, threshold: 1, direction: above}\n    logistic: {intercept: -1}\n`))).toEqual([
        "spec.yaml:32:5: error SPEC_INVALID_VALUE: endpoints[1] gives both responder and logistic: a binary endpoint takes exactly one",
        "  hint: keep responder (a threshold on a continuous endpoint's change) or logistic (a model of the event probability), not both",
      ]);
    });

    it("a responder on a binary endpoint", () => {
      expect(issuesOf(specWithEndpoints("  - id: event\n    type: binary\n    logistic: {intercept: 0}\n  - id: response\n    type: binary\n    responder: {endpoint: event, threshold: 1, direction: above}\n"))).toEqual([
        'spec.yaml:33:27: error SPEC_INVALID_VALUE: endpoints[1].responder.endpoint names "event", a binary endpoint: a responder is defined on a continuous endpoint\'s change',
        "  hint: no continuous endpoint is listed before it: add one above it, or use logistic",
      ]);
    });

    it("a responder on a continuous endpoint listed after it", () => {
      expect(issuesOf(specWithEndpoints(`  - id: response\n    type: binary\n    responder: {endpoint: change, threshold: 1, direction: above}\n${CONTINUOUS}`))).toEqual([
        'spec.yaml:30:27: error SPEC_INVALID_VALUE: endpoints[0].responder.endpoint names "change", which is listed after it: endpoints are simulated in spec order',
        '  hint: move endpoint "change" above "response"',
      ]);
    });

    it("a responder on itself", () => {
      expect(issuesOf(specWithEndpoints(`${CONTINUOUS}  - id: response\n    type: binary\n    responder: {endpoint: response, threshold: 1, direction: above}\n`))).toEqual([
        "spec.yaml:34:27: error SPEC_INVALID_VALUE: endpoints[1].responder.endpoint names the endpoint itself: a responder is defined on another, continuous endpoint's change",
        "  hint: continuous endpoints before it: change",
      ]);
    });

    it("a responder on an unknown endpoint suggests the closest continuous one", () => {
      expect(issuesOf(specWithEndpoints(`${CONTINUOUS}  - id: response\n    type: binary\n    responder: {endpoint: chnage, threshold: 1, direction: above}\n`))).toEqual([
        'spec.yaml:34:27: error SPEC_INVALID_VALUE: endpoints[1].responder.endpoint names "chnage", which is not an endpoint of this spec',
        '  hint: did you mean "change"? continuous endpoints before it: change',
      ]);
    });
  });

  describe("time-to-event baseline hazard", () => {
    const withHazard = (hazard: string) => specWithEndpoints(`  - id: death\n    type: time-to-event\n    baseline_hazard: ${hazard}\n`);
    const EXPONENTIAL = [
      "spec.yaml:30:22: error SPEC_INVALID_VALUE: endpoints[0].baseline_hazard (exponential) needs exactly one of rate_per_day and median_days",
      "  hint: e.g. {model: exponential, median_days: 1500}",
    ];
    const WEIBULL = [
      "spec.yaml:30:22: error SPEC_INVALID_VALUE: endpoints[0].baseline_hazard (weibull) needs shape and exactly one of scale_days and median_days",
      "  hint: e.g. {model: weibull, median_days: 2000, shape: 1.2}",
    ];

    it("is missing", () => {
      expect(issuesOf(specWithEndpoints("  - id: death\n    type: time-to-event\n"))).toEqual([
        "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].baseline_hazard is missing (needed by time-to-event endpoints)",
        "  hint: e.g. baseline_hazard: {model: weibull, median_days: 2000, shape: 1.2}",
      ]);
    });

    it("exponential with neither or both of rate_per_day and median_days", () => {
      expect(issuesOf(withHazard("{model: exponential}"))).toEqual(EXPONENTIAL);
      expect(issuesOf(withHazard("{model: exponential, median_days: 100, rate_per_day: 0.01}"))).toEqual(EXPONENTIAL);
    });

    it("weibull without shape, with both or neither of scale_days and median_days", () => {
      expect(issuesOf(withHazard("{model: weibull, median_days: 100}"))).toEqual(WEIBULL);
      expect(issuesOf(withHazard("{model: weibull, median_days: 100, scale_days: 100, shape: 1}"))).toEqual(WEIBULL);
      // rate_per_day belongs to an exponential hazard: it would be ignored, so it is named too.
      expect(issuesOf(withHazard("{model: weibull, rate_per_day: 0.01, shape: 1}"))).toEqual([
        ...WEIBULL,
        "spec.yaml:30:39: error SPEC_INVALID_VALUE: endpoints[0].baseline_hazard.rate_per_day applies only to an exponential baseline hazard, not weibull",
        "  hint: give the weibull hazard scale_days or median_days with its shape, or set model: exponential",
      ]);
    });
  });

  describe("count", () => {
    it("count_model and rate_per_year are missing", () => {
      expect(issuesOf(specWithEndpoints("  - id: flares\n    type: count\n"))).toEqual([
        "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].count_model is missing (needed by count endpoints)",
        "  hint: count_model: poisson or negative-binomial",
        "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].rate_per_year is missing (needed by count endpoints)",
        "  hint: rate_per_year — events per year of the reference patient without drug",
      ]);
    });

    it("a negative binomial without dispersion", () => {
      expect(issuesOf(specWithEndpoints("  - id: flares\n    type: count\n    count_model: negative-binomial\n    rate_per_year: 2\n"))).toEqual([
        "spec.yaml:28:5: error SPEC_MISSING_KEY: endpoints[0].dispersion is missing (a negative binomial needs θ)",
        "  hint: dispersion — θ of Var = μ + μ²/θ, e.g. 2",
      ]);
    });
  });

  describe("drug effects", () => {
    it("a constant effect without value: the hint gives the scale of each endpoint type", () => {
      const cases: [endpoint: string, line: number, hint: string][] = [
        [CONTINUOUS, 32, "value — the change added on drug, in the endpoint's unit, e.g. -0.3"],
        ["  - id: event\n    type: binary\n    logistic: {intercept: 0}\n", 31, "value — the log odds ratio of drug versus control, e.g. -0.5"],
        [TIME_TO_EVENT, 31, "value — the log hazard ratio of drug versus control, e.g. -0.357 for HR 0.7"],
        [COUNT, 32, "value — the log rate ratio of drug versus control, e.g. -0.357 for a rate ratio of 0.7"],
      ];
      for (const [endpoint, line, hint] of cases) {
        expect(issuesOf(specWithEndpoints(`${endpoint}    drug_effect: {model: constant}\n`))).toEqual([`spec.yaml:${line}:18: error SPEC_MISSING_KEY: endpoints[0].drug_effect.value is missing (needed by constant drug effects)`, `  hint: ${hint}`]);
      }
    });

    it("an exposure-driven effect without exposure", () => {
      expect(issuesOf(specWithEndpoints(`${TIME_TO_EVENT}    drug_effect: {model: emax, emax: -1, ec50: 2}\n`))).toEqual([
        "spec.yaml:31:18: error SPEC_MISSING_KEY: endpoints[0].drug_effect.exposure is missing (needed by emax drug effects)",
        "  hint: exposure — what drives the effect: auc_tau, cavg, cmax, cmin, ctrough, auc_cumulative (last dosing interval); or use model: constant",
      ]);
      // A continuous endpoint can also follow the concentration over time.
      expect(issuesOf(specWithEndpoints(`${CONTINUOUS}    drug_effect: {model: linear, slope: 1}\n`))).toEqual([
        "spec.yaml:32:18: error SPEC_MISSING_KEY: endpoints[0].drug_effect.exposure is missing (needed by linear drug effects)",
        "  hint: exposure — what drives the effect: auc_tau, cavg, cmax, cmin, ctrough, auc_cumulative (last dosing interval), concentration or effect-site; or use model: constant",
      ]);
    });

    it("concentration and effect-site exposures on endpoints with one value per patient", () => {
      expect(issuesOf(specWithEndpoints("  - id: event\n    type: binary\n    logistic: {intercept: 0}\n    drug_effect: {model: emax, exposure: concentration, emax: 1, ec50: 2}\n"))).toEqual([
        "spec.yaml:31:42: error SPEC_INVALID_VALUE: endpoints[0].drug_effect.exposure concentration is only for continuous endpoints (it changes from visit to visit; a binary endpoint has one value per patient)",
        "  hint: use an exposure metric of the last dosing interval (auc_tau, cavg, cmax, cmin, ctrough, auc_cumulative) or model: constant",
      ]);
      expect(issuesOf(specWithEndpoints(`${COUNT}    drug_effect: {model: emax, exposure: effect-site, emax: 1, ec50: 2, ke0_per_h: 1}\n`))).toEqual([
        "spec.yaml:32:42: error SPEC_INVALID_VALUE: endpoints[0].drug_effect.exposure effect-site is only for continuous endpoints (it changes from visit to visit; a count endpoint has one value per patient)",
        "  hint: use an exposure metric of the last dosing interval (auc_tau, cavg, cmax, cmin, ctrough, auc_cumulative) or model: constant",
      ]);
    });
  });

  describe("analysis methods", () => {
    it("an endpoint's method that does not fit its type", () => {
      expect(issuesOf(specWithEndpoints(`${COUNT}    methods: [poisson, logrank]\n`))).toEqual([
        "spec.yaml:32:24: error SPEC_INVALID_VALUE: endpoints[0].methods[1] logrank does not analyse a count endpoint",
        "  hint: count endpoints: negative-binomial, poisson",
      ]);
      expect(issuesOf(specWithEndpoints(`${TIME_TO_EVENT}    methods: [welch]\n`))).toEqual([
        "spec.yaml:31:15: error SPEC_INVALID_VALUE: endpoints[0].methods[0] welch does not analyse a time-to-event endpoint",
        "  hint: time-to-event endpoints: logrank, cox",
      ]);
    });

    it("an endpoint's method listed twice", () => {
      expect(issuesOf(specWithEndpoints(`${COUNT}    methods: [poisson, negative-binomial, poisson]\n`))).toEqual([
        "spec.yaml:32:43: error SPEC_INVALID_VALUE: endpoints[0].methods[2] poisson is listed twice",
        "  hint: list each method once; the first is the primary analysis",
      ]);
    });

    it("analysis.methods: a method of another type, and a duplicate", () => {
      expect(issuesOf(specWithEndpoints(CONTINUOUS, "analysis:\n  methods: [welch, logrank, welch]\n"))).toEqual([
        "spec.yaml:33:20: error SPEC_INVALID_VALUE: analysis.methods[1] logrank is not an analysis of continuous endpoints (analysis.methods is their default)",
        "  hint: list it under the endpoint's own methods instead; analysis.methods takes welch, student, ancova",
        "spec.yaml:33:29: error SPEC_INVALID_VALUE: analysis.methods[2] welch is listed twice",
        "  hint: list each method once; the first is the primary analysis",
      ]);
    });
  });

  it("multiplicity hypotheses: the control arm, a typo, a duplicate", () => {
    expect(issuesOf(specWithEndpoints(CONTINUOUS, "analysis:\n  multiplicity: {method: holm, hypotheses: [change:drug, change:placebo, chnage:drug, change:drug]}\n"))).toEqual([
      'spec.yaml:33:58: error SPEC_INVALID_VALUE: analysis.multiplicity.hypotheses[1] "change:placebo" is not an endpoint:arm pair of this spec',
      '  hint: each entry is "<endpoint id>:<drug arm id>" with a drug arm (not the control): change:drug',
      'spec.yaml:33:74: error SPEC_INVALID_VALUE: analysis.multiplicity.hypotheses[2] "chnage:drug" is not an endpoint:arm pair of this spec',
      '  hint: did you mean "change:drug"? each entry is "<endpoint id>:<drug arm id>" with a drug arm (not the control): change:drug',
      'spec.yaml:33:87: error SPEC_INVALID_VALUE: analysis.multiplicity.hypotheses[3] "change:drug" is listed twice',
      "  hint: list each hypothesis once",
    ]);
  });

  describe("analysis cutoff", () => {
    it("cutoff.events without a time-to-event endpoint", () => {
      expect(issuesOf(specWithEndpoints(CONTINUOUS, "analysis:\n  cutoff: {events: 10}\n"))).toEqual([
        "spec.yaml:33:20: error SPEC_INVALID_VALUE: analysis.cutoff.events needs a time-to-event endpoint",
        "  hint: cutoff.events counts events of the first time-to-event endpoint and this spec has none: use cutoff: {day: N}, or remove cutoff",
      ]);
    });

    it("both or neither of day and events", () => {
      const expected = ["spec.yaml:32:11: error SPEC_INVALID_VALUE: analysis.cutoff needs exactly one of day and events", "  hint: e.g. cutoff: {events: 150} or cutoff: {day: 1460}"];
      expect(issuesOf(specWithEndpoints(TIME_TO_EVENT, "analysis:\n  cutoff: {events: 10, day: 100}\n"))).toEqual(expected);
      expect(issuesOf(specWithEndpoints(TIME_TO_EVENT, "analysis:\n  cutoff: {}\n"))).toEqual(expected);
    });
  });

  describe("a regimen without a pk section", () => {
    const NO_PK = (reader: string) => [
      `spec.yaml:20:14: error SPEC_MISSING_KEY: arms[1] has a regimen and ${reader}, but the spec has no pk section`,
      "  hint: add a pk: section with the model and its parameters; without one a regimen only marks who is on drug, which suits model: constant drug effects and no adverse_events",
    ];

    it("is allowed when every drug effect is constant", () => {
      const spec = parseSpec(
        pkLessSpec(`${CONTINUOUS}    drug_effect: {model: constant, value: 0.5}\n${TIME_TO_EVENT}    drug_effect: {model: constant, value: -0.357}\n${COUNT}    drug_effect: {model: constant, value: -0.2}\n  - id: event\n    type: binary\n    logistic: {intercept: 0}\n    drug_effect: {model: constant, value: 0.4}\n`),
        "spec.yaml",
      );
      expect(spec.pk).toBeUndefined();
      expect(spec.endpoints.map((endpoint) => endpoint.drug_effect?.value)).toEqual([0.5, -0.357, -0.2, 0.4]);
    });

    it("is refused when a drug effect reads an exposure", () => {
      expect(issuesOf(pkLessSpec(`${TIME_TO_EVENT}    drug_effect: {model: emax, exposure: auc_tau, emax: -1, ec50: 2}\n`))).toEqual(NO_PK("endpoints[0].drug_effect (emax) reads the exposure it gives"));
    });

    it("is refused with an indirect-response endpoint", () => {
      expect(issuesOf(pkLessSpec(`${CONTINUOUS}    model: indirect-response\n    indirect_response: {type: 1, kout_per_h: 0.1, imax: 0.8, ic50_mg_per_l: 2}\n`))).toEqual(NO_PK("endpoints[0] (model: indirect-response) reads the concentrations it gives"));
    });

    it("is refused with adverse events (they read the exposure)", () => {
      expect(issuesOf(pkLessSpec(`${TIME_TO_EVENT}    drug_effect: {model: constant, value: -0.3}\n`, "adverse_events:\n  - {term: nausea, exposure: cmax, intercept: -2, slope: 0.1, grades: {grade_1: 0.6, grade_2: 0.3, grade_3: 0.1}}\n"))).toEqual(NO_PK('adverse_events[0] "nausea" reads the exposure it gives'));
    });
  });
});

describe("valid specs of every endpoint type parse", () => {
  it("continuous, responder and logistic binary, exponential and Weibull time-to-event, Poisson and negative binomial counts", () => {
    const text = specWithEndpoints(
      `${CONTINUOUS}` +
        "  - id: responder\n    type: binary\n    responder: {endpoint: change, threshold: 0.5, direction: above}\n    methods: [fisher, newcombe]\n" +
        "  - id: event\n    type: binary\n    logistic: {intercept: -1}\n    covariates: [{column: age, coefficient: 0.02, reference: 50}]\n    drug_effect: {model: emax, exposure: auc_tau, emax: -1, ec50: 20}\n" +
        "  - id: death\n    type: time-to-event\n    baseline_hazard: {model: exponential, rate_per_day: 0.001}\n    dropout_rate_per_year: 0.1\n" +
        "  - id: relapse\n    type: time-to-event\n    baseline_hazard: {model: weibull, scale_days: 900, shape: 1.3}\n    methods: [cox]\n" +
        "  - id: progression\n    type: time-to-event\n    baseline_hazard: {model: weibull, median_days: 700, shape: 0.8}\n" +
        `${COUNT}` +
        "  - id: visits\n    type: count\n    count_model: negative-binomial\n    rate_per_year: 3\n    dispersion: 2\n    drug_effect: {model: log-linear, exposure: cavg, slope: -0.2}\n",
      "analysis:\n  cutoff: {events: 40}\n  multiplicity: {method: fixed-sequence, hypotheses: [death:drug, change:drug]}\n",
    );
    const spec = parseSpec(text, "spec.yaml");
    expect(spec.endpoints.map((endpoint) => endpoint.type)).toEqual(["continuous", "binary", "binary", "time-to-event", "time-to-event", "time-to-event", "count", "count"]);
    // Own methods, else the default of the type (continuous: analysis.methods).
    expect(spec.endpoints.map((endpoint) => methodsOf(spec, endpoint))).toEqual([
      ["welch", "ancova"],
      ["fisher", "newcombe"],
      ["risk-difference", "odds-ratio"],
      ["logrank", "cox"],
      ["cox"],
      ["logrank", "cox"],
      ["negative-binomial"],
      ["negative-binomial"],
    ]);
    expect(spec.endpoints[3]?.dropout_rate_per_year).toBe(0.1);
    expect(spec.endpoints[5]?.dropout_rate_per_year).toBeUndefined();
    expect(resolveSpec(spec).endpoints[5]?.dropout_rate_per_year).toBe(0);
    expect(spec.analysis.cutoff).toEqual({ events: 40 });
    expect(spec.analysis.multiplicity.hypotheses).toEqual(["death:drug", "change:drug"]);
  });
});

describe("fields that would be silently ignored are errors", () => {
  it("covariates on a continuous endpoint are allowed: terms of its expected change", () => {
    expect(parseSpec(specWithEndpoints(`${CONTINUOUS}    covariates: [{column: age, coefficient: 0.1}]\n`), "spec.yaml").endpoints[0]?.covariates).toEqual([{ column: "age", coefficient: 0.1, reference: 0, transform: "none" }]);
  });

  it("covariates and a drug effect on a responder endpoint", () => {
    const responder = "  - id: responder\n    type: binary\n    responder: {endpoint: change, threshold: 0.5, direction: above}\n";
    expect(issuesOf(specWithEndpoints(`${CONTINUOUS}${responder}    covariates: [{column: age, coefficient: 0.1}]\n    drug_effect: {model: constant, value: 1}\n`))).toEqual([
      "spec.yaml:35:5: error SPEC_INVALID_VALUE: endpoints[1].covariates does not apply to a responder endpoint: only continuous, logistic binary, time-to-event and count endpoints have a linear predictor",
      "  hint: remove it (responders follow from the continuous endpoint's change), or model the event with logistic instead of responder",
      'spec.yaml:36:5: error SPEC_INVALID_VALUE: endpoints[1].drug_effect does not apply to a responder endpoint: the drug acts through "change", whose change defines a responder',
      '  hint: remove it and give the drug effect to "change", or model the event with logistic instead of responder',
    ]);
  });

  it("a dispersion on a Poisson count", () => {
    expect(issuesOf(specWithEndpoints(`${COUNT}    dispersion: 2\n`))).toEqual([
      "spec.yaml:32:5: error SPEC_INVALID_VALUE: endpoints[0].dispersion applies only to count_model: negative-binomial, not poisson",
      "  hint: remove it, or set count_model: negative-binomial",
    ]);
  });

  it("Weibull fields on an exponential hazard", () => {
    expect(issuesOf(specWithEndpoints("  - id: death\n    type: time-to-event\n    baseline_hazard: {model: exponential, median_days: 1000, shape: 2}\n"))).toEqual([
      "spec.yaml:30:62: error SPEC_INVALID_VALUE: endpoints[0].baseline_hazard.shape applies only to a weibull baseline hazard, not exponential",
      "  hint: remove it (an exponential hazard has rate_per_day or median_days), or set model: weibull",
    ]);
  });

  it("continuous-only fields that have defaults (placebo_response, model) and dropout on other types", () => {
    expect(issuesOf(specWithEndpoints(`${COUNT}    placebo_response: 1\n    dropout_rate_per_year: 0.1\n`))).toEqual([
      "spec.yaml:32:5: error SPEC_INVALID_VALUE: endpoints[0].placebo_response applies only to continuous endpoints, not count",
      "  hint: remove it, or set type: continuous",
      "spec.yaml:33:5: error SPEC_INVALID_VALUE: endpoints[0].dropout_rate_per_year applies only to time-to-event endpoints, not count",
      "  hint: remove it, or set type: time-to-event",
    ]);
  });
});
