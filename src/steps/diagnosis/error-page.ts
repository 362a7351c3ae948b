// Reads an error answer for its numbers and its author (diagnosis §1.1). The sub-status is only
// in the body (`HTTP Error 500.30 - …`); the words after the numbers changed between ASP.NET Core Module versions,
// so only the numbers are keyed on.

import { excerptOf } from '../health-check/health-check.js'
import type { ErrorPage, Responder } from './types.js'

/** `HTTP Error 500.30 - ASP.NET Core app failed to start` → 500, 30; also HTTP.sys's `HTTP Error 503. The …`. */
const ERROR_LINE = /HTTP Error (\d{3})(?:\.(\d{1,3}))?\s*(?:-\s*([^<\r\n]*)|\.\s*([^<\r\n]*))?/i

function header(headers: Record<string, string>, name: string): string {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return key === undefined ? '' : (headers[key] ?? '')
}

function textOf(body: string): string {
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Who answered: HTTP.sys says so in `Server`; IIS's detailed page has its fields; ANCM's page its fwlink. */
export function classifyResponder(status: number, headers: Record<string, string>, body: string): Responder {
  const server = header(headers, 'server')
  if (/Microsoft-HTTPAPI/i.test(server)) return 'http.sys'
  const text = textOf(body)
  if (
    /Detailed Error Information|Most likely causes|\bModule\s+IIS Web Core|\bNotification\s+\w+/i.test(text)
  )
    return 'iis'
  if (status >= 500 && /go\.microsoft\.com\/fwlink\/\?LinkID=20285\d\d|HTTP Error 50[02]\.\d+/i.test(body))
    return 'ancm'
  if (/HTTP Error \d{3}\.\d+/i.test(text) && /Microsoft-IIS/i.test(server)) return 'iis'
  // IIS's custom error page, what remote clients get instead of the detailed one: `500 - Internal server error.`
  // and a generic line, never the sub-status (wording as commonly reproduced, docs/diagnosis.md).
  if (
    /Microsoft-IIS/i.test(server) &&
    /^\s*\d{3} - /m.test(text) &&
    /There is a problem with the (?:resource|page) you are looking for/i.test(text)
  )
    return 'iis'
  if (status === 503 && /Microsoft-IIS/i.test(server) && !/HTTP Error/i.test(text)) return 'ancm'
  return 'app'
}

/** The answer as evidence; `transportError` when nothing answered. */
export function parseErrorPage(
  answer: { status: number; headers: Record<string, string>; body: string } | { transportError: string }
): ErrorPage {
  if ('transportError' in answer)
    return { responder: 'none', excerpt: '', transportError: answer.transportError }
  const text = textOf(answer.body)
  const match = ERROR_LINE.exec(text)
  const responder = classifyResponder(answer.status, answer.headers, answer.body)
  const page: ErrorPage = { status: answer.status, responder, excerpt: excerptOf(answer.body, 400) }
  if (match && Number(match[1]) === answer.status) {
    page.code = match[2] === undefined ? String(answer.status) : `${match[1]}.${match[2]}`
    page.line = match[0].replace(/\s+/g, ' ').trim()
  } else if (responder === 'http.sys' || responder === 'ancm') page.code = String(answer.status)
  const hresult = /Error Code\s*(0x[0-9a-f]{8})/i.exec(text)?.[1]
  if (hresult) page.hresult = hresult.toLowerCase()
  const configError = /Config Error\s*\n*\s*([^\n]+)/i.exec(text)?.[1]?.trim()
  if (configError) page.configError = configError
  return page
}
