// The variables the AWS CLI and SDKs read credentials from: role chaining reads its source
// there, and the sinks export (and the post step blanks) the new session there.
export const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const
