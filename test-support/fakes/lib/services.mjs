// Fake Windows services for the fake `net`: state on disk in the JSON file named by FAKE_SERVICES,
//
//   { "services": { "was": "running", "w3svc": "running" },
//     "failures": { "start w3svc": "System error 1068 has occurred.\r\n\r\nThe dependency service or group failed to start." },
//     "events": [ { "command": "stop was /y", "result": "stopped", "at": "2026-..." } ] }
//
// A service missing from `services` is not installed. `events` is the log tests assert on (what was restarted, in
// which order); `failures` makes a command print that text and exit 2. Texts and exit codes are net.exe's: success
// exits 0, every failure exits 2 and ends with `More help is available by typing NET HELPMSG <n>.`.
import fs from 'node:fs'

/** Display names and dependencies of the services the IIS fakes know. */
export const KNOWN_SERVICES = {
  was: { display: 'Windows Process Activation Service', dependsOn: [] },
  w3svc: { display: 'World Wide Web Publishing Service', dependsOn: ['was'] },
  wmsvc: { display: 'Web Management Service', dependsOn: [] }
}

/** @typedef {{ services: Record<string, 'running' | 'stopped'>, failures?: Record<string, string>, events: Array<{ command: string, result: string, at: string }> }} ServiceState */

export function servicesFile(env = process.env) {
  const file = env.FAKE_SERVICES
  if (!file) throw new Error('fake net: FAKE_SERVICES is not set')
  return file
}

/** @returns {ServiceState} */
export function loadServices(file = servicesFile()) {
  if (!fs.existsSync(file)) return { services: {}, events: [] }
  const state = JSON.parse(fs.readFileSync(file, 'utf8'))
  return { services: state.services ?? {}, failures: state.failures ?? {}, events: state.events ?? [] }
}

/** @param {ServiceState} state */
export function saveServices(state, file = servicesFile()) {
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, JSON.stringify(state, null, 2))
  fs.renameSync(temp, file)
}

const EOL = '\r\n'
/** @param {number} n */
const helpmsg = (n) => `More help is available by typing NET HELPMSG ${n}.`

/** @param {string} name */
function display(name) {
  return KNOWN_SERVICES[/** @type {keyof typeof KNOWN_SERVICES} */ (name)]?.display ?? name
}

/** @param {ServiceState} state @param {string} name */
function dependents(state, name) {
  return Object.entries(KNOWN_SERVICES)
    .filter(
      ([other, info]) =>
        /** @type {string[]} */ (info.dependsOn).includes(name) && state.services[other] === 'running'
    )
    .map(([other]) => other)
}

/** @param {string} text */
const failure = (text) => ({ stdout: '', stderr: `${text}${EOL}`, exitCode: 2 })

/**
 * `net stop <service> [/y]` and `net start <service>`.
 * @param {ServiceState} state @param {string[]} argv
 * @returns {{ stdout: string, stderr: string, exitCode: number, result: string }}
 */
export function net(state, argv) {
  const [verb = '', service = '', ...rest] = argv.map((a) => a.toLowerCase())
  const command = argv.join(' ').toLowerCase()
  const injected = state.failures?.[command] ?? state.failures?.[`${verb} ${service}`]
  if (injected) return { ...failure(injected), result: 'failed' }
  if ((verb !== 'stop' && verb !== 'start') || !service || rest.some((a) => a !== '/y')) {
    return {
      ...failure(`The syntax of this command is:${EOL}${EOL}NET ${verb.toUpperCase() || 'HELP'} service`),
      result: 'syntax'
    }
  }
  if (!(service in state.services)) {
    return { ...failure(`The service name is invalid.${EOL}${EOL}${helpmsg(2185)}`), result: 'invalid' }
  }
  const lines = []
  if (verb === 'stop') {
    if (state.services[service] !== 'running') {
      return {
        ...failure(`The ${display(service)} service is not started.${EOL}${EOL}${helpmsg(3521)}`),
        result: 'not-started'
      }
    }
    const deps = dependents(state, service)
    if (deps.length > 0) {
      lines.push(
        `The following services are dependent on the ${display(service)} service.`,
        `Stopping the ${display(service)} service will also stop these services.`,
        '',
        ...deps.map((d) => `   ${display(d)}`),
        ''
      )
      // Without /y net asks "Do you want to continue this operation? (Y/N) [N]:", which a caller without a console
      // cannot answer; what the real one prints after that is not modelled, only that nothing stops.
      if (!rest.includes('/y')) {
        lines.push('Do you want to continue this operation? (Y/N) [N]: ')
        return { stdout: lines.join(EOL), stderr: '', exitCode: 2, result: 'cancelled' }
      }
      for (const dep of deps) {
        state.services[dep] = 'stopped'
        lines.push(
          `The ${display(dep)} service is stopping.`,
          `The ${display(dep)} service was stopped successfully.`,
          ''
        )
      }
    }
    state.services[service] = 'stopped'
    lines.push(
      `The ${display(service)} service is stopping.`,
      `The ${display(service)} service was stopped successfully.`,
      ''
    )
    return { stdout: `${lines.join(EOL)}${EOL}`, stderr: '', exitCode: 0, result: 'stopped' }
  }
  if (state.services[service] === 'running') {
    return {
      ...failure(`The requested service has already been started.${EOL}${EOL}${helpmsg(2182)}`),
      result: 'already-started'
    }
  }
  // Starting a service starts what it depends on first (net start w3svc brings WAS back).
  const info = KNOWN_SERVICES[/** @type {keyof typeof KNOWN_SERVICES} */ (service)]
  for (const dep of /** @type {string[]} */ (info?.dependsOn ?? [])) {
    if (dep in state.services) state.services[dep] = 'running'
  }
  state.services[service] = 'running'
  lines.push(
    `The ${display(service)} service is starting.`,
    `The ${display(service)} service was started successfully.`,
    ''
  )
  return { stdout: `${lines.join(EOL)}${EOL}`, stderr: '', exitCode: 0, result: 'started' }
}

/** The fake net.exe: runs one command against FAKE_SERVICES and records it in `events`. */
/** @param {string[]} argv */
export function netMain(argv) {
  const file = servicesFile()
  const state = loadServices(file)
  const outcome = net(state, argv)
  state.events.push({ command: argv.join(' '), result: outcome.result, at: new Date().toISOString() })
  saveServices(state, file)
  return outcome
}
