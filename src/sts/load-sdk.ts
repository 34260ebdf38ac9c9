// The SDK (sts/sdk.ts), loaded on first use: a step refused at its inputs never pays for
// compiling it. Its compilation is started early, once the step's first request has been sent.
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'

const REQUEST_START = 'http.client.request.start'

/** the subscriber waiting for the first request, while there is one */
let watcher: ((message: unknown) => void) | undefined
let requested = false

export const loadSdk = () => {
  // Loaded (or loading) now: nothing is left to watch for, and no subscriber outlives the need.
  requested = true
  stopWatching()
  return import('./sdk.js')
}

function stopWatching(): void {
  if (watcher) unsubscribe(REQUEST_START, watcher)
  watcher = undefined
}

/**
 * Compiles the SDK while this step's first HTTP request (the ID token's) waits for its answer,
 * which takes 50–300 ms on a runner: compiling blocks the thread, so it starts only once the
 * request has been written ('finish'), and never delays the request itself. Later calls of
 * loadSdk find it loaded. When the first request is an STS call, the SDK is already there.
 * Once per process: one subscriber at most, gone at the first request or the first loadSdk.
 */
export function loadSdkOnceRequestSent(): void {
  if (watcher || requested) return
  watcher = (message: unknown): void => {
    stopWatching()
    const { request } = message as { request: ClientRequest }
    request.once('finish', () => setImmediate(() => void loadSdk().catch(() => undefined)))
  }
  subscribe(REQUEST_START, watcher)
}
