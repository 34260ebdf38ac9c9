#!/usr/bin/env node
// The `aws-oidc-credentials` command (package.json bin): wires the real process into runCli, or
// into credential-process, which runs before every AWS call of a refresh-credentials profile
// and so loads none of the other commands. No top-level await, so the bundle works as CommonJS
// or as an ES module.
import { writeSync } from 'node:fs'
import { realInputs } from './read-input.js'

const [command, ...rest] = process.argv.slice(2)
const out = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text)
}
const exitWith = (code: number): void => {
  process.exitCode = code
}

if (command === 'credential-process')
  void import(/* webpackMode: "eager" */ './credential-process.js')
    .then(({ credentialProcess }) =>
      // straight to the file descriptors: process.stdout would load Node's streams on every AWS call
      credentialProcess(rest, {
        stdout: (text) => writeSync(1, text),
        stderr: (text) => writeSync(2, text),
        env: process.env,
        now: Date.now
      })
    )
    .then(exitWith)
else
  void import(/* webpackChunkName: "diagnosis" */ './main.js')
    .then(({ runCli }) => runCli(process.argv.slice(2), realInputs, out))
    .then(exitWith)
