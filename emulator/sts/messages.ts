// The exact texts the emulated STS answers with. The AWS STS API Reference names the error
// codes (each action's Errors section), not the texts: these are as observed in real runs.
import { TOKEN_USED_BEFORE_ISSUED } from '../../src/policy/index.js'
import { formatAmzDate, MAX_SKEW_MS } from './sigv4.js'

export const MESSAGES = {
  accessDenied: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  noProvider: (iss: string) => `No OpenIDConnect provider found in your account for ${iss}`,
  audience: 'Incorrect token audience',
  verificationKey:
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
  notJwt: 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
  usedBeforeIssued: TOKEN_USED_BEFORE_ISSUED,
  expired: (now: number, exp: number) =>
    `Token expired: current date/time ${now} must be before the expiration date/time${exp}`,
  idpCommunication:
    'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. ' +
    'This is often a transient error caused by network conditions. Retry the request a limited number of times and wait between attempts to avoid overloading the IDP.',
  maxDuration: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  invalidArn: 'Request ARN is invalid',
  policyNotJson: 'The policy is not in the valid JSON format.',
  policySyntax: 'Syntax errors in policy.',
  regionDisabled: (account: string) =>
    `STS is not activated in this region for account:${account}. Your account administrator can activate STS in this region using the IAM Console.`,
  throttling: 'Rate exceeded',
  internalFailure: 'The request processing has failed because of an unknown error, exception or failure.',
  serviceUnavailable: 'The request has failed due to a temporary failure of the server.',
  invalidClientToken: 'The security token included in the request is invalid',
  /** AssumeRole's wording ends with a full stop */
  invalidClientTokenAssumeRole: 'The security token included in the request is invalid.',
  notAuthorized: (caller: string, action: string, resource: string) =>
    `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`,
  chainingLimit: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
  expiredToken: 'The security token included in the request is expired',
  missingAuth: 'Request is missing Authentication Token',
  signatureMismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  signatureExpired: (signed: string, now: number) =>
    `Signature expired: ${signed} is now earlier than ${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 15 min.)`,
  signatureNotYetCurrent: (signed: string, now: number) =>
    `Signature not yet current: ${signed} is still later than ${formatAmzDate(now + MAX_SKEW_MS)} (${formatAmzDate(now)} + 15 min.)`
} as const
