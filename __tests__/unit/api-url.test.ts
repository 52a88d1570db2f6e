import { describe, expect, it } from '@jest/globals'

import { endpointUrl, isLoopbackHost, parseApiUrl } from '../../src/api-url.js'

function hrefOf(raw: string): string {
  const parsed = parseApiUrl(raw)
  if ('problem' in parsed) {
    throw new Error(`expected a URL, got: ${parsed.problem}`)
  }
  return parsed.url.href
}

function problemOf(raw: string): string {
  const parsed = parseApiUrl(raw)
  if (!('problem' in parsed)) {
    throw new Error(`expected a problem, got ${parsed.url.href}`)
  }
  return parsed.problem
}

describe('parseApiUrl', () => {
  it.each([
    ['https://api.aircall.io', 'https://api.aircall.io/'],
    ['https://api.aircall.io/', 'https://api.aircall.io/'],
    ['  https://api.aircall.io  ', 'https://api.aircall.io/'],
    ['', 'https://api.aircall.io/'],
    ['https://gateway.example.com/aircall/', 'https://gateway.example.com/aircall'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
    ['http://127.1.2.3', 'http://127.1.2.3/'],
    ['http://localhost:3000', 'http://localhost:3000/'],
    ['http://[::1]:9000', 'http://[::1]:9000/'],
    ['http://127.1', 'http://127.0.0.1/']
  ])('accepts %j', (raw, expected) => {
    expect(hrefOf(raw)).toBe(expected)
  })

  it.each([
    [
      'plain http to a public host',
      'http://api.aircall.io',
      /http:\/\/ with host 'api.aircall.io'.*loopback/
    ],
    ['plain http to a private address', 'http://10.0.0.1', /unencrypted/],
    ['a host that only looks local', 'http://localhost.example.com', /unencrypted/],
    ['another scheme', 'ftp://127.0.0.1', /scheme 'ftp:'/],
    ['a URL without scheme', 'api.aircall.io', /has no scheme/],
    ['a host and port without scheme', 'localhost:8080', /'localhost:8080' has no scheme/],
    ['an invalid host', 'https://exa mple.com', /not a valid absolute URL/],
    ['a query', 'https://api.aircall.io?x=1', /query or fragment/],
    ['a fragment', 'https://api.aircall.io/#top', /query or fragment/]
  ])('rejects %s', (_name, raw, expected) => {
    const problem = problemOf(raw)

    expect(problem).toMatch(expected)
    expect(problem).toContain("'api-url'")
  })

  it('rejects credentials in the URL without echoing them', () => {
    const problem = problemOf('https://someid:sometoken@api.aircall.io')

    expect(problem).toMatch(/user name or password/)
    expect(problem).not.toContain('sometoken')
    expect(problem).not.toContain('someid')
  })

  it('does not echo an unparseable URL that contains @', () => {
    const problem = problemOf('https://id:tok en@@')

    expect(problem).toMatch(/not a valid absolute URL/)
    expect(problem).not.toContain('tok en')
  })
})

describe('endpointUrl', () => {
  it.each([
    ['https://api.aircall.io', '/v1/ping', 'https://api.aircall.io/v1/ping'],
    [
      'https://gateway.example.com/aircall',
      '/v1/ping',
      'https://gateway.example.com/aircall/v1/ping'
    ],
    ['http://127.0.0.1:8080', '/v1/company', 'http://127.0.0.1:8080/v1/company']
  ])('joins %s and %s', (base, path, expected) => {
    expect(endpointUrl(new URL(base), path).href).toBe(expected)
  })
})

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
    ['127.0.0.1.example.com', false],
    ['[::2]', false]
  ])('classifies %s as %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})
