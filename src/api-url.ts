/** Result of checking the `api-url` input: a normalized base URL, or the reason it is invalid. */
export type ApiUrlParse = { readonly url: URL } | { readonly problem: string }

const HTTPS_EXAMPLE = 'Use an https:// URL such as https://api.aircall.io.'

/**
 * Parses `api-url` into a base URL without a trailing slash. Plain http is accepted only for
 * loopback hosts, where tests and local stand-ins run, because anything else would send the
 * credential unencrypted. Credentials in the URL are rejected because URLs end up in messages.
 */
export function parseApiUrl(raw: string): ApiUrlParse {
  const text = raw.trim()

  // The runner applies the default; an explicit empty string means the same.
  if (text === '') {
    return { url: new URL('https://api.aircall.io') }
  }

  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const quoted = text.includes('@') ? '' : ` '${text}'`
    return {
      problem: `Input 'api-url'${quoted} has no scheme such as https://. ${HTTPS_EXAMPLE}`
    }
  }

  let url: URL
  try {
    url = new URL(text)
  } catch {
    const quoted = text.includes('@') ? '' : ` '${text}'`
    return { problem: `Input 'api-url'${quoted} is not a valid absolute URL. ${HTTPS_EXAMPLE}` }
  }

  if (url.username !== '' || url.password !== '') {
    return {
      problem:
        "Input 'api-url' contains a user name or password before '@'. Remove it: the action sends " +
        "the credentials in the Authorization header, built from 'api-id' and 'api-token'."
    }
  }

  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      problem:
        `Input 'api-url' uses http:// with host '${url.hostname}', which would send the ` +
        'credentials unencrypted. Plain http is accepted only for loopback hosts (localhost, ' +
        `127.0.0.0/8, ::1). ${HTTPS_EXAMPLE}`
    }
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      problem: `Input 'api-url' uses the scheme '${url.protocol}', which is not HTTP. ${HTTPS_EXAMPLE}`
    }
  }

  if (url.search !== '' || url.hash !== '') {
    return {
      problem:
        "Input 'api-url' contains a query or fragment. Give only the base URL, such as " +
        'https://api.aircall.io; the action appends /v1/ping itself.'
    }
  }

  url.pathname = url.pathname.replace(/\/+$/, '')
  return { url }
}

/** Builds the URL of an API path such as `/v1/ping` under the base URL, keeping any base path. */
export function endpointUrl(base: URL, path: string): URL {
  const url = new URL(base.href)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`
  return url
}

/** Tells whether a URL host name (as `URL.hostname` returns it) is a loopback address. */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') {
    return true
  }

  // URL normalizes IPv4 forms such as 127.1 or 0x7f.1 to dotted decimal, so one pattern suffices.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}
