const id = 75;
const ids = [75];
const modules = {
  /***/
  4075: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        hostingBundleCommand: () => (
          /* binding */
          hostingBundleCommand
        )
        /* harmony export */
      });
      var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7764);
      var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(477);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _runtime_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8908);
      var _runtime_console_reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(175);
      var _steps_hosting_bundle_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
      var _steps_hosting_bundle_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(273);
      const RESOLVE_USAGE = "hosting-bundle resolve <latest|lts|channel|version> [--metadata-url <url>]";
      function toRequest(spec) {
        let parsed;
        try {
          parsed = (0, _steps_hosting_bundle_inputs_js__WEBPACK_IMPORTED_MODULE_2__.Bs)(spec, "spec");
        } catch (error) {
          if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__.eb(error.message.replace(/^Input 'spec' is/, "Spec"));
          throw error;
        }
        if (parsed.kind === "none" || parsed.kind === "auto") {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_4__.eb(`'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`);
        }
        return parsed;
      }
      const hostingBundleCommand = async (argv, io) => {
        const [sub, ...rest] = argv;
        if (sub !== "resolve") {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_4__.eb(sub === void 0 ? `Missing subcommand: ${RESOLVE_USAGE}` : `Unknown subcommand '${sub}': ${RESOLVE_USAGE}`);
        }
        const args = (0, _args_js__WEBPACK_IMPORTED_MODULE_4__.Zy)(rest, { values: ["metadata-url"] });
        if (args.positionals.length !== 1)
          throw new _args_js__WEBPACK_IMPORTED_MODULE_4__.eb(`Expected one spec: ${RESOLVE_USAGE}`);
        const request = toRequest(args.positionals[0]);
        const metadataUrl = (0, _args_js__WEBPACK_IMPORTED_MODULE_4__.uK)(args, "metadata-url") ?? _steps_hosting_bundle_inputs_js__WEBPACK_IMPORTED_MODULE_2__.Uk;
        if (!/^https?:\/\/[^/]/i.test(metadataUrl)) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_4__.eb(`Option '--metadata-url' is '${metadataUrl}': use an http(s) URL to releases-index.json.`);
        }
        const reporter = new _runtime_console_reporter_js__WEBPACK_IMPORTED_MODULE_5__.l({
          out: (line) => io.stderr(`${line}
`),
          err: (line) => io.stderr(`${line}
`)
        });
        const resolved = await (0, _steps_hosting_bundle_resolve_js__WEBPACK_IMPORTED_MODULE_3__.Jb)(request, {
          http: io.ports?.http ?? new _runtime_http_client_js__WEBPACK_IMPORTED_MODULE_1__.O(),
          metadataUrl,
          signal: io.signal
        });
        for (const warning of resolved.warnings)
          reporter.warning(warning);
        io.stdout(`${JSON.stringify({ version: resolved.version, url: resolved.url, sha512: resolved.sha512 })}
`);
        return _io_js__WEBPACK_IMPORTED_MODULE_6__.Ij;
      };
    })
  ),
  /***/
  175: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        l: () => (
          /* binding */
          ConsoleReporter
        )
        /* harmony export */
      });
      var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8198);
      function formatLocation(location) {
        if (!location)
          return "";
        const parts = [location.file];
        if (location.line !== void 0)
          parts.push(String(location.line));
        if (location.line !== void 0 && location.column !== void 0)
          parts.push(String(location.column));
        return `${parts.join(":")}: `;
      }
      class ConsoleReporter {
        options;
        masker;
        out;
        err;
        depth = 0;
        warnings = 0;
        errors = 0;
        constructor(options = {}) {
          this.options = options;
          this.masker = options.masker ?? new _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__.M2();
          this.out = options.out ?? ((line) => process.stderr.write(`${line}
`));
          this.err = options.err ?? ((line) => process.stderr.write(`${line}
`));
        }
        indent(text) {
          return this.depth === 0 ? text : text.replace(/^/gm, "  ".repeat(this.depth));
        }
        debug(message) {
          if (this.options.verbose)
            this.out(this.indent(this.mask(`debug: ${message}`)));
        }
        info(message) {
          this.out(this.indent(this.mask(message)));
        }
        notice(message, location) {
          this.out(this.mask(`notice: ${formatLocation(location)}${message}`));
        }
        warning(message, location) {
          this.warnings++;
          this.err(this.mask(`warning: ${formatLocation(location)}${message}`));
        }
        error(message, location) {
          this.errors++;
          this.err(this.mask(`error: ${formatLocation(location)}${message}`));
        }
        async group(name, fn) {
          this.out(this.indent(this.mask(`== ${name}`)));
          this.depth++;
          try {
            return await fn();
          } finally {
            this.depth--;
          }
        }
        registerSecret(value) {
          this.masker.register(value);
        }
        mask(text) {
          return this.masker.mask(text);
        }
      }
    })
  ),
  /***/
  8908: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        O: () => (
          /* binding */
          NodeHttpClient
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      const MAX_BODY_BYTES = 16 * 1024 * 1024;
      class NodeHttpClient {
        async get(url, options = {}) {
          const target = new URL(url);
          const isHttps = target.protocol === "https:";
          if (!isHttps && target.protocol !== "http:") {
            throw new Error(`Unsupported URL scheme '${target.protocol}' in '${url}': use http or https.`);
          }
          const lib = isHttps ? await Promise.resolve(
            /* import() */
          ).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(
            /* import() */
          ).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
          return new Promise((resolve, reject) => {
            const request = lib.request(target, {
              method: "GET",
              headers: { "user-agent": "iis-deploy", ...options.headers },
              rejectUnauthorized: isHttps ? !options.allowUntrusted : void 0,
              signal: options.signal
            }, (response) => {
              const chunks = [];
              let size = 0;
              response.on("data", (chunk) => {
                size += chunk.length;
                if (size <= MAX_BODY_BYTES)
                  chunks.push(chunk);
              });
              response.on("end", () => {
                const headers = {};
                for (const [name, value] of Object.entries(response.headers)) {
                  if (value !== void 0)
                    headers[name] = Array.isArray(value) ? value.join(", ") : value;
                }
                resolve({
                  status: response.statusCode ?? 0,
                  headers,
                  body: Buffer.concat(chunks).toString("utf8")
                });
              });
              response.on("error", reject);
            });
            if (options.timeoutMs) {
              request.setTimeout(options.timeoutMs, () => request.destroy(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.MU(`GET ${url} did not answer within ${options.timeoutMs} ms.`)));
            }
            request.on("error", (error) => {
              reject(error.name === "AbortError" ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc(`GET ${url} was cancelled.`) : error);
            });
            request.end();
          });
        }
      }
    })
  ),
  /***/
  104: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Bs: () => (
          /* binding */
          parseHostingBundleSpec
        ),
        /* harmony export */
        Uk: () => (
          /* binding */
          DEFAULT_RELEASE_METADATA_URL
        ),
        /* harmony export */
        XE: () => (
          /* binding */
          parseHostingBundleInputs
        ),
        /* harmony export */
        Zf: () => (
          /* binding */
          parseHostingBundleArgs
        ),
        /* harmony export */
        dE: () => (
          /* binding */
          redactUrlCredentials
        ),
        /* harmony export */
        jc: () => (
          /* binding */
          RESTART_IIS_POLICIES
        )
        /* harmony export */
      });
      var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8198);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7369);
      const DEFAULT_RELEASE_METADATA_URL = "https://builds.dotnet.microsoft.com/dotnet/release-metadata/releases-index.json";
      const RESTART_IIS_POLICIES = ["auto", "always", "never"];
      const INSTALLER_PROPERTY_NAMES = [
        "OPT_NO_ANCM",
        "OPT_NO_RUNTIME",
        "OPT_NO_SHAREDFX",
        "OPT_NO_X86",
        "OPT_NO_SHARED_CONFIG_CHECK"
      ];
      const SPEC_FORMS = "none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11, 10.0.0-preview.7.25380.108)";
      function parseHostingBundleSpec(value, input = "hosting-bundle") {
        const text = value.trim();
        const keyword = text.toLowerCase();
        if (keyword === "" || keyword === "none")
          return { kind: "none" };
        if (keyword === "auto" || keyword === "latest" || keyword === "lts")
          return { kind: keyword };
        if (/^\d+\.\d+$/.test(text))
          return { kind: "channel", channel: text };
        if ((0, _version_js__WEBPACK_IMPORTED_MODULE_1__.ex)(text))
          return { kind: "exact", version: text };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': use ${SPEC_FORMS}.`);
      }
      function splitArgs(value) {
        const parts = typeof value === "string" ? [value] : value;
        return parts.flatMap((part) => part.split(/\s+/)).filter(Boolean);
      }
      function parseHostingBundleArgs(value, input = "hosting-bundle-args") {
        const allowed = INSTALLER_PROPERTY_NAMES.map((name) => `${name}=0|1`).join(", ");
        const properties = [];
        const refused = [];
        for (const token of splitArgs(value)) {
          const match = /^([A-Z0-9_]+)=([01])$/.exec(token);
          const name = INSTALLER_PROPERTY_NAMES.find((known) => known === match?.[1]);
          if (!match || !name) {
            refused.push(token);
            continue;
          }
          if (properties.some((p) => p.name === name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' sets ${name} twice: keep one ${name}=0|1.`);
          }
          properties.push({ name, value: match[2] });
        }
        if (refused.length > 0) {
          const switches = refused.some((token) => /^[/-]/.test(token)) ? " The switches (/install /quiet /norestart /log) are set by the step." : "";
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' has ${refused.map((t) => `'${t}'`).join(", ")}: only the installer properties ${allowed} are allowed.${switches}`);
        }
        return properties;
      }
      function parseRestartIisPolicy(value, input = "restart-iis") {
        const text = (value ?? "").trim().toLowerCase() || "auto";
        const policy = RESTART_IIS_POLICIES.find((p) => p === text);
        if (!policy) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': use ${RESTART_IIS_POLICIES.join(", ")}.`);
        }
        return policy;
      }
      function httpUrl(value, input) {
        let url;
        try {
          url = new URL(value);
        } catch {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an absolute http(s) URL.`);
        }
        if (url.protocol !== "http:" && url.protocol !== "https:") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an http(s) URL.`);
        }
        return value;
      }
      function redactUrlCredentials(text) {
        return (0, _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__.sK)(text);
      }
      function versionFromBundleFileName(url) {
        let name;
        try {
          name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
        } catch {
          return void 0;
        }
        const match = /^dotnet-hosting-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+?)?)-win\.exe$/i.exec(name);
        return match?.[1];
      }
      function parseHostingBundleInputs(raw) {
        const errors = [];
        const attempt = (fn, fallback) => {
          try {
            return fn();
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz)
              errors.push(error);
            else
              throw error;
            return fallback;
          }
        };
        const spec = attempt(() => parseHostingBundleSpec(raw.hostingBundle ?? "none"), { kind: "none" });
        const properties = attempt(() => parseHostingBundleArgs(raw.hostingBundleArgs ?? ""), []);
        const restartIis = attempt(() => parseRestartIisPolicy(raw.restartIis), "auto");
        const metadataUrl = raw.releaseMetadataUrl?.trim() ? attempt(() => httpUrl(raw.releaseMetadataUrl.trim(), "release-metadata-url"), DEFAULT_RELEASE_METADATA_URL) : DEFAULT_RELEASE_METADATA_URL;
        let mirror;
        const url = raw.hostingBundleUrl?.trim();
        const sha512 = raw.hostingBundleSha512?.trim();
        if (url && sha512) {
          const checkedUrl = attempt(() => httpUrl(url, "hosting-bundle-url"), void 0);
          if (!/^[0-9a-fA-F]{128}$/.test(sha512)) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle-sha512", `Input 'hosting-bundle-sha512' is '${sha512}': use the 128 hex digits of the installer's SHA-512.`));
          } else if (checkedUrl) {
            mirror = { url: checkedUrl, sha512: sha512.toLowerCase(), fileVersion: versionFromBundleFileName(url) };
          }
        } else if (url || sha512) {
          const missing = url ? "hosting-bundle-sha512" : "hosting-bundle-url";
          errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(missing, `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: '${missing}' is missing. Set both to install from your own mirror, or neither.`));
        }
        if (mirror && spec.kind !== "none") {
          const problem = mirrorProblem(spec, mirror);
          if (problem)
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle-url", problem));
        }
        if (errors.length === 1)
          throw errors[0];
        if (errors.length > 1)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.G(errors);
        return { spec, properties, mirror, metadataUrl, restartIis };
      }
      function mirrorProblem(spec, mirror) {
        const fileVersion = mirror.fileVersion;
        if (spec.kind === "exact") {
          if (fileVersion && fileVersion !== spec.version) {
            return `Input 'hosting-bundle-url' serves ${fileVersion} (its file name says so) but 'hosting-bundle' asks for ${spec.version}: make them agree.`;
          }
          return void 0;
        }
        if (!fileVersion) {
          return `Input 'hosting-bundle-url' (${redactUrlCredentials(mirror.url)}) does not name its version (dotnet-hosting-<version>-win.exe): set 'hosting-bundle' to the exact version the mirror serves.`;
        }
        if (spec.kind === "channel" && (0, _version_js__WEBPACK_IMPORTED_MODULE_1__.ts)(fileVersion) !== spec.channel) {
          return `Input 'hosting-bundle-url' serves ${fileVersion}, which is not in channel ${spec.channel} asked by 'hosting-bundle'.`;
        }
        return void 0;
      }
    })
  ),
  /***/
  273: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Jb: () => (
          /* binding */
          resolveHostingBundle
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
      var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7369);
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
      function text(value) {
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
          const channel = text(item["channel-version"]);
          if (!channel || !/^\d+\.\d+$/.test(channel))
            continue;
          const releasesJson = text(item["releases.json"]);
          entries.push({
            channel,
            supportPhase: text(item["support-phase"])?.toLowerCase(),
            releaseType: text(item["release-type"])?.toLowerCase(),
            eolDate: text(item["eol-date"]),
            latestRelease: text(item["latest-release"]),
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
          const version = text(aspnet["version"]);
          const files = Array.isArray(aspnet["files"]) ? aspnet["files"] : [];
          const file = files.find((f) => isObject(f) && f["name"] === HOSTING_FILE);
          if (!version || !file)
            continue;
          const fileUrl = text(file["url"]);
          const hash = text(file["hash"]);
          if (!fileUrl || !hash || !/^[0-9a-fA-F]{128}$/.test(hash)) {
            throw new ReleaseMetadataError(url, `Release metadata at ${url}: ${HOSTING_FILE} of ${version} has no url or no SHA-512 hash (128 hex digits); ${METADATA_FIX}.`);
          }
          const ancm = aspnet["version-aspnetcoremodule"];
          releases.push({
            version,
            releaseVersion: text(item["release-version"]),
            releaseDate: text(item["release-date"]),
            security: typeof item["security"] === "boolean" ? item["security"] : void 0,
            ancmVersion: Array.isArray(ancm) ? text(ancm[0]) : text(ancm),
            url: new URL(fileUrl, url).toString(),
            sha512: hash.toLowerCase()
          });
        }
        return releases;
      }
      function describeChannels(entries) {
        return [...entries].sort((a, b) => (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.qo)(b.channel, a.channel)).map((e) => `${e.channel}${e.supportPhase ? ` (${e.supportPhase})` : ""}`).join(", ");
      }
      function chooseChannel(entries, request, url) {
        if (request.kind === "latest" || request.kind === "lts") {
          const supported = entries.filter((e) => SUPPORTED_PHASES.includes(e.supportPhase ?? "")).filter((e) => request.kind === "latest" || e.releaseType === "lts").sort((a, b) => (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.qo)(b.channel, a.channel));
          const chosen = supported[0];
          if (!chosen) {
            throw new ReleaseMetadataError(url, `Release metadata at ${url} lists no ${request.kind === "lts" ? "LTS " : ""}channel in support (active or maintenance); channels: ${describeChannels(entries) || "none"}. ${METADATA_FIX}.`);
          }
          return chosen;
        }
        const channel = request.kind === "exact" ? (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.ts)(request.version) : request.channel;
        const entry = entries.find((e) => e.channel === channel);
        if (!entry) {
          const asked = request.kind === "exact" ? request.version : request.kind === "minimum" ? request.minimum : channel;
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle", `Input 'hosting-bundle': there is no .NET channel ${channel} (for ${asked}) in ${url}. Known channels: ${describeChannels(entries) || "none"}.`);
        }
        return entry;
      }
      function newestStable(releases) {
        return releases.filter((r) => !(0, _version_js__WEBPACK_IMPORTED_MODULE_2__.V1)(r.version)).sort((a, b) => (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.Zy)(b.version, a.version))[0];
      }
      function chooseRelease(releases, request, channel, url) {
        const stable = newestStable(releases);
        const recent = releases.map((r) => r.version).sort((a, b) => (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.Zy)(b, a)).slice(0, 5).join(", ");
        const exact = request.kind === "exact" ? request.version : void 0;
        const minimum = request.kind === "minimum" ? request.minimum : void 0;
        const wanted = exact ?? (minimum && (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.V1)(minimum) ? minimum : void 0);
        if (wanted) {
          const byRelease = releases.filter((r) => r.releaseVersion === wanted);
          const found = releases.find((r) => r.version === wanted) ?? (byRelease.length === 1 ? byRelease[0] : void 0);
          if (!found) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle", `Input 'hosting-bundle': ASP.NET Core ${wanted} is not a release of channel ${channel} in ${url}. Newest releases: ${recent || "none"}.`);
          }
          return found;
        }
        if (minimum) {
          const candidate = stable && (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.Zy)(stable.version, minimum) >= 0 ? stable : void 0;
          if (!candidate) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle", `Input 'hosting-bundle' (auto): the app needs ASP.NET Core ${minimum} or a later ${channel} patch, but the newest release of channel ${channel} in ${url} is ${stable?.version ?? "none"}.`);
          }
          return candidate;
        }
        if (!stable) {
          const preview = releases[0]?.version;
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle", preview ? `Input 'hosting-bundle': channel ${channel} has only previews (newest: ${preview}). Previews are installed only when asked by exact version, e.g. hosting-bundle: ${preview}.` : `Input 'hosting-bundle': channel ${channel} in ${url} has no release with a Hosting Bundle (${HOSTING_FILE}).`);
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
        const parsed = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_1__.Bs)(spec);
        if (parsed.kind === "none" || parsed.kind === "auto") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle", `'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`);
        }
        return parsed;
      }
      async function resolveHostingBundle(request, options) {
        try {
          return await resolveWith(request, options);
        } catch (error) {
          if (error instanceof Error)
            error.message = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_1__.dE)(error.message);
          throw error;
        }
      }
      async function resolveWith(request, options) {
        const wanted = typeof request === "string" ? toRequest(request) : request;
        const indexUrl = options.metadataUrl ?? _inputs_js__WEBPACK_IMPORTED_MODULE_1__.Uk;
        const entries = parseReleasesIndex(await getJsonText(options.http, indexUrl, options), indexUrl);
        const entry = chooseChannel(entries, wanted, indexUrl);
        const releases = parseChannelReleases(await getJsonText(options.http, entry.releasesJson, options), entry.releasesJson);
        const release = chooseRelease(releases, wanted, entry.channel, entry.releasesJson);
        const warnings = [];
        if (entry.supportPhase === "eol") {
          warnings.push(`.NET ${entry.channel} is out of support${entry.eolDate ? ` since ${entry.eolDate}` : ""}: ASP.NET Core ${release.version} gets no security fixes. Move the app to a supported channel.`);
        }
        const newest = newestStable(releases);
        const newerInChannel = newest && !(0, _version_js__WEBPACK_IMPORTED_MODULE_2__.V1)(release.version) && (0, _version_js__WEBPACK_IMPORTED_MODULE_2__.Zy)(newest.version, release.version) > 0 ? newest.version : void 0;
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
    })
  ),
  /***/
  7369: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        V1: () => (
          /* binding */
          isPrerelease
        ),
        /* harmony export */
        Zy: () => (
          /* binding */
          compareVersions
        ),
        /* harmony export */
        ex: () => (
          /* binding */
          parseDotnetVersion
        ),
        /* harmony export */
        qo: () => (
          /* binding */
          compareChannels
        ),
        /* harmony export */
        ts: () => (
          /* binding */
          channelOf
        )
        /* harmony export */
      });
      const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
      function parseDotnetVersion(text) {
        const match = VERSION.exec(text.trim());
        if (!match)
          return void 0;
        return {
          major: Number(match[1]),
          minor: Number(match[2]),
          patch: Number(match[3]),
          prerelease: match[4] ? match[4].split(".") : []
        };
      }
      function isPrerelease(version) {
        return (parseDotnetVersion(version)?.prerelease.length ?? 0) > 0;
      }
      function channelOf(version) {
        const parsed = parseDotnetVersion(version);
        return parsed ? `${parsed.major}.${parsed.minor}` : void 0;
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
          if (left === void 0)
            return -1;
          if (right === void 0)
            return 1;
          const order = compareIdentifiers(left, right);
          if (order !== 0)
            return order;
        }
        return 0;
      }
      function compareChannels(a, b) {
        const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
        const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
        return Math.sign(aMajor - bMajor || aMinor - bMinor);
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
