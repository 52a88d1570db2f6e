const REASON_PHRASES: Readonly<Record<number, string>> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** Formats a status as `HTTP 403 Forbidden`, or `HTTP 599` when the code has no common name. */
export function statusText(status: number): string {
  const phrase = REASON_PHRASES[status]
  return phrase === undefined ? `HTTP ${status}` : `HTTP ${status} ${phrase}`
}
