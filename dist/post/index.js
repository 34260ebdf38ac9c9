// Written by scripts/build.mjs: runs the post entry of the one bundle, ../index.js (src/index.ts).
globalThis[Symbol.for('aws-oidc-credentials.entry')] = 'post'
require('../index.js')
