// What a user sees of the inputs through the built dist/ under Node 24: refusals before any
// network call (the emulator records every call), and the incumbent's values accepted.
import { describe, expect, it } from '@jest/globals'
import { play, type Played } from '../../emulator/play.js'

const scenario = (inputs: Record<string, string>) => ({
  name: 'inputs',
  code: '',
  description: '',
  inputs,
  expect: [],
  withinSeconds: 30
})
const playWith = (inputs: Record<string, string>): Promise<Played> => play(scenario(inputs))

describe('inputs through dist/', () => {
  it('fails closed on an unknown input before any network call, naming it and the closest input', async () => {
    const { result: r, calls } = await playWith({ 'role-chainning': 'true' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(calls).toEqual([])
    expect(r.log).toContain("'role-chainning' — did you mean role-chaining?")
    expect(r.env).toEqual({})
    // the runner itself only warns, which is why the action refuses
    expect(r.runnerMessages.map((m) => m.message).join('\n')).toMatch(/Unexpected input\(s\) 'role-chainning'/)
  })

  it('refuses more than one hour with role-chaining before any call, saying why', async () => {
    const { result: r, calls } = await playWith({ 'role-chaining': 'true', 'role-duration-seconds': '7200' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(calls).toEqual([])
    expect(r.log).toMatch(/Input 'role-duration-seconds': 7200 is more than a chained session may last/)
  })

  it('refuses static keys without echoing them, before any call', async () => {
    const { result: r, calls } = await playWith({ 'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET' })
    expect(r.exitCode).toBe(1)
    expect(calls).toEqual([])
    expect(r.log).toMatch(/Input 'aws-secret-access-key': static AWS keys are not accepted/)
    expect(r.log).not.toContain('wJalrXUtnFEMI')
  })

  it("runs with the incumbent's retry-max-attempts: 12 and action-timeout-s: 0", async () => {
    const { result: r } = await playWith({ 'retry-max-attempts': '12', 'action-timeout-s': '0' })
    expect(r.exitCode).toBe(0)
    expect(r.env.AWS_SESSION_TOKEN).toBeDefined()
  })

  it('exports no env credentials with aws-profile unless output-env-credentials is true', async () => {
    const { result: r } = await playWith({ 'aws-profile': 'ci' })
    expect(r.exitCode).toBe(0)
    expect(r.env.AWS_ACCESS_KEY_ID).toBeUndefined()
    expect(r.outputs['aws-account-id']).toBe('123456789012')
  })
})
