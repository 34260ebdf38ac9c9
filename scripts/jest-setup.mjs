// jest globalSetup, before any test file runs (the workers inherit this process's environment).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './ensure-built.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export default function globalSetup() {
  // the integration tests run dist/
  if (!ensureBuilt()) throw new Error('npm run build failed; the integration tests need dist/index.js')
  // Node 24's code cache for the built action and CLI the tests start hundreds of times: the same
  // bytes run, compiled once instead of in every process (about a fifth of a run's CPU). Only the
  // tests use it: the bench and a runner compile afresh. https://nodejs.org/api/module.html#module-compile-cache
  process.env.NODE_COMPILE_CACHE ??= join(root, '.tmp', 'node-compile-cache')
}
