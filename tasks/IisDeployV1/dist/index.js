/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 4817:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The scratch folder of a run, one rule for the GitHub Action, the CLI and the Azure DevOps task: the runner's own
// temp folder (RUNNER_TEMP on GitHub, AGENT_TEMPDIRECTORY on an Azure DevOps agent; both are emptied after each job),
// else a folder of ours under the OS temp folder. No @actions/* import: the CommonJS task bundles this file too.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runTempDirectory = runTempDirectory;
exports.withRunTempDirectory = withRunTempDirectory;
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
function runTempDirectory(env) {
    return env['RUNNER_TEMP'] || env['AGENT_TEMPDIRECTORY'] || node_path_1.default.join(node_os_1.default.tmpdir(), 'iis-deploy');
}
/**
 * `env` with RUNNER_TEMP set to the run's scratch folder: what every adapter hands to the option parser, so the
 * pipeline's `tempDir` follows the same rule whichever front door started it.
 */
function withRunTempDirectory(env) {
    return { ...env, RUNNER_TEMP: runTempDirectory(env) };
}


/***/ }),

/***/ 8907:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// The title of the deploy summary (GitHub job summary, Azure DevOps build summary section), the same on every
// adapter: what was deployed to, `Site/app` for an application below the root.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summaryTitle = summaryTitle;
function summaryTitle(options) {
    if (options.target === 'iis-express')
        return 'IIS Express';
    const where = options.site ?? options.physicalPath ?? '';
    return options.application === '/' ? where : `${where}${options.application}`;
}


/***/ }),

/***/ 627:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Writes a user's file so that it is never half-written: the bytes go to a temporary file in the same folder
// (same volume, so the rename is atomic), are flushed to disk, then replace the target in one rename. On any
// failure the temporary file is removed and the target is untouched. Used by every writer of user files.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeFileAtomicSync = writeFileAtomicSync;
exports.writeFileAtomic = writeFileAtomic;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const node_crypto_1 = __nccwpck_require__(7598);
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);
function temporaryName(file) {
    return node_path_1.default.join(node_path_1.default.dirname(file), `.${node_path_1.default.basename(file)}.${process.pid}.${(0, node_crypto_1.randomBytes)(4).toString('hex')}.tmp`);
}
function refuseDirectory(file) {
    try {
        const stat = node_fs_1.default.statSync(file);
        if (stat.isDirectory())
            throw new Error(`Cannot write ${file}: it is a directory.`);
        return stat.mode & 0o7777;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
function sleepSync(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/** Atomically replaces (or creates) `file` with `data`. */
function writeFileAtomicSync(file, data, options = {}) {
    const existingMode = refuseDirectory(file);
    const temp = temporaryName(file);
    let fd;
    try {
        fd = node_fs_1.default.openSync(temp, 'wx', existingMode ?? options.mode ?? 0o666);
        // The umask applied at open must not change an existing file's mode.
        if (existingMode !== undefined)
            node_fs_1.default.fchmodSync(fd, existingMode);
        node_fs_1.default.writeFileSync(fd, data);
        node_fs_1.default.fsyncSync(fd);
        node_fs_1.default.closeSync(fd);
        fd = undefined;
        const retries = options.retries ?? 5;
        for (let attempt = 0;; attempt++) {
            try {
                node_fs_1.default.renameSync(temp, file);
                break;
            }
            catch (error) {
                const code = error.code ?? '';
                if (attempt >= retries || !RETRYABLE.has(code) || process.platform !== 'win32')
                    throw error;
                sleepSync(options.retryDelayMs ?? 50);
            }
        }
    }
    catch (error) {
        if (fd !== undefined)
            node_fs_1.default.closeSync(fd);
        node_fs_1.default.rmSync(temp, { force: true });
        throw error;
    }
}
/** Promise flavour of writeFileAtomicSync, for the pipeline. */
async function writeFileAtomic(file, data, options = {}) {
    const existingMode = refuseDirectory(file);
    const temp = temporaryName(file);
    let handle;
    try {
        handle = await node_fs_1.default.promises.open(temp, 'wx', existingMode ?? options.mode ?? 0o666);
        if (existingMode !== undefined)
            await handle.chmod(existingMode);
        await handle.writeFile(data);
        await handle.sync();
        await handle.close();
        handle = undefined;
        const retries = options.retries ?? 5;
        for (let attempt = 0;; attempt++) {
            try {
                await node_fs_1.default.promises.rename(temp, file);
                break;
            }
            catch (error) {
                const code = error.code ?? '';
                if (attempt >= retries || !RETRYABLE.has(code) || process.platform !== 'win32')
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 50));
            }
        }
    }
    catch (error) {
        await handle?.close();
        await node_fs_1.default.promises.rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 4925:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// How a command line looks when it is logged or put in the plan. For display only: the runner passes argv
// untouched (or verbatim for msdeploy), so this never decides what a tool receives.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.quoteWindowsArgument = quoteWindowsArgument;
exports.formatCommandLine = formatCommandLine;
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


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// Domain errors. Every message names the tool or input, the value or exit code, and the fix.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeoutError = exports.CancelledError = exports.ToolNotFoundError = exports.ToolError = exports.InputErrors = exports.InputError = void 0;
exports.errorMessage = errorMessage;
/** A problem with what the user gave us (an input, a file). Raised before anything on the server changes. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(
    /** The input name as the user wrote it (`app-pool`), or the file. */
    input, message) {
        super(message);
        this.input = input;
    }
}
exports.InputError = InputError;
/** Several input problems, reported at once. */
class InputErrors extends Error {
    errors;
    name = 'InputErrors';
    constructor(errors) {
        super(errors.map((e) => e.message).join('\n'));
        this.errors = errors;
    }
}
exports.InputErrors = InputErrors;
/** A tool (appcmd, msdeploy, robocopy, the installer...) failed. */
class ToolError extends Error {
    tool;
    exitCode;
    fix;
    name = 'ToolError';
    constructor(tool, exitCode, message, 
    /** What the user can do about it. */
    fix) {
        super(fix ? `${message}\nFix: ${fix}` : message);
        this.tool = tool;
        this.exitCode = exitCode;
        this.fix = fix;
    }
}
exports.ToolError = ToolError;
/** A required tool was not found. */
class ToolNotFoundError extends Error {
    tool;
    name = 'ToolNotFoundError';
    constructor(tool, message) {
        super(message);
        this.tool = tool;
    }
}
exports.ToolNotFoundError = ToolNotFoundError;
/** The run was cancelled (SIGTERM/SIGINT, or the abort signal fired). */
class CancelledError extends Error {
    name = 'CancelledError';
    constructor(message = 'The operation was cancelled.') {
        super(message);
    }
}
exports.CancelledError = CancelledError;
/** Something took longer than the user allowed. */
class TimeoutError extends Error {
    name = 'TimeoutError';
}
exports.TimeoutError = TimeoutError;
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// Secret masking. The contract: a secret and anything derived from it (escaped, encoded, quoted) never appears in
// anything we write, whether or not a runner would mask it afterwards. So we mask the forms we ourselves produce.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SecretMasker = void 0;
exports.derivedSecretForms = derivedSecretForms;
const MASK = '***';
function xmlEscape(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
/** Every form of `value` that our code could write: raw, quoted for msdeploy/cmd, JSON, XML, URL, base64. */
function derivedSecretForms(value) {
    const forms = new Set([
        value,
        value.replace(/"/g, '""'), // msdeploy / Windows command line: quotes doubled
        value.replace(/(\\*)"/g, '$1$1\\"'), // CommandLineToArgvW escaping
        JSON.stringify(value).slice(1, -1),
        xmlEscape(value),
        encodeURIComponent(value),
        encodeURI(value),
        Buffer.from(value, 'utf8').toString('base64')
    ]);
    return [...forms].filter((form) => form.length > 0);
}
/** Holds the registered secrets and masks text. Shared by every reporter implementation. */
class SecretMasker {
    forms = [];
    listeners = [];
    /** Called with each new raw secret (the GitHub adapter forwards them to core.setSecret). */
    onRegister(listener) {
        this.listeners.push(listener);
    }
    register(value) {
        if (!value)
            return;
        // Very short values would mask ordinary text everywhere; still mask them, they are secrets.
        const added = derivedSecretForms(value).filter((form) => !this.forms.includes(form));
        if (added.length === 0)
            return;
        this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length);
        for (const listener of this.listeners)
            listener(value);
    }
    get count() {
        return this.forms.length;
    }
    mask(text) {
        if (this.forms.length === 0 || !text)
            return text;
        let out = text;
        for (const form of this.forms) {
            if (out.includes(form))
                out = out.split(form).join(MASK);
        }
        return out;
    }
}
exports.SecretMasker = SecretMasker;


/***/ }),

/***/ 1352:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The machine-wide state folder (contract input `state-dir`): the deploy locks, the deploy ledgers and the in-place
// backups live here, never next to or inside a web root (a backup under a parent site's folder is served over HTTP,
// appsettings.json included). It must be the same folder for every deploy of the machine, whatever account or temp
// folder the runner has, or two deploys never see each other's lock: so it never derives from TEMP/TMPDIR.
//
// Windows: %ProgramData%\iis-deploy, with an ACL of its own (windows-facts §7: icacls with well-known SIDs): full control for SYSTEM,
// Administrators and the account that runs the deploy; nobody else (no inherited Users read), since backups hold
// appsettings.json secrets.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STATE_LAYOUT = exports.STATE_DIR_NAME = void 0;
exports.defaultStateDir = defaultStateDir;
exports.resolveStateDir = resolveStateDir;
exports.parseWhoamiSid = parseWhoamiSid;
exports.buildStateDirAclArgs = buildStateDirAclArgs;
exports.ensureStateDir = ensureStateDir;
exports.stateDirInside = stateDirInside;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
exports.STATE_DIR_NAME = 'iis-deploy';
/** The sub-folders of the state folder. */
exports.STATE_LAYOUT = { locks: 'locks', ledgers: 'ledgers', backups: 'backups' };
/**
 * The default state folder: `%ProgramData%\iis-deploy` on Windows; elsewhere `$XDG_STATE_HOME/iis-deploy` when
 * that is set, else `/var/lib/iis-deploy` for root and `~/.local/state/iis-deploy` for other users.
 */
function defaultStateDir(context) {
    const { env } = context;
    if (context.platform === 'win32') {
        const programData = env.ProgramData ?? env.PROGRAMDATA ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData';
        return node_path_1.default.win32.join(programData, exports.STATE_DIR_NAME);
    }
    const xdg = env.XDG_STATE_HOME;
    if (xdg && node_path_1.default.posix.isAbsolute(xdg))
        return node_path_1.default.posix.join(xdg, exports.STATE_DIR_NAME);
    if (context.uid === 0)
        return node_path_1.default.posix.join('/var/lib', exports.STATE_DIR_NAME);
    const home = context.homedir ?? env.HOME ?? node_os_1.default.homedir();
    return node_path_1.default.posix.join(home, '.local', 'state', exports.STATE_DIR_NAME);
}
/** The state folder for this run: the input when given, else the default. */
function resolveStateDir(input, context) {
    return input && input.trim() ? input.trim() : defaultStateDir(context);
}
/** Well-known SIDs (language-independent names for icacls): Local System, Builtin Administrators. */
const SYSTEM_SID = 'S-1-5-18';
const ADMINISTRATORS_SID = 'S-1-5-32-544';
/** `whoami /user /fo csv /nh` prints `"domain\user","S-1-5-21-..."`: the SID is the last quoted field. */
function parseWhoamiSid(stdout) {
    const match = /"(S-1-[0-9-]+)"\s*$/m.exec(stdout.trim());
    return match?.[1];
}
/** icacls arguments that give the state folder its own ACL: no inheritance, full control for exactly these SIDs. */
function buildStateDirAclArgs(dir, sids) {
    const grants = [...new Set(sids)].flatMap((sid) => ['/grant:r', `*${sid}:(OI)(CI)F`]);
    return [dir, '/inheritance:r', ...grants];
}
/**
 * Creates the state folder with its sub-folders. When it is new on Windows, it gets its own ACL (SYSTEM,
 * Administrators, the deploying account); elsewhere it is created 0700. An existing folder is left as it is.
 */
async function ensureStateDir(options) {
    const { dir } = options;
    const existed = node_fs_1.default.existsSync(dir);
    if (existed && !node_fs_1.default.statSync(dir).isDirectory())
        throw new Error(`The state folder ${dir} ('state-dir') is a file: remove it or choose another 'state-dir'.`);
    node_fs_1.default.mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const sub of Object.values(exports.STATE_LAYOUT))
        node_fs_1.default.mkdirSync(node_path_1.default.join(dir, sub), { recursive: true, mode: 0o700 });
    if (existed || options.platform !== 'win32')
        return;
    const sids = [SYSTEM_SID, ADMINISTRATORS_SID];
    try {
        if (options.whoamiPath) {
            const who = await options.runner.run(options.whoamiPath, ['/user', '/fo', 'csv', '/nh'], {
                silent: true
            });
            const sid = parseWhoamiSid(who.stdout);
            if (sid)
                sids.push(sid);
        }
        if (options.icaclsPath) {
            const result = await options.runner.run(options.icaclsPath, buildStateDirAclArgs(dir, sids), {
                silent: true
            });
            if (result.exitCode !== 0)
                throw new Error(`icacls exited with ${result.exitCode}: ${result.stderr.trim()}`);
            options.reporter.info(`Created the state folder ${dir}, writable by SYSTEM, Administrators and this account only.`);
        }
    }
    catch (error) {
        options.reporter.warning(`Created the state folder ${dir}, but could not restrict its access (${error.message}): it inherits the ACL of its parent. Fix: icacls "${dir}" /inheritance:r /grant:r *${SYSTEM_SID}:(OI)(CI)F *${ADMINISTRATORS_SID}:(OI)(CI)F`);
    }
}
/**
 * A state folder inside a web root would serve our backups: refuse a state folder inside (or equal to) any of the
 * given folders (the target's physical path, the site root, the release root).
 */
function stateDirInside(stateDir, folders) {
    const api = /^[a-zA-Z]:[\\/]|^\\\\/.test(stateDir) ? node_path_1.default.win32 : node_path_1.default.posix;
    const norm = (p) => {
        const resolved = api.resolve(p);
        return api === node_path_1.default.win32 ? resolved.toLowerCase() : resolved;
    };
    const state = norm(stateDir);
    for (const folder of folders) {
        if (!folder)
            continue;
        const root = norm(folder);
        const relative = api.relative(root, state);
        if (relative === '' || (!relative.startsWith('..') && !api.isAbsolute(relative)))
            return folder;
    }
    return undefined;
}


/***/ }),

/***/ 3672:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Tool discovery, the same on every adapter (contract §3): the input override, then PATH (with PATHEXT on
// Windows, the bare name elsewhere), then the Windows default locations. A tool that is not found is an error
// that says what to install.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ToolResolver = exports.MSDEPLOY_REGISTRY_KEY = void 0;
exports.findOnPath = findOnPath;
exports.parseMsDeployInstallPaths = parseMsDeployInstallPaths;
exports.resolveTool = resolveTool;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
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
    taskkill: 'taskkill.exe ships with Windows (%windir%\\System32\\taskkill.exe): check PATH.',
    whoami: 'whoami.exe ships with Windows (%windir%\\System32\\whoami.exe): check PATH.'
};
function defaultIsFile(candidate) {
    try {
        return node_fs_1.default.statSync(candidate).isFile();
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
    const p = windows ? node_path_1.default.win32 : node_path_1.default.posix;
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
exports.MSDEPLOY_REGISTRY_KEY = 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy';
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
    const w = node_path_1.default.win32;
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
                    const result = await context.runner.run(reg, ['query', exports.MSDEPLOY_REGISTRY_KEY, '/s', '/v', 'InstallPath'], {
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
        case 'whoami':
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
        throw new errors_js_1.InputError(overrideInput, `Input '${overrideInput}': '${override}' does not exist or is not a file.`);
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
    throw new errors_js_1.ToolNotFoundError(tool, `${tool} was not found on PATH or in its default location. ${INSTALL_HINTS[tool]}`);
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
exports.ToolResolver = ToolResolver;


/***/ }),

/***/ 926:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Reading XML from text or a file: fast-xml-parser's validator decides well-formedness and reports line:col, then
// the lossless model is built. Binary, empty and non-XML input get clear errors.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XmlReadError = void 0;
exports.parseXml = parseXml;
exports.readXmlFile = readXmlFile;
exports.decodeXmlBytes = decodeXmlBytes;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const fast_xml_parser_1 = __nccwpck_require__(591);
const xml_document_js_1 = __nccwpck_require__(7864);
/** A problem found while reading an XML file, with its position. */
class XmlReadError extends Error {
    file;
    line;
    column;
    name = 'XmlReadError';
    constructor(file, message, line = 0, column = 0) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
    /** `file:line:col: message`, the compiler convention. */
    get diagnostic() {
        return this.line
            ? `${this.file}:${this.line}:${this.column}: ${this.message}`
            : `${this.file}: ${this.message}`;
    }
}
exports.XmlReadError = XmlReadError;
/** Parses XML text; `file` names it in errors. */
function parseXml(text, file = '<input>') {
    if (text.includes('\u0000'))
        throw new XmlReadError(file, 'The file is binary (it contains NUL bytes), not XML.');
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '')
        throw new XmlReadError(file, 'The file is empty: expected an XML document.');
    if (!body.trimStart().startsWith('<')) {
        throw new XmlReadError(file, 'The file is not XML: it does not start with a tag.', 1, 1);
    }
    const verdict = fast_xml_parser_1.XMLValidator.validate(body, { allowBooleanAttributes: false });
    if (verdict !== true) {
        throw new XmlReadError(file, `Not well-formed XML: ${verdict.err.msg}`, verdict.err.line, verdict.err.col);
    }
    try {
        return (0, xml_document_js_1.parseXmlDocument)(text);
    }
    catch (error) {
        if (error instanceof xml_document_js_1.XmlSyntaxError)
            throw new XmlReadError(file, error.message, error.line, error.column);
        throw error;
    }
}
/** Reads and parses an XML file. A directory, a missing file or a non-UTF-8 binary file is an XmlReadError. */
function readXmlFile(file) {
    let stat;
    try {
        stat = node_fs_1.default.statSync(file);
    }
    catch {
        throw new XmlReadError(file, 'The file does not exist.');
    }
    if (stat.isDirectory())
        throw new XmlReadError(file, 'This is a directory, not an XML file.');
    return parseXml(decodeXmlBytes(node_fs_1.default.readFileSync(file), file), file);
}
/** Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM. */
function decodeXmlBytes(bytes, file = '<input>') {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2));
        swapped.swap16();
        return swapped.toString('utf16le');
    }
    if (bytes.includes(0))
        throw new XmlReadError(file, 'The file is binary (it contains NUL bytes), not XML.');
    return bytes.toString('utf8');
}


/***/ }),

/***/ 7864:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// A lossless XML document for web.config work. fast-xml-parser's validator decides well-formedness (with its
// line:col errors, see parse-xml.ts); this model keeps every byte of the source (BOM, declaration, line endings,
// whitespace inside tags, attribute quotes, entity spellings, comments, CDATA) so that an edit touches only what it
// changes. Nodes remember their source offset for `file:line:col` diagnostics.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XmlSyntaxError = exports.XmlDocument = void 0;
exports.decodeEntities = decodeEntities;
exports.escapeText = escapeText;
exports.escapeAttribute = escapeAttribute;
exports.parseXmlDocument = parseXmlDocument;
exports.serialize = serialize;
exports.serializeElement = serializeElement;
class XmlDocument {
    source;
    type = 'document';
    children = [];
    /** The source started with a UTF-8 byte order mark. */
    bom = false;
    /** The line ending the document mostly uses; new lines that we add use it. */
    newline = '\n';
    lineStarts = [0];
    constructor(source = '') {
        this.source = source;
        for (let i = 0; i < source.length; i++) {
            if (source.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
    }
    /** 1-based line and column of a source offset. */
    position(offset) {
        if (offset < 0)
            return { line: 0, column: 0 };
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    /** The root element. */
    get root() {
        return this.children.find((c) => c.type === 'element');
    }
    toString() {
        return serialize(this);
    }
}
exports.XmlDocument = XmlDocument;
// ---------------------------------------------------------------------------------------------------------------
// Entities
const PREDEFINED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decodes the predefined and numeric entities; anything else (a DTD entity) is kept as written, never expanded. */
function decodeEntities(raw) {
    if (!raw.includes('&'))
        return raw;
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref) => {
        if (ref.startsWith('#x'))
            return safeCodePoint(parseInt(ref.slice(2), 16), whole);
        if (ref.startsWith('#'))
            return safeCodePoint(parseInt(ref.slice(1), 10), whole);
        return PREDEFINED[ref] ?? whole;
    });
}
function safeCodePoint(code, fallback) {
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
function escapeText(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttribute(value, quote = '"') {
    const escaped = value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/\r/g, '&#xD;')
        .replace(/\n/g, '&#xA;')
        .replace(/\t/g, '&#x9;');
    return quote === '"' ? escaped.replace(/"/g, '&quot;') : escaped.replace(/'/g, '&apos;');
}
// ---------------------------------------------------------------------------------------------------------------
// Parsing (of a document that the validator already accepted; still defensive)
class XmlSyntaxError extends Error {
    line;
    column;
    name = 'XmlSyntaxError';
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
exports.XmlSyntaxError = XmlSyntaxError;
// Character tests by code, not regular expressions: the parser looks at every character of multi-megabyte files.
/** XML white space (XML 1.0 production S): space, tab, CR, LF. */
function isSpace(code) {
    return code === 32 || code === 9 || code === 10 || code === 13;
}
/** Ends a tag or attribute name: white space, `/`, `>`, `=`. */
function isNameEnd(code) {
    return isSpace(code) || code === 47 || code === 62 || code === 61;
}
/** Parses XML text into a lossless document. Throws XmlSyntaxError with line and column. */
function parseXmlDocument(text) {
    const bom = text.charCodeAt(0) === 0xfeff;
    const source = bom ? text.slice(1) : text;
    const doc = new XmlDocument(source);
    doc.bom = bom;
    const crlf = (source.match(/\r\n/g) ?? []).length;
    const lf = (source.match(/\n/g) ?? []).length - crlf;
    doc.newline = crlf > lf ? '\r\n' : '\n';
    const fail = (message, offset) => {
        const { line, column } = doc.position(offset);
        throw new XmlSyntaxError(message, line, column);
    };
    let pos = 0;
    const stack = [doc];
    const current = () => stack[stack.length - 1];
    const append = (node) => {
        const parent = current();
        node.parent = parent;
        parent.children.push(node);
    };
    while (pos < source.length) {
        const lt = source.indexOf('<', pos);
        if (lt === -1 || lt > pos) {
            const end = lt === -1 ? source.length : lt;
            append({ type: 'text', raw: source.slice(pos, end), parent: undefined, offset: pos });
            pos = end;
            continue;
        }
        if (source.startsWith('<!--', pos)) {
            const end = source.indexOf('-->', pos + 4);
            if (end === -1)
                fail('Comment is not closed: expected -->.', pos);
            append({ type: 'comment', content: source.slice(pos + 4, end), parent: undefined, offset: pos });
            pos = end + 3;
            continue;
        }
        if (source.startsWith('<![CDATA[', pos)) {
            const end = source.indexOf(']]>', pos + 9);
            if (end === -1)
                fail('CDATA section is not closed: expected ]]>.', pos);
            append({ type: 'cdata', content: source.slice(pos + 9, end), parent: undefined, offset: pos });
            pos = end + 3;
            continue;
        }
        if (source.startsWith('<?', pos)) {
            const end = source.indexOf('?>', pos + 2);
            if (end === -1)
                fail('Processing instruction is not closed: expected ?>.', pos);
            append({ type: 'pi', content: source.slice(pos + 2, end), parent: undefined, offset: pos });
            pos = end + 2;
            continue;
        }
        if (source.startsWith('<!DOCTYPE', pos) || source.startsWith('<!doctype', pos)) {
            // Skip an internal subset: brackets, quoted strings. Entities declared there are never expanded.
            let i = pos + 9;
            let depth = 0;
            let quote = '';
            for (; i < source.length; i++) {
                const ch = source[i];
                if (quote) {
                    if (ch === quote)
                        quote = '';
                }
                else if (ch === '"' || ch === "'")
                    quote = ch;
                else if (ch === '[')
                    depth++;
                else if (ch === ']')
                    depth--;
                else if (ch === '>' && depth <= 0)
                    break;
            }
            if (i >= source.length)
                fail('DOCTYPE is not closed.', pos);
            append({ type: 'doctype', raw: source.slice(pos, i + 1), parent: undefined, offset: pos });
            pos = i + 1;
            continue;
        }
        if (source[pos + 1] === '/') {
            // End tag.
            let i = pos + 2;
            while (i < source.length && !isNameEnd(source.charCodeAt(i)))
                i++;
            const name = source.slice(pos + 2, i);
            const close = source.indexOf('>', i);
            if (close === -1)
                fail(`End tag </${name}> is not closed.`, pos);
            const open = current();
            if (open.type !== 'element')
                fail(`Unexpected end tag </${name}>: no element is open.`, pos);
            const element = open;
            if (element.name !== name)
                fail(`End tag </${name}> does not match <${element.name}>.`, pos);
            element.endTagTail = source.slice(i, close);
            element.endOffset = pos;
            stack.pop();
            pos = close + 1;
            continue;
        }
        // Start tag.
        let i = pos + 1;
        while (i < source.length && !isNameEnd(source.charCodeAt(i)))
            i++;
        const name = source.slice(pos + 1, i);
        if (!name)
            fail('Expected an element name after <.', pos);
        const element = {
            type: 'element',
            name,
            attributes: [],
            children: [],
            selfClosing: false,
            tagTail: '',
            endTagTail: '',
            parent: undefined,
            offset: pos,
            endOffset: -1
        };
        for (;;) {
            const wsStart = i;
            while (i < source.length && isSpace(source.charCodeAt(i)))
                i++;
            const ws = source.slice(wsStart, i);
            if (i >= source.length)
                fail(`Start tag <${name}> is not closed.`, pos);
            if (source[i] === '>') {
                element.tagTail = ws;
                i++;
                break;
            }
            if (source.startsWith('/>', i)) {
                element.tagTail = ws;
                element.selfClosing = true;
                i += 2;
                break;
            }
            if (!ws)
                fail(`Expected whitespace between attributes in <${name}>.`, i);
            const nameStart = i;
            while (i < source.length && !isNameEnd(source.charCodeAt(i)))
                i++;
            const attrName = source.slice(nameStart, i);
            if (!attrName)
                fail(`Unexpected character '${source[i]}' in <${name}>.`, i);
            const eqStart = i;
            while (isSpace(source.charCodeAt(i)))
                i++;
            if (source[i] !== '=')
                fail(`Attribute '${attrName}' has no value.`, nameStart);
            i++;
            while (isSpace(source.charCodeAt(i)))
                i++;
            const quote = source[i];
            if (quote !== '"' && quote !== "'")
                fail(`The value of attribute '${attrName}' must be quoted.`, i);
            const valueEnd = source.indexOf(quote, i + 1);
            if (valueEnd === -1)
                fail(`The value of attribute '${attrName}' is not closed.`, i);
            const rawValue = source.slice(i + 1, valueEnd);
            if (rawValue.includes('<'))
                fail(`The value of attribute '${attrName}' contains '<'.`, i + 1);
            if (element.attributes.some((a) => a.name === attrName))
                fail(`Attribute '${attrName}' is repeated.`, nameStart);
            element.attributes.push({
                name: attrName,
                leading: ws,
                equals: source.slice(eqStart, i),
                quote: quote,
                rawValue,
                offset: nameStart,
                valueOffset: i + 1
            });
            i = valueEnd + 1;
        }
        append(element);
        if (!element.selfClosing)
            stack.push(element);
        pos = i;
    }
    if (stack.length > 1) {
        const open = current();
        fail(`Element <${open.name}> is not closed.`, open.offset);
    }
    if (!doc.root)
        fail('The document has no root element.', 0);
    for (const node of doc.children) {
        if (node.type === 'element' && node !== doc.root)
            fail(`A second root element <${node.name}>: only one is allowed.`, node.offset);
        if (node.type === 'text' && node.raw.trim())
            fail('Text outside the root element.', node.offset);
    }
    return doc;
}
// ---------------------------------------------------------------------------------------------------------------
// Serialization
function serializeNode(node, out) {
    switch (node.type) {
        case 'text':
            out.push(node.raw);
            return;
        case 'comment':
            out.push(`<!--${node.content}-->`);
            return;
        case 'cdata':
            out.push(`<![CDATA[${node.content}]]>`);
            return;
        case 'pi':
            out.push(`<?${node.content}?>`);
            return;
        case 'doctype':
            out.push(node.raw);
            return;
        case 'element': {
            out.push('<', node.name);
            for (const a of node.attributes)
                out.push(a.leading, a.name, a.equals, a.quote, a.rawValue, a.quote);
            out.push(node.tagTail);
            if (node.selfClosing && node.children.length === 0) {
                out.push('/>');
                return;
            }
            out.push('>');
            for (const child of node.children)
                serializeNode(child, out);
            out.push('</', node.name, node.endTagTail, '>');
            return;
        }
    }
}
function serialize(doc) {
    const out = doc.bom ? ['\uFEFF'] : [];
    for (const child of doc.children)
        serializeNode(child, out);
    return out.join('');
}
/** Serializes one element (with its children), e.g. for messages or XDT. */
function serializeElement(node) {
    const out = [];
    serializeNode(node, out);
    return out.join('');
}


/***/ }),

/***/ 461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Edits on an XmlDocument that keep the file looking hand-written: new attributes and elements follow the
// indentation and line endings around them; removals take their own line with them.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.childElements = childElements;
exports.childElement = childElement;
exports.findAttribute = findAttribute;
exports.getAttribute = getAttribute;
exports.setAttribute = setAttribute;
exports.removeAttribute = removeAttribute;
exports.createElement = createElement;
exports.indentationOf = indentationOf;
exports.indentUnit = indentUnit;
exports.appendElement = appendElement;
exports.insertSibling = insertSibling;
exports.removeNode = removeNode;
exports.replaceNode = replaceNode;
exports.cloneNode = cloneNode;
exports.textContent = textContent;
exports.elementPath = elementPath;
exports.descendants = descendants;
const xml_document_js_1 = __nccwpck_require__(7864);
function childElements(parent, name) {
    return parent.children.filter((c) => c.type === 'element' && (name === undefined || c.name === name));
}
function childElement(parent, name) {
    return childElements(parent, name)[0];
}
function findAttribute(element, name) {
    return element.attributes.find((a) => a.name === name);
}
/** The decoded value of an attribute, or undefined when it is absent. */
function getAttribute(element, name) {
    const attribute = findAttribute(element, name);
    return attribute === undefined ? undefined : (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
}
/** Sets an attribute's value; a new attribute goes last, written like its neighbours. Returns true if it changed. */
function setAttribute(element, name, value) {
    const existing = findAttribute(element, name);
    if (existing) {
        if ((0, xml_document_js_1.decodeEntities)(existing.rawValue) === value)
            return false;
        existing.rawValue = (0, xml_document_js_1.escapeAttribute)(value, existing.quote);
        return true;
    }
    const last = element.attributes[element.attributes.length - 1];
    // Attributes one per line stay one per line; otherwise a single space.
    const leading = last && /[\r\n]/.test(last.leading) ? last.leading : ' ';
    element.attributes.push({
        name,
        leading,
        equals: '=',
        quote: '"',
        rawValue: (0, xml_document_js_1.escapeAttribute)(value, '"'),
        offset: -1,
        valueOffset: -1
    });
    return true;
}
function removeAttribute(element, name) {
    const index = element.attributes.findIndex((a) => a.name === name);
    if (index === -1)
        return false;
    element.attributes.splice(index, 1);
    return true;
}
function createElement(name, attributes = []) {
    const element = {
        type: 'element',
        name,
        attributes: [],
        children: [],
        selfClosing: true,
        tagTail: ' ',
        endTagTail: '',
        parent: undefined,
        offset: -1,
        endOffset: -1
    };
    for (const [key, value] of attributes)
        setAttribute(element, key, value);
    return element;
}
function createText(raw) {
    return { type: 'text', raw, parent: undefined, offset: -1 };
}
function documentOf(node) {
    let current = node;
    while (current && current.type !== 'document')
        current = current.parent;
    return current;
}
function isWhitespaceText(node) {
    return node?.type === 'text' && /^\s*$/.test(node.raw);
}
/** The whitespace that starts the line an element is on (its indentation), or '' when it shares a line. */
function indentationOf(node) {
    const siblings = node.parent?.children ?? [];
    const previous = siblings[siblings.indexOf(node) - 1];
    if (previous?.type === 'text') {
        const match = /(?:^|\n)([ \t]*)$/.exec(previous.raw);
        if (match && (previous.raw.includes('\n') || previous.parent?.type === 'document'))
            return match[1] ?? '';
    }
    return '';
}
/** The indentation step the document uses (two spaces when nothing tells). */
function indentUnit(doc) {
    const root = doc?.root;
    if (!root)
        return '  ';
    const first = childElements(root)[0];
    const indent = first ? indentationOf(first) : '';
    return indent || '  ';
}
function newlineOf(node) {
    return documentOf(node)?.newline ?? '\n';
}
function childIndentation(parent) {
    const existing = childElements(parent)[0];
    if (existing) {
        const indent = indentationOf(existing);
        if (indent ||
            isWhitespaceText(existing.parent?.children[existing.parent.children.indexOf(existing) - 1])) {
            return indent;
        }
    }
    return indentationOf(parent) + indentUnit(documentOf(parent));
}
/** Appends `child` as the last element of `parent`, on its own line, indented like its siblings. */
function appendElement(parent, child) {
    const newline = newlineOf(parent);
    const indent = childIndentation(parent);
    child.parent = parent;
    if (parent.children.length === 0) {
        parent.selfClosing = false;
        if (parent.tagTail === ' ')
            parent.tagTail = '';
        parent.children.push(createText(newline + indent), child, createText(newline + indentationOf(parent)));
    }
    else {
        const last = parent.children[parent.children.length - 1];
        const at = isWhitespaceText(last) ? parent.children.length - 1 : parent.children.length;
        const inserted = [createText(newline + indent), child];
        if (at === parent.children.length)
            inserted.push(createText(newline + indentationOf(parent)));
        parent.children.splice(at, 0, ...inserted);
    }
    for (const node of parent.children)
        node.parent = parent;
    return child;
}
/** Inserts `node` as a sibling before (`position: 'before'`) or after `reference`, on its own line. */
function insertSibling(reference, node, position) {
    const parent = reference.parent;
    if (!parent)
        throw new Error('Cannot insert next to a node that has no parent.');
    const indent = indentationOf(reference);
    const separator = createText(newlineOf(parent) + indent);
    const index = parent.children.indexOf(reference);
    if (position === 'before')
        parent.children.splice(index, 0, node, separator);
    else
        parent.children.splice(index + 1, 0, separator, node);
    separator.parent = parent;
    node.parent = parent;
}
/** Removes a node and the indentation line before it, so no blank line is left behind. */
function removeNode(node) {
    const parent = node.parent;
    if (!parent)
        return;
    const index = parent.children.indexOf(node);
    if (index === -1)
        return;
    const previous = parent.children[index - 1];
    if (isWhitespaceText(previous) && previous.raw.includes('\n'))
        parent.children.splice(index - 1, 2);
    else
        parent.children.splice(index, 1);
    node.parent = undefined;
}
/** Replaces `node` with `replacement` in place (same position, same surrounding whitespace). */
function replaceNode(node, replacement) {
    const parent = node.parent;
    if (!parent)
        return;
    const index = parent.children.indexOf(node);
    parent.children[index] = replacement;
    replacement.parent = parent;
    node.parent = undefined;
}
/** Deep copy of a node, detached (offsets kept for diagnostics that point at the original). */
function cloneNode(node) {
    if (node.type !== 'element')
        return { ...node, parent: undefined };
    const element = node;
    const copy = {
        ...element,
        parent: undefined,
        attributes: element.attributes.map((a) => ({ ...a })),
        children: element.children.map((c) => cloneNode(c))
    };
    for (const child of copy.children)
        child.parent = copy;
    return copy;
}
/** The decoded text of an element (text and CDATA, comments skipped). */
function textContent(node) {
    return node.children
        .map((c) => c.type === 'text'
        ? (0, xml_document_js_1.decodeEntities)(c.raw)
        : c.type === 'cdata'
            ? c.content
            : c.type === 'element'
                ? textContent(c)
                : '')
        .join('');
}
/** `/configuration/location/system.webServer` for messages. */
function elementPath(element) {
    const names = [];
    let current = element;
    while (current && current.type === 'element') {
        names.unshift(current.name);
        current = current.parent;
    }
    return `/${names.join('/')}`;
}
/** Every element in document order (depth first). */
function* descendants(parent) {
    for (const child of parent.children) {
        if (child.type === 'element') {
            yield child;
            yield* descendants(child);
        }
    }
}


/***/ }),

/***/ 7057:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// What every pipeline step gets: the options, the ports, the cancellation signal, the tool resolver and the plan
// recorder. And the interface of the steps the pipeline composes (DeploySteps), so the order, the guarantees and
// rollback are tested with stand-ins, and the real steps (steps/*.ts) are tested against the fake IIS.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollectingReporter = exports.PlanRecorder = exports.DEFAULT_TIMING = void 0;
const command_line_js_1 = __nccwpck_require__(4925);
exports.DEFAULT_TIMING = {
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
        const command = this.reporter.mask((0, command_line_js_1.formatCommandLine)(tool, args, verbatim));
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
exports.PlanRecorder = PlanRecorder;
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
exports.CollectingReporter = CollectingReporter;


/***/ }),

/***/ 7845:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Kept so the adapters and tests import the real steps from where they always have; the steps live in steps/.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WebConfigRejected = exports.runUndo = exports.defaultPoolName = exports.createDefaultSteps = void 0;
var index_js_1 = __nccwpck_require__(5290);
Object.defineProperty(exports, "createDefaultSteps", ({ enumerable: true, get: function () { return index_js_1.createDefaultSteps; } }));
Object.defineProperty(exports, "defaultPoolName", ({ enumerable: true, get: function () { return index_js_1.defaultPoolName; } }));
Object.defineProperty(exports, "runUndo", ({ enumerable: true, get: function () { return index_js_1.runUndo; } }));
Object.defineProperty(exports, "WebConfigRejected", ({ enumerable: true, get: function () { return index_js_1.WebConfigRejected; } }));


/***/ }),

/***/ 1963:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The deploy pipeline: the steps in contract order, each in a log group with its duration, over one persisted
// ledger (ledger.ts). Every change to the server is recorded before it is made; the guarantees that hold in every
// outcome (app_offline.htm removed, the pool started again, a half sync undone, the lock released) are the ledger
// settled (recovery.ts), and a run that died is repaired from its ledger by the next one before it deploys.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveOfflineMode = exports.diagnosticsOf = exports.DeployError = void 0;
exports.deploy = deploy;
const node_crypto_1 = __importDefault(__nccwpck_require__(7598));
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const state_dir_js_1 = __nccwpck_require__(1352);
const tools_js_1 = __nccwpck_require__(3672);
const health_check_js_1 = __nccwpck_require__(3008);
const deploy_lock_js_1 = __nccwpck_require__(3642);
const context_js_1 = __nccwpck_require__(7057);
const ledger_js_1 = __nccwpck_require__(6441);
const recovery_js_1 = __nccwpck_require__(9827);
const run_report_js_1 = __nccwpck_require__(150);
const acquire_lock_js_1 = __nccwpck_require__(7044);
const run_steps_js_1 = __nccwpck_require__(6585);
var run_report_js_2 = __nccwpck_require__(150);
Object.defineProperty(exports, "DeployError", ({ enumerable: true, get: function () { return run_report_js_2.DeployError; } }));
var run_steps_js_2 = __nccwpck_require__(6585);
Object.defineProperty(exports, "diagnosticsOf", ({ enumerable: true, get: function () { return run_steps_js_2.diagnosticsOf; } }));
Object.defineProperty(exports, "resolveOfflineMode", ({ enumerable: true, get: function () { return run_steps_js_2.resolveOfflineMode; } }));
class DeployRun {
    options;
    ports;
    steps;
    ctx;
    /** The same context with a signal that never fires: cleanup and rollback must finish. */
    cleanupCtx;
    table;
    facts;
    siteLock;
    serverLock;
    probe;
    offline;
    constructor(options, ports, steps, timing, tools) {
        this.options = options;
        this.ports = ports;
        this.steps = steps;
        const reporter = new context_js_1.CollectingReporter(ports.reporter);
        const plan = new context_js_1.PlanRecorder(reporter);
        const signal = ports.signal ?? new AbortController().signal;
        // Every tool a step finds goes into the plan (`tools`), whichever step asks.
        const recording = {
            async resolve(name) {
                const found = await tools.resolve(name);
                plan.tool(name, found);
                return found;
            }
        };
        const stateDir = (0, state_dir_js_1.resolveStateDir)(options.stateDir, {
            env: ports.env,
            platform: ports.platform,
            uid: ports.platform === 'win32' ? undefined : process.getuid?.()
        });
        // In memory until the lock is held: nothing changes on the server before that.
        const ledger = this.newLedger(undefined);
        const base = {
            options,
            ports: { ...ports, reporter },
            reporter,
            dryRun: options.dryRun,
            tools: recording,
            plan,
            timing,
            tool: (name) => recording.resolve(name),
            ledger,
            stateDir
        };
        this.ctx = { ...base, signal };
        this.cleanupCtx = { ...base, signal: new AbortController().signal };
        this.table = new run_report_js_1.StepTable(reporter, ports.clock, options);
        this.facts = {
            started: ports.clock.now(),
            offlineMs: 0,
            offlineMeasured: 'none',
            stateNotes: [],
            diagnostics: []
        };
    }
    newLedger(file, runId) {
        const o = this.options;
        return new ledger_js_1.DeployLedger({
            file,
            runId,
            dryRun: o.dryRun,
            scope: (0, deploy_lock_js_1.lockNameFor)({ site: o.site, application: o.application }),
            target: { site: o.site, application: o.application, appPool: o.appPool, physicalPath: o.physicalPath },
            now: () => this.ports.clock.now(),
            host: node_os_1.default.hostname(),
            description: (0, acquire_lock_js_1.describeRunner)(this.ports.env),
            pauseAt: file ? this.ports.env.IIS_DEPLOY_TEST_PAUSE_AT : undefined,
            assertHeld: () => {
                this.siteLock?.assertHeld();
                this.serverLock?.assertHeld();
            }
        });
    }
    get ledger() {
        return this.ctx.ledger;
    }
    selected(step) {
        return this.options.steps.includes(step);
    }
    async run() {
        let failure;
        try {
            this.facts.app = await (0, run_steps_js_1.prepareStep)(this.table, this.steps, this.ctx, this.facts);
            await this.open();
            if (this.options.target === 'iis-express')
                await this.runIisExpress(this.facts.app);
            else
                await this.runIis(this.facts.app);
        }
        catch (error) {
            failure = error;
        }
        const problems = await this.guarantee(failure !== undefined);
        const result = (0, run_report_js_1.buildDeployResult)(this.ctx, this.table, this.facts, failure, problems);
        if (!this.ledger.dryRun) {
            this.ledger.finish(result.ok ? 'succeeded' : result.error instanceof errors_js_1.CancelledError ? 'cancelled' : 'failed', result.serverState);
        }
        return result;
    }
    /**
     * Takes the lock of this site (or of the server, for a run without a site), repairs what a run that died left,
     * and starts this run's ledger on disk. Nothing to do in a dry run, or for a remote or IIS Express target.
     */
    async open() {
        const o = this.options;
        const ctx = this.ctx;
        if (o.dryRun || o.target === 'iis-express' || o.msdeployUrl)
            return;
        const win = this.ports.platform === 'win32';
        const tool = (name) => win ? ctx.tools.resolve(name).catch(() => undefined) : Promise.resolve(undefined);
        await (0, state_dir_js_1.ensureStateDir)({
            dir: ctx.stateDir,
            platform: this.ports.platform,
            runner: this.ports.runner,
            reporter: ctx.reporter,
            whoamiPath: await tool('whoami'),
            icaclsPath: await tool('icacls')
        });
        this.siteLock = await this.steps.acquireLock(ctx, 'site');
        const scope = (0, deploy_lock_js_1.lockNameFor)({ site: o.site, application: o.application });
        const file = (0, ledger_js_1.ledgerPathFor)(node_path_1.default.join(ctx.stateDir, state_dir_js_1.STATE_LAYOUT.ledgers), scope);
        const runId = node_crypto_1.default.randomUUID();
        this.facts.recovery = await (0, recovery_js_1.recoverInterruptedRun)({
            file,
            repairs: this.steps.createRepairs(this.cleanupCtx),
            reporter: ctx.reporter,
            now: () => this.ports.clock.now(),
            host: node_os_1.default.hostname(),
            runId
        });
        const last = (0, ledger_js_1.readLedger)(file);
        if (last)
            (0, recovery_js_1.archiveLedger)(file, last);
        const ledger = this.newLedger(file, runId);
        this.ctx.ledger = ledger;
        this.cleanupCtx.ledger = ledger;
    }
    async runIisExpress(app) {
        for (const step of ['iis-features', 'hosting-bundle', 'provision', 'offline', 'online']) {
            this.table.skip(step, 'not used with target: iis-express');
        }
        this.table.skip('sync', 'IIS Express runs the app from the prepared folder');
        const smoke = await this.table.run('health-check', this.ctx, () => this.steps.smokeTestIisExpress(this.ctx, app), (s) => s.detail);
        this.facts.health = smoke.health;
    }
    /** IIS features and the Hosting Bundle, under the server lock (another site's deploy may want them too). */
    async prepareServer(app) {
        const o = this.options;
        const ctx = this.ctx;
        const serverWide = this.selected('iis-features') || this.selected('hosting-bundle');
        if (serverWide && this.siteLock && o.site !== undefined)
            this.serverLock = await this.steps.acquireLock(ctx, 'server');
        try {
            if (this.selected('iis-features')) {
                await this.table.run('iis-features', ctx, () => this.ledger.track('iis-features', 'iis-features', `enable IIS features: ${o.iisFeatures.join(', ')}`, () => this.steps.ensureIisFeatures(ctx)), (d) => d);
            }
            else
                this.table.skip('iis-features', o.iisFeatures.length ? 'not selected' : "no 'iis-features' given");
            const target = await this.steps.readTarget(ctx);
            this.facts.target = target;
            this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath });
            const inside = (0, state_dir_js_1.stateDirInside)(ctx.stateDir, [target.physicalPath, o.physicalPath]);
            if (inside !== undefined && target.kind === 'local-iis')
                throw new errors_js_1.InputError('state-dir', `The state folder ${ctx.stateDir} is inside the web folder ${inside}: backups would be served over HTTP. Set 'state-dir' to a folder outside every site (default: %ProgramData%\\iis-deploy).`);
            if (this.selected('hosting-bundle')) {
                this.facts.hostingBundle = await this.table.run('hosting-bundle', ctx, () => this.ledger.track('hosting-bundle', 'hosting-bundle', `.NET Hosting Bundle (${o.hostingBundle})`, async (m) => {
                    const outcome = await this.steps.installHostingBundle(ctx, app.dir);
                    if (!outcome.changed)
                        this.ledger.revert(m, 'nothing to change');
                    return outcome;
                }), (h) => h.detail);
            }
            else
                this.table.skip('hosting-bundle', o.hostingBundle === 'none' ? "'hosting-bundle: none'" : 'not selected');
            return target;
        }
        finally {
            await this.serverLock?.release();
            this.serverLock = undefined;
        }
    }
    async runIis(app) {
        const o = this.options;
        const ctx = this.ctx;
        let target = await this.prepareServer(app);
        if (this.selected('provision')) {
            const current = target;
            const provisioned = await this.table.run('provision', ctx, () => this.ledger.track('provision', 'provision', 'provision the app pool, site and application', async (m) => {
                const done = await this.steps.provision(ctx, current);
                if (/^(nothing to (do|change)|no IIS site)/.test(done.detail))
                    this.ledger.revert(m, 'nothing to change');
                return done;
            }), (p) => p.detail);
            target = provisioned.target;
            this.facts.target = target;
            this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath });
        }
        else
            this.table.skip('provision', target.kind === 'remote' ? 'remote target' : 'not selected');
        let changes;
        if (this.selected('sync') && target.kind === 'local-iis') {
            changes = await this.steps.planChanges(ctx, app, target);
            this.facts.changes = changes;
        }
        const mode = (0, run_steps_js_1.resolveOfflineMode)(o, target, changes);
        this.facts.offlineMode = mode;
        // Measure the offline window: probe the health URL while the app may be down, else time offline → online.
        if (o.healthCheckUrl && !o.dryRun && (mode !== 'none' || this.selected('sync'))) {
            this.probe = (0, health_check_js_1.startAvailabilityProbe)({ http: this.ports.http, clock: this.ports.clock, reporter: ctx.reporter }, {
                url: o.healthCheckUrl,
                host: o.healthCheckHost,
                allowUntrusted: o.allowUntrusted,
                intervalMs: ctx.timing.probeIntervalMs
            });
        }
        if (mode !== 'none') {
            this.facts.offlineWindow = { since: this.ports.clock.now() };
            const live = target;
            this.offline = await this.table.run('offline', ctx, () => this.steps.takeOffline(ctx, live, mode, changes?.liveHostingModel), () => o.takeOffline === 'auto' && changes
                ? `${mode} (auto: the deploy changes files the app loads)`
                : mode);
        }
        else
            this.table.skip('offline', run_steps_js_1.skipReasons.offline(o, target));
        if (this.selected('sync')) {
            const live = target;
            const plan = changes ?? emptyPlan();
            this.facts.syncOutcome = await this.table.run('sync', ctx, () => this.steps.sync(ctx, app, live, plan), (s) => s.result.summary);
        }
        else
            this.table.skip('sync', 'not selected');
        await this.bringOnlineOrRollBack(target);
        if (this.selected('health-check')) {
            try {
                this.facts.health = await this.table.run('health-check', ctx, () => this.steps.checkHealth(ctx, target), (h) => o.dryRun ? `would GET ${o.healthCheckUrl}` : `HTTP ${h.status} after ${h.attempts} attempt(s)`);
            }
            catch (error) {
                if (error instanceof health_check_js_1.HealthCheckError)
                    this.facts.health = error.result;
                if (error instanceof errors_js_1.CancelledError || ctx.signal.aborted)
                    throw error;
                await this.rollBack(error, target);
            }
        }
        else
            this.table.skip('health-check', o.healthCheckUrl ? 'not selected' : "no 'health-check-url' given");
        if (!this.ledger.dryRun)
            this.ledger.markVerified();
    }
    /** The `online` step; a start that fails (rapid-fail protection) rolls back like a failed health check. */
    async bringOnlineOrRollBack(target) {
        const offline = this.offline;
        if (!offline) {
            this.table.skip('online', this.selected('online') ? 'the app was not taken offline' : 'not selected');
            await this.stopProbe();
            return;
        }
        try {
            await this.table.run('online', this.ctx, () => this.steps.bringOnline(this.ctx, target, offline), () => [offline.appOffline ? 'app_offline.htm removed' : '', offline.poolStopped ? 'pool started' : '']
                .filter(Boolean)
                .join(', '));
            this.offline = undefined;
            if (this.facts.offlineWindow)
                this.facts.offlineWindow.until = this.ports.clock.now();
            await this.stopProbe();
        }
        catch (error) {
            if (error instanceof errors_js_1.CancelledError || this.ctx.signal.aborted)
                throw error;
            await this.rollBack(error, target);
        }
    }
    async stopProbe() {
        const facts = this.facts;
        if (facts.offlineMeasured !== 'none')
            return;
        if (this.probe) {
            const report = await this.probe.stop();
            this.probe = undefined;
            facts.offlineMs = report.offlineMs;
            facts.offlineMeasured = 'probe';
        }
        else if (facts.offlineWindow) {
            facts.offlineMs = (facts.offlineWindow.until ?? this.ports.clock.now()) - facts.offlineWindow.since;
            facts.offlineMeasured = 'window';
        }
    }
    /**
     * The new version failed to start or to pass the health check: bring the previous one back (the ledger's undo of
     * the sync: switch back, or restore the in-place backup), check health again, and fail saying so.
     */
    async rollBack(cause, target) {
        const o = this.options;
        const notes = this.facts.stateNotes;
        if (!o.rollback) {
            notes.push(`The new version is live and failing; 'rollback: false' kept it.`);
            throw cause;
        }
        const undoable = this.ledger.open(ledger_js_1.CONTENT_KINDS).some((m) => m.undo && m.undo.kind !== 'remove-folder');
        if (!undoable) {
            notes.push(this.facts.syncOutcome
                ? `There is no previous version to roll back to (${o.strategy === 'in-place' && !o.backup ? "'backup: false'" : 'first deploy'}): the new version is live and failing.`
                : 'Nothing was rolled back: the sync did not run.');
            throw cause;
        }
        const ctx = this.cleanupCtx;
        const detail = await this.table.run('rollback', ctx, async () => {
            const settled = await (0, recovery_js_1.settleLedger)(this.ledger, this.steps.createRepairs(ctx), {
                undoContent: 'all',
                step: 'rollback'
            });
            if (settled.problems.length > 0)
                throw new Error(settled.problems.join(' '));
            this.offline = undefined;
            this.facts.rolledBack = true;
            const restored = settled.restored.join('; ');
            if (!o.healthCheckUrl)
                return `${restored}; no health check to run`;
            try {
                this.facts.health = await this.steps.checkHealth(ctx, target);
                return `${restored}; the previous version passes the health check (HTTP ${this.facts.health.status})`;
            }
            catch (error) {
                if (error instanceof health_check_js_1.HealthCheckError)
                    this.facts.health = error.result;
                notes.push(`Rolled back, but the previous version does not pass the health check either: ${(0, errors_js_1.errorMessage)(error)}`);
                return `${restored}; the previous version fails the health check too`;
            }
        }, (d) => d);
        await this.stopProbe();
        throw new run_report_js_1.DeployError(`${(0, errors_js_1.errorMessage)(cause)}\nRolled back: ${detail}.`, cause, detail);
    }
    /**
     * Runs in every outcome: the ledger settled (a half sync undone, the pool started, app_offline.htm removed, unless
     * `keep-offline-on-failure` keeps it), the probe stopped, the locks released, the staging copy removed.
     */
    async guarantee(failed) {
        const o = this.options;
        const ctx = this.cleanupCtx;
        const ledger = this.ledger;
        const problems = [];
        const target = this.facts.target;
        if (!ledger.dryRun && target) {
            const halfSync = ledger
                .open(ledger_js_1.CONTENT_KINDS)
                .find((m) => m.status !== 'done' && m.undo?.kind !== 'remove-folder');
            const restorable = o.rollback && halfSync?.undo !== undefined;
            const syncStarted = ledger.record.mutations.some((m) => ledger_js_1.CONTENT_KINDS.includes(m.kind) && m.status !== 'reverted');
            const keepAppOffline = failed &&
                o.keepOfflineOnFailure &&
                syncStarted &&
                !restorable &&
                !this.facts.rolledBack &&
                ledger.open(['write-app-offline']).length > 0;
            const offlineBefore = ledger.open(['stop-pool', 'write-app-offline']).length;
            const settle = () => (0, recovery_js_1.settleLedger)(ledger, this.steps.createRepairs(ctx), {
                undoContent: o.rollback ? 'unfinished' : 'none',
                keepAppOffline,
                step: 'cleanup'
            });
            const settled = restorable
                ? await this.table
                    .run('rollback', ctx, settle, (s) => s.restored.join('; ') || s.problems.join(' '))
                    .catch((error) => ({
                    actions: [],
                    restored: [],
                    problems: [(0, errors_js_1.errorMessage)(error)],
                    restoredPrevious: false
                }))
                : await settle();
            if (settled.restoredPrevious) {
                this.facts.rolledBack = true;
                this.facts.stateNotes.push(`The sync did not finish; ${settled.restored.join('; ')}.`);
            }
            problems.push(...settled.problems);
            if (halfSync && halfSync.status !== 'reverted')
                this.facts.stateNotes.push(partlyUpdated(o, target, halfSync.undo !== undefined));
            if (keepAppOffline)
                this.noteKeptOffline(target);
            else if (offlineBefore > 0 && ledger.open(['stop-pool', 'write-app-offline']).length === 0) {
                ctx.reporter.info('The app is online again.');
                this.table.recordIfMissing('online', 'succeeded', 'brought online during cleanup');
            }
            this.offline = undefined;
        }
        if (this.facts.offlineWindow && this.facts.offlineWindow.until === undefined)
            this.facts.offlineWindow.until = this.ports.clock.now();
        await this.stopProbe().catch(() => undefined);
        for (const lock of [this.serverLock, this.siteLock]) {
            await lock
                ?.release()
                .catch((error) => problems.push(`Could not release the deploy lock: ${(0, errors_js_1.errorMessage)(error)}`));
        }
        if (this.facts.app)
            await this.steps.cleanup(ctx, this.facts.app).catch(() => undefined);
        return problems;
    }
    /** `keep-offline-on-failure`: says loudly that app_offline.htm stays, with its path. */
    noteKeptOffline(target) {
        const file = node_path_1.default.join(target.physicalPath, 'app_offline.htm');
        const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`;
        this.facts.stateNotes.push(note);
        this.ctx.reporter.warning(note, { file, title: 'app_offline.htm left in place' });
        this.table.recordIfMissing('online', 'skipped', `app_offline.htm kept ('keep-offline-on-failure: true')`);
    }
}
/** A sync that stopped half-way and was not undone: say where and what to do. */
function partlyUpdated(o, target, hadBackup) {
    if (target.kind === 'remote')
        return 'Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.';
    if (o.strategy === 'releases')
        return 'The new release was not switched to: the site still serves the previous release.';
    return `The sync did not finish: ${target.physicalPath ?? 'the target folder'} is partly updated${hadBackup ? " ('rollback: false')" : ' and there is no backup'}; deploy again.`;
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
    const timing = { ...context_js_1.DEFAULT_TIMING, ...run.timing };
    const tools = run.tools ??
        new tools_js_1.ToolResolver({ env: ports.env, platform: ports.platform, runner: ports.runner }, { appcmd: options.appcmdPath, msdeploy: options.msdeployPath, iisexpress: options.iisexpressPath });
    return new DeployRun(options, ports, run.steps, timing, tools).run();
}


/***/ }),

/***/ 6441:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The deploy ledger: one typed record of a run (target, every change it makes to the server with how to undo it,
// outcome), written to the state folder BEFORE each change and updated after it. It is the run's one source of
// truth: the in-process guarantees (undo on failure or cancellation), the recovery of a run that died (SIGKILL, a
// runner that lost power), the job summary, the plan and the outputs all read it.
//
// One file per lock scope (`<state-dir>/ledgers/<scope>.json`): only the lock holder writes it, so a ledger still
// `running` when the next holder gets the lock belongs to a run that died. Writes are atomic (temp file, fsync,
// rename): a kill leaves the old record or the new one, never half of one.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeployLedger = exports.CONTENT_KINDS = void 0;
exports.ledgerPathFor = ledgerPathFor;
exports.readLedger = readLedger;
exports.openMutations = openMutations;
const node_crypto_1 = __importDefault(__nccwpck_require__(7598));
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const atomic_write_js_1 = __nccwpck_require__(627);
/** Content changes: what the site serves. Offline changes: whether it serves. */
exports.CONTENT_KINDS = ['sync', 'switch-release'];
/** The ledger's file for a lock scope (`shop-1a2b.lock` → `ledgers/shop-1a2b.json`). */
function ledgerPathFor(ledgersDir, scope) {
    return node_path_1.default.join(ledgersDir, `${scope.replace(/\.lock$/, '')}.json`);
}
/** Reads a ledger file; undefined when it is missing or not a ledger (a foreign or truncated file is ignored). */
function readLedger(file) {
    let text;
    try {
        text = node_fs_1.default.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const value = JSON.parse(text);
        if (value.format !== 1 || typeof value.runId !== 'string' || !Array.isArray(value.mutations))
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
/** Mutations still in effect (not put back), newest first. */
function openMutations(record) {
    return record.mutations.filter((m) => m.status !== 'reverted' && m.status !== 'planned').reverse();
}
/** Blocks this thread forever: the kill-point tests end the process from outside. */
function pauseForever(point) {
    process.stderr.write(`iis-deploy: paused at ${point} (IIS_DEPLOY_TEST_PAUSE_AT)\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
/** The ledger of this run. Every method persists before it returns. */
class DeployLedger {
    options;
    record;
    /** Where the ledger is kept; undefined when it is kept in memory only. */
    file;
    constructor(options, 
    /** An existing record to continue (the ledger of a run that died, repaired by the next one). */
    adopted) {
        this.options = options;
        this.file = options.file;
        this.record = adopted ?? {
            format: 1,
            runId: options.runId ?? node_crypto_1.default.randomUUID(),
            scope: options.scope,
            target: { ...options.target },
            owner: { pid: process.pid, host: options.host, description: options.description },
            startedAt: this.iso(),
            status: 'running',
            verified: false,
            mutations: []
        };
        this.persist();
    }
    get dryRun() {
        return this.options.dryRun === true;
    }
    iso() {
        return new Date(this.options.now()).toISOString();
    }
    persist(changed) {
        if (!this.file)
            return;
        (0, atomic_write_js_1.writeFileAtomicSync)(this.file, `${JSON.stringify(this.record, null, 2)}\n`);
        const point = changed && `${changed.kind}:${changed.status}`;
        if (point !== undefined && point === this.options.pauseAt)
            pauseForever(point);
    }
    /** Updates what the run now knows of its target (the pool and folder IIS reports). */
    setTarget(target) {
        Object.assign(this.record.target, target);
        this.persist();
    }
    /**
     * Records a change before it is made. Checks the lock first: a run that lost it stops here, before the change.
     * In a dry run the change is recorded as planned and nothing is written.
     */
    begin(kind, step, summary, extra = {}) {
        if (!this.dryRun)
            this.options.assertHeld?.();
        const mutation = {
            seq: this.record.mutations.length + 1,
            kind,
            step,
            status: this.dryRun ? 'planned' : 'started',
            summary,
            ...extra,
            startedAt: this.iso()
        };
        this.record.mutations.push(mutation);
        this.persist(mutation);
        return mutation;
    }
    /** The change was made (its undo may be known only now: a backup's folder, the previous release). */
    done(mutation, extra = {}) {
        if (mutation.status === 'planned')
            return;
        Object.assign(mutation, extra, { status: 'done', endedAt: this.iso() });
        this.persist(mutation);
    }
    /** The change failed; it may have happened in part. */
    fail(mutation, note) {
        if (mutation.status === 'planned')
            return;
        Object.assign(mutation, { status: 'failed', endedAt: this.iso(), note });
        this.persist(mutation);
    }
    /** The change was put back. */
    revert(mutation, note) {
        if (mutation.status === 'planned')
            return;
        Object.assign(mutation, { status: 'reverted', endedAt: this.iso(), note });
        this.persist(mutation);
    }
    /** Runs `change` between begin and done/fail. */
    async track(kind, step, summary, change, extra = {}) {
        const mutation = this.begin(kind, step, summary, extra);
        try {
            const value = await change(mutation);
            if (mutation.status === 'started')
                this.done(mutation);
            return value;
        }
        catch (error) {
            if (mutation.status === 'started')
                this.fail(mutation, error.message ?? String(error));
            throw error;
        }
    }
    markVerified() {
        this.record.verified = true;
        this.persist();
    }
    /** Mutations of this run still in effect, newest first. */
    open(kinds) {
        return openMutations(this.record).filter((m) => !kinds || kinds.includes(m.kind));
    }
    /** The run ended: the record stays as the last run of this scope. */
    finish(status, serverState) {
        Object.assign(this.record, { status, serverState, endedAt: this.iso() });
        this.persist();
    }
}
exports.DeployLedger = DeployLedger;


/***/ }),

/***/ 4920:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
// The deploy options live in ./options/ (schema, readers, validation); this file keeps the old import path.
__exportStar(__nccwpck_require__(2519), exports);


/***/ }),

/***/ 6787:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Rules between inputs: which steps run, which inputs a selected step needs, and what a remote Web Deploy target
// cannot do. Checked after every input was read, so their problems come with the others, all at once.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stepsForAll = stepsForAll;
exports.readSteps = readSteps;
exports.provisionWrites = provisionWrites;
exports.checkCombinations = checkCombinations;
const msdeploy_command_line_js_1 = __nccwpck_require__(6027);
const inputs_js_1 = __nccwpck_require__(6158);
const read_inputs_js_1 = __nccwpck_require__(8609);
const schema_js_1 = __nccwpck_require__(8028);
const validate_js_1 = __nccwpck_require__(2837);
/** Steps that `steps: all` runs: every step whose inputs are set. */
function stepsForAll(o) {
    const remote = o.msdeployUrl !== undefined;
    return schema_js_1.PIPELINE_STEPS.filter((step) => {
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
function readSteps(c, o) {
    const stepsRaw = c.list('steps', /,/).map((s) => s.toLowerCase());
    const allSteps = stepsRaw.length === 0 || (stepsRaw.length === 1 && stepsRaw[0] === 'all');
    if (allSteps)
        return { steps: stepsForAll(o), allSteps };
    for (const step of stepsRaw) {
        if (!schema_js_1.PIPELINE_STEPS.includes(step)) {
            c.fail('steps', `Input 'steps' has '${step}': allowed are 'all' or a comma list of ${(0, read_inputs_js_1.listAllowed)(schema_js_1.PIPELINE_STEPS)}.`);
        }
    }
    return { steps: schema_js_1.PIPELINE_STEPS.filter((s) => stepsRaw.includes(s)), allSteps };
}
/**
 * True when provisioning will write pool, site or application settings (and so pass names through appcmd's
 * collection indexer): with `create`, pool environment variables, authentication or a certificate.
 */
function provisionWrites(o) {
    return (o.create ||
        o.poolEnvironmentVariables.length > 0 ||
        o.authentication.length > 0 ||
        o.certificateThumbprint !== undefined);
}
/**
 * Inputs set to something else than their default that only the local IIS steps (provision, offline, online)
 * read: with `steps: all` and no `site`, those steps do not run, so such an input would be silently ignored.
 */
function iisOnlyInputsSet(c) {
    return schema_js_1.INPUT_NAMES.filter((name) => {
        const used = (0, schema_js_1.inputSpec)(name).steps;
        if (used.length === 0 || used.some((s) => s !== 'provision' && s !== 'offline' && s !== 'online'))
            return false;
        if (!c.isSet(name) || c.raw(name).toLowerCase() === schema_js_1.INPUT_DEFAULTS[name].toLowerCase())
            return false;
        // `take-offline: none` and `grant-access: false` ask for nothing.
        const value = c.raw(name).toLowerCase();
        return !((name === 'take-offline' && value === 'none') || (name === 'grant-access' && value === 'false'));
    });
}
function isInside(parent, child, p) {
    const relative = p.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !p.isAbsolute(relative));
}
function checkCombinations(c, o, context) {
    const { steps, site, target, strategy, physicalPath, takeOffline } = o;
    const remote = o.msdeployUrl !== undefined;
    // Local IIS tells us the pool and the folder; a remote Web Deploy target is addressed by site name. A folder-only
    // sync (physical-path, no site) is the one local run without IIS.
    const needsSite = steps.filter((s) => s === 'provision' ||
        s === 'offline' ||
        s === 'online' ||
        (s === 'sync' && (remote || strategy === 'releases' || physicalPath === undefined)));
    if (target === 'iis' && site === undefined) {
        const iisOnly = remote ? [] : iisOnlyInputsSet(c);
        if (needsSite.length > 0) {
            c.fail('site', `Input 'site' is required for the steps ${needsSite.join(', ')}: set the IIS site name.`);
        }
        else if (iisOnly.length > 0) {
            c.fail('site', `Input 'site' is required with ${iisOnly.map((n) => `'${n}'`).join(', ')}: these configure IIS, and without a site no IIS step runs. Set the IIS site name.`);
        }
    }
    if (site !== undefined && steps.includes('provision') && provisionWrites(o)) {
        c.fromStep(() => (0, inputs_js_1.validateIisName)('site', site, true), undefined);
        if (o.appPool !== undefined)
            c.fromStep(() => (0, inputs_js_1.validateIisName)('app-pool', o.appPool, true), undefined);
    }
    if (o.create && physicalPath === undefined && target === 'iis') {
        c.fail('physical-path', `Input 'physical-path' is required with 'create: true': set the folder the new site or application serves.`);
    }
    if (o.method === 'robocopy' && remote) {
        c.fail('method', `Input 'method' is 'robocopy' but 'msdeploy-url' is set: a remote target needs 'method: msdeploy' (or 'auto').`);
    }
    if (remote) {
        if (o.create)
            c.fail('create', `Input 'create' is 'true' but 'msdeploy-url' is set: a remote target is provisioned on its server, not through Web Deploy.`);
        if (strategy === 'releases')
            c.fail('strategy', `Input 'strategy' is 'releases' but 'msdeploy-url' is set: release folders need local IIS; use 'strategy: in-place' for a remote target.`);
        if (takeOffline === 'stop-pool' || takeOffline === 'both') {
            c.fail('take-offline', `Input 'take-offline' is '${takeOffline}' but 'msdeploy-url' is set: a remote pool cannot be stopped; use 'app-offline' or 'auto'.`);
        }
        if (target === 'iis-express')
            c.fail('target', `Input 'target' is 'iis-express' but 'msdeploy-url' is set: IIS Express runs on this machine only.`);
    }
    else if (o.msdeployUsername !== undefined || o.msdeployPassword !== undefined) {
        context.reporter.warning(`Inputs 'msdeploy-username'/'msdeploy-password' are ignored: 'msdeploy-url' is not set, so the target is local.`);
    }
    // msdeploy parses its own command line: values it cannot carry are refused now, not half-way through the run.
    if (o.method === 'msdeploy') {
        const carried = [
            ['msdeploy-password', o.msdeployPassword, true],
            ['msdeploy-username', o.msdeployUsername, false],
            ['site', site, false]
        ];
        for (const [name, value, secret] of carried) {
            const problem = value === undefined ? undefined : (0, msdeploy_command_line_js_1.msDeployValueProblem)(value);
            if (problem) {
                c.fail(name, `Input '${name}'${secret ? '' : ` is '${value}' and`} cannot be passed to msdeploy: ${problem}.`);
            }
        }
    }
    if (o.msdeployPassword !== undefined &&
        o.msdeployUsername === undefined &&
        remote &&
        o.msdeployAuthType === 'Basic') {
        c.fail('msdeploy-username', `Input 'msdeploy-username' is empty but 'msdeploy-password' is set: Basic authentication needs both.`);
    }
    if (o.webConfig === 'skip' &&
        (o.environment !== undefined || o.environmentVariables.length > 0 || o.xdtTransforms.length > 0)) {
        c.fail('web-config', `Input 'web-config' is 'skip' but environment, environment variables or XDT transforms are set: use 'web-config: transform' to write them.`);
    }
    if (steps.includes('health-check') && o.healthCheckUrl === undefined) {
        c.fail('health-check-url', `Input 'health-check-url' is required when 'steps' lists health-check.`);
    }
    if (!o.allSteps && steps.includes('offline') !== steps.includes('online')) {
        c.fail('steps', `Input 'steps' lists ${steps.includes('offline') ? 'offline without online' : 'online without offline'}: list both, so the app never stays offline.`);
    }
    if (o.certificateThumbprint === undefined && o.create && o.bindings.some((b) => b.protocol === 'https')) {
        context.reporter.warning(`A created https binding has no certificate: set 'certificate-thumbprint', or bind one yourself.`);
    }
    checkStateDir(c, o, context);
}
/** `state-dir` holds the lock, ledgers and backups: never inside what is deployed or the folder it is served from. */
function checkStateDir(c, o, context) {
    if (o.stateDir === undefined)
        return;
    const p = (0, validate_js_1.pathApi)(context.platform);
    const windowsForm = (value) => /^[A-Za-z]:|^\\\\/.test(value) || value.includes('\\');
    const inside = (folder) => {
        // Compare in the form the paths are written in; Windows paths case-insensitively.
        const windows = context.platform === 'win32' || windowsForm(folder) || windowsForm(o.stateDir);
        const api = windows ? (0, validate_js_1.pathApi)('win32') : p;
        const fold = (value) => (windows ? api.resolve(value).toLowerCase() : api.resolve(value));
        return isInside(fold(folder), fold(o.stateDir), api);
    };
    // A .zip source is a file: nothing can be inside it.
    const sourceFolder = o.sourceIsZip ? undefined : o.source;
    if (sourceFolder !== undefined && inside(sourceFolder)) {
        c.fail('state-dir', `Input 'state-dir' is '${o.stateDir}', inside the source folder '${sourceFolder}': it would be deployed with the app. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`);
    }
    else if (o.physicalPath !== undefined && inside(o.physicalPath)) {
        c.fail('state-dir', `Input 'state-dir' is '${o.stateDir}', inside the web root '${o.physicalPath}': backups there would be served over HTTP. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`);
    }
}


/***/ }),

/***/ 939:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// The typed result of reading the inputs (contract §1), and what an adapter hands the reader. The fields follow
// the schema (./schema.ts): the check at the end fails to compile when an input fills no field or a field is
// filled by no input.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMA_MATCHES_OPTIONS = void 0;
exports.SCHEMA_MATCHES_OPTIONS = true;


/***/ }),

/***/ 2519:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The deploy options: schema (each input declared once), readers, per-area validation calling the steps' own
// rules, and the cross-input checks. Import from here (or from ../options.ts, which re-exports this).
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDeployOptions = exports.defaultReleaseId = exports.stepsForAll = exports.provisionWrites = exports.InputCollector = exports.splitList = exports.secretValuesOf = exports.registerSecretInputs = exports.isAbsoluteAnywhere = void 0;
__exportStar(__nccwpck_require__(8028), exports);
__exportStar(__nccwpck_require__(939), exports);
var read_inputs_js_1 = __nccwpck_require__(8609);
Object.defineProperty(exports, "isAbsoluteAnywhere", ({ enumerable: true, get: function () { return read_inputs_js_1.isAbsoluteAnywhere; } }));
Object.defineProperty(exports, "registerSecretInputs", ({ enumerable: true, get: function () { return read_inputs_js_1.registerSecretInputs; } }));
Object.defineProperty(exports, "secretValuesOf", ({ enumerable: true, get: function () { return read_inputs_js_1.secretValuesOf; } }));
Object.defineProperty(exports, "splitList", ({ enumerable: true, get: function () { return read_inputs_js_1.splitList; } }));
Object.defineProperty(exports, "InputCollector", ({ enumerable: true, get: function () { return read_inputs_js_1.InputCollector; } }));
var combinations_js_1 = __nccwpck_require__(6787);
Object.defineProperty(exports, "provisionWrites", ({ enumerable: true, get: function () { return combinations_js_1.provisionWrites; } }));
Object.defineProperty(exports, "stepsForAll", ({ enumerable: true, get: function () { return combinations_js_1.stepsForAll; } }));
var parse_js_1 = __nccwpck_require__(996);
Object.defineProperty(exports, "defaultReleaseId", ({ enumerable: true, get: function () { return parse_js_1.defaultReleaseId; } }));
Object.defineProperty(exports, "parseDeployOptions", ({ enumerable: true, get: function () { return parse_js_1.parseDeployOptions; } }));


/***/ }),

/***/ 996:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// parseDeployOptions: one typed, validated object per run (contract §1). Every adapter reads its own inputs
// (INPUT_*, task-lib, CLI flags) through `read` and gets the same DeployOptions, or one InputErrors listing every
// problem at once, before anything on the server changes. Secret inputs are registered with the reporter first.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultReleaseId = defaultReleaseId;
exports.parseDeployOptions = parseDeployOptions;
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const errors_js_1 = __nccwpck_require__(4296);
const combinations_js_1 = __nccwpck_require__(6787);
const read_inputs_js_1 = __nccwpck_require__(8609);
const schema_js_1 = __nccwpck_require__(8028);
const validate_js_1 = __nccwpck_require__(2837);
/** `42-1` from the run number and attempt; else a UTC timestamp (20261122T101500Z) that sorts in time order. */
function defaultReleaseId(context) {
    if (context.runNumber)
        return context.runAttempt ? `${context.runNumber}-${context.runAttempt}` : context.runNumber;
    return (context.now?.() ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
}
/**
 * Reads and validates every input of the contract. Throws InputErrors with every problem at once; each names the
 * input, the value and what is allowed. Secret inputs are registered with `context.reporter` first.
 */
function parseDeployOptions(read, context) {
    (0, read_inputs_js_1.registerSecretInputs)(read, context.reporter);
    const c = new read_inputs_js_1.InputCollector(read);
    const p = (0, validate_js_1.pathApi)(context.platform);
    const scope = { c, context, p, workspace: p.resolve(context.workspace) };
    const read_ = {
        ...(0, validate_js_1.readTargetInputs)(scope),
        ...(0, validate_js_1.readSyncInputs)(scope, defaultReleaseId(context)),
        ...(0, validate_js_1.readWebConfigInputs)(scope),
        ...(0, validate_js_1.readHostingBundleInputs)(scope),
        ...(0, validate_js_1.readProvisionInputs)(scope),
        ...(0, validate_js_1.readRemoteInputs)(scope),
        ...(0, validate_js_1.readHealthInputs)(scope),
        workspace: scope.workspace,
        tempDir: context.env.RUNNER_TEMP || context.env.AGENT_TEMPDIRECTORY || node_os_1.default.tmpdir()
    };
    const options = { ...read_, ...(0, combinations_js_1.readSteps)(c, read_) };
    (0, combinations_js_1.checkCombinations)(c, options, context);
    if (c.errors.length > 0) {
        // In the order of the contract's inputs, whatever order the areas were read in.
        const rank = (input) => {
            const index = schema_js_1.INPUT_NAMES.indexOf(input);
            return index < 0 ? schema_js_1.INPUT_NAMES.length : index;
        };
        throw new errors_js_1.InputErrors([...c.errors].sort((a, b) => rank(a.input) - rank(b.input)));
    }
    return options;
}


/***/ }),

/***/ 8609:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Readers: one input's string → a typed value. Problems are collected, not thrown, so the user sees every wrong
// input at once; each message names the input, the value and what is allowed. Rules that belong to a step are not
// written here: `fromStep` runs the step's own validator and collects what it refuses.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InputCollector = void 0;
exports.splitList = splitList;
exports.listAllowed = listAllowed;
exports.secretValuesOf = secretValuesOf;
exports.registerSecretInputs = registerSecretInputs;
exports.isAbsoluteAnywhere = isAbsoluteAnywhere;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const schema_js_1 = __nccwpck_require__(8028);
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
    for (const name of schema_js_1.SECRET_INPUTS) {
        if (name === 'msdeploy-password') {
            const password = read(name);
            if (password)
                reporter.registerSecret(password);
        }
        else
            for (const value of secretValuesOf(read(name) ?? ''))
                reporter.registerSecret(value);
    }
}
/** An absolute path in Windows (`C:\x`, `\\server\share`) or POSIX form, whatever the runner's platform. */
function isAbsoluteAnywhere(value) {
    return node_path_1.default.win32.isAbsolute(value) || node_path_1.default.posix.isAbsolute(value);
}
/** Collects problems while the options are read; the caller throws them all at once. */
class InputCollector {
    read;
    errors = [];
    constructor(read) {
        this.read = read;
    }
    /** The raw value (trimmed; whitespace only is not set), or the contract default. */
    raw(name) {
        const value = this.read(name)?.trim();
        return value === undefined || value === '' ? schema_js_1.INPUT_DEFAULTS[name] : value;
    }
    /** The value exactly as given (secrets: not trimmed), or undefined. */
    exact(name) {
        return this.read(name) || undefined;
    }
    /** True when the user set the input (a non-empty value). */
    isSet(name) {
        return (this.read(name)?.trim() ?? '') !== '';
    }
    fail(name, message) {
        this.errors.push(new errors_js_1.InputError(name, message));
    }
    /** Runs a step's own validator; what it refuses is collected and `fallback` returned. */
    fromStep(validate, fallback) {
        try {
            return validate();
        }
        catch (error) {
            if (error instanceof errors_js_1.InputErrors)
                this.errors.push(...error.errors);
            else if (error instanceof errors_js_1.InputError)
                this.errors.push(error);
            else
                throw error;
            return fallback;
        }
    }
    /** Runs a step's validator over inputs read here already: only problems of inputs not yet refused are added. */
    alsoFromStep(validate) {
        const before = new Set(this.errors.map((e) => e.input));
        const added = new InputCollector(this.read);
        added.fromStep(validate, undefined);
        this.errors.push(...added.errors.filter((e) => !before.has(e.input)));
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
            return schema_js_1.INPUT_DEFAULTS[name];
        }
        return found;
    }
    /** `true`/`false` in any case, as core.getBooleanInput accepts (windows-facts §8.3). */
    boolean(name) {
        const value = this.raw(name);
        if (/^true$/i.test(value))
            return true;
        if (/^false$/i.test(value))
            return false;
        this.fail(name, `Input '${name}' is '${value}': use true or false.`);
        return schema_js_1.INPUT_DEFAULTS[name] === 'true';
    }
    optionalBoolean(name) {
        return this.raw(name) === '' ? undefined : this.boolean(name);
    }
    integer(name, min, max, unit = '') {
        const value = this.raw(name);
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            this.fail(name, `Input '${name}' is '${value}': use a whole number${unit} from ${min} to ${max}.`);
            return Number(schema_js_1.INPUT_DEFAULTS[name]);
        }
        return n;
    }
    list(name, separator) {
        return splitList(this.raw(name), separator);
    }
    /** A `NAME=value` list; `secret` lines are never quoted back (a line may be the secret itself). */
    nameValues(name, secret, nameRule, what) {
        const result = [];
        const seen = new Set();
        this.list(name).forEach((line, index) => {
            const eq = line.indexOf('=');
            const key = eq < 0 ? '' : line.slice(0, eq).trim();
            const shown = secret ? `line ${index + 1}` : `'${line}'`;
            if (eq < 0 || !nameRule.test(key)) {
                this.fail(name, `Input '${name}' has ${shown} that is not ${what}=value${eq < 0 ? ' (no `=`)' : ` ('${key}' is not a valid ${what})`}: write one ${what}=value per line.`);
                return;
            }
            if (seen.has(key.toLowerCase())) {
                this.fail(name, `Input '${name}' sets '${key}' twice: keep one line per ${what}.`);
                return;
            }
            seen.add(key.toLowerCase());
            result.push({ name: key, value: line.slice(eq + 1).trim(), secret });
        });
        return result;
    }
    /** An http(s) URL, or undefined. */
    httpUrl(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            this.fail(name, `Input '${name}' is '${value}', which is not a URL: write it as https://host[:port]/path.`);
            return undefined;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            this.fail(name, `Input '${name}' is '${value}': only http and https URLs are allowed.`);
            return undefined;
        }
        return value;
    }
    /** An absolute path on the server (Windows or POSIX form), or undefined when not set. */
    absolutePath(name, example) {
        const value = this.string(name);
        if (value !== undefined && !isAbsoluteAnywhere(value)) {
            this.fail(name, `Input '${name}' is '${value}': use an absolute path, e.g. ${example}.`);
        }
        return value;
    }
}
exports.InputCollector = InputCollector;


/***/ }),

/***/ 8028:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Every input of the contract, declared once (contract §1): name, type, default, the pipeline steps that use it,
// whether it is secret, and the DeployOptions field it fills. INPUT_DEFAULTS, INPUT_NAMES and SECRET_INPUTS are
// derived from this table; action.yml (and from it task.json, the README table and the CLI's --<input> options)
// is checked against it by __tests__/adapters/metadata.test.ts, and deploy-options.ts checks at compile time that
// every DeployOptions field is filled by an input here.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_INPUTS = exports.INPUT_NAMES = exports.INPUT_DEFAULTS = exports.INPUT_SCHEMA = exports.RESTART_IIS_POLICIES = exports.RESTART_IIS_MODES = exports.POOL_IDENTITIES = exports.BINDING_PROTOCOLS = exports.AUTHENTICATION_KINDS = exports.HOSTING_BUNDLE_KEYWORDS = exports.TARGETS = exports.MSDEPLOY_AUTH_TYPES = exports.HOSTING_MODELS = exports.WEB_CONFIG_MODES = exports.TAKE_OFFLINE_MODES = exports.STRATEGIES = exports.METHODS = exports.PIPELINE_STEPS = void 0;
exports.inputSpec = inputSpec;
const inputs_js_1 = __nccwpck_require__(104);
Object.defineProperty(exports, "RESTART_IIS_MODES", ({ enumerable: true, get: function () { return inputs_js_1.RESTART_IIS_POLICIES; } }));
Object.defineProperty(exports, "RESTART_IIS_POLICIES", ({ enumerable: true, get: function () { return inputs_js_1.RESTART_IIS_POLICIES; } }));
const appcmd_js_1 = __nccwpck_require__(8862);
Object.defineProperty(exports, "AUTHENTICATION_KINDS", ({ enumerable: true, get: function () { return appcmd_js_1.AUTHENTICATION_KINDS; } }));
Object.defineProperty(exports, "POOL_IDENTITIES", ({ enumerable: true, get: function () { return appcmd_js_1.POOL_IDENTITIES; } }));
const bindings_js_1 = __nccwpck_require__(6397);
Object.defineProperty(exports, "BINDING_PROTOCOLS", ({ enumerable: true, get: function () { return bindings_js_1.BINDING_PROTOCOLS; } }));
const planner_js_1 = __nccwpck_require__(1039);
exports.PIPELINE_STEPS = [
    'iis-features',
    'hosting-bundle',
    'provision',
    'web-config',
    'offline',
    'sync',
    'online',
    'health-check'
];
exports.METHODS = ['auto', 'robocopy', 'msdeploy'];
exports.STRATEGIES = ['in-place', 'releases'];
exports.TAKE_OFFLINE_MODES = ['auto', 'app-offline', 'stop-pool', 'both', 'none'];
exports.WEB_CONFIG_MODES = ['validate', 'transform', 'skip'];
exports.HOSTING_MODELS = ['inprocess', 'outofprocess'];
exports.MSDEPLOY_AUTH_TYPES = ['Basic', 'NTLM'];
exports.TARGETS = ['iis', 'iis-express'];
exports.HOSTING_BUNDLE_KEYWORDS = ['none', 'auto', 'latest', 'lts'];
const IIS_LOCAL = ['provision', 'offline', 'online'];
exports.INPUT_SCHEMA = [
    { name: 'source', type: 'String', default: 'publish', steps: [] },
    { name: 'site', type: 'String', default: '', steps: [] },
    { name: 'application', type: 'String', default: '/', steps: [] },
    { name: 'app-pool', type: 'String', default: '', steps: IIS_LOCAL },
    { name: 'physical-path', type: 'String', default: '', steps: ['provision', 'sync'] },
    { name: 'steps', type: 'String', default: 'all', steps: [] },
    { name: 'method', type: 'String', default: 'auto', steps: ['sync'], allowed: exports.METHODS },
    { name: 'strategy', type: 'String', default: 'in-place', steps: ['sync'], allowed: exports.STRATEGIES },
    { name: 'release-id', type: 'String', default: '', steps: ['sync'] },
    { name: 'keep-releases', type: 'Number', default: '5', steps: ['sync'] },
    {
        name: 'take-offline',
        type: 'String',
        default: 'auto',
        steps: ['offline', 'online'],
        allowed: exports.TAKE_OFFLINE_MODES
    },
    { name: 'app-offline-file', type: 'String', default: '', steps: ['offline'] },
    { name: 'stop-timeout', type: 'Number', default: '120', steps: ['offline'], option: 'stopTimeoutMs' },
    { name: 'kill-workers', type: 'Boolean', default: 'false', steps: ['offline'] },
    { name: 'keep-offline-on-failure', type: 'Boolean', default: 'false', steps: ['online'] },
    { name: 'delete-extra', type: 'Boolean', default: 'false', steps: ['sync'] },
    { name: 'exclude', type: 'List', default: '', steps: ['sync'] },
    { name: 'preserve', type: 'List', default: planner_js_1.DEFAULT_PRESERVE.join('\n'), steps: ['sync'] },
    { name: 'backup', type: 'Boolean', default: 'true', steps: ['sync'] },
    {
        name: 'web-config',
        type: 'String',
        default: 'validate',
        steps: ['web-config'],
        allowed: exports.WEB_CONFIG_MODES
    },
    { name: 'app-name', type: 'String', default: '', steps: ['web-config', 'hosting-bundle'] },
    { name: 'self-contained', type: 'Boolean', default: '', steps: ['web-config'] },
    {
        name: 'hosting-model',
        type: 'String',
        default: '',
        steps: ['web-config'],
        allowed: ['', ...exports.HOSTING_MODELS]
    },
    { name: 'environment', type: 'String', default: '', steps: ['web-config'] },
    { name: 'environment-variables', type: 'List', default: '', steps: ['web-config'] },
    {
        name: 'secret-environment-variables',
        type: 'List',
        default: '',
        steps: ['web-config'],
        secret: true,
        option: 'environmentVariables'
    },
    { name: 'xdt-transforms', type: 'List', default: '', steps: ['web-config'] },
    { name: 'hosting-bundle', type: 'String', default: 'none', steps: ['hosting-bundle'] },
    { name: 'hosting-bundle-args', type: 'String', default: '', steps: ['hosting-bundle'] },
    { name: 'hosting-bundle-url', type: 'String', default: '', steps: ['hosting-bundle'] },
    { name: 'hosting-bundle-sha512', type: 'String', default: '', steps: ['hosting-bundle'] },
    { name: 'release-metadata-url', type: 'String', default: '', steps: ['hosting-bundle'] },
    {
        name: 'restart-iis',
        type: 'String',
        default: 'auto',
        steps: ['hosting-bundle'],
        allowed: inputs_js_1.RESTART_IIS_POLICIES
    },
    { name: 'create', type: 'Boolean', default: 'false', steps: ['provision'] },
    { name: 'bindings', type: 'List', default: 'http/*:80:', steps: ['provision'] },
    {
        name: 'pool-identity',
        type: 'String',
        default: 'ApplicationPoolIdentity',
        steps: ['provision'],
        allowed: appcmd_js_1.POOL_IDENTITIES
    },
    { name: 'load-user-profile', type: 'Boolean', default: 'true', steps: ['provision'] },
    { name: 'grant-access', type: 'Boolean', default: 'true', steps: ['provision'] },
    { name: 'iis-features', type: 'List', default: '', steps: ['iis-features'] },
    { name: 'certificate-thumbprint', type: 'String', default: '', steps: ['provision'] },
    { name: 'certificate-store', type: 'String', default: 'My', steps: ['provision'] },
    { name: 'authentication', type: 'List', default: '', steps: ['provision'] },
    { name: 'pool-environment-variables', type: 'List', default: '', steps: ['provision'] },
    {
        name: 'secret-pool-environment-variables',
        type: 'List',
        default: '',
        steps: ['provision'],
        secret: true,
        option: 'poolEnvironmentVariables'
    },
    { name: 'json-variables', type: 'List', default: '', steps: ['web-config'] },
    {
        name: 'secret-json-variables',
        type: 'List',
        default: '',
        steps: ['web-config'],
        secret: true,
        option: 'jsonVariables'
    },
    { name: 'json-files', type: 'List', default: 'appsettings.json', steps: ['web-config'] },
    { name: 'json-add-missing', type: 'Boolean', default: 'false', steps: ['web-config'] },
    { name: 'msdeploy-url', type: 'String', default: '', steps: ['sync', 'offline', 'online'] },
    { name: 'msdeploy-username', type: 'String', default: '', steps: ['sync', 'offline', 'online'] },
    {
        name: 'msdeploy-password',
        type: 'String',
        default: '',
        steps: ['sync', 'offline', 'online'],
        secret: true
    },
    {
        name: 'msdeploy-auth-type',
        type: 'String',
        default: 'Basic',
        steps: ['sync', 'offline', 'online'],
        allowed: exports.MSDEPLOY_AUTH_TYPES
    },
    { name: 'allow-untrusted', type: 'Boolean', default: 'false', steps: ['sync', 'health-check'] },
    { name: 'checksum', type: 'Boolean', default: 'false', steps: ['sync'] },
    { name: 'health-check-url', type: 'String', default: '', steps: ['health-check'] },
    { name: 'health-check-host', type: 'String', default: '', steps: ['health-check'] },
    { name: 'health-check-status', type: 'Number', default: '200', steps: ['health-check'] },
    { name: 'health-check-contains', type: 'String', default: '', steps: ['health-check'] },
    {
        name: 'health-check-timeout',
        type: 'Number',
        default: '60',
        steps: ['health-check'],
        option: 'healthCheckTimeoutMs'
    },
    { name: 'rollback', type: 'Boolean', default: 'true', steps: [] },
    { name: 'target', type: 'String', default: 'iis', steps: [], allowed: exports.TARGETS },
    { name: 'dry-run', type: 'Boolean', default: 'false', steps: [] },
    { name: 'appcmd-path', type: 'String', default: '', steps: [] },
    { name: 'msdeploy-path', type: 'String', default: '', steps: ['sync', 'offline', 'online'] },
    { name: 'iisexpress-path', type: 'String', default: '', steps: [] },
    { name: 'state-dir', type: 'String', default: '', steps: [] }
];
/** Every input of the contract, with its default ('' = none). action.yml, task.json and the CLI follow this list. */
exports.INPUT_DEFAULTS = Object.fromEntries(exports.INPUT_SCHEMA.map((i) => [i.name, i.default]));
exports.INPUT_NAMES = exports.INPUT_SCHEMA.map((i) => i.name);
/** Inputs whose whole value (msdeploy-password) or whose values (`NAME=value` lists) are secrets. */
exports.SECRET_INPUTS = exports.INPUT_SCHEMA.filter((i) => 'secret' in i ? i.secret : false).map((i) => i.name);
/** The declaration of one input. */
function inputSpec(name) {
    return exports.INPUT_SCHEMA.find((i) => i.name === name);
}


/***/ }),

/***/ 2837:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The inputs of each pipeline area, read and checked. Every rule a step has is the step's own function, called
// here (so a value accepted now is a value the step accepts later, before anything on the server changed):
// bindings, IIS names, application paths, pool identities, authentication kinds and pool environment variables
// (src/steps/iis), release ids and exclude/preserve patterns (src/steps/sync), IIS feature names (iis-features),
// hosting bundle inputs (src/steps/hosting-bundle). What no step owns (paths inside the workspace, URLs, numbers)
// is checked by the readers.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathApi = pathApi;
exports.inWorkspace = inWorkspace;
exports.readTargetInputs = readTargetInputs;
exports.readSyncInputs = readSyncInputs;
exports.readWebConfigInputs = readWebConfigInputs;
exports.readHostingBundleInputs = readHostingBundleInputs;
exports.readProvisionInputs = readProvisionInputs;
exports.readRemoteInputs = readRemoteInputs;
exports.readHealthInputs = readHealthInputs;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const inputs_js_1 = __nccwpck_require__(104);
const appcmd_js_1 = __nccwpck_require__(8862);
const bindings_js_1 = __nccwpck_require__(6397);
const iis_features_js_1 = __nccwpck_require__(4962);
const inputs_js_2 = __nccwpck_require__(6158);
const provision_js_1 = __nccwpck_require__(6164);
const glob_js_1 = __nccwpck_require__(5153);
const msdeploy_js_1 = __nccwpck_require__(400);
const robocopy_js_1 = __nccwpck_require__(5058);
const planner_js_1 = __nccwpck_require__(1039);
const releases_js_1 = __nccwpck_require__(5217);
const read_inputs_js_1 = __nccwpck_require__(8609);
const schema_js_1 = __nccwpck_require__(8028);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const JSON_PATH = /^[^.=\s][^=]*$/;
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const HOSTING_BUNDLE_SPEC = /^(?:\d+\.\d+|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
function pathApi(platform) {
    return platform === 'win32' ? node_path_1.default.win32 : node_path_1.default.posix;
}
/** Resolves a workspace-relative path; with `mustStayInside`, one that leaves the workspace is refused. */
function inWorkspace(scope, name, value, mustStayInside) {
    const { p, workspace, c } = scope;
    const resolved = p.resolve(workspace, value);
    const relative = p.relative(workspace, resolved);
    if (mustStayInside && (relative.startsWith('..') || p.isAbsolute(relative))) {
        c.fail(name, `Input '${name}' is '${value}', which resolves to '${resolved}' outside the workspace '${workspace}': use a path inside the workspace.`);
    }
    return resolved;
}
/** A relative path inside the app (json-files): no drive, no leading slash, no `..` segment. */
function relativeGlobs(c, name, values) {
    return values.map((value) => {
        const normalized = value.replace(/\\/g, '/');
        if ((0, read_inputs_js_1.isAbsoluteAnywhere)(value) || normalized.split('/').includes('..')) {
            c.fail(name, `Input '${name}' has '${value}': use a path relative to the app folder, without '..'.`);
        }
        return normalizeListPath(value);
    });
}
/** `a\b/`, `./a/b` → `a/b`: the form the steps receive. */
function normalizeListPath(value) {
    return value.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}
function readTargetInputs(scope) {
    const { c } = scope;
    const source = inWorkspace(scope, 'source', c.raw('source'), true);
    const site = c.string('site');
    if (site !== undefined)
        c.fromStep(() => (0, inputs_js_2.validateIisName)('site', site), undefined);
    const application = c.fromStep(() => (0, inputs_js_2.parseApplicationPath)(c.raw('application')), '/');
    const appPool = c.string('app-pool');
    if (appPool !== undefined)
        c.fromStep(() => (0, inputs_js_2.validateIisName)('app-pool', appPool), undefined);
    const physicalPath = c.string('physical-path');
    if (physicalPath !== undefined && !(0, read_inputs_js_1.isAbsoluteAnywhere)(physicalPath)) {
        c.fail('physical-path', `Input 'physical-path' is '${physicalPath}': use an absolute path on the server, e.g. C:\\inetpub\\MySite.`);
    }
    const stateDir = c.absolutePath('state-dir', 'C:\\ProgramData\\iis-deploy');
    return {
        source,
        sourceIsZip: /\.zip$/i.test(source),
        site,
        application,
        appPool,
        physicalPath,
        stateDir,
        target: c.oneOf('target', schema_js_1.TARGETS),
        dryRun: c.boolean('dry-run'),
        rollback: c.boolean('rollback'),
        appcmdPath: c.string('appcmd-path'),
        msdeployPath: c.string('msdeploy-path'),
        iisexpressPath: c.string('iisexpress-path')
    };
}
function readSyncInputs(scope, defaultReleaseId) {
    const { c } = scope;
    const msdeployUrl = c.httpUrl('msdeploy-url');
    const methodInput = c.oneOf('method', schema_js_1.METHODS);
    const releaseId = c.string('release-id') ?? defaultReleaseId;
    c.fromStep(() => (0, releases_js_1.validateReleaseId)(releaseId), releaseId);
    const method = methodInput === 'auto' ? (msdeployUrl ? 'msdeploy' : 'robocopy') : methodInput;
    const strategy = c.oneOf('strategy', schema_js_1.STRATEGIES);
    // A trailing `/` stays: it means "folders only" to the sync steps.
    const exclude = c.list('exclude').map((value) => value.replace(/\\/g, '/').replace(/^\.\//, ''));
    const preserve = c.list('preserve').map(normalizeListPath);
    // The sync method's own translation: what robocopy (/XF, /XD) or msdeploy (-skip) cannot express is refused now.
    c.fromStep(() => {
        (0, glob_js_1.compilePatternList)(exclude, 'exclude');
        (0, planner_js_1.parsePreserveList)(preserve);
        if (method === 'msdeploy')
            (0, msdeploy_js_1.buildMsDeploySkipRules)(exclude, preserve).map(msdeploy_js_1.formatSkipArgument);
        else if (strategy === 'in-place')
            (0, robocopy_js_1.buildRobocopyExclusions)('C:\\source', 'C:\\target', exclude, preserve);
    }, undefined);
    const appOfflineRaw = c.string('app-offline-file');
    return {
        msdeployUrl,
        method,
        strategy,
        releaseId,
        keepReleases: c.integer('keep-releases', 1, 1000),
        takeOffline: c.oneOf('take-offline', schema_js_1.TAKE_OFFLINE_MODES),
        // The user's page is served to visitors: only a file of the repository, never any file of the machine.
        appOfflineFile: appOfflineRaw === undefined ? undefined : inWorkspace(scope, 'app-offline-file', appOfflineRaw, true),
        stopTimeoutMs: c.integer('stop-timeout', 1, 3600, ' of seconds') * 1000,
        killWorkers: c.boolean('kill-workers'),
        keepOfflineOnFailure: c.boolean('keep-offline-on-failure'),
        deleteExtra: c.boolean('delete-extra'),
        exclude,
        preserve,
        backup: c.boolean('backup'),
        checksum: c.boolean('checksum')
    };
}
function readWebConfigInputs(scope) {
    const { c } = scope;
    const appName = c.string('app-name');
    if (appName !== undefined && !SAFE_NAME.test(appName)) {
        c.fail('app-name', `Input 'app-name' is '${appName}': use the assembly name, e.g. MyApp (no path, no extension).`);
    }
    return {
        webConfig: c.oneOf('web-config', schema_js_1.WEB_CONFIG_MODES),
        appName,
        selfContained: c.optionalBoolean('self-contained'),
        hostingModel: c.isSet('hosting-model') ? c.oneOf('hosting-model', schema_js_1.HOSTING_MODELS) : undefined,
        environment: c.string('environment'),
        environmentVariables: [
            ...c.nameValues('environment-variables', false, ENV_NAME, 'NAME'),
            ...c.nameValues('secret-environment-variables', true, ENV_NAME, 'NAME')
        ],
        // Read into web.config (and so onto the server): only files of the repository.
        xdtTransforms: c.list('xdt-transforms').map((file) => inWorkspace(scope, 'xdt-transforms', file, true)),
        jsonVariables: [
            ...c.nameValues('json-variables', false, JSON_PATH, 'Path.To.Key'),
            ...c.nameValues('secret-json-variables', true, JSON_PATH, 'Path.To.Key')
        ],
        jsonFiles: relativeGlobs(c, 'json-files', c.list('json-files')),
        jsonAddMissing: c.boolean('json-add-missing')
    };
}
function readHostingBundleInputs(scope) {
    const { c } = scope;
    const raw = c.raw('hosting-bundle');
    const keyword = schema_js_1.HOSTING_BUNDLE_KEYWORDS.find((k) => k === raw.toLowerCase());
    if (keyword === undefined && !HOSTING_BUNDLE_SPEC.test(raw)) {
        c.fail('hosting-bundle', `Input 'hosting-bundle' is '${raw}': use none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11).`);
    }
    // windows-facts §1.2: the five documented OPT_NO_* properties, by the installer step's own parser.
    const hostingBundleArgs = c.list('hosting-bundle-args', /\s+/);
    c.fromStep(() => (0, inputs_js_1.parseHostingBundleArgs)(hostingBundleArgs), []);
    const hostingBundleUrl = c.httpUrl('hosting-bundle-url');
    let hostingBundleSha512 = c.string('hosting-bundle-sha512')?.toLowerCase();
    if (hostingBundleSha512 !== undefined && !/^[0-9a-f]{128}$/.test(hostingBundleSha512)) {
        c.fail('hosting-bundle-sha512', `Input 'hosting-bundle-sha512' is '${hostingBundleSha512}': use the 128 hex digits of the installer's SHA-512.`);
        hostingBundleSha512 = undefined;
    }
    if ((hostingBundleUrl === undefined) !== (c.string('hosting-bundle-sha512') === undefined)) {
        c.fail(hostingBundleUrl === undefined ? 'hosting-bundle-url' : 'hosting-bundle-sha512', `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: set both to install from your own mirror, or neither.`);
    }
    const releaseMetadataUrl = c.httpUrl('release-metadata-url');
    const restartIis = c.oneOf('restart-iis', schema_js_1.RESTART_IIS_POLICIES);
    // The step's whole check (a mirror whose file name says another version than asked, ...), for what is left.
    c.alsoFromStep(() => (0, inputs_js_1.parseHostingBundleInputs)({
        hostingBundle: raw,
        hostingBundleArgs,
        hostingBundleUrl: c.string('hosting-bundle-url'),
        hostingBundleSha512: c.string('hosting-bundle-sha512'),
        releaseMetadataUrl: c.string('release-metadata-url'),
        restartIis
    }));
    return {
        hostingBundle: keyword ?? raw,
        hostingBundleArgs,
        hostingBundleUrl,
        hostingBundleSha512,
        releaseMetadataUrl,
        restartIis
    };
}
function readProvisionInputs(scope) {
    const { c } = scope;
    const bindings = c
        .fromStep(() => (0, bindings_js_1.parseBindings)(c.list('bindings')), [])
        .map((b) => ({ ...b, protocol: b.protocol, text: (0, appcmd_js_1.formatBinding)(b) }));
    const iisFeatures = c.list('iis-features');
    // The DISM names the iis-features step knows: an unknown name is refused now, not when DISM runs.
    c.fromStep(() => (0, iis_features_js_1.resolveIisFeatures)(iisFeatures), []);
    const thumbprintRaw = c.string('certificate-thumbprint');
    const thumbprint = thumbprintRaw === undefined ? undefined : (0, provision_js_1.normalizeThumbprint)(thumbprintRaw);
    if (thumbprintRaw !== undefined && thumbprint === undefined) {
        c.fail('certificate-thumbprint', `Input 'certificate-thumbprint' is '${thumbprintRaw}': use the certificate's 40 hex digit thumbprint.`);
    }
    const certificateStore = c.raw('certificate-store');
    if (!/^[A-Za-z][A-Za-z0-9 ]*$/.test(certificateStore)) {
        c.fail('certificate-store', `Input 'certificate-store' is '${certificateStore}': use a store name such as My or WebHosting.`);
    }
    const authentication = c
        .list('authentication')
        .flatMap((line) => c.fromStep(() => [(0, inputs_js_2.parseAuthenticationLine)(line)], []));
    const poolEnvironmentVariables = [
        ...c.nameValues('pool-environment-variables', false, ENV_NAME, 'NAME'),
        ...c.nameValues('secret-pool-environment-variables', true, ENV_NAME, 'NAME')
    ];
    for (const variable of poolEnvironmentVariables) {
        const input = variable.secret ? 'secret-pool-environment-variables' : 'pool-environment-variables';
        for (const problem of (0, inputs_js_2.poolEnvironmentVariableProblems)(variable.name, variable.value))
            c.fail(input, `Input '${input}': ${problem}.`);
    }
    return {
        create: c.boolean('create'),
        bindings,
        poolIdentity: c.fromStep(() => (0, inputs_js_2.parsePoolIdentity)(c.raw('pool-identity')), 'ApplicationPoolIdentity'),
        loadUserProfile: c.boolean('load-user-profile'),
        grantAccess: c.boolean('grant-access'),
        iisFeatures,
        certificateThumbprint: thumbprint?.toUpperCase(),
        certificateStore,
        authentication,
        poolEnvironmentVariables
    };
}
function readRemoteInputs(scope) {
    const { c } = scope;
    return {
        msdeployUsername: c.string('msdeploy-username'),
        msdeployPassword: c.exact('msdeploy-password'),
        msdeployAuthType: c.oneOf('msdeploy-auth-type', schema_js_1.MSDEPLOY_AUTH_TYPES),
        allowUntrusted: c.boolean('allow-untrusted')
    };
}
function readHealthInputs(scope) {
    const { c } = scope;
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
    return {
        healthCheckUrl: c.httpUrl('health-check-url'),
        healthCheckHost,
        healthCheckStatus,
        healthCheckContains: c.string('health-check-contains'),
        healthCheckTimeoutMs: c.integer('health-check-timeout', 1, 3600, ' of seconds') * 1000
    };
}


/***/ }),

/***/ 9827:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Brings the server back to a whole state from a ledger: the cleanup of a run that failed or was cancelled, and the
// repair of a run that died (its ledger still says `running` when the next run gets the lock). Both walk the
// changes still in effect, newest first, and put them back: the previous version restored (or kept, see
// `undoContent`), the pool started again when the run found it started, the app_offline.htm it wrote removed.
// Every repair is idempotent and recorded in the ledger as it is made, so a kill during the repair itself is
// repaired by the next run.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settleLedger = settleLedger;
exports.describeOpenChanges = describeOpenChanges;
exports.recoverInterruptedRun = recoverInterruptedRun;
exports.archiveLedger = archiveLedger;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const ledger_js_1 = __nccwpck_require__(6441);
function undoNeeded(mutation, mode) {
    if (mode === 'none')
        return false;
    if (mode === 'all')
        return true;
    return mutation.status === 'started' || mutation.status === 'failed';
}
async function runContentUndo(action, repairs, ledger, step) {
    switch (action.kind) {
        case 'restore-backup': {
            const offline = ledger.open(['stop-pool', 'write-app-offline']);
            if (offline.length === 0)
                await repairs.takeOfflineForRestore(ledger, step);
            return repairs.runUndo(action);
        }
        case 'switch-physical-path':
            return repairs.runUndo(action);
        case 'remove-folder':
            node_fs_1.default.rmSync(action.folder, { recursive: true, force: true });
            return `removed ${action.folder}`;
        default:
            throw new Error(`Not a content undo: ${action.kind}`);
    }
}
/** Puts back the changes of `ledger` still in effect, as `options` say. Never throws: problems are returned. */
async function settleLedger(ledger, repairs, options) {
    const result = {
        actions: [],
        problems: [],
        restoredPrevious: false,
        restored: [],
        partial: []
    };
    const attempt = async (mutation, fn) => {
        try {
            const note = await fn();
            if (note !== undefined) {
                ledger.revert(mutation, note);
                result.actions.push(note);
            }
        }
        catch (error) {
            result.problems.push(`Could not undo '${mutation.summary}': ${(0, errors_js_1.errorMessage)(error)}`);
        }
    };
    // 1. What the site serves: content changes, newest first.
    for (const mutation of ledger.open(ledger_js_1.CONTENT_KINDS)) {
        if (!undoNeeded(mutation, options.undoContent))
            continue;
        const undo = mutation.undo;
        // A release folder still being staged is removed; a complete one stays (the retention prunes it).
        if (undo?.kind === 'remove-folder' && mutation.status === 'done')
            continue;
        if (!undo) {
            if (mutation.status !== 'done')
                result.partial.push(`'${mutation.summary}' did not finish and there is no backup to undo it`);
            continue;
        }
        await attempt(mutation, async () => {
            const done = await runContentUndo(undo, repairs, ledger, options.step);
            if (undo.kind !== 'remove-folder') {
                result.restoredPrevious = true;
                result.restored.push(done);
            }
            return done;
        });
    }
    // 2. A backup that was being written when the run stopped is incomplete: remove it (a complete one is kept).
    for (const mutation of ledger.open(['backup'])) {
        if (mutation.status === 'done' || mutation.undo?.kind !== 'remove-folder')
            continue;
        const folder = mutation.undo.folder;
        await attempt(mutation, async () => {
            node_fs_1.default.rmSync(folder, { recursive: true, force: true });
            return `removed the incomplete backup ${folder}`;
        });
    }
    // 3. Whether the site serves: the pool, then app_offline.htm (newest first: the pool was stopped after the page
    // was written, so it starts before the page goes and visitors see the page rather than HTTP.sys 503).
    for (const mutation of ledger.open(['stop-pool', 'write-app-offline'])) {
        const undo = mutation.undo;
        if (mutation.kind === 'stop-pool' && undo?.kind === 'start-pool') {
            await attempt(mutation, async () => {
                if (mutation.before?.poolState !== undefined && mutation.before.poolState !== 'Started')
                    return `left app pool '${undo.pool}' ${mutation.before.poolState.toLowerCase()}, as the deploy found it`;
                await repairs.startPool(undo.pool);
                return `started app pool '${undo.pool}'`;
            });
        }
        else if (mutation.kind === 'write-app-offline' && undo?.kind === 'remove-app-offline') {
            if (options.keepAppOffline)
                continue;
            await attempt(mutation, async () => {
                await repairs.removeAppOffline(undo.file);
                return `removed ${undo.file}`;
            });
        }
    }
    return result;
}
/** What a repair of `record` would put back, for `recover --dry-run` and the log. */
function describeOpenChanges(record) {
    return (0, ledger_js_1.openMutations)(record)
        .filter((m) => !(m.kind === 'backup' && m.status === 'done'))
        .filter((m) => !['iis-features', 'hosting-bundle', 'provision'].includes(m.kind) || m.status !== 'done')
        .map((m) => `${m.summary} (${m.status})`);
}
/**
 * Repairs what a run that died left on the server, when the ledger of this scope still says `running` (only the lock
 * holder writes it, and we hold the lock now). Returns undefined when there is nothing to repair.
 */
async function recoverInterruptedRun(options) {
    const record = (0, ledger_js_1.readLedger)(options.file);
    if (!record || record.status !== 'running')
        return undefined;
    const by = `${record.owner.description ? `${record.owner.description}, ` : ''}pid ${record.owner.pid} on ${record.owner.host}`;
    const found = (0, ledger_js_1.openMutations)(record);
    const report = { startedAt: record.startedAt, by, actions: [], problems: [], found };
    if (options.dryRun) {
        report.actions = describeOpenChanges(record).map((change) => `would put back: ${change}`);
        return report;
    }
    options.reporter.warning(`Recovering from an interrupted deploy started at ${record.startedAt} (${by}): it stopped before it finished and left ${found.length} change(s) in effect.`);
    const ledger = new ledger_js_1.DeployLedger({
        file: options.file,
        scope: record.scope,
        target: record.target,
        now: options.now,
        host: options.host
    }, record);
    // Not verified: its new version never passed a health check, so the previous one comes back (this run deploys
    // again with its own backup). Verified: it died after the check (pruning, summary): only the offline state.
    const settled = await settleLedger(ledger, options.repairs, {
        undoContent: record.verified ? 'none' : 'all',
        step: 'recovery'
    });
    report.actions = settled.actions;
    report.problems = [
        ...settled.problems,
        ...settled.partial.map((p) => `${p}: the folder is partly updated; this run deploys over it.`)
    ];
    record.recovery = { by: options.runId, at: new Date(options.now()).toISOString(), actions: settled.actions };
    record.status = 'recovered';
    record.endedAt = record.recovery.at;
    record.serverState =
        report.problems.length > 0 ? report.problems.join(' ') : 'Repaired by the next run: see recovery.';
    // Kept as the scope's last run (recover says so); the next deploy moves it to history/ when it starts its own.
    ledger.setTarget({});
    for (const action of settled.actions)
        options.reporter.info(`Recovery: ${action}.`);
    for (const problem of report.problems)
        options.reporter.warning(`Recovery: ${problem}`);
    return report;
}
/** Moves a finished ledger to `history/` (keeping the newest 20), so the scope's file is free for the next run. */
function archiveLedger(file, record, keep = 20) {
    const history = node_path_1.default.join(node_path_1.default.dirname(file), 'history');
    node_fs_1.default.mkdirSync(history, { recursive: true });
    const stamp = record.startedAt.replace(/[:.]/g, '-');
    const base = node_path_1.default.basename(file, '.json');
    node_fs_1.default.renameSync(file, node_path_1.default.join(history, `${base}.${stamp}.${record.runId.slice(0, 8)}.json`));
    const mine = node_fs_1.default
        .readdirSync(history)
        .filter((name) => name.startsWith(`${base}.`))
        .sort();
    for (const old of mine.slice(0, Math.max(0, mine.length - keep)))
        node_fs_1.default.rmSync(node_path_1.default.join(history, old), { force: true });
}


/***/ }),

/***/ 150:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// What a run reports: the steps table (each step timed in its log group), and the result built from the ledger and
// what the steps returned: ok or the error with the exact server state, the outputs of contract §2, the plan.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StepTable = exports.DeployError = void 0;
exports.buildDeployResult = buildDeployResult;
const errors_js_1 = __nccwpck_require__(4296);
const ledger_js_1 = __nccwpck_require__(6441);
const options_js_1 = __nccwpck_require__(4920);
const types_js_1 = __nccwpck_require__(1839);
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
exports.DeployError = DeployError;
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
/** The steps table: each step in its log group, timed, its result and one line of detail. */
class StepTable {
    reporter;
    clock;
    options;
    records = new Map();
    constructor(reporter, clock, options) {
        this.reporter = reporter;
        this.clock = clock;
        this.options = options;
    }
    record(name, result, durationMs, detail) {
        this.records.set(name, { name, result, durationMs, detail: this.reporter.mask(detail) });
    }
    /** Runs one step in its log group, timed; a failure is recorded and rethrown. */
    async run(name, ctx, fn, detail) {
        return this.reporter.group(STEP_TITLES[name], async () => {
            const start = this.clock.now();
            if (ctx.signal.aborted)
                throw new errors_js_1.CancelledError(`Cancelled before '${name}'.`);
            try {
                const value = await fn();
                const took = this.clock.now() - start;
                const result = this.options.dryRun && name !== 'web-config' ? 'planned' : 'succeeded';
                this.record(name, result, took, detail(value));
                this.reporter.info(`${name}: ${result} in ${seconds(took)}`);
                return value;
            }
            catch (error) {
                const took = this.clock.now() - start;
                const cancelled = error instanceof errors_js_1.CancelledError || ctx.signal.aborted;
                this.record(name, cancelled ? 'cancelled' : 'failed', took, (0, errors_js_1.errorMessage)(error).split('\n')[0] ?? '');
                this.reporter.info(`${name}: ${cancelled ? 'cancelled' : 'failed'} after ${seconds(took)}`);
                throw error;
            }
        });
    }
    skip(name, why) {
        if (!this.records.has(name))
            this.record(name, 'skipped', 0, why);
    }
    /** A step that ran for another's sake (web-config read for the sync) shows as skipped, with its time. */
    markSkipped(name, why) {
        this.record(name, 'skipped', this.records.get(name)?.durationMs ?? 0, why);
    }
    recordIfMissing(name, result, detail) {
        if (!this.records.has(name))
            this.record(name, result, 0, detail);
    }
}
exports.StepTable = StepTable;
/** The content undo of the newest content change: how the previous version comes back. */
function latestUndo(mutations) {
    for (const m of [...mutations].reverse()) {
        if (ledger_js_1.CONTENT_KINDS.includes(m.kind) &&
            m.undo &&
            (m.undo.kind === 'restore-backup' || m.undo.kind === 'switch-physical-path'))
            return m.undo;
    }
    return undefined;
}
/** One or two sentences: what the server serves now, from the ledger and the steps' own words. */
function describeState(ctx, facts, ok, problems) {
    const o = ctx.options;
    if (o.dryRun)
        return 'Dry run: nothing on the server was changed.';
    const made = ctx.ledger.record.mutations.filter((m) => m.status !== 'planned');
    const notes = [...facts.stateNotes, ...problems];
    const where = facts.syncOutcome?.releasePath ?? facts.target?.physicalPath;
    if (ok)
        return `The site serves the new version${where ? ` from ${where}` : ''}.`;
    if (notes.length > 0)
        return notes.join(' ');
    const undo = latestUndo(made);
    if (facts.rolledBack)
        return `Rolled back: the site serves the previous version${undo ? ` (${(0, types_js_1.previousPathOf)(undo)})` : ''}.`;
    const content = made.filter((m) => ledger_js_1.CONTENT_KINDS.includes(m.kind));
    if (content.length === 0) {
        const changed = made.filter((m) => m.status !== 'reverted');
        return changed.length > 0
            ? `The app files were not touched; before that the run changed: ${changed.map((m) => m.summary).join('; ')} (see the steps table).`
            : 'Nothing on the server was changed.';
    }
    if (facts.syncOutcome)
        return `The new version is in place${where ? ` at ${where}` : ''}.`;
    if (o.strategy === 'releases' && !made.some((m) => m.kind === 'switch-release'))
        return 'The new release was not switched to: the site still serves the previous release.';
    return `${where ?? 'The target folder'} may be partly updated.`;
}
function buildPlan(ctx, facts) {
    const o = ctx.options;
    const t = facts.target;
    const c = facts.changes;
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
        takeOffline: facts.offlineMode,
        steps: o.steps,
        tools: { ...ctx.plan.tools },
        commands: [...ctx.plan.commands],
        creates: [...ctx.plan.creates],
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
        releasePath: facts.syncOutcome?.releasePath,
        previousPath: facts.syncOutcome?.previousPath,
        healthCheckUrl: o.healthCheckUrl,
        mutations: ctx.ledger.record.mutations.map((m) => ({
            step: m.step,
            kind: m.kind,
            status: m.status,
            summary: m.summary
        }))
    };
}
function buildDeployResult(ctx, table, facts, failure, problems) {
    const o = ctx.options;
    const reporter = ctx.reporter;
    // A step that knows exactly what state it left the server in says so (`serverState` on its error).
    const known = failure?.serverState;
    if (typeof known === 'string' && !(failure instanceof DeployError))
        facts.stateNotes.unshift(known);
    const ok = failure === undefined && problems.length === 0;
    const serverState = describeState(ctx, facts, ok, problems);
    let error;
    if (!ok) {
        const base = failure === undefined ? 'The deploy finished, but the cleanup failed.' : (0, errors_js_1.errorMessage)(failure);
        const state = failure instanceof DeployError ? '' : `\nServer state: ${serverState}`;
        const extra = problems.length > 0 && failure !== undefined && !state ? `\n${problems.join('\n')}` : '';
        const message = reporter.mask(`${base}${state}${extra}`);
        error =
            failure instanceof errors_js_1.CancelledError || (ctx.signal.aborted && failure !== undefined)
                ? Object.assign(new errors_js_1.CancelledError(message), { cause: failure })
                : new DeployError(message, failure, serverState);
    }
    for (const step of options_js_1.PIPELINE_STEPS) {
        const why = ok || !o.steps.includes(step)
            ? 'not selected'
            : ctx.signal.aborted
                ? 'not run: cancelled'
                : 'not run: an earlier step failed';
        table.skip(step, why);
    }
    const steps = [...options_js_1.PIPELINE_STEPS, 'rollback']
        .map((name) => table.records.get(name))
        .filter((r) => r !== undefined);
    const plan = buildPlan(ctx, facts);
    const sync = facts.syncOutcome?.result;
    const counts = sync ??
        (o.dryRun && facts.changes
            ? {
                filesAdded: facts.changes.filesAdded,
                filesUpdated: facts.changes.filesUpdated,
                filesDeleted: facts.changes.filesDeleted,
                bytesCopied: facts.changes.bytesToCopy
            }
            : undefined);
    const undo = latestUndo(ctx.ledger.record.mutations);
    const previousPath = facts.syncOutcome?.previousPath ?? (undo ? (0, types_js_1.previousPathOf)(undo) : undefined);
    const rolledBack = facts.rolledBack === true;
    const outputs = {
        'release-path': facts.syncOutcome?.releasePath ?? (rolledBack ? '' : (plan.releasePath ?? '')),
        'previous-path': previousPath ?? '',
        'files-added': String(counts?.filesAdded ?? 0),
        'files-updated': String(counts?.filesUpdated ?? 0),
        'files-deleted': String(counts?.filesDeleted ?? 0),
        'bytes-copied': String(counts?.bytesCopied ?? 0),
        'offline-ms': String(Math.round(facts.offlineMs)),
        'health-status': facts.health?.status !== undefined ? String(facts.health.status) : '',
        'rolled-back': String(rolledBack),
        'hosting-bundle-version': facts.hostingBundle?.version ?? '',
        'reboot-required': String(facts.hostingBundle?.rebootRequired ?? false),
        recovered: String(facts.recovery !== undefined),
        plan: reporter.mask(JSON.stringify(plan))
    };
    return {
        ok,
        error,
        dryRun: o.dryRun,
        steps,
        plan,
        outputs,
        sync,
        changes: facts.changes,
        offlineMs: Math.round(facts.offlineMs),
        offlineMeasured: facts.offlineMeasured,
        health: facts.health,
        rolledBack,
        serverState,
        warnings: [...reporter.warnings],
        diagnostics: facts.diagnostics,
        releasePath: facts.syncOutcome?.releasePath,
        previousPath,
        hostingBundle: facts.hostingBundle,
        recovery: facts.recovery,
        ledgerFile: ctx.ledger.dryRun ? undefined : ctx.ledger.file,
        durationMs: ctx.ports.clock.now() - facts.started
    };
}


/***/ }),

/***/ 6585:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Small pieces of the pipeline's order: the web-config step (first: a broken web.config fails the run before the
// server changes), `take-offline: auto` resolved from the plan, and why a step was skipped.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.skipReasons = void 0;
exports.diagnosticsOf = diagnosticsOf;
exports.resolveOfflineMode = resolveOfflineMode;
exports.prepareStep = prepareStep;
const summary_js_1 = __nccwpck_require__(6174);
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
exports.skipReasons = {
    offline(o, target) {
        if (!o.steps.includes('offline'))
            return target.kind === 'remote'
                ? 'remote target (Web Deploy takes the app offline itself)'
                : 'not selected';
        if (o.strategy === 'releases')
            return 'release folders: the live release is never overwritten';
        return o.takeOffline === 'none' ? "'take-offline: none'" : 'only static files change';
    }
};
/**
 * The web-config step: prepares the app (a copy with web.config and the JSON files done); its diagnostics become
 * annotations on the file and line. A run that deploys nothing (server set-up only) needs no app.
 */
async function prepareStep(table, steps, ctx, facts) {
    const o = ctx.options;
    const configure = o.steps.includes('web-config');
    if (o.target !== 'iis-express' && !o.steps.includes('sync') && !configure) {
        table.skip('web-config', 'not selected');
        return { dir: o.source, staged: false, diagnostics: [], changes: [] };
    }
    try {
        const app = await table.run('web-config', ctx, () => steps.prepareApp(ctx, configure), (a) => a.changes.length > 0
            ? a.changes.join('; ')
            : a.diagnostics.length > 0
                ? `${a.diagnostics.length} warning(s)`
                : 'web.config is valid');
        facts.diagnostics = app.diagnostics;
        (0, summary_js_1.annotateDiagnostics)(ctx.reporter, app.diagnostics);
        if (!configure && o.target !== 'iis-express')
            table.markSkipped('web-config', 'not selected');
        return app;
    }
    catch (error) {
        const diagnostics = diagnosticsOf(error);
        if (diagnostics) {
            facts.diagnostics = diagnostics;
            (0, summary_js_1.annotateDiagnostics)(ctx.reporter, diagnostics);
        }
        throw error;
    }
}


/***/ }),

/***/ 7044:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Serializes deploys on this machine (steps/iis/deploy-lock.ts): one lock per site/application for the deploy, one
// for the server-wide steps. Nothing to lock in a dry run, or for a remote or IIS Express target.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeRunner = describeRunner;
exports.acquireLock = acquireLock;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const state_dir_js_1 = __nccwpck_require__(1352);
const deploy_lock_js_1 = __nccwpck_require__(3642);
/** Who holds a lock, for whoever waits for it (`GitHub run 123 attempt 1`). */
function describeRunner(env) {
    if (env.GITHUB_RUN_ID)
        return `GitHub run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    if (env.BUILD_BUILDID)
        return `Azure DevOps build ${env.BUILD_BUILDID}`;
    return `iis-deploy pid ${process.pid}`;
}
async function acquireLock(ctx, scope) {
    const o = ctx.options;
    if (ctx.dryRun || o.target === 'iis-express' || o.msdeployUrl)
        return undefined;
    const site = scope === 'site' ? o.site : undefined;
    return (0, deploy_lock_js_1.acquireDeployLock)({
        scope: site === undefined ? 'server' : 'site',
        site,
        application: o.application,
        directory: node_path_1.default.join(ctx.stateDir, state_dir_js_1.STATE_LAYOUT.locks),
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        signal: ctx.signal,
        description: describeRunner(ctx.ports.env),
        timeoutMs: ctx.timing.lockTimeoutMs
    });
}


/***/ }),

/***/ 4688:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The online step: undoes exactly what takeOffline did (its OfflineState); idempotent. Throws when the app cannot
// be brought back (e.g. the pool falls back to Stopped: rapid-fail protection).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bringOnline = bringOnline;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const app_offline_js_1 = __nccwpck_require__(3074);
const app_pool_js_1 = __nccwpck_require__(4891);
const appcmd_js_1 = __nccwpck_require__(8862);
const shared_js_1 = __nccwpck_require__(3933);
/** Marks in `state` what it has undone (appOffline, poolStopped false), so a second call does nothing more. */
async function bringOnline(ctx, target, state) {
    const pool = target.appPool;
    if (ctx.dryRun) {
        if (state.poolStopped && pool)
            ctx.plan.command('online', 'appcmd', (0, appcmd_js_1.buildAppPoolVerbArgs)('start', pool));
        if (state.appOffline && target.physicalPath)
            ctx.plan.action('online', `delete ${node_path_1.default.join(target.physicalPath, app_offline_js_1.APP_OFFLINE_FILE)}`);
        return;
    }
    const ledger = ctx.ledger;
    const removeOfflinePage = async () => {
        if (!state.appOffline || !target.physicalPath)
            return;
        await (0, app_offline_js_1.removeAppOffline)({
            physicalPath: target.physicalPath,
            reporter: ctx.reporter,
            clock: ctx.ports.clock
        });
        state.appOffline = false;
        for (const m of ledger.open(['write-app-offline']))
            ledger.revert(m, 'removed: the app is online');
    };
    // Start the pool first: with app_offline.htm still there its first requests get the page, not HTTP.sys 503.
    // The page goes as soon as the pool is Started; the rapid-fail window runs with the app really starting.
    if (state.poolStopped && pool) {
        if (!state.poolWasRunning) {
            ctx.reporter.warning(`App pool '${pool}' was already stopped before the deploy: left stopped.`);
            for (const m of ledger.open(['stop-pool']))
                ledger.revert(m, 'left stopped, as the deploy found it');
        }
        else {
            await (0, app_pool_js_1.startAppPool)({
                appcmd: await (0, shared_js_1.resolveAppcmd)(ctx),
                pool,
                timeoutMs: ctx.options.stopTimeoutMs,
                settleMs: ctx.timing.poolSettleMs,
                onStarted: removeOfflinePage
            });
            // Only now: a pool that rapid-fail protection stops again stays open in the ledger, for the rollback.
            for (const m of ledger.open(['stop-pool']))
                ledger.revert(m, 'started again');
        }
        state.poolStopped = false;
    }
    await removeOfflinePage();
}


/***/ }),

/***/ 9013:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The health-check step on IIS: GET the health URL until it answers as expected (a dry run plans it).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkHealth = checkHealth;
const health_check_js_1 = __nccwpck_require__(3008);
async function checkHealth(ctx) {
    const o = ctx.options;
    const url = o.healthCheckUrl;
    if (ctx.dryRun) {
        ctx.plan.action('health-check', `GET ${url}${o.healthCheckHost ? ` (Host: ${o.healthCheckHost})` : ''} until HTTP ${o.healthCheckStatus.join('/')}`);
        return { healthy: true, url, bodyExcerpt: '', reason: 'dry run', attempts: 0, elapsedMs: 0 };
    }
    return (0, health_check_js_1.checkHealth)({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
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


/***/ }),

/***/ 6370:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Removes our staging copy of the app (never the user's publish folder).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cleanup = cleanup;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
async function cleanup(_ctx, app) {
    if (app.root)
        node_fs_1.default.rmSync(app.root, { recursive: true, force: true });
}


/***/ }),

/***/ 6206:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The iis-features step: enables the Windows features IIS needs (DISM); a dry run only plans the enable command.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ensureIisFeatures = ensureIisFeatures;
const iis_features_js_1 = __nccwpck_require__(4962);
/** Returns one line for the steps table. */
async function ensureIisFeatures(ctx) {
    const dism = await ctx.tool('dism');
    const result = await (0, iis_features_js_1.ensureIisFeatures)({
        runner: ctx.ports.runner,
        dismPath: dism,
        reporter: ctx.reporter,
        features: ctx.options.iisFeatures,
        dryRun: ctx.dryRun,
        signal: ctx.signal
    });
    if (ctx.dryRun && result.enabled.length > 0)
        ctx.plan.command('iis-features', 'dism', (0, iis_features_js_1.buildEnableFeaturesArgs)(result.enabled));
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


/***/ }),

/***/ 5290:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The real steps behind the pipeline, one module each (they call the step modules in src/steps/* with the options
// and ports of the run). Dry-run: reads still run (appcmd list, planner, robocopy /L, msdeploy -whatif), writes
// are recorded in the plan instead. The steps keep no state of their own: what one step hands the next is in its
// return value.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runUndo = exports.backupRootFor = exports.WebConfigRejected = exports.defaultPoolName = void 0;
exports.createDefaultSteps = createDefaultSteps;
const acquire_lock_js_1 = __nccwpck_require__(7044);
const bring_online_js_1 = __nccwpck_require__(4688);
const check_health_js_1 = __nccwpck_require__(9013);
const cleanup_js_1 = __nccwpck_require__(6370);
const ensure_iis_features_js_1 = __nccwpck_require__(6206);
const install_hosting_bundle_js_1 = __nccwpck_require__(839);
const plan_changes_js_1 = __nccwpck_require__(7363);
const prepare_app_js_1 = __nccwpck_require__(2487);
const provision_js_1 = __nccwpck_require__(6985);
const read_target_js_1 = __nccwpck_require__(8246);
const repairs_js_1 = __nccwpck_require__(4260);
const run_undo_js_1 = __nccwpck_require__(830);
const smoke_test_iis_express_js_1 = __nccwpck_require__(1271);
const sync_js_1 = __nccwpck_require__(4491);
const take_offline_js_1 = __nccwpck_require__(8149);
var shared_js_1 = __nccwpck_require__(3933);
Object.defineProperty(exports, "defaultPoolName", ({ enumerable: true, get: function () { return shared_js_1.defaultPoolName; } }));
Object.defineProperty(exports, "WebConfigRejected", ({ enumerable: true, get: function () { return shared_js_1.WebConfigRejected; } }));
var sync_in_place_js_1 = __nccwpck_require__(609);
Object.defineProperty(exports, "backupRootFor", ({ enumerable: true, get: function () { return sync_in_place_js_1.backupRootFor; } }));
var run_undo_js_2 = __nccwpck_require__(830);
Object.defineProperty(exports, "runUndo", ({ enumerable: true, get: function () { return run_undo_js_2.runUndo; } }));
/** The real steps for one run. */
function createDefaultSteps() {
    return {
        readTarget: read_target_js_1.readTarget,
        acquireLock: acquire_lock_js_1.acquireLock,
        ensureIisFeatures: ensure_iis_features_js_1.ensureIisFeatures,
        installHostingBundle: install_hosting_bundle_js_1.installHostingBundle,
        provision: provision_js_1.provision,
        prepareApp: prepare_app_js_1.prepareApp,
        planChanges: plan_changes_js_1.planChanges,
        takeOffline: take_offline_js_1.takeOffline,
        bringOnline: bring_online_js_1.bringOnline,
        sync: sync_js_1.syncApp,
        runUndo: run_undo_js_1.runUndo,
        createRepairs: repairs_js_1.createRepairs,
        checkHealth: check_health_js_1.checkHealth,
        smokeTestIisExpress: smoke_test_iis_express_js_1.smokeTestIisExpress,
        cleanup: cleanup_js_1.cleanup
    };
}


/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The hosting-bundle step: installs or repairs the .NET Hosting Bundle the app needs (a dry run plans it).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installHostingBundle = installHostingBundle;
const install_js_1 = __nccwpck_require__(1206);
/** `appDir`: the app to deploy (its runtimeconfig says which runtime it needs). */
async function installHostingBundle(ctx, appDir) {
    const o = ctx.options;
    const result = await (0, install_js_1.installHostingBundle)(ctx.ports, {
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


/***/ }),

/***/ 7363:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Compares the app with the live folder (the planner), and reads how the live app is hosted: the app that must let
// go of its files while offline is the live one.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planChanges = planChanges;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const planner_js_1 = __nccwpck_require__(1039);
const publish_folder_js_1 = __nccwpck_require__(6233);
const transform_js_1 = __nccwpck_require__(1331);
const web_config_file_js_1 = __nccwpck_require__(8963);
/** The hosting model of the web.config in `folder`, or undefined (no web.config, or not readable). */
function liveHostingModel(folder) {
    const file = folder ? (0, publish_folder_js_1.findWebConfig)(folder) : undefined;
    if (!file)
        return undefined;
    try {
        return (0, transform_js_1.readHostingModel)((0, web_config_file_js_1.readWebConfigSource)(file).text, file);
    }
    catch {
        return undefined;
    }
}
function sameContent(a, b) {
    try {
        const left = node_fs_1.default.readFileSync(a);
        const right = node_fs_1.default.readFileSync(b);
        return left.equals(right);
    }
    catch {
        return false;
    }
}
async function planChanges(ctx, app, target) {
    const o = ctx.options;
    // Its web.config says how the live app is hosted (none: nothing runs there yet, so there is nothing to wait for).
    const hostingModel = liveHostingModel(target.physicalPath);
    const live = target.physicalPath;
    // A file we rewrote (web.config, appsettings) that ends up identical to the live one is not a change: give it
    // the live file's time, so a redeploy of the same config stays a static-only deploy.
    if (live && app.modified) {
        for (const relative of app.modified) {
            const ours = node_path_1.default.join(app.dir, relative);
            const theirs = node_path_1.default.join(live, relative);
            if (sameContent(ours, theirs)) {
                const time = node_fs_1.default.statSync(theirs).mtime;
                node_fs_1.default.utimesSync(ours, time, time);
            }
        }
    }
    const plan = await (0, planner_js_1.planChanges)({
        source: app.dir,
        target: live ?? node_path_1.default.join(app.dir, '.nonexistent-target'),
        exclude: o.exclude,
        preserve: o.preserve,
        deleteExtra: o.deleteExtra,
        checksum: o.checksum
    });
    ctx.reporter.info(`Plan: ${plan.filesAdded} to add, ${plan.filesUpdated} to update, ${plan.filesDeleted} to delete (${plan.bytesToCopy} bytes)${plan.touchesLockedFiles ? '; the app loads some of them' : '; static files only'}.`);
    return { ...plan, liveHostingModel: hostingModel };
}


/***/ }),

/***/ 2487:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The web-config step: the files to deploy. The publish folder (or the extracted zip) as it is, or with `configure`
// a prepared copy with the JSON variables, web.config and XDT transforms applied and validated. Throws (before
// anything on the server changes) when web.config is unusable.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareApp = prepareApp;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const json_variables_js_1 = __nccwpck_require__(7802);
const apply_web_config_js_1 = __nccwpck_require__(3243);
const publish_folder_js_1 = __nccwpck_require__(6233);
const validate_js_1 = __nccwpck_require__(8429);
const apply_files_js_1 = __nccwpck_require__(2590);
const write_output_js_1 = __nccwpck_require__(3785);
const zip_js_1 = __nccwpck_require__(2993);
const shared_js_1 = __nccwpck_require__(3933);
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
function copyTree(from, to) {
    // Times are kept: the planner compares size and time, so unchanged files must stay unchanged.
    node_fs_1.default.cpSync(from, to, { recursive: true, preserveTimestamps: true, dereference: false });
}
function listFiles(dir) {
    try {
        return node_fs_1.default.readdirSync(dir);
    }
    catch {
        return [];
    }
}
/** `configure`: the web-config step is selected (apply settings and check web.config). */
async function prepareApp(ctx, configure) {
    const o = ctx.options;
    if (!node_fs_1.default.existsSync(o.source)) {
        throw new errors_js_1.InputError('source', `Input 'source': ${o.source} does not exist. Point it at the output of 'dotnet publish' (e.g. dotnet publish -o publish).`);
    }
    const stat = node_fs_1.default.statSync(o.source);
    let origin = o.source;
    let root;
    const newRoot = () => {
        node_fs_1.default.mkdirSync(o.tempDir, { recursive: true });
        return node_fs_1.default.mkdtempSync(node_path_1.default.join(o.tempDir, `iis-deploy-${o.releaseId}-`));
    };
    if (o.sourceIsZip || stat.isFile()) {
        if (!o.sourceIsZip)
            throw new errors_js_1.InputError('source', `Input 'source': ${o.source} is a file; give the publish folder or a .zip.`);
        root = newRoot();
        origin = node_path_1.default.join(root, 'app');
        await (0, zip_js_1.extractZip)(o.source, origin);
    }
    else if (listFiles(o.source).length === 0) {
        throw new errors_js_1.InputError('source', `Input 'source': ${o.source} is empty. Run 'dotnet publish' first.`);
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
        dir = node_path_1.default.join(root, 'app');
        copyTree(origin, dir);
    }
    else if (root !== undefined)
        dir = origin;
    const modified = [];
    const app = {
        dir,
        staged: root !== undefined,
        diagnostics: [],
        changes: [],
        root,
        modified
    };
    const userPath = (file) => {
        if (o.sourceIsZip)
            return file.startsWith(dir) ? `${o.source}!${node_path_1.default.relative(dir, file).replace(/\\/g, '/')}` : file;
        return file.startsWith(dir) ? node_path_1.default.join(o.source, node_path_1.default.relative(dir, file)) : file;
    };
    if (!configure) {
        if (!(0, publish_folder_js_1.findWebConfig)(dir))
            ctx.reporter.warning(`${userPath(node_path_1.default.join(dir, 'web.config'))} does not exist; the web-config step is not selected, so it was not checked.`);
        return app;
    }
    if (o.jsonVariables.length > 0) {
        const json = await (0, json_variables_js_1.applyJsonVariables)({
            appDir: dir,
            variables: o.jsonVariables,
            files: o.jsonFiles,
            addMissing: o.jsonAddMissing,
            reporter: ctx.reporter
        });
        const changed = json.changes.filter((c) => c.action !== 'unchanged');
        for (const file of new Set(changed.map((c) => c.file)))
            modified.push(file);
        if (changed.length > 0)
            app.changes.push(`${changed.length} JSON variable(s) set in ${[...new Set(changed.map((c) => c.file))].join(', ')}`);
    }
    if (o.webConfig === 'skip') {
        if (!(0, publish_folder_js_1.findWebConfig)(dir))
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
        file: userPath(d.file ?? node_path_1.default.join(dir, 'web.config')),
        line: d.line || undefined,
        column: d.column || undefined
    });
    const reject = (diagnostics) => {
        throw new shared_js_1.WebConfigRejected(`web.config cannot be deployed:\n${diagnostics
            .filter((d) => d.severity === 'error')
            .map((d) => `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}: ${d.message}`)
            .join('\n')}`, diagnostics);
    };
    let result;
    try {
        result = await (0, apply_web_config_js_1.applyWebConfig)(dir, {
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
        modified.push(node_path_1.default.relative(dir, result.file).replace(/\\/g, '/'));
    if (result.changes.length > 0)
        app.changes.push(`web.config: ${result.changes.join(', ')}`);
    if (o.xdtTransforms.length > 0) {
        const file = (0, publish_folder_js_1.findWebConfig)(dir) ?? node_path_1.default.join(dir, 'web.config');
        const xdt = (0, apply_files_js_1.applyXdtTransformFiles)(file, o.xdtTransforms);
        const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }));
        if (!xdt.ok || !xdt.document)
            reject(diagnostics);
        app.diagnostics.push(...diagnostics);
        (0, write_output_js_1.writeFileAtomically)(file, (0, write_output_js_1.encodeXmlDocument)(xdt.document));
        if (!modified.includes(node_path_1.default.basename(file)))
            modified.push(node_path_1.default.basename(file));
        app.changes.push(`XDT: ${o.xdtTransforms.map((t) => node_path_1.default.basename(t)).join(', ')}`);
        const again = (0, validate_js_1.validatePublishFolder)(dir);
        const after = again.diagnostics.map(toDiagnostic);
        if (after.some((d) => d.severity === 'error'))
            reject(after);
        for (const d of after)
            if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line))
                app.diagnostics.push(d);
    }
    return app;
}


/***/ }),

/***/ 6985:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The provision step: creates or updates the pool, site and application, and grants the pool's identity access to
// the app folder. Returns the target as it now is.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.provision = provision;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
const permissions_js_1 = __nccwpck_require__(5123);
const provision_js_1 = __nccwpck_require__(6164);
const shared_js_1 = __nccwpck_require__(3933);
function record(values, secret) {
    return Object.fromEntries(values.filter((v) => v.secret === secret).map((v) => [v.name, v.value]));
}
function isPoolIdentity(value) {
    return appcmd_js_1.POOL_IDENTITIES.some((p) => p.toLowerCase() === value?.toLowerCase());
}
/** `<x>/releases/<id>` → `<x>`; anything else as it is. */
function releaseRootOf(live) {
    if (live === undefined)
        return undefined;
    const api = /\\/.test(live) ? node_path_1.default.win32 : node_path_1.default.posix;
    const parent = api.dirname(live);
    return api.basename(parent).toLowerCase() === 'releases' ? api.dirname(parent) : live;
}
async function provision(ctx, target) {
    const o = ctx.options;
    if (target.kind !== 'local-iis' || target.site === undefined)
        return { target, detail: 'no IIS site to provision' };
    const appcmd = await (0, shared_js_1.resolveAppcmd)(ctx);
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
            const current = tree ? (0, appcmd_js_1.findAttribute)(tree, 'processModel.identityType') : undefined;
            identity = isPoolIdentity(current)
                ? appcmd_js_1.POOL_IDENTITIES.find((p) => p.toLowerCase() === current.toLowerCase())
                : undefined;
            loadUserProfile =
                (tree ? (0, appcmd_js_1.findAttribute)(tree, 'processModel.loadUserProfile') : 'true')?.toLowerCase() === 'true';
        }
        if (identity === undefined) {
            ctx.reporter.warning(`App pool '${target.appPool}' runs as a specific user: its settings and permissions are left as they are.`);
        }
        else {
            const appFolder = o.strategy === 'releases'
                ? (target.physicalPath ?? o.physicalPath)
                : (o.physicalPath ?? target.physicalPath);
            if (appFolder === undefined)
                throw new errors_js_1.InputError('physical-path', `Input 'physical-path' is needed: IIS reports no folder for '${target.site}${target.application}'.`);
            if (!ctx.dryRun && !node_fs_1.default.existsSync(appFolder))
                node_fs_1.default.mkdirSync(appFolder, { recursive: true });
            const result = await (0, provision_js_1.provisionSite)({
                appcmd,
                site: target.site,
                application: target.application,
                appPool: target.appPool ?? (0, shared_js_1.defaultPoolName)(target.site, target.application),
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
            if (!ctx.dryRun && !node_fs_1.default.existsSync(folder))
                node_fs_1.default.mkdirSync(folder, { recursive: true });
            const granted = await (0, permissions_js_1.grantAccess)({
                runner: ctx.ports.runner,
                icaclsPath: await ctx.tool('icacls'),
                reporter: ctx.reporter,
                physicalPath: folder,
                pool: target.appPool,
                identity,
                logsFolder: o.strategy === 'releases' ? node_path_1.default.join('shared', 'logs') : 'logs',
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
            appPool: target.appPool ?? (o.create ? (0, shared_js_1.defaultPoolName)(target.site, target.application) : undefined),
            exists: ctx.dryRun ? target.exists : { pool: true, site: true, application: true }
        },
        detail: details.join('; ') || 'nothing to do'
    };
}


/***/ }),

/***/ 8246:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Reads the target from IIS (pool, physical path, what exists), or from the inputs for a remote, IIS Express or
// folder-only target. Changes nothing.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTarget = readTarget;
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
const releases_js_1 = __nccwpck_require__(5217);
const shared_js_1 = __nccwpck_require__(3933);
async function readTarget(ctx) {
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
    const appcmd = await (0, shared_js_1.resolveAppcmd)(ctx);
    const site = o.site;
    const siteExists = (await appcmd.getSiteState(site)) !== undefined;
    const appPoolNow = siteExists
        ? await appcmd.readProperty('app', (0, appcmd_js_1.appIdentifier)(site, o.application), 'applicationPool')
        : undefined;
    const livePath = appPoolNow !== undefined
        ? await appcmd.readProperty('vdir', (0, appcmd_js_1.rootVdirIdentifier)(site, o.application), 'physicalPath')
        : undefined;
    const appPool = o.appPool ?? appPoolNow ?? (o.create ? (0, shared_js_1.defaultPoolName)(site, o.application) : undefined);
    const poolState = appPool !== undefined ? await appcmd.getAppPoolState(appPool) : undefined;
    const poolExists = poolState !== undefined;
    const needsExisting = ['sync', 'offline', 'online', 'provision'].some((s) => o.steps.includes(s));
    if (!o.create && needsExisting) {
        if (!siteExists) {
            throw new errors_js_1.InputError('site', `Site '${site}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path') to let the deploy create it.`);
        }
        if (appPoolNow === undefined) {
            throw new errors_js_1.InputError('application', `Application '${(0, appcmd_js_1.appIdentifier)(site, o.application)}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path').`);
        }
    }
    const live = livePath ? (0, releases_js_1.expandPhysicalPath)(livePath, ctx.ports.env) : undefined;
    const physicalPath = o.strategy === 'releases' ? (live ?? o.physicalPath) : (o.physicalPath ?? live);
    ctx.reporter.info(`Target: site '${site}', application '${o.application}', app pool '${appPool ?? '(none)'}', folder ${physicalPath ?? '(none)'}${siteExists ? '' : ' (to be created)'}.`);
    return {
        kind: 'local-iis',
        site,
        application: o.application,
        appPool,
        physicalPath,
        poolState,
        exists: { pool: poolExists, site: siteExists, application: appPoolNow !== undefined }
    };
}


/***/ }),

/***/ 4260:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// What the cleanup, the rollback and the recovery of a dead run use to put the server back (recovery.ts decides
// what; this does it): start a pool, remove app_offline.htm, restore a backup or switch back, and take the app
// offline around an in-place restore. Never cancelled: putting things back must finish.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRepairs = createRepairs;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const app_offline_js_1 = __nccwpck_require__(3074);
const app_pool_js_1 = __nccwpck_require__(4891);
const shared_js_1 = __nccwpck_require__(3933);
const run_undo_js_1 = __nccwpck_require__(830);
const take_offline_js_1 = __nccwpck_require__(8149);
function createRepairs(runCtx) {
    const ctx = (0, shared_js_1.uncancellable)(runCtx);
    return {
        poolState: async (pool) => (await (0, shared_js_1.resolveAppcmd)(ctx)).getAppPoolState(pool),
        startPool: async (pool) => {
            await (0, app_pool_js_1.startAppPool)({
                appcmd: await (0, shared_js_1.resolveAppcmd)(ctx),
                pool,
                timeoutMs: ctx.options.stopTimeoutMs,
                settleMs: 0
            });
        },
        removeAppOffline: async (file) => {
            await (0, app_offline_js_1.removeAppOffline)({
                physicalPath: node_path_1.default.dirname(file),
                reporter: ctx.reporter,
                clock: ctx.ports.clock
            });
        },
        runUndo: (action) => (0, run_undo_js_1.runUndo)(ctx, action),
        takeOfflineForRestore: async (ledger, step) => {
            const { site, application, appPool, physicalPath } = ledger.record.target;
            const appcmd = await (0, shared_js_1.resolveAppcmd)(ctx);
            const poolState = appPool ? await appcmd.getAppPoolState(appPool) : undefined;
            ctx.reporter.info(`Taking the app offline to put the previous files back (${step}).`);
            await (0, take_offline_js_1.takeOffline)({ ...ctx, ledger }, {
                kind: 'local-iis',
                site,
                application,
                appPool,
                physicalPath,
                poolState,
                exists: { pool: poolState !== undefined, site: true, application: true }
            }, 'both');
        }
    };
}


/***/ }),

/***/ 830:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Brings the previous version back as an UndoAction (plain data a sync registered) says: restore the in-place
// backup from its folder, or switch the application back to the previous release. Never cancelled: it must finish.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runUndo = runUndo;
const appcmd_js_1 = __nccwpck_require__(8862);
const backup_js_1 = __nccwpck_require__(2325);
const shared_js_1 = __nccwpck_require__(3933);
/** Returns what it did, for the log and the server state (`switched back to <path>`). */
async function runUndo(ctx, action) {
    switch (action.kind) {
        case 'restore-backup': {
            const restored = (0, backup_js_1.restoreBackup)(action.backupDir);
            return `restored ${restored.restored} file(s) and removed ${restored.removed} new file(s) from the backup ${action.backupDir}`;
        }
        case 'switch-physical-path': {
            const appcmd = await (0, shared_js_1.resolveAppcmd)((0, shared_js_1.uncancellable)(ctx));
            await appcmd.run((0, appcmd_js_1.buildSetPhysicalPathArgs)(action.site, action.application, action.physicalPath));
            return `switched back to ${action.physicalPath}`;
        }
    }
}


/***/ }),

/***/ 3933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// What several pipeline steps share: the appcmd wrapper for a run, the default pool name, the web.config rejection.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WebConfigRejected = void 0;
exports.appcmdFor = appcmdFor;
exports.resolveAppcmd = resolveAppcmd;
exports.uncancellable = uncancellable;
exports.defaultPoolName = defaultPoolName;
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
/** A web.config that cannot be deployed; carries the problems at their place in the user's files. */
class WebConfigRejected extends errors_js_1.InputError {
    diagnostics;
    name = 'WebConfigRejected';
    constructor(message, diagnostics) {
        super('web-config', message);
        this.diagnostics = diagnostics;
    }
}
exports.WebConfigRejected = WebConfigRejected;
function appcmdFor(ctx, appcmdPath) {
    return new appcmd_js_1.Appcmd({
        runner: ctx.ports.runner,
        path: appcmdPath,
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        signal: ctx.signal
    });
}
/** appcmd for the run, found (and recorded in the plan) through the context. */
async function resolveAppcmd(ctx) {
    return appcmdFor(ctx, await ctx.tool('appcmd'));
}
/** The context with a signal that never fires: for the work that must finish (putting things back). */
function uncancellable(ctx) {
    return { ...ctx, signal: new AbortController().signal };
}
/** Default pool name for a new application: the site name, plus the application path for a sub-application. */
function defaultPoolName(site, application) {
    return application === '/' ? site : `${site}${application.replace(/\//g, '_')}`;
}


/***/ }),

/***/ 1271:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// `target: iis-express`: runs the prepared app under IIS Express on a free port, checks its health, ends it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.smokeTestIisExpress = smokeTestIisExpress;
const process_launcher_js_1 = __nccwpck_require__(450);
const health_check_js_1 = __nccwpck_require__(3008);
const iis_express_js_1 = __nccwpck_require__(5481);
async function smokeTestIisExpress(ctx, app) {
    const o = ctx.options;
    const iisExpressPath = await ctx.tool('iisexpress');
    // The port is free and chosen now, so a health URL counts for its path only (http://x/health → <base>/health).
    const healthPath = o.healthCheckUrl
        ? `${new URL(o.healthCheckUrl).pathname}${new URL(o.healthCheckUrl).search}`
        : '/';
    if (ctx.dryRun) {
        ctx.plan.command('health-check', 'iisexpress', (0, iis_express_js_1.buildIisExpressArgs)({ physicalPath: app.dir, port: 8080 }));
        ctx.plan.action('health-check', `GET http://localhost:<port>${healthPath} until HTTP ${o.healthCheckStatus.join('/')}`);
        return { detail: `would run the app under IIS Express and GET ${healthPath}` };
    }
    let health;
    const result = await (0, iis_express_js_1.runIisExpressSmokeTest)({
        launcher: ctx.ports.launcher ?? new process_launcher_js_1.NodeProcessLauncher(),
        iisExpressPath,
        http: ctx.ports.http,
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        physicalPath: app.dir,
        startTimeoutMs: o.healthCheckTimeoutMs,
        healthCheck: async (baseUrl, signal) => {
            health = await (0, health_check_js_1.checkHealth)({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
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


/***/ }),

/***/ 609:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The sync step in place: backs up what the sync replaces or deletes into the state folder (undo: restore that
// backup), then robocopy mirrors the app into the live folder. Each is recorded in the ledger before it starts.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.backupRootFor = backupRootFor;
exports.syncInPlace = syncInPlace;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const state_dir_js_1 = __nccwpck_require__(1352);
const deploy_lock_js_1 = __nccwpck_require__(3642);
const backup_js_1 = __nccwpck_require__(2325);
const robocopy_js_1 = __nccwpck_require__(5058);
/**
 * The folder the in-place backups of this target go in: `<state-dir>/backups/<site/application>` (or the folder's
 * own name for a folder target), never beside or inside a web root.
 */
function backupRootFor(ctx, folder) {
    const o = ctx.options;
    const scope = o.site !== undefined ? (0, deploy_lock_js_1.lockNameFor)({ site: o.site, application: o.application }) : (0, deploy_lock_js_1.deployLockName)(folder);
    return node_path_1.default.join(ctx.stateDir, state_dir_js_1.STATE_LAYOUT.backups, scope.replace(/\.lock$/, ''));
}
async function syncInPlace(ctx, app, target, plan) {
    const o = ctx.options;
    const folder = target.physicalPath;
    if (folder === undefined)
        throw new errors_js_1.InputError('physical-path', `Input 'physical-path' is needed: IIS reports no folder for the application.`);
    const args = {
        source: app.dir,
        target: folder,
        deleteExtra: o.deleteExtra,
        exclude: o.exclude,
        preserve: o.preserve,
        dryRun: ctx.dryRun
    };
    if (ctx.dryRun)
        ctx.plan.command('sync', 'robocopy', (0, robocopy_js_1.buildRobocopyArgs)(args));
    const backupRoot = backupRootFor(ctx, folder);
    const ledger = ctx.ledger;
    let previousPath;
    if (!ctx.dryRun) {
        node_fs_1.default.mkdirSync(folder, { recursive: true });
        const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted;
        if (o.backup && changes > 0) {
            const id = (0, backup_js_1.newBackupId)(new Date(ctx.ports.clock.now()));
            const dir = node_path_1.default.join(backupRoot, id);
            const taking = ledger.begin('backup', 'sync', `back up what the sync replaces into ${dir}`, {
                undo: { kind: 'remove-folder', folder: dir }
            });
            const backup = (() => {
                try {
                    return (0, backup_js_1.createBackup)({ plan, target: folder, backupRoot, id });
                }
                catch (error) {
                    ledger.fail(taking, error.message);
                    throw error;
                }
            })();
            ledger.done(taking);
            previousPath = backup.dir;
            ctx.reporter.info(`Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`);
        }
    }
    const sync = ledger.begin('sync', 'sync', `robocopy into ${folder}`, {
        undo: previousPath ? { kind: 'restore-backup', backupDir: previousPath } : undefined
    });
    const result = await (0, robocopy_js_1.syncWithRobocopy)({
        runner: ctx.ports.runner,
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        tools: ctx.tools,
        signal: ctx.signal
    }, {
        ...args,
        // With `checksum`, the planner's retimed/forceCopy files make robocopy copy exactly what changed.
        plan: 'retimed' in plan ? plan : undefined,
        lockRetryDelayMs: ctx.timing.lockRetryDelayMs
    }).catch((error) => {
        // An input robocopy cannot take is refused before it runs: nothing was copied.
        if (error instanceof errors_js_1.InputError)
            ledger.revert(sync, 'refused before copying: nothing changed');
        else
            ledger.fail(sync, error.message);
        throw error;
    });
    ledger.done(sync);
    if (!ctx.dryRun && previousPath) {
        try {
            (0, backup_js_1.pruneBackups)({ backupRoot, keepAlso: previousPath });
        }
        catch (error) {
            ctx.reporter.warning(`Could not prune old backups: ${error.message}`);
        }
    }
    return { result, releasePath: folder, previousPath };
}


/***/ }),

/***/ 3519:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The sync step with `strategy: releases`: stages the app in a new release folder, switches the application to it
// (undo: switch back to the previous release), and prunes old releases.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.syncRelease = syncRelease;
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
const releases_js_1 = __nccwpck_require__(5217);
const shared_js_1 = __nccwpck_require__(3933);
async function syncRelease(ctx, app, target) {
    const o = ctx.options;
    const site = target.site;
    const layout = (0, releases_js_1.planReleaseLayout)({
        physicalPath: o.physicalPath,
        livePhysicalPath: target.exists.application ? target.physicalPath : undefined,
        releaseId: o.releaseId,
        preserve: o.preserve,
        env: ctx.ports.env
    });
    // Staging writes only the new folder: a half-staged one is removed, a complete one kept (retention prunes it).
    const stage = ctx.ledger.begin('sync', 'sync', `stage release ${layout.releasePath}`, {
        undo: { kind: 'remove-folder', folder: layout.releasePath }
    });
    const staged = await (0, releases_js_1.stageRelease)({ reporter: ctx.reporter }, {
        layout,
        source: app.dir,
        exclude: o.exclude,
        preserve: o.preserve,
        checksum: o.checksum,
        dryRun: ctx.dryRun
    }).catch((error) => {
        ctx.ledger.fail(stage, error.message);
        throw error;
    });
    ctx.ledger.done(stage);
    if (ctx.signal.aborted)
        throw new errors_js_1.CancelledError('Cancelled before switching to the new release.');
    const switchArgs = (0, appcmd_js_1.buildSetPhysicalPathArgs)(site, target.application, layout.releasePath);
    if (ctx.dryRun) {
        ctx.plan.create(`release folder ${layout.releasePath}`);
        ctx.plan.command('sync', 'appcmd', switchArgs);
    }
    else {
        const appcmd = await (0, shared_js_1.resolveAppcmd)(ctx);
        const previous = layout.previousPath;
        const switched = ctx.ledger.begin('switch-release', 'sync', `switch to ${layout.releasePath}`, {
            undo: previous
                ? { kind: 'switch-physical-path', site, application: target.application, physicalPath: previous }
                : undefined,
            before: { physicalPath: previous }
        });
        await appcmd.run(switchArgs).catch((error) => {
            ctx.ledger.fail(switched, error.message);
            throw error;
        });
        ctx.ledger.done(switched);
        ctx.reporter.info(`Switched '${site}${target.application === '/' ? '/' : target.application}' to ${layout.releasePath}.`);
        try {
            const pruned = (0, releases_js_1.pruneReleases)({
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


/***/ }),

/***/ 8758:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The sync step with Web Deploy (msdeploy): to a local site or folder, or to a remote server, where Web Deploy's
// AppOffline rule takes the app offline (the offline step cannot reach it).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.syncWebDeploy = syncWebDeploy;
const msdeploy_js_1 = __nccwpck_require__(400);
async function syncWebDeploy(ctx, app, target) {
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
    const where = remote
        ? `${target.site ?? ''}${target.application} through Web Deploy`
        : (target.physicalPath ?? '');
    // No undo: Web Deploy keeps no backup (a remote target has none; the ledger says the files may be partly updated).
    const sync = ctx.ledger.begin('sync', 'sync', `Web Deploy sync into ${where}`);
    let result;
    try {
        result = await (0, msdeploy_js_1.syncWithWebDeploy)(ports, {
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
        ctx.ledger.fail(sync, error.message);
        // The AppOffline rule leaves App_Offline.htm behind when the sync fails (windows-facts §4.4): remove it.
        if (appOffline && !ctx.dryRun && 'site' in msTarget) {
            await (0, msdeploy_js_1.removeAppOfflineWithWebDeploy)(ports, { target: msTarget, remote }).catch((removeError) => {
                Object.assign(error, {
                    serverState: `Web Deploy failed and App_Offline.htm could not be removed from the remote site (${removeError.message}): the site answers 503 until it is deleted.`
                });
            });
        }
        throw error;
    }
    ctx.ledger.done(sync);
    return { result, releasePath: target.physicalPath };
}


/***/ }),

/***/ 4491:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The sync step: Web Deploy (remote target or `method: msdeploy`), a new release folder (`strategy: releases`),
// or robocopy in place.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.syncApp = syncApp;
const sync_in_place_js_1 = __nccwpck_require__(609);
const sync_release_js_1 = __nccwpck_require__(3519);
const sync_web_deploy_js_1 = __nccwpck_require__(8758);
async function syncApp(ctx, app, target, plan) {
    const o = ctx.options;
    if (target.kind === 'remote' || o.method === 'msdeploy')
        return (0, sync_web_deploy_js_1.syncWebDeploy)(ctx, app, target);
    if (o.strategy === 'releases')
        return (0, sync_release_js_1.syncRelease)(ctx, app, target);
    return (0, sync_in_place_js_1.syncInPlace)(ctx, app, target, plan);
}


/***/ }),

/***/ 8149:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The offline step: writes app_offline.htm and waits until the app lets go of its files, and/or stops the pool.
// Returns exactly what it did (OfflineState), so bringOnline undoes that and nothing else. A dry run plans it.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.takeOffline = takeOffline;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const app_offline_js_1 = __nccwpck_require__(3074);
const app_pool_js_1 = __nccwpck_require__(4891);
const appcmd_js_1 = __nccwpck_require__(8862);
const shared_js_1 = __nccwpck_require__(3933);
/** `liveHostingModel`: how the live app is hosted (planChanges); in-process apps hold their files until the worker exits. */
async function takeOffline(ctx, target, mode, liveHostingModel) {
    const o = ctx.options;
    const physicalPath = target.physicalPath;
    const pool = target.appPool;
    const state = {
        appOffline: false,
        poolStopped: false,
        poolWasRunning: true,
        since: ctx.ports.clock.now()
    };
    const wantsFile = mode !== 'stop-pool' && physicalPath !== undefined && (ctx.dryRun || node_fs_1.default.existsSync(physicalPath));
    const wantsStop = mode !== 'app-offline' && pool !== undefined && target.exists.pool;
    if (ctx.dryRun) {
        if (wantsFile)
            ctx.plan.action('offline', `write ${node_path_1.default.join(physicalPath, app_offline_js_1.APP_OFFLINE_FILE)}`);
        if (wantsStop)
            ctx.plan.command('offline', 'appcmd', (0, appcmd_js_1.buildAppPoolVerbArgs)('stop', pool));
        if (wantsStop && o.killWorkers)
            ctx.plan.action('offline', `after ${Math.round(o.stopTimeoutMs / 1000)} s: taskkill /PID <pid> /F for each worker of '${pool}' still running`);
        return { ...state, appOffline: wantsFile, poolStopped: wantsStop };
    }
    const appcmd = await (0, shared_js_1.resolveAppcmd)(ctx);
    // `kill-workers`: found before anything changes, so a missing taskkill.exe fails the step up front.
    const taskkill = wantsStop && o.killWorkers ? { runner: ctx.ports.runner, path: await ctx.tool('taskkill') } : undefined;
    const ledger = ctx.ledger;
    let page;
    if (wantsFile) {
        const content = o.appOfflineFile ? node_fs_1.default.readFileSync(o.appOfflineFile, 'utf8') : undefined;
        const folder = physicalPath;
        const file = node_path_1.default.join(folder, app_offline_js_1.APP_OFFLINE_FILE);
        page = ledger.begin('write-app-offline', 'offline', `write ${file}`, {
            undo: { kind: 'remove-app-offline', file },
            before: { fileExisted: (0, app_offline_js_1.findAppOfflineFiles)(folder).length > 0 }
        });
        const written = page;
        await (0, app_offline_js_1.takeAppOffline)({
            physicalPath: folder,
            content,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            // In-process (windows-facts §6): ANCM recycles the worker; its files are free once it has exited.
            probe: liveHostingModel === 'inprocess' && pool !== undefined
                ? (0, app_offline_js_1.allOf)((0, app_offline_js_1.workersExitedProbe)(appcmd, pool), (0, app_offline_js_1.filesWritableProbe)(() => (0, app_offline_js_1.appBinaries)(folder)))
                : (0, app_offline_js_1.filesWritableProbe)(() => (0, app_offline_js_1.appBinaries)(folder)),
            timeoutMs: o.stopTimeoutMs,
            // With both, stopping the pool frees the files anyway.
            onTimeout: mode === 'both' ? 'continue' : 'fail',
            signal: ctx.signal
        }).catch((error) => {
            // takeAppOffline removes its page again when it fails.
            if ((0, app_offline_js_1.findAppOfflineFiles)(folder).length === 0)
                ledger.revert(written, 'removed again: the offline step failed');
            else
                ledger.fail(written, error.message);
            throw error;
        });
        ledger.done(written);
        state.appOffline = true;
    }
    if (wantsStop) {
        const stop = ledger.begin('stop-pool', 'offline', `stop app pool '${pool}'`, {
            undo: { kind: 'start-pool', pool: pool },
            before: { poolState: target.poolState }
        });
        try {
            const stopped = await (0, app_pool_js_1.stopAppPool)({
                appcmd,
                pool: pool,
                timeoutMs: o.stopTimeoutMs,
                killWorkersOnTimeout: o.killWorkers,
                taskkill
            });
            state.poolWasRunning = stopped.wasRunning;
            state.poolStopped = true;
            ledger.done(stop);
        }
        catch (error) {
            // Leave nothing half-done (the pipeline only knows about what this returns): ask the pool to start again,
            // then remove app_offline.htm. Neither may be cancelled.
            const cleanup = await (0, shared_js_1.resolveAppcmd)((0, shared_js_1.uncancellable)(ctx));
            const restarted = await (0, app_pool_js_1.startAppPool)({
                appcmd: cleanup,
                pool: pool,
                timeoutMs: 10_000,
                settleMs: 0
            }).then(() => true, (startError) => {
                ctx.reporter.warning(`App pool '${pool}' could not be started again: ${startError.message}`);
                return false;
            });
            if (restarted)
                ledger.revert(stop, 'started again: the offline step failed');
            else
                ledger.fail(stop, error.message);
            if (!restarted) {
                const now = await cleanup.getAppPoolState(pool).catch(() => undefined);
                Object.assign(error, {
                    serverState: `App pool '${pool}' is ${now ?? 'not running'} and could not be started again: the site answers 503 until it is. Once it has stopped, start it: appcmd start apppool /apppool.name:"${pool}". The app files were not touched.`
                });
            }
            if (state.appOffline && physicalPath && page) {
                const removed = page;
                await (0, app_offline_js_1.removeAppOffline)({ physicalPath, reporter: ctx.reporter, clock: ctx.ports.clock }).then(() => ledger.revert(removed, 'removed again: the offline step failed'), () => undefined);
            }
            throw error;
        }
    }
    return state;
}


/***/ }),

/***/ 6174:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// The job summary (GITHUB_STEP_SUMMARY, the ADO summary attachment, the CLI's closing report): the steps table
// with result and duration, the file changes, the offline window, the health result, the rollback, the warnings.
// And the web.config diagnostics as annotations on the file and line.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cell = cell;
exports.formatDuration = formatDuration;
exports.formatBytes = formatBytes;
exports.renderSummary = renderSummary;
exports.annotateDiagnostics = annotateDiagnostics;
exports.recoveryLines = recoveryLines;
exports.renderTextSummary = renderTextSummary;
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
    if (result.recovery)
        lines.push(...recoveryLines(result.recovery).map((line) => cell(line)), '');
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
/** What the run repaired first, in words: `Recovered from an interrupted deploy started at …`. */
function recoveryLines(recovery) {
    const what = recovery.actions.length > 0 ? recovery.actions.join('; ') : 'nothing was left to put back';
    const lines = [
        `♻️ Recovered from an interrupted deploy started at ${recovery.startedAt} (${recovery.by}): ${what}.`
    ];
    for (const problem of recovery.problems)
        lines.push(`⚠️ ${problem}`);
    return lines;
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
    if (result.recovery)
        lines.push(...recoveryLines(result.recovery).map((line) => `  ${line}`));
    lines.push(result.serverState);
    return lines.join('\n');
}


/***/ }),

/***/ 1839:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// Shapes the pipeline passes around and returns: the resolved target, what each step did, the plan, the outputs.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OUTPUT_NAMES = void 0;
exports.previousPathOf = previousPathOf;
/** The previous version an undo brings back: the backup folder, or the previous release folder. */
function previousPathOf(action) {
    return action.kind === 'restore-backup' ? action.backupDir : action.physicalPath;
}
exports.OUTPUT_NAMES = [
    'release-path',
    'previous-path',
    'files-added',
    'files-updated',
    'files-deleted',
    'bytes-copied',
    'offline-ms',
    'health-status',
    'rolled-back',
    'hosting-bundle-version',
    'reboot-required',
    'recovered',
    'plan'
];


/***/ }),

/***/ 2993:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// `source: app.zip`: extracts a zip of the publish output (stored or deflated entries, as `dotnet publish` and
// every zip tool write them). Entry times are kept, so the planner sees unchanged files as unchanged; names that
// would leave the folder (zip slip), encrypted entries and ZIP64 archives are refused with a clear error.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readZipEntries = readZipEntries;
exports.extractZip = extractZip;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const node_zlib_1 = __importDefault(__nccwpck_require__(8522));
const errors_js_1 = __nccwpck_require__(4296);
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function fail(file, message) {
    throw new errors_js_1.InputError('source', `Input 'source': ${file} ${message}`);
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
    const buffer = await node_fs_1.default.promises.readFile(zipFile);
    const entries = readZipEntries(buffer, zipFile);
    node_fs_1.default.mkdirSync(destination, { recursive: true });
    let files = 0;
    for (const entry of entries) {
        const relative = safeRelative(entry.name, zipFile);
        if (relative === '')
            continue;
        const target = node_path_1.default.join(destination, ...relative.split('/'));
        if (entry.directory) {
            node_fs_1.default.mkdirSync(target, { recursive: true });
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
            content = node_zlib_1.default.inflateRawSync(data);
        else
            fail(zipFile, `uses compression method ${entry.method} for '${entry.name}'; only stored and deflated entries are supported.`);
        if (content.length !== entry.size || node_zlib_1.default.crc32(content) !== entry.crc)
            fail(zipFile, `is damaged: '${entry.name}' does not match its checksum.`);
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(target), { recursive: true });
        node_fs_1.default.writeFileSync(target, content);
        node_fs_1.default.utimesSync(target, entry.modified, entry.modified);
        files++;
    }
    if (files === 0)
        fail(zipFile, 'holds no files.');
    return files;
}


/***/ }),

/***/ 9842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.systemClock = void 0;
const errors_js_1 = __nccwpck_require__(4296);
/** The real clock. Tests pass their own. */
exports.systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(new errors_js_1.CancelledError());
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(new errors_js_1.CancelledError());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};


/***/ }),

/***/ 8908:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// HttpClient on node:http/https. Not fetch: a health check needs its own Host header and per-request TLS trust.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeHttpClient = void 0;
const node_http_1 = __importDefault(__nccwpck_require__(7067));
const node_https_1 = __importDefault(__nccwpck_require__(4708));
const errors_js_1 = __nccwpck_require__(4296);
const MAX_BODY_BYTES = 16 * 1024 * 1024;
class NodeHttpClient {
    get(url, options = {}) {
        const target = new URL(url);
        const isHttps = target.protocol === 'https:';
        if (!isHttps && target.protocol !== 'http:') {
            return Promise.reject(new Error(`Unsupported URL scheme '${target.protocol}' in '${url}': use http or https.`));
        }
        const lib = isHttps ? node_https_1.default : node_http_1.default;
        return new Promise((resolve, reject) => {
            const request = lib.request(target, {
                method: 'GET',
                headers: { 'user-agent': 'iis-deploy', ...options.headers },
                rejectUnauthorized: isHttps ? !options.allowUntrusted : undefined,
                signal: options.signal
            }, (response) => {
                const chunks = [];
                let size = 0;
                response.on('data', (chunk) => {
                    size += chunk.length;
                    if (size <= MAX_BODY_BYTES)
                        chunks.push(chunk);
                });
                response.on('end', () => {
                    const headers = {};
                    for (const [name, value] of Object.entries(response.headers)) {
                        if (value !== undefined)
                            headers[name] = Array.isArray(value) ? value.join(', ') : value;
                    }
                    resolve({
                        status: response.statusCode ?? 0,
                        headers,
                        body: Buffer.concat(chunks).toString('utf8')
                    });
                });
                response.on('error', reject);
            });
            if (options.timeoutMs) {
                request.setTimeout(options.timeoutMs, () => request.destroy(new errors_js_1.TimeoutError(`GET ${url} did not answer within ${options.timeoutMs} ms.`)));
            }
            request.on('error', (error) => {
                reject(error.name === 'AbortError' ? new errors_js_1.CancelledError(`GET ${url} was cancelled.`) : error);
            });
            request.end();
        });
    }
}
exports.NodeHttpClient = NodeHttpClient;


/***/ }),

/***/ 2639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The ports every adapter hands the pipeline on a real machine. Only the reporter and the tool cache differ per
// adapter (GitHub annotations, task-lib logging commands, the console; @actions/tool-cache or the agent's folders).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createNodePorts = createNodePorts;
const clock_js_1 = __nccwpck_require__(9842);
const http_client_js_1 = __nccwpck_require__(8908);
const process_launcher_js_1 = __nccwpck_require__(450);
const process_runner_js_1 = __nccwpck_require__(8816);
function createNodePorts(options) {
    return {
        runner: new process_runner_js_1.ProcessRunner({ reporter: options.reporter }),
        reporter: options.reporter,
        http: new http_client_js_1.NodeHttpClient(),
        toolCache: options.toolCache,
        clock: clock_js_1.systemClock,
        env: options.env,
        platform: process.platform,
        launcher: new process_launcher_js_1.NodeProcessLauncher(),
        ...options.overrides,
        signal: options.signal
    };
}


/***/ }),

/***/ 450:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The ProcessLauncher port on node's spawn (never a shell), for processes that keep running: IIS Express during a
// smoke test. Ends the whole tree: on POSIX the child leads its own process group (signalled as a group); on
// Windows `taskkill /T /F` ends the child and its descendants. Whatever is still running when we exit is ended,
// so no orphan survives a crash of the run, except processes launched with keepAlive.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeProcessLauncher = void 0;
const node_child_process_1 = __nccwpck_require__(1421);
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const MAX_OUTPUT = 256 * 1024;
const running = new Set();
let exitHookInstalled = false;
function taskkillPath() {
    const windir = process.env['SystemRoot'] ?? process.env['windir'] ?? 'C:\\Windows';
    return node_path_1.default.win32.join(windir, 'System32', 'taskkill.exe');
}
/** Synchronous, for the exit hook: kills the child's tree right away. */
function killTreeNow(child) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        if (process.platform === 'win32')
            (0, node_child_process_1.spawnSync)(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], {
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
            node_fs_1.default.mkdirSync(node_path_1.default.dirname(keepAlive.logFile), { recursive: true });
            logFd = node_fs_1.default.openSync(keepAlive.logFile, 'a');
        }
        const child = (0, node_child_process_1.spawn)(tool, [...args], {
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
            node_fs_1.default.closeSync(logFd);
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
            output: () => keepAlive && node_fs_1.default.existsSync(keepAlive.logFile) ? node_fs_1.default.readFileSync(keepAlive.logFile, 'utf8') : output,
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
                        const killer = (0, node_child_process_1.spawn)(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], {
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
exports.NodeProcessLauncher = NodeProcessLauncher;


/***/ }),

/***/ 8816:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The CommandRunner used by every adapter: node's spawn, never a shell. On Windows, `verbatimArguments` hands the
// arguments to CreateProcess untouched (msdeploy parses its own command line, so its builder quotes for it).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProcessRunner = void 0;
const node_child_process_1 = __nccwpck_require__(1421);
const errors_js_1 = __nccwpck_require__(4296);
const command_line_js_1 = __nccwpck_require__(4925);
class ProcessRunner {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    run(tool, args, options = {}) {
        const reporter = this.options.reporter;
        if (!options.silent)
            reporter?.info(`[command]${(0, command_line_js_1.formatCommandLine)(tool, args, options.verbatimArguments)}`);
        return new Promise((resolve, reject) => {
            if (options.signal?.aborted) {
                reject(new errors_js_1.CancelledError(`Cancelled before starting ${tool}.`));
                return;
            }
            const child = (0, node_child_process_1.spawn)(tool, [...args], {
                cwd: options.cwd,
                env: options.env ? { ...process.env, ...options.env } : process.env,
                shell: false,
                windowsHide: true,
                windowsVerbatimArguments: options.verbatimArguments ?? false,
                // Verbatim means libuv leaves argv[0] unquoted too, and msdeploy parses its whole command line: a path with
                // spaces would split into `Files\IIS\...` arguments (windows-facts §4.5). Quote it, as @actions/exec does.
                ...(options.verbatimArguments && process.platform === 'win32'
                    ? { argv0: (0, command_line_js_1.quoteWindowsArgument)(tool) }
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
                    ? new errors_js_1.ToolNotFoundError(tool, `Could not start '${tool}': the file was not found.`)
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
                        reject(new errors_js_1.CancelledError(`'${tool}' was cancelled.`));
                    else if (timedOut)
                        reject(new errors_js_1.TimeoutError(`'${tool}' did not finish within ${options.timeoutMs} ms and was killed.`));
                    else
                        resolve(result);
                });
            });
        });
    }
}
exports.ProcessRunner = ProcessRunner;


/***/ }),

/***/ 3008:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Health check: GET a URL until it answers with an expected status (and text), backing off, or until the timeout.
// Also the availability probe that measures the offline window (the time the app answered 503 or nothing).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HealthCheckError = void 0;
exports.excerptOf = excerptOf;
exports.healthHint = healthHint;
exports.describeHealthFailure = describeHealthFailure;
exports.judgeResponse = judgeResponse;
exports.checkHealth = checkHealth;
exports.startAvailabilityProbe = startAvailabilityProbe;
const errors_js_1 = __nccwpck_require__(4296);
/** The health check did not pass within its timeout; carries the last answer. */
class HealthCheckError extends Error {
    result;
    name = 'HealthCheckError';
    constructor(result) {
        super(describeHealthFailure(result));
        this.result = result;
    }
}
exports.HealthCheckError = HealthCheckError;
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
            throw new errors_js_1.CancelledError('The health check was cancelled.');
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
            if (error instanceof errors_js_1.CancelledError || options.signal?.aborted)
                throw new errors_js_1.CancelledError('The health check was cancelled.');
            last = {
                ...last,
                status: undefined,
                bodyExcerpt: '',
                reason: reporter.mask((0, errors_js_1.errorMessage)(error)),
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


/***/ }),

/***/ 3314:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// What the server already has, found before anything is downloaded (windows-facts §1.4, §1.5):
// - IIS: `HKLM\SOFTWARE\Microsoft\InetStp` (version) and its `Components` CoreWebEngine=1 + W3SVC=1, the very
//   condition under which the bundle installs ANCM;
// - ANCM V2: `HKLM\SOFTWARE\Microsoft\IIS Extensions\IIS AspNetCore Module V2` Install=1 / Version, and the shim
//   `%ProgramFiles%\IIS\Asp.Net Core Module\V2\aspnetcorev2.dll`;
// - the ASP.NET Core shared framework: the InstalledVersions key (32-bit view), the per-version Shared Framework
//   keys (not written by every version, so never the only signal), and `dotnet --list-runtimes`.
// Every source that sees a version counts: a false "missing" costs a reinstall and an IIS restart of every site.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SHARED_FRAMEWORK_KEY = exports.ANCM_V2_KEY = exports.INETSTP_KEY = void 0;
exports.installedVersionsKey = installedVersionsKey;
exports.parseIisRegistry = parseIisRegistry;
exports.parseAncmRegistry = parseAncmRegistry;
exports.parseInstalledVersions = parseInstalledVersions;
exports.parseSharedFrameworkRegistry = parseSharedFrameworkRegistry;
exports.parseListRuntimes = parseListRuntimes;
exports.findSatisfying = findSatisfying;
exports.describeNeed = describeNeed;
exports.describeDetection = describeDetection;
exports.dotnetArchitecture = dotnetArchitecture;
exports.ancmDllPath = ancmDllPath;
exports.detectHostingBundle = detectHostingBundle;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const reg_query_js_1 = __nccwpck_require__(9534);
const runtime_config_js_1 = __nccwpck_require__(9316);
const version_js_1 = __nccwpck_require__(7369);
exports.INETSTP_KEY = 'HKLM\\SOFTWARE\\Microsoft\\InetStp';
exports.ANCM_V2_KEY = 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2';
exports.SHARED_FRAMEWORK_KEY = 'HKLM\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework';
/** One REG_DWORD per installed version, in the 32-bit registry view (§1.5). */
function installedVersionsKey(arch, framework = runtime_config_js_1.ASPNETCORE_FRAMEWORK) {
    return `HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\${arch}\\sharedfx\\${framework}`;
}
/** `reg query <InetStp> /s` → IIS presence per the bundle's ANCM condition (§1.4). */
function parseIisRegistry(keys) {
    const root = keys.find((k) => /\\InetStp$/i.test(k.path));
    const components = keys.find((k) => /\\InetStp\\Components$/i.test(k.path));
    const major = (0, reg_query_js_1.regNumber)((0, reg_query_js_1.findValue)(root, 'MajorVersion'));
    const minor = (0, reg_query_js_1.regNumber)((0, reg_query_js_1.findValue)(root, 'MinorVersion'));
    const present = (0, reg_query_js_1.regNumber)((0, reg_query_js_1.findValue)(components, 'CoreWebEngine')) === 1 && (0, reg_query_js_1.regNumber)((0, reg_query_js_1.findValue)(components, 'W3SVC')) === 1;
    return { present, version: major === undefined ? undefined : `${major}.${minor ?? 0}` };
}
/** `reg query <ANCM V2 key>` → Install / Version. */
function parseAncmRegistry(keys) {
    const key = keys.find((k) => /\\IIS AspNetCore Module V2$/i.test(k.path));
    const version = (0, reg_query_js_1.findValue)(key, 'Version')?.data;
    return { installed: (0, reg_query_js_1.regNumber)((0, reg_query_js_1.findValue)(key, 'Install')) === 1, version: version || undefined };
}
/** `reg query <InstalledVersions...\Microsoft.AspNetCore.App>` → versions whose value is 1. */
function parseInstalledVersions(keys) {
    return keys
        .flatMap((k) => k.values)
        .filter((v) => (0, version_js_1.parseDotnetVersion)(v.name) && (0, reg_query_js_1.regNumber)(v) !== 0)
        .map((v) => v.name);
}
/** `reg query <Shared Framework> /s` → versions from the `v8.0\8.0.11` keys (their `Version` value as fallback). */
function parseSharedFrameworkRegistry(keys) {
    const versions = [];
    for (const key of keys) {
        if (!/\\Shared Framework\\v\d+\.\d+\\[^\\]+$/i.test(key.path))
            continue;
        const leaf = (0, reg_query_js_1.keyLeaf)(key);
        const value = (0, reg_query_js_1.findValue)(key, 'Version')?.data ?? '';
        if ((0, version_js_1.parseDotnetVersion)(leaf))
            versions.push(leaf);
        else if ((0, version_js_1.parseDotnetVersion)(value))
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
        if (need.kind === 'exact' || (0, version_js_1.isPrerelease)(need.minimum)) {
            return version === (need.kind === 'exact' ? need.version : need.minimum);
        }
        return (0, version_js_1.channelOf)(version) === need.channel && (0, version_js_1.compareVersions)(version, need.minimum) >= 0;
    });
    return matching.sort(version_js_1.compareVersions).pop();
}
function describeNeed(need) {
    return need.kind === 'exact' || (0, version_js_1.isPrerelease)(need.minimum)
        ? `${runtime_config_js_1.ASPNETCORE_FRAMEWORK} ${need.kind === 'exact' ? need.version : need.minimum}`
        : `${runtime_config_js_1.ASPNETCORE_FRAMEWORK} ${need.minimum} or a later ${need.channel} patch`;
}
/** One line for the log: what was found where. */
function describeDetection(found) {
    const iis = found.iis.present
        ? `IIS ${found.iis.version ?? ''}`.trim()
        : `IIS not installed (no CoreWebEngine + W3SVC under ${exports.INETSTP_KEY}\\Components)`;
    const ancmSources = [found.ancm.registry ? 'registry' : '', found.ancm.dll ? found.ancm.dll : '']
        .filter(Boolean)
        .join(', ');
    const ancm = found.ancm.present
        ? `ASP.NET Core Module V2 ${found.ancm.version ?? ''} (${ancmSources})`.replace(/ {2,}/g, ' ')
        : 'no ASP.NET Core Module V2';
    const frameworks = found.aspNetCore.length
        ? `${runtime_config_js_1.ASPNETCORE_FRAMEWORK} ${found.aspNetCore.map((f) => `${f.version} (${f.sources.join(', ')})`).join(', ')}`
        : `no ${runtime_config_js_1.ASPNETCORE_FRAMEWORK}`;
    return `Found: ${iis}; ${ancm}; ${frameworks}.`;
}
function envValue(env, name) {
    const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : env[key];
}
/** The native architecture the IIS worker runs as (PROCESSOR_ARCHITEW6432 when node itself is 32-bit). */
function dotnetArchitecture(env) {
    const arch = (envValue(env, 'PROCESSOR_ARCHITEW6432') ??
        envValue(env, 'PROCESSOR_ARCHITECTURE') ??
        '').toUpperCase();
    if (arch === 'ARM64')
        return 'arm64';
    if (arch === 'X86')
        return 'x86';
    return 'x64';
}
/** 64-bit Program Files: a 32-bit node on 64-bit Windows sees `ProgramFiles` as `Program Files (x86)`. */
function programFiles(env) {
    return envValue(env, 'ProgramW6432') ?? envValue(env, 'ProgramFiles');
}
async function regQuery(context, reg, args) {
    // A 32-bit node on 64-bit Windows starts the 32-bit reg.exe, which reads the 32-bit view: ask for the 64-bit one
    // (keys under WOW6432Node are named explicitly, so they read the same either way).
    const view = envValue(context.env, 'PROCESSOR_ARCHITEW6432') ? ['/reg:64'] : [];
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
    return (0, reg_query_js_1.parseRegQuery)(result.stdout);
}
/** The dotnet IIS uses is the machine-wide one; fall back to discovery (PATH) elsewhere. */
async function findDotnet(context) {
    if (context.platform === 'win32') {
        const machineWide = node_path_1.default.win32.join(programFiles(context.env) ?? 'C:\\Program Files', 'dotnet', 'dotnet.exe');
        if (node_fs_1.default.existsSync(machineWide))
            return machineWide;
    }
    try {
        return await context.tools.resolve('dotnet');
    }
    catch (error) {
        if (error instanceof errors_js_1.ToolNotFoundError)
            return undefined;
        throw error;
    }
}
/** The ANCM shim DLL path (§1.5), or undefined when ProgramFiles is unknown off Windows. */
function ancmDllPath(env, platform) {
    const root = programFiles(env) ?? (platform === 'win32' ? 'C:\\Program Files' : undefined);
    if (!root)
        return undefined;
    const p = platform === 'win32' ? node_path_1.default.win32 : node_path_1.default.posix;
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
        regQuery(context, reg, [exports.INETSTP_KEY, '/s']),
        regQuery(context, reg, [exports.ANCM_V2_KEY]),
        regQuery(context, reg, [installedVersionsKey(arch)]),
        regQuery(context, reg, [exports.SHARED_FRAMEWORK_KEY, '/s']),
        dotnetFound.then((dotnet) => listRuntimes(context, dotnet))
    ]);
    const dotnet = await dotnetFound;
    const iis = parseIisRegistry(inetStp);
    const ancmRegistry = parseAncmRegistry(ancmKeys);
    const dllPath = ancmDllPath(context.env, context.platform);
    const dll = dllPath && node_fs_1.default.existsSync(dllPath) ? dllPath : undefined;
    const sources = new Map();
    const see = (version, source) => {
        sources.set(version, (sources.get(version) ?? new Set()).add(source));
    };
    for (const version of parseInstalledVersions(installedVersions))
        see(version, 'registry');
    for (const version of parseSharedFrameworkRegistry(sharedFramework))
        see(version, 'registry');
    for (const runtime of runtimes) {
        if (runtime.name === runtime_config_js_1.ASPNETCORE_FRAMEWORK)
            see(runtime.version, 'dotnet --list-runtimes');
    }
    const aspNetCore = [...sources.keys()]
        .sort(version_js_1.compareVersions)
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


/***/ }),

/***/ 104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The hosting-bundle inputs (contract §1), parsed and validated before anything on the server changes:
// `hosting-bundle`, `hosting-bundle-args`, `hosting-bundle-url` + `hosting-bundle-sha512`, `release-metadata-url`,
// `restart-iis`.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INSTALLER_PROPERTY_NAMES = exports.RESTART_IIS_POLICIES = exports.DEFAULT_RELEASE_METADATA_URL = void 0;
exports.parseHostingBundleSpec = parseHostingBundleSpec;
exports.parseHostingBundleArgs = parseHostingBundleArgs;
exports.parseRestartIisPolicy = parseRestartIisPolicy;
exports.redactUrlCredentials = redactUrlCredentials;
exports.versionFromBundleFileName = versionFromBundleFileName;
exports.parseHostingBundleInputs = parseHostingBundleInputs;
const errors_js_1 = __nccwpck_require__(4296);
const version_js_1 = __nccwpck_require__(7369);
/** Microsoft's release metadata index (windows-facts §1.1). */
exports.DEFAULT_RELEASE_METADATA_URL = 'https://builds.dotnet.microsoft.com/dotnet/release-metadata/releases-index.json';
exports.RESTART_IIS_POLICIES = ['auto', 'always', 'never'];
/** The documented bundle properties (windows-facts §1.2); the installer takes them as `NAME=0|1`. */
exports.INSTALLER_PROPERTY_NAMES = [
    'OPT_NO_ANCM',
    'OPT_NO_RUNTIME',
    'OPT_NO_SHAREDFX',
    'OPT_NO_X86',
    'OPT_NO_SHARED_CONFIG_CHECK'
];
const SPEC_FORMS = 'none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11, 10.0.0-preview.7.25380.108)';
function parseHostingBundleSpec(value, input = 'hosting-bundle') {
    const text = value.trim();
    const keyword = text.toLowerCase();
    if (keyword === '' || keyword === 'none')
        return { kind: 'none' };
    if (keyword === 'auto' || keyword === 'latest' || keyword === 'lts')
        return { kind: keyword };
    if (/^\d+\.\d+$/.test(text))
        return { kind: 'channel', channel: text };
    if ((0, version_js_1.parseDotnetVersion)(text))
        return { kind: 'exact', version: text };
    throw new errors_js_1.InputError(input, `Input '${input}' is '${value}': use ${SPEC_FORMS}.`);
}
function splitArgs(value) {
    const parts = typeof value === 'string' ? [value] : value;
    return parts.flatMap((part) => part.split(/\s+/)).filter(Boolean);
}
/**
 * `hosting-bundle-args`: only the documented `OPT_NO_*=0|1` properties. The switches (/quiet, /norestart, /log)
 * belong to the step; anything else could change what the installer does behind our back, so it is refused.
 */
function parseHostingBundleArgs(value, input = 'hosting-bundle-args') {
    const allowed = exports.INSTALLER_PROPERTY_NAMES.map((name) => `${name}=0|1`).join(', ');
    const properties = [];
    const refused = [];
    for (const token of splitArgs(value)) {
        const match = /^([A-Z0-9_]+)=([01])$/.exec(token);
        const name = exports.INSTALLER_PROPERTY_NAMES.find((known) => known === match?.[1]);
        if (!match || !name) {
            refused.push(token);
            continue;
        }
        if (properties.some((p) => p.name === name)) {
            throw new errors_js_1.InputError(input, `Input '${input}' sets ${name} twice: keep one ${name}=0|1.`);
        }
        properties.push({ name, value: match[2] });
    }
    if (refused.length > 0) {
        const switches = refused.some((token) => /^[/-]/.test(token))
            ? ' The switches (/install /quiet /norestart /log) are set by the step.'
            : '';
        throw new errors_js_1.InputError(input, `Input '${input}' has ${refused.map((t) => `'${t}'`).join(', ')}: only the installer properties ${allowed} are allowed.${switches}`);
    }
    return properties;
}
function parseRestartIisPolicy(value, input = 'restart-iis') {
    const text = (value ?? '').trim().toLowerCase() || 'auto';
    const policy = exports.RESTART_IIS_POLICIES.find((p) => p === text);
    if (!policy) {
        throw new errors_js_1.InputError(input, `Input '${input}' is '${value}': use ${exports.RESTART_IIS_POLICIES.join(', ')}.`);
    }
    return policy;
}
function httpUrl(value, input) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_js_1.InputError(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an absolute http(s) URL.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors_js_1.InputError(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an http(s) URL.`);
    }
    return value;
}
/** `https://user:token@host/x` → `https://***@host/x` in any text: a mirror's credentials never reach a message. */
function redactUrlCredentials(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
/** The version a bundle file name carries: `.../dotnet-hosting-8.0.11-win.exe` → `8.0.11`. */
function versionFromBundleFileName(url) {
    let name;
    try {
        name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    }
    catch {
        return undefined;
    }
    const match = /^dotnet-hosting-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+?)?)-win\.exe$/i.exec(name);
    return match?.[1];
}
/** Validates every hosting-bundle input at once: one InputError, or InputErrors listing all problems. */
function parseHostingBundleInputs(raw) {
    const errors = [];
    const attempt = (fn, fallback) => {
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof errors_js_1.InputError)
                errors.push(error);
            else
                throw error;
            return fallback;
        }
    };
    const spec = attempt(() => parseHostingBundleSpec(raw.hostingBundle ?? 'none'), { kind: 'none' });
    const properties = attempt(() => parseHostingBundleArgs(raw.hostingBundleArgs ?? ''), []);
    const restartIis = attempt(() => parseRestartIisPolicy(raw.restartIis), 'auto');
    const metadataUrl = raw.releaseMetadataUrl?.trim()
        ? attempt(() => httpUrl(raw.releaseMetadataUrl.trim(), 'release-metadata-url'), exports.DEFAULT_RELEASE_METADATA_URL)
        : exports.DEFAULT_RELEASE_METADATA_URL;
    let mirror;
    const url = raw.hostingBundleUrl?.trim();
    const sha512 = raw.hostingBundleSha512?.trim();
    if (url && sha512) {
        const checkedUrl = attempt(() => httpUrl(url, 'hosting-bundle-url'), undefined);
        if (!/^[0-9a-fA-F]{128}$/.test(sha512)) {
            errors.push(new errors_js_1.InputError('hosting-bundle-sha512', `Input 'hosting-bundle-sha512' is '${sha512}': use the 128 hex digits of the installer's SHA-512.`));
        }
        else if (checkedUrl) {
            mirror = { url: checkedUrl, sha512: sha512.toLowerCase(), fileVersion: versionFromBundleFileName(url) };
        }
    }
    else if (url || sha512) {
        const missing = url ? 'hosting-bundle-sha512' : 'hosting-bundle-url';
        errors.push(new errors_js_1.InputError(missing, `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: '${missing}' is missing. Set both to install from your own mirror, or neither.`));
    }
    if (mirror && spec.kind !== 'none') {
        const problem = mirrorProblem(spec, mirror);
        if (problem)
            errors.push(new errors_js_1.InputError('hosting-bundle-url', problem));
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new errors_js_1.InputErrors(errors);
    return { spec, properties, mirror, metadataUrl, restartIis };
}
/** A mirror must say which version it serves, and that version must match an exact or channel spec. */
function mirrorProblem(spec, mirror) {
    const fileVersion = mirror.fileVersion;
    if (spec.kind === 'exact') {
        if (fileVersion && fileVersion !== spec.version) {
            return `Input 'hosting-bundle-url' serves ${fileVersion} (its file name says so) but 'hosting-bundle' asks for ${spec.version}: make them agree.`;
        }
        return undefined;
    }
    if (!fileVersion) {
        return `Input 'hosting-bundle-url' (${redactUrlCredentials(mirror.url)}) does not name its version (dotnet-hosting-<version>-win.exe): set 'hosting-bundle' to the exact version the mirror serves.`;
    }
    if (spec.kind === 'channel' && (0, version_js_1.channelOf)(fileVersion) !== spec.channel) {
        return `Input 'hosting-bundle-url' serves ${fileVersion}, which is not in channel ${spec.channel} asked by 'hosting-bundle'.`;
    }
    return undefined;
}


/***/ }),

/***/ 1206:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The hosting-bundle step: decide what the server needs, look at what it has, and only then download (through the
// tool cache, verified by SHA-512 before anything runs), install or repair silently, and restart IIS when something
// changed and `restart-iis` allows it (peers §4 idea 5).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HostingBundleInstallError = exports.HOSTING_BUNDLE_TOOL = void 0;
exports.hostingBundleFileName = hostingBundleFileName;
exports.installerProperties = installerProperties;
exports.installHostingBundle = installHostingBundle;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const tools_js_1 = __nccwpck_require__(3672);
const detect_js_1 = __nccwpck_require__(3314);
const inputs_js_1 = __nccwpck_require__(104);
const installer_js_1 = __nccwpck_require__(9093);
const resolve_js_1 = __nccwpck_require__(273);
const restart_js_1 = __nccwpck_require__(8534);
const runtime_config_js_1 = __nccwpck_require__(9316);
const version_js_1 = __nccwpck_require__(7369);
/** Tool-cache name of the installer (RUNNER_TOOL_CACHE/dotnet-hosting/<version>/<arch>). */
exports.HOSTING_BUNDLE_TOOL = 'dotnet-hosting';
function hostingBundleFileName(version) {
    return `dotnet-hosting-${version}-win.exe`;
}
/** The installer failed; carries the log path (an output) besides tool, exit code and fix. */
class HostingBundleInstallError extends errors_js_1.ToolError {
    logPath;
    name = 'HostingBundleInstallError';
    constructor(exitCode, message, fix, logPath) {
        super('dotnet-hosting', exitCode, message, fix);
        this.logPath = logPath;
    }
}
exports.HostingBundleInstallError = HostingBundleInstallError;
function envValue(env, name) {
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
            options.tools ?? new tools_js_1.ToolResolver({ env: ports.env, platform: ports.platform, runner: ports.runner });
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
                throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle-url' (${(0, inputs_js_1.redactUrlCredentials)(mirror.url)}) does not name its version: set 'hosting-bundle' to the exact version the mirror serves.`);
            }
            if (request.kind === 'minimum' && (0, detect_js_1.findSatisfying)([version], request) === undefined) {
                throw new errors_js_1.InputError('hosting-bundle-url', `Input 'hosting-bundle-url' serves ${version}, but the app needs ${(0, detect_js_1.describeNeed)(request)}.`);
            }
            this.reporter.info(`Hosting Bundle ${version} from the mirror ${(0, inputs_js_1.redactUrlCredentials)(mirror.url)} (release metadata not used).`);
            return { version, url: mirror.url, sha512: mirror.sha512 };
        }
        const resolved = await (0, resolve_js_1.resolveHostingBundle)(request, {
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
                    throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle' is auto, but there is no app folder to read.`);
                }
                const app = (0, runtime_config_js_1.readAppFrameworkNeed)(this.options.appDir, this.options.appName);
                const request = (0, version_js_1.isPrerelease)(app.version)
                    ? { kind: 'exact', version: app.version }
                    : app.kind === 'self-contained'
                        ? { kind: 'channel', channel: app.channel }
                        : { kind: 'minimum', channel: app.channel, minimum: app.version };
                if (app.kind === 'self-contained') {
                    this.reporter.info(`${node_path_1.default.basename(app.file)}: self-contained app (ASP.NET Core ${app.version} inside it): the server needs only the ASP.NET Core Module.`);
                    return { request, app };
                }
                const need = request.kind === 'minimum' ? request : { kind: 'exact', version: app.version };
                this.reporter.info(`${node_path_1.default.basename(app.file)}: the app needs ${(0, detect_js_1.describeNeed)(need)}.`);
                return { need, request, app };
            }
            case 'none':
                throw new Error('unreachable: none is handled before planning');
        }
    }
    detect() {
        return (0, detect_js_1.detectHostingBundle)({
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
        const cachedDir = toolCache.find(exports.HOSTING_BUNDLE_TOOL, target.version);
        if (cachedDir) {
            const cached = node_path_1.default.join(cachedDir, fileName);
            if (node_fs_1.default.existsSync(cached)) {
                const actual = await (0, installer_js_1.sha512OfFile)(cached);
                if (actual === target.sha512) {
                    this.reporter.info(`Using the cached installer ${cached} (SHA-512 verified).`);
                    return cached;
                }
                this.reporter.warning(`The cached installer ${cached} has SHA-512 ${actual}, expected ${target.sha512}: downloading it again.`);
                node_fs_1.default.rmSync(cached, { force: true });
            }
        }
        this.reporter.info(`Downloading ${(0, inputs_js_1.redactUrlCredentials)(target.url)}`);
        let downloaded;
        try {
            downloaded = await toolCache.download(target.url, fileName);
        }
        catch (error) {
            throw new errors_js_1.ToolError('download', undefined, (0, inputs_js_1.redactUrlCredentials)(`Could not download the Hosting Bundle ${target.version} from ${target.url}: ${(0, errors_js_1.errorMessage)(error)}`), this.settings.mirror
                ? "Check 'hosting-bundle-url' and that the runner can reach it."
                : 'Check that the runner can reach builds.dotnet.microsoft.com, or set hosting-bundle-url/hosting-bundle-sha512 to a mirror.');
        }
        try {
            const actual = await (0, installer_js_1.sha512OfFile)(downloaded);
            if (actual !== target.sha512) {
                throw new errors_js_1.ToolError('download', undefined, `The Hosting Bundle ${target.version} from ${(0, inputs_js_1.redactUrlCredentials)(target.url)} failed verification: expected SHA-512 ${target.sha512}, got ${actual}. The file was deleted and nothing ran.`, this.settings.mirror
                    ? "Check 'hosting-bundle-sha512' against the file the mirror serves."
                    : 'Retry; if it happens again the download is being altered on the way (proxy, antivirus).');
            }
            const dir = await toolCache.cacheFile(downloaded, fileName, exports.HOSTING_BUNDLE_TOOL, target.version);
            return node_path_1.default.join(dir, fileName);
        }
        finally {
            node_fs_1.default.rmSync(downloaded, { force: true });
        }
    }
    logPath(version, action) {
        const dir = this.options.logDir ??
            envValue(this.ports.env, 'RUNNER_TEMP') ??
            envValue(this.ports.env, 'AGENT_TEMPDIRECTORY') ??
            node_os_1.default.tmpdir();
        node_fs_1.default.mkdirSync(dir, { recursive: true });
        const stamp = new Date(this.ports.clock.now()).toISOString().replace(/[:.]/g, '-');
        return node_path_1.default.join(dir, `dotnet-hosting-${version}-${action}-${stamp}.log`);
    }
    /** Runs the installer; returns whether a reboot is required, throws HostingBundleInstallError on failure. */
    async runInstaller(installer, action, version, properties, logPath) {
        // On Windows the .exe runs as is; the test fakes are scripts that need the executable bit.
        if (this.ports.platform !== 'win32')
            node_fs_1.default.chmodSync(installer, 0o755);
        const args = (0, installer_js_1.buildHostingBundleArgs)(action, logPath, properties);
        this.reporter.info(`${action === 'install' ? 'Installing' : 'Repairing'} the Hosting Bundle ${version}.`);
        const result = await this.ports.runner.run(installer, args, {
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.installerMs ?? 30 * 60_000
        });
        const logText = node_fs_1.default.existsSync(logPath) ? node_fs_1.default.readFileSync(logPath, 'utf8') : '';
        const log = (0, installer_js_1.parseBurnLog)(logText);
        const code = (0, installer_js_1.installerExitCode)(result.exitCode, log);
        const outcome = (0, installer_js_1.describeInstallerExitCode)(code);
        if (outcome.kind === 'success') {
            this.reporter.info(`The installer finished (exit ${code}). Log: ${logPath}`);
            return log.restart?.toLowerCase() === 'required';
        }
        if (outcome.kind === 'reboot-required') {
            this.reporter.info(`The installer finished (exit ${code}, ${outcome.name}). Log: ${logPath}`);
            return true;
        }
        const tail = (0, installer_js_1.installerLogTail)(logText);
        if (tail.length)
            this.reporter.info(`Last lines of ${logPath}:\n${tail.join('\n')}`);
        const packageLogs = (0, installer_js_1.packageLogsOf)(logPath);
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
        await (0, restart_js_1.restartIis)(this.ports.runner, net, this.reporter, {
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
    const settings = (0, inputs_js_1.parseHostingBundleInputs)({
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
    reporter.info((0, detect_js_1.describeDetection)(detected));
    const ancmOptOut = has(settings.properties, 'OPT_NO_ANCM', '1');
    const installedVersions = detected.aspNetCore.map((f) => f.version);
    const satisfying = plan.need ? (0, detect_js_1.findSatisfying)(installedVersions, plan.need) : undefined;
    const runtimeMet = !plan.need || satisfying !== undefined;
    const ancmMet = !detected.iis.present || ancmOptOut || detected.ancm.present;
    if (!detected.iis.present && !ancmOptOut && (!runtimeMet || !plan.need)) {
        reporter.warning('IIS is not installed, so the Hosting Bundle cannot install the ASP.NET Core Module (it needs IIS first, windows-facts §1.4). Enable IIS (iis-features) before this step; once IIS is there, the next run of this step adds the module.');
    }
    if (runtimeMet && ancmMet) {
        result.version = satisfying;
        reporter.info(`Nothing to install: ${plan.need ? `${(0, detect_js_1.describeNeed)(plan.need)} is there (${satisfying})` : 'the self-contained app needs no shared framework'}${detected.iis.present ? ', and so is the ASP.NET Core Module V2' : ''}.`);
        result.restarted = options.dryRun ? false : await step.restartIfAllowed(false, detected.iis.present);
        return result;
    }
    // The runtime is there but ANCM is not: the bundle ran before IIS existed; the docs say repair it (§1.4).
    let action = runtimeMet && plan.need ? 'repair' : 'install';
    let target;
    if (action === 'repair' && satisfying) {
        reporter.info(`${(0, detect_js_1.describeNeed)(plan.need)} is installed (${satisfying}) but the ASP.NET Core Module V2 is not, although IIS is: the bundle was installed before IIS. Repairing it.`);
        try {
            target = await step.resolve({ kind: 'exact', version: satisfying });
            // A mirror serving another version installs that version (which brings ANCM along) instead.
            if (target.version !== satisfying)
                action = 'install';
        }
        catch (error) {
            if (!(error instanceof errors_js_1.InputError))
                throw error;
            // That build is not in the metadata (installed from elsewhere): install the resolved bundle instead.
            reporter.info(`${satisfying} is not in the release metadata: installing the requested bundle instead.`);
            action = 'install';
        }
    }
    target ??= plan.target ?? (await step.resolve(plan.request));
    const properties = installerProperties(settings.properties, plan.app?.kind === 'self-contained');
    if (options.dryRun) {
        reporter.info(`Dry run: would ${action} the Hosting Bundle ${target.version} from ${(0, inputs_js_1.redactUrlCredentials)(target.url)} (${(0, installer_js_1.buildHostingBundleArgs)(action, '<log>', properties).join(' ')}).`);
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
        if (!(0, detect_js_1.findSatisfying)(listed, wanted)) {
            reporter.warning(`The installer succeeded but ${(0, detect_js_1.describeNeed)(wanted)} is not listed yet (registry, dotnet --list-runtimes): a reboot may be needed. Log: ${logPath}`);
        }
    }
    if (after.iis.present && !ancmOptOut && !after.ancm.present) {
        reporter.warning(`The ASP.NET Core Module V2 is still missing after the installer: check the log ${logPath} and that hosting-bundle-args has no OPT_NO_ANCM=1.`);
    }
    result.restarted = await step.restartIfAllowed(true, after.iis.present);
    return result;
}


/***/ }),

/***/ 9093:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The Hosting Bundle installer (a WiX Burn bundle): its command line (windows-facts §1.2), its log and its exit
// codes (§1.3). Exit codes above 255 do not survive on Linux, so the outcome is read from the Burn log first
// (`i007: Exit code: 0xbc2, restarting: No`), the process exit code being the fallback.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildHostingBundleArgs = buildHostingBundleArgs;
exports.win32CodeOf = win32CodeOf;
exports.parseBurnLog = parseBurnLog;
exports.describeInstallerExitCode = describeInstallerExitCode;
exports.installerExitCode = installerExitCode;
exports.installerLogTail = installerLogTail;
exports.packageLogsOf = packageLogsOf;
exports.sha512OfFile = sha512OfFile;
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
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
    const dir = node_path_1.default.dirname(logPath);
    const stem = node_path_1.default.basename(logPath).replace(/\.log$/i, '');
    try {
        return node_fs_1.default
            .readdirSync(dir)
            .filter((name) => name.startsWith(`${stem}_`))
            .sort()
            .map((name) => node_path_1.default.join(dir, name));
    }
    catch {
        return [];
    }
}
function sha512OfFile(file) {
    return new Promise((resolve, reject) => {
        const hash = (0, node_crypto_1.createHash)('sha512');
        node_fs_1.default.createReadStream(file)
            .on('error', reject)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')));
    });
}


/***/ }),

/***/ 9534:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// Parses `reg query` output (Windows layout, also what Wine prints: windows-on-linux §3):
//
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\InetStp
//       MajorVersion    REG_DWORD    0xa
//       SetupString    REG_SZ    IIS 10.0
//
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\InetStp\Components
//
// Values are indented and separated by four spaces (names may contain single spaces); `(Default)` is the unnamed
// value; `/s` and `/v ... /s` end with `End of search: N match(es) found.`.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRegQuery = parseRegQuery;
exports.regNumber = regNumber;
exports.findValue = findValue;
exports.keyLeaf = keyLeaf;
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


/***/ }),

/***/ 273:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Resolves a hosting-bundle request to one installer: version, URL and SHA-512, through Microsoft's release metadata
// (windows-facts §1.1): releases-index.json → the channel's releases.json → the release's
// `aspnetcore-runtime.files[name == "dotnet-hosting-win.exe"]`. The version is always `aspnetcore-runtime.version`
// (for previews it differs from the runtime build string).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReleaseMetadataError = void 0;
exports.parseReleasesIndex = parseReleasesIndex;
exports.parseChannelReleases = parseChannelReleases;
exports.chooseChannel = chooseChannel;
exports.chooseRelease = chooseRelease;
exports.resolveHostingBundle = resolveHostingBundle;
const errors_js_1 = __nccwpck_require__(4296);
const inputs_js_1 = __nccwpck_require__(104);
const version_js_1 = __nccwpck_require__(7369);
/** The metadata could not be read: HTTP error, network error, broken JSON, unexpected shape. Names the URL. */
class ReleaseMetadataError extends Error {
    url;
    name = 'ReleaseMetadataError';
    constructor(url, message) {
        super(message);
        this.url = url;
    }
}
exports.ReleaseMetadataError = ReleaseMetadataError;
const SUPPORTED_PHASES = ['active', 'maintenance'];
const HOSTING_FILE = 'dotnet-hosting-win.exe';
const METADATA_FIX = "check 'release-metadata-url' (a mirror must serve the same JSON as Microsoft's) and the network";
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function parseJson(body, url) {
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw new ReleaseMetadataError(url, `Release metadata at ${url} is not valid JSON (${error.message}): ${METADATA_FIX}.`);
    }
}
/** releases-index.json → channel entries (`releases.json` made absolute against the index URL). */
function parseReleasesIndex(body, url) {
    const json = parseJson(body, url);
    const list = isObject(json) ? json['releases-index'] : undefined;
    if (!Array.isArray(list)) {
        throw new ReleaseMetadataError(url, `Release metadata at ${url} has no 'releases-index' array: it is not a .NET releases-index.json; ${METADATA_FIX}.`);
    }
    const entries = [];
    for (const item of list) {
        if (!isObject(item))
            continue;
        const channel = text(item['channel-version']);
        if (!channel || !/^\d+\.\d+$/.test(channel))
            continue;
        const releasesJson = text(item['releases.json']);
        entries.push({
            channel,
            supportPhase: text(item['support-phase'])?.toLowerCase(),
            releaseType: text(item['release-type'])?.toLowerCase(),
            eolDate: text(item['eol-date']),
            latestRelease: text(item['latest-release']),
            // A mirror may omit the field: fall back to the documented layout next to the index.
            releasesJson: new URL(releasesJson ?? `${channel}/releases.json`, url).toString()
        });
    }
    return entries;
}
/** A channel's releases.json → the releases that carry a Hosting Bundle, in file order (newest first). */
function parseChannelReleases(body, url) {
    const json = parseJson(body, url);
    const list = isObject(json) ? json['releases'] : undefined;
    if (!Array.isArray(list)) {
        throw new ReleaseMetadataError(url, `Release metadata at ${url} has no 'releases' array: it is not a channel releases.json; ${METADATA_FIX}.`);
    }
    const releases = [];
    for (const item of list) {
        if (!isObject(item))
            continue;
        // Old channels (2.1) have SDK-only releases whose aspnetcore-runtime is null: they carry no bundle.
        const aspnet = item['aspnetcore-runtime'];
        if (!isObject(aspnet))
            continue;
        const version = text(aspnet['version']);
        const files = Array.isArray(aspnet['files']) ? aspnet['files'] : [];
        const file = files.find((f) => isObject(f) && f['name'] === HOSTING_FILE);
        if (!version || !file)
            continue;
        const fileUrl = text(file['url']);
        const hash = text(file['hash']);
        if (!fileUrl || !hash || !/^[0-9a-fA-F]{128}$/.test(hash)) {
            throw new ReleaseMetadataError(url, `Release metadata at ${url}: ${HOSTING_FILE} of ${version} has no url or no SHA-512 hash (128 hex digits); ${METADATA_FIX}.`);
        }
        const ancm = aspnet['version-aspnetcoremodule'];
        releases.push({
            version,
            releaseVersion: text(item['release-version']),
            releaseDate: text(item['release-date']),
            security: typeof item['security'] === 'boolean' ? item['security'] : undefined,
            ancmVersion: Array.isArray(ancm) ? text(ancm[0]) : text(ancm),
            url: new URL(fileUrl, url).toString(),
            sha512: hash.toLowerCase()
        });
    }
    return releases;
}
function describeChannels(entries) {
    return [...entries]
        .sort((a, b) => (0, version_js_1.compareChannels)(b.channel, a.channel))
        .map((e) => `${e.channel}${e.supportPhase ? ` (${e.supportPhase})` : ''}`)
        .join(', ');
}
/** Picks the channel for a request; `latest`/`lts` take the highest supported (active or maintenance) one. */
function chooseChannel(entries, request, url) {
    if (request.kind === 'latest' || request.kind === 'lts') {
        const supported = entries
            .filter((e) => SUPPORTED_PHASES.includes(e.supportPhase ?? ''))
            .filter((e) => request.kind === 'latest' || e.releaseType === 'lts')
            .sort((a, b) => (0, version_js_1.compareChannels)(b.channel, a.channel));
        const chosen = supported[0];
        if (!chosen) {
            throw new ReleaseMetadataError(url, `Release metadata at ${url} lists no ${request.kind === 'lts' ? 'LTS ' : ''}channel in support (active or maintenance); channels: ${describeChannels(entries) || 'none'}. ${METADATA_FIX}.`);
        }
        return chosen;
    }
    const channel = request.kind === 'exact' ? (0, version_js_1.channelOf)(request.version) : request.channel;
    const entry = entries.find((e) => e.channel === channel);
    if (!entry) {
        const asked = request.kind === 'exact' ? request.version : request.kind === 'minimum' ? request.minimum : channel;
        throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle': there is no .NET channel ${channel} (for ${asked}) in ${url}. Known channels: ${describeChannels(entries) || 'none'}.`);
    }
    return entry;
}
function newestStable(releases) {
    return releases
        .filter((r) => !(0, version_js_1.isPrerelease)(r.version))
        .sort((a, b) => (0, version_js_1.compareVersions)(b.version, a.version))[0];
}
/** Picks the release for a request within its channel. Previews only when asked by exact version. */
function chooseRelease(releases, request, channel, url) {
    const stable = newestStable(releases);
    const recent = releases
        .map((r) => r.version)
        .sort((a, b) => (0, version_js_1.compareVersions)(b, a))
        .slice(0, 5)
        .join(', ');
    const exact = request.kind === 'exact' ? request.version : undefined;
    const minimum = request.kind === 'minimum' ? request.minimum : undefined;
    // An app built against a preview names that preview: it is an exact ask.
    const wanted = exact ?? (minimum && (0, version_js_1.isPrerelease)(minimum) ? minimum : undefined);
    if (wanted) {
        const byRelease = releases.filter((r) => r.releaseVersion === wanted);
        const found = releases.find((r) => r.version === wanted) ?? (byRelease.length === 1 ? byRelease[0] : undefined);
        if (!found) {
            throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle': ASP.NET Core ${wanted} is not a release of channel ${channel} in ${url}. Newest releases: ${recent || 'none'}.`);
        }
        return found;
    }
    if (minimum) {
        const candidate = stable && (0, version_js_1.compareVersions)(stable.version, minimum) >= 0 ? stable : undefined;
        if (!candidate) {
            throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle' (auto): the app needs ASP.NET Core ${minimum} or a later ${channel} patch, but the newest release of channel ${channel} in ${url} is ${stable?.version ?? 'none'}.`);
        }
        return candidate;
    }
    if (!stable) {
        const preview = releases[0]?.version;
        throw new errors_js_1.InputError('hosting-bundle', preview
            ? `Input 'hosting-bundle': channel ${channel} has only previews (newest: ${preview}). Previews are installed only when asked by exact version, e.g. hosting-bundle: ${preview}.`
            : `Input 'hosting-bundle': channel ${channel} in ${url} has no release with a Hosting Bundle (${HOSTING_FILE}).`);
    }
    return stable;
}
async function getJsonText(http, url, options) {
    let current = url;
    // Follow a few same-or-safer-scheme redirects (a mirror behind a CDN); the port itself never follows any.
    for (let hop = 0; hop < 4; hop++) {
        let response;
        try {
            response = await http.get(current, {
                headers: { accept: 'application/json' },
                timeoutMs: options.timeoutMs ?? 30_000,
                signal: options.signal
            });
        }
        catch (error) {
            if (error.name === 'CancelledError')
                throw error;
            throw new ReleaseMetadataError(current, `Could not read release metadata from ${current}: ${error.message}. ${METADATA_FIX}.`);
        }
        const location = response.headers['location'];
        if (response.status >= 300 && response.status < 400 && location) {
            const next = new URL(location, current);
            if (new URL(current).protocol === 'https:' && next.protocol !== 'https:') {
                throw new ReleaseMetadataError(current, `${current} redirects to ${next} (https to http): refused.`);
            }
            current = next.toString();
            continue;
        }
        if (response.status !== 200) {
            throw new ReleaseMetadataError(current, `Release metadata at ${current} answered HTTP ${response.status}: ${METADATA_FIX}.`);
        }
        return response.body;
    }
    throw new ReleaseMetadataError(url, `Release metadata at ${url} redirects too often: ${METADATA_FIX}.`);
}
function toRequest(spec) {
    const parsed = (0, inputs_js_1.parseHostingBundleSpec)(spec);
    if (parsed.kind === 'none' || parsed.kind === 'auto') {
        throw new errors_js_1.InputError('hosting-bundle', `'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`);
    }
    return parsed;
}
/** Resolves `request` (or a spec string: latest, lts, 8.0, 8.0.11) to one installer through the metadata. */
async function resolveHostingBundle(request, options) {
    try {
        return await resolveWith(request, options);
    }
    catch (error) {
        // A metadata mirror URL may carry credentials: they never reach a message.
        if (error instanceof Error)
            error.message = (0, inputs_js_1.redactUrlCredentials)(error.message);
        throw error;
    }
}
async function resolveWith(request, options) {
    const wanted = typeof request === 'string' ? toRequest(request) : request;
    const indexUrl = options.metadataUrl ?? inputs_js_1.DEFAULT_RELEASE_METADATA_URL;
    const entries = parseReleasesIndex(await getJsonText(options.http, indexUrl, options), indexUrl);
    const entry = chooseChannel(entries, wanted, indexUrl);
    const releases = parseChannelReleases(await getJsonText(options.http, entry.releasesJson, options), entry.releasesJson);
    const release = chooseRelease(releases, wanted, entry.channel, entry.releasesJson);
    const warnings = [];
    if (entry.supportPhase === 'eol') {
        warnings.push(`.NET ${entry.channel} is out of support${entry.eolDate ? ` since ${entry.eolDate}` : ''}: ASP.NET Core ${release.version} gets no security fixes. Move the app to a supported channel.`);
    }
    const newest = newestStable(releases);
    const newerInChannel = newest && !(0, version_js_1.isPrerelease)(release.version) && (0, version_js_1.compareVersions)(newest.version, release.version) > 0
        ? newest.version
        : undefined;
    return {
        version: release.version,
        url: release.url,
        sha512: release.sha512,
        channel: entry.channel,
        releaseVersion: release.releaseVersion,
        releaseDate: release.releaseDate,
        security: release.security,
        supportPhase: entry.supportPhase,
        releaseType: entry.releaseType,
        eolDate: entry.eolDate,
        ancmVersion: release.ancmVersion,
        newerInChannel,
        warnings
    };
}


/***/ }),

/***/ 8534:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Restarts IIS the way the Hosting Bundle docs say (windows-facts §1.4): `net stop was /y` (WAS and everything that
// depends on it, W3SVC included), then `net start w3svc` (which starts WAS again). Worker processes then see the new
// PATH and module. This restarts every site on the server.
// net.exe texts are localized but the `NET HELPMSG <n>` and `System error <n>` numbers are not: decide from those,
// then from the English success lines, then from the exit code (0 success, 2 failure).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NET_ALREADY_STARTED = exports.NET_NOT_STARTED = void 0;
exports.parseNetOutput = parseNetOutput;
exports.restartIis = restartIis;
const errors_js_1 = __nccwpck_require__(4296);
/** NET HELPMSG 3521: "The ... service is not started." */
exports.NET_NOT_STARTED = 3521;
/** NET HELPMSG 2182: "The requested service has already been started." */
exports.NET_ALREADY_STARTED = 2182;
/** Reads `net stop|start <service>` output. */
function parseNetOutput(result, verb) {
    const text = `${result.stdout}\n${result.stderr}`;
    const helpmsg = Number(/NET HELPMSG (\d+)/i.exec(text)?.[1]) || undefined;
    const systemError = Number(/System error (\d+)/i.exec(text)?.[1]) || undefined;
    if (verb === 'stop' && helpmsg === exports.NET_NOT_STARTED)
        return { ok: true, state: 'was-not-running', helpmsg };
    if (verb === 'start' && helpmsg === exports.NET_ALREADY_STARTED)
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
            throw new errors_js_1.ToolError('net', result.exitCode, `${line} failed (exit ${result.exitCode}): ${output}`, netFix(outcome));
        }
        if (outcome.state === 'was-not-running')
            reporter.info(`${line}: WAS was not running.`);
        if (outcome.state === 'was-running')
            reporter.info(`${line}: W3SVC was already running.`);
    }
}


/***/ }),

/***/ 9316:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// `hosting-bundle: auto` reads what the app itself asks for: the `Microsoft.AspNetCore.App` framework in its
// `<app>.runtimeconfig.json` (`runtimeOptions.framework`, or one of `runtimeOptions.frameworks`). A self-contained
// app lists `includedFrameworks` instead: it carries its runtime, so only the ASP.NET Core Module is needed.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASPNETCORE_FRAMEWORK = void 0;
exports.parseRuntimeConfig = parseRuntimeConfig;
exports.findRuntimeConfig = findRuntimeConfig;
exports.readAppFrameworkNeed = readAppFrameworkNeed;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const version_js_1 = __nccwpck_require__(7369);
exports.ASPNETCORE_FRAMEWORK = 'Microsoft.AspNetCore.App';
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
        throw new errors_js_1.InputError(file, `${file} is not valid JSON (${error.message}).`);
    }
    const options = typeof json === 'object' && json !== null
        ? json['runtimeOptions']
        : undefined;
    if (typeof options !== 'object' || options === null) {
        throw new errors_js_1.InputError(file, `${file} has no 'runtimeOptions': it is not a runtimeconfig.json.`);
    }
    const o = options;
    const included = frameworks(o['includedFrameworks']);
    const referenced = [...frameworks(o['framework']), ...frameworks(o['frameworks'])];
    const selfContained = included.length > 0;
    const all = selfContained ? included : referenced;
    const aspnet = all.find((f) => f.name === exports.ASPNETCORE_FRAMEWORK);
    if (!aspnet) {
        const listed = all.map((f) => `${f.name} ${f.version}`).join(', ') || 'none';
        throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle' is auto, but ${file} does not use ${exports.ASPNETCORE_FRAMEWORK} (frameworks: ${listed}). Set 'hosting-bundle' to a channel (e.g. 8.0) or an exact version.`);
    }
    const channel = (0, version_js_1.channelOf)(aspnet.version);
    if (!channel || !(0, version_js_1.parseDotnetVersion)(aspnet.version)) {
        throw new errors_js_1.InputError(file, `${file}: ${exports.ASPNETCORE_FRAMEWORK} has version '${aspnet.version}', not a version.`);
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
        const file = node_path_1.default.join(appDir, `${appName}.runtimeconfig.json`);
        if (node_fs_1.default.existsSync(file))
            return file;
        throw new errors_js_1.InputError('app-name', `Input 'hosting-bundle' is auto, but ${file} does not exist: check 'app-name' and 'source'.`);
    }
    let names;
    try {
        names = node_fs_1.default.readdirSync(appDir).filter((name) => name.toLowerCase().endsWith('.runtimeconfig.json'));
    }
    catch {
        throw new errors_js_1.InputError('source', `Input 'hosting-bundle' is auto, but the app folder ${appDir} cannot be read.`);
    }
    if (names.length === 1)
        return node_path_1.default.join(appDir, names[0]);
    if (names.length === 0) {
        throw new errors_js_1.InputError('hosting-bundle', `Input 'hosting-bundle' is auto, but ${appDir} has no *.runtimeconfig.json (is it the output of dotnet publish?). Set 'hosting-bundle' to a channel (8.0) or an exact version.`);
    }
    throw new errors_js_1.InputError('app-name', `Input 'hosting-bundle' is auto, but ${appDir} has several runtimeconfig files (${names.sort().join(', ')}): set 'app-name' to say which app this is.`);
}
function readAppFrameworkNeed(appDir, appName) {
    const file = findRuntimeConfig(appDir, appName);
    return parseRuntimeConfig(node_fs_1.default.readFileSync(file, 'utf8'), file);
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// .NET version strings: `8.0.11`, `10.0.0-preview.7.25380.108`, `10.0.0-rc.2.25502.107`. Ordered the semver way
// (a prerelease sorts before its release), which is how the release metadata numbers ASP.NET Core builds.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDotnetVersion = parseDotnetVersion;
exports.isPrerelease = isPrerelease;
exports.channelOf = channelOf;
exports.compareVersions = compareVersions;
exports.compareChannels = compareChannels;
const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseDotnetVersion(text) {
    const match = VERSION.exec(text.trim());
    if (!match)
        return undefined;
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: Number(match[3]),
        prerelease: match[4] ? match[4].split('.') : []
    };
}
function isPrerelease(version) {
    return (parseDotnetVersion(version)?.prerelease.length ?? 0) > 0;
}
/** `8.0.11` → `8.0`; undefined when `version` is not a version. */
function channelOf(version) {
    const parsed = parseDotnetVersion(version);
    return parsed ? `${parsed.major}.${parsed.minor}` : undefined;
}
function compareIdentifiers(a, b) {
    const numericA = /^\d+$/.test(a);
    const numericB = /^\d+$/.test(b);
    if (numericA && numericB)
        return Math.sign(Number(a) - Number(b));
    if (numericA)
        return -1;
    if (numericB)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Negative, zero or positive like a sort comparator. Unparsable strings sort first, among themselves by text. */
function compareVersions(a, b) {
    const x = parseDotnetVersion(a);
    const y = parseDotnetVersion(b);
    if (!x || !y)
        return x ? 1 : y ? -1 : a < b ? -1 : a > b ? 1 : 0;
    const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
    if (core !== 0)
        return Math.sign(core);
    if (x.prerelease.length === 0 || y.prerelease.length === 0) {
        return Math.sign(y.prerelease.length - x.prerelease.length);
    }
    for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
        const left = x.prerelease[i];
        const right = y.prerelease[i];
        if (left === undefined)
            return -1;
        if (right === undefined)
            return 1;
        const order = compareIdentifiers(left, right);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Channel strings (`10.0`, `9.0`, `2.1`) compared numerically: `10.0` > `9.0`. */
function compareChannels(a, b) {
    const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
    const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
    return Math.sign(aMajor - bMajor || aMinor - bMinor);
}


/***/ }),

/***/ 3074:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// app_offline.htm (windows-facts §6; peers §3 items 1 and 2, §4 ideas 1 and 2). Writing the file makes ANCM answer
// 503 with its content and shut the app down; there is no signal that the files are free, so we poll a probe
// (the pool's worker processes that were running have exited, or the app's binaries can be opened for write).
// The file must go away again in every outcome: `takeAppOffline` removes it itself if anything fails before it
// returns, and returns a handle whose `bringOnline()` the pipeline calls in a `finally`.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.APP_OFFLINE_MARKER = exports.APP_OFFLINE_FILE = void 0;
exports.findAppOfflineFiles = findAppOfflineFiles;
exports.builtInAppOfflinePage = builtInAppOfflinePage;
exports.detectLeftoverAppOffline = detectLeftoverAppOffline;
exports.workersExitedProbe = workersExitedProbe;
exports.filesWritableProbe = filesWritableProbe;
exports.appBinaries = appBinaries;
exports.allOf = allOf;
exports.removeAppOffline = removeAppOffline;
exports.takeAppOffline = takeAppOffline;
exports.withAppOffline = withAppOffline;
exports.removeLeftoverAppOffline = removeLeftoverAppOffline;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const app_pool_js_1 = __nccwpck_require__(4891);
exports.APP_OFFLINE_FILE = 'app_offline.htm';
/** Marks the built-in page, so a leftover can be attributed to an earlier iis-deploy run. */
exports.APP_OFFLINE_MARKER = '<!-- written by iis-deploy -->';
/** Every app_offline.htm in the folder, any casing (ANCM's lookup is case-insensitive, §6). */
function findAppOfflineFiles(physicalPath) {
    try {
        return node_fs_1.default
            .readdirSync(physicalPath)
            .filter((name) => name.toLowerCase() === exports.APP_OFFLINE_FILE)
            .map((name) => node_path_1.default.join(physicalPath, name));
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
${exports.APP_OFFLINE_MARKER}
`;
    return page;
}
/** Finds an app_offline.htm left in the folder (by an earlier failed run, or by hand). */
function detectLeftoverAppOffline(physicalPath) {
    for (const file of findAppOfflineFiles(physicalPath)) {
        try {
            const stat = node_fs_1.default.statSync(file);
            const head = node_fs_1.default.readFileSync(file, 'utf8').slice(-200);
            return { path: file, modifiedAt: stat.mtimeMs, writtenByIisDeploy: head.includes(exports.APP_OFFLINE_MARKER) };
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
        fd = node_fs_1.default.openSync(file, 'r+');
        return undefined;
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' ? undefined : `${node_path_1.default.basename(file)} is locked (${code ?? (0, errors_js_1.errorMessage)(error)})`;
    }
    finally {
        if (fd !== undefined)
            node_fs_1.default.closeSync(fd);
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
        return node_fs_1.default
            .readdirSync(physicalPath)
            .filter((name) => /\.(dll|exe)$/i.test(name))
            .map((name) => node_path_1.default.join(physicalPath, name));
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
                node_fs_1.default.rmSync(file, { force: true });
                removed.push(file);
            }
            catch (error) {
                lastError = error;
            }
        }
        if (findAppOfflineFiles(options.physicalPath).length === 0)
            return removed;
        if (attempt + 1 >= attempts) {
            const file = findAppOfflineFiles(options.physicalPath)[0] ?? node_path_1.default.join(options.physicalPath, exports.APP_OFFLINE_FILE);
            throw new errors_js_1.ToolError(exports.APP_OFFLINE_FILE, undefined, `Could not remove ${file}${lastError ? ` (${(0, errors_js_1.errorMessage)(lastError)})` : ''}: the app keeps answering 503.`, `Delete ${file} by hand; check that the deploy account may delete files in ${options.physicalPath}.`);
        }
        await options.clock.sleep((0, app_pool_js_1.pollDelay)(attempt, { initialMs: 100, maxMs: 1000 }));
    }
}
/**
 * Writes app_offline.htm (your page or the built-in one) and waits for the app to let go of its files. A leftover
 * app_offline.htm is reported loudly and taken over (removed by `bringOnline`). If anything fails before this
 * returns (timeout, cancellation), the file is removed again before the error propagates.
 */
async function takeAppOffline(options) {
    const { physicalPath, reporter, clock } = options;
    if (!node_fs_1.default.existsSync(physicalPath))
        throw new errors_js_1.ToolError(exports.APP_OFFLINE_FILE, undefined, `Cannot take the app offline: its folder ${physicalPath} does not exist.`, 'Check `physical-path`, or create the application first (`create: true`).');
    const leftover = detectLeftoverAppOffline(physicalPath);
    if (leftover)
        reportLeftover(leftover, reporter, 'This deploy replaces it and removes it when it ends.');
    await options.probe?.prepare?.();
    // Replace a leftover under another casing: one file, ours.
    for (const file of findAppOfflineFiles(physicalPath))
        node_fs_1.default.rmSync(file, { force: true });
    const file = node_path_1.default.join(physicalPath, exports.APP_OFFLINE_FILE);
    node_fs_1.default.writeFileSync(file, options.content ?? builtInAppOfflinePage());
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
            reporter.error((0, errors_js_1.errorMessage)(removeError));
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
            throw new errors_js_1.CancelledError('Cancelled while waiting for the app to go offline.');
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
            throw new errors_js_1.TimeoutError(`${message}\nFix: ${fix}`);
        }
        if (now - lastReport >= 10_000) {
            reporter.info(`Waiting until ${probe.description} (${Math.round((now - start) / 1000)} s): ${reason}.`);
            lastReport = now;
        }
        await clock.sleep(Math.min((0, app_pool_js_1.pollDelay)(attempt, options.poll), timeoutMs - (now - start)), options.signal);
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
                options.reporter.error((0, errors_js_1.errorMessage)(removeError));
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


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// App pool and site lifecycle (windows-facts §3.4, §3.5; peers §3 item 4, §4 idea 1). Stop means "the pool is
// Stopped and none of its worker processes is left", because file locks last as long as the w3wp does. Start means
// "Started, and still Started after a short settle window", because rapid-fail protection stops a pool whose
// workers crash (OctopusDeploy/Issues#4049: a pool that fails to start, and a green deploy).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AppPoolStartError = exports.AppPoolStopTimeoutError = void 0;
exports.pollDelay = pollDelay;
exports.stopAppPool = stopAppPool;
exports.startAppPool = startAppPool;
exports.restoreAppPool = restoreAppPool;
exports.stopSite = stopSite;
exports.startSite = startSite;
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
/** The delay before poll number `attempt` (0-based): initialMs doubled each time, capped at maxMs. */
function pollDelay(attempt, policy = {}) {
    const initial = policy.initialMs ?? 100;
    const max = policy.maxMs ?? 1000;
    return Math.min(max, initial * 2 ** Math.min(attempt, 30));
}
/** The pool did not stop (or its workers did not exit) in time. Lists the worker PIDs. */
class AppPoolStopTimeoutError extends errors_js_1.TimeoutError {
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
exports.AppPoolStopTimeoutError = AppPoolStopTimeoutError;
/** The pool did not reach Started, or fell back to Stopped right after starting. */
class AppPoolStartError extends errors_js_1.ToolError {
    pool;
    state;
    name = 'AppPoolStartError';
    constructor(pool, state, message, fix) {
        super('appcmd', undefined, message, fix);
        this.pool = pool;
        this.state = state;
    }
}
exports.AppPoolStartError = AppPoolStartError;
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
        throw new errors_js_1.InputError('app-pool', `App pool '${pool}' does not exist on this server (see \`appcmd list apppools\`): check \`app-pool\`, or set \`create: true\`.`);
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
        await appcmd.run((0, appcmd_js_1.buildAppPoolVerbArgs)('stop', pool), { accept: [appcmd_js_1.APPCMD_CODES.notStarted] });
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
        await appcmd.run((0, appcmd_js_1.buildAppPoolVerbArgs)('start', pool), { accept: [appcmd_js_1.APPCMD_CODES.alreadyStarted] });
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
        throw new errors_js_1.InputError('site', `Site '${site}' does not exist on this server (see \`appcmd list sites\`): check \`site\`, or set \`create: true\`.`);
    const result = {
        name: site,
        previousState,
        wasRunning: isRunning(previousState),
        changed: false,
        killedWorkers: []
    };
    if (previousState === target)
        return result;
    await appcmd.run((0, appcmd_js_1.buildSiteVerbArgs)(verb, site), {
        accept: [verb === 'start' ? appcmd_js_1.APPCMD_CODES.alreadyStarted : appcmd_js_1.APPCMD_CODES.notStarted]
    });
    result.changed = true;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const waited = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
        const state = await appcmd.getSiteState(site);
        return { done: state === target, observation: { state, workers: [] } };
    }, (o, ms) => appcmd.reporter.info(`Waiting for site '${site}' to ${verb} (${Math.round(ms / 1000)} s): state ${o.state ?? 'missing'}.`));
    if (!waited.done)
        throw new errors_js_1.ToolError('appcmd', undefined, `Site '${site}' did not ${verb}: it is '${waited.observation.state ?? 'missing'}' after ${Math.round(timeoutMs / 1000)} s.`, 'Check that WAS and W3SVC are running (`net start w3svc`) and that no other site holds the same binding.');
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


/***/ }),

/***/ 8862:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The appcmd.exe layer (windows-facts §3): typed argv builders for the commands iis-deploy emits, parsers for the
// output formats appcmd documents (one-line `OBJECT "id" (k:v,...)`, `/text:<prop>`, `/text:*`, `ERROR ( ... )`),
// a typed error with the Win32 code and a likely fix, and a small runner that retries configuration write
// collisions with jittered backoff (peers §3 item 10).
//
// Every builder returns an argv array: values with spaces, quotes or non-ASCII characters stay one element each and
// are never pasted into a command line by us (the CommandRunner spawns without a shell).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Appcmd = exports.AppcmdError = exports.APPCMD_CODES = exports.AUTHENTICATION_KINDS = exports.POOL_IDENTITIES = void 0;
exports.normalizeApplicationPath = normalizeApplicationPath;
exports.appIdentifier = appIdentifier;
exports.rootVdirIdentifier = rootVdirIdentifier;
exports.configPath = configPath;
exports.buildListArgs = buildListArgs;
exports.buildAppPoolStateArgs = buildAppPoolStateArgs;
exports.buildSiteStateArgs = buildSiteStateArgs;
exports.buildListWorkerProcessesArgs = buildListWorkerProcessesArgs;
exports.buildListAppsOfPoolArgs = buildListAppsOfPoolArgs;
exports.buildAppPoolVerbArgs = buildAppPoolVerbArgs;
exports.buildSiteVerbArgs = buildSiteVerbArgs;
exports.buildAddAppPoolArgs = buildAddAppPoolArgs;
exports.buildSetAppPoolArgs = buildSetAppPoolArgs;
exports.buildDeleteAppPoolArgs = buildDeleteAppPoolArgs;
exports.formatBindingInformation = formatBindingInformation;
exports.formatBinding = formatBinding;
exports.buildAddSiteArgs = buildAddSiteArgs;
exports.buildAddSiteBindingArgs = buildAddSiteBindingArgs;
exports.buildAddAppArgs = buildAddAppArgs;
exports.buildSetAppPoolOfAppArgs = buildSetAppPoolOfAppArgs;
exports.buildSetPhysicalPathArgs = buildSetPhysicalPathArgs;
exports.buildAddPoolEnvironmentVariableArgs = buildAddPoolEnvironmentVariableArgs;
exports.buildRemovePoolEnvironmentVariableArgs = buildRemovePoolEnvironmentVariableArgs;
exports.authenticationSection = authenticationSection;
exports.buildSetAuthenticationArgs = buildSetAuthenticationArgs;
exports.buildGetAuthenticationArgs = buildGetAuthenticationArgs;
exports.parseObjectProperties = parseObjectProperties;
exports.parseObjectLines = parseObjectLines;
exports.parseTextValues = parseTextValues;
exports.parseObjectState = parseObjectState;
exports.parseWorkerProcesses = parseWorkerProcesses;
exports.parseTextTree = parseTextTree;
exports.findSections = findSections;
exports.findAttribute = findAttribute;
exports.collectionEntries = collectionEntries;
exports.parseAppcmdError = parseAppcmdError;
exports.win32CodeOfHresult = win32CodeOfHresult;
exports.decodeAppcmdResult = decodeAppcmdResult;
exports.isConfigWriteCollision = isConfigWriteCollision;
exports.appcmdFix = appcmdFix;
exports.backoffDelay = backoffDelay;
const errors_js_1 = __nccwpck_require__(4296);
const command_line_js_1 = __nccwpck_require__(4925);
exports.POOL_IDENTITIES = [
    'ApplicationPoolIdentity',
    'NetworkService',
    'LocalService',
    'LocalSystem'
];
exports.AUTHENTICATION_KINDS = ['anonymous', 'windows', 'basic'];
// ---------------------------------------------------------------------------------------------------------------
// Identifiers
/** Normalizes an application path: `api`, `/api/`, `\api` → `/api`; empty or `/` → `/`. */
function normalizeApplicationPath(application) {
    const trimmed = (application ?? '/')
        .trim()
        .replace(/\\/g, '/')
        .replace(/^\/+|\/+$/g, '');
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
function buildSiteVerbArgs(verb, site) {
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
exports.APPCMD_CODES = {
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
        return exports.APPCMD_CODES.notFound;
    if (/duplicate collection (element|entry)/i.test(message))
        return exports.APPCMD_CODES.alreadyExists;
    if (/locked at a parent level/i.test(message))
        return exports.APPCMD_CODES.lockViolation;
    if (/access is denied|access denied/i.test(message))
        return exports.APPCMD_CODES.accessDenied;
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
    return (failure.code === exports.APPCMD_CODES.sharingViolation && /being used by another process/i.test(failure.message));
}
/** A likely fix for a failed appcmd command. */
function appcmdFix(args, failure) {
    const [verb = '', object = ''] = args.map((a) => a.toLowerCase());
    switch (failure.code) {
        case exports.APPCMD_CODES.notFound:
            return `The ${object} does not exist: check the name (\`appcmd list ${object}s\`), or set \`create: true\` to create it.`;
        case exports.APPCMD_CODES.accessDenied:
            return 'Run elevated: the runner or agent service account must be a local administrator (UAC elevation is required to change IIS).';
        case exports.APPCMD_CODES.notStarted:
            return `The ${object} is already stopped; nothing to do.`;
        case exports.APPCMD_CODES.alreadyStarted:
            return `The ${object} is already started; nothing to do.`;
        case exports.APPCMD_CODES.alreadyExists:
            return `An object with this name already exists (IIS names are case-insensitive): use it, or choose another name.`;
        case exports.APPCMD_CODES.lockViolation:
            return /locked at a parent level/i.test(failure.message)
                ? 'The configuration section is locked at a parent level: unlock it (`appcmd unlock config -section:<section>`) or set it with /commit:apphost.'
                : 'applicationHost.config is locked by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.';
        case exports.APPCMD_CODES.sharingViolation:
            if (verb === 'start' && object === 'site')
                return 'A binding of the site uses a port that another site or process holds: find it with `netstat -ano | findstr :<port>` and change the bindings.';
            return 'applicationHost.config is in use by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.';
        case exports.APPCMD_CODES.invalidObject:
            return verb === 'start'
                ? 'IIS refused to start it: check that the site has a valid binding and that WAS and W3SVC are running (`net start w3svc`).'
                : 'The object is not valid for this command: check its name and state (`appcmd list ' +
                    object +
                    's`).';
        case exports.APPCMD_CODES.logonFailure:
            return 'The pool identity could not log on: re-enter the password of the SpecificUser identity, or use ApplicationPoolIdentity.';
        case exports.APPCMD_CODES.fileNotFound:
            return 'A file or folder IIS needs is missing: check the physical path; after installing the Hosting Bundle, restart IIS (`net stop was /y` then `net start w3svc`).';
        case exports.APPCMD_CODES.invalidData:
        case exports.APPCMD_CODES.invalidParameter:
            return 'A value was rejected: check bindings (`protocol/ip:port:host`), paths and names.';
        default:
            if (/unknown (attribute|config section)|unrecognized/i.test(failure.message))
                return 'This IIS does not know the setting or section: install the IIS feature that provides it (e.g. WindowsAuthentication via `iis-features`), or use IIS 10+ for pool environment variables.';
            return undefined;
    }
}
/** appcmd failed. Carries the command (masked), the Win32 code decided from the HRESULT text, and a fix. */
class AppcmdError extends errors_js_1.ToolError {
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
exports.AppcmdError = AppcmdError;
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
        return this.options.reporter.mask((0, command_line_js_1.formatCommandLine)('appcmd', args));
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
                throw new errors_js_1.CancelledError(`Cancelled before ${shown}.`);
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
        const { stdout, failure } = await this.run(args, { accept: [exports.APPCMD_CODES.notFound] });
        if (failure)
            return undefined;
        const text = parseTextValues(stdout)[0] ?? '';
        return parseObjectState(text) ?? 'Unknown';
    }
    /** PIDs of the pool's worker processes; `list wps` prints nothing when there are none (§3.5). */
    async listWorkerProcesses(pool) {
        // The exit code with no match is unverified (§9 item 3): parse stdout, accept "not found".
        const { stdout } = await this.run(buildListWorkerProcessesArgs(pool), {
            accept: [exports.APPCMD_CODES.notFound, 1]
        });
        return parseWorkerProcesses(stdout).map((wp) => wp.pid);
    }
    /** `/text:*` tree of one object, or undefined when it does not exist. */
    async readObject(object, id) {
        const { stdout, failure } = await this.run(buildListArgs(object, id, { text: '*' }), {
            accept: [exports.APPCMD_CODES.notFound]
        });
        if (failure)
            return undefined;
        return parseTextTree(stdout)[0] ?? { name: object.toUpperCase(), attributes: {}, children: [] };
    }
    /** One `/text:<prop>` value of one object, or undefined when the object does not exist. */
    async readProperty(object, id, property) {
        const { stdout, failure } = await this.run(buildListArgs(object, id, { text: property }), {
            accept: [exports.APPCMD_CODES.notFound]
        });
        if (failure)
            return undefined;
        return lines(stdout).find((line) => line.trim() !== '') ?? '';
    }
}
exports.Appcmd = Appcmd;


/***/ }),

/***/ 6397:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The `bindings` input (contract `bindings`, windows-facts §3.2 `protocol/ip:port:host`): the one parser both the
// options check and provisioning use, so a value accepted before the run is a value provisioning can write.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BINDING_PROTOCOLS = void 0;
exports.parseBindingLine = parseBindingLine;
exports.parseBindings = parseBindings;
exports.sameBinding = sameBinding;
exports.needsSni = needsSni;
const node_net_1 = __importDefault(__nccwpck_require__(7030));
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
/** The protocols a created site may be bound to. */
exports.BINDING_PROTOCOLS = ['http', 'https'];
const BINDING_PATTERN = /^(?<protocol>[A-Za-z][\w.+-]*)\/(?<ip>\*|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):(?<port>\d{1,5}):(?<host>[^:\s]*)$/;
// A DNS name of letters, digits and hyphens, optionally a leading `*.` wildcard (IIS 10 wildcard host headers).
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/**
 * Parses one `protocol/ip:port:host` line (`http/*:80:`, `https/*:443:shop.example.com`, `http/[::1]:8080:`).
 * Throws an InputError naming `input` and the value.
 */
function parseBindingLine(line, input = 'bindings') {
    const text = line.trim();
    const fail = (why) => {
        throw new errors_js_1.InputError(input, `Input '${input}': '${text}' ${why} Use protocol/ip:port:host, e.g. http/*:80: or https/*:443:shop.example.com.`);
    };
    const match = BINDING_PATTERN.exec(text);
    if (!match?.groups)
        return fail('is not a binding.');
    const { protocol = '', ip = '', port = '', host = '' } = match.groups;
    const lowerProtocol = protocol.toLowerCase();
    if (!exports.BINDING_PROTOCOLS.includes(lowerProtocol))
        return fail(`uses protocol '${protocol}': only http and https are supported.`);
    if (/^\d/.test(ip) && !node_net_1.default.isIPv4(ip))
        return fail(`has an invalid IP address '${ip}'.`);
    if (ip.startsWith('[') && !node_net_1.default.isIPv6(ip.slice(1, -1)))
        return fail(`has an invalid IPv6 address '${ip}'.`);
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
                errors.push(new errors_js_1.InputError(input, `Input '${input}': '${line.trim()}' is listed twice.`));
            else
                bindings.push(binding);
        }
        catch (error) {
            if (error instanceof errors_js_1.InputError)
                errors.push(error);
            else
                throw error;
        }
    }
    if (errors.length === 1 && errors[0])
        throw errors[0];
    if (errors.length > 1)
        throw new errors_js_1.InputErrors(errors);
    return bindings;
}
/** Same protocol and `ip:port:host` (IIS compares binding information case-insensitively). */
function sameBinding(a, b) {
    return (a.protocol === b.protocol &&
        (0, appcmd_js_1.formatBindingInformation)(a).toLowerCase() === (0, appcmd_js_1.formatBindingInformation)(b).toLowerCase());
}
/** A binding needs Server Name Indication (sslFlags=1) when it is https with a host name. */
function needsSni(binding) {
    return binding.protocol === 'https' && binding.host !== '';
}


/***/ }),

/***/ 3642:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Serializes deploys on one machine (peers §3 item 10, §4 idea 11): two jobs that stop the same pool or write the same
// folder at once corrupt each other. Two scopes: `server` for the server-wide steps (IIS features, Hosting Bundle,
// IIS restart) and one per site/application for the rest. The lock is a directory in the machine-wide state folder
// (mkdir is atomic on every file system we run on; never under TEMP, which differs per account) holding owner.json:
// pid, the process's start time, host, heartbeat.
//
// A live holder on this machine is never judged stale: its pid runs and (where the OS tells) with the same start
// time, so a pid reused by another process does not count. A paused holder (SIGSTOP, a debugger, a long
// synchronous copy) keeps its lock however old its heartbeat. The heartbeat only judges a holder on another host
// (a state folder on a share). A holder that finds its lock taken stops before its next mutation (assertHeld).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SERVER_LOCK_NAME = exports.LockLostError = void 0;
exports.deployLockName = deployLockName;
exports.lockNameFor = lockNameFor;
exports.readProcessStart = readProcessStart;
exports.parseLockOwner = parseLockOwner;
exports.judgeLockHolder = judgeLockHolder;
exports.describeHolder = describeHolder;
exports.acquireDeployLock = acquireDeployLock;
exports.withDeployLock = withDeployLock;
const node_crypto_1 = __importDefault(__nccwpck_require__(7598));
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const state_dir_js_1 = __nccwpck_require__(1352);
const appcmd_js_1 = __nccwpck_require__(8862);
/** Another run took our lock over: stop before changing anything more. */
class LockLostError extends Error {
    name = 'LockLostError';
}
exports.LockLostError = LockLostError;
exports.SERVER_LOCK_NAME = 'server.lock';
const OWNER_FILE = 'owner.json';
/**
 * The lock directory's name for a site+application: readable, case-insensitive like IIS names, and unique (a hash
 * of the exact identity, since sanitizing could make two names equal).
 */
function deployLockName(site, application) {
    const identity = `${site}${(0, appcmd_js_1.normalizeApplicationPath)(application) === '/' ? '' : (0, appcmd_js_1.normalizeApplicationPath)(application)}`.toLowerCase();
    const slug = identity
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    const hash = node_crypto_1.default.createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 10);
    return `${slug || 'site'}-${hash}.lock`;
}
/** The lock directory's name for a scope. */
function lockNameFor(options) {
    if (options.scope === 'server' || options.site === undefined)
        return exports.SERVER_LOCK_NAME;
    return deployLockName(options.site, options.application);
}
/**
 * A process's start time as the OS reports it, to tell a live holder from a process that reuses its pid. Linux:
 * field 22 of /proc/<pid>/stat (clock ticks since boot; the name in field 2 may hold spaces and parentheses, so
 * count from the last `)`). Elsewhere undefined: the pid alone decides.
 */
function readProcessStart(pid) {
    try {
        const stat = node_fs_1.default.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // After the name, the state is field 3: starttime (field 22) is at index 22 - 3.
        const ticks = fields[19];
        return ticks && /^\d+$/.test(ticks) ? `linux:${ticks}` : undefined;
    }
    catch {
        return undefined;
    }
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
/**
 * Is the holder gone? On this host only its process decides: dead, or its pid now belongs to a process started at
 * another time. A live holder is never stale, however old its heartbeat. On another host, the heartbeat decides.
 */
function judgeLockHolder(owner, now, context) {
    if (owner.host.toLowerCase() === context.hostname.toLowerCase()) {
        if (!context.isProcessAlive(owner.pid))
            return { stale: true, reason: `its process ${owner.pid} is no longer running` };
        const startNow = owner.processStart !== undefined ? context.processStartOf?.(owner.pid) : undefined;
        if (startNow !== undefined && startNow !== owner.processStart)
            return {
                stale: true,
                reason: `its process ${owner.pid} ended (the pid now belongs to another process)`
            };
        return { stale: false };
    }
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
        return parseLockOwner(node_fs_1.default.readFileSync(node_path_1.default.join(lockPath, OWNER_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
function writeOwner(lockPath, owner) {
    // Write then rename, so a reader never sees half a file.
    const temp = node_path_1.default.join(lockPath, `${OWNER_FILE}.${owner.token}.tmp`);
    node_fs_1.default.writeFileSync(temp, JSON.stringify(owner));
    node_fs_1.default.renameSync(temp, node_path_1.default.join(lockPath, OWNER_FILE));
}
function ageOf(file, now) {
    try {
        return now - node_fs_1.default.statSync(file).mtimeMs;
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
        node_fs_1.default.mkdirSync(breaker);
    }
    catch {
        // Someone else is breaking it; a breaker that crashed mid-way is itself stale after staleMs.
        const age = ageOf(breaker, now);
        if (age !== undefined && age > staleMs)
            node_fs_1.default.rmSync(breaker, { recursive: true, force: true });
        return;
    }
    try {
        const current = readOwner(lockPath);
        if (current?.token === staleToken)
            node_fs_1.default.rmSync(lockPath, { recursive: true, force: true });
    }
    finally {
        node_fs_1.default.rmSync(breaker, { recursive: true, force: true });
    }
}
// Locks still held when the process exits (process.exit, an uncaught error): removed synchronously.
const heldAtExit = new Map();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.once('exit', () => {
        for (const [lockPath, token] of heldAtExit) {
            if (readOwner(lockPath)?.token === token)
                node_fs_1.default.rmSync(lockPath, { recursive: true, force: true });
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
    const hostname = options.hostname ?? node_os_1.default.hostname();
    const isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive;
    const processStartOf = options.processStartOf ?? readProcessStart;
    const server = options.scope === 'server' || options.site === undefined;
    const target = server
        ? 'this server (IIS features, Hosting Bundle, IIS restart)'
        : `${options.site}${(0, appcmd_js_1.normalizeApplicationPath)(options.application)}`;
    const root = options.directory ??
        node_path_1.default.join((0, state_dir_js_1.defaultStateDir)({ env: process.env, platform: process.platform, uid: process.getuid?.() }), state_dir_js_1.STATE_LAYOUT.locks);
    const lockPath = node_path_1.default.join(root, lockNameFor(options));
    node_fs_1.default.mkdirSync(root, { recursive: true });
    const start = clock.now();
    let lastReport;
    for (;;) {
        if (options.signal?.aborted)
            throw new errors_js_1.CancelledError(`Cancelled while waiting for the deploy lock of ${target}.`);
        const now = clock.now();
        try {
            node_fs_1.default.mkdirSync(lockPath);
            const owner = {
                token: node_crypto_1.default.randomUUID(),
                pid: process.pid,
                host: hostname,
                startedAt: now,
                heartbeatAt: now,
                description: options.description,
                target,
                processStart: processStartOf(process.pid)
            };
            try {
                writeOwner(lockPath, owner);
            }
            catch (error) {
                node_fs_1.default.rmSync(lockPath, { recursive: true, force: true });
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
            const verdict = judgeLockHolder(owner, now, { hostname, staleMs, isProcessAlive, processStartOf });
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
            throw new errors_js_1.TimeoutError(`Another deploy of ${target} still holds the deploy lock after ${Math.round(waited / 1000)} s: ${holder}.\n` +
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
    installExitHook();
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
        assertHeld: () => {
            if (released)
                throw new LockLostError(`The deploy lock of ${context.target} was already released.`);
            const holder = readOwner(lockPath);
            if (!lost && holder?.token === owner.token)
                return;
            lost = true;
            throw new LockLostError(`This run lost the deploy lock of ${context.target}${holder ? ` to ${describeHolder(holder, context.clock.now())}` : ''}: it stopped before changing anything more. Another deploy may be running: check the server, then deploy again.`);
        },
        release: async () => {
            if (released)
                return;
            released = true;
            clearInterval(timer);
            heldAtExit.delete(lockPath);
            try {
                if (readOwner(lockPath)?.token === owner.token)
                    node_fs_1.default.rmSync(lockPath, { recursive: true, force: true });
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


/***/ }),

/***/ 5481:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// `target: iis-express`: a smoke test of the published app under IIS Express (seed "IIS Express Overview": no
// service, no admin rights; the user launches and ends sites). Launch, wait until it answers, run the health check,
// end it (tree kill when it does not stop on `Q`), unless asked to keep it running.
//
// Launch mode: `/path:<folder> /port:<n>` by default. IIS Express then copies its own template applicationhost.config,
// in which the ASP.NET Core Module is registered when the Hosting Bundle (or Visual Studio) installed ANCM for IIS
// Express, and the published web.config adds the aspNetCore handler. Generating a complete applicationhost.config
// ourselves would mean copying a version-specific template of hundreds of lines; instead, users with their own
// config pass it (`/config:<file> /site:<name>`).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildIisExpressArgs = buildIisExpressArgs;
exports.iisExpressUrl = iisExpressUrl;
exports.parseIisExpressOutput = parseIisExpressOutput;
exports.findFreePort = findFreePort;
exports.runIisExpressSmokeTest = runIisExpressSmokeTest;
const node_net_1 = __importDefault(__nccwpck_require__(7030));
const node_os_1 = __importDefault(__nccwpck_require__(8161));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const command_line_js_1 = __nccwpck_require__(4925);
const app_pool_js_1 = __nccwpck_require__(4891);
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
        const server = node_net_1.default.createServer();
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
        ? node_path_1.default.join(node_os_1.default.tmpdir(), `iis-deploy-iisexpress-${process.pid}-${Date.now()}.log`)
        : undefined;
    reporter.info((0, command_line_js_1.formatCommandLine)('iisexpress', args));
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
            throw new errors_js_1.CancelledError('Cancelled while waiting for IIS Express.');
        const spawnError = child.spawnError();
        if (spawnError)
            throw spawnError.code === 'ENOENT'
                ? new errors_js_1.ToolNotFoundError('iisexpress', `Could not start IIS Express (${options.iisExpressPath}): the file was not found. Install IIS Express 10, or set \`iisexpress-path\`.`)
                : spawnError;
        const status = parseIisExpressOutput(child.output());
        if (status.error !== undefined || exitCode() !== undefined) {
            throw new errors_js_1.ToolError('iisexpress', exitCode() ?? undefined, `IIS Express did not start${status.error ? `: ${status.error}` : ` (exit code ${String(exitCode())})`}.\n${lastLines(child.output())}`, /0x80070020|being used by another process/.test(child.output())
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
                throw new errors_js_1.CancelledError('Cancelled while waiting for IIS Express.');
            if (answerWait.signal.aborted)
                continue; // it exited: the next round reports why
            const waited = clock.now() - start;
            if (waited >= timeoutMs)
                throw new errors_js_1.TimeoutError(`IIS Express did not answer on ${url} within ${Math.round(timeoutMs / 1000)} s (${(0, errors_js_1.errorMessage)(error)}).\n${lastLines(child.output())}`);
            await clock.sleep(Math.min((0, app_pool_js_1.pollDelay)(attempt, { initialMs: 100, maxMs: 1000 }), timeoutMs - waited), options.signal);
        }
    }
}
function lastLines(text) {
    const lines = text.trim().split(/\r?\n/).slice(-10);
    return lines.length > 0 && lines[0] !== '' ? `Its output:\n${lines.join('\n')}` : 'It printed nothing.';
}


/***/ }),

/***/ 4962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// IIS features (contract `iis-features`; seed "IIS configuration": the Web Server role and optional role services
// such as Windows Authentication and WebSockets), enabled through DISM, idempotently: query each feature, enable
// only what is missing, report a pending reboot (3010) instead of failing.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WEB_SERVER_ROLE = exports.IIS_FEATURES = void 0;
exports.dismFeatureName = dismFeatureName;
exports.resolveIisFeatures = resolveIisFeatures;
exports.buildGetFeatureInfoArgs = buildGetFeatureInfoArgs;
exports.buildEnableFeaturesArgs = buildEnableFeaturesArgs;
exports.parseFeatureState = parseFeatureState;
exports.parseDismError = parseDismError;
exports.exitCodeIs = exitCodeIs;
exports.ensureIisFeatures = ensureIisFeatures;
const errors_js_1 = __nccwpck_require__(4296);
const command_line_js_1 = __nccwpck_require__(4925);
/**
 * Friendly name → DISM optional-feature name, with the Server Manager (Install-WindowsFeature) name as an alias.
 * Source: the IIS optional features as `dism /online /get-features` and `Get-WindowsOptionalFeature -Online` list
 * them on Windows Server 2016–2025 / Windows 10–11 (Microsoft Learn, "Install IIS with DISM/PowerShell"), and the
 * Web-* role service names of Server Manager (Microsoft Learn, "IIS role services").
 */
exports.IIS_FEATURES = [
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
exports.WEB_SERVER_ROLE = ['IIS-WebServerRole', 'IIS-WebServer'];
/** A friendly, DISM (`IIS-WebSockets`) or Server Manager (`Web-WebSockets`) name → the DISM name; undefined if unknown. */
function dismFeatureName(name) {
    const wanted = name.trim().toLowerCase();
    const entry = exports.IIS_FEATURES.find((f) => f.name.toLowerCase() === wanted ||
        f.dism.toLowerCase() === wanted ||
        f.serverManager.toLowerCase() === wanted);
    return entry?.dism;
}
/** Maps the `iis-features` list to DISM names, the Web Server role first; unknown names are one InputError each. */
function resolveIisFeatures(names, input = 'iis-features') {
    const errors = [];
    const resolved = [...exports.WEB_SERVER_ROLE];
    for (const name of names) {
        if (name.trim() === '')
            continue;
        const dism = dismFeatureName(name);
        if (!dism) {
            errors.push(new errors_js_1.InputError(input, `Input '${input}': '${name.trim()}' is not an IIS feature this action knows. Known: ${exports.IIS_FEATURES.map((f) => f.name).join(', ')} (or their IIS-* / Web-* names).`));
        }
        else if (!resolved.includes(dism))
            resolved.push(dism);
    }
    if (errors.length === 1 && errors[0])
        throw errors[0];
    if (errors.length > 1)
        throw new errors_js_1.InputErrors(errors);
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
        const shown = (0, command_line_js_1.formatCommandLine)('dism', args);
        reporter.debug(shown);
        const run = await runner.run(dismPath, args, { silent: true, signal: options.signal });
        return { exitCode: run.exitCode, text: `${run.stdout}\n${run.stderr}`, shown };
    };
    const fail = (shown, exitCode, text) => {
        const code = parseDismError(text);
        const summary = text.trim().split(/\r?\n/).filter(Boolean).slice(-3).join(' ');
        throw new errors_js_1.ToolError('dism', exitCode, `${shown} failed (${code ? `error ${code}` : `exit code ${exitCode}`}): ${summary}`, dismFix(code, text));
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


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// The IIS inputs' rules, owned by the IIS steps and run twice: by the options parser before anything changes, and
// by provisioning itself. A value one accepts, the other accepts (issue 9: `bindings` once disagreed).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseApplicationPath = parseApplicationPath;
exports.iisNameProblem = iisNameProblem;
exports.validateIisName = validateIisName;
exports.findPoolIdentity = findPoolIdentity;
exports.parsePoolIdentity = parsePoolIdentity;
exports.parseAuthenticationLine = parseAuthenticationLine;
exports.poolEnvironmentVariableProblems = poolEnvironmentVariableProblems;
const errors_js_1 = __nccwpck_require__(4296);
const appcmd_js_1 = __nccwpck_require__(8862);
function quoted(values) {
    return values.map((v) => `'${v}'`).join(', ');
}
/**
 * `application` as IIS names it: `api`, `/api/`, `\api` → `/api`; empty → `/`. Refuses what is not a virtual path:
 * quotes, line breaks, `.`/`..` segments, empty segments (`/a//b`).
 */
function parseApplicationPath(value, input = 'application') {
    const normalized = (0, appcmd_js_1.normalizeApplicationPath)(value);
    if (/["\r\n]|\/\.\.?(\/|$)|\/\//.test(normalized)) {
        throw new errors_js_1.InputError(input, `Input '${input}' is '${value}': use a virtual path such as / or /api.`);
    }
    return normalized;
}
/**
 * Why `value` cannot be an IIS site or app pool name, or undefined. Always: empty, quotes, line breaks, slashes
 * (the site name is part of appcmd's `Site/app` identifiers). For provisioning also `'` and brackets: appcmd's
 * collection indexer `[name='value']` cannot carry them (windows-facts §3.2).
 */
function iisNameProblem(value, forProvisioning = false) {
    if (value.trim() === '')
        return 'is empty';
    if (/["\r\n]/.test(value))
        return 'contains a quote or a line break';
    if (/[/\\]/.test(value))
        return 'contains a slash';
    if (forProvisioning && /['[\]]/.test(value))
        return "contains ' or a bracket, which appcmd's collection syntax cannot carry";
    return undefined;
}
/** Throws an InputError naming the input when `value` is not a valid IIS name (see iisNameProblem). */
function validateIisName(input, value, forProvisioning = false) {
    const problem = iisNameProblem(value, forProvisioning);
    if (problem)
        throw new errors_js_1.InputError(input, `Input '${input}' is '${value}', which ${problem}: use a plain IIS name.`);
    return value;
}
/** `pool-identity`, case-insensitive, as IIS spells it; undefined when it is not one this tool manages. */
function findPoolIdentity(value) {
    return appcmd_js_1.POOL_IDENTITIES.find((p) => p.toLowerCase() === value?.trim().toLowerCase());
}
/** Parses `pool-identity`; throws an InputError listing the identities allowed. */
function parsePoolIdentity(value, input = 'pool-identity') {
    const found = findPoolIdentity(value);
    if (!found)
        throw new errors_js_1.InputError(input, `Input '${input}' is '${value}': allowed values are ${quoted(appcmd_js_1.POOL_IDENTITIES)}.`);
    return found;
}
/** One `authentication` line: `kind=true|false`, kind one of AUTHENTICATION_KINDS (any case). */
function parseAuthenticationLine(line, input = 'authentication') {
    const match = /^([A-Za-z]+)\s*=\s*(true|false)$/i.exec(line.trim());
    const kind = appcmd_js_1.AUTHENTICATION_KINDS.find((k) => k === match?.[1]?.toLowerCase());
    if (!match || !kind) {
        throw new errors_js_1.InputError(input, `Input '${input}' has '${line.trim()}': write kind=true|false per line, kind one of ${quoted(appcmd_js_1.AUTHENTICATION_KINDS)}.`);
    }
    return { kind, enabled: match[2]?.toLowerCase() === 'true' };
}
/**
 * Why a pool environment variable cannot be written by appcmd (empty when it can). The name and value travel inside
 * the collection indexer `[name='N',value='V']` (windows-facts §3.3), which has no escape for `'`; a name has no
 * spaces or `=`. Values are never quoted back (they may be secrets).
 */
function poolEnvironmentVariableProblems(name, value) {
    const problems = [];
    if (!/^[^=\s'][^='\s]*$/.test(name))
        problems.push(`'${name}' is not a valid variable name (no spaces, '=' or ')`);
    if (value.includes("'"))
        problems.push(`the value of '${name}' contains ', which appcmd's collection syntax cannot express. Put it in web.config (\`environment-variables\`) instead`);
    if (/[\r\n]/.test(value))
        problems.push(`the value of '${name}' contains a line break, which appcmd cannot carry`);
    return problems;
}


/***/ }),

/***/ 5123:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// File system access for the app pool identity (windows-facts §7; seed "Confirm the process model identity has the
// proper permissions"): read & execute on the app folder, modify on its logs folder, granted with icacls and
// inherited by everything below ((OI)(CI)). The current ACL is read first, so a second run changes nothing.
//
// The logs folder is created (and granted) always, not only when stdoutLogEnabled is on: stdout logging is
// typically switched on by editing web.config on the server during an incident, and ANCM then fails to create the
// folder because the identity only has read & execute on the app folder. `logs` is preserved by the sync by default.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.poolAccount = poolAccount;
exports.accountAliases = accountAliases;
exports.buildGrantArgs = buildGrantArgs;
exports.buildShowAclArgs = buildShowAclArgs;
exports.parseIcaclsOutput = parseIcaclsOutput;
exports.hasAccess = hasAccess;
exports.dataProtectionAdvice = dataProtectionAdvice;
exports.grantAccess = grantAccess;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const command_line_js_1 = __nccwpck_require__(4925);
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
    const resolve = (folder) => node_path_1.default.isAbsolute(folder) ? folder : node_path_1.default.join(physicalPath, folder);
    const logsFolder = resolve(options.logsFolder ?? 'logs');
    const targets = [
        [physicalPath, 'RX'],
        [logsFolder, 'M'],
        ...(options.writableFolders ?? []).map((folder) => [resolve(folder), 'M'])
    ];
    const changes = [];
    const createdFolders = [];
    const icacls = async (args, read) => {
        const shown = reporter.mask((0, command_line_js_1.formatCommandLine)('icacls', args));
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
        throw new errors_js_1.ToolError('icacls', result.exitCode, `${shown} failed (exit code ${result.exitCode}): ${reporter.mask(text)}`, fix);
    };
    for (const [target, right] of targets) {
        const exists = node_fs_1.default.existsSync(target);
        if (!exists && right === 'M') {
            if (!options.dryRun)
                node_fs_1.default.mkdirSync(target, { recursive: true });
            createdFolders.push(target);
        }
        if (exists || !options.dryRun) {
            if (hasAccess(parseIcaclsOutput(await icacls(buildShowAclArgs(target), true), target), account, right))
                continue;
        }
        const args = buildGrantArgs(target, account, right);
        const command = reporter.mask((0, command_line_js_1.formatCommandLine)('icacls', args));
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


/***/ }),

/***/ 6164:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Provisioning (`create: true`): the app pool, the site, the application, authentication, pool environment
// variables and https certificate bindings, created or updated idempotently (windows-facts §3.2, §3.3, §7; seed
// "Create the IIS site"). Everything is read first; only what differs is written, each change is reported, and
// the second run says "nothing to change". Dry run: the same function returns the commands it would run.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IIS_SSL_APP_ID = exports.parseBindings = exports.parseBindingLine = exports.needsSni = void 0;
exports.sslEndpoint = sslEndpoint;
exports.buildShowSslCertArgs = buildShowSslCertArgs;
exports.buildAddSslCertArgs = buildAddSslCertArgs;
exports.buildDeleteSslCertArgs = buildDeleteSslCertArgs;
exports.parseSslCertHash = parseSslCertHash;
exports.normalizeThumbprint = normalizeThumbprint;
exports.provisionSite = provisionSite;
const errors_js_1 = __nccwpck_require__(4296);
const command_line_js_1 = __nccwpck_require__(4925);
const appcmd_js_1 = __nccwpck_require__(8862);
const bindings_js_1 = __nccwpck_require__(6397);
const inputs_js_1 = __nccwpck_require__(6158);
const permissions_js_1 = __nccwpck_require__(5123);
// ---------------------------------------------------------------------------------------------------------------
// Bindings (parsed by ./bindings.ts, the same parser the options check runs)
var bindings_js_2 = __nccwpck_require__(6397);
Object.defineProperty(exports, "needsSni", ({ enumerable: true, get: function () { return bindings_js_2.needsSni; } }));
Object.defineProperty(exports, "parseBindingLine", ({ enumerable: true, get: function () { return bindings_js_2.parseBindingLine; } }));
Object.defineProperty(exports, "parseBindings", ({ enumerable: true, get: function () { return bindings_js_2.parseBindings; } }));
/** Reads the site's bindings from its `/text:*` tree (`[bindings]` / `[binding]` sections). */
function existingBindings(tree) {
    const found = [];
    for (const section of (0, appcmd_js_1.findSections)(tree, 'binding')) {
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
exports.IIS_SSL_APP_ID = '{4dc3e181-e14b-4a21-b022-59fc669b0914}';
/** `hostnameport=host:443` for SNI bindings, `ipport=0.0.0.0:443` (or the IP) otherwise. */
function sslEndpoint(binding) {
    if ((0, bindings_js_1.needsSni)(binding))
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
        `appid=${exports.IIS_SSL_APP_ID}`,
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
// Thumbprints copied from certmgr often carry spaces, colons and invisible marks (LRM/RLM, embedding controls, BOM).
const THUMBPRINT_NOISE = /[\s\u200e\u200f\u202a-\u202e\ufeff:]/g;
/** Normalizes a thumbprint as copied from the certificate dialog (spaces, invisible marks); undefined if invalid. */
function normalizeThumbprint(value) {
    const cleaned = value.replace(THUMBPRINT_NOISE, '').toLowerCase();
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
        bindings = options.bindings === undefined ? undefined : (0, bindings_js_1.parseBindings)(options.bindings);
    }
    catch (error) {
        if (error instanceof errors_js_1.InputErrors)
            errors.push(...error.errors);
        else if (error instanceof errors_js_1.InputError)
            errors.push(error);
        else
            throw error;
    }
    for (const [input, variables] of [
        ['pool-environment-variables', options.poolEnvironmentVariables],
        ['secret-pool-environment-variables', options.secretPoolEnvironmentVariables]
    ]) {
        for (const [name, value] of Object.entries(variables ?? {})) {
            for (const problem of (0, inputs_js_1.poolEnvironmentVariableProblems)(name, value))
                errors.push(new errors_js_1.InputError(input, `Input '${input}': ${problem}.`));
        }
    }
    for (const name of ['site', 'app-pool']) {
        const value = name === 'site' ? options.site : options.appPool;
        const problem = (0, inputs_js_1.iisNameProblem)(value, true);
        if (problem)
            errors.push(new errors_js_1.InputError(name, `Input '${name}': '${value}' is not a valid IIS name (it ${problem}).`));
    }
    let thumbprint;
    if (options.certificate) {
        thumbprint = normalizeThumbprint(options.certificate.thumbprint);
        if (!thumbprint)
            errors.push(new errors_js_1.InputError('certificate-thumbprint', `Input 'certificate-thumbprint': expected 40 hex digits (the certificate's SHA-1 thumbprint).`));
        if (!options.netsh)
            throw new Error('provisionSite: a certificate needs options.netsh');
    }
    if (errors.length === 1 && errors[0])
        throw errors[0];
    if (errors.length > 1)
        throw new errors_js_1.InputErrors(errors);
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
    const application = (0, appcmd_js_1.normalizeApplicationPath)(options.application);
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
        await apply(appcmdChange(poolTarget, `create it (No Managed Code, Integrated, ${desiredPool.identityType}, loadUserProfile ${desiredPool.loadUserProfile})`, (0, appcmd_js_1.buildAddAppPoolArgs)(appPool, desiredPool)));
    }
    else {
        const current = {
            managedRuntimeVersion: (0, appcmd_js_1.findAttribute)(poolTree, 'managedRuntimeVersion') ?? '',
            managedPipelineMode: (0, appcmd_js_1.findAttribute)(poolTree, 'managedPipelineMode') ?? '',
            identityType: (0, appcmd_js_1.findAttribute)(poolTree, 'processModel.identityType') ?? '',
            loadUserProfile: ((0, appcmd_js_1.findAttribute)(poolTree, 'processModel.loadUserProfile') ?? '').toLowerCase() === 'true'
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
            await apply(appcmdChange(poolTarget, described.join(', '), (0, appcmd_js_1.buildSetAppPoolArgs)(appPool, update)));
        for (const entry of (0, appcmd_js_1.collectionEntries)(poolTree, 'environmentVariables')) {
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
            await apply(appcmdChange(poolTarget, `add environment variable ${name} = ${shown}`, (0, appcmd_js_1.buildAddPoolEnvironmentVariableArgs)(appPool, name, value)));
        }
        else {
            await apply(appcmdChange(poolTarget, `change environment variable ${name} to ${shown}`, (0, appcmd_js_1.buildRemovePoolEnvironmentVariableArgs)(appPool, name), (0, appcmd_js_1.buildAddPoolEnvironmentVariableArgs)(appPool, name, value)));
        }
    }
    // Site ----------------------------------------------------------------------------------------------------------
    const siteTarget = `site '${site}'`;
    const siteTree = await appcmd.readObject('site', site);
    const siteExists = siteTree !== undefined;
    const wanted = bindings ?? (siteExists ? undefined : (0, bindings_js_1.parseBindings)(['http/*:80:']));
    if (!siteExists) {
        const sitePath = application === '/' ? options.physicalPath : options.sitePhysicalPath;
        if (sitePath === undefined)
            throw new errors_js_1.InputError('site', `Site '${site}' does not exist: to create it for application '${application}', its root folder is needed (sitePhysicalPath). Create the site first, or deploy to application '/'.`);
        const plain = (wanted ?? []).filter((b) => !(0, bindings_js_1.needsSni)(b));
        const sni = (wanted ?? []).filter(bindings_js_1.needsSni);
        await apply(appcmdChange(siteTarget, `create it at ${sitePath} with bindings ${(wanted ?? []).map(appcmd_js_1.formatBinding).join(', ') || '(none)'}`, (0, appcmd_js_1.buildAddSiteArgs)({ name: site, bindings: plain, physicalPath: sitePath }), ...sni.map((b) => (0, appcmd_js_1.buildAddSiteBindingArgs)(site, b, true))));
    }
    else if (wanted) {
        const have = existingBindings(siteTree);
        for (const binding of wanted) {
            if (have.some((h) => (0, bindings_js_1.sameBinding)(h, binding)))
                continue;
            await apply(appcmdChange(siteTarget, `add binding ${(0, appcmd_js_1.formatBinding)(binding)}${(0, bindings_js_1.needsSni)(binding) ? ' (SNI)' : ''}`, (0, appcmd_js_1.buildAddSiteBindingArgs)(site, binding, (0, bindings_js_1.needsSni)(binding))));
        }
        const extra = have.filter((h) => !wanted.some((w) => (0, bindings_js_1.sameBinding)(h, w)));
        if (extra.length > 0)
            reporter.info(`Site '${site}' also has bindings ${extra.map(appcmd_js_1.formatBinding).join(', ')}: left as they are.`);
    }
    // Application -------------------------------------------------------------------------------------------------
    const appId = (0, appcmd_js_1.appIdentifier)(site, application);
    const appTarget = `application '${appId}'`;
    const appPoolNow = siteExists ? await appcmd.readProperty('app', appId, 'applicationPool') : undefined;
    if (application !== '/' && appPoolNow === undefined) {
        await apply(appcmdChange(appTarget, `create it at ${options.physicalPath} in app pool '${appPool}'`, (0, appcmd_js_1.buildAddAppArgs)({ site, path: application, physicalPath: options.physicalPath, appPool })));
    }
    else {
        // The root application comes with the site (in DefaultAppPool unless told otherwise).
        if (appPoolNow === undefined || appPoolNow.toLowerCase() !== appPool.toLowerCase())
            await apply(appcmdChange(appTarget, `app pool '${appPoolNow ?? 'DefaultAppPool'}' → '${appPool}'`, (0, appcmd_js_1.buildSetAppPoolOfAppArgs)(site, application, appPool)));
        if (appPoolNow !== undefined) {
            const physicalNow = await appcmd.readProperty('vdir', (0, appcmd_js_1.rootVdirIdentifier)(site, application), 'physicalPath');
            if (physicalNow === undefined || !samePhysicalPath(physicalNow, options.physicalPath))
                await apply(appcmdChange(appTarget, `physical path ${physicalNow ?? '(none)'} → ${options.physicalPath}`, (0, appcmd_js_1.buildSetPhysicalPathArgs)(site, application, options.physicalPath)));
        }
    }
    // Authentication ----------------------------------------------------------------------------------------------
    const appExists = siteExists && appPoolNow !== undefined;
    for (const kind of appcmd_js_1.AUTHENTICATION_KINDS) {
        const enabled = options.authentication?.[kind];
        if (enabled === undefined)
            continue;
        let current;
        if (appExists || !dryRun) {
            const { stdout } = await appcmd.run((0, appcmd_js_1.buildGetAuthenticationArgs)(site, application, kind));
            current = (0, appcmd_js_1.parseTextValues)(stdout)[0]?.trim().toLowerCase();
        }
        if (current === String(enabled))
            continue;
        await apply(appcmdChange(appTarget, `${kind} authentication ${current === undefined ? '' : `${current} → `}${enabled ? 'enabled' : 'disabled'}`, (0, appcmd_js_1.buildSetAuthenticationArgs)(site, application, kind, enabled)));
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
                    commands: commands.map((args) => reporter.mask((0, command_line_js_1.formatCommandLine)('netsh', args)))
                },
                run: async () => {
                    for (const args of commands)
                        await runNetsh(netsh, args, appcmd, false);
                }
            });
        }
    }
    // One pool per in-process app ---------------------------------------------------------------------------------
    const { stdout: appsOfPool, failure } = await appcmd.run((0, appcmd_js_1.buildListAppsOfPoolArgs)(appPool), {
        accept: [1168, 1]
    });
    if (!failure) {
        const others = (0, appcmd_js_1.parseObjectLines)(appsOfPool)
            .filter((o) => o.type === 'APP' && o.id.toLowerCase() !== appId.toLowerCase())
            .map((o) => o.id);
        if (others.length > 0)
            warn(`App pool '${appPool}' also serves ${others.join(', ')}: in-process ASP.NET Core hosting allows one application per pool (a second one fails with 500.35). Give '${appId}' its own pool, or use hostingModel outofprocess.`);
    }
    const advice = (0, permissions_js_1.dataProtectionAdvice)(desiredPool.identityType, desiredPool.loadUserProfile);
    if (advice)
        warn(advice);
    if (changes.length === 0)
        reporter.info(`Provisioning: nothing to change (${poolTarget}, ${siteTarget} and ${appTarget} are as requested).`);
    return { changes, warnings, dryRun };
}
async function runNetsh(netsh, args, appcmd, isRead) {
    const shown = appcmd.reporter.mask((0, command_line_js_1.formatCommandLine)('netsh', args));
    if (isRead)
        appcmd.reporter.debug(shown);
    else
        appcmd.reporter.info(shown);
    const result = await netsh.runner.run(netsh.path, args, { silent: true, signal: appcmd.signal });
    const output = `${result.stdout}\n${result.stderr}`;
    // `show` of an endpoint with no certificate fails ("The system cannot find the file specified."): an answer.
    if (isRead || result.exitCode === 0)
        return output;
    throw new errors_js_1.ToolError('netsh', result.exitCode, `${shown} failed (exit code ${result.exitCode}): ${appcmd.reporter.mask(output.trim().replace(/\s+/g, ' '))}`, 'Check that the certificate is in the LocalMachine store given by `certificate-store` (default My), has a private key, and that the thumbprint is right.');
}


/***/ }),

/***/ 5458:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// A JSON (with comments, as .NET configuration reads it) parser that keeps every token's position, so a value can
// be replaced or a key added by editing the text in place: indentation, comments, key order, line endings and the
// BOM stay exactly as they were.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JsonPathError = exports.JsonSyntaxError = void 0;
exports.lineAndColumn = lineAndColumn;
exports.parseJsonDocument = parseJsonDocument;
exports.jsonValueFor = jsonValueFor;
exports.detectIndentUnit = detectIndentUnit;
exports.detectEol = detectEol;
exports.setJsonValue = setJsonValue;
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
exports.JsonSyntaxError = JsonSyntaxError;
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
exports.JsonPathError = JsonPathError;
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


/***/ }),

/***/ 7802:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// `json-variables` / `secret-json-variables` (contract §1): `Path.To.Key=value` written into the app's JSON files
// (default appsettings.json). Existing keys are replaced in every file that has them; a key no file has is an
// error unless `json-add-missing`, which adds it to the first file. Files are edited in place as text, so their
// formatting (indentation, comments, order, line endings, BOM) stays as it was.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveJsonFiles = resolveJsonFiles;
exports.applyJsonVariables = applyJsonVariables;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const glob_js_1 = __nccwpck_require__(5153);
const json_document_js_1 = __nccwpck_require__(5458);
const UTF8_BOM = '\ufeff';
const SKIPPED_FOLDERS = new Set(['node_modules', 'wwwroot', '.git']);
/** Relative paths of the `.json` files under `root` (not in wwwroot or node_modules), sorted. */
function listJsonFiles(root) {
    const found = [];
    const walk = (dir, prefix, depth) => {
        if (depth > 8)
            return;
        for (const entry of node_fs_1.default.readdirSync(dir, { withFileTypes: true })) {
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name.toLowerCase()))
                    walk(node_path_1.default.join(dir, entry.name), relative, depth + 1);
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
        if (!(0, glob_js_1.hasWildcard)(pattern)) {
            const relative = (0, glob_js_1.normalizeRelativePath)(pattern);
            if (node_fs_1.default.existsSync(node_path_1.default.join(appDir, relative))) {
                if (!result.includes(relative))
                    result.push(relative);
            }
            else {
                errors.push(new errors_js_1.InputError('json-files', `Input 'json-files': '${pattern}' is not in the app folder ${appDir}: check the name, it is relative to the app root.`));
            }
            continue;
        }
        all ??= listJsonFiles(appDir);
        const { matcher } = (0, glob_js_1.compilePatternList)([pattern], 'json-files', true);
        for (const file of all.filter((f) => matcher.matchesFile(f)))
            if (!result.includes(file))
                result.push(file);
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    return result;
}
function load(appDir, relative) {
    const absolute = node_path_1.default.join(appDir, relative);
    const bytes = node_fs_1.default.readFileSync(absolute);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new errors_js_1.InputError('json-files', `${relative} is saved as UTF-16: save it as UTF-8 to set JSON variables in it.`);
    }
    const raw = bytes.toString('utf8');
    const bom = raw.startsWith(UTF8_BOM);
    return { relative, absolute, bom, text: bom ? raw.slice(1) : raw, changed: false };
}
/** Writes next to the file and renames over it, so a failure never leaves half a file. */
function writeAtomically(file, content) {
    const temp = `${file}.${process.pid}.tmp`;
    node_fs_1.default.writeFileSync(temp, content, 'utf8');
    node_fs_1.default.renameSync(temp, file);
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
        throw new errors_js_1.InputError('json-files', `Input 'json-files' (${options.files.join(', ')}) matches no JSON file in ${options.appDir}.`);
    }
    const files = relativeFiles.map((relative) => load(options.appDir, relative));
    const errors = [];
    for (const file of files) {
        try {
            (0, json_document_js_1.parseJsonDocument)(file.text);
        }
        catch (error) {
            if (!(error instanceof json_document_js_1.JsonSyntaxError))
                throw error;
            errors.push(new errors_js_1.InputError('json-files', `${file.relative} is not valid JSON: ${error.message}. Fix the file.`));
        }
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    const changes = [];
    for (const variable of variables) {
        let matched = false;
        const misses = [];
        for (const file of files) {
            try {
                const result = (0, json_document_js_1.setJsonValue)(file.text, variable.name, variable.value, false);
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
                if (!(error instanceof json_document_js_1.JsonPathError))
                    throw error;
                misses.push(`${file.relative}: ${reporter.mask(error.message)}`);
            }
        }
        if (matched)
            continue;
        const first = files[0];
        if (options.addMissing) {
            try {
                const result = (0, json_document_js_1.setJsonValue)(first.text, variable.name, variable.value, true);
                first.text = result.text;
                first.changed = true;
                changes.push({ file: first.relative, key: result.path, action: 'added', secret: variable.secret });
                continue;
            }
            catch (error) {
                if (!(error instanceof json_document_js_1.JsonPathError))
                    throw error;
                misses.splice(0, misses.length, `${first.relative}: ${reporter.mask(error.message)}`);
            }
        }
        errors.push(new errors_js_1.InputError(input(variable), `Input '${input(variable)}': ${misses.join('; ')}. Fix the key path (keys are separated by '.', arrays indexed by number)${options.addMissing ? '' : ", or set 'json-add-missing: true' to add it"}.`));
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    // Keys only: values (secret or not) stay out of the log.
    for (const change of changes)
        reporter.info(`${change.file}: ${change.key} ${change.action}`);
    if (options.write !== false) {
        for (const file of files.filter((f) => f.changed))
            writeAtomically(file.absolute, (file.bom ? UTF8_BOM : '') + file.text);
    }
    return { files: relativeFiles, changes };
}


/***/ }),

/***/ 2325:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// In-place backup (`backup: true`): before an in-place sync, keep a copy of every file the plan replaces or
// deletes, and the list of what it adds, so that a failed start or health check can put the previous version
// back exactly (`restoreBackup`). Only the changed files are copied, never the whole site.
//
// The deploy keeps them in the machine-wide state folder (`<state-dir>/backups/<site>/<id>`), never next to or
// inside a web root: next to an application nested in another site's folder they would be served over HTTP,
// appsettings.json included. `defaultBackupRoot` (next to the target) remains for direct callers of this module.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_KEEP_BACKUPS = exports.MANIFEST_FILE = void 0;
exports.defaultBackupRoot = defaultBackupRoot;
exports.newBackupId = newBackupId;
exports.createBackup = createBackup;
exports.readBackup = readBackup;
exports.restoreBackup = restoreBackup;
exports.listBackups = listBackups;
exports.pruneBackups = pruneBackups;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_crypto_1 = __nccwpck_require__(7598);
const errors_js_1 = __nccwpck_require__(4296);
const file_tree_js_1 = __nccwpck_require__(8606);
exports.MANIFEST_FILE = 'manifest.json';
const FILES_DIR = 'files';
exports.DEFAULT_KEEP_BACKUPS = 3;
/** `C:\inetpub\MyApp` → `C:\inetpub\MyApp.iis-deploy-backups`. */
function defaultBackupRoot(target) {
    const api = (0, file_tree_js_1.pathApiFor)(target);
    const trimmed = target.replace(/[\\/]+$/, '');
    const name = api.basename(trimmed);
    if (!name || /^[A-Za-z]:$/.test(trimmed)) {
        throw new errors_js_1.InputError('physical-path', `The target '${target}' is a drive root: there is no folder next to it for the backup. Deploy into a folder, or set backup: false.`);
    }
    return api.join(api.dirname(trimmed), `${name}.iis-deploy-backups`);
}
/** A new backup's folder name: its time, then a random suffix (`20261201-101500-a1b2c3`). */
function newBackupId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace('T', '-')
        .replace(/\.\d+Z$/, '');
    return `${stamp}-${(0, node_crypto_1.randomBytes)(3).toString('hex')}`;
}
/**
 * Copies what the plan replaces or deletes into a new backup folder and writes the manifest last (a folder
 * without one is an incomplete backup and is never restored).
 */
function createBackup(options) {
    const backupRoot = options.backupRoot ?? defaultBackupRoot(options.target);
    const now = options.now ?? new Date();
    const id = options.id ?? newBackupId(now);
    const dir = (0, file_tree_js_1.joinRelative)(backupRoot, id);
    const filesDir = (0, file_tree_js_1.joinRelative)(dir, FILES_DIR);
    node_fs_1.default.mkdirSync(filesDir, { recursive: true });
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
            const current = (0, file_tree_js_1.joinRelative)(options.target, change.path);
            let size;
            try {
                size = node_fs_1.default.statSync(current).size;
            }
            catch {
                continue; // gone since the plan was made: nothing to keep
            }
            (0, file_tree_js_1.copyFileKeepingTime)(current, (0, file_tree_js_1.joinRelative)(filesDir, change.path));
            manifest.bytes += size;
            if (change.kind === 'update')
                manifest.updated.push(change.path);
            else
                manifest.deleted.push(change.path);
        }
        const manifestPath = (0, file_tree_js_1.joinRelative)(dir, exports.MANIFEST_FILE);
        node_fs_1.default.writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 1));
        node_fs_1.default.renameSync(`${manifestPath}.tmp`, manifestPath);
    }
    catch (error) {
        (0, file_tree_js_1.removeTreeNoFollow)(dir);
        throw error;
    }
    return { dir, manifest };
}
/** Reads a backup folder; fails when it has no manifest (an interrupted backup). */
function readBackup(dir) {
    let text;
    try {
        text = node_fs_1.default.readFileSync((0, file_tree_js_1.joinRelative)(dir, exports.MANIFEST_FILE), 'utf8');
    }
    catch {
        throw new errors_js_1.InputError('backup', `The backup folder '${dir}' has no ${exports.MANIFEST_FILE}: it is incomplete and cannot be restored.`);
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
            node_fs_1.default.unlinkSync((0, file_tree_js_1.joinRelative)(target, relative));
            removed++;
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
    for (const relative of [...manifest.deletedDirectories].sort((a, b) => depth(a) - depth(b) || (0, file_tree_js_1.comparePaths)(a, b))) {
        node_fs_1.default.mkdirSync((0, file_tree_js_1.joinRelative)(target, relative), { recursive: true });
    }
    let restored = 0;
    for (const relative of [...manifest.updated, ...manifest.deleted]) {
        (0, file_tree_js_1.copyFileKeepingTime)((0, file_tree_js_1.joinRelative)((0, file_tree_js_1.joinRelative)(dir, FILES_DIR), relative), (0, file_tree_js_1.joinRelative)(target, relative));
        restored++;
    }
    for (const relative of [...manifest.createdDirectories].sort((a, b) => depth(b) - depth(a) || (0, file_tree_js_1.comparePaths)(a, b))) {
        try {
            node_fs_1.default.rmdirSync((0, file_tree_js_1.joinRelative)(target, relative));
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
        names = node_fs_1.default.readdirSync(backupRoot);
    }
    catch {
        return [];
    }
    return names
        .filter((n) => /^\d{8}-\d{6}-[0-9a-f]+$/.test(n))
        .sort()
        .reverse()
        .map((n) => (0, file_tree_js_1.joinRelative)(backupRoot, n));
}
/** Keeps the newest `keep` backups (and `keepAlso`, e.g. the one just made); deletes the rest. Returns them. */
function pruneBackups(options) {
    const keep = options.keep ?? exports.DEFAULT_KEEP_BACKUPS;
    const all = listBackups(options.backupRoot);
    const deleted = all.slice(keep).filter((p) => p !== options.keepAlso);
    for (const p of deleted)
        (0, file_tree_js_1.removeTreeNoFollow)(p);
    return deleted;
}


/***/ }),

/***/ 8606:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Walking and copying folder trees for the planner, the release folders and the in-place backup. Synchronous fs
// calls on purpose: on a local disk they are the fastest way through 20,000 files in Node (see bench/).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathKey = pathKey;
exports.isWindowsStylePath = isWindowsStylePath;
exports.pathApiFor = pathApiFor;
exports.joinRelative = joinRelative;
exports.scanTree = scanTree;
exports.copyFileKeepingTime = copyFileKeepingTime;
exports.removeTreeNoFollow = removeTreeNoFollow;
exports.unlinkLink = unlinkLink;
exports.comparePaths = comparePaths;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
/** Windows file systems compare names case-insensitively. */
function pathKey(relativePath) {
    return relativePath.toLowerCase();
}
/** Windows-style path (drive letter or UNC), whatever platform we run on: decides which path flavour to use. */
function isWindowsStylePath(p) {
    return /^[A-Za-z]:([\\/]|$)/.test(p) || /^\\\\/.test(p);
}
function pathApiFor(p) {
    return isWindowsStylePath(p) ? node_path_1.default.win32 : node_path_1.default;
}
/** Joins a root and a relative path (with `/` separators) in the root's own flavour. */
function joinRelative(root, relativePath) {
    const api = pathApiFor(root);
    return relativePath === '' ? root : api.join(root, ...relativePath.split('/'));
}
function scanTree(root, options) {
    const scan = { exists: false, files: new Map(), directories: new Map(), links: [] };
    let rootStat;
    try {
        rootStat = node_fs_1.default.statSync(root);
    }
    catch {
        return scan;
    }
    if (!rootStat.isDirectory()) {
        const input = options.input ?? options.side;
        throw new errors_js_1.InputError(input, `Input '${input}': '${root}' is not a folder.`);
    }
    scan.exists = true;
    const follow = options.side === 'source';
    const stack = [''];
    while (stack.length > 0) {
        const relativeDir = stack.pop();
        const absoluteDir = joinRelative(root, relativeDir);
        let entries;
        try {
            entries = node_fs_1.default.readdirSync(absoluteDir, { withFileTypes: true });
        }
        catch (error) {
            // A folder that vanished meanwhile is simply not there; anything else (access denied) must surface.
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        for (const entry of entries) {
            const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            const absolute = node_path_1.default.join(absoluteDir, entry.name);
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            let stat;
            if (entry.isSymbolicLink()) {
                if (!follow) {
                    scan.links.push(relative);
                    continue;
                }
                try {
                    stat = node_fs_1.default.statSync(absolute);
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
                stat ??= node_fs_1.default.statSync(absolute);
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
        throw new errors_js_1.InputError(input, `Input '${input}': '${other}' and '${relative}' differ only in case; a Windows file system cannot hold both. Rename one of them.`);
    }
    // A case-sensitive target (tests on Linux) may hold both: the first one stands for the name, as on Windows.
}
/** Copies one file, creating folders, and keeps its modification time (so size+time comparisons hold later). */
function copyFileKeepingTime(from, to) {
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(to), { recursive: true });
    node_fs_1.default.copyFileSync(from, to);
    const stat = node_fs_1.default.statSync(from);
    node_fs_1.default.utimesSync(to, stat.atime, stat.mtime);
}
/**
 * Removes a tree without ever following a link: a junction or symlink (a release's link to `shared/`) is unlinked,
 * never entered, so shared data cannot be deleted through it.
 */
function removeTreeNoFollow(target) {
    let stat;
    try {
        stat = node_fs_1.default.lstatSync(target);
    }
    catch {
        return;
    }
    if (stat.isSymbolicLink()) {
        unlinkLink(target);
        return;
    }
    if (!stat.isDirectory()) {
        node_fs_1.default.rmSync(target, { force: true });
        return;
    }
    for (const name of node_fs_1.default.readdirSync(target))
        removeTreeNoFollow(node_path_1.default.join(target, name));
    node_fs_1.default.rmdirSync(target);
}
/** Removes a symlink or junction itself (on Windows a directory link may need rmdir). */
function unlinkLink(link) {
    try {
        node_fs_1.default.unlinkSync(link);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EPERM' || code === 'EISDIR')
            node_fs_1.default.rmdirSync(link);
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


/***/ }),

/***/ 5153:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// A tiny glob matcher for `exclude` and `preserve` (Node 20 has no path.matchesGlob; we add no dependency).
// Paths are relative to the app root with forward slashes and compared case-insensitively, as on Windows file
// systems. Supported: `*` (any characters but `/`), `?` (one character but `/`), `**` (any number of folders),
// a trailing `/` (folders only). A pattern with no `/` but a trailing one matches a name at any depth (like
// .gitignore and like robocopy's /XF and /XD, which match names); a pattern with a `/` is anchored at the root.
// Anything a pattern matches takes everything under it along: excluding a folder excludes its content.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeRelativePath = normalizeRelativePath;
exports.hasWildcard = hasWildcard;
exports.parsePattern = parsePattern;
exports.patternToRegExpSource = patternToRegExpSource;
exports.compileGlobs = compileGlobs;
exports.compilePatternList = compilePatternList;
const errors_js_1 = __nccwpck_require__(4296);
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
        throw new errors_js_1.InputError(input, `Input '${input}': '${raw}' matches everything; list files or folders to leave out.`);
    }
    const segments = body.split('/');
    if (segments.includes('..')) {
        throw new errors_js_1.InputError(input, `Input '${input}': '${raw}' leaves the app folder: use a path relative to the app folder, without '..'.`);
    }
    if (/^[A-Za-z]:/.test(body) || /^\/\//.test(text)) {
        throw new errors_js_1.InputError(input, `Input '${input}': '${raw}' is absolute: use a path relative to the app folder.`);
    }
    if (hasInvalidNameCharacter(body)) {
        throw new errors_js_1.InputError(input, `Input '${input}': '${raw}' contains a character Windows does not allow in file names (< > : " | or a control character).`);
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


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// msdeploy.exe reads its own raw command line instead of the argv that CommandLineToArgvW would give it
// (windows-facts §4.5: an argument in outer quotes fails with `Unrecognized argument '"-setParam:…"'. All arguments
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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MsDeployCommandLineError = void 0;
exports.unquoteMsDeployValue = unquoteMsDeployValue;
exports.parseMsDeploySettings = parseMsDeploySettings;
exports.parseMsDeployObject = parseMsDeployObject;
exports.settingValue = settingValue;
exports.splitMsDeployCommandLine = splitMsDeployCommandLine;
exports.parseMsDeployCommandLine = parseMsDeployCommandLine;
exports.msDeployValueProblem = msDeployValueProblem;
exports.quoteMsDeployValue = quoteMsDeployValue;
exports.quoteMsDeployProgram = quoteMsDeployProgram;
const errors_js_1 = __nccwpck_require__(4296);
/** msdeploy's own wording for a command line it cannot read (windows-facts §4.5). */
class MsDeployCommandLineError extends Error {
    name = 'MsDeployCommandLineError';
}
exports.MsDeployCommandLineError = MsDeployCommandLineError;
/** Switches that take a value (canonical casing), from the msdeploy 7.1 usage text and peers (windows-facts §4.2). */
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
        return 'it contains a double quote ("): msdeploy reads its own command line and has no escape for a quote inside a quoted value (windows-facts §4.5)';
    }
    if (value !== '' && !BARE.test(value) && NEEDS_QUOTES.test(value) && value.endsWith('\\')) {
        return 'it must be quoted (it contains a space, a comma or a quote) and ends with a backslash, and a backslash before the closing quote is read differently by different parsers (windows-facts §4.5)';
    }
    return undefined;
}
/**
 * A value as it must appear after `key=` on msdeploy's command line: bare when it only holds safe characters,
 * otherwise in double quotes (windows-facts §4.5). Throws an InputError naming the input (value masked when
 * secret) when the grammar cannot carry it.
 */
function quoteMsDeployValue(value, options) {
    const problem = msDeployValueProblem(value);
    if (problem !== undefined) {
        const what = options.what ? `${options.what} ` : '';
        throw new errors_js_1.InputError(options.input, `Input '${options.input}': ${what}${shown(value, options.secret ?? false)} cannot be passed to msdeploy: ${problem}.`);
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


/***/ }),

/***/ 9416:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// What msdeploy prints, read back: the per-object `Info:` lines, the `Total changes:` summary, and the error blocks
// (`Error Code: ERROR_X` / `More Information: …` / `Error: …` / `Error count: N.`, windows-facts §4.6), classified
// into an MsDeployError that says what happened and what to do (peers §4 idea 13). msdeploy fails with exit code
// -1, which arrives as 255 on Linux and as 4294967295 through some wrappers: the text decides, the code is the
// fallback.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MSDEPLOY_COMMAND_LINE_ERROR = exports.MsDeployError = void 0;
exports.parseMsDeployOutput = parseMsDeployOutput;
exports.isMsDeployFailureExitCode = isMsDeployFailureExitCode;
exports.normalizeMsDeployExitCode = normalizeMsDeployExitCode;
exports.classifyMsDeployFailure = classifyMsDeployFailure;
const errors_js_1 = __nccwpck_require__(4296);
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
/** Web Deploy error codes (https://go.microsoft.com/fwlink/?LinkId=221672, windows-facts §4.6, peers §3). */
const KNOWN_ERRORS = {
    ERROR_FILE_IN_USE: {
        summary: 'a file on the destination is locked by a running process (the app itself, windows-facts §6)',
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
class MsDeployError extends errors_js_1.ToolError {
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
exports.MsDeployError = MsDeployError;
/** Code used when msdeploy refused its command line (`Unrecognized argument …`): always our bug. */
exports.MSDEPLOY_COMMAND_LINE_ERROR = 'MSDEPLOY_COMMAND_LINE';
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
        return new MsDeployError(exports.MSDEPLOY_COMMAND_LINE_ERROR, exitCode, `msdeploy failed (${exitCodeText(exitCode)}): it could not read its command line: ${commandLine.message}`, BUG, false, details);
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
        // windows-facts §4.4: on failure the AppOffline rule leaves App_Offline.htm in place.
        parts.push(' The AppOffline rule may have left App_Offline.htm in place: the app answers 503 until it is removed.');
    }
    let fix = known?.fix(context);
    if (!fix && code)
        fix = `See https://go.microsoft.com/fwlink/?LinkId=221672#${code} for what ${code} means.`;
    if (!fix)
        fix = 'Read the msdeploy output above; rerun with debug logging for the full log.';
    return new MsDeployError(code, exitCode, parts.join(''), fix, known?.transient ?? false, details);
}


/***/ }),

/***/ 5985:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// `exclude` and `preserve` as msdeploy skip rules. A skip's `absolutePath` is a .NET regular expression matched
// against the full path of each object, on the source and on the destination alike (windows-facts §4.4), and a skip
// without `skipAction` keeps matching objects from being added, updated or deleted. So user paths must be escaped
// (a `.` or `(` in a name is not a pattern) and anchored: `\\logs$` is "a path ending in the folder logs", not
// "a path containing 'logs' somewhere" (an unanchored `logs` would also skip `catalogs\x.dll`).
//
// The anchor is a path separator, not the app root: the root is a different absolute path on each side (the publish
// folder here, the site folder or `Site/app` there, unknown for a remote server), so a rule cannot name it. A
// pattern therefore matches at any depth: `logs` is any folder named logs (as robocopy's /XD matches names), and
// `App_Data/keys` any `App_Data\keys`. For `preserve` that errs on the side of keeping more.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.APP_OFFLINE_SKIP = void 0;
exports.escapeMsDeployRegex = escapeMsDeployRegex;
exports.globBodyToMsDeployRegex = globBodyToMsDeployRegex;
exports.patternToMsDeployRegex = patternToMsDeployRegex;
exports.skipRulesForPattern = skipRulesForPattern;
exports.buildMsDeploySkipRules = buildMsDeploySkipRules;
const app_offline_js_1 = __nccwpck_require__(3074);
const glob_js_1 = __nccwpck_require__(5153);
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
/** app_offline.htm is never deployed from the source nor deleted from the target (windows-facts §6). */
exports.APP_OFFLINE_SKIP = {
    objectName: 'filePath',
    absolutePath: `(?i)\\\\${escapeMsDeployRegex(app_offline_js_1.APP_OFFLINE_FILE)}$`
};
/**
 * Every skip rule for `exclude` (source globs) and `preserve` (target paths), deduplicated, app_offline.htm first.
 * Invalid patterns throw the InputError of glob.ts (same validation as the robocopy provider and the planner).
 */
function buildMsDeploySkipRules(exclude = [], preserve = []) {
    const patterns = [
        ...clean(exclude).map((p) => (0, glob_js_1.parsePattern)(p, 'exclude')),
        ...clean(preserve).map((p) => (0, glob_js_1.parsePattern)(p, 'preserve', true))
    ];
    const rules = [exports.APP_OFFLINE_SKIP, ...patterns.flatMap(skipRulesForPattern)];
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


/***/ }),

/***/ 400:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The Web Deploy provider: one msdeploy `-verb:sync` from the publish folder to an IIS app (local, or remote through
// the Web Management Service), built as the exact raw command line msdeploy reads (msdeploy-command-line.ts) and
// run with verbatim arguments and no shell (windows-facts §4.5).
//
// Choices (windows-facts §4, peers §3):
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
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS = exports.DEFAULT_MSDEPLOY_RETRY_ATTEMPTS = void 0;
exports.trimTrailingSeparators = trimTrailingSeparators;
exports.iisAppPath = iisAppPath;
exports.msDeployComputerName = msDeployComputerName;
exports.formatSkipArgument = formatSkipArgument;
exports.buildMsDeployCommandLine = buildMsDeployCommandLine;
exports.buildMsDeployRemoveAppOfflineCommandLine = buildMsDeployRemoveAppOfflineCommandLine;
exports.msDeploySyncResult = msDeploySyncResult;
exports.syncWithWebDeploy = syncWithWebDeploy;
exports.removeAppOfflineWithWebDeploy = removeAppOfflineWithWebDeploy;
const errors_js_1 = __nccwpck_require__(4296);
const msdeploy_command_line_js_1 = __nccwpck_require__(6027);
const msdeploy_skips_js_1 = __nccwpck_require__(5985);
const msdeploy_output_js_1 = __nccwpck_require__(9416);
__exportStar(__nccwpck_require__(6027), exports);
__exportStar(__nccwpck_require__(9416), exports);
__exportStar(__nccwpck_require__(5985), exports);
exports.DEFAULT_MSDEPLOY_RETRY_ATTEMPTS = 5;
exports.DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS = 3000;
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
    (0, msdeploy_command_line_js_1.quoteMsDeployValue)(value, { input, what, secret });
}
/** `Site/app` for msdeploy from `site` and `application` (`/`, `/api`, `api/v1/`). */
function iisAppPath(site, application = '/') {
    if (site === '')
        throw new errors_js_1.InputError('site', "Input 'site' is empty: name the IIS site to deploy to.");
    if (/[\\/]/.test(site)) {
        throw new errors_js_1.InputError('site', `Input 'site' is '${site}': a site name cannot contain '/' or '\\'.`);
    }
    checkValue(site, 'site', 'the site name');
    const segments = application.replace(/\\/g, '/').split('/').filter(Boolean);
    if (segments.some((s) => s === '.' || s === '..')) {
        throw new errors_js_1.InputError('application', `Input 'application' is '${application}': use a virtual path such as / or /api.`);
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
        throw new errors_js_1.InputError(input, `Input '${input}' is '${url}': use https://host:8172/msdeploy.axd?site=<site> (Web Management Service) or a host name (Remote Agent Service).`);
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors_js_1.InputError(input, `Input '${input}' is '${url}', which is not a URL: write it as https://host:8172/msdeploy.axd?site=<site>.`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new errors_js_1.InputError(input, `Input '${input}' is '${url}': only https (or http) URLs are allowed.`);
    }
    if (parsed.username || parsed.password) {
        throw new errors_js_1.InputError(input, `Input '${input}' holds credentials: put them in 'msdeploy-username' and 'msdeploy-password' (the URL is logged, the password input is masked).`);
    }
    if (parsed.pathname === '' || parsed.pathname === '/')
        parsed.pathname = '/msdeploy.axd';
    const named = parsed.searchParams.get('site');
    if (named === null) {
        parsed.search = `${parsed.search ? `${parsed.search}&` : '?'}site=${encodeURIComponent(site)}`;
    }
    else if (named.toLowerCase() !== site.toLowerCase()) {
        throw new errors_js_1.InputError(input, `Input '${input}' names the site '${named}' (?site=) but 'site' is '${site}': Web Deploy authorizes per site, so they must match.`);
    }
    parsed.hash = '';
    return parsed.href;
}
/** `-skip:objectName=dirPath,absolutePath="(?i)\\logs$"` */
function formatSkipArgument(rule) {
    return `-skip:objectName=${rule.objectName},absolutePath=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(rule.absolutePath, { input: 'preserve' })}`;
}
function checkCount(value, input, max) {
    if (!Number.isInteger(value) || value < 0 || value > max) {
        throw new errors_js_1.InputError(input, `'${input}' is ${value}: use a whole number from 0 to ${max}.`);
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
        throw new errors_js_1.InputError('site', "A remote Web Deploy target ('msdeploy-url') needs 'site': the server authorizes per site.");
    }
    if (!iis && options.appOffline) {
        throw new errors_js_1.InputError('take-offline', "msdeploy's AppOffline rule needs an IIS site/app destination ('site'), not a physical folder: a folder gives ERROR_SITE_DOES_NOT_EXIST (peers §3.2).");
    }
    if (!iis && isPackage) {
        throw new errors_js_1.InputError('source', `Input 'source' is a Web Deploy package ('${options.source}'): it deploys to an IIS app, so 'site' is required.`);
    }
    const sourceValue = (0, msdeploy_command_line_js_1.quoteMsDeployValue)(source, { input: 'source', what: 'the publish folder' });
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
        add(`iisApp=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(appPath, { input: 'site' })}`);
    else {
        const folder = trimTrailingSeparators(target.folder);
        add(`contentPath=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(folder, { input: 'physical-path', what: 'the target folder' })}`);
    }
    if (remote) {
        const computerName = msDeployComputerName(remote.url, target.site);
        add(`computerName=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(computerName, { input: 'msdeploy-url' })}`);
        if (remote.userName !== undefined && remote.userName !== '') {
            add(`userName=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(remote.userName, { input: 'msdeploy-username', what: 'the user name' })}`);
        }
        if (remote.password !== undefined && remote.password !== '') {
            if (remote.userName === undefined || remote.userName === '') {
                throw new errors_js_1.InputError('msdeploy-username', "Input 'msdeploy-password' is set but 'msdeploy-username' is not: give both.");
            }
            const quoted = (0, msdeploy_command_line_js_1.quoteMsDeployValue)(remote.password, {
                input: 'msdeploy-password',
                what: 'the password',
                secret: true
            });
            add(`password=${quoted}`, `password=${MASK}`);
        }
        const authType = remote.authType ?? 'Basic';
        if (authType !== 'Basic' && authType !== 'NTLM') {
            throw new errors_js_1.InputError('msdeploy-auth-type', `Input 'msdeploy-auth-type' is '${String(authType)}': use Basic or NTLM.`);
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
        rest.push(`-setParam:name="IIS Web Application Name",value=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(appPath, { input: 'site' })}`);
    }
    if (options.appOffline)
        rest.push('-enableRule:AppOffline');
    if (!options.deleteExtra)
        rest.push('-enableRule:DoNotDeleteRule');
    for (const rule of (0, msdeploy_skips_js_1.buildMsDeploySkipRules)(options.exclude, options.preserve))
        rest.push(formatSkipArgument(rule));
    const attempts = checkCount(options.retryAttempts ?? exports.DEFAULT_MSDEPLOY_RETRY_ATTEMPTS, 'retryAttempts', 100);
    const interval = checkCount(options.retryIntervalMs ?? exports.DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS, 'retryIntervalMs', 600_000);
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
        throw new errors_js_1.InputError('site', 'Removing App_Offline.htm through msdeploy needs an IIS target (site).');
    }
    const file = `${iisAppPath(target.site, target.application)}/App_Offline.htm`;
    const real = [`contentPath=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(file, { input: 'site' })}`];
    const shown = [...real];
    if (remote) {
        const computerName = (0, msdeploy_command_line_js_1.quoteMsDeployValue)(msDeployComputerName(remote.url, target.site), {
            input: 'msdeploy-url'
        });
        real.push(`computerName=${computerName}`);
        shown.push(`computerName=${computerName}`);
        if (remote.userName) {
            const user = `userName=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(remote.userName, { input: 'msdeploy-username' })}`;
            real.push(user);
            shown.push(user);
        }
        if (remote.password) {
            real.push(`password=${(0, msdeploy_command_line_js_1.quoteMsDeployValue)(remote.password, { input: 'msdeploy-password', secret: true })}`);
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
    reporter.info(`[command]${(0, msdeploy_command_line_js_1.quoteMsDeployProgram)(msdeploy)} ${command.displayArgs.join(' ')}`);
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
    return { output: (0, msdeploy_output_js_1.parseMsDeployOutput)(stdout, stderr), exitCode: result.exitCode };
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
        retryAttempts: options.retryAttempts ?? exports.DEFAULT_MSDEPLOY_RETRY_ATTEMPTS
    };
    for (let attempt = 1;; attempt++) {
        const { output, exitCode } = await runMsDeploy(ports, command, options);
        const failure = (0, msdeploy_output_js_1.classifyMsDeployFailure)(output, exitCode, context);
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
            throw new errors_js_1.CancelledError();
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
    const failure = (0, msdeploy_output_js_1.classifyMsDeployFailure)(output, exitCode, { remote: options.remote !== undefined });
    if (failure)
        throw failure;
}


/***/ }),

/***/ 1039:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The change planner: what a sync of the publish folder onto the target will add, update and delete, and whether
// it touches a file the running app holds (which decides `take-offline: auto`). It compares like robocopy does by
// default (size, then modification time) or by SHA-256 content with `checksum: true`.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCKED_FILE_RULES = exports.FAT_TIME_TOLERANCE_MS = exports.EXACT_TIME_TOLERANCE_MS = exports.APP_OFFLINE_FILE = exports.DEFAULT_PRESERVE = void 0;
exports.lockedFileReason = lockedFileReason;
exports.isLockedFile = isLockedFile;
exports.parsePreserveList = parsePreserveList;
exports.buildSyncFilters = buildSyncFilters;
exports.planChanges = planChanges;
exports.alignTargetTimes = alignTargetTimes;
exports.summarizePlan = summarizePlan;
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const errors_js_1 = __nccwpck_require__(4296);
const app_offline_js_1 = __nccwpck_require__(3074);
Object.defineProperty(exports, "APP_OFFLINE_FILE", ({ enumerable: true, get: function () { return app_offline_js_1.APP_OFFLINE_FILE; } }));
const file_tree_js_1 = __nccwpck_require__(8606);
const glob_js_1 = __nccwpck_require__(5153);
/** contract §1 `preserve` default: the folders an app writes to at run time. */
exports.DEFAULT_PRESERVE = ['App_Data', 'logs'];
/**
 * Time tolerance when comparing modification times. Robocopy without /FFT compares exact times (NTFS keeps
 * 100 ns), and it copies timestamps, so a synced file matches to the tick; 1 ms absorbs float rounding in
 * Node's mtimeMs. With /FFT (FAT, some NAS shares) robocopy allows 2 s (windows-facts §5), and so do we.
 */
exports.EXACT_TIME_TOLERANCE_MS = 1;
exports.FAT_TIME_TOLERANCE_MS = 2000;
/**
 * Files the worker process loads or reads only at start. Changing any of them needs the app stopped, so
 * `take-offline: auto` takes the app offline; any other change (wwwroot, appsettings*.json, which ASP.NET Core
 * reloads on change) deploys without downtime.
 */
exports.LOCKED_FILE_RULES = [
    {
        test: (name) => name.endsWith('.dll') || name.endsWith('.exe'),
        reason: 'mapped into the worker (in-process w3wp.exe or the out-of-process app/dotnet.exe): Windows refuses to ' +
            'overwrite or delete them while the app runs (ERROR 32, ERROR_FILE_IN_USE; windows-facts §4.6, §6)'
    },
    {
        test: (name) => name === 'web.config',
        reason: 'IIS and ANCM restart the app when it changes: mid-copy the new configuration would start against the ' +
            'old binaries (windows-facts §2, §6)'
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
    return exports.LOCKED_FILE_RULES.find((rule) => rule.test(name))?.reason;
}
function isLockedFile(relativePath) {
    return lockedFileReason(relativePath) !== undefined;
}
/** Parses `preserve`: target paths relative to the app root, no wildcards. */
function parsePreserveList(values) {
    const { parsed } = (0, glob_js_1.compilePatternList)(values ?? exports.DEFAULT_PRESERVE, 'preserve', true);
    for (const p of parsed) {
        if ((0, glob_js_1.hasWildcard)(p.body)) {
            throw new errors_js_1.InputError('preserve', `Input 'preserve': '${p.raw}' has a wildcard; list target paths relative to the app root (e.g. App_Data, logs, wwwroot/uploads).`);
        }
    }
    return parsed;
}
function buildSyncFilters(exclude, preserve) {
    const excluded = (0, glob_js_1.compilePatternList)(exclude, 'exclude');
    const preserved = parsePreserveList(preserve);
    const preserveMatcher = (0, glob_js_1.compileGlobs)(preserved);
    const offline = (0, glob_js_1.compilePatternList)([app_offline_js_1.APP_OFFLINE_FILE], 'app_offline').matcher;
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
    const hash = (0, node_crypto_1.createHash)('sha256');
    if (size <= READ_WHOLE_LIMIT)
        return hash.update(node_fs_1.default.readFileSync(file)).digest('hex');
    await new Promise((resolve, reject) => {
        const stream = node_fs_1.default.createReadStream(file, { highWaterMark: 1 << 20 });
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
    const source = (0, file_tree_js_1.scanTree)(options.source, { ...scanOptions, side: 'source', input: 'source' });
    if (!source.exists) {
        throw new errors_js_1.InputError('source', `Input 'source': the folder '${options.source}' does not exist.`);
    }
    const target = (0, file_tree_js_1.scanTree)(options.target, { ...scanOptions, side: 'target', input: 'physical-path' });
    const tolerance = options.fatFileTimes ? exports.FAT_TIME_TOLERANCE_MS : exports.EXACT_TIME_TOLERANCE_MS;
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
                sha256((0, file_tree_js_1.joinRelative)(options.source, pair.source.path), pair.source.size),
                sha256((0, file_tree_js_1.joinRelative)(options.target, pair.target.path), pair.target.size)
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
    changes.sort((a, b) => (0, file_tree_js_1.comparePaths)(a.path, b.path));
    extraDirectories.sort((a, b) => b.split('/').length - a.split('/').length || (0, file_tree_js_1.comparePaths)(a, b));
    newDirectories.sort((a, b) => a.split('/').length - b.split('/').length || (0, file_tree_js_1.comparePaths)(a, b));
    retimed.sort(file_tree_js_1.comparePaths);
    forceCopy.sort(file_tree_js_1.comparePaths);
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
            ? { unchangedFiles: unchangedFiles.sort((a, b) => (0, file_tree_js_1.comparePaths)(a.path, b.path)) }
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
        const stat = node_fs_1.default.statSync((0, file_tree_js_1.joinRelative)(source, relative));
        node_fs_1.default.utimesSync((0, file_tree_js_1.joinRelative)(target, relative), stat.atime, stat.mtime);
        count++;
    }
    for (const relative of plan.forceCopy ?? []) {
        const stat = node_fs_1.default.statSync((0, file_tree_js_1.joinRelative)(source, relative));
        const older = new Date(stat.mtimeMs - 10_000);
        node_fs_1.default.utimesSync((0, file_tree_js_1.joinRelative)(target, relative), older, older);
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


/***/ }),

/***/ 5217:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// `strategy: releases` (contract §1 "Release folders", peers §4.3): each release is staged in
// `<root>/releases/<release-id>`, the `preserve` folders live in `<root>/shared/<name>` and are linked into each
// release, and the site/application is switched to the new folder in one IIS configuration change (the IIS module
// does the `appcmd set vdir`; this module says what to switch to and back to). No file of the live release is
// ever written, so no lock can fail the deploy.
//
// Staging copies, never hard-links: a hard link would share the file with the live release, and a later in-place
// edit (the web.config step, json-variables) would change the live app too. Unchanged files are copied from the
// live release when the source is on a network share (local disk to local disk is faster than the network);
// otherwise everything comes from the publish folder.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_KEEP_RELEASES = exports.SHARED_DIR = exports.RELEASES_DIR = void 0;
exports.validateReleaseId = validateReleaseId;
exports.expandPhysicalPath = expandPhysicalPath;
exports.resolveReleaseRoot = resolveReleaseRoot;
exports.planReleaseLayout = planReleaseLayout;
exports.rollbackTarget = rollbackTarget;
exports.stageRelease = stageRelease;
exports.listReleases = listReleases;
exports.pruneReleases = pruneReleases;
exports.isReleasePath = isReleasePath;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const errors_js_1 = __nccwpck_require__(4296);
const file_tree_js_1 = __nccwpck_require__(8606);
const planner_js_1 = __nccwpck_require__(1039);
exports.RELEASES_DIR = 'releases';
exports.SHARED_DIR = 'shared';
/** contract §1 `keep-releases` default. */
exports.DEFAULT_KEEP_RELEASES = 5;
/** A staging folder older than this is a leftover of a crashed run (deploys to one server are serialized). */
const STALE_STAGING_MS = 60 * 60 * 1000;
const STAGING_PREFIX = '.staging-';
// Names Windows reserves for devices, with or without an extension (Microsoft Learn, "Naming Files, Paths, and
// Namespaces"; docs/input-rules.md): a folder `CON` or `nul.txt` cannot be created or is the device itself.
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/**
 * A release id becomes a folder name: letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 100
 * characters; not a Windows device name (with or without extension); no trailing dot or space (Windows drops
 * them, so two ids would name one folder). So it can never leave `<root>/releases`. The options check runs this
 * same function before anything changes.
 */
function validateReleaseId(id) {
    const value = id.trim();
    const problem = value !== id && value !== ''
        ? 'must not start or end with a space (Windows drops a trailing one)'
        : !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)
            ? 'may only hold letters, digits, ".", "_" and "-", start with a letter or digit, and be at most 100 characters long (it is a folder name)'
            : value.endsWith('.')
                ? 'must not end with "." (Windows drops it)'
                : RESERVED_NAMES.test(value)
                    ? 'is a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without an extension)'
                    : undefined;
    if (problem) {
        throw new errors_js_1.InputError('release-id', `Input 'release-id': '${id}' ${problem}. Use e.g. 42-1 or 2026.11.22-1 (the default is the run number and attempt).`);
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
 * `<root>` (contract §1 "Release folders"): `physical-path` when given; otherwise, when the live physical path is
 * `<x>/releases/<id>`, `<x>`; otherwise the live physical path itself.
 */
function resolveReleaseRoot(options) {
    if (options.physicalPath?.trim())
        return stripSeparators(expandPhysicalPath(options.physicalPath, options.env));
    if (!options.livePhysicalPath?.trim()) {
        throw new errors_js_1.InputError('physical-path', "Input 'physical-path': needed with strategy: releases when IIS reports no physical path for the site/application (e.g. with create: true).");
    }
    const live = stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env));
    const api = (0, file_tree_js_1.pathApiFor)(live);
    const parent = api.dirname(live);
    if (parent !== live && api.basename(parent).toLowerCase() === exports.RELEASES_DIR)
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
    const api = (0, file_tree_js_1.pathApiFor)(root);
    const releasesDir = api.join(root, exports.RELEASES_DIR);
    const sharedDir = api.join(root, exports.SHARED_DIR);
    const releasePath = api.join(releasesDir, releaseId);
    const live = options.livePhysicalPath?.trim()
        ? stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env))
        : undefined;
    const filters = (0, planner_js_1.buildSyncFilters)([], options.preserve);
    const sharedLinks = filters.preserve.map((p) => ({
        name: p.body,
        link: (0, file_tree_js_1.joinRelative)(releasePath, p.body),
        target: (0, file_tree_js_1.joinRelative)(sharedDir, p.body)
    }));
    return { root, releasesDir, sharedDir, releaseId, releasePath, previousPath: live, sharedLinks };
}
/** Where a rollback switches the site/application back to; undefined on a first deploy (nothing to go back to). */
function rollbackTarget(layout) {
    return layout.previousPath;
}
/** Creates the link of a preserved folder: a junction on Windows (no privilege needed), a symlink elsewhere. */
function linkDirectory(target, link) {
    node_fs_1.default.symlinkSync(target, link, process.platform === 'win32' ? 'junction' : 'dir');
}
function copyTree(from, to) {
    let count = 0;
    node_fs_1.default.mkdirSync(to, { recursive: true });
    for (const entry of node_fs_1.default.readdirSync(from, { withFileTypes: true })) {
        const a = (0, file_tree_js_1.joinRelative)(from, entry.name);
        const b = (0, file_tree_js_1.joinRelative)(to, entry.name);
        if (entry.isSymbolicLink())
            continue;
        if (entry.isDirectory())
            count += copyTree(a, b);
        else if (entry.isFile()) {
            (0, file_tree_js_1.copyFileKeepingTime)(a, b);
            count++;
        }
    }
    return count;
}
function lstatOrUndefined(p) {
    try {
        return node_fs_1.default.lstatSync(p);
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
        throw new errors_js_1.InputError('release-id', `Input 'release-id': '${layout.releaseId}' is the live release (${layout.releasePath}); a release is never overwritten. Choose a new id (the default, run number and attempt, is unique per run).`);
    }
    const liveExists = live !== undefined && node_fs_1.default.existsSync(live);
    const comparison = liveExists
        ? await (0, planner_js_1.planChanges)({
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
    const filters = (0, planner_js_1.buildSyncFilters)(options.exclude, options.preserve);
    const source = (0, file_tree_js_1.scanTree)(options.source, {
        side: 'source',
        input: 'source',
        ignoreFile: filters.isProtectedFile,
        ignoreDirectory: filters.isProtectedDirectory
    });
    if (!source.exists) {
        throw new errors_js_1.InputError('source', `Input 'source': the folder '${options.source}' does not exist.`);
    }
    const seed = liveExists &&
        (options.seedFromLive === true ||
            ((options.seedFromLive ?? 'auto') === 'auto' && /^\\\\/.test(options.source)));
    const fromLive = new Map();
    if (seed && plan?.unchangedFiles) {
        for (const f of plan.unchangedFiles)
            fromLive.set((0, file_tree_js_1.pathKey)(f.path), f.targetPath);
    }
    let bytesCopied = 0;
    let seededFromLive = 0;
    for (const file of source.files.values()) {
        if (fromLive.has((0, file_tree_js_1.pathKey)(file.path)))
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
        (0, file_tree_js_1.removeTreeNoFollow)(layout.releasePath);
    }
    node_fs_1.default.mkdirSync(layout.releasesDir, { recursive: true });
    const api = (0, file_tree_js_1.pathApiFor)(layout.releasesDir);
    const staging = api.join(layout.releasesDir, `${STAGING_PREFIX}${layout.releaseId}-${process.pid}-${Date.now().toString(36)}`);
    try {
        node_fs_1.default.mkdirSync(staging);
        for (const dir of source.directories.values())
            node_fs_1.default.mkdirSync((0, file_tree_js_1.joinRelative)(staging, dir), { recursive: true });
        for (const file of source.files.values()) {
            const livePath = fromLive.get((0, file_tree_js_1.pathKey)(file.path));
            const from = livePath !== undefined && live
                ? (0, file_tree_js_1.joinRelative)(live, livePath)
                : (0, file_tree_js_1.joinRelative)(options.source, file.path);
            (0, file_tree_js_1.copyFileKeepingTime)(from, (0, file_tree_js_1.joinRelative)(staging, file.path));
        }
        for (const shared of layout.sharedLinks)
            linkShared(ports.reporter, shared, staging, live, options.source, layout);
        node_fs_1.default.renameSync(staging, layout.releasePath);
        const now = new Date();
        node_fs_1.default.utimesSync(layout.releasePath, now, now); // retention orders releases by this time
    }
    catch (error) {
        (0, file_tree_js_1.removeTreeNoFollow)(staging);
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
        touchesLockedFiles: plan.changes.some((c) => !dropped.includes(c) && (0, planner_js_1.isLockedFile)(c.path))
    };
}
function linkShared(reporter, shared, staging, live, source, layout) {
    const link = (0, file_tree_js_1.joinRelative)(staging, shared.name);
    const inLive = live ? lstatOrUndefined((0, file_tree_js_1.joinRelative)(live, shared.name)) : undefined;
    const sharedStat = lstatOrUndefined(shared.target);
    if (!sharedStat && inLive?.isFile()) {
        // A preserved file (not a folder): carry the live copy forward; the publish folder's copy never replaces it.
        (0, file_tree_js_1.copyFileKeepingTime)((0, file_tree_js_1.joinRelative)(live, shared.name), link);
        return;
    }
    if (!sharedStat) {
        const fromSource = lstatOrUndefined((0, file_tree_js_1.joinRelative)(source, shared.name));
        if (inLive?.isDirectory() && live) {
            // First release after an in-place deploy: the live app's data becomes the shared copy. The app keeps
            // running from the live folder until the switch; what it writes meanwhile stays there.
            const count = copyTree((0, file_tree_js_1.joinRelative)(live, shared.name), shared.target);
            reporter.info(`Preserved folder ${shared.name}: copied ${count} file(s) from the live folder to ${shared.target}.`);
            if (count > 0) {
                reporter.warning(`${shared.name} was copied from ${live} into ${shared.target}; what the app writes there until the switch stays in the old folder.`);
            }
        }
        else if (fromSource?.isDirectory()) {
            copyTree((0, file_tree_js_1.joinRelative)(source, shared.name), shared.target);
        }
        else {
            node_fs_1.default.mkdirSync(shared.target, { recursive: true });
        }
    }
    else if (!sharedStat.isDirectory() && !sharedStat.isSymbolicLink()) {
        throw new errors_js_1.InputError('preserve', `Input 'preserve': ${shared.target} is a file, but '${shared.name}' is linked as a folder into each release under ${layout.sharedDir}. Remove the file or the entry.`);
    }
    node_fs_1.default.mkdirSync((0, file_tree_js_1.pathApiFor)(link).dirname(link), { recursive: true });
    linkDirectory(shared.target, link);
}
/** The release folders under `<root>/releases`, newest first (by folder time, then by id). */
function listReleases(releasesDir) {
    let entries;
    try {
        entries = node_fs_1.default.readdirSync(releasesDir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => {
        const full = (0, file_tree_js_1.joinRelative)(releasesDir, e.name);
        return { id: e.name, path: full, mtimeMs: node_fs_1.default.statSync(full).mtimeMs };
    })
        .sort((a, b) => b.mtimeMs - a.mtimeMs || b.id.localeCompare(a.id, undefined, { numeric: true, sensitivity: 'base' }));
}
/**
 * Retention: keeps the live release, its predecessor and the newest others up to `keep` in all; deletes the rest
 * (never following the links into `shared`), and staging leftovers older than an hour.
 */
function pruneReleases(options) {
    if (!Number.isInteger(options.keep) || options.keep < 1) {
        throw new errors_js_1.InputError('keep-releases', `Input 'keep-releases': '${options.keep}' must be a whole number of 1 or more (the live release and its predecessor are always kept).`);
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
            (0, file_tree_js_1.removeTreeNoFollow)(p);
        removeStaleStaging(options.releasesDir);
    }
    const order = new Map(releases.map((r, i) => [r.path, i]));
    kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { kept, deleted };
}
function removeStaleStaging(releasesDir) {
    let entries;
    try {
        entries = node_fs_1.default.readdirSync(releasesDir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (!e.isDirectory() || !e.name.startsWith(STAGING_PREFIX))
            continue;
        const full = (0, file_tree_js_1.joinRelative)(releasesDir, e.name);
        if (Date.now() - node_fs_1.default.statSync(full).mtimeMs > STALE_STAGING_MS)
            (0, file_tree_js_1.removeTreeNoFollow)(full);
    }
}
/** True when `p` looks like `<x>/releases/<id>` (the site runs from a release folder). */
function isReleasePath(p) {
    const api = (0, file_tree_js_1.pathApiFor)(p);
    return api.basename(api.dirname(stripSeparators(p))).toLowerCase() === exports.RELEASES_DIR;
}


/***/ }),

/***/ 5058:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The robocopy provider (windows-facts §5, peers §3.9 and §4.9): an argument builder with sane defaults, the exit
// code bitmask decoded into words, the summary table parsed into counts, and a sync that retries when the running
// app holds a file (ERROR 32) and fails with the files named and the fix.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_LOCK_RETRY_DELAY_MS = exports.DEFAULT_LOCK_RETRIES = exports.LOCKED_ERROR_CODES = exports.DEFAULT_ROBOCOPY_THREADS = exports.DEFAULT_ROBOCOPY_WAIT_SECONDS = exports.DEFAULT_ROBOCOPY_RETRIES = void 0;
exports.stripTrailingSeparators = stripTrailingSeparators;
exports.buildRobocopyExclusions = buildRobocopyExclusions;
exports.buildRobocopyArgs = buildRobocopyArgs;
exports.decodeRobocopyExitCode = decodeRobocopyExitCode;
exports.parseRobocopyNumber = parseRobocopyNumber;
exports.parseRobocopySummary = parseRobocopySummary;
exports.parseRobocopyFileLines = parseRobocopyFileLines;
exports.parseRobocopyErrors = parseRobocopyErrors;
exports.robocopyErrorFix = robocopyErrorFix;
exports.syncWithRobocopy = syncWithRobocopy;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const command_line_js_1 = __nccwpck_require__(4925);
const errors_js_1 = __nccwpck_require__(4296);
const file_tree_js_1 = __nccwpck_require__(8606);
const glob_js_1 = __nccwpck_require__(5153);
const planner_js_1 = __nccwpck_require__(1039);
/** Robocopy's own defaults are 1,000,000 retries 30 s apart (windows-facts §5): a locked file would hang ~1 year. */
exports.DEFAULT_ROBOCOPY_RETRIES = 3;
exports.DEFAULT_ROBOCOPY_WAIT_SECONDS = 5;
exports.DEFAULT_ROBOCOPY_THREADS = 8;
/**
 * `C:\x\` → `C:\x`: a quoted path ending in a backslash (`"C:\x\"`) reads as an escaped quote and swallows the
 * next arguments (windows-facts §5). A drive root keeps its backslash (`D:\` never needs quotes); a POSIX root
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
 * and in the target, which keeps the target copy from being purged or overwritten (windows-facts §5 marks the
 * purge part (U); the fake robocopy implements it, the scenario test shows it). Patterns robocopy cannot express
 * (a wildcard inside a path, `**` inside a path) are refused with the alternatives.
 */
function buildRobocopyExclusions(source, target, exclude, preserve) {
    const files = [planner_js_1.APP_OFFLINE_FILE];
    const directories = [];
    const bothSides = (relative) => [
        (0, file_tree_js_1.joinRelative)(source, relative),
        (0, file_tree_js_1.joinRelative)(target, relative)
    ];
    for (const pattern of (0, glob_js_1.compilePatternList)(exclude, 'exclude').parsed) {
        if (!pattern.anchored) {
            if (pattern.body.includes('/')) {
                throw new errors_js_1.InputError('exclude', `Input 'exclude': '${pattern.raw}' (a path at any depth) cannot be expressed with robocopy, which matches names or full paths. Use a name (*.pdb, node_modules/), a path from the app root (wwwroot/uploads), or method: msdeploy.`);
            }
            const name = pattern.body.replace(/\*\*/g, '*');
            directories.push(name);
            if (!pattern.directoryOnly)
                files.push(name);
            continue;
        }
        if ((0, glob_js_1.hasWildcard)(pattern.body)) {
            throw new errors_js_1.InputError('exclude', `Input 'exclude': '${pattern.raw}' has a wildcard inside a path; robocopy matches wildcards against names only. Use a name pattern (*.json), a literal path (config/local.json), or method: msdeploy.`);
        }
        directories.push(...bothSides(pattern.body));
        if (!pattern.directoryOnly)
            files.push(...bothSides(pattern.body));
    }
    for (const pattern of (0, planner_js_1.parsePreserveList)(preserve)) {
        // We cannot know whether a preserved path is a file or a folder on the target: name it in both lists.
        directories.push(...bothSides(pattern.body));
        files.push(...bothSides(pattern.body));
    }
    return { files: dedupe(files), directories: dedupe(directories) };
}
function checkRange(name, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new errors_js_1.InputError(name, `robocopy ${name} must be a whole number from ${min} to ${max}, got ${value}.`);
    }
    return value;
}
/**
 * The robocopy command line (without the executable). Decisions, each with its reason:
 * - `/E` (with empty folders) and `/PURGE` for delete-extra, not `/MIR`: /MIR also overwrites the security of
 *   existing target folders (windows-facts §5), which would undo the permissions step's grants.
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
        throw new errors_js_1.InputError('source', "Input 'source' is empty.");
    if (!options.target.trim())
        throw new errors_js_1.InputError('physical-path', 'The target folder is empty.');
    const source = stripTrailingSeparators(options.source);
    const target = stripTrailingSeparators(options.target);
    const retries = checkRange('retries', options.retries ?? exports.DEFAULT_ROBOCOPY_RETRIES, 0, 1000);
    const wait = checkRange('waitSeconds', options.waitSeconds ?? exports.DEFAULT_ROBOCOPY_WAIT_SECONDS, 0, 3600);
    const threads = checkRange('threads', options.threads ?? exports.DEFAULT_ROBOCOPY_THREADS, 1, 128);
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
/** Decodes robocopy's exit code bitmask (windows-facts §5, KB 954404). */
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
exports.LOCKED_ERROR_CODES = [32, 33];
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
exports.DEFAULT_LOCK_RETRIES = 2;
exports.DEFAULT_LOCK_RETRY_DELAY_MS = 10_000;
function absolute(p) {
    return p.trim() === '' || node_path_1.default.win32.isAbsolute(p) || node_path_1.default.posix.isAbsolute(p) ? p : node_path_1.default.resolve(p);
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
    const lockRetries = options.lockRetries ?? exports.DEFAULT_LOCK_RETRIES;
    const lockDelay = options.lockRetryDelayMs ?? exports.DEFAULT_LOCK_RETRY_DELAY_MS;
    const roots = [options.source, options.target];
    if (options.plan && !options.dryRun) {
        // checksum: true with a size+time tool: make robocopy copy exactly what the content comparison found.
        const count = (0, planner_js_1.alignTargetTimes)(options.plan, options.source, options.target);
        if (count > 0) {
            ports.reporter.info(`Checksum comparison: adjusted the time of ${count} target file(s) so that robocopy copies exactly the changed ones.`);
        }
    }
    for (let attempt = 1;; attempt++) {
        ports.reporter.info(`[command]${(0, command_line_js_1.formatCommandLine)(tool, args)}`);
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
                .filter((e) => e.code !== undefined && exports.LOCKED_ERROR_CODES.includes(e.code))
                .map((e) => relativeTo(e.path, roots)))
        ];
        const otherErrors = errors.filter((e) => e.code === undefined || !exports.LOCKED_ERROR_CODES.includes(e.code));
        if (lockedPaths.length > 0 && otherErrors.length === 0 && attempt <= lockRetries) {
            ports.reporter.warning(`robocopy: ${lockedPaths.length} file(s) are locked by another process (ERROR 32, sharing violation): ${listFew(lockedPaths)}. ` +
                `Waiting ${Math.round(lockDelay / 1000)} s, then running robocopy again (retry ${attempt} of ${lockRetries}).`);
            await ports.clock.sleep(lockDelay, ports.signal);
            continue;
        }
        if (lockedPaths.length > 0 && otherErrors.length === 0) {
            throw new errors_js_1.ToolError('robocopy', result.exitCode, `robocopy could not replace ${lockedPaths.length} file(s) because another process holds them (ERROR 32, sharing violation), after ${attempt} run(s) with /R:${options.retries ?? exports.DEFAULT_ROBOCOPY_RETRIES} each: ${listFew(lockedPaths)}. Exit code ${result.exitCode}: ${status.description}.`, robocopyErrorFix(32));
        }
        const first = otherErrors[0] ?? errors[0];
        const detail = errors
            .slice(0, 5)
            .map((e) => `${e.code === undefined ? 'ERROR' : `ERROR ${e.code}`} ${e.action} ${e.path}${e.message ? `: ${e.message}` : ''}`.trim())
            .join('\n');
        const tail = result.stdout.trim().split(/\r?\n/).slice(-5).join('\n');
        throw new errors_js_1.ToolError('robocopy', result.exitCode, `robocopy failed with exit code ${result.exitCode} (${status.description})` +
            (failedCount > 0 ? `, ${failedCount} item(s) FAILED` : '') +
            `.\n${detail || tail}`, robocopyErrorFix(first?.code));
    }
}


/***/ }),

/***/ 3243:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// The deploy's web.config step (contract input `web-config`): validate the publish folder's web.config, or first
// do what `dotnet publish` does to it (generating it when missing), then validate. Errors stop the deploy before
// anything on the server changes; warnings and changes go to the log with their file:line:col.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyWebConfig = applyWebConfig;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const atomic_write_js_1 = __nccwpck_require__(627);
const diagnostics_js_1 = __nccwpck_require__(2851);
const model_js_1 = __nccwpck_require__(9366);
const publish_folder_js_1 = __nccwpck_require__(6233);
const sub_application_js_1 = __nccwpck_require__(3462);
const transform_js_1 = __nccwpck_require__(1331);
const validate_js_1 = __nccwpck_require__(8429);
const web_config_file_js_1 = __nccwpck_require__(8963);
function report(reporter, diagnostics) {
    for (const d of diagnostics) {
        const location = d.line
            ? { file: d.file, line: d.line, column: d.column, title: d.rule }
            : { file: d.file };
        if (d.severity === 'error')
            reporter.error((0, diagnostics_js_1.formatDiagnostic)(d), location);
        else
            reporter.warning((0, diagnostics_js_1.formatDiagnostic)(d), location);
    }
}
function facts(text, file) {
    if (text === undefined)
        return {};
    try {
        return { hostingModel: (0, transform_js_1.readHostingModel)(text, file), stdoutLog: (0, transform_js_1.stdoutLogPath)(text, file) };
    }
    catch {
        return {};
    }
}
function readQuietly(file) {
    try {
        return (0, web_config_file_js_1.readWebConfigSource)(file).text;
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
        if (error instanceof diagnostics_js_1.WebConfigError)
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
    const existing = (0, publish_folder_js_1.findWebConfig)(publishDir);
    const file = existing ?? node_path_1.default.join(publishDir, 'web.config');
    const empty = { file, diagnostics: [], changes: [], written: false, generated: false };
    if (settings.mode === 'skip') {
        return { ...empty, ...facts(existing ? readQuietly(existing) : undefined, file) };
    }
    if (settings.mode === 'validate') {
        const { diagnostics } = (0, validate_js_1.validatePublishFolder)(publishDir, { subApplication: settings.subApplication });
        report(reporter, diagnostics);
        if ((0, diagnostics_js_1.hasErrors)(diagnostics))
            throw new diagnostics_js_1.WebConfigError(diagnostics.filter((d) => d.severity === 'error'));
        const text = (0, web_config_file_js_1.readWebConfigSource)(file).text;
        return { ...empty, diagnostics, ...facts(text, file) };
    }
    const { source, result } = reportFailure(reporter, () => {
        const source = existing ? (0, web_config_file_js_1.readWebConfigSource)(existing) : undefined;
        const appName = settings.appName ?? (0, publish_folder_js_1.detectAppName)(publishDir);
        const selfContained = settings.selfContained ?? (0, publish_folder_js_1.detectSelfContained)(publishDir, appName);
        let result = (0, transform_js_1.transformWebConfig)(source?.text, {
            file,
            appName,
            selfContained,
            hostingModel: settings.hostingModel,
            environment: settings.environment,
            environmentVariables: settings.environmentVariables
        });
        if (settings.subApplication) {
            const fitted = (0, sub_application_js_1.fitSubApplication)(result.text, { kind: 'aspnetcore', file });
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
        reporter.info(`${node_path_1.default.basename(file)}: ${change}`);
    const document = (0, model_js_1.parseOwnOutput)(result.text, file);
    const diagnostics = (0, validate_js_1.validateWebConfig)(document, {
        file,
        publishDir,
        subApplication: settings.subApplication
    });
    report(reporter, diagnostics);
    if ((0, diagnostics_js_1.hasErrors)(diagnostics))
        throw new diagnostics_js_1.WebConfigError(diagnostics.filter((d) => d.severity === 'error'));
    const write = result.changed && !settings.dryRun;
    if (write)
        await (0, atomic_write_js_1.writeFileAtomic)(file, (0, web_config_file_js_1.encodeWebConfig)(result.text, source?.encoding ?? 'utf8'));
    return {
        file,
        diagnostics,
        changes: result.changes,
        written: write,
        generated: result.generated,
        ...facts(document, file)
    };
}


/***/ }),

/***/ 2851:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// What validation and transformation report: one problem, where it is (`file:line:col`), how bad, and which rule.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WebConfigError = exports.DiagnosticSink = exports.WEB_CONFIG_RULES = void 0;
exports.formatDiagnostic = formatDiagnostic;
exports.hasErrors = hasErrors;
const errors_js_1 = __nccwpck_require__(4296);
/** Every rule the validator knows, so tests can enumerate them and `--json` consumers can filter. */
exports.WEB_CONFIG_RULES = [
    'not-well-formed',
    'missing-file',
    'encoding',
    'root-element',
    'system-webserver-missing',
    'duplicate-section',
    'handler-missing',
    'handler-duplicate',
    'handler-removed',
    'handler-module',
    'handler-attributes',
    'aspnetcore-missing',
    'process-path-missing',
    'launcher-placeholder',
    'process-path-file',
    'arguments-file',
    'runtimeconfig-missing',
    'hosting-model',
    'inprocess-v1',
    'attribute-format',
    'attribute-range',
    'ignored-in-process',
    'stdout-log-enabled',
    'ignored-section',
    'environment-variables',
    'environment-variable-duplicate',
    'environment-development',
    'handler-settings',
    'unknown-attribute',
    'unknown-element',
    'xdt-leftover',
    'sub-application-handler'
];
/** `error: web.config:3:7: message` (contract §4); without a position: `error: web.config: message`. */
function formatDiagnostic(diagnostic) {
    const where = diagnostic.line
        ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
        : diagnostic.file;
    return `${diagnostic.severity}: ${where}: ${diagnostic.message}`;
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** Collects diagnostics for one document; offsets become line and column. */
class DiagnosticSink {
    file;
    doc;
    diagnostics = [];
    constructor(file, doc) {
        this.file = file;
        this.doc = doc;
    }
    add(severity, rule, offset, message) {
        const { line, column } = this.doc && offset >= 0 ? this.doc.position(offset) : { line: 0, column: 0 };
        this.diagnostics.push({ severity, message, file: this.file, line, column, rule });
    }
    error(rule, offset, message) {
        this.add('error', rule, offset, message);
    }
    warning(rule, offset, message) {
        this.add('warning', rule, offset, message);
    }
}
exports.DiagnosticSink = DiagnosticSink;
/**
 * A web.config that cannot be used (not well-formed, or the transform cannot apply). Carries its diagnostics so
 * the CLI prints them as `error: file:line:col: ...` and the pipeline reports them with their location.
 */
class WebConfigError extends errors_js_1.InputError {
    diagnostics;
    name = 'WebConfigError';
    constructor(diagnostics) {
        super('web-config', diagnostics.map(formatDiagnostic).join('\n'));
        this.diagnostics = diagnostics;
    }
}
exports.WebConfigError = WebConfigError;


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Where the ASP.NET Core settings of an app live in a web.config, shared by validate, transform and the
// sub-application mode. Facts: windows-facts §2.2 (handler entry, location wrapper) and §2.4 (checklist).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HOSTING_MODELS = exports.MODULE_V1 = exports.MODULE_V2 = exports.ASPNETCORE_HANDLER = void 0;
exports.equalsIgnoreCase = equalsIgnoreCase;
exports.isAppLocation = isAppLocation;
exports.appWebServerSections = appWebServerSections;
exports.isAspNetCoreName = isAspNetCoreName;
exports.isAspNetCoreHandler = isAspNetCoreHandler;
exports.appAspNetCoreElement = appAspNetCoreElement;
exports.editScope = editScope;
exports.firstDescendant = firstDescendant;
exports.toDocument = toDocument;
exports.toConfigurationDocument = toConfigurationDocument;
exports.parseOwnOutput = parseOwnOutput;
exports.readErrorDiagnostic = readErrorDiagnostic;
exports.effectiveHostingModel = effectiveHostingModel;
exports.splitArguments = splitArguments;
exports.normalizeAppRelativePath = normalizeAppRelativePath;
const xml_document_js_1 = __nccwpck_require__(7864);
const xml_edit_js_1 = __nccwpck_require__(461);
const parse_xml_js_1 = __nccwpck_require__(926);
const diagnostics_js_1 = __nccwpck_require__(2851);
exports.ASPNETCORE_HANDLER = 'aspNetCore';
exports.MODULE_V2 = 'AspNetCoreModuleV2';
exports.MODULE_V1 = 'AspNetCoreModule';
exports.HOSTING_MODELS = ['inprocess', 'outofprocess'];
function equalsIgnoreCase(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
/** A `<location>` that applies to the application itself: `path="."`, `path=""` or no path (§2.4). */
function isAppLocation(location) {
    const path = (0, xml_edit_js_1.getAttribute)(location, 'path');
    return path === undefined || path.trim() === '' || path.trim() === '.';
}
/** The `system.webServer` elements that configure the app root, in document order. */
function appWebServerSections(root) {
    const sections = [];
    for (const child of (0, xml_edit_js_1.childElements)(root)) {
        if (child.name === 'system.webServer')
            sections.push(child);
        else if (child.name === 'location' && isAppLocation(child))
            sections.push(...(0, xml_edit_js_1.childElements)(child, 'system.webServer'));
    }
    return sections;
}
/** `<add name="aspNetCore">`, compared case-insensitively as the SDK does (WebConfigTransform.cs). */
function isAspNetCoreName(name) {
    return equalsIgnoreCase(name, exports.ASPNETCORE_HANDLER);
}
/** A handler entry that runs the ASP.NET Core Module: named aspNetCore or using an AspNetCoreModule* module. */
function isAspNetCoreHandler(add) {
    if (isAspNetCoreName((0, xml_edit_js_1.getAttribute)(add, 'name')))
        return true;
    const modules = (0, xml_edit_js_1.getAttribute)(add, 'modules');
    return modules !== undefined && /^aspnetcoremodule(v2)?$/i.test(modules.trim());
}
/** The first `<aspNetCore>` element that configures the app root. */
function appAspNetCoreElement(root) {
    for (const section of appWebServerSections(root)) {
        const element = (0, xml_edit_js_1.childElements)(section, 'aspNetCore')[0];
        if (element)
            return element;
    }
    return undefined;
}
/**
 * Where the SDK's WebConfigTransform edits: the <location> holding the first aspNetCore element (or the root when
 * that element is outside any location); with no aspNetCore element, the location that applies to the app, else
 * the root. (The SDK takes the first <location> whatever its path; a `path="wwwroot"` one would be wrong.)
 */
function editScope(root) {
    const existing = firstDescendant(root, 'aspNetCore');
    if (existing) {
        let node = existing;
        while (node.parent && node.parent.type === 'element' && node.parent !== root)
            node = node.parent;
        return node.name === 'location' ? node : root;
    }
    return (0, xml_edit_js_1.childElements)(root, 'location').find(isAppLocation) ?? root;
}
/** The first element named `name` below `root`, depth first, without recursion (hostile nesting). */
function firstDescendant(root, name) {
    const stack = [root];
    while (stack.length) {
        const element = stack.pop();
        if (element !== root && element.name === name)
            return element;
        const children = (0, xml_edit_js_1.childElements)(element);
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return undefined;
}
/** Parses text (or passes a document through); a document that is not well-formed becomes a WebConfigError. */
function toDocument(input, file) {
    if (typeof input !== 'string')
        return input;
    try {
        return (0, parse_xml_js_1.parseXml)(input, file);
    }
    catch (error) {
        if (error instanceof parse_xml_js_1.XmlReadError)
            throw new diagnostics_js_1.WebConfigError([readErrorDiagnostic(error)]);
        throw error;
    }
}
/** Parses a web.config for editing: well-formed, and with <configuration> as its root, or a WebConfigError. */
function toConfigurationDocument(input, file) {
    const doc = toDocument(input, file);
    const root = doc.root;
    if (root.name !== 'configuration') {
        const { line, column } = doc.position(root.offset);
        throw new diagnostics_js_1.WebConfigError([
            {
                severity: 'error',
                rule: 'root-element',
                file,
                line,
                column,
                message: `The root element is <${root.name}>: a web.config has <configuration> as its root. Nothing was changed.`
            }
        ]);
    }
    return doc;
}
/**
 * Parses text this engine just serialized from a validated document (a transform result) without running the
 * validator again: on a multi-megabyte file that halves the cost. Positions are those of the new text.
 */
function parseOwnOutput(text, file) {
    try {
        return (0, xml_document_js_1.parseXmlDocument)(text);
    }
    catch (error) {
        if (error instanceof xml_document_js_1.XmlSyntaxError) {
            throw new diagnostics_js_1.WebConfigError([
                {
                    severity: 'error',
                    rule: 'not-well-formed',
                    file,
                    line: error.line,
                    column: error.column,
                    message: error.message
                }
            ]);
        }
        throw error;
    }
}
function readErrorDiagnostic(error) {
    return {
        severity: 'error',
        rule: 'not-well-formed',
        file: error.file,
        // A file that is empty or binary has no better position than its start.
        line: error.line || 1,
        column: error.column || 1,
        message: error.message
    };
}
/** The effective hosting model: ANCM treats an absent or empty hostingModel as out-of-process (§2.1). */
function effectiveHostingModel(aspNetCore) {
    if (!aspNetCore)
        return undefined;
    const value = (0, xml_edit_js_1.getAttribute)(aspNetCore, 'hostingModel')?.trim().toLowerCase();
    if (value === undefined || value === '')
        return 'outofprocess';
    return exports.HOSTING_MODELS.includes(value) ? value : undefined;
}
/**
 * Splits an `arguments` value the way the .NET host sees it (CommandLineToArgvW, simplified: quotes group,
 * backslashes are literal unless they precede a quote). Offsets are positions in the decoded value.
 */
function splitArguments(value) {
    const tokens = [];
    let i = 0;
    while (i < value.length) {
        while (i < value.length && /\s/.test(value[i]))
            i++;
        if (i >= value.length)
            break;
        const start = i;
        let text = '';
        let quoted = false;
        while (i < value.length && (quoted || !/\s/.test(value[i]))) {
            const ch = value[i];
            if (ch === '"')
                quoted = !quoted;
            else
                text += ch;
            i++;
        }
        tokens.push({ text, start, end: i });
    }
    return tokens;
}
/** `.\MyApp.dll`, `./MyApp.dll` and `MyApp.dll` name the same file in the site root. */
function normalizeAppRelativePath(value) {
    return value
        .trim()
        .replace(/\//g, '\\')
        .replace(/^(\.\\)+/, '')
        .toLowerCase();
}


/***/ }),

/***/ 6233:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// What a `dotnet publish` folder tells about the app: its name (from `<app>.runtimeconfig.json`), whether it is
// self-contained (`<app>.exe` and no shared-framework reference), and whether a file a web.config names is there.
// Windows file names are case-insensitive, so every lookup here is too.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findFileIgnoreCase = findFileIgnoreCase;
exports.findWebConfig = findWebConfig;
exports.readRuntimeConfig = readRuntimeConfig;
exports.detectAppName = detectAppName;
exports.detectSelfContained = detectSelfContained;
exports.lookupPublishFile = lookupPublishFile;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const RUNTIMECONFIG = '.runtimeconfig.json';
/** Names in a folder, or [] when it cannot be read. */
function listFolder(folder) {
    try {
        return node_fs_1.default.readdirSync(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** A file in `folder` whose name matches `name` case-insensitively (exact match preferred). */
function findFileIgnoreCase(folder, name) {
    const entries = listFolder(folder).filter((e) => e.isFile() || e.isSymbolicLink());
    const exact = entries.find((e) => e.name === name);
    const match = exact ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    return match ? node_path_1.default.join(folder, match.name) : undefined;
}
/** The publish folder's web.config (`Web.config` counts: IIS does not care about case). */
function findWebConfig(publishDir) {
    return findFileIgnoreCase(publishDir, 'web.config');
}
/** Reads `<app>.runtimeconfig.json`; undefined when absent. Invalid JSON is an InputError naming the file. */
function readRuntimeConfig(publishDir, appName) {
    const file = findFileIgnoreCase(publishDir, `${appName}${RUNTIMECONFIG}`);
    if (!file)
        return undefined;
    const text = node_fs_1.default.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors_js_1.InputError('source', `${file} is not valid JSON (${error.message}); re-run dotnet publish to regenerate it.`);
    }
}
function frameworkNames(config) {
    const options = config?.runtimeOptions;
    return [
        ...(options?.framework ? [options.framework] : []),
        ...(options?.frameworks ?? []),
        ...(options?.includedFrameworks ?? [])
    ].map((f) => f.name ?? '');
}
/**
 * The assembly name of the app in a publish folder, from its `*.runtimeconfig.json` (development files such as
 * `*.dev.runtimeconfig.json` and `*.runtimeconfig.dev.json` are not apps). A runtimeconfig without its `.dll` is
 * not an app either. Several remaining candidates: those using ASP.NET Core win; still several → InputError
 * naming them and the input that settles it.
 */
function detectAppName(publishDir, input = 'app-name') {
    const files = listFolder(publishDir)
        .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(RUNTIMECONFIG))
        .map((e) => e.name)
        .filter((name) => !name.toLowerCase().endsWith(`.dev${RUNTIMECONFIG}`))
        .sort();
    if (files.length === 0) {
        throw new errors_js_1.InputError(input, `No *.runtimeconfig.json in ${publishDir}: is it the output of 'dotnet publish'? Set '${input}' to the assembly name (e.g. MyApp).`);
    }
    let candidates = files.map((name) => name.slice(0, -RUNTIMECONFIG.length));
    const withDll = candidates.filter((name) => findFileIgnoreCase(publishDir, `${name}.dll`));
    if (withDll.length > 0)
        candidates = withDll;
    if (candidates.length > 1) {
        const web = candidates.filter((name) => frameworkNames(readRuntimeConfig(publishDir, name)).some((f) => f === 'Microsoft.AspNetCore.App'));
        if (web.length > 0)
            candidates = web;
    }
    if (candidates.length > 1) {
        throw new errors_js_1.InputError(input, `Several apps in ${publishDir}: ${candidates.map((c) => `${c}${RUNTIMECONFIG}`).join(', ')}. Set '${input}' to the one IIS runs (e.g. ${candidates[0]}).`);
    }
    return candidates[0];
}
/**
 * True when the app runs as `<app>.exe`: the apphost is there and the runtimeconfig names no shared framework
 * (a self-contained publish lists `includedFrameworks` instead). A framework-dependent publish for Windows also
 * has `<app>.exe`, but the SDK still writes `processPath="dotnet"` for it (§2.3: UseAppHost defaults to
 * SelfContained in the web SDK).
 */
function detectSelfContained(publishDir, appName, input = 'self-contained') {
    const config = readRuntimeConfig(publishDir, appName);
    const options = config?.runtimeOptions;
    const frameworkDependent = Boolean(options?.framework || (options?.frameworks && options.frameworks.length));
    const exe = findFileIgnoreCase(publishDir, `${appName}.exe`);
    if (frameworkDependent)
        return false;
    if (options?.includedFrameworks && !exe) {
        throw new errors_js_1.InputError(input, `${appName} is published self-contained but ${publishDir} has no ${appName}.exe: publish for a Windows runtime (-r win-x64) or set '${input}: false'.`);
    }
    return Boolean(exe);
}
/** Resolves a path written in web.config (`.\MyApp.dll`, `bin\App.exe`) against the publish folder. */
function lookupPublishFile(publishDir, written) {
    const value = written.trim();
    if (value.includes('%') || node_path_1.default.win32.isAbsolute(value) || /^[a-z]:/i.test(value))
        return { status: 'unchecked' };
    const parts = value.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
    let current = publishDir;
    for (const [index, part] of parts.entries()) {
        if (part === '..')
            return { status: 'unchecked' };
        const last = index === parts.length - 1;
        const entries = listFolder(current);
        const match = entries.find((e) => e.name === part) ?? entries.find((e) => e.name.toLowerCase() === part.toLowerCase());
        if (!match || (last ? match.isDirectory() : !match.isDirectory())) {
            return { status: 'missing', path: node_path_1.default.join(publishDir, ...parts) };
        }
        current = node_path_1.default.join(current, match.name);
    }
    return parts.length ? { status: 'found', path: current } : { status: 'missing', path: publishDir };
}


/***/ }),

/***/ 3462:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Makes a web.config fit an IIS application that lives below an ASP.NET Core app (windows-facts §2.2, the Hosting
// guide's "Sub-application configuration"). A child inherits the parent's `aspNetCore` handler unless the parent
// wraps its system.webServer in <location path="." inheritInChildApplications="false"> (what dotnet publish
// writes, but hand-written or older parents do not):
// - an ASP.NET Core child: `<remove name="aspNetCore" />` right before its own <add>, so the two never collide
//   (500.19 "Cannot add duplicate collection entry") whatever the parent does; the child keeps its own handler,
//   because with the wrapper in the parent it inherits none;
// - any other child (static site, ASP.NET 4, PHP): `<handlers><remove name="aspNetCore" /></handlers>`, so the
//   parent's module does not take its requests.
// Idempotent: a second run changes nothing.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUB_APPLICATION_KINDS = void 0;
exports.fitSubApplication = fitSubApplication;
exports.passesHandlerToChildren = passesHandlerToChildren;
const errors_js_1 = __nccwpck_require__(4296);
const xml_edit_js_1 = __nccwpck_require__(461);
const model_js_1 = __nccwpck_require__(9366);
/** `aspnetcore`: an ASP.NET Core app below an ASP.NET Core app; `other`: anything else below one. */
exports.SUB_APPLICATION_KINDS = ['aspnetcore', 'other'];
const REMOVE_WHY = 'so the handler inherited from the parent ASP.NET Core app does not collide with it (IIS 500.19) when the ' +
    'parent does not use inheritInChildApplications="false"';
/** Adapts a child application's web.config (`text` undefined = none yet, only for `kind: 'other'`). */
function fitSubApplication(text, options) {
    const file = options.file ?? 'web.config';
    if (text === undefined && options.kind === 'aspnetcore') {
        throw new errors_js_1.InputError('web-config', `${file} does not exist: an ASP.NET Core sub-application needs its own web.config (run the transform first).`);
    }
    const newline = options.newline ?? '\r\n';
    const generated = text === undefined;
    const source = text ?? `<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}</configuration>`;
    const doc = (0, model_js_1.toConfigurationDocument)(source, file);
    const root = doc.root;
    const changes = options.kind === 'aspnetcore' ? fitAspNetCoreChild(root) : fitOtherChild(root, file, generated);
    const output = doc.toString();
    return {
        text: output,
        changes: generated
            ? ['did not exist: generated one that removes the inherited aspNetCore handler']
            : changes,
        generated,
        changed: generated || output !== source
    };
}
function getOrCreate(parent, name, changes) {
    const existing = (0, xml_edit_js_1.childElement)(parent, name);
    if (existing)
        return existing;
    changes.push(`added <${name}>`);
    return (0, xml_edit_js_1.appendElement)(parent, (0, xml_edit_js_1.createElement)(name));
}
/** True when a `<clear />` or `<remove name="aspNetCore" />` comes before `before` (or anywhere, if undefined). */
function removesInheritedHandler(handlers, before) {
    for (const child of (0, xml_edit_js_1.childElements)(handlers)) {
        if (child === before)
            return false;
        if (child.name === 'clear')
            return true;
        if (child.name === 'remove' && (0, model_js_1.isAspNetCoreName)((0, xml_edit_js_1.getAttribute)(child, 'name')))
            return true;
    }
    return false;
}
function fitAspNetCoreChild(root) {
    const changes = [];
    const webServer = getOrCreate((0, model_js_1.editScope)(root), 'system.webServer', changes);
    let handlers = (0, xml_edit_js_1.childElement)(webServer, 'handlers');
    if (!handlers) {
        // Before <aspNetCore>, where dotnet publish puts it.
        handlers = (0, xml_edit_js_1.createElement)('handlers');
        const aspNetCore = (0, xml_edit_js_1.childElement)(webServer, 'aspNetCore');
        if (aspNetCore)
            (0, xml_edit_js_1.insertSibling)(aspNetCore, handlers, 'before');
        else
            (0, xml_edit_js_1.appendElement)(webServer, handlers);
        changes.push('added <handlers>');
    }
    let add = (0, xml_edit_js_1.childElements)(handlers, 'add').find((a) => (0, model_js_1.isAspNetCoreName)((0, xml_edit_js_1.getAttribute)(a, 'name')));
    if (!add) {
        add = (0, xml_edit_js_1.appendElement)(handlers, (0, xml_edit_js_1.createElement)('add', [
            ['name', model_js_1.ASPNETCORE_HANDLER],
            ['path', '*'],
            ['verb', '*'],
            ['modules', model_js_1.MODULE_V2],
            ['resourceType', 'Unspecified']
        ]));
        changes.push("handlers: added the app's own aspNetCore handler: a parent published by dotnet publish " +
            '(inheritInChildApplications="false") passes none down');
    }
    if (!removesInheritedHandler(handlers, add)) {
        (0, xml_edit_js_1.insertSibling)(add, (0, xml_edit_js_1.createElement)('remove', [['name', model_js_1.ASPNETCORE_HANDLER]]), 'before');
        changes.push(`handlers: added <remove name="aspNetCore" /> before the app's own handler, ${REMOVE_WHY}`);
    }
    return changes;
}
function fitOtherChild(root, file, generated) {
    const changes = [];
    const sections = (0, model_js_1.appWebServerSections)(root);
    const own = sections
        .flatMap((s) => (0, xml_edit_js_1.childElements)(s, 'handlers'))
        .flatMap((h) => (0, xml_edit_js_1.childElements)(h, 'add'))
        .find(model_js_1.isAspNetCoreHandler);
    if (own) {
        throw new errors_js_1.InputError('web-config', `${file} has its own aspNetCore handler, so it is an ASP.NET Core app: use the ASP.NET Core sub-application mode.`);
    }
    const handlersElements = sections.flatMap((s) => (0, xml_edit_js_1.childElements)(s, 'handlers'));
    if (handlersElements.some((h) => removesInheritedHandler(h)))
        return changes;
    const scope = sections[0] ??
        getOrCreate((0, xml_edit_js_1.childElements)(root, 'location').find(model_js_1.isAppLocation) ?? root, 'system.webServer', changes);
    const handlers = handlersElements[0] ?? getOrCreate(scope, 'handlers', changes);
    const remove = (0, xml_edit_js_1.createElement)('remove', [['name', model_js_1.ASPNETCORE_HANDLER]]);
    const first = (0, xml_edit_js_1.childElements)(handlers)[0];
    if (first)
        (0, xml_edit_js_1.insertSibling)(first, remove, 'before');
    else
        (0, xml_edit_js_1.appendElement)(handlers, remove);
    if (!generated) {
        changes.push('handlers: added <remove name="aspNetCore" />: this app is not ASP.NET Core, so the handler inherited from ' +
            'the parent ASP.NET Core app must not take its requests');
    }
    return changes;
}
/**
 * True when a parent's web.config passes its aspNetCore handler down to child applications, i.e. the handler
 * is not inside <location inheritInChildApplications="false">. Children of such a parent need the remove.
 */
function passesHandlerToChildren(parent, file = 'web.config') {
    const root = (0, model_js_1.toDocument)(parent, file).root;
    if (root.name !== 'configuration')
        return false;
    for (const child of (0, xml_edit_js_1.childElements)(root)) {
        const blocked = child.name === 'location' && /^false$/i.test((0, xml_edit_js_1.getAttribute)(child, 'inheritInChildApplications') ?? '');
        const sections = child.name === 'system.webServer'
            ? [child]
            : child.name === 'location' && (0, model_js_1.isAppLocation)(child)
                ? (0, xml_edit_js_1.childElements)(child, 'system.webServer')
                : [];
        for (const section of sections) {
            const handler = (0, xml_edit_js_1.childElements)(section, 'handlers')
                .flatMap((h) => (0, xml_edit_js_1.childElements)(h, 'add'))
                .find(model_js_1.isAspNetCoreHandler);
            if (handler && !blocked)
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 1331:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// What `dotnet publish` does to web.config (the Web SDK's WebConfigTransform, windows-facts §2.3), on the lossless
// XML model: only what the SDK changes is touched; comments, order, other sections, the declaration, BOM and line
// endings stay byte for byte. Deliberate differences, because we transform already-published files:
// - a file that is not well-formed, or whose root is not <configuration>, is an error (the SDK silently starts
//   from its template, which would throw the user's file away);
// - `.\App.dll` counts as present when it is the first argument in any spelling (`App.dll`, `./App.dll`), so a
//   second run changes nothing (the SDK only compares the whole string);
// - self-contained: a leading `.\App.dll` left by a framework-dependent publish is dropped;
// - an empty attribute counts as missing (the SDK only fills absent ones);
// - with no aspNetCore element, a <location> that does not apply to the app (path="wwwroot") is not used;
// - hostingModel: written when asked (overwriting), kept otherwise; a generated file gets `inprocess`, the SDK
//   default for .NET Core ≥ 3.0 (contract: `hosting-model` "only written when set");
// - other environment variables are added or updated like ASPNETCORE_ENVIRONMENT (names case-insensitive).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.transformWebConfig = transformWebConfig;
exports.readHostingModel = readHostingModel;
exports.stdoutLogPath = stdoutLogPath;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const errors_js_1 = __nccwpck_require__(4296);
const parse_xml_js_1 = __nccwpck_require__(926);
const xml_document_js_1 = __nccwpck_require__(7864);
const xml_edit_js_1 = __nccwpck_require__(461);
const diagnostics_js_1 = __nccwpck_require__(2851);
const model_js_1 = __nccwpck_require__(9366);
const VS_LAUNCHER_ARGS = ['%LAUNCHER_ARGS%', '-argFile IISExeLauncherArgs.txt'];
const DEFAULT_STDOUT_LOG_FILE = '.\\logs\\stdout';
/** The file `dotnet publish` starts from when the project has none (WebConfigTemplate.cs), as it saves it. */
function templateText(newline) {
    return (`\uFEFF<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}` +
        `  <location path="." inheritInChildApplications="false" />${newline}</configuration>`);
}
/** Applies what `dotnet publish` does. `text` undefined = the file does not exist: it is generated. */
function transformWebConfig(text, options) {
    const file = options.file ?? 'web.config';
    checkOptions(options);
    const generated = text === undefined;
    const source = text ?? templateText(options.newline ?? '\r\n');
    const doc = (0, model_js_1.toConfigurationDocument)(source, file);
    const root = doc.root;
    const changes = [];
    const edited = new Transformer(options, changes, generated).run(root);
    const output = doc.toString();
    if (output !== source)
        for (const element of edited)
            ensureWellFormed(element, doc, file);
    return {
        text: output,
        changes: generated ? [generatedSummary(options), ...changes] : changes,
        generated,
        changed: generated || output !== source
    };
}
function generatedSummary(options) {
    const base = appBaseName(options.appName);
    const process = options.selfContained
        ? `processPath=".\\${base}${options.executableExtension ?? '.exe'}"`
        : `processPath="dotnet" arguments=".\\${base}.dll"`;
    return `did not exist: generated what dotnet publish writes (${process}, hostingModel="${options.hostingModel ?? 'inprocess'}")`;
}
/** Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab/CR/LF, U+FFFE/F, lone surrogates. */
const NOT_XML_CHARACTER = 
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function checkXmlText(input, what, value) {
    const bad = NOT_XML_CHARACTER.exec(value);
    if (bad) {
        // The value itself is never quoted: it may be a secret.
        const code = bad[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
        throw new errors_js_1.InputError(input, `${what} contains U+${code}, which XML (and so web.config) cannot hold.`);
    }
}
function checkOptions(options) {
    checkXmlText('app-name', "Input 'app-name'", options.appName);
    if (options.environment !== undefined)
        checkXmlText('environment', "Input 'environment'", options.environment);
    for (const variable of options.environmentVariables ?? []) {
        const input = variable.secret ? 'secret-environment-variables' : 'environment-variables';
        checkXmlText(input, `The name of environment variable ${JSON.stringify(variable.name)}`, variable.name);
        checkXmlText(input, `The value of environment variable ${variable.name}`, variable.value);
    }
    if (!appBaseName(options.appName) || /[\\/:*?"<>|]/.test(options.appName)) {
        throw new errors_js_1.InputError('app-name', `Input 'app-name' is '${options.appName}': use the assembly name, e.g. MyApp (no path).`);
    }
    if (options.hostingModel !== undefined &&
        !model_js_1.HOSTING_MODELS.includes(options.hostingModel)) {
        throw new errors_js_1.InputError('hosting-model', `Input 'hosting-model' is '${options.hostingModel}': use inprocess or outofprocess.`);
    }
    const seen = new Map();
    for (const variable of options.environmentVariables ?? []) {
        const key = variable.name.toLowerCase();
        if (!variable.name.trim() || variable.name.includes('=')) {
            throw new errors_js_1.InputError('environment-variables', `'${variable.name}' is not an environment variable name.`);
        }
        const first = seen.get(key);
        if (first !== undefined) {
            throw new errors_js_1.InputError('environment-variables', `${first} is given twice${first === variable.name ? '' : ` (also as ${variable.name})`}; names are ` +
                'case-insensitive on Windows: keep one.');
        }
        seen.set(key, variable.name);
        if (key === 'aspnetcore_environment' && options.environment && variable.value !== options.environment) {
            throw new errors_js_1.InputError('environment', `Both 'environment' and 'environment-variables' set ASPNETCORE_ENVIRONMENT, to different values: keep one.`);
        }
    }
}
/**
 * Re-reads what the transform wrote, with the same validator as any input: a safety net that costs little
 * because only the edited elements are checked, not a multi-megabyte file.
 */
function ensureWellFormed(element, doc, file) {
    try {
        (0, parse_xml_js_1.parseXml)((0, xml_document_js_1.serializeElement)(element), file);
    }
    catch (error) {
        if (error instanceof parse_xml_js_1.XmlReadError) {
            const { line, column } = doc.position(element.offset);
            throw new diagnostics_js_1.WebConfigError([
                {
                    severity: 'error',
                    rule: 'not-well-formed',
                    file,
                    line: line || 1,
                    column: column || 1,
                    message: `The transform would produce invalid XML in <${element.name}> (${error.message}); nothing was written.`
                }
            ]);
        }
        throw error;
    }
}
function appBaseName(appName) {
    return appName.trim().replace(/\.(dll|exe)$/i, '');
}
class Transformer {
    options;
    changes;
    generated;
    constructor(options, changes, generated) {
        this.options = options;
        this.changes = changes;
        this.generated = generated;
    }
    /** Edits the document; returns the elements that hold every edit (to re-check them). */
    run(root) {
        const scope = (0, model_js_1.editScope)(root);
        const webServer = this.getOrCreate(scope, 'system.webServer');
        const handlers = this.getOrCreate(webServer, 'handlers');
        const handler = this.transformHandlers(handlers);
        // The module actually configured, which may differ from the option when the file names one (SDK).
        const moduleName = (0, xml_edit_js_1.getAttribute)(handler, 'modules') ?? '';
        const existing = (0, xml_edit_js_1.childElement)(webServer, 'aspNetCore');
        const created = !existing;
        const aspNetCore = existing ?? (0, xml_edit_js_1.appendElement)(webServer, (0, xml_edit_js_1.createElement)('aspNetCore'));
        const before = this.changes.length;
        this.transformAspNetCore(aspNetCore, moduleName);
        if (created && !this.generated) {
            // One line for a new element rather than one per attribute.
            const attributes = aspNetCore.attributes.map((a) => `${a.name}="${(0, xml_edit_js_1.getAttribute)(aspNetCore, a.name)}"`);
            this.changes.splice(before, this.changes.length - before, `added <aspNetCore ${attributes.join(' ')} />`);
        }
        this.transformEnvironmentVariables(aspNetCore);
        // The SDK keeps aspNetCore right after handlers.
        const children = webServer.children;
        if (children.indexOf(aspNetCore) < children.indexOf(handlers)) {
            (0, xml_edit_js_1.removeNode)(aspNetCore);
            (0, xml_edit_js_1.insertSibling)(handlers, aspNetCore, 'after');
            this.changes.push('moved <aspNetCore> after <handlers>');
        }
        return [handlers, aspNetCore];
    }
    getOrCreate(parent, name) {
        const existing = (0, xml_edit_js_1.childElement)(parent, name);
        if (existing)
            return existing;
        this.note(`added <${name}>`);
        return (0, xml_edit_js_1.appendElement)(parent, (0, xml_edit_js_1.createElement)(name));
    }
    /** Records a change; a generated file is summarised in one line, except for its environment variables. */
    note(change, always = false) {
        if (always || !this.generated)
            this.changes.push(change);
    }
    fillIfEmpty(element, name, value) {
        const current = (0, xml_edit_js_1.getAttribute)(element, name);
        if (current !== undefined && current.trim() !== '')
            return;
        (0, xml_edit_js_1.setAttribute)(element, name, value);
        const label = element.name === 'add' ? 'handler' : element.name;
        this.note(`${label}: ${name}="${value}"${current === undefined ? '' : ' (was empty)'}`);
    }
    transformHandlers(handlers) {
        let add = (0, xml_edit_js_1.childElements)(handlers, 'add').find((a) => (0, model_js_1.isAspNetCoreName)((0, xml_edit_js_1.getAttribute)(a, 'name')));
        if (!add) {
            const attributes = [
                ['name', model_js_1.ASPNETCORE_HANDLER],
                ['path', '*'],
                ['verb', '*'],
                ['modules', this.options.moduleName ?? model_js_1.MODULE_V2],
                ['resourceType', 'Unspecified']
            ];
            add = (0, xml_edit_js_1.appendElement)(handlers, (0, xml_edit_js_1.createElement)('add', attributes));
            this.note(`added <add ${attributes.map(([k, v]) => `${k}="${v}"`).join(' ')} /> to <handlers>`);
            return add;
        }
        else if ((0, xml_edit_js_1.setAttribute)(add, 'name', model_js_1.ASPNETCORE_HANDLER)) {
            this.note(`handler: name="${model_js_1.ASPNETCORE_HANDLER}" (casing fixed)`);
        }
        this.fillIfEmpty(add, 'path', '*');
        this.fillIfEmpty(add, 'verb', '*');
        // Fallback AspNetCoreModule when the property is empty, as the SDK does; we default the property to V2.
        this.fillIfEmpty(add, 'modules', this.options.moduleName ?? model_js_1.MODULE_V2);
        this.fillIfEmpty(add, 'resourceType', 'Unspecified');
        return add;
    }
    transformAspNetCore(aspNetCore, moduleName) {
        const base = appBaseName(this.options.appName);
        const dllPath = `.\\${base}.dll`.replace(/\//g, '\\');
        const originalArguments = (0, xml_edit_js_1.getAttribute)(aspNetCore, 'arguments');
        let args = originalArguments;
        if (args !== undefined) {
            for (const token of VS_LAUNCHER_ARGS)
                args = removeIgnoreCase(args, token);
            args = args.trim();
            if (args !== (originalArguments ?? '').trim())
                this.note('aspNetCore: removed the Visual Studio launcher arguments');
        }
        if (this.options.selfContained) {
            const extension = this.options.executableExtension ?? '.exe';
            this.setProcessPath(aspNetCore, `.\\${base}${extension}`);
            const tokens = args === undefined ? [] : (0, model_js_1.splitArguments)(args);
            const first = tokens[0];
            if (args !== undefined && first && sameAppFile(first.text, dllPath)) {
                args = args.slice(first.end).trim();
                this.note(`aspNetCore: dropped ${first.text} from arguments (a self-contained app runs as its .exe)`);
                if (args === '') {
                    (0, xml_edit_js_1.removeAttribute)(aspNetCore, 'arguments');
                    args = undefined;
                }
            }
            if (args !== undefined)
                (0, xml_edit_js_1.setAttribute)(aspNetCore, 'arguments', args);
        }
        else {
            this.setProcessPath(aspNetCore, 'dotnet');
            const first = args === undefined ? undefined : (0, model_js_1.splitArguments)(args)[0];
            const value = first && sameAppFile(first.text, dllPath) ? args : `${dllPath} ${args ?? ''}`.trim();
            if (value !== originalArguments)
                this.setArgumentsAfterProcessPath(aspNetCore, value);
            if (!first || !sameAppFile(first.text, dllPath))
                this.note(`aspNetCore: arguments start with ${dllPath}`);
        }
        this.fillIfEmpty(aspNetCore, 'stdoutLogEnabled', 'false');
        this.fillIfEmpty(aspNetCore, 'stdoutLogFile', DEFAULT_STDOUT_LOG_FILE);
        const wanted = this.options.hostingModel ?? (this.generated ? 'inprocess' : undefined);
        if (wanted !== undefined) {
            if (wanted === 'inprocess' && (0, model_js_1.equalsIgnoreCase)(moduleName.trim(), model_js_1.MODULE_V1)) {
                throw new errors_js_1.InputError('hosting-model', `In-process hosting is not supported by ${model_js_1.MODULE_V1} (the handler's modules): use outofprocess, or modules="${model_js_1.MODULE_V2}".`);
            }
            const current = (0, xml_edit_js_1.getAttribute)(aspNetCore, 'hostingModel');
            if (current === undefined || current.toLowerCase() !== wanted) {
                (0, xml_edit_js_1.setAttribute)(aspNetCore, 'hostingModel', wanted);
                this.note(`aspNetCore: hostingModel="${wanted}"${current === undefined ? '' : ` (was "${current}")`}`);
            }
        }
    }
    setProcessPath(aspNetCore, value) {
        const current = (0, xml_edit_js_1.getAttribute)(aspNetCore, 'processPath');
        if ((0, xml_edit_js_1.setAttribute)(aspNetCore, 'processPath', value)) {
            this.note(`aspNetCore: processPath="${value}"${current === undefined ? '' : ` (was "${current}")`}`);
        }
    }
    /** Sets `arguments`, placed right after processPath as the SDK does when it writes it. */
    setArgumentsAfterProcessPath(aspNetCore, value) {
        const attributes = aspNetCore.attributes;
        let attribute = (0, xml_edit_js_1.findAttribute)(aspNetCore, 'arguments');
        if (attribute) {
            attribute.rawValue = (0, xml_document_js_1.escapeAttribute)(value, attribute.quote);
            attributes.splice(attributes.indexOf(attribute), 1);
        }
        else {
            attribute = {
                name: 'arguments',
                leading: ' ',
                equals: '=',
                quote: '"',
                rawValue: (0, xml_document_js_1.escapeAttribute)(value, '"'),
                offset: -1,
                valueOffset: -1
            };
        }
        const at = attributes.findIndex((a) => a.name === 'processPath') + 1;
        // One attribute per line stays one per line: take the whitespace of the attribute it goes before (or after).
        const neighbour = attributes[at] ?? attributes[at - 1];
        if (attribute.offset === -1 && neighbour && /[\r\n]/.test(neighbour.leading))
            attribute.leading = neighbour.leading;
        attributes.splice(at, 0, attribute);
    }
    transformEnvironmentVariables(aspNetCore) {
        const variables = [];
        if (this.options.environment) {
            variables.push({ name: 'ASPNETCORE_ENVIRONMENT', value: this.options.environment });
        }
        for (const variable of this.options.environmentVariables ?? []) {
            if (!variables.some((v) => (0, model_js_1.equalsIgnoreCase)(v.name, variable.name)))
                variables.push(variable);
        }
        if (variables.length === 0)
            return;
        const container = this.getOrCreate(aspNetCore, 'environmentVariables');
        for (const variable of variables) {
            const shown = variable.secret ? '(secret value)' : `"${variable.value}"`;
            const [entry, ...duplicates] = (0, xml_edit_js_1.childElements)(container, 'environmentVariable').filter((e) => (0, model_js_1.equalsIgnoreCase)((0, xml_edit_js_1.getAttribute)(e, 'name'), variable.name));
            if (!entry) {
                (0, xml_edit_js_1.appendElement)(container, (0, xml_edit_js_1.createElement)('environmentVariable', [
                    ['name', variable.name],
                    ['value', variable.value]
                ]));
                this.note(`environment variable ${variable.name} added: ${shown}`, true);
                continue;
            }
            const renamed = (0, xml_edit_js_1.setAttribute)(entry, 'name', variable.name);
            const revalued = (0, xml_edit_js_1.setAttribute)(entry, 'value', variable.value);
            if (renamed || revalued)
                this.note(`environment variable ${variable.name} updated: ${shown}`);
            for (const duplicate of duplicates) {
                (0, xml_edit_js_1.removeNode)(duplicate);
                this.note(`environment variable ${variable.name}: removed a duplicate entry`);
            }
        }
    }
}
function removeIgnoreCase(text, token) {
    let out = text;
    let at = out.toLowerCase().indexOf(token.toLowerCase());
    while (at >= 0) {
        out = out.slice(0, at) + out.slice(at + token.length);
        at = out.toLowerCase().indexOf(token.toLowerCase(), at);
    }
    return out;
}
function sameAppFile(written, dllPath) {
    return (0, model_js_1.normalizeAppRelativePath)(written) === (0, model_js_1.normalizeAppRelativePath)(dllPath);
}
// ---------------------------------------------------------------------------------------------------------------
// What the rest of the deploy needs to know from a web.config.
/** The effective hosting model of the app: absent or empty = out-of-process (§2.1); undefined if unknown. */
function readHostingModel(input, file = 'web.config') {
    const root = (0, model_js_1.toDocument)(input, file).root;
    return (0, model_js_1.effectiveHostingModel)((0, model_js_1.appAspNetCoreElement)(root));
}
/**
 * Where ANCM writes stdout logs, so the IIS step can create the folder and grant the pool identity write access
 * (§2.1: `.`-relative = site root; ANCM creates missing folders only if the identity may).
 */
function stdoutLogPath(input, file = 'web.config') {
    const root = (0, model_js_1.toDocument)(input, file).root;
    const aspNetCore = (0, model_js_1.appAspNetCoreElement)(root);
    if (!aspNetCore)
        return undefined;
    const prefix = (0, xml_edit_js_1.getAttribute)(aspNetCore, 'stdoutLogFile')?.trim() || '.\\aspnetcore-stdout';
    const enabled = (0, model_js_1.equalsIgnoreCase)((0, xml_edit_js_1.getAttribute)(aspNetCore, 'stdoutLogEnabled')?.trim(), 'true');
    const windowsPath = prefix.replace(/\//g, '\\');
    const relative = !node_path_1.default.win32.isAbsolute(windowsPath) && !/^[a-z]:/i.test(windowsPath);
    const directory = node_path_1.default.win32.dirname(windowsPath);
    return {
        enabled,
        prefix,
        directory: relative ? node_path_1.default.win32.normalize(directory) : directory,
        relative
    };
}


/***/ }),

/***/ 8429:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Validates a web.config for the ASP.NET Core Module and reports every problem at `file:line:col`.
// Facts: windows-facts §2.1 (the ANCM V2 schema: attributes, types, ranges), §2.2 (handler entry, sub-applications,
// stdout logs), §2.4 (checklist), §6 (shadow copy); the Hosting guide seed (web.config location, ignored
// sections). Problems IIS would refuse the file for (500.19) or that stop the app are errors; settings that are
// ignored, risky or unknown are warnings.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateWebConfig = validateWebConfig;
exports.validateWebConfigFile = validateWebConfigFile;
exports.validatePublishFolder = validatePublishFolder;
exports.parseTimeSpan = parseTimeSpan;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const xml_document_js_1 = __nccwpck_require__(7864);
const xml_edit_js_1 = __nccwpck_require__(461);
const diagnostics_js_1 = __nccwpck_require__(2851);
const model_js_1 = __nccwpck_require__(9366);
const publish_folder_js_1 = __nccwpck_require__(6233);
const web_config_file_js_1 = __nccwpck_require__(8963);
/** The `system.webServer/aspNetCore` attributes of aspnetcore_schema_v2.xml (§2.1). */
const ASPNETCORE_ATTRIBUTES = {
    processPath: { kind: 'string' },
    arguments: { kind: 'string' },
    startupTimeLimit: { kind: 'uint', min: 0, max: 3600, unit: 'seconds' },
    shutdownTimeLimit: { kind: 'uint', min: 0, max: 600, unit: 'seconds' },
    rapidFailsPerMinute: { kind: 'uint', min: 0, max: 100, unit: 'failures' },
    // timeSpanRange "0,1296000,1": 0 to 360 hours, in whole seconds.
    requestTimeout: { kind: 'timespan', maxSeconds: 1_296_000 },
    stdoutLogEnabled: { kind: 'bool' },
    stdoutLogFile: { kind: 'string' },
    processesPerApplication: { kind: 'uint', min: 1, max: 100, unit: 'processes' },
    forwardWindowsAuthToken: { kind: 'bool' },
    disableStartUpErrorPage: { kind: 'bool' },
    hostingModel: { kind: 'string' }
};
const ASPNETCORE_CHILDREN = ['environmentVariables', 'handlerSettings', 'recycleOnFileChange'];
/** handlerSetting names ANCM reads (§2.1), with the values it understands. */
const HANDLER_SETTINGS = {
    handlerVersion: 'string',
    enableShadowCopy: 'bool',
    experimentalEnableShadowCopy: 'bool',
    shadowCopyDirectory: 'string',
    cleanShadowCopyDirectory: 'bool',
    disallowRotationOnConfigChange: 'bool',
    shutdownDelay: 'int',
    debugFile: 'string',
    debugLevel: 'debug-level',
    stackSize: 'hex-or-int',
    setCurrentDirectory: 'bool',
    callStartupHook: 'bool',
    suppressRecycleOnStartupTimeout: 'bool'
};
const DEBUG_LEVEL_TOKENS = ['error', 'warning', 'info', 'trace', 'console', 'eventlog', 'file'];
/** ASP.NET 4 sections ASP.NET Core never reads (Hosting guide, "Configuration sections of web.config"). */
const IGNORED_SECTIONS = {
    appSettings: 'move the settings to appsettings.json or environment variables',
    connectionStrings: 'move them to appsettings.json, environment variables or a secret store',
    'system.web': 'IIS settings belong in <system.webServer> (request limits: <security><requestFiltering>)'
};
const LAUNCHER_ARGS = /%LAUNCHER_ARGS%|-argFile\s+IISExeLauncherArgs\.txt/i;
/** Validates web.config text (or a parsed document). Never throws for a bad document: it reports it. */
function validateWebConfig(input, options) {
    let doc;
    try {
        doc = (0, model_js_1.toDocument)(input, options.file);
    }
    catch (error) {
        if (error instanceof diagnostics_js_1.WebConfigError)
            return error.diagnostics;
        throw error;
    }
    const sink = new diagnostics_js_1.DiagnosticSink(options.file, doc);
    new Validator(doc, sink, options).run();
    return sink.diagnostics;
}
/** Reads and validates a file: missing, directory, binary, empty and non-UTF-8 files are reported, not thrown. */
function validateWebConfigFile(file, options = {}) {
    const name = options.displayName ?? file;
    if (!node_fs_1.default.existsSync(file))
        return [missingFile(name)];
    try {
        const source = (0, web_config_file_js_1.readWebConfigSource)(file, name);
        return validateWebConfig(source.text, { ...options, file: name });
    }
    catch (error) {
        if (error instanceof diagnostics_js_1.WebConfigError)
            return error.diagnostics;
        throw error;
    }
}
/** The publish folder's web.config, validated against the folder. A missing web.config is an error. */
function validatePublishFolder(publishDir, options = {}) {
    const file = (0, publish_folder_js_1.findWebConfig)(publishDir);
    if (!file) {
        const missing = node_path_1.default.join(publishDir, 'web.config');
        return { file: missing, diagnostics: [missingFile(missing)] };
    }
    return { file, diagnostics: validateWebConfigFile(file, { ...options, publishDir }) };
}
/** The Hosting guide: without web.config, IIS may serve the app's sensitive files. */
function missingFile(file) {
    return {
        severity: 'error',
        rule: 'missing-file',
        file,
        line: 0,
        column: 0,
        message: 'web.config does not exist. Without it IIS does not hand requests to the ASP.NET Core Module and may serve ' +
            'sensitive files (appsettings.json, *.deps.json, *.runtimeconfig.json) as static content. Deploy the ' +
            "web.config that dotnet publish writes, or use 'web-config: transform' (CLI: web-config transform) to generate it."
    };
}
class Validator {
    doc;
    sink;
    options;
    constructor(doc, sink, options) {
        this.doc = doc;
        this.sink = sink;
        this.options = options;
    }
    run() {
        const root = this.doc.root;
        if (root.name !== 'configuration') {
            this.sink.error('root-element', root.offset, `The root element is <${root.name}>: a web.config has <configuration> as its root.`);
            return;
        }
        this.checkXdtLeftovers(root);
        this.checkIgnoredSections(root);
        const sections = (0, model_js_1.appWebServerSections)(root);
        if (sections.length === 0) {
            const elsewhere = (0, xml_edit_js_1.childElements)(root, 'location').find((l) => (0, xml_edit_js_1.childElements)(l, 'system.webServer').length);
            this.sink.error('system-webserver-missing', root.offset, elsewhere
                ? `<system.webServer> appears only under <location path="${(0, xml_edit_js_1.getAttribute)(elsewhere, 'path')}">, which does not apply to the app itself: put it directly under <configuration> or under <location path=".">.`
                : 'No <system.webServer> section: IIS will not run the app through the ASP.NET Core Module. ' +
                    "Add the handler and <aspNetCore> element (or use 'web-config: transform').");
            return;
        }
        this.checkDuplicateSections(sections);
        const handler = this.checkHandlers(sections);
        const aspNetCore = sections.flatMap((s) => (0, xml_edit_js_1.childElements)(s, 'aspNetCore'))[0];
        if (!aspNetCore) {
            this.sink.error('aspnetcore-missing', sections[0].offset, 'No <aspNetCore> element in <system.webServer>: the module does not know what to start. ' +
                'Add <aspNetCore processPath="dotnet" arguments=".\\MyApp.dll" /> (or use \'web-config: transform\').');
            return;
        }
        this.checkAspNetCore(aspNetCore, handler);
    }
    // ---- document-wide --------------------------------------------------------------------------------------
    checkXdtLeftovers(root) {
        // Iterative walk: a hostile, deeply nested file must not exhaust the stack.
        const stack = [root];
        while (stack.length) {
            const element = stack.pop();
            const attribute = element.attributes.find((a) => /^xdt:/i.test(a.name));
            if (attribute) {
                this.sink.warning('xdt-leftover', attribute.offset, `<${element.name}> still has ${attribute.name}: this is an XDT transform file, or a transform was never applied. ` +
                    "Apply it with 'xdt-transforms' instead of deploying it.");
            }
            for (let i = element.children.length - 1; i >= 0; i--) {
                const child = element.children[i];
                if (child?.type === 'element')
                    stack.push(child);
            }
        }
    }
    checkIgnoredSections(root) {
        const parents = [root, ...(0, xml_edit_js_1.childElements)(root, 'location')];
        for (const parent of parents) {
            for (const element of (0, xml_edit_js_1.childElements)(parent)) {
                const fix = IGNORED_SECTIONS[element.name];
                if (fix) {
                    this.sink.warning('ignored-section', element.offset, `<${element.name}> is ignored by ASP.NET Core apps: ${fix}.`);
                }
            }
        }
    }
    checkDuplicateSections(sections) {
        const seen = new Map();
        for (const section of sections) {
            for (const element of (0, xml_edit_js_1.childElements)(section)) {
                const first = seen.get(element.name);
                if (first) {
                    this.sink.error('duplicate-section', element.offset, `<${element.name}> is defined twice for the app (first at line ${this.line(first)}): IIS refuses ` +
                        'the file with a 500.19 "duplicate section" error. Merge them into one.');
                }
                else
                    seen.set(element.name, element);
            }
        }
    }
    // ---- handlers --------------------------------------------------------------------------------------------
    /** Replays the handler collection (add/remove/clear) like IIS and returns the live ASP.NET Core handler. */
    checkHandlers(sections) {
        const handlersElements = sections.flatMap((s) => (0, xml_edit_js_1.childElements)(s, 'handlers'));
        let live = [];
        let removedBy;
        let guarded = false;
        for (const handlers of handlersElements) {
            for (const child of (0, xml_edit_js_1.childElements)(handlers)) {
                if (child.name === 'clear') {
                    if (live.length)
                        removedBy = child;
                    live = [];
                    guarded = true;
                }
                else if (child.name === 'remove' && (0, model_js_1.isAspNetCoreName)((0, xml_edit_js_1.getAttribute)(child, 'name'))) {
                    if (live.some((a) => (0, model_js_1.isAspNetCoreName)((0, xml_edit_js_1.getAttribute)(a, 'name'))))
                        removedBy = child;
                    live = live.filter((a) => !(0, model_js_1.isAspNetCoreName)((0, xml_edit_js_1.getAttribute)(a, 'name')));
                    guarded = true;
                }
                else if (child.name === 'add' && (0, model_js_1.isAspNetCoreHandler)(child)) {
                    const name = (0, xml_edit_js_1.getAttribute)(child, 'name') ?? '';
                    const same = live.find((a) => (0, model_js_1.equalsIgnoreCase)((0, xml_edit_js_1.getAttribute)(a, 'name'), name));
                    if (same || live.length) {
                        this.sink.error('handler-duplicate', child.offset, same
                            ? `A second handler named "${name}" (first at line ${this.line(same)}): IIS refuses the file ` +
                                '(500.19 "Cannot add duplicate collection entry"). Keep one.'
                            : `A second handler for the ASP.NET Core Module (first at line ${this.line(live[0])}): ` +
                                'keep exactly one <add name="aspNetCore" ... />.');
                    }
                    if (!same)
                        live.push(child);
                    if (this.options.subApplication && !guarded) {
                        this.sink.warning('sub-application-handler', child.offset, 'In a sub-application this <add> collides with the handler inherited from the parent ASP.NET Core ' +
                            'app (500.19) unless the parent uses <location path="." inheritInChildApplications="false">: put ' +
                            '<remove name="aspNetCore" /> before it (sub-application mode).');
                    }
                    removedBy = undefined;
                }
            }
        }
        if (live.length === 0) {
            if (removedBy) {
                this.sink.error('handler-removed', removedBy.offset, `<${removedBy.name}${removedBy.name === 'remove' ? ' name="aspNetCore"' : ''} /> comes after the ` +
                    "handler's <add> and removes it: requests never reach the app. Put it before the <add>.");
            }
            else if (this.options.subApplication) {
                this.sink.warning('sub-application-handler', (handlersElements[0] ?? sections[0]).offset, "No aspNetCore handler: the app relies on the parent's, which it does not inherit when the parent uses " +
                    'inheritInChildApplications="false" (what dotnet publish writes). Add <remove name="aspNetCore" /> ' +
                    'and its own <add> (sub-application mode).');
            }
            else {
                this.sink.error('handler-missing', (handlersElements[0] ?? sections[0]).offset, 'No <add name="aspNetCore" ... /> handler: IIS will not hand requests to the ASP.NET Core Module. Add ' +
                    '<add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" /> ' +
                    "to <handlers> (or use 'web-config: transform').");
            }
            return undefined;
        }
        for (const add of live)
            this.checkHandlerEntry(add);
        return live[0];
    }
    checkHandlerEntry(add) {
        const modules = (0, xml_edit_js_1.findAttribute)(add, 'modules');
        const value = modules ? (0, xml_document_js_1.decodeEntities)(modules.rawValue).trim() : undefined;
        if (value === undefined || value === '') {
            this.sink.error('handler-attributes', modules?.valueOffset ?? add.offset, `The aspNetCore handler has no modules: write modules="${model_js_1.MODULE_V2}".`);
        }
        else if ((0, model_js_1.equalsIgnoreCase)(value, model_js_1.MODULE_V1)) {
            this.sink.warning('handler-module', modules.valueOffset, `modules="${value}" is the ASP.NET Core Module V1, not shipped since ASP.NET Core 3.0 (no in-process ` +
                `hosting): use ${model_js_1.MODULE_V2}.`);
        }
        else if (!(0, model_js_1.equalsIgnoreCase)(value, model_js_1.MODULE_V2)) {
            this.sink.error('handler-module', modules.valueOffset, `modules="${value}": the ASP.NET Core handler must use ${model_js_1.MODULE_V2}.`);
        }
        for (const [name, expected, consequence] of [
            ['path', '*', 'only matching URLs reach the app'],
            ['verb', '*', 'other HTTP methods never reach the app']
        ]) {
            const attribute = (0, xml_edit_js_1.findAttribute)(add, name);
            if (!attribute) {
                this.sink.error('handler-attributes', add.offset, `The aspNetCore handler has no ${name} attribute, which IIS requires (500.19): write ${name}="${expected}".`);
            }
            else if ((0, xml_document_js_1.decodeEntities)(attribute.rawValue).trim() !== expected) {
                this.sink.warning('handler-attributes', attribute.valueOffset, `${name}="${(0, xml_document_js_1.decodeEntities)(attribute.rawValue)}": ${consequence}; dotnet publish writes ${name}="${expected}".`);
            }
        }
        const resourceType = (0, xml_edit_js_1.getAttribute)(add, 'resourceType');
        if (resourceType !== undefined && !(0, model_js_1.equalsIgnoreCase)(resourceType.trim(), 'Unspecified')) {
            this.sink.warning('handler-attributes', (0, xml_edit_js_1.findAttribute)(add, 'resourceType').valueOffset, `resourceType="${resourceType}": IIS then only passes requests for existing files or folders, so app routes ` +
                'answer 404; write resourceType="Unspecified".');
        }
    }
    // ---- aspNetCore ------------------------------------------------------------------------------------------
    checkAspNetCore(aspNetCore, handler) {
        for (const attribute of aspNetCore.attributes) {
            if (attribute.name.includes(':') || attribute.name === 'xmlns')
                continue;
            if (ASPNETCORE_ATTRIBUTES[attribute.name])
                continue;
            const known = Object.keys(ASPNETCORE_ATTRIBUTES).find((k) => (0, model_js_1.equalsIgnoreCase)(attribute.name, k));
            this.sink.warning('unknown-attribute', attribute.offset, known
                ? `Unknown attribute ${attribute.name}: attribute names are case-sensitive, did you mean ${known}?`
                : `Unknown attribute ${attribute.name} on <aspNetCore>: the installed module may reject the file ` +
                    '(500.19) or ignore it.');
        }
        const hostingModel = this.checkHostingModel(aspNetCore, handler);
        this.checkProcess(aspNetCore);
        for (const [name, type] of Object.entries(ASPNETCORE_ATTRIBUTES)) {
            const attribute = (0, xml_edit_js_1.findAttribute)(aspNetCore, name);
            if (attribute)
                this.checkTypedAttribute(name, type, attribute, hostingModel);
        }
        if ((0, model_js_1.equalsIgnoreCase)((0, xml_edit_js_1.getAttribute)(aspNetCore, 'stdoutLogEnabled')?.trim(), 'true')) {
            const file = (0, xml_edit_js_1.getAttribute)(aspNetCore, 'stdoutLogFile') ?? '.\\aspnetcore-stdout';
            this.sink.warning('stdout-log-enabled', (0, xml_edit_js_1.findAttribute)(aspNetCore, 'stdoutLogEnabled').valueOffset, `stdoutLogEnabled="true": stdout logs (${file}_*.log) are never rotated or size-limited, and the app pool ` +
                'identity needs write access to their folder. Use them only to troubleshoot start-up, then set ' +
                'stdoutLogEnabled="false".');
        }
        const seen = new Set();
        for (const child of (0, xml_edit_js_1.childElements)(aspNetCore)) {
            if (!ASPNETCORE_CHILDREN.includes(child.name)) {
                this.sink.warning('unknown-element', child.offset, `Unknown element <${child.name}> in <aspNetCore> (known: ${ASPNETCORE_CHILDREN.join(', ')}).`);
                continue;
            }
            if (seen.has(child.name)) {
                this.sink.error(child.name === 'environmentVariables' ? 'environment-variables' : 'duplicate-section', child.offset, `<${child.name}> appears twice in <aspNetCore>: IIS refuses the file (500.19). Merge them.`);
            }
            seen.add(child.name);
            if (child.name === 'environmentVariables')
                this.checkEnvironmentVariables(child);
            else if (child.name === 'handlerSettings')
                this.checkHandlerSettings(child, hostingModel);
            else
                this.checkRecycleOnFileChange(child);
        }
    }
    checkHostingModel(aspNetCore, handler) {
        const attribute = (0, xml_edit_js_1.findAttribute)(aspNetCore, 'hostingModel');
        if (attribute) {
            const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
            if (value === '') {
                this.sink.warning('hosting-model', attribute.valueOffset, 'hostingModel="" means out-of-process: write hostingModel="outofprocess" (or "inprocess") to say which.');
            }
            else if (!/^(inprocess|outofprocess)$/i.test(value)) {
                this.sink.error('hosting-model', attribute.valueOffset, `hostingModel="${value}": the module accepts only inprocess or outofprocess and fails with ` +
                    '"Unknown hosting model".');
                return undefined;
            }
        }
        const model = (0, model_js_1.effectiveHostingModel)(aspNetCore);
        const modules = handler ? (0, xml_edit_js_1.getAttribute)(handler, 'modules')?.trim() : undefined;
        if (model === 'inprocess' && (0, model_js_1.equalsIgnoreCase)(modules, model_js_1.MODULE_V1)) {
            this.sink.error('inprocess-v1', attribute?.valueOffset ?? aspNetCore.offset, `In-process hosting is not supported by ${model_js_1.MODULE_V1} (V1): use modules="${model_js_1.MODULE_V2}" or hostingModel="outofprocess".`);
        }
        return model;
    }
    checkProcess(aspNetCore) {
        const processAttribute = (0, xml_edit_js_1.findAttribute)(aspNetCore, 'processPath');
        const processPath = processAttribute ? (0, xml_document_js_1.decodeEntities)(processAttribute.rawValue).trim() : '';
        if (!processAttribute || processPath === '') {
            this.sink.error('process-path-missing', processAttribute?.valueOffset ?? aspNetCore.offset, `${processAttribute ? 'processPath is empty' : 'No processPath'}: the module cannot start the app. Write ` +
                'processPath="dotnet" with arguments=".\\MyApp.dll" (framework-dependent) or processPath=".\\MyApp.exe" ' +
                '(self-contained).');
        }
        else if (/%LAUNCHER_PATH%/i.test(processPath)) {
            this.sink.error('launcher-placeholder', processAttribute.valueOffset, 'processPath="%LAUNCHER_PATH%" is the Visual Studio development web.config: only Visual Studio sets that ' +
                "variable. Deploy the output of 'dotnet publish', or use 'web-config: transform'.");
            return;
        }
        const argumentsAttribute = (0, xml_edit_js_1.findAttribute)(aspNetCore, 'arguments');
        const args = argumentsAttribute ? (0, xml_document_js_1.decodeEntities)(argumentsAttribute.rawValue) : '';
        if (argumentsAttribute && LAUNCHER_ARGS.test(args)) {
            this.sink.error('launcher-placeholder', argumentsAttribute.valueOffset, `arguments="${args}" holds Visual Studio launcher placeholders that only Visual Studio fills: deploy the ` +
                "output of 'dotnet publish', or use 'web-config: transform'.");
            return;
        }
        if (processPath === '')
            return;
        const publishDir = this.options.publishDir;
        const frameworkDependent = /(^|[\\/])dotnet(\.exe)?$/i.test(processPath);
        const tokens = (0, model_js_1.splitArguments)(args);
        const dllTokens = tokens.filter((t) => /\.dll$/i.test(t.text));
        const tokenOffset = (start) => argumentsAttribute && (0, xml_document_js_1.decodeEntities)(argumentsAttribute.rawValue) === argumentsAttribute.rawValue
            ? argumentsAttribute.valueOffset + start
            : (argumentsAttribute?.valueOffset ?? aspNetCore.offset);
        if (frameworkDependent) {
            const dll = dllTokens[0];
            if (!dll) {
                if (!args.includes('%')) {
                    this.sink.error('arguments-file', argumentsAttribute?.valueOffset ?? processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}" runs a framework-dependent app, but arguments names no .dll: write ` +
                        'arguments=".\\MyApp.dll" (the app\'s assembly first).');
                }
                return;
            }
            const twice = dllTokens.find((t, i) => i > 0 && t.text.toLowerCase() === dll.text.toLowerCase());
            if (twice) {
                this.sink.warning('arguments-file', tokenOffset(twice.start), `arguments names ${dll.text} twice: the app receives its own path as an argument. Keep it once, first.`);
            }
            if (!publishDir)
                return;
            const found = (0, publish_folder_js_1.lookupPublishFile)(publishDir, dll.text);
            if (found.status === 'missing') {
                this.sink.error('arguments-file', tokenOffset(dll.start), `arguments names ${dll.text}, but the publish folder has no such file (${found.path}): the app fails ` +
                    "to start (502.5/500.30). Fix the name or set 'app-name'.");
            }
            else if (found.status === 'found') {
                const config = (0, publish_folder_js_1.findFileIgnoreCase)(node_path_1.default.dirname(found.path), `${node_path_1.default.basename(found.path).replace(/\.dll$/i, '')}.runtimeconfig.json`);
                if (!config) {
                    this.sink.error('runtimeconfig-missing', tokenOffset(dll.start), `${node_path_1.default.basename(found.path)} has no ${node_path_1.default.basename(found.path).replace(/\.dll$/i, '')}.runtimeconfig.json ` +
                        'next to it: dotnet cannot tell which runtime to load ("hostpolicy.dll ... not found"). Deploy the ' +
                        'complete output of dotnet publish.');
                }
            }
            return;
        }
        if (!publishDir)
            return;
        let found = (0, publish_folder_js_1.lookupPublishFile)(publishDir, processPath);
        if (found.status === 'missing' && !/\.[a-z0-9]+$/i.test(node_path_1.default.win32.basename(processPath))) {
            const withExe = (0, publish_folder_js_1.lookupPublishFile)(publishDir, `${processPath}.exe`);
            if (withExe.status === 'found')
                found = withExe;
        }
        if (found.status === 'missing') {
            this.sink.error('process-path-file', processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}", but the publish folder has no such file (${found.path}): the app fails to ` +
                'start (502.5/500.30). A framework-dependent app uses processPath="dotnet" with arguments=".\\MyApp.dll".');
        }
    }
    checkTypedAttribute(name, type, attribute, hostingModel) {
        const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
        const at = attribute.valueOffset;
        if (type.kind === 'bool') {
            if (!/^(true|false)$/i.test(value))
                this.sink.error('attribute-format', at, `${name}="${value}": write true or false (IIS refuses the file).`);
            return;
        }
        if (type.kind === 'uint') {
            if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) {
                this.sink.error('attribute-format', at, `${name}="${value}" is not a whole number (${type.min}–${type.max} ${type.unit}): IIS refuses the file (500.19).`);
                return;
            }
            const number = Number(value);
            if (number < type.min || number > type.max) {
                this.sink.error('attribute-range', at, `${name}="${value}" is outside ${type.min}–${type.max} ${type.unit}: IIS refuses the file (500.19).`);
                return;
            }
            if (name === 'startupTimeLimit' && number === 0) {
                this.sink.warning('attribute-range', at, 'startupTimeLimit="0" does not mean "no limit": give the app the seconds it needs to start (default 120).');
            }
            if (hostingModel === 'inprocess' && name === 'rapidFailsPerMinute') {
                this.sink.warning('ignored-in-process', at, 'rapidFailsPerMinute applies to out-of-process hosting only: in-process it is ignored.');
            }
            if (hostingModel === 'inprocess' && name === 'processesPerApplication' && number > 1) {
                this.sink.warning('ignored-in-process', at, `processesPerApplication="${value}" is ignored in-process: in-process hosting runs one app per worker process.`);
            }
            return;
        }
        if (type.kind === 'timespan') {
            const seconds = parseTimeSpan(value);
            if (seconds === undefined) {
                this.sink.error('attribute-format', at, `${name}="${value}" is not a time span: write hh:mm:ss (e.g. 00:02:00) or d.hh:mm:ss (IIS refuses the file).`);
                return;
            }
            if (!Number.isInteger(seconds) || seconds > type.maxSeconds) {
                this.sink.error('attribute-range', at, `${name}="${value}" is outside 00:00:00–360:00:00 in whole seconds: IIS refuses the file (500.19).`);
                return;
            }
            if (name === 'requestTimeout' && hostingModel === 'inprocess') {
                this.sink.warning('ignored-in-process', at, 'requestTimeout is ignored with in-process hosting (it limits how long the module waits for an ' +
                    'out-of-process app): remove it, or use hostingModel="outofprocess".');
            }
        }
    }
    // ---- collections -----------------------------------------------------------------------------------------
    checkEnvironmentVariables(element) {
        const seen = new Map();
        for (const child of (0, xml_edit_js_1.childElements)(element)) {
            if (child.name === 'clear') {
                seen.clear();
                continue;
            }
            if (child.name !== 'environmentVariable') {
                this.sink.error('environment-variables', child.offset, `<${child.name}> is not allowed in <environmentVariables> (only <environmentVariable name="..." ` +
                    'value="..." /> and <clear />): IIS refuses the file (500.19).');
                continue;
            }
            const name = this.checkNameValueEntry(child, 'environment-variables', 'environmentVariable');
            if (name === undefined)
                continue;
            if (name.includes('=')) {
                this.sink.error('environment-variables', (0, xml_edit_js_1.findAttribute)(child, 'name').valueOffset, `Environment variable name "${name}" contains "=": Windows environment names cannot.`);
                continue;
            }
            const first = seen.get(name.toLowerCase());
            if (first) {
                this.sink.error('environment-variable-duplicate', child.offset, `${name} is set twice (first at line ${this.line(first)}; names are case-insensitive on Windows): ` +
                    'only one value reaches the app. Keep one.');
            }
            else
                seen.set(name.toLowerCase(), child);
            this.checkWellKnownVariable(child, name);
        }
    }
    checkWellKnownVariable(entry, name) {
        // The value is never quoted in messages: it may be a secret.
        const value = ((0, xml_edit_js_1.getAttribute)(entry, 'value') ?? '').trim();
        const at = entry.offset;
        const upper = name.toUpperCase();
        if ((upper === 'ASPNETCORE_ENVIRONMENT' || upper === 'DOTNET_ENVIRONMENT') &&
            (0, model_js_1.equalsIgnoreCase)(value, 'Development')) {
            this.sink.warning('environment-development', at, `${name} is Development: the app shows detailed error pages (exception details, source) to every visitor. ` +
                'Use Production or Staging on a server.');
        }
        else if (upper === 'ASPNETCORE_DETAILEDERRORS' && /^(1|true)$/i.test(value)) {
            this.sink.warning('environment-development', at, 'ASPNETCORE_DETAILEDERRORS is on: start-up errors with details are shown to every visitor.');
        }
        else if (upper === 'ANCM_LAUNCHER_PATH' || upper === 'ANCM_LAUNCHER_ARGS') {
            this.sink.warning('environment-variables', at, `${name} overrides processPath/arguments (a Visual Studio setting): remove it from a deployed web.config.`);
        }
    }
    /** Checks `name` and `value` of a collection entry; returns the name when it is usable. */
    checkNameValueEntry(entry, rule, kind) {
        for (const attribute of entry.attributes) {
            if (attribute.name !== 'name' && attribute.name !== 'value' && !attribute.name.includes(':')) {
                this.sink.warning('unknown-attribute', attribute.offset, `Unknown attribute ${attribute.name} on <${kind}>.`);
            }
        }
        const nameAttribute = (0, xml_edit_js_1.findAttribute)(entry, 'name');
        const name = nameAttribute ? (0, xml_document_js_1.decodeEntities)(nameAttribute.rawValue) : undefined;
        if (!(0, xml_edit_js_1.findAttribute)(entry, 'value')) {
            this.sink.error(rule, entry.offset, `<${kind}${name ? ` name="${name}"` : ''}> has no value attribute, which IIS requires (use value="" for ` +
                'an empty value).');
        }
        if (name === undefined || name.trim() === '') {
            this.sink.error(rule, nameAttribute?.valueOffset ?? entry.offset, `<${kind}> has ${name === undefined ? 'no' : 'an empty'} name: IIS refuses the file (500.19).`);
            return undefined;
        }
        if (name !== name.trim()) {
            this.sink.warning(rule, nameAttribute.valueOffset, `The name "${name}" has spaces around it, which become part of the name.`);
        }
        return name;
    }
    checkHandlerSettings(element, hostingModel) {
        const seen = new Map();
        const values = new Map();
        for (const child of (0, xml_edit_js_1.childElements)(element)) {
            if (child.name === 'clear') {
                seen.clear();
                values.clear();
                continue;
            }
            if (child.name !== 'handlerSetting') {
                this.sink.error('handler-settings', child.offset, `<${child.name}> is not allowed in <handlerSettings> (only <handlerSetting name="..." value="..." /> and ` +
                    '<clear />): IIS refuses the file (500.19).');
                continue;
            }
            const name = this.checkNameValueEntry(child, 'handler-settings', 'handlerSetting');
            if (name === undefined)
                continue;
            const first = seen.get(name.toLowerCase());
            if (first) {
                this.sink.error('handler-settings', child.offset, `handlerSetting ${name} is set twice (first at line ${this.line(first)}): keep one.`);
                continue;
            }
            seen.set(name.toLowerCase(), child);
            const value = (0, xml_edit_js_1.getAttribute)(child, 'value') ?? '';
            values.set(name.toLowerCase(), value);
            const known = Object.keys(HANDLER_SETTINGS).find((k) => (0, model_js_1.equalsIgnoreCase)(name, k));
            const valueAt = (0, xml_edit_js_1.findAttribute)(child, 'value')?.valueOffset ?? child.offset;
            if (!known) {
                this.sink.warning('handler-settings', child.offset, `Unknown handlerSetting ${name}: the module ignores it (known: ${Object.keys(HANDLER_SETTINGS).join(', ')}).`);
                continue;
            }
            const type = HANDLER_SETTINGS[known];
            const bad = (type === 'bool' && !/^(true|false)$/i.test(value.trim())) ||
                (type === 'int' && !/^\d+$/.test(value.trim())) ||
                (type === 'hex-or-int' && !/^(0x[0-9a-f]+|\d+)$/i.test(value.trim())) ||
                (type === 'debug-level' &&
                    !value
                        .split(/[,\s]+/)
                        .filter(Boolean)
                        .every((t) => DEBUG_LEVEL_TOKENS.includes(t.toLowerCase())));
            if (bad) {
                const expected = type === 'bool'
                    ? 'true or false'
                    : type === 'int'
                        ? 'a whole number of milliseconds'
                        : type === 'hex-or-int'
                            ? 'a byte count such as 0x100000'
                            : `a comma list of ${DEBUG_LEVEL_TOKENS.map((t) => t.toUpperCase()).join(', ')}`;
                this.sink.warning('handler-settings', valueAt, `handlerSetting ${known}="${value}": expected ${expected}.`);
            }
            if (known === 'handlerVersion' && hostingModel === 'inprocess') {
                this.sink.warning('ignored-in-process', child.offset, 'handlerSetting handlerVersion pins the out-of-process handler: it is ignored in-process.');
            }
        }
        const shadow = values.get('enableshadowcopy') ?? values.get('experimentalenableshadowcopy');
        if (shadow !== undefined &&
            (0, model_js_1.equalsIgnoreCase)(shadow.trim(), 'true') &&
            !values.get('shadowcopydirectory')) {
            this.sink.warning('handler-settings', element.offset, 'Shadow copying is on without shadowCopyDirectory: set it to a folder of this app only (e.g. ' +
                "../ShadowCopyDirectory/MyApp/); apps sharing one folder delete each other's copies (dotnet/aspnetcore#50531).");
        }
    }
    checkRecycleOnFileChange(element) {
        for (const child of (0, xml_edit_js_1.childElements)(element)) {
            if (child.name === 'clear')
                continue;
            if (child.name !== 'file') {
                this.sink.error('unknown-element', child.offset, `<${child.name}> is not allowed in <recycleOnFileChange> (only <file path="..." /> and <clear />).`);
            }
            else if (!(0, xml_edit_js_1.getAttribute)(child, 'path')?.trim()) {
                this.sink.error('unknown-element', child.offset, '<file> in <recycleOnFileChange> needs a non-empty path.');
            }
        }
    }
    line(element) {
        return this.doc.position(element.offset).line;
    }
}
/** Seconds in an IIS time span (`hh:mm:ss`, `d.hh:mm:ss`, optional `.fraction`), or undefined if malformed. */
function parseTimeSpan(value) {
    const match = /^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(value.trim());
    if (!match)
        return undefined;
    const [, days, hours, minutes, secs, fraction] = match;
    const h = Number(hours);
    const m = Number(minutes);
    const s = Number(secs);
    if (m > 59 || s > 59 || (days !== undefined && h > 23))
        return undefined;
    const total = Number(days ?? 0) * 86_400 + h * 3600 + m * 60 + s;
    return fraction && Number(fraction) > 0 ? total + Number(`0.${fraction}`) : total;
}


/***/ }),

/***/ 8963:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// Reading and writing web.config bytes without changing their encoding: UTF-8 with or without BOM as found,
// UTF-16 with its BOM. Anything else (a Windows-1252 file, a binary file) is refused before we could corrupt it.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.declaredEncoding = declaredEncoding;
exports.decodeWebConfig = decodeWebConfig;
exports.readWebConfigSource = readWebConfigSource;
exports.encodeWebConfig = encodeWebConfig;
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const parse_xml_js_1 = __nccwpck_require__(926);
const diagnostics_js_1 = __nccwpck_require__(2851);
const model_js_1 = __nccwpck_require__(9366);
/** The `encoding` of the XML declaration, lower-cased, or undefined. */
function declaredEncoding(text) {
    const match = /^\uFEFF?\s*<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
    return match?.[1]?.toLowerCase();
}
function fail(file, message, rule = 'not-well-formed', line = 1) {
    throw new diagnostics_js_1.WebConfigError([{ severity: 'error', rule, file, line, column: line ? 1 : 0, message }]);
}
/** Decodes web.config bytes; `file` names it in errors. */
function decodeWebConfig(bytes, file) {
    let text;
    try {
        text = (0, parse_xml_js_1.decodeXmlBytes)(bytes, file);
    }
    catch (error) {
        if (error instanceof parse_xml_js_1.XmlReadError)
            throw new diagnostics_js_1.WebConfigError([(0, model_js_1.readErrorDiagnostic)(error)]);
        throw error;
    }
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'utf16be'
            : 'utf8';
    const declared = declaredEncoding(text);
    if (encoding === 'utf8') {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            fail(file, `The file is not UTF-8${declared ? ` (it declares encoding="${declared}")` : ''}: save it as UTF-8, which IIS and this tool read safely.`, 'encoding');
        }
        if (declared && declared !== 'utf-8' && declared !== 'utf8') {
            fail(file, `The file is UTF-8 but declares encoding="${declared}": write encoding="utf-8".`, 'encoding');
        }
    }
    else if (declared && !declared.startsWith('utf-16') && declared !== 'unicode') {
        fail(file, `The file is UTF-16 but declares encoding="${declared}": write encoding="utf-16".`, 'encoding');
    }
    return { file, text, encoding };
}
/** Reads a web.config. A missing file, a directory, a binary or non-UTF file is a WebConfigError. */
function readWebConfigSource(file, displayName = file) {
    let stat;
    try {
        stat = node_fs_1.default.statSync(file);
    }
    catch {
        fail(displayName, 'The file does not exist.', 'missing-file', 0);
    }
    if (stat.isDirectory())
        fail(displayName, 'This is a directory, not a web.config file.', 'not-well-formed', 0);
    return decodeWebConfig(node_fs_1.default.readFileSync(file), displayName);
}
/** Encodes text the way the source was encoded (a UTF-16 file gets its BOM back). */
function encodeWebConfig(text, encoding) {
    if (encoding === 'utf8')
        return Buffer.from(text, 'utf8');
    const body = Buffer.from(`\uFEFF${text.replace(/^\uFEFF/, '')}`, 'utf16le');
    if (encoding === 'utf16be')
        body.swap16();
    return body;
}


/***/ }),

/***/ 2590:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// XDT on files: read the source and each transform (clear errors for missing, empty, binary, directory, not XML),
// apply the transforms in order, and write the result only when no transform failed.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyXdtTransformFiles = applyXdtTransformFiles;
exports.transformFileWithXdt = transformFileWithXdt;
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const parse_xml_js_1 = __nccwpck_require__(926);
const transform_js_1 = __nccwpck_require__(9820);
const atomic_write_js_1 = __nccwpck_require__(627);
const encode_document_js_1 = __nccwpck_require__(6572);
function readDiagnostic(error, file) {
    const diagnostic = { severity: 'error', message: error.message, file };
    if (error.line)
        Object.assign(diagnostic, { line: error.line, column: error.column });
    return diagnostic;
}
function read(file, cwd) {
    try {
        return (0, parse_xml_js_1.readXmlFile)(node_path_1.default.resolve(cwd, file));
    }
    catch (error) {
        if (error instanceof parse_xml_js_1.XmlReadError)
            return readDiagnostic(error, file);
        throw error;
    }
}
/** Reads `sourceFile` and applies `transformFiles` in order; stops at the first transform that fails. */
function applyXdtTransformFiles(sourceFile, transformFiles, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const diagnostics = [];
    const source = read(sourceFile, cwd);
    if (!('type' in source))
        return { document: undefined, diagnostics: [source], ok: false };
    for (const transformFile of transformFiles) {
        const transform = read(transformFile, cwd);
        if (!('type' in transform)) {
            diagnostics.push(transform);
            return { document: source, diagnostics, ok: false };
        }
        const result = (0, transform_js_1.applyXdtTransform)(source, transform, { sourceFile, transformFile });
        diagnostics.push(...result.diagnostics);
        if (!result.ok)
            return { document: source, diagnostics, ok: false };
    }
    return { document: source, diagnostics, ok: true };
}
/**
 * Applies XDT transforms to a file and writes the result atomically, only when every transform succeeded
 * (warnings allowed). Nothing is written on errors.
 */
async function transformFileWithXdt(options) {
    const cwd = options.cwd ?? process.cwd();
    const result = applyXdtTransformFiles(options.source, options.transforms, { cwd });
    if (!result.ok || !result.document)
        return { ...result, written: false };
    await (0, atomic_write_js_1.writeFileAtomic)(node_path_1.default.resolve(cwd, options.out ?? options.source), (0, encode_document_js_1.encodeXmlDocument)(result.document));
    return { ...result, written: true };
}


/***/ }),

/***/ 6572:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// The bytes of a transformed document, in the encoding it declares, so the file always describes itself truly.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeXmlDocument = encodeXmlDocument;
/** UTF-16LE with a BOM when the XML declaration says utf-16, otherwise UTF-8 (with the BOM the source had). */
function encodeXmlDocument(document) {
    const text = document.toString();
    const declaration = document.children.find((c) => c.type === 'pi' && /^xml\s/.test(c.content));
    if (declaration?.type === 'pi' && /encoding\s*=\s*["'](?:utf-16|unicode)/i.test(declaration.content)) {
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')]);
    }
    return Buffer.from(text, 'utf8');
}


/***/ }),

/***/ 4670:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Namespace lookup over the lossless XML model (which keeps `xmlns` declarations as plain attributes). XDT needs it
// to find `xdt:` attributes under any prefix, to match elements by namespace as .NET's XPath does, and to keep
// inserted elements in the namespace they had in the transform file.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NamespaceResolver = exports.XML_NAMESPACE = void 0;
exports.splitQName = splitQName;
exports.declaredPrefix = declaredPrefix;
exports.lookupNamespace = lookupNamespace;
exports.inScopeNamespaces = inScopeNamespaces;
const xml_document_js_1 = __nccwpck_require__(7864);
exports.XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** `p:local` → { prefix: 'p', local: 'local' }; `local` → { prefix: '', local: 'local' }. */
function splitQName(name) {
    const colon = name.indexOf(':');
    return colon === -1
        ? { prefix: '', local: name }
        : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}
/** The prefix an attribute declares (`xmlns` → '', `xmlns:p` → 'p'), or undefined for an ordinary attribute. */
function declaredPrefix(attributeName) {
    if (attributeName === 'xmlns')
        return '';
    return attributeName.startsWith('xmlns:') ? attributeName.slice(6) : undefined;
}
function parentElement(node) {
    const parent = node.parent;
    return parent && parent.type === 'element' ? parent : undefined;
}
/**
 * The namespace URI bound to `prefix` where `element` stands ('' is the default namespace). The default namespace
 * falls back to '' (no namespace); an undeclared prefix gives undefined.
 */
function lookupNamespace(element, prefix) {
    if (prefix === 'xml')
        return exports.XML_NAMESPACE;
    if (prefix === 'xmlns')
        return 'http://www.w3.org/2000/xmlns/';
    const name = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    let current = element && element.type === 'element' ? element : undefined;
    while (current) {
        const declaration = current.attributes.find((a) => a.name === name);
        if (declaration)
            return (0, xml_document_js_1.decodeEntities)(declaration.rawValue);
        current = parentElement(current);
    }
    return prefix === '' ? '' : undefined;
}
/** Every prefix in scope at `element` with its URI ('' = the default namespace), nearest declaration first. */
function inScopeNamespaces(element) {
    const scope = new Map([['xml', exports.XML_NAMESPACE]]);
    let current = element;
    while (current) {
        for (const attribute of current.attributes) {
            const prefix = declaredPrefix(attribute.name);
            if (prefix !== undefined && !scope.has(prefix))
                scope.set(prefix, (0, xml_document_js_1.decodeEntities)(attribute.rawValue));
        }
        current = parentElement(current);
    }
    return scope;
}
/** Resolves element namespaces, remembering default-namespace answers (the common, hot case in big files). */
class NamespaceResolver {
    defaults = new Map();
    /** The namespace URI of an element's name ('' for none). Undefined when its prefix is not declared. */
    elementNamespace(element) {
        const { prefix } = splitQName(element.name);
        return prefix === '' ? this.defaultNamespace(element) : lookupNamespace(element, prefix);
    }
    /** The namespace URI of an attribute's name: '' when unprefixed (attributes never take the default). */
    attributeNamespace(owner, attributeName) {
        const { prefix } = splitQName(attributeName);
        return prefix === '' ? '' : lookupNamespace(owner, prefix);
    }
    defaultNamespace(element) {
        const known = this.defaults.get(element);
        if (known !== undefined)
            return known;
        const declaration = element.attributes.find((a) => a.name === 'xmlns');
        const parent = parentElement(element);
        const uri = declaration
            ? (0, xml_document_js_1.decodeEntities)(declaration.rawValue)
            : parent
                ? this.defaultNamespace(parent)
                : '';
        this.defaults.set(element, uri);
        return uri;
    }
}
exports.NamespaceResolver = NamespaceResolver;


/***/ }),

/***/ 9433:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// The value syntax of xdt:Transform and xdt:Locator: `Name` or `Name(arguments)`, arguments separated by commas.
// As in Microsoft.Web.XmlTransform (XmlElementContext's name regex, XmlArgumentUtility.SplitArguments), a comma
// inside parentheses does not split; we also keep commas inside quotes together (`Condition(@v='a,b')`), which the
// .NET engine would split into two arguments and then refuse.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseNameAndArguments = parseNameAndArguments;
exports.splitArguments = splitArguments;
exports.xpathLiteral = xpathLiteral;
// \w in .NET regexes is Unicode-aware: letters, digits, connector punctuation.
const NAME_AND_ARGUMENTS = /^\s*([\p{L}\p{Nd}\p{Pc}\p{Mn}]+)(?:\s*\((.*)\))?\s*$/su;
/** Parses `Name(args)`; undefined when the value has another shape (the engine's "BadAttributeValue"). */
function parseNameAndArguments(value) {
    const match = NAME_AND_ARGUMENTS.exec(value);
    if (!match)
        return undefined;
    const argumentString = match[2] ? match[2] : undefined;
    return { name: match[1], argumentString, args: splitArguments(argumentString) };
}
/** Splits an argument string on commas that are outside parentheses and quotes; each argument is trimmed. */
function splitArguments(argumentString) {
    if (argumentString === undefined)
        return [];
    const args = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < argumentString.length; i++) {
        const ch = argumentString[i];
        if (quote) {
            if (ch === quote)
                quote = '';
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === ',' && depth === 0) {
            args.push(argumentString.slice(start, i).trim());
            start = i + 1;
        }
    }
    args.push(argumentString.slice(start).trim());
    return args;
}
/** An XPath string literal for `value`: single quotes, double quotes, or concat() when it holds both. */
function xpathLiteral(value) {
    if (!value.includes("'"))
        return `'${value}'`;
    if (!value.includes('"'))
        return `"${value}"`;
    return `concat(${value
        .split("'")
        .map((part) => `'${part}'`)
        .join(`, "'", `)})`;
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Microsoft.Web.XmlTransform (XDT) in TypeScript, over the lossless XML model, following dotnet/xdt's source
// (windows-facts §2.5): every element of the transform file is a context whose XPath is its parent's XPath plus
// its own name and locator predicate (`/configuration/appSettings/add[@key='a']`), evaluated against the whole
// source document; the element's xdt:Transform runs on what that XPath selects (Insert-family verbs on what the
// parent's XPath selects); then its children are processed, whatever the verb was.
//
// What differs from the .NET engine, on purpose:
// - the source's formatting is kept byte for byte outside what a transform changes; inserted elements are indented
//   like their new siblings and use the source's line endings;
// - a malformed transform (syntax, unknown verb or locator, wrong arguments, bad XPath, undeclared prefix) is
//   reported entirely before anything is applied, and then nothing is applied;
// - a result that would not be an XML document (a second root, no root, `--` inside CommentOut) is an error;
// - xdt:Import is refused: it loads .NET assemblies.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XDT_LOCATORS = exports.XDT_TRANSFORMS = exports.XDT_NAMESPACE = void 0;
exports.formatXdtDiagnostic = formatXdtDiagnostic;
exports.applyXdtTransform = applyXdtTransform;
const xml_document_js_1 = __nccwpck_require__(7864);
const xml_edit_js_1 = __nccwpck_require__(461);
const namespaces_js_1 = __nccwpck_require__(4670);
const syntax_js_1 = __nccwpck_require__(9433);
const xpath_js_1 = __nccwpck_require__(2483);
exports.XDT_NAMESPACE = 'http://schemas.microsoft.com/XML-Document-Transform';
exports.XDT_TRANSFORMS = [
    'Replace',
    'Remove',
    'RemoveAll',
    'Insert',
    'InsertIfMissing',
    'InsertBefore',
    'InsertAfter',
    'SetAttributes',
    'SetTokenizedAttributes',
    'RemoveAttributes',
    'CommentOut'
];
exports.XDT_LOCATORS = ['Match', 'Condition', 'XPath'];
/** `error: web.Release.config:12:6: message` (the CLI's and the compilers' convention). */
function formatXdtDiagnostic(diagnostic) {
    const where = diagnostic.line
        ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`
        : diagnostic.file;
    return `${diagnostic.severity}: ${where}: ${diagnostic.message}`;
}
/**
 * Applies an XDT transform document to a source document, in place (like XmlTransformation.Apply). "No element
 * matches" is a warning; a malformed transform or a result that would not be XML is an error.
 */
function applyXdtTransform(source, transform, files) {
    const engine = new XdtEngine(source, transform, files);
    engine.run();
    const diagnostics = engine.diagnostics;
    return { document: source, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}
// -----------------------------------------------------------------------------------------------------------------
/** An error that points at a node of the transform file (by source offset). */
class XdtError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const INSERT_FAMILY = new Set(['Insert', 'InsertIfMissing', 'InsertBefore', 'InsertAfter']);
/** One element of the transform file, with its lazily built XPath and targets (XmlElementContext). */
class TransformContext {
    element;
    parent;
    engine;
    transform;
    locator;
    suppressWarnings = false;
    /** Its XPath cannot be built (the error was reported on it or on an ancestor). */
    broken = false;
    xpathCache;
    targetsCache;
    parentsCache;
    namespaceCache;
    constructor(element, parent, engine) {
        this.element = element;
        this.parent = parent;
        this.engine = engine;
    }
    /** The XPath of the source elements this element stands for (Locator.ConstructPath). */
    get xpath() {
        if (this.xpathCache === undefined)
            this.xpathCache = this.constructPath();
        return this.xpathCache;
    }
    /** Where Insert-family verbs insert: the parent's XPath, or with an XPath locator its own (ConstructParentPath). */
    get parentXPath() {
        if (this.locator?.name === 'XPath')
            return this.xpath;
        return this.parent ? this.parent.xpath : '';
    }
    targetNodes() {
        if (!this.targetsCache)
            this.targetsCache = this.engine.selectElements(this.xpath, this);
        return this.targetsCache;
    }
    /** Undefined for a top-level element: it has no parent context. */
    targetParents() {
        if (!this.parent)
            return undefined;
        if (!this.parentsCache)
            this.parentsCache = this.engine.selectElements(this.parentXPath, this);
        return this.parentsCache;
    }
    /** Prefixes in scope at the transform element, the default namespace as `_defaultNamespace` (as .NET does). */
    namespaces() {
        if (!this.namespaceCache) {
            const map = {};
            for (const [prefix, uri] of (0, namespaces_js_1.inScopeNamespaces)(this.element)) {
                if (prefix === '') {
                    if (uri)
                        map['_defaultNamespace'] = uri;
                }
                else
                    map[prefix] = uri;
            }
            this.namespaceCache = map;
        }
        return this.namespaceCache;
    }
    nodeTest() {
        const { prefix, local } = (0, namespaces_js_1.splitQName)(this.element.name);
        return !prefix && (0, namespaces_js_1.lookupNamespace)(this.element, '') ? `_defaultNamespace:${local}` : this.element.name;
    }
    constructPath() {
        const parentPath = this.parent ? this.parent.xpath : '';
        const locator = this.locator;
        if (locator?.name === 'XPath') {
            const path = locator.args[0];
            if (path.startsWith('/'))
                return path;
            return appendStep(appendStep(parentPath, this.nodeTest()), path).replace(/\/\.\//g, '/');
        }
        let predicate = '';
        if (locator?.name === 'Match') {
            predicate = locator.args
                .map((key) => `@${key}=${(0, syntax_js_1.xpathLiteral)((0, xml_edit_js_1.getAttribute)(this.element, key))}`)
                .join(' and ');
        }
        else if (locator?.name === 'Condition') {
            predicate = locator.args[0];
        }
        return appendStep(parentPath, this.nodeTest(), predicate);
    }
}
function appendStep(basePath, nodeTest, predicate = '') {
    const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
    let bracketed = predicate;
    if (bracketed) {
        if (!bracketed.startsWith('['))
            bracketed = `[${bracketed}`;
        if (!bracketed.endsWith(']'))
            bracketed = `${bracketed}]`;
    }
    return `${base}${nodeTest}${bracketed}`;
}
class XdtEngine {
    source;
    transform;
    files;
    diagnostics = [];
    reported = new Set();
    suppressWarnings = false;
    originalText;
    original;
    contexts = [];
    constructor(source, transform, files) {
        this.source = source;
        this.transform = transform;
        this.files = files;
    }
    run() {
        const root = this.transform.root;
        if (!root)
            return;
        // Namespace well-formedness first: `xdt:Transform` without xmlns:xdt must not pass as "nothing to do".
        const errorsBefore = this.errorCount();
        for (const element of (0, xml_edit_js_1.descendants)(this.transform))
            this.checkPrefixes(element);
        if (this.errorCount() > errorsBefore)
            return;
        if (!this.declaresXdtNamespace()) {
            this.warn(`The transform does not declare the XDT namespace (xmlns:xdt="${exports.XDT_NAMESPACE}"): nothing was applied.`, root.offset);
            return;
        }
        // A malformed transform is reported as a whole and nothing is applied.
        for (const element of (0, xml_edit_js_1.childElements)(this.transform))
            this.prepare(element, undefined);
        if (this.errorCount() > errorsBefore)
            return;
        for (const context of this.contexts) {
            if (context.transform)
                this.execute(context);
        }
    }
    // --- diagnostics -----------------------------------------------------------------------------------------------
    report(severity, message, offset) {
        const { line, column } = this.transform.position(offset);
        const diagnostic = { severity, message, file: this.files.transformFile };
        if (line)
            Object.assign(diagnostic, { line, column });
        const key = `${severity}|${line}|${column}|${message}`;
        if (this.reported.has(key))
            return;
        this.reported.add(key);
        this.diagnostics.push(diagnostic);
    }
    warn(message, offset) {
        if (!this.suppressWarnings)
            this.report('warning', message, offset);
    }
    error(message, offset) {
        this.report('error', message, offset);
    }
    errorCount() {
        return this.diagnostics.filter((d) => d.severity === 'error').length;
    }
    // --- the transform file ----------------------------------------------------------------------------------------
    declaresXdtNamespace() {
        for (const element of (0, xml_edit_js_1.descendants)(this.transform)) {
            for (const attribute of element.attributes) {
                if ((0, namespaces_js_1.declaredPrefix)(attribute.name) !== undefined &&
                    (0, xml_document_js_1.decodeEntities)(attribute.rawValue) === exports.XDT_NAMESPACE) {
                    return true;
                }
            }
        }
        return false;
    }
    isXdt(element, qualifiedName) {
        const { prefix } = (0, namespaces_js_1.splitQName)(qualifiedName);
        return prefix !== '' && prefix !== 'xmlns' && (0, namespaces_js_1.lookupNamespace)(element, prefix) === exports.XDT_NAMESPACE;
    }
    /** Builds and checks the context of `element` and its descendants, in document order. */
    prepare(element, parent) {
        const context = new TransformContext(element, parent, this);
        this.contexts.push(context);
        const elementName = (0, namespaces_js_1.splitQName)(element.name);
        if (elementName.prefix && (0, namespaces_js_1.lookupNamespace)(element, elementName.prefix) === exports.XDT_NAMESPACE) {
            if (elementName.local === 'Import') {
                this.error(`${element.name} loads custom transforms from a .NET assembly, which iis-deploy cannot run: remove it ` +
                    `and use the built-in transforms (${exports.XDT_TRANSFORMS.join(', ')}).`, element.offset);
            }
            else {
                this.warn(`Unknown tag '${element.name}'.`, element.offset);
            }
        }
        for (const attribute of element.attributes) {
            if (!this.isXdt(element, attribute.name))
                continue;
            const { local } = (0, namespaces_js_1.splitQName)(attribute.name);
            if (local === 'Transform') {
                context.transform = this.parseCall(attribute, 'transform');
                if (!context.transform)
                    context.broken = true;
            }
            else if (local === 'Locator') {
                context.locator = this.parseCall(attribute, 'locator');
                if (!context.locator)
                    context.broken = true;
            }
            else if (local === 'SupressWarnings') {
                const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue).trim().toLowerCase();
                if (value === 'true' || value === 'false')
                    context.suppressWarnings = value === 'true';
                else
                    this.error(`${attribute.name} must be true or false, not '${attribute.rawValue}'.`, attribute.offset);
            }
            else {
                const hint = local === 'SuppressWarnings' ? ' (XDT spells it SupressWarnings, with one p)' : '';
                this.warn(`Unknown attribute '${attribute.name}'${hint}: XDT knows Transform, Locator and SupressWarnings; it is ignored.`, attribute.offset);
            }
        }
        this.checkArguments(context);
        this.checkPaths(context);
        for (const child of (0, xml_edit_js_1.childElements)(element))
            this.prepare(child, context);
    }
    /** Namespace well-formedness, which .NET's loader enforces: every prefix used is declared. */
    checkPrefixes(element) {
        const names = [[element.name, element.offset]];
        for (const attribute of element.attributes) {
            if ((0, namespaces_js_1.declaredPrefix)(attribute.name) === undefined)
                names.push([attribute.name, attribute.offset]);
        }
        for (const [name, offset] of names) {
            const { prefix } = (0, namespaces_js_1.splitQName)(name);
            if (prefix && (0, namespaces_js_1.lookupNamespace)(element, prefix) === undefined) {
                const fix = prefix === 'xdt' ? ` Add xmlns:xdt="${exports.XDT_NAMESPACE}" to the root element.` : '';
                this.error(`The prefix '${prefix}' of '${name}' is not declared.${fix}`, offset);
            }
        }
    }
    parseCall(attribute, kind) {
        const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
        const parsed = (0, syntax_js_1.parseNameAndArguments)(value);
        if (!parsed) {
            this.error(`${attribute.name}="${value}" is not valid: write a ${kind} name, optionally followed by arguments in ` +
                `parentheses, e.g. ${kind === 'transform' ? 'SetAttributes(value)' : 'Match(name)'}.`, attribute.offset);
            return undefined;
        }
        const known = kind === 'transform' ? exports.XDT_TRANSFORMS : exports.XDT_LOCATORS;
        if (!known.includes(parsed.name)) {
            const other = kind === 'transform' ? exports.XDT_LOCATORS : exports.XDT_TRANSFORMS;
            const caseless = known.find((name) => name.toLowerCase() === parsed.name.toLowerCase());
            const hint = caseless
                ? ` Names are case-sensitive: did you mean '${caseless}'?`
                : other.includes(parsed.name)
                    ? ` '${parsed.name}' is a ${kind === 'transform' ? 'locator' : 'transform'}: use xdt:${kind === 'transform' ? 'Locator' : 'Transform'}.`
                    : '';
            this.error(`Unknown ${kind} '${parsed.name}'.${hint} Known ${kind}s: ${known.join(', ')}.`, attribute.offset);
            return undefined;
        }
        return { ...parsed, attribute };
    }
    /** Argument counts that dotnet/xdt refuses (EnsureArguments, InsertBase.SiblingElement, Match's attributes). */
    checkArguments(context) {
        const { locator, transform, element } = context;
        if (locator) {
            const { name, args, attribute } = locator;
            if (name === 'Match') {
                if (args.length === 0 || args.some((a) => a === '')) {
                    this.error(`Match needs the names of the attributes to match, e.g. Match(name) or Match(name,path).`, attribute.offset);
                    context.broken = true;
                }
                else {
                    for (const key of args) {
                        if ((0, xml_edit_js_1.getAttribute)(element, key) === undefined) {
                            this.error(`Match(${locator.argumentString}): <${element.name}> has no attribute '${key}' to match on.`, attribute.offset);
                            context.broken = true;
                        }
                    }
                }
            }
            else if (args.length !== 1 || args[0] === '') {
                const example = name === 'Condition' ? "Condition(@name='a' or @name='b')" : 'XPath(/configuration/appSettings)';
                this.error(`${name} requires exactly 1 argument, e.g. ${example}.`, attribute.offset);
                context.broken = true;
            }
        }
        if (transform && (transform.name === 'InsertBefore' || transform.name === 'InsertAfter')) {
            if (transform.args.length === 0 || transform.args[0] === '') {
                this.error(`${transform.name} requires an XPath argument: the element to insert ${transform.name === 'InsertBefore' ? 'before' : 'after'}, e.g. ${transform.name}(/configuration/system.web/authentication).`, transform.attribute.offset);
            }
            else if (transform.args.length > 1) {
                this.error(`Too many arguments to ${transform.name}: it takes one XPath (got ${transform.args.length}).`, transform.attribute.offset);
            }
            else {
                this.checkXPath(transform.args[0], transform.attribute.offset);
            }
        }
    }
    /** Builds the XPath of contexts that need one and checks it parses. */
    checkPaths(context) {
        if (context.parent?.broken)
            context.broken = true;
        if (context.broken || (!context.transform && !context.locator))
            return;
        const blame = context.locator ?? context.transform;
        if (blame && !this.checkXPath(context.xpath, blame.attribute.offset))
            context.broken = true;
    }
    checkXPath(xpath, offset) {
        try {
            (0, xpath_js_1.compileXPath)(xpath);
            return true;
        }
        catch (error) {
            if (!(error instanceof xpath_js_1.XPathError))
                throw error;
            this.error(error.message, offset);
            return false;
        }
    }
    // --- applying --------------------------------------------------------------------------------------------------
    /** Runs an XPath against the source document with the transform element's namespaces; elements only. */
    selectElements(xpath, context, document = this.source) {
        const nodes = (0, xpath_js_1.selectNodes)(xpath, document, { namespaces: context.namespaces() });
        return nodes.filter((node) => {
            if (node.type === 'element')
                return true;
            throw new XdtError(`'${xpath}' selects a ${node.type === 'attribute' ? 'attribute' : node.type} node: XDT transforms apply to elements.`, context.element.offset);
        });
    }
    execute(context) {
        const transform = context.transform;
        this.suppressWarnings = context.suppressWarnings;
        try {
            if (INSERT_FAMILY.has(transform.name))
                this.executeInsert(context);
            else
                this.executeOnTargets(context);
        }
        catch (error) {
            if (error instanceof XdtError)
                this.error(error.message, error.offset);
            else if (error instanceof xpath_js_1.XPathError)
                this.error(error.message, transform.attribute.offset);
            else
                throw error;
        }
        finally {
            this.suppressWarnings = false;
        }
    }
    executeOnTargets(context) {
        const { transform } = context;
        const targets = this.requireTargets(context);
        if (!targets)
            return;
        const at = transform.attribute.offset;
        const first = targets[0];
        switch (transform.name) {
            case 'Replace': {
                this.expectNoArguments(context);
                this.warnIfMultipleTargets(context, targets);
                const clone = this.cloneTransformElement(context);
                this.beforeChange();
                (0, xml_edit_js_1.replaceNode)(first, clone);
                this.adopt(clone, context);
                return;
            }
            case 'Remove':
                this.warnIfMultipleTargets(context, targets);
                this.expectNoArguments(context);
                this.refuseRoot(first, 'Remove', at);
                this.beforeChange();
                (0, xml_edit_js_1.removeNode)(first);
                return;
            case 'RemoveAll':
                this.expectNoArguments(context);
                for (const target of targets)
                    this.refuseRoot(target, 'RemoveAll', at);
                this.beforeChange();
                removeNodes(targets);
                return;
            case 'CommentOut': {
                this.expectNoArguments(context);
                if (first.parent?.type !== 'element') {
                    throw new XdtError(`Cannot comment out the whole XML document (the root element <${first.name}>).`, at);
                }
                const content = ` ${(0, xml_document_js_1.serializeElement)(first)} `;
                if (content.includes('--')) {
                    throw new XdtError(`CommentOut cannot comment out <${first.name}>: its XML contains '--' (a comment inside it?), which ` +
                        `an XML comment cannot hold.`, at);
                }
                const comment = { type: 'comment', content, parent: undefined, offset: -1 };
                this.beforeChange();
                (0, xml_edit_js_1.replaceNode)(first, comment);
                return;
            }
            case 'SetAttributes':
            case 'SetTokenizedAttributes': {
                const attributes = this.transformAttributes(context);
                this.beforeChange();
                for (const target of targets) {
                    const selected = this.selectAttributes(attributes, context);
                    for (const attribute of selected) {
                        const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
                        const finalValue = transform.name === 'SetTokenizedAttributes'
                            ? this.substituteTokens(value, attribute, target, context)
                            : value;
                        (0, xml_edit_js_1.setAttribute)(target, attribute.name, finalValue);
                    }
                    if (selected.length === 0)
                        this.warn('No attributes found to set.', at);
                }
                return;
            }
            case 'RemoveAttributes':
                this.beforeChange();
                for (const target of targets) {
                    const selected = this.selectAttributes(target.attributes.filter((a) => (0, namespaces_js_1.declaredPrefix)(a.name) === undefined), context);
                    for (const attribute of selected)
                        (0, xml_edit_js_1.removeAttribute)(target, attribute.name);
                    if (selected.length === 0)
                        this.warn('No attributes found to remove.', at);
                }
                return;
            default:
                return;
        }
    }
    executeInsert(context) {
        const { transform } = context;
        const parent = this.requireParents(context)[0];
        switch (transform.name) {
            case 'Insert':
                this.expectNoArguments(context);
                this.beforeChange();
                this.adopt((0, xml_edit_js_1.appendElement)(parent, this.cloneTransformElement(context)), context);
                return;
            case 'InsertIfMissing':
                this.expectNoArguments(context);
                if (context.targetNodes().length === 0) {
                    this.beforeChange();
                    this.adopt((0, xml_edit_js_1.appendElement)(parent, this.cloneTransformElement(context)), context);
                }
                return;
            case 'InsertBefore':
            case 'InsertAfter': {
                const at = transform.attribute.offset;
                const xpath = transform.args[0];
                // A relative path is evaluated from the parent target (InsertBase.SiblingElement).
                const found = (0, xpath_js_1.selectNodes)(xpath, parent, { namespaces: context.namespaces() });
                const sibling = found[0];
                if (!sibling)
                    throw new XdtError(`No element in the source document matches '${xpath}'.`, at);
                if (sibling.type !== 'element')
                    throw new XdtError(`'${xpath}' does not evaluate to an element.`, at);
                if (sibling.parent?.type !== 'element') {
                    throw new XdtError(`${transform.name}(${xpath}) would put a second root element next to <${sibling.name}>: an XML ` +
                        `document has exactly one.`, at);
                }
                const clone = this.cloneTransformElement(context);
                this.beforeChange();
                (0, xml_edit_js_1.insertSibling)(sibling, clone, transform.name === 'InsertBefore' ? 'before' : 'after');
                this.adopt(clone, context);
                return;
            }
            default:
                return;
        }
    }
    /** The targets, or undefined after the engine's warning when there are none (Transform.HasRequiredTarget). */
    requireTargets(context) {
        const targets = context.targetNodes();
        if (targets.length)
            return targets;
        let failed = context;
        while (failed.parent && failed.parent.targetNodes().length === 0)
            failed = failed.parent;
        this.warn(this.noMatchMessage(failed, failed.xpath), failed.element.offset);
        return undefined;
    }
    /** The parents to insert into; none is an error for the Insert family (MissingTargetMessage.Error). */
    requireParents(context) {
        const parents = context.targetParents();
        if (!parents) {
            throw new XdtError(`${context.transform.name} on the top-level element <${context.element.name}> would add a second root ` +
                `element to the document: put the element inside the one it belongs to.`, context.transform.attribute.offset);
        }
        if (parents.length)
            return parents;
        let failed = context;
        while (failed.parent && failed.parent.parentXPath !== '' && failed.parent.targetParents()?.length === 0) {
            failed = failed.parent;
        }
        // Point at the element whose path found nothing: the parent context, unless an XPath locator made the path.
        const missing = failed.locator?.name === 'XPath' || !failed.parent ? failed : failed.parent;
        throw new XdtError(`${this.noMatchMessage(failed, failed.parentXPath)}: nowhere to ${context.transform.name} <${context.element.name}>.`, missing.element.offset);
    }
    noMatchMessage(context, xpath) {
        if (this.existedInOriginal(xpath, context)) {
            return (`'${xpath}' did not find a match, because matching nodes in the source document were modified or ` +
                `removed by a previous transform`);
        }
        return `No element in the source document matches '${xpath}'`;
    }
    existedInOriginal(xpath, context) {
        if (this.originalText === undefined)
            return false;
        this.original ??= (0, xml_document_js_1.parseXmlDocument)(this.originalText);
        try {
            return this.selectElements(xpath, context, this.original).length > 0;
        }
        catch {
            return false;
        }
    }
    /** Keeps the source as it was before this file's first change (the engine's IXmlOriginalDocumentService). */
    beforeChange() {
        this.originalText ??= this.source.toString();
    }
    expectNoArguments(context) {
        if (context.transform.argumentString) {
            this.warn(`${context.transform.name} does not expect arguments; ignoring.`, context.transform.attribute.offset);
        }
    }
    warnIfMultipleTargets(context, targets) {
        if (targets.length > 1) {
            this.warn(`Found multiple target elements, but the '${context.transform.name}' Transform only applies to the first match.`, context.transform.attribute.offset);
        }
    }
    refuseRoot(target, verb, offset) {
        if (target.parent?.type !== 'element') {
            throw new XdtError(`${verb} would remove the root element <${target.name}>: the result would not be an XML document.`, offset);
        }
    }
    // --- attributes ------------------------------------------------------------------------------------------------
    /** The transform element's own attributes, without xdt:* ones and namespace declarations. */
    transformAttributes(context) {
        return context.element.attributes.filter((a) => (0, namespaces_js_1.declaredPrefix)(a.name) === undefined && !this.isXdt(context.element, a.name));
    }
    /** AttributeTransform.GetAttributesFrom: all attributes, or the named ones, warning for names that match none. */
    selectAttributes(attributes, context) {
        const { args, attribute: at } = context.transform;
        if (args.length === 0)
            return attributes;
        const wanted = new Set();
        for (const name of args) {
            const matching = attributes.filter((a) => name === '*' || a.name === name);
            if (matching.length === 0)
                this.warn(`Argument '${name}' did not match any attributes.`, at.offset);
            for (const a of matching)
                wanted.add(a);
        }
        return attributes.filter((a) => wanted.has(a));
    }
    /** SetTokenizedAttributes: `$(name)` takes the target's attribute `name` (or the transform element's). */
    substituteTokens(value, attribute, target, context) {
        return value.replace(/\$\(([\p{L}\p{Nd}_:.]+)\)/gu, (_token, name) => {
            const fromTarget = (0, xml_edit_js_1.getAttribute)(target, name);
            const fromTransform = name.toLowerCase() === attribute.name.toLowerCase() ? undefined : (0, xml_edit_js_1.getAttribute)(context.element, name);
            const resolved = fromTarget ?? fromTransform;
            if (resolved === undefined) {
                throw new XdtError(`SetTokenizedAttributes: no attribute '${name}' on <${target.name}> or on the transform element to fill $(${name}).`, context.transform.attribute.offset);
            }
            return resolved;
        });
    }
    // --- inserted elements -----------------------------------------------------------------------------------------
    /** The transform element without xdt:* attributes and XDT namespace declarations (the engine's TransformNode). */
    cloneTransformElement(context) {
        const clone = (0, xml_edit_js_1.cloneNode)(context.element);
        const scrub = (copy, original) => {
            copy.offset = -1;
            copy.endOffset = -1;
            copy.attributes = copy.attributes
                .filter((a) => {
                if ((0, namespaces_js_1.declaredPrefix)(a.name) !== undefined)
                    return (0, xml_document_js_1.decodeEntities)(a.rawValue) !== exports.XDT_NAMESPACE;
                return !this.isXdt(original, a.name);
            })
                .map((a) => ({ ...a, offset: -1, valueOffset: -1 }));
            copy.children.forEach((child, i) => {
                child.offset = -1;
                const originalChild = original.children[i];
                if (child.type === 'element' && originalChild?.type === 'element')
                    scrub(child, originalChild);
            });
        };
        scrub(clone, context.element);
        return clone;
    }
    /** Fits an element copied from the transform into its new place: namespaces, then indentation and line ends. */
    adopt(clone, context) {
        this.fixNamespaces(clone, context.element);
        reindent(clone, {
            from: (0, xml_edit_js_1.indentationOf)(context.element),
            to: (0, xml_edit_js_1.indentationOf)(clone),
            fromUnit: (0, xml_edit_js_1.indentUnit)(this.transform),
            toUnit: (0, xml_edit_js_1.indentUnit)(this.source),
            newline: this.source.newline
        });
    }
    /**
     * Keeps the inserted element in the namespaces it had in the transform file, as .NET's writer does: declarations
     * that are already in scope at the new place are dropped, missing ones are added (`xmlns=""` included, the XDT
     * classic when the source has a default namespace and the transform does not).
     */
    fixNamespaces(clone, original) {
        const walk = (copy, source, scope) => {
            const own = new Map();
            copy.attributes = copy.attributes.filter((a) => {
                const prefix = (0, namespaces_js_1.declaredPrefix)(a.name);
                if (prefix === undefined)
                    return true;
                const uri = (0, xml_document_js_1.decodeEntities)(a.rawValue);
                if (scope(prefix) === uri)
                    return false;
                own.set(prefix, uri);
                return true;
            });
            const local = (prefix) => own.has(prefix) ? own.get(prefix) : scope(prefix);
            const used = new Set([(0, namespaces_js_1.splitQName)(copy.name).prefix]);
            for (const a of copy.attributes) {
                const { prefix } = (0, namespaces_js_1.splitQName)(a.name);
                if (prefix && prefix !== 'xml' && prefix !== 'xmlns')
                    used.add(prefix);
            }
            for (const prefix of used) {
                const expected = (0, namespaces_js_1.lookupNamespace)(source, prefix);
                if (expected === undefined) {
                    throw new XdtError(`The prefix '${prefix}' of <${source.name}> is not declared.`, source.offset);
                }
                if (local(prefix) !== expected) {
                    copy.attributes.unshift({
                        name: prefix ? `xmlns:${prefix}` : 'xmlns',
                        leading: ' ',
                        equals: '=',
                        quote: '"',
                        rawValue: expected.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
                        offset: -1,
                        valueOffset: -1
                    });
                    own.set(prefix, expected);
                }
            }
            copy.children.forEach((child, i) => {
                const sourceChild = source.children[i];
                if (child.type === 'element' && sourceChild?.type === 'element')
                    walk(child, sourceChild, local);
            });
        };
        const newParent = clone.parent;
        walk(clone, original, (prefix) => (0, namespaces_js_1.lookupNamespace)(newParent, prefix));
    }
}
/** Re-indents whitespace inside an inserted element, as the source indents: its depth, its unit, its line ends. */
function reindent(element, { from, to, fromUnit, toUnit, newline }) {
    const deeper = (extra) => fromUnit && fromUnit !== toUnit ? extra.split(fromUnit).join(toUnit) : extra;
    const rewrite = (whitespace) => whitespace.replace(/\r?\n([ \t]*)/g, (_line, indent) => newline + (indent.startsWith(from) ? to + deeper(indent.slice(from.length)) : to));
    const visit = (node) => {
        for (const attribute of node.attributes) {
            if (/\n/.test(attribute.leading))
                attribute.leading = rewrite(attribute.leading);
        }
        if (/\n/.test(node.tagTail))
            node.tagTail = rewrite(node.tagTail);
        for (const child of node.children) {
            if (child.type === 'text' && /\n/.test(child.raw) && /^\s*$/.test(child.raw))
                child.raw = rewrite(child.raw);
            else if (child.type === 'element')
                visit(child);
        }
    };
    visit(element);
}
/** Removes many nodes at once (RemoveAll on thousands of elements), each with the indentation line before it. */
function removeNodes(nodes) {
    const byParent = new Map();
    for (const node of nodes) {
        if (!node.parent)
            continue;
        const set = byParent.get(node.parent) ?? new Set();
        set.add(node);
        byParent.set(node.parent, set);
    }
    for (const [parent, remove] of byParent) {
        const kept = [];
        for (const child of parent.children) {
            if (!remove.has(child)) {
                kept.push(child);
                continue;
            }
            const previous = kept[kept.length - 1];
            if (previous?.type === 'text' && /^\s*$/.test(previous.raw) && previous.raw.includes('\n'))
                kept.pop();
            child.parent = undefined;
        }
        parent.children = kept;
    }
}


/***/ }),

/***/ 3785:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// Kept for callers of the first version (src/pipeline/default-steps.ts): the encoder lives in encode-document.ts
// and writes go through the shared src/core/atomic-write.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeXmlDocument = void 0;
exports.writeFileAtomically = writeFileAtomically;
const atomic_write_js_1 = __nccwpck_require__(627);
var encode_document_js_1 = __nccwpck_require__(6572);
Object.defineProperty(exports, "encodeXmlDocument", ({ enumerable: true, get: function () { return encode_document_js_1.encodeXmlDocument; } }));
/** Writes `data` over `file` through a temporary file and a rename: never half-written. */
function writeFileAtomically(file, data) {
    (0, atomic_write_js_1.writeFileAtomicSync)(file, data);
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// An XPath 1.0 evaluator over the lossless XML model, for XDT: the paths XDT builds itself
// (`/configuration/appSettings/add[@key='a']`) and the ones users write in Condition(), XPath() and
// InsertBefore()/InsertAfter(): every axis except namespace::, `..`, `*`, `//`, predicates and positions,
// `=`/`!=`/`<`..., `and`/`or`, arithmetic, unions, and the XPath 1.0 core function library (contains,
// starts-with, not, count, position, last, normalize-space, translate, substring...). Element names are matched by
// namespace URI and local name, as .NET's XPath does; prefixes resolve through the `namespaces` option.
// Not supported (a clear XPathError): variables, id(), lang(), the namespace axis.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XPathError = void 0;
exports.compileXPath = compileXPath;
exports.stringValue = stringValue;
exports.evaluateXPath = evaluateXPath;
exports.selectNodes = selectNodes;
const xml_document_js_1 = __nccwpck_require__(7864);
const xml_edit_js_1 = __nccwpck_require__(461);
const namespaces_js_1 = __nccwpck_require__(4670);
class XPathError extends Error {
    expression;
    index;
    name = 'XPathError';
    constructor(message, expression, 
    /** 0-based index in the expression where the problem is, or -1. */
    index = -1) {
        super(message);
        this.expression = expression;
        this.index = index;
    }
}
exports.XPathError = XPathError;
const AXES = new Set([
    'child',
    'descendant',
    'descendant-or-self',
    'parent',
    'ancestor',
    'ancestor-or-self',
    'following-sibling',
    'preceding-sibling',
    'following',
    'preceding',
    'attribute',
    'self'
]);
const REVERSE_AXES = new Set([
    'parent',
    'ancestor',
    'ancestor-or-self',
    'preceding-sibling',
    'preceding'
]);
// XML names (NCName), by Unicode category rather than the spec's code point table.
const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_.\-\u00B7]/u;
const NODE_TYPES = new Set(['node', 'text', 'comment', 'processing-instruction']);
const OPERATOR_NAMES = new Set(['and', 'or', 'mod', 'div']);
function tokenize(source) {
    const tokens = [];
    let i = 0;
    const fail = (message, at) => {
        throw new XPathError(`${message} in XPath '${source}' at position ${at + 1}.`, source, at);
    };
    // XPath 1.0 §3.7: after these tokens `*` is a name test and a name is a name, otherwise they are operators.
    const operatorExpected = () => {
        const previous = tokens[tokens.length - 1];
        if (!previous)
            return false;
        if (previous.t === 'op')
            return false;
        if (previous.t === 'punct')
            return previous.v === ')' || previous.v === ']' || previous.v === '.' || previous.v === '..';
        return true;
    };
    const readName = () => {
        const start = i;
        if (!NAME_START.test(source[i] ?? ''))
            fail('Expected a name', i);
        i++;
        while (i < source.length && NAME_CHAR.test(source[i]))
            i++;
        return source.slice(start, i);
    };
    const skipSpace = (from) => {
        let j = from;
        while (j < source.length && /\s/.test(source[j]))
            j++;
        return j;
    };
    while (i < source.length) {
        const ch = source[i];
        const at = i;
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const end = source.indexOf(ch, i + 1);
            if (end === -1)
                fail('Unterminated string literal', i);
            tokens.push({ t: 'literal', v: source.slice(i + 1, end), at });
            i = end + 1;
            continue;
        }
        if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
            const match = /^[0-9]*(?:\.[0-9]*)?/.exec(source.slice(i));
            tokens.push({ t: 'number', v: Number(match[0]), at });
            i += match[0].length;
            continue;
        }
        const two = source.slice(i, i + 2);
        if (two === '..' || two === '::') {
            tokens.push({ t: 'punct', v: two, at });
            i += 2;
            continue;
        }
        if (two === '//' || two === '!=' || two === '<=' || two === '>=') {
            tokens.push({ t: 'op', v: two, at });
            i += 2;
            continue;
        }
        if ('()[].@,'.includes(ch)) {
            tokens.push({ t: 'punct', v: ch, at });
            i++;
            continue;
        }
        if ('/|+-=<>'.includes(ch)) {
            tokens.push({ t: 'op', v: ch, at });
            i++;
            continue;
        }
        if (ch === '*') {
            if (operatorExpected())
                tokens.push({ t: 'op', v: '*', at });
            else
                tokens.push({ t: 'name', prefix: '', local: '*', at });
            i++;
            continue;
        }
        if (ch === '$') {
            i++;
            tokens.push({ t: 'var', v: readName(), at });
            continue;
        }
        if (NAME_START.test(ch)) {
            const first = readName();
            if (operatorExpected()) {
                if (!OPERATOR_NAMES.has(first))
                    fail(`Expected an operator, found '${first}'`, at);
                tokens.push({ t: 'op', v: first, at });
                continue;
            }
            let prefix = '';
            let local = first;
            if (source[i] === ':' && source[i + 1] !== ':') {
                i++;
                prefix = first;
                if (source[i] === '*') {
                    local = '*';
                    i++;
                }
                else {
                    local = readName();
                }
            }
            const next = skipSpace(i);
            if (!prefix && source.startsWith('::', next)) {
                if (!AXES.has(first)) {
                    fail(first === 'namespace' ? 'The namespace axis is not supported' : `Unknown axis '${first}'`, at);
                }
                tokens.push({ t: 'axis', v: first, at });
                i = next;
                continue;
            }
            if (source[next] === '(' && local !== '*') {
                const name = prefix ? `${prefix}:${local}` : local;
                if (!prefix && NODE_TYPES.has(local)) {
                    tokens.push({
                        t: 'nodetype',
                        v: local,
                        at
                    });
                }
                else {
                    tokens.push({ t: 'func', v: name, at });
                }
                i = next;
                continue;
            }
            tokens.push({ t: 'name', prefix, local, at });
            continue;
        }
        fail(`Unexpected character '${ch}'`, i);
    }
    return tokens;
}
// -----------------------------------------------------------------------------------------------------------------
// Parser (recursive descent over XPath 1.0's grammar)
const FUNCTION_ARITY = {
    last: [0, 0],
    position: [0, 0],
    count: [1, 1],
    'local-name': [0, 1],
    'namespace-uri': [0, 1],
    name: [0, 1],
    string: [0, 1],
    concat: [2, Infinity],
    'starts-with': [2, 2],
    contains: [2, 2],
    'substring-before': [2, 2],
    'substring-after': [2, 2],
    substring: [2, 3],
    'string-length': [0, 1],
    'normalize-space': [0, 1],
    translate: [3, 3],
    boolean: [1, 1],
    not: [1, 1],
    true: [0, 0],
    false: [0, 0],
    number: [0, 1],
    sum: [1, 1],
    floor: [1, 1],
    ceiling: [1, 1],
    round: [1, 1]
};
class Parser {
    source;
    tokens;
    index = 0;
    constructor(source, tokens) {
        this.source = source;
        this.tokens = tokens;
    }
    parse() {
        if (this.tokens.length === 0)
            throw new XPathError('The XPath expression is empty.', this.source, 0);
        const expr = this.parseOr();
        const rest = this.peek();
        if (rest)
            this.fail(`Unexpected '${this.describe(rest)}'`, rest);
        return expr;
    }
    peek(offset = 0) {
        return this.tokens[this.index + offset];
    }
    next() {
        return this.tokens[this.index++];
    }
    describe(token) {
        switch (token.t) {
            case 'name':
                return token.prefix ? `${token.prefix}:${token.local}` : token.local;
            case 'literal':
                return `'${token.v}'`;
            case 'var':
                return `$${token.v}`;
            default:
                return String(token.v);
        }
    }
    fail(message, token) {
        const at = token?.at ?? this.source.length;
        throw new XPathError(`${message} in XPath '${this.source}' at position ${at + 1}.`, this.source, token?.at ?? this.source.length);
    }
    isOp(value, offset = 0) {
        const token = this.peek(offset);
        return token?.t === 'op' && token.v === value;
    }
    isPunct(value, offset = 0) {
        const token = this.peek(offset);
        return token?.t === 'punct' && token.v === value;
    }
    expectPunct(value) {
        if (!this.isPunct(value)) {
            const token = this.peek();
            this.fail(token ? `Expected '${value}' but found '${this.describe(token)}'` : `Expected '${value}'`, token);
        }
        this.index++;
    }
    binary(operators, operand) {
        let left = operand();
        for (;;) {
            const token = this.peek();
            if (token?.t !== 'op' || !operators.includes(token.v))
                return left;
            this.index++;
            left = { kind: 'binary', op: token.v, left, right: operand() };
        }
    }
    parseOr = () => this.binary(['or'], this.parseAnd);
    parseAnd = () => this.binary(['and'], this.parseEquality);
    parseEquality = () => this.binary(['=', '!='], this.parseRelational);
    parseRelational = () => this.binary(['<', '<=', '>', '>='], this.parseAdditive);
    parseAdditive = () => this.binary(['+', '-'], this.parseMultiplicative);
    parseMultiplicative = () => this.binary(['*', 'div', 'mod'], this.parseUnary);
    parseUnary = () => {
        if (this.isOp('-')) {
            this.index++;
            return { kind: 'negate', operand: this.parseUnary() };
        }
        return this.binary(['|'], this.parsePath);
    };
    parsePath = () => {
        const token = this.peek();
        if (!token)
            this.fail('Unexpected end of expression');
        const startsFilter = token.t === 'literal' ||
            token.t === 'number' ||
            token.t === 'func' ||
            token.t === 'var' ||
            (token.t === 'punct' && token.v === '(');
        if (!startsFilter)
            return this.parseLocationPath();
        const primary = this.parsePrimary();
        const predicates = this.parsePredicates();
        const filter = predicates.length ? { kind: 'filter', primary, predicates } : primary;
        if (this.isOp('/') || this.isOp('//')) {
            const steps = [];
            this.parseRelativeSteps(steps, true);
            return { kind: 'path', absolute: false, filter, steps };
        }
        return filter;
    };
    parsePrimary() {
        const token = this.next();
        switch (token.t) {
            case 'literal':
                return { kind: 'literal', value: token.v };
            case 'number':
                return { kind: 'number', value: token.v };
            case 'var':
                return this.fail(`Variables are not supported ($${token.v})`, token);
            case 'punct': {
                const expr = this.parseOr();
                this.expectPunct(')');
                return expr;
            }
            case 'func': {
                const arity = FUNCTION_ARITY[token.v];
                if (!arity) {
                    const hint = token.v === 'ends-with' ? " (an XPath 2.0 function; .NET's XPath 1.0 has no ends-with())" : '';
                    this.fail(`Unknown function '${token.v}()'${hint}`, token);
                }
                this.expectPunct('(');
                const args = [];
                if (!this.isPunct(')')) {
                    args.push(this.parseOr());
                    while (this.isPunct(',')) {
                        this.index++;
                        args.push(this.parseOr());
                    }
                }
                this.expectPunct(')');
                const [min, max] = arity;
                if (args.length < min || args.length > max) {
                    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
                    this.fail(`Function '${token.v}()' takes ${expected} argument(s), not ${args.length}`, token);
                }
                return { kind: 'call', name: token.v, args };
            }
            default:
                return this.fail(`Unexpected '${this.describe(token)}'`, token);
        }
    }
    parsePredicates() {
        const predicates = [];
        while (this.isPunct('[')) {
            this.index++;
            predicates.push(this.parseOr());
            this.expectPunct(']');
        }
        return predicates;
    }
    startsStep() {
        const token = this.peek();
        if (!token)
            return false;
        return (token.t === 'name' ||
            token.t === 'axis' ||
            token.t === 'nodetype' ||
            (token.t === 'punct' && (token.v === '.' || token.v === '..' || token.v === '@')));
    }
    parseLocationPath() {
        const steps = [];
        if (this.isOp('/')) {
            this.index++;
            if (this.startsStep())
                this.parseRelativeSteps(steps, false);
            return { kind: 'path', absolute: true, steps };
        }
        if (this.isOp('//')) {
            this.parseRelativeSteps(steps, true);
            return { kind: 'path', absolute: true, steps };
        }
        this.parseRelativeSteps(steps, false);
        return { kind: 'path', absolute: false, steps };
    }
    /** Steps separated by `/` or `//`; when `leadingSeparator`, the first step is preceded by one. */
    parseRelativeSteps(steps, leadingSeparator) {
        let needSeparator = leadingSeparator;
        for (;;) {
            if (needSeparator) {
                if (this.isOp('//')) {
                    this.index++;
                    steps.push({ axis: 'descendant-or-self', test: { kind: 'type', type: 'node' }, predicates: [] });
                }
                else if (this.isOp('/')) {
                    this.index++;
                }
                else {
                    return;
                }
            }
            steps.push(this.parseStep());
            needSeparator = true;
        }
    }
    parseStep() {
        const token = this.peek();
        if (!token)
            this.fail('Expected a location step');
        if (token.t === 'punct' && token.v === '.') {
            this.index++;
            return { axis: 'self', test: { kind: 'type', type: 'node' }, predicates: [] };
        }
        if (token.t === 'punct' && token.v === '..') {
            this.index++;
            return { axis: 'parent', test: { kind: 'type', type: 'node' }, predicates: [] };
        }
        let axis = 'child';
        if (token.t === 'axis') {
            this.index++;
            this.expectPunct('::');
            axis = token.v;
        }
        else if (token.t === 'punct' && token.v === '@') {
            this.index++;
            axis = 'attribute';
        }
        const testToken = this.next();
        let test;
        if (testToken?.t === 'name') {
            test = { kind: 'name', prefix: testToken.prefix, local: testToken.local };
        }
        else if (testToken?.t === 'nodetype') {
            this.expectPunct('(');
            let target;
            const literal = this.peek();
            if (testToken.v === 'processing-instruction' && literal?.t === 'literal') {
                this.index++;
                target = literal.v;
            }
            this.expectPunct(')');
            test = { kind: 'type', type: testToken.v, target };
        }
        else {
            this.fail(testToken ? `Expected a node test, found '${this.describe(testToken)}'` : 'Expected a node test', testToken);
        }
        return { axis, test, predicates: this.parsePredicates() };
    }
}
const compiledCache = new Map();
/** Parses an XPath expression. Throws XPathError (with the position) when it is not valid XPath 1.0. */
function compileXPath(source) {
    const cached = compiledCache.get(source);
    if (cached)
        return cached;
    const compiled = { source, expr: new Parser(source, tokenize(source)).parse() };
    if (compiledCache.size > 500)
        compiledCache.clear();
    compiledCache.set(source, compiled);
    return compiled;
}
class Evaluator {
    source;
    namespaces;
    resolver = new namespaces_js_1.NamespaceResolver();
    attributeNodes = new Map();
    order;
    constructor(source, options) {
        this.source = source;
        this.namespaces = options.namespaces ?? {};
    }
    evaluate(expr, ctx) {
        switch (expr.kind) {
            case 'literal':
                return expr.value;
            case 'number':
                return expr.value;
            case 'negate':
                return -this.toNumber(this.evaluate(expr.operand, ctx));
            case 'call':
                return this.call(expr.name, expr.args, ctx);
            case 'filter': {
                const value = this.evaluate(expr.primary, ctx);
                if (!Array.isArray(value))
                    this.fail('A predicate can only filter a node-set');
                return this.applyPredicates(this.sortDocumentOrder(value), expr.predicates);
            }
            case 'path':
                return this.evaluatePath(expr, ctx);
            case 'binary':
                return this.binary(expr.op, expr.left, expr.right, ctx);
        }
    }
    fail(message) {
        throw new XPathError(`${message} (in XPath '${this.source}').`, this.source);
    }
    // --- paths -----------------------------------------------------------------------------------------------------
    evaluatePath(expr, ctx) {
        let nodes;
        if (expr.filter) {
            const value = this.evaluate(expr.filter, ctx);
            if (!Array.isArray(value))
                this.fail('A path step can only follow a node-set');
            nodes = this.sortDocumentOrder(value);
        }
        else if (expr.absolute) {
            nodes = [rootOf(ctx.node)];
        }
        else {
            nodes = [ctx.node];
        }
        for (const step of expr.steps) {
            const results = [];
            let contributors = 0;
            for (const node of nodes) {
                const selected = this.applyPredicates(this.axisNodes(node, step), step.predicates);
                if (selected.length)
                    contributors++;
                if (REVERSE_AXES.has(step.axis))
                    selected.reverse();
                for (const n of selected)
                    results.push(n);
            }
            nodes = contributors > 1 ? this.sortDocumentOrder(results) : results;
        }
        return nodes;
    }
    applyPredicates(nodes, predicates) {
        let current = nodes;
        for (const predicate of predicates) {
            const size = current.length;
            current = current.filter((node, index) => {
                const value = this.evaluate(predicate, { node, position: index + 1, size });
                return typeof value === 'number' ? value === index + 1 : this.toBoolean(value);
            });
        }
        return current;
    }
    /** The nodes of `step`'s axis from `node` that pass its node test, in axis order (reverse axes nearest first). */
    axisNodes(node, step) {
        const out = [];
        const add = (n) => {
            if (this.matches(n, step.test, step.axis))
                out.push(n);
        };
        switch (step.axis) {
            case 'self':
                add(node);
                break;
            case 'child':
                for (const child of childrenOf(node))
                    add(child);
                break;
            case 'descendant':
                this.descendants(node, add);
                break;
            case 'descendant-or-self':
                add(node);
                this.descendants(node, add);
                break;
            case 'parent': {
                const parent = parentOf(node);
                if (parent)
                    add(parent);
                break;
            }
            case 'ancestor':
            case 'ancestor-or-self': {
                if (step.axis === 'ancestor-or-self')
                    add(node);
                for (let p = parentOf(node); p; p = parentOf(p))
                    add(p);
                break;
            }
            case 'following-sibling':
            case 'preceding-sibling': {
                if (node.type === 'attribute' || node.type === 'document' || !node.parent)
                    break;
                const siblings = childrenOf(node.parent);
                const index = siblings.indexOf(node);
                if (step.axis === 'following-sibling')
                    for (let i = index + 1; i < siblings.length; i++)
                        add(siblings[i]);
                else
                    for (let i = index - 1; i >= 0; i--)
                        add(siblings[i]);
                break;
            }
            case 'following':
            case 'preceding': {
                // Everything after (or before) the node in document order, minus descendants (or ancestors).
                const start = node.type === 'attribute' ? node.owner : node;
                const all = [];
                this.descendants(rootOf(start), (n) => all.push(n));
                const order = new Map(all.map((n, i) => [n, i]));
                const at = order.get(start) ?? -1;
                if (step.axis === 'following') {
                    const skipUntil = node.type === 'attribute' ? at : lastDescendantIndex(start, order, at);
                    for (let i = skipUntil + 1; i < all.length; i++)
                        add(all[i]);
                }
                else {
                    const ancestors = new Set();
                    for (let p = parentOf(start); p; p = parentOf(p))
                        ancestors.add(p);
                    for (let i = at - 1; i >= 0; i--)
                        if (!ancestors.has(all[i]))
                            add(all[i]);
                }
                break;
            }
            case 'attribute':
                if (node.type === 'element') {
                    for (const attribute of node.attributes) {
                        if ((0, namespaces_js_1.declaredPrefix)(attribute.name) === undefined)
                            add(this.attributeNode(node, attribute));
                    }
                }
                break;
        }
        return out;
    }
    descendants(node, visit) {
        for (const child of childrenOf(node)) {
            visit(child);
            if (child.type === 'element')
                this.descendants(child, visit);
        }
    }
    attributeNode(owner, attribute) {
        let node = this.attributeNodes.get(attribute);
        if (!node) {
            node = { type: 'attribute', owner, attribute };
            this.attributeNodes.set(attribute, node);
        }
        return node;
    }
    matches(node, test, axis) {
        if (test.kind === 'type') {
            switch (test.type) {
                case 'node':
                    return true;
                case 'text':
                    return node.type === 'text' || node.type === 'cdata';
                case 'comment':
                    return node.type === 'comment';
                case 'processing-instruction':
                    return node.type === 'pi' && (test.target === undefined || piTarget(node.content) === test.target);
            }
        }
        // A name test matches the axis's principal node type: attributes on attribute::, elements elsewhere.
        if (axis === 'attribute') {
            if (node.type !== 'attribute')
                return false;
            if (test.prefix === '' && test.local === '*')
                return true;
            const { prefix, local } = (0, namespaces_js_1.splitQName)(node.attribute.name);
            if (test.local !== '*' && local !== test.local)
                return false;
            if (test.prefix === '')
                return prefix === '';
            return this.resolver.attributeNamespace(node.owner, node.attribute.name) === this.prefixUri(test.prefix);
        }
        if (node.type !== 'element')
            return false;
        if (test.prefix === '' && test.local === '*')
            return true;
        if (test.local !== '*') {
            // Hot path on big files: compare names without allocating.
            const name = node.name;
            const colon = name.indexOf(':');
            if (colon === -1 ? name !== test.local : name.slice(colon + 1) !== test.local)
                return false;
        }
        const uri = test.prefix === '' ? '' : this.prefixUri(test.prefix);
        return this.resolver.elementNamespace(node) === uri;
    }
    prefixUri(prefix) {
        if (prefix === 'xml')
            return 'http://www.w3.org/XML/1998/namespace';
        const uri = this.namespaces[prefix];
        if (uri === undefined)
            this.fail(`Namespace prefix '${prefix}' is not defined`);
        return uri;
    }
    /** Sorts and de-duplicates nodes into document order. */
    sortDocumentOrder(nodes) {
        if (nodes.length < 2)
            return nodes;
        const unique = [...new Set(nodes)];
        const order = this.documentOrder(rootOf(unique[0]));
        const key = (n) => order.get(n.type === 'attribute' ? n.attribute : n) ?? -1;
        return unique.sort((a, b) => key(a) - key(b));
    }
    documentOrder(root) {
        if (this.order)
            return this.order;
        const order = new Map();
        let counter = 0;
        const visit = (node) => {
            order.set(node.type === 'attribute' ? node.attribute : node, counter++);
            if (node.type === 'element')
                for (const a of node.attributes)
                    order.set(a, counter++);
            for (const child of childrenOf(node))
                visit(child);
        };
        visit(root);
        this.order = order;
        return order;
    }
    // --- operators -------------------------------------------------------------------------------------------------
    binary(op, leftExpr, rightExpr, ctx) {
        if (op === 'or')
            return this.toBoolean(this.evaluate(leftExpr, ctx)) || this.toBoolean(this.evaluate(rightExpr, ctx));
        if (op === 'and') {
            return this.toBoolean(this.evaluate(leftExpr, ctx)) && this.toBoolean(this.evaluate(rightExpr, ctx));
        }
        if ((op === '=' || op === '!=') && ctx.node.type === 'element') {
            const fast = this.attributeEqualsLiteral(op, leftExpr, rightExpr, ctx.node);
            if (fast !== undefined)
                return fast;
        }
        const left = this.evaluate(leftExpr, ctx);
        const right = this.evaluate(rightExpr, ctx);
        switch (op) {
            case '|':
                if (!Array.isArray(left) || !Array.isArray(right))
                    this.fail("'|' joins node-sets only");
                return this.sortDocumentOrder([...left, ...right]);
            case '+':
                return this.toNumber(left) + this.toNumber(right);
            case '-':
                return this.toNumber(left) - this.toNumber(right);
            case '*':
                return this.toNumber(left) * this.toNumber(right);
            case 'div':
                return this.toNumber(left) / this.toNumber(right);
            case 'mod':
                return this.toNumber(left) % this.toNumber(right);
            default:
                return this.compare(op, left, right);
        }
    }
    /**
     * `@name = 'literal'` (what Match() builds) without building node-sets: the same answer as §3.4, much faster on
     * files with tens of thousands of elements. Undefined when the expression has another shape.
     */
    attributeEqualsLiteral(op, a, b, element) {
        const [path, literal] = a.kind === 'literal' ? [b, a] : [a, b];
        if (literal.kind !== 'literal' || path.kind !== 'path' || path.absolute || path.filter)
            return undefined;
        const step = path.steps[0];
        if (path.steps.length !== 1 || !step || step.axis !== 'attribute' || step.predicates.length)
            return undefined;
        const test = step.test;
        if (test.kind !== 'name' || test.prefix !== '' || test.local === '*')
            return undefined;
        for (const attribute of element.attributes) {
            if (attribute.name !== test.local)
                continue;
            const equal = (0, xml_document_js_1.decodeEntities)(attribute.rawValue) === literal.value;
            return op === '=' ? equal : !equal;
        }
        return false;
    }
    /** XPath 1.0 §3.4 comparisons, node-sets compared member by member. */
    compare(op, left, right) {
        if (Array.isArray(left) && Array.isArray(right)) {
            const rightValues = right.map((n) => stringValue(n));
            return left.some((l) => {
                const lv = stringValue(l);
                return rightValues.some((rv) => this.compareAtoms(op, lv, rv));
            });
        }
        if (Array.isArray(left) || Array.isArray(right)) {
            const nodes = (Array.isArray(left) ? left : right);
            const other = (Array.isArray(left) ? right : left);
            if (typeof other === 'boolean') {
                const asBoolean = nodes.length > 0;
                return Array.isArray(left)
                    ? this.compareAtoms(op, asBoolean, other)
                    : this.compareAtoms(op, other, asBoolean);
            }
            return nodes.some((n) => {
                const value = typeof other === 'number' ? toNumber(stringValue(n)) : stringValue(n);
                return Array.isArray(left) ? this.compareAtoms(op, value, other) : this.compareAtoms(op, other, value);
            });
        }
        return this.compareAtoms(op, left, right);
    }
    compareAtoms(op, left, right) {
        if (op === '=' || op === '!=') {
            let equal;
            if (typeof left === 'boolean' || typeof right === 'boolean')
                equal = this.toBoolean(left) === this.toBoolean(right);
            else if (typeof left === 'number' || typeof right === 'number')
                equal = toNumber(left) === toNumber(right);
            else
                equal = left === right;
            return op === '=' ? equal : !equal;
        }
        const l = toNumber(left);
        const r = toNumber(right);
        switch (op) {
            case '<':
                return l < r;
            case '<=':
                return l <= r;
            case '>':
                return l > r;
            default:
                return l >= r;
        }
    }
    // --- conversions -----------------------------------------------------------------------------------------------
    toBoolean(value) {
        if (Array.isArray(value))
            return value.length > 0;
        if (typeof value === 'number')
            return value !== 0 && !Number.isNaN(value);
        if (typeof value === 'string')
            return value.length > 0;
        return value;
    }
    toNumber(value) {
        if (Array.isArray(value))
            return value.length ? toNumber(stringValue(value[0])) : NaN;
        return toNumber(value);
    }
    toString(value) {
        if (Array.isArray(value))
            return value.length ? stringValue(value[0]) : '';
        if (typeof value === 'number')
            return numberToString(value);
        if (typeof value === 'boolean')
            return value ? 'true' : 'false';
        return value;
    }
    // --- functions -------------------------------------------------------------------------------------------------
    call(name, args, ctx) {
        const arg = (i) => this.evaluate(args[i], ctx);
        const str = (i) => (args.length > i ? this.toString(arg(i)) : stringValue(ctx.node));
        const nodeSet = (i) => {
            if (args.length <= i)
                return [ctx.node];
            const value = arg(i);
            if (!Array.isArray(value))
                this.fail(`${name}() expects a node-set`);
            return this.sortDocumentOrder(value);
        };
        switch (name) {
            case 'last':
                return ctx.size;
            case 'position':
                return ctx.position;
            case 'count':
                return nodeSet(0).length;
            case 'local-name':
            case 'name':
            case 'namespace-uri': {
                const node = nodeSet(0)[0];
                if (!node)
                    return '';
                const qname = node.type === 'element'
                    ? node.name
                    : node.type === 'attribute'
                        ? node.attribute.name
                        : node.type === 'pi'
                            ? piTarget(node.content)
                            : '';
                if (name === 'name')
                    return qname;
                if (name === 'local-name')
                    return (0, namespaces_js_1.splitQName)(qname).local;
                if (node.type === 'element')
                    return this.resolver.elementNamespace(node) ?? '';
                if (node.type === 'attribute')
                    return this.resolver.attributeNamespace(node.owner, node.attribute.name) ?? '';
                return '';
            }
            case 'string':
                return str(0);
            case 'concat':
                return args.map((_, i) => this.toString(arg(i))).join('');
            case 'starts-with':
                return str(0).startsWith(str(1));
            case 'contains':
                return str(0).includes(str(1));
            case 'substring-before': {
                const s = str(0);
                const at = s.indexOf(str(1));
                return at === -1 ? '' : s.slice(0, at);
            }
            case 'substring-after': {
                const s = str(0);
                const search = str(1);
                const at = s.indexOf(search);
                return at === -1 ? '' : s.slice(at + search.length);
            }
            case 'substring': {
                const s = str(0);
                const start = xpathRound(this.toNumber(arg(1)));
                const end = args.length > 2 ? start + xpathRound(this.toNumber(arg(2))) : Infinity;
                let out = '';
                for (let i = 0; i < s.length; i++) {
                    const position = i + 1;
                    if (position >= start && position < end)
                        out += s[i];
                }
                return out;
            }
            case 'string-length':
                return str(0).length;
            case 'normalize-space':
                return str(0)
                    .replace(/[\x20\t\r\n]+/g, ' ')
                    .trim();
            case 'translate': {
                const from = str(1);
                const to = str(2);
                let out = '';
                for (const ch of str(0)) {
                    const at = from.indexOf(ch);
                    if (at === -1)
                        out += ch;
                    else if (at < to.length)
                        out += to[at];
                }
                return out;
            }
            case 'boolean':
                return this.toBoolean(arg(0));
            case 'not':
                return !this.toBoolean(arg(0));
            case 'true':
                return true;
            case 'false':
                return false;
            case 'number':
                return args.length ? this.toNumber(arg(0)) : toNumber(stringValue(ctx.node));
            case 'sum':
                return nodeSet(0).reduce((total, n) => total + toNumber(stringValue(n)), 0);
            case 'floor':
                return Math.floor(this.toNumber(arg(0)));
            case 'ceiling':
                return Math.ceil(this.toNumber(arg(0)));
            case 'round':
                return xpathRound(this.toNumber(arg(0)));
            default:
                return this.fail(`Unknown function '${name}()'`);
        }
    }
}
// -----------------------------------------------------------------------------------------------------------------
// Tree helpers (the XPath data model over the lossless model: no declaration, DOCTYPE or whitespace outside the root)
function childrenOf(node) {
    if (node.type === 'document') {
        return node.children.filter((c) => c.type === 'element' || c.type === 'comment' || (c.type === 'pi' && piTarget(c.content) !== 'xml'));
    }
    return node.type === 'element' ? node.children : [];
}
function parentOf(node) {
    if (node.type === 'attribute')
        return node.owner;
    if (node.type === 'document')
        return undefined;
    return node.parent;
}
function rootOf(node) {
    let current = node;
    for (let p = parentOf(current); p; p = parentOf(p))
        current = p;
    return current;
}
function lastDescendantIndex(node, order, at) {
    let last = node;
    while (last.type === 'element' && last.children.length)
        last = last.children[last.children.length - 1];
    return order.get(last) ?? at;
}
function piTarget(content) {
    return /^[^\s]*/.exec(content)?.[0] ?? '';
}
/** The XPath string-value of a node. */
function stringValue(node) {
    switch (node.type) {
        case 'attribute':
            return (0, xml_document_js_1.decodeEntities)(node.attribute.rawValue);
        case 'element':
            return (0, xml_edit_js_1.textContent)(node);
        case 'document': {
            const root = node.root;
            return root ? (0, xml_edit_js_1.textContent)(root) : '';
        }
        case 'text':
            return (0, xml_document_js_1.decodeEntities)(node.raw);
        case 'cdata':
        case 'comment':
            return node.content;
        case 'pi':
            return node.content.slice(piTarget(node.content).length).trimStart();
        case 'doctype':
            return '';
    }
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return /^[\x20\t\r\n]*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[\x20\t\r\n]*$/.test(value) ? Number(value) : NaN;
}
function numberToString(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return 'Infinity';
    if (value === -Infinity)
        return '-Infinity';
    if (Number.isInteger(value))
        return value.toFixed(0);
    const text = String(value);
    return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}
function xpathRound(value) {
    return Number.isFinite(value) ? Math.floor(value + 0.5) : value;
}
// -----------------------------------------------------------------------------------------------------------------
// API
/** Evaluates an expression with `context` as the context node. */
function evaluateXPath(expression, context, options = {}) {
    const compiled = typeof expression === 'string' ? compileXPath(expression) : expression;
    return new Evaluator(compiled.source, options).evaluate(compiled.expr, {
        node: context,
        position: 1,
        size: 1
    });
}
/** The nodes an expression selects, in document order. Throws XPathError when it does not give a node-set. */
function selectNodes(expression, context, options = {}) {
    const compiled = typeof expression === 'string' ? compileXPath(expression) : expression;
    const value = evaluateXPath(compiled, context, options);
    if (!Array.isArray(value)) {
        throw new XPathError(`XPath '${compiled.source}' gives a ${typeof value}, not a set of nodes.`, compiled.source);
    }
    return value;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION = void 0;
/** The product version, shown by `iis-deploy --version` and in the job summary. Keep in line with package.json. */
exports.VERSION = '0.1.0';


/***/ }),

/***/ 4747:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS module (the task runs as CommonJS) */
// The Reporter on task-lib: `##[group]` sections, `##vso[task.logissue]` issues with file and line, secrets
// registered with the agent (`##vso[task.setsecret]`) and masked here too.
const path = __nccwpck_require__(6760);
const secrets = __nccwpck_require__(8198);
class AdoReporter {
    tl;
    workspace;
    write;
    masker = new secrets.SecretMasker();
    depth = 0;
    constructor(tl, workspace, write = (line) => console.log(line)) {
        this.tl = tl;
        this.workspace = workspace;
        this.write = write;
        this.masker.onRegister((value) => {
            for (const form of secrets.derivedSecretForms(value))
                this.tl.setSecret(form);
        });
    }
    file(location) {
        if (!location)
            return undefined;
        const relative = path.relative(this.workspace, location.file);
        return this.mask(relative.startsWith('..') || path.isAbsolute(relative) ? location.file : relative);
    }
    debug(message) {
        this.tl.debug(this.mask(message));
    }
    info(message) {
        this.write(this.mask(message));
    }
    notice(message) {
        this.write(this.mask(message));
    }
    // `task.issue` (tl.warning/tl.error) without a place; `task.logissue` with the file and line.
    warning(message, location) {
        if (!location)
            return this.tl.warning(this.mask(message));
        this.tl.logIssue(this.tl.IssueType.Warning, this.mask(message), this.file(location), location.line, location.column);
    }
    error(message, location) {
        if (!location)
            return this.tl.error(this.mask(message));
        this.tl.logIssue(this.tl.IssueType.Error, this.mask(message), this.file(location), location.line, location.column);
    }
    async group(name, fn) {
        if (this.depth > 0) {
            this.write(this.mask(`▶ ${name}`));
            return fn();
        }
        this.write(`##[group]${this.mask(name)}`);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
            this.write('##[endgroup]');
        }
    }
    registerSecret(value) {
        this.masker.register(value);
    }
    mask(text) {
        return this.masker.mask(text);
    }
}
module.exports = { AdoReporter };


/***/ }),

/***/ 9911:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

// The ToolCache port for the Azure DevOps agent, on node:https (no @actions/* in the task: they are ESM-only and
// this bundle is CommonJS). Same layout as @actions/tool-cache (<cache>/<tool>/<version>/<arch> + `<arch>.complete`),
// so a self-hosted machine that runs both shares one cache.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS module (the task runs as CommonJS) */
const crypto = __nccwpck_require__(7598);
const fs = __nccwpck_require__(3024);
const http = __nccwpck_require__(7067);
const https = __nccwpck_require__(4708);
const os = __nccwpck_require__(8161);
const path = __nccwpck_require__(6760);
const streams = __nccwpck_require__(6466);
const runFolders = __nccwpck_require__(4817);
function agentFolders(env) {
    return {
        temp: runFolders.runTempDirectory(env),
        tools: env.AGENT_TOOLSDIRECTORY || env.RUNNER_TOOL_CACHE || path.join(os.tmpdir(), 'iis-deploy-tools')
    };
}
const ARCH = os.arch();
function get(url, redirects = 0) {
    return new Promise((resolve, reject) => {
        const lib = url.startsWith('https:') ? https : http;
        const request = lib.get(url, { headers: { 'user-agent': 'iis-deploy' } }, (response) => {
            const status = response.statusCode ?? 0;
            if (status >= 300 && status < 400 && response.headers.location) {
                response.resume();
                if (redirects >= 10)
                    return reject(new Error(`GET ${url}: too many redirects.`));
                const next = new URL(response.headers.location, url);
                if (url.startsWith('https:') && next.protocol !== 'https:') {
                    return reject(new Error(`GET ${url} redirected to ${next.protocol} (refused: it would leave https).`));
                }
                return resolve(get(next.toString(), redirects + 1));
            }
            if (status !== 200) {
                response.resume();
                return reject(new Error(`GET ${url} answered HTTP ${status}.`));
            }
            resolve(response);
        });
        request.setTimeout(10 * 60_000, () => request.destroy(new Error(`GET ${url} timed out.`)));
        request.on('error', reject);
    });
}
class AgentToolCache {
    folders;
    constructor(folders) {
        this.folders = folders;
    }
    folder(tool, version) {
        return path.join(this.folders.tools, tool, version, ARCH);
    }
    find(tool, version) {
        const folder = this.folder(tool, version);
        return fs.existsSync(`${folder}.complete`) ? folder : undefined;
    }
    async download(url, fileName) {
        fs.mkdirSync(this.folders.temp, { recursive: true });
        const dest = path.join(this.folders.temp, `${crypto.randomUUID()}-${fileName}`);
        const response = await get(url);
        await streams.pipeline(response, fs.createWriteStream(dest));
        return dest;
    }
    async cacheFile(sourceFile, fileName, tool, version) {
        const folder = this.folder(tool, version);
        fs.rmSync(folder, { recursive: true, force: true });
        fs.rmSync(`${folder}.complete`, { force: true });
        fs.mkdirSync(folder, { recursive: true });
        fs.copyFileSync(sourceFile, path.join(folder, fileName));
        fs.writeFileSync(`${folder}.complete`, '');
        return folder;
    }
}
module.exports = { AgentToolCache, agentFolders };


/***/ }),

/***/ 7444:
/***/ ((module) => {

"use strict";
module.exports = require("azure-pipelines-task-lib/task");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 6466:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream/promises");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 591:
/***/ ((module) => {

(()=>{"use strict";var t={d:(e,n)=>{for(var i in n)t.o(n,i)&&!t.o(e,i)&&Object.defineProperty(e,i,{enumerable:!0,get:n[i]})},o:(t,e)=>Object.prototype.hasOwnProperty.call(t,e),r:t=>{"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(t,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(t,"__esModule",{value:!0})}},e={};t.r(e),t.d(e,{XMLBuilder:()=>$e,XMLParser:()=>ce,XMLValidator:()=>Oe});const n=":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD",i=new RegExp("^["+n+"]["+n+"\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),r=function(t){return!(null==i.exec(t))},s=["hasOwnProperty","toString","valueOf","__defineGetter__","__defineSetter__","__lookupGetter__","__lookupSetter__"],o=["__proto__","constructor","prototype"],a={allowBooleanAttributes:!1,unpairedTags:[]};function l(t,e){e=Object.assign({},a,e);const n=[];let i=!1,r=!1;"\ufeff"===t[0]&&(t=t.substr(1));for(let s=0;s<t.length;s++)if("<"===t[s]&&"?"===t[s+1]){if(s+=2,s=p(t,s),s.err)return s}else{if("<"!==t[s]){if(c(t[s]))continue;return x("InvalidChar","char '"+t[s]+"' is not expected.",N(t,s))}{let o=s;if(s++,"!"===t[s]){s=h(t,s);continue}{let a=!1;"/"===t[s]&&(a=!0,s++);let l="";for(;s<t.length&&">"!==t[s]&&" "!==t[s]&&"\t"!==t[s]&&"\n"!==t[s]&&"\r"!==t[s];s++)l+=t[s];if(l=l.trim(),"/"===l[l.length-1]&&(l=l.substring(0,l.length-1),s--),!y(l)){let e;return e=0===l.trim().length?"Invalid space after '<'.":"Tag '"+l+"' is an invalid name.",x("InvalidTag",e,N(t,s))}const d=f(t,s);if(!1===d)return x("InvalidAttr","Attributes for '"+l+"' have open quote.",N(t,s));let u=d.value;if(s=d.index,"/"===u[u.length-1]){const n=s-u.length;u=u.substring(0,u.length-1);const r=g(u,e);if(!0!==r)return x(r.err.code,r.err.msg,N(t,n+r.err.line));i=!0}else if(a){if(!d.tagClosed)return x("InvalidTag","Closing tag '"+l+"' doesn't have proper closing.",N(t,s));if(u.trim().length>0)return x("InvalidTag","Closing tag '"+l+"' can't have attributes or invalid starting.",N(t,o));if(0===n.length)return x("InvalidTag","Closing tag '"+l+"' has not been opened.",N(t,o));{const e=n.pop();if(l!==e.tagName){let n=N(t,e.tagStartPos);return x("InvalidTag","Expected closing tag '"+e.tagName+"' (opened in line "+n.line+", col "+n.col+") instead of closing tag '"+l+"'.",N(t,o))}0==n.length&&(r=!0)}}else{const a=g(u,e);if(!0!==a)return x(a.err.code,a.err.msg,N(t,s-u.length+a.err.line));if(!0===r)return x("InvalidXml","Multiple possible root nodes found.",N(t,s));-1!==e.unpairedTags.indexOf(l)||n.push({tagName:l,tagStartPos:o}),i=!0}for(s++;s<t.length;s++)if("<"===t[s]){if("!"===t[s+1]){s++,s=h(t,s);continue}if("?"!==t[s+1])break;if(s=p(t,++s),s.err)return s}else if("&"===t[s]){const e=m(t,s);if(-1==e)return x("InvalidChar","char '&' is not expected.",N(t,s));s=e}else if(!0===r&&!c(t[s]))return x("InvalidXml","Extra text at the end",N(t,s));"<"===t[s]&&s--}}}return i?1==n.length?x("InvalidTag","Unclosed tag '"+n[0].tagName+"'.",N(t,n[0].tagStartPos)):!(n.length>0)||x("InvalidXml","Invalid '"+JSON.stringify(n.map(t=>t.tagName),null,4).replace(/\r?\n/g,"")+"' found.",{line:1,col:1}):x("InvalidXml","Start tag expected.",1)}function c(t){return" "===t||"\t"===t||"\n"===t||"\r"===t}function p(t,e){const n=e;for(;e<t.length;e++)if("?"==t[e]||" "==t[e]){const i=t.substr(n,e-n);if(e>5&&"xml"===i)return x("InvalidXml","XML declaration allowed only at the start of the document.",N(t,e));if("?"==t[e]&&">"==t[e+1]){e++;break}continue}return e}function h(t,e){if(t.length>e+5&&"-"===t[e+1]&&"-"===t[e+2]){for(e+=3;e<t.length;e++)if("-"===t[e]&&"-"===t[e+1]&&">"===t[e+2]){e+=2;break}}else if(t.length>e+8&&"D"===t[e+1]&&"O"===t[e+2]&&"C"===t[e+3]&&"T"===t[e+4]&&"Y"===t[e+5]&&"P"===t[e+6]&&"E"===t[e+7]){let n=1;for(e+=8;e<t.length;e++)if("<"===t[e])n++;else if(">"===t[e]&&(n--,0===n))break}else if(t.length>e+9&&"["===t[e+1]&&"C"===t[e+2]&&"D"===t[e+3]&&"A"===t[e+4]&&"T"===t[e+5]&&"A"===t[e+6]&&"["===t[e+7])for(e+=8;e<t.length;e++)if("]"===t[e]&&"]"===t[e+1]&&">"===t[e+2]){e+=2;break}return e}const d='"',u="'";function f(t,e){let n="",i="",r=!1;for(;e<t.length;e++){if(t[e]===d||t[e]===u)""===i?i=t[e]:i!==t[e]||(i="");else if(">"===t[e]&&""===i){r=!0;break}n+=t[e]}return""===i&&{value:n,index:e,tagClosed:r}}function g(t,e){const n=function(t){const e=[],n=t.length;let i=0;for(;i<n;){const r=i;for(;i<n&&c(t[i]);)i++;if(i>=n)break;if("="===t[i]){i++;continue}const s=t.slice(r,i),o=i;for(;i<n&&!c(t[i])&&"="!==t[i];)i++;const a=t.slice(o,i);let l,p,h,d=i;for(;d<n&&c(t[d]);)d++;d<n&&"="===t[d]&&(l=t.slice(i,d+1),i=d+1);let u=i;for(;u<n&&c(t[u]);)u++;if(u<n&&('"'===t[u]||"'"===t[u])){const e=u+1,n=t.indexOf(t[u],e);-1!==n&&(p=t[u],h=t.slice(e,n),i=n+1)}const f={startIndex:r};f[1]=s,f[2]=a,f[3]=l,f[4]=void 0!==p||void 0,f[5]=p,f[6]=h,e.push(f)}return e}(t),i={};for(let t=0;t<n.length;t++){if(0===n[t][1].length)return x("InvalidAttr","Attribute '"+n[t][2]+"' has no space in starting.",E(n[t]));if(void 0!==n[t][3]&&void 0===n[t][4])return x("InvalidAttr","Attribute '"+n[t][2]+"' is without value.",E(n[t]));if(void 0===n[t][3]&&!e.allowBooleanAttributes)return x("InvalidAttr","boolean attribute '"+n[t][2]+"' is not allowed.",E(n[t]));const r=n[t][2];if(!b(r))return x("InvalidAttr","Attribute '"+r+"' is an invalid name.",E(n[t]));if(Object.prototype.hasOwnProperty.call(i,r))return x("InvalidAttr","Attribute '"+r+"' is repeated.",E(n[t]));i[r]=1}return!0}function m(t,e){if(";"===t[++e])return-1;if("#"===t[e])return function(t,e){let n=/\d/;for("x"===t[e]&&(e++,n=/[\da-fA-F]/);e<t.length;e++){if(";"===t[e])return e;if(!t[e].match(n))break}return-1}(t,++e);let n=0;for(;e<t.length;e++,n++)if(!(t[e].match(/\w/)&&n<20)){if(";"===t[e])break;return-1}return e}function x(t,e,n){return{err:{code:t,msg:e,line:n.line||n,col:n.col}}}function b(t){return r(t)}function y(t){return r(t)}function N(t,e){const n=t.substring(0,e).split(/\r?\n/);return{line:n.length,col:n[n.length-1].length+1}}function E(t){return t.startIndex+t[1].length}const w=t=>s.includes(t)?"__"+t:t,v={preserveOrder:!1,attributeNamePrefix:"@_",attributesGroupName:!1,textNodeName:"#text",ignoreAttributes:!0,removeNSPrefix:!1,allowBooleanAttributes:!1,parseTagValue:!0,parseAttributeValue:!1,trimValues:!0,cdataPropName:!1,numberParseOptions:{hex:!0,leadingZeros:!0,eNotation:!0,unicode:!1},tagValueProcessor:function(t,e){return e},attributeValueProcessor:function(t,e){return e},stopNodes:[],alwaysCreateTextNode:!1,isArray:()=>!1,commentPropName:!1,unpairedTags:[],processEntities:!0,htmlEntities:!1,entityDecoder:null,ignoreDeclaration:!1,ignorePiTags:!1,transformTagName:!1,transformAttributeName:!1,updateTag:function(t,e,n){return t},captureMetaData:!1,maxNestedTags:100,strictReservedNames:!0,jPath:!0,onDangerousProperty:w};function S(t,e){if("string"!=typeof t)return;const n=t.toLowerCase();if(s.some(t=>n===t.toLowerCase()))throw new Error(`[SECURITY] Invalid ${e}: "${t}" is a reserved JavaScript keyword that could cause prototype pollution`);if(o.some(t=>n===t.toLowerCase()))throw new Error(`[SECURITY] Invalid ${e}: "${t}" is a reserved JavaScript keyword that could cause prototype pollution`)}function A(t,e){return"boolean"==typeof t?{enabled:t,maxEntitySize:1e4,maxExpansionDepth:1e4,maxTotalExpansions:1/0,maxExpandedLength:1e5,maxEntityCount:1e3,allowedTags:null,tagFilter:null,appliesTo:"all"}:"object"==typeof t&&null!==t?{enabled:!1!==t.enabled,maxEntitySize:Math.max(1,t.maxEntitySize??1e4),maxExpansionDepth:Math.max(1,t.maxExpansionDepth??1e4),maxTotalExpansions:Math.max(1,t.maxTotalExpansions??1/0),maxExpandedLength:Math.max(1,t.maxExpandedLength??1e5),maxEntityCount:Math.max(1,t.maxEntityCount??1e3),allowedTags:t.allowedTags??null,tagFilter:t.tagFilter??null,appliesTo:t.appliesTo??"all"}:A(!0)}const T=function(t){const e=Object.assign({},v,t),n=[{value:e.attributeNamePrefix,name:"attributeNamePrefix"},{value:e.attributesGroupName,name:"attributesGroupName"},{value:e.textNodeName,name:"textNodeName"},{value:e.cdataPropName,name:"cdataPropName"},{value:e.commentPropName,name:"commentPropName"}];for(const{value:t,name:e}of n)t&&S(t,e);return null===e.onDangerousProperty&&(e.onDangerousProperty=w),e.processEntities=A(e.processEntities,e.htmlEntities),e.unpairedTagsSet=new Set(e.unpairedTags),e.stopNodes&&Array.isArray(e.stopNodes)&&(e.stopNodes=e.stopNodes.map(t=>"string"==typeof t&&t.startsWith("*.")?".."+t.substring(2):t)),e};let _;_="function"!=typeof Symbol?"@@xmlMetadata":Symbol("XML Node Metadata");class C{constructor(t){this.tagname=t,this.child=[],this[":@"]=Object.create(null)}add(t,e){"__proto__"===t&&(t="#__proto__"),this.child.push({[t]:e})}addChild(t,e){"__proto__"===t.tagname&&(t.tagname="#__proto__"),t[":@"]&&Object.keys(t[":@"]).length>0?this.child.push({[t.tagname]:t.child,":@":t[":@"]}):this.child.push({[t.tagname]:t.child}),this.addStartIndex(e)}addStartIndex(t){void 0!==t&&(this.child[this.child.length-1][_]={startIndex:t})}addEndIndex(t){const e=this.child[this.child.length-1];void 0!==e&&void 0!==e[_]&&void 0===e[_].endIndex&&(e[_].endIndex=t)}static getMetaDataSymbol(){return _}}const $=":A-Za-z_À-ÖØ-öø-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�",O=":A-Za-z_À-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿",P=O+"\\-\\.\\d·̀-ͯ҇‿-⁀",j=(t,e,n="")=>{const i=`[${t.replace(":","")}][${e.replace(":","")}]*`;return{name:new RegExp(`^[${t}][${e}]*$`,n),ncName:new RegExp(`^${i}$`,n),qName:new RegExp(`^${i}(?::${i})?$`,n),nmToken:new RegExp(`^[${e}]+$`,n),nmTokens:new RegExp(`^[${e}]+(?:\\s+[${e}]+)*$`,n)}},I=j($,$+"\\-\\.\\d·̀-ͯ‿-⁀"),k=j(O,P,"u"),L=":A-Za-z_",D=j(L,L+"\\-\\.\\d"),M=(t="1.0",e=!1)=>e?D:"1.1"===t?k:I,R=(t,{xmlVersion:e="1.0",asciiOnly:n=!1}={})=>M(e,n).qName.test(t),V=["name","ncName","qName","nmToken","nmTokens"],q=(t,{xmlVersion:e="1.0",asciiOnly:n=!1,maxCacheSize:i=2048}={})=>{if(!V.includes(t))throw new TypeError(`Unknown production "${t}". Must be one of: ${V.join(", ")}`);const r=M(e,n)[t];let s=new Map;const o=t=>{const e=s.get(t);if(void 0!==e)return e;const n=r.test(t);return s.size<i&&s.set(t,n),n};return o.reset=()=>{s=new Map},o};class F{constructor(t,e){this.suppressValidationErr=!t,this.options=t,this.xmlVersion=e||1}setXmlVersion(t=1){this.xmlVersion=t}readDocType(t,e){const n=Object.create(null);let i=0;if("O"!==t[e+3]||"C"!==t[e+4]||"T"!==t[e+5]||"Y"!==t[e+6]||"P"!==t[e+7]||"E"!==t[e+8])throw new Error("Invalid Tag instead of DOCTYPE");{e+=9;let r=1,s=!1,o=!1,a=null,l="";for(;e<t.length;e++)if(null===a)if(s||o||'"'!==t[e]&&"'"!==t[e])if("<"!==t[e]||o)if(">"===t[e]){if(o?"-"===t[e-1]&&"-"===t[e-2]&&(o=!1,r--):r--,0===r)break}else"["===t[e]?s=!0:l+=t[e];else{if(s&&B(t,"!ENTITY",e)){let r,s;if(e+=7,[r,s,e]=this.readEntityExp(t,e+1,this.suppressValidationErr),-1===s.indexOf("&")){if(!1!==this.options.enabled&&null!=this.options.maxEntityCount&&i>=this.options.maxEntityCount)throw new Error(`Entity count (${i+1}) exceeds maximum allowed (${this.options.maxEntityCount})`);n[r]=s,i++}}else if(s&&B(t,"!ELEMENT",e)){e+=8;const{index:n}=this.readElementExp(t,e+1);e=n}else if(s&&B(t,"!ATTLIST",e))e+=8;else if(s&&B(t,"!NOTATION",e)){e+=9;const{index:n}=this.readNotationExp(t,e+1,this.suppressValidationErr);e=n}else{if(!B(t,"!--",e))throw new Error("Invalid DOCTYPE");o=!0}r++,l=""}else a=t[e],l+=t[e];else t[e]===a&&(a=null),l+=t[e];if(null!==a||0!==r)throw new Error("Unclosed DOCTYPE")}return{entities:n,i:e}}readEntityExp(t,e){const n=e=U(t,e);for(;e<t.length&&!/\s/.test(t[e])&&'"'!==t[e]&&"'"!==t[e];)e++;let i=t.substring(n,e);if(G(i,{xmlVersion:this.xmlVersion}),e=U(t,e),!this.suppressValidationErr){if("SYSTEM"===t.substring(e,e+6).toUpperCase())throw new Error("External entities are not supported");if("%"===t[e])throw new Error("Parameter entities are not supported")}let r="";if([e,r]=this.readIdentifierVal(t,e,"entity"),!1!==this.options.enabled&&null!=this.options.maxEntitySize&&r.length>this.options.maxEntitySize)throw new Error(`Entity "${i}" size (${r.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`);return[i,r,--e]}readNotationExp(t,e){const n=e=U(t,e);for(;e<t.length&&!/\s/.test(t[e]);)e++;let i=t.substring(n,e);!this.suppressValidationErr&&G(i,{xmlVersion:this.xmlVersion}),e=U(t,e);const r=t.substring(e,e+6).toUpperCase();if(!this.suppressValidationErr&&"SYSTEM"!==r&&"PUBLIC"!==r)throw new Error(`Expected SYSTEM or PUBLIC, found "${r}"`);e+=r.length,e=U(t,e);let s=null,o=null;if("PUBLIC"===r)[e,s]=this.readIdentifierVal(t,e,"publicIdentifier"),'"'!==t[e=U(t,e)]&&"'"!==t[e]||([e,o]=this.readIdentifierVal(t,e,"systemIdentifier"));else if("SYSTEM"===r&&([e,o]=this.readIdentifierVal(t,e,"systemIdentifier"),!this.suppressValidationErr&&!o))throw new Error("Missing mandatory system identifier for SYSTEM notation");return{notationName:i,publicIdentifier:s,systemIdentifier:o,index:--e}}readIdentifierVal(t,e,n){let i="";const r=t[e];if('"'!==r&&"'"!==r)throw new Error(`Expected quoted string, found "${r}"`);const s=++e;for(;e<t.length&&t[e]!==r;)e++;if(i=t.substring(s,e),t[e]!==r)throw new Error(`Unterminated ${n} value`);return[++e,i]}readElementExp(t,e){const n=e=U(t,e);for(;e<t.length&&!/\s/.test(t[e]);)e++;let i=t.substring(n,e);if(!this.suppressValidationErr&&!R(i,{xmlVersion:this.xmlVersion}))throw new Error(`Invalid element name: "${i}"`);let r="";if("E"===t[e=U(t,e)]&&B(t,"MPTY",e))e+=4;else if("A"===t[e]&&B(t,"NY",e))e+=2;else if("("===t[e]){const n=++e;for(;e<t.length&&")"!==t[e];)e++;if(r=t.substring(n,e),")"!==t[e])throw new Error("Unterminated content model")}else if(!this.suppressValidationErr)throw new Error(`Invalid Element Expression, found "${t[e]}"`);return{elementName:i,contentModel:r.trim(),index:e}}readAttlistExp(t,e){let n=e=U(t,e);for(;e<t.length&&!/\s/.test(t[e]);)e++;let i=t.substring(n,e);for(G(i,{xmlVersion:this.xmlVersion}),n=e=U(t,e);e<t.length&&!/\s/.test(t[e]);)e++;let r=t.substring(n,e);if(!G(r,{xmlVersion:this.xmlVersion}))throw new Error(`Invalid attribute name: "${r}"`);e=U(t,e);let s="";if("NOTATION"===t.substring(e,e+8).toUpperCase()){if(s="NOTATION","("!==t[e=U(t,e+=8)])throw new Error(`Expected '(', found "${t[e]}"`);e++;let n=[];for(;e<t.length&&")"!==t[e];){const i=e;for(;e<t.length&&"|"!==t[e]&&")"!==t[e];)e++;let r=t.substring(i,e);if(r=r.trim(),!G(r,{xmlVersion:this.xmlVersion}))throw new Error(`Invalid notation name: "${r}"`);n.push(r),"|"===t[e]&&(e++,e=U(t,e))}if(")"!==t[e])throw new Error("Unterminated list of notations");e++,s+=" ("+n.join("|")+")"}else{const n=e;for(;e<t.length&&!/\s/.test(t[e]);)e++;s+=t.substring(n,e);const i=["CDATA","ID","IDREF","IDREFS","ENTITY","ENTITIES","NMTOKEN","NMTOKENS"];if(!this.suppressValidationErr&&!i.includes(s.toUpperCase()))throw new Error(`Invalid attribute type: "${s}"`)}e=U(t,e);let o="";return"#REQUIRED"===t.substring(e,e+8).toUpperCase()?(o="#REQUIRED",e+=8):"#IMPLIED"===t.substring(e,e+7).toUpperCase()?(o="#IMPLIED",e+=7):[e,o]=this.readIdentifierVal(t,e,"ATTLIST"),{elementName:i,attributeName:r,attributeType:s,defaultValue:o,index:e}}}const U=(t,e)=>{for(;e<t.length&&/\s/.test(t[e]);)e++;return e};function B(t,e,n){for(let i=0;i<e.length;i++)if(e[i]!==t[n+i+1])return!1;return!0}function G(t,e){if(R(t,{xmlVersion:e}))return t;throw new Error(`Invalid entity name ${t}`)}const X=[48,1632,1776,2406,2534,2662,2790,2918,3046,3174,3302,3430,3558,3664,3792,3872,4160,4240,6112,6160,6470,6608,6784,6800,6992,7088,7232,7248,65296,120782,120792,120802,120812,120822,66720,68912,69734,69872,69942,70096,70384,70736,70864,71248,71360,71472,71904,72016,72688,72784,73040,73120,73552,92768,92864,93008,123200,123632,124144,125264,130032],W=new Map,z=1632,Y=new Uint8Array(63904).fill(255);for(const t of X)for(let e=0;e<10;e++){const n=t+e;n<=65535?Y[n-z]=e:W.set(n,e)}const H=new Set([8722,65293,65123]),Q=/^[-+]?0x[a-fA-F0-9]+$/,J=/^0b[01]+$/,Z=/^0o[0-7]+$/,K=/^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/,tt={hex:!0,binary:!1,octal:!1,leadingZeros:!0,decimalPoint:".",eNotation:!0,infinity:"original",unicode:!1};function et(t,e={}){if(e=Object.assign({},tt,e),!t||"string"!=typeof t)return t;let n=t.trim();if(0===n.length)return t;if(void 0!==e.skipLike&&e.skipLike.test(n))return t;if("0"===n)return 0;if(e.unicode&&(n=function(t){if("string"!=typeof t)return t;const e=t.length;if(0===e)return t;let n=-1;for(let i=0;i<e;i++){const r=t.charCodeAt(i);if(!(r>=48&&r<=57||45===r))if(r<z){if(H.has(r)){n=i;break}}else if(r>=55296&&r<=56319){if(i+1<e){const e=t.charCodeAt(i+1);if(e>=56320&&e<=57343){const t=65536+(r-55296<<10)+(e-56320);if(W.has(t)){n=i;break}}}}else if(255!==Y[r-z]||H.has(r)){n=i;break}}if(-1===n)return t;const i=[];n>0&&i.push(t.slice(0,n));for(let r=n;r<e;r++){const n=t.charCodeAt(r);if(n>=48&&n<=57||45===n){i.push(t[r]);continue}if(n<z){i.push(H.has(n)?"-":t[r]);continue}if(n>=55296&&n<=56319){if(r+1<e){const e=t.charCodeAt(r+1);if(e>=56320&&e<=57343){const t=65536+(n-55296<<10)+(e-56320),s=W.get(t);if(void 0!==s){i.push(String.fromCharCode(s+48)),r++;continue}}}i.push(t[r]);continue}if(H.has(n)){i.push("-");continue}const s=Y[n-z];i.push(255!==s?String.fromCharCode(s+48):t[r])}return i.join("")}(n),"0"===n))return 0;if(e.hex&&Q.test(n))return it(n,16);if(e.binary&&J.test(n))return it(n,2);if(e.octal&&Z.test(n))return it(n,8);if(isFinite(n)){if(n.includes("e")||n.includes("E"))return function(t,e,n){if(!n.eNotation)return t;const i=e.match(nt);if(i){let r=i[1]||"";const s=-1===i[3].indexOf("e")?"E":"e",o=i[2],a=r?e[o.length+1]===s:e[o.length]===s;return o.length>1&&a?t:(1!==o.length||!i[3].startsWith(`.${s}`)&&i[3][0]!==s)&&o.length>0?n.leadingZeros&&!a?Number(e):t:Number(e)}return t}(t,n,e);{const i=K.exec(n);if(i){const r=i[1]||"",s=i[2];let o=function(t){if(t&&-1!==t.indexOf(".")){let e=t.length;for(;e>0&&48===t.charCodeAt(e-1);)e--;return"."===(t=t.slice(0,e))?t="0":"."===t[0]?t="0"+t:"."===t[t.length-1]&&(t=t.substring(0,t.length-1)),t}return t}(i[3]);const a=r?"."===n[s.length+1]:"."===n[s.length];if(!e.leadingZeros&&(s.length>1||1===s.length&&!a))return t;{const i=Number(n),a=String(i);if(0===i)return i;if(-1!==a.search(/[eE]/))return e.eNotation?i:t;if(-1!==n.indexOf("."))return"0"===a||a===o||a===`${r}${o}`?i:t;let l=s?o:n;return s?l===a||r+l===a?i:t:l===a||l===r+a?i:t}}return t}}{const i=Number(n);return Number.isNaN(i)?t:function(t,e,n){const i=e===1/0;switch(n.infinity.toLowerCase()){case"null":return null;case"infinity":return e;case"string":return i?"Infinity":"-Infinity";default:return t}}(t,i,e)}}const nt=/^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;function it(t,e){const n=t.trim();if(2!==e&&8!==e||(t=n.substring(2)),parseInt)return parseInt(t,e);if(Number.parseInt)return Number.parseInt(t,e);if(window&&window.parseInt)return window.parseInt(t,e);throw new Error("parseInt, Number.parseInt, window.parseInt are not supported")}class rt{constructor(t){this._matcher=t}get separator(){return this._matcher.separator}getCurrentTag(){const t=this._matcher.path;return t.length>0?t[t.length-1].tag:void 0}getCurrentNamespace(){const t=this._matcher.path;return t.length>0?t[t.length-1].namespace:void 0}getAttrValue(t){const e=this._matcher.path;if(0!==e.length)return e[e.length-1].values?.[t]}hasAttr(t){const e=this._matcher.path;if(0===e.length)return!1;const n=e[e.length-1];return void 0!==n.values&&t in n.values}getAnyParentAttr(t){return this._matcher.getAnyParentAttr(t)}hasAnyParentAttr(t){return this._matcher.hasAnyParentAttr(t)}getPosition(){const t=this._matcher.path;return 0===t.length?-1:t[t.length-1].position??0}getCounter(){const t=this._matcher.path;return 0===t.length?-1:t[t.length-1].counter??0}getIndex(){return this.getPosition()}getDepth(){return this._matcher.path.length}toString(t,e=!0){return this._matcher.toString(t,e)}toArray(){return this._matcher.path.map(t=>t.tag)}matches(t){return this._matcher.matches(t)}matchesAny(t){return t.matchesAny(this._matcher)}}class st{constructor(t={}){this.separator=t.separator||".",this.path=[],this.siblingStacks=[],this._pathStringCache=null,this._view=new rt(this),this._keptAttrs=[]}push(t,e=null,n=null,i=null){this._pathStringCache=null,this.path.length>0&&(this.path[this.path.length-1].values=void 0);const r=this.path.length;let s=this.siblingStacks[r];s||(s={counts:new Map,total:0},this.siblingStacks[r]=s);const o=n?`${n}:${t}`:t,a=s.counts.get(o)||0,l=s.total;s.counts.set(o,a+1),s.total++;const c={tag:t,position:l,counter:a};null!=n&&(c.namespace=n),null!=e&&(c.values=e),this.path.push(c);const p=this.path.length,h=null!==i?i.keep:null;if(null!=h&&h.length>0&&e)for(let t=0;t<h.length;t++){const n=h[t];void 0!==e[n]&&this._keptAttrs.push({depth:p,name:n,value:e[n]})}}pop(){if(0===this.path.length)return;this._pathStringCache=null;const t=this.path.pop();this.siblingStacks.length>this.path.length+1&&(this.siblingStacks.length=this.path.length+1);const e=this.path.length+1;for(;this._keptAttrs.length>0&&this._keptAttrs[this._keptAttrs.length-1].depth>=e;)this._keptAttrs.pop();return t}updateCurrent(t){if(this.path.length>0){const e=this.path[this.path.length-1];null!=t&&(e.values=t)}}getCurrentTag(){return this.path.length>0?this.path[this.path.length-1].tag:void 0}getCurrentNamespace(){return this.path.length>0?this.path[this.path.length-1].namespace:void 0}getAttrValue(t){if(0!==this.path.length)return this.path[this.path.length-1].values?.[t]}hasAttr(t){if(0===this.path.length)return!1;const e=this.path[this.path.length-1];return void 0!==e.values&&t in e.values}getAnyParentAttr(t){const e=this._keptAttrs;for(let n=e.length-1;n>=0;n--)if(e[n].name===t)return e[n].value}hasAnyParentAttr(t){const e=this._keptAttrs;for(let n=e.length-1;n>=0;n--)if(e[n].name===t)return!0;return!1}getPosition(){return 0===this.path.length?-1:this.path[this.path.length-1].position??0}getCounter(){return 0===this.path.length?-1:this.path[this.path.length-1].counter??0}getIndex(){return this.getPosition()}getDepth(){return this.path.length}toString(t,e=!0){const n=t||this.separator;if(n===this.separator&&!0===e){if(null!==this._pathStringCache)return this._pathStringCache;const t=this.path.map(t=>t.namespace?`${t.namespace}:${t.tag}`:t.tag).join(n);return this._pathStringCache=t,t}return this.path.map(t=>e&&t.namespace?`${t.namespace}:${t.tag}`:t.tag).join(n)}toArray(){return this.path.map(t=>t.tag)}reset(){this._pathStringCache=null,this.path=[],this.siblingStacks=[],this._keptAttrs=[]}matches(t){const e=t.segments;return 0!==e.length&&(t.hasDeepWildcard()?this._matchWithDeepWildcard(e):this._matchSimple(e))}_matchSimple(t){if(this.path.length!==t.length)return!1;for(let e=0;e<t.length;e++)if(!this._matchSegment(t[e],this.path[e],e===this.path.length-1))return!1;return!0}_matchWithDeepWildcard(t){let e=this.path.length-1,n=t.length-1;for(;n>=0&&e>=0;){const i=t[n];if("deep-wildcard"===i.type){if(n--,n<0)return!0;const i=t[n];let r=!1;for(let t=e;t>=0;t--)if(this._matchSegment(i,this.path[t],t===this.path.length-1)){e=t-1,n--,r=!0;break}if(!r)return!1}else{if(!this._matchSegment(i,this.path[e],e===this.path.length-1))return!1;e--,n--}}return n<0}_matchSegment(t,e,n){if("*"!==t.tag&&t.tag!==e.tag)return!1;if(void 0!==t.namespace&&"*"!==t.namespace&&t.namespace!==e.namespace)return!1;if(void 0!==t.attrName){if(!n)return!1;if(!e.values||!(t.attrName in e.values))return!1;if(void 0!==t.attrValue&&String(e.values[t.attrName])!==String(t.attrValue))return!1}if(void 0!==t.position){if(!n)return!1;const i=e.counter??0;if("first"===t.position&&0!==i)return!1;if("odd"===t.position&&i%2!=1)return!1;if("even"===t.position&&i%2!=0)return!1;if("nth"===t.position&&i!==t.positionValue)return!1}return!0}matchesAny(t){return t.matchesAny(this)}snapshot(){return{path:this.path.map(t=>({...t})),siblingStacks:this.siblingStacks.map(t=>t?{counts:new Map(t.counts),total:t.total}:t),keptAttrs:this._keptAttrs.map(t=>({...t}))}}restore(t){this._pathStringCache=null,this.path=t.path.map(t=>({...t})),this.siblingStacks=t.siblingStacks.map(t=>t?{counts:new Map(t.counts),total:t.total}:t),this._keptAttrs=(t.keptAttrs||[]).map(t=>({...t}))}readOnly(){return this._view}}class ot{constructor(t,e={},n){this.pattern=t,this.separator=e.separator||".",this.segments=this._parse(t),this.data=n,this._hasDeepWildcard=this.segments.some(t=>"deep-wildcard"===t.type),this._hasAttributeCondition=this.segments.some(t=>void 0!==t.attrName),this._hasPositionSelector=this.segments.some(t=>void 0!==t.position)}_parse(t){const e=[];let n=0,i="";for(;n<t.length;)t[n]===this.separator?n+1<t.length&&t[n+1]===this.separator?(i.trim()&&(e.push(this._parseSegment(i.trim())),i=""),e.push({type:"deep-wildcard"}),n+=2):(i.trim()&&e.push(this._parseSegment(i.trim())),i="",n++):(i+=t[n],n++);return i.trim()&&e.push(this._parseSegment(i.trim())),e}_parseSegment(t){const e={type:"tag"};let n=null,i=t;const r=t.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);if(r&&(i=r[1]+r[3],r[2])){const t=r[2].slice(1,-1);t&&(n=t)}let s,o,a=i;if(i.includes("::")){const e=i.indexOf("::");if(s=i.substring(0,e).trim(),a=i.substring(e+2).trim(),!s)throw new Error(`Invalid namespace in pattern: ${t}`)}let l=null;if(a.includes(":")){const t=a.lastIndexOf(":"),e=a.substring(0,t).trim(),n=a.substring(t+1).trim();["first","last","odd","even"].includes(n)||/^nth\(\d+\)$/.test(n)?(o=e,l=n):o=a}else o=a;if(!o)throw new Error(`Invalid segment pattern: ${t}`);if(e.tag=o,s&&(e.namespace=s),n)if(n.includes("=")){const t=n.indexOf("=");e.attrName=n.substring(0,t).trim(),e.attrValue=n.substring(t+1).trim()}else e.attrName=n.trim();if(l){const t=l.match(/^nth\((\d+)\)$/);t?(e.position="nth",e.positionValue=parseInt(t[1],10)):e.position=l}return e}get length(){return this.segments.length}hasDeepWildcard(){return this._hasDeepWildcard}hasAttributeCondition(){return this._hasAttributeCondition}hasPositionSelector(){return this._hasPositionSelector}toString(){return this.pattern}}class at{constructor(){this._byDepthAndTag=new Map,this._wildcardByDepth=new Map,this._deepWildcards=[],this._deepByTerminalTag=new Map,this._patterns=new Set,this._sealed=!1}add(t){if(this._sealed)throw new TypeError("ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.");if(this._patterns.has(t.pattern))return this;if(this._patterns.add(t.pattern),t.hasDeepWildcard()){const e=t.segments[t.segments.length-1];if(e&&"deep-wildcard"!==e.type&&"*"!==e.tag){const n=e.tag;this._deepByTerminalTag.has(n)||this._deepByTerminalTag.set(n,[]),this._deepByTerminalTag.get(n).push(t)}else this._deepWildcards.push(t);return this}const e=t.length,n=t.segments[t.segments.length-1],i=n?.tag;if(i&&"*"!==i){const n=`${e}:${i}`;this._byDepthAndTag.has(n)||this._byDepthAndTag.set(n,[]),this._byDepthAndTag.get(n).push(t)}else this._wildcardByDepth.has(e)||this._wildcardByDepth.set(e,[]),this._wildcardByDepth.get(e).push(t);return this}addAll(t){for(const e of t)this.add(e);return this}has(t){return this._patterns.has(t.pattern)}get size(){return this._patterns.size}seal(){return this._sealed=!0,this}get isSealed(){return this._sealed}matchesAny(t){return null!==this.findMatch(t)}findMatch(t){const e=t.getDepth(),n=t.getCurrentTag(),i=`${e}:${n}`,r=this._byDepthAndTag.get(i);if(r)for(let e=0;e<r.length;e++)if(t.matches(r[e]))return r[e];const s=this._wildcardByDepth.get(e);if(s)for(let e=0;e<s.length;e++)if(t.matches(s[e]))return s[e];const o=this._deepByTerminalTag.get(n);if(o)for(let e=0;e<o.length;e++)if(t.matches(o[e]))return o[e];for(let e=0;e<this._deepWildcards.length;e++)if(t.matches(this._deepWildcards[e]))return this._deepWildcards[e];return null}}const lt={cent:"¢",pound:"£",curren:"¤",yen:"¥",euro:"€",dollar:"$",fnof:"ƒ",inr:"₹",af:"؋",birr:"ብር",peso:"₱",rub:"₽",won:"₩",yuan:"¥",cedil:"¸"},ct={amp:"&",apos:"'",gt:">",lt:"<",quot:'"'},pt={nbsp:" ",copy:"©",reg:"®",trade:"™",mdash:"—",ndash:"–",hellip:"…",laquo:"«",raquo:"»",lsquo:"‘",rsquo:"’",ldquo:"“",rdquo:"”",bull:"•",para:"¶",sect:"§",deg:"°",frac12:"½",frac14:"¼",frac34:"¾"},ht=Object.freeze({ALLOW:"allow",BLOCK:"block",THROW:"throw"}),dt=new Set("!?\\\\/[]$%{}^&*()<>|+");function ut(t){if("#"===t[0])throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${t}"`);for(const e of t)if(dt.has(e))throw new Error(`[EntityReplacer] Invalid character '${e}' in entity name: "${t}"`);return t}function ft(...t){const e=Object.create(null);for(const n of t)if(n)for(const t of Object.keys(n)){const i=n[t];if("string"==typeof i)e[t]=i;else if(i&&"object"==typeof i&&void 0!==i.val){const n=i.val;"string"==typeof n&&(e[t]=n)}}return e}const gt="external",mt="base",xt="all",bt=Object.freeze({allow:0,leave:1,remove:2,throw:3}),yt=new Set([9,10,13]);class Nt{constructor(t={}){var e;this._limit=t.limit||{},this._maxTotalExpansions=this._limit.maxTotalExpansions||0,this._maxExpandedLength=this._limit.maxExpandedLength||0,this._postCheck="function"==typeof t.postCheck?t.postCheck:t=>t,this._limitTiers=(e=this._limit.applyLimitsTo??gt)&&e!==gt?e===xt?new Set([xt]):e===mt?new Set([mt]):Array.isArray(e)?new Set(e):new Set([gt]):new Set([gt]),this._numericAllowed=t.numericAllowed??!0,this._baseMap=ft(ct,t.namedEntities||null),this._externalMap=Object.create(null),this._inputMap=Object.create(null),this._totalExpansions=0,this._expandedLength=0,this._removeSet=new Set(t.remove&&Array.isArray(t.remove)?t.remove:[]),this._leaveSet=new Set(t.leave&&Array.isArray(t.leave)?t.leave:[]);const n=function(t){if(!t)return{xmlVersion:1,onLevel:bt.allow,nullLevel:bt.remove};const e=1.1===t.xmlVersion?1.1:1,n=bt[t.onNCR]??bt.allow,i=bt[t.nullNCR]??bt.remove;return{xmlVersion:e,onLevel:n,nullLevel:Math.max(i,bt.remove)}}(t.ncr);this._ncrXmlVersion=n.xmlVersion,this._ncrOnLevel=n.onLevel,this._ncrNullLevel=n.nullLevel,this._onExternalEntity="function"==typeof t.onExternalEntity?t.onExternalEntity:null,this._onInputEntity="function"==typeof t.onInputEntity?t.onInputEntity:null}_applyRegistrationHook(t,e,n,i){if(!t)return!0;const r=t(e,n);if(r===ht.BLOCK)return!1;if(r===ht.THROW)throw new Error(`[EntityDecoder] Registration of ${i} entity "&${e};" was rejected by hook`);return!0}setExternalEntities(t){if(t)for(const e of Object.keys(t))ut(e);if(!this._onExternalEntity)return void(this._externalMap=ft(t));const e=ft(t),n=Object.create(null);for(const[t,i]of Object.entries(e))this._applyRegistrationHook(this._onExternalEntity,t,i,"external")&&(n[t]=i);this._externalMap=n}addExternalEntity(t,e){ut(t),"string"==typeof e&&-1===e.indexOf("&")&&this._applyRegistrationHook(this._onExternalEntity,t,e,"external")&&(this._externalMap[t]=e)}addInputEntities(t){if(this._totalExpansions=0,this._expandedLength=0,!this._onInputEntity)return void(this._inputMap=ft(t));const e=ft(t),n=Object.create(null);for(const[t,i]of Object.entries(e))this._applyRegistrationHook(this._onInputEntity,t,i,"input")&&(n[t]=i);this._inputMap=n}reset(){return this._inputMap=Object.create(null),this._totalExpansions=0,this._expandedLength=0,this}setXmlVersion(t){this._ncrXmlVersion=1.1===t?1.1:1}decode(t){if("string"!=typeof t||0===t.length)return t;if(-1===t.indexOf("&"))return t;const e=t,n=[],i=t.length;let r=0,s=0;const o=this._maxTotalExpansions>0,a=this._maxExpandedLength>0,l=o||a;for(;s<i;){if(38!==t.charCodeAt(s)){s++;continue}let e=s+1;for(;e<i&&59!==t.charCodeAt(e)&&e-s<=32;)e++;if(e>=i||59!==t.charCodeAt(e)){s++;continue}const c=t.slice(s+1,e);if(0===c.length){s++;continue}let p,h;if(this._removeSet.has(c))p="",void 0===h&&(h=gt);else{if(this._leaveSet.has(c)){s++;continue}if(35===c.charCodeAt(0)){const t=this._resolveNCR(c);if(void 0===t){s++;continue}p=t,h=mt}else{const t=this._resolveName(c);p=t?.value,h=t?.tier}}if(void 0!==p){if(s>r&&n.push(t.slice(r,s)),n.push(p),r=e+1,s=r,l&&this._tierCounts(h)){if(o&&(this._totalExpansions++,this._totalExpansions>this._maxTotalExpansions))throw new Error(`[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`);if(a){const t=p.length-(c.length+2);if(t>0&&(this._expandedLength+=t,this._expandedLength>this._maxExpandedLength))throw new Error(`[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`)}}}else s++}r<i&&n.push(t.slice(r));const c=0===n.length?t:n.join("");return this._postCheck(c,e)}_tierCounts(t){return!!this._limitTiers.has(xt)||this._limitTiers.has(t)}_resolveName(t){return t in this._inputMap?{value:this._inputMap[t],tier:gt}:t in this._externalMap?{value:this._externalMap[t],tier:gt}:t in this._baseMap?{value:this._baseMap[t],tier:mt}:void 0}_classifyNCR(t){return 0===t?this._ncrNullLevel:t>=55296&&t<=57343||1===this._ncrXmlVersion&&t>=1&&t<=31&&!yt.has(t)?bt.remove:-1}_applyNCRAction(t,e,n){switch(t){case bt.allow:return String.fromCodePoint(n);case bt.remove:return"";case bt.leave:return;case bt.throw:throw new Error(`[EntityDecoder] Prohibited numeric character reference &${e}; (U+${n.toString(16).toUpperCase().padStart(4,"0")})`);default:return String.fromCodePoint(n)}}_resolveNCR(t){const e=t.charCodeAt(1);let n;if(n=120===e||88===e?parseInt(t.slice(2),16):parseInt(t.slice(1),10),Number.isNaN(n)||n<0||n>1114111)return;const i=this._classifyNCR(n);if(!this._numericAllowed&&i<bt.remove)return;const r=-1===i?this._ncrOnLevel:Math.max(this._ncrOnLevel,i);return this._applyNCRAction(r,t,n)}}const Et=[{id:"sql-block-comment-open",description:"SQL block comment open: /* ... */ — unusual in legitimate user text",pattern:/\/\*/},{id:"sql-union-select",description:"UNION SELECT — most common SQL injection aggregation attack",pattern:/\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i},{id:"sql-drop-table",description:"DROP TABLE — destructive DDL injection",pattern:/\bDROP\s{1,20}TABLE\b/i},{id:"sql-drop-database",description:"DROP DATABASE — destructive DDL injection",pattern:/\bDROP\s{1,20}DATABASE\b/i},{id:"sql-insert-into",description:"INSERT INTO — data injection",pattern:/\bINSERT\s{1,20}INTO\b/i},{id:"sql-delete-from",description:"DELETE FROM — data deletion injection",pattern:/\bDELETE\s{1,20}FROM\b/i},{id:"sql-update-set",description:"UPDATE ... SET — data modification injection",pattern:/\bUPDATE\b[\s\S]{1,60}\bSET\b/i},{id:"sql-exec-xp",description:"EXEC xp_ — MSSQL extended stored procedure execution",pattern:/\bEXEC(?:UTE)?\s{1,20}xp_/i},{id:"sql-tautology-string",description:'Classic string tautology: \' OR \'1\'=\'1 or " OR "1"="1"',pattern:/'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i},{id:"sql-tautology-numeric",description:"Numeric tautology: OR 1=1",pattern:/\bOR\s{1,10}1\s*=\s*1\b/i},{id:"sql-always-true-zero",description:"Numeric tautology: OR 0=0",pattern:/\bOR\s{1,10}0\s*=\s*0\b/i},{id:"sql-sleep-benchmark",description:"Time-based blind injection: SLEEP() or BENCHMARK()",pattern:/\b(?:SLEEP|BENCHMARK)\s*\(/i},{id:"sql-waitfor-delay",description:"MSSQL time-based blind injection: WAITFOR DELAY",pattern:/\bWAITFOR\s{1,20}DELAY\b/i},{id:"sql-char-function",description:"CHAR() function — used to obfuscate injected strings",pattern:/\bCHAR\s*\(\s*\d{1,3}/i},{id:"sql-information-schema",description:"INFORMATION_SCHEMA — reconnaissance query for table/column enumeration",pattern:/\bINFORMATION_SCHEMA\b/i}],wt=[...Et,{id:"sql-line-comment",description:"SQL line comment: -- followed by whitespace or end of string",pattern:/--(?:\s|$)/},{id:"sql-stacked-query",description:"Stacked queries: semicolon immediately followed by a SQL keyword",pattern:/;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i},{id:"sql-hex-encoding",description:"Hex-encoded string injection: 0x41414141 style (MySQL)",pattern:/\b0x[0-9a-f]{4,}/i}],vt=Object.freeze({colon:":",Tab:"\t",NewLine:"\n"}),St=/&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g,At=[{id:"html-script-open",description:"<script opening tag",pattern:/<script[\s>/]/i},{id:"html-script-close",description:"<\/script closing tag",pattern:/<\/script[\s>]/i},{id:"html-javascript-protocol",description:"javascript: URI scheme (with optional whitespace/encoding)",pattern:/j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i},{id:"html-vbscript-protocol",description:"vbscript: URI scheme",pattern:/vbscript[\t\n\r ]*:/i},{id:"html-data-html",description:"data:text/html URI — can execute scripts in browsers",pattern:/data[\t\n\r ]*:[\t\n\r ]*text\/html/i},{id:"html-data-xhtml",description:"data:application/xhtml+xml URI",pattern:/data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i},{id:"html-data-svg",description:"data:image/svg+xml URI — can execute scripts",pattern:/data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i},{id:"html-inline-event-handler",description:"Inline event handler attributes: onclick=, onerror=, onload=, etc.",pattern:/\bon\w{1,30}\s*=/i},{id:"html-entity-obfuscated-script",description:"HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",pattern:/(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i},{id:"html-entity-obfuscated-javascript",description:'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',pattern:/(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i},{id:"html-style-expression",description:"CSS expression() — IE-era code execution in style attributes",pattern:/style[\s\S]{0,20}expression\s*\(/i},{id:"html-object-embed",description:"<object or <embed tags that can load active content",pattern:/<(?:object|embed)[\s>/]/i},{id:"html-base-tag",description:"<base href= — can hijack all relative URLs on a page",pattern:/<base[\s>]/i},{id:"html-meta-refresh",description:'<meta http-equiv="refresh" — can redirect users',pattern:/<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i},{id:"html-srcdoc",description:"srcdoc= attribute on iframes — embeds HTML that can run scripts",pattern:/srcdoc\s*=/i},{id:"html-iframe",description:"<iframe tag",pattern:/<iframe[\s>/]/i},{id:"html-form",description:"<form tag — can be used for phishing / credential harvesting injection",pattern:/<form[\s>/]/i}],Tt=[{id:"xml-cdata-injection",description:"CDATA section injection: <![CDATA[ breaks out of text node context",pattern:/<!\[CDATA\[/i},{id:"xml-cdata-close",description:"CDATA close sequence: ]]> can terminate an enclosing CDATA section",pattern:/\]\]>/},{id:"xml-processing-instruction",description:"XML processing instruction: <?xml-stylesheet or <?php etc.",pattern:/<\?(?:xml[\- ]|php|asp)/i},{id:"xml-doctype-injection",description:"DOCTYPE declaration embedded in content — can define entities",pattern:/<!DOCTYPE(?:[\s[]|$)/i},{id:"xml-entity-system",description:"SYSTEM keyword — used in external entity declarations (XXE)",pattern:/\bSYSTEM\s+["']/i},{id:"xml-entity-public",description:"PUBLIC keyword — used in external entity declarations (XXE)",pattern:/\bPUBLIC\s+["']/i},{id:"xml-entity-declaration",description:"<!ENTITY declaration — defines entities, potential XXE or entity expansion",pattern:/<!ENTITY[\s%]/i},{id:"xml-billion-laughs",description:"Entity reference chaining / billion laughs: repeated &eX; style references",pattern:/(?:&\w{1,20};){3,}/},{id:"xml-namespace-confusion",description:"xmlns: attribute injection — can redefine namespaces to confuse parsers",pattern:/\bxmlns(?::\w{1,40})?\s*=/i},{id:"xml-comment-injection",description:"\x3c!-- comment injection — can hide content from some parsers",pattern:/<!--/},{id:"xml-comment-close",description:"--\x3e closes an enclosing XML comment",pattern:/-->/},{id:"xml-pi-close",description:"?> closes an enclosing processing instruction",pattern:/\?>/}],_t=[{id:"svg-script-element",description:"<script element inside SVG executes JavaScript",pattern:/<script[\s>/]/i},{id:"svg-xlink-href-javascript",description:"xlink:href with javascript: — classic SVG XSS via <a> or <use>",pattern:/xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i},{id:"svg-href-javascript",description:"href= with javascript: in SVG context (<a>, <animate>, etc.)",pattern:/href\s*=\s*["']?\s*javascript\s*:/i},{id:"svg-foreignobject",description:"<foreignObject embeds HTML inside SVG — can execute scripts",pattern:/<foreignObject[\s>/]/i},{id:"svg-use-external",description:"<use xlink:href or href pointing to external resource (non-fragment URL)",pattern:/<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i},{id:"svg-animate-href",description:'<animate attributeName="href" — can dynamically change href to javascript:',pattern:/<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i},{id:"svg-animate-xlinkhref",description:'<animate attributeName="xlink:href"',pattern:/<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i},{id:"svg-set-javascript",description:'<set to="javascript:..." — sets an attribute to a javascript: URI',pattern:/<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i},{id:"svg-event-handler",description:"SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",pattern:/\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i},{id:"svg-handler-generic",description:"Generic on* handler catch-all for SVG attributes",pattern:/\bon\w{1,30}\s*=/i},{id:"svg-filter-feimage",description:"<feImage href= — filter primitive that can load external resources",pattern:/<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i},{id:"svg-image-external",description:"<image xlink:href with http/https or javascript protocol",pattern:/<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i},{id:"svg-style-javascript",description:"style= attribute containing javascript: (e.g. background:url(javascript:...))",pattern:/style\s*=[\s\S]{0,60}javascript\s*:/i}],Ct=[{id:"shell-path-traversal-unix",description:"Unix path traversal: ../  — climbing the directory tree",pattern:/\.\.\//},{id:"shell-path-traversal-windows",description:"Windows path traversal: ..\\ — climbing the directory tree",pattern:/\.\.\\/},{id:"shell-path-traversal-encoded",description:"URL-encoded path traversal: %2e%2e or %2f variants",pattern:/%2e%2e|%2f\.\.|\.\.%2f/i},{id:"shell-null-byte",description:"Null byte injection: \\x00 or %00 — truncates strings in C-backed functions",pattern:/\x00|%00/},{id:"shell-semicolon",description:"Semicolon command separator: cmd1; cmd2",pattern:/;/},{id:"shell-pipe",description:"Pipe operator: cmd1 | cmd2",pattern:/\|/},{id:"shell-and-operator",description:"AND operator: cmd1 && cmd2",pattern:/&&/},{id:"shell-or-operator",description:"OR operator: cmd1 || cmd2",pattern:/\|\|/},{id:"shell-backtick",description:"Backtick command substitution: `cmd`",pattern:/`/},{id:"shell-dollar-paren",description:"Dollar-paren command substitution: $(cmd)",pattern:/\$\(/},{id:"shell-dollar-brace",description:"Dollar-brace variable expansion: ${var} — can be abused for injection",pattern:/\$\{/},{id:"shell-redirect-out",description:"Output redirection: cmd > file or cmd >> file",pattern:/>{1,2}/},{id:"shell-redirect-in",description:"Input redirection: cmd < file",pattern:/</},{id:"shell-newline-injection",description:"Newline injection: \\n or \\r — can inject new shell commands",pattern:/[\n\r]/},{id:"shell-glob-star",description:"Glob expansion: * or ? — can expand to unintended files",pattern:/[/\\][*?]/},{id:"shell-absolute-root",description:"Absolute root path injection: string starting with / or \\ (Windows UNC)",pattern:/^(?:\/|\\\\)/},{id:"shell-windows-drive",description:"Windows drive letter path injection: C:\\ or D:/",pattern:/^[a-zA-Z]:[/\\]/},{id:"shell-curl-wget",description:"curl/wget with URL or flags — can exfiltrate data or download payloads",pattern:/\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i}],$t=[{id:"redos-nested-quantifier-plus",description:"Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",pattern:/\([^)]*\+[^)]*\)[+*]/},{id:"redos-nested-quantifier-star",description:"Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking",pattern:/\([^)]*\*[^)]*\)[*+]/},{id:"redos-nested-groups",description:"Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic",pattern:/\(\([^)]{0,40}\)[+*]\)[+*]/},{id:"redos-alternation-overlap",description:"Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths",pattern:/\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/},{id:"redos-star-plus-concat",description:"(x*x)+ pattern — triggers super-linear backtracking",pattern:/\([^)]{0,10}\*[^)]{0,10}\)[+*]/},{id:"redos-dot-star-greedy",description:"(.*){n,} or (.+){n,} — repeated greedy dot quantifiers",pattern:/\(\.[*+]\)\{?\d/},{id:"redos-large-repetition",description:"Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking",pattern:/\{\d{4,}(?:,\d*)?\}/},{id:"redos-catastrophic-alternation",description:"Long alternation with many similar branches — polynomial backtracking risk",pattern:/\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/}],Ot="[\"'\\s]*:",Pt=[{id:"nosql-where-operator",description:"$where — executes arbitrary JavaScript server-side in MongoDB",pattern:new RegExp(`\\$where${Ot}`,"i")},{id:"nosql-ne-operator",description:'$ne — "not equal" operator used to bypass equality checks',pattern:new RegExp(`\\$ne${Ot}`,"i")},{id:"nosql-gt-operator",description:'$gt — "greater than" used to bypass password/value checks',pattern:new RegExp(`\\$gte?${Ot}`,"i")},{id:"nosql-lt-operator",description:'$lt / $lte — "less than" bypass variants',pattern:new RegExp(`\\$lte?${Ot}`,"i")},{id:"nosql-regex-operator",description:"$regex — can be used to extract data character by character (blind injection)",pattern:new RegExp(`\\$regex${Ot}`,"i")},{id:"nosql-or-operator",description:"$or — logical OR; used to create always-true conditions",pattern:new RegExp(`\\$or${Ot}\\s*\\[`,"i")},{id:"nosql-and-operator",description:"$and — logical AND operator injection",pattern:new RegExp(`\\$and${Ot}\\s*\\[`,"i")},{id:"nosql-nor-operator",description:"$nor — logical NOR operator injection",pattern:new RegExp(`\\$nor${Ot}\\s*\\[`,"i")},{id:"nosql-exists-operator",description:"$exists — can enumerate fields to determine schema",pattern:new RegExp(`\\$exists${Ot}`,"i")},{id:"nosql-in-operator",description:"$in — matches any value in a list; can enumerate values",pattern:new RegExp(`\\$in${Ot}\\s*\\[`,"i")},{id:"nosql-expr-operator",description:"$expr — allows aggregation expressions in queries (MongoDB 3.6+)",pattern:new RegExp(`\\$expr${Ot}`,"i")},{id:"nosql-function-operator",description:"$function — executes arbitrary JavaScript in MongoDB 4.4+",pattern:new RegExp(`\\$function${Ot}`,"i")},{id:"nosql-accumulator-operator",description:"$accumulator — custom aggregation with arbitrary JS execution",pattern:new RegExp(`\\$accumulator${Ot}`,"i")},{id:"nosql-proto-pollution",description:"__proto__ — prototype pollution via object key injection",pattern:/__proto__/},{id:"nosql-constructor-prototype",description:"constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)",pattern:/constructor[\s"':.,{\[]*prototype/i},{id:"nosql-proto-bracket",description:'["__proto__"] — bracket-notation prototype pollution',pattern:/\[["']__proto__["']\]/}],jt=[{id:"log-crlf-injection",description:"CRLF injection: literal \\r or \\n embeds fake log lines",pattern:/[\r\n]/},{id:"log-url-encoded-crlf",description:"URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers",pattern:/%0[dDaA]/},{id:"log-unicode-newline",description:"Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",pattern:/[\u2028\u2029]/},{id:"log-log4shell-jndi",description:"Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",pattern:/\$\{jndi\s*:/i},{id:"log-log4shell-obfuscated",description:"Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",pattern:/\$\{::-/},{id:"log-log4j-lookup",description:"Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration",pattern:/\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i},{id:"log-ssti-double-brace",description:"SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.",pattern:/\{\{[\s\S]{0,80}\}\}/},{id:"log-ssti-hash-brace",description:"SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB",pattern:/#\{[\s\S]{0,80}\}/},{id:"log-ssti-dollar-brace",description:"SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL",pattern:/\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i},{id:"log-ssti-percent-tag",description:"SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP",pattern:/<%=[\s\S]{0,80}%>/},{id:"log-null-byte",description:"Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers",pattern:/\x00|%00/},{id:"log-ansi-escape",description:"ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed",pattern:/\x1b\[/}];function It(t,e){const n=e.label??"CUSTOM",i=function(t,e){if(!e.decodeEntities)return null;const n=-1===(i=t).indexOf("&")?i:i.replace(St,(t,e,n,i)=>{if(void 0!==i)return Object.prototype.hasOwnProperty.call(vt,i)?vt[i]:t;const r=void 0!==e?parseInt(e,16):parseInt(n,10);return!Number.isFinite(r)||r>1114111?t:String.fromCodePoint(r)});var i;return n===t?null:n}(t,e);for(const r of e)if(r.pattern.test(t)||null!==i&&r.pattern.test(i))return{context:n,id:r.id,description:r.description,pattern:r.pattern};return null}function kt(t,e){(function(t){if("string"!=typeof t)throw new TypeError("is-unsafe: first argument must be a string, got "+typeof t)})(t),function(t){if(!(t instanceof RegExp)){if(!Array.isArray(t))throw new TypeError("is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: "+typeof t);if(0===t.length)throw new TypeError("is-unsafe: context must not be an empty array");if(Array.isArray(t[0]))for(const e of t)if(!Array.isArray(e)||0===e.length)throw new TypeError("is-unsafe: each context in the array must be a non-empty pattern array (PatternList)")}}(e);const{lists:n,regex:i}=function(t){return t instanceof RegExp?{lists:null,regex:t}:Array.isArray(t[0])?{lists:t,regex:null}:{lists:[t],regex:null}}(e);if(i)return i.test(t);for(const e of n)if(null!==It(t,e))return!0;return!1}function Lt(t,e){if(!t)return{};const n=e.attributesGroupName?t[e.attributesGroupName]:t;if(!n)return{};const i={};for(const t in n)t.startsWith(e.attributeNamePrefix)?i[t.substring(e.attributeNamePrefix.length)]=n[t]:i[t]=n[t];return i}function Dt(t){if(!t||"string"!=typeof t)return;const e=t.indexOf(":");if(-1!==e&&e>0){const n=t.substring(0,e);if("xmlns"!==n)return n}}At.label="HTML",Tt.label="XML",_t.label="SVG",At.decodeEntities=!0,Tt.decodeEntities=!0,_t.decodeEntities=!0,Et.label="SQL",wt.label="SQL-STRICT",Ct.label="SHELL",$t.label="REDOS",Pt.label="NOSQL",jt.label="LOG",Object.freeze({HTML:At,XML:Tt,SVG:_t,SQL:Et,"SQL-STRICT":wt,SHELL:Ct,REDOS:$t,NOSQL:Pt,LOG:jt});class Mt{constructor(t,e){var n;this.options=t,this.currentNode=null,this.tagsNodeStack=[],this.parseXml=Bt,this.parseTextData=Rt,this.resolveNameSpace=Vt,this.buildAttributesMap=Ut,this.isItStopNode=Yt,this.replaceEntitiesValue=Wt,this.readStopNodeData=Zt,this.saveTextToParentTag=zt,this.addChild=Xt,this.ignoreAttributesFn="function"==typeof(n=this.options.ignoreAttributes)?n:Array.isArray(n)?t=>{for(const e of n){if("string"==typeof e&&t===e)return!0;if(e instanceof RegExp&&e.test(t))return!0}}:()=>!1,this.entityExpansionCount=0,this.currentExpandedLength=0,this.doctypefound=!1;let i={...ct};this.options.entityDecoder?this.entityDecoder=this.options.entityDecoder:("object"==typeof this.options.htmlEntities?i=this.options.htmlEntities:!0===this.options.htmlEntities&&(i={...pt,...lt}),this.entityDecoder=new Nt({namedEntities:{...i,...e},numericAllowed:this.options.htmlEntities,limit:{maxTotalExpansions:this.options.processEntities.maxTotalExpansions,maxExpandedLength:this.options.processEntities.maxExpandedLength,applyLimitsTo:this.options.processEntities.appliesTo},onInputEntity:(t,e)=>kt(e,[At,Tt])?ht.BLOCK:ht.ALLOW})),this.matcher=new st,this.readonlyMatcher=this.matcher.readOnly(),this.isCurrentNodeStopNode=!1,this.stopNodeExpressionsSet=new at;const r=this.options.stopNodes;if(r&&r.length>0){for(let t=0;t<r.length;t++){const e=r[t];"string"==typeof e?this.stopNodeExpressionsSet.add(new ot(e)):e instanceof ot&&this.stopNodeExpressionsSet.add(e)}this.stopNodeExpressionsSet.seal()}}}function Rt(t,e,n,i,r,s,o){const a=this.options;if(void 0!==t&&(a.trimValues&&!i&&(t=t.trim()),t.length>0)){o||(t=this.replaceEntitiesValue(t,e,n));const i=a.jPath?n.toString():n,l=a.tagValueProcessor(e,t,i,r,s);return null==l?t:typeof l!=typeof t||l!==t?l:a.trimValues||t.trim()===t?Kt(t,a.parseTagValue,a.numberParseOptions):t}}function Vt(t){if(this.options.removeNSPrefix){const e=t.split(":"),n="/"===t.charAt(0)?"/":"";if("xmlns"===e[0])return"";2===e.length&&(t=n+e[1])}return t}const qt=/([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;function Ft(t){return void 0!==t[3]?t[3]:t[4]}function Ut(t,e,n,i=!1){const r=this.options;if(!0===i||!0!==r.ignoreAttributes&&"string"==typeof t){const i=function(t,e){const n=[];let i=e.exec(t);for(;i;){const r=[];r.startIndex=e.lastIndex-i[0].length;const s=i.length;for(let t=0;t<s;t++)r.push(i[t]);n.push(r),i=e.exec(t)}return n}(t,qt),s=i.length,o={},a=new Array(s);let l=!1;const c={};for(let t=0;t<s;t++){const e=this.resolveNameSpace(i[t][1]),s=Ft(i[t]);if(e.length&&void 0!==s){let i=s;r.trimValues&&(i=i.trim()),i=this.replaceEntitiesValue(i,n,this.readonlyMatcher),a[t]=i,c[e]=i,l=!0}}l&&"object"==typeof e&&e.updateCurrent&&e.updateCurrent(c);const p=r.jPath?e.toString():this.readonlyMatcher;let h=!1;for(let t=0;t<s;t++){const e=this.resolveNameSpace(i[t][1]);if(this.ignoreAttributesFn(e,p))continue;let n=r.attributeNamePrefix+e;if(e.length)if(r.transformAttributeName&&(n=r.transformAttributeName(n)),n=ee(n,r),void 0!==Ft(i[t])){const i=a[t],s=r.attributeValueProcessor(e,i,p);o[n]=null==s?i:typeof s!=typeof i||s!==i?s:Kt(i,r.parseAttributeValue,r.numberParseOptions),h=!0}else r.allowBooleanAttributes&&(o[n]=!0,h=!0)}if(!h)return;if(r.attributesGroupName&&!r.preserveOrder){const t={};return t[r.attributesGroupName]=o,t}return o}}const Bt=function(t){const e=this.options,n=e.captureMetaData?[]:void 0;t=t.replace(/\r\n?/g,e.captureMetaData?(t,e)=>(2===t.length&&n.push(e-n.length),"\n"):"\n");const i=new C("!xml");let r=i,s="";this.matcher.reset(),this.entityDecoder.reset(),this.entityExpansionCount=0,this.currentExpandedLength=0,this.doctypefound=!1;const o=new F(e.processEntities),a=t.length;for(let l=0;l<a;l++)if("<"===t[l]){const c=t.charCodeAt(l+1);if(47===c){const o=Ht(t,">",l,"Closing Tag is not closed.");let a=t.substring(l+2,o).trim();if(e.removeNSPrefix){const t=a.indexOf(":");-1!==t&&(a=a.substr(t+1))}a=te(e.transformTagName,a,"",e).tagName,r&&(s=this.saveTextToParentTag(s,r,this.readonlyMatcher));const c=this.matcher.getCurrentTag();if(a&&e.unpairedTagsSet.has(a))throw new Error(`Unpaired tag can not be used as closing tag: </${a}>`);c&&e.unpairedTagsSet.has(c)&&(this.matcher.pop(),this.tagsNodeStack.pop()),this.matcher.pop(),this.isCurrentNodeStopNode=!1,r=this.tagsNodeStack.pop()||i,e.captureMetaData&&r&&r.addEndIndex(Gt(o+1,n)),s="",l=o}else if(63===c){let i=Jt(t,l,!1,"?>");if(!i)throw new Error("Pi Tag is not closed.");s=this.saveTextToParentTag(s,r,this.readonlyMatcher);const a=this.buildAttributesMap(i.tagExp,this.matcher,i.tagName,!0);if(a){const t=a[this.options.attributeNamePrefix+"version"];this.entityDecoder.setXmlVersion(Number(t)||1),o.setXmlVersion(Number(t)||1)}if(e.ignoreDeclaration&&"?xml"===i.tagName||e.ignorePiTags);else{const t=new C(i.tagName);t.add(e.textNodeName,""),i.tagName!==i.tagExp&&i.attrExpPresent&&!0!==e.ignoreAttributes&&(t[":@"]=a);const s=e.captureMetaData?Gt(l,n):l;this.addChild(r,t,this.readonlyMatcher,s),e.captureMetaData&&r.addEndIndex(Gt(i.closeIndex+2,n))}l=i.closeIndex+1}else if(33===c&&45===t.charCodeAt(l+2)&&45===t.charCodeAt(l+3)){const n=Ht(t,"--\x3e",l+4,"Comment is not closed.");if(e.commentPropName){const i=t.substring(l+4,n-2);s=this.saveTextToParentTag(s,r,this.readonlyMatcher),r.add(e.commentPropName,[{[e.textNodeName]:i}])}l=n}else if(33===c&&68===t.charCodeAt(l+2)){if(this.doctypefound)throw new Error("Multiple DOCTYPE declarations found.");this.doctypefound=!0;const e=o.readDocType(t,l);this.entityDecoder.addInputEntities(e.entities),l=e.i}else if(33===c&&91===t.charCodeAt(l+2)){const n=Ht(t,"]]>",l,"CDATA is not closed.")-2,i=t.substring(l+9,n);s=this.saveTextToParentTag(s,r,this.readonlyMatcher);let o=this.parseTextData(i,r.tagname,this.readonlyMatcher,!0,!1,!0,!0);null==o&&(o=""),e.cdataPropName?r.add(e.cdataPropName,[{[e.textNodeName]:i}]):r.add(e.textNodeName,o),l=n+2}else{let o=Jt(t,l,e.removeNSPrefix);if(!o){const e=t.substring(Math.max(0,l-50),Math.min(a,l+50));throw new Error(`readTagExp returned undefined at position ${l}. Context: "${e}"`)}let c=o.tagName;const p=o.rawTagName;let h=o.tagExp,d=o.attrExpPresent,u=o.closeIndex;if(({tagName:c,tagExp:h}=te(e.transformTagName,c,h,e)),e.strictReservedNames&&(c===e.commentPropName||c===e.cdataPropName||c===e.textNodeName||c===e.attributesGroupName))throw new Error(`Invalid tag name: ${c}`);r&&s&&"!xml"!==r.tagname&&(s=this.saveTextToParentTag(s,r,this.readonlyMatcher,!1));const f=r;f&&e.unpairedTagsSet.has(f.tagname)&&(r=this.tagsNodeStack.pop(),this.matcher.pop());let g=!1;h.length>0&&h.lastIndexOf("/")===h.length-1&&(g=!0,"/"===c[c.length-1]?(c=c.substr(0,c.length-1),h=c):h=h.substr(0,h.length-1),d=c!==h);let m,x=null,b={};m=Dt(p),c!==i.tagname&&this.matcher.push(c,{},m),c!==h&&d&&(x=this.buildAttributesMap(h,this.matcher,c),x&&(b=Lt(x,e))),c!==i.tagname&&(this.isCurrentNodeStopNode=this.isItStopNode());const y=e.captureMetaData?Gt(l,n):l;if(this.isCurrentNodeStopNode){let i="";if(g)l=o.closeIndex;else if(e.unpairedTagsSet.has(c))l=o.closeIndex;else{const e=this.readStopNodeData(t,p,u+1);if(!e)throw new Error(`Unexpected end of ${p}`);l=e.i,i=e.tagContent}const s=new C(c);x&&(s[":@"]=x),s.add(e.textNodeName,i),this.matcher.pop(),this.isCurrentNodeStopNode=!1,this.addChild(r,s,this.readonlyMatcher,y),e.captureMetaData&&r.addEndIndex(Gt(l+1,n))}else{if(g){({tagName:c,tagExp:h}=te(e.transformTagName,c,h,e));const t=new C(c);x&&(t[":@"]=x),this.addChild(r,t,this.readonlyMatcher,y),e.captureMetaData&&r.addEndIndex(Gt(u+1,n)),this.matcher.pop(),this.isCurrentNodeStopNode=!1}else{if(e.unpairedTagsSet.has(c)){const t=new C(c);x&&(t[":@"]=x),this.addChild(r,t,this.readonlyMatcher,y),e.captureMetaData&&r.addEndIndex(Gt(o.closeIndex+1,n)),this.matcher.pop(),this.isCurrentNodeStopNode=!1,l=o.closeIndex;continue}{const t=new C(c);if(this.tagsNodeStack.length>e.maxNestedTags)throw new Error("Maximum nested tags exceeded");this.tagsNodeStack.push(r),x&&(t[":@"]=x),this.addChild(r,t,this.readonlyMatcher,y),r=t}}s="",l=u}}}else s+=t[l];return i.child};function Gt(t,e){let n=0,i=e.length;for(;n<i;){const r=Math.floor((n+i)/2);e[r]<t?n=r+1:i=r}return t+n}function Xt(t,e,n,i){this.options.captureMetaData||(i=void 0);const r=this.options.jPath?n.toString():n,s=this.options.updateTag(e.tagname,r,e[":@"]);!1===s||("string"==typeof s?(e.tagname=s,t.addChild(e,i)):t.addChild(e,i))}function Wt(t,e,n){const i=this.options.processEntities;if(!i||!i.enabled)return t;if(i.allowedTags){const r=this.options.jPath?n.toString():n;if(!(Array.isArray(i.allowedTags)?i.allowedTags.includes(e):i.allowedTags(e,r)))return t}if(i.tagFilter){const r=this.options.jPath?n.toString():n;if(!i.tagFilter(e,r))return t}return this.entityDecoder.decode(t)}function zt(t,e,n,i){return t&&(void 0===i&&(i=0===e.child.length),void 0!==(t=this.parseTextData(t,e.tagname,n,!1,!!e[":@"]&&0!==Object.keys(e[":@"]).length,i))&&""!==t&&e.add(this.options.textNodeName,t),t=""),t}function Yt(){return 0!==this.stopNodeExpressionsSet.size&&this.matcher.matchesAny(this.stopNodeExpressionsSet)}function Ht(t,e,n,i){const r=t.indexOf(e,n);if(-1===r)throw new Error(i);return r+e.length-1}function Qt(t,e,n,i){const r=t.indexOf(e,n);if(-1===r)throw new Error(i);return r}function Jt(t,e,n,i=">"){const r=function(t,e,n=">"){const i=t.length,r=n.charCodeAt(0),s=n.length>1?n.charCodeAt(1):-1;let o="",a=e;for(let n=e;n<i;n++){const e=t.charCodeAt(n);if(34===e||39===e){if(n=t.indexOf(t[n],n+1),-1===n)return}else if(e===r){if(-1===s)return o+=t.substring(a,n),{data:o,index:n};if(t.charCodeAt(n+1)===s)return o+=t.substring(a,n),{data:o,index:n}}else 9===e&&(o+=t.substring(a,n)+" ",a=n+1)}}(t,e+1,i);if(!r)return;let s=r.data;const o=r.index,a=s.search(/\s/);let l=s,c=!0;-1!==a&&(l=s.substring(0,a),s=s.substring(a+1).trimStart());const p=l;if(n){const t=l.indexOf(":");-1!==t&&(l=l.substr(t+1),c=l!==r.data.substr(t+1))}return{tagName:l,tagExp:s,closeIndex:o,attrExpPresent:c,rawTagName:p}}function Zt(t,e,n){const i=n;let r=1,s=!1,o=-1;const a=t.length;for(;n<a;n++)if("<"===t[n]){const a=t.charCodeAt(n+1);if(47===a){const s=Qt(t,">",n,`${e} is not closed`);if(t.substring(n+2,s).trim()===e&&(r--,0===r))return{tagContent:t.substring(i,n),i:s};n=s}else if(63===a)n=Ht(t,"?>",n+1,"StopNode is not closed.");else if(33===a&&45===t.charCodeAt(n+2)&&45===t.charCodeAt(n+3))n=Ht(t,"--\x3e",n+3,"StopNode is not closed.");else if(33===a&&91===t.charCodeAt(n+2))n=Ht(t,"]]>",n,"StopNode is not closed.")-2;else{const i=s?void 0:Jt(t,n,!1);if(i)i.tagName===e&&"/"!==i.tagExp[i.tagExp.length-1]&&r++,n=i.closeIndex;else{if(s=!0,o<n&&(o=t.indexOf(">",n),-1===o))return;const i=t.indexOf("<",n+1);if(-1===i||i>o){const i=t.substring(n+1,o),s=i.search(/\s/);(-1===s?i:i.substring(0,s))===e&&"/"!==i[i.length-1]&&r++,n=o}}}}}function Kt(t,e,n){if(e&&"string"==typeof t){const e=t.trim();return"true"===e||"false"!==e&&et(t,n)}return void 0!==t?t:""}function te(t,e,n,i){if(t){const i=t(e);n===e&&(n=i),e=i}return{tagName:e=ee(e,i),tagExp:n}}function ee(t,e){if(o.includes(t))throw new Error(`[SECURITY] Invalid name: "${t}" is a reserved JavaScript keyword that could cause prototype pollution`);return s.includes(t)?e.onDangerousProperty(t):t}const ne=C.getMetaDataSymbol();function ie(t,e){if(!t||"object"!=typeof t)return{};if(!e)return t;const n={};for(const i in t)i.startsWith(e)?n[i.substring(e.length)]=t[i]:n[i]=t[i];return n}function re(t,e,n,i){return se(t,e,n,i)}function se(t,e,n,i){let r;const s={};for(let o=0;o<t.length;o++){const a=t[o],l=oe(a);if(void 0!==l&&l!==e.textNodeName){const t=ie(a[":@"]||{},e.attributeNamePrefix);n.push(l,t)}if(l===e.textNodeName)void 0===r?r=a[l]:r+=""+a[l];else{if(void 0===l)continue;if(a[l]){let t=se(a[l],e,n,i);const r=le(t,e);if(0===Object.keys(t).length&&e.alwaysCreateTextNode&&(t[e.textNodeName]=""),a[":@"]?ae(t,a[":@"],i,e):1!==Object.keys(t).length||void 0===t[e.textNodeName]||e.alwaysCreateTextNode?0===Object.keys(t).length&&(e.alwaysCreateTextNode?t[e.textNodeName]="":t=""):t=t[e.textNodeName],void 0!==a[ne]&&"object"==typeof t&&null!==t&&(t[ne]=a[ne]),void 0!==s[l]&&Object.prototype.hasOwnProperty.call(s,l))Array.isArray(s[l])||(s[l]=[s[l]]),s[l].push(t);else{const n=e.jPath?i.toString():i;e.isArray(l,n,r)?s[l]=[t]:s[l]=t}void 0!==l&&l!==e.textNodeName&&n.pop()}}}return"string"==typeof r?r.length>0&&(s[e.textNodeName]=r):void 0!==r&&(s[e.textNodeName]=r),s}function oe(t){const e=Object.keys(t);for(let t=0;t<e.length;t++){const n=e[t];if(":@"!==n)return n}}function ae(t,e,n,i){if(e){const r=Object.keys(e),s=r.length;for(let o=0;o<s;o++){const s=r[o],a=s.startsWith(i.attributeNamePrefix)?s.substring(i.attributeNamePrefix.length):s,l=i.jPath?n.toString()+"."+a:n;i.isArray(s,l,!0,!0)?t[s]=[e[s]]:t[s]=e[s]}}}function le(t,e){const{textNodeName:n}=e,i=Object.keys(t).length;return 0===i||!(1!==i||!t[n]&&"boolean"!=typeof t[n]&&0!==t[n])}class ce{constructor(t){this.externalEntities={},this.options=T(t)}parse(t,e){if("string"!=typeof t&&t.toString)t=t instanceof Uint8Array&&("undefined"==typeof Buffer||!Buffer.isBuffer(t))?new TextDecoder("utf-8",{ignoreBOM:!0}).decode(t):t.toString();else if("string"!=typeof t)throw new Error("XML data is accepted in String or Bytes[] form.");if(e){!0===e&&(e={});const n=l(t,e);if(!0!==n)throw Error(`${n.err.msg}:${n.err.line}:${n.err.col}`)}const n=new Mt(this.options,this.externalEntities),i=n.parseXml(t);return this.options.preserveOrder||void 0===i?i:re(i,this.options,n.matcher,n.readonlyMatcher)}addEntity(t,e){if(-1!==e.indexOf("&"))throw new Error("Entity value can't have '&'");if(-1!==t.indexOf("&")||-1!==t.indexOf(";"))throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");if("&"===e)throw new Error("An entity with value '&' is not permitted");this.externalEntities[t]=e}static getMetaDataSymbol(){return C.getMetaDataSymbol()}}function pe(t){return"number"==typeof t&&Object.is(t,-0)?"-0":String(t)}function he(t){return pe(t).replace(/--/g,"- -").replace(/--/g,"- -").replace(/-$/,"- ")}function de(t){return pe(t).replace(/\]\]>/g,"]]]]><![CDATA[>")}function ue(t){return pe(t).replace(/"/g,"&quot;").replace(/'/g,"&apos;")}function fe(t,e,n,i,r){if(!n.sanitizeName)return t;const s=!e&&"?"===t[0],o=s?t.slice(1):t;if(r(o))return t;const a=n.sanitizeName(o,{isAttribute:e,matcher:i.readOnly()});if("string"!=typeof a||!r(a))throw new Error(`sanitizeName returned an invalid XML name for "${o}"`);return s?"?"+a:a}function ge(t,e){let n="";e.format&&(n="\n");const i=[];if(e.stopNodes&&Array.isArray(e.stopNodes))for(let t=0;t<e.stopNodes.length;t++){const n=e.stopNodes[t];"string"==typeof n?i.push(new ot(n)):n instanceof ot&&i.push(n)}const r=function(t,e){if(!Array.isArray(t)||0===t.length)return"1.0";const n=t[0];if("?xml"===Ne(n)){const t=n[":@"];if(t){const n=e.attributeNamePrefix+"version";if(t[n])return t[n]}}return"1.0"}(t,e),s=q("qName",{xmlVersion:r});return me(t,e,n,new st,i,s)}function me(t,e,n,i,r,s){let o="",a=!1;if(e.maxNestedTags&&i.getDepth()>e.maxNestedTags)throw new Error("Maximum nested tags exceeded");if(!Array.isArray(t)){if(null!=t){let n=pe(t);return n=ve(n,e),n}return""}for(let l=0;l<t.length;l++){const c=t[l],p=Ne(c);if(void 0===p)continue;const h=p===e.textNodeName||p===e.cdataPropName||p===e.commentPropName?p:fe(p,!1,e,i,s),d=xe(c[":@"],e);i.push(h,d);const u=we(i,r);if(h===e.textNodeName){let t=c[p];u||(t=e.tagValueProcessor(h,t),t=ve(t,e)),t=pe(t),a&&(o+=n),o+=t,a=!1,i.pop();continue}if(h===e.cdataPropName){a&&(o+=n),o+=`<![CDATA[${de(c[p][0][e.textNodeName])}]]>`,a=!1,i.pop();continue}if(h===e.commentPropName){o+=n+`\x3c!--${he(c[p][0][e.textNodeName])}--\x3e`,a=!0,i.pop();continue}if("?"===h[0]){o+=("?xml"===h?"":n)+`<${h}${Ee(c[":@"],e,u,i,s)}?>`,a=!0,i.pop();continue}let f=n;""!==f&&(f+=e.indentBy);const g=n+`<${h}${Ee(c[":@"],e,u,i,s)}`;let m;m=u?be(c[p],e,i.getDepth()):me(c[p],e,f,i,r,s),-1!==e.unpairedTags.indexOf(h)?e.suppressUnpairedNode?o+=g+">":o+=g+"/>":m&&0!==m.length||!e.suppressEmptyNode?m&&m.endsWith(">")?o+=g+`>${m}${n}</${h}>`:(o+=g+">",m&&""!==n&&(m.includes("/>")||m.includes("</"))?o+=n+e.indentBy+m+n:o+=m,o+=`</${h}>`):o+=g+"/>",a=!0,i.pop()}return o}function xe(t,e){if(!t||e.ignoreAttributes)return null;const n={};let i=!1;for(let r in t)Object.prototype.hasOwnProperty.call(t,r)&&(n[r.startsWith(e.attributeNamePrefix)?r.substr(e.attributeNamePrefix.length):r]=ue(t[r]),i=!0);return i?n:null}function be(t,e,n=0){if(e.maxNestedTags&&n>e.maxNestedTags)throw new Error("Maximum nested tags exceeded");if(!Array.isArray(t))return null!=t?pe(t):"";let i="";for(let r=0;r<t.length;r++){const s=t[r],o=Ne(s);if(o===e.textNodeName)i+=pe(s[o]);else if(o===e.cdataPropName)i+=s[o][0][e.textNodeName];else if(o===e.commentPropName)i+=s[o][0][e.textNodeName];else{if(o&&"?"===o[0])continue;if(o){const t=ye(s[":@"],e),r=be(s[o],e,n+1);r&&0!==r.length?i+=`<${o}${t}>${r}</${o}>`:i+=`<${o}${t}/>`}}}return i}function ye(t,e){let n="";if(t&&!e.ignoreAttributes)for(let i in t){if(!Object.prototype.hasOwnProperty.call(t,i))continue;let r=t[i];!0===r&&e.suppressBooleanAttributes?n+=` ${i.substr(e.attributeNamePrefix.length)}`:n+=` ${i.substr(e.attributeNamePrefix.length)}="${ue(r)}"`}return n}function Ne(t){const e=Object.keys(t);for(let n=0;n<e.length;n++){const i=e[n];if(Object.prototype.hasOwnProperty.call(t,i)&&":@"!==i)return i}}function Ee(t,e,n,i,r){let s="";if(t&&!e.ignoreAttributes)for(let o in t){if(!Object.prototype.hasOwnProperty.call(t,o))continue;const a=o.substr(e.attributeNamePrefix.length),l=n?a:fe(a,!0,e,i,r);let c;n?c=t[o]:(c=e.attributeValueProcessor(o,t[o]),c=ve(c,e)),!0===c&&e.suppressBooleanAttributes?s+=` ${l}`:s+=` ${l}="${ue(c)}"`}return s}function we(t,e){if(!e||0===e.length)return!1;for(let n=0;n<e.length;n++)if(t.matches(e[n]))return!0;return!1}function ve(t,e){if(t&&t.length>0&&e.processEntities)for(let n=0;n<e.entities.length;n++){const i=e.entities[n];t=t.replace(i.regex,i.val)}return t}const Se={attributeNamePrefix:"@_",attributesGroupName:!1,textNodeName:"#text",ignoreAttributes:!0,cdataPropName:!1,format:!1,indentBy:"  ",suppressEmptyNode:!1,suppressUnpairedNode:!0,suppressBooleanAttributes:!0,tagValueProcessor:function(t,e){return e},attributeValueProcessor:function(t,e){return e},preserveOrder:!1,commentPropName:!1,unpairedTags:[],entities:[{regex:new RegExp("&","g"),val:"&amp;"},{regex:new RegExp(">","g"),val:"&gt;"},{regex:new RegExp("<","g"),val:"&lt;"},{regex:new RegExp("'","g"),val:"&apos;"},{regex:new RegExp('"',"g"),val:"&quot;"}],processEntities:!0,stopNodes:[],oneListGroup:!1,maxNestedTags:100,jPath:!0,sanitizeName:!1};function Ae(t){if(this.options=Object.assign({},Se,t),this.options.stopNodes&&Array.isArray(this.options.stopNodes)&&(this.options.stopNodes=this.options.stopNodes.map(t=>"string"==typeof t&&t.startsWith("*.")?".."+t.substring(2):t)),this.stopNodeExpressions=[],this.options.stopNodes&&Array.isArray(this.options.stopNodes))for(let t=0;t<this.options.stopNodes.length;t++){const e=this.options.stopNodes[t];"string"==typeof e?this.stopNodeExpressions.push(new ot(e)):e instanceof ot&&this.stopNodeExpressions.push(e)}var e;!0===this.options.ignoreAttributes||this.options.attributesGroupName?this.isAttribute=function(){return!1}:(this.ignoreAttributesFn="function"==typeof(e=this.options.ignoreAttributes)?e:Array.isArray(e)?t=>{for(const n of e){if("string"==typeof n&&t===n)return!0;if(n instanceof RegExp&&n.test(t))return!0}}:()=>!1,this.attrPrefixLen=this.options.attributeNamePrefix.length,this.isAttribute=Ce),this.processTextOrObjNode=Te,this.options.format?(this.indentate=_e,this.tagEndChar=">\n",this.newLine="\n"):(this.indentate=function(){return""},this.tagEndChar=">",this.newLine="")}function Te(t,e,n,i,r){const s=this.extractAttributes(t);if(i.push(e,s),this.checkStopNode(i)){const r=this.buildRawContent(t,i.getDepth()),s=this.buildAttributesForStopNode(t);return i.pop(),this.buildObjectNode(r,e,s,n)}const o=this.j2x(t,n+1,i,r);return i.pop(),"?"===e[0]?this.buildTextValNode("",e,o.attrStr,n,i):void 0!==t[this.options.textNodeName]&&1===Object.keys(t).length?this.buildTextValNode(t[this.options.textNodeName],e,o.attrStr,n,i):this.buildObjectNode(o.val,e,o.attrStr,n)}function _e(t){return this.options.indentBy.repeat(t)}function Ce(t){return!(!t.startsWith(this.options.attributeNamePrefix)||t===this.options.textNodeName)&&t.substr(this.attrPrefixLen)}Ae.prototype.build=function(t){if(this.options.preserveOrder)return ge(t,this.options);{Array.isArray(t)&&this.options.arrayNodeName&&this.options.arrayNodeName.length>1&&(t={[this.options.arrayNodeName]:t});const e=new st,n=function(t,e){const n=t["?xml"];if(n&&"object"==typeof n){if(e.attributesGroupName&&n[e.attributesGroupName]){const t=n[e.attributesGroupName][e.attributeNamePrefix+"version"];if(t)return t}const t=n[e.attributeNamePrefix+"version"];if(t)return t}return"1.0"}(t,this.options),i=q("qName",{xmlVersion:n});return this.j2x(t,0,e,i).val}},Ae.prototype.j2x=function(t,e,n,i){let r="",s="";if(this.options.maxNestedTags&&n.getDepth()>=this.options.maxNestedTags)throw new Error("Maximum nested tags exceeded");const o=this.options.jPath?n.toString():n,a=this.checkStopNode(n);for(let l in t){if(!Object.prototype.hasOwnProperty.call(t,l))continue;const c=l===this.options.textNodeName||l===this.options.cdataPropName||l===this.options.commentPropName||this.options.attributesGroupName&&l===this.options.attributesGroupName||this.isAttribute(l)?l:fe(l,!1,this.options,n,i);if(void 0===t[l])this.isAttribute(l)&&(s+="");else if(null===t[l])this.isAttribute(l)||c===this.options.cdataPropName||c===this.options.commentPropName?s+="":"?"===c[0]?s+=this.indentate(e)+"<"+c+"?"+this.tagEndChar:s+=this.indentate(e)+"<"+c+"/"+this.tagEndChar;else if(t[l]instanceof Date)s+=this.buildTextValNode(t[l],c,"",e,n);else if("object"!=typeof t[l]){const p=this.isAttribute(l);if(p&&!this.ignoreAttributesFn(p,o)){const e=fe(p,!0,this.options,n,i);r+=this.buildAttrPairStr(e,pe(t[l]),a)}else if(!p)if(l===this.options.textNodeName){let e=this.options.tagValueProcessor(l,pe(t[l]));s+=this.replaceEntitiesValue(e)}else{n.push(c);const i=this.checkStopNode(n);if(n.pop(),i){const n=pe(t[l]);s+=""===n?this.indentate(e)+"<"+c+this.closeTag(c)+this.tagEndChar:this.indentate(e)+"<"+c+">"+n+"</"+c+this.tagEndChar}else s+=this.buildTextValNode(t[l],c,"",e,n)}}else if(Array.isArray(t[l])){const r=t[l].length;let o="",a="";for(let p=0;p<r;p++){const r=t[l][p];if(void 0===r);else if(null===r)"?"===c[0]?s+=this.indentate(e)+"<"+c+"?"+this.tagEndChar:s+=this.indentate(e)+"<"+c+"/"+this.tagEndChar;else if("object"==typeof r)if(this.options.oneListGroup){n.push(c);const t=this.j2x(r,e+1,n,i);n.pop(),o+=t.val,this.options.attributesGroupName&&r.hasOwnProperty(this.options.attributesGroupName)&&(a+=t.attrStr)}else o+=this.processTextOrObjNode(r,c,e,n,i);else if(this.options.oneListGroup){let t=this.options.tagValueProcessor(c,r);t=this.replaceEntitiesValue(t),t=pe(t),o+=t}else{n.push(c);const t=this.checkStopNode(n);if(n.pop(),t){const t=pe(r);o+=""===t?this.indentate(e)+"<"+c+this.closeTag(c)+this.tagEndChar:this.indentate(e)+"<"+c+">"+t+"</"+c+this.tagEndChar}else o+=this.buildTextValNode(r,c,"",e,n)}}this.options.oneListGroup&&(o=this.buildObjectNode(o,c,a,e)),s+=o}else if(this.options.attributesGroupName&&l===this.options.attributesGroupName){const e=Object.keys(t[l]),s=e.length;for(let o=0;o<s;o++){const s=fe(e[o],!0,this.options,n,i);r+=this.buildAttrPairStr(s,pe(t[l][e[o]]),a)}}else s+=this.processTextOrObjNode(t[l],c,e,n,i)}return{attrStr:r,val:s}},Ae.prototype.buildAttrPairStr=function(t,e,n){return n||(e=this.options.attributeValueProcessor(t,pe(e)),e=this.replaceEntitiesValue(e)),this.options.suppressBooleanAttributes&&"true"===e?" "+t:" "+t+'="'+ue(e)+'"'},Ae.prototype.extractAttributes=function(t){if(!t||"object"!=typeof t)return null;const e={};let n=!1;if(this.options.attributesGroupName&&t[this.options.attributesGroupName]){const i=t[this.options.attributesGroupName];for(let t in i)Object.prototype.hasOwnProperty.call(i,t)&&(e[t.startsWith(this.options.attributeNamePrefix)?t.substring(this.options.attributeNamePrefix.length):t]=ue(i[t]),n=!0)}else for(let i in t){if(!Object.prototype.hasOwnProperty.call(t,i))continue;const r=this.isAttribute(i);r&&(e[r]=ue(t[i]),n=!0)}return n?e:null},Ae.prototype.buildRawContent=function(t,e=0){if(this.options.maxNestedTags&&e>=this.options.maxNestedTags)throw new Error("Maximum nested tags exceeded");if("string"==typeof t)return t;if("object"!=typeof t||null===t)return String(t);if(void 0!==t[this.options.textNodeName])return t[this.options.textNodeName];let n="";for(let i in t){if(!Object.prototype.hasOwnProperty.call(t,i))continue;if(this.isAttribute(i))continue;if(this.options.attributesGroupName&&i===this.options.attributesGroupName)continue;const r=t[i];if(i===this.options.textNodeName)n+=r;else if(Array.isArray(r)){for(let t of r)if("string"==typeof t||"number"==typeof t)n+=`<${i}>${t}</${i}>`;else if("object"==typeof t&&null!==t){const r=this.buildRawContent(t,e+1),s=this.buildAttributesForStopNode(t);n+=""===r?`<${i}${s}/>`:`<${i}${s}>${r}</${i}>`}}else if("object"==typeof r&&null!==r){const t=this.buildRawContent(r,e+1),s=this.buildAttributesForStopNode(r);n+=""===t?`<${i}${s}/>`:`<${i}${s}>${t}</${i}>`}else n+=`<${i}>${r}</${i}>`}return n},Ae.prototype.buildAttributesForStopNode=function(t){if(!t||"object"!=typeof t)return"";let e="";if(this.options.attributesGroupName&&t[this.options.attributesGroupName]){const n=t[this.options.attributesGroupName];for(let t in n){if(!Object.prototype.hasOwnProperty.call(n,t))continue;const i=t.startsWith(this.options.attributeNamePrefix)?t.substring(this.options.attributeNamePrefix.length):t,r=n[t];!0===r&&this.options.suppressBooleanAttributes?e+=" "+i:e+=" "+i+'="'+ue(r)+'"'}}else for(let n in t){if(!Object.prototype.hasOwnProperty.call(t,n))continue;const i=this.isAttribute(n);if(i){const r=t[n];!0===r&&this.options.suppressBooleanAttributes?e+=" "+i:e+=" "+i+'="'+ue(r)+'"'}}return e},Ae.prototype.buildObjectNode=function(t,e,n,i){if(""===t)return"?"===e[0]?this.indentate(i)+"<"+e+n+"?"+this.tagEndChar:this.indentate(i)+"<"+e+n+this.closeTag(e)+this.tagEndChar;if("?"===e[0])return this.indentate(i)+"<"+e+n+"?"+this.tagEndChar;{let r="</"+e+this.tagEndChar,s="";return"?"===e[0]&&(s="?",r=""),!n&&""!==n||-1!==t.indexOf("<")?!1!==this.options.commentPropName&&e===this.options.commentPropName&&0===s.length?this.indentate(i)+`\x3c!--${he(t)}--\x3e`+this.newLine:this.indentate(i)+"<"+e+n+s+this.tagEndChar+t+this.indentate(i)+r:this.indentate(i)+"<"+e+n+s+">"+t+r}},Ae.prototype.closeTag=function(t){let e="";return-1!==this.options.unpairedTags.indexOf(t)?this.options.suppressUnpairedNode||(e="/"):e=this.options.suppressEmptyNode?"/":`></${t}`,e},Ae.prototype.checkStopNode=function(t){if(!this.stopNodeExpressions||0===this.stopNodeExpressions.length)return!1;for(let e=0;e<this.stopNodeExpressions.length;e++)if(t.matches(this.stopNodeExpressions[e]))return!0;return!1},Ae.prototype.buildTextValNode=function(t,e,n,i,r){if(!1!==this.options.cdataPropName&&e===this.options.cdataPropName){const e=de(t);return this.indentate(i)+`<![CDATA[${e}]]>`+this.newLine}if(!1!==this.options.commentPropName&&e===this.options.commentPropName){const e=he(t);return this.indentate(i)+`\x3c!--${e}--\x3e`+this.newLine}if("?"===e[0])return this.indentate(i)+"<"+e+n+"?"+this.tagEndChar;{let r=this.options.tagValueProcessor(e,t);return r=this.replaceEntitiesValue(r),r=pe(r),""===r?this.indentate(i)+"<"+e+n+this.closeTag(e)+this.tagEndChar:this.indentate(i)+"<"+e+n+">"+r+"</"+e+this.tagEndChar}},Ae.prototype.replaceEntitiesValue=function(t){if(t&&t.length>0&&this.options.processEntities)for(let e=0;e<this.options.entities.length;e++){const n=this.options.entities[e];t=t.replace(n.regex,n.val)}return t};const $e=Ae,Oe={validate:l};module.exports=e})();

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";
var exports = __webpack_exports__;

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS entry (task-lib must be required at run time) */
// The Azure DevOps task (contract §5): the inputs of the action in camelCase, read with task-lib, the same option
// parser and pipeline, outputs as output variables (camelCase), the summary as a build summary section, and one
// catch → setResult(Failed). Bundled with ncc; azure-pipelines-task-lib stays external, so MockTestRunner can
// swap it in tests.
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs = __nccwpck_require__(3024);
const path = __nccwpck_require__(6760);
const tl = __nccwpck_require__(7444);
const runFolders = __nccwpck_require__(4817);
const summaryTitle = __nccwpck_require__(8907);
const errors = __nccwpck_require__(4296);
const defaultSteps = __nccwpck_require__(7845);
const pipeline = __nccwpck_require__(1963);
const optionsModule = __nccwpck_require__(4920);
const summary = __nccwpck_require__(6174);
const types = __nccwpck_require__(1839);
const nodePorts = __nccwpck_require__(2639);
const version = __nccwpck_require__(311);
const reporterModule = __nccwpck_require__(4747);
const toolCache = __nccwpck_require__(9911);
/** `app-pool` → `appPool`, `msdeploy-password` → `msdeployPassword` (contract §5). */
function camel(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/**
 * Reads an input. task-lib prints every value it reads as a debug line (`##vso[task.debug]name=value`), before we
 * could register it as a secret: for the secret inputs that line is rewritten with the value masked.
 */
function readInput(name) {
    const key = camel(name);
    if (!optionsModule.SECRET_INPUTS.includes(name))
        return tl.getInput(key, false);
    const write = process.stdout.write.bind(process.stdout);
    const prefix = `##vso[task.debug]${key}=`;
    process.stdout.write = ((chunk, ...rest) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const masked = text
            .split('\n')
            .map((line) => (line.startsWith(prefix) ? `${prefix}***` : line))
            .join('\n');
        return write(masked, ...rest);
    });
    try {
        return tl.getInput(key, false);
    }
    finally {
        process.stdout.write = write;
    }
}
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    };
}
async function run() {
    const env = process.env;
    const workspace = env.SYSTEM_DEFAULTWORKINGDIRECTORY || env.BUILD_SOURCESDIRECTORY || process.cwd();
    const reporter = new reporterModule.AdoReporter(tl, workspace);
    const signals = abortOnSignals();
    const folders = toolCache.agentFolders(env);
    try {
        const options = optionsModule.parseDeployOptions(readInput, {
            workspace,
            runNumber: env.BUILD_BUILDID,
            runAttempt: env.SYSTEM_JOBATTEMPT,
            env: runFolders.withRunTempDirectory(env),
            platform: process.platform,
            reporter
        });
        const result = await pipeline.deploy(options, nodePorts.createNodePorts({
            reporter,
            toolCache: new toolCache.AgentToolCache(folders),
            env,
            signal: signals.signal
        }), { steps: defaultSteps.createDefaultSteps() });
        for (const name of types.OUTPUT_NAMES)
            tl.setVariable(camel(name), reporter.mask(result.outputs[name]), false, true);
        try {
            const file = path.join(folders.temp, `iis-deploy-summary-${process.pid}.md`);
            fs.mkdirSync(folders.temp, { recursive: true });
            fs.writeFileSync(file, summary.renderSummary(result, {
                title: summaryTitle.summaryTitle(options),
                version: version.VERSION,
                mask: (t) => reporter.mask(t)
            }));
            tl.uploadSummary(file);
        }
        catch (error) {
            reporter.warning(`Could not write the summary: ${errors.errorMessage(error)}`);
        }
        if (result.error)
            tl.setResult(tl.TaskResult.Failed, reporter.mask(result.error.message));
        else
            tl.setResult(tl.TaskResult.Succeeded, reporter.mask(result.serverState));
    }
    catch (error) {
        if (error instanceof errors.InputErrors) {
            for (const problem of error.errors)
                reporter.error(problem.message);
            tl.setResult(tl.TaskResult.Failed, reporter.mask(`${error.errors.length} input problem(s); nothing was changed.`));
        }
        else
            tl.setResult(tl.TaskResult.Failed, reporter.mask(errors.errorMessage(error)));
    }
    finally {
        signals.dispose();
    }
}
void run();

})();

module.exports = __webpack_exports__;
/******/ })()
;