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
    summary: result.summary.map((summary) => ({
      endpoint: summary.endpoint,
      treatment_arm: summary.treatmentArm,
      control_arm: summary.controlArm,
      method: summary.method,
      quantity: summary.isNull ? "type_i_error" : "power",
      rejection_rate: summary.characteristics.rejectionRate,
      rejection_rate_mcse: summary.characteristics.rejectionRateMcse,
      mean_estimate: summary.characteristics.meanEstimate,
      true_effect: summary.characteristics.meanTrueEffect,
      bias: summary.characteristics.bias,
      coverage: summary.characteristics.coverage,
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
