const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/**
 * Masks the user name and password of proxy URLs from the environment. http-client sends them
 * to the proxy, and a failed tunnel can echo the proxy URL into an error message.
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

    for (const part of [url.username, url.password]) {
      if (part !== '') {
        mask(part)
        mask(decodeOrKeep(part))
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
