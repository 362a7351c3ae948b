// Small helpers for the fake IIS tests.
import http from 'node:http'
import { isProcessAlive } from '../../test-support/fakes/lib/iis-state.mjs'

/** Polls `check` until it returns a truthy value (no timed assertion: only an upper bound against hangs). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

export const processGone = (pid: number) => waitFor(() => !isProcessAlive(pid), `process ${pid} to end`)

/** Exit codes above 255 arrive truncated on Linux (windows-facts §3.4). */
export const linuxExit = (code: number) => code & 0xff

export async function get(
  url: string,
  init?: RequestInit
): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await fetch(url, init)
  return { status: res.status, body: await res.text(), headers: res.headers }
}

/** GET with an explicit Host header (fetch does not let a caller set Host). */
export function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { host } }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })
}
