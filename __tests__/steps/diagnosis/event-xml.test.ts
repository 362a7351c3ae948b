import { describe, expect, it } from 'vitest'
import { parseEventXml, processIdOf } from '../../../src/steps/diagnosis/event-xml.js'

// The ANCM event of aspnetcore issue 9130 (diagnosis §3.2), and a WAS event with named data.
const ANCM = `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="IIS AspNetCore Module V2" />
    <EventID Qualifiers="0">1027</EventID>
    <Level>2</Level>
    <TimeCreated SystemTime="2019-04-05T21:16:33.275299700Z" />
    <EventRecordID>178114</EventRecordID>
    <Channel>Application</Channel>
  </System>
  <EventData>
    <Data>Unable to locate application dependencies. Ensure that the versions of Microsoft.NetCore.App and Microsoft.AspNetCore.App targeted by the application are installed.</Data>
    <Data>Process Id: 11408.</Data>
    <Data>File Version: 13.0.19094.0. Description: IIS ASP.NET Core Module V2. Commit: </Data>
  </EventData>
</Event>`
const WAS = `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WAS' Guid='{524B5D04-133C-4A62-8362-64E8EDB9CE40}' EventSourceName='WAS'/><EventID Qualifiers='32768'>5011</EventID><Level>3</Level><TimeCreated SystemTime='2026-01-01T10:00:00.000Z'/><Channel>System</Channel></System><EventData><Data Name='AppPoolID'>Shop</Data><Data Name='ProcessID'>28828</Data><Binary>6D000780</Binary></EventData></Event>`

describe('parseEventXml', () => {
  it('reads the raw fields of an ANCM event and its worker pid', () => {
    const [event] = parseEventXml(`<Events>${ANCM}</Events>`, 'Application')
    expect(event).toMatchObject({
      provider: 'IIS AspNetCore Module V2',
      eventId: 1027,
      level: 2,
      recordId: 178114,
      log: 'Application'
    })
    expect(event?.data[0]).toMatch(/^Unable to locate application dependencies/)
    expect(event && processIdOf(event)).toBe(11408)
  })

  it('reads named data (WAS) and events without a root (no /e:)', () => {
    const events = parseEventXml(`${WAS}\r\n${ANCM}`, 'System')
    expect(events.map((e) => e.eventId)).toEqual([5011, 1027])
    expect(events[0]?.named).toEqual({ AppPoolID: 'Shop', ProcessID: '28828' })
    expect(events[0] && processIdOf(events[0])).toBe(28828)
  })

  it('decodes entities and keeps non-ASCII text', () => {
    const xml = ANCM.replace('Unable to locate', 'Größe &lt;db&gt; &amp; Unable to locate')
    expect(parseEventXml(xml, 'Application')[0]?.data[0]).toMatch(/^Größe <db> & Unable/)
  })

  it('no events: empty output', () => {
    expect(parseEventXml('', 'Application')).toEqual([])
    expect(parseEventXml('\ufeff<Events></Events>', 'Application')).toEqual([])
  })
})
