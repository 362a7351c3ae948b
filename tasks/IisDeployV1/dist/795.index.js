"use strict";
exports.id = 795;
exports.ids = [795];
exports.modules = {

/***/ 5795:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// After a failed start or health check, before the rollback changes anything: collect the evidence on the server
// (the answer to the health URL, the module's and the runtime's events, the WAS events, the stdout log, the
// HTTP.sys error log, the active checks) and explain it (src/steps/diagnosis, docs/diagnosis.md). Reads only;
// never throws: a diagnosis that cannot be made must not hide the failure it explains.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diagnoseFailure = diagnoseFailure;
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const active_checks_js_1 = __webpack_require__(8109);
const diagnose_js_1 = __webpack_require__(7193);
const error_page_js_1 = __webpack_require__(5867);
const event_xml_js_1 = __webpack_require__(9053);
const diagnose_js_2 = __webpack_require__(7193);
const loopback_js_1 = __webpack_require__(2436);
const logs_js_1 = __webpack_require__(5450);
const wevtutil_js_1 = __webpack_require__(3487);
const runtime_config_js_1 = __webpack_require__(9316);
const detect_js_1 = __webpack_require__(3314);
const appcmd_js_1 = __webpack_require__(8862);
const shared_js_1 = __webpack_require__(3933);
function readText(file) {
    try {
        return node_fs_1.default.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** One GET, keeping what the health check throws away: headers and the whole body. */
async function get(ctx, url, host, allowUntrusted) {
    try {
        const response = await ctx.ports.http.get(url, {
            headers: host ? { host } : undefined,
            allowUntrusted,
            timeoutMs: 15_000
        });
        return (0, error_page_js_1.parseErrorPage)(response);
    }
    catch (error) {
        return (0, error_page_js_1.parseErrorPage)({ transportError: (0, errors_js_1.errorMessage)(error) });
    }
}
function describeAnswer(page) {
    if (page.responder === 'none')
        return page.transportError ?? 'no answer';
    return `HTTP ${page.code ?? page.status} from ${(0, diagnose_js_2.responderName)(page.responder)}`;
}
/**
 * The health URL, and through loopback when it names another host and the deploy runs on the IIS server: IIS shows
 * its detailed error page only to local requests (docs/diagnosis.md "Loopback probe"). The loopback answer is the
 * evidence when there is one; `evidence.probes` says which URL answered (only for a remote URL: a local one is the
 * only URL asked).
 */
async function probe(ctx, target, evidence) {
    const o = ctx.options;
    if (!o.healthCheckUrl)
        return;
    const page = await get(ctx, o.healthCheckUrl, o.healthCheckHost, o.allowUntrusted);
    evidence.page = page;
    const machine = [node_os_1.default.hostname(), ctx.ports.env.COMPUTERNAME ?? ''];
    const loopback = (0, loopback_js_1.loopbackProbeFor)(o.healthCheckUrl, o.healthCheckHost, machine);
    const first = `${o.healthCheckUrl}: ${describeAnswer(page)}`;
    // A local health URL already gets the detailed page: the answer needs no "Asked" list.
    if (!loopback)
        return;
    if (target.kind !== 'local-iis') {
        evidence.probes.push(`${first} (this answer is the evidence)`, `loopback probe not possible: the app runs on another server (${target.kind === 'remote' ? 'Web Deploy' : target.kind}), and IIS shows its detailed error page only to requests made on that server`);
        return;
    }
    // The certificate names the public host, not localhost: a loopback request cannot be intercepted.
    const local = await get(ctx, loopback.url, loopback.host, true);
    const second = `${loopback.url} (Host: ${loopback.host}): ${describeAnswer(local)}`;
    if (local.responder === 'none') {
        evidence.probes.push(`${first} (this answer is the evidence)`, second);
        return;
    }
    evidence.page = local;
    evidence.probes.push(first, `${second} (this answer is the evidence: IIS answers local requests in detail)`);
}
/** The module's events of the worker that failed (the newest error's pid), and every other provider's. */
function keyToWorker(events) {
    const newestError = events.find((e) => e.provider === wevtutil_js_1.ANCM_PROVIDER && (e.level ?? 2) <= 3 && (0, event_xml_js_1.processIdOf)(e));
    const pid = newestError ? (0, event_xml_js_1.processIdOf)(newestError) : undefined;
    if (pid === undefined)
        return events;
    return events.filter((e) => e.provider !== wevtutil_js_1.ANCM_PROVIDER || (0, event_xml_js_1.processIdOf)(e) === undefined || (0, event_xml_js_1.processIdOf)(e) === pid);
}
async function readEvents(ctx, since, evidence) {
    let wevtutil;
    try {
        wevtutil = await ctx.tools.resolve('wevtutil');
    }
    catch (error) {
        evidence.unreadable.push(`event logs: ${(0, errors_js_1.errorMessage)(error)}`);
        return;
    }
    const withinMs = ctx.ports.clock.now() - since + 60_000;
    const reads = await Promise.all([
        (0, wevtutil_js_1.queryEvents)(ctx.ports.runner, wevtutil, {
            log: 'Application',
            providers: [wevtutil_js_1.ANCM_PROVIDER, wevtutil_js_1.DOTNET_RUNTIME_PROVIDER, wevtutil_js_1.APPLICATION_ERROR_PROVIDER],
            withinMs,
            count: 50
        }),
        (0, wevtutil_js_1.queryEvents)(ctx.ports.runner, wevtutil, {
            log: 'System',
            providers: [wevtutil_js_1.WAS_PROVIDER],
            eventIds: wevtutil_js_1.WAS_EVENT_IDS,
            withinMs,
            count: 50
        })
    ]);
    for (const read of reads) {
        if (read.ok)
            evidence.events.push(...read.events);
        else
            evidence.unreadable.push(read.reason);
    }
    evidence.events = keyToWorker(evidence.events);
}
function readStdoutLog(root, since, evidence) {
    const webConfig = readText(node_path_1.default.join(root, 'web.config'));
    const settings = webConfig ? (0, logs_js_1.readStdoutLogSettings)(webConfig) : undefined;
    if (!settings?.enabled)
        return;
    const file = (0, logs_js_1.findNewestStdoutLog)(root, settings.prefix, since);
    if (!file) {
        evidence.unreadable.push(`stdout log: stdoutLogEnabled is true but no ${settings.prefix}_*.log was written since the deploy began`);
        return;
    }
    evidence.stdoutLog = { file, lines: (0, logs_js_1.lastLines)(readText(file) ?? '', 30) };
}
function readHttpErr(ctx, since, evidence) {
    const systemRoot = ctx.ports.env.SystemRoot ?? ctx.ports.env.windir;
    if (!systemRoot) {
        evidence.unreadable.push('HTTP.sys error log: %SystemRoot% is not set');
        return;
    }
    const p = ctx.ports.platform === 'win32' ? node_path_1.default.win32 : node_path_1.default;
    const dir = p.join(systemRoot, 'System32', 'LogFiles', 'HTTPERR');
    let names;
    try {
        names = node_fs_1.default.readdirSync(dir).filter((n) => /^httperr\d*\.log$/i.test(n));
    }
    catch (error) {
        const code = error.code;
        evidence.unreadable.push(code === 'EACCES' || code === 'EPERM'
            ? `HTTP.sys error log ${dir}: access denied; only administrators may read it (run the deploy elevated)`
            : `HTTP.sys error log ${dir}: absent (${code ?? (0, errors_js_1.errorMessage)(error)})`);
        return;
    }
    const newest = names
        .map((n) => ({ file: p.join(dir, n), mtime: node_fs_1.default.statSync(p.join(dir, n)).mtimeMs }))
        .sort((a, b) => b.mtime - a.mtime)[0];
    if (!newest)
        return;
    evidence.httpErr = (0, logs_js_1.httpErrSince)((0, logs_js_1.parseHttpErrLog)(readText(newest.file) ?? ''), since, evidence.appPool).slice(-5);
}
/** The facts the active checks decide on; each read that fails just leaves its fact out. */
async function gatherCheckFacts(ctx, input, page) {
    const { target, app } = input;
    // The start-up time only matters when the health check ran out of patience: nothing answered in time, or the
    // app answers now, after the check gave up.
    const impatient = page?.responder === 'none' ||
        (page?.status !== undefined && ctx.options.healthCheckStatus.includes(page.status));
    const facts = {
        pool: target.appPool,
        healthTimeoutMs: ctx.options.healthCheckUrl && impatient ? ctx.options.healthCheckTimeoutMs : undefined
    };
    const root = target.physicalPath;
    const webConfig = root ? readText(node_path_1.default.join(root, 'web.config')) : undefined;
    if (webConfig) {
        facts.startupTimeLimitSec = (0, logs_js_1.readStartupTimeLimit)(webConfig);
        const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig)?.[0] ?? '';
        facts.hostingModel = /hostingModel\s*=\s*["']outofprocess["']/i.test(tag) ? 'outofprocess' : 'inprocess';
        const main = /arguments\s*=\s*["']\s*(?:"?\.?[\\/])?([^"'\s\\/]+)\.dll/i.exec(tag)?.[1] ??
            /processPath\s*=\s*["'](?:\.[\\/])?([^"'\\/]+)\.exe["']/i.exec(tag)?.[1];
        if (main && root) {
            facts.appDir = root;
            facts.appName = main;
            const exe = (0, active_checks_js_1.readHead)(node_path_1.default.join(root, `${main}.exe`));
            if (exe)
                facts.appBitness = (0, active_checks_js_1.peBitness)(exe);
        }
    }
    try {
        facts.need = (0, runtime_config_js_1.readAppFrameworkNeed)(app?.dir ?? root ?? '', facts.appName);
    }
    catch {
        // no runtimeconfig.json: nothing to compare
    }
    if (facts.need?.kind === 'framework-dependent') {
        try {
            const found = await (0, detect_js_1.detectHostingBundle)({
                runner: ctx.ports.runner,
                env: ctx.ports.env,
                platform: ctx.ports.platform,
                tools: ctx.tools
            });
            // Nothing at all found (no module, no runtime) says more about the detection than about the server.
            if (found.ancm.present || found.aspNetCore.length > 0)
                facts.installedAspNetCore = found.aspNetCore.map((f) => f.version);
        }
        catch {
            // detection failed: the runtime check is left out
        }
    }
    if (target.appPool && target.kind === 'local-iis') {
        try {
            const appcmd = await (0, shared_js_1.resolveAppcmd)(ctx);
            const pool = await appcmd.run((0, appcmd_js_1.buildListArgs)('apppool', target.appPool, { text: 'enable32BitAppOnWin64' }), { accept: [1] });
            const value = (0, appcmd_js_1.parseTextValues)(pool.stdout)[0];
            if (value !== undefined)
                facts.pool32Bit = /^true$/i.test(value);
            const apps = await appcmd.run((0, appcmd_js_1.buildListArgs)('app', undefined, { filters: { 'apppool.name': target.appPool } }), { accept: [1168, 1] });
            const mine = `${target.site ?? ''}${target.application === '/' ? '/' : target.application}`.toLowerCase();
            const others = (0, appcmd_js_1.parseObjectLines)(apps.stdout).filter((o) => o.type === 'APP' && o.id.toLowerCase() !== mine);
            facts.otherInProcessApps = [];
            for (const other of others) {
                const slash = other.id.indexOf('/');
                const vdir = await appcmd.run((0, appcmd_js_1.buildListArgs)('vdir', (0, appcmd_js_1.rootVdirIdentifier)(other.id.slice(0, slash), other.id.slice(slash)), {
                    text: 'physicalPath'
                }), { accept: [1168, 1] });
                const dir = (0, appcmd_js_1.parseTextValues)(vdir.stdout)[0];
                const config = dir ? readText(node_path_1.default.join(dir, 'web.config')) : undefined;
                const tag = config ? /<aspNetCore\b[^>]*>/i.exec(config)?.[0] : undefined;
                if (tag && !/hostingModel\s*=\s*["']outofprocess["']/i.test(tag))
                    facts.otherInProcessApps.push(other.id);
            }
        }
        catch (error) {
            ctx.reporter.debug(`diagnosis: reading the pool failed: ${(0, errors_js_1.errorMessage)(error)}`);
        }
    }
    return facts;
}
/** Collects and explains; logs the "Why it failed" block. Undefined only when `diagnose: false` or a dry run. */
async function diagnoseFailure(ctx, input) {
    if (!ctx.options.diagnose || ctx.dryRun)
        return undefined;
    const evidence = {
        events: [],
        httpErr: [],
        checks: [],
        unreadable: [],
        probes: [],
        appPool: input.target.appPool
    };
    try {
        await probe(ctx, input.target, evidence);
        if (input.target.kind === 'local-iis') {
            await readEvents(ctx, input.since, evidence);
            if (input.target.physicalPath)
                readStdoutLog(input.target.physicalPath, input.since, evidence);
            if (evidence.page?.status === 503 && evidence.page.responder === 'http.sys')
                readHttpErr(ctx, input.since, evidence);
            evidence.checks = (0, active_checks_js_1.runActiveChecks)(await gatherCheckFacts(ctx, input, evidence.page));
        }
        else
            evidence.unreadable.push(`event logs: the target is ${input.target.kind}, not this machine's IIS`);
    }
    catch (error) {
        evidence.unreadable.push(`diagnosis stopped early: ${(0, errors_js_1.errorMessage)(error)}`);
    }
    const diagnosis = (0, diagnose_js_1.diagnose)(evidence, (text) => ctx.reporter.mask(text));
    for (const line of (0, diagnose_js_1.renderDiagnosis)(diagnosis, 'text'))
        ctx.reporter.info(line);
    return diagnosis;
}


/***/ }),

/***/ 8109:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Checks that need no error page (diagnosis §6): what the server has against what the app
// needs. Pure: the pipeline step gathers the facts (runtimeconfig.json, installed runtimes, the pool's settings and
// its other apps, web.config) and these decide.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.peBitness = peBitness;
exports.readHead = readHead;
exports.runActiveChecks = runActiveChecks;
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
const detect_js_1 = __webpack_require__(3314);
/** PE machine type of a Windows image: 0x14c x86, 0x8664 x64, 0xaa64 arm64 (PE/COFF header). */
function peBitness(bytes) {
    if (bytes.length < 64 || bytes.toString('latin1', 0, 2) !== 'MZ')
        return undefined;
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 > bytes.length || bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0')
        return undefined;
    const machine = bytes.readUInt16LE(pe + 4);
    if (machine === 0x14c)
        return 32;
    if (machine === 0x8664 || machine === 0xaa64)
        return 64;
    return undefined;
}
/** The first 4 KB of a file, or undefined. */
function readHead(file) {
    try {
        const fd = node_fs_1.default.openSync(file, 'r');
        try {
            const buffer = Buffer.alloc(4096);
            const read = node_fs_1.default.readSync(fd, buffer, 0, buffer.length, 0);
            return buffer.subarray(0, read);
        }
        finally {
            node_fs_1.default.closeSync(fd);
        }
    }
    catch {
        return undefined;
    }
}
function exists(dir, name) {
    try {
        return node_fs_1.default.readdirSync(dir).some((n) => n.toLowerCase() === name.toLowerCase());
    }
    catch {
        return false;
    }
}
function runActiveChecks(f) {
    const findings = [];
    if (f.need?.kind === 'framework-dependent' && f.installedAspNetCore) {
        // Roll-forward goes to the newest patch of the same major.minor (the default policy).
        const wanted = { kind: 'minimum', channel: f.need.channel, minimum: f.need.version };
        if (!(0, detect_js_1.findSatisfying)(f.installedAspNetCore, wanted)) {
            const installed = f.installedAspNetCore.map((v) => v.replace(/^(\d+\.\d+)\..*$/, '$1.x'));
            findings.push({
                check: 'runtime',
                message: `the app needs Microsoft.AspNetCore.App ${f.need.channel}.x and the server has ${[...new Set(installed)].join(', ') || 'none'}`,
                facts: {
                    framework: 'Microsoft.AspNetCore.App',
                    needs: `${f.need.channel}.x`,
                    installed: [...new Set(installed)].join(', ')
                }
            });
        }
    }
    if (f.appBitness !== undefined && f.pool32Bit !== undefined && (f.appBitness === 32) !== f.pool32Bit) {
        findings.push({
            check: 'bitness',
            message: `the app is a ${f.appBitness}-bit image and the pool '${f.pool ?? ''}' runs ${f.pool32Bit ? '32' : '64'}-bit workers (enable32BitAppOnWin64=${f.pool32Bit})`,
            facts: {
                fix: f.appBitness === 32
                    ? "set the pool's enable32BitAppOnWin64 to true, or publish for win-x64"
                    : "publish for win-x86, or set the pool's enable32BitAppOnWin64 to false"
            }
        });
    }
    if (f.hostingModel !== 'outofprocess' && f.otherInProcessApps && f.otherInProcessApps.length > 0) {
        findings.push({
            check: 'shared-pool',
            message: `the pool '${f.pool ?? ''}' also runs ${f.otherInProcessApps.join(', ')} in-process`,
            facts: { apps: f.otherInProcessApps.join(', ') }
        });
    }
    if (f.hostingModel !== 'outofprocess' && f.appDir && f.appName) {
        if (exists(f.appDir, `${f.appName}.exe`) && !exists(f.appDir, `${f.appName}.dll`)) {
            findings.push({
                check: 'single-file',
                message: `${node_path_1.default.join(f.appDir, `${f.appName}.exe`)} is there but ${f.appName}.dll is not (a single-file publish)`,
                facts: { app: f.appName }
            });
        }
    }
    if (f.startupTimeLimitSec !== undefined &&
        f.healthTimeoutMs !== undefined &&
        f.startupTimeLimitSec * 1000 > f.healthTimeoutMs) {
        findings.push({
            check: 'startup-time-limit',
            message: `the app may take up to its startupTimeLimit of ${f.startupTimeLimitSec} s to start, longer than the health check waits (${Math.round(f.healthTimeoutMs / 1000)} s)`,
            facts: {
                fix: `raise \`health-check-timeout\` to at least ${f.startupTimeLimitSec}, or lower \`startupTimeLimit\` in web.config`
            }
        });
    }
    return findings;
}


/***/ }),

/***/ 1313:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The rules about who answered the health URL, when no start failure explains it: HTTP.sys's 503 for a stopped
// pool, the module's app_offline 503, 404s, nothing at all, a late answer, and the app's own error.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ANSWER_RULES = void 0;
const evidence_text_js_1 = __webpack_require__(6486);
const rule_types_js_1 = __webpack_require__(3247);
exports.ANSWER_RULES = [
    {
        id: '503-http-sys',
        explain(e) {
            if (e.page?.status !== 503 || e.page.responder !== 'http.sys')
                return undefined;
            const row = e.httpErr.find((r) => r['s-reason'] && r['s-reason'] !== '-');
            const reason = row?.['s-reason'];
            return {
                cause: `503 from HTTP.sys: the app pool${e.appPool ? ` '${e.appPool}'` : ''} is not running${reason ? ` (HTTP.sys error log: ${reason})` : ''}, so no request reaches IIS`,
                fix: 'start the pool; if it stops again by itself, the app crashes at start (see the Application event log)',
                quotes: row ? [`HTTPERR: ${Object.values(row).join(' ')}`] : []
            };
        }
    },
    {
        id: '503-app-offline',
        explain(e) {
            if (e.page?.status !== 503 || e.page.responder !== 'ancm')
                return undefined;
            return {
                cause: '503 from the ASP.NET Core Module: app_offline.htm is in the app folder (or the app was shutting down)',
                fix: 'delete app_offline.htm from the site folder, or deploy again',
                // Event 1012 is written only when the file appears under a running app; a file that was there before the
                // worker started leaves no event, and the page (the file's own content) is then the only evidence.
                quotes: [
                    ...(0, evidence_text_js_1.moduleEvents)(e, 1012)
                        .slice(0, 1)
                        .map((ev) => (0, evidence_text_js_1.quoteEvent)(ev)),
                    ...(e.page.excerpt
                        ? [`the module's 503 page (the content of app_offline.htm): "${(0, evidence_text_js_1.oneLine)(e.page.excerpt, 200)}"`]
                        : [])
                ]
            };
        }
    },
    {
        id: '404',
        explain(e) {
            if (e.page?.status !== 404)
                return undefined;
            return e.page.responder === 'http.sys'
                ? {
                    cause: '404 from HTTP.sys: no site binding matches the health URL (host name or port)',
                    fix: "fix `health-check-url` (or `health-check-host`) to match one of the site's bindings",
                    quotes: []
                }
                : {
                    cause: `404 from ${e.page.responder === 'app' ? 'the app' : 'IIS'}: the health URL's path does not exist in the deployed app`,
                    fix: 'fix the path of `health-check-url`, or map that endpoint in the app',
                    quotes: []
                };
        }
    },
    {
        // HTTP.sys rejects a Host header that no binding on the port accepts with its own 400 ("Invalid Hostname")
        // before IIS sees the request; its error log records the reason (`Hostname`) when it is readable.
        id: '400-http-sys',
        explain(e) {
            if (e.page?.status !== 400 || e.page.responder !== 'http.sys')
                return undefined;
            const row = e.httpErr.find((r) => r['sc-status'] === '400' && r['s-reason'] && r['s-reason'] !== '-');
            return {
                cause: `400 from HTTP.sys: it rejected the request before IIS saw it${row ? ` (HTTP.sys error log: ${row['s-reason']})` : ''}; most often the Host header matches no binding of the site on this port`,
                fix: 'set `health-check-host` (or the host of `health-check-url`) to a host name the site is bound to, or add that binding (`bindings`)',
                quotes: row ? [`HTTPERR: ${Object.values(row).join(' ')}`] : []
            };
        }
    },
    {
        id: 'startup-time-limit',
        explain(e) {
            const slow = (0, rule_types_js_1.check)(e, 'startup-time-limit');
            if (!slow)
                return undefined;
            return { cause: slow.message, fix: slow.facts.fix ?? 'raise `health-check-timeout`', quotes: [] };
        }
    },
    {
        id: 'no-answer',
        explain(e) {
            if (e.page?.responder !== 'none')
                return undefined;
            return {
                cause: `nothing answered at the health URL (${e.page.transportError ?? 'no connection'})`,
                fix: "check that the site is started and bound to the health URL's host and port",
                quotes: []
            };
        }
    },
    {
        id: 'late-answer',
        explain(e) {
            const s = e.page?.status;
            if (s === undefined || s < 200 || s >= 400)
                return undefined;
            return {
                cause: `the app answers HTTP ${s} now, but not within the health check's timeout: it starts slowly`,
                fix: 'raise `health-check-timeout`, or make start-up faster',
                quotes: []
            };
        }
    },
    {
        id: 'app-error',
        explain(e) {
            if (e.page?.responder !== 'app' || e.page.status === undefined)
                return undefined;
            const started = (0, evidence_text_js_1.moduleEvents)(e, 1032, 1001)[0];
            return {
                cause: `HTTP ${e.page.status} from the app itself${started ? ' after it started (module event ' + started.eventId + ')' : ''}: the health endpoint reports a problem`,
                fix: "read the app's own logs; the health endpoint's answer is quoted below",
                quotes: e.page.excerpt ? [`the app: "${(0, evidence_text_js_1.oneLine)(e.page.excerpt, 200)}"`] : []
            };
        }
    }
];


/***/ }),

/***/ 4915:
/***/ ((__unused_webpack_module, exports) => {


// 500.19 by the HRESULT of IIS's detailed page (`Error Code 0x…`; diagnosis §2, docs/diagnosis.md).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OTHER_ERROR_CODES = exports.CONFIG_ERRORS = void 0;
exports.CONFIG_ERRORS = {
    '0x8007000d': {
        cause: 'IIS cannot read web.config: it is malformed or uses a section no installed module knows (`aspNetCore` without the ASP.NET Core Module)',
        fix: "install the .NET Hosting Bundle (set `hosting-bundle: auto`), or fix the XML web.config names in 'Config Error'"
    },
    '0x80070021': {
        cause: 'web.config uses a configuration section that is locked at the server level',
        fix: 'unlock the section (`appcmd unlock config -section:<name>`) or remove it from web.config'
    },
    '0x80070005': {
        cause: "the app pool's identity may not read web.config",
        fix: 'grant Read on the site folder to IIS_IUSRS / `IIS AppPool\\<pool>` (`grant-access: true`)'
    },
    '0x800700b7': {
        cause: 'web.config adds an entry (typically the `aspNetCore` handler) that a parent level already has',
        fix: 'remove the duplicate, or add `<remove name="aspNetCore" />` before it in the sub-application'
    },
    '0x80070003': {
        cause: "IIS cannot find the configuration file under the site's physical path",
        fix: "check the application's physical path and that web.config was deployed"
    }
};
/** HRESULTs of IIS's detailed pages other than 500.19's, as the summary names them. */
exports.OTHER_ERROR_CODES = {
    '0x80072ee2': 'ERROR_WINHTTP_TIMEOUT: the module stopped waiting for the app'
};


/***/ }),

/***/ 7193:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Evidence → the diagnosis a user reads: the rule table's cause and fix, the page line and the quotes, the
// active checks' findings and what could not be read. Everything passes through `mask` (the app may print a
// secret it was given, and the module copies its output into the event log).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.responderName = exports.renderDiagnosis = void 0;
exports.diagnose = diagnose;
const evidence_text_js_1 = __webpack_require__(6486);
const render_diagnosis_js_1 = __webpack_require__(6145);
const rules_js_1 = __webpack_require__(7470);
var render_diagnosis_js_2 = __webpack_require__(6145);
Object.defineProperty(exports, "renderDiagnosis", ({ enumerable: true, get: function () { return render_diagnosis_js_2.renderDiagnosis; } }));
Object.defineProperty(exports, "responderName", ({ enumerable: true, get: function () { return render_diagnosis_js_2.responderName; } }));
function diagnose(evidence, mask) {
    const found = (0, rules_js_1.explain)(evidence);
    const page = evidence.page;
    const quotes = [
        ...(page?.line
            ? [
                `the page: "${page.line}"${page.responder !== 'app' ? ` (from ${(0, render_diagnosis_js_1.responderName)(page.responder)})` : ''}`
            ]
            : []),
        ...found.quotes,
        // The stdout log's last lines, unless a rule quoted from it already.
        ...(evidence.stdoutLog && !found.quotes.some((q) => q.includes(evidence.stdoutLog?.file ?? ''))
            ? [
                `the stdout log ${evidence.stdoutLog.file}: "${(0, evidence_text_js_1.oneLine)(evidence.stdoutLog.lines.slice(-5).join(' | '))}"`
            ]
            : [])
    ];
    return {
        rule: found.rule,
        ...(page?.code ? { code: page.code } : page?.status !== undefined ? { code: String(page.status) } : {}),
        ...(page ? { responder: page.responder } : {}),
        cause: mask(found.cause),
        fix: mask(found.fix),
        evidence: [...new Set(quotes)].map(mask),
        checks: evidence.checks.map((c) => mask(c.message)),
        unreadable: evidence.unreadable.map(mask),
        probes: evidence.probes.map(mask)
    };
}


/***/ }),

