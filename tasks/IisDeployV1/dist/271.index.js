"use strict";
exports.id = 271;
exports.ids = [271];
exports.modules = {

/***/ 1271:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// `target: iis-express`: runs the prepared app under IIS Express on a free port, checks its health, ends it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.smokeTestIisExpress = smokeTestIisExpress;
const process_launcher_js_1 = __webpack_require__(450);
const health_check_js_1 = __webpack_require__(3008);
const iis_express_js_1 = __webpack_require__(5481);
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

/***/ 5481:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


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
const node_net_1 = __importDefault(__webpack_require__(7030));
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const command_line_js_1 = __webpack_require__(4925);
const app_pool_js_1 = __webpack_require__(4891);
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


/***/ })

};
;