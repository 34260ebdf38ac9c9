// The step's outputs, declared once: action.yml's outputs: block is written from this table
// (npm run docs:inputs), and every output the action sets is named from it.
import type { CoreApi } from '../output/core-api.js'

export const OUTPUTS = [
  { name: 'aws-account-id', description: 'The account id of the verified credentials (from GetCallerIdentity).' },
  {
    name: 'authenticated-arn',
    description: 'The assumed-role ARN of the verified credentials (from GetCallerIdentity).'
  },
  { name: 'subject', description: "The ID token's sub claim." },
  { name: 'diagnosis', description: 'Empty on success; the diagnosis code on failure.' },
  { name: 'aws-access-key-id', description: 'With output-credentials: the access key id.' },
  { name: 'aws-secret-access-key', description: 'With output-credentials: the secret access key.' },
  { name: 'aws-session-token', description: 'With output-credentials: the session token.' },
  { name: 'aws-expiration', description: 'With output-credentials: when the credentials expire (ISO 8601).' }
] as const

export type OutputName = (typeof OUTPUTS)[number]['name']

/** Sets outputs by their declared names only: a typo is a type error, not a silently missing output. */
export function setOutputs(core: CoreApi, values: Partial<Record<OutputName, string>>): void {
  for (const [name, value] of Object.entries(values)) if (value !== undefined) core.setOutput(name, value)
}