/***/ 5867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Reads an error answer for its numbers and its author (diagnosis §1.1). The sub-status is only
// in the body (`HTTP Error 500.30 - …`); the words after the numbers changed between ASP.NET Core Module versions,
// so only the numbers are keyed on.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyResponder = classifyResponder;
exports.parseErrorPage = parseErrorPage;
const health_check_js_1 = __webpack_require__(3008);
/** `HTTP Error 500.30 - ASP.NET Core app failed to start` → 500, 30; also HTTP.sys's `HTTP Error 503. The …`. */
const ERROR_LINE = /HTTP Error (\d{3})(?:\.(\d{1,3}))?\s*(?:-\s*([^<\r\n]*)|\.\s*([^<\r\n]*))?/i;
function header(headers, name) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    return key === undefined ? '' : (headers[key] ?? '');
}
function textOf(body) {
    return body
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, '\n')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
}
/** Who answered: HTTP.sys says so in `Server`; IIS's detailed page has its fields; ANCM's page its fwlink. */
function classifyResponder(status, headers, body) {
    const server = header(headers, 'server');
    if (/Microsoft-HTTPAPI/i.test(server))
        return 'http.sys';
    const text = textOf(body);
    if (/Detailed Error Information|Most likely causes|\bModule\s+IIS Web Core|\bNotification\s+\w+/i.test(text))
        return 'iis';
    if (status >= 500 && /go\.microsoft\.com\/fwlink\/\?LinkID=20285\d\d|HTTP Error 50[02]\.\d+/i.test(body))
        return 'ancm';
    if (/HTTP Error \d{3}\.\d+/i.test(text) && /Microsoft-IIS/i.test(server))
        return 'iis';
    // IIS's custom error page, what remote clients get instead of the detailed one: `500 - Internal server error.`
    // and a generic line, never the sub-status (wording as commonly reproduced, docs/diagnosis.md).
    if (/Microsoft-IIS/i.test(server) &&
        /^\s*\d{3} - /m.test(text) &&
        /There is a problem with the (?:resource|page) you are looking for/i.test(text))
        return 'iis';
    if (status === 503 && /Microsoft-IIS/i.test(server) && !/HTTP Error/i.test(text))
        return 'ancm';
    return 'app';
}
/** The answer as evidence; `transportError` when nothing answered. */
function parseErrorPage(answer) {
    if ('transportError' in answer)
        return { responder: 'none', excerpt: '', transportError: answer.transportError };
    const text = textOf(answer.body);
    const match = ERROR_LINE.exec(text);
    const responder = classifyResponder(answer.status, answer.headers, answer.body);
    const page = { status: answer.status, responder, excerpt: (0, health_check_js_1.excerptOf)(answer.body, 400) };
    if (match && Number(match[1]) === answer.status) {
        page.code = match[2] === undefined ? String(answer.status) : `${match[1]}.${match[2]}`;
        page.line = match[0].replace(/\s+/g, ' ').trim();
    }
    else if (responder === 'http.sys' || responder === 'ancm')
        page.code = String(answer.status);
    const hresult = /Error Code\s*(0x[0-9a-f]{8})/i.exec(text)?.[1];
    if (hresult)
        page.hresult = hresult.toLowerCase();
    const configError = /Config Error\s*\n*\s*([^\n]+)/i.exec(text)?.[1]?.trim();
    if (configError)
        page.configError = configError;
    return page;
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Parses `wevtutil qe … /f:xml` output: raw event XML (schema
// http://schemas.microsoft.com/win/2004/08/events/event), one <Event> per record, wrapped in one root by `/e:`.
// Only the raw fields are read (provider, ID, time, the Data strings), never a rendered message: the ASP.NET Core
// Module writes its full English text into Data[1] itself, and WAS events carry named data (docs/diagnosis.md).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseEventXml = parseEventXml;
exports.processIdOf = processIdOf;
const fast_xml_parser_1 = __webpack_require__(591);
const parser = new fast_xml_parser_1.XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => name === 'Event' || name === 'Data'
});
function asNode(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
/** `<EventID Qualifiers="0">1027</EventID>` and `<EventID>1027</EventID>` alike. */
function textOf(value) {
    if (typeof value === 'string' || typeof value === 'number')
        return String(value);
    const text = asNode(value)['#text'];
    return typeof text === 'string' || typeof text === 'number' ? String(text) : '';
}
function attr(value, name) {
    const v = asNode(value)[`@${name}`];
    return typeof v === 'string' ? v : '';
}
/** The events in `xml` (with or without a wrapping root); `log` names the log they came from. */
function parseEventXml(xml, log) {
    const body = xml.replace(/^\ufeff/, '').trim();
    if (body === '')
        return [];
    // Without `/e:` wevtutil prints the events one after the other, with no root.
    const wrapped = /^<Event[\s>]/.test(body) ? `<Events>${body}</Events>` : body;
    const doc = asNode(parser.parse(wrapped));
    const root = Object.values(doc).find((v) => typeof v === 'object' && v !== null && 'Event' in asNode(v));
    const events = asNode(root).Event ?? [];
    return events.map((raw) => {
        const event = asNode(raw);
        const system = asNode(event.System);
        const data = [];
        const named = {};
        for (const item of asNode(event.EventData).Data ?? []) {
            const name = attr(item, 'Name');
            const value = textOf(item);
            if (name)
                named[name] = value;
            else
                data.push(value);
        }
        const level = Number(textOf(system.Level));
        const recordId = Number(textOf(system.EventRecordID));
        return {
            log: textOf(system.Channel) || log,
            provider: attr(system.Provider, 'Name'),
            eventId: Number(textOf(system.EventID)),
            ...(Number.isFinite(level) && textOf(system.Level) !== '' ? { level } : {}),
            time: attr(system.TimeCreated, 'SystemTime'),
            ...(Number.isFinite(recordId) && textOf(system.EventRecordID) !== '' ? { recordId } : {}),
            data,
            named
        };
    });
}
/** The worker process id of an ASP.NET Core Module event (`Process Id: 11408.` in Data[2]). */
function processIdOf(event) {
    const fromData = event.data.map((d) => /^Process Id: (\d+)\.?$/.exec(d.trim())?.[1]).find(Boolean);
    const id = fromData ?? event.named.ProcessID;
    return id === undefined ? undefined : Number(id);
}


/***/ }),

