// The shapes `audit` passes between reading, judging and printing.
import type { TrustPolicy } from '../policy/index.js'

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** One input's text and where it came from. */
export interface InputFile {
  /** relative to the working directory, '/'-separated; 'stdin' for '-' */
  uri: string
  text: string
}

/** An input audit cannot read at all (not JSON, not a shape it knows): one sentence for the user. */
export class AuditInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuditInputError'
  }
}

/** Where a role was read from: the input file (relative to the working directory) and its line. */
export interface SourceLocation {
  /** a path relative to the working directory, with '/' separators; 'stdin' for '-' */
  uri: string
  /** 1-based; absent where the input has no lines of its own (standard input) */
  line?: number
}

/** One role as an input describes it, its trust policy not yet parsed. */
export interface RoleInput {
  /** null where the input does not name it (a plain policy document, a planned role) */
  arn: string | null
  name: string
  /** the policy document: an object, a JSON string or a URL-encoded JSON string */
  document: unknown
  source: SourceLocation
}

export interface ReadRole extends Omit<RoleInput, 'document'> {
  policy?: TrustPolicy
  /** why the policy could not be read (then nothing was judged) */
  unreadable?: string
}

export interface Finding {
  probe: string
  severity: Severity
  /** `Statement 0 (Sid "GitHub")` */
  statement: string
  /** one sentence: who can assume the role and how */
  reason: string
  /** the evaluator's trace of the statement that let the probe in (or the condition an info finding is about) */
  conditions: string[]
  /** the smallest change that closes it */
  fix: string
}

/** A probe the evaluator could not decide: neither open nor closed. */
export interface Undecided {
  probe: string
  statement: string
  reason: string
}

export interface RoleReport {
  arn: string | null
  name: string
  source: SourceLocation
  findings: Finding[]
  undecided: Undecided[]
  /** why this role was not judged */
  unreadable?: string
}
