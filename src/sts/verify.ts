// Stage 5: the new credentials must be the role that was asked for, in an allowed account.
import { Failure } from '../failure/failure.js'
import type { Config } from '../inputs/index.js'
import type { CallerIdentity } from './types.js'

export function expectedAssumedRoleArn(config: Config): string {
  const r = config.role
  return `arn:${r.partition}:sts::${r.account}:assumed-role/${r.name}/${config.roleSessionName}`
}

export function checkIdentity(id: CallerIdentity, config: Config): void {
  const expected = expectedAssumedRoleArn(config)
  const evidence = [
    `GetCallerIdentity: account ${id.account || '(none)'}, arn ${id.arn || '(none)'}`,
    `expected:          account ${config.role.account}, arn ${expected}`
  ]
  if (id.account !== config.role.account || id.arn !== expected) {
    throw new Failure(
      'identity-mismatch',
      'The new credentials are not the requested role: GetCallerIdentity names another identity. Nothing was exported.',
      { stage: 'verify', evidence, requestId: id.requestId }
    )
  }
  if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(id.account)) {
    throw new Failure(
      'account-not-allowed',
      `The account ${id.account} is not in allowed-account-ids. Nothing was exported.`,
      {
        stage: 'verify',
        evidence: [`verified account: ${id.account}`, `allowed-account-ids: ${config.allowedAccountIds.join(', ')}`],
        requestId: id.requestId
      }
    )
  }
}