/***/ 6486:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Small readers over collected evidence, shared by the rules: the module's events by ID, the app's exception
// quoted from wherever it was captured, and one-line quotes.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.oneLine = oneLine;
exports.moduleEvents = moduleEvents;
exports.wasEvents = wasEvents;
exports.messageOf = messageOf;
exports.quoteEvent = quoteEvent;
exports.exceptionIn = exceptionIn;
exports.appException = appException;
exports.exitCodeIn = exitCodeIn;
const wevtutil_js_1 = __webpack_require__(3487);
const QUOTE_LENGTH = 300;
/** One line, at most `length` characters. */
function oneLine(text, length = QUOTE_LENGTH) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
/** The ASP.NET Core Module's events with one of `ids`, newest first (as queried). */
function moduleEvents(e, ...ids) {
    return e.events.filter((ev) => ev.provider === wevtutil_js_1.ANCM_PROVIDER && ids.includes(ev.eventId));
}
function wasEvents(e, ...ids) {
    return e.events.filter((ev) => ev.provider === wevtutil_js_1.WAS_PROVIDER && ids.includes(ev.eventId));
}
/** The module's own message (Data[1]), English on every Windows. */
function messageOf(event) {
    return event.data[0] ?? '';
}
/** `IIS AspNetCore Module V2 event 1031: "…"`. */
function quoteEvent(event, text = messageOf(event)) {
    return `${event.provider} event ${event.eventId}: "${oneLine(text)}"`;
}
/** `System.InvalidOperationException: message` or `Unhandled exception. X: y` in captured output. */
const EXCEPTION_LINE = /^\s*(?:Unhandled exception\.\s*|Exception Info:\s*)?((?:[A-Za-z_]\w*\.)*\w*(?:Exception|Error)\b(?::\s*.*)?)$/m;
/** The first exception line in `text`. */
function exceptionIn(text) {
    const line = EXCEPTION_LINE.exec(text)?.[1];
    return line === undefined ? undefined : oneLine(line);
}
/**
 * The app's exception, and where it was read: the module's start-up events carry up to 30 KB of the app's
 * stdout/stderr (1018, 1035), the .NET Runtime event has `Exception Info:`, and the stdout log has it all.
 */
