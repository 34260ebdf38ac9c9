// Stands in for `@actions/http-client` in the bundle only (tsconfig.json "paths"; the tests load
// the real one). @actions/core imports HttpClient at its top level for getIDToken(), which would
// load http, https, tls, tunnel and assert on every run, even one refused at its inputs. This
// HttpClient takes the same arguments and loads the real one at its first request. It has only
// what getIDToken calls (getJson): any other method is missing, so a new caller fails at once.
import type { OutgoingHttpHeaders } from 'node:http'
import type { HttpClient as RealHttpClient } from '../../node_modules/@actions/http-client/lib/index.js'
import type { TypedResponse } from '../../node_modules/@actions/http-client/lib/interfaces.js'
import { loadHttpClient } from './load-http-client.js'

export class HttpClient {
  private readonly args: ConstructorParameters<typeof RealHttpClient>
  private real?: Promise<RealHttpClient>

  constructor(...args: ConstructorParameters<typeof RealHttpClient>) {
    this.args = args
  }

  async getJson<T>(requestUrl: string, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.client()).getJson<T>(requestUrl, additionalHeaders)
  }

  private client(): Promise<RealHttpClient> {
    this.real ??= loadHttpClient().then(({ HttpClient: Real }) => new Real(...this.args))
    return this.real
  }
}
