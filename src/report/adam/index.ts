export { ADAM_FILES, adamDatasets, renderAdam, type AdamFile } from "./render-adam.js";
export { adslDataset, renderAdsl } from "./adsl.js";
export { adaeDataset, renderAdae } from "./adae.js";
export { adtteDataset, parameterCodes, renderAdtte } from "./adtte.js";
export { adpcDataset, renderAdpc, timePointText } from "./adpc.js";
export { renderAdamDefine } from "./define.js";
export { studyDayOf, uniqueSubjectId } from "./adam-subject.js";
export { variableNameOf } from "./adsl-covariates.js";
export type { AdamDataset, AdamType, AdamVariable, DatasetDefinition, VariableDefinition } from "./adam-variable.js";
