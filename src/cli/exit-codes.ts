/** Exit codes of DESIGN.md "Errors and exit codes". */
export const EXIT_CODES = {
  success: 0,
  internalError: 1,
  inputError: 2,
  replayMismatch: 3,
  requirementNotMet: 4,
  interrupted: 130,
} as const;
