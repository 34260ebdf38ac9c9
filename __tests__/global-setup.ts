// The integration tests run dist/index.js: rebuild it first if src/ is newer.
import { ensureBuilt } from '../emulator/build.js'

export default function globalSetup(): void {
  if (!ensureBuilt()) throw new Error('npm run build failed; the integration tests need dist/index.js')
}