function appException(e) {
    for (const event of moduleEvents(e, 1018, 1035, 1007, 1020)) {
        const text = exceptionIn(messageOf(event));
        if (text)
            return { text, source: `${event.provider} event ${event.eventId}` };
    }
    for (const event of e.events.filter((ev) => ev.provider === wevtutil_js_1.DOTNET_RUNTIME_PROVIDER)) {
        const text = exceptionIn([...event.data, ...Object.values(event.named)].join('\n'));
        if (text)
            return { text, source: `${event.provider} event ${event.eventId}` };
    }
    if (e.stdoutLog) {
        const text = exceptionIn(e.stdoutLog.lines.join('\n'));
        if (text)
            return { text, source: `the stdout log ${e.stdoutLog.file}` };
    }
    return undefined;
}
/** `exit code = '3'` in 1011/1035. */
function exitCodeIn(text) {
    return /exit code = '(-?\d+)'/i.exec(text)?.[1];
}


/***/ }),

/***/ 5450:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The two log files a failed start leaves besides the event logs (diagnosis §5): the ASP.NET Core
// Module's stdout log (`<stdoutLogFile>_<yyyyMMddHHmmss>_<pid>.log`, only when `stdoutLogEnabled` is true) and
// HTTP.sys's error log (HTTPERR), the only record of a 503 that never reached IIS. Both are read, never changed.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readStdoutLogSettings = readStdoutLogSettings;
exports.readStartupTimeLimit = readStartupTimeLimit;
exports.findNewestStdoutLog = findNewestStdoutLog;
exports.lastLines = lastLines;
exports.parseHttpErrLog = parseHttpErrLog;
exports.httpErrSince = httpErrSince;
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
function attribute(tag, name) {
    const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
    return m ? (m[2] ?? m[3]) : undefined;
}
/** `stdoutLogEnabled` / `stdoutLogFile` of web.config's `<aspNetCore>` element. */
function readStdoutLogSettings(webConfig) {
    const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig.replace(/<!--[\s\S]*?-->/g, ''))?.[0];
    if (!tag)
        return undefined;
    return {
        enabled: /^true$/i.test(attribute(tag, 'stdoutLogEnabled') ?? ''),
        prefix: attribute(tag, 'stdoutLogFile') ?? 'aspnetcore-stdout'
    };
}
/** The `startupTimeLimit` of `<aspNetCore>` in seconds (default 120). */
function readStartupTimeLimit(webConfig) {
    const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig.replace(/<!--[\s\S]*?-->/g, ''))?.[0] ?? '';
    const value = Number(attribute(tag, 'startupTimeLimit'));
    return Number.isFinite(value) && value > 0 ? value : 120;
}
/**
 * The newest stdout log written since `sinceMs`: files named `<prefix>_*.log`, newest by modification time (the
 * name's format changed between module versions, so it is matched loosely and not parsed).
 */
