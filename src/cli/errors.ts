// The one error the CLI reports as "usage or input error" (exit 2): a sentence for the user,
// never a stack trace.
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** 0 allowed, 1 denied, 2 usage or input error, 3 cannot decide (AWS documents no outcome, or a value is redacted) */
export const EXIT = { allowed: 0, denied: 1, usage: 2, undecided: 3 } as const
