// ESM + ts-jest: @actions/core 3 and @actions/github 9 ship only ESM.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  globalSetup: '<rootDir>/scripts/ensure-built.mjs',
  testTimeout: 30000,
  // One worker per core (jest leaves one idle by default): the integration tests mostly wait on
  // child processes and sockets, so on 2 cores this halves `npm test`'s wall time.
  maxWorkers: '100%'
}
