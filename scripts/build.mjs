// Bundles each entry point with ncc into dist/, starting from an empty dist/ so no stale chunk
// survives. dist/index.js is the action's main; other entries get a folder of their own.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildInputsHash, HASH_FILE } from './build-inputs.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Entry point -> output folder. */
export const ENTRIES = [
  { src: 'src/index.ts', out: 'dist' },
  { src: 'src/post.ts', out: 'dist/post' }
]

// hashed first: an input edited during the build leaves dist/ marked stale
const inputsHash = buildInputsHash(root)
rmSync(join(root, 'dist'), { recursive: true, force: true })
for (const { src, out } of ENTRIES) {
  execFileSync('npx', ['ncc', 'build', src, '-o', out, '--license', 'licenses.txt', '-q'], {
    cwd: root,
    stdio: 'inherit'
  })
}
// ensure-built.mjs compares this with the inputs' hash to decide whether dist/ is stale.
writeFileSync(join(root, HASH_FILE), `${inputsHash}\n`)
