/** Rows of a logistic term in the safety table: any grade, then each worst grade per patient. */
export const SAFETY_GRADES = ["any", "1", "2", "3"] as const;
export type SafetyGrade = (typeof SAFETY_GRADES)[number];

/**
 * Grade rows of a term or an organ class: any grade, then each worst grade up to the highest
 * its models can give, at least 3 (4: life-threatening, 5: death).
 */
export const GRADE_ROWS = ["any", "1", "2", "3", "4", "5"] as const;
export type GradeRow = (typeof GRADE_ROWS)[number];

/**
 * The overview of a study report's safety section (patients with …), over every term:
 * at least one event, one of grade ≥ 3, a serious one, one that led to an interruption, a
 * reduction or a discontinuation of the drug, and death (grade 5).
 */
export const OVERVIEW_CATEGORIES = ["any_ae", "grade_3_or_worse", "serious", "led_to_interruption", "led_to_reduction", "led_to_discontinuation", "death"] as const;
export type OverviewCategory = (typeof OVERVIEW_CATEGORIES)[number];

/** Kaplan–Meier probability of no grade ≥ 3 event by a landmark day (time-driven terms). */
export const KM_FREE_CATEGORY = "km_free_of_grade_3_or_worse";
/** Kaplan–Meier median time to the first grade ≥ 3 event (days; NA: not reached). */
export const KM_MEDIAN_CATEGORY = "km_median_days_to_grade_3_or_worse";
/** Relative dose intensity of a dosed arm: the mean and the median over its patients. */
export const RDI_CATEGORIES = ["relative_dose_intensity_mean", "relative_dose_intensity_median"] as const;

/** What a row of safety.csv counts (its `grade` column). */
export type SafetyCategory = GradeRow | OverviewCategory | typeof KM_FREE_CATEGORY | typeof KM_MEDIAN_CATEGORY | (typeof RDI_CATEGORIES)[number];

/** The term, organ class or preferred term of rows over several terms: any. */
export const ANY_TERM = "(any)";
