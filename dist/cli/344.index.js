export const id = 344;
export const ids = [344];
export const modules = {

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  expandBareBooleans: () => (/* binding */ expandBareBooleans)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/runtime/process-launcher.ts
// The ProcessLauncher port on node's spawn (never a shell), for processes that keep running: IIS Express during a
// smoke test. Ends the whole tree: on POSIX the child leads its own process group (signalled as a group); on
// Windows `taskkill /T /F` ends the child and its descendants. Whatever is still running when we exit is ended,
// so no orphan survives a crash of the run, except processes launched with keepAlive.



const MAX_OUTPUT = 256 * 1024;
const running = new Set();
let exitHookInstalled = false;
function taskkillPath() {
    const windir = process.env['SystemRoot'] ?? process.env['windir'] ?? 'C:\\Windows';
    return external_node_path_default().win32.join(windir, 'System32', 'taskkill.exe');
}
/** Synchronous, for the exit hook: kills the child's tree right away. */
function killTreeNow(child) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        if (process.platform === 'win32')
            (0,external_node_child_process_.spawnSync)(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], {
                windowsHide: true,
                stdio: 'ignore'
            });
        else
            process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.once('exit', () => {
        for (const child of running)
            killTreeNow(child);
    });
}
class NodeProcessLauncher {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    launch(tool, args, options = {}) {
        const windows = process.platform === 'win32';
        const keepAlive = options.keepAlive;
        let logFd;
        if (keepAlive) {
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(keepAlive.logFile), { recursive: true });
            logFd = external_node_fs_default().openSync(keepAlive.logFile, 'a');
        }
        const child = (0,external_node_child_process_.spawn)(tool, [...args], {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : process.env,
            shell: false,
            windowsHide: true,
            // POSIX: its own process group, so the whole tree can be signalled. Windows: taskkill /T walks the tree.
            detached: !windows || keepAlive !== undefined,
            // keepAlive: no pipe may tie it to us (a pipe also keeps our event loop alive); it is then ended by tree kill.
            stdio: [keepAlive ? 'ignore' : 'pipe', logFd ?? 'pipe', logFd ?? 'pipe']
        });
        if (logFd !== undefined)
            external_node_fs_default().closeSync(logFd);
        let output = '';
        let spawnError;
        const append = (chunk) => {
            output += chunk.toString('utf8');
            if (output.length > MAX_OUTPUT)
                output = output.slice(-MAX_OUTPUT);
        };
        child.stdout?.on('data', append);
        child.stderr?.on('data', append);
        child.stdin?.on('error', () => undefined); // writing to a process that just exited
        const exited = new Promise((resolve) => {
            child.once('error', (error) => {
                spawnError = error;
                running.delete(child);
                resolve(null);
            });
            child.once('exit', (code) => {
                running.delete(child);
                resolve(code);
            });
        });
        if (keepAlive) {
            child.unref();
        }
        else {
            running.add(child);
            installExitHook();
        }
        const graceMs = this.options.killGraceMs ?? 3000;
        const isDone = () => child.exitCode !== null || child.signalCode !== null || spawnError !== undefined;
        return {
            get pid() {
                return child.pid;
            },
            output: () => keepAlive && external_node_fs_default().existsSync(keepAlive.logFile) ? external_node_fs_default().readFileSync(keepAlive.logFile, 'utf8') : output,
            exited,
            spawnError: () => spawnError,
            write: (text) => {
                if (!isDone() && child.stdin?.writable)
                    child.stdin.write(text);
            },
            killTree: async () => {
                if (isDone() || child.pid === undefined) {
                    await exited;
                    return;
                }
                if (windows) {
                    await new Promise((resolve) => {
                        const killer = (0,external_node_child_process_.spawn)(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], {
                            windowsHide: true,
                            stdio: 'ignore'
                        });
                        killer.once('error', () => resolve());
                        killer.once('exit', () => resolve());
                    });
                }
                else {
                    try {
                        process.kill(-child.pid, 'SIGTERM');
                    }
                    catch {
                        // The group is gone already.
                    }
                    const timer = setTimeout(() => {
                        try {
                            if (child.pid !== undefined)
                                process.kill(-child.pid, 'SIGKILL');
                        }
                        catch {
                            // Gone meanwhile.
                        }
                    }, graceMs);
                    await exited;
                    clearTimeout(timer);
                    // Descendants that ignored SIGTERM and outlived the leader.
                    try {
                        process.kill(-child.pid, 'SIGKILL');
                    }
                    catch {
                        // None left.
                    }
                }
                await exited;
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/steps/health-check/health-check.ts
// Health check: GET a URL until it answers with an expected status (and text), backing off, or until the timeout.
// Also the availability probe that measures the offline window (the time the app answered 503 or nothing).

/** The health check did not pass within its timeout; carries the last answer. */
class HealthCheckError extends Error {
    result;
    name = 'HealthCheckError';
    constructor(result) {
        super(describeHealthFailure(result));
        this.result = result;
    }
}
const EXCERPT_LENGTH = 300;
/** The start of a body, as one line: enough to recognise an ANCM error page or app_offline.htm. */
function excerptOf(body, length = EXCERPT_LENGTH) {
    const text = body
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > length ? `${text.slice(0, length)}…` : text;
}
/** Known answers of a broken ASP.NET Core app under IIS, with what to do about them. */
const HINTS = [
    [
        /500\.30|failed to start/i,
        'the app failed to start: check the ANCM stdout log and the Application event log.'
    ],
    [
        /500\.31|framework.*not found|Failed to locate ASP\.NET Core framework/i,
        'the ASP.NET Core runtime the app needs is missing: install it (hosting-bundle: auto).'
    ],
    [/500\.19/, 'IIS cannot read web.config: is the ASP.NET Core Module installed (hosting-bundle)?'],
    [
        /502\.5|500\.37/,
        'the app process did not start or start in time: check processPath/arguments and the stdout log.'
    ],
    [/app_offline|offline for maintenance/i, 'app_offline.htm is still in the app folder.']
];
function healthHint(status, body) {
    for (const [pattern, hint] of HINTS)
        if (pattern.test(body) || pattern.test(String(status ?? '')))
            return hint;
    if (status === 503)
        return 'the app pool is stopped, or the app is offline (app_offline.htm) or still starting.';
    if (status === undefined)
        return 'nothing answered: is the site started and bound to this address and port?';
    return undefined;
}
function describeHealthFailure(result) {
    const last = result.status === undefined
        ? `the last attempt failed: ${result.reason}`
        : `the last answer was HTTP ${result.status} (${result.reason})${result.bodyExcerpt ? `: "${result.bodyExcerpt}"` : ''}`;
    const hint = healthHint(result.status, result.bodyExcerpt);
    return `Health check of ${result.url} did not pass within ${Math.round(result.elapsedMs / 1000)} s (${result.attempts} attempts); ${last}.${hint ? ` Likely cause: ${hint}` : ''}`;
}
/** Why a response does not count as healthy, or undefined when it does. */
function judgeResponse(response, expectedStatus, contains) {
    if (!expectedStatus.includes(response.status))
        return `expected ${expectedStatus.join(' or ')}`;
    if (contains !== undefined && !response.body.includes(contains))
        return `the body does not contain "${contains}"`;
    return undefined;
}
function requestHeaders(host) {
    return host ? { host, 'cache-control': 'no-cache' } : { 'cache-control': 'no-cache' };
}
/**
 * GETs `options.url` until it answers with an expected status (and text), backing off between attempts. Returns
 * the result when healthy; throws HealthCheckError with the last status and body excerpt after the timeout.
 */
async function checkHealth(ports, options) {
    const { http, clock, reporter } = ports;
    const expected = options.expectedStatus ?? [200];
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    let delay = options.initialDelayMs ?? 250;
    const maxDelay = options.maxDelayMs ?? 5000;
    let attempts = 0;
    let last = {
        healthy: false,
        url: options.url,
        bodyExcerpt: '',
        reason: 'not tried',
        attempts: 0,
        elapsedMs: 0
    };
    for (;;) {
        if (options.signal?.aborted)
            throw new core_errors/* CancelledError */.cc('The health check was cancelled.');
        attempts++;
        // The last try comes at the deadline: give it a fair second instead of a 1 ms timeout that can only fail and
        // would hide the real answer (a 404, a 500) of the attempts before it.
        const remaining = Math.max(MIN_REQUEST_TIMEOUT_MS, deadline - clock.now());
        try {
            const response = await http.get(options.url, {
                headers: requestHeaders(options.host),
                allowUntrusted: options.allowUntrusted,
                timeoutMs: Math.min(options.requestTimeoutMs ?? 10_000, remaining),
                signal: options.signal
            });
            const reason = judgeResponse(response, expected, options.contains);
            last = {
                healthy: reason === undefined,
                url: options.url,
                status: response.status,
                bodyExcerpt: reporter.mask(excerptOf(response.body)),
                reason: reason ?? 'ok',
                attempts,
                elapsedMs: clock.now() - started
            };
            reporter.debug(`Health check attempt ${attempts}: HTTP ${response.status}${reason ? ` (${reason})` : ''}`);
            if (last.healthy)
                return last;
        }
        catch (error) {
            if (error instanceof core_errors/* CancelledError */.cc || options.signal?.aborted)
                throw new core_errors/* CancelledError */.cc('The health check was cancelled.');
            last = {
                ...last,
                status: undefined,
                bodyExcerpt: '',
                reason: reporter.mask((0,core_errors/* errorMessage */.gJ)(error)),
                attempts,
                elapsedMs: clock.now() - started
            };
            reporter.debug(`Health check attempt ${attempts}: ${last.reason}`);
        }
        const now = clock.now();
        if (now >= deadline)
            break;
        await clock.sleep(Math.min(delay, deadline - now), options.signal);
        delay = Math.min(delay * 2, maxDelay);
    }
    last = { ...last, attempts, elapsedMs: clock.now() - started };
    throw new HealthCheckError(last);
}
/** The shortest time one health-check request is given, even at the deadline. */
const MIN_REQUEST_TIMEOUT_MS = 1000;
/**
 * Probes `url` in the background and adds up the time it answered 503 or not at all: each sample counts for the
 * time since the previous one. The offline window of contract §2 (`offline-ms`).
 */
function startAvailabilityProbe(ports, options) {
    const { http, clock } = ports;
    const interval = options.intervalMs ?? 200;
    const controller = new AbortController();
    let offlineMs = 0;
    let samples = 0;
    let offlineSamples = 0;
    let previous = clock.now();
    let wasOffline = false;
    const loop = (async () => {
        while (!controller.signal.aborted) {
            let offline;
            try {
                const response = await http.get(options.url, {
                    headers: requestHeaders(options.host),
                    allowUntrusted: options.allowUntrusted,
                    timeoutMs: options.requestTimeoutMs ?? 2000,
                    signal: controller.signal
                });
                offline = response.status === 503;
            }
            catch {
                if (controller.signal.aborted)
                    break;
                offline = true;
            }
            const now = clock.now();
            // Between two offline samples the app was offline; across a change, count half the gap (unbiased estimate).
            if (offline && wasOffline)
                offlineMs += now - previous;
            else if (offline !== wasOffline)
                offlineMs += (now - previous) / 2;
            samples++;
            if (offline)
                offlineSamples++;
            wasOffline = offline;
            previous = now;
            try {
                await clock.sleep(interval, controller.signal);
            }
            catch {
                break;
            }
        }
    })();
    return {
        async stop() {
            controller.abort();
            await loop;
            if (wasOffline)
                offlineMs += clock.now() - previous;
            return { offlineMs: Math.round(offlineMs), samples, offlineSamples };
        }
    };
}

;// CONCATENATED MODULE: ./src/core/tools.ts
// Tool discovery, the same on every adapter (contract §3): the input override, then PATH (with PATHEXT on
// Windows, the bare name elsewhere), then the Windows default locations. A tool that is not found is an error
// that says what to install.



/** What to install when a tool is missing. */
const INSTALL_HINTS = {
    appcmd: 'Install IIS (the Web Server role, e.g. `Install-WindowsFeature Web-Server` or `iis-features`), or set `appcmd-path`.',
    msdeploy: 'Install Web Deploy 3.6 or later (https://www.iis.net/downloads/microsoft/web-deploy, or `choco install webdeploy`), or set `msdeploy-path`.',
    robocopy: 'robocopy ships with Windows (%windir%\\System32\\robocopy.exe): check PATH, or use `method: msdeploy`.',
    reg: 'reg.exe ships with Windows (%windir%\\System32\\reg.exe): check PATH.',
    net: 'net.exe ships with Windows (%windir%\\System32\\net.exe): check PATH.',
    icacls: 'icacls ships with Windows (%windir%\\System32\\icacls.exe): check PATH, or set `grant-access: false`.',
    iisexpress: 'Install IIS Express 10 (it ships with Visual Studio, or standalone), or set `iisexpress-path`.',
    dotnet: 'Install the .NET SDK or runtime, or put dotnet on PATH.',
    dism: 'dism.exe ships with Windows (%windir%\\System32\\dism.exe): check PATH.',
    netsh: 'netsh.exe ships with Windows (%windir%\\System32\\netsh.exe): check PATH.',
    taskkill: 'taskkill.exe ships with Windows (%windir%\\System32\\taskkill.exe): check PATH.'
};
function defaultIsFile(candidate) {
    try {
        return external_node_fs_default().statSync(candidate).isFile();
    }
    catch {
        return false;
    }
}
function envValue(env, name) {
    // Windows environment names are case-insensitive.
    const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : env[key];
}
/** Looks `name` up on PATH; on Windows each PATHEXT extension is tried (and the name itself when it has one). */
function findOnPath(name, context) {
    const isFile = context.isFile ?? defaultIsFile;
    const windows = context.platform === 'win32';
    const p = windows ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const dirs = (envValue(context.env, 'PATH') ?? '').split(windows ? ';' : ':').filter(Boolean);
    const extensions = windows
        ? (envValue(context.env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)
        : [''];
    const hasExtension = windows && p.extname(name) !== '';
    for (const dir of dirs) {
        const base = p.join(dir.replace(/^"(.*)"$/, '$1'), name);
        if (hasExtension && isFile(base))
            return base;
        for (const ext of extensions) {
            // .bat/.cmd cannot be spawned without a shell since CVE-2024-27980; we never use a shell, so skip them.
            if (windows && /^\.(bat|cmd)$/i.test(ext))
                continue;
            const candidate = base + ext.toLowerCase();
            if (isFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The registry keys where Web Deploy records its install folder, newest first. */
const MSDEPLOY_REGISTRY_KEY = 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy';
/** Parses `reg query <key> /s /v InstallPath` output into install folders, highest version key first. */
function parseMsDeployInstallPaths(regOutput) {
    const found = [];
    let currentVersion = -1;
    for (const rawLine of regOutput.split(/\r?\n/)) {
        const line = rawLine.trimEnd();
        const key = /\\MSDeploy\\(\d+)\s*$/i.exec(line);
        if (key) {
            currentVersion = Number(key[1]);
            continue;
        }
        const value = /^\s+InstallPath\s+REG_(?:EXPAND_)?SZ\s+(.+)$/i.exec(line);
        if (value?.[1] && currentVersion >= 0)
            found.push({ version: currentVersion, path: value[1].trim() });
    }
    return found.sort((a, b) => b.version - a.version).map((f) => f.path);
}
async function windowsDefaultLocations(tool, context) {
    const w = (external_node_path_default()).win32;
    const windir = envValue(context.env, 'windir') ?? envValue(context.env, 'SystemRoot') ?? 'C:\\Windows';
    const programFiles = envValue(context.env, 'ProgramFiles') ?? 'C:\\Program Files';
    switch (tool) {
        case 'appcmd':
            return [w.join(windir, 'system32', 'inetsrv', 'appcmd.exe')];
        case 'msdeploy': {
            const fromRegistry = [];
            if (context.runner) {
                const reg = findOnPath('reg', context) ?? w.join(windir, 'system32', 'reg.exe');
                try {
                    const result = await context.runner.run(reg, ['query', MSDEPLOY_REGISTRY_KEY, '/s', '/v', 'InstallPath'], {
                        silent: true
                    });
                    if (result.exitCode === 0) {
                        fromRegistry.push(...parseMsDeployInstallPaths(result.stdout).map((dir) => w.join(dir, 'msdeploy.exe')));
                    }
                }
                catch {
                    // No reg.exe: fall through to the default folder.
                }
            }
            return [...fromRegistry, w.join(programFiles, 'IIS', 'Microsoft Web Deploy V3', 'msdeploy.exe')];
        }
        case 'iisexpress':
            return [w.join(programFiles, 'IIS Express', 'iisexpress.exe')];
        case 'robocopy':
        case 'reg':
        case 'net':
        case 'icacls':
        case 'dism':
        case 'netsh':
        case 'taskkill':
            return [w.join(windir, 'system32', `${tool}.exe`)];
        case 'dotnet':
            return [w.join(programFiles, 'dotnet', 'dotnet.exe')];
    }
}
/**
 * Finds a tool. `override` is the user's `<tool>-path` input: it must exist, and is never second-guessed.
 * `overrideInput` names that input in the error.
 */
async function resolveTool(tool, context, override, overrideInput = `${tool}-path`) {
    const isFile = context.isFile ?? defaultIsFile;
    if (override) {
        if (isFile(override))
            return override;
        throw new core_errors/* InputError */.dz(overrideInput, `Input '${overrideInput}': '${override}' does not exist or is not a file.`);
    }
    const onPath = findOnPath(tool, context);
    if (onPath)
        return onPath;
    if (context.platform === 'win32') {
        for (const candidate of await windowsDefaultLocations(tool, context)) {
            if (isFile(candidate))
                return candidate;
        }
    }
    throw new core_errors/* ToolNotFoundError */.Mm(tool, `${tool} was not found on PATH or in its default location. ${INSTALL_HINTS[tool]}`);
}
/** Resolves each tool once per run. */
class ToolResolver {
    context;
    overrides;
    cache = new Map();
    constructor(context, overrides = {}) {
        this.context = context;
        this.overrides = overrides;
    }
    resolve(tool) {
        let found = this.cache.get(tool);
        if (!found) {
            found = resolveTool(tool, this.context, this.overrides[tool]);
            this.cache.set(tool, found);
            // Do not cache failures: a later step may install the tool (IIS features install appcmd).
            found.catch(() => this.cache.delete(tool));
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/steps/hosting-bundle/reg-query.ts
// Parses `reg query` output (Windows layout, also what Wine prints: windows-on-linux.md §3):
//
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\InetStp
//       MajorVersion    REG_DWORD    0xa
//       SetupString    REG_SZ    IIS 10.0
//
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\InetStp\Components
//
// Values are indented and separated by four spaces (names may contain single spaces); `(Default)` is the unnamed
// value; `/s` and `/v ... /s` end with `End of search: N match(es) found.`.
const VALUE_LINE = /^\s+(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;
/** Every key printed, in order, with the values listed under it (subkey-only lines give keys without values). */
function parseRegQuery(output) {
    const keys = [];
    let current;
    for (const raw of output.split(/\r?\n/)) {
        if (raw.trim() === '' || /^End of search:/i.test(raw.trim()))
            continue;
        const value = VALUE_LINE.exec(raw);
        if (value && current) {
            const name = value[1];
            current.values.push({
                name: name === '(Default)' ? '' : name,
                type: value[2],
                data: (value[3] ?? '').trimEnd()
            });
            continue;
        }
        if (/^HKEY_[A-Z_]+(\\|$)/i.test(raw.trim())) {
            current = { path: raw.trim(), values: [] };
            keys.push(current);
        }
    }
    return keys;
}
/** A REG_DWORD/REG_QWORD as printed (`0x1`) → number; undefined for other data. */
function regNumber(value) {
    if (!value || !/^0x[0-9a-f]+$/i.test(value.data))
        return undefined;
    return parseInt(value.data, 16);
}
function findValue(key, name) {
    return key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
}
/** The last path segment of a key (`...\v8.0\8.0.11` → `8.0.11`). */
function keyLeaf(key) {
    return key.path.split('\\').pop() ?? '';
}

// EXTERNAL MODULE: ./src/steps/hosting-bundle/version.ts
var hosting_bundle_version = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/steps/hosting-bundle/runtime-config.ts
// `hosting-bundle: auto` reads what the app itself asks for: the `Microsoft.AspNetCore.App` framework in its
// `<app>.runtimeconfig.json` (`runtimeOptions.framework`, or one of `runtimeOptions.frameworks`). A self-contained
// app lists `includedFrameworks` instead: it carries its runtime, so only the ASP.NET Core Module is needed.




const ASPNETCORE_FRAMEWORK = 'Microsoft.AspNetCore.App';
function frameworks(value) {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.flatMap((item) => {
        if (typeof item !== 'object' || item === null)
            return [];
        const { name, version } = item;
        return typeof name === 'string' && typeof version === 'string' ? [{ name, version }] : [];
    });
}
/** Reads what `text` (a runtimeconfig.json) asks of the server. `file` names it in errors. */
function parseRuntimeConfig(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new core_errors/* InputError */.dz(file, `${file} is not valid JSON (${error.message}).`);
    }
    const options = typeof json === 'object' && json !== null
        ? json['runtimeOptions']
        : undefined;
    if (typeof options !== 'object' || options === null) {
        throw new core_errors/* InputError */.dz(file, `${file} has no 'runtimeOptions': it is not a runtimeconfig.json.`);
    }
    const o = options;
    const included = frameworks(o['includedFrameworks']);
    const referenced = [...frameworks(o['framework']), ...frameworks(o['frameworks'])];
    const selfContained = included.length > 0;
    const all = selfContained ? included : referenced;
    const aspnet = all.find((f) => f.name === ASPNETCORE_FRAMEWORK);
    if (!aspnet) {
        const listed = all.map((f) => `${f.name} ${f.version}`).join(', ') || 'none';
        throw new core_errors/* InputError */.dz('hosting-bundle', `Input 'hosting-bundle' is auto, but ${file} does not use ${ASPNETCORE_FRAMEWORK} (frameworks: ${listed}). Set 'hosting-bundle' to a channel (e.g. 8.0) or an exact version.`);
    }
    const channel = (0,hosting_bundle_version/* channelOf */.ts)(aspnet.version);
    if (!channel || !(0,hosting_bundle_version/* parseDotnetVersion */.ex)(aspnet.version)) {
        throw new core_errors/* InputError */.dz(file, `${file}: ${ASPNETCORE_FRAMEWORK} has version '${aspnet.version}', not a version.`);
    }
    return {
        file,
        kind: selfContained ? 'self-contained' : 'framework-dependent',
        version: aspnet.version,
        channel
    };
}
/**
 * Finds the app's runtimeconfig in `appDir`: `<appName>.runtimeconfig.json` when the name is known, else the only
 * `*.runtimeconfig.json` there (publish output has exactly one).
 */
function findRuntimeConfig(appDir, appName) {
    if (appName) {
        const file = external_node_path_default().join(appDir, `${appName}.runtimeconfig.json`);
        if (external_node_fs_default().existsSync(file))
            return file;
        throw new core_errors/* InputError */.dz('app-name', `Input 'hosting-bundle' is auto, but ${file} does not exist: check 'app-name' and 'source'.`);
    }
    let names;
    try {
        names = external_node_fs_default().readdirSync(appDir).filter((name) => name.toLowerCase().endsWith('.runtimeconfig.json'));
    }
    catch {
        throw new core_errors/* InputError */.dz('source', `Input 'hosting-bundle' is auto, but the app folder ${appDir} cannot be read.`);
    }
    if (names.length === 1)
        return external_node_path_default().join(appDir, names[0]);
    if (names.length === 0) {
        throw new core_errors/* InputError */.dz('hosting-bundle', `Input 'hosting-bundle' is auto, but ${appDir} has no *.runtimeconfig.json (is it the output of dotnet publish?). Set 'hosting-bundle' to a channel (8.0) or an exact version.`);
    }
    throw new core_errors/* InputError */.dz('app-name', `Input 'hosting-bundle' is auto, but ${appDir} has several runtimeconfig files (${names.sort().join(', ')}): set 'app-name' to say which app this is.`);
}
function readAppFrameworkNeed(appDir, appName) {
    const file = findRuntimeConfig(appDir, appName);
    return parseRuntimeConfig(external_node_fs_default().readFileSync(file, 'utf8'), file);
}

;// CONCATENATED MODULE: ./src/steps/hosting-bundle/detect.ts
// What the server already has, found before anything is downloaded (domain-facts §1.4, §1.5):
// - IIS: `HKLM\SOFTWARE\Microsoft\InetStp` (version) and its `Components` CoreWebEngine=1 + W3SVC=1, the very
//   condition under which the bundle installs ANCM;
// - ANCM V2: `HKLM\SOFTWARE\Microsoft\IIS Extensions\IIS AspNetCore Module V2` Install=1 / Version, and the shim
//   `%ProgramFiles%\IIS\Asp.Net Core Module\V2\aspnetcorev2.dll`;
// - the ASP.NET Core shared framework: the InstalledVersions key (32-bit view), the per-version Shared Framework
//   keys (not written by every version, so never the only signal), and `dotnet --list-runtimes`.
// Every source that sees a version counts: a false "missing" costs a reinstall and an IIS restart of every site.






const INETSTP_KEY = 'HKLM\\SOFTWARE\\Microsoft\\InetStp';
const ANCM_V2_KEY = 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2';
const SHARED_FRAMEWORK_KEY = 'HKLM\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework';
/** One REG_DWORD per installed version, in the 32-bit registry view (§1.5). */
function installedVersionsKey(arch, framework = ASPNETCORE_FRAMEWORK) {
    return `HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\${arch}\\sharedfx\\${framework}`;
}
/** `reg query <InetStp> /s` → IIS presence per the bundle's ANCM condition (§1.4). */
function parseIisRegistry(keys) {
    const root = keys.find((k) => /\\InetStp$/i.test(k.path));
    const components = keys.find((k) => /\\InetStp\\Components$/i.test(k.path));
    const major = regNumber(findValue(root, 'MajorVersion'));
    const minor = regNumber(findValue(root, 'MinorVersion'));
    const present = regNumber(findValue(components, 'CoreWebEngine')) === 1 && regNumber(findValue(components, 'W3SVC')) === 1;
    return { present, version: major === undefined ? undefined : `${major}.${minor ?? 0}` };
}
/** `reg query <ANCM V2 key>` → Install / Version. */
function parseAncmRegistry(keys) {
    const key = keys.find((k) => /\\IIS AspNetCore Module V2$/i.test(k.path));
    const version = findValue(key, 'Version')?.data;
    return { installed: regNumber(findValue(key, 'Install')) === 1, version: version || undefined };
}
/** `reg query <InstalledVersions...\Microsoft.AspNetCore.App>` → versions whose value is 1. */
function parseInstalledVersions(keys) {
    return keys
        .flatMap((k) => k.values)
        .filter((v) => (0,hosting_bundle_version/* parseDotnetVersion */.ex)(v.name) && regNumber(v) !== 0)
        .map((v) => v.name);
}
/** `reg query <Shared Framework> /s` → versions from the `v8.0\8.0.11` keys (their `Version` value as fallback). */
function parseSharedFrameworkRegistry(keys) {
    const versions = [];
    for (const key of keys) {
        if (!/\\Shared Framework\\v\d+\.\d+\\[^\\]+$/i.test(key.path))
            continue;
        const leaf = keyLeaf(key);
        const value = findValue(key, 'Version')?.data ?? '';
        if ((0,hosting_bundle_version/* parseDotnetVersion */.ex)(leaf))
            versions.push(leaf);
        else if ((0,hosting_bundle_version/* parseDotnetVersion */.ex)(value))
            versions.push(value);
    }
    return versions;
}
/** `dotnet --list-runtimes` lines: `Microsoft.AspNetCore.App 8.0.11 [C:\Program Files\dotnet\shared\...]` (§1.5). */
function parseListRuntimes(output) {
    const runtimes = [];
    for (const line of output.split(/\r?\n/)) {
        const match = /^(\S+) (\S+) \[(.+)\]$/.exec(line.trim());
        if (match)
            runtimes.push({ name: match[1], version: match[2], path: match[3] });
    }
    return runtimes;
}
/** The highest installed version that meets `need` (a preview minimum must be met exactly), or undefined. */
function findSatisfying(installed, need) {
    const matching = installed.filter((version) => {
        if (need.kind === 'exact' || (0,hosting_bundle_version/* isPrerelease */.V1)(need.minimum)) {
            return version === (need.kind === 'exact' ? need.version : need.minimum);
        }
        return (0,hosting_bundle_version/* channelOf */.ts)(version) === need.channel && (0,hosting_bundle_version/* compareVersions */.Zy)(version, need.minimum) >= 0;
    });
    return matching.sort(hosting_bundle_version/* compareVersions */.Zy).pop();
}
function describeNeed(need) {
    return need.kind === 'exact' || (0,hosting_bundle_version/* isPrerelease */.V1)(need.minimum)
        ? `${ASPNETCORE_FRAMEWORK} ${need.kind === 'exact' ? need.version : need.minimum}`
        : `${ASPNETCORE_FRAMEWORK} ${need.minimum} or a later ${need.channel} patch`;
}
/** One line for the log: what was found where. */
function describeDetection(found) {
    const iis = found.iis.present
        ? `IIS ${found.iis.version ?? ''}`.trim()
        : `IIS not installed (no CoreWebEngine + W3SVC under ${INETSTP_KEY}\\Components)`;
    const ancmSources = [found.ancm.registry ? 'registry' : '', found.ancm.dll ? found.ancm.dll : '']
        .filter(Boolean)
        .join(', ');
    const ancm = found.ancm.present
        ? `ASP.NET Core Module V2 ${found.ancm.version ?? ''} (${ancmSources})`.replace(/ {2,}/g, ' ')
        : 'no ASP.NET Core Module V2';
    const frameworks = found.aspNetCore.length
        ? `${ASPNETCORE_FRAMEWORK} ${found.aspNetCore.map((f) => `${f.version} (${f.sources.join(', ')})`).join(', ')}`
        : `no ${ASPNETCORE_FRAMEWORK}`;
    return `Found: ${iis}; ${ancm}; ${frameworks}.`;
}
function detect_envValue(env, name) {
    const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : env[key];
}
/** The native architecture the IIS worker runs as (PROCESSOR_ARCHITEW6432 when node itself is 32-bit). */
function dotnetArchitecture(env) {
    const arch = (detect_envValue(env, 'PROCESSOR_ARCHITEW6432') ??
        detect_envValue(env, 'PROCESSOR_ARCHITECTURE') ??
        '').toUpperCase();
    if (arch === 'ARM64')
        return 'arm64';
    if (arch === 'X86')
        return 'x86';
    return 'x64';
}
/** 64-bit Program Files: a 32-bit node on 64-bit Windows sees `ProgramFiles` as `Program Files (x86)`. */
function programFiles(env) {
    return detect_envValue(env, 'ProgramW6432') ?? detect_envValue(env, 'ProgramFiles');
}
async function regQuery(context, reg, args) {
    // A 32-bit node on 64-bit Windows starts the 32-bit reg.exe, which reads the 32-bit view: ask for the 64-bit one
    // (keys under WOW6432Node are named explicitly, so they read the same either way).
    const view = detect_envValue(context.env, 'PROCESSOR_ARCHITEW6432') ? ['/reg:64'] : [];
    const result = await context.runner.run(reg, ['query', ...args, ...view], {
        silent: true,
        signal: context.signal,
        timeoutMs: context.timeoutMs ?? 60_000
    });
    // Exit 1 + "ERROR: The system was unable to find the specified registry key or value.": not there.
    if (result.exitCode !== 0) {
        context.reporter?.debug(`reg query ${args.join(' ')}: exit ${result.exitCode} ${result.stderr.trim()}`);
        return [];
    }
    return parseRegQuery(result.stdout);
}
/** The dotnet IIS uses is the machine-wide one; fall back to discovery (PATH) elsewhere. */
async function findDotnet(context) {
    if (context.platform === 'win32') {
        const machineWide = external_node_path_default().win32.join(programFiles(context.env) ?? 'C:\\Program Files', 'dotnet', 'dotnet.exe');
        if (external_node_fs_default().existsSync(machineWide))
            return machineWide;
    }
    try {
        return await context.tools.resolve('dotnet');
    }
    catch (error) {
        if (error instanceof core_errors/* ToolNotFoundError */.Mm)
            return undefined;
        throw error;
    }
}
/** The ANCM shim DLL path (§1.5), or undefined when ProgramFiles is unknown off Windows. */
function ancmDllPath(env, platform) {
    const root = programFiles(env) ?? (platform === 'win32' ? 'C:\\Program Files' : undefined);
    if (!root)
        return undefined;
    const p = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return p.join(root, 'IIS', 'Asp.Net Core Module', 'V2', 'aspnetcorev2.dll');
}
async function listRuntimes(context, dotnet) {
    if (!dotnet)
        return [];
    const listed = await context.runner.run(dotnet, ['--list-runtimes'], {
        silent: true,
        signal: context.signal,
        timeoutMs: context.timeoutMs ?? 60_000
    });
    if (listed.exitCode === 0)
        return parseListRuntimes(listed.stdout);
    context.reporter?.debug(`${dotnet} --list-runtimes: exit ${listed.exitCode} ${listed.stderr.trim()}`);
    return [];
}
async function detectHostingBundle(context) {
    const reg = await context.tools.resolve('reg');
    const arch = dotnetArchitecture(context.env);
    // Read-only queries: run them side by side.
    const dotnetFound = findDotnet(context);
    const [inetStp, ancmKeys, installedVersions, sharedFramework, runtimes] = await Promise.all([
        regQuery(context, reg, [INETSTP_KEY, '/s']),
        regQuery(context, reg, [ANCM_V2_KEY]),
        regQuery(context, reg, [installedVersionsKey(arch)]),
        regQuery(context, reg, [SHARED_FRAMEWORK_KEY, '/s']),
        dotnetFound.then((dotnet) => listRuntimes(context, dotnet))
    ]);
    const dotnet = await dotnetFound;
    const iis = parseIisRegistry(inetStp);
    const ancmRegistry = parseAncmRegistry(ancmKeys);
    const dllPath = ancmDllPath(context.env, context.platform);
    const dll = dllPath && external_node_fs_default().existsSync(dllPath) ? dllPath : undefined;
    const sources = new Map();
    const see = (version, source) => {
        sources.set(version, (sources.get(version) ?? new Set()).add(source));
    };
    for (const version of parseInstalledVersions(installedVersions))
        see(version, 'registry');
    for (const version of parseSharedFrameworkRegistry(sharedFramework))
        see(version, 'registry');
    for (const runtime of runtimes) {
        if (runtime.name === ASPNETCORE_FRAMEWORK)
            see(runtime.version, 'dotnet --list-runtimes');
    }
    const aspNetCore = [...sources.keys()]
        .sort(hosting_bundle_version/* compareVersions */.Zy)
        .map((version) => ({ version, sources: [...(sources.get(version) ?? [])] }));
    return {
        iis,
        ancm: {
            present: ancmRegistry.installed || dll !== undefined,
            version: ancmRegistry.version,
            registry: ancmRegistry.installed,
            dll
        },
        aspNetCore,
        dotnet
    };
}

// EXTERNAL MODULE: ./src/steps/hosting-bundle/inputs.ts
var inputs = __webpack_require__(104);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/steps/hosting-bundle/installer.ts
// The Hosting Bundle installer (a WiX Burn bundle): its command line (domain-facts §1.2), its log and its exit
// codes (§1.3). Exit codes above 255 do not survive on Linux, so the outcome is read from the Burn log first
// (`i007: Exit code: 0xbc2, restarting: No`), the process exit code being the fallback.



/**
 * `/install /quiet /norestart /log <file> [OPT_NO_...=0|1]` (or `/repair ...`). Burn has no `/install` switch but
 * ignores unknown ones and installs by default, so the documented spelling works (§1.2).
 */
function buildHostingBundleArgs(action, logPath, properties = []) {
    return [
        `/${action}`,
        '/quiet',
        '/norestart',
        '/log',
        logPath,
        ...properties.map((p) => `${p.name}=${p.value}`)
    ];
}
/** An HRESULT from the Win32 facility (0x8007xxxx) → its Win32 code; anything else unchanged. */
function win32CodeOf(code) {
    return code >>> 16 === 0x8007 ? code & 0xffff : code;
}
function parseBurnLog(text) {
    let exitCode;
    let shutdownCode;
    let restart;
    const errors = [];
    for (const line of text.split(/\r?\n/)) {
        const exit = /\bi007: Exit code: 0x([0-9a-f]+)/i.exec(line);
        if (exit)
            exitCode = win32CodeOf(parseInt(exit[1], 16));
        const shutdown = /\bi500: Shutting down, exit code: 0x([0-9a-f]+)/i.exec(line);
        if (shutdown)
            shutdownCode = win32CodeOf(parseInt(shutdown[1], 16));
        const apply = /\bi399: Apply complete, result: 0x[0-9a-f]+,? restart: (\w+)/i.exec(line);
        if (apply)
            restart = apply[1];
        const error = /\]e\d{3}: (.*)$/.exec(line);
        if (error && errors.length < 10)
            errors.push(error[1].trim());
    }
    return { exitCode: exitCode ?? shutdownCode, restart, errors };
}
const OUTCOMES = {
    0: { kind: 'success', meaning: 'success' },
    3010: {
        kind: 'reboot-required',
        name: 'ERROR_SUCCESS_REBOOT_REQUIRED',
        meaning: 'installed; a reboot is required to finish'
    },
    1641: {
        kind: 'reboot-required',
        name: 'ERROR_SUCCESS_REBOOT_INITIATED',
        meaning: 'installed; the installer started a reboot (it should not with /norestart)'
    },
    5: {
        kind: 'failure',
        name: 'ERROR_ACCESS_DENIED',
        meaning: 'access denied',
        fix: 'Installing the Hosting Bundle needs administrator rights: run the runner (or agent service) elevated.'
    },
    1602: {
        kind: 'failure',
        name: 'ERROR_INSTALL_USEREXIT',
        meaning: 'the installation was cancelled',
        fix: 'Something cancelled the installer (a user, or a prompt that cannot be answered): run the step again.'
    },
    1603: {
        kind: 'failure',
        name: 'ERROR_INSTALL_FAILURE',
        meaning: 'fatal error during installation',
        fix: 'Read the log and the package logs next to it. Common causes: a reboot pending from an earlier install (reboot, then retry), a newer ASP.NET Core Module already installed, a missing Visual C++ redistributable on old Windows, a runner that is not elevated.'
    },
    1618: {
        kind: 'failure',
        name: 'ERROR_INSTALL_ALREADY_RUNNING',
        meaning: 'another installation is in progress',
        fix: 'Another installation (Windows Update, another deployment) is running: wait for it to finish and run the step again.'
    },
    1625: {
        kind: 'failure',
        name: 'ERROR_INSTALL_PACKAGE_REJECTED',
        meaning: 'the installation is forbidden by system policy',
        fix: 'A group policy blocks installers: ask the server administrator, or install the Hosting Bundle by hand and use hosting-bundle: none.'
    },
    1638: {
        kind: 'failure',
        name: 'ERROR_PRODUCT_VERSION',
        meaning: 'another version of this product is already installed (0x80070666)',
        fix: 'Another build of this Hosting Bundle version is installed: uninstall it (Apps & features) or pin hosting-bundle to the installed version.'
    },
    1639: {
        kind: 'failure',
        name: 'ERROR_INVALID_COMMAND_LINE',
        meaning: 'invalid command line',
        fix: "Check 'hosting-bundle-args'."
    }
};
function describeInstallerExitCode(code) {
    return (OUTCOMES[code] ?? {
        kind: 'failure',
        meaning: `unknown exit code ${code} (0x${(code >>> 0).toString(16)})`,
        fix: 'Read the installer log.'
    });
}
/**
 * The outcome code: the Burn log's when it agrees with the process exit code in the low 8 bits (all a Linux exit
 * status keeps, and what rules out a stale log), else the process exit code.
 */
function installerExitCode(processExitCode, log) {
    const fromLog = log.exitCode;
    return fromLog !== undefined && (fromLog & 0xff) === (processExitCode & 0xff) ? fromLog : processExitCode;
}
/** The last `count` lines of a Burn log, without the variable dump (`i410: Variable: ...`) that ends every log. */
function installerLogTail(text, count = 20) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !/\bi410: Variable:/.test(line));
    return lines.slice(-count);
}
/** The per-package logs Burn writes next to `/log <file>`: `<file-without-.log>_000_<package>.log`. */
function packageLogsOf(logPath) {
    const dir = external_node_path_default().dirname(logPath);
    const stem = external_node_path_default().basename(logPath).replace(/\.log$/i, '');
    try {
        return external_node_fs_default().readdirSync(dir)
            .filter((name) => name.startsWith(`${stem}_`))
            .sort()
            .map((name) => external_node_path_default().join(dir, name));
    }
    catch {
        return [];
    }
}
function sha512OfFile(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha512');
        external_node_fs_default().createReadStream(file)
            .on('error', reject)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')));
    });
}

// EXTERNAL MODULE: ./src/steps/hosting-bundle/resolve.ts
var resolve = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/steps/hosting-bundle/restart.ts
// Restarts IIS the way the Hosting Bundle docs say (domain-facts §1.4): `net stop was /y` (WAS and everything that
// depends on it, W3SVC included), then `net start w3svc` (which starts WAS again). Worker processes then see the new
// PATH and module. This restarts every site on the server.
// net.exe texts are localized but the `NET HELPMSG <n>` and `System error <n>` numbers are not: decide from those,
// then from the English success lines, then from the exit code (0 success, 2 failure).

/** NET HELPMSG 3521: "The ... service is not started." */
const NET_NOT_STARTED = 3521;
/** NET HELPMSG 2182: "The requested service has already been started." */
const NET_ALREADY_STARTED = 2182;
/** Reads `net stop|start <service>` output. */
function parseNetOutput(result, verb) {
    const text = `${result.stdout}\n${result.stderr}`;
    const helpmsg = Number(/NET HELPMSG (\d+)/i.exec(text)?.[1]) || undefined;
    const systemError = Number(/System error (\d+)/i.exec(text)?.[1]) || undefined;
    if (verb === 'stop' && helpmsg === NET_NOT_STARTED)
        return { ok: true, state: 'was-not-running', helpmsg };
    if (verb === 'start' && helpmsg === NET_ALREADY_STARTED)
        return { ok: true, state: 'was-running', helpmsg };
    if (helpmsg !== undefined || systemError !== undefined)
        return { ok: false, state: 'failed', helpmsg, systemError };
    const done = verb === 'stop' ? /was stopped successfully/i : /was started successfully/i;
    if (done.test(text) || result.exitCode === 0)
        return { ok: true, state: verb === 'stop' ? 'stopped' : 'started' };
    return { ok: false, state: 'failed' };
}
function netFix(outcome) {
    if (outcome.systemError === 5)
        return 'Restarting IIS needs administrator rights: run the runner elevated.';
    return 'Check the World Wide Web Publishing Service and the Windows Process Activation Service (services.msc) and the System event log, then restart them by hand.';
}
/** `net stop was /y` then `net start w3svc`; throws a ToolError (net, exit code, fix) when either fails. */
async function restartIis(runner, net, reporter, options = {}) {
    const steps = [
        { args: ['stop', 'was', '/y'], verb: 'stop' },
        { args: ['start', 'w3svc'], verb: 'start' }
    ];
    for (const step of steps) {
        const result = await runner.run(net, step.args, {
            signal: options.signal,
            timeoutMs: options.timeoutMs ?? 300_000
        });
        const outcome = parseNetOutput(result, step.verb);
        const line = `net ${step.args.join(' ')}`;
        if (!outcome.ok) {
            const output = `${result.stdout}\n${result.stderr}`.trim().replace(/\s*\n\s*/g, ' ');
            throw new core_errors/* ToolError */.v4('net', result.exitCode, `${line} failed (exit ${result.exitCode}): ${output}`, netFix(outcome));
        }
        if (outcome.state === 'was-not-running')
            reporter.info(`${line}: WAS was not running.`);
        if (outcome.state === 'was-running')
            reporter.info(`${line}: W3SVC was already running.`);
    }
}

;// CONCATENATED MODULE: ./src/steps/hosting-bundle/install.ts
// The hosting-bundle step: decide what the server needs, look at what it has, and only then download (through the
// tool cache, verified by SHA-512 before anything runs), install or repair silently, and restart IIS when something
// changed and `restart-iis` allows it (peers.md §4 idea 5).












/** Tool-cache name of the installer (RUNNER_TOOL_CACHE/dotnet-hosting/<version>/<arch>). */
const HOSTING_BUNDLE_TOOL = 'dotnet-hosting';
function hostingBundleFileName(version) {
    return `dotnet-hosting-${version}-win.exe`;
}
/** The installer failed; carries the log path (an output) besides tool, exit code and fix. */
class HostingBundleInstallError extends core_errors/* ToolError */.v4 {
    logPath;
    name = 'HostingBundleInstallError';
    constructor(exitCode, message, fix, logPath) {
        super('dotnet-hosting', exitCode, message, fix);
        this.logPath = logPath;
    }
}
function install_envValue(env, name) {
    const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : env[key] || undefined;
}
function has(properties, name, value) {
    return properties.some((p) => p.name === name && (value === undefined || p.value === value));
}
/**
 * The properties passed to the installer. Burn reads earlier OPT_* choices back from the registry when a run passes
 * none (§1.2), so a past OPT_NO_ANCM=1 would silently stick: OPT_NO_ANCM=0 is always explicit unless the user set it.
 * An ANCM-only install (self-contained app) also skips the runtimes it does not need.
 */
function installerProperties(user, ancmOnly) {
    const properties = [...user];
    const add = (name, value) => {
        if (!has(properties, name))
            properties.push({ name, value });
    };
    add('OPT_NO_ANCM', '0');
    if (ancmOnly) {
        add('OPT_NO_RUNTIME', '1');
        add('OPT_NO_SHAREDFX', '1');
    }
    return properties;
}
class Step {
    ports;
    options;
    settings;
    tools;
    constructor(ports, options, settings) {
        this.ports = ports;
        this.options = options;
        this.settings = settings;
        this.tools =
            options.tools ?? new ToolResolver({ env: ports.env, platform: ports.platform, runner: ports.runner });
    }
    get reporter() {
        return this.ports.reporter;
    }
    /** Resolves through the mirror (checked against the request) or the release metadata. */
    async resolve(request) {
        const mirror = this.settings.mirror;
        if (mirror) {
            const version = mirror.fileVersion ?? (request.kind === 'exact' ? request.version : undefined);
            if (!version) {
                throw new core_errors/* InputError */.dz('hosting-bundle', `Input 'hosting-bundle-url' (${(0,inputs/* redactUrlCredentials */.dE)(mirror.url)}) does not name its version: set 'hosting-bundle' to the exact version the mirror serves.`);
            }
            if (request.kind === 'minimum' && findSatisfying([version], request) === undefined) {
                throw new core_errors/* InputError */.dz('hosting-bundle-url', `Input 'hosting-bundle-url' serves ${version}, but the app needs ${describeNeed(request)}.`);
            }
            this.reporter.info(`Hosting Bundle ${version} from the mirror ${(0,inputs/* redactUrlCredentials */.dE)(mirror.url)} (release metadata not used).`);
            return { version, url: mirror.url, sha512: mirror.sha512 };
        }
        const resolved = await (0,resolve/* resolveHostingBundle */.Jb)(request, {
            http: this.ports.http,
            metadataUrl: this.settings.metadataUrl,
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.metadataMs
        });
        for (const warning of resolved.warnings)
            this.reporter.warning(warning);
        const details = [
            resolved.releaseDate ? `released ${resolved.releaseDate}` : '',
            resolved.security ? 'security release' : '',
            resolved.supportPhase ? `${resolved.releaseType ?? ''} ${resolved.supportPhase}`.trim() : ''
        ].filter(Boolean);
        this.reporter.info(`Resolved Hosting Bundle ${resolved.version} (.NET ${resolved.channel}${details.length ? `, ${details.join(', ')}` : ''}): ${resolved.url}`);
        if (resolved.newerInChannel) {
            this.reporter.info(`A newer ${resolved.channel} patch exists: ${resolved.newerInChannel}.`);
        }
        return { version: resolved.version, url: resolved.url, sha512: resolved.sha512 };
    }
    /** What the server must have, from the input or the app's runtimeconfig. */
    async plan() {
        const spec = this.settings.spec;
        switch (spec.kind) {
            case 'exact':
                return { need: { kind: 'exact', version: spec.version }, request: spec };
            case 'latest':
            case 'lts':
            case 'channel': {
                const target = await this.resolve(spec);
                return { need: { kind: 'exact', version: target.version }, request: spec, target };
            }
            case 'auto': {
                if (!this.options.appDir) {
                    throw new core_errors/* InputError */.dz('hosting-bundle', `Input 'hosting-bundle' is auto, but there is no app folder to read.`);
                }
                const app = readAppFrameworkNeed(this.options.appDir, this.options.appName);
                const request = (0,hosting_bundle_version/* isPrerelease */.V1)(app.version)
                    ? { kind: 'exact', version: app.version }
                    : app.kind === 'self-contained'
                        ? { kind: 'channel', channel: app.channel }
                        : { kind: 'minimum', channel: app.channel, minimum: app.version };
                if (app.kind === 'self-contained') {
                    this.reporter.info(`${external_node_path_default().basename(app.file)}: self-contained app (ASP.NET Core ${app.version} inside it): the server needs only the ASP.NET Core Module.`);
                    return { request, app };
                }
                const need = request.kind === 'minimum' ? request : { kind: 'exact', version: app.version };
                this.reporter.info(`${external_node_path_default().basename(app.file)}: the app needs ${describeNeed(need)}.`);
                return { need, request, app };
            }
            case 'none':
                throw new Error('unreachable: none is handled before planning');
        }
    }
    detect() {
        return detectHostingBundle({
            runner: this.ports.runner,
            env: this.ports.env,
            platform: this.ports.platform,
            tools: this.tools,
            reporter: this.reporter,
            signal: this.options.signal
        });
    }
    /** The installer file: from the tool cache when its SHA-512 still matches, else downloaded and verified. */
    async obtainInstaller(target) {
        const { toolCache } = this.ports;
        const fileName = hostingBundleFileName(target.version);
        const cachedDir = toolCache.find(HOSTING_BUNDLE_TOOL, target.version);
        if (cachedDir) {
            const cached = external_node_path_default().join(cachedDir, fileName);
            if (external_node_fs_default().existsSync(cached)) {
                const actual = await sha512OfFile(cached);
                if (actual === target.sha512) {
                    this.reporter.info(`Using the cached installer ${cached} (SHA-512 verified).`);
                    return cached;
                }
                this.reporter.warning(`The cached installer ${cached} has SHA-512 ${actual}, expected ${target.sha512}: downloading it again.`);
                external_node_fs_default().rmSync(cached, { force: true });
            }
        }
        this.reporter.info(`Downloading ${(0,inputs/* redactUrlCredentials */.dE)(target.url)}`);
        let downloaded;
        try {
            downloaded = await toolCache.download(target.url, fileName);
        }
        catch (error) {
            throw new core_errors/* ToolError */.v4('download', undefined, (0,inputs/* redactUrlCredentials */.dE)(`Could not download the Hosting Bundle ${target.version} from ${target.url}: ${(0,core_errors/* errorMessage */.gJ)(error)}`), this.settings.mirror
                ? "Check 'hosting-bundle-url' and that the runner can reach it."
                : 'Check that the runner can reach builds.dotnet.microsoft.com, or set hosting-bundle-url/hosting-bundle-sha512 to a mirror.');
        }
        try {
            const actual = await sha512OfFile(downloaded);
            if (actual !== target.sha512) {
                throw new core_errors/* ToolError */.v4('download', undefined, `The Hosting Bundle ${target.version} from ${(0,inputs/* redactUrlCredentials */.dE)(target.url)} failed verification: expected SHA-512 ${target.sha512}, got ${actual}. The file was deleted and nothing ran.`, this.settings.mirror
                    ? "Check 'hosting-bundle-sha512' against the file the mirror serves."
                    : 'Retry; if it happens again the download is being altered on the way (proxy, antivirus).');
            }
            const dir = await toolCache.cacheFile(downloaded, fileName, HOSTING_BUNDLE_TOOL, target.version);
            return external_node_path_default().join(dir, fileName);
        }
        finally {
            external_node_fs_default().rmSync(downloaded, { force: true });
        }
    }
    logPath(version, action) {
        const dir = this.options.logDir ??
            install_envValue(this.ports.env, 'RUNNER_TEMP') ??
            install_envValue(this.ports.env, 'AGENT_TEMPDIRECTORY') ??
            external_node_os_default().tmpdir();
        external_node_fs_default().mkdirSync(dir, { recursive: true });
        const stamp = new Date(this.ports.clock.now()).toISOString().replace(/[:.]/g, '-');
        return external_node_path_default().join(dir, `dotnet-hosting-${version}-${action}-${stamp}.log`);
    }
    /** Runs the installer; returns whether a reboot is required, throws HostingBundleInstallError on failure. */
    async runInstaller(installer, action, version, properties, logPath) {
        // On Windows the .exe runs as is; the test fakes are scripts that need the executable bit.
        if (this.ports.platform !== 'win32')
            external_node_fs_default().chmodSync(installer, 0o755);
        const args = buildHostingBundleArgs(action, logPath, properties);
        this.reporter.info(`${action === 'install' ? 'Installing' : 'Repairing'} the Hosting Bundle ${version}.`);
        const result = await this.ports.runner.run(installer, args, {
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.installerMs ?? 30 * 60_000
        });
        const logText = external_node_fs_default().existsSync(logPath) ? external_node_fs_default().readFileSync(logPath, 'utf8') : '';
        const log = parseBurnLog(logText);
        const code = installerExitCode(result.exitCode, log);
        const outcome = describeInstallerExitCode(code);
        if (outcome.kind === 'success') {
            this.reporter.info(`The installer finished (exit ${code}). Log: ${logPath}`);
            return log.restart?.toLowerCase() === 'required';
        }
        if (outcome.kind === 'reboot-required') {
            this.reporter.info(`The installer finished (exit ${code}, ${outcome.name}). Log: ${logPath}`);
            return true;
        }
        const tail = installerLogTail(logText);
        if (tail.length)
            this.reporter.info(`Last lines of ${logPath}:\n${tail.join('\n')}`);
        const packageLogs = packageLogsOf(logPath);
        const details = [
            log.errors.length ? `Installer errors: ${log.errors.slice(0, 3).join(' | ')}.` : '',
            `Log: ${logPath}${logText ? '' : ' (not written)'}.`,
            packageLogs.length ? `Package logs: ${packageLogs.join(', ')}.` : ''
        ].filter(Boolean);
        throw new HostingBundleInstallError(code, `The Hosting Bundle ${version} installer (/${action}) failed with exit code ${code}${outcome.name ? ` (${outcome.name})` : ''}: ${outcome.meaning}. ${details.join(' ')}`, outcome.fix, logPath);
    }
    async restartIfAllowed(changed, iisPresent) {
        const policy = this.settings.restartIis;
        if (policy === 'never') {
            if (changed) {
                this.reporter.notice('restart-iis is never: IIS keeps running the old runtime and module until you run `net stop was /y` and `net start w3svc` (or reboot).');
            }
            return false;
        }
        if (policy === 'auto' && !changed)
            return false;
        if (!iisPresent) {
            if (policy === 'always')
                this.reporter.warning('restart-iis is always, but IIS is not installed: nothing to restart.');
            return false;
        }
        this.reporter.warning(`Restarting IIS (net stop was /y, net start w3svc, restart-iis: ${policy}): this restarts every site and application pool on this server.`);
        const net = await this.tools.resolve('net');
        await restartIis(this.ports.runner, net, this.reporter, {
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.serviceMs
        });
        this.reporter.info('IIS restarted.');
        return true;
    }
}
/**
 * The hosting-bundle step. Validates the inputs, then: resolves what is needed, detects what is installed, skips
 * when the need is met, else downloads + verifies + installs (or repairs when the runtime is there but ANCM is not
 * because IIS came after the bundle, §1.4), and restarts IIS per `restart-iis`.
 */
async function installHostingBundle(ports, options) {
    const settings = (0,inputs/* parseHostingBundleInputs */.XE)({
        hostingBundle: options.spec,
        hostingBundleArgs: options.args,
        hostingBundleUrl: options.url,
        hostingBundleSha512: options.sha512,
        releaseMetadataUrl: options.metadataUrl,
        restartIis: options.restartIis
    });
    const result = {
        action: 'none',
        installed: false,
        repaired: false,
        rebootRequired: false,
        restarted: false,
        dryRun: options.dryRun ?? false
    };
    const { reporter } = ports;
    if (settings.spec.kind === 'none')
        return result;
    if (settings.mirror) {
        // A mirror URL may carry credentials; they never reach the log.
        const password = new URL(settings.mirror.url).password;
        if (password)
            reporter.registerSecret(decodeURIComponent(password));
    }
    const step = new Step(ports, options, settings);
    const plan = await step.plan();
    const detected = await step.detect();
    result.detected = detected;
    reporter.info(describeDetection(detected));
    const ancmOptOut = has(settings.properties, 'OPT_NO_ANCM', '1');
    const installedVersions = detected.aspNetCore.map((f) => f.version);
    const satisfying = plan.need ? findSatisfying(installedVersions, plan.need) : undefined;
    const runtimeMet = !plan.need || satisfying !== undefined;
    const ancmMet = !detected.iis.present || ancmOptOut || detected.ancm.present;
    if (!detected.iis.present && !ancmOptOut && (!runtimeMet || !plan.need)) {
        reporter.warning('IIS is not installed, so the Hosting Bundle cannot install the ASP.NET Core Module (it needs IIS first, domain-facts §1.4). Enable IIS (iis-features) before this step; once IIS is there, the next run of this step adds the module.');
    }
    if (runtimeMet && ancmMet) {
        result.version = satisfying;
        reporter.info(`Nothing to install: ${plan.need ? `${describeNeed(plan.need)} is there (${satisfying})` : 'the self-contained app needs no shared framework'}${detected.iis.present ? ', and so is the ASP.NET Core Module V2' : ''}.`);
        result.restarted = options.dryRun ? false : await step.restartIfAllowed(false, detected.iis.present);
        return result;
    }
    // The runtime is there but ANCM is not: the bundle ran before IIS existed; the docs say repair it (§1.4).
    let action = runtimeMet && plan.need ? 'repair' : 'install';
    let target;
    if (action === 'repair' && satisfying) {
        reporter.info(`${describeNeed(plan.need)} is installed (${satisfying}) but the ASP.NET Core Module V2 is not, although IIS is: the bundle was installed before IIS. Repairing it.`);
        try {
            target = await step.resolve({ kind: 'exact', version: satisfying });
            // A mirror serving another version installs that version (which brings ANCM along) instead.
            if (target.version !== satisfying)
                action = 'install';
        }
        catch (error) {
            if (!(error instanceof core_errors/* InputError */.dz))
                throw error;
            // That build is not in the metadata (installed from elsewhere): install the resolved bundle instead.
            reporter.info(`${satisfying} is not in the release metadata: installing the requested bundle instead.`);
            action = 'install';
        }
    }
    target ??= plan.target ?? (await step.resolve(plan.request));
    const properties = installerProperties(settings.properties, plan.app?.kind === 'self-contained');
    if (options.dryRun) {
        reporter.info(`Dry run: would ${action} the Hosting Bundle ${target.version} from ${(0,inputs/* redactUrlCredentials */.dE)(target.url)} (${buildHostingBundleArgs(action, '<log>', properties).join(' ')}).`);
        result.action = action;
        result.version = target.version;
        return result;
    }
    const installer = await step.obtainInstaller(target);
    const logPath = step.logPath(target.version, action);
    result.logPath = logPath;
    result.rebootRequired = await step.runInstaller(installer, action, target.version, properties, logPath);
    result.action = action;
    result.version = target.version;
    result.installed = action === 'install';
    result.repaired = action === 'repair';
    if (result.rebootRequired) {
        reporter.warning(`The Hosting Bundle ${target.version} needs a reboot to finish (reboot-required=true). Restarting IIS picks up most of it; schedule a reboot of this server.`);
    }
    const after = await step.detect();
    if (plan.need && action === 'install') {
        const wanted = { kind: 'exact', version: target.version };
        const listed = after.aspNetCore.map((f) => f.version);
        if (!findSatisfying(listed, wanted)) {
            reporter.warning(`The installer succeeded but ${describeNeed(wanted)} is not listed yet (registry, dotnet --list-runtimes): a reboot may be needed. Log: ${logPath}`);
        }
    }
    if (after.iis.present && !ancmOptOut && !after.ancm.present) {
        reporter.warning(`The ASP.NET Core Module V2 is still missing after the installer: check the log ${logPath} and that hosting-bundle-args has no OPT_NO_ANCM=1.`);
    }
    result.restarted = await step.restartIfAllowed(true, after.iis.present);
    return result;
}

;// CONCATENATED MODULE: ./src/core/command-line.ts
// How a command line looks when it is logged or put in the plan. For display only: the runner passes argv
// untouched (or verbatim for msdeploy), so this never decides what a tool receives.
/** Quotes one argument the way the Windows C runtime (CommandLineToArgvW) reads it back. */
function quoteWindowsArgument(arg) {
    if (arg !== '' && !/[\s"]/.test(arg))
        return arg;
    // Backslashes are literal unless they precede a quote; double those, then escape the quote.
    const escaped = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1');
    return `"${escaped}"`;
}
/** A readable command line: `tool arg "arg with space"`. Verbatim arguments are shown as they are. */
function formatCommandLine(tool, args, verbatim = false) {
    const shown = verbatim ? args : args.map(quoteWindowsArgument);
    return [quoteWindowsArgument(tool), ...shown].join(' ');
}

;// CONCATENATED MODULE: ./src/steps/iis/appcmd.ts
// The appcmd.exe layer (domain-facts §3): typed argv builders for the commands iis-deploy emits, parsers for the
// output formats appcmd documents (one-line `OBJECT "id" (k:v,...)`, `/text:<prop>`, `/text:*`, `ERROR ( ... )`),
// a typed error with the Win32 code and a likely fix, and a small runner that retries configuration write
// collisions with jittered backoff (peers §3 item 10).
//
// Every builder returns an argv array: values with spaces, quotes or non-ASCII characters stay one element each and
// are never pasted into a command line by us (the CommandRunner spawns without a shell).


const POOL_IDENTITIES = [
    'ApplicationPoolIdentity',
    'NetworkService',
    'LocalService',
    'LocalSystem'
];
const AUTHENTICATION_KINDS = ['anonymous', 'windows', 'basic'];
// ---------------------------------------------------------------------------------------------------------------
// Identifiers
/** Normalizes an application path: `api`, `/api/` → `/api`; empty or `/` → `/`. */
function normalizeApplicationPath(application) {
    const trimmed = (application ?? '/').trim().replace(/^\/+|\/+$/g, '');
    return trimmed === '' ? '/' : `/${trimmed}`;
}
/** The APP identifier appcmd uses: `Site/` for the root application, `Site/api` otherwise (§3.1 samples). */
function appIdentifier(site, application = '/') {
    const app = normalizeApplicationPath(application);
    return app === '/' ? `${site}/` : `${site}${app}`;
}
/** The VDIR identifier of an application's root virtual directory: `Site/`, `Site/api/`. */
function rootVdirIdentifier(site, application = '/') {
    const app = normalizeApplicationPath(application);
    return app === '/' ? `${site}/` : `${site}${app}/`;
}
/** The configuration path of a site or application, as `set config "<path>"` takes it: `Site`, `Site/api`. */
function configPath(site, application = '/') {
    const app = normalizeApplicationPath(application);
    return app === '/' ? site : `${site}${app}`;
}
/**
 * `list <object> ["id"] [/filter:value ...] [/text:prop]`. Without an id the plural is used (`list apps`), as in
 * the documented samples; filters select by property (`/apppool.name:P`, §3.1).
 */
function buildListArgs(object, id, options = {}) {
    const args = id === undefined ? ['list', `${object}s`] : ['list', object, id];
    for (const [name, value] of Object.entries(options.filters ?? {}))
        args.push(`/${name}:${value}`);
    if (options.text !== undefined)
        args.push(`/text:${options.text}`);
    return args;
}
/** `list apppool "P" /text:state` prints just the state (§3.2). */
function buildAppPoolStateArgs(pool) {
    return buildListArgs('apppool', pool, { text: 'state' });
}
/** `list site "S" /text:state`. */
function buildSiteStateArgs(site) {
    return buildListArgs('site', site, { text: 'state' });
}
/** `list wps /apppool.name:P`: the worker processes of one pool (§3.5). */
function buildListWorkerProcessesArgs(pool) {
    return ['list', 'wps', `/apppool.name:${pool}`];
}
/** `list apps /apppool.name:P`: the applications one pool serves. */
function buildListAppsOfPoolArgs(pool) {
    return buildListArgs('app', undefined, { filters: { 'apppool.name': pool } });
}
/** `stop apppool /apppool.name:P` (also start, recycle; §3.2). */
function buildAppPoolVerbArgs(verb, pool) {
    return [verb, 'apppool', `/apppool.name:${pool}`];
}
/** `stop site /site.name:S` (§3.2). */
function appcmd_buildSiteVerbArgs(verb, site) {
    return [verb, 'site', `/site.name:${site}`];
}
function appPoolSettingArgs(settings) {
    const args = [];
    // `/managedRuntimeVersion:` with nothing after the colon is "No Managed Code" (§3.3, Azure Pipelines' form).
    if (settings.managedRuntimeVersion !== undefined)
        args.push(`/managedRuntimeVersion:${settings.managedRuntimeVersion}`);
    if (settings.managedPipelineMode !== undefined)
        args.push(`/managedPipelineMode:${settings.managedPipelineMode}`);
    if (settings.identityType !== undefined)
        args.push(`/processModel.identityType:${settings.identityType}`);
    if (settings.loadUserProfile !== undefined)
        args.push(`/processModel.loadUserProfile:${String(settings.loadUserProfile)}`);
    if (settings.autoStart !== undefined)
        args.push(`/autoStart:${String(settings.autoStart)}`);
    return args;
}
/** `add apppool /name:P /managedRuntimeVersion: /managedPipelineMode:Integrated ...` */
function buildAddAppPoolArgs(pool, settings = {}) {
    return ['add', 'apppool', `/name:${pool}`, ...appPoolSettingArgs(settings)];
}
/** `set apppool "P" /prop:value ...` */
function buildSetAppPoolArgs(pool, settings) {
    return ['set', 'apppool', pool, ...appPoolSettingArgs(settings)];
}
/** `delete apppool "P"`. */
function buildDeleteAppPoolArgs(pool) {
    return ['delete', 'apppool', pool];
}
/** `*:443:host`, the bindingInformation attribute. */
function formatBindingInformation(binding) {
    return `${binding.ip}:${binding.port}:${binding.host}`;
}
/** `https/*:443:host`, the form of `/bindings:` and of the one-line SITE output. */
function formatBinding(binding) {
    return `${binding.protocol}/${formatBindingInformation(binding)}`;
}
/** `add site /name:S /bindings:http/*:80:,... /physicalPath:...` (§3.2). */
function buildAddSiteArgs(site) {
    const args = ['add', 'site', `/name:${site.name}`];
    if (site.bindings.length > 0)
        args.push(`/bindings:${site.bindings.map(formatBinding).join(',')}`);
    args.push(`/physicalPath:${site.physicalPath}`);
    return args;
}
/** Quotes a value for appcmd's collection indexer `[key='value']`. A `'` cannot be expressed: callers reject it. */
function indexerValue(value) {
    if (value.includes("'"))
        throw new Error(`appcmd indexer values cannot contain "'": ${JSON.stringify(value)}`);
    return `'${value}'`;
}
/**
 * `set site "S" /+bindings.[protocol='https',bindingInformation='*:443:h',sslFlags='1']`: adds one binding.
 * `sni` sets sslFlags=1 (Server Name Indication), needed when several https sites share a port with host names.
 */
function buildAddSiteBindingArgs(site, binding, sni = false) {
    const parts = [
        `protocol=${indexerValue(binding.protocol)}`,
        `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
    ];
    if (sni)
        parts.push(`sslFlags=${indexerValue('1')}`);
    return ['set', 'site', site, `/+bindings.[${parts.join(',')}]`];
}
/** `add app /site.name:S /path:/api /physicalPath:... /applicationPool:P` (§3.2). */
function buildAddAppArgs(app) {
    const args = [
        'add',
        'app',
        `/site.name:${app.site}`,
        `/path:${normalizeApplicationPath(app.path)}`,
        `/physicalPath:${app.physicalPath}`
    ];
    if (app.appPool !== undefined)
        args.push(`/applicationPool:${app.appPool}`);
    return args;
}
/** `set app "S/api" /applicationPool:P` (§3.2; documented form, sample 48/49). */
function buildSetAppPoolOfAppArgs(site, application, pool) {
    return ['set', 'app', appIdentifier(site, application), `/applicationPool:${pool}`];
}
/** `set vdir "S/" /physicalPath:...`: the folder an application serves (§3.2). */
function buildSetPhysicalPathArgs(site, application, physicalPath) {
    return ['set', 'vdir', rootVdirIdentifier(site, application), `/physicalPath:${physicalPath}`];
}
const APP_POOLS_SECTION = '-section:system.applicationHost/applicationPools';
/**
 * Adds a pool environment variable (IIS 10+, §3.3):
 * `set config -section:system.applicationHost/applicationPools /+"[name='P'].environmentVariables.[name='N',value='V']" /commit:apphost`
 */
function buildAddPoolEnvironmentVariableArgs(pool, name, value) {
    return [
        'set',
        'config',
        APP_POOLS_SECTION,
        `/+[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)},value=${indexerValue(value)}]`,
        '/commit:apphost'
    ];
}
/** Removes a pool environment variable: the `/-` form of the same indexer grammar (§3.3). */
function buildRemovePoolEnvironmentVariableArgs(pool, name) {
    return [
        'set',
        'config',
        APP_POOLS_SECTION,
        `/-[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)}]`,
        '/commit:apphost'
    ];
}
/** `system.webServer/security/authentication/windowsAuthentication` and friends. */
function authenticationSection(kind) {
    return `system.webServer/security/authentication/${kind}Authentication`;
}
/**
 * `set config "S/api" -section:.../windowsAuthentication /enabled:true /commit:apphost`. Committed to
 * applicationHost.config in a location tag: the windows/basic sections are locked for web.config by default.
 */
function buildSetAuthenticationArgs(site, application, kind, enabled) {
    return [
        'set',
        'config',
        configPath(site, application),
        `-section:${authenticationSection(kind)}`,
        `/enabled:${String(enabled)}`,
        '/commit:apphost'
    ];
}
/** `list config "S/api" -section:.../anonymousAuthentication /text:enabled`. */
function buildGetAuthenticationArgs(site, application, kind) {
    return [
        'list',
        'config',
        configPath(site, application),
        `-section:${authenticationSection(kind)}`,
        '/text:enabled'
    ];
}
// ---------------------------------------------------------------------------------------------------------------
// Parsers
function lines(text) {
    return text.split(/\r?\n/);
}
/**
 * Splits the `(k:v,k:v)` part. Values are not quoted by appcmd and may themselves contain commas and colons
 * (`bindings:http/*:80:,https/*:443:`, `physicalPath:C:\a,b`), so a comma only starts a new property when it is
 * followed by a property name (two or more word characters, dots allowed) and a colon. A drive letter (`,D:\`)
 * is one character and never mistaken for a name.
 */
function parseObjectProperties(text) {
    const properties = {};
    if (text.trim() === '')
        return properties;
    for (const part of text.split(/,(?=[A-Za-z][\w.-]+:)/)) {
        const colon = part.indexOf(':');
        if (colon <= 0)
            continue;
        properties[part.slice(0, colon).trim()] = part.slice(colon + 1);
    }
    return properties;
}
/** Parses the default one-line-per-object output of `appcmd list` (§3.1). Lines that are not objects are skipped. */
function parseObjectLines(stdout) {
    const objects = [];
    for (const line of lines(stdout)) {
        // The id is quoted; the property list runs to the last `)` of the line.
        const match = /^([A-Z]+) "(.*?)" \((.*)\)\s*$/.exec(line.trim());
        if (!match)
            continue;
        const [, type = '', id = '', props = ''] = match;
        objects.push({ type, id, properties: parseObjectProperties(props) });
    }
    return objects;
}
/** `/text:<prop>` prints one value per object, one per line (§3.2). Empty lines are dropped. */
function parseTextValues(stdout) {
    return lines(stdout)
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '');
}
/** Parses a state word as printed by `/text:state` (case-insensitive). Undefined when it is not a state. */
function parseObjectState(text) {
    const word = text.trim().toLowerCase();
    const states = ['Starting', 'Started', 'Stopping', 'Stopped', 'Unknown'];
    return states.find((state) => state.toLowerCase() === word);
}
/** `WP "3577" (applicationPool:DefaultAppPool)` lines (§3.1; older captures show `apppool:`). Nothing = none. */
function parseWorkerProcesses(stdout) {
    return parseObjectLines(stdout)
        .filter((object) => object.type === 'WP' && /^\d+$/.test(object.id))
        .map((object) => ({
        pid: Number(object.id),
        appPool: object.properties['applicationPool'] ?? object.properties['apppool']
    }));
}
/**
 * Parses `/text:*` output into one tree per object:
 * ```
 * APPPOOL
 *   APPPOOL.NAME:"MyPool"
 *   [add]
 *     name:"MyPool"
 *     [processModel]
 *       identityType:"ApplicationPoolIdentity"
 * ```
 * Nesting follows indentation; a value runs to the last `"` of its line.
 */
function parseTextTree(stdout) {
    const roots = [];
    const stack = [];
    for (const raw of lines(stdout)) {
        if (raw.trim() === '')
            continue;
        const indent = raw.length - raw.trimStart().length;
        const line = raw.trim();
        const section = /^\[(.+)\]$/.exec(line);
        const attribute = /^([^:"[\]\s][^:"]*):"(.*)"$/.exec(line);
        if (indent === 0 && !section && !attribute) {
            const node = { name: line, attributes: {}, children: [] };
            roots.push(node);
            stack.length = 0;
            stack.push({ indent, node });
            continue;
        }
        while (stack.length > 1 && (stack[stack.length - 1]?.indent ?? 0) >= indent)
            stack.pop();
        const parent = stack[stack.length - 1]?.node;
        if (!parent)
            continue;
        if (section) {
            const node = { name: section[1] ?? '', attributes: {}, children: [] };
            parent.children.push(node);
            stack.push({ indent, node });
        }
        else if (attribute) {
            parent.attributes[attribute[1] ?? ''] = attribute[2] ?? '';
        }
    }
    return roots;
}
/** Every section named `name` (case-insensitive) under `node`, depth first. */
function findSections(node, name) {
    const found = [];
    const visit = (current) => {
        for (const child of current.children) {
            if (child.name.toLowerCase() === name.toLowerCase())
                found.push(child);
            visit(child);
        }
    };
    visit(node);
    return found;
}
function attributeOf(node, name) {
    const key = Object.keys(node.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : node.attributes[key];
}
/**
 * Reads an attribute by dotted path, wherever the element sits in the tree: `processModel.identityType` finds
 * the `[processModel]` section's `identityType`; a plain name is looked up on the object, then on its first
 * section (`[add]`, `[site]`).
 */
function findAttribute(node, path) {
    const parts = path.split('.');
    const attribute = parts.pop() ?? '';
    if (parts.length === 0) {
        return (attributeOf(node, attribute) ??
            node.children.map((c) => attributeOf(c, attribute)).find((v) => v !== undefined));
    }
    const candidates = findSections(node, parts[parts.length - 1] ?? '').filter((section) => {
        // The rest of the path must match the ancestors; checked loosely by name along the tree.
        return parts.length === 1 || hasAncestorChain(node, section, parts.slice(0, -1));
    });
    for (const section of candidates) {
        const value = attributeOf(section, attribute);
        if (value !== undefined)
            return value;
    }
    return undefined;
}
function hasAncestorChain(root, target, chain) {
    const path = [];
    const find = (current) => {
        if (current === target)
            return true;
        for (const child of current.children) {
            path.push(child);
            if (find(child))
                return true;
            path.pop();
        }
        return false;
    };
    if (!find(root))
        return false;
    const names = path.slice(0, -1).map((n) => n.name.toLowerCase());
    let index = names.length - 1;
    for (let i = chain.length - 1; i >= 0; i--) {
        if (index < 0 || names[index] !== chain[i]?.toLowerCase())
            return false;
        index--;
    }
    return true;
}
/** The entries of a collection section (`[environmentVariables]` → its `[add]` children's attributes). */
function collectionEntries(node, collection) {
    return findSections(node, collection).flatMap((section) => section.children.map((c) => c.attributes));
}
/**
 * Finds appcmd's error in its output: `ERROR ( hresult:800710d8, message:Command execution failed. ... )` or
 * `ERROR ( message:Cannot find APPPOOL object with identifier "X". )` (§3.4). The message may span lines and contain
 * parentheses; it runs to the last `)`.
 */
function parseAppcmdError(output) {
    const match = /ERROR \(([\s\S]*)\)/.exec(output);
    if (!match)
        return undefined;
    const body = (match[1] ?? '').trim();
    const parsed = /^(?:hresult:([0-9a-fA-F]{8}),\s*)?message:([\s\S]*)$/.exec(body);
    if (!parsed)
        return { message: body };
    const message = (parsed[2] ?? '').replace(/\s+/g, ' ').trim();
    return parsed[1] ? { hresult: parsed[1].toLowerCase(), message } : { message };
}
/** Win32 code of an HRESULT: its low 16 bits (§3.4: 800710d8 → 4312). */
function win32CodeOfHresult(hresult) {
    return Number.parseInt(hresult, 16) & 0xffff;
}
/** Win32 codes this module knows by name. */
const appcmd_APPCMD_CODES = {
    accessDenied: 5,
    fileNotFound: 2,
    invalidData: 13,
    sharingViolation: 32,
    lockViolation: 33,
    invalidParameter: 87,
    alreadyExists: 183,
    logonFailure: 1326,
    alreadyStarted: 1056,
    notStarted: 1062,
    notFound: 1168,
    invalidObject: 4312
};
/** Messages without an hresult whose code is known (§3.4: missing object → 1168). */
function codeFromMessage(message) {
    if (/Cannot find \w+ object with identifier/i.test(message))
        return appcmd_APPCMD_CODES.notFound;
    if (/duplicate collection (element|entry)/i.test(message))
        return appcmd_APPCMD_CODES.alreadyExists;
    if (/locked at a parent level/i.test(message))
        return appcmd_APPCMD_CODES.lockViolation;
    if (/access is denied|access denied/i.test(message))
        return appcmd_APPCMD_CODES.accessDenied;
    return undefined;
}
/** Decodes a finished appcmd call. Undefined means success. */
function decodeAppcmdResult(result) {
    const error = parseAppcmdError(`${result.stdout}\n${result.stderr}`);
    if (!error && result.exitCode === 0)
        return undefined;
    if (!error) {
        const text = (result.stderr.trim() || result.stdout.trim()).replace(/\s+/g, ' ');
        return {
            code: result.exitCode,
            message: text || `exit code ${result.exitCode}`,
            exitCode: result.exitCode
        };
    }
    // Exit codes above 255 arrive truncated on Linux: the hresult text wins (§3.4).
    const code = error.hresult
        ? win32CodeOfHresult(error.hresult)
        : (codeFromMessage(error.message) ?? result.exitCode);
    return { code, hresult: error.hresult, message: error.message, exitCode: result.exitCode };
}
/** True when a write failed because another writer held applicationHost.config (peers §3 item 10). */
function isConfigWriteCollision(args, failure) {
    const verb = args[0]?.toLowerCase();
    if (verb !== 'add' && verb !== 'set' && verb !== 'delete')
        return false;
    if (/locked at a parent level/i.test(failure.message))
        return false;
    if (/cannot write configuration file|changed on disk|cannot commit configuration/i.test(failure.message))
        return true;
    return (failure.code === appcmd_APPCMD_CODES.sharingViolation && /being used by another process/i.test(failure.message));
}
/** A likely fix for a failed appcmd command. */
function appcmdFix(args, failure) {
    const [verb = '', object = ''] = args.map((a) => a.toLowerCase());
    switch (failure.code) {
        case appcmd_APPCMD_CODES.notFound:
            return `The ${object} does not exist: check the name (\`appcmd list ${object}s\`), or set \`create: true\` to create it.`;
        case appcmd_APPCMD_CODES.accessDenied:
            return 'Run elevated: the runner or agent service account must be a local administrator (UAC elevation is required to change IIS).';
        case appcmd_APPCMD_CODES.notStarted:
            return `The ${object} is already stopped; nothing to do.`;
        case appcmd_APPCMD_CODES.alreadyStarted:
            return `The ${object} is already started; nothing to do.`;
        case appcmd_APPCMD_CODES.alreadyExists:
            return `An object with this name already exists (IIS names are case-insensitive): use it, or choose another name.`;
        case appcmd_APPCMD_CODES.lockViolation:
            return /locked at a parent level/i.test(failure.message)
                ? 'The configuration section is locked at a parent level: unlock it (`appcmd unlock config -section:<section>`) or set it with /commit:apphost.'
                : 'applicationHost.config is locked by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.';
        case appcmd_APPCMD_CODES.sharingViolation:
            if (verb === 'start' && object === 'site')
                return 'A binding of the site uses a port that another site or process holds: find it with `netstat -ano | findstr :<port>` and change the bindings.';
            return 'applicationHost.config is in use by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.';
        case appcmd_APPCMD_CODES.invalidObject:
            return verb === 'start'
                ? 'IIS refused to start it: check that the site has a valid binding and that WAS and W3SVC are running (`net start w3svc`).'
                : 'The object is not valid for this command: check its name and state (`appcmd list ' +
                    object +
                    's`).';
        case appcmd_APPCMD_CODES.logonFailure:
            return 'The pool identity could not log on: re-enter the password of the SpecificUser identity, or use ApplicationPoolIdentity.';
        case appcmd_APPCMD_CODES.fileNotFound:
            return 'A file or folder IIS needs is missing: check the physical path; after installing the Hosting Bundle, restart IIS (`net stop was /y` then `net start w3svc`).';
        case appcmd_APPCMD_CODES.invalidData:
        case appcmd_APPCMD_CODES.invalidParameter:
            return 'A value was rejected: check bindings (`protocol/ip:port:host`), paths and names.';
        default:
            if (/unknown (attribute|config section)|unrecognized/i.test(failure.message))
                return 'This IIS does not know the setting or section: install the IIS feature that provides it (e.g. WindowsAuthentication via `iis-features`), or use IIS 10+ for pool environment variables.';
            return undefined;
    }
}
/** appcmd failed. Carries the command (masked), the Win32 code decided from the HRESULT text, and a fix. */
class AppcmdError extends core_errors/* ToolError */.v4 {
    command;
    failure;
    name = 'AppcmdError';
    constructor(
    /** The command line as shown (masked). */
    command, failure, fix) {
        const hresult = failure.hresult ? `HRESULT 0x${failure.hresult}, ` : '';
        super('appcmd', failure.exitCode, `${command} failed: ${failure.message} (${hresult}code ${failure.code})`, fix);
        this.command = command;
        this.failure = failure;
    }
    /** The Win32 code (low 16 bits of the HRESULT), not the possibly truncated exit code. */
    get code() {
        return this.failure.code;
    }
    get hresult() {
        return this.failure.hresult;
    }
}
/** "Equal jitter" backoff: half of the exponential delay is fixed, the other half random. */
function backoffDelay(attempt, policy, random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(exponential / 2 + (random() * exponential) / 2);
}
/** Runs appcmd through the CommandRunner: logs writes (masked), decodes failures, retries write collisions. */
class Appcmd {
    options;
    retry;
    constructor(options) {
        this.options = options;
        this.retry = { attempts: 5, baseDelayMs: 250, maxDelayMs: 4000, ...options.retry };
    }
    get reporter() {
        return this.options.reporter;
    }
    get clock() {
        return this.options.clock;
    }
    get signal() {
        return this.options.signal;
    }
    /** The command line as we show it: masked, with `appcmd` for the tool. */
    display(args) {
        return this.options.reporter.mask(formatCommandLine('appcmd', args));
    }
    async run(args, options = {}) {
        const { runner, path, reporter, clock, signal } = this.options;
        const random = this.options.random ?? Math.random;
        const isRead = args[0] === 'list';
        const shown = this.display(args);
        if (isRead)
            reporter.debug(shown);
        else
            reporter.info(shown);
        for (let attempt = 0;; attempt++) {
            if (signal?.aborted)
                throw new core_errors/* CancelledError */.cc(`Cancelled before ${shown}.`);
            // Silent: reads may print values we do not want in the log (environment variables); we log ourselves.
            const result = await runner.run(path, args, { silent: true, signal });
            const failure = decodeAppcmdResult(result);
            if (!failure)
                return { stdout: result.stdout };
            if (options.accept?.includes(failure.code))
                return { stdout: result.stdout, failure };
            if (isConfigWriteCollision(args, failure) && attempt + 1 < this.retry.attempts) {
                const delay = backoffDelay(attempt, this.retry, random);
                reporter.warning(`${shown}: IIS configuration is being written by someone else (${reporter.mask(failure.message)}); retrying in ${delay} ms (attempt ${attempt + 2} of ${this.retry.attempts}).`);
                await clock.sleep(delay, signal);
                continue;
            }
            const masked = { ...failure, message: reporter.mask(failure.message) };
            throw new AppcmdError(shown, masked, appcmdFix(args, failure));
        }
    }
    /** State of a pool, or undefined when it does not exist. */
    async getAppPoolState(pool) {
        return this.readState(buildAppPoolStateArgs(pool));
    }
    /** State of a site, or undefined when it does not exist. */
    async getSiteState(site) {
        return this.readState(buildSiteStateArgs(site));
    }
    async readState(args) {
        const { stdout, failure } = await this.run(args, { accept: [appcmd_APPCMD_CODES.notFound] });
        if (failure)
            return undefined;
        const text = parseTextValues(stdout)[0] ?? '';
        return parseObjectState(text) ?? 'Unknown';
    }
    /** PIDs of the pool's worker processes; `list wps` prints nothing when there are none (§3.5). */
    async listWorkerProcesses(pool) {
        // The exit code with no match is unverified (§9 item 3): parse stdout, accept "not found".
        const { stdout } = await this.run(buildListWorkerProcessesArgs(pool), {
            accept: [appcmd_APPCMD_CODES.notFound, 1]
        });
        return parseWorkerProcesses(stdout).map((wp) => wp.pid);
    }
    /** `/text:*` tree of one object, or undefined when it does not exist. */
    async readObject(object, id) {
        const { stdout, failure } = await this.run(buildListArgs(object, id, { text: '*' }), {
            accept: [appcmd_APPCMD_CODES.notFound]
        });
        if (failure)
            return undefined;
        return parseTextTree(stdout)[0] ?? { name: object.toUpperCase(), attributes: {}, children: [] };
    }
    /** One `/text:<prop>` value of one object, or undefined when the object does not exist. */
    async readProperty(object, id, property) {
        const { stdout, failure } = await this.run(buildListArgs(object, id, { text: property }), {
            accept: [appcmd_APPCMD_CODES.notFound]
        });
        if (failure)
            return undefined;
        return lines(stdout).find((line) => line.trim() !== '') ?? '';
    }
}

;// CONCATENATED MODULE: ./src/steps/iis/app-pool.ts
// App pool and site lifecycle (domain-facts §3.4, §3.5; peers §3 item 4, §4 idea 1). Stop means "the pool is
// Stopped and none of its worker processes is left", because file locks last as long as the w3wp does. Start means
// "Started, and still Started after a short settle window", because rapid-fail protection stops a pool whose
// workers crash (OctopusDeploy/Issues#4049: a pool that fails to start, and a green deploy).


/** The delay before poll number `attempt` (0-based): initialMs doubled each time, capped at maxMs. */
function pollDelay(attempt, policy = {}) {
    const initial = policy.initialMs ?? 100;
    const max = policy.maxMs ?? 1000;
    return Math.min(max, initial * 2 ** Math.min(attempt, 30));
}
/** The pool did not stop (or its workers did not exit) in time. Lists the worker PIDs. */
class AppPoolStopTimeoutError extends core_errors/* TimeoutError */.MU {
    pool;
    state;
    workerPids;
    name = 'AppPoolStopTimeoutError';
    constructor(pool, state, workerPids, message) {
        super(message);
        this.pool = pool;
        this.state = state;
        this.workerPids = workerPids;
    }
}
/** The pool did not reach Started, or fell back to Stopped right after starting. */
class AppPoolStartError extends core_errors/* ToolError */.v4 {
    pool;
    state;
    name = 'AppPoolStartError';
    constructor(pool, state, message, fix) {
        super('appcmd', undefined, message, fix);
        this.pool = pool;
        this.state = state;
    }
}
const RAPID_FAIL_CAUSES = 'Likely causes: the ASP.NET Core Module is missing or IIS was not restarted after installing the Hosting Bundle ' +
    '(500.19 / 503; install it with `hosting-bundle`), the app fails at startup (500.30 In-Process Start Failure, ' +
    '502.5 Process Failure), or the pool identity cannot read the app folder (`grant-access`). See the Application ' +
    "event log (sources 'IIS AspNetCore Module V2' and 'WAS') and the stdout log (`stdoutLogEnabled` in web.config).";
function isRunning(state) {
    return state === 'Started' || state === 'Starting';
}
async function requireState(appcmd, pool) {
    const state = await appcmd.getAppPoolState(pool);
    if (state === undefined)
        throw new core_errors/* InputError */.dz('app-pool', `App pool '${pool}' does not exist on this server (see \`appcmd list apppools\`): check \`app-pool\`, or set \`create: true\`.`);
    return state;
}
async function observe(appcmd, pool) {
    const state = await appcmd.getAppPoolState(pool);
    const workers = await appcmd.listWorkerProcesses(pool);
    return { state, workers };
}
function describe(observation) {
    const workers = observation.workers.length > 0 ? `worker PIDs ${observation.workers.join(', ')}` : 'no workers';
    return `state ${observation.state ?? 'missing'}, ${workers}`;
}
/** Polls `check` with backoff until it is done or the deadline passes; returns the last observation. */
async function pollUntil(appcmd, timeoutMs, poll, check, progress) {
    const start = appcmd.clock.now();
    let lastReport = start;
    for (let attempt = 0;; attempt++) {
        const result = await check();
        const now = appcmd.clock.now();
        if (result.done || now - start >= timeoutMs)
            return result;
        if (now - lastReport >= 10_000) {
            progress(result.observation, now - start);
            lastReport = now;
        }
        await appcmd.clock.sleep(Math.min(pollDelay(attempt, poll), timeoutMs - (now - start)), appcmd.signal);
    }
}
async function killWorkers(options, pids) {
    const { appcmd, taskkill } = options;
    const killed = [];
    const failed = [];
    if (!taskkill)
        return { killed, failed: pids.map((pid) => `${pid}: taskkill was not provided`) };
    for (const pid of pids) {
        const args = ['/PID', String(pid), '/F'];
        appcmd.reporter.info(`taskkill ${args.join(' ')}`);
        const result = await taskkill.runner.run(taskkill.path, args, { silent: true, signal: appcmd.signal });
        const text = `${result.stdout}\n${result.stderr}`;
        // 0: terminated; 128: "not found" (it exited meanwhile) – both leave the pid gone.
        if (result.exitCode === 0 || result.exitCode === 128 || /not found/i.test(text))
            killed.push(pid);
        else
            failed.push(`${pid}: ${text.trim().replace(/\s+/g, ' ') || `exit code ${result.exitCode}`}`);
    }
    return { killed, failed };
}
/**
 * Stops an app pool and waits until it is Stopped and none of its worker processes is left (§3.5).
 * Already Stopped is not a change (a lingering worker is still waited for); 1062 from a race is benign (§3.4).
 */
async function stopAppPool(options) {
    const { appcmd, pool } = options;
    const timeoutMs = options.timeoutMs ?? 120_000;
    const previousState = await requireState(appcmd, pool);
    let changed = false;
    if (previousState === 'Started' || previousState === 'Starting' || previousState === 'Unknown') {
        await appcmd.run(buildAppPoolVerbArgs('stop', pool), { accept: [appcmd_APPCMD_CODES.notStarted] });
        changed = true;
    }
    const stopped = (o) => o.state === 'Stopped' && o.workers.length === 0;
    const check = async () => {
        const observation = await observe(appcmd, pool);
        return { done: stopped(observation), observation };
    };
    let result = await pollUntil(appcmd, timeoutMs, options.poll, check, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to stop (${Math.round(waited / 1000)} s): ${describe(o)}.`));
    const killedWorkers = [];
    if (!result.done && options.killWorkersOnTimeout && result.observation.workers.length > 0) {
        const pids = result.observation.workers;
        appcmd.reporter.warning(`App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1000)} s (${describe(result.observation)}): ending its worker processes as requested. In-flight requests are dropped.`);
        const { killed, failed } = await killWorkers(options, pids);
        killedWorkers.push(...killed);
        if (failed.length > 0)
            appcmd.reporter.warning(`Could not end worker processes: ${failed.join('; ')}`);
        result = await pollUntil(appcmd, options.killGraceMs ?? 10_000, options.poll, check, () => { });
    }
    if (!result.done) {
        const { state, workers } = result.observation;
        const pids = workers.length > 0 ? ` Worker processes still running: ${workers.join(', ')}.` : '';
        const fix = workers.length > 0
            ? `Fix: raise \`stop-timeout\` (long requests and WebSockets delay shutdown; the pool's processModel.shutdownTimeLimit is 90 s by default), end the workers yourself (\`taskkill /PID ${workers[0]} /F\`), or opt in to ending them automatically after the timeout (\`kill-workers: true\`).`
            : `Fix: check WAS and the System event log for why the pool hangs in '${state ?? 'unknown'}', then raise \`stop-timeout\` or restart WAS (\`net stop was /y\`, \`net start w3svc\`).`;
        throw new AppPoolStopTimeoutError(pool, state, workers, `App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1000)} s: ${describe(result.observation)}.${pids}\n${fix}`);
    }
    appcmd.reporter.info(changed
        ? `App pool '${pool}' stopped; no worker process left.`
        : `App pool '${pool}' was already stopped.`);
    return { name: pool, previousState, wasRunning: isRunning(previousState), changed, killedWorkers };
}
/**
 * Starts an app pool (idempotent), waits until Started, then watches `settleMs`: falling back to Stopped
 * (rapid-fail protection) is a failure naming the likely causes. 1056 from a race is benign (§3.4).
 */
async function startAppPool(options) {
    const { appcmd, pool } = options;
    const timeoutMs = options.timeoutMs ?? 120_000;
    const previousState = await requireState(appcmd, pool);
    const result = {
        name: pool,
        previousState,
        wasRunning: isRunning(previousState),
        changed: false,
        killedWorkers: []
    };
    if (previousState === 'Started') {
        appcmd.reporter.info(`App pool '${pool}' is already started.`);
        await options.onStarted?.();
        return result;
    }
    const stateOnly = async () => ({
        state: await appcmd.getAppPoolState(pool),
        workers: []
    });
    if (previousState === 'Stopping') {
        // A start while Stopping fails: let the stop finish first.
        await pollUntil(appcmd, timeoutMs, options.poll, async () => {
            const observation = await stateOnly();
            return { done: observation.state !== 'Stopping', observation };
        }, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to finish stopping before starting it (${Math.round(waited / 1000)} s): ${describe(o)}.`));
    }
    if (previousState !== 'Starting') {
        await appcmd.run(buildAppPoolVerbArgs('start', pool), { accept: [appcmd_APPCMD_CODES.alreadyStarted] });
        result.changed = true;
    }
    const started = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
        const observation = await stateOnly();
        return { done: observation.state === 'Started' || observation.state === 'Stopped', observation };
    }, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to start (${Math.round(waited / 1000)} s): ${describe(o)}.`));
    const state = started.observation.state;
    if (state !== 'Started') {
        const message = state === 'Stopped'
            ? `App pool '${pool}' stopped again right after it was started: IIS rapid-fail protection stops a pool whose worker processes keep crashing.`
            : `App pool '${pool}' did not start: it is '${state ?? 'missing'}' after ${Math.round(timeoutMs / 1000)} s.`;
        throw new AppPoolStartError(pool, state, message, RAPID_FAIL_CAUSES);
    }
    await options.onStarted?.();
    const settleMs = options.settleMs ?? 3000;
    if (settleMs > 0) {
        const settled = await pollUntil(appcmd, settleMs, options.poll, async () => {
            const observation = await stateOnly();
            return { done: observation.state !== 'Started' && observation.state !== 'Starting', observation };
        }, () => { });
        if (settled.done) {
            throw new AppPoolStartError(pool, settled.observation.state, `App pool '${pool}' started, then stopped again within ${Math.round(settleMs / 1000)} s (now '${settled.observation.state ?? 'missing'}'): IIS rapid-fail protection stops a pool whose worker processes keep crashing.`, RAPID_FAIL_CAUSES);
        }
    }
    appcmd.reporter.info(`App pool '${pool}' started.`);
    return result;
}
/** Puts a pool back the way `stopAppPool` found it: starts it again if it was running before. */
async function restoreAppPool(options, before) {
    if (!before.wasRunning)
        return;
    await startAppPool(options);
}
async function changeSite(options, verb) {
    const { appcmd, site } = options;
    const target = verb === 'start' ? 'Started' : 'Stopped';
    const previousState = await appcmd.getSiteState(site);
    if (previousState === undefined)
        throw new InputError('site', `Site '${site}' does not exist on this server (see \`appcmd list sites\`): check \`site\`, or set \`create: true\`.`);
    const result = {
        name: site,
        previousState,
        wasRunning: isRunning(previousState),
        changed: false,
        killedWorkers: []
    };
    if (previousState === target)
        return result;
    await appcmd.run(buildSiteVerbArgs(verb, site), {
        accept: [verb === 'start' ? APPCMD_CODES.alreadyStarted : APPCMD_CODES.notStarted]
    });
    result.changed = true;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const waited = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
        const state = await appcmd.getSiteState(site);
        return { done: state === target, observation: { state, workers: [] } };
    }, (o, ms) => appcmd.reporter.info(`Waiting for site '${site}' to ${verb} (${Math.round(ms / 1000)} s): state ${o.state ?? 'missing'}.`));
    if (!waited.done)
        throw new ToolError('appcmd', undefined, `Site '${site}' did not ${verb}: it is '${waited.observation.state ?? 'missing'}' after ${Math.round(timeoutMs / 1000)} s.`, 'Check that WAS and W3SVC are running (`net start w3svc`) and that no other site holds the same binding.');
    return result;
}
/** Stops a site (idempotent): HTTP.sys stops accepting its bindings. */
function stopSite(options) {
    return changeSite(options, 'stop');
}
/** Starts a site (idempotent) and waits until Started. */
function startSite(options) {
    return changeSite(options, 'start');
}

;// CONCATENATED MODULE: ./src/steps/iis/app-offline.ts
// app_offline.htm (domain-facts §6; peers §3 items 1 and 2, §4 ideas 1 and 2). Writing the file makes ANCM answer
// 503 with its content and shut the app down; there is no signal that the files are free, so we poll a probe
// (the pool's worker processes that were running have exited, or the app's binaries can be opened for write).
// The file must go away again in every outcome: `takeAppOffline` removes it itself if anything fails before it
// returns, and returns a handle whose `bringOnline()` the pipeline calls in a `finally`.




const APP_OFFLINE_FILE = 'app_offline.htm';
/** Marks the built-in page, so a leftover can be attributed to an earlier iis-deploy run. */
const APP_OFFLINE_MARKER = '<!-- written by iis-deploy -->';
/** Every app_offline.htm in the folder, any casing (ANCM's lookup is case-insensitive, §6). */
function findAppOfflineFiles(physicalPath) {
    try {
        return external_node_fs_default().readdirSync(physicalPath)
            .filter((name) => name.toLowerCase() === APP_OFFLINE_FILE)
            .map((name) => external_node_path_default().join(physicalPath, name));
    }
    catch {
        return [];
    }
}
/**
 * The built-in page: says what is happening, refreshes itself, and is padded past 512 bytes (old browsers replaced
 * shorter error bodies with their own page, §6).
 */
function builtInAppOfflinePage() {
    const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="15">
<title>Updating – back in a moment</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; min-height: 100vh;
  display: flex; align-items: center; justify-content: center; background: #f6f7f9; color: #1f2328; }
main { max-width: 32rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .75rem; }
p { line-height: 1.5; margin: 0; color: #59636e; }
</style>
</head>
<body>
<main>
<h1>We are updating this site</h1>
<p>It will be back in a moment. This page reloads itself every 15 seconds.</p>
</main>
</body>
</html>
${APP_OFFLINE_MARKER}
`;
    return page;
}
/** Finds an app_offline.htm left in the folder (by an earlier failed run, or by hand). */
function detectLeftoverAppOffline(physicalPath) {
    for (const file of findAppOfflineFiles(physicalPath)) {
        try {
            const stat = external_node_fs_default().statSync(file);
            const head = external_node_fs_default().readFileSync(file, 'utf8').slice(-200);
            return { path: file, modifiedAt: stat.mtimeMs, writtenByIisDeploy: head.includes(APP_OFFLINE_MARKER) };
        }
        catch {
            // Vanished meanwhile.
        }
    }
    return undefined;
}
function reportLeftover(leftover, reporter, action) {
    const since = new Date(leftover.modifiedAt).toISOString();
    const origin = leftover.writtenByIisDeploy
        ? 'an earlier iis-deploy run failed before it could remove it'
        : 'it was not written by iis-deploy (by hand, or by another tool)';
    reporter.warning(`${leftover.path} was already there (written ${since}): the app has been answering 503 with it since then; ${origin}. ${action}`, { file: leftover.path, title: 'app_offline.htm left behind' });
}
/**
 * In-process hosting: ANCM recycles the worker, so the files are free once every worker process the pool had
 * when app_offline.htm appeared has exited (§6). A new worker that starts meanwhile only serves the page.
 */
function workersExitedProbe(appcmd, pool) {
    let before;
    return {
        description: `the worker processes of app pool '${pool}' exit`,
        prepare: async () => {
            before = await appcmd.listWorkerProcesses(pool);
        },
        check: async () => {
            const now = await appcmd.listWorkerProcesses(pool);
            const left = now.filter((pid) => before === undefined || before.includes(pid));
            return left.length > 0 ? `worker PIDs ${left.join(', ')} still running` : undefined;
        }
    };
}
/** Opens a file for writing without changing it; an error other than "missing" means it is still locked. */
function lockedReason(file) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(file, 'r+');
        return undefined;
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' ? undefined : `${external_node_path_default().basename(file)} is locked (${code ?? (0,core_errors/* errorMessage */.gJ)(error)})`;
    }
    finally {
        if (fd !== undefined)
            external_node_fs_default().closeSync(fd);
    }
}
/**
 * Out-of-process hosting (the w3wp stays, the app's dotnet.exe/app.exe exits) or any app: the files are free once
 * each of them can be opened for write. `files` are absolute paths (the app's .dll/.exe).
 */
function filesWritableProbe(files) {
    const list = () => (typeof files === 'function' ? files() : files);
    return {
        description: "the app's binaries can be opened for writing",
        check: async () => {
            const held = list()
                .map(lockedReason)
                .filter((reason) => reason !== undefined);
            return held.length > 0 ? held.slice(0, 5).join('; ') : undefined;
        }
    };
}
/** The .dll and .exe files at the top of the app folder: what the app process maps and Windows locks. */
function appBinaries(physicalPath) {
    try {
        return external_node_fs_default().readdirSync(physicalPath)
            .filter((name) => /\.(dll|exe)$/i.test(name))
            .map((name) => external_node_path_default().join(physicalPath, name));
    }
    catch {
        return [];
    }
}
/** Released when every probe is. */
function allOf(...probes) {
    return {
        description: probes.map((p) => p.description).join(' and '),
        prepare: async () => {
            for (const probe of probes)
                await probe.prepare?.();
        },
        check: async () => {
            for (const probe of probes) {
                const reason = await probe.check();
                if (reason !== undefined)
                    return reason;
            }
            return undefined;
        }
    };
}
/**
 * Removes every app_offline.htm of the folder and verifies that none is left. Throws a ToolError saying the site
 * stays offline when it cannot.
 */
async function removeAppOffline(options) {
    const attempts = options.attempts ?? 5;
    const removed = [];
    for (let attempt = 0;; attempt++) {
        const files = findAppOfflineFiles(options.physicalPath);
        if (files.length === 0)
            return removed;
        let lastError;
        for (const file of files) {
            try {
                external_node_fs_default().rmSync(file, { force: true });
                removed.push(file);
            }
            catch (error) {
                lastError = error;
            }
        }
        if (findAppOfflineFiles(options.physicalPath).length === 0)
            return removed;
        if (attempt + 1 >= attempts) {
            const file = findAppOfflineFiles(options.physicalPath)[0] ?? external_node_path_default().join(options.physicalPath, APP_OFFLINE_FILE);
            throw new core_errors/* ToolError */.v4(APP_OFFLINE_FILE, undefined, `Could not remove ${file}${lastError ? ` (${(0,core_errors/* errorMessage */.gJ)(lastError)})` : ''}: the app keeps answering 503.`, `Delete ${file} by hand; check that the deploy account may delete files in ${options.physicalPath}.`);
        }
        await options.clock.sleep(pollDelay(attempt, { initialMs: 100, maxMs: 1000 }));
    }
}
/**
 * Writes app_offline.htm (your page or the built-in one) and waits for the app to let go of its files. A leftover
 * app_offline.htm is reported loudly and taken over (removed by `bringOnline`). If anything fails before this
 * returns (timeout, cancellation), the file is removed again before the error propagates.
 */
async function takeAppOffline(options) {
    const { physicalPath, reporter, clock } = options;
    if (!external_node_fs_default().existsSync(physicalPath))
        throw new core_errors/* ToolError */.v4(APP_OFFLINE_FILE, undefined, `Cannot take the app offline: its folder ${physicalPath} does not exist.`, 'Check `physical-path`, or create the application first (`create: true`).');
    const leftover = detectLeftoverAppOffline(physicalPath);
    if (leftover)
        reportLeftover(leftover, reporter, 'This deploy replaces it and removes it when it ends.');
    await options.probe?.prepare?.();
    // Replace a leftover under another casing: one file, ours.
    for (const file of findAppOfflineFiles(physicalPath))
        external_node_fs_default().rmSync(file, { force: true });
    const file = external_node_path_default().join(physicalPath, APP_OFFLINE_FILE);
    external_node_fs_default().writeFileSync(file, options.content ?? builtInAppOfflinePage());
    const since = clock.now();
    reporter.info(`Wrote ${file}: the app answers 503 with it until the deploy ends.`);
    let online = false;
    const bringOnline = async () => {
        if (!online) {
            await removeAppOffline({ physicalPath, reporter, clock });
            online = true;
            reporter.info(`Removed ${file}: the app is back online.`);
        }
        return { offlineMs: clock.now() - since };
    };
    let released = false;
    try {
        if (options.probe)
            released = await waitForRelease(options, options.probe);
    }
    catch (error) {
        try {
            await bringOnline();
        }
        catch (removeError) {
            reporter.error((0,core_errors/* errorMessage */.gJ)(removeError));
        }
        throw error;
    }
    return {
        path: file,
        leftover,
        released,
        get online() {
            return online;
        },
        bringOnline
    };
}
async function waitForRelease(options, probe) {
    const { clock, reporter } = options;
    const timeoutMs = options.timeoutMs ?? 120_000;
    const start = clock.now();
    let lastReport = start;
    for (let attempt = 0;; attempt++) {
        if (options.signal?.aborted)
            throw new core_errors/* CancelledError */.cc('Cancelled while waiting for the app to go offline.');
        const reason = await probe.check();
        const now = clock.now();
        if (reason === undefined) {
            reporter.info(`The app let go of its files after ${Math.round((now - start) / 1000)} s (${probe.description}).`);
            return true;
        }
        if (now - start >= timeoutMs) {
            const message = `The app did not let go of its files within ${Math.round(timeoutMs / 1000)} s after app_offline.htm appeared: ${reason}.`;
            const fix = 'Open connections (WebSockets, long requests) delay the shutdown: raise `stop-timeout`, lower ANCM shutdownTimeLimit, or use `take-offline: both` to stop the pool as well.';
            if (options.onTimeout === 'continue') {
                reporter.warning(`${message} Continuing; copying may meet locked files. ${fix}`);
                return false;
            }
            throw new core_errors/* TimeoutError */.MU(`${message}\nFix: ${fix}`);
        }
        if (now - lastReport >= 10_000) {
            reporter.info(`Waiting until ${probe.description} (${Math.round((now - start) / 1000)} s): ${reason}.`);
            lastReport = now;
        }
        await clock.sleep(Math.min(pollDelay(attempt, options.poll), timeoutMs - (now - start)), options.signal);
    }
}
/**
 * Runs `fn` with the app offline and brings it back online in every outcome (success, failure, cancellation),
 * unless `stayOffline` says otherwise. An error from `fn` wins over an error from removing the file.
 */
async function withAppOffline(options, fn) {
    const handle = await takeAppOffline(options);
    let failed = false;
    try {
        return await fn(handle);
    }
    catch (error) {
        failed = true;
        throw error;
    }
    finally {
        const stay = options.stayOffline === 'always' || (options.stayOffline === 'on-failure' && failed);
        if (stay) {
            options.reporter.warning(`${handle.path} stays in place as requested: the app answers 503 until you remove it.`);
        }
        else if (failed) {
            try {
                await handle.bringOnline();
            }
            catch (removeError) {
                options.reporter.error(errorMessage(removeError));
            }
        }
        else {
            await handle.bringOnline();
        }
    }
}
/**
 * For deploys that do not take the app offline: a leftover app_offline.htm would keep the site down after a
 * "successful" deploy (peers §3 item 2). Reports it and removes it. Returns the removed files.
 */
async function removeLeftoverAppOffline(options) {
    const leftover = detectLeftoverAppOffline(options.physicalPath);
    if (!leftover)
        return [];
    reportLeftover(leftover, options.reporter, 'Removing it now.');
    return removeAppOffline(options);
}

;// CONCATENATED MODULE: ./src/steps/iis/deploy-lock.ts
// Serializes concurrent deploys to the same site/application on one machine (peers §3 item 10, §4 idea 11): two
// jobs that stop the same pool or write the same folder at once corrupt each other. The lock is a directory
// (mkdir is atomic on every file system we run on) holding owner.json: pid, host, start time, heartbeat. A holder
// whose process is gone, or whose heartbeat stopped, is broken: a crashed run cannot hold the lock forever.






const LOCKS_FOLDER = 'iis-deploy-locks';
const OWNER_FILE = 'owner.json';
/**
 * The lock directory's name for a site+application: readable, case-insensitive like IIS names, and unique (a hash
 * of the exact identity, since sanitizing could make two names equal).
 */
function deployLockName(site, application) {
    const identity = `${site}${normalizeApplicationPath(application) === '/' ? '' : normalizeApplicationPath(application)}`.toLowerCase();
    const slug = identity
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    const hash = external_node_crypto_default().createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 10);
    return `${slug || 'site'}-${hash}.lock`;
}
/** Reads owner.json text; undefined when it is missing, partial or not ours. */
function parseLockOwner(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.token !== 'string' ||
            typeof value.pid !== 'number' ||
            typeof value.host !== 'string' ||
            typeof value.startedAt !== 'number' ||
            typeof value.heartbeatAt !== 'number')
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
/** Is the holder gone? Its process is dead (same host only), or its heartbeat is older than staleMs. */
function judgeLockHolder(owner, now, context) {
    if (owner.host.toLowerCase() === context.hostname.toLowerCase() && !context.isProcessAlive(owner.pid))
        return { stale: true, reason: `its process ${owner.pid} is no longer running` };
    const silentMs = now - owner.heartbeatAt;
    if (silentMs > context.staleMs)
        return { stale: true, reason: `its heartbeat stopped ${Math.round(silentMs / 1000)} s ago` };
    return { stale: false };
}
/** Describes a holder for humans: `pid 123 on host BUILD01 (GitHub run 7), since 12:00:01 (45 s)`. */
function describeHolder(owner, now) {
    const since = new Date(owner.startedAt).toISOString();
    const seconds = Math.max(0, Math.round((now - owner.startedAt) / 1000));
    const who = owner.description ? ` (${owner.description})` : '';
    return `pid ${owner.pid} on host ${owner.host}${who}, since ${since} (${seconds} s)`;
}
function defaultIsProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it exists but belongs to someone else.
        return error.code === 'EPERM';
    }
}
function readOwner(lockPath) {
    try {
        return parseLockOwner(external_node_fs_default().readFileSync(external_node_path_default().join(lockPath, OWNER_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
function writeOwner(lockPath, owner) {
    // Write then rename, so a reader never sees half a file.
    const temp = external_node_path_default().join(lockPath, `${OWNER_FILE}.${owner.token}.tmp`);
    external_node_fs_default().writeFileSync(temp, JSON.stringify(owner));
    external_node_fs_default().renameSync(temp, external_node_path_default().join(lockPath, OWNER_FILE));
}
function ageOf(file, now) {
    try {
        return now - external_node_fs_default().statSync(file).mtimeMs;
    }
    catch {
        return undefined;
    }
}
/**
 * Breaks a stale lock without racing another waiter that breaks it too: under a short-lived `.breaking` directory,
 * re-read the owner and remove the lock only if it is still the stale one we judged.
 */
function breakStaleLock(lockPath, staleToken, staleMs, now) {
    const breaker = `${lockPath}.breaking`;
    try {
        external_node_fs_default().mkdirSync(breaker);
    }
    catch {
        // Someone else is breaking it; a breaker that crashed mid-way is itself stale after staleMs.
        const age = ageOf(breaker, now);
        if (age !== undefined && age > staleMs)
            external_node_fs_default().rmSync(breaker, { recursive: true, force: true });
        return;
    }
    try {
        const current = readOwner(lockPath);
        if (current?.token === staleToken)
            external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
    }
    finally {
        external_node_fs_default().rmSync(breaker, { recursive: true, force: true });
    }
}
// Locks still held when the process exits (process.exit, an uncaught error): removed synchronously.
const heldAtExit = new Map();
let deploy_lock_exitHookInstalled = false;
function deploy_lock_installExitHook() {
    if (deploy_lock_exitHookInstalled)
        return;
    deploy_lock_exitHookInstalled = true;
    process.once('exit', () => {
        for (const [lockPath, token] of heldAtExit) {
            if (readOwner(lockPath)?.token === token)
                external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
        }
    });
}
/**
 * Waits for and takes the deploy lock of `site`+`application`. Says who holds it while waiting; breaks a holder
 * that crashed; fails with a TimeoutError naming the holder after `timeoutMs`. Release it in a `finally`, or use
 * `withDeployLock`.
 */
async function acquireDeployLock(options) {
    const clock = options.clock;
    const timeoutMs = options.timeoutMs ?? 600_000;
    const pollMs = options.pollMs ?? 1000;
    const heartbeatMs = options.heartbeatMs ?? 5000;
    const staleMs = options.staleMs ?? 60_000;
    const reportEveryMs = options.reportEveryMs ?? 30_000;
    const hostname = options.hostname ?? external_node_os_default().hostname();
    const isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive;
    const target = `${options.site}${normalizeApplicationPath(options.application)}`;
    const root = external_node_path_default().join(options.directory ?? external_node_os_default().tmpdir(), LOCKS_FOLDER);
    const lockPath = external_node_path_default().join(root, deployLockName(options.site, options.application));
    external_node_fs_default().mkdirSync(root, { recursive: true });
    const start = clock.now();
    let lastReport;
    for (;;) {
        if (options.signal?.aborted)
            throw new core_errors/* CancelledError */.cc(`Cancelled while waiting for the deploy lock of ${target}.`);
        const now = clock.now();
        try {
            external_node_fs_default().mkdirSync(lockPath);
            const owner = {
                token: external_node_crypto_default().randomUUID(),
                pid: process.pid,
                host: hostname,
                startedAt: now,
                heartbeatAt: now,
                description: options.description,
                target
            };
            try {
                writeOwner(lockPath, owner);
            }
            catch (error) {
                external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
                throw error;
            }
            const waitedMs = now - start;
            if (lastReport !== undefined)
                options.reporter.info(`Got the deploy lock of ${target} after ${Math.round(waitedMs / 1000)} s.`);
            else
                options.reporter.debug(`Deploy lock of ${target}: ${lockPath}`);
            return holdLock(lockPath, owner, waitedMs, { clock, heartbeatMs, reporter: options.reporter, target });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const owner = readOwner(lockPath);
        if (owner) {
            const verdict = judgeLockHolder(owner, now, { hostname, staleMs, isProcessAlive });
            if (verdict.stale) {
                options.reporter.warning(`Breaking the deploy lock of ${target} held by ${describeHolder(owner, now)}: ${verdict.reason}.`);
                breakStaleLock(lockPath, owner.token, staleMs, now);
                continue;
            }
        }
        else {
            // No owner file yet (the holder is between mkdir and writing it), or a crash left an empty directory.
            const age = ageOf(lockPath, now);
            if (age !== undefined && age > staleMs) {
                options.reporter.warning(`Breaking the deploy lock of ${target}: ${lockPath} has no owner since ${Math.round(age / 1000)} s.`);
                breakStaleLock(lockPath, undefined, staleMs, now);
                continue;
            }
        }
        const holder = owner ? describeHolder(owner, now) : 'a deploy that is starting';
        const waited = now - start;
        if (waited >= timeoutMs) {
            throw new core_errors/* TimeoutError */.MU(`Another deploy of ${target} still holds the deploy lock after ${Math.round(waited / 1000)} s: ${holder}.\n` +
                `Fix: wait for it to finish, or raise the lock timeout. If you are sure no deploy is running, delete ${lockPath}.`);
        }
        if (lastReport === undefined || now - lastReport >= reportEveryMs) {
            options.reporter.info(`Waiting for another deploy of ${target} to finish: ${holder}. Lock: ${lockPath}`);
            lastReport = now;
        }
        await clock.sleep(Math.min(pollMs, Math.max(1, timeoutMs - waited)), options.signal);
    }
}
function holdLock(lockPath, owner, waitedMs, context) {
    let released = false;
    let lost = false;
    heldAtExit.set(lockPath, owner.token);
    deploy_lock_installExitHook();
    const timer = setInterval(() => {
        if (released || lost)
            return;
        if (readOwner(lockPath)?.token !== owner.token) {
            lost = true;
            context.reporter.warning(`The deploy lock of ${context.target} was taken over by another run (it judged this one crashed): another deploy may now run at the same time.`);
            return;
        }
        try {
            writeOwner(lockPath, { ...owner, heartbeatAt: context.clock.now() });
        }
        catch {
            // A missed heartbeat is harmless unless it repeats until staleMs.
        }
    }, context.heartbeatMs);
    timer.unref();
    return {
        path: lockPath,
        owner,
        waitedMs,
        release: async () => {
            if (released)
                return;
            released = true;
            clearInterval(timer);
            heldAtExit.delete(lockPath);
            try {
                if (readOwner(lockPath)?.token === owner.token)
                    external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
            }
            catch (error) {
                context.reporter.warning(`Could not remove the deploy lock ${lockPath}: ${error.message}. The next deploy breaks it once its heartbeat is stale.`);
            }
        }
    };
}
/** Runs `fn` while holding the deploy lock; releases it in every outcome (success, failure, cancellation). */
async function withDeployLock(options, fn) {
    const lock = await acquireDeployLock(options);
    try {
        return await fn(lock);
    }
    finally {
        await lock.release();
    }
}

;// CONCATENATED MODULE: ./src/steps/iis/iis-features.ts
// IIS features (contract `iis-features`; seed "IIS configuration": the Web Server role and optional role services
// such as Windows Authentication and WebSockets), enabled through DISM, idempotently: query each feature, enable
// only what is missing, report a pending reboot (3010) instead of failing.


/**
 * Friendly name → DISM optional-feature name, with the Server Manager (Install-WindowsFeature) name as an alias.
 * Source: the IIS optional features as `dism /online /get-features` and `Get-WindowsOptionalFeature -Online` list
 * them on Windows Server 2016–2025 / Windows 10–11 (Microsoft Learn, "Install IIS with DISM/PowerShell"), and the
 * Web-* role service names of Server Manager (Microsoft Learn, "IIS role services").
 */
const IIS_FEATURES = [
    { name: 'WebServerRole', dism: 'IIS-WebServerRole', serverManager: 'Web-Server' },
    { name: 'WebServer', dism: 'IIS-WebServer', serverManager: 'Web-WebServer' },
    { name: 'CommonHttpFeatures', dism: 'IIS-CommonHttpFeatures', serverManager: 'Web-Common-Http' },
    { name: 'StaticContent', dism: 'IIS-StaticContent', serverManager: 'Web-Static-Content' },
    { name: 'DefaultDocument', dism: 'IIS-DefaultDocument', serverManager: 'Web-Default-Doc' },
    { name: 'DirectoryBrowsing', dism: 'IIS-DirectoryBrowsing', serverManager: 'Web-Dir-Browsing' },
    { name: 'HttpErrors', dism: 'IIS-HttpErrors', serverManager: 'Web-Http-Errors' },
    { name: 'HttpRedirect', dism: 'IIS-HttpRedirect', serverManager: 'Web-Http-Redirect' },
    { name: 'ApplicationDevelopment', dism: 'IIS-ApplicationDevelopment', serverManager: 'Web-App-Dev' },
    { name: 'WebSockets', dism: 'IIS-WebSockets', serverManager: 'Web-WebSockets' },
    { name: 'ApplicationInit', dism: 'IIS-ApplicationInit', serverManager: 'Web-AppInit' },
    { name: 'ISAPIExtensions', dism: 'IIS-ISAPIExtensions', serverManager: 'Web-ISAPI-Ext' },
    { name: 'ISAPIFilter', dism: 'IIS-ISAPIFilter', serverManager: 'Web-ISAPI-Filter' },
    { name: 'ASPNET45', dism: 'IIS-ASPNET45', serverManager: 'Web-Asp-Net45' },
    { name: 'NetFxExtensibility45', dism: 'IIS-NetFxExtensibility45', serverManager: 'Web-Net-Ext45' },
    { name: 'CGI', dism: 'IIS-CGI', serverManager: 'Web-CGI' },
    { name: 'ServerSideIncludes', dism: 'IIS-ServerSideIncludes', serverManager: 'Web-Includes' },
    { name: 'HealthAndDiagnostics', dism: 'IIS-HealthAndDiagnostics', serverManager: 'Web-Health' },
    { name: 'HttpLogging', dism: 'IIS-HttpLogging', serverManager: 'Web-Http-Logging' },
    { name: 'RequestMonitor', dism: 'IIS-RequestMonitor', serverManager: 'Web-Request-Monitor' },
    { name: 'HttpTracing', dism: 'IIS-HttpTracing', serverManager: 'Web-Http-Tracing' },
    { name: 'Security', dism: 'IIS-Security', serverManager: 'Web-Security' },
    { name: 'RequestFiltering', dism: 'IIS-RequestFiltering', serverManager: 'Web-Filtering' },
    { name: 'BasicAuthentication', dism: 'IIS-BasicAuthentication', serverManager: 'Web-Basic-Auth' },
    { name: 'WindowsAuthentication', dism: 'IIS-WindowsAuthentication', serverManager: 'Web-Windows-Auth' },
    { name: 'DigestAuthentication', dism: 'IIS-DigestAuthentication', serverManager: 'Web-Digest-Auth' },
    {
        name: 'ClientCertificateMappingAuthentication',
        dism: 'IIS-ClientCertificateMappingAuthentication',
        serverManager: 'Web-Client-Auth'
    },
    {
        name: 'IISCertificateMappingAuthentication',
        dism: 'IIS-IISCertificateMappingAuthentication',
        serverManager: 'Web-Cert-Auth'
    },
    { name: 'URLAuthorization', dism: 'IIS-URLAuthorization', serverManager: 'Web-Url-Auth' },
    { name: 'IPSecurity', dism: 'IIS-IPSecurity', serverManager: 'Web-IP-Security' },
    { name: 'Performance', dism: 'IIS-Performance', serverManager: 'Web-Performance' },
    { name: 'HttpCompressionStatic', dism: 'IIS-HttpCompressionStatic', serverManager: 'Web-Stat-Compression' },
    {
        name: 'HttpCompressionDynamic',
        dism: 'IIS-HttpCompressionDynamic',
        serverManager: 'Web-Dyn-Compression'
    },
    { name: 'WebServerManagementTools', dism: 'IIS-WebServerManagementTools', serverManager: 'Web-Mgmt-Tools' },
    { name: 'ManagementConsole', dism: 'IIS-ManagementConsole', serverManager: 'Web-Mgmt-Console' },
    {
        name: 'ManagementScriptingTools',
        dism: 'IIS-ManagementScriptingTools',
        serverManager: 'Web-Scripting-Tools'
    },
    { name: 'ManagementService', dism: 'IIS-ManagementService', serverManager: 'Web-Mgmt-Service' },
    { name: 'HostableWebCore', dism: 'IIS-HostableWebCore', serverManager: 'Web-WHC' },
    {
        name: 'IIS6ManagementCompatibility',
        dism: 'IIS-IIS6ManagementCompatibility',
        serverManager: 'Web-Mgmt-Compat'
    },
    { name: 'Metabase', dism: 'IIS-Metabase', serverManager: 'Web-Metabase' }
];
/** The Web Server role and World Wide Web Services: always ensured (the contract's "the Web Server role is implied"). */
const WEB_SERVER_ROLE = ['IIS-WebServerRole', 'IIS-WebServer'];
/** A friendly, DISM (`IIS-WebSockets`) or Server Manager (`Web-WebSockets`) name → the DISM name; undefined if unknown. */
function dismFeatureName(name) {
    const wanted = name.trim().toLowerCase();
    const entry = IIS_FEATURES.find((f) => f.name.toLowerCase() === wanted ||
        f.dism.toLowerCase() === wanted ||
        f.serverManager.toLowerCase() === wanted);
    return entry?.dism;
}
/** Maps the `iis-features` list to DISM names, the Web Server role first; unknown names are one InputError each. */
function resolveIisFeatures(names, input = 'iis-features') {
    const errors = [];
    const resolved = [...WEB_SERVER_ROLE];
    for (const name of names) {
        if (name.trim() === '')
            continue;
        const dism = dismFeatureName(name);
        if (!dism) {
            errors.push(new core_errors/* InputError */.dz(input, `Input '${input}': '${name.trim()}' is not an IIS feature this action knows. Known: ${IIS_FEATURES.map((f) => f.name).join(', ')} (or their IIS-* / Web-* names).`));
        }
        else if (!resolved.includes(dism))
            resolved.push(dism);
    }
    if (errors.length === 1 && errors[0])
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* InputErrors */.G(errors);
    return resolved;
}
/** `/English` keeps the output parseable on every display language. */
function buildGetFeatureInfoArgs(feature) {
    return ['/online', '/get-featureinfo', `/featurename:${feature}`, '/English'];
}
/**
 * One call for every missing feature (one servicing transaction, one 3010). `/all` enables parent features too;
 * `/norestart` never reboots the server under a running job.
 */
function buildEnableFeaturesArgs(features) {
    return [
        '/online',
        '/enable-feature',
        ...features.map((f) => `/featurename:${f}`),
        '/all',
        '/norestart',
        '/quiet',
        '/English'
    ];
}
/** The `State : Enabled` line of `dism /get-featureinfo`. */
function parseFeatureState(output) {
    const value = /^\s*State\s*:\s*(.+?)\s*$/im.exec(output)?.[1]?.toLowerCase();
    const states = [
        'Enabled',
        'Disabled',
        'Disabled with Payload Removed',
        'Enable Pending',
        'Disable Pending'
    ];
    return states.find((s) => s.toLowerCase() === value);
}
/** `Error: 0x800f080c` / `Error: 740` in DISM output. */
function parseDismError(output) {
    return /^\s*Error:\s*(0x[0-9a-fA-F]+|\d+)/im.exec(output)?.[1]?.toLowerCase();
}
/** Exit codes above 255 arrive truncated on Linux (§3.4): 3010 shows up as 194 there. */
function exitCodeIs(actual, expected) {
    return actual === expected || (expected > 255 && actual === (expected & 0xff));
}
const REBOOT_REQUIRED = 3010;
function dismFix(code, text) {
    if (code === '740' || /elevat/i.test(text))
        return 'Run elevated: DISM needs administrator rights.';
    if (code === '0x800f081f' || /source files could not be found/i.test(text))
        return 'The feature payload is not on this machine: allow Windows Update, or point DISM at installation media (/Source) once by hand.';
    if (code === '0x800f080c' || /is unknown/i.test(text))
        return 'This Windows edition does not offer the feature (ManagementService exists on Windows Server only).';
    return 'See %windir%\\Logs\\DISM\\dism.log.';
}
/** Makes sure the Web Server role and the given IIS features are enabled: query each, enable what is missing. */
async function ensureIisFeatures(options) {
    const { runner, dismPath, reporter } = options;
    const features = resolveIisFeatures(options.features);
    const result = { enabled: [], alreadyEnabled: [], rebootRequired: false };
    const dism = async (args) => {
        const shown = formatCommandLine('dism', args);
        reporter.debug(shown);
        const run = await runner.run(dismPath, args, { silent: true, signal: options.signal });
        return { exitCode: run.exitCode, text: `${run.stdout}\n${run.stderr}`, shown };
    };
    const fail = (shown, exitCode, text) => {
        const code = parseDismError(text);
        const summary = text.trim().split(/\r?\n/).filter(Boolean).slice(-3).join(' ');
        throw new core_errors/* ToolError */.v4('dism', exitCode, `${shown} failed (${code ? `error ${code}` : `exit code ${exitCode}`}): ${summary}`, dismFix(code, text));
    };
    for (const feature of features) {
        const info = await dism(buildGetFeatureInfoArgs(feature));
        if (info.exitCode !== 0)
            fail(info.shown, info.exitCode, info.text);
        const state = parseFeatureState(info.text);
        if (state === 'Enabled' || state === 'Enable Pending') {
            result.alreadyEnabled.push(feature);
            if (state === 'Enable Pending')
                result.rebootRequired = true;
            continue;
        }
        if (state === undefined)
            fail(info.shown, info.exitCode, `no "State :" line in: ${info.text}`);
        result.enabled.push(feature);
        reporter.info(`${options.dryRun ? 'Would enable' : 'Enabling'} ${feature} (now ${state}).`);
    }
    if (result.enabled.length > 0 && !options.dryRun) {
        reporter.info('DISM is enabling the features; this can take a few minutes.');
        const enable = await dism(buildEnableFeaturesArgs(result.enabled));
        if (exitCodeIs(enable.exitCode, REBOOT_REQUIRED))
            result.rebootRequired = true;
        else if (enable.exitCode !== 0)
            fail(enable.shown, enable.exitCode, enable.text);
    }
    if (result.enabled.length === 0)
        reporter.info(`IIS features: all enabled already (${features.join(', ')}).`);
    if (result.rebootRequired)
        reporter.warning('A reboot is required to finish enabling IIS features (DISM 3010). The deploy continues; reboot the server when convenient.');
    return result;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/steps/iis/iis-express.ts
// `target: iis-express`: a smoke test of the published app under IIS Express (seed "IIS Express Overview": no
// service, no admin rights; the user launches and ends sites). Launch, wait until it answers, run the health check,
// end it (tree kill when it does not stop on `Q`), unless asked to keep it running.
//
// Launch mode: `/path:<folder> /port:<n>` by default. IIS Express then copies its own template applicationhost.config,
// in which the ASP.NET Core Module is registered when the Hosting Bundle (or Visual Studio) installed ANCM for IIS
// Express, and the published web.config adds the aspNetCore handler. Generating a complete applicationhost.config
// ourselves would mean copying a version-specific template of hundreds of lines; instead, users with their own
// config pass it (`/config:<file> /site:<name>`).






/** `/path:<dir> /port:<n> /systray:false`, or `/config:<file> /site:<name> /systray:false`. */
function buildIisExpressArgs(site) {
    if ('configFile' in site)
        return [`/config:${site.configFile}`, `/site:${site.site}`, '/systray:false'];
    return [`/path:${site.physicalPath}`, `/port:${site.port}`, '/systray:false'];
}
/** The URL to probe: `/path` mode binds localhost. */
function iisExpressUrl(site) {
    return 'configFile' in site ? site.url : `http://localhost:${site.port}/`;
}
/** Reads IIS Express's console output: "IIS Express is running.", registered URLs, start-up failures. */
function parseIisExpressOutput(text) {
    const urls = [...text.matchAll(/Successfully registered URL "([^"]+)"/g)].map((m) => m[1] ?? '');
    const failed = /Failed to register URL "[^"]*"[^\r\n]*/.exec(text)?.[0];
    const unable = /Unable to start iisexpress\.\s*([\s\S]*?)(?:\r?\n\s*\r?\n|For more information|$)/.exec(text);
    const error = failed ?? (unable ? unable[1]?.trim() || 'Unable to start iisexpress.' : undefined);
    return { running: /IIS Express is running\./.test(text), urls, ...(error ? { error } : {}) };
}
/** A free TCP port on loopback (listen on 0, read it, close). */
function findFreePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_default().createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
/** Ends IIS Express: `Q` on stdin (its own way to stop), then the whole tree if it has not exited in time. */
async function endIisExpress(child, clock, graceMs) {
    child.write('Q\n');
    // The grace timer is cancelled once it exits, so it never holds the run open.
    const grace = new AbortController();
    const result = await Promise.race([
        child.exited.then(() => 'stopped'),
        clock.sleep(graceMs, grace.signal).then(() => 'timeout', () => 'stopped')
    ]);
    grace.abort();
    if (result === 'stopped')
        return 'stopped';
    await child.killTree();
    return 'killed';
}
/**
 * Launches the published app under IIS Express, waits until it answers HTTP, runs the health check, and ends
 * IIS Express (no orphan: tree kill when `Q` is not enough, and on timeout, failure or cancellation) unless
 * `keepRunning` and all went well.
 */
async function runIisExpressSmokeTest(options) {
    const { launcher, reporter, clock } = options;
    let site;
    if (options.config)
        site = { configFile: options.config.file, site: options.config.site, url: options.config.url };
    else if (options.physicalPath)
        site = { physicalPath: options.physicalPath, port: options.port ?? (await findFreePort()) };
    else
        throw new Error('runIisExpressSmokeTest: give physicalPath or config');
    const args = buildIisExpressArgs(site);
    const url = iisExpressUrl(site);
    const logFile = options.keepRunning
        ? external_node_path_default().join(external_node_os_default().tmpdir(), `iis-deploy-iisexpress-${process.pid}-${Date.now()}.log`)
        : undefined;
    reporter.info(formatCommandLine('iisexpress', args));
    const child = launcher.launch(options.iisExpressPath, args, logFile ? { keepAlive: { logFile } } : {});
    let exitCode;
    void child.exited.then((code) => {
        exitCode = code;
    });
    let keep = false;
    try {
        await waitUntilAnswering(options, child, url, () => exitCode);
        reporter.info(`IIS Express answers on ${url}.`);
        await options.healthCheck?.(url, options.signal);
        keep = options.keepRunning ?? false;
        if (keep)
            reporter.notice(`IIS Express keeps running on ${url} (pid ${child.pid ?? '?'}; output in ${logFile}).`);
        return { url, pid: child.pid, kept: keep, logFile, output: child.output() };
    }
    finally {
        if (!keep) {
            const how = await endIisExpress(child, clock, options.stopGraceMs ?? 5000);
            reporter.info(how === 'stopped'
                ? 'IIS Express stopped.'
                : 'IIS Express did not stop on Q: its process tree was ended.');
        }
    }
}
async function waitUntilAnswering(options, child, url, exitCode) {
    const { clock, http } = options;
    const timeoutMs = options.startTimeoutMs ?? 60_000;
    const start = clock.now();
    for (let attempt = 0;; attempt++) {
        if (options.signal?.aborted)
            throw new core_errors/* CancelledError */.cc('Cancelled while waiting for IIS Express.');
        const spawnError = child.spawnError();
        if (spawnError)
            throw spawnError.code === 'ENOENT'
                ? new core_errors/* ToolNotFoundError */.Mm('iisexpress', `Could not start IIS Express (${options.iisExpressPath}): the file was not found. Install IIS Express 10, or set \`iisexpress-path\`.`)
                : spawnError;
        const status = parseIisExpressOutput(child.output());
        if (status.error !== undefined || exitCode() !== undefined) {
            throw new core_errors/* ToolError */.v4('iisexpress', exitCode() ?? undefined, `IIS Express did not start${status.error ? `: ${status.error}` : ` (exit code ${String(exitCode())})`}.\n${lastLines(child.output())}`, /0x80070020|being used by another process/.test(child.output())
                ? 'The port is in use: choose another one, or end the process that holds it.'
                : 'Run iisexpress.exe with /trace:error by hand to see why; check that the ASP.NET Core Module is installed for IIS Express (Hosting Bundle).');
        }
        // Stop waiting for this answer when IIS Express exits meanwhile (something else may hold the port).
        const answerWait = new AbortController();
        void child.exited.then(() => answerWait.abort());
        const signals = options.signal ? [options.signal, answerWait.signal] : [answerWait.signal];
        try {
            await http.get(url, { timeoutMs: 5000, signal: AbortSignal.any(signals) });
            return; // Any HTTP answer: the server is up; the health check judges the answer.
        }
        catch (error) {
            if (options.signal?.aborted)
                throw new core_errors/* CancelledError */.cc('Cancelled while waiting for IIS Express.');
            if (answerWait.signal.aborted)
                continue; // it exited: the next round reports why
            const waited = clock.now() - start;
            if (waited >= timeoutMs)
                throw new core_errors/* TimeoutError */.MU(`IIS Express did not answer on ${url} within ${Math.round(timeoutMs / 1000)} s (${(0,core_errors/* errorMessage */.gJ)(error)}).\n${lastLines(child.output())}`);
            await clock.sleep(Math.min(pollDelay(attempt, { initialMs: 100, maxMs: 1000 }), timeoutMs - waited), options.signal);
        }
    }
}
function lastLines(text) {
    const lines = text.trim().split(/\r?\n/).slice(-10);
    return lines.length > 0 && lines[0] !== '' ? `Its output:\n${lines.join('\n')}` : 'It printed nothing.';
}

;// CONCATENATED MODULE: ./src/steps/iis/permissions.ts
// File system access for the app pool identity (domain-facts §7; seed "Confirm the process model identity has the
// proper permissions"): read & execute on the app folder, modify on its logs folder, granted with icacls and
// inherited by everything below ((OI)(CI)). The current ACL is read first, so a second run changes nothing.
//
// The logs folder is created (and granted) always, not only when stdoutLogEnabled is on: stdout logging is
// typically switched on by editing web.config on the server during an incident, and ANCM then fails to create the
// folder because the identity only has read & execute on the app folder. `logs` is preserved by the sync by default.




/**
 * The account a pool runs as (§7): the virtual account `IIS AppPool\<pool>`, or a built-in service account. The
 * built-ins are granted by well-known SID (`*S-1-5-20`), which works on every display language; icacls lists them
 * by (localized) name.
 */
function poolAccount(identity, pool) {
    switch (identity) {
        case 'ApplicationPoolIdentity':
            return `IIS AppPool\\${pool}`;
        case 'NetworkService':
            return '*S-1-5-20';
        case 'LocalService':
            return '*S-1-5-19';
        case 'LocalSystem':
            return '*S-1-5-18';
    }
}
/** Names icacls may print for an account: the SID form and the English names of the well-known SIDs. */
function accountAliases(account) {
    const known = {
        '*s-1-5-20': ['NT AUTHORITY\\NETWORK SERVICE', 'NETWORK SERVICE'],
        '*s-1-5-19': ['NT AUTHORITY\\LOCAL SERVICE', 'LOCAL SERVICE'],
        '*s-1-5-18': ['NT AUTHORITY\\SYSTEM', 'SYSTEM']
    };
    return [account, ...(known[account.toLowerCase()] ?? [])].map((a) => a.toLowerCase());
}
/** `icacls <path> /grant "IIS AppPool\P:(OI)(CI)(RX)"` (§7): inherited by files (OI) and folders (CI) below. */
function buildGrantArgs(target, account, right) {
    return [target, '/grant', `${account}:(OI)(CI)(${right})`];
}
/** `icacls <path>`: prints the ACL. */
function buildShowAclArgs(target) {
    return [target];
}
const INHERITANCE_FLAGS = new Set(['OI', 'CI', 'IO', 'NP', 'I']);
/**
 * Parses `icacls <path>` output: the first line starts with the path, further ACEs are indented, and a summary line
 * ("Successfully processed 1 files; ...") ends it.
 */
function parseIcaclsOutput(stdout, target) {
    const entries = [];
    for (const raw of stdout.split(/\r?\n/)) {
        let line = raw.trim();
        if (line === '' || /^Successfully processed|^Failed processing/i.test(line))
            continue;
        if (line.toLowerCase().startsWith(target.toLowerCase()))
            line = line.slice(target.length).trim();
        const match = /^(.+?):((?:\([^)]*\))+)$/.exec(line);
        if (!match)
            continue;
        const groups = [...(match[2] ?? '').matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
        entries.push({
            account: match[1] ?? '',
            inheritance: groups.filter((g) => INHERITANCE_FLAGS.has(g)),
            deny: groups.includes('DENY'),
            rights: groups.filter((g) => !INHERITANCE_FLAGS.has(g) && g !== 'DENY').join(',')
        });
    }
    return entries;
}
const RANK = { RX: 1, M: 2, F: 3 };
/** True when an allow ACE for `account`, inherited by files and folders, grants at least `right`. */
function hasAccess(entries, account, right) {
    const names = accountAliases(account);
    return entries.some((entry) => names.includes(entry.account.toLowerCase()) &&
        !entry.deny &&
        entry.inheritance.includes('OI') &&
        entry.inheritance.includes('CI') &&
        !entry.inheritance.includes('IO') &&
        (RANK[entry.rights.toUpperCase()] ?? 0) >= (RANK[right] ?? 99));
}
/**
 * What to say about ASP.NET Core Data Protection keys for this identity (§7), or undefined when all is well.
 * Without a loaded profile the keys live in memory: cookies and antiforgery tokens break on every recycle.
 */
function dataProtectionAdvice(identity, loadUserProfile) {
    const notes = [];
    if (!loadUserProfile)
        notes.push('loadUserProfile is off: ASP.NET Core keeps its Data Protection keys in memory (unless the registry key was provisioned with Provision-AutoGenKeys.ps1), so sign-in cookies and antiforgery tokens become invalid on every recycle. Set `load-user-profile: true`, or persist keys in code (PersistKeysToFileSystem + ProtectKeysWithCertificate) to a folder the pool identity can modify.');
    if (identity === 'LocalSystem')
        notes.push('The pool runs as LocalSystem: the app can do anything on this machine. Prefer ApplicationPoolIdentity.');
    return notes.length > 0 ? notes.join(' ') : undefined;
}
/**
 * Grants the pool identity read & execute on the app folder and modify on its logs folder (and writableFolders),
 * each inherited by everything below; reads the ACL first and grants only what is missing.
 */
async function grantAccess(options) {
    const { runner, icaclsPath, reporter, physicalPath } = options;
    const account = poolAccount(options.identity ?? 'ApplicationPoolIdentity', options.pool);
    const resolve = (folder) => external_node_path_default().isAbsolute(folder) ? folder : external_node_path_default().join(physicalPath, folder);
    const logsFolder = resolve(options.logsFolder ?? 'logs');
    const targets = [
        [physicalPath, 'RX'],
        [logsFolder, 'M'],
        ...(options.writableFolders ?? []).map((folder) => [resolve(folder), 'M'])
    ];
    const changes = [];
    const createdFolders = [];
    const icacls = async (args, read) => {
        const shown = reporter.mask(formatCommandLine('icacls', args));
        if (read)
            reporter.debug(shown);
        else
            reporter.info(shown);
        const result = await runner.run(icaclsPath, args, { silent: true, signal: options.signal });
        const output = `${result.stdout}\n${result.stderr}`;
        if (result.exitCode === 0 && !/Failed processing [1-9]/i.test(output))
            return result.stdout;
        const text = output.trim().replace(/\s+/g, ' ');
        const fix = /No mapping between account names/i.test(text)
            ? `'${account}' is not known yet: the virtual account IIS AppPool\\<pool> exists only once the pool does. Create the pool first (\`create: true\`), or check \`app-pool\`.`
            : /Access is denied/i.test(text)
                ? 'Run elevated, as an account allowed to change permissions on this folder.'
                : 'Check the folder exists and the account name is right; or set `grant-access: false`.';
        throw new core_errors/* ToolError */.v4('icacls', result.exitCode, `${shown} failed (exit code ${result.exitCode}): ${reporter.mask(text)}`, fix);
    };
    for (const [target, right] of targets) {
        const exists = external_node_fs_default().existsSync(target);
        if (!exists && right === 'M') {
            if (!options.dryRun)
                external_node_fs_default().mkdirSync(target, { recursive: true });
            createdFolders.push(target);
        }
        if (exists || !options.dryRun) {
            if (hasAccess(parseIcaclsOutput(await icacls(buildShowAclArgs(target), true), target), account, right))
                continue;
        }
        const args = buildGrantArgs(target, account, right);
        const command = reporter.mask(formatCommandLine('icacls', args));
        changes.push({ path: target, account, right, command });
        if (options.dryRun)
            reporter.info(`Would grant ${account} ${right === 'M' ? 'modify' : 'read & execute'} on ${target}.`);
        else
            await icacls(args, false);
    }
    if (changes.length === 0)
        reporter.info(`${account} already has the access it needs on ${physicalPath} and ${logsFolder}.`);
    return { changes, logsFolder, createdFolders };
}

;// CONCATENATED MODULE: ./src/steps/iis/provision.ts
// Provisioning (`create: true`): the app pool, the site, the application, authentication, pool environment
// variables and https certificate bindings, created or updated idempotently (domain-facts §3.2, §3.3, §7; seed
// "Create the IIS site"). Everything is read first; only what differs is written, each change is reported, and
// the second run says "nothing to change". Dry run: the same function returns the commands it would run.




// ---------------------------------------------------------------------------------------------------------------
// Bindings
const BINDING_PATTERN = /^(?<protocol>[A-Za-z][\w.+-]*)\/(?<ip>\*|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):(?<port>\d{1,5}):(?<host>[^:\s]*)$/;
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/**
 * Parses one `protocol/ip:port:host` line (`http/*:80:`, `https/*:443:shop.example.com`, `http/[::1]:8080:`).
 * Throws an InputError naming `input` and the value.
 */
function parseBindingLine(line, input = 'bindings') {
    const text = line.trim();
    const fail = (why) => {
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${text}' ${why} Use protocol/ip:port:host, e.g. http/*:80: or https/*:443:shop.example.com.`);
    };
    const match = BINDING_PATTERN.exec(text);
    if (!match?.groups)
        return fail('is not a binding.');
    const { protocol = '', ip = '', port = '', host = '' } = match.groups;
    const lowerProtocol = protocol.toLowerCase();
    if (lowerProtocol !== 'http' && lowerProtocol !== 'https')
        return fail(`uses protocol '${protocol}': only http and https are supported.`);
    if (/^\d/.test(ip) && ip.split('.').some((octet) => Number(octet) > 255))
        return fail(`has an invalid IP address '${ip}'.`);
    const portNumber = Number(port);
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535)
        return fail(`has port ${port}, outside 1–65535.`);
    const lowerHost = host.toLowerCase();
    if (lowerHost !== '' && (lowerHost.length > 253 || !HOST_PATTERN.test(lowerHost)))
        return fail(`has an invalid host name '${host}'.`);
    return { protocol: lowerProtocol, ip, port: portNumber, host: lowerHost };
}
/** Parses binding lines (blank lines skipped); every bad line and duplicates are reported at once. */
function parseBindings(lines, input = 'bindings') {
    const errors = [];
    const bindings = [];
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        try {
            const binding = parseBindingLine(line, input);
            if (bindings.some((b) => sameBinding(b, binding)))
                errors.push(new core_errors/* InputError */.dz(input, `Input '${input}': '${line.trim()}' is listed twice.`));
            else
                bindings.push(binding);
        }
        catch (error) {
            if (error instanceof core_errors/* InputError */.dz)
                errors.push(error);
            else
                throw error;
        }
    }
    if (errors.length === 1 && errors[0])
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* InputErrors */.G(errors);
    return bindings;
}
function sameBinding(a, b) {
    return (a.protocol === b.protocol &&
        formatBindingInformation(a).toLowerCase() === formatBindingInformation(b).toLowerCase());
}
/** A binding needs Server Name Indication (sslFlags=1) when it is https with a host name. */
function needsSni(binding) {
    return binding.protocol === 'https' && binding.host !== '';
}
/** Reads the site's bindings from its `/text:*` tree (`[bindings]` / `[binding]` sections). */
function existingBindings(tree) {
    const found = [];
    for (const section of findSections(tree, 'binding')) {
        const protocol = (section.attributes['protocol'] ?? '').toLowerCase();
        const info = /^(.*):(\d+):([^:]*)$/.exec(section.attributes['bindingInformation'] ?? '');
        if ((protocol !== 'http' && protocol !== 'https') || !info)
            continue;
        found.push({
            protocol,
            ip: info[1] ?? '*',
            port: Number(info[2]),
            host: (info[3] ?? '').toLowerCase(),
            sslFlags: section.attributes['sslFlags'] ?? '0'
        });
    }
    return found;
}
// ---------------------------------------------------------------------------------------------------------------
// netsh http sslcert (certificate ↔ ip:port or host:port)
/** The application id IIS Manager uses for its certificate bindings. */
const IIS_SSL_APP_ID = '{4dc3e181-e14b-4a21-b022-59fc669b0914}';
/** `hostnameport=host:443` for SNI bindings, `ipport=0.0.0.0:443` (or the IP) otherwise. */
function sslEndpoint(binding) {
    if (needsSni(binding))
        return `hostnameport=${binding.host}:${binding.port}`;
    const ip = binding.ip === '*' ? '0.0.0.0' : binding.ip;
    return `ipport=${ip}:${binding.port}`;
}
function buildShowSslCertArgs(binding) {
    return ['http', 'show', 'sslcert', sslEndpoint(binding)];
}
function buildAddSslCertArgs(binding, thumbprint, store = 'My') {
    return [
        'http',
        'add',
        'sslcert',
        sslEndpoint(binding),
        `certhash=${thumbprint}`,
        `appid=${IIS_SSL_APP_ID}`,
        `certstorename=${store}`
    ];
}
function buildDeleteSslCertArgs(binding) {
    return ['http', 'delete', 'sslcert', sslEndpoint(binding)];
}
/** The `Certificate Hash : ...` of `netsh http show sslcert` output, lower case; undefined when nothing is bound. */
function parseSslCertHash(output) {
    return /Certificate Hash\s*:\s*([0-9a-fA-F]+)/.exec(output)?.[1]?.toLowerCase();
}
/** Normalizes a thumbprint as copied from the certificate dialog (spaces, invisible marks); undefined if invalid. */
function normalizeThumbprint(value) {
    const cleaned = value.replace(/[\s\u200e\u200f\ufeff:]/g, '').toLowerCase();
    return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(cleaned) ? cleaned : undefined;
}
function samePhysicalPath(a, b) {
    const normalize = (p) => {
        const windows = /^[A-Za-z]:[\\/]|^\\\\/.test(p) || p.includes('\\');
        const unified = windows ? p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase() : p.replace(/\/+$/, '');
        return unified.replace(/%systemdrive%/i, 'c:');
    };
    return normalize(a) === normalize(b);
}
function validate(options) {
    const errors = [];
    let bindings;
    try {
        bindings = options.bindings === undefined ? undefined : parseBindings(options.bindings);
    }
    catch (error) {
        if (error instanceof core_errors/* InputErrors */.G)
            errors.push(...error.errors);
        else if (error instanceof core_errors/* InputError */.dz)
            errors.push(error);
        else
            throw error;
    }
    for (const [input, variables] of [
        ['pool-environment-variables', options.poolEnvironmentVariables],
        ['secret-pool-environment-variables', options.secretPoolEnvironmentVariables]
    ]) {
        for (const [name, value] of Object.entries(variables ?? {})) {
            if (!/^[^=\s'][^='\s]*$/.test(name))
                errors.push(new core_errors/* InputError */.dz(input, `Input '${input}': '${name}' is not a valid variable name (no spaces, '=' or ').`));
            if (value.includes("'"))
                errors.push(new core_errors/* InputError */.dz(input, `Input '${input}': the value of '${name}' contains ', which appcmd's collection syntax cannot express. Put it in web.config (\`environment-variables\`) instead.`));
        }
    }
    for (const name of ['site', 'app-pool']) {
        const value = name === 'site' ? options.site : options.appPool;
        if (value.trim() === '' || /["'[\]]/.test(value))
            errors.push(new core_errors/* InputError */.dz(name, `Input '${name}': '${value}' is not a valid IIS name (empty, or contains quotes or brackets).`));
    }
    let thumbprint;
    if (options.certificate) {
        thumbprint = normalizeThumbprint(options.certificate.thumbprint);
        if (!thumbprint)
            errors.push(new core_errors/* InputError */.dz('certificate-thumbprint', `Input 'certificate-thumbprint': expected 40 hex digits (the certificate's SHA-1 thumbprint).`));
        if (!options.netsh)
            throw new Error('provisionSite: a certificate needs options.netsh');
    }
    if (errors.length === 1 && errors[0])
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* InputErrors */.G(errors);
    return { bindings, thumbprint };
}
/**
 * Creates or updates the app pool, site, application, authentication, pool environment variables and certificate
 * bindings. Touches nothing that is already right; returns the changes (empty: nothing to change). With `dryRun`
 * the writes are returned, not run.
 */
async function provisionSite(options) {
    const { appcmd, site, appPool } = options;
    const reporter = appcmd.reporter;
    const application = normalizeApplicationPath(options.application);
    const { bindings, thumbprint } = validate(options);
    for (const value of Object.values(options.secretPoolEnvironmentVariables ?? {}))
        reporter.registerSecret(value);
    const dryRun = options.dryRun ?? false;
    const changes = [];
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        reporter.warning(message);
    };
    const apply = async (planned) => {
        changes.push(planned.change);
        reporter.info(`${dryRun ? 'Would change' : 'Changing'} ${planned.change.target}: ${planned.change.description}`);
        if (!dryRun)
            await planned.run();
    };
    const appcmdChange = (target, description, ...commands) => ({
        change: { target, description, commands: commands.map((args) => appcmd.display(args)) },
        run: async () => {
            for (const args of commands)
                await appcmd.run(args);
        }
    });
    // App pool ----------------------------------------------------------------------------------------------------
    const desiredPool = {
        managedRuntimeVersion: '',
        managedPipelineMode: 'Integrated',
        identityType: options.poolIdentity ?? 'ApplicationPoolIdentity',
        loadUserProfile: options.loadUserProfile ?? true
    };
    const poolTarget = `app pool '${appPool}'`;
    const poolTree = await appcmd.readObject('apppool', appPool);
    const existingVariables = new Map();
    if (!poolTree) {
        await apply(appcmdChange(poolTarget, `create it (No Managed Code, Integrated, ${desiredPool.identityType}, loadUserProfile ${desiredPool.loadUserProfile})`, buildAddAppPoolArgs(appPool, desiredPool)));
    }
    else {
        const current = {
            managedRuntimeVersion: findAttribute(poolTree, 'managedRuntimeVersion') ?? '',
            managedPipelineMode: findAttribute(poolTree, 'managedPipelineMode') ?? '',
            identityType: findAttribute(poolTree, 'processModel.identityType') ?? '',
            loadUserProfile: (findAttribute(poolTree, 'processModel.loadUserProfile') ?? '').toLowerCase() === 'true'
        };
        const update = {};
        const described = [];
        if (current.managedRuntimeVersion !== '') {
            update.managedRuntimeVersion = '';
            described.push(`.NET CLR version '${current.managedRuntimeVersion}' → No Managed Code`);
        }
        if (current.managedPipelineMode.toLowerCase() !== 'integrated') {
            update.managedPipelineMode = 'Integrated';
            described.push(`pipeline '${current.managedPipelineMode}' → Integrated`);
        }
        if (current.identityType.toLowerCase() !== desiredPool.identityType.toLowerCase()) {
            update.identityType = desiredPool.identityType;
            described.push(`identity '${current.identityType}' → ${desiredPool.identityType}`);
        }
        if (current.loadUserProfile !== desiredPool.loadUserProfile) {
            update.loadUserProfile = desiredPool.loadUserProfile;
            described.push(`loadUserProfile ${current.loadUserProfile} → ${desiredPool.loadUserProfile}`);
        }
        if (described.length > 0)
            await apply(appcmdChange(poolTarget, described.join(', '), buildSetAppPoolArgs(appPool, update)));
        for (const entry of collectionEntries(poolTree, 'environmentVariables')) {
            if (entry['name'] !== undefined)
                existingVariables.set(entry['name'].toLowerCase(), entry['value'] ?? '');
        }
    }
    // Pool environment variables ------------------------------------------------------------------------------------
    const variables = [
        ...Object.entries(options.poolEnvironmentVariables ?? {}).map(([n, v]) => [
            n,
            v,
            false
        ]),
        ...Object.entries(options.secretPoolEnvironmentVariables ?? {}).map(([n, v]) => [n, v, true])
    ];
    for (const [name, value, secret] of variables) {
        const current = existingVariables.get(name.toLowerCase());
        if (current === value)
            continue;
        const shown = secret ? '(secret)' : `'${value}'`;
        if (current === undefined) {
            await apply(appcmdChange(poolTarget, `add environment variable ${name} = ${shown}`, buildAddPoolEnvironmentVariableArgs(appPool, name, value)));
        }
        else {
            await apply(appcmdChange(poolTarget, `change environment variable ${name} to ${shown}`, buildRemovePoolEnvironmentVariableArgs(appPool, name), buildAddPoolEnvironmentVariableArgs(appPool, name, value)));
        }
    }
    // Site ----------------------------------------------------------------------------------------------------------
    const siteTarget = `site '${site}'`;
    const siteTree = await appcmd.readObject('site', site);
    const siteExists = siteTree !== undefined;
    const wanted = bindings ?? (siteExists ? undefined : parseBindings(['http/*:80:']));
    if (!siteExists) {
        const sitePath = application === '/' ? options.physicalPath : options.sitePhysicalPath;
        if (sitePath === undefined)
            throw new core_errors/* InputError */.dz('site', `Site '${site}' does not exist: to create it for application '${application}', its root folder is needed (sitePhysicalPath). Create the site first, or deploy to application '/'.`);
        const plain = (wanted ?? []).filter((b) => !needsSni(b));
        const sni = (wanted ?? []).filter(needsSni);
        await apply(appcmdChange(siteTarget, `create it at ${sitePath} with bindings ${(wanted ?? []).map(formatBinding).join(', ') || '(none)'}`, buildAddSiteArgs({ name: site, bindings: plain, physicalPath: sitePath }), ...sni.map((b) => buildAddSiteBindingArgs(site, b, true))));
    }
    else if (wanted) {
        const have = existingBindings(siteTree);
        for (const binding of wanted) {
            if (have.some((h) => sameBinding(h, binding)))
                continue;
            await apply(appcmdChange(siteTarget, `add binding ${formatBinding(binding)}${needsSni(binding) ? ' (SNI)' : ''}`, buildAddSiteBindingArgs(site, binding, needsSni(binding))));
        }
        const extra = have.filter((h) => !wanted.some((w) => sameBinding(h, w)));
        if (extra.length > 0)
            reporter.info(`Site '${site}' also has bindings ${extra.map(formatBinding).join(', ')}: left as they are.`);
    }
    // Application -------------------------------------------------------------------------------------------------
    const appId = appIdentifier(site, application);
    const appTarget = `application '${appId}'`;
    const appPoolNow = siteExists ? await appcmd.readProperty('app', appId, 'applicationPool') : undefined;
    if (application !== '/' && appPoolNow === undefined) {
        await apply(appcmdChange(appTarget, `create it at ${options.physicalPath} in app pool '${appPool}'`, buildAddAppArgs({ site, path: application, physicalPath: options.physicalPath, appPool })));
    }
    else {
        // The root application comes with the site (in DefaultAppPool unless told otherwise).
        if (appPoolNow === undefined || appPoolNow.toLowerCase() !== appPool.toLowerCase())
            await apply(appcmdChange(appTarget, `app pool '${appPoolNow ?? 'DefaultAppPool'}' → '${appPool}'`, buildSetAppPoolOfAppArgs(site, application, appPool)));
        if (appPoolNow !== undefined) {
            const physicalNow = await appcmd.readProperty('vdir', rootVdirIdentifier(site, application), 'physicalPath');
            if (physicalNow === undefined || !samePhysicalPath(physicalNow, options.physicalPath))
                await apply(appcmdChange(appTarget, `physical path ${physicalNow ?? '(none)'} → ${options.physicalPath}`, buildSetPhysicalPathArgs(site, application, options.physicalPath)));
        }
    }
    // Authentication ----------------------------------------------------------------------------------------------
    const appExists = siteExists && appPoolNow !== undefined;
    for (const kind of AUTHENTICATION_KINDS) {
        const enabled = options.authentication?.[kind];
        if (enabled === undefined)
            continue;
        let current;
        if (appExists || !dryRun) {
            const { stdout } = await appcmd.run(buildGetAuthenticationArgs(site, application, kind));
            current = parseTextValues(stdout)[0]?.trim().toLowerCase();
        }
        if (current === String(enabled))
            continue;
        await apply(appcmdChange(appTarget, `${kind} authentication ${current === undefined ? '' : `${current} → `}${enabled ? 'enabled' : 'disabled'}`, buildSetAuthenticationArgs(site, application, kind, enabled)));
    }
    // Certificates ----------------------------------------------------------------------------------------------
    const https = (wanted ?? (siteTree ? existingBindings(siteTree) : [])).filter((b) => b.protocol === 'https');
    if (https.length > 0 && !thumbprint && bindings?.some((b) => b.protocol === 'https'))
        warn(`Site '${site}' has https bindings but no \`certificate-thumbprint\`: they only work if a certificate is already bound to ${https.map(sslEndpoint).join(', ')}.`);
    if (thumbprint && https.length === 0)
        warn(`\`certificate-thumbprint\` is set but site '${site}' has no https binding: the certificate is not bound anywhere.`);
    if (thumbprint && options.netsh) {
        const netsh = options.netsh;
        for (const binding of https) {
            const shown = await runNetsh(netsh, buildShowSslCertArgs(binding), appcmd, true);
            const bound = parseSslCertHash(shown);
            if (bound === thumbprint)
                continue;
            const store = options.certificate?.store ?? 'My';
            const commands = [
                ...(bound ? [buildDeleteSslCertArgs(binding)] : []),
                buildAddSslCertArgs(binding, thumbprint, store)
            ];
            await apply({
                change: {
                    target: `certificate ${sslEndpoint(binding).split('=')[1] ?? ''}`,
                    description: bound
                        ? `certificate ${bound} → ${thumbprint}`
                        : `bind certificate ${thumbprint} (${store})`,
                    commands: commands.map((args) => reporter.mask(formatCommandLine('netsh', args)))
                },
                run: async () => {
                    for (const args of commands)
                        await runNetsh(netsh, args, appcmd, false);
                }
            });
        }
    }
    // One pool per in-process app ---------------------------------------------------------------------------------
    const { stdout: appsOfPool, failure } = await appcmd.run(buildListAppsOfPoolArgs(appPool), {
        accept: [1168, 1]
    });
    if (!failure) {
        const others = parseObjectLines(appsOfPool)
            .filter((o) => o.type === 'APP' && o.id.toLowerCase() !== appId.toLowerCase())
            .map((o) => o.id);
        if (others.length > 0)
            warn(`App pool '${appPool}' also serves ${others.join(', ')}: in-process ASP.NET Core hosting allows one application per pool (a second one fails with 500.35). Give '${appId}' its own pool, or use hostingModel outofprocess.`);
    }
    const advice = dataProtectionAdvice(desiredPool.identityType, desiredPool.loadUserProfile);
    if (advice)
        warn(advice);
    if (changes.length === 0)
        reporter.info(`Provisioning: nothing to change (${poolTarget}, ${siteTarget} and ${appTarget} are as requested).`);
    return { changes, warnings, dryRun };
}
async function runNetsh(netsh, args, appcmd, isRead) {
    const shown = appcmd.reporter.mask(formatCommandLine('netsh', args));
    if (isRead)
        appcmd.reporter.debug(shown);
    else
        appcmd.reporter.info(shown);
    const result = await netsh.runner.run(netsh.path, args, { silent: true, signal: appcmd.signal });
    const output = `${result.stdout}\n${result.stderr}`;
    // `show` of an endpoint with no certificate fails ("The system cannot find the file specified."): an answer.
    if (isRead || result.exitCode === 0)
        return output;
    throw new core_errors/* ToolError */.v4('netsh', result.exitCode, `${shown} failed (exit code ${result.exitCode}): ${appcmd.reporter.mask(output.trim().replace(/\s+/g, ' '))}`, 'Check that the certificate is in the LocalMachine store given by `certificate-store` (default My), has a private key, and that the thumbprint is right.');
}

;// CONCATENATED MODULE: ./src/steps/sync/glob.ts
// A tiny glob matcher for `exclude` and `preserve` (Node 20 has no path.matchesGlob; we add no dependency).
// Paths are relative to the app root with forward slashes and compared case-insensitively, as on Windows file
// systems. Supported: `*` (any characters but `/`), `?` (one character but `/`), `**` (any number of folders),
// a trailing `/` (folders only). A pattern with no `/` but a trailing one matches a name at any depth (like
// .gitignore and like robocopy's /XF and /XD, which match names); a pattern with a `/` is anchored at the root.
// Anything a pattern matches takes everything under it along: excluding a folder excludes its content.

/** Characters Windows does not allow in a file name (`*` and `?` are wildcards here), or a control character. */
function hasInvalidNameCharacter(value) {
    return /[<>:"|]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32);
}
/** `a\b/./c/` → `a/b/c`: forward slashes, no `.` segments, no leading or trailing separator. */
function normalizeRelativePath(value) {
    return value
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
function hasWildcard(value) {
    return /[*?]/.test(value);
}
/**
 * Parses and validates one pattern. `input` names the input in errors. `anchorNames` anchors bare names at the
 * root (`preserve` lists target paths; `exclude` matches names anywhere).
 */
function parsePattern(raw, input, anchorNames = false) {
    const text = raw.trim().replace(/\\/g, '/');
    let directoryOnly = text.endsWith('/');
    let body = text;
    if (/(^|\/)\*\*$/.test(body) && body !== '**') {
        // `logs/**` is everything under logs: the same as `logs/`.
        body = body.slice(0, -2);
        directoryOnly = true;
    }
    const explicitlyAnchored = body.startsWith('/');
    body = normalizeRelativePath(body);
    // `**/name` is `name` at any depth: the same as a bare name.
    let floating = false;
    while (body.startsWith('**/')) {
        body = body.slice(3);
        floating = true;
    }
    if (body === '' || body === '**') {
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${raw}' matches everything; list files or folders to leave out.`);
    }
    const segments = body.split('/');
    if (segments.includes('..')) {
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${raw}' leaves the app folder ('..'); use a path relative to the app root.`);
    }
    if (/^[A-Za-z]:/.test(body) || /^\/\//.test(text)) {
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${raw}' is absolute; use a path relative to the app root.`);
    }
    if (hasInvalidNameCharacter(body)) {
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${raw}' contains a character Windows does not allow in file names (< > : " | or a control character).`);
    }
    const anchored = explicitlyAnchored || (!floating && (anchorNames || body.includes('/')));
    return { raw, body, anchored, directoryOnly };
}
function escapeRegExp(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
/** The regular expression source for a pattern body, without anchors. */
function bodyToRegExp(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '*' && body[i + 1] === '*') {
            const startsSegment = i === 0 || body[i - 1] === '/';
            const endsSegment = i + 2 === body.length || body[i + 2] === '/';
            if (startsSegment && body[i + 2] === '/') {
                out += '(?:.*/)?'; // `**/`: zero or more folders
                i += 2;
                continue;
            }
            if (startsSegment && endsSegment) {
                out += '.*';
                i += 1;
                continue;
            }
            out += '[^/]*'; // `a**b`: an ordinary star, as in .gitignore
            i += 1;
            continue;
        }
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += escapeRegExp(c);
    }
    return out;
}
function patternToRegExpSource(pattern) {
    const prefix = pattern.anchored ? '^' : '^(?:.*/)?';
    const suffix = pattern.directoryOnly ? '/.*$' : '(?:/.*)?$';
    return `${prefix}${bodyToRegExp(pattern.body)}${suffix}`;
}
/** Compiles a list of patterns into one matcher (one regular expression: fast on large trees). */
function compileGlobs(patterns) {
    if (patterns.length === 0) {
        return { patterns: [], matchesFile: () => false, matchesDirectory: () => false };
    }
    const regex = new RegExp(patterns.map((p) => `(?:${patternToRegExpSource(p)})`).join('|'), 'i');
    return {
        patterns: patterns.map((p) => p.raw),
        matchesFile: (relativePath) => regex.test(relativePath),
        // A folder is matched when its own path is, or when a folder-only pattern takes its content.
        matchesDirectory: (relativePath) => regex.test(`${relativePath}/`)
    };
}
/** Parses a list (ignoring blank lines and `#` comments) and compiles it. */
function compilePatternList(values, input, anchorNames = false) {
    const parsed = (values ?? [])
        .map((v) => v.trim())
        .filter((v) => v !== '' && !v.startsWith('#'))
        .map((v) => parsePattern(v, input, anchorNames));
    return { parsed, matcher: compileGlobs(parsed) };
}

;// CONCATENATED MODULE: ./src/steps/json-variables/json-document.ts
// A JSON (with comments, as .NET configuration reads it) parser that keeps every token's position, so a value can
// be replaced or a key added by editing the text in place: indentation, comments, key order, line endings and the
// BOM stay exactly as they were.
/** Not JSON; `line`/`column` are 1-based. */
class JsonSyntaxError extends Error {
    offset;
    line;
    column;
    name = 'JsonSyntaxError';
    constructor(message, offset, line, column) {
        super(`${message} at line ${line}, column ${column}`);
        this.offset = offset;
        this.line = line;
        this.column = column;
    }
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
class Parser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    fail(message, at = this.pos) {
        const { line, column } = lineAndColumn(this.text, at);
        throw new JsonSyntaxError(message, at, line, column);
    }
    /** Skips whitespace and comments (`//`, `/* *\/`), which .NET's JSON configuration provider allows. */
    skip() {
        const t = this.text;
        for (;;) {
            const c = t[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff')
                this.pos++;
            else if (c === '/' && t[this.pos + 1] === '/') {
                while (this.pos < t.length && t[this.pos] !== '\n')
                    this.pos++;
            }
            else if (c === '/' && t[this.pos + 1] === '*') {
                const close = t.indexOf('*/', this.pos + 2);
                if (close < 0)
                    this.fail('unterminated comment');
                this.pos = close + 2;
            }
            else
                return;
        }
    }
    document() {
        this.skip();
        const node = this.value();
        this.skip();
        if (this.pos < this.text.length)
            this.fail('unexpected text after the JSON value');
        return node;
    }
    value() {
        const c = this.text[this.pos];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"') {
            const start = this.pos;
            const value = this.string();
            return { kind: 'string', value, start, end: this.pos };
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 400));
        if (!literal)
            this.fail(c === undefined ? 'unexpected end of the file' : `unexpected '${c}'`);
        const start = this.pos;
        this.pos += literal[0].length;
        const text = literal[0];
        if (text === 'true' || text === 'false')
            return { kind: 'boolean', value: text === 'true', start, end: this.pos };
        if (text === 'null')
            return { kind: 'null', value: null, start, end: this.pos };
        return { kind: 'number', value: Number(text), start, end: this.pos };
    }
    string() {
        const start = this.pos;
        this.pos++; // opening quote
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === '"') {
                this.pos++;
                return JSON.parse(t.slice(start, this.pos));
            }
            if (c === '\\')
                this.pos += 2;
            else if (c === '\n')
                this.fail('line break inside a string');
            else
                this.pos++;
        }
        return this.fail('unterminated string', start);
    }
    object() {
        const start = this.pos;
        this.pos++;
        const members = [];
        for (;;) {
            this.skip();
            if (this.text[this.pos] === '}')
                break;
            if (this.text[this.pos] !== '"')
                this.fail('expected a "key" or }');
            const keyStart = this.pos;
            const key = this.string();
            const keySpan = { start: keyStart, end: this.pos };
            this.skip();
            if (this.text[this.pos] !== ':')
                this.fail(`expected ':' after "${key}"`);
            this.pos++;
            this.skip();
            members.push({ key, keySpan, value: this.value() });
            this.skip();
            if (this.text[this.pos] === ',') {
                this.pos++;
                continue;
            }
            if (this.text[this.pos] !== '}')
                this.fail("expected ',' or }");
        }
        this.pos++;
        return { kind: 'object', members, start, end: this.pos };
    }
    array() {
        const start = this.pos;
        this.pos++;
        const items = [];
        for (;;) {
            this.skip();
            if (this.text[this.pos] === ']')
                break;
            items.push(this.value());
            this.skip();
            if (this.text[this.pos] === ',') {
                this.pos++;
                continue;
            }
            if (this.text[this.pos] !== ']')
                this.fail("expected ',' or ]");
        }
        this.pos++;
        return { kind: 'array', items, start, end: this.pos };
    }
}
/** Parses JSON with comments and trailing commas, keeping positions. */
function parseJsonDocument(text) {
    return new Parser(text).document();
}
/** Why a variable could not be set (the key is missing, or the path runs through a value that has no keys). */
class JsonPathError extends Error {
    found;
    name = 'JsonPathError';
    constructor(message, 
    /** The longest prefix of the path that exists. */
    found) {
        super(message);
        this.found = found;
    }
}
/**
 * Follows `segments` from `root`. Keys match exactly first, then ignoring case (.NET configuration keys are
 * case-insensitive); a key that itself contains dots (`Microsoft.AspNetCore`) is matched by joining segments,
 * longest first. Numeric segments index arrays.
 */
function locate(root, segments) {
    let node = root;
    const consumed = [];
    let i = 0;
    outer: while (i < segments.length) {
        if (node.kind === 'object') {
            for (let take = segments.length - i; take >= 1; take--) {
                const key = segments.slice(i, i + take).join('.');
                const member = node.members.find((m) => m.key === key) ??
                    node.members.find((m) => m.key.toLowerCase() === key.toLowerCase());
                if (member) {
                    consumed.push(member.key);
                    node = member.value;
                    i += take;
                    continue outer;
                }
            }
            break;
        }
        if (node.kind === 'array') {
            const segment = segments[i];
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            const item = node.items[index];
            if (!item)
                break;
            consumed.push(segment);
            node = item;
            i++;
            continue;
        }
        break;
    }
    return { node, consumed, rest: segments.slice(i) };
}
/** The JSON text for `value` where a node of `existing` kind was. Keeps numbers and booleans typed. */
function jsonValueFor(existing, value) {
    const trimmed = value.trim();
    if (existing === 'number' && /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed))
        return trimmed;
    if (existing === 'boolean' && /^(true|false)$/i.test(trimmed))
        return trimmed.toLowerCase();
    if (existing === 'null' && trimmed === 'null')
        return 'null';
    if (existing === 'object' || existing === 'array') {
        try {
            const parsed = JSON.parse(trimmed);
            const kind = Array.isArray(parsed)
                ? 'array'
                : typeof parsed === 'object' && parsed !== null
                    ? 'object'
                    : 'other';
            if (kind === existing)
                return trimmed;
        }
        catch {
            // Falls through to the error below.
        }
        throw new JsonPathError(`holds ${existing === 'object' ? 'an object' : 'an array'}: give a JSON ${existing} or a key below it`, '');
    }
    return JSON.stringify(value);
}
/** How the file indents: the whitespace of the first indented line (2 spaces when there is none). */
function detectIndentUnit(text) {
    return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}
function detectEol(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** The indentation of the line `offset` is on. */
function lineIndent(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}
/** Offset just after the last member's value, and after a trailing comma if the file has one. */
function afterLastMember(text, object) {
    const last = object.members[object.members.length - 1];
    const offset = last.value.end;
    const tail = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*,/.exec(text.slice(offset, object.end));
    if (tail)
        return { offset: offset + tail[0].length, hasTrailingComma: true };
    return { offset, hasTrailingComma: false };
}
/**
 * Sets `keyPath` (`Logging.LogLevel.Default`, `Servers.0.Name`) to `value` in the JSON `text`, editing the text in
 * place. A missing key is a JsonPathError unless `addMissing`, which adds it (and any missing parent objects).
 */
function setJsonValue(text, keyPath, value, addMissing) {
    const root = parseJsonDocument(text);
    const segments = keyPath.split('.');
    const found = locate(root, segments);
    if (found.rest.length === 0) {
        const replacement = (() => {
            try {
                return jsonValueFor(found.node.kind, value);
            }
            catch (error) {
                if (error instanceof JsonPathError)
                    throw new JsonPathError(`'${found.consumed.join('.')}' ${error.message}`, found.consumed.join('.'));
                throw error;
            }
        })();
        const current = text.slice(found.node.start, found.node.end);
        const path = found.consumed.join('.');
        if (current === replacement)
            return { text, action: 'unchanged', path };
        return {
            text: text.slice(0, found.node.start) + replacement + text.slice(found.node.end),
            action: 'replaced',
            path
        };
    }
    const foundPath = found.consumed.join('.');
    if (!addMissing) {
        throw new JsonPathError(foundPath
            ? `'${keyPath}' is not there ('${foundPath}' is, without '${found.rest.join('.')}')`
            : `'${keyPath}' is not there`, foundPath);
    }
    const unit = detectIndentUnit(text);
    const eol = detectEol(text);
    const [first = '', ...others] = found.rest;
    const node = found.node;
    if (node.kind === 'array') {
        if (/^\d+$/.test(first) && Number(first) === node.items.length && others.length === 0) {
            return appendToArray(text, node, JSON.stringify(value), eol, [...found.consumed, first].join('.'));
        }
        throw new JsonPathError(`'${foundPath}' is an array: '${first}' must be an index below ${node.items.length + 1}`, foundPath);
    }
    if (node.kind !== 'object') {
        throw new JsonPathError(`'${foundPath}' is a ${node.kind}, so '${found.rest.join('.')}' cannot be added below it`, foundPath);
    }
    const memberIndent = memberIndentOf(text, node, unit);
    const nested = renderNestedValue(others, JSON.stringify(value), memberIndent, unit, eol);
    const member = `${JSON.stringify(first)}: ${nested}`;
    const path = [...found.consumed, ...found.rest].join('.');
    if (node.members.length === 0) {
        const closeIndent = lineIndent(text, node.end - 1);
        const inner = text.slice(node.start + 1, node.end - 1);
        const insertion = `${eol}${memberIndent}${member}${eol}${closeIndent}`;
        // `{}` or `{ }` (maybe with a comment): put the member inside, keeping what was there.
        return {
            text: text.slice(0, node.start + 1) + inner.trimEnd() + insertion + text.slice(node.end - 1),
            action: 'added',
            path
        };
    }
    const { offset, hasTrailingComma } = afterLastMember(text, node);
    const multiline = text.slice(node.start, node.members[0]?.keySpan.start).includes('\n');
    const separator = multiline ? `${eol}${memberIndent}` : ' ';
    const insertion = `${hasTrailingComma ? '' : ','}${separator}${member}${hasTrailingComma ? ',' : ''}`;
    return { text: text.slice(0, offset) + insertion + text.slice(offset), action: 'added', path };
}
function memberIndentOf(text, object, unit) {
    const first = object.members[0];
    if (first && text.slice(object.start, first.keySpan.start).includes('\n'))
        return lineIndent(text, first.keySpan.start);
    return lineIndent(text, object.start) + unit;
}
/** Renders `{ "a": { "b": value } }` for the missing segments below the added key, in the file's style. */
function renderNestedValue(rest, valueText, indent, unit, eol) {
    if (rest.length === 0)
        return valueText;
    const [key = '', ...others] = rest;
    const inner = renderNestedValue(others, valueText, indent + unit, unit, eol);
    return `{${eol}${indent}${unit}${JSON.stringify(key)}: ${inner}${eol}${indent}}`;
}
function appendToArray(text, array, valueText, eol, path) {
    const last = array.items[array.items.length - 1];
    if (!last) {
        return {
            text: `${text.slice(0, array.start + 1)}${valueText}${text.slice(array.end - 1)}`,
            action: 'added',
            path
        };
    }
    const multiline = text.slice(array.start, array.items[0]?.start).includes('\n');
    const indent = multiline ? lineIndent(text, array.items[0]?.start ?? array.start) : '';
    const insertion = multiline ? `,${eol}${indent}${valueText}` : `, ${valueText}`;
    return { text: text.slice(0, last.end) + insertion + text.slice(last.end), action: 'added', path };
}

;// CONCATENATED MODULE: ./src/steps/json-variables/json-variables.ts
// `json-variables` / `secret-json-variables` (contract §1): `Path.To.Key=value` written into the app's JSON files
// (default appsettings.json). Existing keys are replaced in every file that has them; a key no file has is an
// error unless `json-add-missing`, which adds it to the first file. Files are edited in place as text, so their
// formatting (indentation, comments, order, line endings, BOM) stays as it was.





const UTF8_BOM = '\ufeff';
const SKIPPED_FOLDERS = new Set(['node_modules', 'wwwroot', '.git']);
/** Relative paths of the `.json` files under `root` (not in wwwroot or node_modules), sorted. */
function listJsonFiles(root) {
    const found = [];
    const walk = (dir, prefix, depth) => {
        if (depth > 8)
            return;
        for (const entry of external_node_fs_default().readdirSync(dir, { withFileTypes: true })) {
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name.toLowerCase()))
                    walk(external_node_path_default().join(dir, entry.name), relative, depth + 1);
            }
            else if (entry.isFile() && /\.json$/i.test(entry.name))
                found.push(relative);
        }
    };
    walk(root, '', 0);
    return found.sort();
}
/** The files `patterns` name, in pattern order; a plain path that does not exist is an error. */
function resolveJsonFiles(appDir, patterns) {
    const errors = [];
    const result = [];
    let all;
    for (const pattern of patterns) {
        if (!hasWildcard(pattern)) {
            const relative = normalizeRelativePath(pattern);
            if (external_node_fs_default().existsSync(external_node_path_default().join(appDir, relative))) {
                if (!result.includes(relative))
                    result.push(relative);
            }
            else {
                errors.push(new core_errors/* InputError */.dz('json-files', `Input 'json-files': '${pattern}' is not in the app folder ${appDir}: check the name, it is relative to the app root.`));
            }
            continue;
        }
        all ??= listJsonFiles(appDir);
        const { matcher } = compilePatternList([pattern], 'json-files', true);
        for (const file of all.filter((f) => matcher.matchesFile(f)))
            if (!result.includes(file))
                result.push(file);
    }
    if (errors.length > 0)
        throw new core_errors/* InputErrors */.G(errors);
    return result;
}
function load(appDir, relative) {
    const absolute = external_node_path_default().join(appDir, relative);
    const bytes = external_node_fs_default().readFileSync(absolute);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new core_errors/* InputError */.dz('json-files', `${relative} is saved as UTF-16: save it as UTF-8 to set JSON variables in it.`);
    }
    const raw = bytes.toString('utf8');
    const bom = raw.startsWith(UTF8_BOM);
    return { relative, absolute, bom, text: bom ? raw.slice(1) : raw, changed: false };
}
/** Writes next to the file and renames over it, so a failure never leaves half a file. */
function writeAtomically(file, content) {
    const temp = `${file}.${process.pid}.tmp`;
    external_node_fs_default().writeFileSync(temp, content, 'utf8');
    external_node_fs_default().renameSync(temp, file);
}
/**
 * Writes the JSON variables into the app's JSON files. Every problem (missing key, broken file) is collected and
 * thrown at once as InputErrors naming the variable, the file and the fix; nothing is written then.
 */
async function applyJsonVariables(options) {
    const { reporter, variables } = options;
    if (variables.length === 0)
        return { files: [], changes: [] };
    const input = (v) => (v.secret ? 'secret-json-variables' : 'json-variables');
    const relativeFiles = resolveJsonFiles(options.appDir, options.files);
    if (relativeFiles.length === 0) {
        throw new core_errors/* InputError */.dz('json-files', `Input 'json-files' (${options.files.join(', ')}) matches no JSON file in ${options.appDir}.`);
    }
    const files = relativeFiles.map((relative) => load(options.appDir, relative));
    const errors = [];
    for (const file of files) {
        try {
            parseJsonDocument(file.text);
        }
        catch (error) {
            if (!(error instanceof JsonSyntaxError))
                throw error;
            errors.push(new core_errors/* InputError */.dz('json-files', `${file.relative} is not valid JSON: ${error.message}. Fix the file.`));
        }
    }
    if (errors.length > 0)
        throw new core_errors/* InputErrors */.G(errors);
    const changes = [];
    for (const variable of variables) {
        let matched = false;
        const misses = [];
        for (const file of files) {
            try {
                const result = setJsonValue(file.text, variable.name, variable.value, false);
                matched = true;
                if (result.action !== 'unchanged') {
                    file.text = result.text;
                    file.changed = true;
                }
                changes.push({
                    file: file.relative,
                    key: result.path,
                    action: result.action,
                    secret: variable.secret
                });
            }
            catch (error) {
                if (!(error instanceof JsonPathError))
                    throw error;
                misses.push(`${file.relative}: ${reporter.mask(error.message)}`);
            }
        }
        if (matched)
            continue;
        const first = files[0];
        if (options.addMissing) {
            try {
                const result = setJsonValue(first.text, variable.name, variable.value, true);
                first.text = result.text;
                first.changed = true;
                changes.push({ file: first.relative, key: result.path, action: 'added', secret: variable.secret });
                continue;
            }
            catch (error) {
                if (!(error instanceof JsonPathError))
                    throw error;
                misses.splice(0, misses.length, `${first.relative}: ${reporter.mask(error.message)}`);
            }
        }
        errors.push(new core_errors/* InputError */.dz(input(variable), `Input '${input(variable)}': ${misses.join('; ')}. Fix the key path (keys are separated by '.', arrays indexed by number)${options.addMissing ? '' : ", or set 'json-add-missing: true' to add it"}.`));
    }
    if (errors.length > 0)
        throw new core_errors/* InputErrors */.G(errors);
    // Keys only: values (secret or not) stay out of the log.
    for (const change of changes)
        reporter.info(`${change.file}: ${change.key} ${change.action}`);
    if (options.write !== false) {
        for (const file of files.filter((f) => f.changed))
            writeAtomically(file.absolute, (file.bom ? UTF8_BOM : '') + file.text);
    }
    return { files: relativeFiles, changes };
}

;// CONCATENATED MODULE: ./src/steps/sync/file-tree.ts
// Walking and copying folder trees for the planner, the release folders and the in-place backup. Synchronous fs
// calls on purpose: on a local disk they are the fastest way through 20,000 files in Node (see bench/).



/** Windows file systems compare names case-insensitively. */
function pathKey(relativePath) {
    return relativePath.toLowerCase();
}
/** Windows-style path (drive letter or UNC), whatever platform we run on: decides which path flavour to use. */
function isWindowsStylePath(p) {
    return /^[A-Za-z]:([\\/]|$)/.test(p) || /^\\\\/.test(p);
}
function file_tree_pathApiFor(p) {
    return isWindowsStylePath(p) ? (external_node_path_default()).win32 : (external_node_path_default());
}
/** Joins a root and a relative path (with `/` separators) in the root's own flavour. */
function joinRelative(root, relativePath) {
    const api = file_tree_pathApiFor(root);
    return relativePath === '' ? root : api.join(root, ...relativePath.split('/'));
}
function scanTree(root, options) {
    const scan = { exists: false, files: new Map(), directories: new Map(), links: [] };
    let rootStat;
    try {
        rootStat = external_node_fs_default().statSync(root);
    }
    catch {
        return scan;
    }
    if (!rootStat.isDirectory()) {
        const input = options.input ?? options.side;
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${root}' is not a folder.`);
    }
    scan.exists = true;
    const follow = options.side === 'source';
    const stack = [''];
    while (stack.length > 0) {
        const relativeDir = stack.pop();
        const absoluteDir = joinRelative(root, relativeDir);
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(absoluteDir, { withFileTypes: true });
        }
        catch (error) {
            // A folder that vanished meanwhile is simply not there; anything else (access denied) must surface.
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        for (const entry of entries) {
            const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            const absolute = external_node_path_default().join(absoluteDir, entry.name);
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            let stat;
            if (entry.isSymbolicLink()) {
                if (!follow) {
                    scan.links.push(relative);
                    continue;
                }
                try {
                    stat = external_node_fs_default().statSync(absolute);
                }
                catch {
                    continue; // a dangling link deploys nothing
                }
                isDirectory = stat.isDirectory();
                isFile = stat.isFile();
            }
            if (isDirectory) {
                if (options.ignoreDirectory?.(relative))
                    continue;
                addUnique(scan.directories, relative, relative, options);
                stack.push(relative);
            }
            else if (isFile) {
                if (options.ignoreFile?.(relative))
                    continue;
                stat ??= external_node_fs_default().statSync(absolute);
                addUnique(scan.files, relative, { path: relative, size: stat.size, mtimeMs: stat.mtimeMs }, options);
            }
        }
    }
    return scan;
}
function addUnique(map, relative, value, options) {
    const key = pathKey(relative);
    const existing = map.get(key);
    if (existing === undefined) {
        map.set(key, value);
        return;
    }
    if (options.side === 'source') {
        const other = typeof existing === 'string' ? existing : existing.path;
        const input = options.input ?? 'source';
        throw new core_errors/* InputError */.dz(input, `Input '${input}': '${other}' and '${relative}' differ only in case; a Windows file system cannot hold both. Rename one of them.`);
    }
    // A case-sensitive target (tests on Linux) may hold both: the first one stands for the name, as on Windows.
}
/** Copies one file, creating folders, and keeps its modification time (so size+time comparisons hold later). */
function copyFileKeepingTime(from, to) {
    external_node_fs_default().mkdirSync(external_node_path_default().dirname(to), { recursive: true });
    external_node_fs_default().copyFileSync(from, to);
    const stat = external_node_fs_default().statSync(from);
    external_node_fs_default().utimesSync(to, stat.atime, stat.mtime);
}
/**
 * Removes a tree without ever following a link: a junction or symlink (a release's link to `shared/`) is unlinked,
 * never entered, so shared data cannot be deleted through it.
 */
function removeTreeNoFollow(target) {
    let stat;
    try {
        stat = external_node_fs_default().lstatSync(target);
    }
    catch {
        return;
    }
    if (stat.isSymbolicLink()) {
        unlinkLink(target);
        return;
    }
    if (!stat.isDirectory()) {
        external_node_fs_default().rmSync(target, { force: true });
        return;
    }
    for (const name of external_node_fs_default().readdirSync(target))
        removeTreeNoFollow(external_node_path_default().join(target, name));
    external_node_fs_default().rmdirSync(target);
}
/** Removes a symlink or junction itself (on Windows a directory link may need rmdir). */
function unlinkLink(link) {
    try {
        external_node_fs_default().unlinkSync(link);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EPERM' || code === 'EISDIR')
            external_node_fs_default().rmdirSync(link);
        else if (code !== 'ENOENT')
            throw error;
    }
}
/** Sorts relative paths the same way everywhere (case-insensitive, then ordinal). */
function comparePaths(a, b) {
    const ka = pathKey(a);
    const kb = pathKey(b);
    if (ka !== kb)
        return ka < kb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/steps/sync/backup.ts
// In-place backup (`backup: true`): before an in-place sync, keep a copy of every file the plan replaces or
// deletes, and the list of what it adds, so that a failed start or health check can put the previous version
// back exactly (`restoreBackup`). Only the changed files are copied, never the whole site.
//
// Backups live next to the target (`<target>.iis-deploy-backups/<id>`), not inside it: IIS never serves them and
// no sync (delete-extra) ever sees them.




const MANIFEST_FILE = 'manifest.json';
const FILES_DIR = 'files';
const DEFAULT_KEEP_BACKUPS = 3;
/** `C:\inetpub\MyApp` → `C:\inetpub\MyApp.iis-deploy-backups`. */
function defaultBackupRoot(target) {
    const api = file_tree_pathApiFor(target);
    const trimmed = target.replace(/[\\/]+$/, '');
    const name = api.basename(trimmed);
    if (!name || /^[A-Za-z]:$/.test(trimmed)) {
        throw new core_errors/* InputError */.dz('physical-path', `The target '${target}' is a drive root: there is no folder next to it for the backup. Deploy into a folder, or set backup: false.`);
    }
    return api.join(api.dirname(trimmed), `${name}.iis-deploy-backups`);
}
function newBackupId(now) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace('T', '-')
        .replace(/\.\d+Z$/, '');
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}
/**
 * Copies what the plan replaces or deletes into a new backup folder and writes the manifest last (a folder
 * without one is an incomplete backup and is never restored).
 */
function createBackup(options) {
    const backupRoot = options.backupRoot ?? defaultBackupRoot(options.target);
    const now = options.now ?? new Date();
    const id = newBackupId(now);
    const dir = joinRelative(backupRoot, id);
    const filesDir = joinRelative(dir, FILES_DIR);
    external_node_fs_default().mkdirSync(filesDir, { recursive: true });
    const manifest = {
        version: 1,
        id,
        target: options.target,
        createdAt: now.toISOString(),
        added: [],
        updated: [],
        deleted: [],
        createdDirectories: [...(options.plan.newDirectories ?? [])],
        deletedDirectories: [...(options.plan.extraDirectories ?? [])],
        bytes: 0
    };
    try {
        for (const change of options.plan.changes) {
            if (change.kind === 'add') {
                manifest.added.push(change.path);
                continue;
            }
            const current = joinRelative(options.target, change.path);
            let size;
            try {
                size = external_node_fs_default().statSync(current).size;
            }
            catch {
                continue; // gone since the plan was made: nothing to keep
            }
            copyFileKeepingTime(current, joinRelative(filesDir, change.path));
            manifest.bytes += size;
            if (change.kind === 'update')
                manifest.updated.push(change.path);
            else
                manifest.deleted.push(change.path);
        }
        const manifestPath = joinRelative(dir, MANIFEST_FILE);
        external_node_fs_default().writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 1));
        external_node_fs_default().renameSync(`${manifestPath}.tmp`, manifestPath);
    }
    catch (error) {
        removeTreeNoFollow(dir);
        throw error;
    }
    return { dir, manifest };
}
/** Reads a backup folder; fails when it has no manifest (an interrupted backup). */
function readBackup(dir) {
    let text;
    try {
        text = external_node_fs_default().readFileSync(joinRelative(dir, MANIFEST_FILE), 'utf8');
    }
    catch {
        throw new core_errors/* InputError */.dz('backup', `The backup folder '${dir}' has no ${MANIFEST_FILE}: it is incomplete and cannot be restored.`);
    }
    return { dir, manifest: JSON.parse(text) };
}
/**
 * Puts the previous version back exactly: removes the files the sync added (and the folders it created, when
 * empty), restores the files it overwrote or deleted with their times, recreates the folders it deleted. Works
 * after a partial sync too. The app must not hold the files (take it offline first).
 */
function restoreBackup(backup) {
    const { dir, manifest } = typeof backup === 'string' ? readBackup(backup) : backup;
    const target = manifest.target;
    let removed = 0;
    for (const relative of manifest.added) {
        try {
            external_node_fs_default().unlinkSync(joinRelative(target, relative));
            removed++;
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
    for (const relative of [...manifest.deletedDirectories].sort((a, b) => depth(a) - depth(b) || comparePaths(a, b))) {
        external_node_fs_default().mkdirSync(joinRelative(target, relative), { recursive: true });
    }
    let restored = 0;
    for (const relative of [...manifest.updated, ...manifest.deleted]) {
        copyFileKeepingTime(joinRelative(joinRelative(dir, FILES_DIR), relative), joinRelative(target, relative));
        restored++;
    }
    for (const relative of [...manifest.createdDirectories].sort((a, b) => depth(b) - depth(a) || comparePaths(a, b))) {
        try {
            external_node_fs_default().rmdirSync(joinRelative(target, relative));
        }
        catch {
            // not empty (something else lives there now) or already gone: leave it
        }
    }
    return { restored, removed };
}
function depth(relative) {
    return relative.split('/').length;
}
/** Backups under `backupRoot`, newest first (ids start with their UTC time). */
function listBackups(backupRoot) {
    let names;
    try {
        names = external_node_fs_default().readdirSync(backupRoot);
    }
    catch {
        return [];
    }
    return names
        .filter((n) => /^\d{8}-\d{6}-[0-9a-f]+$/.test(n))
        .sort()
        .reverse()
        .map((n) => joinRelative(backupRoot, n));
}
/** Keeps the newest `keep` backups (and `keepAlso`, e.g. the one just made); deletes the rest. Returns them. */
function pruneBackups(options) {
    const keep = options.keep ?? DEFAULT_KEEP_BACKUPS;
    const all = listBackups(options.backupRoot);
    const deleted = all.slice(keep).filter((p) => p !== options.keepAlso);
    for (const p of deleted)
        removeTreeNoFollow(p);
    return deleted;
}

;// CONCATENATED MODULE: ./src/steps/sync/msdeploy-command-line.ts
// msdeploy.exe reads its own raw command line instead of the argv that CommandLineToArgvW would give it
// (domain-facts §4.5: an argument in outer quotes fails with `Unrecognized argument '"-setParam:…"'. All arguments
// must begin with "-".`, so the quotes reach msdeploy's own parser). This module is our model of that parser, the
// one place both sides use:
// - the builder (msdeploy.ts) writes values with `quoteMsDeployValue`, which refuses what the model cannot carry;
// - the fake msdeploy (test-support/fakes) reads its command line with `parseMsDeployCommandLine`;
// - the tests check that parsing what we built gives back exactly what we meant, for every hostile value.
//
// The grammar (what we rely on; every rule is the intersection of what msdeploy documents and what peers use):
//   line      := [program] argument*        arguments are separated by spaces or tabs outside quotes
//   quotes    := a `"` or `'` opens a quoted run that only the same character closes; the quote characters stay
//                in the token (msdeploy sees them, §4.5) and are removed when a value is read. There is NO escape
//                character: a backslash is literal (msdeploy is not CommandLineToArgvW), so `\"` is a backslash
//                followed by a quote. Because the real behaviour of `\"` is unverified (§4.5 (U)), the builder never
//                writes a backslash right before a closing quote.
//   argument  := '-' name [(':' | '=') value]        anything else: "Unrecognized argument"
//   objects   := for -source, -dest, -skip, -replace, -setParam, -declareParam the value is a list of settings
//                `key[=value]` separated by commas outside quotes (split at the first `=` outside quotes); for
//                -source/-dest the first one is `provider[=path]` (`-dest:iisApp="Site/app",computerName="…"`).
//   lists     := -enableRule/-disableRule/-enableLink/-disableLink take comma lists of names.
//
// How values are written (quoteMsDeployValue): bare when they only hold `A-Z a-z 0-9 _ . - \ / : @`; otherwise
// inside double quotes. A value that needs quotes cannot contain `"` (no escape exists, §4.5 (U)), cannot end with
// a backslash (`\"`, see above) and, like every value, cannot contain control characters (a command line has no
// line breaks) or broken UTF-16. Such a value is refused with an InputError that names the input; cmd.exe
// metacharacters (`& ^ % | < >`) need nothing: there is no shell.

/** msdeploy's own wording for a command line it cannot read (domain-facts §4.5). */
class MsDeployCommandLineError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'MsDeployCommandLineError';
}
/** Switches that take a value (canonical casing), from the msdeploy 7.1 usage text and peers (domain-facts §4.2). */
const VALUE_SWITCHES = [
    'verb',
    'source',
    'dest',
    'declareParam',
    'setParam',
    'enableRule',
    'disableRule',
    'enableLink',
    'disableLink',
    'skip',
    'replace',
    'enableSkipDirective',
    'disableSkipDirective',
    'retryAttempts',
    'retryInterval',
    'xpath',
    'preSync',
    'postSync',
    'setParamFile',
    'declareParamFile',
    'userAgent',
    'failureLevel'
];
/** Switches that are flags. */
const FLAG_SWITCHES = [
    'whatif',
    'useChecksum',
    'allowUntrusted',
    'verbose',
    'xml',
    'useAdminShares',
    'showSecure',
    'enableTransaction'
];
const CANONICAL = new Map([...VALUE_SWITCHES, ...FLAG_SWITCHES].map((name) => [name.toLowerCase(), name]));
const FLAGS = new Set(FLAG_SWITCHES.map((name) => name.toLowerCase()));
function isQuote(c) {
    return c === '"' || c === "'";
}
/**
 * Splits `text` at `separator` characters that are outside quoted runs. Quotes are kept. Throws on an unterminated
 * quote. `separator` is a predicate so that the command line splits at any whitespace and a list at commas.
 */
function splitOutsideQuotes(text, isSeparator, context, keepEmpty = false) {
    const parts = [];
    let current = '';
    let quote;
    let started = false;
    for (const c of text) {
        if (quote !== undefined) {
            current += c;
            if (c === quote)
                quote = undefined;
            continue;
        }
        if (isSeparator(c)) {
            if (started || keepEmpty)
                parts.push(current);
            current = '';
            started = false;
            continue;
        }
        if (isQuote(c))
            quote = c;
        current += c;
        started = true;
    }
    if (quote !== undefined) {
        throw new MsDeployCommandLineError(`Missing closing quote (${quote}) in ${context} '${current}'.`);
    }
    if (started || (keepEmpty && parts.length > 0))
        parts.push(current);
    return parts;
}
/** Removes the quote characters that delimit quoted runs: `"C:\a b"` → `C:\a b`, `'x'"y"z` → `xyz`. */
function unquoteMsDeployValue(text) {
    let out = '';
    let quote;
    for (const c of text) {
        if (quote !== undefined) {
            if (c === quote)
                quote = undefined;
            else
                out += c;
        }
        else if (isQuote(c))
            quote = c;
        else
            out += c;
    }
    return out;
}
/** Index of the first `=` outside quotes, or -1. */
function indexOfEqualsOutsideQuotes(text) {
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === quote)
                quote = undefined;
        }
        else if (isQuote(c))
            quote = c;
        else if (c === '=')
            return i;
    }
    return -1;
}
/** `a=1,b="x,y",c` → settings, values unquoted. Commas inside quotes do not split. */
function parseMsDeploySettings(value) {
    return settingsOf(value).filter((s) => s.key !== '' || s.value !== undefined);
}
function settingsOf(value) {
    const parts = splitOutsideQuotes(value, (c) => c === ',', 'setting list', true);
    return parts.map((part) => {
        const eq = indexOfEqualsOutsideQuotes(part);
        if (eq < 0)
            return { key: unquoteMsDeployValue(part), value: undefined };
        return { key: unquoteMsDeployValue(part.slice(0, eq)), value: unquoteMsDeployValue(part.slice(eq + 1)) };
    });
}
/** `provider[=path],key=value...` → object. */
function parseMsDeployObject(value) {
    const [first, ...rest] = settingsOf(value);
    // An empty part after the provider (`a=1,,b`) carries nothing.
    const settings = rest.filter((s) => s.key !== '' || s.value !== undefined);
    if (!first || first.key === '') {
        throw new MsDeployCommandLineError(`A provider is required in '${value}' (provider[=path][,setting=value]...).`);
    }
    return { provider: first.key, path: first.value, settings };
}
/** The value of a setting (case-insensitive key, as msdeploy's), or undefined. */
function settingValue(settings, key) {
    const lower = key.toLowerCase();
    return settings.find((s) => s.key.toLowerCase() === lower)?.value;
}
/** Splits a raw command line into tokens the way msdeploy does: at whitespace outside quotes, quotes kept. */
function splitMsDeployCommandLine(line) {
    return splitOutsideQuotes(line, (c) => c === ' ' || c === '\t', 'argument');
}
function parseInteger(name, value) {
    const text = unquoteMsDeployValue(value ?? '');
    if (!/^\d+$/.test(text)) {
        throw new MsDeployCommandLineError(`The value '${text}' of -${name} is not a whole number.`);
    }
    return Number(text);
}
/**
 * Parses a raw msdeploy command line with the grammar above. With `{ program: true }` the first token is the
 * program path (as Windows hands msdeploy its whole command line, argv[0] included: an unquoted path with spaces
 * then leaves `Files\IIS\...` as an argument, the failure of azure-pipelines-tasks #17634). Throws
 * MsDeployCommandLineError with msdeploy's wording for what msdeploy would refuse.
 */
function parseMsDeployCommandLine(line, options = {}) {
    const tokens = splitMsDeployCommandLine(line);
    const program = options.program ? tokens.shift() : undefined;
    const parsed = {
        program: program === undefined ? undefined : unquoteMsDeployValue(program),
        arguments: [],
        verb: undefined,
        source: undefined,
        dest: undefined,
        skips: [],
        setParams: [],
        enabledRules: [],
        disabledRules: [],
        enabledLinks: [],
        disabledLinks: [],
        flags: [],
        retryAttempts: undefined,
        retryInterval: undefined
    };
    for (const token of tokens) {
        if (!token.startsWith('-')) {
            throw new MsDeployCommandLineError(`Unrecognized argument '${token}'. All arguments must begin with "-".`);
        }
        const match = /^-([A-Za-z]+)(?:([:=])([\s\S]*))?$/.exec(token);
        const canonical = match ? CANONICAL.get(match[1].toLowerCase()) : undefined;
        if (!match || canonical === undefined) {
            throw new MsDeployCommandLineError(`Unrecognized argument '${token}'.`);
        }
        const value = match[2] === undefined ? undefined : match[3];
        const isFlag = FLAGS.has(canonical.toLowerCase());
        if (isFlag && value !== undefined) {
            throw new MsDeployCommandLineError(`The argument '-${canonical}' does not take a value: '${token}'.`);
        }
        if (!isFlag && value === undefined) {
            throw new MsDeployCommandLineError(`The argument '-${canonical}' requires a value: '${token}'.`);
        }
        parsed.arguments.push({ name: match[1], value, text: token });
        const list = () => parseMsDeploySettings(value ?? '')
            .map((s) => s.key)
            .filter(Boolean);
        switch (canonical) {
            case 'verb':
                parsed.verb = unquoteMsDeployValue(value ?? '');
                break;
            case 'source':
                parsed.source = parseMsDeployObject(value ?? '');
                break;
            case 'dest':
                parsed.dest = parseMsDeployObject(value ?? '');
                break;
            case 'skip':
                parsed.skips.push(parseMsDeploySettings(value ?? ''));
                break;
            case 'setParam':
                parsed.setParams.push(parseMsDeploySettings(value ?? ''));
                break;
            case 'enableRule':
                parsed.enabledRules.push(...list());
                break;
            case 'disableRule':
                parsed.disabledRules.push(...list());
                break;
            case 'enableLink':
                parsed.enabledLinks.push(...list());
                break;
            case 'disableLink':
                parsed.disabledLinks.push(...list());
                break;
            case 'retryAttempts':
                parsed.retryAttempts = parseInteger(canonical, value);
                break;
            case 'retryInterval':
                parsed.retryInterval = parseInteger(canonical, value);
                break;
            default:
                if (isFlag)
                    parsed.flags.push(canonical);
        }
    }
    return parsed;
}
// ---------------------------------------------------------------------------------------------------------------
// Writing values
/** Characters that may stand bare after `key=`; anything else is written in double quotes. */
const BARE = /^[A-Za-z0-9_.\-\\/:@]+$/;
/** Characters that make quotes mandatory under the grammar (separators and quote characters). */
const NEEDS_QUOTES = /[\s,'"]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** How a refused value is shown: secrets never, other values with control characters made visible. */
function shown(value, secret) {
    if (secret)
        return "'***'";
    const visible = [...value]
        .map((c) => {
        const code = c.codePointAt(0) ?? 0;
        return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
        .join('');
    return `'${visible}'`;
}
/** Why msdeploy's command line cannot carry `value`, or undefined when it can. */
function msDeployValueProblem(value) {
    if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
        return 'it contains a control character (a line break, a tab...), which a command line cannot carry';
    }
    if (LONE_SURROGATE.test(value))
        return 'it is not valid Unicode (a lone surrogate)';
    if (value.includes('"')) {
        return 'it contains a double quote ("): msdeploy reads its own command line and has no escape for a quote inside a quoted value (domain-facts §4.5)';
    }
    if (value !== '' && !BARE.test(value) && NEEDS_QUOTES.test(value) && value.endsWith('\\')) {
        return 'it must be quoted (it contains a space, a comma or a quote) and ends with a backslash, and a backslash before the closing quote is read differently by different parsers (domain-facts §4.5)';
    }
    return undefined;
}
/**
 * A value as it must appear after `key=` on msdeploy's command line: bare when it only holds safe characters,
 * otherwise in double quotes (domain-facts §4.5). Throws an InputError naming the input (value masked when
 * secret) when the grammar cannot carry it.
 */
function quoteMsDeployValue(value, options) {
    const problem = msDeployValueProblem(value);
    if (problem !== undefined) {
        const what = options.what ? `${options.what} ` : '';
        throw new core_errors/* InputError */.dz(options.input, `Input '${options.input}': ${what}${shown(value, options.secret ?? false)} cannot be passed to msdeploy: ${problem}.`);
    }
    if (BARE.test(value))
        return value;
    // Only precautionary characters (no separator, no quote): a trailing backslash is safe bare, not in quotes.
    if (!NEEDS_QUOTES.test(value) && value.endsWith('\\'))
        return value;
    return `"${value}"`;
}
/**
 * The program path as the first token of the raw command line: in double quotes when it holds whitespace, or
 * msdeploy reads `Files\IIS\...` as an argument (azure-pipelines-tasks #17634, #18811).
 */
function quoteMsDeployProgram(program) {
    return /[\s']/.test(program) ? `"${program}"` : program;
}

;// CONCATENATED MODULE: ./src/steps/sync/msdeploy-skips.ts
// `exclude` and `preserve` as msdeploy skip rules. A skip's `absolutePath` is a .NET regular expression matched
// against the full path of each object, on the source and on the destination alike (domain-facts §4.4), and a skip
// without `skipAction` keeps matching objects from being added, updated or deleted. So user paths must be escaped
// (a `.` or `(` in a name is not a pattern) and anchored: `\\logs$` is "a path ending in the folder logs", not
// "a path containing 'logs' somewhere" (an unanchored `logs` would also skip `catalogs\x.dll`).
//
// The anchor is a path separator, not the app root: the root is a different absolute path on each side (the publish
// folder here, the site folder or `Site/app` there, unknown for a remote server), so a rule cannot name it. A
// pattern therefore matches at any depth: `logs` is any folder named logs (as robocopy's /XD matches names), and
// `App_Data/keys` any `App_Data\keys`. For `preserve` that errs on the side of keeping more.

/** Escapes the metacharacters of .NET regular expressions (Regex.Escape's set, spaces aside). */
function escapeMsDeployRegex(text) {
    return text.replace(/[\\*+?|{}[\]()^$.#]/g, '\\$&');
}
/** A glob body (`/` separators, `*`, `?`, `**`) as a .NET regex over Windows paths (`\` separators). */
function globBodyToMsDeployRegex(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '*' && body[i + 1] === '*') {
            const startsSegment = i === 0 || body[i - 1] === '/';
            if (startsSegment && body[i + 2] === '/') {
                out += '(?:[^\\\\]*\\\\)*'; // `**/`: zero or more folders
                i += 2;
                continue;
            }
            if (startsSegment && i + 2 === body.length) {
                out += '.*';
                i += 1;
                continue;
            }
            out += '[^\\\\]*';
            i += 1;
            continue;
        }
        if (c === '*')
            out += '[^\\\\]*';
        else if (c === '?')
            out += '[^\\\\]';
        else if (c === '/')
            out += '\\\\';
        else
            out += escapeMsDeployRegex(c);
    }
    return out;
}
/**
 * The regex for one pattern: case-insensitive like Windows paths (`(?i)`), starting at a path separator, ending at
 * the end of the path.
 */
function patternToMsDeployRegex(pattern) {
    return `(?i)\\\\${globBodyToMsDeployRegex(pattern.body)}$`;
}
/** Skip rules for one pattern: folders only for `logs/`, otherwise both folders and files of that name. */
function skipRulesForPattern(pattern) {
    const absolutePath = patternToMsDeployRegex(pattern);
    const rules = [{ objectName: 'dirPath', absolutePath }];
    if (!pattern.directoryOnly)
        rules.push({ objectName: 'filePath', absolutePath });
    return rules;
}
/** app_offline.htm is never deployed from the source nor deleted from the target (domain-facts §6). */
const APP_OFFLINE_SKIP = {
    objectName: 'filePath',
    absolutePath: `(?i)\\\\${escapeMsDeployRegex('app_offline.htm')}$`
};
/**
 * Every skip rule for `exclude` (source globs) and `preserve` (target paths), deduplicated, app_offline.htm first.
 * Invalid patterns throw the InputError of glob.ts (same validation as the robocopy provider and the planner).
 */
function buildMsDeploySkipRules(exclude = [], preserve = []) {
    const patterns = [
        ...clean(exclude).map((p) => parsePattern(p, 'exclude')),
        ...clean(preserve).map((p) => parsePattern(p, 'preserve', true))
    ];
    const rules = [APP_OFFLINE_SKIP, ...patterns.flatMap(skipRulesForPattern)];
    const seen = new Set();
    return rules.filter((rule) => {
        const key = `${rule.objectName}\n${rule.absolutePath.toLowerCase()}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function clean(values) {
    return values.map((v) => v.trim()).filter((v) => v !== '' && !v.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/steps/sync/msdeploy-output.ts
// What msdeploy prints, read back: the per-object `Info:` lines, the `Total changes:` summary, and the error blocks
// (`Error Code: ERROR_X` / `More Information: …` / `Error: …` / `Error count: N.`, domain-facts §4.6), classified
// into an MsDeployError that says what happened and what to do (peers §4 idea 13). msdeploy fails with exit code
// -1, which arrives as 255 on Linux and as 4294967295 through some wrappers: the text decides, the code is the
// fallback.

const CHANGE = /^Info:\s+(Adding|Updating|Deleting)\s+(.+?)\s+\((.*)\)\.?\s*$/;
const TOTALS = /^Total changes:\s*(\d+)\s*\(\s*(\d+) added,\s*(\d+) deleted,\s*(\d+) updated,\s*(\d+) parameters? changed,\s*(\d+) bytes copied\s*\)/i;
const ERROR_CODE = /^(?:Error:\s*)?Error Code:\s*(?:ERROR_)?([A-Z0-9_]+)\s*$/i;
const MORE_INFORMATION = /^More Information:\s*(.*)$/i;
const ERROR_LINE = /^Error:\s*(.*)$/i;
const ERROR_COUNT = /^Error count:\s*(\d+)/i;
const WARNING_LINE = /^Warning:\s*(.*)$/i;
/** A line that starts something new (ends a multi-line `More Information:` text). */
const STARTS_ENTRY = /^(Info|Warning|Error|Error Code|Error count|More Information|Total changes|Verbose):/i;
const ACTIONS = {
    Adding: 'add',
    Updating: 'update',
    Deleting: 'delete'
};
/** Parses msdeploy's plain-text output (stdout and stderr; errors go to stderr). */
function parseMsDeployOutput(stdout, stderr = '') {
    const output = {
        totals: undefined,
        changes: [],
        errors: [],
        errorCount: undefined,
        warnings: []
    };
    let current;
    let continuing;
    const lines = `${stdout}\n${stderr}`.split(/\r?\n/);
    for (const rawLine of lines) {
        const line = rawLine.trim();
        if (line === '')
            continue;
        if (continuing === 'message' && current && !STARTS_ENTRY.test(line)) {
            // `More Information:` wraps onto following lines (`  Learn more at: …`).
            current.message = `${current.message} ${line}`.trim();
            continue;
        }
        continuing = undefined;
        let m;
        if ((m = CHANGE.exec(line))) {
            output.changes.push({
                action: ACTIONS[m[1]] ?? 'add',
                objectKind: m[2],
                path: m[3]
            });
        }
        else if ((m = TOTALS.exec(line))) {
            const [changes, added, deleted, updated, parametersChanged, bytesCopied] = m
                .slice(1, 7)
                .map(Number);
            output.totals = { changes, added, deleted, updated, parametersChanged, bytesCopied };
        }
        else if ((m = ERROR_CODE.exec(line))) {
            current = { code: `ERROR_${m[1].toUpperCase()}`, message: '', details: [] };
            output.errors.push(current);
        }
        else if ((m = MORE_INFORMATION.exec(line))) {
            if (!current) {
                current = { code: undefined, message: '', details: [] };
                output.errors.push(current);
            }
            current.message = m[1].trim();
            continuing = 'message';
        }
        else if ((m = ERROR_COUNT.exec(line))) {
            output.errorCount = Number(m[1]);
            current = undefined;
        }
        else if ((m = ERROR_LINE.exec(line))) {
            const text = m[1].trim();
            if (current)
                current.details.push(text);
            else
                output.errors.push({ code: codeIn(text), message: text, details: [] });
        }
        else if ((m = WARNING_LINE.exec(line))) {
            output.warnings.push(m[1].trim());
        }
    }
    return output;
}
/** An `ERROR_X` code mentioned inside a text (`… Learn more at: …#ERROR_FILE_IN_USE`), or undefined. */
function codeIn(text) {
    return /\b(ERROR_[A-Z0-9_]+)\b/.exec(text)?.[1];
}
/** msdeploy's -1 as it arrives: -1 on Windows, 255 on Linux (low 8 bits), 4294967295 through unsigned wrappers. */
function isMsDeployFailureExitCode(exitCode) {
    return exitCode !== 0;
}
/** The exit code as msdeploy meant it: 255 and 4294967295 are -1. */
function normalizeMsDeployExitCode(exitCode) {
    return exitCode === 255 || exitCode === 4294967295 ? -1 : exitCode;
}
const BUG = 'iis-deploy built a command line msdeploy did not accept: this is a bug, please report it with the (masked) command line above.';
/** Web Deploy error codes (https://go.microsoft.com/fwlink/?LinkId=221672, domain-facts §4.6, peers §3). */
const KNOWN_ERRORS = {
    ERROR_FILE_IN_USE: {
        summary: 'a file on the destination is locked by a running process (the app itself, domain-facts §6)',
        fix: (c) => c.remote
            ? "Use 'take-offline: app-offline' (msdeploy's AppOffline rule) so the app lets go of its files before the copy; if the lock outlives it, raise msdeploy's retries or recycle the pool on the server (peers §3.1)."
            : "Use 'take-offline: both' (app_offline.htm plus a stopped pool, waiting until the worker process has exited) or 'strategy: releases' (no live file is overwritten, so nothing can be locked). More retries only hide the race (peers §3.1)."
    },
    ERROR_USER_UNAUTHORIZED: {
        summary: 'the Web Deploy server refused the credentials (401 Unauthorized)',
        fix: () => "Check 'msdeploy-username' and 'msdeploy-password', that the site named in 'msdeploy-url' (?site=) exists, and that the user has IIS Manager permissions on that site; a Windows account may need 'msdeploy-auth-type: NTLM'."
    },
    ERROR_DESTINATION_NOT_REACHABLE: {
        summary: 'the Web Deploy server could not be reached',
        fix: () => "Check the host and port in 'msdeploy-url' (the Web Management Service listens on 8172), that the service runs on the server ('net start wmsvc') and that no firewall blocks the port."
    },
    ERROR_DESTINATION_INVALID: {
        summary: 'the computer name is mistyped or the computer is not reachable',
        fix: () => "Check the host name in 'msdeploy-url' (can the runner resolve and ping it?)."
    },
    ERROR_COULD_NOT_CONNECT_TO_REMOTESVC: {
        summary: 'Web Deploy could not connect to the remote service',
        fix: () => "Start the Web Management Service ('net start wmsvc', port 8172) or the Web Deployment Agent Service ('net start msdepsvc', port 80) on the server, and open its port in the firewall."
    },
    ERROR_CONNECTION_TERMINATED: {
        summary: 'the connection to the Web Deploy server was dropped during the sync',
        fix: () => 'The sync was retried; check the network path to the server (proxies, load balancers with short idle timeouts) and run the deploy again.',
        transient: true
    },
    ERROR_CERTIFICATE_VALIDATION_FAILED: {
        summary: "the Web Deploy server's TLS certificate is not trusted (typically the self-signed certificate on 8172)",
        fix: () => "Set 'allow-untrusted: true' to accept the server's self-signed certificate, or install a certificate the runner trusts on the Web Management Service."
    },
    ERROR_SITE_DOES_NOT_EXIST: {
        summary: 'the IIS site does not exist on the destination',
        fix: () => "Check 'site' (and the ?site= of 'msdeploy-url'), or create the site ('create: true' on a local target). The AppOffline rule needs an IIS site/app destination: a physical folder gives this error too (peers §3.2)."
    },
    ERROR_APP_DOES_NOT_EXIST: {
        summary: 'the IIS application does not exist on the destination',
        fix: () => "Check 'application' (the virtual path, e.g. /api) against the site's applications."
    },
    ERROR_INSUFFICIENT_ACCESS_TO_SITE_FOLDER: {
        summary: "the deploy identity may not create or change files in the site's folder",
        fix: () => "Give the identity Full Control on the site's root folder (the Windows user, or the Web Management Service's identity for IIS Manager users), or run 'Configure Web Deploy Publishing' for the site in IIS Manager."
    },
    ERROR_INSUFFICIENT_ACCESS_TO_APPHOSTCONFIG: {
        summary: 'the createApp delegation identity cannot write applicationHost.config',
        fix: () => 'Give the RunAs identity of the createApp delegation rule write access to %windir%\\system32\\inetsrv\\config\\applicationHost.config.'
    },
    ERROR_FAILED_TO_BRING_APP_ONLINE: {
        summary: 'Web Deploy could not remove App_Offline.htm after the sync: the app stays offline (503)',
        fix: () => "Delete App_Offline.htm from the app's root folder on the server (a rerun with the AppOffline rule also removes it), and check the server's event log for why it could not."
    },
    ERROR_USER_NOT_ADMIN: {
        summary: 'the Remote Agent Service needs an administrator account',
        fix: () => "Use an administrator of the server, or deploy through the Web Management Service: 'msdeploy-url: https://host:8172/msdeploy.axd?site=<site>'."
    },
    ERROR_PROXY_GATEWAY: {
        summary: 'a proxy gateway blocks the connection to the Web Deploy server',
        fix: () => 'Web Deploy ignores the system proxy settings: deploy from a network that reaches the server directly.'
    },
    ERROR_OBJECT_TO_BE_DELETED_DOES_NOT_EXIST: {
        summary: 'something else changed the destination during the sync',
        fix: () => 'Make sure no other deploy or process writes to the target at the same time, and run the deploy again.',
        transient: true
    },
    ERROR_EXCEPTION_WHILE_CREATING_OBJECT: {
        summary: 'Web Deploy could not read the source',
        fix: () => "Check that 'source' exists and that the runner's account can read every file in it."
    },
    ERROR_API_NOT_SUPPORTED: {
        summary: 'the server runs an older Web Deploy than this msdeploy',
        fix: () => 'Install the latest Web Deploy (3.6 or later) on the server.'
    },
    ERROR_ASSEMBLY_NOT_FOUND: {
        summary: 'Web Deploy could not load one of its components',
        fix: () => 'Repair or reinstall Web Deploy (3.6 or later) on the machine that reported it.'
    },
    ERROR_NOT_SUPPORTED: {
        summary: 'the server does not allow creating or changing applications during a publish',
        fix: () => "Create the application on the server first, then deploy to it ('site' + 'application')."
    },
    ERROR_MAX_NUM_APPLICATIONS_EXCEEDED: {
        summary: 'the server allows no more applications for this user',
        fix: () => 'Ask the server administrator for more applications, or remove unused ones.'
    },
    ERROR_FRAMEWORK_VERSIONS_DO_NOT_MATCH: {
        summary: 'msdeploy here and on the server run on different .NET Framework versions',
        fix: () => 'Install the same Web Deploy and .NET Framework versions on the runner and the server.'
    },
    ERROR_INVALID_PATH: { summary: 'msdeploy did not accept a provider path', fix: () => BUG },
    ERROR_INVALID_SETTING_SPECIFIED: { summary: 'msdeploy did not accept a provider setting', fix: () => BUG },
    ERROR_INVALID_SETTING_VALUE_SPECIFIED: {
        summary: 'msdeploy did not accept a provider setting value',
        fix: () => BUG
    }
};
function knownError(code) {
    if (code === undefined)
        return undefined;
    const known = KNOWN_ERRORS[code];
    if (known)
        return known;
    const provider = /^ERROR_USER_NOT_AUTHORIZED_FOR_(\w+)$/.exec(code)?.[1];
    if (provider) {
        return {
            summary: `the user is not allowed to use the Web Deploy provider '${provider}' (no delegation rule)`,
            fix: () => `Add a Management Service delegation rule for '${provider}' on the server (IIS Manager, Management Service Delegation), or repair Web Deploy so it recreates its default rules.`
        };
    }
    return undefined;
}
/** msdeploy's error, classified: the Web Deploy code (when there is one), what happened and the fix. */
class MsDeployError extends core_errors/* ToolError */.v4 {
    code;
    transient;
    details;
    name = 'MsDeployError';
    constructor(
    /** `ERROR_FILE_IN_USE`, `MSDEPLOY_COMMAND_LINE` (msdeploy could not read its arguments), or undefined. */
    code, exitCode, message, fix, 
    /** Worth running the whole sync again. */
    transient, 
    /** msdeploy's own error texts (already masked). */
    details) {
        super('msdeploy', exitCode, message, fix);
        this.code = code;
        this.transient = transient;
        this.details = details;
    }
}
/** Code used when msdeploy refused its command line (`Unrecognized argument …`): always our bug. */
const MSDEPLOY_COMMAND_LINE_ERROR = 'MSDEPLOY_COMMAND_LINE';
function exitCodeText(exitCode) {
    const normalized = normalizeMsDeployExitCode(exitCode);
    return normalized === exitCode
        ? `exit code ${exitCode}`
        : `exit code ${normalized} (reported as ${exitCode})`;
}
/**
 * The failure msdeploy reported, or undefined when it succeeded. Decides from the text first (an error block or a
 * non-zero `Error count`), the exit code second. Pass output that is already masked: it ends up in the message.
 */
function classifyMsDeployFailure(output, exitCode, context = {}) {
    const failedByText = output.errors.length > 0 || (output.errorCount ?? 0) > 0;
    if (!failedByText && !isMsDeployFailureExitCode(exitCode))
        return undefined;
    const coded = output.errors.find((e) => e.code !== undefined && knownError(e.code)) ??
        output.errors.find((e) => e.code !== undefined);
    const commandLine = output.errors.find((e) => /Unrecognized argument|must begin with "-"/i.test(e.message));
    const details = output.errors.flatMap((e) => [e.message, ...e.details]).filter(Boolean);
    const shownDetails = details.slice(0, 6).join(' | ');
    if (!coded && commandLine) {
        return new MsDeployError(MSDEPLOY_COMMAND_LINE_ERROR, exitCode, `msdeploy failed (${exitCodeText(exitCode)}): it could not read its command line: ${commandLine.message}`, BUG, false, details);
    }
    // Without a code, a dropped transport is still a dropped connection (peers map the text the same way).
    const code = coded?.code ??
        (/transport connection/i.test(details.join('\n')) ? 'ERROR_CONNECTION_TERMINATED' : undefined);
    const known = knownError(code);
    const parts = [`msdeploy failed (${exitCodeText(exitCode)}${code ? `, ${code}` : ''})`];
    if (known)
        parts.push(`: ${known.summary}.`);
    else
        parts.push('.');
    if (shownDetails)
        parts.push(` msdeploy said: ${shownDetails}`);
    if (code === 'ERROR_FILE_IN_USE' && context.retryAttempts !== undefined) {
        parts.push(` (after msdeploy's ${context.retryAttempts} retries)`);
    }
    if (context.appOffline && code !== 'ERROR_FAILED_TO_BRING_APP_ONLINE') {
        // domain-facts §4.4: on failure the AppOffline rule leaves App_Offline.htm in place.
        parts.push(' The AppOffline rule may have left App_Offline.htm in place: the app answers 503 until it is removed.');
    }
    let fix = known?.fix(context);
    if (!fix && code)
        fix = `See https://go.microsoft.com/fwlink/?LinkId=221672#${code} for what ${code} means.`;
    if (!fix)
        fix = 'Read the msdeploy output above; rerun with debug logging for the full log.';
    return new MsDeployError(code, exitCode, parts.join(''), fix, known?.transient ?? false, details);
}

;// CONCATENATED MODULE: ./src/steps/sync/msdeploy.ts
// The Web Deploy provider: one msdeploy `-verb:sync` from the publish folder to an IIS app (local, or remote through
// the Web Management Service), built as the exact raw command line msdeploy reads (msdeploy-command-line.ts) and
// run with verbatim arguments and no shell (domain-facts §4.5).
//
// Choices (domain-facts §4, peers §3):
// - Destination: an IIS site/app is `-dest:iisApp="Site/app"` (§4.3's canonical local command); the AppOffline rule
//   needs such a destination: a physical `contentPath` gives ERROR_SITE_DOES_NOT_EXIST (peers §3.2). A physical
//   folder (a release folder being staged) is `-dest:contentPath="<folder>"`, with the source as `contentPath` too.
// - A `.zip` source is a Web Deploy package: `-source:package=` to `-dest:auto` with the `IIS Web Application Name`
//   parameter (a plain zip of `dotnet publish` output must be extracted by the caller first).
// - `-enableRule:DoNotDeleteRule` unless delete-extra; exclude/preserve and app_offline.htm as anchored `-skip`
//   rules (msdeploy-skips.ts); `includeAcls=False` so the build folder's ACLs never replace the site's (§4.2).
// - `-retryAttempts`/`-retryInterval` always explicit; `-useChecksum` for checksum; `-whatif` for a dry run.
// - No `-xml`: the plain output is documented (§4.6) and parsed; no `-disableLink`: §4 recommends none for
//   iisApp/contentPath (the link extensions belong to the appHostConfig/webServer providers).
// - The password is registered as a secret first; the line is logged with `***` in its place by us (the runner
//   runs silent), and every output or error text is masked before it goes anywhere.
//
// How the line reaches msdeploy: `args` are msdeploy's arguments, one token each. On Windows the runner passes them
// with `verbatimArguments`, so the process command line is `"<msdeploy.exe>" ` + args.join(' ') — exactly the text
// msdeploy parses. On Linux the fake msdeploy receives the same tokens as argv and rebuilds that text with
// argv.join(' ') before parsing it with the same grammar: both platforms parse the same line.







const DEFAULT_MSDEPLOY_RETRY_ATTEMPTS = 5;
const DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS = 3000;
const MASK = '***';
function isIisTarget(target) {
    return 'site' in target;
}
/** A folder path without trailing separators (`C:\pub\` → `C:\pub`), roots kept (`C:\`, `/`). */
function trimTrailingSeparators(value) {
    const trimmed = value.replace(/[\\/]+$/, '');
    if (trimmed === '' || /^[A-Za-z]:$/.test(trimmed))
        return value.slice(0, trimmed.length + 1);
    return trimmed;
}
function checkValue(value, input, what, secret = false) {
    // quoteMsDeployValue throws the InputError; the result is not needed here.
    quoteMsDeployValue(value, { input, what, secret });
}
/** `Site/app` for msdeploy from `site` and `application` (`/`, `/api`, `api/v1/`). */
function iisAppPath(site, application = '/') {
    if (site === '')
        throw new core_errors/* InputError */.dz('site', "Input 'site' is empty: name the IIS site to deploy to.");
    if (/[\\/]/.test(site)) {
        throw new core_errors/* InputError */.dz('site', `Input 'site' is '${site}': a site name cannot contain '/' or '\\'.`);
    }
    checkValue(site, 'site', 'the site name');
    const segments = application.replace(/\\/g, '/').split('/').filter(Boolean);
    if (segments.some((s) => s === '.' || s === '..')) {
        throw new core_errors/* InputError */.dz('application', `Input 'application' is '${application}': use a virtual path such as / or /api.`);
    }
    checkValue(segments.join('/'), 'application', 'the application path');
    return [site, ...segments].join('/');
}
/**
 * The `computerName` for a remote target: a WMSvc URL with `/msdeploy.axd` and `?site=<site>` (added when missing),
 * or a bare host (Remote Agent Service). Credentials inside the URL are refused: they would be logged.
 */
function msDeployComputerName(url, site) {
    const input = 'msdeploy-url';
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
        if (/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/.test(url))
            return url;
        throw new core_errors/* InputError */.dz(input, `Input '${input}' is '${url}': use https://host:8172/msdeploy.axd?site=<site> (Web Management Service) or a host name (Remote Agent Service).`);
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new core_errors/* InputError */.dz(input, `Input '${input}' is '${url}', which is not a URL: write it as https://host:8172/msdeploy.axd?site=<site>.`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new core_errors/* InputError */.dz(input, `Input '${input}' is '${url}': only https (or http) URLs are allowed.`);
    }
    if (parsed.username || parsed.password) {
        throw new core_errors/* InputError */.dz(input, `Input '${input}' holds credentials: put them in 'msdeploy-username' and 'msdeploy-password' (the URL is logged, the password input is masked).`);
    }
    if (parsed.pathname === '' || parsed.pathname === '/')
        parsed.pathname = '/msdeploy.axd';
    const named = parsed.searchParams.get('site');
    if (named === null) {
        parsed.search = `${parsed.search ? `${parsed.search}&` : '?'}site=${encodeURIComponent(site)}`;
    }
    else if (named.toLowerCase() !== site.toLowerCase()) {
        throw new core_errors/* InputError */.dz(input, `Input '${input}' names the site '${named}' (?site=) but 'site' is '${site}': Web Deploy authorizes per site, so they must match.`);
    }
    parsed.hash = '';
    return parsed.href;
}
/** `-skip:objectName=dirPath,absolutePath="(?i)\\logs$"` */
function formatSkipArgument(rule) {
    return `-skip:objectName=${rule.objectName},absolutePath=${quoteMsDeployValue(rule.absolutePath, { input: 'preserve' })}`;
}
function checkCount(value, input, max) {
    if (!Number.isInteger(value) || value < 0 || value > max) {
        throw new core_errors/* InputError */.dz(input, `'${input}' is ${value}: use a whole number from 0 to ${max}.`);
    }
    return value;
}
/**
 * The msdeploy sync command line for `options`. Throws an InputError (value masked when secret) for a value the
 * command line cannot carry, or for an impossible combination.
 */
function buildMsDeployCommandLine(options) {
    const { target, remote } = options;
    const iis = isIisTarget(target);
    const appPath = iis ? iisAppPath(target.site, target.application) : undefined;
    const isPackage = /\.zip$/i.test(options.source);
    const source = trimTrailingSeparators(options.source);
    if (!iis && remote) {
        throw new core_errors/* InputError */.dz('site', "A remote Web Deploy target ('msdeploy-url') needs 'site': the server authorizes per site.");
    }
    if (!iis && options.appOffline) {
        throw new core_errors/* InputError */.dz('take-offline', "msdeploy's AppOffline rule needs an IIS site/app destination ('site'), not a physical folder: a folder gives ERROR_SITE_DOES_NOT_EXIST (peers §3.2).");
    }
    if (!iis && isPackage) {
        throw new core_errors/* InputError */.dz('source', `Input 'source' is a Web Deploy package ('${options.source}'): it deploys to an IIS app, so 'site' is required.`);
    }
    const sourceValue = quoteMsDeployValue(source, { input: 'source', what: 'the publish folder' });
    const provider = iis ? 'iisApp' : 'contentPath';
    const sourceArg = isPackage ? `-source:package=${sourceValue}` : `-source:${provider}=${sourceValue}`;
    // The destination object, built twice: once for msdeploy, once with the password masked for the log.
    const destParts = [];
    const add = (real, shown = real) => {
        destParts.push({ real, shown });
    };
    if (isPackage)
        add('auto');
    else if (iis)
        add(`iisApp=${quoteMsDeployValue(appPath, { input: 'site' })}`);
    else {
        const folder = trimTrailingSeparators(target.folder);
        add(`contentPath=${quoteMsDeployValue(folder, { input: 'physical-path', what: 'the target folder' })}`);
    }
    if (remote) {
        const computerName = msDeployComputerName(remote.url, target.site);
        add(`computerName=${quoteMsDeployValue(computerName, { input: 'msdeploy-url' })}`);
        if (remote.userName !== undefined && remote.userName !== '') {
            add(`userName=${quoteMsDeployValue(remote.userName, { input: 'msdeploy-username', what: 'the user name' })}`);
        }
        if (remote.password !== undefined && remote.password !== '') {
            if (remote.userName === undefined || remote.userName === '') {
                throw new core_errors/* InputError */.dz('msdeploy-username', "Input 'msdeploy-password' is set but 'msdeploy-username' is not: give both.");
            }
            const quoted = quoteMsDeployValue(remote.password, {
                input: 'msdeploy-password',
                what: 'the password',
                secret: true
            });
            add(`password=${quoted}`, `password=${MASK}`);
        }
        const authType = remote.authType ?? 'Basic';
        if (authType !== 'Basic' && authType !== 'NTLM') {
            throw new core_errors/* InputError */.dz('msdeploy-auth-type', `Input 'msdeploy-auth-type' is '${String(authType)}': use Basic or NTLM.`);
        }
        add(`authType=${authType}`);
    }
    add('includeAcls=False');
    const args = ['-verb:sync', sourceArg];
    const displayArgs = ['-verb:sync', sourceArg];
    args.push(`-dest:${destParts.map((p) => p.real).join(',')}`);
    displayArgs.push(`-dest:${destParts.map((p) => p.shown).join(',')}`);
    const rest = [];
    if (isPackage) {
        rest.push(`-setParam:name="IIS Web Application Name",value=${quoteMsDeployValue(appPath, { input: 'site' })}`);
    }
    if (options.appOffline)
        rest.push('-enableRule:AppOffline');
    if (!options.deleteExtra)
        rest.push('-enableRule:DoNotDeleteRule');
    for (const rule of buildMsDeploySkipRules(options.exclude, options.preserve))
        rest.push(formatSkipArgument(rule));
    const attempts = checkCount(options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS, 'retryAttempts', 100);
    const interval = checkCount(options.retryIntervalMs ?? DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS, 'retryIntervalMs', 600_000);
    rest.push(`-retryAttempts:${attempts}`, `-retryInterval:${interval}`);
    if (options.checksum)
        rest.push('-useChecksum');
    if (remote?.allowUntrusted)
        rest.push('-allowUntrusted');
    if (options.dryRun)
        rest.push('-whatif');
    return { args: [...args, ...rest], displayArgs: [...displayArgs, ...rest] };
}
/** `-verb:delete` of App_Offline.htm on an IIS target: what to run when the AppOffline rule left it behind (§4.4). */
function buildMsDeployRemoveAppOfflineCommandLine(options) {
    const { target, remote } = options;
    if (!isIisTarget(target)) {
        throw new core_errors/* InputError */.dz('site', 'Removing App_Offline.htm through msdeploy needs an IIS target (site).');
    }
    const file = `${iisAppPath(target.site, target.application)}/App_Offline.htm`;
    const real = [`contentPath=${quoteMsDeployValue(file, { input: 'site' })}`];
    const shown = [...real];
    if (remote) {
        const computerName = quoteMsDeployValue(msDeployComputerName(remote.url, target.site), {
            input: 'msdeploy-url'
        });
        real.push(`computerName=${computerName}`);
        shown.push(`computerName=${computerName}`);
        if (remote.userName) {
            const user = `userName=${quoteMsDeployValue(remote.userName, { input: 'msdeploy-username' })}`;
            real.push(user);
            shown.push(user);
        }
        if (remote.password) {
            real.push(`password=${quoteMsDeployValue(remote.password, { input: 'msdeploy-password', secret: true })}`);
            shown.push(`password=${MASK}`);
        }
        real.push(`authType=${remote.authType ?? 'Basic'}`);
        shown.push(`authType=${remote.authType ?? 'Basic'}`);
    }
    const tail = remote?.allowUntrusted ? ['-allowUntrusted'] : [];
    return {
        args: ['-verb:delete', `-dest:${real.join(',')}`, ...tail],
        displayArgs: ['-verb:delete', `-dest:${shown.join(',')}`, ...tail]
    };
}
/** Re-throws a runner error with every secret masked in its message and stack. */
function maskedError(error, reporter) {
    if (error instanceof Error) {
        error.message = reporter.mask(error.message);
        if (error.stack)
            error.stack = reporter.mask(error.stack);
    }
    return error;
}
/** The counts of a sync: file lines when msdeploy printed them, the `Total changes` summary otherwise. */
function msDeploySyncResult(output, exitCode, dryRun) {
    const files = output.changes.filter((c) => c.objectKind.toLowerCase() === 'file');
    const useLines = output.changes.length > 0 || output.totals === undefined;
    const count = (action) => files.filter((c) => c.action === action).length;
    const filesAdded = useLines ? count('add') : (output.totals?.added ?? 0);
    const filesUpdated = useLines ? count('update') : (output.totals?.updated ?? 0);
    const filesDeleted = useLines ? count('delete') : (output.totals?.deleted ?? 0);
    const bytesCopied = output.totals?.bytesCopied ?? 0;
    const verb = dryRun ? 'would change' : 'changed';
    const total = output.totals ? ` (msdeploy: ${output.totals.changes} changes)` : '';
    return {
        method: 'msdeploy',
        filesAdded,
        filesUpdated,
        filesDeleted,
        bytesCopied,
        exitCode,
        summary: `Web Deploy ${verb} ${filesAdded + filesUpdated + filesDeleted} files: ${filesAdded} added, ${filesUpdated} updated, ${filesDeleted} deleted, ${bytesCopied} bytes copied${total}.`,
        dryRun
    };
}
async function runMsDeploy(ports, command, options) {
    const { runner, reporter, tools } = ports;
    const msdeploy = await tools.resolve('msdeploy');
    // Logged by us, masked; the runner stays silent so the raw line (with the password) is never echoed.
    reporter.info(`[command]${quoteMsDeployProgram(msdeploy)} ${command.displayArgs.join(' ')}`);
    let result;
    try {
        result = await runner.run(msdeploy, command.args, {
            verbatimArguments: true,
            silent: true,
            timeoutMs: options.timeoutMs,
            signal: options.signal
        });
    }
    catch (error) {
        throw maskedError(error, reporter);
    }
    const stdout = reporter.mask(result.stdout);
    const stderr = reporter.mask(result.stderr);
    if (stdout.trim())
        reporter.info(stdout.trimEnd());
    if (stderr.trim())
        reporter.info(stderr.trimEnd());
    return { output: parseMsDeployOutput(stdout, stderr), exitCode: result.exitCode };
}
/**
 * Syncs the publish folder to the target with msdeploy and reports what changed. Throws InputError for inputs the
 * command line cannot carry, MsDeployError (a ToolError with the Web Deploy code and the fix) when msdeploy fails.
 * The password never reaches a log line or an error.
 */
async function syncWithWebDeploy(ports, options) {
    const { reporter } = ports;
    // Before anything else: even an InputError about another input must not be able to echo it.
    if (options.remote?.password)
        reporter.registerSecret(options.remote.password);
    const command = buildMsDeployCommandLine(options);
    const attempts = Math.max(1, options.connectionAttempts ?? 3);
    const context = {
        remote: options.remote !== undefined,
        appOffline: options.appOffline ?? false,
        retryAttempts: options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS
    };
    for (let attempt = 1;; attempt++) {
        const { output, exitCode } = await runMsDeploy(ports, command, options);
        const failure = classifyMsDeployFailure(output, exitCode, context);
        if (!failure) {
            const result = msDeploySyncResult(output, exitCode, options.dryRun ?? false);
            reporter.info(result.summary);
            return result;
        }
        if (!failure.transient || attempt >= attempts)
            throw failure;
        const delay = options.connectionRetryDelayMs ?? 5000;
        reporter.warning(`${failure.message.split('\n')[0]} Running the sync again in ${delay} ms (attempt ${attempt + 1} of ${attempts}).`);
        if (options.signal?.aborted)
            throw new core_errors/* CancelledError */.cc();
        await (ports.clock?.sleep(delay, options.signal) ?? new Promise((r) => setTimeout(r, delay)));
    }
}
/**
 * Removes App_Offline.htm from an IIS target through msdeploy (`-verb:delete`, §4.3): the clean-up after a failed
 * sync with the AppOffline rule, the only way to reach a remote server's folder.
 */
async function removeAppOfflineWithWebDeploy(ports, options) {
    if (options.remote?.password)
        ports.reporter.registerSecret(options.remote.password);
    const command = buildMsDeployRemoveAppOfflineCommandLine(options);
    const { output, exitCode } = await runMsDeploy(ports, command, options);
    const failure = classifyMsDeployFailure(output, exitCode, { remote: options.remote !== undefined });
    if (failure)
        throw failure;
}

;// CONCATENATED MODULE: ./src/steps/sync/planner.ts
// The change planner: what a sync of the publish folder onto the target will add, update and delete, and whether
// it touches a file the running app holds (which decides `take-offline: auto`). It compares like robocopy does by
// default (size, then modification time) or by SHA-256 content with `checksum: true`.





/** CONTRACT `preserve` default: the folders an app writes to at run time. */
const DEFAULT_PRESERVE = ['App_Data', 'logs'];
/** ANCM's offline marker (domain-facts §6): never deployed, never deleted by a sync; the offline step owns it. */
const planner_APP_OFFLINE_FILE = 'app_offline.htm';
/**
 * Time tolerance when comparing modification times. Robocopy without /FFT compares exact times (NTFS keeps
 * 100 ns), and it copies timestamps, so a synced file matches to the tick; 1 ms absorbs float rounding in
 * Node's mtimeMs. With /FFT (FAT, some NAS shares) robocopy allows 2 s (domain-facts §5), and so do we.
 */
const EXACT_TIME_TOLERANCE_MS = 1;
const FAT_TIME_TOLERANCE_MS = 2000;
/**
 * Files the worker process loads or reads only at start. Changing any of them needs the app stopped, so
 * `take-offline: auto` takes the app offline; any other change (wwwroot, appsettings*.json, which ASP.NET Core
 * reloads on change) deploys without downtime.
 */
const LOCKED_FILE_RULES = [
    {
        test: (name) => name.endsWith('.dll') || name.endsWith('.exe'),
        reason: 'mapped into the worker (in-process w3wp.exe or the out-of-process app/dotnet.exe): Windows refuses to ' +
            'overwrite or delete them while the app runs (ERROR 32, ERROR_FILE_IN_USE; domain-facts §4.6, §6)'
    },
    {
        test: (name) => name === 'web.config',
        reason: 'IIS and ANCM restart the app when it changes: mid-copy the new configuration would start against the ' +
            'old binaries (domain-facts §2, §6)'
    },
    {
        test: (name) => name.endsWith('.runtimeconfig.json') || name.endsWith('.deps.json'),
        reason: 'read by the .NET host only at start and describe the binaries: a change takes effect only with a ' +
            'restart, which must come with the matching binaries'
    },
    {
        test: (name) => name.endsWith('.pdb'),
        reason: 'symbols of the loaded assemblies; whether the runtime holds them open is unverified, and they change ' +
            'together with their .dll, so counting them costs no extra downtime'
    }
    // Not counted: .so/.dylib (never loaded on Windows), appsettings*.json (reloadOnChange), static content (IIS
    // and Kestrel open it per request with sharing).
];
/** The reason a path is a file the worker loads or locks, or undefined for static content. */
function lockedFileReason(relativePath) {
    const name = (relativePath.split('/').pop() ?? relativePath).toLowerCase();
    return LOCKED_FILE_RULES.find((rule) => rule.test(name))?.reason;
}
function isLockedFile(relativePath) {
    return lockedFileReason(relativePath) !== undefined;
}
/** Parses `preserve`: target paths relative to the app root, no wildcards. */
function parsePreserveList(values) {
    const { parsed } = compilePatternList(values ?? DEFAULT_PRESERVE, 'preserve', true);
    for (const p of parsed) {
        if (hasWildcard(p.body)) {
            throw new core_errors/* InputError */.dz('preserve', `Input 'preserve': '${p.raw}' has a wildcard; list target paths relative to the app root (e.g. App_Data, logs, wwwroot/uploads).`);
        }
    }
    return parsed;
}
function buildSyncFilters(exclude, preserve) {
    const excluded = compilePatternList(exclude, 'exclude');
    const preserved = parsePreserveList(preserve);
    const preserveMatcher = compileGlobs(preserved);
    const offline = compilePatternList([planner_APP_OFFLINE_FILE], 'app_offline').matcher;
    const matchers = [excluded.matcher, preserveMatcher, offline];
    return {
        exclude: excluded.parsed,
        preserve: preserved,
        isProtectedFile: (p) => matchers.some((m) => m.matchesFile(p)),
        isProtectedDirectory: (p) => matchers.some((m) => m.matchesDirectory(p))
    };
}
function timesDiffer(a, b, toleranceMs) {
    return Math.abs(a.mtimeMs - b.mtimeMs) >= toleranceMs;
}
/** Files up to this size are read in one call: streams cost more than the hashing on small files (bench/). */
const READ_WHOLE_LIMIT = 8 * 1024 * 1024;
async function sha256(file, size) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (size <= READ_WHOLE_LIMIT)
        return hash.update(external_node_fs_default().readFileSync(file)).digest('hex');
    await new Promise((resolve, reject) => {
        const stream = external_node_fs_default().createReadStream(file, { highWaterMark: 1 << 20 });
        stream.on('data', (chunk) => hash.update(chunk));
        stream.on('error', reject);
        stream.on('end', () => resolve());
    });
    return hash.digest('hex');
}
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Compares the publish folder with the target. Reads the file systems, changes nothing. */
async function planChanges(options) {
    const filters = buildSyncFilters(options.exclude, options.preserve);
    const scanOptions = {
        ignoreFile: filters.isProtectedFile,
        ignoreDirectory: filters.isProtectedDirectory
    };
    const source = scanTree(options.source, { ...scanOptions, side: 'source', input: 'source' });
    if (!source.exists) {
        throw new core_errors/* InputError */.dz('source', `Input 'source': the folder '${options.source}' does not exist.`);
    }
    const target = scanTree(options.target, { ...scanOptions, side: 'target', input: 'physical-path' });
    const tolerance = options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS;
    const changes = [];
    const toHash = [];
    let unchanged = 0;
    const unchangedFiles = [];
    for (const [key, file] of source.files) {
        const existing = target.files.get(key);
        if (!existing)
            changes.push({ path: file.path, kind: 'add', bytes: file.size });
        else if (existing.size !== file.size)
            changes.push({ path: existing.path, kind: 'update', bytes: file.size });
        else if (options.checksum)
            toHash.push({ source: file, target: existing });
        else if (timesDiffer(file, existing, tolerance))
            changes.push({ path: existing.path, kind: 'update', bytes: file.size });
        else {
            unchanged++;
            unchangedFiles.push({ path: file.path, targetPath: existing.path });
        }
    }
    const retimed = [];
    const forceCopy = [];
    if (toHash.length > 0) {
        const same = await mapLimited(toHash, options.hashConcurrency ?? 4, async (pair) => {
            const [a, b] = await Promise.all([
                sha256(joinRelative(options.source, pair.source.path), pair.source.size),
                sha256(joinRelative(options.target, pair.target.path), pair.target.size)
            ]);
            return a === b;
        });
        toHash.forEach((pair, i) => {
            if (!same[i]) {
                changes.push({ path: pair.target.path, kind: 'update', bytes: pair.source.size });
                if (!timesDiffer(pair.source, pair.target, tolerance))
                    forceCopy.push(pair.target.path);
            }
            else {
                unchanged++;
                unchangedFiles.push({ path: pair.source.path, targetPath: pair.target.path });
                if (timesDiffer(pair.source, pair.target, tolerance))
                    retimed.push(pair.target.path);
            }
        });
    }
    let bytesToDelete = 0;
    const extraDirectories = [];
    if (options.deleteExtra) {
        for (const [key, file] of target.files) {
            if (source.files.has(key))
                continue;
            changes.push({ path: file.path, kind: 'delete', bytes: file.size });
            bytesToDelete += file.size;
        }
        for (const [key, dir] of target.directories)
            if (!source.directories.has(key))
                extraDirectories.push(dir);
    }
    const newDirectories = [];
    for (const [key, dir] of source.directories)
        if (!target.directories.has(key))
            newDirectories.push(dir);
    changes.sort((a, b) => comparePaths(a.path, b.path));
    extraDirectories.sort((a, b) => b.split('/').length - a.split('/').length || comparePaths(a, b));
    newDirectories.sort((a, b) => a.split('/').length - b.split('/').length || comparePaths(a, b));
    retimed.sort(comparePaths);
    forceCopy.sort(comparePaths);
    const locked = changes.filter((c) => isLockedFile(c.path));
    let filesAdded = 0;
    let filesUpdated = 0;
    let filesDeleted = 0;
    let bytesToCopy = 0;
    for (const c of changes) {
        if (c.kind === 'add')
            filesAdded++;
        else if (c.kind === 'update')
            filesUpdated++;
        else
            filesDeleted++;
        if (c.kind !== 'delete')
            bytesToCopy += c.bytes;
    }
    return {
        changes,
        filesAdded,
        filesUpdated,
        filesDeleted,
        bytesToCopy,
        touchesLockedFiles: locked.length > 0,
        unchanged,
        ...(options.listUnchanged
            ? { unchangedFiles: unchangedFiles.sort((a, b) => comparePaths(a.path, b.path)) }
            : {}),
        bytesToDelete,
        lockedChanges: locked.slice(0, 20).map((c) => c.path),
        extraDirectories,
        newDirectories,
        retimed,
        forceCopy,
        compared: options.checksum ? 'checksum' : 'size-and-time',
        exclude: filters.exclude.map((p) => p.raw),
        preserve: filters.preserve.map((p) => p.raw)
    };
}
/**
 * With `checksum`, makes a size+time tool (robocopy) do what the content comparison decided: identical files get
 * the source's modification time (so they are not copied again, and a locked but unchanged .dll is not touched);
 * changed files whose size and time happen to match get a time 10 s older than the source's (so they are copied).
 * Only the time attribute changes; Windows allows that on a file a running process has mapped (U).
 * Returns how many target files were retimed.
 */
function alignTargetTimes(plan, source, target) {
    let count = 0;
    for (const relative of plan.retimed) {
        const stat = external_node_fs_default().statSync(joinRelative(source, relative));
        external_node_fs_default().utimesSync(joinRelative(target, relative), stat.atime, stat.mtime);
        count++;
    }
    for (const relative of plan.forceCopy ?? []) {
        const stat = external_node_fs_default().statSync(joinRelative(source, relative));
        const older = new Date(stat.mtimeMs - 10_000);
        external_node_fs_default().utimesSync(joinRelative(target, relative), older, older);
        count++;
    }
    return count;
}
/** One line for logs and the job summary: `3 to add, 2 to update, 1 to delete (12,345 bytes to copy)`. */
function summarizePlan(plan) {
    const parts = [
        `${plan.filesAdded} to add`,
        `${plan.filesUpdated} to update`,
        `${plan.filesDeleted} to delete`
    ];
    const locked = plan.touchesLockedFiles
        ? 'touches files the app holds'
        : 'static files only: the app can stay online';
    return `${parts.join(', ')} (${plan.bytesToCopy} bytes to copy); ${locked}`;
}

;// CONCATENATED MODULE: ./src/steps/sync/releases.ts
// `strategy: releases` (CONTRACT "Release folders", peers §4.3): each release is staged in
// `<root>/releases/<release-id>`, the `preserve` folders live in `<root>/shared/<name>` and are linked into each
// release, and the site/application is switched to the new folder in one IIS configuration change (the IIS module
// does the `appcmd set vdir`; this module says what to switch to and back to). No file of the live release is
// ever written, so no lock can fail the deploy.
//
// Staging copies, never hard-links: a hard link would share the file with the live release, and a later in-place
// edit (the web.config step, json-variables) would change the live app too. Unchanged files are copied from the
// live release when the source is on a network share (local disk to local disk is faster than the network);
// otherwise everything comes from the publish folder.




const RELEASES_DIR = 'releases';
const SHARED_DIR = 'shared';
/** CONTRACT `keep-releases` default. */
const DEFAULT_KEEP_RELEASES = 5;
/** A staging folder older than this is a leftover of a crashed run (deploys to one server are serialized). */
const STALE_STAGING_MS = 60 * 60 * 1000;
const STAGING_PREFIX = '.staging-';
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/**
 * A release id becomes a folder name: letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 100
 * characters; not a Windows device name; no trailing dot. So it can never leave `<root>/releases`.
 */
function validateReleaseId(id) {
    const value = id.trim();
    const problem = !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)
        ? 'may only hold letters, digits, ".", "_" and "-", start with a letter or digit, and be at most 100 characters long'
        : value.endsWith('.')
            ? 'must not end with "." (Windows drops it)'
            : RESERVED_NAMES.test(value)
                ? 'is a Windows device name'
                : undefined;
    if (problem) {
        throw new core_errors/* InputError */.dz('release-id', `Input 'release-id': '${id}' ${problem}. Use e.g. 42-1 or 2026.11.22-1 (the default is the run number and attempt).`);
    }
    return value;
}
/** IIS physical paths may hold environment variables (`%SystemDrive%\inetpub\wwwroot`); IIS expands them. */
function expandPhysicalPath(value, env = {}) {
    return value.replace(/%([^%]+)%/g, (whole, name) => {
        const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
        const found = key === undefined ? undefined : env[key];
        if (found !== undefined)
            return found;
        if (name.toLowerCase() === 'systemdrive')
            return 'C:';
        return whole;
    });
}
function stripSeparators(p) {
    const stripped = p.replace(/[\\/]+$/, '');
    if (stripped === '' || /^[A-Za-z]:$/.test(stripped))
        return p;
    return stripped;
}
/**
 * `<root>` (CONTRACT "Release folders"): `physical-path` when given; otherwise, when the live physical path is
 * `<x>/releases/<id>`, `<x>`; otherwise the live physical path itself.
 */
function resolveReleaseRoot(options) {
    if (options.physicalPath?.trim())
        return stripSeparators(expandPhysicalPath(options.physicalPath, options.env));
    if (!options.livePhysicalPath?.trim()) {
        throw new core_errors/* InputError */.dz('physical-path', "Input 'physical-path': needed with strategy: releases when IIS reports no physical path for the site/application (e.g. with create: true).");
    }
    const live = stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env));
    const api = file_tree_pathApiFor(live);
    const parent = api.dirname(live);
    if (parent !== live && api.basename(parent).toLowerCase() === RELEASES_DIR)
        return api.dirname(parent);
    return live;
}
function samePath(a, b) {
    if (a === undefined || b === undefined)
        return false;
    const norm = (p) => stripSeparators(p).replace(/\\/g, '/').toLowerCase();
    return norm(a) === norm(b);
}
/** Pure: where the release goes, what is linked, what to switch to and back to. Touches no file. */
function planReleaseLayout(options) {
    const releaseId = validateReleaseId(options.releaseId);
    const root = resolveReleaseRoot(options);
    const api = file_tree_pathApiFor(root);
    const releasesDir = api.join(root, RELEASES_DIR);
    const sharedDir = api.join(root, SHARED_DIR);
    const releasePath = api.join(releasesDir, releaseId);
    const live = options.livePhysicalPath?.trim()
        ? stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env))
        : undefined;
    const filters = buildSyncFilters([], options.preserve);
    const sharedLinks = filters.preserve.map((p) => ({
        name: p.body,
        link: joinRelative(releasePath, p.body),
        target: joinRelative(sharedDir, p.body)
    }));
    return { root, releasesDir, sharedDir, releaseId, releasePath, previousPath: live, sharedLinks };
}
/** Where a rollback switches the site/application back to; undefined on a first deploy (nothing to go back to). */
function rollbackTarget(layout) {
    return layout.previousPath;
}
/** Creates the link of a preserved folder: a junction on Windows (no privilege needed), a symlink elsewhere. */
function linkDirectory(target, link) {
    external_node_fs_default().symlinkSync(target, link, process.platform === 'win32' ? 'junction' : 'dir');
}
function copyTree(from, to) {
    let count = 0;
    external_node_fs_default().mkdirSync(to, { recursive: true });
    for (const entry of external_node_fs_default().readdirSync(from, { withFileTypes: true })) {
        const a = joinRelative(from, entry.name);
        const b = joinRelative(to, entry.name);
        if (entry.isSymbolicLink())
            continue;
        if (entry.isDirectory())
            count += copyTree(a, b);
        else if (entry.isFile()) {
            copyFileKeepingTime(a, b);
            count++;
        }
    }
    return count;
}
function lstatOrUndefined(p) {
    try {
        return external_node_fs_default().lstatSync(p);
    }
    catch {
        return undefined;
    }
}
/**
 * Stages a release: copies the filtered publish folder into `<root>/releases/<id>` (through a hidden staging
 * folder renamed at the end, so a half-copied release never carries the real name), links the preserved folders
 * from `<root>/shared` (seeding a missing shared folder once from the live folder, else from the source), and
 * returns counts relative to the live release. Refuses the live release's id; replaces a leftover folder of the
 * same id (a failed or rolled-back earlier attempt) with a warning.
 */
async function stageRelease(ports, options) {
    const { layout } = options;
    const live = layout.previousPath;
    if (samePath(live, layout.releasePath)) {
        throw new core_errors/* InputError */.dz('release-id', `Input 'release-id': '${layout.releaseId}' is the live release (${layout.releasePath}); a release is never overwritten. Choose a new id (the default, run number and attempt, is unique per run).`);
    }
    const liveExists = live !== undefined && external_node_fs_default().existsSync(live);
    const comparison = liveExists
        ? await planChanges({
            source: options.source,
            target: live,
            exclude: options.exclude,
            preserve: options.preserve,
            deleteExtra: true,
            checksum: options.checksum,
            listUnchanged: true
        })
        : undefined;
    // Moving from in-place to releases, the live folder is the root itself: its releases/ and shared/ are ours.
    const plan = comparison && samePath(live, layout.root) ? withoutLayoutFolders(comparison) : comparison;
    const filters = buildSyncFilters(options.exclude, options.preserve);
    const source = scanTree(options.source, {
        side: 'source',
        input: 'source',
        ignoreFile: filters.isProtectedFile,
        ignoreDirectory: filters.isProtectedDirectory
    });
    if (!source.exists) {
        throw new core_errors/* InputError */.dz('source', `Input 'source': the folder '${options.source}' does not exist.`);
    }
    const seed = liveExists &&
        (options.seedFromLive === true ||
            ((options.seedFromLive ?? 'auto') === 'auto' && /^\\\\/.test(options.source)));
    const fromLive = new Map();
    if (seed && plan?.unchangedFiles) {
        for (const f of plan.unchangedFiles)
            fromLive.set(pathKey(f.path), f.targetPath);
    }
    let bytesCopied = 0;
    let seededFromLive = 0;
    for (const file of source.files.values()) {
        if (fromLive.has(pathKey(file.path)))
            seededFromLive++;
        else
            bytesCopied += file.size;
    }
    const files = source.files.size;
    const result = () => {
        const filesAdded = plan ? plan.filesAdded : files;
        const filesUpdated = plan ? plan.filesUpdated : 0;
        const filesDeleted = plan ? plan.filesDeleted : 0;
        const verb = options.dryRun ? 'would stage' : 'staged';
        return {
            method: 'copy',
            filesAdded,
            filesUpdated,
            filesDeleted,
            bytesCopied,
            exitCode: 0,
            dryRun: options.dryRun ?? false,
            summary: `${verb} release ${layout.releaseId} in ${layout.releasePath}: ${files} file(s); against the live release ` +
                `${filesAdded} new, ${filesUpdated} updated, ${filesDeleted} gone` +
                (seededFromLive > 0 ? `; ${seededFromLive} copied locally from the live release` : ''),
            layout,
            plan,
            seededFromLive,
            files
        };
    };
    if (options.dryRun)
        return result();
    if (lstatOrUndefined(layout.releasePath)) {
        ports.reporter.warning(`Release folder ${layout.releasePath} exists but is not live (an earlier failed or rolled-back attempt): replacing it.`);
        removeTreeNoFollow(layout.releasePath);
    }
    external_node_fs_default().mkdirSync(layout.releasesDir, { recursive: true });
    const api = file_tree_pathApiFor(layout.releasesDir);
    const staging = api.join(layout.releasesDir, `${STAGING_PREFIX}${layout.releaseId}-${process.pid}-${Date.now().toString(36)}`);
    try {
        external_node_fs_default().mkdirSync(staging);
        for (const dir of source.directories.values())
            external_node_fs_default().mkdirSync(joinRelative(staging, dir), { recursive: true });
        for (const file of source.files.values()) {
            const livePath = fromLive.get(pathKey(file.path));
            const from = livePath !== undefined && live
                ? joinRelative(live, livePath)
                : joinRelative(options.source, file.path);
            copyFileKeepingTime(from, joinRelative(staging, file.path));
        }
        for (const shared of layout.sharedLinks)
            linkShared(ports.reporter, shared, staging, live, options.source, layout);
        external_node_fs_default().renameSync(staging, layout.releasePath);
        const now = new Date();
        external_node_fs_default().utimesSync(layout.releasePath, now, now); // retention orders releases by this time
    }
    catch (error) {
        removeTreeNoFollow(staging);
        throw error;
    }
    const staged = result();
    ports.reporter.info(staged.summary);
    return staged;
}
/** The comparison without the deletes under `releases/` and `shared/` (when the live folder is the root). */
function withoutLayoutFolders(plan) {
    const ours = (p) => /^(releases|shared)(\/|$)/i.test(p);
    const dropped = plan.changes.filter((c) => c.kind === 'delete' && ours(c.path));
    if (dropped.length === 0)
        return plan;
    const bytes = dropped.reduce((sum, c) => sum + c.bytes, 0);
    return {
        ...plan,
        changes: plan.changes.filter((c) => !dropped.includes(c)),
        filesDeleted: plan.filesDeleted - dropped.length,
        bytesToDelete: plan.bytesToDelete - bytes,
        extraDirectories: plan.extraDirectories.filter((d) => !ours(d)),
        lockedChanges: plan.lockedChanges.filter((p) => !ours(p)),
        touchesLockedFiles: plan.changes.some((c) => !dropped.includes(c) && isLockedFile(c.path))
    };
}
function linkShared(reporter, shared, staging, live, source, layout) {
    const link = joinRelative(staging, shared.name);
    const inLive = live ? lstatOrUndefined(joinRelative(live, shared.name)) : undefined;
    const sharedStat = lstatOrUndefined(shared.target);
    if (!sharedStat && inLive?.isFile()) {
        // A preserved file (not a folder): carry the live copy forward; the publish folder's copy never replaces it.
        copyFileKeepingTime(joinRelative(live, shared.name), link);
        return;
    }
    if (!sharedStat) {
        const fromSource = lstatOrUndefined(joinRelative(source, shared.name));
        if (inLive?.isDirectory() && live) {
            // First release after an in-place deploy: the live app's data becomes the shared copy. The app keeps
            // running from the live folder until the switch; what it writes meanwhile stays there.
            const count = copyTree(joinRelative(live, shared.name), shared.target);
            reporter.info(`Preserved folder ${shared.name}: copied ${count} file(s) from the live folder to ${shared.target}.`);
            if (count > 0) {
                reporter.warning(`${shared.name} was copied from ${live} into ${shared.target}; what the app writes there until the switch stays in the old folder.`);
            }
        }
        else if (fromSource?.isDirectory()) {
            copyTree(joinRelative(source, shared.name), shared.target);
        }
        else {
            external_node_fs_default().mkdirSync(shared.target, { recursive: true });
        }
    }
    else if (!sharedStat.isDirectory() && !sharedStat.isSymbolicLink()) {
        throw new core_errors/* InputError */.dz('preserve', `Input 'preserve': ${shared.target} is a file, but '${shared.name}' is linked as a folder into each release under ${layout.sharedDir}. Remove the file or the entry.`);
    }
    external_node_fs_default().mkdirSync(file_tree_pathApiFor(link).dirname(link), { recursive: true });
    linkDirectory(shared.target, link);
}
/** The release folders under `<root>/releases`, newest first (by folder time, then by id). */
function listReleases(releasesDir) {
    let entries;
    try {
        entries = external_node_fs_default().readdirSync(releasesDir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => {
        const full = joinRelative(releasesDir, e.name);
        return { id: e.name, path: full, mtimeMs: external_node_fs_default().statSync(full).mtimeMs };
    })
        .sort((a, b) => b.mtimeMs - a.mtimeMs || b.id.localeCompare(a.id, undefined, { numeric: true, sensitivity: 'base' }));
}
/**
 * Retention: keeps the live release, its predecessor and the newest others up to `keep` in all; deletes the rest
 * (never following the links into `shared`), and staging leftovers older than an hour.
 */
function pruneReleases(options) {
    if (!Number.isInteger(options.keep) || options.keep < 1) {
        throw new core_errors/* InputError */.dz('keep-releases', `Input 'keep-releases': '${options.keep}' must be a whole number of 1 or more (the live release and its predecessor are always kept).`);
    }
    const releases = listReleases(options.releasesDir);
    const protectedPaths = [options.live, options.previous];
    const kept = [];
    const deleted = [];
    for (const r of releases)
        if (protectedPaths.some((p) => samePath(p, r.path)))
            kept.push(r.path);
    for (const r of releases) {
        if (kept.includes(r.path))
            continue;
        if (kept.length < options.keep)
            kept.push(r.path);
        else
            deleted.push(r.path);
    }
    if (!options.dryRun) {
        for (const p of deleted)
            removeTreeNoFollow(p);
        removeStaleStaging(options.releasesDir);
    }
    const order = new Map(releases.map((r, i) => [r.path, i]));
    kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { kept, deleted };
}
function removeStaleStaging(releasesDir) {
    let entries;
    try {
        entries = external_node_fs_default().readdirSync(releasesDir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (!e.isDirectory() || !e.name.startsWith(STAGING_PREFIX))
            continue;
        const full = joinRelative(releasesDir, e.name);
        if (Date.now() - external_node_fs_default().statSync(full).mtimeMs > STALE_STAGING_MS)
            removeTreeNoFollow(full);
    }
}
/** True when `p` looks like `<x>/releases/<id>` (the site runs from a release folder). */
function isReleasePath(p) {
    const api = pathApiFor(p);
    return api.basename(api.dirname(stripSeparators(p))).toLowerCase() === RELEASES_DIR;
}

;// CONCATENATED MODULE: ./src/steps/sync/robocopy.ts
// The robocopy provider (domain-facts §5, peers §3.9 and §4.9): an argument builder with sane defaults, the exit
// code bitmask decoded into words, the summary table parsed into counts, and a sync that retries when the running
// app holds a file (ERROR 32) and fails with the files named and the fix.






/** Robocopy's own defaults are 1,000,000 retries 30 s apart (domain-facts §5): a locked file would hang ~1 year. */
const DEFAULT_ROBOCOPY_RETRIES = 3;
const DEFAULT_ROBOCOPY_WAIT_SECONDS = 5;
const DEFAULT_ROBOCOPY_THREADS = 8;
/**
 * `C:\x\` → `C:\x`: a quoted path ending in a backslash (`"C:\x\"`) reads as an escaped quote and swallows the
 * next arguments (domain-facts §5). A drive root keeps its backslash (`D:\` never needs quotes); a POSIX root
 * stays `/`.
 */
function stripTrailingSeparators(p) {
    const stripped = p.replace(/[\\/]+$/, '');
    if (stripped === '')
        return p.startsWith('/') ? '/' : p;
    if (/^[A-Za-z]:$/.test(stripped))
        return stripped === p ? p : `${stripped}\\`;
    return stripped;
}
function dedupe(values) {
    const seen = new Set();
    return values.filter((v) => {
        const key = v.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Translates `exclude` and `preserve` into /XF and /XD. Robocopy matches a bare value against names at any depth
 * and a full path against that path, on both sides: so a preserved folder is named by its full path in the source
 * and in the target, which keeps the target copy from being purged or overwritten (domain-facts §5 marks the
 * purge part (U); the fake robocopy implements it, the scenario test shows it). Patterns robocopy cannot express
 * (a wildcard inside a path, `**` inside a path) are refused with the alternatives.
 */
function buildRobocopyExclusions(source, target, exclude, preserve) {
    const files = [planner_APP_OFFLINE_FILE];
    const directories = [];
    const bothSides = (relative) => [
        joinRelative(source, relative),
        joinRelative(target, relative)
    ];
    for (const pattern of compilePatternList(exclude, 'exclude').parsed) {
        if (!pattern.anchored) {
            if (pattern.body.includes('/')) {
                throw new core_errors/* InputError */.dz('exclude', `Input 'exclude': '${pattern.raw}' (a path at any depth) cannot be expressed with robocopy, which matches names or full paths. Use a name (*.pdb, node_modules/), a path from the app root (wwwroot/uploads), or method: msdeploy.`);
            }
            const name = pattern.body.replace(/\*\*/g, '*');
            directories.push(name);
            if (!pattern.directoryOnly)
                files.push(name);
            continue;
        }
        if (hasWildcard(pattern.body)) {
            throw new core_errors/* InputError */.dz('exclude', `Input 'exclude': '${pattern.raw}' has a wildcard inside a path; robocopy matches wildcards against names only. Use a name pattern (*.json), a literal path (config/local.json), or method: msdeploy.`);
        }
        directories.push(...bothSides(pattern.body));
        if (!pattern.directoryOnly)
            files.push(...bothSides(pattern.body));
    }
    for (const pattern of parsePreserveList(preserve)) {
        // We cannot know whether a preserved path is a file or a folder on the target: name it in both lists.
        directories.push(...bothSides(pattern.body));
        files.push(...bothSides(pattern.body));
    }
    return { files: dedupe(files), directories: dedupe(directories) };
}
function checkRange(name, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new core_errors/* InputError */.dz(name, `robocopy ${name} must be a whole number from ${min} to ${max}, got ${value}.`);
    }
    return value;
}
/**
 * The robocopy command line (without the executable). Decisions, each with its reason:
 * - `/E` (with empty folders) and `/PURGE` for delete-extra, not `/MIR`: /MIR also overwrites the security of
 *   existing target folders (domain-facts §5), which would undo the permissions step's grants.
 * - `/COPY:DAT`: data, attributes, times; never ACLs, for the same reason.
 * - `/R:` and `/W:` always (defaults would retry a locked file 1,000,000 times, 30 s apart).
 * - `/FP /NP /NDL /NJH /BYTES`: full paths on the file lines we log and parse (New File vs Newer split added from
 *   updated), no progress noise, no folder lines, no header (we log the command line), exact byte counts; the
 *   summary table stays (no /NJS) because we parse it; no /NFL (the file lines are the change list).
 * - No `/FFT` unless asked: on NTFS robocopy compares exact times, which the planner mirrors; 2 s tolerance
 *   could hide a same-size rebuild.
 * - No `/UNILOG` or `/LOG`: the output comes back on stdout, which the runner captures.
 */
function buildRobocopyArgs(options) {
    if (!options.source.trim())
        throw new core_errors/* InputError */.dz('source', "Input 'source' is empty.");
    if (!options.target.trim())
        throw new core_errors/* InputError */.dz('physical-path', 'The target folder is empty.');
    const source = stripTrailingSeparators(options.source);
    const target = stripTrailingSeparators(options.target);
    const retries = checkRange('retries', options.retries ?? DEFAULT_ROBOCOPY_RETRIES, 0, 1000);
    const wait = checkRange('waitSeconds', options.waitSeconds ?? DEFAULT_ROBOCOPY_WAIT_SECONDS, 0, 3600);
    const threads = checkRange('threads', options.threads ?? DEFAULT_ROBOCOPY_THREADS, 1, 128);
    const exclusions = buildRobocopyExclusions(source, target, options.exclude, options.preserve);
    const args = [source, target, '/E'];
    if (options.deleteExtra)
        args.push('/PURGE');
    args.push('/COPY:DAT', `/R:${retries}`, `/W:${wait}`);
    if (threads > 1)
        args.push(`/MT:${threads}`);
    if (options.fatFileTimes)
        args.push('/FFT');
    if (options.dryRun)
        args.push('/L');
    args.push('/FP', '/NP', '/NDL', '/NJH', '/BYTES');
    args.push('/XF', ...exclusions.files);
    if (exclusions.directories.length > 0)
        args.push('/XD', ...exclusions.directories);
    return args;
}
/** Decodes robocopy's exit code bitmask (domain-facts §5, KB 954404). */
function decodeRobocopyExitCode(exitCode) {
    const known = Number.isInteger(exitCode) && exitCode >= 0 && exitCode <= 31;
    const bit = (value) => known && (exitCode & value) !== 0;
    const status = {
        exitCode,
        success: known && exitCode < 8,
        filesCopied: bit(1),
        extrasFound: bit(2),
        mismatches: bit(4),
        copyFailures: bit(8),
        fatal: bit(16),
        description: ''
    };
    if (!known) {
        status.description = `unknown exit code ${exitCode} (robocopy uses 0-31)`;
        return status;
    }
    const parts = [];
    if (status.fatal)
        parts.push('fatal error: nothing was copied (invalid arguments, or no access to the source or target)');
    if (status.copyFailures)
        parts.push('some files or folders could not be copied (retry limit exceeded)');
    if (status.filesCopied)
        parts.push('files copied');
    if (status.extrasFound)
        parts.push('extra files or folders in the target (deleted with /PURGE)');
    if (status.mismatches)
        parts.push('mismatched files or folders (a file on one side is a folder on the other)');
    status.description =
        parts.length > 0 ? parts.join('; ') : 'no change: the target already matched the source';
    return status;
}
const UNIT = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
const NUMBER_TOKEN = /(\d+(?:[.,]\d+)?)(?:\s([kmgt])(?=\s|$))?/gi;
/** `12345`, `1.5 k`, `2.01 g` (robocopy without /BYTES), `1,5 m` (decimal comma) → bytes. */
function parseRobocopyNumber(token) {
    const match = /^(\d+(?:[.,]\d+)?)(?:\s*([kmgt]))?$/i.exec(token.trim());
    if (!match)
        return Number.NaN;
    const value = Number(match[1].replace(',', '.'));
    return Math.round(value * (match[2] ? UNIT[match[2].toLowerCase()] : 1));
}
function parseSixNumbers(value) {
    const tokens = value.trim().match(NUMBER_TOKEN);
    if (!tokens || tokens.length !== 6)
        return undefined;
    // Every character must belong to a number: `0:00:00` (Times) and `Bytes/sec.` (Speed) are not counts.
    if (value.replace(NUMBER_TOKEN, '').trim() !== '')
        return undefined;
    return tokens.map(parseRobocopyNumber);
}
function toCounts(values) {
    const [total = 0, copied = 0, skipped = 0, mismatch = 0, failed = 0, extras = 0] = values;
    return { total, copied, skipped, mismatch, failed, extras };
}
/**
 * Parses the job summary table:
 * ```
 *                Total    Copied   Skipped  Mismatch    FAILED    Extras
 *     Dirs :         3         1         2         0         0         0
 *    Files :        10         4         6         0         0         1
 *    Bytes :     12345      4567      7778         0         0       100
 * ```
 * By label when the labels are English; otherwise the last three six-number rows in order (robocopy localizes
 * the labels). Undefined when the output has no summary (/NJS, or a fatal error before the copy).
 */
function parseRobocopySummary(stdout) {
    const rows = [];
    for (const line of stdout.split(/\r?\n/)) {
        const match = /^\s*([^:\d][^:]*?)\s*:(.*)$/.exec(line);
        if (!match)
            continue;
        const values = parseSixNumbers(match[2]);
        if (values)
            rows.push({ label: match[1].toLowerCase(), values });
    }
    if (rows.length < 3)
        return undefined;
    const byLabel = (label) => rows.findLast((r) => r.label === label)?.values;
    const dirs = byLabel('dirs');
    const files = byLabel('files');
    const bytes = byLabel('bytes');
    if (dirs && files && bytes)
        return { dirs: toCounts(dirs), files: toCounts(files), bytes: toCounts(bytes) };
    const last = rows.slice(-3);
    return {
        dirs: toCounts(last[0]?.values ?? []),
        files: toCounts(last[1]?.values ?? []),
        bytes: toCounts(last[2]?.values ?? [])
    };
}
const FILE_LINE = /^\s*(New File|Newer|Older|Changed|Same|Tweaked|Modified|Lonely|\*EXTRA File|\*Mismatch|New Dir|\*EXTRA Dir)\s+(-?\d+(?:[.,]\d+)?(?:\s[kmgt](?=\s))?)\s+(.+?)\s*$/i;
function parseRobocopyFileLines(stdout) {
    const lines = [];
    for (const line of stdout.split(/\r?\n/)) {
        const match = FILE_LINE.exec(line);
        if (!match)
            continue;
        const size = match[2];
        lines.push({
            kind: match[1],
            bytes: size.startsWith('-') ? -1 : parseRobocopyNumber(size),
            path: match[3]
        });
    }
    return lines;
}
/** Win32 codes that mean another process holds the file. */
const LOCKED_ERROR_CODES = [32, 33];
function parseRobocopyErrors(output) {
    const lines = output.split(/\r?\n/);
    const errors = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const coded = /ERROR (\d+) \(0x[0-9A-Fa-f]+\) (.+?) ((?:[A-Za-z]:[\\/]|\\\\|\/).*?)\s*$/.exec(line) ??
            /ERROR (\d+) \(0x[0-9A-Fa-f]+\) (.+?)\s*$/.exec(line);
        if (coded) {
            const message = (lines[i + 1] ?? '').trim();
            errors.push({ code: Number(coded[1]), action: coded[2], path: coded[3] ?? '', message });
            continue;
        }
        const usage = /^\s*ERROR : (.+?)\s*$/.exec(line);
        if (usage)
            errors.push({ code: undefined, action: usage[1], path: '', message: '' });
    }
    return errors;
}
/** What to do about a Win32 error robocopy reports. */
function robocopyErrorFix(code) {
    switch (code) {
        case 32:
        case 33:
            return 'Another process (the app) holds the file: take the app offline first (take-offline: auto, both or stop-pool; raise stop-timeout if its worker needs longer to exit), or use strategy: releases, which never overwrites the live files.';
        case 5:
            return 'Access denied: the account running the deploy needs modify rights on the target folder and read rights on the source.';
        case 2:
        case 3:
            return 'A path does not exist: check source and physical-path.';
        case 53:
        case 64:
        case 67:
        case 1326:
            return 'The network path is unreachable or refuses these credentials: check the share and the account.';
        case 112:
            return 'The target disk is full: free space, or lower keep-releases.';
        case 206:
            return 'A path is too long for Windows: shorten the folder names or enable long paths (LongPathsEnabled).';
        default:
            return 'See the robocopy errors above; robocopy exit codes: 0-7 success, 8 and above failure.';
    }
}
const DEFAULT_LOCK_RETRIES = 2;
const DEFAULT_LOCK_RETRY_DELAY_MS = 10_000;
function absolute(p) {
    return p.trim() === '' || external_node_path_default().win32.isAbsolute(p) || external_node_path_default().posix.isAbsolute(p) ? p : external_node_path_default().resolve(p);
}
/** Relative path of a path robocopy printed, when it is under the source or the target. */
function relativeTo(full, roots) {
    const normalized = full.replace(/\\/g, '/');
    for (const root of roots) {
        const prefix = `${stripTrailingSeparators(root).replace(/\\/g, '/').replace(/\/$/, '')}/`;
        if (normalized.toLowerCase().startsWith(prefix.toLowerCase()))
            return normalized.slice(prefix.length);
    }
    return full;
}
function listFew(items, max = 10) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
/** Counts from the output: summary table first, file lines for the added/updated split. */
function toResult(stdout, status, options, attempts, args) {
    const counts = parseRobocopySummary(stdout);
    const fileLines = parseRobocopyFileLines(stdout);
    const newFiles = fileLines.filter((l) => l.kind.toLowerCase() === 'new file').length;
    const updatedLines = fileLines.filter((l) => /^(newer|older|changed)$/i.test(l.kind)).length;
    const extraLines = fileLines.filter((l) => l.kind.toLowerCase() === '*extra file').length;
    const copied = counts?.files.copied ?? newFiles + updatedLines;
    const filesAdded = Math.min(newFiles, copied);
    const filesUpdated = Math.max(0, copied - filesAdded);
    const filesDeleted = options.deleteExtra ? (counts?.files.extras ?? extraLines) : 0;
    const bytesCopied = counts?.bytes.copied ??
        fileLines
            .filter((l) => l.kind.toLowerCase() !== '*extra file')
            .reduce((sum, l) => sum + Math.max(0, l.bytes), 0);
    const verb = options.dryRun ? 'would copy' : 'copied';
    const summary = `robocopy ${verb} ${copied} file(s) (${filesAdded} new, ${filesUpdated} updated, ${bytesCopied} bytes)` +
        (options.deleteExtra ? `, ${options.dryRun ? 'would delete' : 'deleted'} ${filesDeleted}` : '') +
        `; exit code ${status.exitCode}: ${status.description}`;
    return {
        method: 'robocopy',
        filesAdded,
        filesUpdated,
        filesDeleted,
        bytesCopied,
        exitCode: status.exitCode,
        summary,
        dryRun: options.dryRun ?? false,
        status,
        counts,
        attempts,
        args
    };
}
/**
 * Syncs `source` onto `target` with robocopy. Fails (ToolError) on exit codes 8 and above or FAILED counts; when
 * the failures are locked files (ERROR 32/33) it waits and runs again, `lockRetries` times, then fails naming the
 * files and the fix. Returns the counts robocopy reported.
 */
async function syncWithRobocopy(ports, given) {
    // Absolute paths: the /XF and /XD full paths must name the same folders robocopy resolves.
    const options = { ...given, source: absolute(given.source), target: absolute(given.target) };
    const args = buildRobocopyArgs(options);
    const tool = await ports.tools.resolve('robocopy');
    const lockRetries = options.lockRetries ?? DEFAULT_LOCK_RETRIES;
    const lockDelay = options.lockRetryDelayMs ?? DEFAULT_LOCK_RETRY_DELAY_MS;
    const roots = [options.source, options.target];
    if (options.plan && !options.dryRun) {
        // checksum: true with a size+time tool: make robocopy copy exactly what the content comparison found.
        const count = alignTargetTimes(options.plan, options.source, options.target);
        if (count > 0) {
            ports.reporter.info(`Checksum comparison: adjusted the time of ${count} target file(s) so that robocopy copies exactly the changed ones.`);
        }
    }
    for (let attempt = 1;; attempt++) {
        ports.reporter.info(`[command]${formatCommandLine(tool, args)}`);
        const result = await ports.runner.run(tool, args, {
            silent: true,
            signal: ports.signal,
            timeoutMs: options.timeoutMs
        });
        const output = `${result.stdout}\n${result.stderr}`;
        const status = decodeRobocopyExitCode(result.exitCode);
        const counts = parseRobocopySummary(result.stdout);
        const changed = parseRobocopyFileLines(result.stdout);
        if (changed.length > 0) {
            ports.reporter.debug(changed.map((l) => `${l.kind} ${l.bytes} ${l.path}`).join('\n'));
        }
        const failedCount = (counts?.files.failed ?? 0) + (counts?.dirs.failed ?? 0);
        if (status.success && failedCount === 0) {
            const synced = toResult(result.stdout, status, options, attempt, args);
            ports.reporter.info(synced.summary);
            return synced;
        }
        const errors = parseRobocopyErrors(output);
        const lockedPaths = [
            ...new Set(errors
                .filter((e) => e.code !== undefined && LOCKED_ERROR_CODES.includes(e.code))
                .map((e) => relativeTo(e.path, roots)))
        ];
        const otherErrors = errors.filter((e) => e.code === undefined || !LOCKED_ERROR_CODES.includes(e.code));
        if (lockedPaths.length > 0 && otherErrors.length === 0 && attempt <= lockRetries) {
            ports.reporter.warning(`robocopy: ${lockedPaths.length} file(s) are locked by another process (ERROR 32, sharing violation): ${listFew(lockedPaths)}. ` +
                `Waiting ${Math.round(lockDelay / 1000)} s, then running robocopy again (retry ${attempt} of ${lockRetries}).`);
            await ports.clock.sleep(lockDelay, ports.signal);
            continue;
        }
        if (lockedPaths.length > 0 && otherErrors.length === 0) {
            throw new core_errors/* ToolError */.v4('robocopy', result.exitCode, `robocopy could not replace ${lockedPaths.length} file(s) because another process holds them (ERROR 32, sharing violation), after ${attempt} run(s) with /R:${options.retries ?? DEFAULT_ROBOCOPY_RETRIES} each: ${listFew(lockedPaths)}. Exit code ${result.exitCode}: ${status.description}.`, robocopyErrorFix(32));
        }
        const first = otherErrors[0] ?? errors[0];
        const detail = errors
            .slice(0, 5)
            .map((e) => `${e.code === undefined ? 'ERROR' : `ERROR ${e.code}`} ${e.action} ${e.path}${e.message ? `: ${e.message}` : ''}`.trim())
            .join('\n');
        const tail = result.stdout.trim().split(/\r?\n/).slice(-5).join('\n');
        throw new core_errors/* ToolError */.v4('robocopy', result.exitCode, `robocopy failed with exit code ${result.exitCode} (${status.description})` +
            (failedCount > 0 ? `, ${failedCount} item(s) FAILED` : '') +
            `.\n${detail || tail}`, robocopyErrorFix(first?.code));
    }
}

// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(3008);
// EXTERNAL MODULE: ./src/steps/web-config/diagnostics.ts
var web_config_diagnostics = __webpack_require__(2851);
// EXTERNAL MODULE: ./src/steps/web-config/model.ts
var model = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/steps/web-config/publish-folder.ts
var publish_folder = __webpack_require__(6233);
// EXTERNAL MODULE: ./src/steps/web-config/sub-application.ts
var sub_application = __webpack_require__(3462);
// EXTERNAL MODULE: ./src/steps/web-config/transform.ts
var transform = __webpack_require__(1331);
// EXTERNAL MODULE: ./src/steps/web-config/validate.ts
var web_config_validate = __webpack_require__(8429);
// EXTERNAL MODULE: ./src/steps/web-config/web-config-file.ts
var web_config_file = __webpack_require__(8963);
;// CONCATENATED MODULE: ./src/steps/web-config/apply-web-config.ts
// The deploy's web.config step (contract input `web-config`): validate the publish folder's web.config, or first
// do what `dotnet publish` does to it (generating it when missing), then validate. Errors stop the deploy before
// anything on the server changes; warnings and changes go to the log with their file:line:col.









function report(reporter, diagnostics) {
    for (const d of diagnostics) {
        const location = d.line
            ? { file: d.file, line: d.line, column: d.column, title: d.rule }
            : { file: d.file };
        if (d.severity === 'error')
            reporter.error((0,web_config_diagnostics/* formatDiagnostic */.xy)(d), location);
        else
            reporter.warning((0,web_config_diagnostics/* formatDiagnostic */.xy)(d), location);
    }
}
function facts(text, file) {
    if (text === undefined)
        return {};
    try {
        return { hostingModel: (0,transform/* readHostingModel */.Gp)(text, file), stdoutLog: (0,transform/* stdoutLogPath */.vY)(text, file) };
    }
    catch {
        return {};
    }
}
function readQuietly(file) {
    try {
        return (0,web_config_file/* readWebConfigSource */.U_)(file).text;
    }
    catch {
        return undefined;
    }
}
/** Runs `fn`; a WebConfigError's diagnostics reach the log with their location before it propagates. */
function reportFailure(reporter, fn) {
    try {
        return fn();
    }
    catch (error) {
        if (error instanceof web_config_diagnostics/* WebConfigError */.R5)
            report(reporter, error.diagnostics);
        throw error;
    }
}
/** Validates or transforms the web.config of `publishDir`. Throws WebConfigError (an InputError) on errors. */
async function applyWebConfig(publishDir, settings, reporter) {
    for (const variable of settings.environmentVariables ?? []) {
        if (variable.secret)
            reporter.registerSecret(variable.value);
    }
    const existing = (0,publish_folder/* findWebConfig */.Qw)(publishDir);
    const file = existing ?? external_node_path_default().join(publishDir, 'web.config');
    const empty = { file, diagnostics: [], changes: [], written: false, generated: false };
    if (settings.mode === 'skip') {
        return { ...empty, ...facts(existing ? readQuietly(existing) : undefined, file) };
    }
    if (settings.mode === 'validate') {
        const { diagnostics } = (0,web_config_validate/* validatePublishFolder */.KZ)(publishDir, { subApplication: settings.subApplication });
        report(reporter, diagnostics);
        if ((0,web_config_diagnostics/* hasErrors */.Cs)(diagnostics))
            throw new web_config_diagnostics/* WebConfigError */.R5(diagnostics.filter((d) => d.severity === 'error'));
        const text = (0,web_config_file/* readWebConfigSource */.U_)(file).text;
        return { ...empty, diagnostics, ...facts(text, file) };
    }
    const { source, result } = reportFailure(reporter, () => {
        const source = existing ? (0,web_config_file/* readWebConfigSource */.U_)(existing) : undefined;
        const appName = settings.appName ?? (0,publish_folder/* detectAppName */._3)(publishDir);
        const selfContained = settings.selfContained ?? (0,publish_folder/* detectSelfContained */.LJ)(publishDir, appName);
        let result = (0,transform/* transformWebConfig */.Vo)(source?.text, {
            file,
            appName,
            selfContained,
            hostingModel: settings.hostingModel,
            environment: settings.environment,
            environmentVariables: settings.environmentVariables
        });
        if (settings.subApplication) {
            const fitted = (0,sub_application/* fitSubApplication */.KC)(result.text, { kind: 'aspnetcore', file });
            result = {
                ...fitted,
                changes: [...result.changes, ...fitted.changes],
                changed: result.changed || fitted.changed,
                generated: result.generated
            };
        }
        return { source, result };
    });
    for (const change of result.changes)
        reporter.info(`${external_node_path_default().basename(file)}: ${change}`);
    const document = (0,model/* parseOwnOutput */.Vo)(result.text, file);
    const diagnostics = (0,web_config_validate/* validateWebConfig */.RC)(document, {
        file,
        publishDir,
        subApplication: settings.subApplication
    });
    report(reporter, diagnostics);
    if ((0,web_config_diagnostics/* hasErrors */.Cs)(diagnostics))
        throw new web_config_diagnostics/* WebConfigError */.R5(diagnostics.filter((d) => d.severity === 'error'));
    const write = result.changed && !settings.dryRun;
    if (write)
        await (0,atomic_write/* writeFileAtomic */.Z)(file, (0,web_config_file/* encodeWebConfig */.zP)(result.text, source?.encoding ?? 'utf8'));
    return {
        file,
        diagnostics,
        changes: result.changes,
        written: write,
        generated: result.generated,
        ...facts(document, file)
    };
}

// EXTERNAL MODULE: ./src/steps/xdt/apply-files.ts
var apply_files = __webpack_require__(2590);
// EXTERNAL MODULE: ./src/steps/xdt/encode-document.ts
var encode_document = __webpack_require__(6572);
;// CONCATENATED MODULE: ./src/steps/xdt/write-output.ts
// Kept for callers of the first version (src/pipeline/default-steps.ts): the encoder lives in encode-document.ts
// and writes go through the shared src/core/atomic-write.ts.


/** Writes `data` over `file` through a temporary file and a rename: never half-written. */
function writeFileAtomically(file, data) {
    (0,atomic_write/* writeFileAtomicSync */.Q)(file, data);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/pipeline/zip.ts
// `source: app.zip`: extracts a zip of the publish output (stored or deflated entries, as `dotnet publish` and
// every zip tool write them). Entry times are kept, so the planner sees unchanged files as unchanged; names that
// would leave the folder (zip slip), encrypted entries and ZIP64 archives are refused with a clear error.




const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function fail(file, message) {
    throw new core_errors/* InputError */.dz('source', `Input 'source': ${file} ${message}`);
}
/** DOS date/time (local time, 2 s resolution) → Date. */
function dosTime(date, time) {
    return new Date(((date >> 9) & 0x7f) + 1980, ((date >> 5) & 0x0f) - 1, date & 0x1f, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2);
}
/** The extended timestamp extra field (0x5455) holds the UTC modification time, when a tool wrote it. */
function extendedTime(extra) {
    let at = 0;
    while (at + 4 <= extra.length) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (id === 0x5455 && size >= 5 && (extra[at + 4] ?? 0) & 1)
            return new Date(extra.readUInt32LE(at + 5) * 1000);
        at += 4 + size;
    }
    return undefined;
}
/** Lists the entries of a zip from its central directory. */
function readZipEntries(buffer, file) {
    const min = Math.max(0, buffer.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = buffer.length - 22; i >= min; i--) {
        if (buffer.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        fail(file, 'is not a zip file (no end of central directory).');
    const count = buffer.readUInt16LE(eocd + 10);
    const offset = buffer.readUInt32LE(eocd + 16);
    if (count === 0xffff || offset === 0xffffffff)
        fail(file, 'is a ZIP64 archive, which is not supported: give the publish folder instead.');
    const entries = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
        if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL)
            fail(file, 'is damaged (bad central directory).');
        const flags = buffer.readUInt16LE(at + 8);
        const nameLength = buffer.readUInt16LE(at + 28);
        const extraLength = buffer.readUInt16LE(at + 30);
        const commentLength = buffer.readUInt16LE(at + 32);
        const rawName = buffer.subarray(at + 46, at + 46 + nameLength);
        const name = (flags & 0x800 ? rawName.toString('utf8') : rawName.toString('latin1')).replace(/\\/g, '/');
        const extra = buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
        entries.push({
            name,
            directory: name.endsWith('/'),
            method: buffer.readUInt16LE(at + 10),
            crc: buffer.readUInt32LE(at + 16),
            compressedSize: buffer.readUInt32LE(at + 20),
            size: buffer.readUInt32LE(at + 24),
            localOffset: buffer.readUInt32LE(at + 42),
            modified: extendedTime(extra) ?? dosTime(buffer.readUInt16LE(at + 14), buffer.readUInt16LE(at + 12)),
            encrypted: (flags & 1) === 1
        });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
/** A relative path inside the destination, or an error for names that would leave it. */
function safeRelative(name, file) {
    const segments = name.split('/').filter((s) => s !== '' && s !== '.');
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || segments.includes('..')) {
        fail(file, `has an entry '${name}' that points outside the folder it is extracted to; refusing it.`);
    }
    return segments.join('/');
}
/** Extracts `zipFile` into `destination` (created), keeping entry times. */
async function extractZip(zipFile, destination) {
    const buffer = await external_node_fs_default().promises.readFile(zipFile);
    const entries = readZipEntries(buffer, zipFile);
    external_node_fs_default().mkdirSync(destination, { recursive: true });
    let files = 0;
    for (const entry of entries) {
        const relative = safeRelative(entry.name, zipFile);
        if (relative === '')
            continue;
        const target = external_node_path_default().join(destination, ...relative.split('/'));
        if (entry.directory) {
            external_node_fs_default().mkdirSync(target, { recursive: true });
            continue;
        }
        if (entry.encrypted)
            fail(zipFile, `has an encrypted entry '${entry.name}'.`);
        const at = entry.localOffset;
        if (buffer.readUInt32LE(at) !== LOCAL)
            fail(zipFile, `is damaged (bad local header of '${entry.name}').`);
        const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
        const data = buffer.subarray(start, start + entry.compressedSize);
        let content;
        if (entry.method === 0)
            content = Buffer.from(data);
        else if (entry.method === 8)
            content = external_node_zlib_default().inflateRawSync(data);
        else
            fail(zipFile, `uses compression method ${entry.method} for '${entry.name}'; only stored and deflated entries are supported.`);
        if (content.length !== entry.size || external_node_zlib_default().crc32(content) !== entry.crc)
            fail(zipFile, `is damaged: '${entry.name}' does not match its checksum.`);
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
        external_node_fs_default().writeFileSync(target, content);
        external_node_fs_default().utimesSync(target, entry.modified, entry.modified);
        files++;
    }
    if (files === 0)
        fail(zipFile, 'holds no files.');
    return files;
}

;// CONCATENATED MODULE: ./src/pipeline/default-steps.ts
// The real steps behind the pipeline: each DeploySteps method calls the step modules (src/steps/*) with the
// options and ports of the run. Dry-run: reads still run (appcmd list, planner, robocopy /L, msdeploy -whatif),
// writes are recorded in the plan instead.




























/** A web.config that cannot be deployed; carries the problems at their place in the user's files. */
class WebConfigRejected extends core_errors/* InputError */.dz {
    diagnostics;
    name = 'WebConfigRejected';
    constructor(message, diagnostics) {
        super('web-config', message);
        this.diagnostics = diagnostics;
    }
}
function appcmdFor(ctx, appcmdPath) {
    return new Appcmd({
        runner: ctx.ports.runner,
        path: appcmdPath,
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        signal: ctx.signal
    });
}
/** Forwards everything except the located warnings/errors the pipeline reports itself (as annotations). */
function withoutLocated(reporter) {
    return {
        debug: (m) => reporter.debug(m),
        info: (m) => reporter.info(m),
        notice: (m, l) => reporter.notice(m, l),
        warning: (m, l) => (l ? reporter.debug(m) : reporter.warning(m)),
        error: (m, l) => (l ? reporter.debug(m) : reporter.error(m)),
        group: (n, fn) => reporter.group(n, fn),
        registerSecret: (v) => reporter.registerSecret(v),
        mask: (t) => reporter.mask(t)
    };
}
function record(values, secret) {
    return Object.fromEntries(values.filter((v) => v.secret === secret).map((v) => [v.name, v.value]));
}
function isPoolIdentity(value) {
    return POOL_IDENTITIES.some((p) => p.toLowerCase() === value?.toLowerCase());
}
/** Default pool name for a new application: the site name, plus the application path for a sub-application. */
function defaultPoolName(site, application) {
    return application === '/' ? site : `${site}${application.replace(/\//g, '_')}`;
}
function default_steps_copyTree(from, to) {
    // Times are kept: the planner compares size and time, so unchanged files must stay unchanged.
    external_node_fs_default().cpSync(from, to, { recursive: true, preserveTimestamps: true, dereference: false });
}
function listFiles(dir) {
    try {
        return external_node_fs_default().readdirSync(dir);
    }
    catch {
        return [];
    }
}
function sameContent(a, b) {
    try {
        const left = external_node_fs_default().readFileSync(a);
        const right = external_node_fs_default().readFileSync(b);
        return left.equals(right);
    }
    catch {
        return false;
    }
}
class DefaultSteps {
    poolBefore;
    async appcmd(ctx) {
        return appcmdFor(ctx, await ctx.tool('appcmd'));
    }
    async readTarget(ctx) {
        const o = ctx.options;
        const base = { application: o.application, site: o.site };
        if (o.target === 'iis-express')
            return { ...base, kind: 'iis-express', exists: { pool: false, site: false, application: false } };
        if (o.msdeployUrl)
            return {
                ...base,
                kind: 'remote',
                appPool: o.appPool,
                exists: { pool: true, site: true, application: true }
            };
        if (o.site === undefined) {
            // A folder target without IIS (sync into physical-path only).
            return {
                ...base,
                kind: 'local-iis',
                physicalPath: o.physicalPath,
                exists: { pool: false, site: false, application: false }
            };
        }
        const appcmd = await this.appcmd(ctx);
        const site = o.site;
        const siteExists = (await appcmd.getSiteState(site)) !== undefined;
        const appPoolNow = siteExists
            ? await appcmd.readProperty('app', appIdentifier(site, o.application), 'applicationPool')
            : undefined;
        const livePath = appPoolNow !== undefined
            ? await appcmd.readProperty('vdir', rootVdirIdentifier(site, o.application), 'physicalPath')
            : undefined;
        const appPool = o.appPool ?? appPoolNow ?? (o.create ? defaultPoolName(site, o.application) : undefined);
        const poolExists = appPool !== undefined && (await appcmd.getAppPoolState(appPool)) !== undefined;
        const needsExisting = ['sync', 'offline', 'online', 'provision'].some((s) => o.steps.includes(s));
        if (!o.create && needsExisting) {
            if (!siteExists) {
                throw new core_errors/* InputError */.dz('site', `Site '${site}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path') to let the deploy create it.`);
            }
            if (appPoolNow === undefined) {
                throw new core_errors/* InputError */.dz('application', `Application '${appIdentifier(site, o.application)}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path').`);
            }
        }
        const live = livePath ? expandPhysicalPath(livePath, ctx.ports.env) : undefined;
        const physicalPath = o.strategy === 'releases' ? (live ?? o.physicalPath) : (o.physicalPath ?? live);
        ctx.reporter.info(`Target: site '${site}', application '${o.application}', app pool '${appPool ?? '(none)'}', folder ${physicalPath ?? '(none)'}${siteExists ? '' : ' (to be created)'}.`);
        return {
            kind: 'local-iis',
            site,
            application: o.application,
            appPool,
            physicalPath,
            exists: { pool: poolExists, site: siteExists, application: appPoolNow !== undefined }
        };
    }
    async acquireLock(ctx, target) {
        if (ctx.dryRun || target.kind !== 'local-iis' || target.site === undefined)
            return undefined;
        const env = ctx.ports.env;
        const description = env.GITHUB_RUN_ID
            ? `GitHub run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`
            : env.BUILD_BUILDID
                ? `Azure DevOps build ${env.BUILD_BUILDID}`
                : `iis-deploy pid ${process.pid}`;
        return acquireDeployLock({
            site: target.site,
            application: target.application,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            signal: ctx.signal,
            description,
            timeoutMs: ctx.timing.lockTimeoutMs
        });
    }
    async ensureIisFeatures(ctx) {
        const dism = await ctx.tool('dism');
        const result = await ensureIisFeatures({
            runner: ctx.ports.runner,
            dismPath: dism,
            reporter: ctx.reporter,
            features: ctx.options.iisFeatures,
            dryRun: ctx.dryRun,
            signal: ctx.signal
        });
        if (ctx.dryRun && result.enabled.length > 0)
            ctx.plan.command('iis-features', 'dism', buildEnableFeaturesArgs(result.enabled));
        const parts = [
            result.enabled.length > 0
                ? `${ctx.dryRun ? 'would enable' : 'enabled'} ${result.enabled.join(', ')}`
                : '',
            result.alreadyEnabled.length > 0 ? `already enabled: ${result.alreadyEnabled.join(', ')}` : '',
            result.rebootRequired ? 'a reboot is required' : ''
        ].filter(Boolean);
        if (result.rebootRequired)
            ctx.reporter.warning('Enabling IIS features needs a reboot to finish.');
        return parts.join('; ') || 'nothing to do';
    }
    async installHostingBundle(ctx, appDir) {
        const o = ctx.options;
        const result = await installHostingBundle(ctx.ports, {
            spec: o.hostingBundle,
            args: o.hostingBundleArgs,
            url: o.hostingBundleUrl,
            sha512: o.hostingBundleSha512,
            metadataUrl: o.releaseMetadataUrl,
            restartIis: o.restartIis,
            appDir,
            appName: o.appName,
            dryRun: ctx.dryRun,
            tools: ctx.tools,
            signal: ctx.signal,
            logDir: o.tempDir
        });
        const changed = result.installed || result.repaired;
        if (ctx.dryRun && result.action !== 'none')
            ctx.plan.action('hosting-bundle', `${result.action} the .NET Hosting Bundle ${result.version ?? ''}`.trim());
        const verb = ctx.dryRun ? 'would ' : '';
        const detail = result.action === 'install'
            ? `${verb}install ${result.version}`
            : result.action === 'repair'
                ? `${verb}repair ${result.version}`
                : `${result.version ?? 'the installed version'} already meets the need`;
        return {
            version: result.version,
            rebootRequired: result.rebootRequired,
            changed,
            detail: `${detail}${result.restarted ? '; IIS restarted' : ''}${result.rebootRequired ? '; a reboot is required' : ''}`
        };
    }
    async provision(ctx, target) {
        const o = ctx.options;
        if (target.kind !== 'local-iis' || target.site === undefined)
            return { target, detail: 'no IIS site to provision' };
        const appcmd = await this.appcmd(ctx);
        const details = [];
        let identity = o.poolIdentity;
        const poolSettingsGiven = o.poolEnvironmentVariables.length > 0 ||
            o.authentication.length > 0 ||
            o.certificateThumbprint !== undefined;
        let physicalPath = target.physicalPath;
        if (o.create || poolSettingsGiven) {
            let loadUserProfile = o.loadUserProfile;
            if (!o.create && target.appPool) {
                // Not asked to manage the pool: keep its identity and profile setting as they are (least surprise).
                const tree = await appcmd.readObject('apppool', target.appPool);
                const current = tree ? findAttribute(tree, 'processModel.identityType') : undefined;
                identity = isPoolIdentity(current)
                    ? POOL_IDENTITIES.find((p) => p.toLowerCase() === current.toLowerCase())
                    : undefined;
                loadUserProfile =
                    (tree ? findAttribute(tree, 'processModel.loadUserProfile') : 'true')?.toLowerCase() === 'true';
            }
            if (identity === undefined) {
                ctx.reporter.warning(`App pool '${target.appPool}' runs as a specific user: its settings and permissions are left as they are.`);
            }
            else {
                const appFolder = o.strategy === 'releases'
                    ? (target.physicalPath ?? o.physicalPath)
                    : (o.physicalPath ?? target.physicalPath);
                if (appFolder === undefined)
                    throw new core_errors/* InputError */.dz('physical-path', `Input 'physical-path' is needed: IIS reports no folder for '${target.site}${target.application}'.`);
                if (!ctx.dryRun && !external_node_fs_default().existsSync(appFolder))
                    external_node_fs_default().mkdirSync(appFolder, { recursive: true });
                const result = await provisionSite({
                    appcmd,
                    site: target.site,
                    application: target.application,
                    appPool: target.appPool ?? defaultPoolName(target.site, target.application),
                    physicalPath: appFolder,
                    bindings: target.exists.site ? undefined : o.bindings.map((b) => b.text),
                    poolIdentity: identity,
                    loadUserProfile,
                    authentication: o.authentication.length
                        ? Object.fromEntries(o.authentication.map((a) => [a.kind, a.enabled]))
                        : undefined,
                    poolEnvironmentVariables: record(o.poolEnvironmentVariables, false),
                    secretPoolEnvironmentVariables: record(o.poolEnvironmentVariables, true),
                    certificate: o.certificateThumbprint
                        ? { thumbprint: o.certificateThumbprint, store: o.certificateStore }
                        : undefined,
                    netsh: o.certificateThumbprint
                        ? { runner: ctx.ports.runner, path: await ctx.tool('netsh') }
                        : undefined,
                    dryRun: ctx.dryRun
                });
                for (const change of result.changes) {
                    if (/^create/i.test(change.description))
                        ctx.plan.create(`${change.target}: ${change.description}`);
                    if (ctx.dryRun)
                        for (const command of change.commands)
                            ctx.plan.action('provision', command);
                }
                details.push(result.changes.length > 0
                    ? result.changes.map((c) => `${c.target}: ${c.description}`).join('; ')
                    : 'pool, site and application already as wanted');
                physicalPath = appFolder;
            }
        }
        if (o.grantAccess && identity !== undefined && target.appPool !== undefined) {
            const folder = o.strategy === 'releases' ? (o.physicalPath ?? releaseRootOf(target.physicalPath)) : physicalPath;
            if (folder !== undefined) {
                if (!ctx.dryRun && !external_node_fs_default().existsSync(folder))
                    external_node_fs_default().mkdirSync(folder, { recursive: true });
                const granted = await grantAccess({
                    runner: ctx.ports.runner,
                    icaclsPath: await ctx.tool('icacls'),
                    reporter: ctx.reporter,
                    physicalPath: folder,
                    pool: target.appPool,
                    identity,
                    logsFolder: o.strategy === 'releases' ? external_node_path_default().join('shared', 'logs') : 'logs',
                    dryRun: ctx.dryRun,
                    signal: ctx.signal
                });
                if (ctx.dryRun)
                    for (const change of granted.changes)
                        ctx.plan.action('provision', change.command);
                if (granted.changes.length > 0)
                    details.push(`granted ${granted.changes.map((c) => `${c.right} on ${c.path}`).join(', ')}`);
            }
        }
        return {
            target: {
                ...target,
                physicalPath,
                appPool: target.appPool ?? (o.create ? defaultPoolName(target.site, target.application) : undefined),
                exists: ctx.dryRun ? target.exists : { pool: true, site: true, application: true }
            },
            detail: details.join('; ') || 'nothing to do'
        };
    }
    async prepareApp(ctx, configure) {
        const o = ctx.options;
        if (!external_node_fs_default().existsSync(o.source)) {
            throw new core_errors/* InputError */.dz('source', `Input 'source': ${o.source} does not exist. Point it at the output of 'dotnet publish' (e.g. dotnet publish -o publish).`);
        }
        const stat = external_node_fs_default().statSync(o.source);
        let origin = o.source;
        let root;
        const newRoot = () => {
            external_node_fs_default().mkdirSync(o.tempDir, { recursive: true });
            return external_node_fs_default().mkdtempSync(external_node_path_default().join(o.tempDir, `iis-deploy-${o.releaseId}-`));
        };
        if (o.sourceIsZip || stat.isFile()) {
            if (!o.sourceIsZip)
                throw new core_errors/* InputError */.dz('source', `Input 'source': ${o.source} is a file; give the publish folder or a .zip.`);
            root = newRoot();
            origin = external_node_path_default().join(root, 'app');
            await extractZip(o.source, origin);
        }
        else if (listFiles(o.source).length === 0) {
            throw new core_errors/* InputError */.dz('source', `Input 'source': ${o.source} is empty. Run 'dotnet publish' first.`);
        }
        const edits = configure && o.webConfig !== 'skip';
        const changesFiles = configure &&
            (o.jsonVariables.length > 0 ||
                (edits &&
                    (o.webConfig === 'transform' ||
                        o.environment !== undefined ||
                        o.environmentVariables.length > 0 ||
                        o.xdtTransforms.length > 0)));
        let dir = origin;
        if (changesFiles && root === undefined) {
            root = newRoot();
            dir = external_node_path_default().join(root, 'app');
            default_steps_copyTree(origin, dir);
        }
        else if (root !== undefined)
            dir = origin;
        const app = {
            dir,
            staged: root !== undefined,
            diagnostics: [],
            changes: [],
            origin,
            root,
            modified: []
        };
        const userPath = (file) => {
            if (o.sourceIsZip)
                return file.startsWith(dir) ? `${o.source}!${external_node_path_default().relative(dir, file).replace(/\\/g, '/')}` : file;
            return file.startsWith(dir) ? external_node_path_default().join(o.source, external_node_path_default().relative(dir, file)) : file;
        };
        if (!configure) {
            if (!(0,publish_folder/* findWebConfig */.Qw)(dir))
                ctx.reporter.warning(`${userPath(external_node_path_default().join(dir, 'web.config'))} does not exist; the web-config step is not selected, so it was not checked.`);
            return app;
        }
        if (o.jsonVariables.length > 0) {
            const json = await applyJsonVariables({
                appDir: dir,
                variables: o.jsonVariables,
                files: o.jsonFiles,
                addMissing: o.jsonAddMissing,
                reporter: ctx.reporter
            });
            const changed = json.changes.filter((c) => c.action !== 'unchanged');
            for (const file of new Set(changed.map((c) => c.file)))
                app.modified.push(file);
            if (changed.length > 0)
                app.changes.push(`${changed.length} JSON variable(s) set in ${[...new Set(changed.map((c) => c.file))].join(', ')}`);
        }
        if (o.webConfig === 'skip') {
            if (!(0,publish_folder/* findWebConfig */.Qw)(dir))
                ctx.reporter.warning(`The app has no web.config ('web-config: skip'): IIS may serve appsettings.json and other files as static content.`);
            return app;
        }
        const mode = o.webConfig === 'validate' && (o.environment !== undefined || o.environmentVariables.length > 0)
            ? 'transform'
            : o.webConfig;
        const quiet = withoutLocated(ctx.reporter);
        const toDiagnostic = (d) => ({
            severity: d.severity === 'warning' ? 'warning' : 'error',
            message: ctx.reporter.mask(d.message),
            file: userPath(d.file ?? external_node_path_default().join(dir, 'web.config')),
            line: d.line || undefined,
            column: d.column || undefined
        });
        const reject = (diagnostics) => {
            throw new WebConfigRejected(`web.config cannot be deployed:\n${diagnostics
                .filter((d) => d.severity === 'error')
                .map((d) => `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}: ${d.message}`)
                .join('\n')}`, diagnostics);
        };
        let result;
        try {
            result = await applyWebConfig(dir, {
                mode,
                appName: o.appName,
                selfContained: o.selfContained,
                hostingModel: o.hostingModel,
                environment: o.environment,
                environmentVariables: o.environmentVariables.map((v) => ({
                    name: v.name,
                    value: v.value,
                    secret: v.secret
                }))
            }, quiet);
        }
        catch (error) {
            const list = error.diagnostics;
            if (Array.isArray(list))
                reject(list.map(toDiagnostic));
            throw error;
        }
        app.diagnostics.push(...result.diagnostics.map(toDiagnostic));
        app.hostingModel = result.hostingModel;
        if (result.written)
            app.modified.push(external_node_path_default().relative(dir, result.file).replace(/\\/g, '/'));
        if (result.changes.length > 0)
            app.changes.push(`web.config: ${result.changes.join(', ')}`);
        if (o.xdtTransforms.length > 0) {
            const file = (0,publish_folder/* findWebConfig */.Qw)(dir) ?? external_node_path_default().join(dir, 'web.config');
            const xdt = (0,apply_files/* applyXdtTransformFiles */.i)(file, o.xdtTransforms);
            const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }));
            if (!xdt.ok || !xdt.document)
                reject(diagnostics);
            app.diagnostics.push(...diagnostics);
            writeFileAtomically(file, (0,encode_document/* encodeXmlDocument */.P)(xdt.document));
            if (!app.modified.includes(external_node_path_default().basename(file)))
                app.modified.push(external_node_path_default().basename(file));
            app.changes.push(`XDT: ${o.xdtTransforms.map((t) => external_node_path_default().basename(t)).join(', ')}`);
            const again = (0,web_config_validate/* validatePublishFolder */.KZ)(dir);
            const after = again.diagnostics.map(toDiagnostic);
            if (after.some((d) => d.severity === 'error'))
                reject(after);
            for (const d of after)
                if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line))
                    app.diagnostics.push(d);
        }
        return app;
    }
    async planChanges(ctx, app, target) {
        const o = ctx.options;
        // The app that must let go of its files is the live one: its web.config says how it is hosted (none: nothing
        // runs there yet, so there is nothing to wait for).
        this.hostingModel = liveHostingModel(target.physicalPath);
        const live = target.physicalPath;
        const staged = app;
        // A file we rewrote (web.config, appsettings) that ends up identical to the live one is not a change: give it
        // the live file's time, so a redeploy of the same config stays a static-only deploy.
        if (live && staged.modified) {
            for (const relative of staged.modified) {
                const ours = external_node_path_default().join(app.dir, relative);
                const theirs = external_node_path_default().join(live, relative);
                if (sameContent(ours, theirs)) {
                    const time = external_node_fs_default().statSync(theirs).mtime;
                    external_node_fs_default().utimesSync(ours, time, time);
                }
            }
        }
        const plan = await planChanges({
            source: app.dir,
            target: live ?? external_node_path_default().join(app.dir, '.nonexistent-target'),
            exclude: o.exclude,
            preserve: o.preserve,
            deleteExtra: o.deleteExtra,
            checksum: o.checksum
        });
        ctx.reporter.info(`Plan: ${plan.filesAdded} to add, ${plan.filesUpdated} to update, ${plan.filesDeleted} to delete (${plan.bytesToCopy} bytes)${plan.touchesLockedFiles ? '; the app loads some of them' : '; static files only'}.`);
        return plan;
    }
    /** The hosting model of the live app (from its web.config), read when the changes are planned. */
    hostingModel;
    async takeOffline(ctx, target, mode) {
        const o = ctx.options;
        const physicalPath = target.physicalPath;
        const pool = target.appPool;
        const state = { appOffline: false, poolStopped: false, since: ctx.ports.clock.now() };
        const wantsFile = mode !== 'stop-pool' && physicalPath !== undefined && (ctx.dryRun || external_node_fs_default().existsSync(physicalPath));
        const wantsStop = mode !== 'app-offline' && pool !== undefined && target.exists.pool;
        if (ctx.dryRun) {
            if (wantsFile)
                ctx.plan.action('offline', `write ${external_node_path_default().join(physicalPath, APP_OFFLINE_FILE)}`);
            if (wantsStop)
                ctx.plan.command('offline', 'appcmd', buildAppPoolVerbArgs('stop', pool));
            if (wantsStop && o.killWorkers)
                ctx.plan.action('offline', `after ${Math.round(o.stopTimeoutMs / 1000)} s: taskkill /PID <pid> /F for each worker of '${pool}' still running`);
            return { ...state, appOffline: wantsFile, poolStopped: wantsStop };
        }
        const appcmd = await this.appcmd(ctx);
        // `kill-workers`: found before anything changes, so a missing taskkill.exe fails the step up front.
        const taskkill = wantsStop && o.killWorkers ? { runner: ctx.ports.runner, path: await ctx.tool('taskkill') } : undefined;
        if (wantsFile) {
            const content = o.appOfflineFile ? external_node_fs_default().readFileSync(o.appOfflineFile, 'utf8') : undefined;
            const folder = physicalPath;
            await takeAppOffline({
                physicalPath: folder,
                content,
                reporter: ctx.reporter,
                clock: ctx.ports.clock,
                // In-process (domain-facts §6): ANCM recycles the worker; its files are free once it has exited.
                probe: this.hostingModel === 'inprocess' && pool !== undefined
                    ? allOf(workersExitedProbe(appcmd, pool), filesWritableProbe(() => appBinaries(folder)))
                    : filesWritableProbe(() => appBinaries(folder)),
                timeoutMs: o.stopTimeoutMs,
                // With both, stopping the pool frees the files anyway.
                onTimeout: mode === 'both' ? 'continue' : 'fail',
                signal: ctx.signal
            });
            state.appOffline = true;
        }
        if (wantsStop) {
            try {
                this.poolBefore = await stopAppPool({
                    appcmd,
                    pool: pool,
                    timeoutMs: o.stopTimeoutMs,
                    killWorkersOnTimeout: o.killWorkers,
                    taskkill
                });
                state.poolStopped = true;
            }
            catch (error) {
                // Leave nothing half-done (the pipeline only knows about what this returns): ask the pool to start again,
                // then remove app_offline.htm. Neither may be cancelled.
                const cleanup = appcmdFor({ ...ctx, signal: new AbortController().signal }, await ctx.tool('appcmd'));
                const restarted = await startAppPool({
                    appcmd: cleanup,
                    pool: pool,
                    timeoutMs: 10_000,
                    settleMs: 0
                }).then(() => true, (startError) => {
                    ctx.reporter.warning(`App pool '${pool}' could not be started again: ${startError.message}`);
                    return false;
                });
                if (!restarted) {
                    const now = await cleanup.getAppPoolState(pool).catch(() => undefined);
                    Object.assign(error, {
                        serverState: `App pool '${pool}' is ${now ?? 'not running'} and could not be started again: the site answers 503 until it is. Once it has stopped, start it: appcmd start apppool /apppool.name:"${pool}". The app files were not touched.`
                    });
                }
                if (state.appOffline && physicalPath)
                    await removeAppOffline({ physicalPath, reporter: ctx.reporter, clock: ctx.ports.clock }).catch(() => undefined);
                throw error;
            }
        }
        return state;
    }
    async bringOnline(ctx, target, state) {
        const pool = target.appPool;
        if (ctx.dryRun) {
            if (state.poolStopped && pool)
                ctx.plan.command('online', 'appcmd', buildAppPoolVerbArgs('start', pool));
            if (state.appOffline && target.physicalPath)
                ctx.plan.action('online', `delete ${external_node_path_default().join(target.physicalPath, APP_OFFLINE_FILE)}`);
            return;
        }
        const removeOfflinePage = async () => {
            if (!state.appOffline || !target.physicalPath)
                return;
            await removeAppOffline({
                physicalPath: target.physicalPath,
                reporter: ctx.reporter,
                clock: ctx.ports.clock
            });
            state.appOffline = false;
        };
        // Start the pool first: with app_offline.htm still there its first requests get the page, not HTTP.sys 503.
        // The page goes as soon as the pool is Started; the rapid-fail window runs with the app really starting.
        if (state.poolStopped && pool) {
            if (this.poolBefore && !this.poolBefore.wasRunning) {
                ctx.reporter.warning(`App pool '${pool}' was already stopped before the deploy: left stopped.`);
            }
            else {
                await startAppPool({
                    appcmd: await this.appcmd(ctx),
                    pool,
                    timeoutMs: ctx.options.stopTimeoutMs,
                    settleMs: ctx.timing.poolSettleMs,
                    onStarted: removeOfflinePage
                });
            }
            state.poolStopped = false;
        }
        await removeOfflinePage();
    }
    async sync(ctx, app, target, plan, undo) {
        const o = ctx.options;
        if (target.kind === 'remote' || o.method === 'msdeploy')
            return this.syncWebDeploy(ctx, app, target);
        if (o.strategy === 'releases')
            return this.syncRelease(ctx, app, target, undo);
        const folder = target.physicalPath;
        if (folder === undefined)
            throw new core_errors/* InputError */.dz('physical-path', `Input 'physical-path' is needed: IIS reports no folder for the application.`);
        const args = {
            source: app.dir,
            target: folder,
            deleteExtra: o.deleteExtra,
            exclude: o.exclude,
            preserve: o.preserve,
            dryRun: ctx.dryRun
        };
        if (ctx.dryRun)
            ctx.plan.command('sync', 'robocopy', buildRobocopyArgs(args));
        let previousPath;
        if (!ctx.dryRun) {
            external_node_fs_default().mkdirSync(folder, { recursive: true });
            const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted;
            if (o.backup && changes > 0) {
                const backup = createBackup({ plan: plan, target: folder });
                previousPath = backup.dir;
                ctx.reporter.info(`Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`);
                undo.set(async () => {
                    const restored = restoreBackup(backup);
                    return `restored ${restored.restored} file(s) and removed ${restored.removed} new file(s) from the backup ${backup.dir}`;
                }, backup.dir);
            }
        }
        const result = await syncWithRobocopy({
            runner: ctx.ports.runner,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            tools: ctx.tools,
            signal: ctx.signal
        }, { ...args, plan: plan, lockRetryDelayMs: ctx.timing.lockRetryDelayMs });
        if (!ctx.dryRun && previousPath) {
            try {
                pruneBackups({ backupRoot: defaultBackupRoot(folder), keepAlso: previousPath });
            }
            catch (error) {
                ctx.reporter.warning(`Could not prune old backups: ${error.message}`);
            }
        }
        return { result, releasePath: folder, previousPath };
    }
    async syncWebDeploy(ctx, app, target) {
        const o = ctx.options;
        const remote = o.msdeployUrl
            ? {
                url: o.msdeployUrl,
                userName: o.msdeployUsername,
                password: o.msdeployPassword,
                authType: o.msdeployAuthType,
                allowUntrusted: o.allowUntrusted
            }
            : undefined;
        const msTarget = target.site !== undefined
            ? { site: target.site, application: target.application }
            : { folder: target.physicalPath ?? '' };
        // Remote: the AppOffline rule is how Web Deploy takes the app offline (the offline step cannot reach the server).
        const appOffline = remote !== undefined && o.takeOffline !== 'none';
        const ports = {
            runner: ctx.ports.runner,
            reporter: ctx.reporter,
            tools: ctx.tools,
            clock: ctx.ports.clock
        };
        let result;
        try {
            result = await syncWithWebDeploy(ports, {
                source: app.dir,
                target: msTarget,
                remote,
                deleteExtra: o.deleteExtra,
                exclude: o.exclude,
                preserve: o.preserve,
                appOffline,
                checksum: o.checksum,
                dryRun: ctx.dryRun,
                signal: ctx.signal
            });
        }
        catch (error) {
            // The AppOffline rule leaves App_Offline.htm behind when the sync fails (domain-facts §4.4): remove it.
            if (appOffline && !ctx.dryRun && 'site' in msTarget) {
                await removeAppOfflineWithWebDeploy(ports, { target: msTarget, remote }).catch((removeError) => {
                    Object.assign(error, {
                        serverState: `Web Deploy failed and App_Offline.htm could not be removed from the remote site (${removeError.message}): the site answers 503 until it is deleted.`
                    });
                });
            }
            throw error;
        }
        return { result, releasePath: target.physicalPath };
    }
    async syncRelease(ctx, app, target, undo) {
        const o = ctx.options;
        const site = target.site;
        const layout = planReleaseLayout({
            physicalPath: o.physicalPath,
            livePhysicalPath: target.exists.application ? target.physicalPath : undefined,
            releaseId: o.releaseId,
            preserve: o.preserve,
            env: ctx.ports.env
        });
        const staged = await stageRelease({ reporter: ctx.reporter }, {
            layout,
            source: app.dir,
            exclude: o.exclude,
            preserve: o.preserve,
            checksum: o.checksum,
            dryRun: ctx.dryRun
        });
        if (ctx.signal.aborted)
            throw new core_errors/* CancelledError */.cc('Cancelled before switching to the new release.');
        const switchArgs = buildSetPhysicalPathArgs(site, target.application, layout.releasePath);
        if (ctx.dryRun) {
            ctx.plan.create(`release folder ${layout.releasePath}`);
            ctx.plan.command('sync', 'appcmd', switchArgs);
        }
        else {
            const appcmd = await this.appcmd(ctx);
            await appcmd.run(switchArgs);
            ctx.reporter.info(`Switched '${site}${target.application === '/' ? '/' : target.application}' to ${layout.releasePath}.`);
            const previous = layout.previousPath;
            if (previous) {
                undo.set(async () => {
                    await appcmdFor({ ...ctx, signal: new AbortController().signal }, await ctx.tool('appcmd')).run(buildSetPhysicalPathArgs(site, target.application, previous));
                    return `switched back to ${previous}`;
                }, previous);
            }
            try {
                const pruned = pruneReleases({
                    releasesDir: layout.releasesDir,
                    keep: o.keepReleases,
                    live: layout.releasePath,
                    previous
                });
                if (pruned.deleted.length > 0)
                    ctx.reporter.info(`Removed old releases: ${pruned.deleted.join(', ')}`);
            }
            catch (error) {
                ctx.reporter.warning(`Could not remove old releases: ${error.message}`);
            }
        }
        const { layout: _layout, plan: _plan, seededFromLive: _seeded, files: _files, ...result } = staged;
        return { result: { ...result }, releasePath: layout.releasePath, previousPath: layout.previousPath };
    }
    async checkHealth(ctx) {
        const o = ctx.options;
        const url = o.healthCheckUrl;
        if (ctx.dryRun) {
            ctx.plan.action('health-check', `GET ${url}${o.healthCheckHost ? ` (Host: ${o.healthCheckHost})` : ''} until HTTP ${o.healthCheckStatus.join('/')}`);
            return { healthy: true, url, bodyExcerpt: '', reason: 'dry run', attempts: 0, elapsedMs: 0 };
        }
        return checkHealth({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
            url,
            expectedStatus: o.healthCheckStatus,
            contains: o.healthCheckContains,
            host: o.healthCheckHost,
            allowUntrusted: o.allowUntrusted,
            timeoutMs: o.healthCheckTimeoutMs,
            initialDelayMs: ctx.timing.healthInitialDelayMs,
            maxDelayMs: ctx.timing.healthMaxDelayMs,
            signal: ctx.signal
        });
    }
    async smokeTestIisExpress(ctx, app) {
        const o = ctx.options;
        const iisExpressPath = await ctx.tool('iisexpress');
        // The port is free and chosen now, so a health URL counts for its path only (http://x/health → <base>/health).
        const healthPath = o.healthCheckUrl
            ? `${new URL(o.healthCheckUrl).pathname}${new URL(o.healthCheckUrl).search}`
            : '/';
        if (ctx.dryRun) {
            ctx.plan.command('health-check', 'iisexpress', buildIisExpressArgs({ physicalPath: app.dir, port: 8080 }));
            ctx.plan.action('health-check', `GET http://localhost:<port>${healthPath} until HTTP ${o.healthCheckStatus.join('/')}`);
            return { detail: `would run the app under IIS Express and GET ${healthPath}` };
        }
        let health;
        const result = await runIisExpressSmokeTest({
            launcher: ctx.ports.launcher ?? new NodeProcessLauncher(),
            iisExpressPath,
            http: ctx.ports.http,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            physicalPath: app.dir,
            startTimeoutMs: o.healthCheckTimeoutMs,
            healthCheck: async (baseUrl, signal) => {
                health = await checkHealth({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
                    url: new URL(healthPath, baseUrl).toString(),
                    expectedStatus: o.healthCheckStatus,
                    contains: o.healthCheckContains,
                    host: o.healthCheckHost,
                    timeoutMs: o.healthCheckTimeoutMs,
                    initialDelayMs: ctx.timing.healthInitialDelayMs,
                    maxDelayMs: ctx.timing.healthMaxDelayMs,
                    signal
                });
            },
            signal: ctx.signal
        });
        return {
            health,
            detail: `IIS Express on ${result.url}: ${health ? `HTTP ${health.status}` : 'answered'}`
        };
    }
    async cleanup(_ctx, app) {
        const root = app.root;
        if (root)
            external_node_fs_default().rmSync(root, { recursive: true, force: true });
    }
}
/** The hosting model of the web.config in `folder`, or undefined (no web.config, or not readable). */
function liveHostingModel(folder) {
    const file = folder ? (0,publish_folder/* findWebConfig */.Qw)(folder) : undefined;
    if (!file)
        return undefined;
    try {
        return (0,transform/* readHostingModel */.Gp)((0,web_config_file/* readWebConfigSource */.U_)(file).text, file);
    }
    catch {
        return undefined;
    }
}
/** `<x>/releases/<id>` → `<x>`; anything else as it is. */
function releaseRootOf(live) {
    if (live === undefined)
        return undefined;
    const api = /\\/.test(live) ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const parent = api.dirname(live);
    return api.basename(parent).toLowerCase() === 'releases' ? api.dirname(parent) : live;
}
/** A fresh set of the real steps for one run. */
function createDefaultSteps() {
    return new DefaultSteps();
}

;// CONCATENATED MODULE: ./src/pipeline/summary.ts
// The job summary (GITHUB_STEP_SUMMARY, the ADO summary attachment, the CLI's closing report): the steps table
// with result and duration, the file changes, the offline window, the health result, the rollback, the warnings.
// And the web.config diagnostics as annotations on the file and line.
const RESULT_ICONS = {
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    cancelled: '🛑 cancelled',
    skipped: '⏭️ skipped',
    planned: '📝 planned'
};
const STEP_LABELS = {
    'iis-features': 'iis-features',
    'hosting-bundle': 'hosting-bundle',
    provision: 'provision',
    'web-config': 'web-config',
    offline: 'offline',
    sync: 'sync',
    online: 'online',
    'health-check': 'health-check',
    rollback: 'rollback'
};
/** Text safe inside a markdown table cell: no HTML, no pipes, one line. */
function cell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function formatDuration(ms) {
    if (ms <= 0)
        return '';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** The job summary as GitHub-flavoured markdown. Every line goes through `mask`. */
function renderSummary(result, context) {
    const lines = [];
    const verdict = result.dryRun && result.ok
        ? '📝 Dry run'
        : result.ok
            ? '✅ Deployed'
            : result.rolledBack
                ? '↩️ Failed and rolled back'
                : '❌ Failed';
    lines.push(`## iis-deploy: ${verdict} ${cell(context.title)}`, '');
    lines.push(cell(result.serverState), '');
    if (result.error) {
        lines.push('```text', result.error.message.replace(/```/g, "'''"), '```', '');
    }
    lines.push('| Step | Result | Duration | Details |', '|---|---|---|---|');
    for (const step of result.steps) {
        lines.push(`| ${STEP_LABELS[step.name]} | ${RESULT_ICONS[step.result]} | ${formatDuration(step.durationMs)} | ${cell(step.detail)} |`);
    }
    lines.push('', `Total: ${formatDuration(result.durationMs) || '0 ms'}`, '');
    const counts = result.sync ??
        (result.changes && {
            filesAdded: result.changes.filesAdded,
            filesUpdated: result.changes.filesUpdated,
            filesDeleted: result.changes.filesDeleted,
            bytesCopied: result.changes.bytesToCopy
        });
    if (counts) {
        lines.push(result.dryRun ? '### File changes (planned)' : '### File changes', '');
        lines.push('| Added | Updated | Deleted | Copied |', '|---:|---:|---:|---:|');
        lines.push(`| ${counts.filesAdded} | ${counts.filesUpdated} | ${counts.filesDeleted} | ${formatBytes(counts.bytesCopied)} |`, '');
        const files = result.changes?.changes ?? [];
        if (files.length > 0) {
            const shown = files.slice(0, 50);
            lines.push(`<details><summary>${files.length} changed file${files.length === 1 ? '' : 's'}</summary>`, '');
            lines.push('```text', ...shown.map((f) => `${f.kind.padEnd(6)} ${f.path}`), ...(files.length > shown.length ? [`… and ${files.length - shown.length} more`] : []), '```', '', '</details>', '');
        }
        if (result.releasePath || result.previousPath) {
            lines.push(`Release: \`${cell(result.releasePath ?? '')}\`${result.previousPath ? ` (previous: \`${cell(result.previousPath)}\`)` : ''}`, '');
        }
    }
    if (!result.dryRun) {
        lines.push('### Offline window', '');
        lines.push(result.offlineMeasured === 'probe'
            ? `The app answered 503 or nothing for **${formatDuration(result.offlineMs) || '0 ms'}** (measured by probing the health URL).`
            : result.offlineMeasured === 'window'
                ? `The app was offline for **${formatDuration(result.offlineMs) || '0 ms'}** (from taking it offline to bringing it online).`
                : 'The app was not taken offline.', '');
    }
    if (result.health) {
        const h = result.health;
        lines.push('### Health check', '');
        lines.push(h.healthy
            ? `✅ \`${cell(h.url)}\` answered HTTP ${h.status} after ${h.attempts} attempt${h.attempts === 1 ? '' : 's'}.`
            : `❌ \`${cell(h.url)}\`: ${h.status === undefined ? cell(h.reason) : `HTTP ${h.status} (${cell(h.reason)})`}${h.bodyExcerpt ? `: “${cell(h.bodyExcerpt)}”` : ''}`, '');
    }
    if (result.rolledBack) {
        const rollback = result.steps.find((s) => s.name === 'rollback');
        lines.push('### Rollback', '', `↩️ ${cell(rollback?.detail ?? 'The previous version was brought back.')}`, '');
    }
    if (result.diagnostics.length > 0) {
        lines.push('### web.config', '');
        for (const d of result.diagnostics)
            lines.push(`- ${d.severity === 'error' ? '❌' : '⚠️'} ${cell(formatLocation(d))}: ${cell(d.message)}`);
        lines.push('');
    }
    if (result.warnings.length > 0) {
        lines.push('### Warnings', '');
        for (const warning of result.warnings)
            lines.push(`- ⚠️ ${cell(warning)}`);
        lines.push('');
    }
    if (result.plan.commands.length > 0 || result.plan.creates.length > 0) {
        lines.push(`<details><summary>${result.dryRun ? 'Plan' : 'Commands run'} (${result.plan.commands.length})</summary>`, '');
        if (result.plan.creates.length > 0) {
            lines.push('Creates:', '', ...result.plan.creates.map((c) => `- ${cell(c)}`), '');
        }
        if (Object.keys(result.plan.tools).length > 0) {
            lines.push('Tools:', '', ...Object.entries(result.plan.tools).map(([name, p]) => `- ${name}: \`${cell(p)}\``), '');
        }
        lines.push('```text', ...result.plan.commands.map((c) => `[${c.step}] ${c.command}`), '```', '', '</details>', '');
    }
    if (context.version)
        lines.push(`<sub>iis-deploy ${cell(context.version)}</sub>`, '');
    return context.mask(lines.join('\n'));
}
function formatLocation(d) {
    return d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
}
/** Each web.config problem as an annotation on its file and line (GitHub: `::error file=...,line=...`). */
function annotateDiagnostics(reporter, diagnostics) {
    for (const d of diagnostics) {
        const location = {
            file: d.file,
            line: d.line || undefined,
            column: d.column || undefined,
            title: 'web.config'
        };
        if (d.severity === 'error')
            reporter.error(d.message, location);
        else
            reporter.warning(d.message, location);
    }
}
/** A plain-text report for the console (CLI): the steps and the outcome. */
function renderTextSummary(result) {
    const lines = result.steps.map((s) => `  ${s.name.padEnd(15)} ${s.result.padEnd(10)} ${formatDuration(s.durationMs).padStart(9)}  ${s.detail}`);
    const counts = result.sync;
    if (counts)
        lines.push(`  files: +${counts.filesAdded} ~${counts.filesUpdated} -${counts.filesDeleted}, ${formatBytes(counts.bytesCopied)} ${result.dryRun ? 'to copy' : 'copied'}`);
    if (!result.dryRun && result.offlineMeasured !== 'none')
        lines.push(`  offline: ${result.offlineMs} ms`);
    if (result.health && !result.dryRun)
        lines.push(`  health: ${result.health.status ?? 'no answer'} from ${result.health.url}`);
    lines.push(result.serverState);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/pipeline/context.ts
// What every pipeline step gets: the options, the ports, the cancellation signal, the tool resolver and the plan
// recorder. And the interface of the steps the pipeline composes (DeploySteps), so the order, the guarantees and
// rollback are tested with stand-ins, and the real steps (default-steps.ts) are tested against the fake IIS.

const DEFAULT_TIMING = {
    probeIntervalMs: 200,
    healthInitialDelayMs: 500,
    healthMaxDelayMs: 5000,
    lockTimeoutMs: 30 * 60_000,
    poolSettleMs: 3000,
    lockRetryDelayMs: 10_000
};
/** Records the command lines and creations of the plan, masked. */
class PlanRecorder {
    reporter;
    commands = [];
    creates = [];
    tools = {};
    constructor(reporter) {
        this.reporter = reporter;
    }
    command(step, tool, args, verbatim = false) {
        const command = this.reporter.mask(formatCommandLine(tool, args, verbatim));
        this.commands.push({ step, command });
        return command;
    }
    /** A step of the plan that is not a command line (writing app_offline.htm, a folder copy). */
    action(step, text) {
        this.commands.push({ step, command: this.reporter.mask(text) });
    }
    create(text) {
        this.creates.push(this.reporter.mask(text));
    }
    tool(name, path) {
        this.tools[name] = path;
    }
}
/** A reporter that forwards everything and keeps the warnings for the job summary. */
class CollectingReporter {
    inner;
    warnings = [];
    constructor(inner) {
        this.inner = inner;
    }
    debug(message) {
        this.inner.debug(message);
    }
    info(message) {
        this.inner.info(message);
    }
    notice(message, location) {
        this.inner.notice(message, location);
    }
    warning(message, location) {
        this.warnings.push(this.inner.mask(message));
        this.inner.warning(message, location);
    }
    error(message, location) {
        this.inner.error(message, location);
    }
    group(name, fn) {
        return this.inner.group(name, fn);
    }
    registerSecret(value) {
        this.inner.registerSecret(value);
    }
    mask(text) {
        return this.inner.mask(text);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/options.ts
// One typed, validated object per run (contract §1). Every adapter reads its own inputs (INPUT_*, task-lib, CLI
// flags) through `read` and gets the same DeployOptions, or one InputErrors listing every problem at once, before
// anything on the server changes. Secret inputs are registered with the reporter before anything is validated.





const PIPELINE_STEPS = [
    'iis-features',
    'hosting-bundle',
    'provision',
    'web-config',
    'offline',
    'sync',
    'online',
    'health-check'
];
const METHODS = ['auto', 'robocopy', 'msdeploy'];
const STRATEGIES = ['in-place', 'releases'];
const TAKE_OFFLINE_MODES = ['auto', 'app-offline', 'stop-pool', 'both', 'none'];
const WEB_CONFIG_MODES = ['validate', 'transform', 'skip'];
const HOSTING_MODELS = ['inprocess', 'outofprocess'];
// The hosting-bundle step owns the restart policy's values; the pipeline reads the same list.

const options_POOL_IDENTITIES = [
    'ApplicationPoolIdentity',
    'NetworkService',
    'LocalService',
    'LocalSystem'
];
const MSDEPLOY_AUTH_TYPES = ['Basic', 'NTLM'];
const TARGETS = ['iis', 'iis-express'];
const options_AUTHENTICATION_KINDS = ['anonymous', 'windows', 'basic'];
const BINDING_PROTOCOLS = ['http', 'https'];
const HOSTING_BUNDLE_KEYWORDS = ['none', 'auto', 'latest', 'lts'];
/** Every input of the contract, with its default ('' = none). action.yml, task.json and the CLI follow this list. */
const INPUT_DEFAULTS = {
    source: 'publish',
    site: '',
    application: '/',
    'app-pool': '',
    'physical-path': '',
    steps: 'all',
    method: 'auto',
    strategy: 'in-place',
    'release-id': '',
    'keep-releases': '5',
    'take-offline': 'auto',
    'app-offline-file': '',
    'stop-timeout': '120',
    'kill-workers': 'false',
    'keep-offline-on-failure': 'false',
    'delete-extra': 'false',
    exclude: '',
    preserve: 'App_Data\nlogs',
    backup: 'true',
    'web-config': 'validate',
    'app-name': '',
    'self-contained': '',
    'hosting-model': '',
    environment: '',
    'environment-variables': '',
    'secret-environment-variables': '',
    'xdt-transforms': '',
    'hosting-bundle': 'none',
    'hosting-bundle-args': '',
    'hosting-bundle-url': '',
    'hosting-bundle-sha512': '',
    'release-metadata-url': '',
    'restart-iis': 'auto',
    create: 'false',
    bindings: 'http/*:80:',
    'pool-identity': 'ApplicationPoolIdentity',
    'load-user-profile': 'true',
    'grant-access': 'true',
    'iis-features': '',
    'certificate-thumbprint': '',
    'certificate-store': 'My',
    authentication: '',
    'pool-environment-variables': '',
    'secret-pool-environment-variables': '',
    'json-variables': '',
    'secret-json-variables': '',
    'json-files': 'appsettings.json',
    'json-add-missing': 'false',
    'msdeploy-url': '',
    'msdeploy-username': '',
    'msdeploy-password': '',
    'msdeploy-auth-type': 'Basic',
    'allow-untrusted': 'false',
    checksum: 'false',
    'health-check-url': '',
    'health-check-host': '',
    'health-check-status': '200',
    'health-check-contains': '',
    'health-check-timeout': '60',
    rollback: 'true',
    target: 'iis',
    'dry-run': 'false',
    'appcmd-path': '',
    'msdeploy-path': '',
    'iisexpress-path': ''
};
const INPUT_NAMES = Object.keys(INPUT_DEFAULTS);
/** Inputs whose whole value (msdeploy-password) or whose values (`NAME=value` lists) are secrets. */
const SECRET_INPUTS = [
    'msdeploy-password',
    'secret-environment-variables',
    'secret-pool-environment-variables',
    'secret-json-variables'
];
/** Splits a list input on newlines (and commas where the contract says "comma list"); blank lines dropped. */
function splitList(value, separator = /\r?\n/) {
    return value
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function listAllowed(allowed) {
    return allowed.map((v) => `'${v}'`).join(', ');
}
/** Secret values of a `NAME=value` list: each value, and any line that has no `=` (it may be a bare secret). */
function secretValuesOf(list) {
    return splitList(list).map((line) => {
        const eq = line.indexOf('=');
        return eq < 0 ? line : line.slice(eq + 1).trim();
    });
}
/** Registers every secret input with the reporter. Call before anything reads, validates or logs the inputs. */
function registerSecretInputs(read, reporter) {
    const password = read('msdeploy-password');
    if (password)
        reporter.registerSecret(password);
    for (const name of SECRET_INPUTS) {
        if (name === 'msdeploy-password')
            continue;
        for (const value of secretValuesOf(read(name) ?? ''))
            reporter.registerSecret(value);
    }
}
/** Collects problems while the options are read, then throws them all at once. */
class Collector {
    read;
    errors = [];
    constructor(read) {
        this.read = read;
    }
    /** The raw value (trimmed), or the contract default. */
    raw(name) {
        const value = this.read(name)?.trim();
        return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value;
    }
    /** True when the user set the input (a non-empty value). */
    isSet(name) {
        return (this.read(name)?.trim() ?? '') !== '';
    }
    fail(name, message) {
        this.errors.push(new core_errors/* InputError */.dz(name, message));
    }
    string(name) {
        const value = this.raw(name);
        return value === '' ? undefined : value;
    }
    oneOf(name, allowed, caseInsensitive = true) {
        const value = this.raw(name);
        const found = allowed.find((a) => caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value);
        if (found === undefined) {
            this.fail(name, `Input '${name}' is '${value}': allowed values are ${listAllowed(allowed)}.`);
            return INPUT_DEFAULTS[name];
        }
        return found;
    }
    /** `true`/`false` in any case, as core.getBooleanInput accepts (domain-facts §8.3). */
    boolean(name) {
        const value = this.raw(name);
        if (/^true$/i.test(value))
            return true;
        if (/^false$/i.test(value))
            return false;
        this.fail(name, `Input '${name}' is '${value}': use true or false.`);
        return INPUT_DEFAULTS[name] === 'true';
    }
    optionalBoolean(name) {
        return this.raw(name) === '' ? undefined : this.boolean(name);
    }
    integer(name, min, max, unit = '') {
        const value = this.raw(name);
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            this.fail(name, `Input '${name}' is '${value}': use a whole number${unit} from ${min} to ${max}.`);
            return Number(INPUT_DEFAULTS[name]);
        }
        return n;
    }
    list(name, separator) {
        return splitList(this.raw(name), separator);
    }
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const JSON_PATH = /^[^.=\s][^=]*$/;
const FEATURE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const HOSTING_BUNDLE_SPEC = /^(?:\d+\.\d+|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
// Thumbprints copied from certmgr often carry an invisible left-to-right mark and spaces.
const THUMBPRINT_NOISE = /[\s\u200e\u200f\u202a-\u202e:]/g;
function nameValues(c, name, secret, nameRule, what) {
    const result = [];
    const seen = new Set();
    c.list(name).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        // A secret line is never quoted back: it may be the secret itself.
        const shown = secret ? `line ${index + 1}` : `'${line}'`;
        if (eq < 0 || !nameRule.test(key)) {
            c.fail(name, `Input '${name}' has ${shown} that is not ${what}=value${eq < 0 ? ' (no `=`)' : ` ('${key}' is not a valid ${what})`}: write one ${what}=value per line.`);
            return;
        }
        if (seen.has(key.toLowerCase())) {
            c.fail(name, `Input '${name}' sets '${key}' twice: keep one line per ${what}.`);
            return;
        }
        seen.add(key.toLowerCase());
        result.push({ name: key, value: line.slice(eq + 1).trim(), secret });
    });
    return result;
}
function httpUrl(c, name) {
    const value = c.string(name);
    if (value === undefined)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        c.fail(name, `Input '${name}' is '${value}', which is not a URL: write it as https://host[:port]/path.`);
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        c.fail(name, `Input '${name}' is '${value}': only http and https URLs are allowed.`);
        return undefined;
    }
    return value;
}
function parseBinding(text) {
    const match = /^([A-Za-z]+)\/(\*|\[[0-9A-Fa-f:.]+\]|[0-9.]+):(\d+):(.*)$/.exec(text);
    if (!match)
        return 'is not protocol/ip:port:host';
    const [, protocol = '', ip = '', portText = '', host = ''] = match;
    const lower = protocol.toLowerCase();
    if (!BINDING_PROTOCOLS.includes(lower))
        return `has protocol '${protocol}' (use http or https)`;
    if (ip !== '*' && !ip.startsWith('[') && !/^(\d{1,3})(\.\d{1,3}){3}$/.test(ip))
        return `has IP '${ip}'`;
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        return `has port '${portText}' (1 to 65535)`;
    if (host !== '' && !/^[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host))
        return `has host name '${host}'`;
    return { protocol: lower, ip, port, host, text: `${lower}/${ip}:${port}:${host}` };
}
function pathApi(platform) {
    return platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
}
function isAbsoluteAnywhere(value) {
    return external_node_path_default().win32.isAbsolute(value) || external_node_path_default().posix.isAbsolute(value);
}
/** A relative glob or path inside the app: no drive, no leading slash, no `..` segment. */
function checkRelativeGlobs(c, name, values) {
    return values.map((value) => {
        const normalized = value.replace(/\\/g, '/');
        if (isAbsoluteAnywhere(value) || normalized.split('/').includes('..')) {
            c.fail(name, `Input '${name}' has '${value}': use a path relative to the app folder, without '..'.`);
        }
        return normalized.replace(/^\.\//, '').replace(/\/+$/, '');
    });
}
function defaultReleaseId(context) {
    if (context.runNumber)
        return context.runAttempt ? `${context.runNumber}-${context.runAttempt}` : context.runNumber;
    // 20261122T101500Z: sorts in time order like the run numbers do.
    return (context.now?.() ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
}
/** Steps that `steps: all` runs: every step whose inputs are set. */
function stepsForAll(o) {
    const remote = o.msdeployUrl !== undefined;
    return PIPELINE_STEPS.filter((step) => {
        switch (step) {
            case 'iis-features':
                return o.iisFeatures.length > 0 && o.target === 'iis';
            case 'hosting-bundle':
                return o.hostingBundle !== 'none' && o.target === 'iis';
            // Provisioning, offline and online run appcmd on this machine: not for a remote Web Deploy target.
            case 'provision':
            case 'offline':
            case 'online':
                return o.target === 'iis' && !remote && o.site !== undefined;
            case 'web-config':
            case 'sync':
                return true;
            case 'health-check':
                return o.healthCheckUrl !== undefined;
        }
    });
}
/**
 * Reads and validates every input of the contract. Throws InputErrors with every problem at once; each names the
 * input, the value and what is allowed. Secret inputs are registered with `context.reporter` first.
 */
function parseDeployOptions(read, context) {
    registerSecretInputs(read, context.reporter);
    const c = new Collector(read);
    const p = pathApi(context.platform);
    const workspace = p.resolve(context.workspace);
    const inWorkspace = (name, value, mustStayInside) => {
        const resolved = p.resolve(workspace, value);
        const relative = p.relative(workspace, resolved);
        if (mustStayInside && (relative.startsWith('..') || p.isAbsolute(relative))) {
            c.fail(name, `Input '${name}' is '${value}', which resolves to '${resolved}' outside the workspace '${workspace}': use a path inside the workspace.`);
        }
        return resolved;
    };
    // --- source and target
    const sourceRaw = c.raw('source');
    const source = inWorkspace('source', sourceRaw, true);
    const sourceIsZip = /\.zip$/i.test(source);
    const site = c.string('site');
    if (site !== undefined && /["\r\n/\\]/.test(site)) {
        c.fail('site', `Input 'site' is '${site}': a site name cannot contain quotes, slashes or line breaks.`);
    }
    let application = c.raw('application').replace(/\\/g, '/');
    if (!application.startsWith('/'))
        application = `/${application}`;
    if (application.length > 1)
        application = application.replace(/\/+$/, '');
    if (/["\r\n]|\/\.\.?(\/|$)|\/\//.test(application)) {
        c.fail('application', `Input 'application' is '${c.raw('application')}': use a virtual path such as / or /api.`);
    }
    const appPool = c.string('app-pool');
    if (appPool !== undefined && /["\r\n]/.test(appPool)) {
        c.fail('app-pool', `Input 'app-pool' is '${appPool}': a pool name cannot contain quotes or line breaks.`);
    }
    const physicalPath = c.string('physical-path');
    if (physicalPath !== undefined && !isAbsoluteAnywhere(physicalPath)) {
        c.fail('physical-path', `Input 'physical-path' is '${physicalPath}': use an absolute path on the server, e.g. C:\\inetpub\\MySite.`);
    }
    // --- sync
    const methodInput = c.oneOf('method', METHODS);
    const msdeployUrl = httpUrl(c, 'msdeploy-url');
    const method = methodInput === 'auto' ? (msdeployUrl ? 'msdeploy' : 'robocopy') : methodInput;
    if (method === 'robocopy' && msdeployUrl) {
        c.fail('method', `Input 'method' is 'robocopy' but 'msdeploy-url' is set: a remote target needs 'method: msdeploy' (or 'auto').`);
    }
    const strategy = c.oneOf('strategy', STRATEGIES);
    const releaseId = c.string('release-id') ?? defaultReleaseId(context);
    if (!SAFE_NAME.test(releaseId) || releaseId.length > 100) {
        c.fail('release-id', `Input 'release-id' is '${releaseId}': use letters, digits, '.', '_' and '-' (a folder name, at most 100 characters).`);
    }
    const keepReleases = c.integer('keep-releases', 1, 1000);
    const takeOffline = c.oneOf('take-offline', TAKE_OFFLINE_MODES);
    const appOfflineRaw = c.string('app-offline-file');
    const appOfflineFile = appOfflineRaw === undefined ? undefined : inWorkspace('app-offline-file', appOfflineRaw, false);
    const stopTimeoutMs = c.integer('stop-timeout', 1, 3600, ' of seconds') * 1000;
    const killWorkers = c.boolean('kill-workers');
    const keepOfflineOnFailure = c.boolean('keep-offline-on-failure');
    const deleteExtra = c.boolean('delete-extra');
    const exclude = checkRelativeGlobs(c, 'exclude', c.list('exclude'));
    const preserve = checkRelativeGlobs(c, 'preserve', c.list('preserve'));
    const backup = c.boolean('backup');
    const checksum = c.boolean('checksum');
    // --- web.config
    const webConfig = c.oneOf('web-config', WEB_CONFIG_MODES);
    const appName = c.string('app-name');
    if (appName !== undefined && !SAFE_NAME.test(appName)) {
        c.fail('app-name', `Input 'app-name' is '${appName}': use the assembly name, e.g. MyApp (no path, no extension).`);
    }
    const selfContained = c.optionalBoolean('self-contained');
    const hostingModel = c.isSet('hosting-model') ? c.oneOf('hosting-model', HOSTING_MODELS) : undefined;
    const environment = c.string('environment');
    const environmentVariables = [
        ...nameValues(c, 'environment-variables', false, ENV_NAME, 'NAME'),
        ...nameValues(c, 'secret-environment-variables', true, ENV_NAME, 'NAME')
    ];
    const xdtTransforms = c.list('xdt-transforms').map((file) => inWorkspace('xdt-transforms', file, false));
    // --- hosting bundle
    const hostingBundleRaw = c.raw('hosting-bundle');
    const keyword = HOSTING_BUNDLE_KEYWORDS.find((k) => k === hostingBundleRaw.toLowerCase());
    const hostingBundle = keyword ?? hostingBundleRaw;
    if (keyword === undefined && !HOSTING_BUNDLE_SPEC.test(hostingBundleRaw)) {
        c.fail('hosting-bundle', `Input 'hosting-bundle' is '${hostingBundleRaw}': use none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11).`);
    }
    // The step's own parser (domain-facts §1.2: the five documented OPT_NO_* properties), so a name the installer
    // step would refuse is an input error now, before anything on the server changes.
    const hostingBundleArgs = c.list('hosting-bundle-args', /\s+/);
    try {
        (0,inputs/* parseHostingBundleArgs */.Zf)(hostingBundleArgs);
    }
    catch (error) {
        if (!(error instanceof core_errors/* InputError */.dz))
            throw error;
        c.errors.push(error);
    }
    const hostingBundleUrl = httpUrl(c, 'hosting-bundle-url');
    let hostingBundleSha512 = c.string('hosting-bundle-sha512')?.toLowerCase();
    if (hostingBundleSha512 !== undefined && !/^[0-9a-f]{128}$/.test(hostingBundleSha512)) {
        c.fail('hosting-bundle-sha512', `Input 'hosting-bundle-sha512' is '${hostingBundleSha512}': use the 128 hex digits of the installer's SHA-512.`);
        hostingBundleSha512 = undefined;
    }
    if ((hostingBundleUrl === undefined) !== (c.string('hosting-bundle-sha512') === undefined)) {
        c.fail(hostingBundleUrl === undefined ? 'hosting-bundle-url' : 'hosting-bundle-sha512', `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: set both to install from your own mirror, or neither.`);
    }
    const releaseMetadataUrl = httpUrl(c, 'release-metadata-url');
    const restartIis = c.oneOf('restart-iis', inputs/* RESTART_IIS_POLICIES */.jc);
    // --- provisioning
    const create = c.boolean('create');
    const bindings = [];
    for (const line of c.list('bindings')) {
        const binding = parseBinding(line);
        if (typeof binding === 'string') {
            c.fail('bindings', `Input 'bindings' has '${line}', which ${binding}: write protocol/ip:port:host, e.g. https/*:443:www.example.com.`);
        }
        else
            bindings.push(binding);
    }
    const poolIdentity = c.oneOf('pool-identity', options_POOL_IDENTITIES);
    const loadUserProfile = c.boolean('load-user-profile');
    const grantAccess = c.boolean('grant-access');
    const iisFeatures = c.list('iis-features');
    for (const feature of iisFeatures) {
        if (!FEATURE_NAME.test(feature)) {
            c.fail('iis-features', `Input 'iis-features' has '${feature}': use feature names such as WebSockets, one per line.`);
        }
    }
    let certificateThumbprint = c.string('certificate-thumbprint')?.replace(THUMBPRINT_NOISE, '').toUpperCase();
    if (certificateThumbprint !== undefined && !/^[0-9A-F]{40}$|^[0-9A-F]{64}$/.test(certificateThumbprint)) {
        c.fail('certificate-thumbprint', `Input 'certificate-thumbprint' is '${c.raw('certificate-thumbprint')}': use the certificate's 40 hex digit thumbprint.`);
        certificateThumbprint = undefined;
    }
    const certificateStore = c.raw('certificate-store');
    if (!/^[A-Za-z][A-Za-z0-9 ]*$/.test(certificateStore)) {
        c.fail('certificate-store', `Input 'certificate-store' is '${certificateStore}': use a store name such as My or WebHosting.`);
    }
    const authentication = [];
    for (const line of c.list('authentication')) {
        const match = /^([A-Za-z]+)\s*=\s*(true|false)$/i.exec(line);
        const kind = options_AUTHENTICATION_KINDS.find((k) => k === match?.[1]?.toLowerCase());
        if (!match || !kind) {
            c.fail('authentication', `Input 'authentication' has '${line}': write kind=true|false per line, kind one of ${listAllowed(options_AUTHENTICATION_KINDS)}.`);
            continue;
        }
        authentication.push({ kind, enabled: match[2]?.toLowerCase() === 'true' });
    }
    const poolEnvironmentVariables = [
        ...nameValues(c, 'pool-environment-variables', false, ENV_NAME, 'NAME'),
        ...nameValues(c, 'secret-pool-environment-variables', true, ENV_NAME, 'NAME')
    ];
    // --- JSON variables
    const jsonVariables = [
        ...nameValues(c, 'json-variables', false, JSON_PATH, 'Path.To.Key'),
        ...nameValues(c, 'secret-json-variables', true, JSON_PATH, 'Path.To.Key')
    ];
    const jsonFiles = checkRelativeGlobs(c, 'json-files', c.list('json-files'));
    const jsonAddMissing = c.boolean('json-add-missing');
    // --- remote Web Deploy
    const msdeployUsername = c.string('msdeploy-username');
    const msdeployPassword = read('msdeploy-password') || undefined;
    const msdeployAuthType = c.oneOf('msdeploy-auth-type', MSDEPLOY_AUTH_TYPES);
    const allowUntrusted = c.boolean('allow-untrusted');
    // --- health check
    const healthCheckUrl = httpUrl(c, 'health-check-url');
    const healthCheckHost = c.string('health-check-host');
    if (healthCheckHost !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(healthCheckHost)) {
        c.fail('health-check-host', `Input 'health-check-host' is '${healthCheckHost}': use a host name such as www.example.com.`);
    }
    const healthCheckStatus = [];
    for (const code of c.list('health-check-status', /,/)) {
        const n = /^\d{3}$/.test(code) ? Number(code) : NaN;
        if (!(n >= 100 && n <= 599)) {
            c.fail('health-check-status', `Input 'health-check-status' has '${code}': use HTTP status codes (100-599), comma separated.`);
        }
        else
            healthCheckStatus.push(n);
    }
    const healthCheckContains = c.string('health-check-contains');
    const healthCheckTimeoutMs = c.integer('health-check-timeout', 1, 3600, ' of seconds') * 1000;
    const rollback = c.boolean('rollback');
    const target = c.oneOf('target', TARGETS);
    const dryRun = c.boolean('dry-run');
    const appcmdPath = c.string('appcmd-path');
    const msdeployPath = c.string('msdeploy-path');
    const iisexpressPath = c.string('iisexpress-path');
    // --- steps
    const stepsRaw = c.list('steps', /,/).map((s) => s.toLowerCase());
    const allSteps = stepsRaw.length === 0 || (stepsRaw.length === 1 && stepsRaw[0] === 'all');
    let steps;
    if (allSteps) {
        steps = stepsForAll({ target, iisFeatures, hostingBundle, site, healthCheckUrl, msdeployUrl });
    }
    else {
        for (const step of stepsRaw) {
            if (!PIPELINE_STEPS.includes(step)) {
                c.fail('steps', `Input 'steps' has '${step}': allowed are 'all' or a comma list of ${listAllowed(PIPELINE_STEPS)}.`);
            }
        }
        steps = PIPELINE_STEPS.filter((s) => stepsRaw.includes(s));
    }
    // --- combinations (only what the selected steps need)
    const remote = msdeployUrl !== undefined;
    // Local IIS tells us the pool and the folder; a remote Web Deploy target is addressed by site name.
    const needsSite = steps.filter((s) => s === 'provision' ||
        s === 'offline' ||
        s === 'online' ||
        (s === 'sync' && (remote || strategy === 'releases' || physicalPath === undefined)));
    if (target === 'iis' && site === undefined && needsSite.length > 0) {
        c.fail('site', `Input 'site' is required for the steps ${needsSite.join(', ')}: set the IIS site name.`);
    }
    if (create && physicalPath === undefined && target === 'iis') {
        c.fail('physical-path', `Input 'physical-path' is required with 'create: true': set the folder the new site or application serves.`);
    }
    if (remote) {
        if (create)
            c.fail('create', `Input 'create' is 'true' but 'msdeploy-url' is set: a remote target is provisioned on its server, not through Web Deploy.`);
        if (strategy === 'releases')
            c.fail('strategy', `Input 'strategy' is 'releases' but 'msdeploy-url' is set: release folders need local IIS; use 'strategy: in-place' for a remote target.`);
        if (takeOffline === 'stop-pool' || takeOffline === 'both') {
            c.fail('take-offline', `Input 'take-offline' is '${takeOffline}' but 'msdeploy-url' is set: a remote pool cannot be stopped; use 'app-offline' or 'auto'.`);
        }
        if (target === 'iis-express')
            c.fail('target', `Input 'target' is 'iis-express' but 'msdeploy-url' is set: IIS Express runs on this machine only.`);
    }
    else {
        if (msdeployUsername !== undefined || msdeployPassword !== undefined) {
            context.reporter.warning(`Inputs 'msdeploy-username'/'msdeploy-password' are ignored: 'msdeploy-url' is not set, so the target is local.`);
        }
    }
    // msdeploy parses its own command line: values it cannot carry are refused now, not half-way through the run.
    if (method === 'msdeploy') {
        const carried = [
            ['msdeploy-password', msdeployPassword, true],
            ['msdeploy-username', msdeployUsername, false],
            ['site', site, false]
        ];
        for (const [name, value, secret] of carried) {
            const problem = value === undefined ? undefined : msDeployValueProblem(value);
            if (problem) {
                c.fail(name, `Input '${name}'${secret ? '' : ` is '${value}' and`} cannot be passed to msdeploy: ${problem}.`);
            }
        }
    }
    if (msdeployPassword !== undefined &&
        msdeployUsername === undefined &&
        remote &&
        msdeployAuthType === 'Basic') {
        c.fail('msdeploy-username', `Input 'msdeploy-username' is empty but 'msdeploy-password' is set: Basic authentication needs both.`);
    }
    if (webConfig === 'skip' &&
        (environment !== undefined || environmentVariables.length > 0 || xdtTransforms.length > 0)) {
        c.fail('web-config', `Input 'web-config' is 'skip' but environment, environment variables or XDT transforms are set: use 'web-config: transform' to write them.`);
    }
    if (steps.includes('health-check') && healthCheckUrl === undefined) {
        c.fail('health-check-url', `Input 'health-check-url' is required when 'steps' lists health-check.`);
    }
    if (!allSteps && steps.includes('offline') !== steps.includes('online')) {
        c.fail('steps', `Input 'steps' lists ${steps.includes('offline') ? 'offline without online' : 'online without offline'}: list both, so the app never stays offline.`);
    }
    if (certificateThumbprint === undefined && create && bindings.some((b) => b.protocol === 'https')) {
        context.reporter.warning(`A created https binding has no certificate: set 'certificate-thumbprint', or bind one yourself.`);
    }
    if (c.errors.length > 0)
        throw new core_errors/* InputErrors */.G(c.errors);
    return {
        source,
        sourceIsZip,
        site,
        application,
        appPool,
        physicalPath,
        steps,
        allSteps,
        method,
        strategy,
        releaseId,
        keepReleases,
        takeOffline,
        appOfflineFile,
        stopTimeoutMs,
        killWorkers,
        keepOfflineOnFailure,
        deleteExtra,
        exclude,
        preserve,
        backup,
        webConfig,
        appName,
        selfContained,
        hostingModel,
        environment,
        environmentVariables,
        xdtTransforms,
        hostingBundle,
        hostingBundleArgs,
        hostingBundleUrl,
        hostingBundleSha512,
        releaseMetadataUrl,
        restartIis,
        create,
        bindings,
        poolIdentity,
        loadUserProfile,
        grantAccess,
        iisFeatures,
        certificateThumbprint,
        certificateStore,
        authentication,
        poolEnvironmentVariables,
        jsonVariables,
        jsonFiles,
        jsonAddMissing,
        msdeployUrl,
        msdeployUsername,
        msdeployPassword,
        msdeployAuthType,
        allowUntrusted,
        checksum,
        healthCheckUrl,
        healthCheckHost,
        healthCheckStatus,
        healthCheckContains,
        healthCheckTimeoutMs,
        rollback,
        target,
        dryRun,
        appcmdPath,
        msdeployPath,
        iisexpressPath,
        workspace,
        tempDir: context.env.RUNNER_TEMP || context.env.AGENT_TEMPDIRECTORY || external_node_os_default().tmpdir()
    };
}

;// CONCATENATED MODULE: ./src/pipeline/deploy.ts
// The deploy pipeline: the steps in contract order, each in a log group with its duration, and the guarantees that
// hold in every outcome, cancellation included: app_offline.htm removed, the pool started again, the lock
// released, and the site left on a working version, or a loud failure that says exactly what state it is in.








/** The diagnostics a web.config error carries (the web-config engine's WebConfigError, or ours), if any. */
function diagnosticsOf(error) {
    const list = error?.diagnostics;
    if (!Array.isArray(list))
        return undefined;
    return list
        .filter((d) => typeof d === 'object' && d !== null && typeof d.message === 'string')
        .map((d) => ({
        severity: d.severity === 'warning' ? 'warning' : 'error',
        message: String(d.message),
        file: typeof d.file === 'string' ? d.file : 'web.config',
        line: typeof d.line === 'number' && d.line > 0 ? d.line : undefined,
        column: typeof d.column === 'number' && d.column > 0 ? d.column : undefined
    }));
}
/** The run failed; the message says what failed and what state the server is in. */
class DeployError extends Error {
    cause;
    serverState;
    name = 'DeployError';
    constructor(message, cause, serverState) {
        super(message);
        this.cause = cause;
        this.serverState = serverState;
    }
}
const STEP_TITLES = {
    'iis-features': 'IIS features',
    'hosting-bundle': '.NET Hosting Bundle',
    provision: 'Provision app pool, site and application',
    'web-config': 'Prepare the app: web.config and settings',
    offline: 'Take the app offline',
    sync: 'Sync files',
    online: 'Bring the app online',
    'health-check': 'Health check',
    rollback: 'Roll back'
};
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
/** `take-offline: auto` decided from the change plan (contract §1). */
function resolveOfflineMode(options, target, plan) {
    if (!options.steps.includes('offline') || target.kind !== 'local-iis')
        return 'none';
    if (options.takeOffline !== 'auto')
        return options.takeOffline;
    if (options.strategy === 'releases')
        return 'none';
    // No plan (the planner could not read the target): be safe.
    if (plan === undefined)
        return 'both';
    return plan.touchesLockedFiles ? 'both' : 'none';
}
class DeployRun {
    options;
    ports;
    steps;
    records = new Map();
    ctx;
    /** The same context with a signal that never fires: cleanup and rollback must finish. */
    cleanupCtx;
    started;
    target;
    app;
    lock;
    offline;
    offlineWindow;
    probe;
    offlineMs = 0;
    offlineMeasured = 'none';
    changes;
    syncOutcome;
    undo;
    syncStarted = false;
    syncFinished = false;
    health;
    hostingBundle;
    rolledBack = false;
    offlineMode;
    stateNotes = [];
    serverChanged = false;
    diagnostics = [];
    constructor(options, ports, steps, timing, tools) {
        this.options = options;
        this.ports = ports;
        this.steps = steps;
        const reporter = new CollectingReporter(ports.reporter);
        const plan = new PlanRecorder(reporter);
        const signal = ports.signal ?? new AbortController().signal;
        // Every tool a step finds goes into the plan (`tools`), whichever step asks.
        const recording = {
            async resolve(name) {
                const found = await tools.resolve(name);
                plan.tool(name, found);
                return found;
            }
        };
        const base = {
            options,
            ports: { ...ports, reporter },
            reporter,
            dryRun: options.dryRun,
            tools: recording,
            plan,
            timing,
            tool: (name) => recording.resolve(name)
        };
        this.ctx = { ...base, signal };
        this.cleanupCtx = { ...base, signal: new AbortController().signal };
        this.started = ports.clock.now();
    }
    get reporter() {
        return this.ctx.reporter;
    }
    record(name, result, durationMs, detail) {
        this.records.set(name, { name, result, durationMs, detail: this.reporter.mask(detail) });
    }
    selected(step) {
        return this.options.steps.includes(step);
    }
    /** Runs one step in its log group, timed; a failure is recorded and rethrown. */
    async step(name, fn, detail, ctx = this.ctx) {
        const clock = this.ports.clock;
        return this.reporter.group(STEP_TITLES[name], async () => {
            const start = clock.now();
            if (ctx.signal.aborted)
                throw new core_errors/* CancelledError */.cc(`Cancelled before '${name}'.`);
            try {
                const value = await fn();
                const took = clock.now() - start;
                const result = this.options.dryRun && name !== 'web-config' ? 'planned' : 'succeeded';
                this.record(name, result, took, detail(value));
                this.reporter.info(`${name}: ${result} in ${seconds(took)}`);
                return value;
            }
            catch (error) {
                const took = clock.now() - start;
                const cancelled = error instanceof core_errors/* CancelledError */.cc || ctx.signal.aborted;
                this.record(name, cancelled ? 'cancelled' : 'failed', took, (0,core_errors/* errorMessage */.gJ)(error).split('\n')[0] ?? '');
                this.reporter.info(`${name}: ${cancelled ? 'cancelled' : 'failed'} after ${seconds(took)}`);
                throw error;
            }
        });
    }
    skip(name, why) {
        if (!this.records.has(name))
            this.record(name, 'skipped', 0, why);
    }
    async run() {
        let failure;
        try {
            if (this.options.target === 'iis-express')
                await this.runIisExpress();
            else
                await this.runIis();
        }
        catch (error) {
            failure = error;
        }
        const cleanupProblems = await this.guarantee(failure !== undefined);
        return this.result(failure, cleanupProblems);
    }
    /** The web-config step: prepares the app; its diagnostics become annotations on the file and line. */
    async prepare() {
        try {
            const app = await this.step('web-config', () => this.steps.prepareApp(this.ctx, this.selected('web-config')), (a) => a.changes.length > 0
                ? a.changes.join('; ')
                : a.diagnostics.length > 0
                    ? `${a.diagnostics.length} warning(s)`
                    : 'web.config is valid');
            this.diagnostics = app.diagnostics;
            annotateDiagnostics(this.reporter, app.diagnostics);
            return app;
        }
        catch (error) {
            const diagnostics = diagnosticsOf(error);
            if (diagnostics) {
                this.diagnostics = diagnostics;
                annotateDiagnostics(this.reporter, diagnostics);
            }
            throw error;
        }
    }
    async runIisExpress() {
        const app = await this.prepare();
        this.app = app;
        for (const step of ['iis-features', 'hosting-bundle', 'provision', 'offline', 'online']) {
            this.skip(step, 'not used with target: iis-express');
        }
        this.skip('sync', 'IIS Express runs the app from the prepared folder');
        const smoke = await this.step('health-check', () => this.steps.smokeTestIisExpress(this.ctx, app), (s) => s.detail);
        this.health = smoke.health;
    }
    async runIis() {
        const o = this.options;
        const ctx = this.ctx;
        // web.config and the JSON files are prepared first, on our copy: a broken web.config fails the run before
        // anything on the server changes. The steps table still lists the steps in contract order.
        if (this.selected('sync') || this.selected('web-config')) {
            this.app = await this.prepare();
            if (!this.selected('web-config'))
                this.record('web-config', 'skipped', this.records.get('web-config')?.durationMs ?? 0, 'not selected');
        }
        else {
            // Server set-up only (iis-features, hosting-bundle...): the app is not deployed, so it need not exist.
            this.app = { dir: o.source, staged: false, diagnostics: [], changes: [] };
            this.skip('web-config', 'not selected');
        }
        if (this.selected('iis-features')) {
            this.serverChanged = !o.dryRun;
            await this.step('iis-features', () => this.steps.ensureIisFeatures(ctx), (d) => d);
        }
        else
            this.skip('iis-features', o.iisFeatures.length ? 'not selected' : "no 'iis-features' given");
        this.target = await this.steps.readTarget(ctx);
        this.lock = await this.steps.acquireLock(ctx, this.target);
        if (this.selected('hosting-bundle')) {
            const app = this.app;
            this.hostingBundle = await this.step('hosting-bundle', () => this.steps.installHostingBundle(ctx, app.dir), (h) => h.detail);
            if (this.hostingBundle.changed)
                this.serverChanged = true;
        }
        else
            this.skip('hosting-bundle', o.hostingBundle === 'none' ? "'hosting-bundle: none'" : 'not selected');
        if (this.selected('provision')) {
            const target = this.target;
            const provisioned = await this.step('provision', () => this.steps.provision(ctx, target), (p) => p.detail);
            this.target = provisioned.target;
        }
        else
            this.skip('provision', this.target.kind === 'remote' ? 'remote target' : 'not selected');
        const app = this.app;
        const target = this.target;
        if (this.selected('sync') && target.kind === 'local-iis') {
            this.changes = await this.steps.planChanges(ctx, app, target);
        }
        const mode = resolveOfflineMode(o, target, this.changes);
        this.offlineMode = mode;
        // Measure the offline window: probe the health URL while the app may be down, else time offline → online.
        if (o.healthCheckUrl && !o.dryRun && (mode !== 'none' || this.selected('sync'))) {
            this.probe = startAvailabilityProbe({ http: this.ports.http, clock: this.ports.clock, reporter: this.reporter }, {
                url: o.healthCheckUrl,
                host: o.healthCheckHost,
                allowUntrusted: o.allowUntrusted,
                intervalMs: ctx.timing.probeIntervalMs
            });
        }
        if (mode !== 'none') {
            this.offlineWindow = { since: this.ports.clock.now() };
            this.serverChanged = !o.dryRun;
            this.offline = await this.step('offline', () => this.steps.takeOffline(ctx, target, mode), () => o.takeOffline === 'auto' && this.changes
                ? `${mode} (auto: the deploy changes files the app loads)`
                : mode);
        }
        else {
            this.skip('offline', !this.selected('offline')
                ? target.kind === 'remote'
                    ? 'remote target (Web Deploy takes the app offline itself)'
                    : 'not selected'
                : o.strategy === 'releases'
                    ? 'release folders: the live release is never overwritten'
                    : o.takeOffline === 'none'
                        ? "'take-offline: none'"
                        : 'only static files change');
        }
        if (this.selected('sync')) {
            this.syncStarted = true;
            this.serverChanged = !o.dryRun;
            const changes = this.changes ?? emptyPlan();
            this.syncOutcome = await this.step('sync', () => this.steps.sync(ctx, app, target, changes, {
                set: (run, previousPath) => {
                    this.undo = { run, previousPath };
                }
            }), (s) => s.result.summary).catch((error) => {
                // An input the tool cannot take is refused before it runs: nothing was copied.
                if (error instanceof core_errors/* InputError */.dz && !this.undo)
                    this.syncStarted = false;
                throw error;
            });
            this.syncFinished = true;
        }
        else
            this.skip('sync', 'not selected');
        await this.bringOnlineOrRollBack();
        if (this.selected('health-check')) {
            try {
                this.health = await this.step('health-check', () => this.steps.checkHealth(ctx, target), (h) => o.dryRun ? `would GET ${o.healthCheckUrl}` : `HTTP ${h.status} after ${h.attempts} attempt(s)`);
            }
            catch (error) {
                if (error instanceof HealthCheckError)
                    this.health = error.result;
                if (error instanceof core_errors/* CancelledError */.cc || ctx.signal.aborted)
                    throw error;
                await this.rollBack(error);
            }
        }
        else
            this.skip('health-check', o.healthCheckUrl ? 'not selected' : "no 'health-check-url' given");
    }
    /** The `online` step; a start that fails (rapid-fail protection) rolls back like a failed health check. */
    async bringOnlineOrRollBack() {
        const offline = this.offline;
        const target = this.target;
        if (!offline || !target) {
            this.skip('online', this.selected('online') ? 'the app was not taken offline' : 'not selected');
            await this.stopProbe();
            return;
        }
        try {
            await this.step('online', () => this.steps.bringOnline(this.ctx, target, offline), () => [offline.appOffline ? 'app_offline.htm removed' : '', offline.poolStopped ? 'pool started' : '']
                .filter(Boolean)
                .join(', '));
            this.offline = undefined;
            if (this.offlineWindow)
                this.offlineWindow.until = this.ports.clock.now();
            await this.stopProbe();
        }
        catch (error) {
            if (error instanceof core_errors/* CancelledError */.cc || this.ctx.signal.aborted)
                throw error;
            await this.rollBack(error);
        }
    }
    async stopProbe() {
        if (this.offlineMeasured !== 'none')
            return;
        if (this.probe) {
            const report = await this.probe.stop();
            this.probe = undefined;
            this.offlineMs = report.offlineMs;
            this.offlineMeasured = 'probe';
        }
        else if (this.offlineWindow) {
            this.offlineMs = (this.offlineWindow.until ?? this.ports.clock.now()) - this.offlineWindow.since;
            this.offlineMeasured = 'window';
        }
    }
    /**
     * The new version failed to start or to pass the health check: bring the previous one back (switch back, or
     * restore the in-place backup), check health again, and fail saying so.
     */
    async rollBack(cause) {
        const o = this.options;
        const why = (0,core_errors/* errorMessage */.gJ)(cause);
        if (!o.rollback) {
            this.stateNotes.push(`The new version is live and failing; 'rollback: false' kept it.`);
            throw cause;
        }
        const undo = this.undo;
        if (!undo) {
            this.stateNotes.push(this.syncFinished
                ? `There is no previous version to roll back to (${o.strategy === 'in-place' && !o.backup ? "'backup: false'" : 'first deploy'}): the new version is live and failing.`
                : 'Nothing was rolled back: the sync did not run.');
            throw cause;
        }
        const ctx = this.cleanupCtx;
        const target = this.target;
        const detail = await this.step('rollback', async () => {
            // An in-place restore overwrites files the failing app holds open: take it offline around the restore.
            let offline = this.offline;
            if (!offline && o.strategy === 'in-place' && target.kind === 'local-iis') {
                offline = await this.steps.takeOffline(ctx, target, 'both');
                this.offline = offline;
            }
            const restored = await undo.run();
            if (this.offline) {
                await this.steps.bringOnline(ctx, target, this.offline);
                this.offline = undefined;
            }
            this.rolledBack = true;
            if (!o.healthCheckUrl)
                return `${restored}; no health check to run`;
            try {
                this.health = await this.steps.checkHealth(ctx, target);
                return `${restored}; the previous version passes the health check (HTTP ${this.health.status})`;
            }
            catch (error) {
                if (error instanceof HealthCheckError)
                    this.health = error.result;
                this.stateNotes.push(`Rolled back, but the previous version does not pass the health check either: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
                return `${restored}; the previous version fails the health check too`;
            }
        }, (d) => d, ctx);
        await this.stopProbe();
        throw new DeployError(`${why}\nRolled back: ${detail}.`, cause, detail);
    }
    /**
     * `keep-offline-on-failure`: the run failed after the app's files started to change while it was offline, and
     * no rollback brought the previous version back. Leaves app_offline.htm (a half-updated app is not served);
     * the pool is started again, so visitors get the page rather than HTTP.sys 503. Says so loudly, with the path.
     */
    async keepOffline(offline, target, problems) {
        const file = external_node_path_default().join(target.physicalPath, APP_OFFLINE_FILE);
        if (offline.poolStopped) {
            try {
                await this.steps.bringOnline(this.cleanupCtx, target, { ...offline, appOffline: false });
            }
            catch (error) {
                problems.push(`Could not start the app pool again: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
            }
        }
        const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`;
        this.stateNotes.push(note);
        this.reporter.warning(note, { file, title: 'app_offline.htm left in place' });
        if (!this.records.has('online'))
            this.record('online', 'skipped', 0, `app_offline.htm kept ('keep-offline-on-failure: true')`);
    }
    /** Runs in every outcome: online again (unless kept offline on failure), probe stopped, lock released, staging removed. */
    async guarantee(failed) {
        const problems = [];
        const ctx = this.cleanupCtx;
        const target = this.target;
        // A failed or cancelled in-place sync left the folder half-updated: put the backup back, offline (the app may
        // hold the files it loads), and bring it online below.
        const undo = this.undo;
        if (this.syncStarted && !this.syncFinished && undo && this.options.rollback && target) {
            try {
                const restored = await this.step('rollback', async () => {
                    if (!this.offline && this.options.strategy === 'in-place' && target.kind === 'local-iis') {
                        this.offline = await this.steps.takeOffline(ctx, target, 'both');
                    }
                    return undo.run();
                }, (d) => d, ctx);
                this.rolledBack = true;
                this.stateNotes.push(`The sync did not finish; ${restored}.`);
            }
            catch (error) {
                problems.push(`The sync did not finish and the restore failed: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
            }
        }
        else if (this.syncStarted && !this.syncFinished && target?.kind === 'remote' && !this.options.dryRun) {
            this.stateNotes.push('Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.');
        }
        else if (this.syncStarted &&
            !this.syncFinished &&
            this.options.strategy === 'in-place' &&
            !this.options.dryRun) {
            this.stateNotes.push(`The sync did not finish: ${this.target?.physicalPath ?? 'the target folder'} is partly updated${this.undo ? " ('rollback: false')" : ' and there is no backup'}; deploy again.`);
        }
        const keepOffline = failed &&
            this.options.keepOfflineOnFailure &&
            this.offline?.appOffline === true &&
            target?.physicalPath !== undefined &&
            this.syncStarted &&
            !this.rolledBack;
        if (keepOffline && this.offline && target) {
            await this.keepOffline(this.offline, target, problems);
            this.offline = undefined;
        }
        else if (this.offline && target) {
            try {
                await this.steps.bringOnline(ctx, target, this.offline);
                this.reporter.info('The app is online again.');
                if (!this.records.has('online'))
                    this.record('online', 'succeeded', 0, 'brought online during cleanup');
                this.offline = undefined;
            }
            catch (error) {
                problems.push(`Could not bring the app online: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
            }
        }
        if (this.offlineWindow && this.offlineWindow.until === undefined)
            this.offlineWindow.until = this.ports.clock.now();
        await this.stopProbe().catch(() => undefined);
        if (this.lock) {
            await this.lock
                .release()
                .catch((error) => problems.push(`Could not release the deploy lock: ${(0,core_errors/* errorMessage */.gJ)(error)}`));
        }
        if (this.app)
            await this.steps.cleanup(ctx, this.app).catch(() => undefined);
        return problems;
    }
    describeState(ok, problems) {
        const o = this.options;
        if (o.dryRun)
            return 'Dry run: nothing on the server was changed.';
        const notes = [...this.stateNotes, ...problems];
        const where = this.syncOutcome?.releasePath ?? this.target?.physicalPath;
        if (ok)
            return `The site serves the new version${where ? ` from ${where}` : ''}.`;
        if (notes.length > 0)
            return notes.join(' ');
        if (this.rolledBack)
            return `Rolled back: the site serves the previous version${this.undo?.previousPath ? ` (${this.undo.previousPath})` : ''}.`;
        if (!this.syncStarted) {
            return this.serverChanged
                ? 'The app files were not touched; the steps before the sync may have changed the server (see the steps table).'
                : 'Nothing on the server was changed.';
        }
        if (this.syncFinished)
            return `The new version is in place${where ? ` at ${where}` : ''}.`;
        return o.strategy === 'releases'
            ? 'The new release was not switched to: the site still serves the previous release.'
            : `${where ?? 'The target folder'} may be partly updated.`;
    }
    result(failure, problems) {
        // A step that knows exactly what state it left the server in says so (`serverState` on its error).
        const known = failure?.serverState;
        if (typeof known === 'string' && !(failure instanceof DeployError))
            this.stateNotes.unshift(known);
        const ok = failure === undefined && problems.length === 0;
        const serverState = this.describeState(ok, problems);
        let error;
        if (!ok) {
            const base = failure === undefined ? 'The deploy finished, but the cleanup failed.' : (0,core_errors/* errorMessage */.gJ)(failure);
            const state = failure instanceof DeployError ? '' : `\nServer state: ${serverState}`;
            const extra = problems.length > 0 && failure !== undefined && !state ? `\n${problems.join('\n')}` : '';
            const message = this.reporter.mask(`${base}${state}${extra}`);
            error =
                failure instanceof core_errors/* CancelledError */.cc || (this.ctx.signal.aborted && failure !== undefined)
                    ? Object.assign(new core_errors/* CancelledError */.cc(message), { cause: failure })
                    : new DeployError(message, failure, serverState);
        }
        for (const step of PIPELINE_STEPS) {
            if (!this.records.has(step)) {
                const cancelled = this.ctx.signal.aborted;
                this.record(step, 'skipped', 0, ok || !this.options.steps.includes(step)
                    ? 'not selected'
                    : cancelled
                        ? 'not run: cancelled'
                        : 'not run: an earlier step failed');
            }
        }
        const steps = [...PIPELINE_STEPS, 'rollback']
            .map((name) => this.records.get(name))
            .filter((r) => r !== undefined);
        const plan = this.buildPlan();
        const sync = this.syncOutcome?.result;
        const dryRun = this.options.dryRun;
        const counts = sync ??
            (dryRun && this.changes
                ? {
                    filesAdded: this.changes.filesAdded,
                    filesUpdated: this.changes.filesUpdated,
                    filesDeleted: this.changes.filesDeleted,
                    bytesCopied: this.changes.bytesToCopy
                }
                : undefined);
        const outputs = {
            'release-path': this.syncOutcome?.releasePath ?? (this.rolledBack ? '' : (plan.releasePath ?? '')),
            'previous-path': this.syncOutcome?.previousPath ?? this.undo?.previousPath ?? '',
            'files-added': String(counts?.filesAdded ?? 0),
            'files-updated': String(counts?.filesUpdated ?? 0),
            'files-deleted': String(counts?.filesDeleted ?? 0),
            'bytes-copied': String(counts?.bytesCopied ?? 0),
            'offline-ms': String(Math.round(this.offlineMs)),
            'health-status': this.health?.status !== undefined ? String(this.health.status) : '',
            'rolled-back': String(this.rolledBack),
            'hosting-bundle-version': this.hostingBundle?.version ?? '',
            'reboot-required': String(this.hostingBundle?.rebootRequired ?? false),
            plan: this.reporter.mask(JSON.stringify(plan))
        };
        return {
            ok,
            error,
            dryRun,
            steps,
            plan,
            outputs,
            sync,
            changes: this.changes,
            offlineMs: Math.round(this.offlineMs),
            offlineMeasured: this.offlineMeasured,
            health: this.health,
            rolledBack: this.rolledBack,
            serverState,
            warnings: [...this.reporter.warnings],
            diagnostics: this.diagnostics,
            releasePath: this.syncOutcome?.releasePath,
            previousPath: this.syncOutcome?.previousPath ?? this.undo?.previousPath,
            hostingBundle: this.hostingBundle,
            durationMs: this.ports.clock.now() - this.started
        };
    }
    buildPlan() {
        const o = this.options;
        const t = this.target;
        const c = this.changes;
        const files = c?.changes ?? [];
        return {
            dryRun: o.dryRun,
            target: {
                kind: t?.kind ?? (o.target === 'iis-express' ? 'iis-express' : o.msdeployUrl ? 'remote' : 'local-iis'),
                site: o.site,
                application: o.application,
                appPool: t?.appPool ?? o.appPool,
                physicalPath: t?.physicalPath ?? o.physicalPath,
                msdeployUrl: o.msdeployUrl
            },
            method: o.method,
            strategy: o.strategy,
            takeOffline: this.offlineMode,
            steps: o.steps,
            tools: { ...this.ctx.plan.tools },
            commands: [...this.ctx.plan.commands],
            creates: [...this.ctx.plan.creates],
            changes: c
                ? {
                    filesAdded: c.filesAdded,
                    filesUpdated: c.filesUpdated,
                    filesDeleted: c.filesDeleted,
                    bytesToCopy: c.bytesToCopy,
                    touchesLockedFiles: c.touchesLockedFiles,
                    files: files.slice(0, 500),
                    truncated: files.length > 500
                }
                : undefined,
            releasePath: this.syncOutcome?.releasePath,
            previousPath: this.syncOutcome?.previousPath,
            healthCheckUrl: o.healthCheckUrl
        };
    }
}
function emptyPlan() {
    return {
        changes: [],
        filesAdded: 0,
        filesUpdated: 0,
        filesDeleted: 0,
        bytesToCopy: 0,
        touchesLockedFiles: false
    };
}
/**
 * Deploys as the options say. Never throws for a deploy problem: the result carries `ok`, the error (with the
 * server state), the outputs of contract §2, the steps table and the plan, so every adapter can report them.
 */
async function deploy(options, ports, run) {
    const timing = { ...DEFAULT_TIMING, ...run.timing };
    const tools = run.tools ??
        new ToolResolver({ env: ports.env, platform: ports.platform, runner: ports.runner }, { appcmd: options.appcmdPath, msdeploy: options.msdeployPath, iisexpress: options.iisexpressPath });
    return new DeployRun(options, ports, run.steps, timing, tools).run();
}

// EXTERNAL MODULE: ./src/runtime/console-reporter.ts
var console_reporter = __webpack_require__(175);
;// CONCATENATED MODULE: ./src/runtime/clock.ts

/** The real clock. Tests pass their own. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(new core_errors/* CancelledError */.cc());
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(new core_errors/* CancelledError */.cc());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};

// EXTERNAL MODULE: ./src/runtime/http-client.ts
var http_client = __webpack_require__(8908);
;// CONCATENATED MODULE: ./src/runtime/process-runner.ts
// The CommandRunner used by every adapter: node's spawn, never a shell. On Windows, `verbatimArguments` hands the
// arguments to CreateProcess untouched (msdeploy parses its own command line, so its builder quotes for it).



class ProcessRunner {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    run(tool, args, options = {}) {
        const reporter = this.options.reporter;
        if (!options.silent)
            reporter?.info(`[command]${formatCommandLine(tool, args, options.verbatimArguments)}`);
        return new Promise((resolve, reject) => {
            if (options.signal?.aborted) {
                reject(new core_errors/* CancelledError */.cc(`Cancelled before starting ${tool}.`));
                return;
            }
            const child = (0,external_node_child_process_.spawn)(tool, [...args], {
                cwd: options.cwd,
                env: options.env ? { ...process.env, ...options.env } : process.env,
                shell: false,
                windowsHide: true,
                windowsVerbatimArguments: options.verbatimArguments ?? false,
                // Verbatim means libuv leaves argv[0] unquoted too, and msdeploy parses its whole command line: a path with
                // spaces would split into `Files\IIS\...` arguments (domain-facts §4.5). Quote it, as @actions/exec does.
                ...(options.verbatimArguments && process.platform === 'win32'
                    ? { argv0: quoteWindowsArgument(tool) }
                    : {}),
                stdio: ['ignore', 'pipe', 'pipe']
            });
            const stdout = [];
            const stderr = [];
            let settled = false;
            let timedOut = false;
            let cancelled = false;
            const finish = (fn) => {
                if (settled)
                    return;
                settled = true;
                if (timer)
                    clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                fn();
            };
            const onAbort = () => {
                cancelled = true;
                child.kill('SIGTERM');
            };
            options.signal?.addEventListener('abort', onAbort, { once: true });
            const timer = options.timeoutMs
                ? setTimeout(() => {
                    timedOut = true;
                    child.kill('SIGKILL');
                }, options.timeoutMs)
                : undefined;
            child.stdout.on('data', (chunk) => stdout.push(chunk));
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            child.on('error', (error) => {
                finish(() => reject(error.code === 'ENOENT'
                    ? new core_errors/* ToolNotFoundError */.Mm(tool, `Could not start '${tool}': the file was not found.`)
                    : error));
            });
            child.on('close', (code, signal) => {
                finish(() => {
                    const result = {
                        exitCode: code ?? (signal ? 128 : 1),
                        stdout: Buffer.concat(stdout).toString('utf8'),
                        stderr: Buffer.concat(stderr).toString('utf8')
                    };
                    if (!options.silent && reporter) {
                        if (result.stdout.trim())
                            reporter.info(result.stdout.trimEnd());
                        if (result.stderr.trim())
                            reporter.info(result.stderr.trimEnd());
                    }
                    if (cancelled)
                        reject(new core_errors/* CancelledError */.cc(`'${tool}' was cancelled.`));
                    else if (timedOut)
                        reject(new core_errors/* TimeoutError */.MU(`'${tool}' did not finish within ${options.timeoutMs} ms and was killed.`));
                    else
                        resolve(result);
                });
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/runtime/node-ports.ts
// The ports every adapter hands the pipeline on a real machine. Only the reporter and the tool cache differ per
// adapter (GitHub annotations, task-lib logging commands, the console; @actions/tool-cache or the agent's folders).




function createNodePorts(options) {
    return {
        runner: new ProcessRunner({ reporter: options.reporter }),
        reporter: options.reporter,
        http: new http_client/* NodeHttpClient */.O(),
        toolCache: options.toolCache,
        clock: systemClock,
        env: options.env,
        platform: process.platform,
        launcher: new NodeProcessLauncher(),
        ...options.overrides,
        signal: options.signal
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 17 modules
var tool_cache = __webpack_require__(5991);
;// CONCATENATED MODULE: ./src/adapters/shared/tool-cache.ts
// The ToolCache port on @actions/tool-cache, for every adapter (GitHub, CLI, Azure DevOps). tool-cache reads
// RUNNER_TEMP and RUNNER_TOOL_CACHE from process.env on each call and asserts they are set, so outside Actions they
// get defaults: the Azure DevOps agent's folders when present, else a temp folder and a per-user cache folder.




function defaultCacheDirectory(env) {
    if (process.platform === 'win32') {
        return external_node_path_default().join(env['LOCALAPPDATA'] || external_node_path_default().join(external_node_os_default().homedir(), 'AppData', 'Local'), 'iis-deploy', 'tool-cache');
    }
    return external_node_path_default().join(env['XDG_CACHE_HOME'] || external_node_path_default().join(external_node_os_default().homedir(), '.cache'), 'iis-deploy', 'tool-cache');
}
/** Sets RUNNER_TEMP / RUNNER_TOOL_CACHE in `env` when absent (agent folders first) and returns both. */
function ensureToolCacheEnvironment(env = process.env) {
    env['RUNNER_TEMP'] ||= env['AGENT_TEMPDIRECTORY'] || external_node_path_default().join(external_node_os_default().tmpdir(), 'iis-deploy');
    env['RUNNER_TOOL_CACHE'] ||= env['AGENT_TOOLSDIRECTORY'] || defaultCacheDirectory(env);
    return { tempDirectory: env['RUNNER_TEMP'], cacheDirectory: env['RUNNER_TOOL_CACHE'] };
}
class ActionsToolCache {
    constructor() {
        ensureToolCacheEnvironment(process.env);
    }
    find(tool, version) {
        return tool_cache/* find */.I6(tool, version) || undefined;
    }
    async download(url, fileName) {
        const { tempDirectory } = ensureToolCacheEnvironment(process.env);
        // downloadTool names the file after a UUID without extension; Windows runs an installer by its .exe name.
        const dest = external_node_path_default().join(tempDirectory, `${(0,external_node_crypto_.randomUUID)()}-${fileName}`);
        try {
            return await tool_cache/* downloadTool */.bq(url, dest);
        }
        catch (error) {
            if (error instanceof tool_cache/* HTTPError */.Hl) {
                throw new Error(`GET ${url} answered HTTP ${error.httpStatusCode ?? 'error'}.`, { cause: error });
            }
            throw error;
        }
    }
    cacheFile(sourceFile, fileName, tool, version) {
        ensureToolCacheEnvironment(process.env);
        return tool_cache/* cacheFile */.NJ(sourceFile, fileName, tool, version);
    }
}
function createToolCache() {
    return new ActionsToolCache();
}

// EXTERNAL MODULE: ./src/adapters/cli/args.ts
var cli_args = __webpack_require__(7764);
// EXTERNAL MODULE: ./src/adapters/cli/io.ts
var cli_io = __webpack_require__(477);
;// CONCATENATED MODULE: ./src/adapters/cli/commands/deploy.ts
// `iis-deploy deploy --<input> <value> ...` (contract §4): the same inputs as the action, the same option parser,
// the same pipeline. Repeated list options add lines (`--exclude '*.pdb' --exclude docs/`); a boolean input given
// without a value means true (`--dry-run`). Prints the summary (and with dry-run the plan) on stdout; diagnostics
// on stderr. Exit 0 success, 1 failure, 2 wrong usage (unknown option, invalid input value).












/** Options of the command itself, besides the inputs. */
const OWN_FLAGS = ['json', 'verbose'];
const BOOLEAN_INPUTS = new Set(INPUT_NAMES.filter((name) => INPUT_DEFAULTS[name] === 'true' || INPUT_DEFAULTS[name] === 'false').concat([
    'self-contained'
]));
/** `--dry-run` at the end or before another option means `--dry-run true`. */
function expandBareBooleans(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        out.push(arg);
        const name = /^--([a-z][a-z0-9-]*)$/.exec(arg)?.[1];
        if (name && BOOLEAN_INPUTS.has(name)) {
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--'))
                out.push('true');
        }
    }
    return out;
}
function helpText() {
    return `Usage: iis-deploy deploy [--<input> <value> ...] [--json] [--verbose]

Inputs are the action's (README), e.g.:
  --source publish --site Shop --health-check-url http://localhost/health
  --dry-run               print the plan, change nothing
  --exclude '*.pdb' --exclude docs/   list inputs: repeat the option
--json prints {ok, outputs, steps, serverState} on stdout.
`;
}
const deployCommand = async (argv, io) => {
    if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout(helpText());
        return cli_io/* EXIT_OK */.Ij;
    }
    const args = (0,cli_args/* parseArgs */.Zy)(expandBareBooleans(argv), { flags: OWN_FLAGS });
    if (args.positionals.length > 0)
        throw new cli_args/* UsageError */.eb(`Unexpected argument '${args.positionals[0]}': inputs are given as --<input> <value>.`);
    for (const name of args.options.keys()) {
        if (!INPUT_NAMES.includes(name) &&
            !OWN_FLAGS.includes(name)) {
            throw new cli_args/* UsageError */.eb(`Unknown option '--${name}': inputs are ${INPUT_NAMES.map((n) => `--${n}`).join(', ')}.`);
        }
    }
    const json = (0,cli_args/* flag */.Jt)(args, 'json');
    const reporter = new console_reporter/* ConsoleReporter */.l({
        verbose: (0,cli_args/* flag */.Jt)(args, 'verbose'),
        out: (line) => io.stderr(`${line}\n`),
        err: (line) => io.stderr(`${line}\n`)
    });
    // Repeated options are the lines of a list input; a single value is taken as given.
    const read = (name) => args.options.get(name)?.join('\n');
    let options;
    try {
        options = parseDeployOptions(read, {
            workspace: io.cwd,
            runNumber: io.env.GITHUB_RUN_NUMBER,
            runAttempt: io.env.GITHUB_RUN_ATTEMPT,
            env: { ...io.env, RUNNER_TEMP: io.env.RUNNER_TEMP || external_node_path_default().join(external_node_os_default().tmpdir(), 'iis-deploy') },
            platform: process.platform,
            reporter
        });
    }
    catch (error) {
        if (!(error instanceof core_errors/* InputErrors */.G))
            throw error;
        for (const problem of error.errors)
            reporter.error(problem.message);
        io.stderr(`Run 'iis-deploy deploy --help' for usage.\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const ports = createNodePorts({
        reporter,
        toolCache: createToolCache(),
        env: io.env,
        signal: io.signal,
        overrides: io.ports
    });
    const result = await deploy(options, ports, { steps: createDefaultSteps() });
    if (json) {
        io.stdout(`${reporter.mask(JSON.stringify({ ok: result.ok, error: result.error?.message, serverState: result.serverState, outputs: result.outputs, steps: result.steps }, null, 2))}\n`);
    }
    else {
        if (options.dryRun) {
            io.stdout('Plan:\n');
            for (const create of result.plan.creates)
                io.stdout(reporter.mask(`  create  ${create}\n`));
            for (const command of result.plan.commands)
                io.stdout(reporter.mask(`  [${command.step}] ${command.command}\n`));
        }
        io.stdout(`${reporter.mask(renderTextSummary(result))}\n`);
    }
    if (result.error) {
        reporter.error(result.error.message);
        return cli_io/* EXIT_ERRORS */.Zq;
    }
    return cli_io/* EXIT_OK */.Ij;
};


/***/ })

};
