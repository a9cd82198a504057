import { z } from "zod";
import { finite, identifier, probability } from "./common.js";
import { EXPOSURE_METRICS } from "./endpoints.js";

export const adverseEventSchema = z.strictObject({
  term: identifier.describe("adverse event term used in outputs, e.g. nausea"),
  label: z.string().min(1).optional().describe("readable term"),
  model: z.literal("logistic").default("logistic").describe("P(event) = 1 / (1 + exp(-(intercept + slope × exposure)))"),
  exposure: z.enum(EXPOSURE_METRICS).describe("exposure metric over the last dosing interval: auc_tau and auc_cumulative in mg·h/L, the others in mg/L"),
  intercept: finite.describe("log-odds of the event without drug (placebo incidence)"),
  slope: finite.describe("change in log-odds per unit of exposure"),
  grades: z
    .strictObject({
      grade_1: probability.describe("share of events of CTCAE grade 1"),
      grade_2: probability.describe("share of events of CTCAE grade 2"),
      grade_3: probability.describe("share of events of CTCAE grade 3"),
    })
    .describe("how events split across grades; the shares add up to 1"),
});
