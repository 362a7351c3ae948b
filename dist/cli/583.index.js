const id = 583;
const ids = [583];
const modules = {
  /***/
  3583: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        recoverCommand: () => (
          /* binding */
          recoverCommand
        )
      });
      var secrets = __webpack_require__(8198);
      var errors = __webpack_require__(4296);
      var default_steps = __webpack_require__(5330);
      var pipeline_options = __webpack_require__(3266);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var external_node_crypto_ = __webpack_require__(7598);
      var external_node_crypto_default = /* @__PURE__ */ __webpack_require__.n(external_node_crypto_);
      var context = __webpack_require__(7057);
      var state_dir = __webpack_require__(1352);
      var core_tools = __webpack_require__(3672);
      var deploy_lock = __webpack_require__(3642);
      var ledger = __webpack_require__(6441);
      var pipeline_recovery = __webpack_require__(9827);
      ;
      async function recoverSite(options, ports, steps) {
        const reporter = new context.M8(ports.reporter);
        const tools = new core_tools.HV({ env: ports.env, platform: ports.platform, runner: ports.runner }, { appcmd: options.appcmdPath });
        const stateDir = (0, state_dir.JT)(options.stateDir, {
          env: ports.env,
          platform: ports.platform,
          uid: ports.platform === "win32" ? void 0 : process.getuid?.()
        });
        const scope = (0, deploy_lock.cl)({ site: options.site, application: options.application });
        const file = (0, ledger.GN)(external_node_path_default().join(stateDir, state_dir.lu.ledgers), scope);
        const found = (0, ledger.SC)(file);
        const last = found && {
          runId: found.runId,
          status: found.status,
          startedAt: found.startedAt,
          endedAt: found.endedAt,
          serverState: found.serverState
        };
        if (options.dryRun) {
          if (found?.status !== "running")
            return { ledgerFile: file, last };
          return {
            ledgerFile: file,
            last,
            recovery: {
              startedAt: found.startedAt,
              by: `${found.owner.description ?? ""} pid ${found.owner.pid} on ${found.owner.host}`.trim(),
              actions: (0, pipeline_recovery.Zy)(found).map((change) => `would put back: ${change}`),
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
          plan: new context.EX(reporter),
          timing: context.ft,
          tool: (name) => tools.resolve(name),
          ledger: new ledger.td({
            scope,
            target: { application: options.application },
            now: () => ports.clock.now(),
            host: external_node_os_default().hostname()
          }),
          stateDir
        };
        await (0, state_dir.xH)({ dir: stateDir, platform: ports.platform, runner: ports.runner, reporter });
        const lock = await steps.acquireLock(ctx, "site");
        try {
          const recovery = await (0, pipeline_recovery.qW)({
            file,
            repairs: steps.createRepairs({ ...ctx, signal: new AbortController().signal }),
            reporter,
            now: () => ports.clock.now(),
            host: external_node_os_default().hostname(),
            runId: external_node_crypto_default().randomUUID()
          });
          return { ledgerFile: file, last, recovery };
        } finally {
          await lock?.release();
        }
      }
      var console_reporter = __webpack_require__(175);
      var cli_ports = __webpack_require__(228);
      var cli_args = __webpack_require__(7764);
      var cli_io = __webpack_require__(477);
      ;
      const INPUTS = ["site", "application", "state-dir", "appcmd-path", "app-pool"];
      const recoverCommand = async (argv, io) => {
        const args = (0, cli_args.Zy)(argv, { flags: ["json", "dry-run", "verbose"] });
        if (args.positionals.length > 0)
          throw new cli_args.eb(`Unexpected argument '${args.positionals[0]}'.`);
        for (const name of args.options.keys()) {
          if (!INPUTS.includes(name) && !["json", "dry-run", "verbose"].includes(name))
            throw new cli_args.eb(`Unknown option '--${name}': recover takes ${INPUTS.map((n) => `--${n}`).join(", ")}, --dry-run, --json.`);
        }
        const site = args.options.get("site")?.join("\n");
        if (!site?.trim())
          throw new cli_args.eb(`recover needs --site <name>: the site whose interrupted deploy to repair.`);
        const reporter = new console_reporter.l({
          verbose: (0, cli_args.Jt)(args, "verbose"),
          out: (line) => io.stderr(`${line}
`),
          err: (line) => io.stderr(`${line}
`)
        });
        const values = {
          ...Object.fromEntries(INPUTS.map((name) => [name, args.options.get(name)?.join("\n")])),
          "dry-run": String((0, cli_args.Jt)(args, "dry-run"))
        };
        let options;
        try {
          options = await (0, pipeline_options.Qr)((name) => values[name], {
            workspace: io.cwd,
            runNumber: io.env.GITHUB_RUN_NUMBER,
            runAttempt: io.env.GITHUB_RUN_ATTEMPT,
            env: io.env,
            platform: process.platform,
            reporter
          });
        } catch (error) {
          if (!(error instanceof errors.G))
            throw error;
          for (const problem of error.errors)
            reporter.error(problem.message);
          return cli_io.Ri;
        }
        const ports = (0, cli_ports.h)(io, reporter);
        const result = await recoverSite(options, ports, (0, default_steps.n7)());
        const failed = (result.recovery?.problems.length ?? 0) > 0;
        if ((0, cli_args.Jt)(args, "json")) {
          io.stdout(`${JSON.stringify((0, secrets.X1)({ ok: !failed, ...result, recovery: result.recovery && { ...result.recovery, found: void 0 } }, (t) => reporter.mask(t)), null, 2)}
`);
        } else if (!result.recovery) {
          io.stdout(`Nothing to repair: ${result.last ? `the last deploy (started ${result.last.startedAt}) ended ${result.last.status}` : "no deploy of this site is recorded"} (${result.ledgerFile}).
`);
        } else {
          const verb = options.dryRun ? "Would repair" : "Repaired";
          io.stdout(reporter.mask(`${verb} the interrupted deploy started at ${result.recovery.startedAt} (${result.recovery.by}):
`));
          for (const action of result.recovery.actions)
            io.stdout(reporter.mask(`  ${action}
`));
          for (const problem of result.recovery.problems)
            io.stdout(reporter.mask(`  problem: ${problem}
`));
        }
        return failed ? cli_io.Zq : cli_io.Ij;
      };
    })
  )
};
export {
  id,
  ids,
  modules
};
