import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The layers of src/, lowest first: a folder's modules may import their own folder and the
// folders before it, never one after it (CONTRIBUTING.md, "How the code is laid out").
const LAYERS = [
  'output',
  'failure',
  'github',
  'policy',
  'inputs',
  'sts',
  'source',
  'sinks',
  'diagnosis',
  'audit',
  'pipeline',
  'cli'
]
const ENTRY_POINTS = ['../action.js', '../entry.js', '../index.js']

/** no-restricted-imports for the folder at `index`: everything above it, and the entry points. */
function layerRule(index) {
  const above = LAYERS.slice(index + 1)
  return {
    files: [`src/${LAYERS[index]}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above.map((folder) => ({
              group: [`../${folder}/*`],
              message: `src/${LAYERS[index]}/ is below src/${folder}/: imports point down the layers (CONTRIBUTING.md).`
            })),
            { group: ENTRY_POINTS, message: 'Only the entry points import the composition root.' },
            ...(index === LAYERS.indexOf('pipeline')
              ? [
                  {
                    group: ['../diagnosis/*'],
                    message:
                      'The pipeline loads the diagnosis with import() on the first error: a successful run never compiles it.'
                  }
                ]
              : [])
          ]
        }
      ]
    }
  }
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // a chain of conditions reads better as a small named function
      'no-nested-ternary': 'error'
    }
  },
  ...LAYERS.map((_, index) => layerRule(index)),
  {
    // CommonJS bundle stand-ins: their require() is the lazy load the bundler keeps as it is
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
