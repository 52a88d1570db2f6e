import { afterEach, describe, expect, it } from '@jest/globals'

import { describeUnusableProxy, maskProxyCredentials } from '../../src/proxy-environment.js'

const PROXY_VARIABLES = [
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'no_proxy',
  'NO_PROXY'
]
const saved = Object.fromEntries(PROXY_VARIABLES.map(name => [name, process.env[name]]))

/** Sets the proxy variables for one case; http-client reads process.env itself. */
function useEnvironment(values: Record<string, string>): NodeJS.ProcessEnv {
  for (const name of PROXY_VARIABLES) {
    Reflect.deleteProperty(process.env, name)
  }
  Object.assign(process.env, values)
  return process.env
}

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) {
      Reflect.deleteProperty(process.env, name)
    } else {
      process.env[name] = value
    }
  }
})

const API = new URL('https://api.aircall.io')

describe('describeUnusableProxy', () => {
  it.each([
    ['no scheme', { HTTPS_PROXY: 'proxy.test:3128' }, 'HTTPS_PROXY'],
    ['bad percent-encoding', { https_proxy: 'http://user:50%off@proxy.test:3128' }, 'https_proxy']
  ])('warns about a value with %s', (_name, values, variable) => {
    const warning = describeUnusableProxy(useEnvironment(values), API)

    expect(warning).toContain(`${variable} is set`)
    expect(warning).toContain('api.aircall.io')
    expect(warning).not.toContain('50%off')
  })

  it.each([
    ['no proxy', {}],
    ['a usable proxy', { HTTPS_PROXY: 'http://proxy.test:3128' }],
    ['a bypassed host', { HTTPS_PROXY: 'proxy.test:3128', NO_PROXY: 'aircall.io' }],
    ['only an http proxy', { HTTP_PROXY: 'proxy.test:3128' }]
  ])('stays silent with %s', (_name, values) => {
    expect(describeUnusableProxy(useEnvironment(values), API)).toBeUndefined()
  })
})

describe('maskProxyCredentials', () => {
  it('masks the raw and decoded password', () => {
    const masked: string[] = []

    maskProxyCredentials({ HTTPS_PROXY: 'http://someuser:p%40ssword@proxy.test:3128' }, secret =>
      masked.push(secret)
    )

    expect(masked).toContain('p%40ssword')
    expect(masked).toContain('p@ssword')
    expect(masked).not.toContain('someuser')
  })

  it('masks a user name used as a token', () => {
    const masked: string[] = []

    maskProxyCredentials({ https_proxy: 'http://tok3n-value@proxy.test:3128' }, secret =>
      masked.push(secret)
    )

    expect(masked).toEqual(['tok3n-value'])
  })

  it('leaves very short credentials unmasked', () => {
    const masked: string[] = []

    maskProxyCredentials({ https_proxy: 'http://u:p@proxy.test:3128' }, secret =>
      masked.push(secret)
    )

    expect(masked).toEqual([])
  })

  it('ignores values that are not URLs', () => {
    const masked: string[] = []

    maskProxyCredentials({ https_proxy: 'not a url' }, secret => masked.push(secret))

    expect(masked).toEqual([])
  })
})
