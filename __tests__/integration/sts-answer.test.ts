// Every value STS answers is checked against the shape real STS gives it before anything is
// written or exported: a hostile endpoint (the emulator's `tamper` fault) gets sts-response-invalid,
// no profile, no variable, no output of its values, and its text never reaches the log raw.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { play } from '../../emulator/play.js'
import { findScenario, type Scenario } from '../../emulator/scenarios.js'
import type { FaultTarget } from '../../emulator/faults.js'

const workdirs: string[] = []
afterAll(() => {
  for (const dir of workdirs) rmSync(dir, { recursive: true, force: true })
})

interface Case {
  target: FaultTarget
  field: string
  value: string
  /** the evidence line's description of the value */
  shown: RegExp
  /** appended to the result instead of replacing an element */
  add?: boolean
}

const BREAK = '\n[default]\ncredential_process = sh -c id\n'
const CASES: Case[] = [
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'AccessKeyId',
    value: `ASIAEXAMPLE12345${BREAK}`,
    shown: /AccessKeyId is \d+ characters with a line break/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'SecretAccessKey',
    value: `wJalrXUtnFEMI/K7MDENG${BREAK}`,
    shown: /SecretAccessKey is \d+ characters with a line break/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'SessionToken',
    value: `FwoGZXIvYXdzEB${BREAK}`,
    shown: /SessionToken is \d+ characters with a line break/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'Expiration',
    value: '2099-01-01T00:00:00Z',
    shown: /Expiration is 2099-01-01T00:00:00.000Z/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'Arn',
    value: 'arn:aws:sts::123456789012:assumed-role/deploy/x\n::warning::forged',
    shown: /AssumedRoleUser\.Arn is 'arn:aws:sts::123456789012:assumed-role\/deploy\/x\\n::warning::forged'/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'AssumedRoleId',
    value: 'AROA EXAMPLE:s',
    shown: /AssumedRoleUser\.AssumedRoleId is 'AROA EXAMPLE:s'/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'Provider',
    value: 'arn:aws:iam::123456789012:oidc-provider/x\ny',
    shown: /Provider is 'arn:aws:iam::123456789012:oidc-provider\/x\\ny'/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'Audience',
    value: 'sts.amazonaws.com\n',
    shown: /Audience is 'sts\.amazonaws\.com\\n'/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'SubjectFromWebIdentityToken',
    value: 'repo:o/r\u0085x',
    shown: /SubjectFromWebIdentityToken is 'repo:o\/r\\u0085x'/
  },
  {
    target: 'AssumeRoleWithWebIdentity',
    field: 'PackedPolicySize',
    value: '250',
    shown: /PackedPolicySize is 250/,
    add: true
  },
  { target: 'GetCallerIdentity', field: 'Account', value: '12345678901x', shown: /Account is '12345678901x'/ },
  {
    target: 'GetCallerIdentity',
    field: 'Arn',
    value: 'arn:aws:sts::123456789012:assumed-role/deploy/s\n##[error]x',
    shown: /Arn is 'arn:aws:sts::123456789012:assumed-role\/deploy\/s\\n##\\\[error\]x'/
  },
  { target: 'GetCallerIdentity', field: 'UserId', value: 'AROAEXAMPLE:s;rm', shown: /UserId is 'AROAEXAMPLE:s;rm'/ }
]

function tampered(c: Case): Scenario {
  const base = findScenario('success') as Scenario
  return {
    ...base,
    inputs: { 'aws-profile': 'ci', 'output-credentials': 'true' },
    setup: (emu) =>
      emu.inject(c.target, {
        kind: 'tamper',
        ...(c.add ? { add: { [c.field]: c.value } } : { fields: { [c.field]: c.value } })
      })
  }
}

describe('[S10] the shape of every value STS answers', () => {
  it.each(CASES)('$target $field: sts-response-invalid, nothing written or exported', async (c) => {
    const p = await play(tampered(c), { keepWorkdir: true })
    const r = p.result
    workdirs.push(r.workdir)
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('sts-response-invalid')
    expect(r.log).toMatch(new RegExp(`${c.target}: ${c.shown.source}`))
    expect(r.log).toContain('Nothing was written or exported')
    expect(r.env).toEqual({})
    expect(Object.keys(r.outputs)).toEqual(['diagnosis'])
    expect(existsSync(join(r.home, '.aws', 'credentials'))).toBe(false)
    expect(existsSync(join(r.home, '.aws', 'config'))).toBe(false)
    expect(r.log).not.toContain('credential_process')
    for (const line of r.log.split('\n')) expect(line).not.toMatch(/^\s*::warning::forged|##\[error\]x/)
  })

  it('chained AssumeRole: a session token with a line break is refused the same way', async () => {
    const base = findScenario('chained-success') as Scenario
    const p = await play(
      {
        ...base,
        inputs: { ...base.inputs, 'aws-profile': 'ci' },
        setup: async (emu) => {
          await base.setup?.(emu)
          emu.inject('AssumeRole', { kind: 'tamper', fields: { SessionToken: `FwoGZXIvYXdzEB${BREAK}` } })
        }
      },
      { keepWorkdir: true }
    )
    workdirs.push(p.result.workdir)
    expect(p.result.outputs.diagnosis).toBe('sts-response-invalid')
    expect(p.result.log).toMatch(/AssumeRole: SessionToken is \d+ characters with a line break/)
    expect(existsSync(join(p.result.home, '.aws', 'credentials'))).toBe(false)
  })
})
