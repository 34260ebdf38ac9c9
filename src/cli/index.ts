#!/usr/bin/env node
// The `aws-oidc-credentials` command (package.json bin): runCommandLine wires the real process
// into runCli, or into credential-process, which runs before every AWS call of a
// refresh-credentials profile and so loads none of the other commands. src/index.ts imports this
// module statically: it and the cache-hit path sit in dist/index.js, so a cache hit reads no
// other file, and the cache the action's sink and post step share with it is bundled once.
import { writeSync } from 'node:fs'
import { credentialProcess } from './credential-process.js'
import { withProcessVariables } from '../process-variables.js'
import { realInputs } from './read-input.js'

export function runCommandLine(): void {
  const argv = process.argv.slice(2)
  const exitWith = (code: number): void => {
    process.exitCode = code
  }
  if (argv[0] === 'credential-process') {
    // straight to the file descriptors: process.stdout would load Node's streams on every AWS call
    void credentialProcess(argv.slice(1), {
      stdout: (text) => writeSync(1, text),
      stderr: (text) => writeSync(2, text),
      env: process.env,
      withProcessVariables,
      now: Date.now
    }).then(exitWith)
    return
  }
  const out = {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text)
  }
  void import('./main.js').then(({ runCli }) => runCli(argv, realInputs, out)).then(exitWith)
}
