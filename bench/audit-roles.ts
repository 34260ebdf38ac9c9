// A get-account-authorization-details document of N roles for timing `audit`: the fixture's mix
// of trust policies (open, closed, odd, URL-encoded, not GitHub) repeated under fresh names.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../emulator/node24.js'

export const AUDIT_FIXTURE = join(repoRoot, '__tests__', 'fixtures', 'audit', 'account-authorization-details.json')

interface RoleDetail {
  RoleName: string
  Arn: string
  [key: string]: unknown
}

export function manyRoles(n: number): string {
  const fixture = JSON.parse(readFileSync(AUDIT_FIXTURE, 'utf8')) as { RoleDetailList: RoleDetail[] }
  const base = fixture.RoleDetailList
  const roles = Array.from({ length: n }, (_, i) => {
    const role = base[i % base.length]
    const name = `${role.RoleName}-${i}`
    return { ...role, RoleName: name, Arn: role.Arn.replace(/[^/]+$/, name) }
  })
  return `${JSON.stringify({ ...fixture, RoleDetailList: roles }, null, 4)}\n`
}
