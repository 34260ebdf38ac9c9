// Stands in for `undici` in the bundle only (tsconfig.json "paths"; the tests load the real one).
// @actions/http-client imports ProxyAgent from undici at its top level for getAgentDispatcher(),
// the fetch dispatcher Octokit uses behind a proxy. This action never builds one: it calls
// GitHub's token endpoint through HttpClient (its own tunnel agent honours the proxy variables)
// and STS through the SDK. Without this, ~0.9 MB of undici would be compiled and evaluated on
// every run; a caller that does need the dispatcher gets this error instead of a silent no-op.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is not bundled with this action: @actions/http-client getAgentDispatcher() is unavailable (see src/bundle/undici.ts)'
    )
  }
}
