import { z } from "zod";
import { finite, positiveFinite } from "./common.js";

const outcomeDependenceSchema = z.strictObject({
  endpoint: z.string().min(1).describe("a continuous endpoint"),
  coefficient: finite.describe("change in the log hazard of dropout per unit of that endpoint's change (positive: a higher change makes patients leave sooner)"),
});

export const dropoutSchema = z
  .strictObject({
    rate_per_year: z.number().min(0).finite().default(0).describe("hazard of leaving the trial for reasons unrelated to anything measured (missing completely at random), per patient-year"),
    missing_at_random: outcomeDependenceSchema.optional().describe("the hazard also depends on the change observed at the patient's last visit (missing at random)"),
    missing_not_at_random: outcomeDependenceSchema.optional().describe("the hazard also depends on the patient's change at the primary visit, which the trial never sees when it leaves first (missing not at random)"),
    after_discontinuation: z.boolean().default(false).describe("a patient whose drug is stopped for an adverse event leaves the trial then"),
    lack_of_efficacy: z
      .strictObject({
        endpoint: z.string().min(1).describe("a continuous endpoint"),
        visit_day: positiveFinite.describe("one of its visits"),
        threshold: finite.describe("a change that counts as no response"),
        direction: z.enum(["below", "above"]).describe("below: a change below the threshold is a lack of efficacy; above: a change above it"),
      })
      .optional()
      .describe("a patient without response at this visit leaves right after it"),
  })
  .describe("patients leaving the trial: their outcomes after they leave are missing (continuous, binary and count endpoints), their event times censored (time to event)");