function findNewestStdoutLog(appRoot, prefix, sinceMs) {
    const relative = prefix.replace(/^\\\\\?\\/, '').replace(/\\/g, '/');
    const full = node_path_1.default.isAbsolute(relative) || /^[a-z]:\//i.test(relative) ? relative : node_path_1.default.resolve(appRoot, relative);
    const dir = node_path_1.default.dirname(full);
    const base = node_path_1.default.basename(full).toLowerCase();
    let names;
    try {
        names = node_fs_1.default.readdirSync(dir);
    }
    catch {
        return undefined;
    }
    return names
        .filter((n) => n.toLowerCase().startsWith(`${base}_`) && n.toLowerCase().endsWith('.log'))
        .map((n) => ({ file: node_path_1.default.join(dir, n), mtime: node_fs_1.default.statSync(node_path_1.default.join(dir, n)).mtimeMs }))
        .filter((f) => f.mtime >= sinceMs - 2000)
        .sort((a, b) => b.mtime - a.mtime)[0]?.file;
}
/** The last `count` non-empty lines of a text. */
function lastLines(text, count) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-count);
}
/**
 * HTTPERR lines as field maps, by the file's own `#Fields:` header (the field list differs between Windows
 * versions). Space-separated; spaces inside a field were written as `+`.
 */
