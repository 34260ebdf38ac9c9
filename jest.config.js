// ESM: @actions/core 3 and @actions/github 9 ship only ESM. TypeScript is stripped by swc
// (types are checked by `npm run typecheck`): on a cold cache the unit tests took 11 s of CPU, against 18 s
// with ts-jest.
import { availableParallelism } from 'node:os'

export default {
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        // keepImportAttributes: `with { type: 'json' }` stays, as Node's ESM loader requires
        jsc: { parser: { syntax: 'typescript' }, target: 'es2023', experimental: { keepImportAttributes: true } },
        module: { type: 'es6' }
      }
    ]
  },
  globalSetup: '<rootDir>/scripts/jest-setup.mjs',
  testTimeout: 30000,
  // Two workers per core (jest leaves one core idle by default): the integration tests spend much of
  // their time waiting on child processes, sockets and retry waits, so a second worker per core
  // fills that idle CPU (on 2 cores: 4 workers, measured 45 s -> 34 s for a cold `npm test`).
  // A number: jest reads a percentage above 100% as that many workers.
  maxWorkers: 2 * availableParallelism()
}
