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
  conditionKeysFromClaims,
  describeCondition,
  evaluateTrustPolicy,
  issuerPrefix,
  providerArnFor
} from './evaluate.js'
export { evaluateCondition, parseOperator } from './conditions.js'
export { levenshtein, wildcardMatch } from './match.js'
