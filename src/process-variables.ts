// Part of the composition root: the only code besides the entry points that touches
// process.env. The runner's HTTP client (@actions/http-client) decides proxies from this
// process's variables only, so the STS stage hands it the step's injected proxy variables
// through this scope: set for one synchronous call, then put back (nothing else runs meanwhile).
import type { WithProcessVariables } from './sts/types.js'

export const withProcessVariables: WithProcessVariables = (variables, work) => {
  const saved = Object.keys(variables).map((name) => [name, process.env[name]] as const)
  try {
    for (const [name, value] of Object.entries(variables)) setVariable(name, value)
    return work()
  } finally {
    for (const [name, value] of saved) setVariable(name, value)
  }
}

function setVariable(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
