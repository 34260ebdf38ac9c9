// redact-claims holds everywhere the action writes: a redacted claim's value is replaced by
// *** in any text built from the token (diagnosis, evaluation lines, suggestions, summary).

export type Redactor = (text: string) => string

// Shorter values (a run_attempt of "1") would blank unrelated text; the claim rows and the
// per-condition lines hide those values by name instead.
const MIN_SCRUBBED_LENGTH = 3

/** A function that replaces every redacted claim's value (and its string parts) with ***. */
export function redactor(claims: Record<string, unknown>, redact: readonly string[]): Redactor {
  const values = redact
    .flatMap((name) => [claims[name]].flat())
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map(String)
    .filter((v) => v.length >= MIN_SCRUBBED_LENGTH)
    // longest first, so a value that contains another is replaced whole
    .sort((a, b) => b.length - a.length)
  if (values.length === 0) return (text) => text
  return (text) => values.reduce((t, v) => t.split(v).join('***'), text)
}

/** Whether a condition key (`<issuer>:<claim>`) names a redacted claim. */
export function keyIsRedacted(key: string, redact: readonly string[]): boolean {
  const claim = key.slice(key.lastIndexOf(':') + 1).toLowerCase()
  return redact.some((r) => r.toLowerCase() === claim)
}
