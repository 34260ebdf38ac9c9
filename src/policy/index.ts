// Public API of the trust-policy evaluator.
export type {
  ConditionResult,
  ConditionSpec,
  Effect,
  Evaluation,
  KeyValue,
  PrincipalSpec,
  RequestContext,
  Statement,
  StatementResult,
  TrustPolicy
} from './types.js'
export { PolicyParseError, parseTrustPolicy } from './parse.js'
export {
  claimsWithKeys,
  conditionHints,
  conditionKeysFromClaims,
  describeCondition,
  evaluateTrustPolicy,
  type EvaluateOptions,
  insteadOf,
  isGitHubIssuer,
  issuerPrefix,
  keyOfIssuer,
  providerArnFor
} from './evaluate.js'
export { GITHUB_ISSUER, GITHUB_KEY_CLAIMS, STANDARD_KEY_CLAIMS } from './claims.js'
export { principalDifference } from './principal-diff.js'
export { evaluateCondition, parseOperator } from './conditions.js'
export { levenshtein, wildcardMatch } from './match.js'
export {
  CLOCK_SKEW_ALLOWANCE_S,
  TOKEN_USED_BEFORE_ISSUED,
  futureTimes,
  stsTimeVerdict,
  tokenTimes,
  type TokenTimes
} from './clock.js'
