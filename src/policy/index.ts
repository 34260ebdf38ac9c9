// Public API of the trust-policy evaluator.
export type {
  ConditionResult,
  ConditionSpec,
  Decision,
  Effect,
  Evaluation,
  KeyValue,
  PrincipalSpec,
  RequestContext,
  Statement,
  StatementResult,
  TrustPolicy,
  Undecided
} from './types.js'
export { PolicyParseError, parseTrustPolicy } from './parse.js'
export {
  claimsWithKeys,
  conditionHints,
  conditionKeysFromClaims,
  describeCondition,
  evaluateTrustPolicy,
  insteadOf,
  isGitHubIssuer,
  issuerPrefix,
  keyOfIssuer,
  providerArnFor
} from './evaluate.js'
export {
  GITHUB_ISSUER,
  GITHUB_KEY_CLAIMS,
  GITHUB_KEY_PREFIXES,
  isGitHubActionsIssuer,
  isNonDefaultGitHubIssuer,
  STANDARD_KEY_CLAIMS
} from './claims.js'
export { principalDifference } from './principal-diff.js'
export { evaluateCondition, parseOperator, type ConditionOptions } from './conditions.js'
export { resolveValue, VARIABLES_SOURCE } from './variables.js'
export { levenshtein, wildcardMatch } from './match.js'
export {
  CLOCK_SKEW_ALLOWANCE_S,
  TOKEN_USED_BEFORE_ISSUED,
  futureTimes,
  stsTimeVerdict,
  tokenTimes,
  type TokenTimes
} from './clock.js'
