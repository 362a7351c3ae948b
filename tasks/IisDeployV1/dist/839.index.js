"use strict";
exports.id = 839;
exports.ids = [839];
exports.modules = {

/***/ 839:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The hosting-bundle step: installs or repairs the .NET Hosting Bundle the app needs (a dry run plans it).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installHostingBundle = installHostingBundle;
const install_js_1 = __webpack_require__(1206);
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

/***/ 3314:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


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
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const reg_query_js_1 = __webpack_require__(9534);
const runtime_config_js_1 = __webpack_require__(9316);
const version_js_1 = __webpack_require__(7369);
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

/***/ 1206:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


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
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const tools_js_1 = __webpack_require__(3672);
const detect_js_1 = __webpack_require__(3314);
const inputs_js_1 = __webpack_require__(104);
const installer_js_1 = __webpack_require__(9093);
const resolve_js_1 = __webpack_require__(273);
const restart_js_1 = __webpack_require__(8534);
const runtime_config_js_1 = __webpack_require__(9316);
const version_js_1 = __webpack_require__(7369);
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
        const cachedDir = await toolCache.find(exports.HOSTING_BUNDLE_TOOL, target.version);
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
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


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
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
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

/***/ 273:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
const errors_js_1 = __webpack_require__(4296);
const inputs_js_1 = __webpack_require__(104);
const version_js_1 = __webpack_require__(7369);
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Restarts IIS the way the Hosting Bundle docs say (windows-facts §1.4): `net stop was /y` (WAS and everything that
// depends on it, W3SVC included), then `net start w3svc` (which starts WAS again). Worker processes then see the new
// PATH and module. This restarts every site on the server.
// net.exe texts are localized but the `NET HELPMSG <n>` and `System error <n>` numbers are not: decide from those,
// then from the English success lines, then from the exit code (0 success, 2 failure).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NET_ALREADY_STARTED = exports.NET_NOT_STARTED = void 0;
exports.parseNetOutput = parseNetOutput;
exports.restartIis = restartIis;
const errors_js_1 = __webpack_require__(4296);
/** NET HELPMSG 3521: "The ... service is not started." */
exports.NET_NOT_STARTED = 3521;
/** NET HELPMSG 2182: "The requested service has already been started." */
exports.NET_ALREADY_STARTED = 2182;
/**
 * `System error 5 has occurred.` and its translations (docs/windows-locale.md, net.exe): German `Systemfehler 5
 * aufgetreten.`, French `L'erreur système 5 s'est produite.`, Chinese `发生系统错误 5。`; the number is the Win32 code.
 */
// Non-ASCII letters as \u escapes (scripts/ascii-bundle.mjs): è, and 系统错误 (Chinese, "system error").
const SYSTEM_ERROR = /(?:System error|Systemfehler|erreur syst[e\u00e8]me|\u7cfb\u7edf\u9519\u8bef)\s*(\d+)/i;
/** Reads `net stop|start <service>` output. */
function parseNetOutput(result, verb) {
    const text = `${result.stdout}\n${result.stderr}`;
    const helpmsg = Number(/NET HELPMSG (\d+)/i.exec(text)?.[1]) || undefined;
    const systemError = Number(SYSTEM_ERROR.exec(text)?.[1]) || undefined;
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
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


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
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const version_js_1 = __webpack_require__(7369);
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


/***/ })

};
;