const id = 586;
const ids = [586];
const modules = {
  /***/
  1586: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        smokeTestIisExpress: () => (
          /* binding */
          smokeTestIisExpress
        )
      });
      var process_launcher = __webpack_require__(450);
      var health_check = __webpack_require__(3008);
      var external_node_net_ = __webpack_require__(7030);
      var external_node_net_default = /* @__PURE__ */ __webpack_require__.n(external_node_net_);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var errors = __webpack_require__(4296);
      var command_line = __webpack_require__(4925);
      var app_pool = __webpack_require__(4891);
      ;
      function buildIisExpressArgs(site) {
        if ("configFile" in site)
          return [`/config:${site.configFile}`, `/site:${site.site}`, "/systray:false"];
        return [`/path:${site.physicalPath}`, `/port:${site.port}`, "/systray:false"];
      }
      function iisExpressUrl(site) {
        return "configFile" in site ? site.url : `http://localhost:${site.port}/`;
      }
      function parseIisExpressOutput(text) {
        const urls = [...text.matchAll(/Successfully registered URL "([^"]+)"/g)].map((m) => m[1] ?? "");
        const failed = /Failed to register URL "[^"]*"[^\r\n]*/.exec(text)?.[0];
        const unable = /Unable to start iisexpress\.\s*([\s\S]*?)(?:\r?\n\s*\r?\n|For more information|$)/.exec(text);
        const error = failed ?? (unable ? unable[1]?.trim() || "Unable to start iisexpress." : void 0);
        return { running: /IIS Express is running\./.test(text), urls, ...error ? { error } : {} };
      }
      function findFreePort() {
        return new Promise((resolve, reject) => {
          const server = external_node_net_default().createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            const port = typeof address === "object" && address ? address.port : 0;
            server.close(() => resolve(port));
          });
        });
      }
      async function endIisExpress(child, clock, graceMs) {
        child.write("Q\n");
        const grace = new AbortController();
        const result = await Promise.race([
          child.exited.then(() => "stopped"),
          clock.sleep(graceMs, grace.signal).then(() => "timeout", () => "stopped")
        ]);
        grace.abort();
        if (result === "stopped")
          return "stopped";
        await child.killTree();
        return "killed";
      }
      async function runIisExpressSmokeTest(options) {
        const { launcher, reporter, clock } = options;
        let site;
        if (options.config)
          site = { configFile: options.config.file, site: options.config.site, url: options.config.url };
        else if (options.physicalPath)
          site = { physicalPath: options.physicalPath, port: options.port ?? await findFreePort() };
        else
          throw new Error("runIisExpressSmokeTest: give physicalPath or config");
        const args = buildIisExpressArgs(site);
        const url = iisExpressUrl(site);
        const logFile = options.keepRunning ? external_node_path_default().join(external_node_os_default().tmpdir(), `iis-deploy-iisexpress-${process.pid}-${Date.now()}.log`) : void 0;
        reporter.info((0, command_line.z)("iisexpress", args));
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
            reporter.notice(`IIS Express keeps running on ${url} (pid ${child.pid ?? "?"}; output in ${logFile}).`);
          return { url, pid: child.pid, kept: keep, logFile, output: child.output() };
        } finally {
          if (!keep) {
            const how = await endIisExpress(child, clock, options.stopGraceMs ?? 5e3);
            reporter.info(how === "stopped" ? "IIS Express stopped." : "IIS Express did not stop on Q: its process tree was ended.");
          }
        }
      }
      async function waitUntilAnswering(options, child, url, exitCode) {
        const { clock, http } = options;
        const timeoutMs = options.startTimeoutMs ?? 6e4;
        const start = clock.now();
        for (let attempt = 0; ; attempt++) {
          if (options.signal?.aborted)
            throw new errors.cc("Cancelled while waiting for IIS Express.");
          const spawnError = child.spawnError();
          if (spawnError)
            throw spawnError.code === "ENOENT" ? new errors.Mm("iisexpress", `Could not start IIS Express (${options.iisExpressPath}): the file was not found. Install IIS Express 10, or set \`iisexpress-path\`.`) : spawnError;
          const status = parseIisExpressOutput(child.output());
          if (status.error !== void 0 || exitCode() !== void 0) {
            throw new errors.v4("iisexpress", exitCode() ?? void 0, `IIS Express did not start${status.error ? `: ${status.error}` : ` (exit code ${String(exitCode())})`}.
${lastLines(child.output())}`, /0x80070020|being used by another process/.test(child.output()) ? "The port is in use: choose another one, or end the process that holds it." : "Run iisexpress.exe with /trace:error by hand to see why; check that the ASP.NET Core Module is installed for IIS Express (Hosting Bundle).");
          }
          const answerWait = new AbortController();
          void child.exited.then(() => answerWait.abort());
          const signals = options.signal ? [options.signal, answerWait.signal] : [answerWait.signal];
          try {
            await http.get(url, { timeoutMs: 5e3, signal: AbortSignal.any(signals) });
            return;
          } catch (error) {
            if (options.signal?.aborted)
              throw new errors.cc("Cancelled while waiting for IIS Express.");
            if (answerWait.signal.aborted)
              continue;
            const waited = clock.now() - start;
            if (waited >= timeoutMs)
              throw new errors.MU(`IIS Express did not answer on ${url} within ${Math.round(timeoutMs / 1e3)} s (${(0, errors.gJ)(error)}).
${lastLines(child.output())}`);
            await clock.sleep(Math.min((0, app_pool.xf)(attempt, { initialMs: 100, maxMs: 1e3 }), timeoutMs - waited), options.signal);
          }
        }
      }
      function lastLines(text) {
        const lines = text.trim().split(/\r?\n/).slice(-10);
        return lines.length > 0 && lines[0] !== "" ? `Its output:
${lines.join("\n")}` : "It printed nothing.";
      }
      ;
      async function smokeTestIisExpress(ctx, app) {
        const o = ctx.options;
        const iisExpressPath = await ctx.tool("iisexpress");
        const healthPath = o.healthCheckUrl ? `${new URL(o.healthCheckUrl).pathname}${new URL(o.healthCheckUrl).search}` : "/";
        if (ctx.dryRun) {
          ctx.plan.command("health-check", "iisexpress", buildIisExpressArgs({ physicalPath: app.dir, port: 8080 }));
          ctx.plan.action("health-check", `GET http://localhost:<port>${healthPath} until HTTP ${o.healthCheckStatus.join("/")}`);
          return { detail: `would run the app under IIS Express and GET ${healthPath}` };
        }
        let health;
        const result = await runIisExpressSmokeTest({
          launcher: ctx.ports.launcher ?? new process_launcher.s(),
          iisExpressPath,
          http: ctx.ports.http,
          reporter: ctx.reporter,
          clock: ctx.ports.clock,
          physicalPath: app.dir,
          startTimeoutMs: o.healthCheckTimeoutMs,
          healthCheck: async (baseUrl, signal) => {
            health = await (0, health_check.Ns)({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
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
          detail: `IIS Express on ${result.url}: ${health ? `HTTP ${health.status}` : "answered"}`
        };
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
