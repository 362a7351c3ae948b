// The `bindings` input (contract `bindings`, windows-facts §3.2 `protocol/ip:port:host`): the one parser both the
// options check and provisioning use, so a value accepted before the run is a value provisioning can write.

import net from 'node:net'
import { InputError, InputErrors } from '../../core/errors.js'
import { formatBindingInformation, type SiteBinding } from './appcmd.js'

/** The protocols a created site may be bound to. */
export const BINDING_PROTOCOLS = ['http', 'https'] as const
export type BindingProtocol = (typeof BINDING_PROTOCOLS)[number]

const BINDING_PATTERN =
  /^(?<protocol>[A-Za-z][\w.+-]*)\/(?<ip>\*|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):(?<port>\d{1,5}):(?<host>[^:\s]*)$/
// A DNS name of letters, digits and hyphens, optionally a leading `*.` wildcard (IIS 10 wildcard host headers).
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/

/**
 * Parses one `protocol/ip:port:host` line (`http/*:80:`, `https/*:443:shop.example.com`, `http/[::1]:8080:`).
 * Throws an InputError naming `input` and the value.
 */
export function parseBindingLine(line: string, input = 'bindings'): SiteBinding {
  const text = line.trim()
  const fail = (why: string): never => {
    throw new InputError(
      input,
      `Input '${input}': '${text}' ${why} Use protocol/ip:port:host, e.g. http/*:80: or https/*:443:shop.example.com.`
    )
  }
  const match = BINDING_PATTERN.exec(text)
  if (!match?.groups) return fail('is not a binding.')
  const { protocol = '', ip = '', port = '', host = '' } = match.groups
  const lowerProtocol = protocol.toLowerCase()
  if (!(BINDING_PROTOCOLS as readonly string[]).includes(lowerProtocol))
    return fail(`uses protocol '${protocol}': only http and https are supported.`)
  if (/^\d/.test(ip) && !net.isIPv4(ip)) return fail(`has an invalid IP address '${ip}'.`)
  if (ip.startsWith('[') && !net.isIPv6(ip.slice(1, -1))) return fail(`has an invalid IPv6 address '${ip}'.`)
  const portNumber = Number(port)
  if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535)
    return fail(`has port ${port}, outside 1–65535.`)
  const lowerHost = host.toLowerCase()
  if (lowerHost !== '' && (lowerHost.length > 253 || !HOST_PATTERN.test(lowerHost)))
    return fail(`has an invalid host name '${host}'.`)
  return { protocol: lowerProtocol as BindingProtocol, ip, port: portNumber, host: lowerHost }
}

/** Parses binding lines (blank lines skipped); every bad line and duplicates are reported at once. */
export function parseBindings(lines: readonly string[], input = 'bindings'): SiteBinding[] {
  const errors: InputError[] = []
  const bindings: SiteBinding[] = []
  for (const line of lines) {
    if (line.trim() === '') continue
    try {
      const binding = parseBindingLine(line, input)
      if (bindings.some((b) => sameBinding(b, binding)))
        errors.push(new InputError(input, `Input '${input}': '${line.trim()}' is listed twice.`))
      else bindings.push(binding)
    } catch (error) {
      if (error instanceof InputError) errors.push(error)
      else throw error
    }
  }
  if (errors.length === 1 && errors[0]) throw errors[0]
  if (errors.length > 1) throw new InputErrors(errors)
  return bindings
}

/** Same protocol and `ip:port:host` (IIS compares binding information case-insensitively). */
export function sameBinding(a: SiteBinding, b: SiteBinding): boolean {
  return (
    a.protocol === b.protocol &&
    formatBindingInformation(a).toLowerCase() === formatBindingInformation(b).toLowerCase()
  )
}

/** A binding needs Server Name Indication (sslFlags=1) when it is https with a host name. */
export function needsSni(binding: SiteBinding): boolean {
  return binding.protocol === 'https' && binding.host !== ''
}
