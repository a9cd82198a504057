import { z } from "zod";
import { identifier, positiveFinite } from "./common.js";

const titrationStepSchema = z.strictObject({
  from_day: z.number().min(0).finite().describe("first day (after the first dose) at the new amount; doses at or after day × 24 h change"),
  dose_mg: positiveFinite.describe("new amount per administration (mg)"),
});

export const regimenSchema = z.strictObject({
  route: z.enum(["oral", "iv-bolus", "infusion"]).describe("oral (first-order absorption), iv-bolus or infusion (zero-order, into the central compartment)"),
  dose_mg: positiveFinite.optional().describe("amount per administration (mg)"),
  dose_mg_per_kg: positiveFinite.optional().describe("amount per administration per kg of body weight (mg/kg), with weight_column"),
  dose_column: z.string().min(1).optional().describe("cohort number column holding each patient's amount (mg, or mg/kg with weight_column)"),
  weight_column: z.string().min(1).optional().describe("cohort number column with body weight (kg), for doses per kg"),
  interval_h: positiveFinite.describe("time between doses (h)"),
  n_doses: z.number().int().min(1).optional().describe("number of administrations; default: enough to cover trial.duration_days"),
  loading_doses_mg: z.array(positiveFinite).default([]).describe("amounts of the first administrations, replacing the maintenance amount (mg)"),
  titration: z.array(titrationStepSchema).default([]).describe("dose changes from given days on, in order"),
  infusion_duration_h: positiveFinite.optional().describe("infusion: duration of each infusion (h)"),
  infusion_rate_mg_per_h: positiveFinite.optional().describe("infusion: constant rate (mg/h); the duration is amount / rate"),
  dose_levels_mg: z
    .array(positiveFinite)
    .min(2)
    .optional()
    .describe("dose levels from the starting dose down (mg, decreasing; the first is dose_mg): a reduction moves to the next; below the last the drug is discontinued"),
});

export const armSchema = z.strictObject({
  id: identifier.describe("short arm name used in outputs"),
  label: z.string().min(1).optional().describe("readable arm name for the report"),
  control: z.boolean().default(false).describe("the arm every other arm is compared with (exactly one when there are comparisons)"),
  regimen: regimenSchema.optional().describe("dosing regimen; omit for placebo / no drug"),
});
