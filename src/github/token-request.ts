// What every step of a job with `id-token: write` has in its environment to request an ID token:
// the token stage needs them, and so do refresh-credentials' check and its credential process.
export const TOKEN_REQUEST_VARIABLES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const
