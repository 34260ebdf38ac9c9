// Bundles the action with ncc into dist/, starting from an empty dist/ so no stale chunk
// survives. One compilation, src/index.ts: dist/index.js is the action's main, and the post step
// and the CLI are chunks of the same compilation, so the three share their code instead of each
// bundle repeating it. Their paths (action.yml runs.post, package.json bin) are small stubs
// written here that name their entry (src/entry.ts) and require dist/index.js.
//
// The bundles are CommonJS (each output folder's package.json says so): Node loads and compiles
// a CommonJS bundle and its lazily required chunks faster than the same code as ES modules.
// Packages are taken from their ES builds ("module" before "main"), so the bundler drops what is
// never imported; tsconfig.json "paths" does the same for the SDK packages whose export
// conditions would pick their CommonJS builds, and swaps dependencies the action never runs
// for stand-ins in src/bundle/. `npm run bench` measures what each of these buys.
import ncc from '@vercel/ncc'
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildInputsHash, HASH_FILE } from './build-inputs.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The entries src/index.ts runs besides the action -> their stub; `bin` marks the package's command. */
export const STUBS = [
  { entry: 'post', out: 'dist/post/index.js' },
  { entry: 'cli', out: 'dist/cli/index.js', bin: true }
]

/** The global the stubs set, read from its one definition in src/entry.ts. */
function entryGlobal() {
  const m = /^export const ENTRY_GLOBAL = '([\w.-]+)'$/m.exec(readFileSync(join(root, 'src/entry.ts'), 'utf8'))
  if (!m) throw new Error('src/entry.ts does not define ENTRY_GLOBAL as a string')
  return m[1]
}

function stub({ entry, bin }, key) {
  return [
    // a command runs from an installed package by its shebang
    ...(bin ? ['#!/usr/bin/env node'] : []),
    `// Written by scripts/build.mjs: runs the ${entry} entry of the one bundle, ../index.js (src/index.ts).`,
    `globalThis[Symbol.for('${key}')] = '${entry}'`,
    "require('../index.js')",
    ''
  ].join('\n')
}

function writePackageJson(dir) {
  // the repository is "type": "module"; the bundle is CommonJS
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n')
}

async function build() {
  const { code, assets } = await ncc(join(root, 'src/index.ts'), {
    esm: false,
    filename: 'index.js',
    mainFields: ['module', 'main'],
    license: 'licenses.txt',
    // ncc's cache does not key on these options; a fresh build is also what CI compares against
    cache: false,
    quiet: true
  })
  const dist = join(root, 'dist')
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(dist, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dist, name)), { recursive: true })
    writeFileSync(join(dist, name), asset.source, { mode: asset.permissions })
  }
  writePackageJson(dist)
  const key = entryGlobal()
  for (const s of STUBS) {
    const file = join(root, s.out)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, stub(s, key))
    if (s.bin) chmodSync(file, 0o755)
    writePackageJson(dirname(file))
  }
}

// hashed first: an input edited during the build leaves dist/ marked stale
const inputsHash = buildInputsHash(root)
rmSync(join(root, 'dist'), { recursive: true, force: true })
try {
  await build()
  // ensure-built.mjs compares this with the inputs' hash to decide whether dist/ is stale.
  writeFileSync(join(root, HASH_FILE), `${inputsHash}\n`)
} catch (e) {
  // ncc's errors carry the whole bundled compiler in their stack: the message is what helps
  console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exitCode = 1
}
