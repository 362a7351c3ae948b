// HttpClient on node:http/https. Not fetch: a health check needs its own Host header and per-request TLS trust.

import type https from 'node:https'
import { CancelledError, TimeoutError } from '../core/errors.js'
import type { HttpClient, HttpRequestOptions, HttpResponse } from '../core/ports.js'

const MAX_BODY_BYTES = 16 * 1024 * 1024

export class NodeHttpClient implements HttpClient {
  async get(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
    const target = new URL(url)
    const isHttps = target.protocol === 'https:'
    if (!isHttps && target.protocol !== 'http:') {
      throw new Error(`Unsupported URL scheme '${target.protocol}' in '${url}': use http or https.`)
    }
    // Loaded at the first request, not at start-up: node:https brings TLS with it, and a deploy without a health
    // check or a download asks nothing (issue 15, the bundle's start).
    const lib: Pick<typeof https, 'request'> = isHttps
      ? await import('node:https')
      : await import('node:http')
    return new Promise<HttpResponse>((resolve, reject) => {
      const request = lib.request(
        target,
        {
          method: 'GET',
          headers: { 'user-agent': 'iis-deploy', ...options.headers },
          rejectUnauthorized: isHttps ? !options.allowUntrusted : undefined,
          signal: options.signal
        },
        (response) => {
          const chunks: Buffer[] = []
          let size = 0
          response.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size <= MAX_BODY_BYTES) chunks.push(chunk)
          })
          response.on('end', () => {
            const headers: Record<string, string> = {}
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
            }
            resolve({
              status: response.statusCode ?? 0,
              headers,
              body: Buffer.concat(chunks).toString('utf8')
            })
          })
          response.on('error', reject)
        }
      )
      if (options.timeoutMs) {
        request.setTimeout(options.timeoutMs, () =>
          request.destroy(new TimeoutError(`GET ${url} did not answer within ${options.timeoutMs} ms.`))
        )
      }
      request.on('error', (error: Error) => {
        reject(error.name === 'AbortError' ? new CancelledError(`GET ${url} was cancelled.`) : error)
      })
      request.end()
    })
  }
}
