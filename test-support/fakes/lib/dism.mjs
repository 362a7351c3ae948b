// The fake DISM: `dism /online /get-featureinfo /featurename:X`, `dism /online /enable-feature /featurename:X [/all]
// [/norestart] [/quiet]`, `/disable-feature`, `/get-features`. Feature names are case-sensitive, as in DISM.
// Enabling IIS-WebServerRole installs IIS in the fake: appcmd starts working and the default pool and site exist.
// Fault kind 'restartRequired' makes an enable succeed with exit 3010.
import { logCommand, takeCommandFault, takeFault } from './common.mjs'
import { IIS_BASE_FEATURES, newPool, resolveStateDir, updateState } from './iis-state.mjs'

const BANNER = [
  '',
  'Deployment Image Servicing and Management tool',
  'Version: 10.0.20348.681',
  '',
  'Image Version: 10.0.20348.2849',
  ''
]
const LOG = 'The DISM log file can be found at C:\\Windows\\Logs\\DISM\\dism.log'

/** @param {string} hex e.g. '0x800f080c' @param {string[]} text */
function error(hex, text) {
  return {
    output: [...BANNER, '', `Error: ${hex}`, '', ...text, '', LOG].join('\n'),
    exitCode: Number(hex) | 0
  }
}

/** @param {import('./iis-state.mjs').State} state */
function installIis(state) {
  state.iisInstalled = true
  for (const f of IIS_BASE_FEATURES) state.features[f] = 'Enabled'
  if (!state.pools.some((p) => p.name === 'DefaultAppPool')) state.pools.push(newPool('DefaultAppPool'))
  if (!state.sites.some((s) => s.name === 'Default Web Site')) {
    state.sites.push({
      name: 'Default Web Site',
      id: Math.max(0, ...state.sites.map((s) => s.id)) + 1,
      bindings: [{ protocol: 'http', bindingInformation: '*:80:', sslFlags: '0' }],
      state: 'Started',
      serverAutoStart: true,
      attributes: {}
    })
    state.apps.push({ site: 'Default Web Site', path: '/', applicationPool: 'DefaultAppPool' })
    state.vdirs.push({
      site: 'Default Web Site',
      app: '/',
      path: '/',
      physicalPath: '%SystemDrive%\\inetpub\\wwwroot'
    })
  }
}

/** @param {string[]} argv @returns {{ output: string, exitCode: number }} */
export function dism(argv) {
  return updateState(resolveStateDir(), (state) => {
    logCommand(state, ['dism', ...argv].join(' '))
    const fault = takeCommandFault(state, [['dism', ...argv].join(' ')])
    if (fault) {
      const code = fault.exitCode ?? (fault.hresult ? parseInt(fault.hresult, 16) | 0 : 1)
      return { output: fault.output ?? fault.message ?? 'Error', exitCode: code }
    }
    const flags = argv.map((a) => a.toLowerCase())
    const names = argv.filter((a) => /^\/featurename:/i.test(a)).map((a) => a.slice('/featurename:'.length))
    const quiet = flags.includes('/quiet')
    if (!flags.includes('/online')) return error('87', ['The /online or /image option is missing.'])
    const unknown = names.find((n) => !(n in state.features))
    const unknownError = (/** @type {string} */ n) =>
      error('0x800f080c', [
        `Feature name ${n} is unknown.`,
        'A Windows feature name was not recognized.',
        'Use the /Get-Features option to find the name of the feature in the image and try the command again.'
      ])
    if (flags.includes('/get-featureinfo')) {
      const name = names[0]
      if (!name) return error('87', ['The /FeatureName option is required.'])
      if (unknown) return unknownError(unknown)
      return {
        output: [
          ...BANNER,
          'Feature Information:',
          '',
          `Feature Name : ${name}`,
          `Display Name : ${name}`,
          `Description : ${name}`,
          'Restart Required : Possible',
          `State : ${state.features[name]}`,
          '',
          'Custom Properties:',
          '',
          '(No custom properties found)',
          '',
          'The operation completed successfully.'
        ].join('\n'),
        exitCode: 0
      }
    }
    if (flags.includes('/get-features')) {
      const rows = Object.entries(state.features).flatMap(([n, s]) => [
        `Feature Name : ${n}`,
        `State : ${s}`,
        ''
      ])
      return {
        output: [
          ...BANNER,
          'Features listing for package : Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.20348.1',
          '',
          ...rows,
          'The operation completed successfully.'
        ].join('\n'),
        exitCode: 0
      }
    }
    const enable = flags.includes('/enable-feature')
    if (enable || flags.includes('/disable-feature')) {
      if (names.length === 0) return error('87', ['The /FeatureName option is required.'])
      if (unknown) return unknownError(unknown)
      if (enable) {
        const needsParent =
          names.some((n) => n.startsWith('IIS-') && n !== 'IIS-WebServerRole') &&
          state.features['IIS-WebServerRole'] !== 'Enabled'
        if (needsParent && !flags.includes('/all')) {
          return error('50', [
            'One or several parent features are disabled so current feature can not be enabled.',
            'You can use the /All option to enable all parent features.'
          ])
        }
        if (needsParent || names.includes('IIS-WebServerRole')) installIis(state)
        for (const n of names) state.features[n] = 'Enabled'
      } else {
        for (const n of names) state.features[n] = 'Disabled'
        if (names.includes('IIS-WebServerRole')) state.iisInstalled = false
      }
      const restart = takeFault(state, 'restartRequired') !== undefined
      const done = [
        'The operation completed successfully.',
        ...(restart ? ['Restart Windows to complete this operation.'] : [])
      ]
      const progress = `${enable ? 'Enabling' : 'Disabling'} feature(s)\n[==========================100.0%==========================]`
      return { output: quiet ? '' : [...BANNER, progress, ...done].join('\n'), exitCode: restart ? 3010 : 0 }
    }
    return error('87', [
      `The option ${argv.find((a) => a.startsWith('/') && a.toLowerCase() !== '/online') ?? ''} is unknown.`
    ])
  })
}
