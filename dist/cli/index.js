#!/usr/bin/env node
// Written by scripts/build.mjs: runs the cli entry of the one bundle, ../index.js (src/index.ts).
globalThis[Symbol.for('aws-oidc-credentials.entry')] = 'cli'
require('../index.js')
