// The shapes shared by the trust-policy evaluator (src/policy), the action's
// local evaluation (trust-policy input) and the loopback STS emulator.

/** A value of a condition key as the request carries it: a claim can be a list (aud). */
export type KeyValue = string | string[]

/** What an AssumeRoleWithWebIdentity request looks like to IAM. */
export interface RequestContext {
  /** e.g. 'sts:AssumeRoleWithWebIdentity' */
  action: string
  /** the OIDC provider ARN the token maps to, e.g. arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com */
  federatedPrincipal: string
  /** sts:AssumeRole: the signing caller's IAM ARN (for a role session, its role's ARN) */
  awsPrincipal?: string
  /** condition keys ('token.actions.githubusercontent.com:sub', ...) to values; IAM looks keys up case-insensitively */
  keys: Record<string, KeyValue>
  /** the token's iss: lets a report say that AWS has no key for a claim a condition names */
  issuer?: string
  /**
   * keys the request carries whose value is not known here (a claim shown as *** in a log):
   * a condition that needs the value cannot be decided
   */
  unknownKeys?: string[]
}

/**
 * IAM's answer, or `cannot-decide` where it depends on something AWS does not document (a
 * multi-valued key without a set operator, an operator of another type than the key) or on a
 * value not known here (a redacted claim). Never read `cannot-decide` as allow or deny.
 */
export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny' | 'cannot-decide'

/** A condition, statement or decision that cannot be decided, and why (with AWS's page where it applies). */
export interface Undecided {
  reason: string
  /** where the reason comes from (an AWS page and section), when it is AWS's silence */
  source?: string
}

export type Effect = 'Allow' | 'Deny'

export interface ConditionResult {
  /** as written, e.g. 'ForAnyValue:StringLike' */
  operator: string
  /** as written, e.g. 'token.actions.githubusercontent.com:sub' */
  key: string
  expected: string[]
  /** undefined when the request has no such key */
  actual: KeyValue | undefined
  passed: boolean
  /** for a failed condition: the expected value closest to the actual one */
  nearest?: string
  /** the operator is not one this evaluator implements; the condition counts as false */
  unsupported?: boolean
  /** the key names a claim of this token's issuer that AWS never puts in the request (e.g. repository_owner) */
  noSuchKey?: { claim: string; instead: string }
  /**
   * the key has another issuer's prefix than this token's, and the token carries the same claim
   * under its own prefix: that key and its value (the condition's key is absent from the request)
   */
  otherPrefix?: { key: string; value: KeyValue }
  /** AWS's outcome for this condition is not known: `passed` is false and means nothing */
  undecided?: Undecided
  /** the policy values after policy-variable substitution, when a value held a variable */
  resolved?: string[]
}

export interface StatementResult {
  index: number
  sid?: string
  effect: Effect
  principalMatches: boolean
  /** the statement's Principal.Federated values, when its principal does not match */
  federated?: string[]
  actionMatches: boolean
  conditions: ConditionResult[]
  /** principal, action and every condition match */
  applies: boolean
  /** principal and action match, no condition fails, but one cannot be decided (applies is false) */
  undecided?: boolean
}

export interface Evaluation {
  decision: Decision
  /** for `cannot-decide`: the conditions it hangs on, one sentence each */
  undecided?: string[]
  statements: StatementResult[]
  /** foot-guns worth a warning (ForAllValues: in Allow, unscoped sub, ...) */
  warnings: string[]
}

// ---- The parsed trust policy (what parseTrustPolicy returns) ----

/** Principal or NotPrincipal, normalised: "*" becomes { wildcard: true, values: {} }. */
export interface PrincipalSpec {
  wildcard: boolean
  /** principal type (AWS, Federated, Service, ...) to its values */
  values: Record<string, string[]>
}

/** One operator/key pair of a Condition block; values are stringified. */
export interface ConditionSpec {
  operator: string
  key: string
  values: string[]
}

export interface Statement {
  index: number
  sid?: string
  effect: Effect
  /** exactly one of principal / notPrincipal is set */
  principal?: PrincipalSpec
  notPrincipal?: PrincipalSpec
  /** exactly one of actions / notActions is set */
  actions?: string[]
  notActions?: string[]
  conditions: ConditionSpec[]
}

export interface TrustPolicy {
  version?: string
  statements: Statement[]
  /** the role itself, when the text was `aws iam get-role` output */
  role?: { arn?: string; name?: string }
}
