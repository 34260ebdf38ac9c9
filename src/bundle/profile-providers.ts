// Stands in, in the bundle only (tsconfig.json "paths"; the tests load the real packages), for the
// providers fromIni (@aws-sdk/credential-providers, role-chaining's source reader) imports when
// a profile is not static keys: assume-role through STS, credential_source, web identity,
// credential_process, SSO and login. The source stage promises no network call and no process,
// and refuses those profiles before fromIni sees them (src/profile-kinds.ts); leaving the
// providers and their SDK clients out keeps ~0.4 MB out of dist/. Should anything still reach
// one, it fails naming the profile kind and why, instead of calling the network.
import { notBundled, REFUSED_PROFILE_KINDS as KINDS } from '../source/profile-kinds.js'

/** @aws-sdk/nested-clients/sts: a role_arn profile's sts:AssumeRole */
export function getDefaultRoleAssumer(): never {
  throw notBundled(KINDS.assumeRole, '@aws-sdk/nested-clients/sts')
}

/** @aws-sdk/credential-provider-http: credential_source = EcsContainer */
export function fromHttp(): never {
  throw notBundled(KINDS.credentialSource, '@aws-sdk/credential-provider-http')
}

/** @smithy/credential-provider-imds: credential_source = EcsContainer */
export function fromContainerMetadata(): never {
  throw notBundled(KINDS.credentialSource, '@smithy/credential-provider-imds')
}

/** @smithy/credential-provider-imds: credential_source = Ec2InstanceMetadata */
export function fromInstanceMetadata(): never {
  throw notBundled(KINDS.credentialSource, '@smithy/credential-provider-imds')
}

/** @aws-sdk/credential-provider-web-identity */
export function fromTokenFile(): never {
  throw notBundled(KINDS.webIdentity, '@aws-sdk/credential-provider-web-identity')
}

/** @aws-sdk/credential-provider-process */
export function fromProcess(): never {
  throw notBundled(KINDS.credentialProcess, '@aws-sdk/credential-provider-process')
}

/** @aws-sdk/credential-provider-sso */
export function fromSSO(): never {
  throw notBundled(KINDS.sso, '@aws-sdk/credential-provider-sso')
}

/** @aws-sdk/credential-provider-login */
export function fromLoginCredentials(): never {
  throw notBundled(KINDS.login, '@aws-sdk/credential-provider-login')
}