function parseHttpErrLog(text) {
    let fields = [];
    const rows = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.startsWith('#Fields:'))
            fields = line.slice('#Fields:'.length).trim().split(/\s+/);
        else if (line.trim() !== '' && !line.startsWith('#') && fields.length > 0) {
            const values = line.trim().split(' ');
            rows.push(Object.fromEntries(fields.map((f, i) => [f, values[i] ?? ''])));
        }
    }
    return rows;
}
/** The rows since `sinceMs` (date + time are UTC), for `pool` when the file logs the queue name. */
function httpErrSince(rows, sinceMs, pool) {
    return rows.filter((r) => {
        const at = Date.parse(`${r.date}T${r.time}Z`);
        if (!Number.isFinite(at) || at < Math.floor(sinceMs / 1000) * 1000)
            return false;
        const queue = r['s-queuename'];
        return !pool || !queue || queue === '-' || queue.toLowerCase() === pool.toLowerCase();
    });
}


/***/ }),

/***/ 2436:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The loopback probe (docs/diagnosis.md "Loopback probe"): IIS shows its detailed error pages (sub-status, error
// code, config file) only to requests from the server itself (httpErrors errorMode `DetailedLocalOnly`, the
// default), and a remote client gets a generic custom page. So when the health URL names another host and the
// deploy runs on the IIS server, the diagnosis asks again through http(s)://localhost on the same port and path,
// with the Host header the binding expects.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isLocalHost = isLocalHost;
exports.loopbackProbeFor = loopbackProbeFor;
const node_net_1 = __importDefault(__webpack_require__(7030));
/** Names that always mean this machine. */
function isLoopbackName(host) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if (node_net_1.default.isIPv4(h))
        return h.startsWith('127.');
    if (node_net_1.default.isIPv6(h))
        return h === '::1' || /^::ffff:127\./.test(h);
    return false;
}
/**
 * Whether the health URL's host is this machine as IIS counts it: a loopback name or address, or the machine's
 * own name (with or without its domain). Any other name or address is treated as remote: whether IIS counts a
 * request to the machine's own non-loopback address as local is not documented, and one more GET costs nothing.
 */
function isLocalHost(host, machineNames) {
    if (isLoopbackName(host))
        return true;
    const h = host.toLowerCase();
    return machineNames
        .filter((n) => n !== '')
        .some((n) => {
        const name = n.toLowerCase();
        return h === name || h.split('.')[0] === name.split('.')[0];
    });
}
/** The loopback probe for a remote health URL; undefined when the URL is local already (or not a URL). */
function loopbackProbeFor(healthUrl, hostHeader, machineNames) {
    let url;
    try {
        url = new URL(healthUrl);
    }
    catch {
        return undefined;
    }
    if (isLocalHost(url.hostname, machineNames))
        return undefined;
    const host = hostHeader ?? url.host;
    const loopback = new URL(url.href);
    loopback.hostname = 'localhost';
    return { url: loopback.href, host };
}


/***/ }),

/***/ 4700:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The rules that all have one shape: a page with these numbers → a fixed cause and fix, quoting the module's event
// that goes with the page (if it was read) and the HRESULT of IIS's detailed page (if it has one). One table row a
// page (diagnosis §2); the rules that weigh several kinds of evidence are in evidence-rules.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PAGE_RULES = exports.PAGE_RULE_ROWS = void 0;
exports.pageRule = pageRule;
const config_errors_js_1 = __webpack_require__(4915);
const evidence_text_js_1 = __webpack_require__(6486);
const rule_types_js_1 = __webpack_require__(3247);
exports.PAGE_RULE_ROWS = [
    {
        id: '500.33-not-aspnetcore',
        code: '500.33',
        events: [1027],
        cause: '500.33: the app does not reference Microsoft.AspNetCore.App, so the module cannot load its in-process request handler',
        fix: 'make the project an ASP.NET Core app (`Microsoft.NET.Sdk.Web`) or host it out-of-process'
    },
    {
        id: '500.36-handler-missing',
        code: '500.36',
        events: [1029],
        cause: "500.36: the ASP.NET Core Module's out-of-process handler is missing: the module's install is damaged",
        fix: 'repair or reinstall the .NET Hosting Bundle (`hosting-bundle: auto`, or run its installer with /repair)'
    },
    {
        id: '500.37-startup-time-limit',
        code: '500.37',
        events: [1007],
        cause: '500.37: the app did not finish starting within its startupTimeLimit',
        fix: 'make start-up faster (move slow work out of start-up), or raise `startupTimeLimit` on `<aspNetCore>` in web.config',
        detail: (event) => {
            const ms = /after (\d+) ms/i.exec((0, evidence_text_js_1.messageOf)(event))?.[1];
            return ms ? ` (${ms} ms)` : undefined;
        }
    },
    {
        id: '500.21-module-missing',
        code: '500.21',
        events: [],
        cause: '500.21: web.config uses the AspNetCoreModuleV2 handler, but that module is not installed in IIS',
        fix: 'install the .NET Hosting Bundle (set `hosting-bundle: auto`); if IIS was installed after it, repair the bundle'
    },
    {
        id: '502.5-process-failure',
        code: '502.5',
        events: [1020, 1000, 1003],
        cause: "502.5: the app's process (out-of-process hosting) did not start or did not listen",
        fix: 'run `dotnet <app>.dll` at a console on the server to see why; check `processPath`/`arguments` and the installed runtime'
    },
    {
        id: '502.3-timeout',
        code: '502.3',
        events: [],
        cause: "502.3: the module gave up waiting for the app's process (requestTimeout) or the process died mid-request",
        fix: 'make the health endpoint answer quickly, or raise `requestTimeout` on `<aspNetCore>` in web.config'
    },
    {
        id: '403.14-no-app',
        code: '403.14',
        events: [],
        cause: '403.14: IIS served the folder as static files and found no default document: web.config is missing or the physical path is wrong',
        fix: "deploy the whole publish output (with web.config) to the site's physical path; do not enable directory browsing"
    }
];
/** A table row as a rule. */
function pageRule(row) {
    return {
        id: row.id,
        explain(e) {
            if ((0, rule_types_js_1.code)(e) !== row.code)
                return undefined;
            const event = row.events.length > 0 ? (0, evidence_text_js_1.moduleEvents)(e, ...row.events)[0] : undefined;
            const hresult = e.page?.hresult;
            const known = hresult ? config_errors_js_1.OTHER_ERROR_CODES[hresult] : undefined;
            return {
                cause: `${row.cause}${(event && row.detail?.(event)) ?? ''}`,
                fix: row.fix,
                quotes: [
                    ...(event ? [(0, evidence_text_js_1.quoteEvent)(event)] : []),
                    ...(hresult && hresult !== '0x00000000' && e.page?.responder === 'iis'
                        ? [`IIS: Error Code ${hresult}${known ? ` (${known})` : ''}`]
                        : [])
                ]
            };
        }
    };
}
exports.PAGE_RULES = exports.PAGE_RULE_ROWS.map(pageRule);


/***/ }),

