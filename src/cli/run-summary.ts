import { formatFixed } from "../report/index.js";
import type { TrialResult } from "../trial/index.js";

/** The few lines `simulate` prints on stdout: operating characteristics and where the report is. */
export function renderRunSummary(result: TrialResult, out: string, html = false): string {
  const { trial } = result.plan.spec;
  const lines = [`${trial.id}: ${trial.replicates} simulated trials (seed ${trial.seed})`];
  for (const summary of result.summary) {
    const c = summary.characteristics;
    const quantity = summary.isNull ? "type I error" : "power";
    lines.push(`  ${summary.endpoint} ${summary.treatmentArm} vs ${summary.controlArm} (${summary.method}): ${quantity} ${formatFixed(c.rejectionRate, 3)} ± ${formatFixed(c.rejectionRateMcse, 3)}, coverage ${formatFixed(c.coverage, 3)}`);
  }
  const { family } = result;
  if (family !== undefined) {
    const familywise = family.nullHypotheses.length === 0 ? "" : `, family-wise error ${formatFixed(family.familywiseError, 3)}`;
    lines.push(`  family of ${family.hypotheses.length} primary hypotheses (${family.method}): any rejected ${formatFixed(family.anyRejected, 3)}, all rejected ${formatFixed(family.allRejected, 3)}${familywise}`);
  }
  lines.push(`report: ${out}/report.md`);
  if (html) lines.push(`html report: ${out}/report.html (figures inline; open it in a browser)`);
  return `${lines.join("\n")}\n`;
}

/** The operating characteristics of one hypothesis (endpoint × comparison × analysis), as summary.csv has them. */
export interface HypothesisSummary {
  readonly endpoint: string;
  readonly treatmentArm: string;
  readonly controlArm: string;
  readonly method: string;
  /** "power" for a hypothesis with a drug effect, "type_i_error" for a null one. */
  readonly quantity: "power" | "type_i_error";
  readonly rejectionRate: number;
  /** Monte Carlo standard error of the rejection rate, sqrt(p(1 − p)/replicates). */
  readonly rejectionRateMcse: number;
  readonly meanEstimate: number;
  readonly trueEffect: number;
  readonly bias: number;
  readonly coverage: number;
}

/** Every hypothesis's operating characteristics, in summary.csv's order (the library's `hypotheses`, and --json's `summary`). */
export function hypothesesOf(result: TrialResult): HypothesisSummary[] {
  return result.summary.map((summary) => ({
    endpoint: summary.endpoint,
    treatmentArm: summary.treatmentArm,
    controlArm: summary.controlArm,
    method: summary.method,
    quantity: summary.isNull ? "type_i_error" : "power",
    rejectionRate: summary.characteristics.rejectionRate,
    rejectionRateMcse: summary.characteristics.rejectionRateMcse,
    meanEstimate: summary.characteristics.meanEstimate,
    trueEffect: summary.characteristics.meanTrueEffect,
    bias: summary.characteristics.bias,
    coverage: summary.characteristics.coverage,
  }));
}

/** The --json summary: the same facts, machine-readable. */
export function runSummaryJson(result: TrialResult, out: string, html = false): object {
  const { trial } = result.plan.spec;
  return {
    ok: true,
    trial: trial.id,
    seed: trial.seed,
    replicates: trial.replicates,
    out,
    report: `${out}/report.md`,
    ...(html ? { report_html: `${out}/report.html` } : {}),
    summary: hypothesesOf(result).map((hypothesis) => ({
      endpoint: hypothesis.endpoint,
      treatment_arm: hypothesis.treatmentArm,
      control_arm: hypothesis.controlArm,
      method: hypothesis.method,
      quantity: hypothesis.quantity,
      rejection_rate: hypothesis.rejectionRate,
      rejection_rate_mcse: hypothesis.rejectionRateMcse,
      mean_estimate: hypothesis.meanEstimate,
      true_effect: hypothesis.trueEffect,
      bias: hypothesis.bias,
      coverage: hypothesis.coverage,
    })),
    family:
      result.family === undefined
        ? null
        : {
            method: result.family.method,
            hypotheses: result.family.hypotheses,
            any_rejected: result.family.anyRejected,
            all_rejected: result.family.allRejected,
            null_hypotheses: result.family.nullHypotheses,
            familywise_error: result.family.nullHypotheses.length === 0 ? null : result.family.familywiseError,
          },
  };
}
