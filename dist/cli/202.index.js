const id = 202;
const ids = [202];
const modules = {
  /***/
  9202: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        deployCommand: () => (
          /* binding */
          deployCommand
        ),
        expandBareBooleans: () => (
          /* binding */
          expandBareBooleans
        )
      });
      var errors = __webpack_require__(4296);
      var core_secrets = __webpack_require__(8198);
      var default_steps = __webpack_require__(5330);
      var core_tools = __webpack_require__(3672);
      var health_check = __webpack_require__(3008);
      var context = __webpack_require__(7057);
      var iis_appcmd = __webpack_require__(8862);
      var app_pool = __webpack_require__(4891);
      ;
      async function subjectOf(options) {
        const { appcmd, site, application, action } = options;
        if (site === void 0) {
          if (options.appPool === void 0)
            throw new errors.dz("action", `Input 'action' is '${action}': set 'site' or 'app-pool'.`);
          return { kind: "pool", name: options.appPool };
        }
        if (action === "remove")
          return application === "/" ? { kind: "site", name: site } : { kind: "app", id: (0, iis_appcmd.dh)(site, application) };
        if (application === "/" && action !== "recycle" && options.appPool === void 0)
          return { kind: "site", name: site };
        const pool = options.appPool ?? await appcmd.readProperty("app", (0, iis_appcmd.dh)(site, application), "applicationPool");
        if (pool === void 0 || pool === "")
          throw new errors.dz("application", `Application '${(0, iis_appcmd.dh)(site, application)}' does not exist in IIS, so it has no pool to ${action}: check 'site' and 'application', or set 'app-pool'.`);
        return { kind: "pool", name: pool };
      }
      async function runManageAction(options) {
        const { appcmd, action, dryRun } = options;
        const subject = await subjectOf(options);
        const object = subject.kind === "pool" ? `app pool '${subject.name}'` : subject.kind === "site" ? `site '${subject.name}'` : `application '${subject.id}'`;
        const same = (detail) => ({ object, changed: false, detail, commands: [] });
        const state = subject.kind === "pool" ? await appcmd.getAppPoolState(subject.name) : subject.kind === "site" ? await appcmd.getSiteState(subject.name) : await appcmd.readProperty("app", subject.id, "applicationPool") !== void 0 ? "Started" : void 0;
        if (state === void 0) {
          if (action === "remove")
            return same(`${object} does not exist: nothing to remove`);
          throw new errors.dz(subject.kind === "pool" ? "app-pool" : "site", `${object} does not exist on this server (see \`appcmd list ${subject.kind === "pool" ? "apppools" : "sites"}\`): check the name.`);
        }
        const wanted = action === "start" ? "Started" : action === "stop" ? "Stopped" : void 0;
        if (wanted !== void 0 && state === wanted)
          return same(`${object} is already ${wanted.toLowerCase()}`);
        if (action === "recycle" && subject.kind === "pool" && state !== "Started")
          return same(`${object} is ${state.toLowerCase()}: nothing to recycle (start it instead)`);
        const name = subject.kind === "app" ? subject.id : subject.name;
        const args = action === "remove" ? subject.kind === "pool" ? (0, iis_appcmd.YP)(name) : ["delete", subject.kind, name] : subject.kind === "pool" ? (0, iis_appcmd.w3)(action, name) : [action, "site", name];
        if (action === "remove" && subject.kind === "pool") {
          const { stdout } = await appcmd.run((0, iis_appcmd.nR)(name), { accept: [1168, 1] });
          const apps = (0, iis_appcmd.ws)(stdout).filter((o) => o.type === "APP").map((o) => o.id);
          if (apps.length > 0)
            throw new errors.dz("app-pool", `App pool '${name}' still serves ${apps.join(", ")}: remove those applications (or move them to another pool) first.`);
        }
        const commands = [appcmd.display(args)];
        const verb = action === "remove" ? "removed" : action === "recycle" ? "recycled" : action === "start" ? "started" : "stopped";
        if (dryRun)
          return { object, changed: true, detail: `would ${action} ${object}`, commands };
        if (subject.kind === "pool" && action === "stop")
          await (0, app_pool.i9)({ appcmd, pool: name, timeoutMs: options.timeoutMs });
        else if (subject.kind === "pool" && action === "start")
          await (0, app_pool._U)({ appcmd, pool: name, timeoutMs: options.timeoutMs });
        else if (subject.kind === "site" && action === "stop")
          await (0, app_pool.S1)({ appcmd, site: name, timeoutMs: options.timeoutMs });
        else if (subject.kind === "site" && action === "start")
          await (0, app_pool.EL)({ appcmd, site: name, timeoutMs: options.timeoutMs });
        else
          await appcmd.run(args);
        return { object, changed: true, detail: `${object} ${verb}`, commands };
      }
      var external_node_crypto_ = __webpack_require__(7598);
      var external_node_crypto_default = /* @__PURE__ */ __webpack_require__.n(external_node_crypto_);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var state_dir = __webpack_require__(1352);
      var deploy_lock = __webpack_require__(3642);
      var pipeline_ledger = __webpack_require__(6441);
      var pipeline_recovery = __webpack_require__(9827);
      var acquire_lock = __webpack_require__(7044);
      ;
      function createRunLedger({ ctx, file, runId, locks }) {
        const o = ctx.options;
        return new pipeline_ledger.td({
          file,
          maskText: (text) => ctx.ports.reporter.mask(text),
          runId,
          dryRun: o.dryRun,
          scope: (0, deploy_lock.cl)({ site: o.site, application: o.application }),
          target: { site: o.site, application: o.application, appPool: o.appPool, physicalPath: o.physicalPath },
          now: () => ctx.ports.clock.now(),
          host: external_node_os_default().hostname(),
          description: (0, acquire_lock.Y)(ctx.ports.env),
          pauseAt: file ? ctx.ports.env.IIS_DEPLOY_TEST_PAUSE_AT : void 0,
          assertHeld: () => {
            for (const lock of locks())
              lock?.assertHeld();
          }
        });
      }
      async function openRun(ctx, cleanupCtx, steps, locks) {
        const o = ctx.options;
        if (o.dryRun || o.target === "iis-express" || o.msdeployUrl)
          return {};
        const win = ctx.ports.platform === "win32";
        const tool = (name) => win ? ctx.tools.resolve(name).catch(() => void 0) : Promise.resolve(void 0);
        await (0, state_dir.xH)({
          dir: ctx.stateDir,
          platform: ctx.ports.platform,
          runner: ctx.ports.runner,
          reporter: ctx.reporter,
          whoamiPath: await tool("whoami"),
          icaclsPath: await tool("icacls")
        });
        const siteLock = await steps.acquireLock(ctx, "site");
        const scope = (0, deploy_lock.cl)({ site: o.site, application: o.application });
        const file = (0, pipeline_ledger.GN)(external_node_path_default().join(ctx.stateDir, state_dir.lu.ledgers), scope);
        const runId = external_node_crypto_default().randomUUID();
        const recovery = await (0, pipeline_recovery.qW)({
          file,
          repairs: steps.createRepairs(cleanupCtx),
          reporter: ctx.reporter,
          now: () => ctx.ports.clock.now(),
          host: external_node_os_default().hostname(),
          runId
        });
        const last = (0, pipeline_ledger.SC)(file);
        if (last)
          (0, pipeline_recovery.a_)(file, last);
        const ledger = createRunLedger({ ctx, file, runId, locks: () => [siteLock, ...locks()] });
        return { siteLock, ledger, recovery };
      }
      var pipeline_options = __webpack_require__(3266);
      ;
      function putBackText(m) {
        if (m.kind === "write-app-offline")
          return "app_offline.htm removed";
        if (m.kind === "stop-pool")
          return m.note ?? `${m.summary} put back`;
        return m.note ? `${m.summary}: ${m.note}` : `${m.summary} put back`;
      }
      function describeUntouchedContent(mutations, served) {
        const happened = mutations.filter((m) => m.status !== "planned" && !m.changedNothing);
        if (happened.length === 0)
          return "Nothing on the server was changed.";
        const backupFailed = happened.some((m) => m.kind === "backup" && m.status !== "done");
        const others = happened.filter((m) => m.kind !== "backup");
        const putBack = others.filter((m) => m.status === "reverted").map(putBackText);
        const kept = others.filter((m) => m.status !== "reverted");
        const offlineKept = kept.some((m) => m.kind === "stop-pool" || m.kind === "write-app-offline");
        const lead = backupFailed ? "The backup failed before the copy started: the app files were not touched" : "The app files were not touched";
        const serving = served && !offlineKept ? ", and the site still serves the previous version" : "";
        const sentences = [`${lead}${serving}${putBack.length > 0 ? ` (${putBack.join(", ")})` : ""}.`];
        if (kept.length > 0)
          sentences.push(`Still in effect from this run: ${kept.map((m) => `${m.summary}${m.status === "done" ? "" : ` (${m.status})`}`).join("; ")} (see the steps table).`);
        return sentences.join(" ");
      }
      ;
      function previousPathOf(action) {
        return action.kind === "restore-backup" ? action.backupDir : action.physicalPath;
      }
      const OUTPUT_NAMES = (
        /* unused pure expression or super */
        null
      );
      ;
      class DeployError extends Error {
        cause;
        serverState;
        name = "DeployError";
        constructor(message, cause, serverState) {
          super(message);
          this.cause = cause;
          this.serverState = serverState;
        }
      }
      const STEP_TITLES = {
        "iis-features": "IIS features",
        "hosting-bundle": ".NET Hosting Bundle",
        provision: "Provision app pool, site and application",
        "web-config": "Prepare the app: web.config and settings",
        offline: "Take the app offline",
        sync: "Sync files",
        online: "Bring the app online",
        "health-check": "Health check",
        rollback: "Roll back",
        manage: "Manage action"
      };
      function seconds(ms) {
        return ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`;
      }
      class StepTable {
        reporter;
        clock;
        options;
        records = /* @__PURE__ */ new Map();
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
              throw new errors.cc(`Cancelled before '${name}'.`);
            try {
              const value = await fn();
              const took = this.clock.now() - start;
              const result = this.options.dryRun && name !== "web-config" ? "planned" : "succeeded";
              this.record(name, result, took, detail(value));
              this.reporter.info(`${name}: ${result} in ${seconds(took)}`);
              return value;
            } catch (error) {
              const took = this.clock.now() - start;
              const cancelled = error instanceof errors.cc || ctx.signal.aborted;
              this.record(name, cancelled ? "cancelled" : "failed", took, (0, errors.gJ)(error).split("\n")[0] ?? "");
              this.reporter.info(`${name}: ${cancelled ? "cancelled" : "failed"} after ${seconds(took)}`);
              throw error;
            }
          });
        }
        skip(name, why) {
          if (!this.records.has(name))
            this.record(name, "skipped", 0, why);
        }
        /** A step that ran for another's sake (web-config read for the sync) shows as skipped, with its time. */
        markSkipped(name, why) {
          this.record(name, "skipped", this.records.get(name)?.durationMs ?? 0, why);
        }
        recordIfMissing(name, result, detail) {
          if (!this.records.has(name))
            this.record(name, result, 0, detail);
        }
      }
      function latestUndo(mutations) {
        for (const m of [...mutations].reverse()) {
          if (pipeline_ledger.w8.includes(m.kind) && m.undo && (m.undo.kind === "restore-backup" || m.undo.kind === "switch-physical-path"))
            return m.undo;
        }
        return void 0;
      }
      function describeState(ctx, facts, ok, problems) {
        const o = ctx.options;
        if (o.dryRun)
          return "Dry run: nothing on the server was changed.";
        if (o.action !== "deploy")
          return ok ? `Action '${o.action}' done: ${facts.stateNotes.join(" ") || "as asked"}.` : [...facts.stateNotes, ...problems].join(" ") || `Action '${o.action}' failed: see the steps table.`;
        const made = ctx.ledger.record.mutations.filter((m) => m.status !== "planned");
        const notes = [...facts.stateNotes, ...problems];
        const where = facts.syncOutcome?.releasePath ?? facts.target?.physicalPath;
        if (ok)
          return `The site serves the new version${where ? ` from ${where}` : ""}.`;
        if (notes.length > 0)
          return notes.join(" ");
        const undo = latestUndo(made);
        if (facts.rolledBack)
          return `Rolled back: the site serves the previous version${undo ? ` (${previousPathOf(undo)})` : ""}.`;
        const content = made.filter((m) => pipeline_ledger.w8.includes(m.kind) && !m.changedNothing);
        if (content.length === 0)
          return describeUntouchedContent(made, facts.target?.site !== void 0 && facts.target.exists.application);
        if (facts.syncOutcome)
          return `The new version is in place${where ? ` at ${where}` : ""}.`;
        if (o.strategy === "releases" && !made.some((m) => m.kind === "switch-release"))
          return "The new release was not switched to: the site still serves the previous release.";
        return `${where ?? "The target folder"} may be partly updated.`;
      }
      function buildPlan(ctx, facts) {
        const o = ctx.options;
        const t = facts.target;
        const c = facts.changes;
        const files = c?.changes ?? [];
        return {
          dryRun: o.dryRun,
          target: {
            kind: t?.kind ?? (o.target === "iis-express" ? "iis-express" : o.msdeployUrl ? "remote" : "local-iis"),
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
          changes: c ? {
            filesAdded: c.filesAdded,
            filesUpdated: c.filesUpdated,
            filesDeleted: c.filesDeleted,
            bytesToCopy: c.bytesToCopy,
            touchesLockedFiles: c.touchesLockedFiles,
            files: files.slice(0, 500),
            truncated: files.length > 500
          } : void 0,
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
        const known = failure?.serverState;
        if (typeof known === "string" && !(failure instanceof DeployError))
          facts.stateNotes.unshift(known);
        const ok = failure === void 0 && problems.length === 0;
        const serverState = describeState(ctx, facts, ok, problems);
        let error;
        if (!ok) {
          const base = failure === void 0 ? "The deploy finished, but the cleanup failed." : (0, errors.gJ)(failure);
          const state = failure instanceof DeployError ? "" : `
Server state: ${serverState}`;
          const extra = problems.length > 0 && failure !== void 0 && !state ? `
${problems.join("\n")}` : "";
          const why = facts.diagnosis ? `
Why it failed: ${facts.diagnosis.cause}. Fix: ${facts.diagnosis.fix}.` : "";
          const message = reporter.mask(`${base}${state}${extra}${why}`);
          error = failure instanceof errors.cc || ctx.signal.aborted && failure !== void 0 ? Object.assign(new errors.cc(message), { cause: failure }) : new DeployError(message, failure, serverState);
        }
        for (const step of pipeline_options.Bl) {
          const why = ok || !o.steps.includes(step) ? "not selected" : ctx.signal.aborted ? "not run: cancelled" : "not run: an earlier step failed";
          table.skip(step, why);
        }
        const steps = [...pipeline_options.Bl, "rollback", "manage"].map((name) => table.records.get(name)).filter((r) => r !== void 0);
        const plan = (0, core_secrets.X1)(buildPlan(ctx, facts), (text) => reporter.mask(text));
        const sync = facts.syncOutcome?.result;
        const counts = sync ?? (o.dryRun && facts.changes ? {
          filesAdded: facts.changes.filesAdded,
          filesUpdated: facts.changes.filesUpdated,
          filesDeleted: facts.changes.filesDeleted,
          bytesCopied: facts.changes.bytesToCopy
        } : void 0);
        const undo = latestUndo(ctx.ledger.record.mutations);
        const previousPath = facts.syncOutcome?.previousPath ?? (undo ? previousPathOf(undo) : void 0);
        const rolledBack = facts.rolledBack === true;
        const outputs = {
          "release-path": facts.syncOutcome?.releasePath ?? (rolledBack ? "" : plan.releasePath ?? ""),
          "previous-path": previousPath ?? "",
          "files-added": String(counts?.filesAdded ?? 0),
          "files-updated": String(counts?.filesUpdated ?? 0),
          "files-deleted": String(counts?.filesDeleted ?? 0),
          "bytes-copied": String(counts?.bytesCopied ?? 0),
          "offline-ms": String(Math.round(facts.offlineMs)),
          "health-status": facts.health?.status !== void 0 ? String(facts.health.status) : "",
          "rolled-back": String(rolledBack),
          "hosting-bundle-version": facts.hostingBundle?.version ?? "",
          "reboot-required": String(facts.hostingBundle?.rebootRequired ?? false),
          recovered: String(facts.recovery !== void 0),
          plan: JSON.stringify(plan),
          diagnosis: facts.diagnosis ? JSON.stringify((0, core_secrets.X1)(facts.diagnosis, (text) => reporter.mask(text))) : ""
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
          diagnosis: facts.diagnosis,
          ledgerFile: ctx.ledger.dryRun ? void 0 : ctx.ledger.file,
          durationMs: ctx.ports.clock.now() - facts.started
        };
      }
      ;
      function startRunContext(options, ports, timing, tools) {
        const reporter = new context.M8(ports.reporter);
        const plan = new context.EX(reporter);
        const recording = {
          async resolve(name) {
            const found = await tools.resolve(name);
            plan.tool(name, found);
            return found;
          }
        };
        const stateDir = (0, state_dir.JT)(options.stateDir, {
          env: ports.env,
          platform: ports.platform,
          uid: ports.platform === "win32" ? void 0 : process.getuid?.()
        });
        const base = {
          options,
          ports: { ...ports, reporter },
          reporter,
          dryRun: options.dryRun,
          tools: recording,
          plan,
          timing,
          tool: (name) => recording.resolve(name),
          ledger: createRunLedger({ ctx: { options, ports }, locks: () => [] }),
          stateDir
        };
        const facts = {
          started: ports.clock.now(),
          offlineMs: 0,
          offlineMeasured: "none",
          stateNotes: [],
          diagnostics: []
        };
        return { base, table: new StepTable(reporter, ports.clock, options), facts };
      }
      var shared = __webpack_require__(3933);
      ;
      async function runManage(options, ports, steps, timing, tools) {
        const { base, table, facts } = startRunContext(options, ports, timing, tools);
        const ctx = { ...base, signal: ports.signal ?? new AbortController().signal };
        const { plan } = base;
        const action = options.action;
        let failure;
        let lock;
        try {
          const opened = await openRun(ctx, { ...ctx, signal: new AbortController().signal }, steps, () => []);
          lock = opened.siteLock;
          facts.recovery = opened.recovery;
          if (opened.ledger)
            ctx.ledger = opened.ledger;
          const appcmd = (0, shared.RL)(ctx, await ctx.tool("appcmd"));
          const what = options.site === void 0 ? `app pool '${options.appPool}'` : `'${options.site}${options.application === "/" ? "" : options.application}'`;
          const outcome = await table.run("manage", ctx, () => ctx.ledger.track("provision", "manage", `${action} ${what}`, async (m) => {
            const done = await runManageAction({
              appcmd,
              action,
              site: options.site,
              application: options.application,
              appPool: options.appPool,
              timeoutMs: options.stopTimeoutMs,
              dryRun: ctx.dryRun
            });
            if (!done.changed)
              ctx.ledger.revert(m, "nothing to change");
            for (const command of done.commands)
              plan.action("manage", command);
            return done;
          }), (d) => d.detail);
          facts.stateNotes.push(outcome.detail);
        } catch (error) {
          failure = error;
        }
        const problems = [];
        await lock?.release().catch((error) => problems.push(`Could not release the deploy lock: ${(0, errors.gJ)(error)}`));
        const result = buildDeployResult(ctx, table, facts, failure, problems);
        if (!ctx.ledger.dryRun)
          ctx.ledger.finish(result.ok ? "succeeded" : result.error instanceof errors.cc ? "cancelled" : "failed", result.serverState);
        return result;
      }
      ;
      async function rollBackRun(run, cause, target) {
        const { options: o, ctx, facts } = run;
        const notes = facts.stateNotes;
        facts.diagnosis ??= await run.steps.diagnoseFailure?.(ctx, { target, app: facts.app, since: facts.started });
        if (!o.rollback) {
          notes.push(`The new version is live and failing; 'rollback: false' kept it.`);
          throw cause;
        }
        const undoable = ctx.ledger.open(pipeline_ledger.w8).some((m) => m.undo && m.undo.kind !== "remove-folder");
        if (!undoable) {
          notes.push(facts.syncOutcome ? `There is no previous version to roll back to (${o.strategy === "in-place" && !o.backup ? "'backup: false'" : "first deploy"}): the new version is live and failing.` : "Nothing was rolled back: the sync did not run.");
          throw cause;
        }
        const detail = await run.table.run("rollback", ctx, async () => {
          const settled = await (0, pipeline_recovery.Lk)(ctx.ledger, run.steps.createRepairs(ctx), {
            undoContent: "all",
            step: "rollback"
          });
          if (settled.problems.length > 0)
            throw new Error(settled.problems.join(" "));
          facts.rolledBack = true;
          const restored = settled.restored.join("; ");
          if (!o.healthCheckUrl)
            return `${restored}; no health check to run`;
          try {
            facts.health = await run.steps.checkHealth(ctx, target);
            return `${restored}; the previous version passes the health check (HTTP ${facts.health.status})`;
          } catch (error) {
            if (error instanceof health_check.b1)
              facts.health = error.result;
            notes.push(`Rolled back, but the previous version does not pass the health check either: ${(0, errors.gJ)(error)}`);
            return `${restored}; the previous version fails the health check too`;
          }
        }, (d) => d);
        throw new DeployError(`${(0, errors.gJ)(cause)}
Rolled back: ${detail}.`, cause, detail);
      }
      async function settleAfterRun(run, failed) {
        const { options: o, ctx, facts, table } = run;
        const ledger = ctx.ledger;
        const target = facts.target;
        if (ledger.dryRun || !target)
          return [];
        const halfSync = ledger.open(pipeline_ledger.w8).find((m) => m.status !== "done" && m.undo?.kind !== "remove-folder");
        const restorable = o.rollback && halfSync?.undo !== void 0;
        const syncStarted = ledger.record.mutations.some((m) => pipeline_ledger.w8.includes(m.kind) && m.status !== "reverted");
        const keepAppOffline = failed && o.keepOfflineOnFailure && syncStarted && !restorable && !facts.rolledBack && ledger.open(["write-app-offline"]).length > 0;
        const offlineBefore = ledger.open(["stop-pool", "write-app-offline"]).length;
        const settle = () => (0, pipeline_recovery.Lk)(ledger, run.steps.createRepairs(ctx), {
          undoContent: o.rollback ? "unfinished" : "none",
          keepAppOffline,
          step: "cleanup"
        });
        const settled = restorable ? await table.run("rollback", ctx, settle, (s) => s.restored.join("; ") || s.problems.join(" ")).catch((error) => ({
          actions: [],
          restored: [],
          partial: [],
          problems: [(0, errors.gJ)(error)],
          restoredPrevious: false
        })) : await settle();
        if (settled.restoredPrevious) {
          facts.rolledBack = true;
          facts.stateNotes.push(`The sync did not finish; ${settled.restored.join("; ")}.`);
        }
        if (halfSync && halfSync.status !== "reverted")
          facts.stateNotes.push(partlyUpdated(o, target, halfSync.undo !== void 0));
        if (keepAppOffline)
          noteKeptOffline(run, target);
        else if (offlineBefore > 0 && ledger.open(["stop-pool", "write-app-offline"]).length === 0) {
          ctx.reporter.info("The app is online again.");
          table.recordIfMissing("online", "succeeded", "brought online during cleanup");
        }
        return settled.problems;
      }
      function noteKeptOffline(run, target) {
        const file = external_node_path_default().join(target.physicalPath, "app_offline.htm");
        const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`;
        run.facts.stateNotes.push(note);
        run.ctx.reporter.warning(note, { file, title: "app_offline.htm left in place" });
        run.table.recordIfMissing("online", "skipped", `app_offline.htm kept ('keep-offline-on-failure: true')`);
      }
      function partlyUpdated(o, target, hadBackup) {
        if (target.kind === "remote")
          return "Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.";
        if (o.strategy === "releases")
          return "The new release was not switched to: the site still serves the previous release.";
        return `The sync did not finish: ${target.physicalPath ?? "the target folder"} is partly updated${hadBackup ? " ('rollback: false')" : " and there is no backup"}; deploy again.`;
      }
      var stdout_log = __webpack_require__(2444);
      ;
      const RESULT_ICONS = {
        succeeded: "\u2705 succeeded",
        failed: "\u274C failed",
        cancelled: "\u{1F6D1} cancelled",
        skipped: "\u23ED\uFE0F skipped",
        planned: "\u{1F4DD} planned"
      };
      const STEP_LABELS = {
        "iis-features": "iis-features",
        "hosting-bundle": "hosting-bundle",
        provision: "provision",
        "web-config": "web-config",
        offline: "offline",
        sync: "sync",
        online: "online",
        "health-check": "health-check",
        rollback: "rollback",
        manage: "manage"
      };
      function cell(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
      }
      function formatDuration(ms) {
        if (ms <= 0)
          return "";
        if (ms < 1e3)
          return `${Math.round(ms)} ms`;
        if (ms < 6e4)
          return `${(ms / 1e3).toFixed(1)} s`;
        const minutes = Math.floor(ms / 6e4);
        return `${minutes} min ${Math.round(ms % 6e4 / 1e3)} s`;
      }
      function formatBytes(bytes) {
        if (bytes < 1024)
          return `${bytes} B`;
        const units = ["KB", "MB", "GB", "TB"];
        let value = bytes / 1024;
        let unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
          value /= 1024;
          unit++;
        }
        return `${value.toFixed(1)} ${units[unit]}`;
      }
      function renderSummary(result, context2) {
        const lines = [];
        const verdict = result.dryRun && result.ok ? "\u{1F4DD} Dry run" : result.ok ? "\u2705 Deployed" : result.rolledBack ? "\u21A9\uFE0F Failed and rolled back" : "\u274C Failed";
        lines.push(`## iis-deploy: ${verdict} ${cell(context2.title)}`, "");
        if (result.diagnosis)
          lines.push(...renderDiagnosis(result.diagnosis, "markdown"));
        lines.push(cell(result.serverState), "");
        if (result.recovery)
          lines.push(...recoveryLines(result.recovery).map((line) => cell(line)), "");
        if (result.error) {
          lines.push("```text", result.error.message.replace(/```/g, "'''"), "```", "");
        }
        lines.push("| Step | Result | Duration | Details |", "|---|---|---|---|");
        for (const step of result.steps) {
          lines.push(`| ${STEP_LABELS[step.name]} | ${RESULT_ICONS[step.result]} | ${formatDuration(step.durationMs)} | ${cell(step.detail)} |`);
        }
        lines.push("", `Total: ${formatDuration(result.durationMs) || "0 ms"}`, "");
        const counts = result.sync ?? (result.changes && {
          filesAdded: result.changes.filesAdded,
          filesUpdated: result.changes.filesUpdated,
          filesDeleted: result.changes.filesDeleted,
          bytesCopied: result.changes.bytesToCopy
        });
        if (counts) {
          lines.push(result.dryRun ? "### File changes (planned)" : "### File changes", "");
          lines.push("| Added | Updated | Deleted | Copied |", "|---:|---:|---:|---:|");
          lines.push(`| ${counts.filesAdded} | ${counts.filesUpdated} | ${counts.filesDeleted} | ${formatBytes(counts.bytesCopied)} |`, "");
          const files = result.changes?.changes ?? [];
          if (files.length > 0) {
            const shown = files.slice(0, 50);
            lines.push(`<details><summary>${files.length} changed file${files.length === 1 ? "" : "s"}</summary>`, "");
            lines.push("```text", ...shown.map((f) => `${f.kind.padEnd(6)} ${f.path}`), ...files.length > shown.length ? [`\u2026 and ${files.length - shown.length} more`] : [], "```", "", "</details>", "");
          }
          if (result.releasePath || result.previousPath) {
            lines.push(`Release: \`${cell(result.releasePath ?? "")}\`${result.previousPath ? ` (previous: \`${cell(result.previousPath)}\`)` : ""}`, "");
          }
        }
        if (!result.dryRun) {
          lines.push("### Offline window", "");
          lines.push(result.offlineMeasured === "probe" ? `The app answered 503 or nothing for **${formatDuration(result.offlineMs) || "0 ms"}** (measured by probing the health URL).` : result.offlineMeasured === "window" ? `The app was offline for **${formatDuration(result.offlineMs) || "0 ms"}** (from taking it offline to bringing it online).` : "The app was not taken offline.", "");
        }
        if (result.health) {
          const h = result.health;
          lines.push("### Health check", "");
          lines.push(h.healthy ? `\u2705 \`${cell(h.url)}\` answered HTTP ${h.status} after ${h.attempts} attempt${h.attempts === 1 ? "" : "s"}.` : `\u274C \`${cell(h.url)}\`: ${h.status === void 0 ? cell(h.reason) : `HTTP ${h.status} (${cell(h.reason)})`}${h.bodyExcerpt ? `: \u201C${cell(h.bodyExcerpt)}\u201D` : ""}`, "");
        }
        if (result.rolledBack) {
          const rollback = result.steps.find((s) => s.name === "rollback");
          lines.push("### Rollback", "", `\u21A9\uFE0F ${cell(rollback?.detail ?? "The previous version was brought back.")}`, "");
        }
        if (result.diagnostics.length > 0) {
          lines.push("### web.config", "");
          for (const d of result.diagnostics)
            lines.push(`- ${d.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${cell(formatLocation(d))}: ${cell(d.message)}`);
          lines.push("");
        }
        if (result.warnings.length > 0) {
          lines.push("### Warnings", "");
          for (const warning of result.warnings)
            lines.push(`- \u26A0\uFE0F ${cell(warning)}`);
          lines.push("");
        }
        if (result.plan.commands.length > 0 || result.plan.creates.length > 0) {
          lines.push(`<details><summary>${result.dryRun ? "Plan" : "Commands run"} (${result.plan.commands.length})</summary>`, "");
          if (result.plan.creates.length > 0) {
            lines.push("Creates:", "", ...result.plan.creates.map((c) => `- ${cell(c)}`), "");
          }
          if (Object.keys(result.plan.tools).length > 0) {
            lines.push("Tools:", "", ...Object.entries(result.plan.tools).map(([name, p]) => `- ${name}: \`${cell(p)}\``), "");
          }
          lines.push("```text", ...result.plan.commands.map((c) => `[${c.step}] ${c.command}`), "```", "", "</details>", "");
        }
        if (context2.version)
          lines.push(`<sub>iis-deploy ${cell(context2.version)}</sub>`, "");
        return context2.mask(lines.join("\n"));
      }
      function formatLocation(d) {
        return d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
      }
      function annotateDiagnostics(reporter, diagnostics) {
        for (const d of diagnostics) {
          const location = {
            file: d.file,
            line: d.line || void 0,
            column: d.column || void 0,
            title: "web.config"
          };
          if (d.severity === "error")
            reporter.error(d.message, location);
          else
            reporter.warning(d.message, location);
        }
      }
      function recoveryLines(recovery) {
        const what = recovery.actions.length > 0 ? recovery.actions.join("; ") : "nothing was left to put back";
        const lines = [
          `\u267B\uFE0F Recovered from an interrupted deploy started at ${recovery.startedAt} (${recovery.by}): ${what}.`
        ];
        for (const problem of recovery.problems)
          lines.push(`\u26A0\uFE0F ${problem}`);
        return lines;
      }
      function renderTextSummary(result) {
        const lines = result.steps.map((s) => `  ${s.name.padEnd(15)} ${s.result.padEnd(10)} ${formatDuration(s.durationMs).padStart(9)}  ${s.detail}`);
        const counts = result.sync;
        if (counts)
          lines.push(`  files: +${counts.filesAdded} ~${counts.filesUpdated} -${counts.filesDeleted}, ${formatBytes(counts.bytesCopied)} ${result.dryRun ? "to copy" : "copied"}`);
        if (!result.dryRun && result.offlineMeasured !== "none")
          lines.push(`  offline: ${result.offlineMs} ms`);
        if (result.health && !result.dryRun)
          lines.push(`  health: ${result.health.status ?? "no answer"} from ${result.health.url}`);
        if (result.recovery)
          lines.push(...recoveryLines(result.recovery).map((line) => `  ${line}`));
        lines.push(result.serverState);
        return lines.join("\n");
      }
      ;
      function diagnosticsOf(error) {
        const list = error?.diagnostics;
        if (!Array.isArray(list))
          return void 0;
        return list.filter((d) => typeof d === "object" && d !== null && typeof d.message === "string").map((d) => ({
          severity: d.severity === "warning" ? "warning" : "error",
          message: String(d.message),
          file: typeof d.file === "string" ? d.file : "web.config",
          line: typeof d.line === "number" && d.line > 0 ? d.line : void 0,
          column: typeof d.column === "number" && d.column > 0 ? d.column : void 0
        }));
      }
      function resolveOfflineMode(options, target, plan) {
        if (!options.steps.includes("offline") || target.kind !== "local-iis")
          return "none";
        if (options.takeOffline !== "auto")
          return options.takeOffline;
        if (options.strategy === "releases")
          return "none";
        if (plan === void 0)
          return "both";
        return plan.touchesLockedFiles ? "both" : "none";
      }
      const skipReasons = {
        offline(o, target) {
          if (!o.steps.includes("offline"))
            return target.kind === "remote" ? "remote target (Web Deploy takes the app offline itself)" : "not selected";
          if (o.strategy === "releases")
            return "release folders: the live release is never overwritten";
          return o.takeOffline === "none" ? "'take-offline: none'" : "only static files change";
        }
      };
      async function prepareStep(table, steps, ctx, facts) {
        const o = ctx.options;
        const configure = o.steps.includes("web-config");
        if (o.target !== "iis-express" && !o.steps.includes("sync") && !configure) {
          table.skip("web-config", "not selected");
          return { dir: o.source, staged: false, diagnostics: [], changes: [] };
        }
        try {
          const app = await table.run("web-config", ctx, () => steps.prepareApp(ctx, configure), (a) => a.changes.length > 0 ? a.changes.join("; ") : a.diagnostics.length > 0 ? `${a.diagnostics.length} warning(s)` : "web.config is valid");
          facts.diagnostics = app.diagnostics;
          annotateDiagnostics(ctx.reporter, app.diagnostics);
          if (!configure && o.target !== "iis-express")
            table.markSkipped("web-config", "not selected");
          return app;
        } catch (error) {
          const diagnostics = diagnosticsOf(error);
          if (diagnostics) {
            facts.diagnostics = diagnostics;
            annotateDiagnostics(ctx.reporter, diagnostics);
          }
          throw error;
        }
      }
      const EMPTY_PLAN = {
        changes: [],
        filesAdded: 0,
        filesUpdated: 0,
        filesDeleted: 0,
        bytesToCopy: 0,
        touchesLockedFiles: false
      };
      async function smokeTestStep(table, steps, ctx, app) {
        for (const step of ["iis-features", "hosting-bundle", "provision", "offline", "online"]) {
          table.skip(step, "not used with target: iis-express");
        }
        table.skip("sync", "IIS Express runs the app from the prepared folder");
        const smoke = await table.run("health-check", ctx, () => steps.smokeTestIisExpress(ctx, app), (s) => s.detail);
        return smoke.health;
      }
      ;
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
          const { base, table, facts } = startRunContext(options, ports, timing, tools);
          this.ctx = { ...base, signal: ports.signal ?? new AbortController().signal };
          this.cleanupCtx = { ...base, signal: new AbortController().signal };
          this.table = table;
          this.facts = facts;
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
            this.facts.app = await prepareStep(this.table, this.steps, this.ctx, this.facts);
            await this.open();
            if (this.options.target === "iis-express")
              this.facts.health = await smokeTestStep(this.table, this.steps, this.ctx, this.facts.app);
            else
              await this.runIis(this.facts.app);
          } catch (error) {
            failure = error;
          }
          const problems = await this.guarantee(failure !== void 0);
          const result = buildDeployResult(this.ctx, this.table, this.facts, failure, problems);
          if (!this.ledger.dryRun) {
            this.ledger.finish(result.ok ? "succeeded" : result.error instanceof errors.cc ? "cancelled" : "failed", result.serverState);
          }
          return result;
        }
        /** Takes the lock, repairs what a dead run left, starts the ledger on disk (open-run.ts). */
        async open() {
          const opened = await openRun(this.ctx, this.cleanupCtx, this.steps, () => [this.serverLock]);
          this.siteLock = opened.siteLock;
          this.facts.recovery = opened.recovery;
          if (opened.ledger) {
            this.ctx.ledger = opened.ledger;
            this.cleanupCtx.ledger = opened.ledger;
          }
        }
        /** IIS features and the Hosting Bundle, under the server lock (another site's deploy may want them too). */
        async prepareServer(app) {
          const o = this.options;
          const ctx = this.ctx;
          const serverWide = this.selected("iis-features") || this.selected("hosting-bundle");
          if (serverWide && this.siteLock && o.site !== void 0)
            this.serverLock = await this.steps.acquireLock(ctx, "server");
          try {
            if (this.selected("iis-features")) {
              await this.steps.readTarget(ctx).catch((error) => {
                if (error instanceof errors.dz)
                  throw error;
              });
              await this.table.run("iis-features", ctx, () => this.ledger.track("iis-features", "iis-features", `enable IIS features: ${o.iisFeatures.join(", ")}`, () => this.steps.ensureIisFeatures(ctx)), (d) => d);
            } else
              this.table.skip("iis-features", o.iisFeatures.length ? "not selected" : "no 'iis-features' given");
            const target = await this.steps.readTarget(ctx);
            this.facts.target = target;
            this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath });
            if (this.selected("hosting-bundle")) {
              this.facts.hostingBundle = await this.table.run("hosting-bundle", ctx, () => this.ledger.track("hosting-bundle", "hosting-bundle", `.NET Hosting Bundle (${o.hostingBundle})`, async (m) => {
                const outcome = await this.steps.installHostingBundle(ctx, app.dir);
                if (!outcome.changed)
                  this.ledger.untouched(m, "nothing to change");
                return outcome;
              }), (h) => h.detail);
            } else
              this.table.skip("hosting-bundle", o.hostingBundle === "none" ? "'hosting-bundle: none'" : "not selected");
            return target;
          } finally {
            await this.serverLock?.release();
            this.serverLock = void 0;
          }
        }
        async runIis(app) {
          const o = this.options;
          const ctx = this.ctx;
          let target = await this.prepareServer(app);
          if (this.selected("provision")) {
            const current = target;
            const provisioned = await this.table.run("provision", ctx, () => this.ledger.track("provision", "provision", "provision the app pool, site and application", async (m) => {
              const done = await this.steps.provision(ctx, current);
              if (/^(nothing to (do|change)|no IIS site)|already as wanted$/.test(done.detail))
                this.ledger.untouched(m, "nothing to change");
              return done;
            }), (p) => p.detail);
            target = provisioned.target;
            this.facts.target = target;
            this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath });
          } else
            this.table.skip("provision", target.kind === "remote" ? "remote target" : "not selected");
          let changes;
          if (this.selected("sync") && target.kind === "local-iis") {
            changes = await this.steps.planChanges(ctx, app, target);
            this.facts.changes = changes;
          }
          const mode = resolveOfflineMode(o, target, changes);
          this.facts.offlineMode = mode;
          if (o.healthCheckUrl && !o.dryRun && (mode !== "none" || this.selected("sync"))) {
            this.probe = (0, health_check.yb)({ http: this.ports.http, clock: this.ports.clock, reporter: ctx.reporter }, {
              url: o.healthCheckUrl,
              host: o.healthCheckHost,
              allowUntrusted: o.allowUntrusted,
              intervalMs: ctx.timing.probeIntervalMs
            });
          }
          if (mode !== "none") {
            this.facts.offlineWindow = { since: this.ports.clock.now() };
            const live = target;
            this.offline = await this.table.run("offline", ctx, () => this.steps.takeOffline(ctx, live, mode, changes?.liveHostingModel), () => o.takeOffline === "auto" && changes ? `${mode} (auto: the deploy changes files the app loads)` : mode);
          } else
            this.table.skip("offline", skipReasons.offline(o, target));
          if (this.selected("sync")) {
            const live = target;
            const plan = changes ?? EMPTY_PLAN;
            this.facts.syncOutcome = await this.table.run("sync", ctx, () => this.steps.sync(ctx, app, live, plan), (s) => s.result.summary);
          } else
            this.table.skip("sync", "not selected");
          await this.bringOnlineOrRollBack(target);
          if (this.selected("health-check")) {
            try {
              this.facts.health = await this.table.run("health-check", ctx, () => this.steps.checkHealth(ctx, target), (h) => o.dryRun ? `would GET ${o.healthCheckUrl}` : `HTTP ${h.status} after ${h.attempts} attempt(s)`);
            } catch (error) {
              if (error instanceof health_check.b1)
                this.facts.health = error.result;
              if (error instanceof errors.cc || ctx.signal.aborted)
                throw error;
              await this.rollBack(error, target);
            }
          } else
            this.table.skip("health-check", o.healthCheckUrl ? "not selected" : "no 'health-check-url' given");
          (0, stdout_log.YQ)(this.ctx);
          if (!this.ledger.dryRun)
            this.ledger.markVerified();
        }
        /** The `online` step; a start that fails (rapid-fail protection) rolls back like a failed health check. */
        async bringOnlineOrRollBack(target) {
          const offline = this.offline;
          if (!offline) {
            this.table.skip("online", this.selected("online") ? "the app was not taken offline" : "not selected");
            await this.stopProbe();
            return;
          }
          try {
            await this.table.run("online", this.ctx, () => this.steps.bringOnline(this.ctx, target, offline), () => [offline.appOffline ? "app_offline.htm removed" : "", offline.poolStopped ? "pool started" : ""].filter(Boolean).join(", "));
            this.offline = void 0;
            if (this.facts.offlineWindow)
              this.facts.offlineWindow.until = this.ports.clock.now();
            await this.stopProbe();
          } catch (error) {
            if (error instanceof errors.cc || this.ctx.signal.aborted)
              throw error;
            await this.rollBack(error, target);
          }
        }
        async stopProbe() {
          const facts = this.facts;
          if (facts.offlineMeasured !== "none")
            return;
          if (this.probe) {
            const report = await this.probe.stop();
            this.probe = void 0;
            facts.offlineMs = report.offlineMs;
            facts.offlineMeasured = "probe";
          } else if (facts.offlineWindow) {
            facts.offlineMs = (facts.offlineWindow.until ?? this.ports.clock.now()) - facts.offlineWindow.since;
            facts.offlineMeasured = "window";
          }
        }
        /**
         * Runs in every outcome: the ledger settled (a half sync undone, the pool started, app_offline.htm removed, unless
         * `keep-offline-on-failure` keeps it), the probe stopped, the locks released, the staging copy removed.
         */
        async guarantee(failed) {
          const problems = await settleAfterRun(this.parts(), failed);
          this.offline = void 0;
          if (this.facts.offlineWindow && this.facts.offlineWindow.until === void 0)
            this.facts.offlineWindow.until = this.ports.clock.now();
          await this.stopProbe().catch(() => void 0);
          for (const lock of [this.serverLock, this.siteLock]) {
            await lock?.release().catch((error) => problems.push(`Could not release the deploy lock: ${(0, errors.gJ)(error)}`));
          }
          if (this.facts.app)
            await this.steps.cleanup(this.cleanupCtx, this.facts.app).catch(() => void 0);
          return problems;
        }
        parts() {
          return {
            options: this.options,
            steps: this.steps,
            ctx: this.cleanupCtx,
            table: this.table,
            facts: this.facts
          };
        }
        /** A failed start or health check: the previous version back (settle-run.ts), the probe stopped either way. */
        async rollBack(cause, target) {
          try {
            return await rollBackRun(this.parts(), cause, target);
          } finally {
            this.offline = void 0;
            await this.stopProbe();
          }
        }
      }
      async function deploy(options, ports, run) {
        const timing = { ...context.ft, ...run.timing };
        const tools = run.tools ?? new core_tools.HV({ env: ports.env, platform: ports.platform, runner: ports.runner }, { appcmd: options.appcmdPath, msdeploy: options.msdeployPath, iisexpress: options.iisexpressPath });
        if (options.action !== "deploy")
          return runManage(options, ports, run.steps, timing, tools);
        return new DeployRun(options, ports, run.steps, timing, tools).run();
      }
      var console_reporter = __webpack_require__(175);
      var run_folders = __webpack_require__(4817);
      var cli_ports = __webpack_require__(228);
      var cli_args = __webpack_require__(7764);
      var cli_io = __webpack_require__(477);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      ;
      const SECRET_SOURCE_OPTIONS = ["password-env", "secrets-file"];
      const SECRETS_FILE_INPUTS = [...pipeline_options.pH, ...pipeline_options.mb];
      function parseSecretsFile(text, file) {
        const values = /* @__PURE__ */ new Map();
        const add = (name, value, where) => {
          if (!SECRETS_FILE_INPUTS.includes(name))
            throw new cli_args.eb(`${file}${where}: '${name}' is not an input a secrets file may set; use one of ${SECRETS_FILE_INPUTS.join(", ")}.`);
          values.set(name, [...values.get(name) ?? [], value]);
        };
        const body = text.replace(/^\uFEFF/, "");
        if (/^\s*[{[]/.test(body)) {
          let parsed;
          try {
            parsed = JSON.parse(body);
          } catch (error) {
            const at = /position \d+(?: \(line \d+ column \d+\))?/.exec(error.message)?.[0];
            throw new cli_args.eb(`${file} is not valid JSON${at ? ` (at ${at})` : ""}: write {"input-name": "value"}.`);
          }
          if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            throw new cli_args.eb(`${file} must hold one JSON object: {"input-name": "value"}.`);
          for (const [name, value] of Object.entries(parsed)) {
            const lines = Array.isArray(value) ? value : [value];
            if (!lines.every((line) => typeof line === "string"))
              throw new cli_args.eb(`${file}: the value of '${name}' must be a string or an array of strings.`);
            for (const line of lines)
              add(name, line, "");
          }
          return values;
        }
        body.split(/\n/).forEach((rawLine, index) => {
          const line = rawLine.replace(/\r$/, "");
          if (line.trim() === "" || line.trimStart().startsWith("#"))
            return;
          const eq = line.indexOf("=");
          const name = eq < 0 ? "" : line.slice(0, eq).trim();
          if (eq < 0 || name === "")
            throw new cli_args.eb(`${file} line ${index + 1} is not input-name=value: write one input-name=value per line.`);
          add(name, line.slice(eq + 1), ` line ${index + 1}`);
        });
        return values;
      }
      function readSecretSources(args, io) {
        const values = /* @__PURE__ */ new Map();
        const file = (0, cli_args.uK)(args, "secrets-file");
        if (file !== void 0) {
          const full = external_node_path_default().resolve(io.cwd, file);
          let text;
          try {
            text = external_node_fs_default().readFileSync(full, "utf8");
          } catch (error) {
            throw new cli_args.eb(`--secrets-file ${file}: cannot read it (${error.code ?? "error"}); give the path of a readable file.`);
          }
          for (const [name, lines] of parseSecretsFile(text, file))
            values.set(name, lines);
        }
        const variable = (0, cli_args.uK)(args, "password-env");
        if (variable !== void 0) {
          const password = io.env[variable];
          if (!password)
            throw new cli_args.eb(`--password-env ${variable}: the environment variable '${variable}' is not set or empty; set it to the msdeploy password.`);
          if (values.has("msdeploy-password"))
            throw new cli_args.eb(`msdeploy-password is given by both --password-env and --secrets-file; keep one.`);
          values.set("msdeploy-password", [password]);
        }
        for (const name of values.keys()) {
          if (args.options.has(name))
            throw new cli_args.eb(`--${name} is given on the command line and by ${name === "msdeploy-password" && variable !== void 0 ? "--password-env" : "--secrets-file"}; keep one.`);
        }
        const warnings = pipeline_options.pH.filter((name) => args.options.has(name)).map((name) => `--${name} on the command line is visible to other users of this machine in the process list; use ${name === "msdeploy-password" ? "--password-env NAME or " : ""}--secrets-file PATH instead.`);
        return { values, warnings };
      }
      ;
      const OWN_FLAGS = ["json", "verbose"];
      const BOOLEAN_INPUTS = new Set(pipeline_options.Qh.filter((name) => pipeline_options.WJ[name] === "true" || pipeline_options.WJ[name] === "false").concat([
        "self-contained"
      ]));
      function expandBareBooleans(argv) {
        const out = [];
        for (let i = 0; i < argv.length; i++) {
          const arg = argv[i];
          out.push(arg);
          const name = /^--([a-z][a-z0-9-]*)$/.exec(arg)?.[1];
          if (name && BOOLEAN_INPUTS.has(name)) {
            const next = argv[i + 1];
            if (next === void 0 || next.startsWith("--"))
              out.push("true");
          }
        }
        return out;
      }
      function helpText() {
        return `Usage: iis-deploy deploy [--<input> <value> ...] [--json] [--verbose]
                         [--password-env NAME] [--secrets-file PATH]

Inputs are the action's (README), e.g.:
  --source publish --site Shop --health-check-url http://localhost/health
  --dry-run               print the plan, change nothing
  --exclude '*.pdb' --exclude docs/   list inputs: repeat the option
--json prints {ok, outputs, steps, serverState, diagnosis} on stdout.

Secrets (docs/secrets.md): a command line is visible to other users in the process list, so give them by
  --password-env NAME     msdeploy-password from the environment variable NAME
  --secrets-file PATH     secret inputs and URL inputs from a file: input-name=value lines (the value verbatim
                          after the first '=', a repeated name adds a line), or one JSON object
                          {"input-name": "value" | ["line", ...]}; '#' starts a comment line
--msdeploy-password and the secret-* inputs still work as options, with a warning.
`;
      }
      const deployCommand = async (argv, io) => {
        if (argv.includes("--help") || argv.includes("-h")) {
          io.stdout(helpText());
          return cli_io.Ij;
        }
        const args = (0, cli_args.Zy)(expandBareBooleans(argv), { flags: OWN_FLAGS });
        if (args.positionals.length > 0)
          throw new cli_args.eb(`Unexpected argument '${args.positionals[0]}': inputs are given as --<input> <value>.`);
        for (const name of args.options.keys()) {
          if (!pipeline_options.Qh.includes(name) && !OWN_FLAGS.includes(name) && !SECRET_SOURCE_OPTIONS.includes(name)) {
            throw new cli_args.eb(`Unknown option '--${name}': inputs are ${pipeline_options.Qh.map((n) => `--${n}`).join(", ")}.`);
          }
        }
        const json = (0, cli_args.Jt)(args, "json");
        const reporter = new console_reporter.l({
          verbose: (0, cli_args.Jt)(args, "verbose"),
          out: (line) => io.stderr(`${line}
`),
          err: (line) => io.stderr(`${line}
`)
        });
        const secrets = readSecretSources(args, io);
        for (const warning of secrets.warnings)
          reporter.warning(warning);
        const read = (name) => (secrets.values.get(name) ?? args.options.get(name))?.join("\n");
        let options;
        try {
          options = await (0, pipeline_options.Qr)(read, {
            workspace: io.cwd,
            runNumber: io.env.GITHUB_RUN_NUMBER,
            runAttempt: io.env.GITHUB_RUN_ATTEMPT,
            env: (0, run_folders.r)(io.env),
            platform: process.platform,
            reporter
          });
        } catch (error) {
          if (!(error instanceof errors.G))
            throw error;
          for (const problem of error.errors)
            reporter.error(problem.message);
          io.stderr(`Run 'iis-deploy deploy --help' for usage.
`);
          return cli_io.Ri;
        }
        const ports = (0, cli_ports.h)(io, reporter);
        let result;
        try {
          result = await deploy(options, ports, { steps: (0, default_steps.n7)() });
        } catch (error) {
          reporter.error((0, errors.gJ)(error));
          return cli_io.Zq;
        }
        if (json) {
          const text = (0, core_secrets.X1)({
            error: result.error?.message,
            serverState: result.serverState,
            steps: result.steps,
            diagnosis: result.diagnosis
          }, (t) => reporter.mask(t));
          const report = { ok: result.ok, ...text, outputs: result.outputs };
          io.stdout(`${JSON.stringify(report, null, 2)}
`);
        } else {
          if (options.dryRun) {
            io.stdout("Plan:\n");
            for (const create of result.plan.creates)
              io.stdout(reporter.mask(`  create  ${create}
`));
            for (const command of result.plan.commands)
              io.stdout(reporter.mask(`  [${command.step}] ${command.command}
`));
          }
          io.stdout(`${reporter.mask(renderTextSummary(result))}
`);
        }
        if (result.error) {
          reporter.error(result.error.message);
          return cli_io.Zq;
        }
        return cli_io.Ij;
      };
    })
  )
};
export {
  id,
  ids,
  modules
};
