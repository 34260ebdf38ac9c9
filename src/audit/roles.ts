// The roles in one input file, whatever form it has: get-account-authorization-details
// (RoleDetailList), list-roles (Roles), get-role (Role), a role object or a list of them, a
// plain trust policy (JSON or URL-encoded as the IAM API returns it), or Terraform JSON.
import { basename } from 'node:path'
import { jsonErrorPlace } from '../output/json-error.js'
import { LineLocator } from './lines.js'
import { isObject, isTerraformJson, terraformRoles } from './terraform.js'
import { AuditInputError, type InputFile, type RoleInput } from './types.js'

const SHAPES =
  'get-account-authorization-details, list-roles or get-role output, a trust policy, or terraform show -json'

export function rolesOf(file: InputFile): RoleInput[] {
  const root = parseFile(file)
  const lines = new LineLocator(file.text)
  if (Array.isArray(root)) return roleObjects(root, file, lines, 'the list')
  if (!isObject(root)) throw notAShape(file, 'JSON but not an object or a list')
  if (Array.isArray(root.RoleDetailList)) return roleObjects(root.RoleDetailList, file, lines, 'RoleDetailList')
  if (Array.isArray(root.Roles)) return roleObjects(root.Roles, file, lines, 'Roles')
  if (isObject(root.Role)) return roleObjects([root.Role], file, lines, 'Role')
  if ('AssumeRolePolicyDocument' in root) return roleObjects([root], file, lines, 'the role')
  if (isTerraformJson(root)) return terraformRoles(root, file.uri, lines)
  if ('Statement' in root) {
    // a plain document names no role: the file does
    return [{ arn: null, name: basename(file.uri), document: root, source: { uri: file.uri, line: 1 } }]
  }
  throw notAShape(file, 'an object audit does not recognise')
}

/** IAM role objects: RoleName, Arn and AssumeRolePolicyDocument (an object, or URL-encoded text). */
function roleObjects(list: unknown[], file: InputFile, lines: LineLocator, where: string): RoleInput[] {
  return list.map((entry, i) => {
    if (!isObject(entry)) throw notAShape(file, `${where}[${i}] is not a role object`)
    const arn = typeof entry.Arn === 'string' ? entry.Arn : null
    const name = typeof entry.RoleName === 'string' ? entry.RoleName : `${where}[${i}]`
    const line = arn === null ? undefined : lines.lineOf(JSON.stringify(arn))
    return { arn, name, document: entry.AssumeRolePolicyDocument, source: { uri: file.uri, line } }
  })
}

/** JSON, or a whole file that is URL-encoded JSON (a policy document copied from the IAM API). */
function parseFile(file: InputFile): unknown {
  const text = file.text.trim()
  if (text === '') throw new AuditInputError(`audit: ${file.uri} is empty`)
  try {
    return JSON.parse(text)
  } catch {
    if (!/^[{[]/.test(text) && /%[0-9a-f]{2}/i.test(text)) {
      try {
        return JSON.parse(decodeURIComponent(text))
      } catch {
        throw new AuditInputError(`audit: ${file.uri} looks URL-encoded but does not decode to JSON`)
      }
    }
    throw new AuditInputError(`audit: ${file.uri} is not JSON (${jsonErrorPlace(file.text)})`)
  }
}

function notAShape(file: InputFile, what: string): AuditInputError {
  return new AuditInputError(`audit: ${file.uri} is ${what}; audit reads ${SHAPES}`)
}
