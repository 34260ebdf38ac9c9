// aws_iam_role resources in `terraform show -json` output: a plan (resource_changes, then
// planned_values for roles the plan leaves unchanged) or a state (values). assume_role_policy is
// a JSON string; in a plan it may be unknown until apply.
import type { LineLocator } from './lines.js'
import type { RoleInput } from './types.js'

type Json = Record<string, unknown>

const ROLE_TYPE = 'aws_iam_role'
/** The plan cannot know the policy yet: it is computed at apply (e.g. from another resource). */
export const UNKNOWN_POLICY = 'unknown until apply'

export function isTerraformJson(root: Json): boolean {
  return 'format_version' in root && ('planned_values' in root || 'resource_changes' in root || 'values' in root)
}

export function terraformRoles(root: Json, uri: string, lines: LineLocator): RoleInput[] {
  const roles: RoleInput[] = []
  const seen = new Set<string>()
  const add = (address: string, values: Json, unknown: boolean): void => {
    if (seen.has(address)) return
    seen.add(address)
    const document = unknown ? UNKNOWN_POLICY : values.assume_role_policy
    const arn = typeof values.arn === 'string' ? values.arn : null
    roles.push({ arn, name: address, document, source: { uri, line: lines.lineOf(JSON.stringify(address)) } })
  }
  for (const change of list(root.resource_changes)) {
    if (change.type !== ROLE_TYPE || change.mode !== 'managed' || typeof change.address !== 'string') continue
    const c = isObject(change.change) ? change.change : {}
    if (!isObject(c.after)) continue // deleted: nothing to audit
    const unknown = isObject(c.after_unknown) && c.after_unknown.assume_role_policy === true
    add(change.address, c.after, unknown)
  }
  for (const module of [root.planned_values, root.values].filter(isObject)) {
    for (const r of moduleResources(module.root_module)) {
      if (r.type === ROLE_TYPE && r.mode === 'managed' && typeof r.address === 'string' && isObject(r.values))
        add(r.address, r.values, false)
    }
  }
  return roles
}

function moduleResources(module: unknown): Json[] {
  if (!isObject(module)) return []
  return [...list(module.resources), ...list(module.child_modules).flatMap(moduleResources)]
}

function list(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isObject) : []
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
