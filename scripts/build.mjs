// Bundles each entry point with ncc into dist/, starting from an empty dist/ so no stale chunk
// survives. dist/index.js is the action's main; other entries get a folder of their own.
//
// The bundles are CommonJS (each output folder's package.json says so): Node loads and compiles
// a CommonJS bundle and its lazily required chunks faster than the same code as ES modules.
// Packages are taken from their ES builds ("module" before "main"), so the bundler drops what is
// never imported; tsconfig.json "paths" does the same for the SDK packages whose export
// conditions would pick their CommonJS builds, and swaps dependencies the action never runs
// for stand-ins in src/bundle/. `npm run bench` measures what each of these buys.
import ncc from '@vercel/ncc'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildInputsHash, HASH_FILE } from './build-inputs.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Entry point -> output folder; `bin` marks the package's command (package.json bin). */
export const ENTRIES = [
  { src: 'src/index.ts', out: 'dist' },
  { src: 'src/post.ts', out: 'dist/post' },
  { src: 'src/cli/index.ts', out: 'dist/cli', bin: true }
]

async function bundle(src, out, bin) {
  const { code, assets } = await ncc(join(root, src), {
    esm: false,
    filename: 'index.js',
    mainFields: ['module', 'main'],
    license: 'licenses.txt',
    // ncc's cache does not key on these options; a fresh build is also what CI compares against
    cache: false,
    quiet: true
  })
  const dir = join(root, out)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.js'), code)
  // a command runs from an installed package by its shebang (ncc keeps the entry's first line)
  if (bin && !code.startsWith('#!/usr/bin/env node\n')) throw new Error(`${src} lost its shebang`)
  if (bin) chmodSync(join(dir, 'index.js'), 0o755)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), asset.source, { mode: asset.permissions })
  }
  // the repository is "type": "module"; the bundle is CommonJS
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n')
}

// hashed first: an input edited during the build leaves dist/ marked stale
const inputsHash = buildInputsHash(root)
rmSync(join(root, 'dist'), { recursive: true, force: true })
try {
  for (const { src, out, bin } of ENTRIES) await bundle(src, out, bin)
  // ensure-built.mjs compares this with the inputs' hash to decide whether dist/ is stale.
  writeFileSync(join(root, HASH_FILE), `${inputsHash}\n`)
} catch (e) {
  // ncc's errors carry the whole bundled compiler in their stack: the message is what helps
  console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exitCode = 1
}
