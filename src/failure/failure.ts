// The failure every stage throws: a stable code, this run's message and the details a report needs.
import type { DiagnosisCode } from './codes.js'

/** The pipeline's stages, in order; every failure names the one it happened in. */
/** 'source' reads the environment's credentials for role chaining, where 'token' gets the ID token. */
export type Stage = 'inputs' | 'source' | 'token' | 'claims' | 'assume' | 'verify' | 'export'

export interface FailureDetails {
  stage?: Stage
  /** facts of this run that show the cause (already free of secrets) */
  evidence?: string[]
  /** what to do, specific to this run, safest first; replaces the catalogue's generic fix */
  fix?: string[]
  /** the causes this run's evidence leaves open, most likely first; replaces the catalogue's list */
  causes?: string[]
  /** extra lines printed as a block (e.g. a suggested policy); summaryOnly ones go to the job summary alone */
  snippets?: { title: string; body: string; summaryOnly?: boolean }[]
  requestId?: string
  /** overrides the catalogue's retryable flag for this particular error */
  retryable?: boolean
  /** the error that was classified, for the 'unknown' report */
  original?: { name: string; message: string }
}

/** A classified failure: the one kind of error the report prints. */
export class Failure extends Error {
  readonly code: DiagnosisCode
  readonly details: FailureDetails

  constructor(code: DiagnosisCode, message: string, details: FailureDetails = {}) {
    super(message)
    this.name = 'Failure'
    this.code = code
    this.details = details
  }
}

export function isFailure(e: unknown): e is Failure {
  return e instanceof Error && e.name === 'Failure' && typeof (e as Failure).code === 'string'
}

export const invalidInput = (input: string, message: string): Failure =>
  new Failure('invalid-input', `Input '${input}': ${message}`, { stage: 'inputs' })
