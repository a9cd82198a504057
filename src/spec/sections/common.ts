import { z } from "zod";

/** Names used in outputs: arm ids, endpoint ids, AE terms. */
export const identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "must start with a letter and hold only letters, digits, _ and -");

/** Names usable as variables of the expression language (ODE parameters, compartments). */
export const variableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "must start with a letter or _ and hold only letters, digits and _");

export const positiveFinite = z.number().positive().finite();
export const probability = z.number().min(0).max(1);
export const finite = z.number().finite();

/** A correlation between two named quantities (between-patient η or parameter estimates). */
export const correlationSchema = z.strictObject({
  parameters: z.tuple([z.string().min(1), z.string().min(1)]).describe("the two parameter names"),
  correlation: z.number().min(-1).max(1).describe("Pearson correlation, from -1 to 1"),
});
