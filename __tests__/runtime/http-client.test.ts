import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { TimeoutError } from '../../src/core/errors.js'

let server: http.Server
let base = ''

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000)
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'x-host': req.headers.host ?? '' })
    res.end(`body of ${req.url}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('NodeHttpClient', () => {
  it('returns status, headers and body, with a custom Host header', async () => {
    const response = await new NodeHttpClient().get(`${base}/health`, {
      headers: { host: 'www.example.test' }
    })
    expect(response).toMatchObject({ status: 200, body: 'body of /health' })
    expect(response.headers['x-host']).toBe('www.example.test')
  })
  it('returns non-2xx statuses instead of throwing', async () => {
    expect((await new NodeHttpClient().get(`${base}/missing`)).status).toBe(404)
  })
  it('times out', async () => {
    await expect(new NodeHttpClient().get(`${base}/slow`, { timeoutMs: 100 })).rejects.toBeInstanceOf(
      TimeoutError
    )
  })
  it('refuses other schemes', async () => {
    await expect(new NodeHttpClient().get('ftp://x/y')).rejects.toThrow(/Unsupported URL scheme 'ftp:'/)
  })
})
