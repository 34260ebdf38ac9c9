// @actions/http-client, loaded when a request needs it: its top level loads http, https, tls,
// tunnel and assert (~3 ms of a run that calls plain-http endpoints or fails at its inputs).
// The relative path is the package's own entry: in the bundle the package name means the
// stand-in (src/bundle/http-client.ts), which loads the real client through this.
export const loadHttpClient = () => import('../../node_modules/@actions/http-client/lib/index.js')
