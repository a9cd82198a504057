export { logisticProbability } from "./logistic-probability.js";
export { gradeOf } from "./grade-of.js";
