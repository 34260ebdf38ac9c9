// Every network call is bounded: a stalled socket must end as a diagnosis, not a hung job.
export class TimeoutError extends Error {
  readonly code = 'ETIMEDOUT'
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${Math.round(ms / 1000)} s`)
    this.name = 'TimeoutError'
  }
}

/** Rejects with `timedOut()` when `work` has not settled after `ms`; the work itself is not stopped. */
export function withTimeout<T>(work: Promise<T>, ms: number, timedOut: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut()), ms)
    timer.unref()
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}
