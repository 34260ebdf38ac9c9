// The claims a GitHub Actions ID token carries (GitHub's OIDC documentation, "Understanding the
// OIDC token"): what redact-claims may name. Custom repository properties arrive as
// repo_property_<name>.
export const TOKEN_CLAIMS: readonly string[] = [
  // registered JWT claims
  'iss',
  'aud',
  'sub',
  'exp',
  'iat',
  'nbf',
  'jti',
  // GitHub's
  'actor',
  'actor_id',
  'base_ref',
  'check_run_id',
  'enterprise',
  'enterprise_id',
  'environment',
  'environment_node_id',
  'event_name',
  'head_ref',
  'job_workflow_ref',
  'job_workflow_sha',
  'ref',
  'ref_protected',
  'ref_type',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repository_visibility',
  'run_attempt',
  'run_id',
  'run_number',
  'runner_environment',
  'sha',
  'workflow',
  'workflow_ref',
  'workflow_sha'
]

const REPO_PROPERTY = /^repo_property_[\w.-]+$/

export function isTokenClaim(name: string): boolean {
  return TOKEN_CLAIMS.includes(name) || REPO_PROPERTY.test(name)
}
