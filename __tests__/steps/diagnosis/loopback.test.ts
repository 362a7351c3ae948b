import { describe, expect, it } from 'vitest'
import { isLocalHost, loopbackProbeFor } from '../../../src/steps/diagnosis/loopback.js'

describe('isLocalHost', () => {
  it.each<[string, boolean]>([
    ['localhost', true],
    ['LOCALHOST', true],
    ['shop.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['::1', true],
    ['web01', true],
    ['WEB01.corp.example', true],
    ['shop.example.com', false],
    ['192.0.2.2', false],
    ['web02', false]
  ])('%s → %s', (host, local) => expect(isLocalHost(host, ['web01', ''])).toBe(local))
})

describe('loopbackProbeFor', () => {
  it('keeps scheme, port, path and query, and sends the public host', () => {
    expect(loopbackProbeFor('https://shop.example.com:8443/health?deep=1', undefined, ['web01'])).toEqual({
      url: 'https://localhost:8443/health?deep=1',
      host: 'shop.example.com:8443'
    })
  })
  it('sends health-check-host when given', () => {
    expect(loopbackProbeFor('http://192.0.2.2/health', 'shop.example.com', ['web01'])).toEqual({
      url: 'http://localhost/health',
      host: 'shop.example.com'
    })
  })
  it('none for a local URL or a bad one', () => {
    expect(loopbackProbeFor('http://127.0.0.1:8080/health', undefined, ['web01'])).toBeUndefined()
    expect(loopbackProbeFor('http://web01/health', undefined, ['web01'])).toBeUndefined()
    expect(loopbackProbeFor('not a url', undefined, ['web01'])).toBeUndefined()
  })
})
