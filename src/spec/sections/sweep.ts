import { z } from "zod";

const sweepValue = z.union([z.number().finite(), z.string().min(1), z.boolean()]);

export const sweepSchema = z
  .strictObject({
    vary: z
      .array(
        z.strictObject({
          path: z.string().min(1).describe("the field varied: keys separated by dots, a list item by its id or 0-based position, e.g. population.n_per_arm or arms.active.regimen.dose_mg"),
          values: z
            .union([z.array(sweepValue).min(1), z.string().min(1)])
            .describe('the values, as a list ([40, 80, 120]) or as text: "40,80,120" or a range "50..200 step 50"'),
        }),
      )
      .min(1)
      .describe("the fields of the grid, the first varying slowest; `twin-trial sweep --vary` replaces them"),
    target_power: z.number().gt(0).lt(1).optional().describe("report, per power curve, the smallest value reaching this power (`--target-power` replaces it)"),
  })
  .describe("the grid `twin-trial sweep` runs (simulate ignores it)");
