#!/usr/bin/env node
// The `aws-oidc-credentials` command (package.json bin): wires the real process into runCli.
// No top-level await, so the bundle works as CommonJS or as an ES module.
import { runCli } from './main.js'
import { realInputs } from './read-input.js'

void runCli(process.argv.slice(2), realInputs, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}).then((code) => {
  process.exitCode = code
})
