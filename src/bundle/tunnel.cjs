// Stands in for `tunnel` in the bundle only (tsconfig.json "paths"; the tests load the real one).
// @actions/http-client imports it at its top level, which loads tls, net and assert on every ID
// token request; only a proxy's CONNECT tunnel uses it. The real module is bundled as it is and
// evaluated at the first tunnel, so a proxied request behaves exactly the same.
'use strict'
const real = () => require('../../node_modules/tunnel/index.js')
module.exports = {
  httpOverHttp: (options) => real().httpOverHttp(options),
  httpsOverHttp: (options) => real().httpsOverHttp(options),
  httpOverHttps: (options) => real().httpOverHttps(options),
  httpsOverHttps: (options) => real().httpsOverHttps(options)
}
