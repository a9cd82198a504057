import { z } from "zod";
import { adverseEventSchema, doseModificationSchema } from "./sections/adverse-events.js";
import { analysisSchema, enrolmentSchema, outputsSchema, vpcSchema } from "./sections/analysis.js";
import { armSchema, regimenSchema } from "./sections/arms.js";
import { cohortSchema, eligibilityCriterionSchema } from "./sections/cohort.js";
import { DESIGN_KINDS, designSchema, designsSchema } from "./sections/designs.js";
import { dropoutSchema } from "./sections/dropout.js";
import { ANALYSIS_METHODS, drugEffectSchema, endpointSchema, ENDPOINT_TYPES, EXPOSURE_DRIVERS, EXPOSURE_METRICS } from "./sections/endpoints.js";
import { covariateEffectSchema, pkParameterSchema, pkSchema, PK_MODELS } from "./sections/pk.js";
import { adherenceSchema, populationSchema } from "./sections/population.js";
import { sweepSchema } from "./sections/sweep.js";
import { trialSchema } from "./sections/trial.js";

/**
 * The trial specification schema: the single source of truth for what a spec may say
 * (STYLE.md §5). Types come from z.infer; the editor JSON Schema comes from
 * z.toJSONSchema. Field names carry their units (dose_mg, interval_h). Semantic rules
 * that need more than one field (one control arm, columns that exist, …) are in rules.ts.
 * Each section lives in sections/.
 */
export const specSchema = z.strictObject({
  trial: trialSchema,
  cohort: cohortSchema.describe("the real patient cohort (CSV) the virtual patients are grown from"),
  population: populationSchema,
  adherence: adherenceSchema.optional(),
  enrolment: enrolmentSchema.optional(),
  arms: z.array(armSchema).min(1).describe("trial arms, in report order"),
  pk: pkSchema.optional().describe("pharmacokinetic model; required when an arm has a regimen"),
  endpoints: z.array(endpointSchema).default([]).describe("efficacy endpoints"),
  adverse_events: z.array(adverseEventSchema).default([]).describe("adverse reaction models"),
  dose_modifications: doseModificationSchema.optional(),
  dropout: dropoutSchema.optional(),
  analysis: analysisSchema.default({ methods: ["welch", "ancova"], ancova_covariates: ["baseline"], adjustment_covariates: [], strata: [], cox_ties: "efron", multiplicity: { method: "none" }, alternative: "two-sided", confidence_level: 0.95, estimand: "treatment-policy" }).describe("how every simulated trial is analysed: tests, covariates, multiplicity, estimand"),
  outputs: outputsSchema.default({ keep_replicates: 1 }).describe("what the results folder holds besides the statistics"),
  vpc: vpcSchema.optional().describe("settings of `twin-trial vpc`"),
  designs: designsSchema.optional(),
  sweep: sweepSchema.optional(),
});

export {
  adverseEventSchema, analysisSchema, armSchema, cohortSchema, covariateEffectSchema, designSchema, designsSchema, drugEffectSchema, eligibilityCriterionSchema,
  endpointSchema, outputsSchema, pkParameterSchema, pkSchema, populationSchema, regimenSchema, sweepSchema, trialSchema, vpcSchema,
};
export { ANALYSIS_METHODS, DESIGN_KINDS, ENDPOINT_TYPES, EXPOSURE_DRIVERS, EXPOSURE_METRICS, PK_MODELS, enrolmentSchema };

/** A spec after validation, with every default filled (what the manifest records). */
export type Spec = z.infer<typeof specSchema>;
export type TrialSection = Spec["trial"];
export type CohortSection = Spec["cohort"];
export type EligibilityCriterion = CohortSection["eligibility"][number];
export type ColumnDeclaration = CohortSection["columns"][string];
export type DerivedColumn = CohortSection["derived"][string];
export type PopulationSection = Spec["population"];
export type AdherenceSection = NonNullable<Spec["adherence"]>;
export type Arm = Spec["arms"][number];
export type Regimen = NonNullable<Arm["regimen"]>;
export type PkSection = NonNullable<Spec["pk"]>;
export type PkParameter = PkSection["parameters"][string];
export type CovariateEffect = PkParameter["covariates"][number];
export type Endpoint = Spec["endpoints"][number];
export type DrugEffect = NonNullable<Endpoint["drug_effect"]>;
export type AdverseEventModel = Spec["adverse_events"][number];
export type AnalysisSection = Spec["analysis"];
export type ExposureMetricName = (typeof EXPOSURE_METRICS)[number];
export type ExposureDriver = (typeof EXPOSURE_DRIVERS)[number];
export type AnalysisMethod = (typeof ANALYSIS_METHODS)[number];
export type PkModelName = (typeof PK_MODELS)[number];
export type EndpointType = (typeof ENDPOINT_TYPES)[number];
export type EnrolmentSection = NonNullable<Spec["enrolment"]>;
export type LinearCovariate = NonNullable<Endpoint["covariates"]>[number];
export type DesignsSection = NonNullable<Spec["designs"]>;
export type Design = DesignsSection["candidates"][number];
export type DesignKind = (typeof DESIGN_KINDS)[number];
export type TwinModel = NonNullable<Endpoint["twin_model"]>;
export type DoseModifications = NonNullable<Spec["dose_modifications"]>;
export type DropoutSection = NonNullable<Spec["dropout"]>;
