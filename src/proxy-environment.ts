import { checkBypass, getProxyUrl } from '@actions/http-client/lib/proxy'

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/** Proxy credentials shorter than this are not masked, because masking them garbles the log. */
const MIN_PROXY_SECRET_LENGTH = 4

/**
 * Masks the password of proxy URLs from the environment, or the user name when there is no
 * password and the user name is then the credential. http-client sends them to the proxy, and a
 * failed tunnel can echo the proxy URL into an error message.
 */
export function maskProxyCredentials(env: NodeJS.ProcessEnv, mask: (secret: string) => void): void {
  for (const name of PROXY_VARIABLES) {
    const value = env[name]
    if (value === undefined || value === '') {
      continue
    }

    let url: URL
    try {
      url = new URL(value)
    } catch {
      continue
    }

    const credential = url.password === '' ? url.username : url.password
    if (credential.length >= MIN_PROXY_SECRET_LENGTH) {
      mask(credential)
      const decoded = decodeOrKeep(credential)
      if (decoded !== credential) {
        mask(decoded)
      }
    }
  }
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Returns a warning when a proxy variable applies to the API URL but http-client cannot use its
 * value, and so sends the request directly. @actions/http-client 4.0.1 does this silently for a
 * value without a scheme (`proxy:8080` parses as scheme `proxy:` with no host) and for a user
 * name or password whose `%` is not a valid percent-encoding.
 */
export function describeUnusableProxy(env: NodeJS.ProcessEnv, apiUrl: URL): string | undefined {
  const https = apiUrl.protocol === 'https:'
  const name = https
    ? env['https_proxy']
      ? 'https_proxy'
      : 'HTTPS_PROXY'
    : env['http_proxy']
      ? 'http_proxy'
      : 'HTTP_PROXY'
  if (!env[name] || checkBypass(apiUrl)) {
    return undefined
  }

  if (getProxyUrl(apiUrl)?.hostname) {
    return undefined
  }

  return (
    `${name} is set, but @actions/http-client cannot use its value, so the request goes to ` +
    `${apiUrl.host} without the proxy. Write it as http://host:port, with the scheme, and ` +
    'percent-encode special characters such as % and @ in the user name and password.'
  )
}
