// Generates tasks/IisDeployV1/task.json from action.yml: the same inputs (camelCase, contract §5) with the same
// descriptions and defaults, grouped, with pick lists for the inputs that take a fixed set of values.
import { inputType } from './action-yml.mjs'

export const TASK_ID = '5b0a7c1e-4d3f-4e8a-9a61-2f7c3d9e8b14'

const GROUPS = [
  { name: 'target', displayName: 'IIS target', isExpanded: true },
  { name: 'sync', displayName: 'Files and downtime', isExpanded: true },
  { name: 'config', displayName: 'web.config and settings', isExpanded: false },
  { name: 'server', displayName: 'Server set-up (hosting bundle, IIS features)', isExpanded: false },
  { name: 'remote', displayName: 'Remote Web Deploy', isExpanded: false },
  { name: 'pool', displayName: 'App pool settings and virtual directories', isExpanded: false },
  { name: 'health', displayName: 'Health check and rollback', isExpanded: true },
  { name: 'advanced', displayName: 'Advanced', isExpanded: false }
]

const GROUP_OF = {
  target: [
    'site',
    'application',
    'app-pool',
    'physical-path',
    'create',
    'bindings',
    'pool-identity',
    'load-user-profile',
    'grant-access',
    'certificate-thumbprint',
    'certificate-store',
    'certificate-pfx',
    'certificate-pfx-file',
    'certificate-pfx-password',
    'authentication',
    'pool-environment-variables',
    'secret-pool-environment-variables',
    'replace-bindings',
    'action'
  ],
  sync: [
    'source',
    'steps',
    'method',
    'strategy',
    'release-id',
    'keep-releases',
    'take-offline',
    'app-offline-file',
    'stop-timeout',
    'kill-workers',
    'keep-offline-on-failure',
    'delete-extra',
    'exclude',
    'preserve',
    'backup',
    'checksum'
  ],
  config: [
    'web-config',
    'app-name',
    'self-contained',
    'hosting-model',
    'environment',
    'environment-variables',
    'secret-environment-variables',
    'xdt-transforms',
    'json-variables',
    'secret-json-variables',
    'json-files',
    'json-add-missing',
    'xml-variables',
    'secret-xml-variables',
    'xml-files',
    'sub-application-handler'
  ],
  server: [
    'hosting-bundle',
    'hosting-bundle-args',
    'hosting-bundle-url',
    'hosting-bundle-sha512',
    'release-metadata-url',
    'restart-iis',
    'iis-features'
  ],
  remote: [
    'msdeploy-url',
    'msdeploy-username',
    'msdeploy-password',
    'msdeploy-auth-type',
    'allow-untrusted',
    'set-parameters-file',
    'set-parameters',
    'secret-set-parameters',
    'msdeploy-skip',
    'msdeploy-flags'
  ],
  pool: [
    'pool-username',
    'pool-password',
    'app-kind',
    'pool-runtime-version',
    'pool-pipeline-mode',
    'pool-32bit',
    'pool-start-mode',
    'pool-idle-timeout',
    'pool-recycle-time',
    'pool-recycle-schedule',
    'pool-queue-length',
    'pool-rapid-fail-protection',
    'pool-rapid-fail-interval',
    'pool-rapid-fail-max-crashes',
    'virtual-directories'
  ],
  health: [
    'health-check-url',
    'health-check-host',
    'health-check-status',
    'health-check-contains',
    'health-check-timeout',
    'rollback',
    'diagnose',
    'diagnose-stdout-log',
    'target',
    'drain-command',
    'drain-url',
    'undrain-command',
    'undrain-url'
  ],
  advanced: ['dry-run', 'appcmd-path', 'msdeploy-path', 'iisexpress-path', 'state-dir']
}

