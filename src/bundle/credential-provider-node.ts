// Stands in for `@aws-sdk/credential-provider-node` in the bundle only (tsconfig.json "paths").
// The STS client would fall back to the ambient credential chain (env, ~/.aws, SSO, IMDS…) for
// any call made without credentials. This action never wants that: AssumeRoleWithWebIdentity
// is unsigned and every signed call is given its credentials explicitly. Leaving the chain out
// keeps ~0.25 MB of providers out of dist/ and makes an accidental fallback fail loudly.
export function defaultProvider(): () => Promise<never> {
  return () =>
    Promise.reject(
      new Error(
        'No credentials were given for this STS call, and the ambient credential chain is not bundled (see src/bundle/credential-provider-node.ts)'
      )
    )
}
