// The one error the CLI reports as "usage or input error" (exit 2): a sentence for the user,
// never a stack trace.
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** audit: findings at --fail-on or worse share denied's status; a usage error is always 2 */
export const EXIT = { allowed: 0, denied: 1, findings: 1, usage: 2 } as const
