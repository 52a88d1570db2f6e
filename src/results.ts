/**
 * Verdicts the action reports in its `result` output. The set is closed: workflows branch on these
 * strings, so a new verdict is a new entry here and in action.yml, never a new spelling.
 */
export const RESULTS = [
  'authenticated',
  'unauthorized',
  'unavailable',
  'rate-limited',
  'wrong-company',
  'invalid-input'
] as const

export type CheckResult = (typeof RESULTS)[number]
