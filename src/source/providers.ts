// The credential providers role chaining reads its source with, loaded on that path only
// (loadProviders in source-credentials.ts). Named re-exports let the bundler leave out the
// providers it never uses (Cognito, container, HTTP, temporary credentials, the node chain).
// parseKnownFiles is the reader fromIni itself uses: it tells a profile's kind before fromIni runs.
export { fromIni } from '@aws-sdk/credential-providers'
export { parseKnownFiles } from '@smithy/core/config'
export { refusedProfile } from './profile-kinds.js'
