export const id = 583;
export const ids = [583];
export const modules = {

/***/ 3583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recoverCommand: () => (/* binding */ recoverCommand)
});

// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/pipeline/default-steps.ts + 44 modules
var default_steps = __webpack_require__(2077);
// EXTERNAL MODULE: ./src/pipeline/options.ts + 9 modules
var pipeline_options = __webpack_require__(3266);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/pipeline/context.ts
var context = __webpack_require__(7057);
// EXTERNAL MODULE: ./src/core/state-dir.ts
var state_dir = __webpack_require__(1352);
// EXTERNAL MODULE: ./src/core/tools.ts
var core_tools = __webpack_require__(3672);
// EXTERNAL MODULE: ./src/steps/iis/deploy-lock.ts
var deploy_lock = __webpack_require__(3642);
// EXTERNAL MODULE: ./src/pipeline/ledger.ts
var ledger = __webpack_require__(6441);
// EXTERNAL MODULE: ./src/pipeline/recovery.ts
var pipeline_recovery = __webpack_require__(9827);
;// CONCATENATED MODULE: ./src/pipeline/recover.ts
// `iis-deploy recover`: repairs what an interrupted deploy of one site/application left (its ledger still says
// `running`), and deploys nothing. The same lock and the same repair as the start of a deploy; `dryRun` only says
// what it would put back.









async function recoverSite(options, ports, steps) {
    const reporter = new context/* CollectingReporter */.M8(ports.reporter);
    const tools = new core_tools/* ToolResolver */.HV({ env: ports.env, platform: ports.platform, runner: ports.runner }, { appcmd: options.appcmdPath });
    const stateDir = (0,state_dir/* resolveStateDir */.JT)(options.stateDir, {
        env: ports.env,
        platform: ports.platform,
        uid: ports.platform === 'win32' ? undefined : process.getuid?.()
    });
    const scope = (0,deploy_lock/* lockNameFor */.cl)({ site: options.site, application: options.application });
    const file = (0,ledger/* ledgerPathFor */.GN)(external_node_path_default().join(stateDir, state_dir/* STATE_LAYOUT */.lu.ledgers), scope);
    const found = (0,ledger/* readLedger */.SC)(file);
    const last = found && {
        runId: found.runId,
        status: found.status,
        startedAt: found.startedAt,
        endedAt: found.endedAt,
        serverState: found.serverState
    };
    if (options.dryRun) {
        if (found?.status !== 'running')
            return { ledgerFile: file, last };
        return {
            ledgerFile: file,
            last,
            recovery: {
                startedAt: found.startedAt,
                by: `${found.owner.description ?? ''} pid ${found.owner.pid} on ${found.owner.host}`.trim(),
                actions: (0,pipeline_recovery/* describeOpenChanges */.Zy)(found).map((change) => `would put back: ${change}`),
                problems: [],
                found: []
            }
        };
    }
    const ctx = {
        options,
        ports: { ...ports, reporter },
        reporter,
        signal: ports.signal ?? new AbortController().signal,
        dryRun: false,
        tools,
        plan: new context/* PlanRecorder */.EX(reporter),
        timing: context/* DEFAULT_TIMING */.ft,
        tool: (name) => tools.resolve(name),
        ledger: new ledger/* DeployLedger */.td({
            scope,
            target: { application: options.application },
            now: () => ports.clock.now(),
            host: external_node_os_default().hostname()
        }),
        stateDir
    };
    await (0,state_dir/* ensureStateDir */.xH)({ dir: stateDir, platform: ports.platform, runner: ports.runner, reporter });
    const lock = await steps.acquireLock(ctx, 'site');
    try {
        const recovery = await (0,pipeline_recovery/* recoverInterruptedRun */.qW)({
            file,
            repairs: steps.createRepairs({ ...ctx, signal: new AbortController().signal }),
            reporter,
            now: () => ports.clock.now(),
            host: external_node_os_default().hostname(),
            runId: external_node_crypto_default().randomUUID()
        });
        return { ledgerFile: file, last, recovery };
    }
    finally {
        await lock?.release();
    }
}

