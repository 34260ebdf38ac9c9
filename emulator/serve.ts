// `npm run emulator`: only the emulator, in the foreground, printing the environment a job needs.
// Optional argument: a JSON or YAML file { world?, run?, faults? } (defaults otherwise).
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { startEmulator, type EmulatorOptions } from './index.js'
import { defaultRunContext } from './world.js'

const file = process.argv[2]
const config = (file ? parse(readFileSync(file, 'utf8')) : {}) as Pick<EmulatorOptions, 'world' | 'faults'> & {
  run?: object
  port?: number
}
const emulator = await startEmulator({
  world: config.world,
  run: config.run ? defaultRunContext(config.run) : undefined,
  faults: config.faults,
  port: config.port ?? Number(process.env.EMULATOR_PORT ?? 0)
})

console.log(`ACTIONS_ID_TOKEN_REQUEST_URL=${emulator.tokenRequestUrl}`)
console.log(`ACTIONS_ID_TOKEN_REQUEST_TOKEN=${emulator.tokenRequestToken}`)
console.log(`AWS_ENDPOINT_URL_STS=${emulator.stsEndpoint}`)
console.log(`# issuer ${emulator.issuer}; Ctrl-C to stop`)

const stop = (): void => {
  void emulator.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