const PICK_LISTS = {
  method: ['auto', 'robocopy', 'msdeploy'],
  strategy: ['in-place', 'releases'],
  'take-offline': ['auto', 'app-offline', 'stop-pool', 'both', 'none'],
  'web-config': ['validate', 'transform', 'skip'],
  'restart-iis': ['auto', 'always', 'never'],
  'pool-identity': [
    'ApplicationPoolIdentity',
    'NetworkService',
    'LocalService',
    'LocalSystem',
    'SpecificUser'
  ],
  'app-kind': ['auto', 'aspnetcore', 'netframework', 'static'],
  'pool-runtime-version': ['auto', 'No Managed Code', 'v4.0', 'v2.0'],
  'pool-pipeline-mode': ['Integrated', 'Classic'],
  'pool-start-mode': ['', 'OnDemand', 'AlwaysRunning'],
  // Empty = left as it is, which a checkbox cannot say.
  'pool-32bit': ['', 'true', 'false'],
  'pool-rapid-fail-protection': ['', 'true', 'false'],
  'msdeploy-auth-type': ['Basic', 'NTLM'],
  target: ['iis', 'iis-express'],
  'hosting-model': ['', 'inprocess', 'outofprocess'],
  'sub-application-handler': ['auto', 'remove', 'keep'],
  action: ['deploy', 'start', 'stop', 'recycle', 'remove']
}

const VISIBLE_RULES = {
  'release-id': 'strategy = releases',
  'keep-releases': 'strategy = releases',
  bindings: 'create = true',
  'pool-identity': 'create = true',
  'load-user-profile': 'create = true',
  'pool-username': 'poolIdentity = SpecificUser',
  'pool-password': 'poolIdentity = SpecificUser',
  'app-name': 'webConfig = transform',
  'self-contained': 'webConfig = transform',
  'hosting-model': 'webConfig = transform',
  'replace-bindings': 'create = true'
}

export function camel(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())
}

function groupOf(name) {
  const found = Object.entries(GROUP_OF).find(([, names]) => names.includes(name))
  if (!found)
    throw new Error(`task.json: input '${name}' of action.yml has no group in scripts/task-json.mjs`)
  return found[0]
}

function taskInput(name, input) {
  const kind = inputType(name, input)
  const entry = {
    name: camel(name),
    type: PICK_LISTS[name]
      ? 'pickList'
      : kind === 'Boolean' && name !== 'self-contained'
        ? 'boolean'
        : kind === 'List'
          ? 'multiLine'
          : name === 'source'
            ? 'filePath'
            : 'string',
    label: name,
    defaultValue: input.default ?? '',
    required: false,
    groupName: groupOf(name),
    helpMarkDown: `${input.description} (GitHub Action input \`${name}\`.)`
  }
  if (PICK_LISTS[name])
    entry.options = Object.fromEntries(PICK_LISTS[name].map((v) => [v, v === '' ? '(keep)' : v]))
  if (kind === 'List') entry.properties = { resizable: 'true', rows: '3' }
  if (VISIBLE_RULES[name]) entry.visibleRule = VISIBLE_RULES[name]
  return entry
}

export function renderTaskJson(action, version) {
  // The task's major is its folder's (IisDeployV1 → `IisDeploy@1` in pipelines); minor and patch follow the package.
  const [, minor, patch] = version.split('.').map(Number)
  const task = {
    $schema: 'https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json',
    id: TASK_ID,
    name: 'IisDeploy',
    friendlyName: 'IIS Deploy for ASP.NET Core',
    description: action.description,
    helpMarkDown:
      'Deploys an ASP.NET Core app to IIS: hosting bundle, web.config, offline, sync, health check, rollback. Same inputs as the GitHub Action (in camelCase). Runs on the Windows agent that hosts IIS, or pushes with Web Deploy.',
    category: 'Deploy',
    author: 'iis-deploy',
    version: { Major: 1, Minor: minor ?? 0, Patch: patch ?? 0 },
    // Node20_1 needs agent 3.232.1; Node24 is used by agents that have it (4.265.1+).
    minimumAgentVersion: '3.232.1',
    instanceNameFormat: 'Deploy $(source) to IIS site $(site)',
    groups: GROUPS,
    inputs: Object.entries(action.inputs).map(([name, input]) => taskInput(name, input)),
    outputVariables: Object.entries(action.outputs).map(([name, output]) => ({
      name: camel(name),
      description: output.description
    })),
    execution: {
      Node20_1: { target: 'dist/index.js', argumentFormat: '' },
      Node24: { target: 'dist/index.js', argumentFormat: '' }
    },
    messages: {}
  }
  return `${JSON.stringify(task, null, 2)}\n`
}
