const id = 301;
const ids = [301];
const modules = {
  /***/
  3301: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        diagnoseFailure: () => (
          /* binding */
          diagnoseFailure
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var errors = __webpack_require__(4296);
      var detect = __webpack_require__(3314);
      ;
      function peBitness(bytes) {
        if (bytes.length < 64 || bytes.toString("latin1", 0, 2) !== "MZ")
          return void 0;
        const pe = bytes.readUInt32LE(60);
        if (pe + 6 > bytes.length || bytes.toString("latin1", pe, pe + 4) !== "PE\0\0")
          return void 0;
        const machine = bytes.readUInt16LE(pe + 4);
        if (machine === 332)
          return 32;
        if (machine === 34404 || machine === 43620)
          return 64;
        return void 0;
      }
      function readHead(file) {
        try {
          const fd = external_node_fs_default().openSync(file, "r");
          try {
            const buffer = Buffer.alloc(4096);
            const read = external_node_fs_default().readSync(fd, buffer, 0, buffer.length, 0);
            return buffer.subarray(0, read);
          } finally {
            external_node_fs_default().closeSync(fd);
          }
        } catch {
          return void 0;
        }
      }
      function exists(dir, name) {
        try {
          return external_node_fs_default().readdirSync(dir).some((n) => n.toLowerCase() === name.toLowerCase());
        } catch {
          return false;
        }
      }
      function runActiveChecks(f) {
        const findings = [];
        if (f.need?.kind === "framework-dependent" && f.installedAspNetCore) {
          const wanted = { kind: "minimum", channel: f.need.channel, minimum: f.need.version };
          if (!(0, detect.zB)(f.installedAspNetCore, wanted)) {
            const installed = f.installedAspNetCore.map((v) => v.replace(/^(\d+\.\d+)\..*$/, "$1.x"));
            findings.push({
              check: "runtime",
              message: `the app needs Microsoft.AspNetCore.App ${f.need.channel}.x and the server has ${[...new Set(installed)].join(", ") || "none"}`,
              facts: {
                framework: "Microsoft.AspNetCore.App",
                needs: `${f.need.channel}.x`,
                installed: [...new Set(installed)].join(", ")
              }
            });
          }
        }
        if (f.appBitness !== void 0 && f.pool32Bit !== void 0 && f.appBitness === 32 !== f.pool32Bit) {
          findings.push({
            check: "bitness",
            message: `the app is a ${f.appBitness}-bit image and the pool '${f.pool ?? ""}' runs ${f.pool32Bit ? "32" : "64"}-bit workers (enable32BitAppOnWin64=${f.pool32Bit})`,
            facts: {
              fix: f.appBitness === 32 ? "set the pool's enable32BitAppOnWin64 to true, or publish for win-x64" : "publish for win-x86, or set the pool's enable32BitAppOnWin64 to false"
            }
          });
        }
        if (f.hostingModel !== "outofprocess" && f.otherInProcessApps && f.otherInProcessApps.length > 0) {
          findings.push({
            check: "shared-pool",
            message: `the pool '${f.pool ?? ""}' also runs ${f.otherInProcessApps.join(", ")} in-process`,
            facts: { apps: f.otherInProcessApps.join(", ") }
          });
        }
        if (f.hostingModel !== "outofprocess" && f.appDir && f.appName) {
          if (exists(f.appDir, `${f.appName}.exe`) && !exists(f.appDir, `${f.appName}.dll`)) {
            findings.push({
              check: "single-file",
              message: `${external_node_path_default().join(f.appDir, `${f.appName}.exe`)} is there but ${f.appName}.dll is not (a single-file publish)`,
              facts: { app: f.appName }
            });
          }
        }
        if (f.startupTimeLimitSec !== void 0 && f.healthTimeoutMs !== void 0 && f.startupTimeLimitSec * 1e3 > f.healthTimeoutMs) {
          findings.push({
            check: "startup-time-limit",
            message: `the app may take up to its startupTimeLimit of ${f.startupTimeLimitSec} s to start, longer than the health check waits (${Math.round(f.healthTimeoutMs / 1e3)} s)`,
            facts: {
              fix: `raise \`health-check-timeout\` to at least ${f.startupTimeLimitSec}, or lower \`startupTimeLimit\` in web.config`
            }
          });
        }
        return findings;
      }
      var XMLParser = __webpack_require__(9658);
      ;
      const parser = new XMLParser.A({
        ignoreAttributes: false,
        attributeNamePrefix: "@",
        removeNSPrefix: true,
        parseTagValue: false,
        parseAttributeValue: false,
        trimValues: false,
        processEntities: true,
        isArray: (name) => name === "Event" || name === "Data"
      });
      function asNode(value) {
        return typeof value === "object" && value !== null ? value : {};
      }
      function textOf(value) {
        if (typeof value === "string" || typeof value === "number")
          return String(value);
        const text = asNode(value)["#text"];
        return typeof text === "string" || typeof text === "number" ? String(text) : "";
      }
      function attr(value, name) {
        const v = asNode(value)[`@${name}`];
        return typeof v === "string" ? v : "";
      }
      function parseEventXml(xml, log) {
        const body = xml.replace(/^\ufeff/, "").trim();
        if (body === "")
          return [];
        const wrapped = /^<Event[\s>]/.test(body) ? `<Events>${body}</Events>` : body;
        const doc = asNode(parser.parse(wrapped));
        const root = Object.values(doc).find((v) => typeof v === "object" && v !== null && "Event" in asNode(v));
        const events = asNode(root).Event ?? [];
        return events.map((raw) => {
          const event = asNode(raw);
          const system = asNode(event.System);
          const data = [];
          const named = {};
          for (const item of asNode(event.EventData).Data ?? []) {
            const name = attr(item, "Name");
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
            provider: attr(system.Provider, "Name"),
            eventId: Number(textOf(system.EventID)),
            ...Number.isFinite(level) && textOf(system.Level) !== "" ? { level } : {},
            time: attr(system.TimeCreated, "SystemTime"),
            ...Number.isFinite(recordId) && textOf(system.EventRecordID) !== "" ? { recordId } : {},
            data,
            named
          };
        });
      }
      function processIdOf(event) {
        const fromData = event.data.map((d) => /^Process Id: (\d+)\.?$/.exec(d.trim())?.[1]).find(Boolean);
        const id2 = fromData ?? event.named.ProcessID;
        return id2 === void 0 ? void 0 : Number(id2);
      }
      ;
      const ANCM_PROVIDER = "IIS AspNetCore Module V2";
      const DOTNET_RUNTIME_PROVIDER = ".NET Runtime";
      const APPLICATION_ERROR_PROVIDER = "Application Error";
      const WAS_PROVIDER = "Microsoft-Windows-WAS";
      const WAS_EVENT_IDS = [5002, 5009, 5010, 5011, 5117];
      function buildEventXPath(query) {
        const providers = query.providers.map((p) => `Provider[@Name='${p}']`).join(" or ");
        const ids2 = query.eventIds?.length ? ` and (${query.eventIds.map((id2) => `EventID=${id2}`).join(" or ")})` : "";
        const within = Math.max(1e3, Math.ceil(query.withinMs));
        return `*[System[(${providers})${ids2} and TimeCreated[timediff(@SystemTime) <= ${within}]]]`;
      }
      function buildQueryEventsArgs(query) {
        return [
          "qe",
          query.log,
          `/q:${buildEventXPath(query)}`,
          `/c:${query.count}`,
          "/rd:true",
          "/f:xml",
          "/e:Events",
          "/uni:true"
        ];
      }
      function describeQueryFailure(log, exitCode, output) {
        const readable = /[a-z]/i.test(output) ? output : Buffer.from(output, "utf16le").toString("utf8");
        const text = readable.trim().split(/\r?\n/).find(Boolean) ?? "";
        if (/access is denied/i.test(text) || exitCode === 5)
          return `${log} event log: access denied (wevtutil exit code ${exitCode}); run the deploy elevated (as an administrator) to read it.`;
        if (/could not be found|channel.*not found/i.test(text) || exitCode === 15007)
          return `${log} event log: absent on this server (wevtutil exit code ${exitCode}: ${text}).`;
        return `${log} event log: wevtutil failed with exit code ${exitCode}${text ? `: ${text}` : ""}.`;
      }
      async function queryEvents(runner, wevtutil, query, options = {}) {
        let result;
        try {
          result = await runner.run(wevtutil, buildQueryEventsArgs(query), {
            silent: true,
            outputEncoding: "utf16le",
            signal: options.signal,
            timeoutMs: options.timeoutMs ?? 3e4
          });
        } catch (error) {
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
          return { ok: true, events: parseEventXml(result.stdout, query.log) };
        } catch (error) {
          return {
            ok: false,
            reason: `${query.log} event log: wevtutil's output is not event XML (${error instanceof Error ? error.message : String(error)}).`
          };
        }
      }
      ;
      const QUOTE_LENGTH = 300;
      function oneLine(text, length = QUOTE_LENGTH) {
        const flat = text.replace(/\s+/g, " ").trim();
        return flat.length > length ? `${flat.slice(0, length)}\u2026` : flat;
      }
      function moduleEvents(e, ...ids2) {
        return e.events.filter((ev) => ev.provider === ANCM_PROVIDER && ids2.includes(ev.eventId));
      }
      function wasEvents(e, ...ids2) {
        return e.events.filter((ev) => ev.provider === WAS_PROVIDER && ids2.includes(ev.eventId));
      }
      function messageOf(event) {
        return event.data[0] ?? "";
      }
      function quoteEvent(event, text = messageOf(event)) {
        return `${event.provider} event ${event.eventId}: "${oneLine(text)}"`;
      }
      const EXCEPTION_LINE = /^\s*(?:Unhandled exception\.\s*|Exception Info:\s*)?((?:[A-Za-z_]\w*\.)*\w*(?:Exception|Error)\b(?::\s*.*)?)$/m;
      function exceptionIn(text) {
        const line = EXCEPTION_LINE.exec(text)?.[1];
        return line === void 0 ? void 0 : oneLine(line);
      }
      function appException(e) {
        for (const event of moduleEvents(e, 1018, 1035, 1007, 1020)) {
          const text = exceptionIn(messageOf(event));
          if (text)
            return { text, source: `${event.provider} event ${event.eventId}` };
        }
        for (const event of e.events.filter((ev) => ev.provider === DOTNET_RUNTIME_PROVIDER)) {
          const text = exceptionIn([...event.data, ...Object.values(event.named)].join("\n"));
          if (text)
            return { text, source: `${event.provider} event ${event.eventId}` };
        }
        if (e.stdoutLog) {
          const text = exceptionIn(e.stdoutLog.lines.join("\n"));
          if (text)
            return { text, source: `the stdout log ${e.stdoutLog.file}` };
        }
        return void 0;
      }
      function exitCodeIn(text) {
        return /exit code = '(-?\d+)'/i.exec(text)?.[1];
      }
      ;
      function responderName(responder) {
        switch (responder) {
          case "ancm":
            return "the ASP.NET Core Module";
          case "iis":
            return "IIS";
          case "http.sys":
            return "HTTP.sys";
          case "app":
            return "the app";
          case "none":
            return "nothing";
        }
      }
      function renderDiagnosis(d, style) {
        const md = style === "markdown";
        const safe = (text) => md ? text.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|") : text;
        const lines = md ? ["### Why it failed", ""] : ["Why it failed:"];
        const end = () => {
          if (md)
            lines.push("");
        };
        lines.push(md ? `**Cause:** ${safe(d.cause)}` : `  Cause: ${d.cause}`);
        end();
        lines.push(md ? `**Fix:** ${safe(d.fix)}` : `  Fix: ${d.fix}`);
        end();
        const list = (title, items) => {
          if (items.length === 0)
            return;
          lines.push(md ? `${title}:` : `  ${title}:`);
          end();
          for (const item of items)
            lines.push(md ? `- ${safe(item)}` : `    - ${item}`);
          end();
        };
        list("Evidence", d.evidence);
        list("Checks that found a problem", d.checks);
        list("Could not read", d.unreadable);
        list("Asked", d.probes);
        return lines;
      }
      ;
      const code = (e) => e.page?.code;
      const check = (e, kind) => e.checks.find((c) => c.check === kind);
      ;
      const ANSWER_RULES = [
        {
          id: "503-http-sys",
          explain(e) {
            if (e.page?.status !== 503 || e.page.responder !== "http.sys")
              return void 0;
            const row = e.httpErr.find((r) => r["s-reason"] && r["s-reason"] !== "-");
            const reason = row?.["s-reason"];
            return {
              cause: `503 from HTTP.sys: the app pool${e.appPool ? ` '${e.appPool}'` : ""} is not running${reason ? ` (HTTP.sys error log: ${reason})` : ""}, so no request reaches IIS`,
              fix: "start the pool; if it stops again by itself, the app crashes at start (see the Application event log)",
              quotes: row ? [`HTTPERR: ${Object.values(row).join(" ")}`] : []
            };
          }
        },
        {
          id: "503-app-offline",
          explain(e) {
            if (e.page?.status !== 503 || e.page.responder !== "ancm")
              return void 0;
            return {
              cause: "503 from the ASP.NET Core Module: app_offline.htm is in the app folder (or the app was shutting down)",
              fix: "delete app_offline.htm from the site folder, or deploy again",
              // Event 1012 is written only when the file appears under a running app; a file that was there before the
              // worker started leaves no event, and the page (the file's own content) is then the only evidence.
              quotes: [
                ...moduleEvents(e, 1012).slice(0, 1).map((ev) => quoteEvent(ev)),
                ...e.page.excerpt ? [`the module's 503 page (the content of app_offline.htm): "${oneLine(e.page.excerpt, 200)}"`] : []
              ]
            };
          }
        },
        {
          id: "404",
          explain(e) {
            if (e.page?.status !== 404)
              return void 0;
            return e.page.responder === "http.sys" ? {
              cause: "404 from HTTP.sys: no site binding matches the health URL (host name or port)",
              fix: "fix `health-check-url` (or `health-check-host`) to match one of the site's bindings",
              quotes: []
            } : {
              cause: `404 from ${e.page.responder === "app" ? "the app" : "IIS"}: the health URL's path does not exist in the deployed app`,
              fix: "fix the path of `health-check-url`, or map that endpoint in the app",
              quotes: []
            };
          }
        },
        {
          // HTTP.sys rejects a Host header that no binding on the port accepts with its own 400 ("Invalid Hostname")
          // before IIS sees the request; its error log records the reason (`Hostname`) when it is readable.
          id: "400-http-sys",
          explain(e) {
            if (e.page?.status !== 400 || e.page.responder !== "http.sys")
              return void 0;
            const row = e.httpErr.find((r) => r["sc-status"] === "400" && r["s-reason"] && r["s-reason"] !== "-");
            return {
              cause: `400 from HTTP.sys: it rejected the request before IIS saw it${row ? ` (HTTP.sys error log: ${row["s-reason"]})` : ""}; most often the Host header matches no binding of the site on this port`,
              fix: "set `health-check-host` (or the host of `health-check-url`) to a host name the site is bound to, or add that binding (`bindings`)",
              quotes: row ? [`HTTPERR: ${Object.values(row).join(" ")}`] : []
            };
          }
        },
        {
          id: "startup-time-limit",
          explain(e) {
            const slow = check(e, "startup-time-limit");
            if (!slow)
              return void 0;
            return { cause: slow.message, fix: slow.facts.fix ?? "raise `health-check-timeout`", quotes: [] };
          }
        },
        {
          id: "no-answer",
          explain(e) {
            if (e.page?.responder !== "none")
              return void 0;
            return {
              cause: `nothing answered at the health URL (${e.page.transportError ?? "no connection"})`,
              fix: "check that the site is started and bound to the health URL's host and port",
              quotes: []
            };
          }
        },
        {
          id: "late-answer",
          explain(e) {
            const s = e.page?.status;
            if (s === void 0 || s < 200 || s >= 400)
              return void 0;
            return {
              cause: `the app answers HTTP ${s} now, but not within the health check's timeout: it starts slowly`,
              fix: "raise `health-check-timeout`, or make start-up faster",
              quotes: []
            };
          }
        },
        {
          id: "app-error",
          explain(e) {
            if (e.page?.responder !== "app" || e.page.status === void 0)
              return void 0;
            const started = moduleEvents(e, 1032, 1001)[0];
            return {
              cause: `HTTP ${e.page.status} from the app itself${started ? " after it started (module event " + started.eventId + ")" : ""}: the health endpoint reports a problem`,
              fix: "read the app's own logs; the health endpoint's answer is quoted below",
              quotes: e.page.excerpt ? [`the app: "${oneLine(e.page.excerpt, 200)}"`] : []
            };
          }
        }
      ];
      ;
      const CONFIG_ERRORS = {
        "0x8007000d": {
          cause: "IIS cannot read web.config: it is malformed or uses a section no installed module knows (`aspNetCore` without the ASP.NET Core Module)",
          fix: "install the .NET Hosting Bundle (set `hosting-bundle: auto`), or fix the XML web.config names in 'Config Error'"
        },
        "0x80070021": {
          cause: "web.config uses a configuration section that is locked at the server level",
          fix: "unlock the section (`appcmd unlock config -section:<name>`) or remove it from web.config"
        },
        "0x80070005": {
          cause: "the app pool's identity may not read web.config",
          fix: "grant Read on the site folder to IIS_IUSRS / `IIS AppPool\\<pool>` (`grant-access: true`)"
        },
        "0x800700b7": {
          cause: "web.config adds an entry (typically the `aspNetCore` handler) that a parent level already has",
          fix: 'remove the duplicate, or add `<remove name="aspNetCore" />` before it in the sub-application'
        },
        "0x80070003": {
          cause: "IIS cannot find the configuration file under the site's physical path",
          fix: "check the application's physical path and that web.config was deployed"
        }
      };
      const OTHER_ERROR_CODES = {
        "0x80072ee2": "ERROR_WINHTTP_TIMEOUT: the module stopped waiting for the app"
      };
      ;
      const PAGE_RULE_ROWS = [
        {
          id: "500.33-not-aspnetcore",
          code: "500.33",
          events: [1027],
          cause: "500.33: the app does not reference Microsoft.AspNetCore.App, so the module cannot load its in-process request handler",
          fix: "make the project an ASP.NET Core app (`Microsoft.NET.Sdk.Web`) or host it out-of-process"
        },
        {
          id: "500.36-handler-missing",
          code: "500.36",
          events: [1029],
          cause: "500.36: the ASP.NET Core Module's out-of-process handler is missing: the module's install is damaged",
          fix: "repair or reinstall the .NET Hosting Bundle (`hosting-bundle: auto`, or run its installer with /repair)"
        },
        {
          id: "500.37-startup-time-limit",
          code: "500.37",
          events: [1007],
          cause: "500.37: the app did not finish starting within its startupTimeLimit",
          fix: "make start-up faster (move slow work out of start-up), or raise `startupTimeLimit` on `<aspNetCore>` in web.config",
          detail: (event) => {
            const ms = /after (\d+) ms/i.exec(messageOf(event))?.[1];
            return ms ? ` (${ms} ms)` : void 0;
          }
        },
        {
          id: "500.21-module-missing",
          code: "500.21",
          events: [],
          cause: "500.21: web.config uses the AspNetCoreModuleV2 handler, but that module is not installed in IIS",
          fix: "install the .NET Hosting Bundle (set `hosting-bundle: auto`); if IIS was installed after it, repair the bundle"
        },
        {
          id: "502.5-process-failure",
          code: "502.5",
          events: [1020, 1e3, 1003],
          cause: "502.5: the app's process (out-of-process hosting) did not start or did not listen",
          fix: "run `dotnet <app>.dll` at a console on the server to see why; check `processPath`/`arguments` and the installed runtime"
        },
        {
          id: "502.3-timeout",
          code: "502.3",
          events: [],
          cause: "502.3: the module gave up waiting for the app's process (requestTimeout) or the process died mid-request",
          fix: "make the health endpoint answer quickly, or raise `requestTimeout` on `<aspNetCore>` in web.config"
        },
        {
          id: "403.14-no-app",
          code: "403.14",
          events: [],
          cause: "403.14: IIS served the folder as static files and found no default document: web.config is missing or the physical path is wrong",
          fix: "deploy the whole publish output (with web.config) to the site's physical path; do not enable directory browsing"
        }
      ];
      function pageRule(row) {
        return {
          id: row.id,
          explain(e) {
            if (code(e) !== row.code)
              return void 0;
            const event = row.events.length > 0 ? moduleEvents(e, ...row.events)[0] : void 0;
            const hresult = e.page?.hresult;
            const known = hresult ? OTHER_ERROR_CODES[hresult] : void 0;
            return {
              cause: `${row.cause}${(event && row.detail?.(event)) ?? ""}`,
              fix: row.fix,
              quotes: [
                ...event ? [quoteEvent(event)] : [],
                ...hresult && hresult !== "0x00000000" && e.page?.responder === "iis" ? [`IIS: Error Code ${hresult}${known ? ` (${known})` : ""}`] : []
              ]
            };
          }
        };
      }
      const PAGE_RULES = PAGE_RULE_ROWS.map(pageRule);
      ;
      const START_RULES = [
        {
          id: "503-rapid-fail",
          explain(e) {
            const disabled = wasEvents(e, 5002)[0];
            if (!disabled || e.page?.status !== 503)
              return void 0;
            const pool = disabled.named.AppPoolID ?? e.appPool ?? "the pool";
            const crashes = wasEvents(e, 5009, 5011).filter((ev) => (ev.named.AppPoolID ?? pool).toLowerCase() === pool.toLowerCase());
            const thrown = appException(e);
            return {
              cause: `503 with WAS 5002: rapid-fail protection stopped the pool '${pool}' after ${crashes.length || "repeated"} crash${crashes.length === 1 ? "" : "es"} of its worker process${thrown ? `; the app threw \`${thrown.text}\` (quoted from ${thrown.source})` : ""}`,
              fix: `fix the crash${thrown ? " above" : " (see the .NET Runtime and Application Error events)"}, then deploy again: the pool is started again by the rollback or the next deploy`,
              quotes: [
                quoteEvent(disabled, `Application pool '${pool}' was automatically disabled (rapid-fail protection)`),
                ...crashes.slice(0, 3).map((ev) => `${ev.provider} event ${ev.eventId}: worker process ${ev.named.ProcessID ?? "?"} of '${pool}' ended unexpectedly`)
              ]
            };
          }
        },
        {
          id: "500.31-runtime-missing",
          explain(e) {
            const missing = check(e, "runtime");
            if (code(e) !== "500.31" && !(missing && !e.page?.code))
              return void 0;
            const event = moduleEvents(e, 1027)[0];
            return {
              cause: missing ? `${code(e) ?? "start-up failure"}: the app needs ${missing.facts.framework} ${missing.facts.needs} and the server has ${missing.facts.installed || "none"}` : "500.31: the .NET runtime the app targets is not installed on the server",
              fix: "set `hosting-bundle: auto` (installs the runtime the app targets), or publish the app self-contained",
              quotes: event ? [quoteEvent(event)] : []
            };
          }
        },
        {
          id: "500.30-exception",
          explain(e) {
            if (code(e) !== "500.30" && code(e) !== "502.5")
              return void 0;
            const thrown = appException(e);
            if (!thrown)
              return void 0;
            const event = moduleEvents(e, 1018, 1035, 1007, 1020)[0];
            return {
              cause: `${code(e)}: the app threw \`${thrown.text}\` at start-up (quoted from ${thrown.source})`,
              fix: "fix the start-up error in the app or its configuration (settings, connection strings, permissions), then deploy again",
              // The event that held the exception is quoted once: its exception line.
              quotes: [
                `${thrown.source}: "${thrown.text}"`,
                ...event && `${event.provider} event ${event.eventId}` !== thrown.source ? [quoteEvent(event)] : []
              ]
            };
          }
        },
        {
          id: "500.32-bitness",
          explain(e) {
            const mismatch = check(e, "bitness");
            if (code(e) !== "500.32" && !(mismatch && code(e)?.startsWith("500")))
              return void 0;
            const event = moduleEvents(e, 1027)[0];
            return {
              cause: mismatch ? `${code(e)}: ${mismatch.message}` : "500.32: the app was published for a different bitness than the app pool runs",
              fix: mismatch?.facts.fix ?? "publish the app for the pool's bitness (win-x64 for a 64-bit pool), or set the pool's enable32BitAppOnWin64 to match",
              quotes: event ? [quoteEvent(event)] : []
            };
          }
        },
        {
          id: "500.34-500.35-shared-pool",
          explain(e) {
            const shared2 = check(e, "shared-pool");
            if (code(e) !== "500.34" && code(e) !== "500.35" && !(shared2 && !e.page?.code))
              return void 0;
            const event = moduleEvents(e, 1008, 1009)[0];
            const what = code(e) === "500.34" ? "apps with different hosting models share one worker process" : "two in-process apps share one app pool, and a worker process can run only one";
            return {
              cause: `${code(e) ?? "shared pool"}: ${what}${shared2 ? ` (${shared2.message})` : ""}`,
              fix: "give this app its own app pool (`app-pool: <new name>` with `create: true`)",
              quotes: event ? [quoteEvent(event)] : []
            };
          }
        },
        {
          id: "500.38-single-file",
          explain(e) {
            const single = check(e, "single-file");
            if (code(e) !== "500.38" && !(single && !e.page?.code))
              return void 0;
            const event = moduleEvents(e, 1031)[0];
            return {
              cause: `${code(e) ?? "start-up failure"}: the app's main dll is missing${single ? `: ${single.message}` : ""}; IIS in-process hosting cannot run a single-file publish`,
              fix: "publish without `PublishSingleFile` (or set `<AspNetCoreHostingModel>OutOfProcess</AspNetCoreHostingModel>`)",
              quotes: event ? [quoteEvent(event)] : []
            };
          }
        },
        {
          id: "500.30-no-exception",
          explain(e) {
            if (code(e) !== "500.30")
              return void 0;
            const exited = moduleEvents(e, 1011, 1035, 1018, 1007)[0];
            const exit = exited ? exitCodeIn(messageOf(exited)) : void 0;
            return {
              cause: `500.30: the app failed to start${exit !== void 0 ? `: Program.Main returned exit code ${exit}` : ""}`,
              fix: 'run the app at a console on the server (`dotnet <app>.dll`) to see why, or set `stdoutLogEnabled="true"` in web.config and deploy again',
              quotes: exited ? [quoteEvent(exited)] : []
            };
          }
        },
        {
          id: "500.0-hosting-failure",
          explain(e) {
            if (code(e) !== "500.0" && !(code(e) === "500" && moduleEvents(e, 1031, 1034).length))
              return void 0;
            const event = moduleEvents(e, 1031, 1034)[0];
            return {
              cause: `${code(e)}: the module could not start the app${event ? `: ${oneLine(messageOf(event).split(/\r?\n/).slice(1).join(" ") || messageOf(event), 200)}` : ""}`,
              fix: "fix `processPath`/`arguments` of `<aspNetCore>` in web.config (`dotnet` + `.\\App.dll` framework-dependent, `.\\App.exe` self-contained)",
              quotes: event ? [quoteEvent(event)] : []
            };
          }
        },
        {
          id: "500.19-config",
          explain(e) {
            if (code(e) !== "500.19")
              return void 0;
            const known = e.page?.hresult ? CONFIG_ERRORS[e.page.hresult] : void 0;
            return {
              cause: `500.19${e.page?.hresult ? ` (${e.page.hresult})` : ""}: ${known?.cause ?? "IIS cannot read the configuration of the app"}`,
              fix: known?.fix ?? "fix web.config as the page's 'Config Error' says",
              quotes: e.page?.configError ? [`IIS: Config Error "${oneLine(e.page.configError)}"`] : []
            };
          }
        }
      ];
      ;
      const RULES = [...START_RULES, ...PAGE_RULES, ...ANSWER_RULES];
      function explain(e) {
        for (const rule of RULES) {
          const found = rule.explain(e);
          if (found)
            return { rule: rule.id, ...found };
        }
        return {
          rule: "unexplained",
          cause: e.page?.code ? `HTTP ${e.page.code}: no known cause matched the evidence` : "no known cause matched the evidence",
          fix: "read the evidence below and the Application event log on the server",
          quotes: []
        };
      }
      ;
      function diagnose(evidence, mask) {
        const found = explain(evidence);
        const page = evidence.page;
        const quotes = [
          ...page?.line ? [
            `the page: "${page.line}"${page.responder !== "app" ? ` (from ${responderName(page.responder)})` : ""}`
          ] : [],
          ...found.quotes,
          // The stdout log's last lines, unless a rule quoted from it already.
          ...evidence.stdoutLog && !found.quotes.some((q) => q.includes(evidence.stdoutLog?.file ?? "")) ? [
            `the stdout log ${evidence.stdoutLog.file}: "${oneLine(evidence.stdoutLog.lines.slice(-5).join(" | "))}"`
          ] : []
        ];
        return {
          rule: found.rule,
          ...page?.code ? { code: page.code } : page?.status !== void 0 ? { code: String(page.status) } : {},
          ...page ? { responder: page.responder } : {},
          cause: mask(found.cause),
          fix: mask(found.fix),
          evidence: [...new Set(quotes)].map(mask),
          checks: evidence.checks.map((c) => mask(c.message)),
          unreadable: evidence.unreadable.map(mask),
          probes: evidence.probes.map(mask)
        };
      }
      var health_check = __webpack_require__(3008);
      ;
      const ERROR_LINE = /HTTP Error (\d{3})(?:\.(\d{1,3}))?\s*(?:-\s*([^<\r\n]*)|\.\s*([^<\r\n]*))?/i;
      function header(headers, name) {
        const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
        return key === void 0 ? "" : headers[key] ?? "";
      }
      function error_page_textOf(body) {
        return body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, "\n").replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      }
      function classifyResponder(status, headers, body) {
        const server = header(headers, "server");
        if (/Microsoft-HTTPAPI/i.test(server))
          return "http.sys";
        const text = error_page_textOf(body);
        if (/Detailed Error Information|Most likely causes|\bModule\s+IIS Web Core|\bNotification\s+\w+/i.test(text))
          return "iis";
        if (status >= 500 && /go\.microsoft\.com\/fwlink\/\?LinkID=20285\d\d|HTTP Error 50[02]\.\d+/i.test(body))
          return "ancm";
        if (/HTTP Error \d{3}\.\d+/i.test(text) && /Microsoft-IIS/i.test(server))
          return "iis";
        if (/Microsoft-IIS/i.test(server) && /^\s*\d{3} - /m.test(text) && /There is a problem with the (?:resource|page) you are looking for/i.test(text))
          return "iis";
        if (status === 503 && /Microsoft-IIS/i.test(server) && !/HTTP Error/i.test(text))
          return "ancm";
        return "app";
      }
      function parseErrorPage(answer) {
        if ("transportError" in answer)
          return { responder: "none", excerpt: "", transportError: answer.transportError };
        const text = error_page_textOf(answer.body);
        const match = ERROR_LINE.exec(text);
        const responder = classifyResponder(answer.status, answer.headers, answer.body);
        const page = { status: answer.status, responder, excerpt: (0, health_check.zU)(answer.body, 400) };
        if (match && Number(match[1]) === answer.status) {
          page.code = match[2] === void 0 ? String(answer.status) : `${match[1]}.${match[2]}`;
          page.line = match[0].replace(/\s+/g, " ").trim();
        } else if (responder === "http.sys" || responder === "ancm")
          page.code = String(answer.status);
        const hresult = /Error Code\s*(0x[0-9a-f]{8})/i.exec(text)?.[1];
        if (hresult)
          page.hresult = hresult.toLowerCase();
        const configError = /Config Error\s*\n*\s*([^\n]+)/i.exec(text)?.[1]?.trim();
        if (configError)
          page.configError = configError;
        return page;
      }
      var external_node_net_ = __webpack_require__(7030);
      var external_node_net_default = /* @__PURE__ */ __webpack_require__.n(external_node_net_);
      ;
      function isLoopbackName(host) {
        const h = host.toLowerCase().replace(/^\[|\]$/g, "");
        if (h === "localhost" || h.endsWith(".localhost"))
          return true;
        if (external_node_net_default().isIPv4(h))
          return h.startsWith("127.");
        if (external_node_net_default().isIPv6(h))
          return h === "::1" || /^::ffff:127\./.test(h);
        return false;
      }
      function isLocalHost(host, machineNames) {
        if (isLoopbackName(host))
          return true;
        const h = host.toLowerCase();
        return machineNames.filter((n) => n !== "").some((n) => {
          const name = n.toLowerCase();
          return h === name || h.split(".")[0] === name.split(".")[0];
        });
      }
      function loopbackProbeFor(healthUrl, hostHeader, machineNames) {
        let url;
        try {
          url = new URL(healthUrl);
        } catch {
          return void 0;
        }
        if (isLocalHost(url.hostname, machineNames))
          return void 0;
        const host = hostHeader ?? url.host;
        const loopback = new URL(url.href);
        loopback.hostname = "localhost";
        return { url: loopback.href, host };
      }
      ;
      function attribute(tag, name) {
        const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i").exec(tag);
        return m ? m[2] ?? m[3] : void 0;
      }
      function readStdoutLogSettings(webConfig) {
        const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig.replace(/<!--[\s\S]*?-->/g, ""))?.[0];
        if (!tag)
          return void 0;
        return {
          enabled: /^true$/i.test(attribute(tag, "stdoutLogEnabled") ?? ""),
          prefix: attribute(tag, "stdoutLogFile") ?? "aspnetcore-stdout"
        };
      }
      function readStartupTimeLimit(webConfig) {
        const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig.replace(/<!--[\s\S]*?-->/g, ""))?.[0] ?? "";
        const value = Number(attribute(tag, "startupTimeLimit"));
        return Number.isFinite(value) && value > 0 ? value : 120;
      }
      function findNewestStdoutLog(appRoot, prefix, sinceMs) {
        const relative = prefix.replace(/^\\\\\?\\/, "").replace(/\\/g, "/");
        const full = external_node_path_default().isAbsolute(relative) || /^[a-z]:\//i.test(relative) ? relative : external_node_path_default().resolve(appRoot, relative);
        const dir = external_node_path_default().dirname(full);
        const base = external_node_path_default().basename(full).toLowerCase();
        let names;
        try {
          names = external_node_fs_default().readdirSync(dir);
        } catch {
          return void 0;
        }
        return names.filter((n) => n.toLowerCase().startsWith(`${base}_`) && n.toLowerCase().endsWith(".log")).map((n) => ({ file: external_node_path_default().join(dir, n), mtime: external_node_fs_default().statSync(external_node_path_default().join(dir, n)).mtimeMs })).filter((f) => f.mtime >= sinceMs - 2e3).sort((a, b) => b.mtime - a.mtime)[0]?.file;
      }
      function lastLines(text, count) {
        return text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-count);
      }
      function parseHttpErrLog(text) {
        let fields = [];
        const rows = [];
        for (const line of text.split(/\r?\n/)) {
          if (line.startsWith("#Fields:"))
            fields = line.slice("#Fields:".length).trim().split(/\s+/);
          else if (line.trim() !== "" && !line.startsWith("#") && fields.length > 0) {
            const values = line.trim().split(" ");
            rows.push(Object.fromEntries(fields.map((f, i) => [f, values[i] ?? ""])));
          }
        }
        return rows;
      }
      function httpErrSince(rows, sinceMs, pool) {
        return rows.filter((r) => {
          const at = Date.parse(`${r.date}T${r.time}Z`);
          if (!Number.isFinite(at) || at < Math.floor(sinceMs / 1e3) * 1e3)
            return false;
          const queue = r["s-queuename"];
          return !pool || !queue || queue === "-" || queue.toLowerCase() === pool.toLowerCase();
        });
      }
      var runtime_config = __webpack_require__(9316);
      var iis_appcmd = __webpack_require__(8862);
      var shared = __webpack_require__(3933);
      ;
      function readText(file) {
        try {
          return external_node_fs_default().readFileSync(file, "utf8");
        } catch {
          return void 0;
        }
      }
      async function get(ctx, url, host, allowUntrusted) {
        try {
          const response = await ctx.ports.http.get(url, {
            headers: host ? { host } : void 0,
            allowUntrusted,
            timeoutMs: 15e3
          });
          return parseErrorPage(response);
        } catch (error) {
          return parseErrorPage({ transportError: (0, errors.gJ)(error) });
        }
      }
      function describeAnswer(page) {
        if (page.responder === "none")
          return page.transportError ?? "no answer";
        return `HTTP ${page.code ?? page.status} from ${responderName(page.responder)}`;
      }
      async function probe(ctx, target, evidence) {
        const o = ctx.options;
        if (!o.healthCheckUrl)
          return;
        const page = await get(ctx, o.healthCheckUrl, o.healthCheckHost, o.allowUntrusted);
        evidence.page = page;
        const machine = [external_node_os_default().hostname(), ctx.ports.env.COMPUTERNAME ?? ""];
        const loopback = loopbackProbeFor(o.healthCheckUrl, o.healthCheckHost, machine);
        const first = `${o.healthCheckUrl}: ${describeAnswer(page)}`;
        if (!loopback)
          return;
        if (target.kind !== "local-iis") {
          evidence.probes.push(`${first} (this answer is the evidence)`, `loopback probe not possible: the app runs on another server (${target.kind === "remote" ? "Web Deploy" : target.kind}), and IIS shows its detailed error page only to requests made on that server`);
          return;
        }
        const local = await get(ctx, loopback.url, loopback.host, true);
        const second = `${loopback.url} (Host: ${loopback.host}): ${describeAnswer(local)}`;
        if (local.responder === "none") {
          evidence.probes.push(`${first} (this answer is the evidence)`, second);
          return;
        }
        evidence.page = local;
        evidence.probes.push(first, `${second} (this answer is the evidence: IIS answers local requests in detail)`);
      }
      function keyToWorker(events) {
        const newestError = events.find((e) => e.provider === ANCM_PROVIDER && (e.level ?? 2) <= 3 && processIdOf(e));
        const pid = newestError ? processIdOf(newestError) : void 0;
        if (pid === void 0)
          return events;
        return events.filter((e) => e.provider !== ANCM_PROVIDER || processIdOf(e) === void 0 || processIdOf(e) === pid);
      }
      async function readEvents(ctx, since, evidence) {
        let wevtutil;
        try {
          wevtutil = await ctx.tools.resolve("wevtutil");
        } catch (error) {
          evidence.unreadable.push(`event logs: ${(0, errors.gJ)(error)}`);
          return;
        }
        const withinMs = ctx.ports.clock.now() - since + 6e4;
        const reads = await Promise.all([
          queryEvents(ctx.ports.runner, wevtutil, {
            log: "Application",
            providers: [ANCM_PROVIDER, DOTNET_RUNTIME_PROVIDER, APPLICATION_ERROR_PROVIDER],
            withinMs,
            count: 50
          }),
          queryEvents(ctx.ports.runner, wevtutil, {
            log: "System",
            providers: [WAS_PROVIDER],
            eventIds: WAS_EVENT_IDS,
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
        const webConfig = readText(external_node_path_default().join(root, "web.config"));
        const settings = webConfig ? readStdoutLogSettings(webConfig) : void 0;
        if (!settings?.enabled)
          return;
        const file = findNewestStdoutLog(root, settings.prefix, since);
        if (!file) {
          evidence.unreadable.push(`stdout log: stdoutLogEnabled is true but no ${settings.prefix}_*.log was written since the deploy began`);
          return;
        }
        evidence.stdoutLog = { file, lines: lastLines(readText(file) ?? "", 30) };
      }
      function readHttpErr(ctx, since, evidence) {
        const systemRoot = ctx.ports.env.SystemRoot ?? ctx.ports.env.windir;
        if (!systemRoot) {
          evidence.unreadable.push("HTTP.sys error log: %SystemRoot% is not set");
          return;
        }
        const p = ctx.ports.platform === "win32" ? external_node_path_default().win32 : external_node_path_default();
        const dir = p.join(systemRoot, "System32", "LogFiles", "HTTPERR");
        let names;
        try {
          names = external_node_fs_default().readdirSync(dir).filter((n) => /^httperr\d*\.log$/i.test(n));
        } catch (error) {
          const code2 = error.code;
          evidence.unreadable.push(code2 === "EACCES" || code2 === "EPERM" ? `HTTP.sys error log ${dir}: access denied; only administrators may read it (run the deploy elevated)` : `HTTP.sys error log ${dir}: absent (${code2 ?? (0, errors.gJ)(error)})`);
          return;
        }
        const newest = names.map((n) => ({ file: p.join(dir, n), mtime: external_node_fs_default().statSync(p.join(dir, n)).mtimeMs })).sort((a, b) => b.mtime - a.mtime)[0];
        if (!newest)
          return;
        evidence.httpErr = httpErrSince(parseHttpErrLog(readText(newest.file) ?? ""), since, evidence.appPool).slice(-5);
      }
      async function gatherCheckFacts(ctx, input, page) {
        const { target, app } = input;
        const impatient = page?.responder === "none" || page?.status !== void 0 && ctx.options.healthCheckStatus.includes(page.status);
        const facts = {
          pool: target.appPool,
          healthTimeoutMs: ctx.options.healthCheckUrl && impatient ? ctx.options.healthCheckTimeoutMs : void 0
        };
        const root = target.physicalPath;
        const webConfig = root ? readText(external_node_path_default().join(root, "web.config")) : void 0;
        if (webConfig) {
          facts.startupTimeLimitSec = readStartupTimeLimit(webConfig);
          const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig)?.[0] ?? "";
          facts.hostingModel = /hostingModel\s*=\s*["']outofprocess["']/i.test(tag) ? "outofprocess" : "inprocess";
          const main = /arguments\s*=\s*["']\s*(?:"?\.?[\\/])?([^"'\s\\/]+)\.dll/i.exec(tag)?.[1] ?? /processPath\s*=\s*["'](?:\.[\\/])?([^"'\\/]+)\.exe["']/i.exec(tag)?.[1];
          if (main && root) {
            facts.appDir = root;
            facts.appName = main;
            const exe = readHead(external_node_path_default().join(root, `${main}.exe`));
            if (exe)
              facts.appBitness = peBitness(exe);
          }
        }
        try {
          facts.need = (0, runtime_config.CQ)(app?.dir ?? root ?? "", facts.appName);
        } catch {
        }
        if (facts.need?.kind === "framework-dependent") {
          try {
            const found = await (0, detect.sZ)({
              runner: ctx.ports.runner,
              env: ctx.ports.env,
              platform: ctx.ports.platform,
              tools: ctx.tools
            });
            if (found.ancm.present || found.aspNetCore.length > 0)
              facts.installedAspNetCore = found.aspNetCore.map((f) => f.version);
          } catch {
          }
        }
        if (target.appPool && target.kind === "local-iis") {
          try {
            const appcmd = await (0, shared.aZ)(ctx);
            const pool = await appcmd.run((0, iis_appcmd.Uk)("apppool", target.appPool, { text: "enable32BitAppOnWin64" }), { accept: [1] });
            const value = (0, iis_appcmd.le)(pool.stdout)[0];
            if (value !== void 0)
              facts.pool32Bit = /^true$/i.test(value);
            const apps = await appcmd.run((0, iis_appcmd.Uk)("app", void 0, { filters: { "apppool.name": target.appPool } }), { accept: [1168, 1] });
            const mine = `${target.site ?? ""}${target.application === "/" ? "/" : target.application}`.toLowerCase();
            const others = (0, iis_appcmd.ws)(apps.stdout).filter((o) => o.type === "APP" && o.id.toLowerCase() !== mine);
            facts.otherInProcessApps = [];
            for (const other of others) {
              const slash = other.id.indexOf("/");
              const vdir = await appcmd.run((0, iis_appcmd.Uk)("vdir", (0, iis_appcmd.b)(other.id.slice(0, slash), other.id.slice(slash)), {
                text: "physicalPath"
              }), { accept: [1168, 1] });
              const dir = (0, iis_appcmd.le)(vdir.stdout)[0];
              const config = dir ? readText(external_node_path_default().join(dir, "web.config")) : void 0;
              const tag = config ? /<aspNetCore\b[^>]*>/i.exec(config)?.[0] : void 0;
              if (tag && !/hostingModel\s*=\s*["']outofprocess["']/i.test(tag))
                facts.otherInProcessApps.push(other.id);
            }
          } catch (error) {
            ctx.reporter.debug(`diagnosis: reading the pool failed: ${(0, errors.gJ)(error)}`);
          }
        }
        return facts;
      }
      async function diagnoseFailure(ctx, input) {
        if (!ctx.options.diagnose || ctx.dryRun)
          return void 0;
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
          if (input.target.kind === "local-iis") {
            await readEvents(ctx, input.since, evidence);
            if (input.target.physicalPath)
              readStdoutLog(input.target.physicalPath, input.since, evidence);
            if (evidence.page?.status === 503 && evidence.page.responder === "http.sys")
              readHttpErr(ctx, input.since, evidence);
            evidence.checks = runActiveChecks(await gatherCheckFacts(ctx, input, evidence.page));
          } else
            evidence.unreadable.push(`event logs: the target is ${input.target.kind}, not this machine's IIS`);
        } catch (error) {
          evidence.unreadable.push(`diagnosis stopped early: ${(0, errors.gJ)(error)}`);
        }
        const diagnosis = diagnose(evidence, (text) => ctx.reporter.mask(text));
        for (const line of renderDiagnosis(diagnosis, "text"))
          ctx.reporter.info(line);
        return diagnosis;
      }
    })
  ),
  /***/
  3314: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Se: () => (
          /* binding */
          describeNeed
        ),
        /* harmony export */
        lv: () => (
          /* binding */
          describeDetection
        ),
        /* harmony export */
        sZ: () => (
          /* binding */
          detectHostingBundle
        ),
        /* harmony export */
        zB: () => (
          /* binding */
          findSatisfying
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _reg_query_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9534);
      var _runtime_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9316);
      var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7369);
      const INETSTP_KEY = "HKLM\\SOFTWARE\\Microsoft\\InetStp";
      const ANCM_V2_KEY = "HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2";
      const SHARED_FRAMEWORK_KEY = "HKLM\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework";
      function installedVersionsKey(arch, framework = _runtime_config_js__WEBPACK_IMPORTED_MODULE_4__.cU) {
        return `HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\${arch}\\sharedfx\\${framework}`;
      }
      function parseIisRegistry(keys) {
        const root = keys.find((k) => /\\InetStp$/i.test(k.path));
        const components = keys.find((k) => /\\InetStp\\Components$/i.test(k.path));
        const major = (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.Et)((0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(root, "MajorVersion"));
        const minor = (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.Et)((0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(root, "MinorVersion"));
        const present = (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.Et)((0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(components, "CoreWebEngine")) === 1 && (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.Et)((0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(components, "W3SVC")) === 1;
        return { present, version: major === void 0 ? void 0 : `${major}.${minor ?? 0}` };
      }
      function parseAncmRegistry(keys) {
        const key = keys.find((k) => /\\IIS AspNetCore Module V2$/i.test(k.path));
        const version = (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(key, "Version")?.data;
        return { installed: (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.Et)((0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(key, "Install")) === 1, version: version || void 0 };
      }
      function parseInstalledVersions(keys) {
        return keys.flatMap((k) => k.values).filter((v) => (0, _version_js__WEBPACK_IMPORTED_MODULE_5__.ex)(v.name) && (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.Et)(v) !== 0).map((v) => v.name);
      }
      function parseSharedFrameworkRegistry(keys) {
        const versions = [];
        for (const key of keys) {
          if (!/\\Shared Framework\\v\d+\.\d+\\[^\\]+$/i.test(key.path))
            continue;
          const leaf = (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.MP)(key);
          const value = (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.j)(key, "Version")?.data ?? "";
          if ((0, _version_js__WEBPACK_IMPORTED_MODULE_5__.ex)(leaf))
            versions.push(leaf);
          else if ((0, _version_js__WEBPACK_IMPORTED_MODULE_5__.ex)(value))
            versions.push(value);
        }
        return versions;
      }
      function parseListRuntimes(output) {
        const runtimes = [];
        for (const line of output.split(/\r?\n/)) {
          const match = /^(\S+) (\S+) \[(.+)\]$/.exec(line.trim());
          if (match)
            runtimes.push({ name: match[1], version: match[2], path: match[3] });
        }
        return runtimes;
      }
      function findSatisfying(installed, need) {
        const matching = installed.filter((version) => {
          if (need.kind === "exact" || (0, _version_js__WEBPACK_IMPORTED_MODULE_5__.V1)(need.minimum)) {
            return version === (need.kind === "exact" ? need.version : need.minimum);
          }
          return (0, _version_js__WEBPACK_IMPORTED_MODULE_5__.ts)(version) === need.channel && (0, _version_js__WEBPACK_IMPORTED_MODULE_5__.Zy)(version, need.minimum) >= 0;
        });
        return matching.sort(_version_js__WEBPACK_IMPORTED_MODULE_5__.Zy).pop();
      }
      function describeNeed(need) {
        return need.kind === "exact" || (0, _version_js__WEBPACK_IMPORTED_MODULE_5__.V1)(need.minimum) ? `${_runtime_config_js__WEBPACK_IMPORTED_MODULE_4__.cU} ${need.kind === "exact" ? need.version : need.minimum}` : `${_runtime_config_js__WEBPACK_IMPORTED_MODULE_4__.cU} ${need.minimum} or a later ${need.channel} patch`;
      }
      function describeDetection(found) {
        const iis = found.iis.present ? `IIS ${found.iis.version ?? ""}`.trim() : `IIS not installed (no CoreWebEngine + W3SVC under ${INETSTP_KEY}\\Components)`;
        const ancmSources = [found.ancm.registry ? "registry" : "", found.ancm.dll ? found.ancm.dll : ""].filter(Boolean).join(", ");
        const ancm = found.ancm.present ? `ASP.NET Core Module V2 ${found.ancm.version ?? ""} (${ancmSources})`.replace(/ {2,}/g, " ") : "no ASP.NET Core Module V2";
        const frameworks = found.aspNetCore.length ? `${_runtime_config_js__WEBPACK_IMPORTED_MODULE_4__.cU} ${found.aspNetCore.map((f) => `${f.version} (${f.sources.join(", ")})`).join(", ")}` : `no ${_runtime_config_js__WEBPACK_IMPORTED_MODULE_4__.cU}`;
        return `Found: ${iis}; ${ancm}; ${frameworks}.`;
      }
      function envValue(env, name) {
        const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
        return key === void 0 ? void 0 : env[key];
      }
      function dotnetArchitecture(env) {
        const arch = (envValue(env, "PROCESSOR_ARCHITEW6432") ?? envValue(env, "PROCESSOR_ARCHITECTURE") ?? "").toUpperCase();
        if (arch === "ARM64")
          return "arm64";
        if (arch === "X86")
          return "x86";
        return "x64";
      }
      function programFiles(env) {
        return envValue(env, "ProgramW6432") ?? envValue(env, "ProgramFiles");
      }
      async function regQuery(context, reg, args) {
        const view = envValue(context.env, "PROCESSOR_ARCHITEW6432") ? ["/reg:64"] : [];
        const result = await context.runner.run(reg, ["query", ...args, ...view], {
          silent: true,
          signal: context.signal,
          timeoutMs: context.timeoutMs ?? 6e4
        });
        if (result.exitCode !== 0) {
          context.reporter?.debug(`reg query ${args.join(" ")}: exit ${result.exitCode} ${result.stderr.trim()}`);
          return [];
        }
        return (0, _reg_query_js__WEBPACK_IMPORTED_MODULE_3__.E0)(result.stdout);
      }
      async function findDotnet(context) {
        if (context.platform === "win32") {
          const machineWide = node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.join(programFiles(context.env) ?? "C:\\Program Files", "dotnet", "dotnet.exe");
          if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(machineWide))
            return machineWide;
        }
        try {
          return await context.tools.resolve("dotnet");
        } catch (error) {
          if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.Mm)
            return void 0;
          throw error;
        }
      }
      function ancmDllPath(env, platform) {
        const root = programFiles(env) ?? (platform === "win32" ? "C:\\Program Files" : void 0);
        if (!root)
          return void 0;
        const p = platform === "win32" ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32 : node_path__WEBPACK_IMPORTED_MODULE_1___default().posix;
        return p.join(root, "IIS", "Asp.Net Core Module", "V2", "aspnetcorev2.dll");
      }
      async function listRuntimes(context, dotnet) {
        if (!dotnet)
          return [];
        const listed = await context.runner.run(dotnet, ["--list-runtimes"], {
          silent: true,
          signal: context.signal,
          timeoutMs: context.timeoutMs ?? 6e4
        });
        if (listed.exitCode === 0)
          return parseListRuntimes(listed.stdout);
        context.reporter?.debug(`${dotnet} --list-runtimes: exit ${listed.exitCode} ${listed.stderr.trim()}`);
        return [];
      }
      async function detectHostingBundle(context) {
        const reg = await context.tools.resolve("reg");
        const arch = dotnetArchitecture(context.env);
        const dotnetFound = findDotnet(context);
        const [inetStp, ancmKeys, installedVersions, sharedFramework, runtimes] = await Promise.all([
          regQuery(context, reg, [INETSTP_KEY, "/s"]),
          regQuery(context, reg, [ANCM_V2_KEY]),
          regQuery(context, reg, [installedVersionsKey(arch)]),
          regQuery(context, reg, [SHARED_FRAMEWORK_KEY, "/s"]),
          dotnetFound.then((dotnet2) => listRuntimes(context, dotnet2))
        ]);
        const dotnet = await dotnetFound;
        const iis = parseIisRegistry(inetStp);
        const ancmRegistry = parseAncmRegistry(ancmKeys);
        const dllPath = ancmDllPath(context.env, context.platform);
        const dll = dllPath && node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(dllPath) ? dllPath : void 0;
        const sources = /* @__PURE__ */ new Map();
        const see = (version, source) => {
          sources.set(version, (sources.get(version) ?? /* @__PURE__ */ new Set()).add(source));
        };
        for (const version of parseInstalledVersions(installedVersions))
          see(version, "registry");
        for (const version of parseSharedFrameworkRegistry(sharedFramework))
          see(version, "registry");
        for (const runtime of runtimes) {
          if (runtime.name === _runtime_config_js__WEBPACK_IMPORTED_MODULE_4__.cU)
            see(runtime.version, "dotnet --list-runtimes");
        }
        const aspNetCore = [...sources.keys()].sort(_version_js__WEBPACK_IMPORTED_MODULE_5__.Zy).map((version) => ({ version, sources: [...sources.get(version) ?? []] }));
        return {
          iis,
          ancm: {
            present: ancmRegistry.installed || dll !== void 0,
            version: ancmRegistry.version,
            registry: ancmRegistry.installed,
            dll
          },
          aspNetCore,
          dotnet
        };
      }
    })
  ),
  /***/
  9316: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        CQ: () => (
          /* binding */
          readAppFrameworkNeed
        ),
        /* harmony export */
        cU: () => (
          /* binding */
          ASPNETCORE_FRAMEWORK
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7369);
      const ASPNETCORE_FRAMEWORK = "Microsoft.AspNetCore.App";
      function frameworks(value) {
        const list = Array.isArray(value) ? value : value === void 0 ? [] : [value];
        return list.flatMap((item) => {
          if (typeof item !== "object" || item === null)
            return [];
          const { name, version } = item;
          return typeof name === "string" && typeof version === "string" ? [{ name, version }] : [];
        });
      }
      function parseRuntimeConfig(text, file) {
        let json;
        try {
          json = JSON.parse(text);
        } catch (error) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(file, `${file} is not valid JSON (${error.message}).`);
        }
        const options = typeof json === "object" && json !== null ? json["runtimeOptions"] : void 0;
        if (typeof options !== "object" || options === null) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(file, `${file} has no 'runtimeOptions': it is not a runtimeconfig.json.`);
        }
        const o = options;
        const included = frameworks(o["includedFrameworks"]);
        const referenced = [...frameworks(o["framework"]), ...frameworks(o["frameworks"])];
        const selfContained = included.length > 0;
        const all = selfContained ? included : referenced;
        const aspnet = all.find((f) => f.name === ASPNETCORE_FRAMEWORK);
        if (!aspnet) {
          const listed = all.map((f) => `${f.name} ${f.version}`).join(", ") || "none";
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("hosting-bundle", `Input 'hosting-bundle' is auto, but ${file} does not use ${ASPNETCORE_FRAMEWORK} (frameworks: ${listed}). Set 'hosting-bundle' to a channel (e.g. 8.0) or an exact version.`);
        }
        const channel = (0, _version_js__WEBPACK_IMPORTED_MODULE_3__.ts)(aspnet.version);
        if (!channel || !(0, _version_js__WEBPACK_IMPORTED_MODULE_3__.ex)(aspnet.version)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(file, `${file}: ${ASPNETCORE_FRAMEWORK} has version '${aspnet.version}', not a version.`);
        }
        return {
          file,
          kind: selfContained ? "self-contained" : "framework-dependent",
          version: aspnet.version,
          channel
        };
      }
      function findRuntimeConfig(appDir, appName) {
        if (appName) {
          const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(appDir, `${appName}.runtimeconfig.json`);
          if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
            return file;
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("app-name", `Input 'hosting-bundle' is auto, but ${file} does not exist: check 'app-name' and 'source'.`);
        }
        let names;
        try {
          names = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(appDir).filter((name) => name.toLowerCase().endsWith(".runtimeconfig.json"));
        } catch {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("source", `Input 'hosting-bundle' is auto, but the app folder ${appDir} cannot be read.`);
        }
        if (names.length === 1)
          return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(appDir, names[0]);
        if (names.length === 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("hosting-bundle", `Input 'hosting-bundle' is auto, but ${appDir} has no *.runtimeconfig.json (is it the output of dotnet publish?). Set 'hosting-bundle' to a channel (8.0) or an exact version.`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("app-name", `Input 'hosting-bundle' is auto, but ${appDir} has several runtimeconfig files (${names.sort().join(", ")}): set 'app-name' to say which app this is.`);
      }
      function readAppFrameworkNeed(appDir, appName) {
        const file = findRuntimeConfig(appDir, appName);
        return parseRuntimeConfig(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"), file);
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
