// Public API of the loopback GitHub-OIDC + AWS STS emulator.
export {
  MAX_BODY_BYTES,
  startEmulator,
  type CallRecord,
  type CallTarget,
  type Emulator,
  type EmulatorOptions
} from './server.js'
export {
  DEFAULT_ACCOUNT,
  DEFAULT_AUDIENCE,
  GITHUB_ISSUER,
  defaultRunContext,
  defaultWorld,
  githubTrustPolicy,
  roleArn,
  type Account,
  type OidcProvider,
  type Role,
  type RunContext,
  type World
} from './world.js'
export {
  buildSubject,
  contextSegment,
  escapeSubjectValue,
  repoSegment,
  PULL_REQUEST_EVENTS
} from '../src/github/subject-builder.js'
export {
  FAULT_TARGETS,
  type Fault,
  type FaultKind,
  type FaultSpec,
  type FaultTarget,
  type SimpleFaultKind
} from './faults.js'
export { mintToken, runClaims, type MintOptions } from './github-token.js'
export { MESSAGES, STS_VERSION, parseRoleArn } from './sts/index.js'
export type { Session } from './sts/sessions.js'
export { TokenBucket, type StsQuota } from './quota.js'
