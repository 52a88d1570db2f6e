// Replaces the `undici` package in the bundle. scripts/build.mjs inlines this file as a data: URL.
//
// @actions/http-client 4.0.1 imports `ProxyAgent` from undici at top level, but uses it only
// in `HttpClient.getAgentDispatcher()`, which builds a dispatcher for Node's `fetch`. The action
// sends its requests with `HttpClient.request()`, whose proxy support goes through the `tunnel`
// package instead, so undici (about 0.9 MB of the 1.1 MB bundle) would be loaded for nothing.

const reason =
  'undici is not bundled into this action, because the action never calls ' +
  'HttpClient.getAgentDispatcher(). Remove the undici stub from scripts/build.mjs before ' +
  'using that method.'

// http-client calls it with `new`, which runs a plain function as a constructor.
export function ProxyAgent() {
  throw new Error(reason)
}
