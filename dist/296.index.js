const id = 296;
const ids = [296];
const modules = {
  /***/
  3296: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        installHostingBundle: () => (
          /* binding */
          install_hosting_bundle_installHostingBundle
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var errors = __webpack_require__(4296);
      var tools = __webpack_require__(3672);
      var detect = __webpack_require__(3314);
      var inputs = __webpack_require__(104);
      var external_node_crypto_ = __webpack_require__(7598);
      ;
      function buildHostingBundleArgs(action, logPath, properties = []) {
        return [
          `/${action}`,
          "/quiet",
          "/norestart",
          "/log",
          logPath,
          ...properties.map((p) => `${p.name}=${p.value}`)
        ];
      }
      function win32CodeOf(code) {
        return code >>> 16 === 32775 ? code & 65535 : code;
      }
      function parseBurnLog(text) {
        let exitCode;
        let shutdownCode;
        let restart;
        const errors2 = [];
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
          if (error && errors2.length < 10)
            errors2.push(error[1].trim());
        }
        return { exitCode: exitCode ?? shutdownCode, restart, errors: errors2 };
      }
      const OUTCOMES = {
        0: { kind: "success", meaning: "success" },
        3010: {
          kind: "reboot-required",
          name: "ERROR_SUCCESS_REBOOT_REQUIRED",
          meaning: "installed; a reboot is required to finish"
        },
        1641: {
          kind: "reboot-required",
          name: "ERROR_SUCCESS_REBOOT_INITIATED",
          meaning: "installed; the installer started a reboot (it should not with /norestart)"
        },
        5: {
          kind: "failure",
          name: "ERROR_ACCESS_DENIED",
          meaning: "access denied",
          fix: "Installing the Hosting Bundle needs administrator rights: run the runner (or agent service) elevated."
        },
        1602: {
          kind: "failure",
          name: "ERROR_INSTALL_USEREXIT",
          meaning: "the installation was cancelled",
          fix: "Something cancelled the installer (a user, or a prompt that cannot be answered): run the step again."
        },
        1603: {
          kind: "failure",
          name: "ERROR_INSTALL_FAILURE",
          meaning: "fatal error during installation",
          fix: "Read the log and the package logs next to it. Common causes: a reboot pending from an earlier install (reboot, then retry), a newer ASP.NET Core Module already installed, a missing Visual C++ redistributable on old Windows, a runner that is not elevated."
        },
        1618: {
          kind: "failure",
          name: "ERROR_INSTALL_ALREADY_RUNNING",
          meaning: "another installation is in progress",
          fix: "Another installation (Windows Update, another deployment) is running: wait for it to finish and run the step again."
        },
        1625: {
          kind: "failure",
          name: "ERROR_INSTALL_PACKAGE_REJECTED",
          meaning: "the installation is forbidden by system policy",
          fix: "A group policy blocks installers: ask the server administrator, or install the Hosting Bundle by hand and use hosting-bundle: none."
        },
        1638: {
          kind: "failure",
          name: "ERROR_PRODUCT_VERSION",
          meaning: "another version of this product is already installed (0x80070666)",
          fix: "Another build of this Hosting Bundle version is installed: uninstall it (Apps & features) or pin hosting-bundle to the installed version."
        },
        1639: {
          kind: "failure",
          name: "ERROR_INVALID_COMMAND_LINE",
          meaning: "invalid command line",
          fix: "Check 'hosting-bundle-args'."
        }
      };
      function describeInstallerExitCode(code) {
        return OUTCOMES[code] ?? {
          kind: "failure",
          meaning: `unknown exit code ${code} (0x${(code >>> 0).toString(16)})`,
          fix: "Read the installer log."
        };
      }
      function installerExitCode(processExitCode, log) {
        const fromLog = log.exitCode;
        return fromLog !== void 0 && (fromLog & 255) === (processExitCode & 255) ? fromLog : processExitCode;
      }
      function installerLogTail(text, count = 20) {
        const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "" && !/\bi410: Variable:/.test(line));
        return lines.slice(-count);
      }
      function packageLogsOf(logPath) {
        const dir = external_node_path_default().dirname(logPath);
        const stem = external_node_path_default().basename(logPath).replace(/\.log$/i, "");
        try {
          return external_node_fs_default().readdirSync(dir).filter((name) => name.startsWith(`${stem}_`)).sort().map((name) => external_node_path_default().join(dir, name));
        } catch {
          return [];
        }
      }
      function sha512OfFile(file) {
        return new Promise((resolve, reject) => {
          const hash = (0, external_node_crypto_.createHash)("sha512");
          external_node_fs_default().createReadStream(file).on("error", reject).on("data", (chunk) => hash.update(chunk)).on("end", () => resolve(hash.digest("hex")));
        });
      }
      var version = __webpack_require__(7369);
      ;
      class ReleaseMetadataError extends Error {
        url;
        name = "ReleaseMetadataError";
        constructor(url, message) {
          super(message);
          this.url = url;
        }
      }
      const SUPPORTED_PHASES = ["active", "maintenance"];
      const HOSTING_FILE = "dotnet-hosting-win.exe";
      const METADATA_FIX = "check 'release-metadata-url' (a mirror must serve the same JSON as Microsoft's) and the network";
      function isObject(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value);
      }
      function resolve_text(value) {
        return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
      }
      function parseJson(body, url) {
        try {
          return JSON.parse(body);
        } catch (error) {
          throw new ReleaseMetadataError(url, `Release metadata at ${url} is not valid JSON (${error.message}): ${METADATA_FIX}.`);
        }
      }
      function parseReleasesIndex(body, url) {
        const json = parseJson(body, url);
        const list = isObject(json) ? json["releases-index"] : void 0;
        if (!Array.isArray(list)) {
          throw new ReleaseMetadataError(url, `Release metadata at ${url} has no 'releases-index' array: it is not a .NET releases-index.json; ${METADATA_FIX}.`);
        }
        const entries = [];
        for (const item of list) {
          if (!isObject(item))
            continue;
          const channel = resolve_text(item["channel-version"]);
          if (!channel || !/^\d+\.\d+$/.test(channel))
            continue;
          const releasesJson = resolve_text(item["releases.json"]);
          entries.push({
            channel,
            supportPhase: resolve_text(item["support-phase"])?.toLowerCase(),
            releaseType: resolve_text(item["release-type"])?.toLowerCase(),
            eolDate: resolve_text(item["eol-date"]),
            latestRelease: resolve_text(item["latest-release"]),
            // A mirror may omit the field: fall back to the documented layout next to the index.
            releasesJson: new URL(releasesJson ?? `${channel}/releases.json`, url).toString()
          });
        }
        return entries;
      }
      function parseChannelReleases(body, url) {
        const json = parseJson(body, url);
        const list = isObject(json) ? json["releases"] : void 0;
        if (!Array.isArray(list)) {
          throw new ReleaseMetadataError(url, `Release metadata at ${url} has no 'releases' array: it is not a channel releases.json; ${METADATA_FIX}.`);
        }
        const releases = [];
        for (const item of list) {
          if (!isObject(item))
            continue;
          const aspnet = item["aspnetcore-runtime"];
          if (!isObject(aspnet))
            continue;
          const version2 = resolve_text(aspnet["version"]);
          const files = Array.isArray(aspnet["files"]) ? aspnet["files"] : [];
          const file = files.find((f) => isObject(f) && f["name"] === HOSTING_FILE);
          if (!version2 || !file)
            continue;
          const fileUrl = resolve_text(file["url"]);
          const hash = resolve_text(file["hash"]);
          if (!fileUrl || !hash || !/^[0-9a-fA-F]{128}$/.test(hash)) {
            throw new ReleaseMetadataError(url, `Release metadata at ${url}: ${HOSTING_FILE} of ${version2} has no url or no SHA-512 hash (128 hex digits); ${METADATA_FIX}.`);
          }
          const ancm = aspnet["version-aspnetcoremodule"];
          releases.push({
            version: version2,
            releaseVersion: resolve_text(item["release-version"]),
            releaseDate: resolve_text(item["release-date"]),
            security: typeof item["security"] === "boolean" ? item["security"] : void 0,
            ancmVersion: Array.isArray(ancm) ? resolve_text(ancm[0]) : resolve_text(ancm),
            url: new URL(fileUrl, url).toString(),
            sha512: hash.toLowerCase()
          });
        }
        return releases;
      }
      function describeChannels(entries) {
        return [...entries].sort((a, b) => (0, version.qo)(b.channel, a.channel)).map((e) => `${e.channel}${e.supportPhase ? ` (${e.supportPhase})` : ""}`).join(", ");
      }
      function chooseChannel(entries, request, url) {
        if (request.kind === "latest" || request.kind === "lts") {
          const supported = entries.filter((e) => SUPPORTED_PHASES.includes(e.supportPhase ?? "")).filter((e) => request.kind === "latest" || e.releaseType === "lts").sort((a, b) => (0, version.qo)(b.channel, a.channel));
          const chosen = supported[0];
          if (!chosen) {
            throw new ReleaseMetadataError(url, `Release metadata at ${url} lists no ${request.kind === "lts" ? "LTS " : ""}channel in support (active or maintenance); channels: ${describeChannels(entries) || "none"}. ${METADATA_FIX}.`);
          }
          return chosen;
        }
        const channel = request.kind === "exact" ? (0, version.ts)(request.version) : request.channel;
        const entry = entries.find((e) => e.channel === channel);
        if (!entry) {
          const asked = request.kind === "exact" ? request.version : request.kind === "minimum" ? request.minimum : channel;
          throw new errors.dz("hosting-bundle", `Input 'hosting-bundle': there is no .NET channel ${channel} (for ${asked}) in ${url}. Known channels: ${describeChannels(entries) || "none"}.`);
        }
        return entry;
      }
      function newestStable(releases) {
        return releases.filter((r) => !(0, version.V1)(r.version)).sort((a, b) => (0, version.Zy)(b.version, a.version))[0];
      }
      function chooseRelease(releases, request, channel, url) {
        const stable = newestStable(releases);
        const recent = releases.map((r) => r.version).sort((a, b) => (0, version.Zy)(b, a)).slice(0, 5).join(", ");
        const exact = request.kind === "exact" ? request.version : void 0;
        const minimum = request.kind === "minimum" ? request.minimum : void 0;
        const wanted = exact ?? (minimum && (0, version.V1)(minimum) ? minimum : void 0);
        if (wanted) {
          const byRelease = releases.filter((r) => r.releaseVersion === wanted);
          const found = releases.find((r) => r.version === wanted) ?? (byRelease.length === 1 ? byRelease[0] : void 0);
          if (!found) {
            throw new errors.dz("hosting-bundle", `Input 'hosting-bundle': ASP.NET Core ${wanted} is not a release of channel ${channel} in ${url}. Newest releases: ${recent || "none"}.`);
          }
          return found;
        }
        if (minimum) {
          const candidate = stable && (0, version.Zy)(stable.version, minimum) >= 0 ? stable : void 0;
          if (!candidate) {
            throw new errors.dz("hosting-bundle", `Input 'hosting-bundle' (auto): the app needs ASP.NET Core ${minimum} or a later ${channel} patch, but the newest release of channel ${channel} in ${url} is ${stable?.version ?? "none"}.`);
          }
          return candidate;
        }
        if (!stable) {
          const preview = releases[0]?.version;
          throw new errors.dz("hosting-bundle", preview ? `Input 'hosting-bundle': channel ${channel} has only previews (newest: ${preview}). Previews are installed only when asked by exact version, e.g. hosting-bundle: ${preview}.` : `Input 'hosting-bundle': channel ${channel} in ${url} has no release with a Hosting Bundle (${HOSTING_FILE}).`);
        }
        return stable;
      }
      async function getJsonText(http, url, options) {
        let current = url;
        for (let hop = 0; hop < 4; hop++) {
          let response;
          try {
            response = await http.get(current, {
              headers: { accept: "application/json" },
              timeoutMs: options.timeoutMs ?? 3e4,
              signal: options.signal
            });
          } catch (error) {
            if (error.name === "CancelledError")
              throw error;
            throw new ReleaseMetadataError(current, `Could not read release metadata from ${current}: ${error.message}. ${METADATA_FIX}.`);
          }
          const location = response.headers["location"];
          if (response.status >= 300 && response.status < 400 && location) {
            const next = new URL(location, current);
            if (new URL(current).protocol === "https:" && next.protocol !== "https:") {
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
        const parsed = (0, inputs.Bs)(spec);
        if (parsed.kind === "none" || parsed.kind === "auto") {
          throw new errors.dz("hosting-bundle", `'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`);
        }
        return parsed;
      }
      async function resolveHostingBundle(request, options) {
        try {
          return await resolveWith(request, options);
        } catch (error) {
          if (error instanceof Error)
            error.message = (0, inputs.dE)(error.message);
          throw error;
        }
      }
      async function resolveWith(request, options) {
        const wanted = typeof request === "string" ? toRequest(request) : request;
        const indexUrl = options.metadataUrl ?? inputs.Uk;
        const entries = parseReleasesIndex(await getJsonText(options.http, indexUrl, options), indexUrl);
        const entry = chooseChannel(entries, wanted, indexUrl);
        const releases = parseChannelReleases(await getJsonText(options.http, entry.releasesJson, options), entry.releasesJson);
        const release = chooseRelease(releases, wanted, entry.channel, entry.releasesJson);
        const warnings = [];
        if (entry.supportPhase === "eol") {
          warnings.push(`.NET ${entry.channel} is out of support${entry.eolDate ? ` since ${entry.eolDate}` : ""}: ASP.NET Core ${release.version} gets no security fixes. Move the app to a supported channel.`);
        }
        const newest = newestStable(releases);
        const newerInChannel = newest && !(0, version.V1)(release.version) && (0, version.Zy)(newest.version, release.version) > 0 ? newest.version : void 0;
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
      ;
      const NET_NOT_STARTED = 3521;
      const NET_ALREADY_STARTED = 2182;
      const SYSTEM_ERROR = /(?:System error|Systemfehler|erreur syst[e\u00e8]me|\u7cfb\u7edf\u9519\u8bef)\s*(\d+)/i;
      function parseNetOutput(result, verb) {
        const text = `${result.stdout}
${result.stderr}`;
        const helpmsg = Number(/NET HELPMSG (\d+)/i.exec(text)?.[1]) || void 0;
        const systemError = Number(SYSTEM_ERROR.exec(text)?.[1]) || void 0;
        if (verb === "stop" && helpmsg === NET_NOT_STARTED)
          return { ok: true, state: "was-not-running", helpmsg };
        if (verb === "start" && helpmsg === NET_ALREADY_STARTED)
          return { ok: true, state: "was-running", helpmsg };
        if (helpmsg !== void 0 || systemError !== void 0)
          return { ok: false, state: "failed", helpmsg, systemError };
        const done = verb === "stop" ? /was stopped successfully/i : /was started successfully/i;
        if (done.test(text) || result.exitCode === 0)
          return { ok: true, state: verb === "stop" ? "stopped" : "started" };
        return { ok: false, state: "failed" };
      }
      function netFix(outcome) {
        if (outcome.systemError === 5)
          return "Restarting IIS needs administrator rights: run the runner elevated.";
        return "Check the World Wide Web Publishing Service and the Windows Process Activation Service (services.msc) and the System event log, then restart them by hand.";
      }
      async function restartIis(runner, net, reporter, options = {}) {
        const steps = [
          { args: ["stop", "was", "/y"], verb: "stop" },
          { args: ["start", "w3svc"], verb: "start" }
        ];
        for (const step of steps) {
          const result = await runner.run(net, step.args, {
            signal: options.signal,
            timeoutMs: options.timeoutMs ?? 3e5
          });
          const outcome = parseNetOutput(result, step.verb);
          const line = `net ${step.args.join(" ")}`;
          if (!outcome.ok) {
            const output = `${result.stdout}
${result.stderr}`.trim().replace(/\s*\n\s*/g, " ");
            throw new errors.v4("net", result.exitCode, `${line} failed (exit ${result.exitCode}): ${output}`, netFix(outcome));
          }
          if (outcome.state === "was-not-running")
            reporter.info(`${line}: WAS was not running.`);
          if (outcome.state === "was-running")
            reporter.info(`${line}: W3SVC was already running.`);
        }
      }
      var runtime_config = __webpack_require__(9316);
      ;
      const HOSTING_BUNDLE_TOOL = "dotnet-hosting";
      function hostingBundleFileName(version2) {
        return `dotnet-hosting-${version2}-win.exe`;
      }
      class HostingBundleInstallError extends errors.v4 {
        logPath;
        name = "HostingBundleInstallError";
        constructor(exitCode, message, fix, logPath) {
          super("dotnet-hosting", exitCode, message, fix);
          this.logPath = logPath;
        }
      }
      function envValue(env, name) {
        const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
        return key === void 0 ? void 0 : env[key] || void 0;
      }
      function has(properties, name, value) {
        return properties.some((p) => p.name === name && (value === void 0 || p.value === value));
      }
      function installerProperties(user, ancmOnly) {
        const properties = [...user];
        const add = (name, value) => {
          if (!has(properties, name))
            properties.push({ name, value });
        };
        add("OPT_NO_ANCM", "0");
        if (ancmOnly) {
          add("OPT_NO_RUNTIME", "1");
          add("OPT_NO_SHAREDFX", "1");
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
          this.tools = options.tools ?? new tools.HV({ env: ports.env, platform: ports.platform, runner: ports.runner });
        }
        get reporter() {
          return this.ports.reporter;
        }
        /** Resolves through the mirror (checked against the request) or the release metadata. */
        async resolve(request) {
          const mirror = this.settings.mirror;
          if (mirror) {
            const version2 = mirror.fileVersion ?? (request.kind === "exact" ? request.version : void 0);
            if (!version2) {
              throw new errors.dz("hosting-bundle", `Input 'hosting-bundle-url' (${(0, inputs.dE)(mirror.url)}) does not name its version: set 'hosting-bundle' to the exact version the mirror serves.`);
            }
            if (request.kind === "minimum" && (0, detect.zB)([version2], request) === void 0) {
              throw new errors.dz("hosting-bundle-url", `Input 'hosting-bundle-url' serves ${version2}, but the app needs ${(0, detect.Se)(request)}.`);
            }
            this.reporter.info(`Hosting Bundle ${version2} from the mirror ${(0, inputs.dE)(mirror.url)} (release metadata not used).`);
            return { version: version2, url: mirror.url, sha512: mirror.sha512 };
          }
          const resolved = await resolveHostingBundle(request, {
            http: this.ports.http,
            metadataUrl: this.settings.metadataUrl,
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.metadataMs
          });
          for (const warning of resolved.warnings)
            this.reporter.warning(warning);
          const details = [
            resolved.releaseDate ? `released ${resolved.releaseDate}` : "",
            resolved.security ? "security release" : "",
            resolved.supportPhase ? `${resolved.releaseType ?? ""} ${resolved.supportPhase}`.trim() : ""
          ].filter(Boolean);
          this.reporter.info(`Resolved Hosting Bundle ${resolved.version} (.NET ${resolved.channel}${details.length ? `, ${details.join(", ")}` : ""}): ${resolved.url}`);
          if (resolved.newerInChannel) {
            this.reporter.info(`A newer ${resolved.channel} patch exists: ${resolved.newerInChannel}.`);
          }
          return { version: resolved.version, url: resolved.url, sha512: resolved.sha512 };
        }
        /** What the server must have, from the input or the app's runtimeconfig. */
        async plan() {
          const spec = this.settings.spec;
          switch (spec.kind) {
            case "exact":
              return { need: { kind: "exact", version: spec.version }, request: spec };
            case "latest":
            case "lts":
            case "channel": {
              const target = await this.resolve(spec);
              return { need: { kind: "exact", version: target.version }, request: spec, target };
            }
            case "auto": {
              if (!this.options.appDir) {
                throw new errors.dz("hosting-bundle", `Input 'hosting-bundle' is auto, but there is no app folder to read.`);
              }
              const app = (0, runtime_config.CQ)(this.options.appDir, this.options.appName);
              const request = (0, version.V1)(app.version) ? { kind: "exact", version: app.version } : app.kind === "self-contained" ? { kind: "channel", channel: app.channel } : { kind: "minimum", channel: app.channel, minimum: app.version };
              if (app.kind === "self-contained") {
                this.reporter.info(`${external_node_path_default().basename(app.file)}: self-contained app (ASP.NET Core ${app.version} inside it): the server needs only the ASP.NET Core Module.`);
                return { request, app };
              }
              const need = request.kind === "minimum" ? request : { kind: "exact", version: app.version };
              this.reporter.info(`${external_node_path_default().basename(app.file)}: the app needs ${(0, detect.Se)(need)}.`);
              return { need, request, app };
            }
            case "none":
              throw new Error("unreachable: none is handled before planning");
          }
        }
        detect() {
          return (0, detect.sZ)({
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
          const cachedDir = await toolCache.find(HOSTING_BUNDLE_TOOL, target.version);
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
          this.reporter.info(`Downloading ${(0, inputs.dE)(target.url)}`);
          let downloaded;
          try {
            downloaded = await toolCache.download(target.url, fileName);
          } catch (error) {
            throw new errors.v4("download", void 0, (0, inputs.dE)(`Could not download the Hosting Bundle ${target.version} from ${target.url}: ${(0, errors.gJ)(error)}`), this.settings.mirror ? "Check 'hosting-bundle-url' and that the runner can reach it." : "Check that the runner can reach builds.dotnet.microsoft.com, or set hosting-bundle-url/hosting-bundle-sha512 to a mirror.");
          }
          try {
            const actual = await sha512OfFile(downloaded);
            if (actual !== target.sha512) {
              throw new errors.v4("download", void 0, `The Hosting Bundle ${target.version} from ${(0, inputs.dE)(target.url)} failed verification: expected SHA-512 ${target.sha512}, got ${actual}. The file was deleted and nothing ran.`, this.settings.mirror ? "Check 'hosting-bundle-sha512' against the file the mirror serves." : "Retry; if it happens again the download is being altered on the way (proxy, antivirus).");
            }
            const dir = await toolCache.cacheFile(downloaded, fileName, HOSTING_BUNDLE_TOOL, target.version);
            return external_node_path_default().join(dir, fileName);
          } finally {
            external_node_fs_default().rmSync(downloaded, { force: true });
          }
        }
        logPath(version2, action) {
          const dir = this.options.logDir ?? envValue(this.ports.env, "RUNNER_TEMP") ?? envValue(this.ports.env, "AGENT_TEMPDIRECTORY") ?? external_node_os_default().tmpdir();
          external_node_fs_default().mkdirSync(dir, { recursive: true });
          const stamp = new Date(this.ports.clock.now()).toISOString().replace(/[:.]/g, "-");
          return external_node_path_default().join(dir, `dotnet-hosting-${version2}-${action}-${stamp}.log`);
        }
        /** Runs the installer; returns whether a reboot is required, throws HostingBundleInstallError on failure. */
        async runInstaller(installer, action, version2, properties, logPath) {
          if (this.ports.platform !== "win32")
            external_node_fs_default().chmodSync(installer, 493);
          const args = buildHostingBundleArgs(action, logPath, properties);
          this.reporter.info(`${action === "install" ? "Installing" : "Repairing"} the Hosting Bundle ${version2}.`);
          const result = await this.ports.runner.run(installer, args, {
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.installerMs ?? 30 * 6e4
          });
          const logText = external_node_fs_default().existsSync(logPath) ? external_node_fs_default().readFileSync(logPath, "utf8") : "";
          const log = parseBurnLog(logText);
          const code = installerExitCode(result.exitCode, log);
          const outcome = describeInstallerExitCode(code);
          if (outcome.kind === "success") {
            this.reporter.info(`The installer finished (exit ${code}). Log: ${logPath}`);
            return log.restart?.toLowerCase() === "required";
          }
          if (outcome.kind === "reboot-required") {
            this.reporter.info(`The installer finished (exit ${code}, ${outcome.name}). Log: ${logPath}`);
            return true;
          }
          const tail = installerLogTail(logText);
          if (tail.length)
            this.reporter.info(`Last lines of ${logPath}:
${tail.join("\n")}`);
          const packageLogs = packageLogsOf(logPath);
          const details = [
            log.errors.length ? `Installer errors: ${log.errors.slice(0, 3).join(" | ")}.` : "",
            `Log: ${logPath}${logText ? "" : " (not written)"}.`,
            packageLogs.length ? `Package logs: ${packageLogs.join(", ")}.` : ""
          ].filter(Boolean);
          throw new HostingBundleInstallError(code, `The Hosting Bundle ${version2} installer (/${action}) failed with exit code ${code}${outcome.name ? ` (${outcome.name})` : ""}: ${outcome.meaning}. ${details.join(" ")}`, outcome.fix, logPath);
        }
        async restartIfAllowed(changed, iisPresent) {
          const policy = this.settings.restartIis;
          if (policy === "never") {
            if (changed) {
              this.reporter.notice("restart-iis is never: IIS keeps running the old runtime and module until you run `net stop was /y` and `net start w3svc` (or reboot).");
            }
            return false;
          }
          if (policy === "auto" && !changed)
            return false;
          if (!iisPresent) {
            if (policy === "always")
              this.reporter.warning("restart-iis is always, but IIS is not installed: nothing to restart.");
            return false;
          }
          this.reporter.warning(`Restarting IIS (net stop was /y, net start w3svc, restart-iis: ${policy}): this restarts every site and application pool on this server.`);
          const net = await this.tools.resolve("net");
          await restartIis(this.ports.runner, net, this.reporter, {
            signal: this.options.signal,
            timeoutMs: this.options.timeouts?.serviceMs
          });
          this.reporter.info("IIS restarted.");
          return true;
        }
      }
      async function installHostingBundle(ports, options) {
        const settings = (0, inputs.XE)({
          hostingBundle: options.spec,
          hostingBundleArgs: options.args,
          hostingBundleUrl: options.url,
          hostingBundleSha512: options.sha512,
          releaseMetadataUrl: options.metadataUrl,
          restartIis: options.restartIis
        });
        const result = {
          action: "none",
          installed: false,
          repaired: false,
          rebootRequired: false,
          restarted: false,
          dryRun: options.dryRun ?? false
        };
        const { reporter } = ports;
        if (settings.spec.kind === "none")
          return result;
        if (settings.mirror) {
          const password = new URL(settings.mirror.url).password;
          if (password)
            reporter.registerSecret(decodeURIComponent(password));
        }
        const step = new Step(ports, options, settings);
        const plan = await step.plan();
        const detected = await step.detect();
        result.detected = detected;
        reporter.info((0, detect.lv)(detected));
        const ancmOptOut = has(settings.properties, "OPT_NO_ANCM", "1");
        const installedVersions = detected.aspNetCore.map((f) => f.version);
        const satisfying = plan.need ? (0, detect.zB)(installedVersions, plan.need) : void 0;
        const runtimeMet = !plan.need || satisfying !== void 0;
        const ancmMet = !detected.iis.present || ancmOptOut || detected.ancm.present;
        if (!detected.iis.present && !ancmOptOut && (!runtimeMet || !plan.need)) {
          reporter.warning("IIS is not installed, so the Hosting Bundle cannot install the ASP.NET Core Module (it needs IIS first, windows-facts \xA71.4). Enable IIS (iis-features) before this step; once IIS is there, the next run of this step adds the module.");
        }
        if (runtimeMet && ancmMet) {
          result.version = satisfying;
          reporter.info(`Nothing to install: ${plan.need ? `${(0, detect.Se)(plan.need)} is there (${satisfying})` : "the self-contained app needs no shared framework"}${detected.iis.present ? ", and so is the ASP.NET Core Module V2" : ""}.`);
          result.restarted = options.dryRun ? false : await step.restartIfAllowed(false, detected.iis.present);
          return result;
        }
        let action = runtimeMet && plan.need ? "repair" : "install";
        let target;
        if (action === "repair" && satisfying) {
          reporter.info(`${(0, detect.Se)(plan.need)} is installed (${satisfying}) but the ASP.NET Core Module V2 is not, although IIS is: the bundle was installed before IIS. Repairing it.`);
          try {
            target = await step.resolve({ kind: "exact", version: satisfying });
            if (target.version !== satisfying)
              action = "install";
          } catch (error) {
            if (!(error instanceof errors.dz))
              throw error;
            reporter.info(`${satisfying} is not in the release metadata: installing the requested bundle instead.`);
            action = "install";
          }
        }
        target ??= plan.target ?? await step.resolve(plan.request);
        const properties = installerProperties(settings.properties, plan.app?.kind === "self-contained");
        if (options.dryRun) {
          reporter.info(`Dry run: would ${action} the Hosting Bundle ${target.version} from ${(0, inputs.dE)(target.url)} (${buildHostingBundleArgs(action, "<log>", properties).join(" ")}).`);
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
        result.installed = action === "install";
        result.repaired = action === "repair";
        if (result.rebootRequired) {
          reporter.warning(`The Hosting Bundle ${target.version} needs a reboot to finish (reboot-required=true). Restarting IIS picks up most of it; schedule a reboot of this server.`);
        }
        const after = await step.detect();
        if (plan.need && action === "install") {
          const wanted = { kind: "exact", version: target.version };
          const listed = after.aspNetCore.map((f) => f.version);
          if (!(0, detect.zB)(listed, wanted)) {
            reporter.warning(`The installer succeeded but ${(0, detect.Se)(wanted)} is not listed yet (registry, dotnet --list-runtimes): a reboot may be needed. Log: ${logPath}`);
          }
        }
        if (after.iis.present && !ancmOptOut && !after.ancm.present) {
          reporter.warning(`The ASP.NET Core Module V2 is still missing after the installer: check the log ${logPath} and that hosting-bundle-args has no OPT_NO_ANCM=1.`);
        }
        result.restarted = await step.restartIfAllowed(true, after.iis.present);
        return result;
      }
      ;
      async function install_hosting_bundle_installHostingBundle(ctx, appDir) {
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
        if (ctx.dryRun && result.action !== "none")
          ctx.plan.action("hosting-bundle", `${result.action} the .NET Hosting Bundle ${result.version ?? ""}`.trim());
        const verb = ctx.dryRun ? "would " : "";
        const detail = result.action === "install" ? `${verb}install ${result.version}` : result.action === "repair" ? `${verb}repair ${result.version}` : `${result.version ?? "the installed version"} already meets the need`;
        return {
          version: result.version,
          rebootRequired: result.rebootRequired,
          changed,
          detail: `${detail}${result.restarted ? "; IIS restarted" : ""}${result.rebootRequired ? "; a reboot is required" : ""}`
        };
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
