import { describe, expect, it } from "vitest";
import { renderTwinModelSection } from "../../src/report/index.js";
import { fitTwinModels } from "../../src/twin/index.js";
import { pbcTwinInputs } from "./pbc-twin-fixture.js";

const { spec, eligible } = pbcTwinInputs();
const { fits } = fitTwinModels(spec, eligible);

/** One "### id" subsection of the rendered section. */
function subsection(text: string, id: string): string {
  const start = text.indexOf(`### ${id}\n`);
  const end = text.indexOf("\n\n### ", start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("renderTwinModelSection", () => {
  it("is absent without twin models", () => {
    expect(renderTwinModelSection([])).toBeUndefined();
  });

  it("renders the Weibull fit of the pbc placebo arm: rows, survreg table, hazard ratios, reference patient (numbers as in twin-models.json)", () => {
    const text = renderTwinModelSection(fits) ?? "";
    expect(text.startsWith("## Twin model\n\nEach patient's twin (its outcome without drug)")).toBe(true);
    expect(subsection(text, "death_time")).toBe(`### death_time

Fitted on 154 real patients (trt in {2}: 154 eligible, none dropped, 60 events): Weibull regression of the time to event, maximum likelihood (R \`survreg\`, accelerated failure time), with its proportional-hazards form.

| term | estimate | SE | z | p | 95% CI |
| --- | ---: | ---: | ---: | ---: | --- |
| (Intercept) | 8.082 | 0.9001 | 8.98 | <0.0001 | 6.318 to 9.846 |
| age | -0.03196 | 0.008652 | -3.69 | 0.0002 | -0.04892 to -0.01500 |
| log(bili) | -0.6724 | 0.08197 | -8.20 | <0.0001 | -0.8331 to -0.5118 |
| albumin | 0.6363 | 0.2016 | 3.16 | 0.0016 | 0.2413 to 1.031 |
| Log(scale) | -0.4386 | 0.1060 | -4.14 | <0.0001 | -0.6463 to -0.2309 |

Proportional-hazards form (hazard ratio per unit of each covariate, delta-method SE; shape 1.551):

| covariate (per unit) | hazard ratio | 95% CI | log hazard ratio | SE |
| --- | ---: | --- | ---: | ---: |
| age | 1.051 | 1.024 to 1.078 | 0.04956 | 0.01307 |
| log(bili) | 2.837 | 2.201 to 3.656 | 1.043 | 0.1295 |
| albumin | 0.3728 | 0.2021 to 0.6877 | -0.9866 | 0.3124 |

Without drug, the reference patient has Weibull scale 4266 days, shape 1.551 (median 3368 days). Covariates are centred at their means over the fitting patients: age 48.58, log(bili) 0.6144, albumin 3.524. Log-likelihood -524.463.`);
  });

  it("renders the lm, glm and exponential fits with their own statistic and reference patient", () => {
    const text = renderTwinModelSection(fits) ?? "";
    expect(subsection(text, "albumin_change")).toContain("| term | estimate | SE | t | p | 95% CI |\n| --- | ---: | ---: | ---: | ---: | --- |\n| (Intercept) | 3.934 | 0.1511 | 26.03 | <0.0001 | 3.635 to 4.232 |");
    // R 4.2.2: mean(albumin) over the placebo arm = 3.52383116883117, sigma 0.372860525352789.
    expect(subsection(text, "albumin_change")).toContain("Without drug, the reference patient has placebo response 3.524, residual SD 0.3729.");
    expect(subsection(text, "death")).toContain("(arm in {placebo}: 154 eligible, none dropped, 60 events)");
    // plogis(-0.545004463325674) = 0.367 (R 4.2.2).
    expect(subsection(text, "death")).toContain("log odds -0.5450 (probability 0.367)");
    expect(subsection(text, "death_time_exponential")).toContain("delta-method SE; constant hazard):");
    // log(2) / 0.000166402765149812 = 4165.4 days (R 4.2.2).
    expect(subsection(text, "death_time_exponential")).toContain("hazard 0.0001664 per day (median 4165 days)");
  });

  it("says how many rows were dropped for a missing value", () => {
    const [fit] = fits;
    const text = renderTwinModelSection([{ ...(fit as NonNullable<typeof fit>), selectedCount: 156, droppedCount: 2 }]) ?? "";
    expect(text).toContain("(trt in {2}: 156 eligible, 2 dropped for a missing value)");
  });
});
