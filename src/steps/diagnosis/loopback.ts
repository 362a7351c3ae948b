// The loopback probe (docs/diagnosis.md "Loopback probe"): IIS shows its detailed error pages (sub-status, error
// code, config file) only to requests from the server itself (httpErrors errorMode `DetailedLocalOnly`, the
// default), and a remote client gets a generic custom page. So when the health URL names another host and the
// deploy runs on the IIS server, the diagnosis asks again through http(s)://localhost on the same port and path,
// with the Host header the binding expects.

import net from 'node:net'

/** Names that always mean this machine. */
function isLoopbackName(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  if (h === 'localhost' || h.endsWith('.localhost')) return true
  if (net.isIPv4(h)) return h.startsWith('127.')
  if (net.isIPv6(h)) return h === '::1' || /^::ffff:127\./.test(h)
  return false
}

/**
 * Whether the health URL's host is this machine as IIS counts it: a loopback name or address, or the machine's
 * own name (with or without its domain). Any other name or address is treated as remote: whether IIS counts a
 * request to the machine's own non-loopback address as local is not documented, and one more GET costs nothing.
 */
export function isLocalHost(host: string, machineNames: readonly string[]): boolean {
  if (isLoopbackName(host)) return true
  const h = host.toLowerCase()
  return machineNames
    .filter((n) => n !== '')
    .some((n) => {
      const name = n.toLowerCase()
      return h === name || h.split('.')[0] === name.split('.')[0]
    })
}

export interface LoopbackProbe {
  /** The same scheme, port, path and query, through localhost. */
  url: string
  /** The Host header IIS routes by: `health-check-host` if given, else the health URL's host (and port). */
  host: string
}

/** The loopback probe for a remote health URL; undefined when the URL is local already (or not a URL). */
export function loopbackProbeFor(
  healthUrl: string,
  hostHeader: string | undefined,
  machineNames: readonly string[]
): LoopbackProbe | undefined {
  let url: URL
  try {
    url = new URL(healthUrl)
  } catch {
    return undefined
  }
  if (isLocalHost(url.hostname, machineNames)) return undefined
  const host = hostHeader ?? url.host
  const loopback = new URL(url.href)
  loopback.hostname = 'localhost'
  return { url: loopback.href, host }
}
