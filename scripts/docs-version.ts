// `npm run docs:version`: after a version bump, every example in the docs names the new release,
// the action as `aws-oidc-credentials/aws-oidc-credentials@vX.Y.Z` and the CLI as
// `npx aws-oidc-credentials@X.Y.Z`, so a copied example neither warns nor runs another release.
// package.json's version is the one source; __tests__/docs/versions.test.ts checks the result.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The documents users copy from. */
export function docFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
  return ['README.md', ...docs]
}

/** A release version where the docs name one: the action's tag and the CLI's package. */
const VERSIONED: RegExp[] = [
  /(aws-oidc-credentials\/aws-oidc-credentials@v)\d+\.\d+\.\d+\b/g,
  /(npx aws-oidc-credentials@)\d+\.\d+\.\d+\b/g,
  /(--branch v)\d+\.\d+\.\d+\b/g
]

export function withVersion(text: string, version: string): string {
  return VERSIONED.reduce((t, pattern) => t.replace(pattern, `$1${version}`), text)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  for (const file of docFiles()) {
    const path = join(root, file)
    const before = readFileSync(path, 'utf8')
    const after = withVersion(before, version)
    if (after !== before) {
      writeFileSync(path, after)
      console.log(`${file}: now names ${version}`)
    }
  }
}