/***/ 3247:
/***/ ((__unused_webpack_module, exports) => {


// The shape every diagnosis rule has: evidence in, one explanation (cause, fix, quotes) or nothing out.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.check = exports.code = void 0;
/** The page's `NNN.N` numbers. */
const code = (e) => e.page?.code;
exports.code = code;
/** The active check of this kind that found something. */
const check = (e, kind) => e.checks.find((c) => c.check === kind);
exports.check = check;


/***/ }),

/***/ 7470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The rule table: evidence → one cause and one fix (diagnosis §2, docs/diagnosis.md). Rules are tried in order; the
// first that matches explains the failure: the start failures that weigh several kinds of evidence, then the pages
// that need only their numbers (one table row each), then who answered and how.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULES = exports.CONFIG_ERRORS = void 0;
exports.explain = explain;
const answer_rules_js_1 = __webpack_require__(1313);
const page_rules_js_1 = __webpack_require__(4700);
const start_rules_js_1 = __webpack_require__(1651);
var config_errors_js_1 = __webpack_require__(4915);
Object.defineProperty(exports, "CONFIG_ERRORS", ({ enumerable: true, get: function () { return config_errors_js_1.CONFIG_ERRORS; } }));
exports.RULES = [...start_rules_js_1.START_RULES, ...page_rules_js_1.PAGE_RULES, ...answer_rules_js_1.ANSWER_RULES];
/** The first rule that explains the evidence, or a plain statement of what was seen. */
function explain(e) {
    for (const rule of exports.RULES) {
        const found = rule.explain(e);
        if (found)
            return { rule: rule.id, ...found };
    }
    return {
        rule: 'unexplained',
        cause: e.page?.code
            ? `HTTP ${e.page.code}: no known cause matched the evidence`
            : 'no known cause matched the evidence',
        fix: 'read the evidence below and the Application event log on the server',
        quotes: []
    };
}


/***/ }),

/***/ 1651:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The rules that weigh several kinds of evidence about a failed start: the page, the module's and the runtime's
// events, WAS's events and the active checks (diagnosis §2, §3). They key on numbers (status, sub-status, event
// IDs, HRESULTs), never on page titles or rendered messages, which differ between module versions and languages.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.START_RULES = void 0;
const config_errors_js_1 = __webpack_require__(4915);
const evidence_text_js_1 = __webpack_require__(6486);
const rule_types_js_1 = __webpack_require__(3247);
/** In the order they are tried: the more specific evidence first. */
exports.START_RULES = [
    {
        id: '503-rapid-fail',
        explain(e) {
            const disabled = (0, evidence_text_js_1.wasEvents)(e, 5002)[0];
            if (!disabled || e.page?.status !== 503)
                return undefined;
            const pool = disabled.named.AppPoolID ?? e.appPool ?? 'the pool';
            const crashes = (0, evidence_text_js_1.wasEvents)(e, 5009, 5011).filter((ev) => (ev.named.AppPoolID ?? pool).toLowerCase() === pool.toLowerCase());
            const thrown = (0, evidence_text_js_1.appException)(e);
            return {
                cause: `503 with WAS 5002: rapid-fail protection stopped the pool '${pool}' after ${crashes.length || 'repeated'} crash${crashes.length === 1 ? '' : 'es'} of its worker process${thrown ? `; the app threw \`${thrown.text}\` (quoted from ${thrown.source})` : ''}`,
                fix: `fix the crash${thrown ? ' above' : ' (see the .NET Runtime and Application Error events)'}, then deploy again: the pool is started again by the rollback or the next deploy`,
                quotes: [
                    (0, evidence_text_js_1.quoteEvent)(disabled, `Application pool '${pool}' was automatically disabled (rapid-fail protection)`),
                    ...crashes
                        .slice(0, 3)
                        .map((ev) => `${ev.provider} event ${ev.eventId}: worker process ${ev.named.ProcessID ?? '?'} of '${pool}' ended unexpectedly`)
                ]
            };
        }
    },
    {
        id: '500.31-runtime-missing',
        explain(e) {
            const missing = (0, rule_types_js_1.check)(e, 'runtime');
            if ((0, rule_types_js_1.code)(e) !== '500.31' && !(missing && !e.page?.code))
                return undefined;
            const event = (0, evidence_text_js_1.moduleEvents)(e, 1027)[0];
            return {
                cause: missing
                    ? `${(0, rule_types_js_1.code)(e) ?? 'start-up failure'}: the app needs ${missing.facts.framework} ${missing.facts.needs} and the server has ${missing.facts.installed || 'none'}`
                    : '500.31: the .NET runtime the app targets is not installed on the server',
                fix: 'set `hosting-bundle: auto` (installs the runtime the app targets), or publish the app self-contained',
                quotes: event ? [(0, evidence_text_js_1.quoteEvent)(event)] : []
            };
        }
    },
    {
        id: '500.30-exception',
        explain(e) {
            if ((0, rule_types_js_1.code)(e) !== '500.30' && (0, rule_types_js_1.code)(e) !== '502.5')
                return undefined;
            const thrown = (0, evidence_text_js_1.appException)(e);
            if (!thrown)
                return undefined;
            const event = (0, evidence_text_js_1.moduleEvents)(e, 1018, 1035, 1007, 1020)[0];
            return {
                cause: `${(0, rule_types_js_1.code)(e)}: the app threw \`${thrown.text}\` at start-up (quoted from ${thrown.source})`,
                fix: 'fix the start-up error in the app or its configuration (settings, connection strings, permissions), then deploy again',
                // The event that held the exception is quoted once: its exception line.
                quotes: [
                    `${thrown.source}: "${thrown.text}"`,
                    ...(event && `${event.provider} event ${event.eventId}` !== thrown.source
                        ? [(0, evidence_text_js_1.quoteEvent)(event)]
                        : [])
                ]
            };
        }
    },
    {
        id: '500.32-bitness',
        explain(e) {
            const mismatch = (0, rule_types_js_1.check)(e, 'bitness');
            if ((0, rule_types_js_1.code)(e) !== '500.32' && !(mismatch && (0, rule_types_js_1.code)(e)?.startsWith('500')))
                return undefined;
            const event = (0, evidence_text_js_1.moduleEvents)(e, 1027)[0];
            return {
                cause: mismatch
                    ? `${(0, rule_types_js_1.code)(e)}: ${mismatch.message}`
                    : '500.32: the app was published for a different bitness than the app pool runs',
                fix: mismatch?.facts.fix ??
                    "publish the app for the pool's bitness (win-x64 for a 64-bit pool), or set the pool's enable32BitAppOnWin64 to match",
                quotes: event ? [(0, evidence_text_js_1.quoteEvent)(event)] : []
            };
        }
    },
    {
        id: '500.34-500.35-shared-pool',
        explain(e) {
            const shared = (0, rule_types_js_1.check)(e, 'shared-pool');
            if ((0, rule_types_js_1.code)(e) !== '500.34' && (0, rule_types_js_1.code)(e) !== '500.35' && !(shared && !e.page?.code))
                return undefined;
            const event = (0, evidence_text_js_1.moduleEvents)(e, 1008, 1009)[0];
            const what = (0, rule_types_js_1.code)(e) === '500.34'
                ? 'apps with different hosting models share one worker process'
                : 'two in-process apps share one app pool, and a worker process can run only one';
            return {
                cause: `${(0, rule_types_js_1.code)(e) ?? 'shared pool'}: ${what}${shared ? ` (${shared.message})` : ''}`,
                fix: 'give this app its own app pool (`app-pool: <new name>` with `create: true`)',
                quotes: event ? [(0, evidence_text_js_1.quoteEvent)(event)] : []
            };
        }
    },
    {
        id: '500.38-single-file',
        explain(e) {
            const single = (0, rule_types_js_1.check)(e, 'single-file');
            if ((0, rule_types_js_1.code)(e) !== '500.38' && !(single && !e.page?.code))
                return undefined;
            const event = (0, evidence_text_js_1.moduleEvents)(e, 1031)[0];
            return {
                cause: `${(0, rule_types_js_1.code)(e) ?? 'start-up failure'}: the app's main dll is missing${single ? `: ${single.message}` : ''}; IIS in-process hosting cannot run a single-file publish`,
                fix: 'publish without `PublishSingleFile` (or set `<AspNetCoreHostingModel>OutOfProcess</AspNetCoreHostingModel>`)',
                quotes: event ? [(0, evidence_text_js_1.quoteEvent)(event)] : []
            };
        }
    },
    {
        id: '500.30-no-exception',
        explain(e) {
            if ((0, rule_types_js_1.code)(e) !== '500.30')
                return undefined;
            const exited = (0, evidence_text_js_1.moduleEvents)(e, 1011, 1035, 1018, 1007)[0];
            const exit = exited ? (0, evidence_text_js_1.exitCodeIn)((0, evidence_text_js_1.messageOf)(exited)) : undefined;
            return {
                cause: `500.30: the app failed to start${exit !== undefined ? `: Program.Main returned exit code ${exit}` : ''}`,
                fix: 'run the app at a console on the server (`dotnet <app>.dll`) to see why, or set `stdoutLogEnabled="true"` in web.config and deploy again',
                quotes: exited ? [(0, evidence_text_js_1.quoteEvent)(exited)] : []
            };
        }
    },
    {
        id: '500.0-hosting-failure',
        explain(e) {
            if ((0, rule_types_js_1.code)(e) !== '500.0' && !((0, rule_types_js_1.code)(e) === '500' && (0, evidence_text_js_1.moduleEvents)(e, 1031, 1034).length))
                return undefined;
            const event = (0, evidence_text_js_1.moduleEvents)(e, 1031, 1034)[0];
            return {
                cause: `${(0, rule_types_js_1.code)(e)}: the module could not start the app${event ? `: ${(0, evidence_text_js_1.oneLine)((0, evidence_text_js_1.messageOf)(event).split(/\r?\n/).slice(1).join(' ') || (0, evidence_text_js_1.messageOf)(event), 200)}` : ''}`,
                fix: 'fix `processPath`/`arguments` of `<aspNetCore>` in web.config (`dotnet` + `.\\App.dll` framework-dependent, `.\\App.exe` self-contained)',
                quotes: event ? [(0, evidence_text_js_1.quoteEvent)(event)] : []
            };
        }
    },
    {
        id: '500.19-config',
        explain(e) {
            if ((0, rule_types_js_1.code)(e) !== '500.19')
                return undefined;
            const known = e.page?.hresult ? config_errors_js_1.CONFIG_ERRORS[e.page.hresult] : undefined;
            return {
                cause: `500.19${e.page?.hresult ? ` (${e.page.hresult})` : ''}: ${known?.cause ?? 'IIS cannot read the configuration of the app'}`,
                fix: known?.fix ?? "fix web.config as the page's 'Config Error' says",
                quotes: e.page?.configError ? [`IIS: Config Error "${(0, evidence_text_js_1.oneLine)(e.page.configError)}"`] : []
            };
        }
    }
];