// EXTERNAL MODULE: ./src/runtime/console-reporter.ts
var console_reporter = __webpack_require__(175);
// EXTERNAL MODULE: ./src/adapters/cli/cli-ports.ts + 4 modules
var cli_ports = __webpack_require__(228);
// EXTERNAL MODULE: ./src/adapters/cli/args.ts
var cli_args = __webpack_require__(7764);
// EXTERNAL MODULE: ./src/adapters/cli/io.ts
var cli_io = __webpack_require__(477);
;// CONCATENATED MODULE: ./src/adapters/cli/commands/recover.ts
// `iis-deploy recover --site <s> [--application <a>] [--state-dir <dir>] [--dry-run] [--json]` (contract §4):
// repairs what an interrupted deploy left (the pool it stopped, the app_offline.htm it wrote, a half-updated
// folder from its backup, a half-done release switch) and deploys nothing. Exit 0 when the site is whole (repaired
// or nothing to repair), 1 when a repair failed, 2 on wrong usage.









const INPUTS = ['site', 'application', 'state-dir', 'appcmd-path', 'app-pool'];
const recoverCommand = async (argv, io) => {
    const args = (0,cli_args/* parseArgs */.Zy)(argv, { flags: ['json', 'dry-run', 'verbose'] });
    if (args.positionals.length > 0)
        throw new cli_args/* UsageError */.eb(`Unexpected argument '${args.positionals[0]}'.`);
    for (const name of args.options.keys()) {
        if (!INPUTS.includes(name) && !['json', 'dry-run', 'verbose'].includes(name))
            throw new cli_args/* UsageError */.eb(`Unknown option '--${name}': recover takes ${INPUTS.map((n) => `--${n}`).join(', ')}, --dry-run, --json.`);
    }
    const site = args.options.get('site')?.join('\n');
    if (!site?.trim())
        throw new cli_args/* UsageError */.eb(`recover needs --site <name>: the site whose interrupted deploy to repair.`);
    const reporter = new console_reporter/* ConsoleReporter */.l({
        verbose: (0,cli_args/* flag */.Jt)(args, 'verbose'),
        out: (line) => io.stderr(`${line}\n`),
        err: (line) => io.stderr(`${line}\n`)
    });
    const values = {
        ...Object.fromEntries(INPUTS.map((name) => [name, args.options.get(name)?.join('\n')])),
        'dry-run': String((0,cli_args/* flag */.Jt)(args, 'dry-run'))
    };
    let options;
    try {
        options = (0,pipeline_options/* parseDeployOptions */.zu)((name) => values[name], {
            workspace: io.cwd,
            runNumber: io.env.GITHUB_RUN_NUMBER,
            runAttempt: io.env.GITHUB_RUN_ATTEMPT,
            env: io.env,
            platform: process.platform,
            reporter
        });
    }
    catch (error) {
        if (!(error instanceof errors/* InputErrors */.G))
            throw error;
        for (const problem of error.errors)
            reporter.error(problem.message);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const ports = (0,cli_ports/* cliPorts */.h)(io, reporter);
    const result = await recoverSite(options, ports, (0,default_steps/* createDefaultSteps */.n7)());
    const failed = (result.recovery?.problems.length ?? 0) > 0;
    if ((0,cli_args/* flag */.Jt)(args, 'json')) {
        io.stdout(`${JSON.stringify((0,secrets/* maskStrings */.X1)({ ok: !failed, ...result, recovery: result.recovery && { ...result.recovery, found: undefined } }, (t) => reporter.mask(t)), null, 2)}\n`);
    }
    else if (!result.recovery) {
        io.stdout(`Nothing to repair: ${result.last ? `the last deploy (started ${result.last.startedAt}) ended ${result.last.status}` : 'no deploy of this site is recorded'} (${result.ledgerFile}).\n`);
    }
    else {
        const verb = options.dryRun ? 'Would repair' : 'Repaired';
        io.stdout(reporter.mask(`${verb} the interrupted deploy started at ${result.recovery.startedAt} (${result.recovery.by}):\n`));
        for (const action of result.recovery.actions)
            io.stdout(reporter.mask(`  ${action}\n`));
        for (const problem of result.recovery.problems)
            io.stdout(reporter.mask(`  problem: ${problem}\n`));
    }
    return failed ? cli_io/* EXIT_ERRORS */.Zq : cli_io/* EXIT_OK */.Ij;
};


/***/ })

};
