// How the action's process ends. Normally on its own: once nothing is pending, Node exits after
// stdout and stderr have reached the runner's pipe. process.exit() would drop what is still
// queued (masks, the ::error annotation, the diagnosis), so it is used only when a stalled
// request has been abandoned and would otherwise keep the process alive.

/** Resolves once everything written so far to `stream` has been handed to the operating system. */
export function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => resolve())
  })
}

/** Ends the process after stdout and stderr have drained; process.exitCode is kept. */
export async function exitAfterDrain(): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  process.exit()
}
