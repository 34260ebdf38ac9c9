// STS request quotas are per account and region and shared by every action: a token bucket
// that every STS request draws from, whatever its Action. An empty bucket answers Throttling.

export interface StsQuota {
  /** tokens added per second */
  ratePerSecond: number
  /** the bucket's size: how many requests may arrive at once after a quiet spell */
  burst: number
}

export class TokenBucket {
  private tokens: number
  private lastMs: number

  constructor(
    readonly quota: StsQuota,
    nowMs: number
  ) {
    if (!(quota.ratePerSecond > 0) || !(quota.burst >= 1)) {
      throw new RangeError(`an STS quota needs ratePerSecond > 0 and burst >= 1, got ${JSON.stringify(quota)}`)
    }
    this.tokens = quota.burst
    this.lastMs = nowMs
  }

  /** Takes one token if there is one. */
  take(nowMs: number): boolean {
    const elapsed = Math.max(0, nowMs - this.lastMs)
    this.tokens = Math.min(this.quota.burst, this.tokens + (elapsed * this.quota.ratePerSecond) / 1000)
    this.lastMs = nowMs
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