/***/ }),

/***/ 3487:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Reads the event logs with `wevtutil qe <log> /q:<XPath> /f:xml` (diagnosis §4):
// raw event XML, so the result does not depend on the server's display language. `/uni:true` makes wevtutil write
// UTF-16LE, so paths and messages outside the console code page survive the pipe (the runner decodes it; a
// UTF-16LE BOM is honoured either way, and IIS_DEPLOY_TOOL_ENCODINGS=wevtutil=… overrides the choice).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WAS_EVENT_IDS = exports.WAS_PROVIDER = exports.APPLICATION_ERROR_PROVIDER = exports.DOTNET_RUNTIME_PROVIDER = exports.ANCM_PROVIDER = void 0;
exports.buildEventXPath = buildEventXPath;
exports.buildQueryEventsArgs = buildQueryEventsArgs;
exports.describeQueryFailure = describeQueryFailure;
exports.queryEvents = queryEvents;
const event_xml_js_1 = __webpack_require__(9053);
exports.ANCM_PROVIDER = 'IIS AspNetCore Module V2';
exports.DOTNET_RUNTIME_PROVIDER = '.NET Runtime';
exports.APPLICATION_ERROR_PROVIDER = 'Application Error';
/** The XPath must name WAS by its full provider name (Event Viewer shows only `WAS`). */
exports.WAS_PROVIDER = 'Microsoft-Windows-WAS';
/** Rapid-fail (5002), worker crash (5009), ping (5010), fatal communication error (5011), memory recycle (5117). */
exports.WAS_EVENT_IDS = [5002, 5009, 5010, 5011, 5117];
/**
 * The XPath of a query. The event-log XPath subset has no contains()/starts-with(): providers are listed in full.
 * Provider names are ours (constants), never user input.
 */
function buildEventXPath(query) {
    const providers = query.providers.map((p) => `Provider[@Name='${p}']`).join(' or ');
    const ids = query.eventIds?.length
        ? ` and (${query.eventIds.map((id) => `EventID=${id}`).join(' or ')})`
        : '';
    const within = Math.max(1000, Math.ceil(query.withinMs));
    return `*[System[(${providers})${ids} and TimeCreated[timediff(@SystemTime) <= ${within}]]]`;
}
/** `wevtutil qe <log> /q:<xpath> /c:<n> /rd:true /f:xml /e:Events /uni:true` as argv (no shell). */
function buildQueryEventsArgs(query) {
    return [
        'qe',
        query.log,
        `/q:${buildEventXPath(query)}`,
        `/c:${query.count}`,
        '/rd:true',
        '/f:xml',
        '/e:Events',
        '/uni:true'
    ];
}
/**
 * Why a query failed, in words a user can act on. wevtutil prints `Failed to read events. Access is denied.` for
 * a log the account may not read; exit codes above 255 do not survive on Linux, so the text decides first.
 */
function describeQueryFailure(log, exitCode, output) {
    // With /uni:true stdout is UTF-16LE; if stderr came in the console code page, decoding it as UTF-16LE turns
    // ASCII pairs into CJK characters: undo that (unverified which one wevtutil does, so both read right).
    const readable = /[a-z]/i.test(output) ? output : Buffer.from(output, 'utf16le').toString('utf8');
    const text = readable.trim().split(/\r?\n/).find(Boolean) ?? '';
    if (/access is denied/i.test(text) || exitCode === 5)
        return `${log} event log: access denied (wevtutil exit code ${exitCode}); run the deploy elevated (as an administrator) to read it.`;
    if (/could not be found|channel.*not found/i.test(text) || exitCode === 15007)
        return `${log} event log: absent on this server (wevtutil exit code ${exitCode}: ${text}).`;
    return `${log} event log: wevtutil failed with exit code ${exitCode}${text ? `: ${text}` : ''}.`;
}
/** Runs one query through the CommandRunner port; never throws for a failed or garbled read. */
async function queryEvents(runner, wevtutil, query, options = {}) {
    let result;
    try {
        result = await runner.run(wevtutil, buildQueryEventsArgs(query), {
            silent: true,
            outputEncoding: 'utf16le',
            signal: options.signal,
            timeoutMs: options.timeoutMs ?? 30_000
        });
    }
    catch (error) {
        return {
            ok: false,
            reason: `${query.log} event log: wevtutil could not run (${error instanceof Error ? error.message : String(error)}).`
        };
    }
    if (result.exitCode !== 0)
        return {
            ok: false,
            reason: describeQueryFailure(query.log, result.exitCode, result.stderr || result.stdout)
        };
    try {
        return { ok: true, events: (0, event_xml_js_1.parseEventXml)(result.stdout, query.log) };
    }
    catch (error) {
        return {
            ok: false,
            reason: `${query.log} event log: wevtutil's output is not event XML (${error instanceof Error ? error.message : String(error)}).`
        };
    }
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