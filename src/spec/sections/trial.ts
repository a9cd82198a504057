import { z } from "zod";
import { identifier, positiveFinite } from "./common.js";

export const trialSchema = z
  .strictObject({
    id: identifier.describe("short name of the trial; the default results folder is results/<id>"),
    title: z.string().min(1).describe("one-line title shown in the report"),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe("master seed of every random stream"),
    replicates: z.number().int().min(1).max(10_000_000).describe("number of simulated trials"),
    alpha: z.number().gt(0).lt(1).default(0.05).describe("significance level of each test"),
    duration_days: positiveFinite.describe("planned treatment period (days)"),
  })
  .describe("what the trial is and how often it is simulated");
