// The stable diagnosis codes, in the order the pipeline can first hit them, and which of them
// a retry can change. No text: the catalogue (src/diagnosis/catalogue.ts) explains each, and it
// loads only with the diagnosis, so the retry loop can ask "retryable?" on a successful path.
export const CODES = [
  'invalid-input',
  'not-a-runner',
  'missing-id-token-permission',
  'fork-pull-request',
  'id-token-request-failed',
  'invalid-token',
  'oidc-provider-not-found',
  'audience-mismatch',
  'trust-policy-denied',
  'source-credentials-missing',
  'source-credentials-long-lived',
  'source-profile-unsupported',
  'source-credentials-expired',
  'source-credentials-invalid',
  'assume-role-denied',
  'tag-session-denied',
  'token-expired',
  'idp-communication-error',
  'session-duration-exceeded',
  'session-policy-invalid',
  'region-disabled',
  'throttled',
  'network-error',
  'sts-response-invalid',
  'identity-mismatch',
  'account-not-allowed',
  'clock-skew',
  'unknown'
] as const

export type DiagnosisCode = (typeof CODES)[number]

/** Whether trying again can change the outcome: transient network and service failures only. */
export const RETRYABLE: ReadonlySet<DiagnosisCode> = new Set<DiagnosisCode>([
  'id-token-request-failed',
  'idp-communication-error',
  'throttled',
  'network-error'
])
