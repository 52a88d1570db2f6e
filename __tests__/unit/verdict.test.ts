import { describe, expect, it } from '@jest/globals'

import { classifyExchange } from '../../src/verdict.js'
import { response, transportFailure } from './exchange-fixtures.js'

const CLOUDFRONT_PAGE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE><style>${'body{color:red}'.repeat(2000)}</style>
</HEAD><BODY><H1>502 ERROR</H1><H2>The request could not be satisfied.</H2>
<HR noshade size="1px">Bad gateway.${' filler'.repeat(3000)}
</BODY></HTML>`

describe('classifyExchange for the ping', () => {
  const cases = [
    {
      name: '200 pong',
      exchange: response(200, '{"ping":"pong"}'),
      result: 'authenticated',
      retryable: false
    },
    {
      name: '200 pong with spaces',
      exchange: response(200, '{ "ping" : "pong" }\n'),
      result: 'authenticated',
      retryable: false
    },
    {
      name: '403 forbidden',
      exchange: response(403, '{"message":"Forbidden"}'),
      result: 'unauthorized',
      retryable: false
    },
    {
      name: '401 edge',
      exchange: response(401, '{"message":"Unauthorized"}'),
      result: 'unauthorized',
      retryable: false
    },
    {
      name: '401 application',
      exchange: response(401, '{"error":"Unauthorized","troubleshoot":"Check your API key"}'),
      result: 'unauthorized',
      retryable: false
    },
    {
      name: '429',
      exchange: response(429, '{"error":"Too Many Requests"}'),
      result: 'rate-limited',
      retryable: true
    },
    { name: '500', exchange: response(500, ''), result: 'unavailable', retryable: true },
    {
      name: '503 page',
      exchange: response(503, CLOUDFRONT_PAGE),
      result: 'unavailable',
      retryable: true
    },
    {
      name: '404',
      exchange: response(404, '{"message":"Not Found"}'),
      result: 'unavailable',
      retryable: false
    },
    {
      name: '200 HTML portal',
      exchange: response(200, '<html>Sign in to Wi-Fi</html>'),
      result: 'unavailable',
      retryable: false
    },
    {
      name: '200 other JSON',
      exchange: response(200, '{"ping":"ping"}'),
      result: 'unavailable',
      retryable: false
    },
    { name: '200 empty', exchange: response(200, ''), result: 'unavailable', retryable: false },
    {
      name: '302 redirect',
      exchange: response(302, '', { location: 'https://evil.example/x?token=abc' }),
      result: 'unavailable',
      retryable: false
    },
    {
      name: 'refused',
      exchange: transportFailure({ code: 'ECONNREFUSED' }),
      result: 'unavailable',
      retryable: true
    },
    {
      name: 'timeout',
      exchange: transportFailure({ code: 'ETIMEDOUT', timedOut: true }),
      result: 'unavailable',
      retryable: true
    },
    {
      name: 'TLS',
      exchange: transportFailure({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
      result: 'unavailable',
      retryable: false
    }
  ] as const

  it.each(cases)('classifies $name', ({ exchange, result, retryable }) => {
    const verdict = classifyExchange('ping', exchange)

    expect(verdict.result).toBe(result)
    expect(verdict.retryable).toBe(retryable)
  })

  it.each(cases.filter(c => c.exchange.status !== undefined))(
    'names the status of $name',
    ({ exchange }) => {
      const verdict = classifyExchange('ping', exchange)

      expect(verdict.reason).toContain(`HTTP ${exchange.status}`)
      expect(verdict.reason).toContain('request id Req-1')
    }
  )

  it.each([
    ['an HTML block page', '<html><body><h1>403 Forbidden</h1>Request blocked.</body></html>'],
    ['an empty body', ''],
    ['JSON without Aircall fields', '{"code":"blocked"}']
  ])('does not take a 403 with %s as a rejection', (_name, body) => {
    const verdict = classifyExchange('ping', response(403, body))

    expect(verdict.result).toBe('unavailable')
    expect(verdict.retryable).toBe(false)
    expect(verdict.reason).toMatch(/firewall, WAF or proxy/)
  })

  it('names the request path', () => {
    expect(classifyExchange('ping', response(503, '')).reason).toContain('to GET /v1/ping')
  })

  it('advises on api-url for a 404', () => {
    expect(classifyExchange('ping', response(404, '{"message":"Not Found"}')).reason).toContain(
      'without /v1'
    )
  })

  it('shows both error body shapes', () => {
    expect(classifyExchange('ping', response(403, '{"message":"Forbidden"}')).reason).toContain(
      'The body says: "Forbidden"'
    )
    expect(
      classifyExchange(
        'ping',
        response(401, '{"error":"Unauthorized","troubleshoot":"Check your API key"}')
      ).reason
    ).toContain('"Unauthorized - Check your API key"')
  })

  it('shortens an HTML error page to a clean excerpt', () => {
    const reason = classifyExchange('ping', response(502, CLOUDFRONT_PAGE)).reason

    expect(reason).toContain('ERROR: The request could not be satisfied')
    expect(reason).not.toMatch(/[<>]/)
    expect(reason).not.toContain('color:red')
    expect(reason.length).toBeLessThan(400)
  })

  it('names only the host of a redirect', () => {
    const reason = classifyExchange(
      'ping',
      response(301, '', { location: 'https://other.example:8443/other/path?token=secret' })
    ).reason

    expect(reason).toContain('other.example:8443')
    expect(reason).not.toContain('token=secret')
    expect(reason).not.toContain('/other/path')
    expect(reason).toContain('api-url')
  })

  it('resolves a relative redirect against the request host', () => {
    expect(classifyExchange('ping', response(302, '', { location: '/login' })).reason).toContain(
      'redirect to host api.aircall.io'
    )
  })

  it('rejects a body cut at the cap even when it starts well', () => {
    const verdict = classifyExchange('ping', {
      ...response(200, '{"ping":"pong"}'),
      bodyTruncated: true
    })

    expect(verdict.result).toBe('unavailable')
    expect(verdict.reason).toMatch(/too long/)
  })

  it('keeps the status when the body was cut short', () => {
    const exchange = {
      ...response(200, ''),
      failure: { code: 'ECONNRESET', message: 'aborted', timedOut: false }
    }
    const verdict = classifyExchange('ping', exchange)

    expect(verdict.result).toBe('unavailable')
    expect(verdict.retryable).toBe(true)
    expect(verdict.reason).toContain('HTTP 200')
    expect(verdict.reason).toContain('ECONNRESET')
  })

  it.each([
    [
      'proxy rejects the tunnel',
      'tunneling socket could not be established, statusCode=403',
      false
    ],
    ['proxy needs credentials', 'tunneling socket could not be established, statusCode=407', false],
    ['proxy upstream fails', 'tunneling socket could not be established, statusCode=502', true],
    ['proxy closes early', 'tunneling socket could not be established, cause=socket hang up', true]
  ])('decides retry of tunnel failure: %s', (_name, message, retryable) => {
    const verdict = classifyExchange('ping', transportFailure({ code: 'ECONNRESET', message }))

    expect(verdict.retryable).toBe(retryable)
  })

  it('asks for proxy credentials on a 407 tunnel', () => {
    const reason = classifyExchange(
      'ping',
      transportFailure({
        code: 'ECONNRESET',
        message: 'tunneling socket could not be established, statusCode=407'
      })
    ).reason

    expect(reason).toContain('user name and password in HTTPS_PROXY')
  })

  it('takes EPROTO as a TLS failure on one line', () => {
    const verdict = classifyExchange(
      'ping',
      transportFailure({
        code: 'EPROTO',
        message: 'error:0A00010B:SSL routines:\nwrong version number'
      })
    )

    expect(verdict.retryable).toBe(false)
    expect(verdict.reason).toContain('does not speak TLS')
    expect(verdict.reason).toContain('scheme and port of api-url')
    expect(verdict.reason).not.toContain('\n')
  })

  it('points a name mismatch to api-url', () => {
    const reason = classifyExchange(
      'ping',
      transportFailure({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' })
    ).reason

    expect(reason).toContain('not valid for api.aircall.io')
  })

  it('names the proxy of a failed tunnel connection', () => {
    const exchange = {
      ...transportFailure({
        code: 'ECONNRESET',
        message: 'tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:9'
      }),
      proxyHost: 'proxy.test:3128'
    }

    const reason = classifyExchange('ping', exchange).reason

    expect(reason).toContain('connection to the proxy proxy.test:3128 set by HTTPS_PROXY failed')
    expect(reason).toContain('ECONNREFUSED')
  })

  it('names the proxy of a timed-out attempt', () => {
    const exchange = {
      ...transportFailure({ code: 'ETIMEDOUT', timedOut: true, message: 'no complete response' }),
      proxyHost: 'proxy.test:3128'
    }

    expect(classifyExchange('ping', exchange).reason).toContain('through the proxy proxy.test:3128')
  })

  it('takes a JSON 403 without request ids as a block page', () => {
    const exchange = {
      ...response(403, '{"message":"Request blocked by egress policy"}'),
      headers: { via: 'squid' }
    }

    expect(classifyExchange('ping', exchange).result).toBe('unavailable')
  })

  it('judges the body before redaction', () => {
    const verdict = classifyExchange('ping', response(200, '{"ping":"pong"}'), text =>
      text.split('p').join('***')
    )

    expect(verdict.result).toBe('authenticated')
  })

  it('redacts an echoed secret before cutting the excerpt', () => {
    const secret = 'SECRET'.repeat(10)
    const body = `${'x'.repeat(170)} you sent ${secret}`

    const reason = classifyExchange('ping', response(500, body), text =>
      text.split(secret).join('***')
    ).reason

    expect(reason).toContain('you sent ***')
    expect(reason).not.toContain('SECRETSECRET')
  })

  it('points TLS failures to NODE_EXTRA_CA_CERTS', () => {
    const reason = classifyExchange(
      'ping',
      transportFailure({ code: 'SELF_SIGNED_CERT_IN_CHAIN' })
    ).reason

    expect(reason).toContain('SELF_SIGNED_CERT_IN_CHAIN')
    expect(reason).toContain('NODE_EXTRA_CA_CERTS')
  })

  it('blames a refused tunnel on the proxy', () => {
    const reason = classifyExchange(
      'ping',
      transportFailure({
        code: 'ECONNRESET',
        message: 'tunneling socket could not be established, statusCode=403'
      })
    ).reason

    expect(reason).toContain('proxy')
    expect(reason).toContain('status 403')
    expect(reason).not.toMatch(/Aircall rejected/)
  })

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'])(
    'names %s and the host',
    code => {
      const reason = classifyExchange('ping', transportFailure({ code })).reason

      expect(reason).toContain(code)
      expect(reason).toContain('api.aircall.io')
    }
  )
})

describe('classifyExchange for the company', () => {
  it('reads the company name', () => {
    const verdict = classifyExchange(
      'company',
      response(200, '{"company":{"name":"Acme","users_count":3,"numbers_count":1}}')
    )

    expect(verdict.result).toBe('authenticated')
    expect(verdict.companyName).toBe('Acme')
  })

  it('removes line breaks from the company name', () => {
    const verdict = classifyExchange(
      'company',
      response(200, JSON.stringify({ company: { name: 'Acme\n\n# Injected\r\n::warning::x' } }))
    )

    expect(verdict.companyName).toBe('Acme # Injected ::warning::x')
  })

  it.each([
    ['pong body', '{"ping":"pong"}'],
    ['no name', '{"company":{}}'],
    ['numeric name', '{"company":{"name":7}}'],
    ['null company', '{"company":null}']
  ])('rejects a %s', (_name, body) => {
    const verdict = classifyExchange('company', response(200, body))

    expect(verdict.result).toBe('unavailable')
    expect(verdict.companyName).toBeUndefined()
  })
})
