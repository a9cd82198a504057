import type { OdeModelDefinition } from "../../src/ode/index.js";

/** pk.json case (a) written as ODE text: 1-cmt oral, ka 1.5 /h, CL 2.8 L/h, V 32 L. */
export const ONE_COMPARTMENT_ORAL: OdeModelDefinition = {
  compartments: ["depot", "central"],
  parameters: ["ka", "cl", "v"],
  equations: { depot: "-ka * depot", central: "ka * depot - cl / v * central" },
  concentration: "central / v",
};
export const CASE_A_PARAMETERS = Float64Array.of(1.5, 2.8, 32);

/** pk-extra.json case (i): one compartment with Michaelis–Menten elimination. */
export const MICHAELIS_MENTEN: OdeModelDefinition = {
  compartments: ["central"],
  parameters: ["vmax", "km", "v"],
  equations: { central: "-vmax * (central / v) / (km + central / v)" },
  concentration: "central / v",
};

export const TIGHT = { relative: 1e-10, absolute: 1e-12 };
