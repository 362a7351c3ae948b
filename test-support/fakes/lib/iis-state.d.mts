// Types for iis-state.mjs (the fake IIS on-disk state), for TypeScript importers.
export type ObjectState = 'Started' | 'Starting' | 'Stopped' | 'Stopping' | 'Unknown'
export interface PoolProcessModel {
  identityType: string
  userName: string
  password: string
  loadUserProfile: boolean
}
export interface Pool {
  name: string
  state: ObjectState
  managedRuntimeVersion: string
  managedPipelineMode: string
  autoStart: boolean
  startMode: string
  enable32BitAppOnWin64: boolean
  processModel: PoolProcessModel
  environmentVariables: { name: string; value: string }[]
  /** recycling.periodicRestart.schedule: times of day as written (`03:00:00`). */
  recycleSchedule?: string[]
  stoppedAt: number | null
  crashes: number[]
  attributes: Record<string, string>
}
export interface Binding {
  protocol: string
  bindingInformation: string
  sslFlags?: string
}
export interface Site {
  name: string
  id: number
  bindings: Binding[]
  state: ObjectState
  serverAutoStart: boolean
  attributes: Record<string, string>
}
export interface App {
  site: string
  path: string
  applicationPool: string
  attributes?: Record<string, string>
}
export interface Vdir {
  site: string
  app: string
  path: string
  physicalPath: string
}
export interface Worker {
  pid: number
  pool: string
  startedAt: number
  exitAt: number | null
  virtual?: boolean
  roots?: string[]
}
export interface ExpressProcess {
  pid: number
  roots: string[]
}
export interface AclGrant {
  principal: string
  perms: string
  inheritance: string
}
export interface SslCert {
  ipport?: string
  hostnameport?: string
  certhash: string
  appid: string
  certstorename: string
}
export type FaultKind =
  'command' | 'poolNeverStops' | 'workerNeverExits' | 'startFails' | 'configLocked' | 'restartRequired'
export interface Fault {
  kind?: FaultKind
  match?: string
  pool?: string
  times?: number
  hresult?: string
  message?: string
  exitCode?: number
  output?: string
}
export interface Timings {
  stopDelayMs: number
  workerLingerMs: number
  offlineReleaseMs: number
  rapidFailThreshold: number
  rapidFailWindowMs: number
  pollMs: number
}
export interface State {
  version: number
  iisInstalled: boolean
  timings: Timings
  pools: Pool[]
  sites: Site[]
  apps: App[]
  vdirs: Vdir[]
  config: Record<string, Record<string, Record<string, string>>>
  workers: Worker[]
  listener: { pid: number; ports: number[] } | null
  expressProcesses: ExpressProcess[]
  accounts: string[]
  acls: Record<string, AclGrant[]>
  features: Record<string, 'Enabled' | 'Disabled'>
  sslCerts: SslCert[]
  faults: Fault[]
  log: string[]
  /** The module's one-in-process-app-per-worker rule (500.35); off unless a test turns it on. */
  oneInProcessAppPerPool?: boolean
  /** A damaged module install without aspnetcorev2_outofprocess.dll: out-of-process apps answer 500.36. */
  ancmOutOfProcessHandlerMissing?: boolean
  /** The ASP.NET Core Module is not installed in IIS: apps with the aspNetCore handler answer 500.21. */
  ancmNotInstalled?: boolean
  /** Client addresses that stand for other machines: they get IIS's custom error pages, not the detailed ones. */
  remoteClients?: string[]
}

export const STATE_FILE: string
export const KNOWN_FEATURES: string[]
export const IIS_BASE_FEATURES: string[]
export function defaultTimings(): Timings
export function newPool(name: string, overrides?: Partial<Pool>): Pool
export function emptyState(): State
export function resolveStateDir(stateDir?: string): string
export function readState(stateDir?: string, now?: number): State
export function writeState(stateDir: string | undefined, state: State): void
export function updateState<T>(stateDir: string | undefined, fn: (state: State, now: number) => T): T
export function isProcessAlive(pid: number): boolean
export function isWorkerLive(w: Worker, now?: number): boolean
export function settle(state: State, now?: number): State
export function parseBindingInformation(
  bindingInformation: string
): { ip: string; port: number; host: string } | undefined
export function isWindowsPath(p: string): boolean
export function canonicalPath(p: string): string
export function appRoot(state: State, site: string, appPath: string): string | undefined
export function appOfflineSince(root: string): number | null
export function isOfflineReleased(state: State, root: string, now?: number): boolean
export function poolRoots(state: State, pool: string): string[]
export function lockedRoots(state: State, now?: number): string[]
/** Every `.dll`/`.exe` a running worker holds (absolute paths): copies over them must fail. */
export function lockedFiles(stateDir?: string): string[]
export function isFileLocked(file: string, stateDir?: string): boolean
