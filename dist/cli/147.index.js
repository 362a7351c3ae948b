const id = 147;
const ids = [147];
const modules = {
  /***/
  228: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        h: () => (
          /* binding */
          cliPorts
        )
      });
      var errors = __webpack_require__(4296);
      ;
      const systemClock = {
        now: () => Date.now(),
        sleep: (ms, signal) => new Promise((resolve, reject) => {
          if (signal?.aborted) {
            reject(new errors.cc());
            return;
          }
          const onAbort = () => {
            clearTimeout(timer);
            reject(new errors.cc());
          };
          const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          }, ms);
          signal?.addEventListener("abort", onAbort, { once: true });
        })
      };
      var http_client = __webpack_require__(8908);
      var process_launcher = __webpack_require__(450);
      var external_node_child_process_ = __webpack_require__(1421);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var command_line = __webpack_require__(4925);
      var output_encoding = __webpack_require__(7958);
      ;
      const CODE_PAGE_KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage";
      function taskkillPath() {
        const windir = process.env["SystemRoot"] ?? process.env["windir"] ?? "C:\\Windows";
        return external_node_path_default().win32.join(windir, "System32", "taskkill.exe");
      }
      const runningGroups = /* @__PURE__ */ new Set();
      let exitHookInstalled = false;
      function installExitHook() {
        if (exitHookInstalled)
          return;
        exitHookInstalled = true;
        process.once("exit", () => {
          for (const pid of runningGroups) {
            try {
              process.kill(-pid, "SIGKILL");
            } catch {
            }
          }
        });
      }
      function killTree(child, signal) {
        if (child.pid === void 0)
          return;
        if (process.platform === "win32") {
          (0, external_node_child_process_.spawnSync)(taskkillPath(), ["/PID", String(child.pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" });
          child.kill(signal);
          return;
        }
        try {
          process.kill(-child.pid, signal);
        } catch {
          child.kill(signal);
        }
      }
      class ProcessRunner {
        options;
        codePagesLookup;
        constructor(options = {}) {
          this.options = options;
        }
        async run(tool, args, options = {}) {
          const reporter = this.options.reporter;
          if (!options.silent)
            reporter?.info(`[command]${(0, command_line.z)(tool, args, options.verbatimArguments)}`);
          const raw = await this.spawnRaw(tool, args, options);
          const encoding = this.encodingFor(tool, options);
          const codePages = encoding === "utf8" || encoding === "utf16le" ? void 0 : await this.codePages(options);
          if ((0, output_encoding.HI)(encoding, codePages))
            await (0, output_encoding.A9)();
          const result = {
            exitCode: raw.exitCode,
            stdout: (0, output_encoding.aX)(raw.stdout, encoding, codePages),
            stderr: (0, output_encoding.aX)(raw.stderr, encoding, codePages)
          };
          if (!options.silent && reporter) {
            if (result.stdout.trim())
              reporter.info(result.stdout.trimEnd());
            if (result.stderr.trim())
              reporter.info(result.stderr.trimEnd());
          }
          return result;
        }
        /** The step's encoding for this tool, unless IIS_DEPLOY_TOOL_ENCODINGS names the tool. */
        encodingFor(tool, options) {
          const overrides = (0, output_encoding.Su)(this.environment(options)[output_encoding.LI]);
          return overrides[(0, output_encoding._H)(tool)] ?? options.outputEncoding ?? "utf8";
        }
        environment(options) {
          return options.env ? { ...process.env, ...options.env } : process.env;
        }
        /** The system code pages: fixed, from the registry (once per runner), or unknown (UTF-8). */
        codePages(options) {
          const setting = this.environment(options)[output_encoding.CS]?.trim() || this.options.codePages;
          if (typeof setting === "object")
            return Promise.resolve(setting);
          const fixed = (0, output_encoding.BG)(setting);
          if (fixed)
            return Promise.resolve(fixed);
          const source = setting ?? (process.platform === "win32" ? "registry" : "utf8");
          if (source !== "registry")
            return Promise.resolve(void 0);
          this.codePagesLookup ??= this.readCodePages(options);
          return this.codePagesLookup;
        }
        async readCodePages(options) {
          const windir = process.env["SystemRoot"] ?? process.env["windir"] ?? "C:\\Windows";
          const reg = this.options.regPath ?? (process.platform === "win32" ? external_node_path_default().win32.join(windir, "System32", "reg.exe") : "reg");
          try {
            const raw = await this.spawnRaw(reg, ["query", CODE_PAGE_KEY], { env: options.env });
            const text = raw.stdout.toString("latin1");
            const oem = (0, output_encoding.sz)(text, "OEMCP");
            const ansi = (0, output_encoding.sz)(text, "ACP");
            if (raw.exitCode === 0 && oem !== void 0 && ansi !== void 0) {
              this.options.reporter?.debug(`System code pages: OEM ${oem}, ANSI ${ansi} (from ${CODE_PAGE_KEY}).`);
              return { oem, ansi };
            }
            this.options.reporter?.warning(`Could not read the code pages from ${CODE_PAGE_KEY} (reg exit code ${raw.exitCode}): tool output is read as UTF-8, so non-ASCII names may not match. Set ${output_encoding.CS}=oem=<n>,ansi=<n> (see \`chcp\`) to fix.`);
          } catch (error) {
            this.options.reporter?.warning(`Could not run ${reg} to read the code pages (${error.message}): tool output is read as UTF-8. Set ${output_encoding.CS}=oem=<n>,ansi=<n> to fix.`);
          }
          return void 0;
        }
        spawnRaw(tool, args, options) {
          return new Promise((resolve, reject) => {
            if (options.signal?.aborted) {
              reject(new errors.cc(`Cancelled before starting ${tool}.`));
              return;
            }
            const child = (0, external_node_child_process_.spawn)(tool, [...args], {
              cwd: options.cwd,
              env: options.env ? { ...process.env, ...options.env } : process.env,
              shell: false,
              windowsHide: true,
              windowsVerbatimArguments: options.verbatimArguments ?? false,
              // Verbatim means libuv leaves argv[0] unquoted too, and msdeploy parses its whole command line: a path with
              // spaces would split into `Files\IIS\...` arguments (windows-facts \u00a74.5). Quote it, as @actions/exec does.
              ...options.verbatimArguments && process.platform === "win32" ? { argv0: (0, command_line.D)(tool) } : {},
              // POSIX: a process group of its own, so a timeout can end the whole tree (Windows: taskkill /T).
              detached: process.platform !== "win32",
              // Standard input only when there is something to send (a secret travels there, never in argv).
              stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
            });
            if (options.input !== void 0 && child.stdin) {
              child.stdin.on("error", () => {
              });
              child.stdin.end(options.input, "utf8");
            }
            const group = process.platform !== "win32" ? child.pid : void 0;
            if (group !== void 0) {
              runningGroups.add(group);
              installExitHook();
            }
            const stdout = [];
            const stderr = [];
            let settled = false;
            let timedOut = false;
            let cancelled = false;
            const finish = (fn) => {
              if (settled)
                return;
              settled = true;
              if (timer)
                clearTimeout(timer);
              if (group !== void 0)
                runningGroups.delete(group);
              options.signal?.removeEventListener("abort", onAbort);
              fn();
            };
            const onAbort = () => {
              cancelled = true;
              killTree(child, "SIGTERM");
            };
            options.signal?.addEventListener("abort", onAbort, { once: true });
            const timer = options.timeoutMs ? setTimeout(() => {
              timedOut = true;
              killTree(child, "SIGKILL");
            }, options.timeoutMs) : void 0;
            child.stdout?.on("data", (chunk) => stdout.push(chunk));
            child.stderr?.on("data", (chunk) => stderr.push(chunk));
            child.on("error", (error) => {
              finish(() => reject(error.code === "ENOENT" ? new errors.Mm(tool, `Could not start '${tool}': the file was not found.`) : error));
            });
            child.on("close", (code, signal) => {
              finish(() => {
                const result = {
                  exitCode: code ?? (signal ? 128 : 1),
                  stdout: Buffer.concat(stdout),
                  stderr: Buffer.concat(stderr)
                };
                if (cancelled)
                  reject(new errors.cc(`'${tool}' was cancelled.`));
                else if (timedOut)
                  reject(new errors.MU(`'${tool}' did not finish within ${options.timeoutMs} ms and was killed.`));
                else
                  resolve(result);
              });
            });
          });
        }
      }
      ;
      function createNodePorts(options) {
        return {
          runner: new ProcessRunner({ reporter: options.reporter }),
          reporter: options.reporter,
          http: new http_client.O(),
          toolCache: options.toolCache,
          clock: systemClock,
          env: options.env,
          platform: process.platform,
          launcher: new process_launcher.s(),
          ...options.overrides,
          signal: options.signal
        };
      }
      var external_node_crypto_ = __webpack_require__(7598);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var secrets = __webpack_require__(8198);
      var run_folders = __webpack_require__(4817);
      ;
      function defaultCacheDirectory(env) {
        if (process.platform === "win32") {
          return external_node_path_default().join(env["LOCALAPPDATA"] || external_node_path_default().join(external_node_os_default().homedir(), "AppData", "Local"), "iis-deploy", "tool-cache");
        }
        return external_node_path_default().join(env["XDG_CACHE_HOME"] || external_node_path_default().join(external_node_os_default().homedir(), ".cache"), "iis-deploy", "tool-cache");
      }
      function ensureToolCacheEnvironment(env = process.env) {
        env["RUNNER_TEMP"] = (0, run_folders.Z)(env);
        env["RUNNER_TOOL_CACHE"] ||= env["AGENT_TOOLSDIRECTORY"] || defaultCacheDirectory(env);
        return { tempDirectory: env["RUNNER_TEMP"], cacheDirectory: env["RUNNER_TOOL_CACHE"] };
      }
      async function withRedactedUrlsOnStdout(fn) {
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = ((chunk, ...rest) => {
          const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
          return write((0, secrets.sK)(text), ...rest);
        });
        try {
          return await fn();
        } finally {
          process.stdout.write = write;
        }
      }
      let loaded;
      function toolCacheModule() {
        loaded ??= __webpack_require__.e(
          /* import() */
          991
        ).then(__webpack_require__.bind(__webpack_require__, 5991));
        return loaded;
      }
      class ActionsToolCache {
        constructor() {
          ensureToolCacheEnvironment(process.env);
        }
        async find(tool, version) {
          const tc = await toolCacheModule();
          return tc.find(tool, version) || void 0;
        }
        async download(url, fileName) {
          const { tempDirectory } = ensureToolCacheEnvironment(process.env);
          const dest = external_node_path_default().join(tempDirectory, `${(0, external_node_crypto_.randomUUID)()}-${fileName}`);
          const tc = await toolCacheModule();
          try {
            return await withRedactedUrlsOnStdout(() => tc.downloadTool(url, dest));
          } catch (error) {
            if (error instanceof tc.HTTPError) {
              throw new Error(`GET ${url} answered HTTP ${error.httpStatusCode ?? "error"}.`, { cause: error });
            }
            throw error;
          }
        }
        async cacheFile(sourceFile, fileName, tool, version) {
          ensureToolCacheEnvironment(process.env);
          const tc = await toolCacheModule();
          return tc.cacheFile(sourceFile, fileName, tool, version);
        }
      }
      function createToolCache() {
        return new ActionsToolCache();
      }
      ;
      function cliPorts(io, reporter) {
        return createNodePorts({
          reporter,
          toolCache: createToolCache(),
          env: io.env,
          signal: io.signal,
          overrides: io.ports
        });
      }
    })
  ),
  /***/
  4817: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Z: () => (
          /* binding */
          runTempDirectory
        ),
        /* harmony export */
        r: () => (
          /* binding */
          withRunTempDirectory
        )
        /* harmony export */
      });
      var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
      var node_os__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      function runTempDirectory(env) {
        return env["RUNNER_TEMP"] || env["AGENT_TEMPDIRECTORY"] || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(), "iis-deploy");
      }
      function withRunTempDirectory(env) {
        return { ...env, RUNNER_TEMP: runTempDirectory(env) };
      }
    })
  ),
  /***/
  4925: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        D: () => (
          /* binding */
          quoteWindowsArgument
        ),
        /* harmony export */
        z: () => (
          /* binding */
          formatCommandLine
        )
        /* harmony export */
      });
      function quoteWindowsArgument(arg) {
        if (arg !== "" && !/[\s"]/.test(arg))
          return arg;
        const escaped = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, "$1$1");
        return `"${escaped}"`;
      }
      function formatCommandLine(tool, args, verbatim = false) {
        const shown = verbatim ? args : args.map(quoteWindowsArgument);
        return [quoteWindowsArgument(tool), ...shown].join(" ");
      }
    })
  ),
  /***/
  7958: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        A9: () => (
          /* binding */
          loadDecoders
        ),
        /* harmony export */
        BG: () => (
          /* binding */
          parseFixedCodePages
        ),
        /* harmony export */
        CS: () => (
          /* binding */
          CODE_PAGES_VARIABLE
        ),
        /* harmony export */
        HI: () => (
          /* binding */
          mayNeedDecoders
        ),
        /* harmony export */
        Ih: () => (
          /* binding */
          TOOL_OUTPUT_ENCODINGS
        ),
        /* harmony export */
        LI: () => (
          /* binding */
          TOOL_ENCODINGS_VARIABLE
        ),
        /* harmony export */
        Su: () => (
          /* binding */
          parseToolEncodings
        ),
        /* harmony export */
        _H: () => (
          /* binding */
          toolKey
        ),
        /* harmony export */
        aX: () => (
          /* binding */
          decodeOutput
        ),
        /* harmony export */
        sz: () => (
          /* binding */
          parseRegCodePage
        )
        /* harmony export */
      });
      let loadedIconv;
      async function loadDecoders() {
        if (loadedIconv)
          return;
        const module = await __webpack_require__.e(
          /* import() */
          748
        ).then(__webpack_require__.t.bind(__webpack_require__, 1748, 23));
        loadedIconv = module.default ?? module;
      }
      function iconv() {
        if (!loadedIconv) {
          throw new Error("output-encoding: a code page decoder was used before loadDecoders() resolved (a bug in iis-deploy).");
        }
        return loadedIconv;
      }
      function mayNeedDecoders(encoding, codePages) {
        if (encoding === "xml")
          return true;
        if (encoding !== "oem" && encoding !== "ansi")
          return false;
        const codePage = codePages?.[encoding];
        return codePage !== void 0 && codePage !== 65001 && codePage !== 1200;
      }
      const TOOL_OUTPUT_ENCODINGS = {
        appcmd: "ansi",
        robocopy: "ansi",
        icacls: "oem",
        netsh: "oem",
        taskkill: "oem",
        reg: "oem",
        net: "oem",
        dism: "oem"
      };
      const TOOL_ENCODINGS_VARIABLE = "IIS_DEPLOY_TOOL_ENCODINGS";
      const CODE_PAGES_VARIABLE = "IIS_DEPLOY_CODE_PAGES";
      const ENCODINGS = ["oem", "ansi", "xml", "utf8", "utf16le"];
      function toolKey(tool) {
        const base = tool.split(/[\\/]/).pop() ?? tool;
        return base.replace(/\.(exe|com)$/i, "").toLowerCase();
      }
      function parseToolEncodings(value) {
        const out = {};
        for (const part of (value ?? "").split(/[,;]/)) {
          if (part.trim() === "")
            continue;
          const [tool = "", encoding = ""] = part.split("=").map((s) => s.trim().toLowerCase());
          if (!tool || !ENCODINGS.includes(encoding))
            throw new Error(`${TOOL_ENCODINGS_VARIABLE}: '${part.trim()}' is not tool=encoding with encoding one of ${ENCODINGS.join(", ")} (e.g. robocopy=oem).`);
          out[tool] = encoding;
        }
        return out;
      }
      function parseFixedCodePages(value) {
        const oem = /\boem\s*=\s*(\d+)/i.exec(value ?? "")?.[1];
        const ansi = /\bansi\s*=\s*(\d+)/i.exec(value ?? "")?.[1];
        return oem && ansi ? { oem: Number(oem), ansi: Number(ansi) } : void 0;
      }
      function parseRegCodePage(stdout, valueName) {
        for (const line of stdout.split(/\r?\n/)) {
          const match = /^\s+(\S+)\s+REG_SZ\s+(\d+)\s*$/.exec(line);
          if (match && match[1]?.toLowerCase() === valueName.toLowerCase())
            return Number(match[2]);
        }
        return void 0;
      }
      function iconvName(codePage) {
        if (codePage === 65001)
          return "utf8";
        if (codePage === 1200)
          return "utf16le";
        for (const name of [`cp${codePage}`, `windows-${codePage}`])
          if (iconv().encodingExists(name))
            return name;
        return void 0;
      }
      function isValidUtf8(bytes) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          return true;
        } catch {
          return false;
        }
      }
      function decodeCodePage(bytes, codePage) {
        const name = codePage === void 0 ? void 0 : iconvName(codePage);
        return name ? iconv().decode(bytes, name) : bytes.toString("utf8");
      }
      function decodeOutput(bytes, encoding, codePages) {
        if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254)
          return bytes.subarray(2).toString("utf16le");
        switch (encoding) {
          case "utf8":
            return bytes.toString("utf8");
          case "utf16le":
            return bytes.toString("utf16le");
          case "oem":
            return decodeCodePage(bytes, codePages?.oem);
          case "ansi":
            return decodeCodePage(bytes, codePages?.ansi);
          case "xml": {
            const head = bytes.subarray(0, 200).toString("latin1");
            const declared = /<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
            if (declared && declared !== "utf-8" && declared !== "utf8" && iconv().encodingExists(declared))
              return iconv().decode(bytes, declared);
            if (isValidUtf8(bytes))
              return bytes.toString("utf8").replace(/^\ufeff/, "");
            return decodeCodePage(bytes, codePages?.ansi);
          }
        }
      }
    })
  ),
  /***/
  1352: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        JI: () => (
          /* binding */
          stateDirInside
        ),
        /* harmony export */
        JT: () => (
          /* binding */
          resolveStateDir
        ),
        /* harmony export */
        lu: () => (
          /* binding */
          STATE_LAYOUT
        ),
        /* harmony export */
        xH: () => (
          /* binding */
          ensureStateDir
        ),
        /* harmony export */
        yD: () => (
          /* binding */
          defaultStateDir
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
      var node_os__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      const STATE_DIR_NAME = "iis-deploy";
      const STATE_LAYOUT = { locks: "locks", ledgers: "ledgers", backups: "backups" };
      function defaultStateDir(context) {
        const { env } = context;
        if (context.platform === "win32") {
          const programData = env.ProgramData ?? env.PROGRAMDATA ?? env.ALLUSERSPROFILE ?? "C:\\ProgramData";
          return node_path__WEBPACK_IMPORTED_MODULE_2___default().win32.join(programData, STATE_DIR_NAME);
        }
        const xdg = env.XDG_STATE_HOME;
        if (xdg && node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(xdg))
          return node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(xdg, STATE_DIR_NAME);
        if (context.uid === 0)
          return node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join("/var/lib", STATE_DIR_NAME);
        const home = context.homedir ?? env.HOME ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir();
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(home, ".local", "state", STATE_DIR_NAME);
      }
      function resolveStateDir(input, context) {
        return input && input.trim() ? input.trim() : defaultStateDir(context);
      }
      const SYSTEM_SID = "S-1-5-18";
      const ADMINISTRATORS_SID = "S-1-5-32-544";
      function parseWhoamiSid(stdout) {
        const match = /"(S-1-[0-9-]+)"\s*$/m.exec(stdout.trim());
        return match?.[1];
      }
      function buildStateDirAclArgs(dir, sids) {
        const grants = [...new Set(sids)].flatMap((sid) => ["/grant:r", `*${sid}:(OI)(CI)F`]);
        return [dir, "/inheritance:r", ...grants];
      }
      async function ensureStateDir(options) {
        const { dir } = options;
        const existed = node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(dir);
        if (existed && !node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(dir).isDirectory())
          throw new Error(`The state folder ${dir} ('state-dir') is a file: remove it or choose another 'state-dir'.`);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(dir, { recursive: true, mode: 448 });
        for (const sub of Object.values(STATE_LAYOUT))
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, sub), { recursive: true, mode: 448 });
        if (existed || options.platform !== "win32")
          return;
        const sids = [SYSTEM_SID, ADMINISTRATORS_SID];
        try {
          if (options.whoamiPath) {
            const who = await options.runner.run(options.whoamiPath, ["/user", "/fo", "csv", "/nh"], {
              silent: true
            });
            const sid = parseWhoamiSid(who.stdout);
            if (sid)
              sids.push(sid);
          }
          if (options.icaclsPath) {
            const result = await options.runner.run(options.icaclsPath, buildStateDirAclArgs(dir, sids), {
              silent: true
            });
            if (result.exitCode !== 0)
              throw new Error(`icacls exited with ${result.exitCode}: ${result.stderr.trim()}`);
            options.reporter.info(`Created the state folder ${dir}, writable by SYSTEM, Administrators and this account only.`);
          }
        } catch (error) {
          options.reporter.warning(`Created the state folder ${dir}, but could not restrict its access (${error.message}): it inherits the ACL of its parent. Fix: icacls "${dir}" /inheritance:r /grant:r *${SYSTEM_SID}:(OI)(CI)F *${ADMINISTRATORS_SID}:(OI)(CI)F`);
        }
      }
      function stateDirInside(stateDir, folders) {
        const api = /^[a-zA-Z]:[\\/]|^\\\\/.test(stateDir) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().win32 : node_path__WEBPACK_IMPORTED_MODULE_2___default().posix;
        const norm = (p) => {
          const resolved = api.resolve(p);
          return api === node_path__WEBPACK_IMPORTED_MODULE_2___default().win32 ? resolved.toLowerCase() : resolved;
        };
        const state = norm(stateDir);
        for (const folder of folders) {
          if (!folder)
            continue;
          const root = norm(folder);
          const relative = api.relative(root, state);
          if (relative === "" || !relative.startsWith("..") && !api.isAbsolute(relative))
            return folder;
        }
        return void 0;
      }
    })
  ),
  /***/
  3672: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        HV: () => (
          /* binding */
          ToolResolver
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      const INSTALL_HINTS = {
        appcmd: "Install IIS (the Web Server role, e.g. `Install-WindowsFeature Web-Server` or `iis-features`), or set `appcmd-path`.",
        msdeploy: "Install Web Deploy 3.6 or later (https://www.iis.net/downloads/microsoft/web-deploy, or `choco install webdeploy`), or set `msdeploy-path`.",
        robocopy: "robocopy ships with Windows (%windir%\\System32\\robocopy.exe): check PATH, or use `method: msdeploy`.",
        reg: "reg.exe ships with Windows (%windir%\\System32\\reg.exe): check PATH.",
        net: "net.exe ships with Windows (%windir%\\System32\\net.exe): check PATH.",
        icacls: "icacls ships with Windows (%windir%\\System32\\icacls.exe): check PATH, or set `grant-access: false`.",
        iisexpress: "Install IIS Express 10 (it ships with Visual Studio, or standalone), or set `iisexpress-path`.",
        dotnet: "Install the .NET SDK or runtime, or put dotnet on PATH.",
        dism: "dism.exe ships with Windows (%windir%\\System32\\dism.exe): check PATH.",
        netsh: "netsh.exe ships with Windows (%windir%\\System32\\netsh.exe): check PATH.",
        taskkill: "taskkill.exe ships with Windows (%windir%\\System32\\taskkill.exe): check PATH.",
        whoami: "whoami.exe ships with Windows (%windir%\\System32\\whoami.exe): check PATH.",
        powershell: "Windows PowerShell ships with Windows (%windir%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe): check PATH. It is needed only for `pool-identity: SpecificUser`.",
        wevtutil: "wevtutil.exe ships with Windows (%windir%\\System32\\wevtutil.exe): check PATH, or set `diagnose: false`."
      };
      function defaultIsFile(candidate) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(candidate).isFile();
        } catch {
          return false;
        }
      }
      function envValue(env, name) {
        const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
        return key === void 0 ? void 0 : env[key];
      }
      function findOnPath(name, context) {
        const isFile = context.isFile ?? defaultIsFile;
        const windows = context.platform === "win32";
        const p = windows ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32 : node_path__WEBPACK_IMPORTED_MODULE_1___default().posix;
        const dirs = (envValue(context.env, "PATH") ?? "").split(windows ? ";" : ":").filter(Boolean);
        const extensions = windows ? (envValue(context.env, "PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean) : [""];
        const hasExtension = windows && p.extname(name) !== "";
        for (const dir of dirs) {
          const base = p.join(dir.replace(/^"(.*)"$/, "$1"), name);
          if (hasExtension && isFile(base))
            return base;
          for (const ext of extensions) {
            if (windows && /^\.(bat|cmd)$/i.test(ext))
              continue;
            const candidate = base + ext.toLowerCase();
            if (isFile(candidate))
              return candidate;
          }
        }
        return void 0;
      }
      const MSDEPLOY_REGISTRY_KEY = "HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy";
      function parseMsDeployInstallPaths(regOutput) {
        const found = [];
        let currentVersion = -1;
        for (const rawLine of regOutput.split(/\r?\n/)) {
          const line = rawLine.trimEnd();
          const key = /\\MSDeploy\\(\d+)\s*$/i.exec(line);
          if (key) {
            currentVersion = Number(key[1]);
            continue;
          }
          const value = /^\s+InstallPath\s+REG_(?:EXPAND_)?SZ\s+(.+)$/i.exec(line);
          if (value?.[1] && currentVersion >= 0)
            found.push({ version: currentVersion, path: value[1].trim() });
        }
        return found.sort((a, b) => b.version - a.version).map((f) => f.path);
      }
      async function windowsDefaultLocations(tool, context) {
        const w = node_path__WEBPACK_IMPORTED_MODULE_1___default().win32;
        const windir = envValue(context.env, "windir") ?? envValue(context.env, "SystemRoot") ?? "C:\\Windows";
        const programFiles = envValue(context.env, "ProgramFiles") ?? "C:\\Program Files";
        const programFilesX86 = envValue(context.env, "ProgramFiles(x86)") ?? "C:\\Program Files (x86)";
        switch (tool) {
          case "appcmd":
            return [w.join(windir, "system32", "inetsrv", "appcmd.exe")];
          case "msdeploy": {
            const fromRegistry = [];
            if (context.runner) {
              const reg = findOnPath("reg", context) ?? w.join(windir, "system32", "reg.exe");
              for (const view of ["/reg:64", "/reg:32"]) {
                try {
                  const result = await context.runner.run(reg, ["query", MSDEPLOY_REGISTRY_KEY, "/s", "/v", "InstallPath", view], { silent: true, outputEncoding: "oem" });
                  if (result.exitCode === 0) {
                    fromRegistry.push(...parseMsDeployInstallPaths(result.stdout).map((dir) => w.join(dir, "msdeploy.exe")));
                  }
                } catch {
                }
              }
            }
            return [
              .../* @__PURE__ */ new Set([
                ...fromRegistry,
                w.join(programFiles, "IIS", "Microsoft Web Deploy V3", "msdeploy.exe"),
                w.join(programFilesX86, "IIS", "Microsoft Web Deploy V3", "msdeploy.exe")
              ])
            ];
          }
          case "iisexpress":
            return [w.join(programFiles, "IIS Express", "iisexpress.exe")];
          case "robocopy":
          case "reg":
          case "net":
          case "icacls":
          case "dism":
          case "netsh":
          case "taskkill":
          case "whoami":
          case "wevtutil":
            return [w.join(windir, "system32", `${tool}.exe`)];
          case "dotnet":
            return [w.join(programFiles, "dotnet", "dotnet.exe")];
          case "powershell":
            return [w.join(windir, "system32", "WindowsPowerShell", "v1.0", "powershell.exe")];
        }
      }
      async function resolveTool(tool, context, override, overrideInput = `${tool}-path`) {
        const isFile = context.isFile ?? defaultIsFile;
        if (override) {
          if (/\.(bat|cmd)$/i.test(override.trim()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(overrideInput, `Input '${overrideInput}': '${override}' is a batch file (.bat/.cmd), which iis-deploy cannot run: Node starts batch files only through a shell (CVE-2024-27980), and iis-deploy never uses one. Point '${overrideInput}' at the .exe itself (e.g. the ${tool}.exe the script calls).`);
          if (isFile(override))
            return override;
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(overrideInput, `Input '${overrideInput}': '${override}' does not exist or is not a file.`);
        }
        const onPath = findOnPath(tool, context);
        if (onPath)
          return onPath;
        if (context.platform === "win32") {
          for (const candidate of await windowsDefaultLocations(tool, context)) {
            if (isFile(candidate))
              return candidate;
          }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.Mm(tool, `${tool} was not found on PATH or in its default location. ${INSTALL_HINTS[tool]}`);
      }
      class ToolResolver {
        context;
        overrides;
        cache = /* @__PURE__ */ new Map();
        constructor(context, overrides = {}) {
          this.context = context;
          this.overrides = overrides;
        }
        resolve(tool) {
          let found = this.cache.get(tool);
          if (!found) {
            found = resolveTool(tool, this.context, this.overrides[tool]);
            this.cache.set(tool, found);
            found.catch(() => this.cache.delete(tool));
          }
          return found;
        }
      }
    })
  ),
  /***/
  7057: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        EX: () => (
          /* binding */
          PlanRecorder
        ),
        /* harmony export */
        M8: () => (
          /* binding */
          CollectingReporter
        ),
        /* harmony export */
        ft: () => (
          /* binding */
          DEFAULT_TIMING
        )
        /* harmony export */
      });
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4925);
      const DEFAULT_TIMING = {
        probeIntervalMs: 200,
        healthInitialDelayMs: 500,
        healthMaxDelayMs: 5e3,
        lockTimeoutMs: 30 * 6e4,
        poolSettleMs: 3e3,
        poolSettleCheckedMs: 1e3,
        lockRetryDelayMs: 1e4
      };
      class PlanRecorder {
        reporter;
        commands = [];
        creates = [];
        tools = {};
        constructor(reporter) {
          this.reporter = reporter;
        }
        command(step, tool, args, verbatim = false) {
          const command = this.reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_0__.z)(tool, args, verbatim));
          this.commands.push({ step, command });
          return command;
        }
        /** A step of the plan that is not a command line (writing app_offline.htm, a folder copy). */
        action(step, text) {
          this.commands.push({ step, command: this.reporter.mask(text) });
        }
        create(text) {
          this.creates.push(this.reporter.mask(text));
        }
        tool(name, path) {
          this.tools[name] = path;
        }
      }
      class CollectingReporter {
        inner;
        warnings = [];
        constructor(inner) {
          this.inner = inner;
        }
        debug(message) {
          this.inner.debug(message);
        }
        info(message) {
          this.inner.info(message);
        }
        notice(message, location) {
          this.inner.notice(message, location);
        }
        warning(message, location) {
          this.warnings.push(this.inner.mask(message));
          this.inner.warning(message, location);
        }
        error(message, location) {
          this.inner.error(message, location);
        }
        group(name, fn) {
          return this.inner.group(name, fn);
        }
        registerSecret(value) {
          this.inner.registerSecret(value);
        }
        mask(text) {
          return this.inner.mask(text);
        }
      }
    })
  ),
  /***/
  5330: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        n7: () => (
          /* reexport */
          createDefaultSteps
        )
      });
      var errors = __webpack_require__(4296);
      ;
      async function callHook(ctx, which) {
        const o = ctx.options;
        const argv = which === "drain" ? o.drainCommand : o.undrainCommand;
        const url = which === "drain" ? o.drainUrl : o.undrainUrl;
        const what = argv.length > 0 ? ctx.reporter.mask(argv.join(" ")) : `GET ${url ?? ""}`;
        const summary = `${which === "drain" ? "drain this server from" : "put this server back into"} the load balancer: ${what}`;
        if (ctx.dryRun) {
          ctx.plan.action(which, what);
          ctx.ledger.begin("load-balancer", which, summary);
          return;
        }
        await ctx.ledger.track("load-balancer", which, summary, async () => {
          ctx.reporter.info(`${which}: ${what}`);
          const input = `${which}-${argv.length > 0 ? "command" : "url"}`;
          if (argv.length > 0) {
            const [program = "", ...args] = argv;
            const result = await ctx.ports.runner.run(program, args, { signal: ctx.signal, timeoutMs: 5 * 6e4 });
            if (result.exitCode !== 0)
              throw new errors.v4(program, result.exitCode, `'${input}' (${what}) failed with exit code ${result.exitCode}: ${ctx.reporter.mask(`${result.stderr || result.stdout}`.trim().slice(0, 500))}`, which === "drain" ? "Nothing was deployed. Fix the command (or the load balancer) and run again." : "The app is deployed and healthy but the server is still drained: put it back by hand, or run again.");
            return;
          }
          const response = await ctx.ports.http.get(url, {
            timeoutMs: 6e4,
            allowUntrusted: o.allowUntrusted,
            signal: ctx.signal
          });
          if (response.status < 200 || response.status > 299)
            throw new errors.v4("http", void 0, `'${input}' (${what}) answered HTTP ${response.status}: ${ctx.reporter.mask(response.body.slice(0, 300))}`, which === "drain" ? "Nothing was deployed. Check the URL and the load balancer, and run again." : "The app is deployed and healthy but the server is still drained: put it back by hand, or run again.");
        });
      }
      function hasHooks(ctx) {
        return ctx.options.drainCommand.length > 0 || ctx.options.drainUrl !== void 0;
      }
      function withDrainHooks(steps) {
        const drained = /* @__PURE__ */ new WeakSet();
        const drainOnce = async (run) => {
          if (!hasHooks(run) || drained.has(run.ledger))
            return;
          await callHook(run, "drain");
          drained.add(run.ledger);
        };
        return {
          ...steps,
          takeOffline: async (run, ...rest) => {
            await drainOnce(run);
            return steps.takeOffline(run, ...rest);
          },
          sync: async (run, ...rest) => {
            await drainOnce(run);
            return steps.sync(run, ...rest);
          },
          checkHealth: async (run, ...rest) => {
            const health = await steps.checkHealth(run, ...rest);
            if (drained.has(run.ledger) && health.healthy) {
              drained.delete(run.ledger);
              await callHook(run, "undrain").catch((error) => run.reporter.warning((0, errors.gJ)(error)));
            }
            return health;
          }
        };
      }
      var acquire_lock = __webpack_require__(7044);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var app_offline = __webpack_require__(3074);
      var app_pool = __webpack_require__(4891);
      var iis_appcmd = __webpack_require__(8862);
      var shared = __webpack_require__(3933);
      ;
      function settleWindow(ctx) {
        const o = ctx.options;
        const checked = o.healthCheckUrl !== void 0 && o.steps.includes("health-check");
        return checked ? Math.min(ctx.timing.poolSettleMs, ctx.timing.poolSettleCheckedMs) : ctx.timing.poolSettleMs;
      }
      async function bringOnline(ctx, target, state) {
        const pool = target.appPool;
        if (ctx.dryRun) {
          if (state.poolStopped && pool)
            ctx.plan.command("online", "appcmd", (0, iis_appcmd.w3)("start", pool));
          if (state.appOffline && target.physicalPath)
            ctx.plan.action("online", `delete ${external_node_path_default().join(target.physicalPath, app_offline.Bx)}`);
          return;
        }
        const ledger = ctx.ledger;
        const removeOfflinePage = async () => {
          if (!state.appOffline || !target.physicalPath)
            return;
          await (0, app_offline.RT)({
            physicalPath: target.physicalPath,
            reporter: ctx.reporter,
            clock: ctx.ports.clock
          });
          state.appOffline = false;
          for (const m of ledger.open(["write-app-offline"]))
            ledger.revert(m, "removed: the app is online");
        };
        if (state.poolStopped && pool) {
          if (!state.poolWasRunning) {
            ctx.reporter.warning(`App pool '${pool}' was already stopped before the deploy: left stopped.`);
            for (const m of ledger.open(["stop-pool"]))
              ledger.revert(m, "left stopped, as the deploy found it");
          } else {
            await (0, app_pool._U)({
              appcmd: await (0, shared.aZ)(ctx),
              pool,
              timeoutMs: ctx.options.stopTimeoutMs,
              settleMs: settleWindow(ctx),
              onStarted: removeOfflinePage,
              // takeOffline saw it Stopped with no worker left: start it without another look first.
              knownState: "Stopped"
            });
            for (const m of ledger.open(["stop-pool"]))
              ledger.revert(m, "started again");
          }
          state.poolStopped = false;
        }
        await removeOfflinePage();
      }
      var health_check = __webpack_require__(3008);
      ;
      async function checkHealth(ctx) {
        const o = ctx.options;
        const url = o.healthCheckUrl;
        if (ctx.dryRun) {
          ctx.plan.action("health-check", `GET ${url}${o.healthCheckHost ? ` (Host: ${o.healthCheckHost})` : ""} until HTTP ${o.healthCheckStatus.join("/")}`);
          return { healthy: true, url, bodyExcerpt: "", reason: "dry run", attempts: 0, elapsedMs: 0 };
        }
        return (0, health_check.Ns)({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
          url,
          expectedStatus: o.healthCheckStatus,
          contains: o.healthCheckContains,
          host: o.healthCheckHost,
          allowUntrusted: o.allowUntrusted,
          timeoutMs: o.healthCheckTimeoutMs,
          initialDelayMs: ctx.timing.healthInitialDelayMs,
          maxDelayMs: ctx.timing.healthMaxDelayMs,
          signal: ctx.signal
        });
      }
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      ;
      async function cleanup(_ctx, app) {
        if (app.root)
          external_node_fs_default().rmSync(app.root, { recursive: true, force: true });
      }
      var iis_features = __webpack_require__(4962);
      ;
      async function ensureIisFeatures(ctx) {
        const dism = await ctx.tool("dism");
        const result = await (0, iis_features.n9)({
          runner: ctx.ports.runner,
          dismPath: dism,
          reporter: ctx.reporter,
          features: ctx.options.iisFeatures,
          dryRun: ctx.dryRun,
          signal: ctx.signal
        });
        if (ctx.dryRun && result.enabled.length > 0)
          ctx.plan.command("iis-features", "dism", (0, iis_features.kG)(result.enabled));
        const parts = [
          result.enabled.length > 0 ? `${ctx.dryRun ? "would enable" : "enabled"} ${result.enabled.join(", ")}` : "",
          result.alreadyEnabled.length > 0 ? `already enabled: ${result.alreadyEnabled.join(", ")}` : "",
          result.rebootRequired ? "a reboot is required" : ""
        ].filter(Boolean);
        if (result.rebootRequired)
          ctx.reporter.warning("Enabling IIS features needs a reboot to finish.");
        return parts.join("; ") || "nothing to do";
      }
      var planner = __webpack_require__(2825);
      var publish_folder = __webpack_require__(6233);
      var transform = __webpack_require__(5428);
      var web_config_file = __webpack_require__(8963);
      ;
      function liveHostingModel(folder) {
        const file = folder ? (0, publish_folder.Qw)(folder) : void 0;
        if (!file)
          return void 0;
        try {
          return (0, transform.Gp)((0, web_config_file.U_)(file).text, file);
        } catch {
          return void 0;
        }
      }
      function sameContent(a, b) {
        try {
          const left = external_node_fs_default().readFileSync(a);
          const right = external_node_fs_default().readFileSync(b);
          return left.equals(right);
        } catch {
          return false;
        }
      }
      async function planChanges(ctx, app, target) {
        const o = ctx.options;
        const hostingModel = liveHostingModel(target.physicalPath);
        const live = target.physicalPath;
        if (live && app.modified) {
          for (const relative of app.modified) {
            const ours = external_node_path_default().join(app.dir, relative);
            const theirs = external_node_path_default().join(live, relative);
            if (sameContent(ours, theirs)) {
              const time = external_node_fs_default().statSync(theirs).mtime;
              external_node_fs_default().utimesSync(ours, time, time);
            }
          }
        }
        const plan = await (0, planner.XA)({
          source: app.dir,
          target: live ?? external_node_path_default().join(app.dir, ".nonexistent-target"),
          exclude: o.exclude,
          preserve: o.preserve,
          deleteExtra: o.deleteExtra,
          checksum: o.checksum
        });
        ctx.reporter.info(`Plan: ${plan.filesAdded} to add, ${plan.filesUpdated} to update, ${plan.filesDeleted} to delete (${plan.bytesToCopy} bytes)${plan.touchesLockedFiles ? "; the app loads some of them" : "; static files only"}.`);
        return { ...plan, liveHostingModel: hostingModel };
      }
      var atomic_write = __webpack_require__(627);
      var web_config_diagnostics = __webpack_require__(2851);
      var model = __webpack_require__(9366);
      var sub_application = __webpack_require__(3462);
      var validate = __webpack_require__(8429);
      ;
      function report(reporter, diagnostics) {
        for (const d of diagnostics) {
          const location = d.line ? { file: d.file, line: d.line, column: d.column, title: d.rule } : { file: d.file };
          if (d.severity === "error")
            reporter.error((0, web_config_diagnostics.xy)(d), location);
          else
            reporter.warning((0, web_config_diagnostics.xy)(d), location);
        }
      }
      function facts(text, file) {
        if (text === void 0)
          return {};
        try {
          return { hostingModel: (0, transform.Gp)(text, file), stdoutLog: (0, transform.vY)(text, file) };
        } catch {
          return {};
        }
      }
      function readQuietly(file) {
        try {
          return (0, web_config_file.U_)(file).text;
        } catch {
          return void 0;
        }
      }
      function reportFailure(reporter, fn) {
        try {
          return fn();
        } catch (error) {
          if (error instanceof web_config_diagnostics.R5)
            report(reporter, error.diagnostics);
          throw error;
        }
      }
      async function applyWebConfig(publishDir, settings, reporter) {
        for (const variable of settings.environmentVariables ?? []) {
          if (variable.secret)
            reporter.registerSecret(variable.value);
        }
        const existing = (0, publish_folder.Qw)(publishDir);
        const file = existing ?? external_node_path_default().join(publishDir, "web.config");
        const empty = { file, diagnostics: [], changes: [], written: false, generated: false };
        if (settings.mode === "skip") {
          return { ...empty, ...facts(existing ? readQuietly(existing) : void 0, file) };
        }
        if (settings.mode === "validate") {
          const { diagnostics: diagnostics2 } = (0, validate.KZ)(publishDir, { subApplication: settings.subApplication });
          report(reporter, diagnostics2);
          if ((0, web_config_diagnostics.Cs)(diagnostics2))
            throw new web_config_diagnostics.R5(diagnostics2.filter((d) => d.severity === "error"));
          const text = (0, web_config_file.U_)(file).text;
          return { ...empty, diagnostics: diagnostics2, ...facts(text, file) };
        }
        const { source, result } = reportFailure(reporter, () => {
          const source2 = existing ? (0, web_config_file.U_)(existing) : void 0;
          const appName = settings.appName ?? (0, publish_folder._3)(publishDir);
          const selfContained = settings.selfContained ?? (0, publish_folder.LJ)(publishDir, appName);
          let result2 = (0, transform.Vo)(source2?.text, {
            file,
            appName,
            selfContained,
            hostingModel: settings.hostingModel,
            environment: settings.environment,
            environmentVariables: settings.environmentVariables,
            encoding: source2?.encoding
          });
          if (settings.subApplication) {
            const fitted = (0, sub_application.KC)(result2.text, { kind: "aspnetcore", file });
            result2 = {
              ...fitted,
              changes: [...result2.changes, ...fitted.changes],
              changed: result2.changed || fitted.changed,
              generated: result2.generated
            };
          }
          return { source: source2, result: result2 };
        });
        for (const change of result.changes)
          reporter.info(`${external_node_path_default().basename(file)}: ${change}`);
        const document = result.document ?? (0, model.Vo)(result.text, file);
        const diagnostics = (0, validate.RC)(document, {
          file,
          publishDir,
          subApplication: settings.subApplication
        });
        report(reporter, diagnostics);
        if ((0, web_config_diagnostics.Cs)(diagnostics))
          throw new web_config_diagnostics.R5(diagnostics.filter((d) => d.severity === "error"));
        const write = result.changed && !settings.dryRun;
        if (write)
          await (0, atomic_write.Z)(file, (0, web_config_file.zP)(result.text, source?.encoding ?? "utf8"));
        return {
          file,
          diagnostics,
          changes: result.changes,
          written: write,
          generated: result.generated,
          ...facts(document, file)
        };
      }
      var reg_query = __webpack_require__(9534);
      ;
      const WEB_CONFIG_LIMIT_KEY = "HKLM\\SOFTWARE\\Microsoft\\InetStp\\Configuration";
      const WEB_CONFIG_LIMIT_VALUE = "MaxWebConfigFileSizeInKB";
      const DEFAULT_WEB_CONFIG_LIMIT_KB = 250;
      async function readWebConfigLimit(runner, reg, signal) {
        try {
          const result = await runner.run(reg, ["query", WEB_CONFIG_LIMIT_KEY, "/v", WEB_CONFIG_LIMIT_VALUE, "/reg:64"], { silent: true, timeoutMs: 6e4, signal });
          const kb = result.exitCode === 0 ? (0, reg_query.Et)((0, reg_query.j)((0, reg_query.E0)(result.stdout)[0], WEB_CONFIG_LIMIT_VALUE)) : void 0;
          if (kb !== void 0 && kb > 0)
            return { kb, source: "registry" };
        } catch (error) {
          if (signal?.aborted)
            throw error;
        }
        return { kb: DEFAULT_WEB_CONFIG_LIMIT_KB, source: "default" };
      }
      function webConfigSizeProblem(file, bytes, limit) {
        if (bytes <= limit.kb * 1024)
          return void 0;
        const size = `${Math.ceil(bytes / 1024)} KB`;
        const whence = limit.source === "registry" ? `the registry value ${WEB_CONFIG_LIMIT_KEY}\\${WEB_CONFIG_LIMIT_VALUE} on this server` : `IIS's default, unless the registry value ${WEB_CONFIG_LIMIT_KEY}\\${WEB_CONFIG_LIMIT_VALUE} raises it`;
        return `${file} is ${size}, over the ${limit.kb} KB IIS reads (${WEB_CONFIG_LIMIT_VALUE}: ${whence}); IIS would answer 500.19 for every request. Move large sections into separate files (configSource, e.g. rewrite maps), or raise ${WEB_CONFIG_LIMIT_VALUE} on the server and restart IIS.`;
      }
      var app_kind = __webpack_require__(9631);
      var stdout_log = __webpack_require__(2444);
      var external_node_stream_ = __webpack_require__(7075);
      var promises_ = __webpack_require__(6466);
      ;
      function fail(file, message) {
        throw new errors.dz("source", `Input 'source': ${file} ${message}`);
      }
      function describe(error) {
        return error instanceof Error ? error.message : String(error);
      }
      function safeRelative(zipLib, entry, file) {
        const name = zipLib.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          false
          // backslashes are folder separators, as Windows zip tools write them
        );
        const segments = name.split("/").filter((s) => s !== "" && s !== ".");
        if (zipLib.validateFileName(name) !== null || segments.includes("..")) {
          fail(file, `has an entry '${name}' that points outside the folder it is extracted to; refusing it.`);
        }
        return { name, relative: segments.join("/") };
      }
      function crcMeter(crc32) {
        const meter = new external_node_stream_.Transform({
          transform(chunk, _encoding, done) {
            meter.crc = crc32(chunk, meter.crc);
            done(null, chunk);
          }
        });
        meter.crc = 0;
        return meter;
      }
      async function zip_open(zipLib, zipFile) {
        try {
          return await zipLib.openPromise(zipFile, { decodeStrings: false, autoClose: false });
        } catch (error) {
          fail(zipFile, `is not a zip file or is damaged (${describe(error)}).`);
        }
      }
      async function extractZip(zipFile, destination) {
        const zipLib = (await __webpack_require__.e(
          /* import() */
          663
        ).then(__webpack_require__.t.bind(__webpack_require__, 663, 19))).default;
        const { crc32 } = await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
        const zip = await zip_open(zipLib, zipFile);
        let files = 0;
        try {
          external_node_fs_default().mkdirSync(destination, { recursive: true });
          const entries = zip.eachEntry();
          for (; ; ) {
            let next;
            try {
              next = await entries.next();
            } catch (error) {
              fail(zipFile, `is damaged (${describe(error)}).`);
            }
            if (next.done)
              break;
            const entry = next.value;
            const { name, relative } = safeRelative(zipLib, entry, zipFile);
            if (relative === "")
              continue;
            const target = external_node_path_default().join(destination, ...relative.split("/"));
            if (name.endsWith("/")) {
              external_node_fs_default().mkdirSync(target, { recursive: true });
              continue;
            }
            if (entry.isEncrypted())
              fail(zipFile, `has an encrypted entry '${name}'.`);
            if (!entry.canDecodeFileData()) {
              fail(zipFile, `uses compression method ${entry.compressionMethod} for '${name}'; only stored and deflated entries are supported.`);
            }
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            const meter = crcMeter(crc32);
            try {
              await (0, promises_.pipeline)(await zip.openReadStreamPromise(entry), meter, external_node_fs_default().createWriteStream(target));
            } catch (error) {
              fail(zipFile, `is damaged: '${name}' could not be read (${describe(error)}).`);
            }
            if (meter.crc !== entry.crc32)
              fail(zipFile, `is damaged: '${name}' does not match its checksum.`);
            const modified = entry.getLastModDate();
            external_node_fs_default().utimesSync(target, modified, modified);
            files++;
          }
        } finally {
          zip.close();
        }
        if (files === 0)
          fail(zipFile, "holds no files.");
        return files;
      }
      var msdeploy = __webpack_require__(6999);
      var web_deploy_package = __webpack_require__(9204);
      ;
      function openPackage(ctx, extracted) {
        if (!(0, web_deploy_package.vz)(extracted))
          return void 0;
        const pkg = (0, web_deploy_package.UK)(extracted);
        const o = ctx.options;
        if (o.strategy === "releases") {
          throw new errors.dz("strategy", `Input 'source' is a Web Deploy package and 'strategy' is 'releases': Web Deploy writes the package into the IIS application's own folder. Use 'strategy: in-place', or deploy the publish folder.`);
        }
        if (o.site !== void 0) {
          (0, web_deploy_package.qD)(pkg, (0, msdeploy.K2)(o.site, o.application), {
            setParametersFile: o.setParametersFile ? (0, web_deploy_package.b9)(o.setParametersFile) : void 0,
            setParameters: o.setParameters
          });
        }
        ctx.reporter.info(`${o.source} is a Web Deploy package (parameters: ${pkg.parameters.map((p) => p.name).join(", ") || "none"}): it is deployed with msdeploy.`);
        return pkg;
      }
      async function applyXmlVariablesToApp(ctx, app) {
        const o = ctx.options;
        if (o.xmlVariables.length === 0)
          return;
        const { applyXmlVariables, findParameterOverrides, writeXmlVariableFiles } = await Promise.all(
          /* import() */
          [__webpack_require__.e(483), __webpack_require__.e(376)]
        ).then(__webpack_require__.bind(__webpack_require__, 2376));
        const result = applyXmlVariables({
          appDir: app.dir,
          variables: o.xmlVariables,
          files: o.xmlFiles,
          reporter: ctx.reporter,
          write: false
        });
        if (app.package) {
          const overrides = findParameterOverrides(result, app.package.parameters);
          if (overrides.length > 0) {
            throw new errors.G(overrides.map(({ change, parameter }) => {
              const input = change.secret ? "secret-xml-variables" : "xml-variables";
              return new errors.dz(input, `Input '${input}': '${change.name}' (${change.file} ${change.target}) is also set by the package's parameter '${parameter}', which Web Deploy applies while deploying: the value would be replaced. Set it with '${change.secret ? "secret-set-parameters" : "set-parameters"}: ${parameter}=\u2026' instead.`);
            }));
          }
        }
        const written = writeXmlVariableFiles(app.dir, result);
        for (const file of written)
          if (!app.modified?.includes(file))
            app.modified?.push(file);
        const changed = result.changes.filter((c) => c.action !== "unchanged");
        if (changed.length > 0)
          app.changes.push(`${changed.length} XML variable(s) set in ${written.join(", ")}`);
      }
      var releases = __webpack_require__(5217);
      ;
      async function decideSubApplication(ctx) {
        const o = ctx.options;
        if (o.application === "/")
          return { fit: false, reason: "a root application" };
        if (o.subApplicationHandler === "keep")
          return { fit: false, reason: "'sub-application-handler: keep'" };
        if (o.subApplicationHandler === "remove")
          return { fit: true, reason: "'sub-application-handler: remove'" };
        if (o.site === void 0 || o.target !== "iis" || o.msdeployUrl !== void 0)
          return {
            fit: false,
            reason: "the parent's web.config cannot be read from here (no local IIS site): set 'sub-application-handler: remove' if the parent is an ASP.NET Core app"
          };
        const appcmd = await (0, shared.aZ)(ctx);
        for (const parent of (0, sub_application.NT)(o.application)) {
          const folder = await appcmd.readProperty("vdir", (0, iis_appcmd.b)(o.site, parent), "physicalPath");
          if (folder === void 0 || folder === "")
            continue;
          const file = (0, publish_folder.Qw)((0, releases.vU)(folder, ctx.ports.env));
          if (file === void 0)
            continue;
          let passes;
          try {
            passes = (0, sub_application.CX)((0, web_config_file.U_)(file).text, file);
          } catch (error) {
            ctx.reporter.warning(`Could not read the parent application's ${file} (${error.message}); set 'sub-application-handler: remove' or 'keep' to decide yourself.`);
            continue;
          }
          if (passes)
            return {
              fit: true,
              reason: `the parent application '${o.site}${parent}' passes its aspNetCore handler down (${file} has no <location inheritInChildApplications="false"> around it)`
            };
        }
        return { fit: false, reason: "no parent application passes an aspNetCore handler down" };
      }
      function fitPreparedSubApplication(dir) {
        const existing = (0, publish_folder.Qw)(dir);
        const file = existing ?? external_node_path_default().join(dir, "web.config");
        const source = existing ? (0, web_config_file.U_)(existing) : void 0;
        const fitted = (0, sub_application.KC)(source?.text, {
          kind: (0, sub_application.gc)(source?.text, file),
          file,
          newline: source?.text.includes("\r\n") === false ? "\n" : "\r\n"
        });
        if (fitted.changed)
          external_node_fs_default().writeFileSync(file, (0, web_config_file.zP)(fitted.text, source?.encoding ?? "utf8"));
        return { file, changes: fitted.changes, written: fitted.changed };
      }
      ;
      function withoutLocated(reporter) {
        return {
          debug: (m) => reporter.debug(m),
          info: (m) => reporter.info(m),
          notice: (m, l) => reporter.notice(m, l),
          warning: (m, l) => l ? reporter.debug(m) : reporter.warning(m),
          error: (m, l) => l ? reporter.debug(m) : reporter.error(m),
          group: (n, fn) => reporter.group(n, fn),
          registerSecret: (v) => reporter.registerSecret(v),
          mask: (t) => reporter.mask(t)
        };
      }
      function copyTree(from, to) {
        external_node_fs_default().cpSync(from, to, { recursive: true, preserveTimestamps: true, dereference: false });
      }
      function listFiles(dir) {
        try {
          return external_node_fs_default().readdirSync(dir);
        } catch {
          return [];
        }
      }
      async function prepareApp(ctx, configure) {
        const o = ctx.options;
        if (!external_node_fs_default().existsSync(o.source)) {
          throw new errors.dz("source", `Input 'source': ${o.source} does not exist. Point it at the output of 'dotnet publish' (e.g. dotnet publish -o publish).`);
        }
        const stat = external_node_fs_default().statSync(o.source);
        let origin = o.source;
        let root;
        let webDeployPackage;
        const newRoot = () => {
          external_node_fs_default().mkdirSync(o.tempDir, { recursive: true });
          return external_node_fs_default().mkdtempSync(external_node_path_default().join(o.tempDir, `iis-deploy-${o.releaseId}-`));
        };
        if (o.sourceIsZip || stat.isFile()) {
          if (!o.sourceIsZip)
            throw new errors.dz("source", `Input 'source': ${o.source} is a file; give the publish folder or a .zip.`);
          root = newRoot();
          origin = external_node_path_default().join(root, "app");
          await extractZip(o.source, origin);
          webDeployPackage = openPackage(ctx, origin);
          if (webDeployPackage)
            origin = webDeployPackage.contentRoot;
        } else if (listFiles(o.source).length === 0) {
          throw new errors.dz("source", `Input 'source': ${o.source} is empty. Run 'dotnet publish' first.`);
        }
        const edits = configure && o.webConfig !== "skip";
        const subApplication = edits ? await decideSubApplication(ctx) : { fit: false, reason: "" };
        if (o.application !== "/" && edits)
          ctx.reporter.info(`Sub-application '${o.application}': ${subApplication.fit ? "its web.config removes the inherited aspNetCore handler" : "web.config left as it is"} (${subApplication.reason}).`);
        const changesFiles = configure && (o.jsonVariables.length > 0 || o.xmlVariables.length > 0 || subApplication.fit || edits && (o.webConfig === "transform" || o.environment !== void 0 || o.environmentVariables.length > 0 || o.xdtTransforms.length > 0) || (0, stdout_log.s9)(o));
        let dir = origin;
        if (changesFiles && root === void 0) {
          root = newRoot();
          dir = external_node_path_default().join(root, "app");
          copyTree(origin, dir);
        } else if (root !== void 0)
          dir = origin;
        const modified = [];
        const app = {
          dir,
          staged: root !== void 0,
          diagnostics: [],
          changes: [],
          root,
          modified,
          package: webDeployPackage
        };
        const userPath = (file) => {
          if (o.sourceIsZip)
            return file.startsWith(dir) ? `${o.source}!${external_node_path_default().relative(dir, file).replace(/\\/g, "/")}` : file;
          return file.startsWith(dir) ? external_node_path_default().join(o.source, external_node_path_default().relative(dir, file)) : file;
        };
        await checkWebConfigSize(ctx, dir, userPath);
        if (!configure) {
          if (!(0, publish_folder.Qw)(dir))
            ctx.reporter.warning(`${userPath(external_node_path_default().join(dir, "web.config"))} does not exist; the web-config step is not selected, so it was not checked.`);
          return app;
        }
        if (o.jsonVariables.length > 0) {
          const { applyJsonVariables } = await Promise.all(
            /* import() */
            [__webpack_require__.e(547), __webpack_require__.e(63)]
          ).then(__webpack_require__.bind(__webpack_require__, 3063));
          const json = await applyJsonVariables({
            appDir: dir,
            variables: o.jsonVariables,
            files: o.jsonFiles,
            addMissing: o.jsonAddMissing,
            reporter: ctx.reporter
          });
          const changed = json.changes.filter((c) => c.action !== "unchanged");
          for (const file of new Set(changed.map((c) => c.file)))
            modified.push(file);
          if (changed.length > 0)
            app.changes.push(`${changed.length} JSON variable(s) set in ${[...new Set(changed.map((c) => c.file))].join(", ")}`);
        }
        await applyXmlVariablesToApp(ctx, app);
        if (o.webConfig === "skip") {
          if (!(0, publish_folder.Qw)(dir))
            ctx.reporter.warning(`The app has no web.config ('web-config: skip'): IIS may serve appsettings.json and other files as static content.`);
          return app;
        }
        const kind = (0, app_kind.C6)(o.appKind, dir);
        const aspNetCore = kind === "aspnetcore";
        if (!aspNetCore) {
          const ancmOnly = [
            o.environment !== void 0 && "environment",
            o.environmentVariables.length > 0 && "environment-variables",
            o.hostingModel !== void 0 && "hosting-model",
            o.webConfig === "transform" && "web-config: transform"
          ].filter((x) => typeof x === "string");
          if (ancmOnly.length > 0)
            throw new errors.dz("app-kind", `The app is ${kind === "static" ? "a static site" : "a .NET Framework app"} (app-kind${o.appKind === "auto" ? " detected" : ""}: ${kind}), but ${ancmOnly.join(", ")} configure the ASP.NET Core Module, which it does not use: remove them, or set \`app-kind: aspnetcore\` if it is an ASP.NET Core app.`);
          ctx.reporter.info(`app-kind ${kind}${o.appKind === "auto" ? " (detected)" : ""}: web.config is not checked for the ASP.NET Core Module; the pool's .NET CLR version is ${kind === "netframework" ? "v4.0" : "No Managed Code"} unless pool-runtime-version says otherwise.`);
        }
        const mode = o.webConfig === "validate" && (o.environment !== void 0 || o.environmentVariables.length > 0) ? "transform" : o.webConfig;
        const quiet = withoutLocated(ctx.reporter);
        const toDiagnostic = (d) => ({
          severity: d.severity === "warning" ? "warning" : "error",
          message: ctx.reporter.mask(d.message),
          file: userPath(d.file ?? external_node_path_default().join(dir, "web.config")),
          line: d.line || void 0,
          column: d.column || void 0
        });
        const reject = (diagnostics) => {
          throw new shared.fX(`web.config cannot be deployed:
${diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ""}: ${d.message}`).join("\n")}`, diagnostics);
        };
        let result;
        try {
          result = !aspNetCore ? void 0 : await applyWebConfig(dir, {
            mode,
            appName: o.appName,
            selfContained: o.selfContained,
            hostingModel: o.hostingModel,
            environment: o.environment,
            environmentVariables: o.environmentVariables.map((v) => ({
              name: v.name,
              value: v.value,
              secret: v.secret
            }))
          }, quiet);
        } catch (error) {
          const list = error.diagnostics;
          if (Array.isArray(list))
            reject(list.map(toDiagnostic));
          throw error;
        }
        if (result) {
          app.diagnostics.push(...result.diagnostics.map(toDiagnostic));
          app.hostingModel = result.hostingModel;
          if (result.written)
            modified.push(external_node_path_default().relative(dir, result.file).replace(/\\/g, "/"));
          if (result.changes.length > 0)
            app.changes.push(`web.config: ${result.changes.join(", ")}`);
        }
        if (subApplication.fit) {
          const fitted = fitPreparedSubApplication(dir);
          const relative = external_node_path_default().relative(dir, fitted.file).replace(/\\/g, "/");
          if (fitted.written && !modified.includes(relative))
            modified.push(relative);
          if (fitted.changes.length > 0)
            app.changes.push(`web.config (sub-application): ${fitted.changes.join(", ")}`);
        }
        if (o.xdtTransforms.length > 0) {
          const file = (0, publish_folder.Qw)(dir) ?? external_node_path_default().join(dir, "web.config");
          const { applyXdtTransformFiles } = await Promise.all(
            /* import() */
            [__webpack_require__.e(483), __webpack_require__.e(590)]
          ).then(__webpack_require__.bind(__webpack_require__, 2590));
          const { encodeXmlDocument, writeFileAtomically } = await __webpack_require__.e(
            /* import() */
            785
          ).then(__webpack_require__.bind(__webpack_require__, 3785));
          const xdt = applyXdtTransformFiles(file, o.xdtTransforms);
          const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }));
          if (!xdt.ok || !xdt.document)
            reject(diagnostics);
          app.diagnostics.push(...diagnostics);
          writeFileAtomically(file, encodeXmlDocument(xdt.document));
          if (!modified.includes(external_node_path_default().basename(file)))
            modified.push(external_node_path_default().basename(file));
          app.changes.push(`XDT: ${o.xdtTransforms.map((t) => external_node_path_default().basename(t)).join(", ")}`);
          const after = aspNetCore ? (0, validate.KZ)(dir).diagnostics.map(toDiagnostic) : [];
          if (after.some((d) => d.severity === "error"))
            reject(after);
          for (const d of after)
            if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line))
              app.diagnostics.push(d);
        }
        const webConfig = (0, publish_folder.Qw)(dir);
        const stdoutLog = (0, stdout_log.g0)(ctx, app, webConfig);
        if (stdoutLog && webConfig) {
          app.changes.push(`web.config: ${stdoutLog}`);
          if (!modified.includes(external_node_path_default().basename(webConfig)))
            modified.push(external_node_path_default().basename(webConfig));
        }
        if (modified.length > 0)
          await checkWebConfigSize(ctx, dir, userPath);
        return app;
      }
      async function checkWebConfigSize(ctx, dir, userPath) {
        const file = (0, publish_folder.Qw)(dir);
        if (file === void 0)
          return;
        const bytes = external_node_fs_default().statSync(file).size;
        if (bytes <= DEFAULT_WEB_CONFIG_LIMIT_KB * 1024)
          return;
        let limit = { kb: DEFAULT_WEB_CONFIG_LIMIT_KB, source: "default" };
        if (ctx.options.msdeployUrl === void 0) {
          const reg = await ctx.tool("reg").catch(() => void 0);
          if (reg !== void 0)
            limit = await readWebConfigLimit(ctx.ports.runner, reg, ctx.signal);
        }
        const problem = webConfigSizeProblem(userPath(file), bytes, limit);
        if (problem)
          throw new errors.dz("web-config", problem);
      }
      var bindings = __webpack_require__(6397);
      var permissions = __webpack_require__(5123);
      var provision = __webpack_require__(6164);
      var pool_inputs = __webpack_require__(5571);
      var certificate = __webpack_require__(6108);
      ;
      async function runOptions(ctx) {
        return {
          runner: ctx.ports.runner,
          powershellPath: await ctx.tool("powershell"),
          reporter: ctx.reporter,
          signal: ctx.signal
        };
      }
      async function importCertificate(ctx) {
        const pfx = ctx.options.certificatePfx;
        const password = ctx.options.certificatePfxPassword;
        if (pfx === void 0 || password === void 0)
          return void 0;
        const run = await runOptions(ctx);
        const stored = await (0, certificate.ow)(run, pfx.thumbprint);
        if (stored.present && stored.hasPrivateKey)
          return void 0;
        const summary = `import certificate ${pfx.thumbprint} (${pfx.subject}) into Cert:\\LocalMachine\\My${stored.present ? " (it is there without its private key)" : ""}`;
        await ctx.ledger.track("provision", "provision", summary, async () => {
          if (ctx.dryRun)
            ctx.plan.action("provision", (0, certificate.BM)(pfx));
          else
            await (0, certificate.et)(run, pfx, password);
        });
        return `${ctx.dryRun ? "would import" : "imported"} certificate ${pfx.thumbprint} (${pfx.subject}, expires ${pfx.notAfter.slice(0, 10)}) into LocalMachine\\My`;
      }
      async function grantCertificateKey(ctx, account) {
        const pfx = ctx.options.certificatePfx;
        if (pfx === void 0)
          return void 0;
        const run = await runOptions(ctx);
        const imported = ctx.ledger.record.mutations.some((m) => m.status === "planned" && m.summary.startsWith(`import certificate ${pfx.thumbprint}`));
        if (!(ctx.dryRun && imported)) {
          try {
            const stored = await (0, certificate.ow)(run, pfx.thumbprint, account);
            if (stored.granted)
              return void 0;
          } catch (error) {
            if (!(ctx.dryRun && error instanceof errors.v4 && error.exitCode === 6))
              throw error;
          }
        }
        await ctx.ledger.track("provision", "provision", `grant ${account} Read on the private key of certificate ${pfx.thumbprint}`, async () => {
          if (ctx.dryRun)
            ctx.plan.action("provision", (0, certificate.aN)(pfx.thumbprint, account));
          else
            await (0, certificate.XM)(run, pfx.thumbprint, account);
        });
        return `${ctx.dryRun ? "would grant" : "granted"} ${account} Read on the private key of ${pfx.thumbprint}`;
      }
      ;
      function record(values, secret) {
        return Object.fromEntries(values.filter((v) => v.secret === secret).map((v) => [v.name, v.value]));
      }
      function isPoolIdentity(value) {
        return iis_appcmd.ip.some((p) => p.toLowerCase() === value?.toLowerCase());
      }
      function runtimeVersion(o) {
        if (o.poolRuntimeVersion === "No Managed Code")
          return "";
        if (o.poolRuntimeVersion !== "auto")
          return o.poolRuntimeVersion;
        return (0, app_kind.qO)((0, app_kind.C6)(o.appKind, o.sourceIsZip ? void 0 : o.source));
      }
      function poolSettings(o) {
        return {
          enable32BitAppOnWin64: o.pool32bit,
          startMode: o.poolStartMode,
          idleTimeout: o.poolIdleTimeout,
          periodicRestartTime: o.poolRecycleTime,
          periodicRestartSchedule: o.poolRecycleSchedule,
          queueLength: o.poolQueueLength,
          rapidFailProtection: o.poolRapidFailProtection,
          rapidFailProtectionInterval: o.poolRapidFailInterval,
          rapidFailProtectionMaxCrashes: o.poolRapidFailMaxCrashes
        };
      }
      function releaseRootOf(live) {
        if (live === void 0)
          return void 0;
        const api = /\\/.test(live) ? external_node_path_default().win32 : external_node_path_default().posix;
        const parent = api.dirname(live);
        return api.basename(parent).toLowerCase() === "releases" ? api.dirname(parent) : live;
      }
      async function reportBindingDrift(ctx, site) {
        const appcmd = await (0, shared.aZ)(ctx);
        const tree = await appcmd.readObject("site", site);
        if (!tree)
          return;
        const have = (0, provision.yT)(tree);
        const missing = ctx.options.bindings.filter((w) => !have.some((h) => (0, bindings.on)(h, w)));
        const extra = have.filter((h) => !ctx.options.bindings.some((w) => (0, bindings.on)(h, w)));
        if (missing.length === 0 && extra.length === 0)
          return;
        ctx.reporter.warning(`Site '${site}' bindings differ from 'bindings' (drift): ${[
          missing.length ? `missing ${missing.map((b) => b.text).join(", ")}` : "",
          extra.length ? `not asked for ${extra.map(iis_appcmd.VT).join(", ")}` : ""
        ].filter(Boolean).join("; ")}. Nothing was changed: set 'create: true' to bring the site to them.`);
      }
      async function provision_provision(ctx, target) {
        const o = ctx.options;
        if (target.kind !== "local-iis" || target.site === void 0)
          return { target, detail: "no IIS site to provision" };
        const appcmd = await (0, shared.aZ)(ctx);
        const details = [];
        let identity = o.poolIdentity;
        const poolSettingsGiven = o.poolEnvironmentVariables.length > 0 || o.authentication.length > 0 || o.certificateThumbprint !== void 0 || (0, pool_inputs.l)(o);
        let physicalPath = target.physicalPath;
        const imported = await importCertificate(ctx);
        if (imported)
          details.push(imported);
        if (o.create || poolSettingsGiven) {
          let loadUserProfile = o.loadUserProfile;
          if (!o.create && target.appPool && o.poolUsername === void 0) {
            const tree = await appcmd.readObject("apppool", target.appPool);
            const current = tree ? (0, iis_appcmd.Oh)(tree, "processModel.identityType") : void 0;
            identity = isPoolIdentity(current) ? iis_appcmd.ip.find((p) => p.toLowerCase() === current.toLowerCase()) : void 0;
            loadUserProfile = (tree ? (0, iis_appcmd.Oh)(tree, "processModel.loadUserProfile") : "true")?.toLowerCase() === "true";
          }
          const keepIdentity = identity === void 0 && (0, pool_inputs.l)(o);
          if (identity === void 0 && !keepIdentity) {
            ctx.reporter.warning(`App pool '${target.appPool}' runs as a specific user: its settings are left as they are.`);
          } else {
            const appFolder = o.strategy === "releases" ? target.physicalPath ?? o.physicalPath : o.physicalPath ?? target.physicalPath;
            if (appFolder === void 0)
              throw new errors.dz("physical-path", `Input 'physical-path' is needed: IIS reports no folder for '${target.site}${target.application}'.`);
            if (!ctx.dryRun && !external_node_fs_default().existsSync(appFolder))
              external_node_fs_default().mkdirSync(appFolder, { recursive: true });
            const result = await (0, provision.nM)({
              appcmd,
              site: target.site,
              application: target.application,
              appPool: target.appPool ?? (0, shared.Fv)(target.site, target.application),
              physicalPath: appFolder,
              // An existing site is brought to the bindings asked for (issue 13); a new one gets them (or the default).
              bindings: !target.exists.site || o.create && o.bindingsGiven ? o.bindings.map((b) => b.text) : void 0,
              replaceBindings: o.replaceBindings,
              poolIdentity: identity,
              keepIdentity,
              poolAccount: identity === "SpecificUser" && o.poolUsername !== void 0 ? { userName: o.poolUsername, password: o.poolPassword ?? "" } : void 0,
              powershell: identity === "SpecificUser" ? { runner: ctx.ports.runner, path: await ctx.tool("powershell") } : void 0,
              managedRuntimeVersion: runtimeVersion(o),
              managedPipelineMode: o.poolPipelineMode,
              poolSettings: poolSettings(o),
              preloadEnabled: o.poolStartMode === "AlwaysRunning" ? true : void 0,
              virtualDirectories: o.virtualDirectories,
              loadUserProfile,
              authentication: o.authentication.length ? Object.fromEntries(o.authentication.map((a) => [a.kind, a.enabled])) : void 0,
              poolEnvironmentVariables: record(o.poolEnvironmentVariables, false),
              secretPoolEnvironmentVariables: record(o.poolEnvironmentVariables, true),
              certificate: o.certificateThumbprint ? { thumbprint: o.certificateThumbprint, store: o.certificateStore } : void 0,
              netsh: o.certificateThumbprint ? { runner: ctx.ports.runner, path: await ctx.tool("netsh") } : void 0,
              dryRun: ctx.dryRun
            });
            for (const change of result.changes) {
              if (/^create/i.test(change.description))
                ctx.plan.create(`${change.target}: ${change.description}`);
              if (ctx.dryRun)
                for (const command of change.commands)
                  ctx.plan.action("provision", command);
            }
            details.push(result.changes.length > 0 ? result.changes.map((c) => `${c.target}: ${c.description}`).join("; ") : "pool, site and application already as wanted");
            physicalPath = appFolder;
          }
        }
        if (!o.create && o.bindingsGiven && target.exists.site)
          await reportBindingDrift(ctx, target.site);
        const pool = target.appPool ?? (o.create ? (0, shared.Fv)(target.site, target.application) : void 0);
        if ((o.grantAccess || o.certificatePfx) && pool !== void 0) {
          const folder = !o.grantAccess ? void 0 : o.strategy === "releases" ? o.physicalPath ?? releaseRootOf(target.physicalPath) : physicalPath;
          const tree = await appcmd.readObject("apppool", pool);
          const planned = identity ?? o.poolIdentity;
          const account = tree ? (0, permissions.BP)((0, iis_appcmd.Oh)(tree, "processModel.identityType"), (0, iis_appcmd.Oh)(tree, "processModel.userName"), pool) : planned === "SpecificUser" ? o.poolUsername : (0, permissions.yF)(planned, pool);
          if (account === void 0)
            ctx.reporter.warning(`App pool '${pool}' runs as a specific user whose name IIS does not report: no folder${o.certificatePfx ? " or private key" : ""} access was granted.`);
          const keyGranted = account === void 0 ? void 0 : await grantCertificateKey(ctx, account);
          if (keyGranted)
            details.push(keyGranted);
          if (folder !== void 0 && account !== void 0) {
            if (!ctx.dryRun && !external_node_fs_default().existsSync(folder))
              external_node_fs_default().mkdirSync(folder, { recursive: true });
            const granted = await (0, permissions.$w)({
              runner: ctx.ports.runner,
              icaclsPath: await ctx.tool("icacls"),
              reporter: ctx.reporter,
              physicalPath: folder,
              pool,
              account,
              logsFolder: o.strategy === "releases" ? external_node_path_default().join("shared", "logs") : "logs",
              dryRun: ctx.dryRun,
              signal: ctx.signal
            });
            if (ctx.dryRun)
              for (const change of granted.changes)
                ctx.plan.action("provision", change.command);
            if (granted.changes.length > 0)
              details.push(`granted ${account} ${granted.changes.map((c) => `${c.right} on ${c.path}`).join(", ")}`);
          }
        }
        return {
          target: {
            ...target,
            physicalPath,
            appPool: target.appPool ?? (o.create ? (0, shared.Fv)(target.site, target.application) : void 0),
            exists: ctx.dryRun ? target.exists : { pool: true, site: true, application: true }
          },
          detail: details.join("; ") || "nothing to do"
        };
      }
      var state_dir = __webpack_require__(1352);
      var target_folder_rules = __webpack_require__(6900);
      ;
      async function readTarget(ctx) {
        const o = ctx.options;
        const base = { application: o.application, site: o.site };
        if (o.target === "iis-express")
          return { ...base, kind: "iis-express", exists: { pool: false, site: false, application: false } };
        if (o.msdeployUrl)
          return {
            ...base,
            kind: "remote",
            appPool: o.appPool,
            exists: { pool: true, site: true, application: true }
          };
        if (o.site === void 0) {
          checkFolder(ctx, o.physicalPath, true, "'physical-path'");
          return {
            ...base,
            kind: "local-iis",
            physicalPath: o.physicalPath,
            exists: { pool: false, site: false, application: false }
          };
        }
        const appcmd = await (0, shared.aZ)(ctx);
        const site = o.site;
        const siteExists = await appcmd.getSiteState(site) !== void 0;
        const appPoolNow = siteExists ? await appcmd.readProperty("app", (0, iis_appcmd.dh)(site, o.application), "applicationPool") : void 0;
        const livePath = appPoolNow !== void 0 ? await appcmd.readProperty("vdir", (0, iis_appcmd.b)(site, o.application), "physicalPath") : void 0;
        const appPool = o.appPool ?? appPoolNow ?? (o.create ? (0, shared.Fv)(site, o.application) : void 0);
        const poolState = appPool !== void 0 ? await appcmd.getAppPoolState(appPool) : void 0;
        const poolExists = poolState !== void 0;
        const needsExisting = ["sync", "offline", "online", "provision"].some((s) => o.steps.includes(s));
        if (!o.create && needsExisting) {
          if (!siteExists) {
            throw new errors.dz("site", `Site '${site}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path') to let the deploy create it.`);
          }
          if (appPoolNow === void 0) {
            throw new errors.dz("application", `Application '${(0, iis_appcmd.dh)(site, o.application)}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path').`);
          }
        }
        const live = livePath ? (0, releases.vU)(livePath, ctx.ports.env) : void 0;
        const moves = o.strategy === "in-place" && live !== void 0 && o.physicalPath !== void 0 && !(0, target_folder_rules.ys)(live, o.physicalPath);
        if (moves && !o.create)
          throw new errors.dz("physical-path", (0, target_folder_rules.hR)({ site, application: o.application, input: o.physicalPath, live }));
        if (moves)
          ctx.reporter.info(`IIS serves '${site}${o.application === "/" ? "" : o.application}' from ${live}; with 'create: true' provisioning moves it to ${o.physicalPath}.`);
        const physicalPath = o.strategy === "releases" ? live ?? o.physicalPath : o.physicalPath ?? live;
        const named = o.physicalPath !== void 0 ? "'physical-path'" : "the folder IIS serves";
        checkFolder(ctx, physicalPath, o.strategy === "in-place", named);
        ctx.reporter.info(`Target: site '${site}', application '${o.application}', app pool '${appPool ?? "(none)"}', folder ${physicalPath ?? "(none)"}${siteExists ? "" : " (to be created)"}.`);
        return {
          kind: "local-iis",
          site,
          application: o.application,
          appPool,
          physicalPath,
          poolState,
          exists: { pool: poolExists, site: siteExists, application: appPoolNow !== void 0 }
        };
      }
      function checkFolder(ctx, folder, syncsInto, folderName) {
        const o = ctx.options;
        if (folder === void 0)
          return;
        const problem = o.sourceIsZip || !syncsInto ? void 0 : (0, target_folder_rules.M$)(o.source, folder, folderName);
        if (problem)
          throw new errors.dz("physical-path", `Input 'physical-path': ${problem}`);
        const inside = (0, state_dir.JI)(ctx.stateDir, [folder, o.physicalPath]);
        if (inside !== void 0)
          throw new errors.dz("state-dir", `The state folder ${ctx.stateDir} is inside the web folder ${inside}: backups would be served over HTTP. Set 'state-dir' to a folder outside every site (default: %ProgramData%\\iis-deploy).`);
      }
      var external_node_crypto_ = __webpack_require__(7598);
      var file_tree = __webpack_require__(8606);
      ;
      const MANIFEST_FILE = "manifest.json";
      const FILES_DIR = "files";
      const DEFAULT_KEEP_BACKUPS = 3;
      function defaultBackupRoot(target) {
        const api = (0, file_tree.Z)(target);
        const trimmed = target.replace(/[\\/]+$/, "");
        const name = api.basename(trimmed);
        if (!name || /^[A-Za-z]:$/.test(trimmed)) {
          throw new errors.dz("physical-path", `The target '${target}' is a drive root: there is no folder next to it for the backup. Deploy into a folder, or set backup: false.`);
        }
        return api.join(api.dirname(trimmed), `${name}.iis-deploy-backups`);
      }
      function newBackupId(now = /* @__PURE__ */ new Date()) {
        const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").replace(/\.\d+Z$/, "");
        return `${stamp}-${(0, external_node_crypto_.randomBytes)(3).toString("hex")}`;
      }
      function createBackup(options) {
        const backupRoot = options.backupRoot ?? defaultBackupRoot(options.target);
        const now = options.now ?? /* @__PURE__ */ new Date();
        const id2 = options.id ?? newBackupId(now);
        const dir = (0, file_tree.r3)(backupRoot, id2);
        const filesDir = (0, file_tree.r3)(dir, FILES_DIR);
        external_node_fs_default().mkdirSync(filesDir, { recursive: true });
        const manifest = {
          version: 1,
          id: id2,
          target: options.target,
          createdAt: now.toISOString(),
          added: [],
          updated: [],
          deleted: [],
          createdDirectories: [...options.plan.newDirectories ?? []],
          deletedDirectories: [...options.plan.extraDirectories ?? []],
          bytes: 0
        };
        const plain = /* @__PURE__ */ new Set();
        try {
          for (const change of options.plan.changes) {
            if ((0, file_tree.HC)(options.target, change.path, plain) !== void 0)
              continue;
            if (change.kind === "add") {
              manifest.added.push(change.path);
              continue;
            }
            const current = (0, file_tree.r3)(options.target, change.path);
            let size;
            try {
              size = external_node_fs_default().statSync(current).size;
            } catch {
              continue;
            }
            (0, file_tree.Sk)(current, (0, file_tree.r3)(filesDir, change.path));
            manifest.bytes += size;
            if (change.kind === "update")
              manifest.updated.push(change.path);
            else
              manifest.deleted.push(change.path);
          }
          const manifestPath = (0, file_tree.r3)(dir, MANIFEST_FILE);
          external_node_fs_default().writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 1));
          external_node_fs_default().renameSync(`${manifestPath}.tmp`, manifestPath);
        } catch (error) {
          (0, file_tree.th)(dir);
          throw error;
        }
        return { dir, manifest };
      }
      function readBackup(dir) {
        let text;
        try {
          text = external_node_fs_default().readFileSync((0, file_tree.r3)(dir, MANIFEST_FILE), "utf8");
        } catch {
          throw new errors.dz("backup", `The backup folder '${dir}' has no ${MANIFEST_FILE}: it is incomplete and cannot be restored.`);
        }
        return { dir, manifest: JSON.parse(text) };
      }
      function restoreBackup(backup) {
        const { dir, manifest } = typeof backup === "string" ? readBackup(backup) : backup;
        const target = manifest.target;
        const plain = /* @__PURE__ */ new Set();
        const throughLinks = [];
        const direct = (relative) => {
          if ((0, file_tree.HC)(target, relative, plain) === void 0)
            return true;
          throughLinks.push(relative);
          return false;
        };
        let removed = 0;
        for (const relative of manifest.added) {
          if (!direct(relative))
            continue;
          try {
            external_node_fs_default().unlinkSync((0, file_tree.r3)(target, relative));
            removed++;
          } catch (error) {
            if (error.code !== "ENOENT")
              throw error;
          }
        }
        for (const relative of [...manifest.deletedDirectories].sort((a, b) => depth(a) - depth(b) || (0, file_tree.cD)(a, b))) {
          if (direct(relative))
            external_node_fs_default().mkdirSync((0, file_tree.r3)(target, relative), { recursive: true });
        }
        let restored = 0;
        for (const relative of [...manifest.updated, ...manifest.deleted]) {
          if (!direct(relative))
            continue;
          (0, file_tree.Sk)((0, file_tree.r3)((0, file_tree.r3)(dir, FILES_DIR), relative), (0, file_tree.r3)(target, relative));
          restored++;
        }
        for (const relative of [...manifest.createdDirectories].sort((a, b) => depth(b) - depth(a) || (0, file_tree.cD)(a, b))) {
          if (!direct(relative))
            continue;
          try {
            external_node_fs_default().rmdirSync((0, file_tree.r3)(target, relative));
          } catch {
          }
        }
        return { restored, removed, ...throughLinks.length > 0 ? { throughLinks } : {} };
      }
      function depth(relative) {
        return relative.split("/").length;
      }
      function listBackups(backupRoot) {
        let names;
        try {
          names = external_node_fs_default().readdirSync(backupRoot);
        } catch {
          return [];
        }
        return names.filter((n) => /^\d{8}-\d{6}-[0-9a-f]+$/.test(n)).sort().reverse().map((n) => (0, file_tree.r3)(backupRoot, n));
      }
      function pruneBackups(options) {
        const keep = options.keep ?? DEFAULT_KEEP_BACKUPS;
        const all = listBackups(options.backupRoot);
        const deleted = all.slice(keep).filter((p) => p !== options.keepAlso);
        for (const p of deleted)
          (0, file_tree.th)(p);
        return deleted;
      }
      ;
      async function runUndo(ctx, action) {
        switch (action.kind) {
          case "restore-backup": {
            const restored = restoreBackup(action.backupDir);
            const links = restored.throughLinks ?? [];
            if (links.length > 0)
              ctx.reporter.warning(`The restore left ${links.length} path(s) alone because a symbolic link or junction now stands on them (a link is never written or deleted through): ${links.slice(0, 5).join(", ")}${links.length > 5 ? " ..." : ""}.`);
            return `restored ${restored.restored} file(s) and removed ${restored.removed} new file(s) from the backup ${action.backupDir}`;
          }
          case "switch-physical-path": {
            const appcmd = await (0, shared.aZ)((0, shared.WQ)(ctx));
            await appcmd.run((0, iis_appcmd.iF)(action.site, action.application, action.physicalPath));
            return `switched back to ${action.physicalPath}`;
          }
        }
      }
      ;
      async function takeOffline(ctx, target, mode, liveHostingModel2) {
        const o = ctx.options;
        const physicalPath = target.physicalPath;
        const pool = target.appPool;
        const state = {
          appOffline: false,
          poolStopped: false,
          poolWasRunning: true,
          since: ctx.ports.clock.now()
        };
        const wantsFile = mode !== "stop-pool" && physicalPath !== void 0 && (ctx.dryRun || external_node_fs_default().existsSync(physicalPath));
        const wantsStop = mode !== "app-offline" && pool !== void 0 && target.exists.pool;
        if (ctx.dryRun) {
          if (wantsFile)
            ctx.plan.action("offline", `write ${external_node_path_default().join(physicalPath, app_offline.Bx)}`);
          if (wantsStop)
            ctx.plan.command("offline", "appcmd", (0, iis_appcmd.w3)("stop", pool));
          if (wantsStop && o.killWorkers)
            ctx.plan.action("offline", `after ${Math.round(o.stopTimeoutMs / 1e3)} s: taskkill /PID <pid> /F for each worker of '${pool}' still running`);
          return { ...state, appOffline: wantsFile, poolStopped: wantsStop };
        }
        const appcmd = await (0, shared.aZ)(ctx);
        const taskkill = wantsStop && o.killWorkers ? { runner: ctx.ports.runner, path: await ctx.tool("taskkill") } : void 0;
        const ledger = ctx.ledger;
        let page;
        if (wantsFile) {
          const content = o.appOfflineFile ? external_node_fs_default().readFileSync(o.appOfflineFile, "utf8") : void 0;
          const folder = physicalPath;
          const file = external_node_path_default().join(folder, app_offline.Bx);
          page = ledger.begin("write-app-offline", "offline", `write ${file}`, {
            undo: { kind: "remove-app-offline", file },
            before: { fileExisted: (0, app_offline.pV)(folder).length > 0 }
          });
          const written = page;
          await (0, app_offline.wF)({
            physicalPath: folder,
            content,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            // With both, the pool is stopped at once, without waiting for the app first: stopping it (Stopped, no worker
            // left) frees the files anyway, and the app's own shutdown then runs alongside the pool's (issue 15).
            // In-process (windows-facts \u00a76): ANCM recycles the worker; its files are free once it has exited.
            probe: wantsStop ? void 0 : liveHostingModel2 === "inprocess" && pool !== void 0 ? (0, app_offline.bn)((0, app_offline.Dv)(appcmd, pool), (0, app_offline.UK)(() => (0, app_offline.zr)(folder))) : (0, app_offline.UK)(() => (0, app_offline.zr)(folder)),
            timeoutMs: o.stopTimeoutMs,
            onTimeout: "fail",
            signal: ctx.signal
          }).catch((error) => {
            if ((0, app_offline.pV)(folder).length === 0)
              ledger.revert(written, "removed again: the offline step failed");
            else
              ledger.fail(written, error.message);
            throw error;
          });
          ledger.done(written);
          state.appOffline = true;
        }
        if (wantsStop) {
          const stop = ledger.begin("stop-pool", "offline", `stop app pool '${pool}'`, {
            undo: { kind: "start-pool", pool },
            before: { poolState: target.poolState }
          });
          try {
            const stopped = await (0, app_pool.i9)({
              appcmd,
              pool,
              timeoutMs: o.stopTimeoutMs,
              killWorkersOnTimeout: o.killWorkers,
              taskkill,
              // Read moments ago (readTarget / provision): no second read while the site is offline.
              knownState: target.poolState
            });
            state.poolWasRunning = stopped.wasRunning;
            state.poolStopped = true;
            ledger.done(stop);
          } catch (error) {
            const cleanup2 = await (0, shared.aZ)((0, shared.WQ)(ctx));
            const restarted = await (0, app_pool._U)({
              appcmd: cleanup2,
              pool,
              timeoutMs: 1e4,
              settleMs: 0
            }).then(() => true, (startError) => {
              ctx.reporter.warning(`App pool '${pool}' could not be started again: ${startError.message}`);
              return false;
            });
            if (restarted)
              ledger.revert(stop, "started again: the offline step failed");
            else
              ledger.fail(stop, error.message);
            if (!restarted) {
              const now = await cleanup2.getAppPoolState(pool).catch(() => void 0);
              Object.assign(error, {
                serverState: `App pool '${pool}' is ${now ?? "not running"} and could not be started again: the site answers 503 until it is. Once it has stopped, start it: appcmd start apppool /apppool.name:"${pool}". The app files were not touched.`
              });
            }
            if (state.appOffline && physicalPath && page) {
              const removed = page;
              await (0, app_offline.RT)({ physicalPath, reporter: ctx.reporter, clock: ctx.ports.clock }).then(() => ledger.revert(removed, "removed again: the offline step failed"), () => void 0);
            }
            throw error;
          }
        }
        if (state.appOffline && state.poolStopped && physicalPath !== void 0) {
          await (0, app_offline.Uv)({
            clock: ctx.ports.clock,
            reporter: ctx.reporter,
            timeoutMs: Math.min(o.stopTimeoutMs, 1e4),
            onTimeout: "continue",
            signal: ctx.signal
          }, (0, app_offline.UK)(() => (0, app_offline.zr)(physicalPath)));
        }
        return state;
      }
      ;
      function createRepairs(runCtx) {
        const ctx = (0, shared.WQ)(runCtx);
        return {
          startPool: async (pool) => {
            await (0, app_pool._U)({
              appcmd: await (0, shared.aZ)(ctx),
              pool,
              timeoutMs: ctx.options.stopTimeoutMs,
              settleMs: 0
            });
          },
          removeAppOffline: async (file) => {
            await (0, app_offline.RT)({
              physicalPath: external_node_path_default().dirname(file),
              reporter: ctx.reporter,
              clock: ctx.ports.clock
            });
          },
          runUndo: (action) => runUndo(ctx, action),
          takeOfflineForRestore: async (ledger, step) => {
            const { site, application, appPool, physicalPath } = ledger.record.target;
            const appcmd = await (0, shared.aZ)(ctx);
            const poolState = appPool ? await appcmd.getAppPoolState(appPool) : void 0;
            ctx.reporter.info(`Taking the app offline to put the previous files back (${step}).`);
            await takeOffline({ ...ctx, ledger }, {
              kind: "local-iis",
              site,
              application,
              appPool,
              physicalPath,
              poolState,
              exists: { pool: poolState !== void 0, site: true, application: true }
            }, "both");
          }
        };
      }
      var deploy_lock = __webpack_require__(3642);
      var robocopy = __webpack_require__(5058);
      var verify = __webpack_require__(6386);
      ;
      function backupRootFor(ctx, folder) {
        const o = ctx.options;
        const scope = o.site !== void 0 ? (0, deploy_lock.cl)({ site: o.site, application: o.application }) : (0, deploy_lock.IM)(folder);
        return external_node_path_default().join(ctx.stateDir, state_dir.lu.backups, scope.replace(/\.lock$/, ""));
      }
      function backUpReplacedFiles(ctx, folder, plan) {
        const o = ctx.options;
        if (ctx.dryRun)
          return void 0;
        external_node_fs_default().mkdirSync(folder, { recursive: true });
        const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted;
        if (!o.backup || changes === 0)
          return void 0;
        const backupRoot = backupRootFor(ctx, folder);
        const id2 = newBackupId(new Date(ctx.ports.clock.now()));
        const dir = external_node_path_default().join(backupRoot, id2);
        const taking = ctx.ledger.begin("backup", "sync", `back up what the sync replaces into ${dir}`, {
          undo: { kind: "remove-folder", folder: dir }
        });
        let backup;
        try {
          backup = createBackup({ plan, target: folder, backupRoot, id: id2 });
        } catch (error) {
          ctx.ledger.fail(taking, error.message);
          throw error;
        }
        ctx.ledger.done(taking);
        ctx.reporter.info(`Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`);
        return backup.dir;
      }
      function pruneOldBackups(ctx, folder, keep) {
        try {
          pruneBackups({ backupRoot: backupRootFor(ctx, folder), keepAlso: keep });
        } catch (error) {
          ctx.reporter.warning(`Could not prune old backups: ${error.message}`);
        }
      }
      async function syncInPlace(ctx, app, target, plan) {
        const o = ctx.options;
        const folder = target.physicalPath;
        if (folder === void 0)
          throw new errors.dz("physical-path", `Input 'physical-path' is needed: IIS reports no folder for the application.`);
        const targetLinks = ("targetLinks" in plan ? plan.targetLinks : void 0) ?? [];
        reportTargetLinks(ctx, folder, targetLinks, "shadowedByLinks" in plan ? plan.shadowedByLinks : void 0);
        const args = {
          source: app.dir,
          target: folder,
          deleteExtra: o.deleteExtra,
          exclude: o.exclude,
          preserve: o.preserve,
          dryRun: ctx.dryRun,
          targetLinks
        };
        if (ctx.dryRun)
          ctx.plan.command("sync", "robocopy", (0, robocopy.rk)(args));
        const ledger = ctx.ledger;
        const previousPath = backUpReplacedFiles(ctx, folder, plan);
        const sync = ledger.begin("sync", "sync", `robocopy into ${folder}`, {
          undo: previousPath ? { kind: "restore-backup", backupDir: previousPath } : void 0
        });
        const copy = async () => {
          const copied = await (0, robocopy.PY)({
            runner: ctx.ports.runner,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            tools: ctx.tools,
            signal: ctx.signal
          }, {
            ...args,
            // With `checksum`, the planner's retimed/forceCopy files make robocopy copy exactly what changed.
            plan: "retimed" in plan ? plan : void 0,
            lockRetryDelayMs: ctx.timing.lockRetryDelayMs
          });
          if (!ctx.dryRun) {
            await (0, verify.Lr)("robocopy", copied.exitCode, {
              source: app.dir,
              target: folder,
              exclude: o.exclude,
              preserve: o.preserve,
              deleteExtra: o.deleteExtra,
              checksum: o.checksum,
              plannedDeletes: plan.changes.filter((c) => c.kind === "delete").map((c) => c.path)
            });
            ctx.reporter.info(`Verified: ${folder} matches the publish folder (${o.checksum ? "SHA-256" : "size and time"}).`);
          }
          return copied;
        };
        const result = await copy().catch((error) => {
          if (error instanceof errors.dz)
            ledger.untouched(sync, "refused before copying: nothing changed");
          else
            ledger.fail(sync, error.message);
          throw error;
        });
        ledger.done(sync);
        if (!ctx.dryRun && previousPath)
          pruneOldBackups(ctx, folder, previousPath);
        return { result, releasePath: folder, previousPath };
      }
      function reportTargetLinks(ctx, folder, links, shadowed) {
        if (links.length === 0)
          return;
        ctx.reporter.info(`Links in ${folder} are left as they are (never written, deleted, backed up or restored through): ${links.join(", ")}.`);
        if (!shadowed || shadowed.length === 0)
          return;
        const key = (p) => p.toLowerCase();
        const holding = links.filter((link) => shadowed.some((f) => key(f) === key(link) || key(f).startsWith(`${key(link)}/`)));
        const patterns = holding.map((link) => shadowed.some((f) => key(f) === key(link)) ? `/${link}` : `${link}/**`);
        const shown = shadowed.slice(0, 5).join(", ") + (shadowed.length > 5 ? ` and ${shadowed.length - 5} more` : "");
        ctx.reporter.warning(`${shadowed.length} file(s) of the publish folder were not deployed because a symbolic link or junction in the site folder holds their place (${holding.join(", ")}): ${shown}. Exclude them (exclude: ${patterns.join(", ")}) to silence this, or replace the link in ${folder} with a real folder to deploy them.`);
      }
      ;
      async function syncRelease(ctx, app, target) {
        const o = ctx.options;
        const site = target.site;
        const layout = (0, releases.t0)({
          physicalPath: o.physicalPath,
          livePhysicalPath: target.exists.application ? target.physicalPath : void 0,
          releaseId: o.releaseId,
          preserve: o.preserve,
          env: ctx.ports.env
        });
        const stage = ctx.ledger.begin("sync", "sync", `stage release ${layout.releasePath}`, {
          undo: { kind: "remove-folder", folder: layout.releasePath }
        });
        const staged = await (0, releases.ql)({ reporter: ctx.reporter }, {
          layout,
          source: app.dir,
          exclude: o.exclude,
          preserve: o.preserve,
          checksum: o.checksum,
          dryRun: ctx.dryRun
        }).catch((error) => {
          ctx.ledger.fail(stage, error.message);
          throw error;
        });
        ctx.ledger.done(stage);
        if (ctx.signal.aborted)
          throw new errors.cc("Cancelled before switching to the new release.");
        const switchArgs = (0, iis_appcmd.iF)(site, target.application, layout.releasePath);
        if (ctx.dryRun) {
          ctx.plan.create(`release folder ${layout.releasePath}`);
          ctx.plan.command("sync", "appcmd", switchArgs);
        } else {
          const appcmd = await (0, shared.aZ)(ctx);
          const previous = layout.previousPath;
          const switched = ctx.ledger.begin("switch-release", "sync", `switch to ${layout.releasePath}`, {
            undo: previous ? { kind: "switch-physical-path", site, application: target.application, physicalPath: previous } : void 0,
            before: { physicalPath: previous }
          });
          await appcmd.run(switchArgs).catch((error) => {
            ctx.ledger.fail(switched, error.message);
            throw error;
          });
          ctx.ledger.done(switched);
          ctx.reporter.info(`Switched '${site}${target.application === "/" ? "/" : target.application}' to ${layout.releasePath}.`);
          try {
            const pruned = (0, releases.Xb)({
              releasesDir: layout.releasesDir,
              keep: o.keepReleases,
              live: layout.releasePath,
              previous
            });
            if (pruned.deleted.length > 0)
              ctx.reporter.info(`Removed old releases: ${pruned.deleted.join(", ")}`);
            if (pruned.foreign.length > 0)
              ctx.reporter.info(`Kept ${pruned.foreign.join(", ")}: not release folders of this tool (no ${releases.uq} marker), so retention neither counts nor removes them.`);
          } catch (error) {
            ctx.reporter.warning(`Could not remove old releases: ${error.message}`);
          }
        }
        const { layout: _layout, plan: _plan, seededFromLive: _seeded, files: _files, ...result } = staged;
        return { result: { ...result }, releasePath: layout.releasePath, previousPath: layout.previousPath };
      }
      var msdeploy_output = __webpack_require__(9416);
      ;
      function webDeployExtras(ctx, app, target) {
        const o = ctx.options;
        const flags = (0, web_deploy_package.eN)(o.msdeployFlags);
        const extras = {
          extraSkips: o.msdeploySkip.map(web_deploy_package.E8),
          extraArgs: flags.args,
          retryAttempts: flags.retryAttempts,
          retryIntervalMs: flags.retryInterval
        };
        const pkg = app.package;
        if (!pkg)
          return extras;
        if (!("site" in target)) {
          throw new errors.dz("site", `Input 'source' is a Web Deploy package: it deploys to an IIS application, so 'site' is required.`);
        }
        const plan = (0, web_deploy_package.qD)(pkg, (0, msdeploy.K2)(target.site, target.application), {
          setParametersFile: o.setParametersFile ? (0, web_deploy_package.b9)(o.setParametersFile) : void 0,
          setParameters: o.setParameters
        });
        let setParamFile;
        if (plan.setParamFile !== void 0) {
          setParamFile = external_node_path_default().join(external_node_path_default().dirname(pkg.archiveDir), "iis-deploy.SetParameters.xml");
          external_node_fs_default().writeFileSync(setParamFile, plan.setParamFile, { encoding: "utf8", mode: 384 });
        }
        const changed = (app.modified?.length ?? 0) > 0;
        return {
          ...extras,
          ...changed ? { checksum: true } : {},
          package: {
            kind: changed ? "archiveDir" : "package",
            path: changed ? pkg.archiveDir : o.source,
            setParams: plan.setParams,
            setParamFile
          }
        };
      }
      ;
      async function syncWebDeploy(ctx, app, target, plan) {
        const o = ctx.options;
        if (target.kind === "remote")
          (0, file_tree.wp)(app.dir, { side: "source", input: "source" });
        const targetLinks = (plan && "targetLinks" in plan ? plan.targetLinks : void 0) ?? [];
        if (targetLinks.length > 0)
          ctx.reporter.info(`Links in ${target.physicalPath ?? "the site folder"} are left as they are (Web Deploy skip rules): ${targetLinks.join(", ")}.`);
        const remote = o.msdeployUrl ? {
          url: o.msdeployUrl,
          userName: o.msdeployUsername,
          password: o.msdeployPassword,
          authType: o.msdeployAuthType,
          allowUntrusted: o.allowUntrusted
        } : void 0;
        const msTarget = target.site !== void 0 ? { site: target.site, application: target.application } : { folder: target.physicalPath ?? "" };
        const appOffline = remote !== void 0 && o.takeOffline !== "none";
        const ports = {
          runner: ctx.ports.runner,
          reporter: ctx.reporter,
          tools: ctx.tools,
          clock: ctx.ports.clock
        };
        const extra = webDeployExtras(ctx, app, msTarget);
        const where = remote ? `${target.site ?? ""}${target.application} through Web Deploy` : target.physicalPath ?? "";
        const previousPath = remote === void 0 && plan !== void 0 && target.physicalPath !== void 0 ? backUpReplacedFiles(ctx, target.physicalPath, plan) : void 0;
        const sync = ctx.ledger.begin("sync", "sync", `Web Deploy sync into ${where}`, {
          undo: previousPath ? { kind: "restore-backup", backupDir: previousPath } : void 0
        });
        let result;
        try {
          result = await (0, msdeploy.RL)(ports, {
            source: app.dir,
            target: msTarget,
            remote,
            deleteExtra: o.deleteExtra,
            exclude: o.exclude,
            preserve: [...o.preserve, ...targetLinks],
            appOffline,
            checksum: o.checksum,
            ...extra,
            dryRun: ctx.dryRun,
            signal: ctx.signal
          });
        } catch (error) {
          const code = error instanceof msdeploy_output.uO ? error.code : void 0;
          if (code !== void 0 && neverReachedTheSite(code)) {
            ctx.ledger.untouched(sync, `Web Deploy did not get to the site (${code}): nothing changed`);
            const message = error instanceof Error ? error.message : "";
            Object.assign(error, { message: message.replace(APP_OFFLINE_GUESS, "") });
            throw error;
          }
          ctx.ledger.fail(sync, error.message);
          if (appOffline && !ctx.dryRun && "site" in msTarget) {
            await (0, msdeploy.uw)(ports, { target: msTarget, remote }).catch((removeError) => {
              Object.assign(error, {
                serverState: `Web Deploy failed and App_Offline.htm could not be removed from the remote site (${removeError.message}): the site answers 503 until it is deleted.`
              });
            });
          }
          throw error;
        }
        ctx.ledger.done(sync);
        if (previousPath && target.physicalPath)
          pruneOldBackups(ctx, target.physicalPath, previousPath);
        return { result, releasePath: target.physicalPath, previousPath };
      }
      const NEVER_REACHED = /* @__PURE__ */ new Set([
        "ERROR_USER_UNAUTHORIZED",
        "ERROR_DESTINATION_NOT_REACHABLE",
        "ERROR_DESTINATION_INVALID",
        "ERROR_COULD_NOT_CONNECT_TO_REMOTESVC",
        "ERROR_CERTIFICATE_VALIDATION_FAILED",
        "ERROR_SITE_DOES_NOT_EXIST",
        "ERROR_APP_DOES_NOT_EXIST",
        "ERROR_USER_NOT_ADMIN",
        "ERROR_PROXY_GATEWAY",
        "ERROR_API_NOT_SUPPORTED",
        msdeploy_output.QI
      ]);
      function neverReachedTheSite(code) {
        return NEVER_REACHED.has(code);
      }
      const APP_OFFLINE_GUESS = / The AppOffline rule may have left App_Offline\.htm in place: the app answers 503 until it is removed\./;
      ;
      async function syncApp(ctx, app, target, plan) {
        const o = ctx.options;
        if (target.kind === "remote" || o.method === "msdeploy" || app.package)
          return syncWebDeploy(ctx, app, target, plan);
        const outcome = o.strategy === "releases" ? await syncRelease(ctx, app, target) : await syncInPlace(ctx, app, target, plan);
        await (0, stdout_log.Nv)(ctx, app, target, outcome);
        return outcome;
      }
      ;
      const diagnoseFailure = async (ctx, input) => (await Promise.all(
        /* import() */
        [__webpack_require__.e(658), __webpack_require__.e(301)]
      ).then(__webpack_require__.bind(__webpack_require__, 3301))).diagnoseFailure(ctx, input);
      const installHostingBundle = async (ctx, appDir) => (await __webpack_require__.e(
        /* import() */
        729
      ).then(__webpack_require__.bind(__webpack_require__, 729))).installHostingBundle(ctx, appDir);
      const smokeTestIisExpress = async (ctx, app) => (await __webpack_require__.e(
        /* import() */
        586
      ).then(__webpack_require__.bind(__webpack_require__, 1586))).smokeTestIisExpress(ctx, app);
      function createDefaultSteps() {
        return withDrainHooks({
          readTarget,
          acquireLock: acquire_lock.I,
          ensureIisFeatures,
          installHostingBundle,
          provision: provision_provision,
          prepareApp,
          planChanges,
          takeOffline,
          bringOnline,
          sync: syncApp,
          runUndo,
          createRepairs,
          checkHealth,
          smokeTestIisExpress,
          cleanup,
          diagnoseFailure
        });
      }
      ;
    })
  ),
  /***/
  6441: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        GN: () => (
          /* binding */
          ledgerPathFor
        ),
        /* harmony export */
        SC: () => (
          /* binding */
          readLedger
        ),
        /* harmony export */
        hP: () => (
          /* binding */
          openMutations
        ),
        /* harmony export */
        td: () => (
          /* binding */
          DeployLedger
        ),
        /* harmony export */
        w8: () => (
          /* binding */
          CONTENT_KINDS
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(627);
      const CONTENT_KINDS = ["sync", "switch-release"];
      function ledgerPathFor(ledgersDir, scope) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ledgersDir, `${scope.replace(/\.lock$/, "")}.json`);
      }
      function readLedger(file) {
        let text;
        try {
          text = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(file, "utf8");
        } catch {
          return void 0;
        }
        try {
          const value = JSON.parse(text);
          if (value.format !== 1 || typeof value.runId !== "string" || !Array.isArray(value.mutations))
            return void 0;
          return value;
        } catch {
          return void 0;
        }
      }
      function openMutations(record) {
        return record.mutations.filter((m) => m.status !== "reverted" && m.status !== "planned").reverse();
      }
      function pauseForever(point) {
        process.stderr.write(`iis-deploy: paused at ${point} (IIS_DEPLOY_TEST_PAUSE_AT)
`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
      class DeployLedger {
        options;
        record;
        /** Where the ledger is kept; undefined when it is kept in memory only. */
        file;
        constructor(options, adopted) {
          this.options = options;
          this.file = options.file;
          this.record = adopted ?? {
            format: 1,
            runId: options.runId ?? node_crypto__WEBPACK_IMPORTED_MODULE_0___default().randomUUID(),
            scope: options.scope,
            target: { ...options.target },
            owner: { pid: process.pid, host: options.host, description: options.description },
            startedAt: this.iso(),
            status: "running",
            verified: false,
            mutations: []
          };
          this.persist();
        }
        get dryRun() {
          return this.options.dryRun === true;
        }
        masked(text) {
          return this.options.maskText ? this.options.maskText(text) : text;
        }
        iso() {
          return new Date(this.options.now()).toISOString();
        }
        persist(changed) {
          if (!this.file)
            return;
          (0, _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__.Q)(this.file, `${JSON.stringify(this.record, null, 2)}
`);
          const point = changed && `${changed.kind}:${changed.status}`;
          if (point !== void 0 && point === this.options.pauseAt)
            pauseForever(point);
        }
        /** Updates what the run now knows of its target (the pool and folder IIS reports). */
        setTarget(target) {
          Object.assign(this.record.target, target);
          this.persist();
        }
        /**
         * Records a change before it is made. Checks the lock first: a run that lost it stops here, before the change.
         * In a dry run the change is recorded as planned and nothing is written.
         */
        begin(kind, step, summary, extra = {}) {
          if (!this.dryRun)
            this.options.assertHeld?.();
          const mutation = {
            seq: this.record.mutations.length + 1,
            kind,
            step,
            status: this.dryRun ? "planned" : "started",
            summary: this.masked(summary),
            ...extra,
            startedAt: this.iso()
          };
          this.record.mutations.push(mutation);
          this.persist(mutation);
          return mutation;
        }
        /** The change was made (its undo may be known only now: a backup's folder, the previous release). */
        done(mutation, extra = {}) {
          if (mutation.status === "planned")
            return;
          const note = extra.note === void 0 ? {} : { note: this.masked(extra.note) };
          Object.assign(mutation, extra, note, { status: "done", endedAt: this.iso() });
          this.persist(mutation);
        }
        /** The change failed; it may have happened in part. */
        fail(mutation, note) {
          if (mutation.status === "planned")
            return;
          Object.assign(mutation, { status: "failed", endedAt: this.iso(), note: this.masked(note) });
          this.persist(mutation);
        }
        /** The change was put back. */
        revert(mutation, note) {
          if (mutation.status === "planned")
            return;
          Object.assign(mutation, { status: "reverted", endedAt: this.iso(), note: this.masked(note) });
          this.persist(mutation);
        }
        /** The change never touched the server (refused before it started, or nothing to do): says so for the report. */
        untouched(mutation, note) {
          if (mutation.status === "planned")
            return;
          Object.assign(mutation, { status: "reverted", endedAt: this.iso(), note, changedNothing: true });
          this.persist(mutation);
        }
        /** Runs `change` between begin and done/fail. */
        async track(kind, step, summary, change, extra = {}) {
          const mutation = this.begin(kind, step, summary, extra);
          try {
            const value = await change(mutation);
            if (mutation.status === "started")
              this.done(mutation);
            return value;
          } catch (error) {
            if (mutation.status === "started")
              this.fail(mutation, error.message ?? String(error));
            throw error;
          }
        }
        markVerified() {
          this.record.verified = true;
          this.persist();
        }
        /** Mutations of this run still in effect, newest first. */
        open(kinds) {
          return openMutations(this.record).filter((m) => !kinds || kinds.includes(m.kind));
        }
        /** The run ended: the record stays as the last run of this scope. */
        finish(status, serverState) {
          Object.assign(this.record, { status, serverState, endedAt: this.iso() });
          this.persist();
        }
      }
    })
  ),
  /***/
  3266: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        WJ: () => (
          /* reexport */
          INPUT_DEFAULTS
        ),
        Qh: () => (
          /* reexport */
          INPUT_NAMES
        ),
        Bl: () => (
          /* reexport */
          PIPELINE_STEPS
        ),
        pH: () => (
          /* reexport */
          SECRET_INPUTS
        ),
        mb: () => (
          /* reexport */
          URL_INPUTS
        ),
        Qr: () => (
          /* reexport */
          readDeployOptions
        )
      });
      var inputs = __webpack_require__(104);
      var appcmd = __webpack_require__(8862);
      var pool_settings = __webpack_require__(1883);
      var app_kind = __webpack_require__(9631);
      var iis_bindings = __webpack_require__(6397);
      var planner = __webpack_require__(2825);
      ;
      const PIPELINE_STEPS = [
        "iis-features",
        "hosting-bundle",
        "provision",
        "web-config",
        "offline",
        "sync",
        "online",
        "health-check"
      ];
      const METHODS = ["auto", "robocopy", "msdeploy"];
      const STRATEGIES = ["in-place", "releases"];
      const TAKE_OFFLINE_MODES = ["auto", "app-offline", "stop-pool", "both", "none"];
      const WEB_CONFIG_MODES = ["validate", "transform", "skip"];
      const HOSTING_MODELS = ["inprocess", "outofprocess"];
      const MSDEPLOY_AUTH_TYPES = ["Basic", "NTLM"];
      const TARGETS = ["iis", "iis-express"];
      const HOSTING_BUNDLE_KEYWORDS = ["none", "auto", "latest", "lts"];
      const SUB_APPLICATION_HANDLER_MODES = ["auto", "remove", "keep"];
      const ACTIONS = ["deploy", "start", "stop", "recycle", "remove"];
      const IIS_LOCAL = ["provision", "offline", "online"];
      const INPUT_SCHEMA = [
        { name: "source", type: "String", default: "publish", steps: [] },
        { name: "site", type: "String", default: "", steps: [] },
        { name: "application", type: "String", default: "/", steps: [] },
        { name: "app-pool", type: "String", default: "", steps: IIS_LOCAL },
        { name: "physical-path", type: "String", default: "", steps: ["provision", "sync"] },
        { name: "steps", type: "String", default: "all", steps: [] },
        { name: "method", type: "String", default: "auto", steps: ["sync"], allowed: METHODS },
        { name: "strategy", type: "String", default: "in-place", steps: ["sync"], allowed: STRATEGIES },
        { name: "release-id", type: "String", default: "", steps: ["sync"] },
        { name: "keep-releases", type: "Number", default: "5", steps: ["sync"] },
        {
          name: "take-offline",
          type: "String",
          default: "auto",
          steps: ["offline", "online"],
          allowed: TAKE_OFFLINE_MODES
        },
        { name: "app-offline-file", type: "String", default: "", steps: ["offline"] },
        { name: "stop-timeout", type: "Number", default: "120", steps: ["offline"], option: "stopTimeoutMs" },
        { name: "kill-workers", type: "Boolean", default: "false", steps: ["offline"] },
        { name: "keep-offline-on-failure", type: "Boolean", default: "false", steps: ["online"] },
        { name: "delete-extra", type: "Boolean", default: "false", steps: ["sync"] },
        { name: "exclude", type: "List", default: "", steps: ["sync"] },
        { name: "preserve", type: "List", default: planner.tB.join("\n"), steps: ["sync"] },
        { name: "backup", type: "Boolean", default: "true", steps: ["sync"] },
        {
          name: "web-config",
          type: "String",
          default: "validate",
          steps: ["web-config"],
          allowed: WEB_CONFIG_MODES
        },
        { name: "app-name", type: "String", default: "", steps: ["web-config", "hosting-bundle"] },
        { name: "self-contained", type: "Boolean", default: "", steps: ["web-config"] },
        {
          name: "hosting-model",
          type: "String",
          default: "",
          steps: ["web-config"],
          allowed: ["", ...HOSTING_MODELS]
        },
        { name: "environment", type: "String", default: "", steps: ["web-config"] },
        { name: "environment-variables", type: "List", default: "", steps: ["web-config"] },
        {
          name: "secret-environment-variables",
          type: "List",
          default: "",
          steps: ["web-config"],
          secret: true,
          option: "environmentVariables"
        },
        { name: "xdt-transforms", type: "List", default: "", steps: ["web-config"] },
        { name: "hosting-bundle", type: "String", default: "none", steps: ["hosting-bundle"] },
        { name: "hosting-bundle-args", type: "String", default: "", steps: ["hosting-bundle"] },
        { name: "hosting-bundle-url", type: "String", default: "", steps: ["hosting-bundle"] },
        { name: "hosting-bundle-sha512", type: "String", default: "", steps: ["hosting-bundle"] },
        { name: "release-metadata-url", type: "String", default: "", steps: ["hosting-bundle"] },
        {
          name: "restart-iis",
          type: "String",
          default: "auto",
          steps: ["hosting-bundle"],
          allowed: inputs.jc
        },
        { name: "create", type: "Boolean", default: "false", steps: ["provision"] },
        { name: "bindings", type: "List", default: "http/*:80:", steps: ["provision"] },
        {
          name: "pool-identity",
          type: "String",
          default: "ApplicationPoolIdentity",
          steps: ["provision"],
          allowed: appcmd._g
        },
        // Issue 13: the pool's identity account and advanced settings, virtual directories, and what kind of app it is.
        { name: "pool-username", type: "String", default: "", steps: ["provision"] },
        { name: "pool-password", type: "String", default: "", steps: ["provision"], secret: true },
        {
          name: "app-kind",
          type: "String",
          default: "auto",
          steps: ["provision", "web-config"],
          allowed: app_kind.Ax
        },
        {
          name: "pool-runtime-version",
          type: "String",
          default: "auto",
          steps: ["provision"],
          allowed: pool_settings.Lz
        },
        {
          name: "pool-pipeline-mode",
          type: "String",
          default: "Integrated",
          steps: ["provision"],
          allowed: pool_settings.m8
        },
        { name: "pool-32bit", type: "String", default: "", steps: ["provision"] },
        {
          name: "pool-start-mode",
          type: "String",
          default: "",
          steps: ["provision"],
          allowed: ["", ...pool_settings.ai]
        },
        { name: "pool-idle-timeout", type: "String", default: "", steps: ["provision"] },
        { name: "pool-recycle-time", type: "String", default: "", steps: ["provision"] },
        { name: "pool-recycle-schedule", type: "List", default: "", steps: ["provision"] },
        { name: "pool-queue-length", type: "String", default: "", steps: ["provision"] },
        { name: "pool-rapid-fail-protection", type: "String", default: "", steps: ["provision"] },
        { name: "pool-rapid-fail-interval", type: "String", default: "", steps: ["provision"] },
        { name: "pool-rapid-fail-max-crashes", type: "String", default: "", steps: ["provision"] },
        { name: "virtual-directories", type: "List", default: "", steps: ["provision"] },
        { name: "load-user-profile", type: "Boolean", default: "true", steps: ["provision"] },
        { name: "grant-access", type: "Boolean", default: "true", steps: ["provision"] },
        { name: "iis-features", type: "List", default: "", steps: ["iis-features"] },
        { name: "certificate-thumbprint", type: "String", default: "", steps: ["provision"] },
        { name: "certificate-store", type: "String", default: "My", steps: ["provision"] },
        // Issue 13: a PFX from the pipeline, imported into LocalMachine\My (docs/certificates.md).
        { name: "certificate-pfx", type: "String", default: "", steps: ["provision"], secret: true },
        { name: "certificate-pfx-file", type: "String", default: "", steps: ["provision"] },
        { name: "certificate-pfx-password", type: "String", default: "", steps: ["provision"], secret: true },
        { name: "authentication", type: "List", default: "", steps: ["provision"] },
        { name: "pool-environment-variables", type: "List", default: "", steps: ["provision"] },
        {
          name: "secret-pool-environment-variables",
          type: "List",
          default: "",
          steps: ["provision"],
          secret: true,
          option: "poolEnvironmentVariables"
        },
        { name: "json-variables", type: "List", default: "", steps: ["web-config"] },
        {
          name: "secret-json-variables",
          type: "List",
          default: "",
          steps: ["web-config"],
          secret: true,
          option: "jsonVariables"
        },
        { name: "json-files", type: "List", default: "appsettings.json", steps: ["web-config"] },
        { name: "json-add-missing", type: "Boolean", default: "false", steps: ["web-config"] },
        // Parity part C: XML variables, Web Deploy packages, vetted msdeploy skips and flags.
        { name: "xml-variables", type: "List", default: "", steps: ["web-config"] },
        {
          name: "secret-xml-variables",
          type: "List",
          default: "",
          steps: ["web-config"],
          secret: true,
          option: "xmlVariables"
        },
        { name: "xml-files", type: "List", default: "**/*.config", steps: ["web-config"] },
        { name: "set-parameters-file", type: "String", default: "", steps: ["sync"] },
        { name: "set-parameters", type: "List", default: "", steps: ["sync"] },
        {
          name: "secret-set-parameters",
          type: "List",
          default: "",
          steps: ["sync"],
          secret: true,
          option: "setParameters"
        },
        { name: "msdeploy-skip", type: "List", default: "", steps: ["sync"] },
        { name: "msdeploy-flags", type: "List", default: "", steps: ["sync"] },
        { name: "msdeploy-url", type: "String", default: "", steps: ["sync", "offline", "online"] },
        { name: "msdeploy-username", type: "String", default: "", steps: ["sync", "offline", "online"] },
        {
          name: "msdeploy-password",
          type: "String",
          default: "",
          steps: ["sync", "offline", "online"],
          secret: true
        },
        {
          name: "msdeploy-auth-type",
          type: "String",
          default: "Basic",
          steps: ["sync", "offline", "online"],
          allowed: MSDEPLOY_AUTH_TYPES
        },
        { name: "allow-untrusted", type: "Boolean", default: "false", steps: ["sync", "health-check"] },
        { name: "checksum", type: "Boolean", default: "false", steps: ["sync"] },
        { name: "health-check-url", type: "String", default: "", steps: ["health-check"] },
        { name: "health-check-host", type: "String", default: "", steps: ["health-check"] },
        { name: "health-check-status", type: "Number", default: "200", steps: ["health-check"] },
        { name: "health-check-contains", type: "String", default: "", steps: ["health-check"] },
        {
          name: "health-check-timeout",
          type: "Number",
          default: "60",
          steps: ["health-check"],
          option: "healthCheckTimeoutMs"
        },
        { name: "rollback", type: "Boolean", default: "true", steps: [] },
        { name: "diagnose", type: "Boolean", default: "true", steps: [] },
        { name: "diagnose-stdout-log", type: "Boolean", default: "false", steps: [] },
        { name: "target", type: "String", default: "iis", steps: [], allowed: TARGETS },
        { name: "dry-run", type: "Boolean", default: "false", steps: [] },
        { name: "appcmd-path", type: "String", default: "", steps: [] },
        { name: "msdeploy-path", type: "String", default: "", steps: ["sync", "offline", "online"] },
        { name: "iisexpress-path", type: "String", default: "", steps: [] },
        { name: "state-dir", type: "String", default: "", steps: [] },
        // Issue 13 part A: sub-applications, bindings of an existing site, web farm drain hooks, manage actions.
        {
          name: "sub-application-handler",
          type: "String",
          default: "auto",
          steps: ["web-config"],
          allowed: SUB_APPLICATION_HANDLER_MODES
        },
        { name: "replace-bindings", type: "Boolean", default: "false", steps: ["provision"] },
        { name: "drain-command", type: "List", default: "", steps: [] },
        { name: "drain-url", type: "String", default: "", steps: [] },
        { name: "undrain-command", type: "List", default: "", steps: [] },
        { name: "undrain-url", type: "String", default: "", steps: [] },
        { name: "action", type: "String", default: "deploy", steps: [], allowed: ACTIONS }
      ];
      const INPUT_DEFAULTS = Object.fromEntries(INPUT_SCHEMA.map((i) => [i.name, i.default]));
      const INPUT_NAMES = INPUT_SCHEMA.map((i) => i.name);
      const SECRET_INPUTS = INPUT_SCHEMA.filter((i) => "secret" in i ? i.secret : false).map((i) => i.name);
      function inputSpec(name) {
        return INPUT_SCHEMA.find((i) => i.name === name);
      }
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var errors = __webpack_require__(4296);
      var secrets = __webpack_require__(8198);
      ;
      function splitList(value, separator = /\r?\n/) {
        return value.split(separator).map((item) => item.trim()).filter((item) => item !== "");
      }
      function listAllowed(allowed) {
        return allowed.map((v) => `'${v}'`).join(", ");
      }
      function secretValuesOf(list) {
        return splitList(list).map((line) => {
          const eq = line.indexOf("=");
          return eq < 0 ? line : line.slice(eq + 1).trim();
        });
      }
      const URL_INPUTS = [
        "msdeploy-url",
        "hosting-bundle-url",
        "release-metadata-url",
        "health-check-url"
      ];
      function registerSecretInputs(read, reporter) {
        for (const name of SECRET_INPUTS) {
          if (inputSpec(name).type === "String") {
            const value = read(name);
            if (!value)
              continue;
            reporter.registerSecret(value);
            if (/\s/.test(value.trim())) {
              reporter.registerSecret(value.replace(/\s+/g, ""));
              for (const line of splitList(value))
                if (line.length >= 8)
                  reporter.registerSecret(line);
            }
          } else
            for (const value of secretValuesOf(read(name) ?? ""))
              reporter.registerSecret(value);
        }
        for (const name of URL_INPUTS) {
          for (const part of (0, secrets.Fn)(read(name)?.trim()))
            reporter.registerSecret(part);
        }
      }
      function isAbsoluteAnywhere(value) {
        return external_node_path_default().win32.isAbsolute(value) || external_node_path_default().posix.isAbsolute(value);
      }
      class InputCollector {
        read;
        errors = [];
        constructor(read) {
          this.read = read;
        }
        /** The raw value (trimmed; whitespace only is not set), or the contract default. */
        raw(name) {
          const value = this.read(name)?.trim();
          return value === void 0 || value === "" ? INPUT_DEFAULTS[name] : value;
        }
        /** The value exactly as given (secrets: not trimmed), or undefined. */
        exact(name) {
          return this.read(name) || void 0;
        }
        /** True when the user set the input (a non-empty value). */
        isSet(name) {
          return (this.read(name)?.trim() ?? "") !== "";
        }
        fail(name, message) {
          this.errors.push(new errors.dz(name, message));
        }
        /** Runs a step's own validator; what it refuses is collected and `fallback` returned. */
        fromStep(validate, fallback) {
          try {
            return validate();
          } catch (error) {
            if (error instanceof errors.G)
              this.errors.push(...error.errors);
            else if (error instanceof errors.dz)
              this.errors.push(error);
            else
              throw error;
            return fallback;
          }
        }
        /** Runs a step's validator over inputs read here already: only problems of inputs not yet refused are added. */
        alsoFromStep(validate) {
          const before = new Set(this.errors.map((e) => e.input));
          const added = new InputCollector(this.read);
          added.fromStep(validate, void 0);
          this.errors.push(...added.errors.filter((e) => !before.has(e.input)));
        }
        string(name) {
          const value = this.raw(name);
          return value === "" ? void 0 : value;
        }
        oneOf(name, allowed, caseInsensitive = true) {
          const value = this.raw(name);
          const found = allowed.find((a) => caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value);
          if (found === void 0) {
            this.fail(name, `Input '${name}' is '${value}': allowed values are ${listAllowed(allowed)}.`);
            return INPUT_DEFAULTS[name];
          }
          return found;
        }
        /** `true`/`false` in any case, as core.getBooleanInput accepts (windows-facts \u00a78.3). */
        boolean(name) {
          const value = this.raw(name);
          if (/^true$/i.test(value))
            return true;
          if (/^false$/i.test(value))
            return false;
          this.fail(name, `Input '${name}' is '${value}': use true or false.`);
          return INPUT_DEFAULTS[name] === "true";
        }
        optionalBoolean(name) {
          return this.raw(name) === "" ? void 0 : this.boolean(name);
        }
        integer(name, min, max, unit = "") {
          const value = this.raw(name);
          const n = /^\d+$/.test(value) ? Number(value) : NaN;
          if (!Number.isSafeInteger(n) || n < min || n > max) {
            this.fail(name, `Input '${name}' is '${value}': use a whole number${unit} from ${min} to ${max}.`);
            return Number(INPUT_DEFAULTS[name]);
          }
          return n;
        }
        list(name, separator) {
          return splitList(this.raw(name), separator);
        }
        /** A `NAME=value` list; `secret` lines are never quoted back (a line may be the secret itself). */
        nameValues(name, secret, nameRule, what) {
          const result = [];
          const seen = /* @__PURE__ */ new Set();
          this.list(name).forEach((line, index) => {
            const eq = line.indexOf("=");
            const key = eq < 0 ? "" : line.slice(0, eq).trim();
            const shown = secret ? `line ${index + 1}` : `'${line}'`;
            if (eq < 0 || !nameRule.test(key)) {
              this.fail(name, `Input '${name}' has ${shown} that is not ${what}=value${eq < 0 ? " (no `=`)" : ` ('${key}' is not a valid ${what})`}: write one ${what}=value per line.`);
              return;
            }
            if (seen.has(key.toLowerCase())) {
              this.fail(name, `Input '${name}' sets '${key}' twice: keep one line per ${what}.`);
              return;
            }
            seen.add(key.toLowerCase());
            result.push({ name: key, value: line.slice(eq + 1).trim(), secret });
          });
          return result;
        }
        /** An http(s) URL, or undefined. */
        httpUrl(name) {
          const value = this.string(name);
          if (value === void 0)
            return void 0;
          let url;
          try {
            url = new URL(value);
          } catch {
            this.fail(name, `Input '${name}' is '${(0, secrets.sK)(value)}', which is not a URL: write it as https://host[:port]/path.`);
            return void 0;
          }
          if (url.protocol !== "http:" && url.protocol !== "https:") {
            this.fail(name, `Input '${name}' is '${(0, secrets.sK)(value)}': only http and https URLs are allowed.`);
            return void 0;
          }
          return value;
        }
        /** An absolute path on the server (Windows or POSIX form), or undefined when not set. */
        absolutePath(name, example) {
          const value = this.string(name);
          if (value !== void 0 && !isAbsoluteAnywhere(value)) {
            this.fail(name, `Input '${name}' is '${value}': use an absolute path, e.g. ${example}.`);
          }
          return value;
        }
      }
      var msdeploy_command_line = __webpack_require__(6027);
      var iis_inputs = __webpack_require__(6158);
      var target_folder_rules = __webpack_require__(6900);
      var iis_features = __webpack_require__(4962);
      var provision = __webpack_require__(6164);
      var glob = __webpack_require__(5153);
      var msdeploy = __webpack_require__(6999);
      var robocopy = __webpack_require__(5058);
      var releases = __webpack_require__(5217);
      ;
      const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
      const JSON_PATH = /^[^.=\s][^=]*$/;
      const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
      const HOSTING_BUNDLE_SPEC = /^(?:\d+\.\d+|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
      function pathApi(platform) {
        return platform === "win32" ? external_node_path_default().win32 : external_node_path_default().posix;
      }
      function inWorkspace(scope, name, value, mustStayInside) {
        const { p, workspace, c } = scope;
        const resolved = p.resolve(workspace, value);
        const relative = p.relative(workspace, resolved);
        if (mustStayInside && (relative.startsWith("..") || p.isAbsolute(relative))) {
          c.fail(name, `Input '${name}' is '${value}', which resolves to '${resolved}' outside the workspace '${workspace}': use a path inside the workspace.`);
        }
        return resolved;
      }
      function relativeGlobs(c, name, values) {
        return values.map((value) => {
          const normalized = value.replace(/\\/g, "/");
          if (isAbsoluteAnywhere(value) || normalized.split("/").includes("..")) {
            c.fail(name, `Input '${name}' has '${value}': use a path relative to the app folder, without '..'.`);
          }
          return normalizeListPath(value);
        });
      }
      function normalizeListPath(value) {
        return value.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
      }
      function readTargetInputs(scope) {
        const { c } = scope;
        const source = inWorkspace(scope, "source", c.raw("source"), true);
        const site = c.string("site");
        if (site !== void 0)
          c.fromStep(() => (0, iis_inputs.rJ)("site", site), void 0);
        const application = c.fromStep(() => (0, iis_inputs.nP)(c.raw("application")), "/");
        const appPool = c.string("app-pool");
        if (appPool !== void 0)
          c.fromStep(() => (0, iis_inputs.rJ)("app-pool", appPool), void 0);
        const physicalPath = c.string("physical-path");
        if (physicalPath !== void 0 && !isAbsoluteAnywhere(physicalPath)) {
          c.fail("physical-path", `Input 'physical-path' is '${physicalPath}': use an absolute path on the server, e.g. C:\\inetpub\\MySite.`);
        }
        const stateDir = c.absolutePath("state-dir", "C:\\ProgramData\\iis-deploy");
        return {
          source,
          sourceIsZip: /\.zip$/i.test(source),
          site,
          application,
          appPool,
          physicalPath,
          stateDir,
          target: c.oneOf("target", TARGETS),
          dryRun: c.boolean("dry-run"),
          rollback: c.boolean("rollback"),
          diagnose: c.boolean("diagnose"),
          diagnoseStdoutLog: c.boolean("diagnose-stdout-log"),
          appcmdPath: c.string("appcmd-path"),
          msdeployPath: c.string("msdeploy-path"),
          iisexpressPath: c.string("iisexpress-path")
        };
      }
      function readSyncInputs(scope, defaultReleaseId2) {
        const { c } = scope;
        const msdeployUrl = c.httpUrl("msdeploy-url");
        const methodInput = c.oneOf("method", METHODS);
        const releaseId = c.string("release-id") ?? defaultReleaseId2;
        c.fromStep(() => (0, releases.nZ)(releaseId), releaseId);
        const method = methodInput === "auto" ? msdeployUrl ? "msdeploy" : "robocopy" : methodInput;
        const strategy = c.oneOf("strategy", STRATEGIES);
        const exclude = c.list("exclude").map((value) => value.replace(/\\/g, "/").replace(/^\.\//, ""));
        const preserve = c.list("preserve").map(normalizeListPath);
        c.fromStep(() => {
          (0, glob.Yk)(exclude, "exclude");
          (0, planner.iI)(preserve);
          if (method === "msdeploy")
            (0, msdeploy.cm)(exclude, preserve).map(msdeploy.SZ);
          else if (strategy === "in-place")
            (0, robocopy.xj)("C:\\source", "C:\\target", exclude, preserve);
        }, void 0);
        const appOfflineRaw = c.string("app-offline-file");
        return {
          msdeployUrl,
          method,
          strategy,
          releaseId,
          keepReleases: c.integer("keep-releases", 1, 1e3),
          takeOffline: c.oneOf("take-offline", TAKE_OFFLINE_MODES),
          // The user's page is served to visitors: only a file of the repository, never any file of the machine.
          appOfflineFile: appOfflineRaw === void 0 ? void 0 : inWorkspace(scope, "app-offline-file", appOfflineRaw, true),
          stopTimeoutMs: c.integer("stop-timeout", 1, 3600, " of seconds") * 1e3,
          killWorkers: c.boolean("kill-workers"),
          keepOfflineOnFailure: c.boolean("keep-offline-on-failure"),
          deleteExtra: c.boolean("delete-extra"),
          exclude,
          preserve,
          backup: c.boolean("backup"),
          checksum: c.boolean("checksum")
        };
      }
      function readWebConfigInputs(scope) {
        const { c } = scope;
        const appName = c.string("app-name");
        if (appName !== void 0 && !SAFE_NAME.test(appName)) {
          c.fail("app-name", `Input 'app-name' is '${appName}': use the assembly name, e.g. MyApp (no path, no extension).`);
        }
        return {
          webConfig: c.oneOf("web-config", WEB_CONFIG_MODES),
          appName,
          selfContained: c.optionalBoolean("self-contained"),
          hostingModel: c.isSet("hosting-model") ? c.oneOf("hosting-model", HOSTING_MODELS) : void 0,
          environment: c.string("environment"),
          environmentVariables: [
            ...c.nameValues("environment-variables", false, ENV_NAME, "NAME"),
            ...c.nameValues("secret-environment-variables", true, ENV_NAME, "NAME")
          ],
          // Read into web.config (and so onto the server): only files of the repository.
          xdtTransforms: c.list("xdt-transforms").map((file) => inWorkspace(scope, "xdt-transforms", file, true)),
          jsonVariables: [
            ...c.nameValues("json-variables", false, JSON_PATH, "Path.To.Key"),
            ...c.nameValues("secret-json-variables", true, JSON_PATH, "Path.To.Key")
          ],
          jsonFiles: relativeGlobs(c, "json-files", c.list("json-files")),
          jsonAddMissing: c.boolean("json-add-missing")
        };
      }
      function readHostingBundleInputs(scope) {
        const { c } = scope;
        const raw = c.raw("hosting-bundle");
        const keyword = HOSTING_BUNDLE_KEYWORDS.find((k) => k === raw.toLowerCase());
        if (keyword === void 0 && !HOSTING_BUNDLE_SPEC.test(raw)) {
          c.fail("hosting-bundle", `Input 'hosting-bundle' is '${raw}': use none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11).`);
        }
        const hostingBundleArgs = c.list("hosting-bundle-args", /\s+/);
        c.fromStep(() => (0, inputs.Zf)(hostingBundleArgs), []);
        const hostingBundleUrl = c.httpUrl("hosting-bundle-url");
        let hostingBundleSha512 = c.string("hosting-bundle-sha512")?.toLowerCase();
        if (hostingBundleSha512 !== void 0 && !/^[0-9a-f]{128}$/.test(hostingBundleSha512)) {
          c.fail("hosting-bundle-sha512", `Input 'hosting-bundle-sha512' is '${hostingBundleSha512}': use the 128 hex digits of the installer's SHA-512.`);
          hostingBundleSha512 = void 0;
        }
        if (hostingBundleUrl === void 0 !== (c.string("hosting-bundle-sha512") === void 0)) {
          c.fail(hostingBundleUrl === void 0 ? "hosting-bundle-url" : "hosting-bundle-sha512", `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: set both to install from your own mirror, or neither.`);
        }
        const releaseMetadataUrl = c.httpUrl("release-metadata-url");
        const restartIis = c.oneOf("restart-iis", inputs.jc);
        c.alsoFromStep(() => (0, inputs.XE)({
          hostingBundle: raw,
          hostingBundleArgs,
          hostingBundleUrl: c.string("hosting-bundle-url"),
          hostingBundleSha512: c.string("hosting-bundle-sha512"),
          releaseMetadataUrl: c.string("release-metadata-url"),
          restartIis
        }));
        return {
          hostingBundle: keyword ?? raw,
          hostingBundleArgs,
          hostingBundleUrl,
          hostingBundleSha512,
          releaseMetadataUrl,
          restartIis
        };
      }
      function readProvisionInputs(scope) {
        const { c } = scope;
        const bindings = c.fromStep(() => (0, iis_bindings.QQ)(c.list("bindings")), []).map((b) => ({ ...b, protocol: b.protocol, text: (0, appcmd.VT)(b) }));
        const iisFeatures = c.list("iis-features");
        c.fromStep(() => (0, iis_features.he)(iisFeatures), []);
        const thumbprintRaw = c.string("certificate-thumbprint");
        const thumbprint = thumbprintRaw === void 0 ? void 0 : (0, provision.p7)(thumbprintRaw);
        if (thumbprintRaw !== void 0 && thumbprint === void 0) {
          c.fail("certificate-thumbprint", `Input 'certificate-thumbprint' is '${thumbprintRaw}': use the certificate's 40 hex digit thumbprint.`);
        }
        const certificateStore = c.raw("certificate-store");
        if (!/^[A-Za-z][A-Za-z0-9 ]*$/.test(certificateStore)) {
          c.fail("certificate-store", `Input 'certificate-store' is '${certificateStore}': use a store name such as My or WebHosting.`);
        }
        const authentication = c.list("authentication").flatMap((line) => c.fromStep(() => [(0, iis_inputs.a1)(line)], []));
        const poolEnvironmentVariables = [
          ...c.nameValues("pool-environment-variables", false, ENV_NAME, "NAME"),
          ...c.nameValues("secret-pool-environment-variables", true, ENV_NAME, "NAME")
        ];
        for (const variable of poolEnvironmentVariables) {
          const input = variable.secret ? "secret-pool-environment-variables" : "pool-environment-variables";
          for (const problem of (0, iis_inputs.uk)(variable.name, variable.value))
            c.fail(input, `Input '${input}': ${problem}.`);
        }
        return {
          create: c.boolean("create"),
          bindings,
          poolIdentity: c.fromStep(() => (0, iis_inputs.Cs)(c.raw("pool-identity")), "ApplicationPoolIdentity"),
          loadUserProfile: c.boolean("load-user-profile"),
          grantAccess: c.boolean("grant-access"),
          iisFeatures,
          certificateThumbprint: thumbprint?.toUpperCase(),
          certificateStore,
          authentication,
          poolEnvironmentVariables
        };
      }
      function readRemoteInputs(scope) {
        const { c } = scope;
        return {
          msdeployUsername: c.string("msdeploy-username"),
          msdeployPassword: c.exact("msdeploy-password"),
          msdeployAuthType: c.oneOf("msdeploy-auth-type", MSDEPLOY_AUTH_TYPES),
          allowUntrusted: c.boolean("allow-untrusted")
        };
      }
      function readHealthInputs(scope) {
        const { c } = scope;
        const healthCheckHost = c.string("health-check-host");
        if (healthCheckHost !== void 0 && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(healthCheckHost)) {
          c.fail("health-check-host", `Input 'health-check-host' is '${healthCheckHost}': use a host name such as www.example.com.`);
        }
        const healthCheckStatus = [];
        for (const code of c.list("health-check-status", /,/)) {
          const n = /^\d{3}$/.test(code) ? Number(code) : NaN;
          if (!(n >= 100 && n <= 599)) {
            c.fail("health-check-status", `Input 'health-check-status' has '${code}': use HTTP status codes (100-599), comma separated.`);
          } else
            healthCheckStatus.push(n);
        }
        return {
          healthCheckUrl: c.httpUrl("health-check-url"),
          healthCheckHost,
          healthCheckStatus,
          healthCheckContains: c.string("health-check-contains"),
          healthCheckTimeoutMs: c.integer("health-check-timeout", 1, 3600, " of seconds") * 1e3
        };
      }
      ;
      function stepsForAll(o) {
        const remote = o.msdeployUrl !== void 0;
        return PIPELINE_STEPS.filter((step) => {
          switch (step) {
            case "iis-features":
              return o.iisFeatures.length > 0 && o.target === "iis";
            case "hosting-bundle":
              return o.hostingBundle !== "none" && o.target === "iis";
            // Provisioning, offline and online run appcmd on this machine: not for a remote Web Deploy target.
            case "provision":
            case "offline":
            case "online":
              return o.target === "iis" && !remote && o.site !== void 0;
            case "web-config":
            case "sync":
              return true;
            case "health-check":
              return o.healthCheckUrl !== void 0;
          }
        });
      }
      function readSteps(c, o) {
        const stepsRaw = c.list("steps", /,/).map((s) => s.toLowerCase());
        const allSteps = stepsRaw.length === 0 || stepsRaw.length === 1 && stepsRaw[0] === "all";
        if (allSteps)
          return { steps: stepsForAll(o), allSteps };
        for (const step of stepsRaw) {
          if (!PIPELINE_STEPS.includes(step)) {
            c.fail("steps", `Input 'steps' has '${step}': allowed are 'all' or a comma list of ${listAllowed(PIPELINE_STEPS)}.`);
          }
        }
        return { steps: PIPELINE_STEPS.filter((s) => stepsRaw.includes(s)), allSteps };
      }
      function provisionWrites(o) {
        return o.create || o.poolEnvironmentVariables.length > 0 || o.authentication.length > 0 || o.certificateThumbprint !== void 0;
      }
      function iisOnlyInputsSet(c) {
        return INPUT_NAMES.filter((name) => {
          const used = inputSpec(name).steps;
          if (used.length === 0 || used.some((s) => s !== "provision" && s !== "offline" && s !== "online"))
            return false;
          if (!c.isSet(name) || c.raw(name).toLowerCase() === INPUT_DEFAULTS[name].toLowerCase())
            return false;
          const value = c.raw(name).toLowerCase();
          return !(name === "take-offline" && value === "none" || name === "grant-access" && value === "false");
        });
      }
      function isInside(parent, child, p) {
        const relative = p.relative(parent, child);
        return relative === "" || !relative.startsWith("..") && !p.isAbsolute(relative);
      }
      function checkCombinations(c, o, context) {
        const { steps, site, target, strategy, physicalPath, takeOffline } = o;
        const remote = o.msdeployUrl !== void 0;
        const needsSite = steps.filter((s) => s === "provision" || s === "offline" || s === "online" || s === "sync" && (remote || strategy === "releases" || physicalPath === void 0));
        if (target === "iis" && site === void 0 && o.action === "deploy") {
          const iisOnly = remote ? [] : iisOnlyInputsSet(c);
          if (needsSite.length > 0) {
            c.fail("site", `Input 'site' is required for the steps ${needsSite.join(", ")}: set the IIS site name.`);
          } else if (iisOnly.length > 0) {
            c.fail("site", `Input 'site' is required with ${iisOnly.map((n) => `'${n}'`).join(", ")}: these configure IIS, and without a site no IIS step runs. Set the IIS site name.`);
          }
        }
        if (site !== void 0 && steps.includes("provision") && provisionWrites(o)) {
          c.fromStep(() => (0, iis_inputs.rJ)("site", site, true), void 0);
          if (o.appPool !== void 0)
            c.fromStep(() => (0, iis_inputs.rJ)("app-pool", o.appPool, true), void 0);
        }
        if (o.create && physicalPath === void 0 && target === "iis") {
          c.fail("physical-path", `Input 'physical-path' is required with 'create: true': set the folder the new site or application serves.`);
        }
        if (physicalPath !== void 0 && !remote && !o.sourceIsZip && target === "iis") {
          const problem = (0, target_folder_rules.M$)(o.source, physicalPath, `'physical-path'`);
          if (problem)
            c.fail("physical-path", `Input 'physical-path' is '${physicalPath}': ${problem}`);
        }
        if (o.method === "robocopy" && remote) {
          c.fail("method", `Input 'method' is 'robocopy' but 'msdeploy-url' is set: a remote target needs 'method: msdeploy' (or 'auto').`);
        }
        if (remote) {
          if (o.create)
            c.fail("create", `Input 'create' is 'true' but 'msdeploy-url' is set: a remote target is provisioned on its server, not through Web Deploy.`);
          if (strategy === "releases")
            c.fail("strategy", `Input 'strategy' is 'releases' but 'msdeploy-url' is set: release folders need local IIS; use 'strategy: in-place' for a remote target.`);
          if (takeOffline === "stop-pool" || takeOffline === "both") {
            c.fail("take-offline", `Input 'take-offline' is '${takeOffline}' but 'msdeploy-url' is set: a remote pool cannot be stopped; use 'app-offline' or 'auto'.`);
          }
          if (target === "iis-express")
            c.fail("target", `Input 'target' is 'iis-express' but 'msdeploy-url' is set: IIS Express runs on this machine only.`);
        } else if (o.msdeployUsername !== void 0 || o.msdeployPassword !== void 0) {
          context.reporter.warning(`Inputs 'msdeploy-username'/'msdeploy-password' are ignored: 'msdeploy-url' is not set, so the target is local.`);
        }
        if (o.method === "msdeploy") {
          const carried = [
            ["msdeploy-password", o.msdeployPassword, true],
            ["msdeploy-username", o.msdeployUsername, false],
            ["site", site, false]
          ];
          for (const [name, value, secret] of carried) {
            const problem = value === void 0 ? void 0 : (0, msdeploy_command_line._t)(value);
            if (problem) {
              c.fail(name, `Input '${name}'${secret ? "" : ` is '${value}' and`} cannot be passed to msdeploy: ${problem}.`);
            }
          }
        }
        if (o.msdeployPassword !== void 0 && o.msdeployUsername === void 0 && remote && o.msdeployAuthType === "Basic") {
          c.fail("msdeploy-username", `Input 'msdeploy-username' is empty but 'msdeploy-password' is set: Basic authentication needs both.`);
        }
        if (o.webConfig === "skip" && (o.environment !== void 0 || o.environmentVariables.length > 0 || o.xdtTransforms.length > 0)) {
          c.fail("web-config", `Input 'web-config' is 'skip' but environment, environment variables or XDT transforms are set: use 'web-config: transform' to write them.`);
        }
        if (steps.includes("health-check") && o.healthCheckUrl === void 0) {
          c.fail("health-check-url", `Input 'health-check-url' is required when 'steps' lists health-check.`);
        }
        if (!o.allSteps && steps.includes("offline") !== steps.includes("online")) {
          c.fail("steps", `Input 'steps' lists ${steps.includes("offline") ? "offline without online" : "online without offline"}: list both, so the app never stays offline.`);
        }
        if (o.certificateThumbprint === void 0 && o.create && o.bindings.some((b) => b.protocol === "https")) {
          context.reporter.warning(`A created https binding has no certificate: set 'certificate-thumbprint', or bind one yourself.`);
        }
        checkStateDir(c, o, context);
      }
      function checkStateDir(c, o, context) {
        if (o.stateDir === void 0)
          return;
        const p = pathApi(context.platform);
        const windowsForm = (value) => /^[A-Za-z]:|^\\\\/.test(value) || value.includes("\\");
        const inside = (folder) => {
          const windows = context.platform === "win32" || windowsForm(folder) || windowsForm(o.stateDir);
          const api = windows ? pathApi("win32") : p;
          const fold = (value) => windows ? api.resolve(value).toLowerCase() : api.resolve(value);
          return isInside(fold(folder), fold(o.stateDir), api);
        };
        const sourceFolder = o.sourceIsZip ? void 0 : o.source;
        if (sourceFolder !== void 0 && inside(sourceFolder)) {
          c.fail("state-dir", `Input 'state-dir' is '${o.stateDir}', inside the source folder '${sourceFolder}': it would be deployed with the app. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`);
        } else if (o.physicalPath !== void 0 && inside(o.physicalPath)) {
          c.fail("state-dir", `Input 'state-dir' is '${o.stateDir}', inside the web root '${o.physicalPath}': backups there would be served over HTTP. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`);
        }
      }
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var web_deploy_package = __webpack_require__(9204);
      ;
      const XML_NAME = /^[^=\s][^=]*$/;
      const PARAMETER_NAME = /^[^=\s"][^="]*$/;
      function relativeToApp(c, values) {
        return values.map((value) => {
          const normalized = value.replace(/\\/g, "/").replace(/^\.\//, "");
          if (/^([A-Za-z]:|\/)/.test(normalized) || normalized.split("/").includes("..")) {
            c.fail("xml-files", `Input 'xml-files' has '${value}': use a path relative to the app folder, without '..'.`);
          }
          return normalized;
        });
      }
      function readPackageInputs(scope) {
        const { c } = scope;
        const setParametersFileRaw = c.string("set-parameters-file");
        const msdeploySkip = c.list("msdeploy-skip");
        for (const line of msdeploySkip)
          c.fromStep(() => (0, web_deploy_package.E8)(line), "");
        const msdeployFlags = c.list("msdeploy-flags");
        c.fromStep(() => (0, web_deploy_package.eN)(msdeployFlags), void 0);
        return {
          // Read on this machine and its values sent to the server: only a file of the repository.
          setParametersFile: setParametersFileRaw === void 0 ? void 0 : inWorkspace(scope, "set-parameters-file", setParametersFileRaw, true),
          setParameters: [
            ...c.nameValues("set-parameters", false, PARAMETER_NAME, "parameter name"),
            ...c.nameValues("secret-set-parameters", true, PARAMETER_NAME, "parameter name")
          ],
          msdeploySkip,
          msdeployFlags,
          xmlVariables: [
            ...c.nameValues("xml-variables", false, XML_NAME, "NAME"),
            ...c.nameValues("secret-xml-variables", true, XML_NAME, "NAME")
          ],
          xmlFiles: relativeToApp(c, c.list("xml-files"))
        };
      }
      function checkPackageCombinations(c, o) {
        const packageInputs = [
          ["set-parameters-file", o.setParametersFile !== void 0],
          ["set-parameters", o.setParameters.some((p) => !p.secret)],
          ["secret-set-parameters", o.setParameters.some((p) => p.secret)]
        ];
        for (const [name, set] of packageInputs) {
          if (set && !o.sourceIsZip) {
            c.fail(name, `Input '${name}' sets Web Deploy package parameters, but 'source' is not a .zip: point 'source' at the package (dotnet publish -p:WebPublishMethod=Package).`);
          }
        }
        for (const [name, set] of [
          ["msdeploy-skip", o.msdeploySkip.length > 0],
          ["msdeploy-flags", o.msdeployFlags.length > 0]
        ]) {
          if (set && o.method !== "msdeploy" && !o.sourceIsZip) {
            c.fail(name, `Input '${name}' is for Web Deploy, but 'method' is '${o.method}': set 'method: msdeploy'.`);
          }
        }
        const flags = (() => {
          try {
            return (0, web_deploy_package.eN)(o.msdeployFlags);
          } catch {
            return void 0;
          }
        })();
        if (flags?.disabledRules.includes("DoNotDeleteRule") || flags?.enabledRules.includes("DoNotDeleteRule") && o.deleteExtra) {
          c.fail("msdeploy-flags", `Input 'msdeploy-flags' changes DoNotDeleteRule: 'delete-extra' decides it (false: the rule is on; true: off). Remove the line and set 'delete-extra'.`);
        }
      }
      var pool_inputs = __webpack_require__(5571);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      var certificate = __webpack_require__(6108);
      ;
      function readCertificateInputs(scope, given, reporter) {
        const { c } = scope;
        const fileRaw = c.string("certificate-pfx-file");
        const certificatePfxFile = fileRaw === void 0 ? void 0 : inWorkspace(scope, "certificate-pfx-file", fileRaw, true);
        let pfxFileBytes;
        if (certificatePfxFile !== void 0) {
          try {
            pfxFileBytes = external_node_fs_default().readFileSync(certificatePfxFile);
          } catch (error) {
            c.fail("certificate-pfx-file", `Input 'certificate-pfx-file' is '${fileRaw}': cannot read '${certificatePfxFile}' (${error.code ?? "error"}). Give the path of the .pfx in the workspace.`);
          }
        }
        const pfxBase64 = c.exact("certificate-pfx");
        const certificatePfxPassword = c.exact("certificate-pfx-password");
        const certificatePfx = c.fromStep(() => (0, certificate.eR)({
          pfxBase64: pfxBase64?.trim() === "" ? void 0 : pfxBase64,
          pfxFileBytes,
          password: certificatePfxPassword,
          thumbprint: given.certificateThumbprint,
          store: given.certificateStore
        }), void 0);
        if (certificatePfx)
          reporter.registerSecret(certificatePfx.base64);
        return {
          certificatePfx,
          certificatePfxFile,
          certificatePfxPassword,
          certificateThumbprint: certificatePfx?.thumbprint ?? given.certificateThumbprint
        };
      }
      function checkCertificateCombinations(c, o) {
        if (o.certificatePfx === void 0 || o.action !== "deploy")
          return;
        const input = o.certificatePfx.input;
        if (o.msdeployUrl !== void 0)
          c.fail(input, `Input '${input}' is set but 'msdeploy-url' is set: a PFX is imported into this machine's LocalMachine\\My; import it on the remote server, then give 'certificate-thumbprint'.`);
        else if (o.target !== "iis" || !o.steps.includes("provision"))
          c.fail(input, `Input '${input}' is set but the provision step does not run (${o.target !== "iis" ? `target '${o.target}'` : o.site === void 0 ? "no 'site'" : "'steps' does not list provision"}): the PFX would be ignored. ${o.site === void 0 ? "Set 'site'" : "Add provision to 'steps'"}, or remove the PFX.`);
      }
      ;
      function readCommand(c, name) {
        const argv = c.list(name);
        const program = argv[0];
        if (program !== void 0 && /^(cmd(\.exe)?|powershell(\.exe)?|pwsh(\.exe)?|sh|bash)$/i.test(program.trim()))
          c.fail(name, `Input '${name}' starts with '${program}', a shell: give the program and its arguments one per line (e.g. C:\\lb\\drain.exe, then --node, then web01); no shell runs them.`);
        if (program !== void 0 && /\s/.test(program) && !isAbsoluteAnywhere(program))
          c.fail(name, `Input '${name}' has '${program}' as its program: write one argument per line, the program on the first.`);
        return argv;
      }
      function readManagementInputs(scope) {
        const { c } = scope;
        return {
          subApplicationHandler: c.oneOf("sub-application-handler", SUB_APPLICATION_HANDLER_MODES),
          replaceBindings: c.boolean("replace-bindings"),
          // The runners fill an unset input with its default: only another value says "these bindings".
          bindingsGiven: c.list("bindings").join("\n").toLowerCase() !== splitList(INPUT_DEFAULTS.bindings).join("\n").toLowerCase(),
          drainCommand: readCommand(c, "drain-command"),
          drainUrl: c.httpUrl("drain-url"),
          undrainCommand: readCommand(c, "undrain-command"),
          undrainUrl: c.httpUrl("undrain-url"),
          action: c.oneOf("action", ACTIONS)
        };
      }
      function checkManagementCombinations(c, o) {
        const remote = o.msdeployUrl !== void 0;
        if (o.drainCommand.length > 0 && o.drainUrl !== void 0)
          c.fail("drain-url", `Inputs 'drain-command' and 'drain-url' are both set: use one way to drain.`);
        if (o.undrainCommand.length > 0 && o.undrainUrl !== void 0)
          c.fail("undrain-url", `Inputs 'undrain-command' and 'undrain-url' are both set: use one way to undrain.`);
        const drains = o.drainCommand.length > 0 || o.drainUrl !== void 0;
        const undrains = o.undrainCommand.length > 0 || o.undrainUrl !== void 0;
        if (drains !== undrains)
          c.fail(drains ? "undrain-command" : "drain-command", `Input '${drains ? "drain" : "undrain"}-command'/'-url' is set without its pair: a server drained from the load balancer must be put back, so set both.`);
        if (drains && o.action === "deploy" && !o.steps.includes("health-check"))
          c.fail("health-check-url", `Inputs 'drain-command'/'drain-url' need the health check ('health-check-url'): the server is put back into the load balancer only once it answers as expected.`);
        if (drains && o.action !== "deploy")
          c.fail("action", `Input 'action' is '${o.action}': the drain hooks are for deploys only.`);
        if (o.method === "msdeploy" && !remote && o.strategy === "releases" && o.action === "deploy")
          c.fail("strategy", `Input 'strategy' is 'releases' with 'method: msdeploy' on this machine: Web Deploy syncs into the live folder and cannot create release folders. Use 'method: robocopy' (or auto) with 'strategy: releases', or 'strategy: in-place' with msdeploy.`);
        if (o.replaceBindings && !o.bindingsGiven)
          c.fail("replace-bindings", `Input 'replace-bindings' is 'true' but 'bindings' is not set: list the bindings the site must have.`);
        if (o.action !== "deploy") {
          if (remote)
            c.fail("action", `Input 'action' is '${o.action}' but 'msdeploy-url' is set: manage actions run appcmd on this machine.`);
          if (o.site === void 0 && o.appPool === void 0)
            c.fail("action", `Input 'action' is '${o.action}': set 'site' (with 'application' for an application) or 'app-pool' to say what to ${o.action}.`);
        }
      }
      ;
      function defaultReleaseId(context) {
        if (context.runNumber)
          return context.runAttempt ? `${context.runNumber}-${context.runAttempt}` : context.runNumber;
        return (context.now?.() ?? /* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
      }
      async function readDeployOptions(read, context) {
        const given = (name) => (read(name) ?? "").trim() !== "";
        if (given("certificate-pfx") || given("certificate-pfx-file"))
          await (0, certificate.oQ)();
        return parseDeployOptions(read, context);
      }
      function parseDeployOptions(read, context) {
        registerSecretInputs(read, context.reporter);
        const c = new InputCollector(read);
        const p = pathApi(context.platform);
        const scope = { c, context, p, workspace: p.resolve(context.workspace) };
        const provision2 = readProvisionInputs(scope);
        const read_ = {
          ...readTargetInputs(scope),
          ...readSyncInputs(scope, defaultReleaseId(context)),
          ...readWebConfigInputs(scope),
          ...readHostingBundleInputs(scope),
          ...provision2,
          ...readCertificateInputs(scope, provision2, context.reporter),
          ...(0, pool_inputs.G)(c, c.raw("pool-identity")),
          ...readRemoteInputs(scope),
          ...readHealthInputs(scope),
          ...readPackageInputs(scope),
          ...readManagementInputs(scope),
          workspace: scope.workspace,
          tempDir: context.env.RUNNER_TEMP || context.env.AGENT_TEMPDIRECTORY || external_node_os_default().tmpdir()
        };
        const options = {
          ...read_,
          ...read_.action === "deploy" ? readSteps(c, read_) : { steps: [], allSteps: false }
        };
        checkCombinations(c, options, context);
        checkPackageCombinations(c, options);
        checkManagementCombinations(c, options);
        checkCertificateCombinations(c, options);
        if (c.errors.length > 0) {
          const rank = (input) => {
            const index = INPUT_NAMES.indexOf(input);
            return index < 0 ? INPUT_NAMES.length : index;
          };
          throw new errors.G([...c.errors].sort((a, b) => rank(a.input) - rank(b.input)));
        }
        return options;
      }
      ;
      ;
    })
  ),
  /***/
  5571: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G: () => (
          /* binding */
          readPoolInputs
        ),
        /* harmony export */
        l: () => (
          /* binding */
          poolSettingsGiven
        )
        /* harmony export */
      });
      var _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1883);
      var _steps_iis_pool_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1976);
      var _steps_iis_virtual_directories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9918);
      var _steps_web_config_app_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9631);
      function timeSpan(c, name, range) {
        const value = c.string(name);
        return value === void 0 ? void 0 : c.fromStep(() => (0, _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.RG)(value, name, range), void 0);
      }
      function wholeNumber(c, name, range) {
        const value = c.string(name);
        if (value === void 0)
          return void 0;
        if (!/^\d+$/.test(value)) {
          c.fail(name, `Input '${name}' is '${value}': use a whole number from ${range.min} to ${range.max}.`);
          return void 0;
        }
        return c.fromStep(() => (0, _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.cd)(Number(value), name, range), void 0);
      }
      function readPoolInputs(c, poolIdentity) {
        const poolUsername = c.string("pool-username");
        const poolPassword = c.exact("pool-password");
        c.fromStep(() => (0, _steps_iis_pool_identity_js__WEBPACK_IMPORTED_MODULE_1__.Qf)(poolIdentity, poolUsername, poolPassword), void 0);
        const schedule = c.list("pool-recycle-schedule");
        const startMode = c.string("pool-start-mode");
        return {
          poolUsername,
          poolPassword,
          appKind: c.oneOf("app-kind", _steps_web_config_app_kind_js__WEBPACK_IMPORTED_MODULE_3__.Ax),
          poolRuntimeVersion: c.oneOf("pool-runtime-version", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.Lz),
          poolPipelineMode: c.oneOf("pool-pipeline-mode", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.m8),
          pool32bit: c.optionalBoolean("pool-32bit"),
          poolStartMode: startMode === void 0 ? void 0 : c.oneOf("pool-start-mode", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.ai),
          poolIdleTimeout: timeSpan(c, "pool-idle-timeout", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.FG),
          poolRecycleTime: timeSpan(c, "pool-recycle-time", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.mq),
          poolRecycleSchedule: schedule.length === 0 ? void 0 : c.fromStep(() => (0, _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__._M)(schedule), void 0),
          poolQueueLength: wholeNumber(c, "pool-queue-length", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.FJ),
          poolRapidFailProtection: c.optionalBoolean("pool-rapid-fail-protection"),
          poolRapidFailInterval: timeSpan(c, "pool-rapid-fail-interval", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.gp),
          poolRapidFailMaxCrashes: wholeNumber(c, "pool-rapid-fail-max-crashes", _steps_iis_pool_settings_js__WEBPACK_IMPORTED_MODULE_0__.Rt),
          virtualDirectories: c.fromStep(() => (0, _steps_iis_virtual_directories_js__WEBPACK_IMPORTED_MODULE_2__.UQ)(c.list("virtual-directories")), [])
        };
      }
      function poolSettingsGiven(o) {
        return o.pool32bit !== void 0 || o.poolStartMode !== void 0 || o.poolIdleTimeout !== void 0 || o.poolRecycleTime !== void 0 || o.poolRecycleSchedule !== void 0 || o.poolQueueLength !== void 0 || o.poolRapidFailProtection !== void 0 || o.poolRapidFailInterval !== void 0 || o.poolRapidFailMaxCrashes !== void 0 || o.poolUsername !== void 0 || o.virtualDirectories.length > 0;
      }
    })
  ),
  /***/
  9827: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Lk: () => (
          /* binding */
          settleLedger
        ),
        /* harmony export */
        Zy: () => (
          /* binding */
          describeOpenChanges
        ),
        /* harmony export */
        a_: () => (
          /* binding */
          archiveLedger
        ),
        /* harmony export */
        qW: () => (
          /* binding */
          recoverInterruptedRun
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6441);
      var _steps_diagnosis_stdout_log_switch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(414);
      function undoNeeded(mutation, mode) {
        if (mode === "none")
          return false;
        if (mode === "all")
          return true;
        return mutation.status === "started" || mutation.status === "failed";
      }
      async function runContentUndo(action, repairs, ledger, step) {
        switch (action.kind) {
          case "restore-backup": {
            const offline = ledger.open(["stop-pool", "write-app-offline"]);
            if (offline.length === 0)
              await repairs.takeOfflineForRestore(ledger, step);
            return repairs.runUndo(action);
          }
          case "switch-physical-path":
            return repairs.runUndo(action);
          case "remove-folder":
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(action.folder, { recursive: true, force: true });
            return `removed ${action.folder}`;
          default:
            throw new Error(`Not a content undo: ${action.kind}`);
        }
      }
      async function settleLedger(ledger, repairs, options) {
        const result = {
          actions: [],
          problems: [],
          restoredPrevious: false,
          restored: [],
          partial: []
        };
        const attempt = async (mutation, fn) => {
          try {
            const note = await fn();
            if (note !== void 0) {
              ledger.revert(mutation, note);
              result.actions.push(note);
            }
          } catch (error) {
            result.problems.push(`Could not undo '${mutation.summary}': ${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error)}`);
          }
        };
        for (const mutation of ledger.open(["stdout-log"])) {
          const undo = mutation.undo;
          if (undo?.kind !== "restore-stdout-log")
            continue;
          await attempt(mutation, () => Promise.resolve((0, _steps_diagnosis_stdout_log_switch_js__WEBPACK_IMPORTED_MODULE_4__.Rp)(undo.file, undo.writtenSha256, undo.original)));
        }
        for (const mutation of ledger.open(_ledger_js__WEBPACK_IMPORTED_MODULE_3__.w8)) {
          if (!undoNeeded(mutation, options.undoContent))
            continue;
          const undo = mutation.undo;
          if (undo?.kind === "remove-folder" && mutation.status === "done")
            continue;
          if (!undo) {
            if (mutation.status !== "done")
              result.partial.push(`'${mutation.summary}' did not finish and there is no backup to undo it`);
            continue;
          }
          await attempt(mutation, async () => {
            const done = await runContentUndo(undo, repairs, ledger, options.step);
            if (undo.kind !== "remove-folder") {
              result.restoredPrevious = true;
              result.restored.push(done);
            }
            return done;
          });
        }
        for (const mutation of ledger.open(["backup"])) {
          if (mutation.status === "done" || mutation.undo?.kind !== "remove-folder")
            continue;
          const folder = mutation.undo.folder;
          await attempt(mutation, async () => {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(folder, { recursive: true, force: true });
            return `removed the incomplete backup ${folder}`;
          });
        }
        for (const mutation of ledger.open(["stop-pool", "write-app-offline"])) {
          const undo = mutation.undo;
          if (mutation.kind === "stop-pool" && undo?.kind === "start-pool") {
            await attempt(mutation, async () => {
              if (mutation.before?.poolState !== void 0 && mutation.before.poolState !== "Started")
                return `left app pool '${undo.pool}' ${mutation.before.poolState.toLowerCase()}, as the deploy found it`;
              await repairs.startPool(undo.pool);
              return `started app pool '${undo.pool}'`;
            });
          } else if (mutation.kind === "write-app-offline" && undo?.kind === "remove-app-offline") {
            if (options.keepAppOffline)
              continue;
            await attempt(mutation, async () => {
              await repairs.removeAppOffline(undo.file);
              return `removed ${undo.file}`;
            });
          }
        }
        return result;
      }
      function describeOpenChanges(record) {
        return (0, _ledger_js__WEBPACK_IMPORTED_MODULE_3__.hP)(record).filter((m) => !(m.kind === "backup" && m.status === "done")).filter((m) => !["iis-features", "hosting-bundle", "provision"].includes(m.kind) || m.status !== "done").map((m) => `${m.summary} (${m.status})`);
      }
      async function recoverInterruptedRun(options) {
        const record = (0, _ledger_js__WEBPACK_IMPORTED_MODULE_3__.SC)(options.file);
        if (!record || record.status !== "running")
          return void 0;
        const by = `${record.owner.description ? `${record.owner.description}, ` : ""}pid ${record.owner.pid} on ${record.owner.host}`;
        const found = (0, _ledger_js__WEBPACK_IMPORTED_MODULE_3__.hP)(record);
        const report = { startedAt: record.startedAt, by, actions: [], problems: [], found };
        if (options.dryRun) {
          report.actions = describeOpenChanges(record).map((change) => `would put back: ${change}`);
          return report;
        }
        options.reporter.warning(`Recovering from an interrupted deploy started at ${record.startedAt} (${by}): it stopped before it finished and left ${found.length} change(s) in effect.`);
        const ledger = new _ledger_js__WEBPACK_IMPORTED_MODULE_3__.td({
          file: options.file,
          scope: record.scope,
          target: record.target,
          now: options.now,
          host: options.host
        }, record);
        const settled = await settleLedger(ledger, options.repairs, {
          undoContent: record.verified ? "none" : "all",
          step: "recovery"
        });
        report.actions = settled.actions;
        report.problems = [
          ...settled.problems,
          ...settled.partial.map((p) => `${p}: the folder is partly updated; this run deploys over it.`)
        ];
        record.recovery = { by: options.runId, at: new Date(options.now()).toISOString(), actions: settled.actions };
        record.status = "recovered";
        record.endedAt = record.recovery.at;
        record.serverState = report.problems.length > 0 ? report.problems.join(" ") : "Repaired by the next run: see recovery.";
        ledger.setTarget({});
        for (const action of settled.actions)
          options.reporter.info(`Recovery: ${action}.`);
        for (const problem of report.problems)
          options.reporter.warning(`Recovery: ${problem}`);
        return report;
      }
      function archiveLedger(file, record, keep = 20) {
        const history = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), "history");
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(history, { recursive: true });
        const stamp = record.startedAt.replace(/[:.]/g, "-");
        const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file, ".json");
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(history, `${base}.${stamp}.${record.runId.slice(0, 8)}.json`));
        const mine = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(history).filter((name) => name.startsWith(`${base}.`)).sort();
        for (const old of mine.slice(0, Math.max(0, mine.length - keep)))
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(history, old), { force: true });
      }
    })
  ),
  /***/
  7044: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        I: () => (
          /* binding */
          acquireLock
        ),
        /* harmony export */
        Y: () => (
          /* binding */
          describeRunner
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      var _core_state_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1352);
      var _steps_iis_deploy_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3642);
      function describeRunner(env) {
        if (env.GITHUB_RUN_ID)
          return `GitHub run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
        if (env.BUILD_BUILDID)
          return `Azure DevOps build ${env.BUILD_BUILDID}`;
        return `iis-deploy pid ${process.pid}`;
      }
      async function acquireLock(ctx, scope) {
        const o = ctx.options;
        if (ctx.dryRun || o.target === "iis-express" || o.msdeployUrl)
          return void 0;
        const site = scope === "site" ? o.site : void 0;
        return (0, _steps_iis_deploy_lock_js__WEBPACK_IMPORTED_MODULE_2__.zE)({
          scope: site === void 0 ? "server" : "site",
          site,
          application: o.application,
          directory: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(ctx.stateDir, _core_state_dir_js__WEBPACK_IMPORTED_MODULE_1__.lu.locks),
          reporter: ctx.reporter,
          clock: ctx.ports.clock,
          signal: ctx.signal,
          description: describeRunner(ctx.ports.env),
          timeoutMs: ctx.timing.lockTimeoutMs
        });
      }
    })
  ),
  /***/
  3933: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Fv: () => (
          /* binding */
          defaultPoolName
        ),
        /* harmony export */
        RL: () => (
          /* binding */
          appcmdFor
        ),
        /* harmony export */
        WQ: () => (
          /* binding */
          uncancellable
        ),
        /* harmony export */
        aZ: () => (
          /* binding */
          resolveAppcmd
        ),
        /* harmony export */
        fX: () => (
          /* binding */
          WebConfigRejected
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
      class WebConfigRejected extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz {
        diagnostics;
        name = "WebConfigRejected";
        constructor(message, diagnostics) {
          super("web-config", message);
          this.diagnostics = diagnostics;
        }
      }
      function appcmdFor(ctx, appcmdPath) {
        return new _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.KG({
          runner: ctx.ports.runner,
          path: appcmdPath,
          reporter: ctx.reporter,
          clock: ctx.ports.clock,
          signal: ctx.signal
        });
      }
      async function resolveAppcmd(ctx) {
        return appcmdFor(ctx, await ctx.tool("appcmd"));
      }
      function uncancellable(ctx) {
        return { ...ctx, signal: new AbortController().signal };
      }
      function defaultPoolName(site, application) {
        return application === "/" ? site : `${site}${application.replace(/\//g, "_")}`;
      }
    })
  ),
  /***/
  2444: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Nv: () => (
          /* binding */
          recordStdoutLog
        ),
        /* harmony export */
        YQ: () => (
          /* binding */
          switchOffAfterHealthCheck
        ),
        /* harmony export */
        g0: () => (
          /* binding */
          switchOnInCopy
        ),
        /* harmony export */
        s9: () => (
          /* binding */
          stdoutLogNeedsCopy
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8862);
      var _steps_iis_permissions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5123);
      var _steps_diagnosis_stdout_log_switch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(414);
      var _shared_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3933);
      function wantsStdoutLog(o) {
        return o.diagnoseStdoutLog && o.diagnose && o.target === "iis" && !o.msdeployUrl && !o.dryRun;
      }
      function stdoutLogNeedsCopy(o) {
        return wantsStdoutLog(o);
      }
      function switchOnInCopy(ctx, app, file) {
        if (!wantsStdoutLog(ctx.options)) {
          if (ctx.options.diagnoseStdoutLog && !ctx.options.dryRun)
            ctx.reporter.info("diagnose-stdout-log: ignored: the log can only be switched and read on this machine's IIS (not with Web Deploy or IIS Express).");
          return void 0;
        }
        if (!app.staged || !file)
          return void 0;
        let text;
        try {
          text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8");
        } catch {
          return void 0;
        }
        const switched = (0, _steps_diagnosis_stdout_log_switch_js__WEBPACK_IMPORTED_MODULE_5__.d8)(text);
        if (!switched)
          return void 0;
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(file, switched.text);
        app.stdoutLog = {
          original: switched.original,
          writtenSha256: (0, _steps_diagnosis_stdout_log_switch_js__WEBPACK_IMPORTED_MODULE_5__.sc)(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file)),
          logFile: switched.logFile
        };
        return `aspNetCore: stdoutLogEnabled="true" for the first start (diagnose-stdout-log; switched off again after it)`;
      }
      async function recordStdoutLog(ctx, app, target, outcome) {
        const sw = app.stdoutLog;
        const folder = outcome.releasePath ?? target.physicalPath;
        if (!sw || !folder || target.kind !== "local-iis")
          return;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, "web.config");
        const mutation = ctx.ledger.begin("stdout-log", "sync", `stdout log on in ${file} for the first start`, {
          undo: { kind: "restore-stdout-log", file, writtenSha256: sw.writtenSha256, original: sw.original }
        });
        const prefix = sw.logFile.replace(/^\\\\\?\\/, "");
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(prefix) || node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(prefix);
        const logDir = absolute ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.dirname(prefix) : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(prefix.replace(/\\/g, "/"));
        try {
          const pool = target.appPool;
          const tree = pool ? await (await (0, _shared_js__WEBPACK_IMPORTED_MODULE_6__.aZ)(ctx)).readObject("apppool", pool) : void 0;
          const account = pool && (0, _steps_iis_permissions_js__WEBPACK_IMPORTED_MODULE_4__.BP)(tree ? (0, _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(tree, "processModel.identityType") : void 0, tree ? (0, _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(tree, "processModel.userName") : void 0, pool);
          if (!pool || !account) {
            ctx.reporter.warning(`diagnose-stdout-log: the pool's account is not known, so no write access was granted on ${logDir}: the module may not be able to create the log there.`);
            if (!absolute)
              node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, logDir), { recursive: true });
          } else {
            await (0, _steps_iis_permissions_js__WEBPACK_IMPORTED_MODULE_4__.$w)({
              runner: ctx.ports.runner,
              icaclsPath: await ctx.tool("icacls"),
              reporter: ctx.reporter,
              physicalPath: folder,
              pool,
              account,
              logsFolder: logDir,
              signal: ctx.signal
            });
          }
          ctx.ledger.done(mutation);
          ctx.reporter.info(`stdout log on for the first start (${sw.logFile}_*.log under ${folder}); it is switched off again after the health check.`);
        } catch (error) {
          ctx.ledger.done(mutation, { note: `the log folder's access was not granted: ${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error)}` });
          ctx.reporter.warning(`diagnose-stdout-log: could not prepare ${logDir} for the log: ${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error)}`);
        }
      }
      function switchOffAfterHealthCheck(ctx) {
        for (const mutation of ctx.ledger.open(["stdout-log"])) {
          const undo = mutation.undo;
          if (undo?.kind !== "restore-stdout-log")
            continue;
          try {
            const note = (0, _steps_diagnosis_stdout_log_switch_js__WEBPACK_IMPORTED_MODULE_5__.Rp)(undo.file, undo.writtenSha256, undo.original);
            ctx.ledger.revert(mutation, note);
            ctx.reporter.info(`${note}. IIS restarts the app on this change; the next request starts it with the configuration as deployed.`);
          } catch (error) {
            ctx.reporter.warning(`diagnose-stdout-log: could not switch the stdout log off in ${undo.file}: ${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error)}. Set stdoutLogEnabled="false" there by hand, or deploy again.`);
          }
        }
      }
    })
  ),
  /***/
  6900: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        M$: () => (
          /* binding */
          sourceTargetProblem
        ),
        /* harmony export */
        hR: () => (
          /* binding */
          physicalPathMismatch
        ),
        /* harmony export */
        ys: () => (
          /* binding */
          isSamePath
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      function pathApiOf(...paths) {
        return paths.some((p) => /^[A-Za-z]:|^\\\\/.test(p) || p.includes("\\")) ? node_path__WEBPACK_IMPORTED_MODULE_0___default().win32 : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix;
      }
      function normalize(value, api) {
        const resolved = api.resolve(value);
        return api === node_path__WEBPACK_IMPORTED_MODULE_0___default().win32 ? resolved.toLowerCase() : resolved;
      }
      function isSameOrInside(parent, child) {
        const api = pathApiOf(parent, child);
        const relative = api.relative(normalize(parent, api), normalize(child, api));
        return relative === "" || !relative.startsWith("..") && !api.isAbsolute(relative);
      }
      function isSamePath(a, b) {
        const api = pathApiOf(a, b);
        return normalize(a, api) === normalize(b, api);
      }
      function sourceTargetProblem(source, target, targetName) {
        const fix = `put the publish output ('source') and the site folder ('physical-path') in separate folders, neither inside the other`;
        if (isSamePath(source, target))
          return `the source folder and the target folder (${targetName}) are the same folder, ${target}: ${fix}.`;
        if (isSameOrInside(source, target))
          return `the target folder (${targetName}, ${target}) is inside the source folder ${source}, so the copy would copy into itself: ${fix}.`;
        if (isSameOrInside(target, source))
          return `the source folder ${source} is inside the target folder (${targetName}, ${target}), so the sync would overwrite or delete the source: ${fix}.`;
        return void 0;
      }
      function physicalPathMismatch(options) {
        const where = options.application === "/" ? `site '${options.site}'` : `application '${options.site}${options.application}'`;
        return `Input 'physical-path' is '${options.input}', but IIS serves ${where} from '${options.live}'. Set 'physical-path' to '${options.live}' (or leave it empty to use the folder IIS serves), or set 'create: true' to move the ${options.application === "/" ? "site" : "application"} to '${options.input}'.`;
      }
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
  450: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        s: () => (
          /* binding */
          NodeProcessLauncher
        )
        /* harmony export */
      });
      var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
      var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      const MAX_OUTPUT = 256 * 1024;
      const running = /* @__PURE__ */ new Set();
      let exitHookInstalled = false;
      function taskkillPath() {
        const windir = process.env["SystemRoot"] ?? process.env["windir"] ?? "C:\\Windows";
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().win32.join(windir, "System32", "taskkill.exe");
      }
      function killTreeNow(child) {
        if (child.pid === void 0 || child.exitCode !== null || child.signalCode !== null)
          return;
        try {
          if (process.platform === "win32")
            (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(taskkillPath(), ["/PID", String(child.pid), "/T", "/F"], {
              windowsHide: true,
              stdio: "ignore"
            });
          else
            process.kill(-child.pid, "SIGKILL");
        } catch {
        }
      }
      function installExitHook() {
        if (exitHookInstalled)
          return;
        exitHookInstalled = true;
        process.once("exit", () => {
          for (const child of running)
            killTreeNow(child);
        });
      }
      class NodeProcessLauncher {
        options;
        constructor(options = {}) {
          this.options = options;
        }
        launch(tool, args, options = {}) {
          const windows = process.platform === "win32";
          const keepAlive = options.keepAlive;
          let logFd;
          if (keepAlive) {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(keepAlive.logFile), { recursive: true });
            logFd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(keepAlive.logFile, "a");
          }
          const child = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool, [...args], {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : process.env,
            shell: false,
            windowsHide: true,
            // POSIX: its own process group, so the whole tree can be signalled. Windows: taskkill /T walks the tree.
            detached: !windows || keepAlive !== void 0,
            // keepAlive: no pipe may tie it to us (a pipe also keeps our event loop alive); it is then ended by tree kill.
            stdio: [keepAlive ? "ignore" : "pipe", logFd ?? "pipe", logFd ?? "pipe"]
          });
          if (logFd !== void 0)
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(logFd);
          let output = "";
          let spawnError;
          const append = (chunk) => {
            output += chunk.toString("utf8");
            if (output.length > MAX_OUTPUT)
              output = output.slice(-MAX_OUTPUT);
          };
          child.stdout?.on("data", append);
          child.stderr?.on("data", append);
          child.stdin?.on("error", () => void 0);
          const exited = new Promise((resolve) => {
            child.once("error", (error) => {
              spawnError = error;
              running.delete(child);
              resolve(null);
            });
            child.once("exit", (code) => {
              running.delete(child);
              resolve(code);
            });
          });
          if (keepAlive) {
            child.unref();
          } else {
            running.add(child);
            installExitHook();
          }
          const graceMs = this.options.killGraceMs ?? 3e3;
          const isDone = () => child.exitCode !== null || child.signalCode !== null || spawnError !== void 0;
          return {
            get pid() {
              return child.pid;
            },
            output: () => keepAlive && node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(keepAlive.logFile) ? node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(keepAlive.logFile, "utf8") : output,
            exited,
            spawnError: () => spawnError,
            write: (text) => {
              if (!isDone() && child.stdin?.writable)
                child.stdin.write(text);
            },
            killTree: async () => {
              if (isDone() || child.pid === void 0) {
                await exited;
                return;
              }
              if (windows) {
                await new Promise((resolve) => {
                  const killer = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(taskkillPath(), ["/PID", String(child.pid), "/T", "/F"], {
                    windowsHide: true,
                    stdio: "ignore"
                  });
                  killer.once("error", () => resolve());
                  killer.once("exit", () => resolve());
                });
              } else {
                try {
                  process.kill(-child.pid, "SIGTERM");
                } catch {
                }
                const timer = setTimeout(() => {
                  try {
                    if (child.pid !== void 0)
                      process.kill(-child.pid, "SIGKILL");
                  } catch {
                  }
                }, graceMs);
                await exited;
                clearTimeout(timer);
                try {
                  process.kill(-child.pid, "SIGKILL");
                } catch {
                }
              }
              await exited;
            }
          };
        }
      }
    })
  ),
  /***/
  414: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Rp: () => (
          /* binding */
          restoreIfUnchanged
        ),
        /* harmony export */
        d8: () => (
          /* binding */
          switchStdoutLogOn
        ),
        /* harmony export */
        sc: () => (
          /* binding */
          sha256
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(627);
      const DEFAULT_STDOUT_LOG_FILE = ".\\logs\\stdout";
      const ASPNETCORE_TAG = /<aspNetCore\b[^>]*>/i;
      function attributeRegex(name) {
        return new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`, "i");
      }
      function readAttribute(tag, name) {
        const m = attributeRegex(name).exec(tag);
        return m?.[2] === void 0 ? void 0 : m[2].slice(1, -1);
      }
      function setAttribute(tag, name, value) {
        const re = attributeRegex(name);
        const found = re.exec(tag);
        if (found) {
          if (value === void 0)
            return tag.replace(re, "");
          const quote = (found[2] ?? '"').charAt(0);
          return tag.replace(re, (_m, space) => `${space}${name}=${quote}${value}${quote}`);
        }
        if (value === void 0)
          return tag;
        return tag.replace(/(\s*)(\/?>)$/, (_m, space, end) => ` ${name}="${value}"${space}${end}`);
      }
      function findTag(webConfig) {
        const blanked = webConfig.replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length));
        const m = ASPNETCORE_TAG.exec(blanked);
        return m ? { index: m.index, tag: webConfig.slice(m.index, m.index + m[0].length) } : void 0;
      }
      function replaceTag(webConfig, found, tag) {
        return webConfig.slice(0, found.index) + tag + webConfig.slice(found.index + found.tag.length);
      }
      function switchStdoutLogOn(webConfig) {
        const found = findTag(webConfig);
        if (!found)
          return void 0;
        const original = {
          stdoutLogEnabled: readAttribute(found.tag, "stdoutLogEnabled"),
          stdoutLogFile: readAttribute(found.tag, "stdoutLogFile")
        };
        if (/^true$/i.test(original.stdoutLogEnabled ?? ""))
          return void 0;
        const logFile = original.stdoutLogFile || DEFAULT_STDOUT_LOG_FILE;
        let tag = setAttribute(found.tag, "stdoutLogEnabled", "true");
        if (!original.stdoutLogFile)
          tag = setAttribute(tag, "stdoutLogFile", logFile);
        return { text: replaceTag(webConfig, found, tag), original, logFile };
      }
      function restoreStdoutLogAttributes(webConfig, original) {
        const found = findTag(webConfig);
        if (!found)
          return webConfig;
        let tag = setAttribute(found.tag, "stdoutLogEnabled", original.stdoutLogEnabled);
        tag = setAttribute(tag, "stdoutLogFile", original.stdoutLogFile);
        return replaceTag(webConfig, found, tag);
      }
      function sha256(bytes) {
        return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash("sha256").update(bytes).digest("hex");
      }
      function restoreIfUnchanged(file, writtenSha256, original) {
        let bytes;
        try {
          bytes = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(file);
        } catch {
          return `${file} is gone: no stdout log setting to turn off`;
        }
        if (sha256(bytes) !== writtenSha256)
          return `${file} changed since the stdout log was turned on (rolled back or deployed again): left as it is`;
        const text = bytes.toString("utf8");
        (0, _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__.Q)(file, restoreStdoutLogAttributes(text, original));
        const was = original.stdoutLogEnabled === void 0 ? "no stdoutLogEnabled" : `stdoutLogEnabled="${original.stdoutLogEnabled}"`;
        return `stdout log turned off again in ${file} (${was}, as deployed)`;
      }
    })
  ),
  /***/
  3008: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ns: () => (
          /* binding */
          checkHealth
        ),
        /* harmony export */
        b1: () => (
          /* binding */
          HealthCheckError
        ),
        /* harmony export */
        yb: () => (
          /* binding */
          startAvailabilityProbe
        ),
        /* harmony export */
        zU: () => (
          /* binding */
          excerptOf
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      class HealthCheckError extends Error {
        result;
        name = "HealthCheckError";
        constructor(result) {
          super(describeHealthFailure(result));
          this.result = result;
        }
      }
      const EXCERPT_LENGTH = 300;
      function excerptOf(body, length = EXCERPT_LENGTH) {
        const text = body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
        return text.length > length ? `${text.slice(0, length)}\u2026` : text;
      }
      const HINTS = [
        [
          /500\.30|failed to start/i,
          "the app failed to start: check the ANCM stdout log and the Application event log."
        ],
        [
          /500\.31|framework.*not found|Failed to locate ASP\.NET Core framework/i,
          "the ASP.NET Core runtime the app needs is missing: install it (hosting-bundle: auto)."
        ],
        [/500\.19/, "IIS cannot read web.config: is the ASP.NET Core Module installed (hosting-bundle)?"],
        [
          /502\.5|500\.37/,
          "the app process did not start or start in time: check processPath/arguments and the stdout log."
        ],
        [/app_offline|offline for maintenance/i, "app_offline.htm is still in the app folder."]
      ];
      function healthHint(status, body) {
        for (const [pattern, hint] of HINTS)
          if (pattern.test(body) || pattern.test(String(status ?? "")))
            return hint;
        if (status === 503)
          return "the app pool is stopped, or the app is offline (app_offline.htm) or still starting.";
        if (status === void 0)
          return "nothing answered: is the site started and bound to this address and port?";
        return void 0;
      }
      function describeHealthFailure(result) {
        const last = result.status === void 0 ? `the last attempt failed: ${result.reason}` : `the last answer was HTTP ${result.status} (${result.reason})${result.bodyExcerpt ? `: "${result.bodyExcerpt}"` : ""}`;
        const hint = healthHint(result.status, result.bodyExcerpt);
        return `Health check of ${result.url} did not pass within ${Math.round(result.elapsedMs / 1e3)} s (${result.attempts} attempts); ${last}.${hint ? ` Likely cause: ${hint}` : ""}`;
      }
      function judgeResponse(response, expectedStatus, contains) {
        if (!expectedStatus.includes(response.status))
          return `expected ${expectedStatus.join(" or ")}`;
        if (contains !== void 0 && !response.body.includes(contains))
          return `the body does not contain "${contains}"`;
        return void 0;
      }
      function requestHeaders(host) {
        return host ? { host, "cache-control": "no-cache" } : { "cache-control": "no-cache" };
      }
      async function checkHealth(ports, options) {
        const { http, clock, reporter } = ports;
        const expected = options.expectedStatus ?? [200];
        const started = clock.now();
        const deadline = started + options.timeoutMs;
        let delay = options.initialDelayMs ?? 250;
        const maxDelay = options.maxDelayMs ?? 5e3;
        let attempts = 0;
        let last = {
          healthy: false,
          url: options.url,
          bodyExcerpt: "",
          reason: "not tried",
          attempts: 0,
          elapsedMs: 0
        };
        for (; ; ) {
          if (options.signal?.aborted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc("The health check was cancelled.");
          attempts++;
          const remaining = Math.max(MIN_REQUEST_TIMEOUT_MS, deadline - clock.now());
          try {
            const response = await http.get(options.url, {
              headers: requestHeaders(options.host),
              allowUntrusted: options.allowUntrusted,
              timeoutMs: Math.min(options.requestTimeoutMs ?? 1e4, remaining),
              signal: options.signal
            });
            const reason = judgeResponse(response, expected, options.contains);
            last = {
              healthy: reason === void 0,
              url: options.url,
              status: response.status,
              bodyExcerpt: reporter.mask(excerptOf(response.body)),
              reason: reason ?? "ok",
              attempts,
              elapsedMs: clock.now() - started
            };
            reporter.debug(`Health check attempt ${attempts}: HTTP ${response.status}${reason ? ` (${reason})` : ""}`);
            if (last.healthy)
              return last;
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc || options.signal?.aborted)
              throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc("The health check was cancelled.");
            last = {
              ...last,
              status: void 0,
              bodyExcerpt: "",
              reason: reporter.mask((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ)(error)),
              attempts,
              elapsedMs: clock.now() - started
            };
            reporter.debug(`Health check attempt ${attempts}: ${last.reason}`);
          }
          const now = clock.now();
          if (now >= deadline)
            break;
          await clock.sleep(Math.min(delay, deadline - now), options.signal);
          delay = Math.min(delay * 2, maxDelay);
        }
        last = { ...last, attempts, elapsedMs: clock.now() - started };
        throw new HealthCheckError(last);
      }
      const MIN_REQUEST_TIMEOUT_MS = 1e3;
      function startAvailabilityProbe(ports, options) {
        const { http, clock } = ports;
        const interval = options.intervalMs ?? 200;
        const controller = new AbortController();
        let offlineMs = 0;
        let samples = 0;
        let offlineSamples = 0;
        let previous = clock.now();
        let wasOffline = false;
        const loop = (async () => {
          while (!controller.signal.aborted) {
            let offline;
            try {
              const response = await http.get(options.url, {
                headers: requestHeaders(options.host),
                allowUntrusted: options.allowUntrusted,
                timeoutMs: options.requestTimeoutMs ?? 2e3,
                signal: controller.signal
              });
              offline = response.status === 503;
            } catch {
              if (controller.signal.aborted)
                break;
              offline = true;
            }
            const now = clock.now();
            if (offline && wasOffline)
              offlineMs += now - previous;
            else if (offline !== wasOffline)
              offlineMs += (now - previous) / 2;
            samples++;
            if (offline)
              offlineSamples++;
            wasOffline = offline;
            previous = now;
            try {
              await clock.sleep(interval, controller.signal);
            } catch {
              break;
            }
          }
        })();
        return {
          async stop() {
            controller.abort();
            await loop;
            if (wasOffline)
              offlineMs += clock.now() - previous;
            return { offlineMs: Math.round(offlineMs), samples, offlineSamples };
          }
        };
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
  9534: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E0: () => (
          /* binding */
          parseRegQuery
        ),
        /* harmony export */
        Et: () => (
          /* binding */
          regNumber
        ),
        /* harmony export */
        MP: () => (
          /* binding */
          keyLeaf
        ),
        /* harmony export */
        j: () => (
          /* binding */
          findValue
        )
        /* harmony export */
      });
      const DEFAULT_VALUE_NAMES = /* @__PURE__ */ new Set(["(default)", "(standard)", "(par d\xE9faut)", "(\u9ED8\u8BA4)"]);
      const VALUE_LINE = /^\s+(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;
      function parseRegQuery(output) {
        const keys = [];
        let current;
        for (const raw of output.split(/\r?\n/)) {
          if (raw.trim() === "" || /^End of search:/i.test(raw.trim()))
            continue;
          const value = VALUE_LINE.exec(raw);
          if (value && current) {
            const name = value[1];
            current.values.push({
              name: DEFAULT_VALUE_NAMES.has(name.toLowerCase()) ? "" : name,
              type: value[2],
              data: (value[3] ?? "").trimEnd()
            });
            continue;
          }
          if (/^HKEY_[A-Z_]+(\\|$)/i.test(raw.trim())) {
            current = { path: raw.trim(), values: [] };
            keys.push(current);
          }
        }
        return keys;
      }
      function regNumber(value) {
        if (!value || !/^0x[0-9a-f]+$/i.test(value.data))
          return void 0;
        return parseInt(value.data, 16);
      }
      function findValue(key, name) {
        return key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
      }
      function keyLeaf(key) {
        return key.path.split("\\").pop() ?? "";
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
  ),
  /***/
  3074: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Bx: () => (
          /* binding */
          APP_OFFLINE_FILE
        ),
        /* harmony export */
        Dv: () => (
          /* binding */
          workersExitedProbe
        ),
        /* harmony export */
        RT: () => (
          /* binding */
          removeAppOffline
        ),
        /* harmony export */
        UK: () => (
          /* binding */
          filesWritableProbe
        ),
        /* harmony export */
        Uv: () => (
          /* binding */
          waitForRelease
        ),
        /* harmony export */
        bn: () => (
          /* binding */
          allOf
        ),
        /* harmony export */
        pV: () => (
          /* binding */
          findAppOfflineFiles
        ),
        /* harmony export */
        wF: () => (
          /* binding */
          takeAppOffline
        ),
        /* harmony export */
        zr: () => (
          /* binding */
          appBinaries
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _app_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4891);
      const APP_OFFLINE_FILE = "app_offline.htm";
      const APP_OFFLINE_MARKER = "<!-- written by iis-deploy -->";
      function findAppOfflineFiles(physicalPath) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(physicalPath).filter((name) => name.toLowerCase() === APP_OFFLINE_FILE).map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(physicalPath, name));
        } catch {
          return [];
        }
      }
      function builtInAppOfflinePage() {
        const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="15">
<title>Updating \u2013 back in a moment</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; min-height: 100vh;
  display: flex; align-items: center; justify-content: center; background: #f6f7f9; color: #1f2328; }
main { max-width: 32rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .75rem; }
p { line-height: 1.5; margin: 0; color: #59636e; }
</style>
</head>
<body>
<main>
<h1>We are updating this site</h1>
<p>It will be back in a moment. This page reloads itself every 15 seconds.</p>
</main>
</body>
</html>
${APP_OFFLINE_MARKER}
`;
        return page;
      }
      function detectLeftoverAppOffline(physicalPath) {
        for (const file of findAppOfflineFiles(physicalPath)) {
          try {
            const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file);
            const head = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8").slice(-200);
            return { path: file, modifiedAt: stat.mtimeMs, writtenByIisDeploy: head.includes(APP_OFFLINE_MARKER) };
          } catch {
          }
        }
        return void 0;
      }
      function reportLeftover(leftover, reporter, action) {
        const since = new Date(leftover.modifiedAt).toISOString();
        const origin = leftover.writtenByIisDeploy ? "an earlier iis-deploy run failed before it could remove it" : "it was not written by iis-deploy (by hand, or by another tool)";
        reporter.warning(`${leftover.path} was already there (written ${since}): the app has been answering 503 with it since then; ${origin}. ${action}`, { file: leftover.path, title: "app_offline.htm left behind" });
      }
      function workersExitedProbe(appcmd, pool) {
        let before;
        return {
          description: `the worker processes of app pool '${pool}' exit`,
          prepare: async () => {
            before = await appcmd.listWorkerProcesses(pool);
          },
          check: async () => {
            const now = await appcmd.listWorkerProcesses(pool);
            const left = now.filter((pid) => before === void 0 || before.includes(pid));
            return left.length > 0 ? `worker PIDs ${left.join(", ")} still running` : void 0;
          }
        };
      }
      function openForWrite(file) {
        let fd;
        try {
          fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, "r+");
          return void 0;
        } catch (error) {
          const code = error.code;
          return code === "ENOENT" ? void 0 : code ?? (0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error);
        } finally {
          if (fd !== void 0)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        }
      }
      function lockedReason(file) {
        const code = openForWrite(file);
        if (code === void 0)
          return void 0;
        if (code === "EPERM" || code === "EACCES") {
          let mode;
          try {
            mode = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file).mode;
          } catch {
            return void 0;
          }
          if ((mode & 128) === 0) {
            try {
              node_fs__WEBPACK_IMPORTED_MODULE_0___default().chmodSync(file, mode | 128);
            } catch {
              return void 0;
            }
            try {
              const again = openForWrite(file);
              return again === void 0 ? void 0 : `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} is locked (${again}, read-only file)`;
            } finally {
              node_fs__WEBPACK_IMPORTED_MODULE_0___default().chmodSync(file, mode);
            }
          }
        }
        return `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} is locked (${code})`;
      }
      function filesWritableProbe(files) {
        const list = () => typeof files === "function" ? files() : files;
        return {
          description: "the app's binaries can be opened for writing",
          check: async () => {
            const held = list().map(lockedReason).filter((reason) => reason !== void 0);
            return held.length > 0 ? held.slice(0, 5).join("; ") : void 0;
          }
        };
      }
      function appBinaries(physicalPath) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(physicalPath).filter((name) => /\.(dll|exe)$/i.test(name)).map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(physicalPath, name));
        } catch {
          return [];
        }
      }
      function allOf(...probes) {
        return {
          description: probes.map((p) => p.description).join(" and "),
          prepare: async () => {
            for (const probe of probes)
              await probe.prepare?.();
          },
          check: async () => {
            for (const probe of probes) {
              const reason = await probe.check();
              if (reason !== void 0)
                return reason;
            }
            return void 0;
          }
        };
      }
      async function removeAppOffline(options) {
        const attempts = options.attempts ?? 5;
        const removed = [];
        for (let attempt = 0; ; attempt++) {
          const files = findAppOfflineFiles(options.physicalPath);
          if (files.length === 0)
            return removed;
          let lastError;
          for (const file of files) {
            try {
              node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(file, { force: true });
              removed.push(file);
            } catch (error) {
              lastError = error;
            }
          }
          if (findAppOfflineFiles(options.physicalPath).length === 0)
            return removed;
          if (attempt + 1 >= attempts) {
            const file = findAppOfflineFiles(options.physicalPath)[0] ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.physicalPath, APP_OFFLINE_FILE);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.v4(APP_OFFLINE_FILE, void 0, `Could not remove ${file}${lastError ? ` (${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(lastError)})` : ""}: the app keeps answering 503.`, `Delete ${file} by hand; check that the deploy account may delete files in ${options.physicalPath}.`);
          }
          await options.clock.sleep((0, _app_pool_js__WEBPACK_IMPORTED_MODULE_3__.xf)(attempt, { initialMs: 100, maxMs: 1e3 }));
        }
      }
      async function takeAppOffline(options) {
        const { physicalPath, reporter, clock } = options;
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(physicalPath))
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.v4(APP_OFFLINE_FILE, void 0, `Cannot take the app offline: its folder ${physicalPath} does not exist.`, "Check `physical-path`, or create the application first (`create: true`).");
        const leftover = detectLeftoverAppOffline(physicalPath);
        if (leftover)
          reportLeftover(leftover, reporter, "This deploy replaces it and removes it when it ends.");
        await options.probe?.prepare?.();
        for (const file2 of findAppOfflineFiles(physicalPath))
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(file2, { force: true });
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(physicalPath, APP_OFFLINE_FILE);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(file, options.content ?? builtInAppOfflinePage());
        const since = clock.now();
        reporter.info(`Wrote ${file}: the app answers 503 with it until the deploy ends.`);
        let online = false;
        const bringOnline = async () => {
          if (!online) {
            await removeAppOffline({ physicalPath, reporter, clock });
            online = true;
            reporter.info(`Removed ${file}: the app is back online.`);
          }
          return { offlineMs: clock.now() - since };
        };
        let released = false;
        try {
          if (options.probe)
            released = await waitForRelease(options, options.probe);
        } catch (error) {
          try {
            await bringOnline();
          } catch (removeError) {
            reporter.error((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(removeError));
          }
          throw error;
        }
        return {
          path: file,
          leftover,
          released,
          get online() {
            return online;
          },
          bringOnline
        };
      }
      async function waitForRelease(options, probe) {
        const { clock, reporter } = options;
        const timeoutMs = options.timeoutMs ?? 12e4;
        const start = clock.now();
        let lastReport = start;
        for (let attempt = 0; ; attempt++) {
          if (options.signal?.aborted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cc("Cancelled while waiting for the app to go offline.");
          const reason = await probe.check();
          const now = clock.now();
          if (reason === void 0) {
            reporter.info(`The app let go of its files after ${Math.round((now - start) / 1e3)} s (${probe.description}).`);
            return true;
          }
          if (now - start >= timeoutMs) {
            const message = `The app did not let go of its files within ${Math.round(timeoutMs / 1e3)} s after app_offline.htm appeared: ${reason}.`;
            const fix = "Open connections (WebSockets, long requests) delay the shutdown: raise `stop-timeout`, lower ANCM shutdownTimeLimit, or use `take-offline: both` to stop the pool as well.";
            if (options.onTimeout === "continue") {
              reporter.warning(`${message} Continuing; copying may meet locked files. ${fix}`);
              return false;
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.MU(`${message}
Fix: ${fix}`);
          }
          if (now - lastReport >= 1e4) {
            reporter.info(`Waiting until ${probe.description} (${Math.round((now - start) / 1e3)} s): ${reason}.`);
            lastReport = now;
          }
          const delay = options.poll ? (0, _app_pool_js__WEBPACK_IMPORTED_MODULE_3__.xf)(attempt, options.poll) : _app_pool_js__WEBPACK_IMPORTED_MODULE_3__.Oz;
          await clock.sleep(Math.min(delay, timeoutMs - (now - start)), options.signal);
        }
      }
      async function withAppOffline(options, fn) {
        const handle = await takeAppOffline(options);
        let failed = false;
        try {
          return await fn(handle);
        } catch (error) {
          failed = true;
          throw error;
        } finally {
          const stay = options.stayOffline === "always" || options.stayOffline === "on-failure" && failed;
          if (stay) {
            options.reporter.warning(`${handle.path} stays in place as requested: the app answers 503 until you remove it.`);
          } else if (failed) {
            try {
              await handle.bringOnline();
            } catch (removeError) {
              options.reporter.error(errorMessage(removeError));
            }
          } else {
            await handle.bringOnline();
          }
        }
      }
      async function removeLeftoverAppOffline(options) {
        const leftover = detectLeftoverAppOffline(options.physicalPath);
        if (!leftover)
          return [];
        reportLeftover(leftover, options.reporter, "Removing it now.");
        return removeAppOffline(options);
      }
    })
  ),
  /***/
  4891: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        EL: () => (
          /* binding */
          startSite
        ),
        /* harmony export */
        Oz: () => (
          /* binding */
          STEADY_POLL_MS
        ),
        /* harmony export */
        S1: () => (
          /* binding */
          stopSite
        ),
        /* harmony export */
        _U: () => (
          /* binding */
          startAppPool
        ),
        /* harmony export */
        i9: () => (
          /* binding */
          stopAppPool
        ),
        /* harmony export */
        xf: () => (
          /* binding */
          pollDelay
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7958);
      function pollDelay(attempt, policy = {}) {
        const initial = policy.initialMs ?? 100;
        const max = policy.maxMs ?? 1e3;
        return Math.min(max, initial * 2 ** Math.min(attempt, 30));
      }
      class AppPoolStopTimeoutError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.MU {
        pool;
        state;
        workerPids;
        name = "AppPoolStopTimeoutError";
        constructor(pool, state, workerPids, message) {
          super(message);
          this.pool = pool;
          this.state = state;
          this.workerPids = workerPids;
        }
      }
      class AppPoolStartError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4 {
        pool;
        state;
        name = "AppPoolStartError";
        constructor(pool, state, message, fix) {
          super("appcmd", void 0, message, fix);
          this.pool = pool;
          this.state = state;
        }
      }
      const RAPID_FAIL_CAUSES = "Likely causes: the ASP.NET Core Module is missing or IIS was not restarted after installing the Hosting Bundle (500.19 / 503; install it with `hosting-bundle`), the app fails at startup (500.30 In-Process Start Failure, 502.5 Process Failure), or the pool identity cannot read the app folder (`grant-access`). See the Application event log (sources 'IIS AspNetCore Module V2' and 'WAS') and the stdout log (`stdoutLogEnabled` in web.config).";
      function isRunning(state) {
        return state === "Started" || state === "Starting";
      }
      async function requireState(appcmd, pool) {
        const state = await appcmd.getAppPoolState(pool);
        if (state === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("app-pool", `App pool '${pool}' does not exist on this server (see \`appcmd list apppools\`): check \`app-pool\`, or set \`create: true\`.`);
        return state;
      }
      async function observe(appcmd, pool) {
        const [state, workers] = await Promise.all([appcmd.getAppPoolState(pool), appcmd.listWorkerProcesses(pool)]);
        return { state, workers };
      }
      function describe(observation) {
        const workers = observation.workers.length > 0 ? `worker PIDs ${observation.workers.join(", ")}` : "no workers";
        return `state ${observation.state ?? "missing"}, ${workers}`;
      }
      const STEADY_POLL_MS = 50;
      const SLOW_POLL_AFTER_MS = 1e4;
      const SLOW_POLL_MS = 500;
      function nextPollDelay(attempt, waitedMs, poll) {
        if (poll)
          return pollDelay(attempt, poll);
        return waitedMs < SLOW_POLL_AFTER_MS ? STEADY_POLL_MS : SLOW_POLL_MS;
      }
      async function pollUntil(appcmd, timeoutMs, poll, check, progress) {
        const start = appcmd.clock.now();
        let lastReport = start;
        for (let attempt = 0; ; attempt++) {
          const result = await check();
          const now = appcmd.clock.now();
          if (result.done || now - start >= timeoutMs)
            return result;
          if (now - lastReport >= 1e4) {
            progress(result.observation, now - start);
            lastReport = now;
          }
          await appcmd.clock.sleep(Math.min(nextPollDelay(attempt, now - start, poll), timeoutMs - (now - start)), appcmd.signal);
        }
      }
      async function killWorkers(options, pids) {
        const { appcmd, taskkill } = options;
        const killed = [];
        const failed = [];
        if (!taskkill)
          return { killed, failed: pids.map((pid) => `${pid}: taskkill was not provided`) };
        for (const pid of pids) {
          const args = ["/PID", String(pid), "/F"];
          appcmd.reporter.info(`taskkill ${args.join(" ")}`);
          const result = await taskkill.runner.run(taskkill.path, args, {
            silent: true,
            signal: appcmd.signal,
            outputEncoding: _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_2__.Ih["taskkill"]
          });
          const text = `${result.stdout}
${result.stderr}`;
          if (result.exitCode === 0 || result.exitCode === 128 || /not found/i.test(text))
            killed.push(pid);
          else
            failed.push(`${pid}: ${text.trim().replace(/\s+/g, " ") || `exit code ${result.exitCode}`}`);
        }
        return { killed, failed };
      }
      async function stopAppPool(options) {
        const { appcmd, pool } = options;
        const timeoutMs = options.timeoutMs ?? 12e4;
        const known = options.knownState;
        let previousState = known !== void 0 && isRunning(known) ? known : await requireState(appcmd, pool);
        let changed = false;
        if (previousState === "Started" || previousState === "Starting" || previousState === "Unknown") {
          const stop = await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.w3)("stop", pool), { accept: [_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.notStarted] });
          changed = true;
          if (stop.failure && known !== void 0) {
            previousState = "Stopped";
            changed = false;
          }
        }
        const stopped = (o) => o.state === "Stopped" && o.workers.length === 0;
        const check = async () => {
          const observation = await observe(appcmd, pool);
          return { done: stopped(observation), observation };
        };
        let result = await pollUntil(appcmd, timeoutMs, options.poll, check, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to stop (${Math.round(waited / 1e3)} s): ${describe(o)}.`));
        const killedWorkers = [];
        if (!result.done && options.killWorkersOnTimeout && result.observation.workers.length > 0) {
          const pids = result.observation.workers;
          appcmd.reporter.warning(`App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1e3)} s (${describe(result.observation)}): ending its worker processes as requested. In-flight requests are dropped.`);
          const { killed, failed } = await killWorkers(options, pids);
          killedWorkers.push(...killed);
          if (failed.length > 0)
            appcmd.reporter.warning(`Could not end worker processes: ${failed.join("; ")}`);
          result = await pollUntil(appcmd, options.killGraceMs ?? 1e4, options.poll, check, () => {
          });
        }
        if (!result.done) {
          const { state, workers } = result.observation;
          const pids = workers.length > 0 ? ` Worker processes still running: ${workers.join(", ")}.` : "";
          const fix = workers.length > 0 ? `Fix: raise \`stop-timeout\` (long requests and WebSockets delay shutdown; the pool's processModel.shutdownTimeLimit is 90 s by default), end the workers yourself (\`taskkill /PID ${workers[0]} /F\`), or opt in to ending them automatically after the timeout (\`kill-workers: true\`).` : `Fix: check WAS and the System event log for why the pool hangs in '${state ?? "unknown"}', then raise \`stop-timeout\` or restart WAS (\`net stop was /y\`, \`net start w3svc\`).`;
          throw new AppPoolStopTimeoutError(pool, state, workers, `App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1e3)} s: ${describe(result.observation)}.${pids}
${fix}`);
        }
        appcmd.reporter.info(changed ? `App pool '${pool}' stopped; no worker process left.` : `App pool '${pool}' was already stopped.`);
        return { name: pool, previousState, wasRunning: isRunning(previousState), changed, killedWorkers };
      }
      async function startAppPool(options) {
        const { appcmd, pool } = options;
        if (options.knownState === "Stopped") {
          const start = await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.w3)("start", pool), {
            accept: [_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.alreadyStarted, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.cannotAcceptControl]
          });
          if (start.failure?.code !== _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.cannotAcceptControl) {
            const alreadyStarted = start.failure !== void 0;
            return confirmStart(options, {
              name: pool,
              previousState: alreadyStarted ? "Started" : "Stopped",
              wasRunning: alreadyStarted,
              changed: !alreadyStarted,
              killedWorkers: []
            });
          }
        }
        const timeoutMs = options.timeoutMs ?? 12e4;
        const previousState = await requireState(appcmd, pool);
        const result = {
          name: pool,
          previousState,
          wasRunning: isRunning(previousState),
          changed: false,
          killedWorkers: []
        };
        if (previousState === "Started") {
          appcmd.reporter.info(`App pool '${pool}' is already started.`);
          await options.onStarted?.();
          return result;
        }
        if (previousState === "Stopping") {
          await pollUntil(appcmd, timeoutMs, options.poll, async () => {
            const observation = await stateOnly(appcmd, pool);
            return { done: observation.state !== "Stopping", observation };
          }, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to finish stopping before starting it (${Math.round(waited / 1e3)} s): ${describe(o)}.`));
        }
        if (previousState !== "Starting") {
          await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.w3)("start", pool), { accept: [_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.alreadyStarted] });
          result.changed = true;
        }
        return confirmStart(options, result);
      }
      async function stateOnly(appcmd, pool) {
        return { state: await appcmd.getAppPoolState(pool), workers: [] };
      }
      async function confirmStart(options, result) {
        const { appcmd, pool } = options;
        const timeoutMs = options.timeoutMs ?? 12e4;
        await options.onStarted?.();
        const started = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
          const observation = await stateOnly(appcmd, pool);
          return { done: observation.state === "Started" || observation.state === "Stopped", observation };
        }, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to start (${Math.round(waited / 1e3)} s): ${describe(o)}.`));
        const state = started.observation.state;
        if (state !== "Started") {
          const message = state === "Stopped" ? `App pool '${pool}' stopped again right after it was started: IIS rapid-fail protection stops a pool whose worker processes keep crashing.` : `App pool '${pool}' did not start: it is '${state ?? "missing"}' after ${Math.round(timeoutMs / 1e3)} s.`;
          throw new AppPoolStartError(pool, state, message, RAPID_FAIL_CAUSES);
        }
        const settleMs = options.settleMs ?? 3e3;
        if (settleMs > 0) {
          const settled = await pollUntil(appcmd, settleMs, options.poll, async () => {
            const observation = await stateOnly(appcmd, pool);
            return { done: observation.state !== "Started" && observation.state !== "Starting", observation };
          }, () => {
          });
          if (settled.done) {
            throw new AppPoolStartError(pool, settled.observation.state, `App pool '${pool}' started, then stopped again within ${Math.round(settleMs / 1e3)} s (now '${settled.observation.state ?? "missing"}'): IIS rapid-fail protection stops a pool whose worker processes keep crashing.`, RAPID_FAIL_CAUSES);
          }
        }
        appcmd.reporter.info(`App pool '${pool}' started.`);
        return result;
      }
      async function restoreAppPool(options, before) {
        if (!before.wasRunning)
          return;
        await startAppPool(options);
      }
      async function changeSite(options, verb) {
        const { appcmd, site } = options;
        const target = verb === "start" ? "Started" : "Stopped";
        const previousState = await appcmd.getSiteState(site);
        if (previousState === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("site", `Site '${site}' does not exist on this server (see \`appcmd list sites\`): check \`site\`, or set \`create: true\`.`);
        const result = {
          name: site,
          previousState,
          wasRunning: isRunning(previousState),
          changed: false,
          killedWorkers: []
        };
        if (previousState === target)
          return result;
        await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Mj)(verb, site), {
          accept: [verb === "start" ? _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.alreadyStarted : _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.notStarted]
        });
        result.changed = true;
        const timeoutMs = options.timeoutMs ?? 3e4;
        const waited = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
          const state = await appcmd.getSiteState(site);
          return { done: state === target, observation: { state, workers: [] } };
        }, (o, ms) => appcmd.reporter.info(`Waiting for site '${site}' to ${verb} (${Math.round(ms / 1e3)} s): state ${o.state ?? "missing"}.`));
        if (!waited.done)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4("appcmd", void 0, `Site '${site}' did not ${verb}: it is '${waited.observation.state ?? "missing"}' after ${Math.round(timeoutMs / 1e3)} s.`, "Check that WAS and W3SVC are running (`net start w3svc`) and that no other site holds the same binding.");
        return result;
      }
      function stopSite(options) {
        return changeSite(options, "stop");
      }
      function startSite(options) {
        return changeSite(options, "start");
      }
    })
  ),
  /***/
  8862: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        AR: () => (
          /* binding */
          buildRemoveSiteBindingArgs
        ),
        /* harmony export */
        F_: () => (
          /* binding */
          normalizeApplicationPath
        ),
        /* harmony export */
        J5: () => (
          /* binding */
          formatBindingInformation
        ),
        /* harmony export */
        KG: () => (
          /* binding */
          Appcmd
        ),
        /* harmony export */
        Kd: () => (
          /* binding */
          findSections
        ),
        /* harmony export */
        Mj: () => (
          /* binding */
          buildSiteVerbArgs
        ),
        /* harmony export */
        Oh: () => (
          /* binding */
          findAttribute
        ),
        /* harmony export */
        P6: () => (
          /* binding */
          buildSetAppPoolArgs
        ),
        /* harmony export */
        UV: () => (
          /* binding */
          buildGetAuthenticationArgs
        ),
        /* harmony export */
        Uk: () => (
          /* binding */
          buildListArgs
        ),
        /* harmony export */
        VT: () => (
          /* binding */
          formatBinding
        ),
        /* harmony export */
        YP: () => (
          /* binding */
          buildDeleteAppPoolArgs
        ),
        /* harmony export */
        _g: () => (
          /* binding */
          POOL_IDENTITY_TYPES
        ),
        /* harmony export */
        b: () => (
          /* binding */
          rootVdirIdentifier
        ),
        /* harmony export */
        bV: () => (
          /* binding */
          APPCMD_CODES
        ),
        /* harmony export */
        dh: () => (
          /* binding */
          appIdentifier
        ),
        /* harmony export */
        e8: () => (
          /* binding */
          buildSetAuthenticationArgs
        ),
        /* harmony export */
        iB: () => (
          /* binding */
          buildAddAppPoolArgs
        ),
        /* harmony export */
        iF: () => (
          /* binding */
          buildSetPhysicalPathArgs
        ),
        /* harmony export */
        ip: () => (
          /* binding */
          POOL_IDENTITIES2
        ),
        /* harmony export */
        le: () => (
          /* binding */
          parseTextValues
        ),
        /* harmony export */
        my: () => (
          /* binding */
          buildAddAppArgs
        ),
        /* harmony export */
        nR: () => (
          /* binding */
          buildListAppsOfPoolArgs
        ),
        /* harmony export */
        sZ: () => (
          /* binding */
          buildAddSiteArgs
        ),
        /* harmony export */
        t5: () => (
          /* binding */
          buildAddSiteBindingArgs
        ),
        /* harmony export */
        vO: () => (
          /* binding */
          collectionEntries
        ),
        /* harmony export */
        w3: () => (
          /* binding */
          buildAppPoolVerbArgs
        ),
        /* harmony export */
        ws: () => (
          /* binding */
          parseObjectLines
        ),
        /* harmony export */
        xW: () => (
          /* binding */
          AUTHENTICATION_KINDS
        ),
        /* harmony export */
        yg: () => (
          /* binding */
          buildAddPoolEnvironmentVariableArgs
        ),
        /* harmony export */
        zc: () => (
          /* binding */
          buildRemovePoolEnvironmentVariableArgs
        ),
        /* harmony export */
        zm: () => (
          /* binding */
          buildSetAppPoolOfAppArgs
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4925);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7958);
      var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7864);
      const POOL_IDENTITIES2 = [
        "ApplicationPoolIdentity",
        "NetworkService",
        "LocalService",
        "LocalSystem"
      ];
      const POOL_IDENTITY_TYPES = [...POOL_IDENTITIES2, "SpecificUser"];
      const AUTHENTICATION_KINDS = ["anonymous", "windows", "basic"];
      function normalizeApplicationPath(application) {
        const trimmed = (application ?? "/").trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
        return trimmed === "" ? "/" : `/${trimmed}`;
      }
      function appIdentifier(site, application = "/") {
        const app = normalizeApplicationPath(application);
        return app === "/" ? `${site}/` : `${site}${app}`;
      }
      function rootVdirIdentifier(site, application = "/") {
        const app = normalizeApplicationPath(application);
        return app === "/" ? `${site}/` : `${site}${app}/`;
      }
      function configPath(site, application = "/") {
        const app = normalizeApplicationPath(application);
        return app === "/" ? site : `${site}${app}`;
      }
      function buildListArgs(object, id2, options = {}) {
        const args = id2 === void 0 ? ["list", `${object}s`] : ["list", object, id2];
        for (const [name, value] of Object.entries(options.filters ?? {}))
          args.push(`/${name}:${value}`);
        if (options.text !== void 0)
          args.push(`/text:${options.text}`);
        if (options.xml)
          args.push("/xml");
        return args;
      }
      function buildAppPoolStateArgs(pool) {
        return buildListArgs("apppool", pool, { xml: true });
      }
      function buildSiteStateArgs(site) {
        return buildListArgs("site", site, { xml: true });
      }
      function buildListWorkerProcessesArgs(pool) {
        return ["list", "wps", `/apppool.name:${pool}`];
      }
      function buildListAppsOfPoolArgs(pool) {
        return buildListArgs("app", void 0, { filters: { "apppool.name": pool } });
      }
      function buildAppPoolVerbArgs(verb, pool) {
        return [verb, "apppool", `/apppool.name:${pool}`];
      }
      function buildSiteVerbArgs(verb, site) {
        return [verb, "site", `/site.name:${site}`];
      }
      function appPoolSettingArgs(settings) {
        const args = [];
        if (settings.managedRuntimeVersion !== void 0)
          args.push(`/managedRuntimeVersion:${settings.managedRuntimeVersion}`);
        if (settings.managedPipelineMode !== void 0)
          args.push(`/managedPipelineMode:${settings.managedPipelineMode}`);
        if (settings.identityType !== void 0)
          args.push(`/processModel.identityType:${settings.identityType}`);
        if (settings.loadUserProfile !== void 0)
          args.push(`/processModel.loadUserProfile:${String(settings.loadUserProfile)}`);
        if (settings.autoStart !== void 0)
          args.push(`/autoStart:${String(settings.autoStart)}`);
        return args;
      }
      function buildAddAppPoolArgs(pool, settings = {}) {
        return ["add", "apppool", `/name:${pool}`, ...appPoolSettingArgs(settings)];
      }
      function buildSetAppPoolArgs(pool, settings) {
        return ["set", "apppool", pool, ...appPoolSettingArgs(settings)];
      }
      function buildDeleteAppPoolArgs(pool) {
        return ["delete", "apppool", pool];
      }
      function formatBindingInformation(binding) {
        return `${binding.ip}:${binding.port}:${binding.host}`;
      }
      function formatBinding(binding) {
        return `${binding.protocol}/${formatBindingInformation(binding)}`;
      }
      function buildAddSiteArgs(site) {
        const args = ["add", "site", `/name:${site.name}`];
        if (site.bindings.length > 0)
          args.push(`/bindings:${site.bindings.map(formatBinding).join(",")}`);
        args.push(`/physicalPath:${site.physicalPath}`);
        return args;
      }
      function indexerValue(value) {
        if (value.includes("'"))
          throw new Error(`appcmd indexer values cannot contain "'": ${JSON.stringify(value)}`);
        return `'${value}'`;
      }
      function buildAddSiteBindingArgs(site, binding, sni = false) {
        const parts = [
          `protocol=${indexerValue(binding.protocol)}`,
          `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
        ];
        if (sni)
          parts.push(`sslFlags=${indexerValue("1")}`);
        return ["set", "site", site, `/+bindings.[${parts.join(",")}]`];
      }
      function buildRemoveSiteBindingArgs(site, binding) {
        const parts = [
          `protocol=${indexerValue(binding.protocol)}`,
          `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
        ];
        return ["set", "site", site, `/-bindings.[${parts.join(",")}]`];
      }
      function buildAddAppArgs(app) {
        const args = [
          "add",
          "app",
          `/site.name:${app.site}`,
          `/path:${normalizeApplicationPath(app.path)}`,
          `/physicalPath:${app.physicalPath}`
        ];
        if (app.appPool !== void 0)
          args.push(`/applicationPool:${app.appPool}`);
        return args;
      }
      function buildSetAppPoolOfAppArgs(site, application, pool) {
        return ["set", "app", appIdentifier(site, application), `/applicationPool:${pool}`];
      }
      function buildSetPhysicalPathArgs(site, application, physicalPath) {
        return ["set", "vdir", rootVdirIdentifier(site, application), `/physicalPath:${physicalPath}`];
      }
      const APP_POOLS_SECTION = "-section:system.applicationHost/applicationPools";
      function buildAddPoolEnvironmentVariableArgs(pool, name, value) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/+[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)},value=${indexerValue(value)}]`,
          "/commit:apphost"
        ];
      }
      function buildRemovePoolEnvironmentVariableArgs(pool, name) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/-[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)}]`,
          "/commit:apphost"
        ];
      }
      function authenticationSection(kind) {
        return `system.webServer/security/authentication/${kind}Authentication`;
      }
      function buildSetAuthenticationArgs(site, application, kind, enabled) {
        return [
          "set",
          "config",
          configPath(site, application),
          `-section:${authenticationSection(kind)}`,
          `/enabled:${String(enabled)}`,
          "/commit:apphost"
        ];
      }
      function buildGetAuthenticationArgs(site, application, kind) {
        return [
          "list",
          "config",
          configPath(site, application),
          `-section:${authenticationSection(kind)}`,
          "/text:enabled"
        ];
      }
      function lines(text) {
        return text.split(/\r?\n/);
      }
      function parseObjectProperties(text) {
        const properties = {};
        if (text.trim() === "")
          return properties;
        for (const part of text.split(/,(?=[A-Za-z][\w.-]+:)/)) {
          const colon = part.indexOf(":");
          if (colon <= 0)
            continue;
          properties[part.slice(0, colon).trim()] = part.slice(colon + 1);
        }
        return properties;
      }
      function parseObjectLines(stdout) {
        const objects = [];
        for (const line of lines(stdout)) {
          const match = /^([A-Z]+) "(.*?)" \((.*)\)\s*$/.exec(line.trim());
          if (!match)
            continue;
          const [, type = "", id2 = "", props = ""] = match;
          objects.push({ type, id: id2, properties: parseObjectProperties(props) });
        }
        return objects;
      }
      function parseTextValues(stdout) {
        return lines(stdout).map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
      }
      function parseAppcmdXml(stdout) {
        const text = stdout.replace(/^\ufeff/, "").trim();
        if (!text.startsWith("<"))
          return [];
        let document;
        try {
          document = (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.qU)(text);
        } catch {
          return [];
        }
        const root = document.root;
        if (root?.name !== "appcmd")
          return [];
        const elements = [];
        for (const child of root.children) {
          if (child.type !== "element")
            continue;
          const attributes = {};
          for (const attribute of child.attributes)
            attributes[attribute.name] = (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(attribute.rawValue);
          elements.push({ type: child.name, attributes });
        }
        return elements;
      }
      function xmlAttributeOf(object, property) {
        if (object === "app" && property.toLowerCase() === "applicationpool")
          return "APPPOOL.NAME";
        return property;
      }
      function parseObjectState(text) {
        const word = text.trim().toLowerCase();
        const states = ["Starting", "Started", "Stopping", "Stopped", "Unknown"];
        return states.find((state) => state.toLowerCase() === word);
      }
      function parseWorkerProcesses(stdout) {
        return parseObjectLines(stdout).filter((object) => object.type === "WP" && /^\d+$/.test(object.id)).map((object) => ({
          pid: Number(object.id),
          appPool: object.properties["applicationPool"] ?? object.properties["apppool"]
        }));
      }
      function parseTextTree(stdout) {
        const roots = [];
        const stack = [];
        for (const raw of lines(stdout)) {
          if (raw.trim() === "")
            continue;
          const indent = raw.length - raw.trimStart().length;
          const line = raw.trim();
          const section = /^\[(.+)\]$/.exec(line);
          const attribute = /^([^:"[\]\s][^:"]*):"(.*)"$/.exec(line);
          if (indent === 0 && !section && !attribute) {
            const node = { name: line, attributes: {}, children: [] };
            roots.push(node);
            stack.length = 0;
            stack.push({ indent, node });
            continue;
          }
          while (stack.length > 1 && (stack[stack.length - 1]?.indent ?? 0) >= indent)
            stack.pop();
          const parent = stack[stack.length - 1]?.node;
          if (!parent)
            continue;
          if (section) {
            const node = { name: section[1] ?? "", attributes: {}, children: [] };
            parent.children.push(node);
            stack.push({ indent, node });
          } else if (attribute) {
            parent.attributes[attribute[1] ?? ""] = attribute[2] ?? "";
          }
        }
        return roots;
      }
      function findSections(node, name) {
        const found = [];
        const visit = (current) => {
          for (const child of current.children) {
            if (child.name.toLowerCase() === name.toLowerCase())
              found.push(child);
            visit(child);
          }
        };
        visit(node);
        return found;
      }
      function attributeOf(node, name) {
        const key = Object.keys(node.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
        return key === void 0 ? void 0 : node.attributes[key];
      }
      function findAttribute(node, path) {
        const parts = path.split(".");
        const attribute = parts.pop() ?? "";
        if (parts.length === 0) {
          return attributeOf(node, attribute) ?? node.children.map((c) => attributeOf(c, attribute)).find((v) => v !== void 0);
        }
        const candidates = findSections(node, parts[parts.length - 1] ?? "").filter((section) => {
          return parts.length === 1 || hasAncestorChain(node, section, parts.slice(0, -1));
        });
        for (const section of candidates) {
          const value = attributeOf(section, attribute);
          if (value !== void 0)
            return value;
        }
        return void 0;
      }
      function hasAncestorChain(root, target, chain) {
        const path = [];
        const find = (current) => {
          if (current === target)
            return true;
          for (const child of current.children) {
            path.push(child);
            if (find(child))
              return true;
            path.pop();
          }
          return false;
        };
        if (!find(root))
          return false;
        const names = path.slice(0, -1).map((n) => n.name.toLowerCase());
        let index = names.length - 1;
        for (let i = chain.length - 1; i >= 0; i--) {
          if (index < 0 || names[index] !== chain[i]?.toLowerCase())
            return false;
          index--;
        }
        return true;
      }
      function collectionEntries(node, collection) {
        return findSections(node, collection).flatMap((section) => section.children.map((c) => c.attributes));
      }
      function parseAppcmdError(output) {
        const match = /ERROR \(([\s\S]*)\)/.exec(output);
        if (!match)
          return void 0;
        const body = (match[1] ?? "").trim();
        const parsed = /^(?:hresult:([0-9a-fA-F]{8}),\s*)?message:([\s\S]*)$/.exec(body);
        if (!parsed)
          return { message: body };
        const message = (parsed[2] ?? "").replace(/\s+/g, " ").trim();
        return parsed[1] ? { hresult: parsed[1].toLowerCase(), message } : { message };
      }
      function win32CodeOfHresult(hresult) {
        return Number.parseInt(hresult, 16) & 65535;
      }
      const APPCMD_CODES = {
        accessDenied: 5,
        fileNotFound: 2,
        invalidData: 13,
        sharingViolation: 32,
        lockViolation: 33,
        invalidParameter: 87,
        alreadyExists: 183,
        logonFailure: 1326,
        alreadyStarted: 1056,
        /** 80070425: the pool is Stopping (or Starting) and cannot take another start or stop yet (windows-facts \u00a73.4). */
        cannotAcceptControl: 1061,
        notStarted: 1062,
        notFound: 1168,
        invalidObject: 4312
      };
      function codeFromMessage(message) {
        if (/Cannot find \w+ object with identifier/i.test(message))
          return APPCMD_CODES.notFound;
        if (/duplicate collection (element|entry)/i.test(message))
          return APPCMD_CODES.alreadyExists;
        if (/locked at a parent level/i.test(message))
          return APPCMD_CODES.lockViolation;
        if (/access is denied|access denied/i.test(message))
          return APPCMD_CODES.accessDenied;
        return void 0;
      }
      function decodeAppcmdResult(result) {
        const error = parseAppcmdError(`${result.stdout}
${result.stderr}`);
        if (!error && result.exitCode === 0)
          return void 0;
        if (!error) {
          const text = (result.stderr.trim() || result.stdout.trim()).replace(/\s+/g, " ");
          return {
            code: result.exitCode,
            message: text || `exit code ${result.exitCode}`,
            exitCode: result.exitCode
          };
        }
        const code = error.hresult ? win32CodeOfHresult(error.hresult) : codeFromMessage(error.message) ?? result.exitCode;
        return { code, hresult: error.hresult, message: error.message, exitCode: result.exitCode };
      }
      function isConfigWriteCollision(args, failure) {
        const verb = args[0]?.toLowerCase();
        if (verb !== "add" && verb !== "set" && verb !== "delete")
          return false;
        if (/locked at a parent level/i.test(failure.message))
          return false;
        if (failure.code === APPCMD_CODES.sharingViolation)
          return true;
        return /cannot write configuration file|changed on disk|cannot commit configuration/i.test(failure.message);
      }
      function appcmdFix(args, failure) {
        const [verb = "", object = ""] = args.map((a) => a.toLowerCase());
        switch (failure.code) {
          case APPCMD_CODES.notFound:
            return `The ${object} does not exist: check the name (\`appcmd list ${object}s\`), or set \`create: true\` to create it.`;
          case APPCMD_CODES.accessDenied:
            return "Run elevated: the runner or agent service account must be a local administrator (UAC elevation is required to change IIS).";
          case APPCMD_CODES.notStarted:
            return `The ${object} is already stopped; nothing to do.`;
          case APPCMD_CODES.alreadyStarted:
            return `The ${object} is already started; nothing to do.`;
          case APPCMD_CODES.alreadyExists:
            return `An object with this name already exists (IIS names are case-insensitive): use it, or choose another name.`;
          case APPCMD_CODES.lockViolation:
            return /locked at a parent level/i.test(failure.message) ? "The configuration section is locked at a parent level: unlock it (`appcmd unlock config -section:<section>`) or set it with /commit:apphost." : "applicationHost.config is locked by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.";
          case APPCMD_CODES.sharingViolation:
            if (verb === "start" && object === "site")
              return "A binding of the site uses a port that another site or process holds: find it with `netstat -ano | findstr :<port>` and change the bindings.";
            return "applicationHost.config is in use by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.";
          case APPCMD_CODES.invalidObject:
            return verb === "start" ? "IIS refused to start it: check that the site has a valid binding and that WAS and W3SVC are running (`net start w3svc`)." : "The object is not valid for this command: check its name and state (`appcmd list " + object + "s`).";
          case APPCMD_CODES.logonFailure:
            return "The pool identity could not log on: re-enter the password of the SpecificUser identity, or use ApplicationPoolIdentity.";
          case APPCMD_CODES.fileNotFound:
            return "A file or folder IIS needs is missing: check the physical path; after installing the Hosting Bundle, restart IIS (`net stop was /y` then `net start w3svc`).";
          case APPCMD_CODES.invalidData:
          case APPCMD_CODES.invalidParameter:
            return "A value was rejected: check bindings (`protocol/ip:port:host`), paths and names.";
          default:
            if (/unknown (attribute|config section)|unrecognized/i.test(failure.message))
              return "This IIS does not know the setting or section: install the IIS feature that provides it (e.g. WindowsAuthentication via `iis-features`), or use IIS 10+ for pool environment variables.";
            return void 0;
        }
      }
      class AppcmdError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4 {
        command;
        failure;
        name = "AppcmdError";
        constructor(command, failure, fix) {
          const hresult = failure.hresult ? `HRESULT 0x${failure.hresult}, ` : "";
          super("appcmd", failure.exitCode, `${command} failed: ${failure.message} (${hresult}code ${failure.code})`, fix);
          this.command = command;
          this.failure = failure;
        }
        /** The Win32 code (low 16 bits of the HRESULT), not the possibly truncated exit code. */
        get code() {
          return this.failure.code;
        }
        get hresult() {
          return this.failure.hresult;
        }
      }
      function backoffDelay(attempt, policy, random) {
        const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
        return Math.round(exponential / 2 + random() * exponential / 2);
      }
      class Appcmd {
        options;
        retry;
        constructor(options) {
          this.options = options;
          this.retry = { attempts: 5, baseDelayMs: 250, maxDelayMs: 4e3, ...options.retry };
        }
        get reporter() {
          return this.options.reporter;
        }
        get clock() {
          return this.options.clock;
        }
        get signal() {
          return this.options.signal;
        }
        /** The command line as we show it: masked, with `appcmd` for the tool. */
        display(args) {
          return this.options.reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_3__.z)("appcmd", args));
        }
        async run(args, options = {}) {
          const { runner, path, reporter, clock, signal } = this.options;
          const random = this.options.random ?? Math.random;
          const isRead = args[0] === "list";
          const shown = this.display(args);
          if (isRead)
            reporter.debug(shown);
          else
            reporter.info(shown);
          for (let attempt = 0; ; attempt++) {
            if (signal?.aborted)
              throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc(`Cancelled before ${shown}.`);
            const result = await runner.run(path, args, {
              silent: true,
              signal,
              // Text in the ANSI code page (docs/windows-locale.md); /xml as its declaration says.
              outputEncoding: args.includes("/xml") ? "xml" : _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_1__.Ih["appcmd"]
            });
            const failure = decodeAppcmdResult(result);
            if (!failure)
              return { stdout: result.stdout };
            if (options.accept?.includes(failure.code))
              return { stdout: result.stdout, failure };
            if (isConfigWriteCollision(args, failure) && attempt + 1 < this.retry.attempts) {
              const delay = backoffDelay(attempt, this.retry, random);
              reporter.warning(`${shown}: IIS configuration is being written by someone else (${reporter.mask(failure.message)}); retrying in ${delay} ms (attempt ${attempt + 2} of ${this.retry.attempts}).`);
              await clock.sleep(delay, signal);
              continue;
            }
            const masked = { ...failure, message: reporter.mask(failure.message) };
            throw new AppcmdError(shown, masked, appcmdFix(args, failure));
          }
        }
        /** State of a pool, or undefined when it does not exist. */
        async getAppPoolState(pool) {
          return this.readState(buildAppPoolStateArgs(pool));
        }
        /** State of a site, or undefined when it does not exist. */
        async getSiteState(site) {
          return this.readState(buildSiteStateArgs(site));
        }
        async readState(args) {
          const { stdout, failure } = await this.run(args, { accept: [APPCMD_CODES.notFound] });
          if (failure)
            return void 0;
          const element = parseAppcmdXml(stdout)[0];
          if (!element)
            return /<appcmd\s*(\/>|>\s*<\/appcmd>)/.test(stdout) ? void 0 : "Unknown";
          return parseObjectState(element.attributes["state"] ?? "") ?? "Unknown";
        }
        /** PIDs of the pool's worker processes; `list wps` prints nothing when there are none (\u00a73.5). */
        async listWorkerProcesses(pool) {
          const { stdout } = await this.run(buildListWorkerProcessesArgs(pool), {
            accept: [APPCMD_CODES.notFound, 1]
          });
          return parseWorkerProcesses(stdout).map((wp) => wp.pid);
        }
        /** `/text:*` tree of one object, or undefined when it does not exist. */
        async readObject(object, id2) {
          const { stdout, failure } = await this.run(buildListArgs(object, id2, { text: "*" }), {
            accept: [APPCMD_CODES.notFound]
          });
          if (failure)
            return void 0;
          return parseTextTree(stdout)[0] ?? { name: object.toUpperCase(), attributes: {}, children: [] };
        }
        /**
         * One property of one object, or undefined when the object does not exist. Read from `/xml` (xmlAttributeOf):
         * names and paths come back in the encoding the document declares, not in the console code page.
         */
        async readProperty(object, id2, property) {
          const { stdout, failure } = await this.run(buildListArgs(object, id2, { xml: true }), {
            accept: [APPCMD_CODES.notFound]
          });
          if (failure)
            return void 0;
          const element = parseAppcmdXml(stdout)[0];
          if (!element)
            return void 0;
          return element.attributes[xmlAttributeOf(object, property)] ?? "";
        }
      }
    })
  ),
  /***/
  6397: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        QQ: () => (
          /* binding */
          parseBindings
        ),
        /* harmony export */
        gy: () => (
          /* binding */
          needsSni
        ),
        /* harmony export */
        on: () => (
          /* binding */
          sameBinding
        )
        /* harmony export */
      });
      var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
      var node_net__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8862);
      const BINDING_PROTOCOLS = ["http", "https"];
      const BINDING_PATTERN = /^(?<protocol>[A-Za-z][\w.+-]*)\/(?<ip>\*|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):(?<port>\d{1,5}):(?<host>[^:\s]*)$/;
      const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
      function parseBindingLine(line, input = "bindings") {
        const text = line.trim();
        const fail = (why) => {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': '${text}' ${why} Use protocol/ip:port:host, e.g. http/*:80: or https/*:443:shop.example.com.`);
        };
        const match = BINDING_PATTERN.exec(text);
        if (!match?.groups)
          return fail("is not a binding.");
        const { protocol = "", ip = "", port = "", host = "" } = match.groups;
        const lowerProtocol = protocol.toLowerCase();
        if (!BINDING_PROTOCOLS.includes(lowerProtocol))
          return fail(`uses protocol '${protocol}': only http and https are supported.`);
        if (/^\d/.test(ip) && !node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv4(ip))
          return fail(`has an invalid IP address '${ip}'.`);
        if (ip.startsWith("[") && !node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(ip.slice(1, -1)))
          return fail(`has an invalid IPv6 address '${ip}'.`);
        const portNumber = Number(port);
        if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535)
          return fail(`has port ${port}, outside 1\u201365535.`);
        const lowerHost = host.toLowerCase();
        if (lowerHost !== "" && (lowerHost.length > 253 || !HOST_PATTERN.test(lowerHost)))
          return fail(`has an invalid host name '${host}'.`);
        return { protocol: lowerProtocol, ip, port: portNumber, host: lowerHost };
      }
      function parseBindings(lines, input = "bindings") {
        const errors = [];
        const bindings = [];
        for (const line of lines) {
          if (line.trim() === "")
            continue;
          try {
            const binding = parseBindingLine(line, input);
            if (bindings.some((b) => sameBinding(b, binding)))
              errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': '${line.trim()}' is listed twice.`));
            else
              bindings.push(binding);
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz)
              errors.push(error);
            else
              throw error;
          }
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.G(errors);
        return bindings;
      }
      function sameBinding(a, b) {
        return a.protocol === b.protocol && (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.J5)(a).toLowerCase() === (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.J5)(b).toLowerCase();
      }
      function needsSni(binding) {
        return binding.protocol === "https" && binding.host !== "";
      }
    })
  ),
  /***/
  6108: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        BM: () => (
          /* binding */
          describeImport
        ),
        /* harmony export */
        XM: () => (
          /* binding */
          grantPrivateKeyRead
        ),
        /* harmony export */
        aN: () => (
          /* binding */
          describeGrant
        ),
        /* harmony export */
        eR: () => (
          /* binding */
          validatePfxInputs
        ),
        /* harmony export */
        et: () => (
          /* binding */
          importPfx
        ),
        /* harmony export */
        oQ: () => (
          /* binding */
          loadPfxReader
        ),
        /* harmony export */
        ow: () => (
          /* binding */
          inspectCertificate
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
      var _pool_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1976);
      const PFX_STORE = "My";
      function decodePfxBase64(value, input = "certificate-pfx") {
        const compact = value.replace(/\s+/g, "");
        if (compact === "" || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}' is not base64 (${compact.length} characters after removing line breaks): give the PFX file's bytes in base64, e.g. from \`base64 -w0 site.pfx\` or \`[Convert]::ToBase64String([IO.File]::ReadAllBytes('site.pfx'))\`.`);
        return Buffer.from(compact, "base64");
      }
      let loadedForge;
      async function loadPfxReader() {
        if (loadedForge)
          return;
        const module = await Promise.all(
          /* import() */
          [__webpack_require__.e(315), __webpack_require__.e(939)]
        ).then(__webpack_require__.bind(__webpack_require__, 9939));
        loadedForge = module.default;
      }
      function forgeLibrary() {
        if (!loadedForge) {
          throw new Error("certificate: a PFX was read before loadPfxReader() resolved (a bug in iis-deploy).");
        }
        return loadedForge;
      }
      function certificateDer(bag) {
        const forge = forgeLibrary();
        const asn1 = bag.asn1 ?? (bag.cert ? forge.pki.certificateToAsn1(bag.cert) : void 0);
        return asn1 ? Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary") : void 0;
      }
      function localKeyId(bag) {
        const ids2 = bag.attributes?.localKeyId;
        return ids2?.[0] === void 0 ? void 0 : Buffer.from(ids2[0], "binary").toString("hex");
      }
      function thumbprintOf(x509) {
        return x509.fingerprint.replace(/:/g, "").toUpperCase();
      }
      function readPfx(bytes, password, input = "certificate-pfx") {
        const forge = forgeLibrary();
        let p12;
        try {
          const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString("binary")));
          p12 = forge.pkcs12.pkcs12FromAsn1(asn1, true, password);
        } catch (error) {
          const text = error.message ?? "";
          if (/MAC could not be verified|wrong password|Invalid password/i.test(text))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("certificate-pfx-password", `Input 'certificate-pfx-password' does not open the PFX of '${input}' (its integrity check fails): give the password the PFX was exported with.`);
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}' is not a PFX (PKCS#12) file this tool can read (${text.replace(/\s+/g, " ").slice(0, 120)}): export the certificate with its private key as .pfx.`);
        }
        const bagsOf = (type) => type === void 0 ? [] : p12.getBags({ bagType: type })[type] ?? [];
        const certBags = bagsOf(forge.pki.oids.certBag);
        const keyBags = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(forge.pki.oids.keyBag)];
        if (certBags.length === 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': the PFX holds no certificate. Export the certificate with its private key.`);
        if (keyBags.length === 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': the PFX holds no private key (only ${certBags.length} certificate(s)). HTTPS needs the key: export the certificate "with the private key" (Windows: Export-PfxCertificate; OpenSSL: pkcs12 -export -inkey key.pem).`);
        const keyIds = new Set(keyBags.map(localKeyId).filter((id2) => id2 !== void 0));
        const keyed = certBags.filter((bag) => {
          const id2 = localKeyId(bag);
          return id2 !== void 0 && keyIds.has(id2);
        });
        const chosen = keyed.length === 1 ? keyed[0] : certBags.length === 1 && keyBags.length === 1 ? certBags[0] : void 0;
        if (chosen === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': the PFX holds ${certBags.length} certificates and ${keyBags.length} keys without saying which certificate the key belongs to. Export one certificate with its key (and its chain).`);
        const der = certificateDer(chosen);
        let x509;
        try {
          if (!der)
            throw new Error("no certificate bytes");
          x509 = new (node_crypto__WEBPACK_IMPORTED_MODULE_0___default()).X509Certificate(der);
        } catch (error) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': the PFX's certificate cannot be read (${error.message}).`);
        }
        return {
          thumbprint: thumbprintOf(x509),
          subject: x509.subject.replace(/\n/g, ", "),
          notAfter: new Date(x509.validTo).toISOString()
        };
      }
      function validatePfxInputs(inputs) {
        const { pfxBase64, pfxFileBytes, password } = inputs;
        if (pfxBase64 === void 0 && pfxFileBytes === void 0) {
          if (password !== void 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("certificate-pfx-password", `Input 'certificate-pfx-password' is set but no PFX is given: set 'certificate-pfx' (base64, from a secret) or 'certificate-pfx-file', or remove the password.`);
          return void 0;
        }
        if (pfxBase64 !== void 0 && pfxFileBytes !== void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("certificate-pfx-file", `Inputs 'certificate-pfx' and 'certificate-pfx-file' are both set: give the PFX one way.`);
        const input = pfxBase64 !== void 0 ? "certificate-pfx" : "certificate-pfx-file";
        if (password === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("certificate-pfx-password", `Input 'certificate-pfx-password' is needed with '${input}' (pass it from a secret). A PFX without a password cannot be told from a wrong one; export it with a password.`);
        if (inputs.store.toLowerCase() !== PFX_STORE.toLowerCase())
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("certificate-store", `Input 'certificate-store' is '${inputs.store}', but a PFX is imported into LocalMachine\\My only: remove 'certificate-store' (or set it to My).`);
        const bytes = pfxBase64 !== void 0 ? decodePfxBase64(pfxBase64) : pfxFileBytes;
        const read = readPfx(bytes, password, input);
        if (inputs.thumbprint !== void 0 && inputs.thumbprint.toUpperCase() !== read.thumbprint)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("certificate-thumbprint", `Input 'certificate-thumbprint' is '${inputs.thumbprint}', but the certificate in '${input}' has thumbprint ${read.thumbprint} (${read.subject}): remove 'certificate-thumbprint' (the PFX's is used) or give the matching PFX.`);
        return { ...read, base64: bytes.toString("base64"), input };
      }
      const KEY_HELPERS = [
        "function Get-KeyFile($cert) {",
        // A CryptoAPI key (the usual result of a PFX import on .NET Framework) has a container in RSA\MachineKeys; a CNG key
        // a file in Keys. $cert.PrivateKey throws for CNG keys on .NET Framework, hence the fallback.
        "  $csp = $null",
        "  try { $csp = $cert.PrivateKey } catch { }",
        "  $names = @()",
        "  if ($null -ne $csp -and $null -ne $csp.CspKeyContainerInfo) { $names += $csp.CspKeyContainerInfo.UniqueKeyContainerName }",
        "  $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)",
        "  if ($null -eq $key) { $key = [System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions]::GetECDsaPrivateKey($cert) }",
        "  if ($null -ne $key -and $null -ne $key.Key) { $names += $key.Key.UniqueName }",
        "  foreach ($name in $names) { foreach ($folder in @('Microsoft\\Crypto\\RSA\\MachineKeys', 'Microsoft\\Crypto\\Keys')) {",
        "    $file = Join-Path (Join-Path $env:ProgramData $folder) $name",
        "    if (Test-Path -LiteralPath $file) { return $file }",
        "  } }",
        "  throw ('The private key file of ' + $cert.Thumbprint + ' was not found under ' + $env:ProgramData + '\\Microsoft\\Crypto')",
        "}",
        "function Get-Sid($account) {",
        "  if ($account.StartsWith('*')) { return New-Object System.Security.Principal.SecurityIdentifier($account.Substring(1)) }",
        "  return (New-Object System.Security.Principal.NTAccount($account)).Translate([System.Security.Principal.SecurityIdentifier])",
        "}",
        "function Test-Read($file, $sid) {",
        "  $read = [System.Security.AccessControl.FileSystemRights]::Read",
        "  foreach ($rule in (Get-Acl -LiteralPath $file).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) {",
        "    if ($rule.IdentityReference -eq $sid -and $rule.AccessControlType -eq 'Allow' -and ($rule.FileSystemRights -band $read) -eq $read) { return $true }",
        "  }",
        "  return $false",
        "}",
        "function Open-Store($mode) {",
        "  $store = New-Object System.Security.Cryptography.X509Certificates.X509Store('My', 'LocalMachine')",
        "  $store.Open($mode)",
        "  return $store",
        "}"
      ];
      const INSPECT_CERTIFICATE_SCRIPT = [
        "$ErrorActionPreference = 'Stop'",
        "$request = [Console]::In.ReadToEnd() | ConvertFrom-Json",
        ...KEY_HELPERS,
        "$store = Open-Store 'ReadOnly'",
        "$found = $store.Certificates.Find('FindByThumbprint', $request.thumbprint, $false)",
        "$result = @{ present = $false; hasPrivateKey = $false; granted = $false; subject = $null }",
        "if ($found.Count -gt 0) {",
        "  $cert = $found[0]",
        "  $result.present = $true",
        "  $result.subject = $cert.Subject",
        "  $result.hasPrivateKey = $cert.HasPrivateKey",
        "  if ($cert.HasPrivateKey -and $request.account) {",
        "    try { $sid = Get-Sid $request.account } catch { [Console]::Error.WriteLine('Account not found: ' + $request.account); exit 6 }",
        "    $result.granted = Test-Read (Get-KeyFile $cert) $sid",
        "  }",
        "}",
        "$store.Close()",
        "Write-Output ($result | ConvertTo-Json -Compress)"
      ].join("\n");
      const CHANGE_CERTIFICATE_SCRIPT = [
        "$ErrorActionPreference = 'Stop'",
        "$request = [Console]::In.ReadToEnd() | ConvertFrom-Json",
        ...KEY_HELPERS,
        "if ($request.action -eq 'import') {",
        "  $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]'MachineKeySet, PersistKeySet'",
        "  $collection = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2Collection",
        "  $collection.Import([Convert]::FromBase64String($request.pfx), $request.password, $flags)",
        "  $cert = $collection | Where-Object { $_.Thumbprint -eq $request.thumbprint } | Select-Object -First 1",
        "  if ($null -eq $cert) { [Console]::Error.WriteLine('The PFX holds no certificate with thumbprint ' + $request.thumbprint); exit 5 }",
        "  if (-not $cert.HasPrivateKey) { [Console]::Error.WriteLine('The PFX has no private key for ' + $cert.Subject); exit 4 }",
        "  $store = Open-Store 'ReadWrite'",
        "  $store.Add($cert)",
        "  $store.Close()",
        "} elseif ($request.action -eq 'grant') {",
        "  $store = Open-Store 'ReadOnly'",
        "  $found = $store.Certificates.Find('FindByThumbprint', $request.thumbprint, $false)",
        "  $store.Close()",
        "  if ($found.Count -eq 0) { [Console]::Error.WriteLine('Not in Cert:\\LocalMachine\\My: ' + $request.thumbprint); exit 3 }",
        "  $cert = $found[0]",
        "  if (-not $cert.HasPrivateKey) { [Console]::Error.WriteLine('No private key: ' + $request.thumbprint); exit 4 }",
        "  try { $sid = Get-Sid $request.account } catch { [Console]::Error.WriteLine('Account not found: ' + $request.account); exit 6 }",
        "  $file = Get-KeyFile $cert",
        "  $acl = Get-Acl -LiteralPath $file",
        "  $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($sid, 'Read', 'Allow')",
        "  $acl.AddAccessRule($rule)",
        "  Set-Acl -LiteralPath $file -AclObject $acl",
        "} else { [Console]::Error.WriteLine('Unknown action'); exit 2 }",
        "Write-Output (@{ done = $request.action; thumbprint = $request.thumbprint } | ConvertTo-Json -Compress)"
      ].join("\n");
      function buildInspectCertificateArgs() {
        return (0, _pool_identity_js__WEBPACK_IMPORTED_MODULE_2__.wv)(INSPECT_CERTIFICATE_SCRIPT);
      }
      function buildChangeCertificateArgs() {
        return (0, _pool_identity_js__WEBPACK_IMPORTED_MODULE_2__.wv)(CHANGE_CERTIFICATE_SCRIPT);
      }
      function describeImport(pfx) {
        return `powershell -NoProfile -NonInteractive -EncodedCommand <import PFX into Cert:\\LocalMachine\\My> (PFX and password on standard input): ${pfx.thumbprint} (${pfx.subject})`;
      }
      function describeGrant(thumbprint, account) {
        return `powershell -NoProfile -NonInteractive -EncodedCommand <grant Read on the private key> : ${account} on ${thumbprint}`;
      }
      function parseScriptJson(stdout) {
        for (const line of stdout.replace(/^\uFEFF/, "").split(/\r?\n/).reverse()) {
          const text = line.trim();
          if (!text.startsWith("{"))
            continue;
          try {
            return JSON.parse(text);
          } catch {
            return void 0;
          }
        }
        return void 0;
      }
      const FIX_ELEVATED = "Run elevated (an administrator can write Cert:\\LocalMachine\\My and its keys), with Windows PowerShell 5.1 and .NET Framework 4.7 or later.";
      function scriptFailure(what, exitCode, stderr, stdout, reporter) {
        const text = reporter.mask(`${stderr}
${stdout}`.trim().replace(/\s+/g, " "));
        const fix = {
          3: "The certificate is not in Cert:\\LocalMachine\\My: give the PFX (certificate-pfx) so it is imported.",
          4: "The certificate has no private key: import it from a PFX exported with its private key.",
          5: "The PFX does not hold the certificate asked for: check 'certificate-thumbprint'.",
          6: "Windows cannot resolve the pool's account to a SID: check 'pool-identity'/'pool-username', and that the app pool exists."
        };
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.v4("powershell", exitCode, `${what} failed (exit code ${exitCode}): ${text || "no output"}`, fix[exitCode] ?? FIX_ELEVATED);
      }
      async function inspectCertificate(options, thumbprint, account) {
        const result = await options.runner.run(options.powershellPath, buildInspectCertificateArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ thumbprint, account: account ?? null })
        });
        if (result.exitCode !== 0)
          throw scriptFailure(`Reading certificate ${thumbprint} in Cert:\\LocalMachine\\My`, result.exitCode, result.stderr, result.stdout, options.reporter);
        const json = parseScriptJson(result.stdout);
        if (!json || typeof json.present !== "boolean")
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.v4("powershell", 0, `Reading certificate ${thumbprint} in Cert:\\LocalMachine\\My printed no JSON answer: ${options.reporter.mask(result.stdout.trim().slice(0, 200)) || "no output"}`, FIX_ELEVATED);
        return { present: json.present, hasPrivateKey: json.hasPrivateKey === true, granted: json.granted === true };
      }
      async function importPfx(options, pfx, password) {
        options.reporter.registerSecret(pfx.base64);
        options.reporter.registerSecret(password);
        options.reporter.info(describeImport(pfx));
        const result = await options.runner.run(options.powershellPath, buildChangeCertificateArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ action: "import", pfx: pfx.base64, password, thumbprint: pfx.thumbprint })
        });
        if (result.exitCode !== 0)
          throw scriptFailure(`Importing certificate ${pfx.thumbprint} (${pfx.subject}) from '${pfx.input}' into Cert:\\LocalMachine\\My`, result.exitCode, result.stderr, result.stdout, options.reporter);
      }
      async function grantPrivateKeyRead(options, thumbprint, account) {
        options.reporter.info(describeGrant(thumbprint, account));
        const result = await options.runner.run(options.powershellPath, buildChangeCertificateArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ action: "grant", thumbprint, account })
        });
        if (result.exitCode !== 0)
          throw scriptFailure(`Granting ${account} Read on the private key of certificate ${thumbprint}`, result.exitCode, result.stderr, result.stdout, options.reporter);
      }
    })
  ),
  /***/
  3642: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        IM: () => (
          /* binding */
          deployLockName
        ),
        /* harmony export */
        cl: () => (
          /* binding */
          lockNameFor
        ),
        /* harmony export */
        zE: () => (
          /* binding */
          acquireDeployLock
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
      var node_os__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
      var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
      var _core_state_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1352);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8862);
      class LockLostError extends Error {
        name = "LockLostError";
      }
      const SERVER_LOCK_NAME = "server.lock";
      const OWNER_FILE = "owner.json";
      function deployLockName(site, application) {
        const identity = `${site}${(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_6__.F_)(application) === "/" ? "" : (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_6__.F_)(application)}`.toLowerCase();
        const slug = identity.replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
        const hash = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash("sha256").update(identity, "utf8").digest("hex").slice(0, 10);
        return `${slug || "site"}-${hash}.lock`;
      }
      function lockNameFor(options) {
        if (options.scope === "server" || options.site === void 0)
          return SERVER_LOCK_NAME;
        return deployLockName(options.site, options.application);
      }
      function readProcessStart(pid) {
        try {
          const stat = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(`/proc/${pid}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          const ticks = fields[19];
          return ticks && /^\d+$/.test(ticks) ? `linux:${ticks}` : void 0;
        } catch {
          return void 0;
        }
      }
      function parseLockOwner(text) {
        try {
          const value = JSON.parse(text);
          if (typeof value.token !== "string" || typeof value.pid !== "number" || typeof value.host !== "string" || typeof value.startedAt !== "number" || typeof value.heartbeatAt !== "number")
            return void 0;
          return value;
        } catch {
          return void 0;
        }
      }
      function judgeLockHolder(owner, now, context) {
        if (owner.host.toLowerCase() === context.hostname.toLowerCase()) {
          if (!context.isProcessAlive(owner.pid))
            return { stale: true, reason: `its process ${owner.pid} is no longer running` };
          const startNow = owner.processStart !== void 0 ? context.processStartOf?.(owner.pid) : void 0;
          if (startNow !== void 0 && startNow !== owner.processStart)
            return {
              stale: true,
              reason: `its process ${owner.pid} ended (the pid now belongs to another process)`
            };
          return { stale: false };
        }
        const silentMs = now - owner.heartbeatAt;
        if (silentMs > context.staleMs)
          return { stale: true, reason: `its heartbeat stopped ${Math.round(silentMs / 1e3)} s ago` };
        return { stale: false };
      }
      function describeHolder(owner, now) {
        const since = new Date(owner.startedAt).toISOString();
        const seconds = Math.max(0, Math.round((now - owner.startedAt) / 1e3));
        const who = owner.description ? ` (${owner.description})` : "";
        return `pid ${owner.pid} on host ${owner.host}${who}, since ${since} (${seconds} s)`;
      }
      function defaultIsProcessAlive(pid) {
        try {
          process.kill(pid, 0);
          return true;
        } catch (error) {
          return error.code === "EPERM";
        }
      }
      function readOwner(lockPath) {
        try {
          return parseLockOwner(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(lockPath, OWNER_FILE), "utf8"));
        } catch {
          return void 0;
        }
      }
      function writeOwner(lockPath, owner) {
        const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(lockPath, `${OWNER_FILE}.${owner.token}.tmp`);
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(temp, JSON.stringify(owner));
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().renameSync(temp, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(lockPath, OWNER_FILE));
      }
      function ageOf(file, now) {
        try {
          return now - node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(file).mtimeMs;
        } catch {
          return void 0;
        }
      }
      function breakStaleLock(lockPath, staleToken, staleMs, now) {
        const breaker = `${lockPath}.breaking`;
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(breaker);
        } catch {
          const age = ageOf(breaker, now);
          if (age !== void 0 && age > staleMs)
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(breaker, { recursive: true, force: true });
          return;
        }
        try {
          const current = readOwner(lockPath);
          if (current?.token === staleToken)
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(lockPath, { recursive: true, force: true });
        } finally {
          node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(breaker, { recursive: true, force: true });
        }
      }
      const heldAtExit = /* @__PURE__ */ new Map();
      let exitHookInstalled = false;
      function installExitHook() {
        if (exitHookInstalled)
          return;
        exitHookInstalled = true;
        process.once("exit", () => {
          for (const [lockPath, token] of heldAtExit) {
            if (readOwner(lockPath)?.token === token)
              node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(lockPath, { recursive: true, force: true });
          }
        });
      }
      async function acquireDeployLock(options) {
        const clock = options.clock;
        const timeoutMs = options.timeoutMs ?? 6e5;
        const pollMs = options.pollMs ?? 1e3;
        const heartbeatMs = options.heartbeatMs ?? 5e3;
        const staleMs = options.staleMs ?? 6e4;
        const reportEveryMs = options.reportEveryMs ?? 3e4;
        const hostname = options.hostname ?? node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname();
        const isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive;
        const processStartOf = options.processStartOf ?? readProcessStart;
        const server = options.scope === "server" || options.site === void 0;
        const target = server ? "this server (IIS features, Hosting Bundle, IIS restart)" : `${options.site}${(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_6__.F_)(options.application)}`;
        const root = options.directory ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0, _core_state_dir_js__WEBPACK_IMPORTED_MODULE_5__.yD)({ env: process.env, platform: process.platform, uid: process.getuid?.() }), _core_state_dir_js__WEBPACK_IMPORTED_MODULE_5__.lu.locks);
        const lockPath = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, lockNameFor(options));
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(root, { recursive: true });
        const start = clock.now();
        let lastReport;
        for (; ; ) {
          if (options.signal?.aborted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.cc(`Cancelled while waiting for the deploy lock of ${target}.`);
          const now = clock.now();
          try {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(lockPath);
            const owner2 = {
              token: node_crypto__WEBPACK_IMPORTED_MODULE_0___default().randomUUID(),
              pid: process.pid,
              host: hostname,
              startedAt: now,
              heartbeatAt: now,
              description: options.description,
              target,
              processStart: processStartOf(process.pid)
            };
            try {
              writeOwner(lockPath, owner2);
            } catch (error) {
              node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(lockPath, { recursive: true, force: true });
              throw error;
            }
            const waitedMs = now - start;
            if (lastReport !== void 0)
              options.reporter.info(`Got the deploy lock of ${target} after ${Math.round(waitedMs / 1e3)} s.`);
            else
              options.reporter.debug(`Deploy lock of ${target}: ${lockPath}`);
            return holdLock(lockPath, owner2, waitedMs, { clock, heartbeatMs, reporter: options.reporter, target });
          } catch (error) {
            if (error.code !== "EEXIST")
              throw error;
          }
          const owner = readOwner(lockPath);
          if (owner) {
            const verdict = judgeLockHolder(owner, now, { hostname, staleMs, isProcessAlive, processStartOf });
            if (verdict.stale) {
              options.reporter.warning(`Breaking the deploy lock of ${target} held by ${describeHolder(owner, now)}: ${verdict.reason}.`);
              breakStaleLock(lockPath, owner.token, staleMs, now);
              continue;
            }
          } else {
            const age = ageOf(lockPath, now);
            if (age !== void 0 && age > staleMs) {
              options.reporter.warning(`Breaking the deploy lock of ${target}: ${lockPath} has no owner since ${Math.round(age / 1e3)} s.`);
              breakStaleLock(lockPath, void 0, staleMs, now);
              continue;
            }
          }
          const holder = owner ? describeHolder(owner, now) : "a deploy that is starting";
          const waited = now - start;
          if (waited >= timeoutMs) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.MU(`Another deploy of ${target} still holds the deploy lock after ${Math.round(waited / 1e3)} s: ${holder}.
Fix: wait for it to finish, or raise the lock timeout. If you are sure no deploy is running, delete ${lockPath}.`);
          }
          if (lastReport === void 0 || now - lastReport >= reportEveryMs) {
            options.reporter.info(`Waiting for another deploy of ${target} to finish: ${holder}. Lock: ${lockPath}`);
            lastReport = now;
          }
          await clock.sleep(Math.min(pollMs, Math.max(1, timeoutMs - waited)), options.signal);
        }
      }
      function holdLock(lockPath, owner, waitedMs, context) {
        let released = false;
        let lost = false;
        heldAtExit.set(lockPath, owner.token);
        installExitHook();
        const timer = setInterval(() => {
          if (released || lost)
            return;
          if (readOwner(lockPath)?.token !== owner.token) {
            lost = true;
            context.reporter.warning(`The deploy lock of ${context.target} was taken over by another run (it judged this one crashed): another deploy may now run at the same time.`);
            return;
          }
          try {
            writeOwner(lockPath, { ...owner, heartbeatAt: context.clock.now() });
          } catch {
          }
        }, context.heartbeatMs);
        timer.unref();
        return {
          path: lockPath,
          owner,
          waitedMs,
          assertHeld: () => {
            if (released)
              throw new LockLostError(`The deploy lock of ${context.target} was already released.`);
            const holder = readOwner(lockPath);
            if (!lost && holder?.token === owner.token)
              return;
            lost = true;
            throw new LockLostError(`This run lost the deploy lock of ${context.target}${holder ? ` to ${describeHolder(holder, context.clock.now())}` : ""}: it stopped before changing anything more. Another deploy may be running: check the server, then deploy again.`);
          },
          release: async () => {
            if (released)
              return;
            released = true;
            clearInterval(timer);
            heldAtExit.delete(lockPath);
            try {
              if (readOwner(lockPath)?.token === owner.token)
                node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(lockPath, { recursive: true, force: true });
            } catch (error) {
              context.reporter.warning(`Could not remove the deploy lock ${lockPath}: ${error.message}. The next deploy breaks it once its heartbeat is stale.`);
            }
          }
        };
      }
      async function withDeployLock(options, fn) {
        const lock = await acquireDeployLock(options);
        try {
          return await fn(lock);
        } finally {
          await lock.release();
        }
      }
    })
  ),
  /***/
  4962: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        he: () => (
          /* binding */
          resolveIisFeatures
        ),
        /* harmony export */
        kG: () => (
          /* binding */
          buildEnableFeaturesArgs
        ),
        /* harmony export */
        n9: () => (
          /* binding */
          ensureIisFeatures
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4925);
      const IIS_FEATURES = [
        { name: "WebServerRole", dism: "IIS-WebServerRole", serverManager: "Web-Server" },
        { name: "WebServer", dism: "IIS-WebServer", serverManager: "Web-WebServer" },
        { name: "CommonHttpFeatures", dism: "IIS-CommonHttpFeatures", serverManager: "Web-Common-Http" },
        { name: "StaticContent", dism: "IIS-StaticContent", serverManager: "Web-Static-Content" },
        { name: "DefaultDocument", dism: "IIS-DefaultDocument", serverManager: "Web-Default-Doc" },
        { name: "DirectoryBrowsing", dism: "IIS-DirectoryBrowsing", serverManager: "Web-Dir-Browsing" },
        { name: "HttpErrors", dism: "IIS-HttpErrors", serverManager: "Web-Http-Errors" },
        { name: "HttpRedirect", dism: "IIS-HttpRedirect", serverManager: "Web-Http-Redirect" },
        { name: "ApplicationDevelopment", dism: "IIS-ApplicationDevelopment", serverManager: "Web-App-Dev" },
        { name: "WebSockets", dism: "IIS-WebSockets", serverManager: "Web-WebSockets" },
        { name: "ApplicationInit", dism: "IIS-ApplicationInit", serverManager: "Web-AppInit" },
        { name: "ISAPIExtensions", dism: "IIS-ISAPIExtensions", serverManager: "Web-ISAPI-Ext" },
        { name: "ISAPIFilter", dism: "IIS-ISAPIFilter", serverManager: "Web-ISAPI-Filter" },
        { name: "ASPNET45", dism: "IIS-ASPNET45", serverManager: "Web-Asp-Net45" },
        { name: "NetFxExtensibility45", dism: "IIS-NetFxExtensibility45", serverManager: "Web-Net-Ext45" },
        { name: "CGI", dism: "IIS-CGI", serverManager: "Web-CGI" },
        { name: "ServerSideIncludes", dism: "IIS-ServerSideIncludes", serverManager: "Web-Includes" },
        { name: "HealthAndDiagnostics", dism: "IIS-HealthAndDiagnostics", serverManager: "Web-Health" },
        { name: "HttpLogging", dism: "IIS-HttpLogging", serverManager: "Web-Http-Logging" },
        { name: "RequestMonitor", dism: "IIS-RequestMonitor", serverManager: "Web-Request-Monitor" },
        { name: "HttpTracing", dism: "IIS-HttpTracing", serverManager: "Web-Http-Tracing" },
        { name: "Security", dism: "IIS-Security", serverManager: "Web-Security" },
        { name: "RequestFiltering", dism: "IIS-RequestFiltering", serverManager: "Web-Filtering" },
        { name: "BasicAuthentication", dism: "IIS-BasicAuthentication", serverManager: "Web-Basic-Auth" },
        { name: "WindowsAuthentication", dism: "IIS-WindowsAuthentication", serverManager: "Web-Windows-Auth" },
        { name: "DigestAuthentication", dism: "IIS-DigestAuthentication", serverManager: "Web-Digest-Auth" },
        {
          name: "ClientCertificateMappingAuthentication",
          dism: "IIS-ClientCertificateMappingAuthentication",
          serverManager: "Web-Client-Auth"
        },
        {
          name: "IISCertificateMappingAuthentication",
          dism: "IIS-IISCertificateMappingAuthentication",
          serverManager: "Web-Cert-Auth"
        },
        { name: "URLAuthorization", dism: "IIS-URLAuthorization", serverManager: "Web-Url-Auth" },
        { name: "IPSecurity", dism: "IIS-IPSecurity", serverManager: "Web-IP-Security" },
        { name: "Performance", dism: "IIS-Performance", serverManager: "Web-Performance" },
        { name: "HttpCompressionStatic", dism: "IIS-HttpCompressionStatic", serverManager: "Web-Stat-Compression" },
        {
          name: "HttpCompressionDynamic",
          dism: "IIS-HttpCompressionDynamic",
          serverManager: "Web-Dyn-Compression"
        },
        { name: "WebServerManagementTools", dism: "IIS-WebServerManagementTools", serverManager: "Web-Mgmt-Tools" },
        { name: "ManagementConsole", dism: "IIS-ManagementConsole", serverManager: "Web-Mgmt-Console" },
        {
          name: "ManagementScriptingTools",
          dism: "IIS-ManagementScriptingTools",
          serverManager: "Web-Scripting-Tools"
        },
        { name: "ManagementService", dism: "IIS-ManagementService", serverManager: "Web-Mgmt-Service" },
        { name: "HostableWebCore", dism: "IIS-HostableWebCore", serverManager: "Web-WHC" },
        {
          name: "IIS6ManagementCompatibility",
          dism: "IIS-IIS6ManagementCompatibility",
          serverManager: "Web-Mgmt-Compat"
        },
        { name: "Metabase", dism: "IIS-Metabase", serverManager: "Web-Metabase" }
      ];
      const WEB_SERVER_ROLE = ["IIS-WebServerRole", "IIS-WebServer"];
      function dismFeatureName(name) {
        const wanted = name.trim().toLowerCase();
        const entry = IIS_FEATURES.find((f) => f.name.toLowerCase() === wanted || f.dism.toLowerCase() === wanted || f.serverManager.toLowerCase() === wanted);
        return entry?.dism;
      }
      function resolveIisFeatures(names, input = "iis-features") {
        const errors = [];
        const resolved = [...WEB_SERVER_ROLE];
        for (const name of names) {
          if (name.trim() === "")
            continue;
          const dism = dismFeatureName(name);
          if (!dism) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${name.trim()}' is not an IIS feature this action knows. Known: ${IIS_FEATURES.map((f) => f.name).join(", ")} (or their IIS-* / Web-* names).`));
          } else if (!resolved.includes(dism))
            resolved.push(dism);
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.G(errors);
        return resolved;
      }
      function buildGetFeatureInfoArgs(feature) {
        return ["/online", "/get-featureinfo", `/featurename:${feature}`, "/English"];
      }
      function buildEnableFeaturesArgs(features) {
        return [
          "/online",
          "/enable-feature",
          ...features.map((f) => `/featurename:${f}`),
          "/all",
          "/norestart",
          "/quiet",
          "/English"
        ];
      }
      function parseFeatureState(output) {
        const value = /^\s*State\s*:\s*(.+?)\s*$/im.exec(output)?.[1]?.toLowerCase();
        const states = [
          "Enabled",
          "Disabled",
          "Disabled with Payload Removed",
          "Enable Pending",
          "Disable Pending"
        ];
        return states.find((s) => s.toLowerCase() === value);
      }
      function parseDismError(output) {
        return /^\s*Error:\s*(0x[0-9a-fA-F]+|\d+)/im.exec(output)?.[1]?.toLowerCase();
      }
      function exitCodeIs(actual, expected) {
        return actual === expected || expected > 255 && actual === (expected & 255);
      }
      const REBOOT_REQUIRED = 3010;
      function dismFix(code, text) {
        if (code === "740" || /elevat/i.test(text))
          return "Run elevated: DISM needs administrator rights.";
        if (code === "0x800f081f" || /source files could not be found/i.test(text))
          return "The feature payload is not on this machine: allow Windows Update, or point DISM at installation media (/Source) once by hand.";
        if (code === "0x800f080c" || /is unknown/i.test(text))
          return "This Windows edition does not offer the feature (ManagementService exists on Windows Server only).";
        return "See %windir%\\Logs\\DISM\\dism.log.";
      }
      async function ensureIisFeatures(options) {
        const { runner, dismPath, reporter } = options;
        const features = resolveIisFeatures(options.features);
        const result = { enabled: [], alreadyEnabled: [], rebootRequired: false };
        const dism = async (args) => {
          const shown = (0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_1__.z)("dism", args);
          reporter.debug(shown);
          const run = await runner.run(dismPath, args, { silent: true, signal: options.signal });
          return { exitCode: run.exitCode, text: `${run.stdout}
${run.stderr}`, shown };
        };
        const fail = (shown, exitCode, text) => {
          const code = parseDismError(text);
          const summary = text.trim().split(/\r?\n/).filter(Boolean).slice(-3).join(" ");
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4("dism", exitCode, `${shown} failed (${code ? `error ${code}` : `exit code ${exitCode}`}): ${summary}`, dismFix(code, text));
        };
        for (const feature of features) {
          const info = await dism(buildGetFeatureInfoArgs(feature));
          if (info.exitCode !== 0)
            fail(info.shown, info.exitCode, info.text);
          const state = parseFeatureState(info.text);
          if (state === "Enabled" || state === "Enable Pending") {
            result.alreadyEnabled.push(feature);
            if (state === "Enable Pending")
              result.rebootRequired = true;
            continue;
          }
          if (state === void 0)
            fail(info.shown, info.exitCode, `no "State :" line in: ${info.text}`);
          result.enabled.push(feature);
          reporter.info(`${options.dryRun ? "Would enable" : "Enabling"} ${feature} (now ${state}).`);
        }
        if (result.enabled.length > 0 && !options.dryRun) {
          reporter.info("DISM is enabling the features; this can take a few minutes.");
          const enable = await dism(buildEnableFeaturesArgs(result.enabled));
          if (exitCodeIs(enable.exitCode, REBOOT_REQUIRED))
            result.rebootRequired = true;
          else if (enable.exitCode !== 0)
            fail(enable.shown, enable.exitCode, enable.text);
        }
        if (result.enabled.length === 0)
          reporter.info(`IIS features: all enabled already (${features.join(", ")}).`);
        if (result.rebootRequired)
          reporter.warning("A reboot is required to finish enabling IIS features (DISM 3010). The deploy continues; reboot the server when convenient.");
        return result;
      }
    })
  ),
  /***/
  6158: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Cs: () => (
          /* binding */
          parsePoolIdentity
        ),
        /* harmony export */
        Mo: () => (
          /* binding */
          iisNameProblem
        ),
        /* harmony export */
        a1: () => (
          /* binding */
          parseAuthenticationLine
        ),
        /* harmony export */
        nP: () => (
          /* binding */
          parseApplicationPath
        ),
        /* harmony export */
        rJ: () => (
          /* binding */
          validateIisName
        ),
        /* harmony export */
        uk: () => (
          /* binding */
          poolEnvironmentVariableProblems
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
      function quoted(values) {
        return values.map((v) => `'${v}'`).join(", ");
      }
      function parseApplicationPath(value, input = "application") {
        const normalized = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.F_)(value);
        if (/["\r\n]|\/\.\.?(\/|$)|\/\//.test(normalized)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': use a virtual path such as / or /api.`);
        }
        return normalized;
      }
      function iisNameProblem(value, forProvisioning = false) {
        if (value.trim() === "")
          return "is empty";
        if (/["\r\n]/.test(value))
          return "contains a quote or a line break";
        if (/[/\\]/.test(value))
          return "contains a slash";
        if (forProvisioning && /['[\]]/.test(value))
          return "contains ' or a bracket, which appcmd's collection syntax cannot carry";
        return void 0;
      }
      function validateIisName(input, value, forProvisioning = false) {
        const problem = iisNameProblem(value, forProvisioning);
        if (problem)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}', which ${problem}: use a plain IIS name.`);
        return value;
      }
      function findPoolIdentity(value) {
        return POOL_IDENTITIES.find((p) => p.toLowerCase() === value?.trim().toLowerCase());
      }
      function parsePoolIdentity(value, input = "pool-identity") {
        const found = _appcmd_js__WEBPACK_IMPORTED_MODULE_1__._g.find((p) => p.toLowerCase() === value.trim().toLowerCase());
        if (!found)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': allowed values are ${quoted(_appcmd_js__WEBPACK_IMPORTED_MODULE_1__._g)}.`);
        return found;
      }
      function parseAuthenticationLine(line, input = "authentication") {
        const match = /^([A-Za-z]+)\s*=\s*(true|false)$/i.exec(line.trim());
        const kind = _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.xW.find((k) => k === match?.[1]?.toLowerCase());
        if (!match || !kind) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' has '${line.trim()}': write kind=true|false per line, kind one of ${quoted(_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.xW)}.`);
        }
        return { kind, enabled: match[2]?.toLowerCase() === "true" };
      }
      function poolEnvironmentVariableProblems(name, value) {
        const problems = [];
        if (!/^[^=\s'][^='\s]*$/.test(name))
          problems.push(`'${name}' is not a valid variable name (no spaces, '=' or ')`);
        if (value.includes("'"))
          problems.push(`the value of '${name}' contains ', which appcmd's collection syntax cannot express. Put it in web.config (\`environment-variables\`) instead`);
        if (/[\r\n]/.test(value))
          problems.push(`the value of '${name}' contains a line break, which appcmd cannot carry`);
        return problems;
      }
    })
  ),
  /***/
  5123: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $w: () => (
          /* binding */
          grantAccess
        ),
        /* harmony export */
        BP: () => (
          /* binding */
          accountOfPool
        ),
        /* harmony export */
        Us: () => (
          /* binding */
          dataProtectionAdvice
        ),
        /* harmony export */
        yF: () => (
          /* binding */
          poolAccount
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4925);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7958);
      function poolAccount(identity, pool) {
        switch (identity) {
          case "ApplicationPoolIdentity":
            return `IIS AppPool\\${pool}`;
          case "NetworkService":
            return "*S-1-5-20";
          case "LocalService":
            return "*S-1-5-19";
          case "LocalSystem":
            return "*S-1-5-18";
        }
      }
      function accountOfPool(identityType, userName, pool) {
        const type = (identityType ?? "ApplicationPoolIdentity").toLowerCase();
        if (type === "specificuser")
          return userName?.trim() ? userName.trim() : void 0;
        const known = ["ApplicationPoolIdentity", "NetworkService", "LocalService", "LocalSystem"].find((identity) => identity.toLowerCase() === type);
        return known === void 0 ? void 0 : poolAccount(known, pool);
      }
      const LOCALIZED_ACCOUNT_NAMES = {
        "S-1-5-20": [
          "NT AUTHORITY\\NETWORK SERVICE",
          "NT-AUTORIT\xC4T\\NETZWERKDIENST",
          "AUTORITE NT\\SERVICE R\xC9SEAU",
          "NT AUTHORITY\\SERVIZIO DI RETE",
          "NT AUTHORITY\\SERVICIO DE RED"
        ],
        "S-1-5-19": [
          "NT AUTHORITY\\LOCAL SERVICE",
          "NT-AUTORIT\xC4T\\LOKALER DIENST",
          "AUTORITE NT\\SERVICE LOCAL",
          "NT AUTHORITY\\SERVIZIO LOCALE",
          "NT AUTHORITY\\SERVICIO LOC"
        ],
        "S-1-5-18": ["NT AUTHORITY\\SYSTEM", "NT-AUTORIT\xC4T\\SYSTEM", "AUTORITE NT\\SYSTEM", "NT AUTHORITY\\\u0421\u0418\u0421\u0422\u0415\u041C\u0410"]
      };
      function accountAliases(account) {
        const sid = /^\*?(S-1-[\d-]+)$/i.exec(account)?.[1]?.toUpperCase();
        const names = sid ? LOCALIZED_ACCOUNT_NAMES[sid] ?? [] : [];
        const aliases = [
          account,
          ...sid ? [`*${sid}`, sid] : [],
          ...names,
          ...names.map((name) => name.slice(name.indexOf("\\") + 1))
        ];
        return [...new Set(aliases.map((a) => a.toLowerCase()))];
      }
      function parseIcaclsSummary(output) {
        const lines = output.split(/\r?\n/).filter((line) => line.trim() !== "");
        for (const line of lines.reverse()) {
          if (/:\(/.test(line))
            continue;
          const numbers = line.match(/\d+/g);
          if (numbers?.length === 2)
            return { processed: Number(numbers[0]), failed: Number(numbers[1]) };
        }
        return void 0;
      }
      function buildGrantArgs(target, account, right) {
        return [target, "/grant", `${account}:(OI)(CI)(${right})`];
      }
      function buildShowAclArgs(target) {
        return [target];
      }
      const INHERITANCE_FLAGS = /* @__PURE__ */ new Set(["OI", "CI", "IO", "NP", "I"]);
      function parseIcaclsOutput(stdout, target) {
        const entries = [];
        for (const raw of stdout.split(/\r?\n/)) {
          let line = raw.trim();
          if (line === "")
            continue;
          if (line.toLowerCase().startsWith(target.toLowerCase()))
            line = line.slice(target.length).trim();
          const match = /^(.+?):((?:\([^)]*\))+)$/.exec(line);
          if (!match)
            continue;
          const groups = [...(match[2] ?? "").matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? "");
          entries.push({
            account: match[1] ?? "",
            inheritance: groups.filter((g) => INHERITANCE_FLAGS.has(g)),
            deny: groups.includes("DENY"),
            rights: groups.filter((g) => !INHERITANCE_FLAGS.has(g) && g !== "DENY").join(",")
          });
        }
        return entries;
      }
      const RANK = { RX: 1, M: 2, F: 3 };
      function hasAccess(entries, account, right) {
        const names = accountAliases(account);
        return entries.some((entry) => names.includes(entry.account.toLowerCase()) && !entry.deny && entry.inheritance.includes("OI") && entry.inheritance.includes("CI") && !entry.inheritance.includes("IO") && (RANK[entry.rights.toUpperCase()] ?? 0) >= (RANK[right] ?? 99));
      }
      function dataProtectionAdvice(identity, loadUserProfile) {
        const notes = [];
        if (!loadUserProfile)
          notes.push("loadUserProfile is off: ASP.NET Core keeps its Data Protection keys in memory (unless the registry key was provisioned with Provision-AutoGenKeys.ps1), so sign-in cookies and antiforgery tokens become invalid on every recycle. Set `load-user-profile: true`, or persist keys in code (PersistKeysToFileSystem + ProtectKeysWithCertificate) to a folder the pool identity can modify.");
        if (identity === "LocalSystem")
          notes.push("The pool runs as LocalSystem: the app can do anything on this machine. Prefer ApplicationPoolIdentity.");
        return notes.length > 0 ? notes.join(" ") : void 0;
      }
      async function grantAccess(options) {
        const { runner, icaclsPath, reporter, physicalPath } = options;
        const account = options.account ?? poolAccount(options.identity ?? "ApplicationPoolIdentity", options.pool);
        const resolve = (folder) => node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(folder) ? folder : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(physicalPath, folder);
        const logsFolder = resolve(options.logsFolder ?? "logs");
        const targets = [
          [physicalPath, "RX"],
          [logsFolder, "M"],
          ...(options.writableFolders ?? []).map((folder) => [resolve(folder), "M"])
        ];
        const changes = [];
        const createdFolders = [];
        const icacls = async (args, read) => {
          const shown = reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_4__.z)("icacls", args));
          if (read)
            reporter.debug(shown);
          else
            reporter.info(shown);
          const result = await runner.run(icaclsPath, args, {
            silent: true,
            signal: options.signal,
            outputEncoding: _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_3__.Ih["icacls"]
          });
          const output = `${result.stdout}
${result.stderr}`;
          if (result.exitCode === 0 && !(parseIcaclsSummary(output)?.failed ?? 0))
            return result.stdout;
          const text = output.trim().replace(/\s+/g, " ");
          const noMapping = result.exitCode === 1332 || result.exitCode === (1332 & 255) || /No mapping between account names|Zuordnungen von Kontennamen/i.test(text);
          const fix = noMapping ? `'${account}' is not known yet: the virtual account IIS AppPool\\<pool> exists only once the pool does. Create the pool first (\`create: true\`), or check \`app-pool\`.` : result.exitCode === 5 || /Access is denied/i.test(text) ? "Run elevated, as an account allowed to change permissions on this folder." : "Check the folder exists and the account name is right; or set `grant-access: false`.";
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.v4("icacls", result.exitCode, `${shown} failed (exit code ${result.exitCode}): ${reporter.mask(text)}`, fix);
        };
        for (const [target, right] of targets) {
          const exists = node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(target);
          if (!exists && right === "M") {
            if (!options.dryRun)
              node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(target, { recursive: true });
            createdFolders.push(target);
          }
          if (exists || !options.dryRun) {
            if (hasAccess(parseIcaclsOutput(await icacls(buildShowAclArgs(target), true), target), account, right))
              continue;
          }
          const args = buildGrantArgs(target, account, right);
          const command = reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_4__.z)("icacls", args));
          changes.push({ path: target, account, right, command });
          if (options.dryRun)
            reporter.info(`Would grant ${account} ${right === "M" ? "modify" : "read & execute"} on ${target}.`);
          else
            await icacls(args, false);
        }
        if (changes.length === 0)
          reporter.info(`${account} already has the access it needs on ${physicalPath} and ${logsFolder}.`);
        return { changes, logsFolder, createdFolders };
      }
    })
  ),
  /***/
  1976: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        HA: () => (
          /* binding */
          setPoolIdentity
        ),
        /* harmony export */
        Qf: () => (
          /* binding */
          validatePoolAccount
        ),
        /* harmony export */
        Zd: () => (
          /* binding */
          currentPoolAccount
        ),
        /* harmony export */
        _k: () => (
          /* binding */
          SET_POOL_IDENTITY_DISPLAY
        ),
        /* harmony export */
        wv: () => (
          /* binding */
          buildPowerShellScriptArgs
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
      function isManagedServiceAccount(userName) {
        return userName.trim().endsWith("$");
      }
      function validatePoolAccount(identity, userName, password) {
        if (identity !== "SpecificUser") {
          if (userName !== void 0 || password !== void 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(userName !== void 0 ? "pool-username" : "pool-password", `Inputs 'pool-username' and 'pool-password' are used only with 'pool-identity: SpecificUser' (it is '${identity}'): set pool-identity: SpecificUser, or remove them.`);
          return void 0;
        }
        if (userName === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("pool-username", `Input 'pool-username' is needed with 'pool-identity: SpecificUser': the account the pool runs as, e.g. CONTOSO\\svc-web or CONTOSO\\gmsa-web$.`);
        if (/["\r\n\t]/.test(userName) || !/^(?:[^\\@\s]+\\[^\\@\s]+|[^\\@\s]+@[^\\@\s]+|[^\\@\s]+)$/.test(userName))
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("pool-username", `Input 'pool-username' is '${userName}': use DOMAIN\\user, user@domain or .\\user (no quotes or spaces).`);
        if (isManagedServiceAccount(userName)) {
          if (password !== void 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("pool-password", `Input 'pool-password' is set, but '${userName}' is a group managed service account, which has no password: leave pool-password empty.`);
          return { userName, password: "" };
        }
        if (password === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("pool-password", `Input 'pool-password' is needed for '${userName}' (pass it from a secret). Only a group managed service account (name ending in $) has none.`);
        return { userName, password };
      }
      function currentPoolAccount(tree) {
        return {
          identityType: (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Oh)(tree, "processModel.identityType") ?? "",
          userName: (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Oh)(tree, "processModel.userName") ?? "",
          password: (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Oh)(tree, "processModel.password") ?? ""
        };
      }
      const SET_POOL_IDENTITY_SCRIPT = [
        "$ErrorActionPreference = 'Stop'",
        "$request = [Console]::In.ReadToEnd() | ConvertFrom-Json",
        "Add-Type -Path (Join-Path $env:windir 'System32\\inetsrv\\Microsoft.Web.Administration.dll')",
        "$manager = New-Object Microsoft.Web.Administration.ServerManager",
        "$pool = $manager.ApplicationPools[$request.pool]",
        "if ($null -eq $pool) { [Console]::Error.WriteLine('Application pool not found: ' + $request.pool); exit 3 }",
        "$pool.ProcessModel.IdentityType = [Microsoft.Web.Administration.ProcessModelIdentityType]::SpecificUser",
        "$pool.ProcessModel.UserName = $request.userName",
        "$pool.ProcessModel.Password = $request.password",
        "$manager.CommitChanges()",
        "Write-Output ('Application pool ' + $request.pool + ' runs as ' + $request.userName)"
      ].join("\n");
      function encodePowerShellCommand(script) {
        return Buffer.from(script, "utf16le").toString("base64");
      }
      function buildPowerShellScriptArgs(script) {
        return [
          "-NoLogo",
          "-NoProfile",
          "-NonInteractive",
          "-ExecutionPolicy",
          "Bypass",
          "-EncodedCommand",
          encodePowerShellCommand(script)
        ];
      }
      function buildSetPoolIdentityArgs() {
        return buildPowerShellScriptArgs(SET_POOL_IDENTITY_SCRIPT);
      }
      const SET_POOL_IDENTITY_DISPLAY = "powershell -NoProfile -NonInteractive -EncodedCommand <set processModel through Microsoft.Web.Administration> (user name and password on standard input)";
      async function setPoolIdentity(options) {
        const { runner, reporter, pool, account } = options;
        if (account.password !== "")
          reporter.registerSecret(account.password);
        reporter.info(SET_POOL_IDENTITY_DISPLAY);
        const result = await runner.run(options.powershellPath, buildSetPoolIdentityArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ pool, userName: account.userName, password: account.password })
        });
        if (result.exitCode === 0)
          return;
        const text = reporter.mask(`${result.stderr}
${result.stdout}`.trim().replace(/\s+/g, " "));
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4("powershell", result.exitCode, `Setting the identity of app pool '${pool}' to ${account.userName} failed (exit code ${result.exitCode}): ${text || "no output"}`, result.exitCode === 3 ? `The pool does not exist: check \`app-pool\`, or set \`create: true\`.` : "Run elevated (an administrator can change IIS configuration), and check that Windows PowerShell 5.1 and the IIS Management Scripts and Tools (Microsoft.Web.Administration) are installed.");
      }
    })
  ),
  /***/
  1883: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $7: () => (
          /* binding */
          planPoolSettings
        ),
        /* harmony export */
        FG: () => (
          /* binding */
          IDLE_TIMEOUT_RANGE
        ),
        /* harmony export */
        FJ: () => (
          /* binding */
          QUEUE_LENGTH_RANGE
        ),
        /* harmony export */
        Lz: () => (
          /* binding */
          RUNTIME_VERSIONS
        ),
        /* harmony export */
        RG: () => (
          /* binding */
          parseTimeSpan
        ),
        /* harmony export */
        Rt: () => (
          /* binding */
          MAX_CRASHES_RANGE
        ),
        /* harmony export */
        V7: () => (
          /* binding */
          buildSetPreloadArgs
        ),
        /* harmony export */
        _M: () => (
          /* binding */
          parseRecycleSchedule
        ),
        /* harmony export */
        ai: () => (
          /* binding */
          START_MODES
        ),
        /* harmony export */
        bo: () => (
          /* binding */
          buildRemoveScheduleArgs
        ),
        /* harmony export */
        cd: () => (
          /* binding */
          checkRange
        ),
        /* harmony export */
        e9: () => (
          /* binding */
          buildAddScheduleArgs
        ),
        /* harmony export */
        gp: () => (
          /* binding */
          RAPID_FAIL_INTERVAL_RANGE
        ),
        /* harmony export */
        m8: () => (
          /* binding */
          PIPELINE_MODES
        ),
        /* harmony export */
        mq: () => (
          /* binding */
          RECYCLE_TIME_RANGE
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
      const PIPELINE_MODES = ["Integrated", "Classic"];
      const START_MODES = ["OnDemand", "AlwaysRunning"];
      const RUNTIME_VERSIONS = ["auto", "No Managed Code", "v4.0", "v2.0"];
      const DAY = 86400;
      function timeSpanSeconds(text) {
        const match = /^(?:(\d{1,5})\.)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim());
        if (!match)
          return void 0;
        const [days, hours, minutes, seconds] = [match[1] ?? "0", match[2], match[3], match[4]].map(Number);
        if (hours > 23 || minutes > 59 || seconds > 59)
          return void 0;
        return days * DAY + hours * 3600 + minutes * 60 + seconds;
      }
      function formatTimeSpan(total) {
        const days = Math.floor(total / DAY);
        const rest = total % DAY;
        const two = (n) => String(n).padStart(2, "0");
        const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor(rest % 3600 / 60))}:${two(rest % 60)}`;
        return days > 0 ? `${days}.${clock}` : clock;
      }
      function parseTimeSpan(value, input, range) {
        const seconds = timeSpanSeconds(value);
        const span = `${formatTimeSpan(range.minSeconds)} to ${formatTimeSpan(range.maxSeconds)}`;
        if (seconds === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': use IIS's timespan format hh:mm:ss or d.hh:mm:ss (e.g. 00:20:00, 1.05:00:00), from ${span}.`);
        if (seconds < range.minSeconds || seconds > range.maxSeconds)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': IIS accepts ${span}.`);
        if (range.wholeMinutes && seconds % 60 !== 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': IIS accepts whole minutes only (seconds must be 00).`);
        return formatTimeSpan(seconds);
      }
      const IDLE_TIMEOUT_RANGE = { minSeconds: 0, maxSeconds: 30 * DAY, wholeMinutes: true };
      const RECYCLE_TIME_RANGE = { minSeconds: 0, maxSeconds: 30 * DAY, wholeMinutes: true };
      const RAPID_FAIL_INTERVAL_RANGE = {
        minSeconds: 60,
        maxSeconds: 30 * DAY,
        wholeMinutes: true
      };
      const SCHEDULE_RANGE = { minSeconds: 0, maxSeconds: DAY - 1 };
      const QUEUE_LENGTH_RANGE = { min: 10, max: 65535 };
      const MAX_CRASHES_RANGE = { min: 1, max: 2147483647 };
      function parseRecycleSchedule(values, input = "pool-recycle-schedule") {
        const times = values.map((v) => parseTimeSpan(v, input, SCHEDULE_RANGE));
        const duplicate = times.find((t, i) => times.indexOf(t) !== i);
        if (duplicate)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' lists ${duplicate} twice: list each time once.`);
        return [...times].sort();
      }
      function checkRange(value, input, range) {
        if (!Number.isInteger(value) || value < range.min || value > range.max)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': IIS accepts whole numbers ${range.min} to ${range.max}.`);
        return value;
      }
      const ATTRIBUTES = [
        { field: "enable32BitAppOnWin64", path: "enable32BitAppOnWin64", kind: "bool", defaultValue: "false" },
        { field: "startMode", path: "startMode", kind: "enum", defaultValue: "OnDemand" },
        { field: "queueLength", path: "queueLength", kind: "int", defaultValue: "1000" },
        { field: "idleTimeout", path: "processModel.idleTimeout", kind: "timespan", defaultValue: "00:20:00" },
        {
          field: "periodicRestartTime",
          path: "recycling.periodicRestart.time",
          kind: "timespan",
          defaultValue: "1.05:00:00"
        },
        { field: "rapidFailProtection", path: "failure.rapidFailProtection", kind: "bool", defaultValue: "true" },
        {
          field: "rapidFailProtectionInterval",
          path: "failure.rapidFailProtectionInterval",
          kind: "timespan",
          defaultValue: "00:05:00"
        },
        {
          field: "rapidFailProtectionMaxCrashes",
          path: "failure.rapidFailProtectionMaxCrashes",
          kind: "int",
          defaultValue: "5"
        }
      ];
      function sameValue(kind, current, wanted) {
        switch (kind) {
          case "timespan":
            return timeSpanSeconds(current) === timeSpanSeconds(wanted);
          case "int":
            return Number(current) === Number(wanted);
          default:
            return current.trim().toLowerCase() === wanted.toLowerCase();
        }
      }
      function currentSchedule(tree) {
        return (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Kd)(tree, "schedule").flatMap((section) => section.children.map((c) => c.attributes["value"] ?? "")).map((value) => {
          const seconds = timeSpanSeconds(value);
          return seconds === void 0 ? value : formatTimeSpan(seconds);
        }).sort();
      }
      function planPoolSettings(tree, wanted) {
        const plan = { args: [], described: [], scheduleAdd: [], scheduleRemove: [] };
        for (const attribute of ATTRIBUTES) {
          const value = wanted[attribute.field];
          if (value === void 0)
            continue;
          const text = String(value);
          const current = tree ? (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Oh)(tree, attribute.path) ?? attribute.defaultValue : void 0;
          if (current !== void 0 && sameValue(attribute.kind, current, text))
            continue;
          plan.args.push(`/${attribute.path}:${text}`);
          plan.described.push(current === void 0 ? `${attribute.path} ${text}` : `${attribute.path} '${current}' \u2192 ${text}`);
        }
        if (wanted.periodicRestartSchedule) {
          const have = tree ? currentSchedule(tree) : [];
          plan.scheduleAdd = wanted.periodicRestartSchedule.filter((t) => !have.includes(t));
          plan.scheduleRemove = have.filter((t) => !wanted.periodicRestartSchedule?.includes(t));
          for (const time of plan.scheduleAdd)
            plan.described.push(`recycle at ${time}`);
          for (const time of plan.scheduleRemove)
            plan.described.push(`no recycle at ${time} any more`);
        }
        return plan;
      }
      const APP_POOLS_SECTION = "-section:system.applicationHost/applicationPools";
      function buildAddScheduleArgs(pool, time) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/+[name='${pool}'].recycling.periodicRestart.schedule.[value='${time}']`,
          "/commit:apphost"
        ];
      }
      function buildRemoveScheduleArgs(pool, time) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/-[name='${pool}'].recycling.periodicRestart.schedule.[value='${time}']`,
          "/commit:apphost"
        ];
      }
      function buildSetPreloadArgs(appId, enabled) {
        return ["set", "app", appId, `/preloadEnabled:${String(enabled)}`];
      }
    })
  ),
  /***/
  6164: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        nM: () => (
          /* binding */
          provisionSite
        ),
        /* harmony export */
        p7: () => (
          /* binding */
          normalizeThumbprint
        ),
        /* harmony export */
        yT: () => (
          /* binding */
          existingBindings
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4925);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7958);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8862);
      var _pool_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1976);
      var _bindings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6397);
      var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6158);
      var _permissions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5123);
      var _pool_settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1883);
      var _virtual_directories_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9918);
      function existingBindings(tree) {
        const found = [];
        for (const section of (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.Kd)(tree, "binding")) {
          const protocol = (section.attributes["protocol"] ?? "").toLowerCase();
          const info = /^(.*):(\d+):([^:]*)$/.exec(section.attributes["bindingInformation"] ?? "");
          if (protocol !== "http" && protocol !== "https" || !info)
            continue;
          found.push({
            protocol,
            ip: info[1] ?? "*",
            port: Number(info[2]),
            host: (info[3] ?? "").toLowerCase(),
            sslFlags: section.attributes["sslFlags"] ?? "0"
          });
        }
        return found;
      }
      const IIS_SSL_APP_ID = "{4dc3e181-e14b-4a21-b022-59fc669b0914}";
      function sslEndpoint(binding) {
        if ((0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.gy)(binding))
          return `hostnameport=${binding.host}:${binding.port}`;
        const ip = binding.ip === "*" ? "0.0.0.0" : binding.ip;
        return `ipport=${ip}:${binding.port}`;
      }
      function buildShowSslCertArgs(binding) {
        return ["http", "show", "sslcert", sslEndpoint(binding)];
      }
      function buildAddSslCertArgs(binding, thumbprint, store = "My") {
        return [
          "http",
          "add",
          "sslcert",
          sslEndpoint(binding),
          `certhash=${thumbprint}`,
          `appid=${IIS_SSL_APP_ID}`,
          `certstorename=${store}`
        ];
      }
      function buildDeleteSslCertArgs(binding) {
        return ["http", "delete", "sslcert", sslEndpoint(binding)];
      }
      const THUMBPRINT_TOKEN = /(?<![0-9A-Za-z])([0-9a-fA-F]{64}|[0-9a-fA-F]{40})(?![0-9A-Za-z])/;
      function parseSslCertHash(output, endpoint) {
        const blocks = output.split(/\r?\n[ \t]*\r?\n/);
        const wanted = endpoint?.toLowerCase();
        const named = wanted ? blocks.filter((block) => block.toLowerCase().split(/\s+/).some((token) => token === wanted)) : [];
        for (const block of named.length > 0 ? named : blocks) {
          const hash = THUMBPRINT_TOKEN.exec(block)?.[1];
          if (hash)
            return hash.toLowerCase();
        }
        return void 0;
      }
      const THUMBPRINT_NOISE = /[\s\u200e\u200f\u202a-\u202e\ufeff:]/g;
      function normalizeThumbprint(value) {
        const cleaned = value.replace(THUMBPRINT_NOISE, "").toLowerCase();
        return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(cleaned) ? cleaned : void 0;
      }
      function samePhysicalPath(a, b) {
        const normalize = (p) => {
          const windows = /^[A-Za-z]:[\\/]|^\\\\/.test(p) || p.includes("\\");
          const unified = windows ? p.replace(/\//g, "\\").replace(/\\+$/, "").toLowerCase() : p.replace(/\/+$/, "");
          return unified.replace(/%systemdrive%/i, "c:");
        };
        return normalize(a) === normalize(b);
      }
      function validate(options) {
        const errors = [];
        let bindings;
        try {
          bindings = options.bindings === void 0 ? void 0 : (0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.QQ)(options.bindings);
        } catch (error) {
          if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.G)
            errors.push(...error.errors);
          else if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz)
            errors.push(error);
          else
            throw error;
        }
        for (const [input, variables] of [
          ["pool-environment-variables", options.poolEnvironmentVariables],
          ["secret-pool-environment-variables", options.secretPoolEnvironmentVariables]
        ]) {
          for (const [name, value] of Object.entries(variables ?? {})) {
            for (const problem of (0, _inputs_js__WEBPACK_IMPORTED_MODULE_5__.uk)(name, value))
              errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': ${problem}.`));
          }
        }
        for (const name of ["site", "app-pool"]) {
          const value = name === "site" ? options.site : options.appPool;
          const problem = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_5__.Mo)(value, true);
          if (problem)
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(name, `Input '${name}': '${value}' is not a valid IIS name (it ${problem}).`));
        }
        let thumbprint;
        if (options.certificate) {
          thumbprint = normalizeThumbprint(options.certificate.thumbprint);
          if (!thumbprint)
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("certificate-thumbprint", `Input 'certificate-thumbprint': expected 40 hex digits (the certificate's SHA-1 thumbprint).`));
          if (!options.netsh)
            throw new Error("provisionSite: a certificate needs options.netsh");
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.G(errors);
        return { bindings, thumbprint };
      }
      async function provisionSite(options) {
        const { appcmd, site, appPool } = options;
        const reporter = appcmd.reporter;
        const application = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.F_)(options.application);
        const { bindings, thumbprint } = validate(options);
        for (const value of Object.values(options.secretPoolEnvironmentVariables ?? {}))
          reporter.registerSecret(value);
        const dryRun = options.dryRun ?? false;
        const changes = [];
        const warnings = [];
        const warn = (message) => {
          warnings.push(message);
          reporter.warning(message);
        };
        const apply = async (planned) => {
          changes.push(planned.change);
          reporter.info(`${dryRun ? "Would change" : "Changing"} ${planned.change.target}: ${planned.change.description}`);
          if (!dryRun)
            await planned.run();
        };
        const appcmdChange = (target, description, ...commands) => ({
          change: { target, description, commands: commands.map((args) => appcmd.display(args)) },
          run: async () => {
            for (const args of commands)
              await appcmd.run(args);
          }
        });
        const desiredPool = {
          managedRuntimeVersion: options.managedRuntimeVersion ?? "",
          managedPipelineMode: options.managedPipelineMode ?? "Integrated",
          identityType: options.poolIdentity ?? "ApplicationPoolIdentity",
          loadUserProfile: options.loadUserProfile ?? true
        };
        const poolTarget = `app pool '${appPool}'`;
        const poolTree = await appcmd.readObject("apppool", appPool);
        const existingVariables = /* @__PURE__ */ new Map();
        const settingsPlan = (0, _pool_settings_js__WEBPACK_IMPORTED_MODULE_7__.$7)(poolTree, options.poolSettings ?? {});
        const scheduleCommands = [
          ...settingsPlan.scheduleRemove.map((time) => (0, _pool_settings_js__WEBPACK_IMPORTED_MODULE_7__.bo)(appPool, time)),
          ...settingsPlan.scheduleAdd.map((time) => (0, _pool_settings_js__WEBPACK_IMPORTED_MODULE_7__.e9)(appPool, time))
        ];
        const runtimeShown = (version) => version === "" ? "No Managed Code" : version;
        const keepIdentity = (options.keepIdentity ?? false) && poolTree !== void 0;
        const specificUser = desiredPool.identityType === "SpecificUser" && !keepIdentity;
        if (specificUser && (!options.poolAccount || !options.powershell))
          throw new Error("provisionSite: SpecificUser needs options.poolAccount and options.powershell");
        if (options.poolAccount?.password)
          reporter.registerSecret(options.poolAccount.password);
        if (!poolTree) {
          await apply(appcmdChange(poolTarget, `create it (${runtimeShown(desiredPool.managedRuntimeVersion)}, ${desiredPool.managedPipelineMode}, ${desiredPool.identityType}, loadUserProfile ${desiredPool.loadUserProfile}${settingsPlan.described.map((d) => `, ${d}`).join("")})`, [
            ...(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.iB)(appPool, {
              ...desiredPool,
              // The account (and its password) follows through PowerShell, below.
              identityType: specificUser ? void 0 : desiredPool.identityType
            }),
            ...settingsPlan.args
          ], ...scheduleCommands));
        } else {
          const current = {
            managedRuntimeVersion: (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.Oh)(poolTree, "managedRuntimeVersion") ?? "",
            managedPipelineMode: (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.Oh)(poolTree, "managedPipelineMode") ?? "",
            identityType: (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.Oh)(poolTree, "processModel.identityType") ?? "",
            loadUserProfile: ((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.Oh)(poolTree, "processModel.loadUserProfile") ?? "").toLowerCase() === "true"
          };
          const update = {};
          const described = [];
          if (current.managedRuntimeVersion.toLowerCase() !== desiredPool.managedRuntimeVersion.toLowerCase()) {
            update.managedRuntimeVersion = desiredPool.managedRuntimeVersion;
            described.push(`.NET CLR version '${current.managedRuntimeVersion}' \u2192 ${runtimeShown(desiredPool.managedRuntimeVersion)}`);
          }
          if (current.managedPipelineMode.toLowerCase() !== desiredPool.managedPipelineMode.toLowerCase()) {
            update.managedPipelineMode = desiredPool.managedPipelineMode;
            described.push(`pipeline '${current.managedPipelineMode}' \u2192 ${desiredPool.managedPipelineMode}`);
          }
          if (!specificUser && !keepIdentity && current.identityType.toLowerCase() !== desiredPool.identityType.toLowerCase()) {
            update.identityType = desiredPool.identityType;
            described.push(`identity '${current.identityType}' \u2192 ${desiredPool.identityType}`);
          }
          if (current.loadUserProfile !== desiredPool.loadUserProfile) {
            update.loadUserProfile = desiredPool.loadUserProfile;
            described.push(`loadUserProfile ${current.loadUserProfile} \u2192 ${desiredPool.loadUserProfile}`);
          }
          described.push(...settingsPlan.described);
          const setArgs = [...(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.P6)(appPool, update), ...settingsPlan.args];
          const commands = setArgs.length > 3 ? [setArgs, ...scheduleCommands] : scheduleCommands;
          if (described.length > 0)
            await apply(appcmdChange(poolTarget, described.join(", "), ...commands));
          for (const entry of (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.vO)(poolTree, "environmentVariables")) {
            if (entry["name"] !== void 0)
              existingVariables.set(entry["name"].toLowerCase(), entry["value"] ?? "");
          }
        }
        if (specificUser && options.poolAccount && options.powershell) {
          const account = options.poolAccount;
          const powershell = options.powershell;
          const now = poolTree ? (0, _pool_identity_js__WEBPACK_IMPORTED_MODULE_3__.Zd)(poolTree) : void 0;
          if (now?.password)
            reporter.registerSecret(now.password);
          const same = now !== void 0 && now.identityType.toLowerCase() === "specificuser" && now.userName.toLowerCase() === account.userName.toLowerCase() && now.password === account.password;
          if (!same) {
            const what = now === void 0 || now.identityType.toLowerCase() !== "specificuser" ? `identity '${now?.identityType ?? "ApplicationPoolIdentity"}' \u2192 SpecificUser ${account.userName}` : now.userName.toLowerCase() !== account.userName.toLowerCase() ? `account '${now.userName}' \u2192 ${account.userName}` : `password of ${account.userName} updated`;
            await apply({
              change: { target: poolTarget, description: what, commands: [_pool_identity_js__WEBPACK_IMPORTED_MODULE_3__._k] },
              run: () => (0, _pool_identity_js__WEBPACK_IMPORTED_MODULE_3__.HA)({
                runner: powershell.runner,
                powershellPath: powershell.path,
                reporter,
                pool: appPool,
                account,
                signal: appcmd.signal
              })
            });
          }
        }
        const variables = [
          ...Object.entries(options.poolEnvironmentVariables ?? {}).map(([n, v]) => [
            n,
            v,
            false
          ]),
          ...Object.entries(options.secretPoolEnvironmentVariables ?? {}).map(([n, v]) => [n, v, true])
        ];
        for (const [name, value, secret] of variables) {
          const current = existingVariables.get(name.toLowerCase());
          if (current === value)
            continue;
          const shown = secret ? "(secret)" : `'${value}'`;
          if (current === void 0) {
            await apply(appcmdChange(poolTarget, `add environment variable ${name} = ${shown}`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.yg)(appPool, name, value)));
          } else {
            await apply(appcmdChange(poolTarget, `change environment variable ${name} to ${shown}`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.zc)(appPool, name), (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.yg)(appPool, name, value)));
          }
        }
        const siteTarget = `site '${site}'`;
        const siteTree = await appcmd.readObject("site", site);
        const siteExists = siteTree !== void 0;
        const wanted = bindings ?? (siteExists ? void 0 : (0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.QQ)(["http/*:80:"]));
        if (!siteExists) {
          const sitePath = application === "/" ? options.physicalPath : options.sitePhysicalPath;
          if (sitePath === void 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("site", `Site '${site}' does not exist: to create it for application '${application}', its root folder is needed (sitePhysicalPath). Create the site first, or deploy to application '/'.`);
          const plain = (wanted ?? []).filter((b) => !(0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.gy)(b));
          const sni = (wanted ?? []).filter(_bindings_js__WEBPACK_IMPORTED_MODULE_4__.gy);
          await apply(appcmdChange(siteTarget, `create it at ${sitePath} with bindings ${(wanted ?? []).map(_appcmd_js__WEBPACK_IMPORTED_MODULE_2__.VT).join(", ") || "(none)"}`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.sZ)({ name: site, bindings: plain, physicalPath: sitePath }), ...sni.map((b) => (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.t5)(site, b, true))));
        } else if (wanted) {
          const have = existingBindings(siteTree);
          for (const binding of wanted) {
            if (have.some((h) => (0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.on)(h, binding)))
              continue;
            await apply(appcmdChange(siteTarget, `add binding ${(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.VT)(binding)}${(0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.gy)(binding) ? " (SNI)" : ""}`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.t5)(site, binding, (0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.gy)(binding))));
          }
          const extra = have.filter((h) => !wanted.some((w) => (0, _bindings_js__WEBPACK_IMPORTED_MODULE_4__.on)(h, w)));
          if (extra.length > 0 && options.replaceBindings && wanted.length > 0) {
            for (const binding of extra)
              await apply(appcmdChange(siteTarget, `remove binding ${(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.VT)(binding)} ('replace-bindings: true')`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.AR)(site, binding)));
          } else if (extra.length > 0)
            reporter.info(`Site '${site}' also has bindings ${extra.map(_appcmd_js__WEBPACK_IMPORTED_MODULE_2__.VT).join(", ")}: left as they are (set 'replace-bindings: true' to remove them).`);
        }
        const appId = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.dh)(site, application);
        const appTarget = `application '${appId}'`;
        const appPoolNow = siteExists ? await appcmd.readProperty("app", appId, "applicationPool") : void 0;
        if (application !== "/" && appPoolNow === void 0) {
          await apply(appcmdChange(appTarget, `create it at ${options.physicalPath} in app pool '${appPool}'`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.my)({ site, path: application, physicalPath: options.physicalPath, appPool })));
        } else {
          if (appPoolNow === void 0 || appPoolNow.toLowerCase() !== appPool.toLowerCase())
            await apply(appcmdChange(appTarget, `app pool '${appPoolNow ?? "DefaultAppPool"}' \u2192 '${appPool}'`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.zm)(site, application, appPool)));
          if (appPoolNow !== void 0) {
            const physicalNow = await appcmd.readProperty("vdir", (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.b)(site, application), "physicalPath");
            if (physicalNow === void 0 || !samePhysicalPath(physicalNow, options.physicalPath))
              await apply(appcmdChange(appTarget, `physical path ${physicalNow ?? "(none)"} \u2192 ${options.physicalPath}`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.iF)(site, application, options.physicalPath)));
          }
        }
        if (options.preloadEnabled !== void 0) {
          const appTree = await appcmd.readObject("app", appId);
          const current = (appTree ? (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.Oh)(appTree, "preloadEnabled") : void 0)?.toLowerCase() === "true";
          if (current !== options.preloadEnabled)
            await apply(appcmdChange(appTarget, `preloadEnabled ${current} \u2192 ${options.preloadEnabled}`, (0, _pool_settings_js__WEBPACK_IMPORTED_MODULE_7__.V7)(appId, options.preloadEnabled)));
        }
        for (const planned of await (0, _virtual_directories_js__WEBPACK_IMPORTED_MODULE_8__.W4)(appcmd, site, application, options.virtualDirectories ?? []))
          await apply(appcmdChange(appTarget, planned.description, planned.command));
        const appExists = siteExists && appPoolNow !== void 0;
        for (const kind of _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.xW) {
          const enabled = options.authentication?.[kind];
          if (enabled === void 0)
            continue;
          let current;
          if (appExists || !dryRun) {
            const { stdout } = await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.UV)(site, application, kind));
            current = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.le)(stdout)[0]?.trim().toLowerCase();
          }
          if (current === String(enabled))
            continue;
          await apply(appcmdChange(appTarget, `${kind} authentication ${current === void 0 ? "" : `${current} \u2192 `}${enabled ? "enabled" : "disabled"}`, (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.e8)(site, application, kind, enabled)));
        }
        const https = (wanted ?? (siteTree ? existingBindings(siteTree) : [])).filter((b) => b.protocol === "https");
        if (https.length > 0 && !thumbprint && bindings?.some((b) => b.protocol === "https"))
          warn(`Site '${site}' has https bindings but no \`certificate-thumbprint\`: they only work if a certificate is already bound to ${https.map(sslEndpoint).join(", ")}.`);
        if (thumbprint && https.length === 0)
          warn(`\`certificate-thumbprint\` is set but site '${site}' has no https binding: the certificate is not bound anywhere.`);
        if (thumbprint && options.netsh) {
          const netsh = options.netsh;
          for (const binding of https) {
            const shown = await runNetsh(netsh, buildShowSslCertArgs(binding), appcmd, true);
            const bound = parseSslCertHash(shown, sslEndpoint(binding).split("=")[1]);
            if (bound === thumbprint)
              continue;
            const store = options.certificate?.store ?? "My";
            const commands = [
              ...bound ? [buildDeleteSslCertArgs(binding)] : [],
              buildAddSslCertArgs(binding, thumbprint, store)
            ];
            await apply({
              change: {
                target: `certificate ${sslEndpoint(binding).split("=")[1] ?? ""}`,
                description: bound ? `certificate ${bound} \u2192 ${thumbprint}` : `bind certificate ${thumbprint} (${store})`,
                commands: commands.map((args) => reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_9__.z)("netsh", args)))
              },
              run: async () => {
                for (const args of commands)
                  await runNetsh(netsh, args, appcmd, false);
              }
            });
          }
        }
        const { stdout: appsOfPool, failure } = await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.nR)(appPool), {
          accept: [1168, 1]
        });
        if (!failure) {
          const others = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_2__.ws)(appsOfPool).filter((o) => o.type === "APP" && o.id.toLowerCase() !== appId.toLowerCase()).map((o) => o.id);
          if (others.length > 0)
            warn(`App pool '${appPool}' also serves ${others.join(", ")}: in-process ASP.NET Core hosting allows one application per pool (a second one fails with 500.35). Give '${appId}' its own pool, or use hostingModel outofprocess.`);
        }
        const advice = specificUser || keepIdentity ? void 0 : (0, _permissions_js__WEBPACK_IMPORTED_MODULE_6__.Us)(desiredPool.identityType, desiredPool.loadUserProfile);
        if (advice)
          warn(advice);
        if (changes.length === 0)
          reporter.info(`Provisioning: nothing to change (${poolTarget}, ${siteTarget} and ${appTarget} are as requested).`);
        return { changes, warnings, dryRun };
      }
      async function runNetsh(netsh, args, appcmd, isRead) {
        const shown = appcmd.reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_9__.z)("netsh", args));
        if (isRead)
          appcmd.reporter.debug(shown);
        else
          appcmd.reporter.info(shown);
        const result = await netsh.runner.run(netsh.path, args, {
          silent: true,
          signal: appcmd.signal,
          outputEncoding: _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_1__.Ih["netsh"]
        });
        const output = `${result.stdout}
${result.stderr}`;
        if (isRead)
          return result.exitCode === 0 ? output : "";
        if (result.exitCode === 0)
          return output;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4("netsh", result.exitCode, `${shown} failed (exit code ${result.exitCode}): ${appcmd.reporter.mask(output.trim().replace(/\s+/g, " "))}`, "Check that the certificate is in the LocalMachine store given by `certificate-store` (default My), has a private key, and that the thumbprint is right.");
      }
    })
  ),
  /***/
  9918: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        UQ: () => (
          /* binding */
          parseVirtualDirectories
        ),
        /* harmony export */
        W4: () => (
          /* binding */
          planVirtualDirectories
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
      const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]|^\\\\[^\\]+\\[^\\]+/;
      function parseVirtualDirectories(lines, input = "virtual-directories") {
        const errors = [];
        const found = [];
        for (const line of lines) {
          const equals = line.indexOf("=");
          const rawPath = equals < 0 ? "" : line.slice(0, equals).trim();
          const physicalPath = equals < 0 ? "" : line.slice(equals + 1).trim();
          const path = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.F_)(rawPath);
          if (equals < 0 || rawPath === "" || physicalPath === "") {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' has '${line}': write path=physical-path, e.g. /images=D:\\media\\images.`));
            continue;
          }
          if (path === "/" || /["'\r\n*?<>|:]|\/\.\.?(\/|$)|\/\//.test(path)) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' has path '${rawPath}': use a virtual path below the application such as /images (not /, no quotes, '..' or wildcards).`));
            continue;
          }
          if (!WINDOWS_ABSOLUTE.test(physicalPath) && !physicalPath.startsWith("/")) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' has '${physicalPath}' for ${path}: use an absolute folder on the server (D:\\media or \\\\server\\share).`));
            continue;
          }
          if (found.some((v) => v.path.toLowerCase() === path.toLowerCase())) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' lists ${path} twice: list each virtual directory once.`));
            continue;
          }
          found.push({ path, physicalPath });
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.G(errors);
        return found;
      }
      function vdirIdentifier(site, application, path) {
        const app = (0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.dh)(site, application).replace(/\/$/, "");
        return `${app}${(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.F_)(path)}`;
      }
      function buildAddVdirArgs(site, application, vdir) {
        return [
          "add",
          "vdir",
          `/app.name:${(0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.dh)(site, application)}`,
          `/path:${vdir.path}`,
          `/physicalPath:${vdir.physicalPath}`
        ];
      }
      function buildSetVdirPathArgs(site, application, vdir) {
        return ["set", "vdir", vdirIdentifier(site, application, vdir.path), `/physicalPath:${vdir.physicalPath}`];
      }
      function sameFolder(a, b) {
        const normalize = (p) => p.replace(/\//g, "\\").replace(/\\+$/, "").toLowerCase();
        return /^[A-Za-z]:|^\\\\/.test(a) || a.includes("\\") ? normalize(a) === normalize(b) : a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
      }
      async function planVirtualDirectories(appcmd, site, application, vdirs) {
        const planned = [];
        for (const vdir of vdirs) {
          const current = await appcmd.readProperty("vdir", vdirIdentifier(site, application, vdir.path), "physicalPath");
          if (current === void 0)
            planned.push({
              description: `add virtual directory ${vdir.path} \u2192 ${vdir.physicalPath}`,
              command: buildAddVdirArgs(site, application, vdir)
            });
          else if (!sameFolder(current, vdir.physicalPath))
            planned.push({
              description: `virtual directory ${vdir.path}: ${current} \u2192 ${vdir.physicalPath}`,
              command: buildSetVdirPathArgs(site, application, vdir)
            });
        }
        return planned;
      }
    })
  ),
  /***/
  8606: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $L: () => (
          /* binding */
          isUnderLink
        ),
        /* harmony export */
        HC: () => (
          /* binding */
          linkOnPath
        ),
        /* harmony export */
        Pn: () => (
          /* binding */
          pathKey
        ),
        /* harmony export */
        Sk: () => (
          /* binding */
          copyFileKeepingTime
        ),
        /* harmony export */
        Z: () => (
          /* binding */
          pathApiFor2
        ),
        /* harmony export */
        bh: () => (
          /* binding */
          treeScanOf
        ),
        /* harmony export */
        cD: () => (
          /* binding */
          comparePaths
        ),
        /* harmony export */
        r3: () => (
          /* binding */
          joinRelative
        ),
        /* harmony export */
        rU: () => (
          /* binding */
          TreeWalker
        ),
        /* harmony export */
        th: () => (
          /* binding */
          removeTreeNoFollow
        ),
        /* harmony export */
        wp: () => (
          /* binding */
          scanTree
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      function pathKey(relativePath) {
        return relativePath.toLowerCase();
      }
      function isWindowsStylePath(p) {
        return /^[A-Za-z]:([\\/]|$)/.test(p) || /^\\\\/.test(p);
      }
      function pathApiFor2(p) {
        return isWindowsStylePath(p) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32 : node_path__WEBPACK_IMPORTED_MODULE_1___default();
      }
      function joinRelative(root, relativePath) {
        const api = pathApiFor2(root);
        return relativePath === "" ? root : api.join(root, ...relativePath.split("/"));
      }
      class TreeWalker {
        options;
        listing = {
          exists: false,
          directories: [],
          files: [],
          sizes: [],
          mtimes: [],
          links: []
        };
        stack = [];
        separator;
        constructor(root, options) {
          this.options = options;
          const api = pathApiFor2(root);
          this.separator = api.sep;
          let rootStat;
          try {
            rootStat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(root);
          } catch {
            return;
          }
          if (!rootStat.isDirectory()) {
            const input = options.input ?? options.side;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Input '${input}': '${root}' is not a folder.`);
          }
          this.listing.exists = true;
          const real = options.side === "source" ? { real: node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root) } : void 0;
          this.stack.push({ relative: "", absolute: root, chain: real });
        }
        get done() {
          return this.stack.length === 0;
        }
        /** Walks on until about `maxFiles` more files were listed (a folder is listed whole), or to the end. */
        walk(maxFiles = Infinity) {
          const { listing, options, separator, stack } = this;
          const follow = options.side === "source";
          const until = listing.files.length + maxFiles;
          while (stack.length > 0 && listing.files.length < until) {
            const folder = stack.pop();
            let names;
            try {
              names = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(folder.absolute);
            } catch (error) {
              if (error.code === "ENOENT")
                continue;
              throw error;
            }
            const base = folder.absolute.endsWith(separator) ? folder.absolute : folder.absolute + separator;
            for (const name of names) {
              const relative = folder.relative === "" ? name : `${folder.relative}/${name}`;
              const absolute = base + name;
              let stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(absolute, { throwIfNoEntry: false });
              if (!stat)
                continue;
              let followed = false;
              if (stat.isSymbolicLink()) {
                if (!follow) {
                  listing.links.push(relative);
                  continue;
                }
                stat = statThroughLink(absolute, relative, options);
                if (!stat)
                  continue;
                followed = true;
              }
              if (stat.isDirectory()) {
                if (options.ignoreDirectory?.(relative))
                  continue;
                listing.directories.push(relative);
                const chain = folder.chain && {
                  real: followed ? checkNoLoop(absolute, relative, folder.chain, options) : folder.chain.real + separator + name,
                  parent: folder.chain
                };
                stack.push({ relative, absolute, chain });
              } else if (stat.isFile()) {
                if (options.ignoreFile?.(relative))
                  continue;
                listing.files.push(relative);
                listing.sizes.push(stat.size);
                listing.mtimes.push(stat.mtimeMs);
              }
            }
          }
          return this;
        }
      }
      function sourceInput(options) {
        return options.input ?? "source";
      }
      function statThroughLink(absolute, relative, options) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(absolute, { throwIfNoEntry: false });
        } catch (error) {
          if (error.code !== "ELOOP")
            throw error;
          const input = sourceInput(options);
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Input '${input}': '${relative}' is a symbolic link loop (resolving ${absolute} never ends, ELOOP). Remove the link, or exclude it with 'exclude: ${relative}'.`);
        }
      }
      function checkNoLoop(absolute, relative, chain, options) {
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(absolute);
        const same = isWindowsStylePath(real) ? (other) => other.toLowerCase() === real.toLowerCase() : (other) => other === real;
        for (let above = chain; above; above = above.parent) {
          if (!same(above.real))
            continue;
          const input = sourceInput(options);
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Input '${input}': the link '${relative}' points to ${real}, a folder that contains it: following it would loop for ever. Remove the link, or exclude it with 'exclude: ${relative}/'.`);
        }
        return real;
      }
      function linkOnPath(root, relativePath, checked) {
        const parts = relativePath.split("/");
        let relative = "";
        for (const part of parts) {
          relative = relative === "" ? part : `${relative}/${part}`;
          const key = pathKey(relative);
          if (checked?.has(key))
            continue;
          const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(joinRelative(root, relative), { throwIfNoEntry: false });
          if (!stat)
            return void 0;
          if (stat.isSymbolicLink())
            return relative;
          if (stat.isDirectory())
            checked?.add(key);
        }
        return void 0;
      }
      function isUnderLink(relativePath, linkKeys) {
        if (linkKeys.size === 0)
          return false;
        const key = pathKey(relativePath);
        if (linkKeys.has(key))
          return true;
        for (let i = key.indexOf("/"); i !== -1; i = key.indexOf("/", i + 1)) {
          if (linkKeys.has(key.slice(0, i)))
            return true;
        }
        return false;
      }
      function treeScanOf(listing, options) {
        const scan = {
          exists: listing.exists,
          files: /* @__PURE__ */ new Map(),
          directories: /* @__PURE__ */ new Map(),
          links: listing.links
        };
        for (const relative of listing.directories)
          addUnique(scan.directories, relative, relative, options);
        const { files, sizes, mtimes } = listing;
        for (let i = 0; i < files.length; i++) {
          const relative = files[i];
          addUnique(scan.files, relative, { path: relative, size: sizes[i], mtimeMs: mtimes[i] }, options);
        }
        return scan;
      }
      function scanTree(root, options) {
        return treeScanOf(new TreeWalker(root, options).walk().listing, options);
      }
      function addUnique(map, relative, value, options) {
        const key = pathKey(relative);
        const existing = map.get(key);
        if (existing === void 0) {
          map.set(key, value);
          return;
        }
        if (options.side === "source") {
          const other = typeof existing === "string" ? existing : existing.path;
          const input = options.input ?? "source";
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Input '${input}': '${other}' and '${relative}' differ only in case; a Windows file system cannot hold both. Rename one of them.`);
        }
      }
      function copyFileKeepingTime(from, to) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(to), { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().copyFileSync(from, to);
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(from);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().utimesSync(to, stat.atime, stat.mtime);
      }
      function removeTreeNoFollow(target) {
        let stat;
        try {
          stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(target);
        } catch {
          return;
        }
        if (stat.isSymbolicLink()) {
          unlinkLink(target);
          return;
        }
        if (!stat.isDirectory()) {
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(target, { force: true });
          return;
        }
        for (const name of node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(target))
          removeTreeNoFollow(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, name));
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmdirSync(target);
      }
      function unlinkLink(link) {
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().unlinkSync(link);
        } catch (error) {
          const code = error.code;
          if (code === "EPERM" || code === "EISDIR")
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmdirSync(link);
          else if (code !== "ENOENT")
            throw error;
        }
      }
      function comparePaths(a, b) {
        const ka = pathKey(a);
        const kb = pathKey(b);
        if (ka !== kb)
          return ka < kb ? -1 : 1;
        return a < b ? -1 : a > b ? 1 : 0;
      }
    })
  ),
  /***/
  5153: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        EY: () => (
          /* binding */
          parsePattern
        ),
        /* harmony export */
        GK: () => (
          /* binding */
          patternToRegExpSource
        ),
        /* harmony export */
        Vd: () => (
          /* binding */
          normalizeRelativePath
        ),
        /* harmony export */
        Yk: () => (
          /* binding */
          parsePatternList
        ),
        /* harmony export */
        _K: () => (
          /* binding */
          compilePatternList
        ),
        /* harmony export */
        rl: () => (
          /* binding */
          hasWildcard
        )
        /* harmony export */
      });
      var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
      var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      function hasInvalidNameCharacter(value) {
        return /[<>:"|]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32);
      }
      function normalizeRelativePath(value) {
        return value.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
      }
      function hasWildcard(value) {
        return /[*?]/.test(value);
      }
      function parsePattern(raw, input, anchorNames = false) {
        const text = raw.trim().replace(/\\/g, "/");
        let directoryOnly = text.endsWith("/");
        let body = text;
        if (/(^|\/)\*\*$/.test(body) && body !== "**") {
          body = body.slice(0, -2);
          directoryOnly = true;
        }
        const explicitlyAnchored = body.startsWith("/");
        body = normalizeRelativePath(body);
        let floating = false;
        while (body.startsWith("**/")) {
          body = body.slice(3);
          floating = true;
        }
        if (body === "" || body === "**") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' matches everything; list files or folders to leave out.`);
        }
        const segments = body.split("/");
        if (segments.includes("..")) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' leaves the app folder: use a path relative to the app folder, without '..'.`);
        }
        if (/^[A-Za-z]:/.test(body) || /^\/\//.test(text)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' is absolute: use a path relative to the app folder.`);
        }
        if (hasInvalidNameCharacter(body)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' contains a character Windows does not allow in file names (< > : " | or a control character).`);
        }
        const anchored = explicitlyAnchored || !floating && (anchorNames || body.includes("/"));
        return { raw, body, anchored, directoryOnly };
      }
      const PICOMATCH_OPTIONS = {
        windows: false,
        // our paths always use `/`; picomatch would otherwise follow the OS it runs on
        dot: true,
        // `*.json` matches `.env.json` too: Windows has no hidden-by-name files
        nocase: true,
        nobrace: true,
        nobracket: true,
        noextglob: true,
        nonegate: true
      };
      function escapeForPicomatch(body) {
        return body.replace(/[^\p{L}\p{N}*?/]/gu, "\\$&");
      }
      function ownPathGlob(pattern) {
        const body = escapeForPicomatch(pattern.body);
        return pattern.anchored ? body : `**/${body}`;
      }
      function patternToRegExpSource(pattern) {
        const own = ownPathGlob(pattern);
        const withContent = picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(`${own}/**`, PICOMATCH_OPTIONS).source;
        if (!pattern.directoryOnly)
          return withContent;
        return `(?!${picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(own, PICOMATCH_OPTIONS).source})${withContent}`;
      }
      function compileGlobs(patterns) {
        if (patterns.length === 0) {
          return { patterns: [], matchesFile: () => false, matchesDirectory: () => false };
        }
        const content = patterns.map((p) => `${ownPathGlob(p)}/**/*`);
        const fileGlobs = [...patterns.filter((p) => !p.directoryOnly).map(ownPathGlob), ...content];
        const directoryGlobs = [...patterns.map(ownPathGlob), ...content];
        const fileMatcher = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(fileGlobs, PICOMATCH_OPTIONS);
        const directoryMatcher = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(directoryGlobs, PICOMATCH_OPTIONS);
        return {
          patterns: patterns.map((p) => p.raw),
          matchesFile: (relativePath) => fileMatcher(relativePath),
          // A folder is matched when its own path is, or when it lies under a matched folder.
          matchesDirectory: (relativePath) => directoryMatcher(relativePath)
        };
      }
      function parsePatternList(values, input, anchorNames = false) {
        return (values ?? []).map((v) => v.trim()).filter((v) => v !== "" && !v.startsWith("#")).map((v) => parsePattern(v, input, anchorNames));
      }
      function compilePatternList(values, input, anchorNames = false) {
        const parsed = parsePatternList(values, input, anchorNames);
        return { parsed, matcher: compileGlobs(parsed) };
      }
    })
  ),
  /***/
  6027: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Wu: () => (
          /* binding */
          quoteMsDeployProgram
        ),
        /* harmony export */
        _P: () => (
          /* binding */
          parseMsDeploySettings
        ),
        /* harmony export */
        _t: () => (
          /* binding */
          msDeployValueProblem
        ),
        /* harmony export */
        tA: () => (
          /* binding */
          quoteMsDeployValue
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      class MsDeployCommandLineError extends Error {
        name = "MsDeployCommandLineError";
      }
      const VALUE_SWITCHES = [
        "verb",
        "source",
        "dest",
        "declareParam",
        "setParam",
        "enableRule",
        "disableRule",
        "enableLink",
        "disableLink",
        "skip",
        "replace",
        "enableSkipDirective",
        "disableSkipDirective",
        "retryAttempts",
        "retryInterval",
        "xpath",
        "preSync",
        "postSync",
        "setParamFile",
        "declareParamFile",
        "userAgent",
        "failureLevel"
      ];
      const FLAG_SWITCHES = [
        "whatif",
        "useChecksum",
        "allowUntrusted",
        "verbose",
        "xml",
        "useAdminShares",
        "showSecure",
        "enableTransaction"
      ];
      const CANONICAL = new Map([...VALUE_SWITCHES, ...FLAG_SWITCHES].map((name) => [name.toLowerCase(), name]));
      const FLAGS = new Set(FLAG_SWITCHES.map((name) => name.toLowerCase()));
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function splitOutsideQuotes(text, isSeparator, context, keepEmpty = false) {
        const parts = [];
        let current = "";
        let quote;
        let started = false;
        for (const c of text) {
          if (quote !== void 0) {
            current += c;
            if (c === quote)
              quote = void 0;
            continue;
          }
          if (isSeparator(c)) {
            if (started || keepEmpty)
              parts.push(current);
            current = "";
            started = false;
            continue;
          }
          if (isQuote(c))
            quote = c;
          current += c;
          started = true;
        }
        if (quote !== void 0) {
          throw new MsDeployCommandLineError(`Missing closing quote (${quote}) in ${context} '${current}'.`);
        }
        if (started || keepEmpty && parts.length > 0)
          parts.push(current);
        return parts;
      }
      function unquoteMsDeployValue(text) {
        let out = "";
        let quote;
        for (const c of text) {
          if (quote !== void 0) {
            if (c === quote)
              quote = void 0;
            else
              out += c;
          } else if (isQuote(c))
            quote = c;
          else
            out += c;
        }
        return out;
      }
      function indexOfEqualsOutsideQuotes(text) {
        let quote;
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (quote !== void 0) {
            if (c === quote)
              quote = void 0;
          } else if (isQuote(c))
            quote = c;
          else if (c === "=")
            return i;
        }
        return -1;
      }
      function parseMsDeploySettings(value) {
        return settingsOf(value).filter((s) => s.key !== "" || s.value !== void 0);
      }
      function settingsOf(value) {
        const parts = splitOutsideQuotes(value, (c) => c === ",", "setting list", true);
        return parts.map((part) => {
          const eq = indexOfEqualsOutsideQuotes(part);
          if (eq < 0)
            return { key: unquoteMsDeployValue(part), value: void 0 };
          return { key: unquoteMsDeployValue(part.slice(0, eq)), value: unquoteMsDeployValue(part.slice(eq + 1)) };
        });
      }
      function parseMsDeployObject(value) {
        const [first, ...rest] = settingsOf(value);
        const settings = rest.filter((s) => s.key !== "" || s.value !== void 0);
        if (!first || first.key === "") {
          throw new MsDeployCommandLineError(`A provider is required in '${value}' (provider[=path][,setting=value]...).`);
        }
        return { provider: first.key, path: first.value, settings };
      }
      function settingValue(settings, key) {
        const lower = key.toLowerCase();
        return settings.find((s) => s.key.toLowerCase() === lower)?.value;
      }
      function splitMsDeployCommandLine(line) {
        return splitOutsideQuotes(line, (c) => c === " " || c === "	", "argument");
      }
      function parseInteger(name, value) {
        const text = unquoteMsDeployValue(value ?? "");
        if (!/^\d+$/.test(text)) {
          throw new MsDeployCommandLineError(`The value '${text}' of -${name} is not a whole number.`);
        }
        return Number(text);
      }
      function parseMsDeployCommandLine(line, options = {}) {
        const tokens = splitMsDeployCommandLine(line);
        const program = options.program ? tokens.shift() : void 0;
        const parsed = {
          program: program === void 0 ? void 0 : unquoteMsDeployValue(program),
          arguments: [],
          verb: void 0,
          source: void 0,
          dest: void 0,
          skips: [],
          setParams: [],
          enabledRules: [],
          disabledRules: [],
          enabledLinks: [],
          disabledLinks: [],
          flags: [],
          retryAttempts: void 0,
          retryInterval: void 0
        };
        for (const token of tokens) {
          if (!token.startsWith("-")) {
            throw new MsDeployCommandLineError(`Unrecognized argument '${token}'. All arguments must begin with "-".`);
          }
          const match = /^-([A-Za-z]+)(?:([:=])([\s\S]*))?$/.exec(token);
          const canonical = match ? CANONICAL.get(match[1].toLowerCase()) : void 0;
          if (!match || canonical === void 0) {
            throw new MsDeployCommandLineError(`Unrecognized argument '${token}'.`);
          }
          const value = match[2] === void 0 ? void 0 : match[3];
          const isFlag = FLAGS.has(canonical.toLowerCase());
          if (isFlag && value !== void 0) {
            throw new MsDeployCommandLineError(`The argument '-${canonical}' does not take a value: '${token}'.`);
          }
          if (!isFlag && value === void 0) {
            throw new MsDeployCommandLineError(`The argument '-${canonical}' requires a value: '${token}'.`);
          }
          parsed.arguments.push({ name: match[1], value, text: token });
          const list = () => parseMsDeploySettings(value ?? "").map((s) => s.key).filter(Boolean);
          switch (canonical) {
            case "verb":
              parsed.verb = unquoteMsDeployValue(value ?? "");
              break;
            case "source":
              parsed.source = parseMsDeployObject(value ?? "");
              break;
            case "dest":
              parsed.dest = parseMsDeployObject(value ?? "");
              break;
            case "skip":
              parsed.skips.push(parseMsDeploySettings(value ?? ""));
              break;
            case "setParam":
              parsed.setParams.push(parseMsDeploySettings(value ?? ""));
              break;
            case "enableRule":
              parsed.enabledRules.push(...list());
              break;
            case "disableRule":
              parsed.disabledRules.push(...list());
              break;
            case "enableLink":
              parsed.enabledLinks.push(...list());
              break;
            case "disableLink":
              parsed.disabledLinks.push(...list());
              break;
            case "retryAttempts":
              parsed.retryAttempts = parseInteger(canonical, value);
              break;
            case "retryInterval":
              parsed.retryInterval = parseInteger(canonical, value);
              break;
            default:
              if (isFlag)
                parsed.flags.push(canonical);
          }
        }
        return parsed;
      }
      const BARE = /^[A-Za-z0-9_.\-\\/:@]+$/;
      const NEEDS_QUOTES = /[\s,'"]/;
      const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
      function shown(value, secret) {
        if (secret)
          return "'***'";
        const visible = [...value].map((c) => {
          const code = c.codePointAt(0) ?? 0;
          return code < 32 || code === 127 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
        }).join("");
        return `'${visible}'`;
      }
      function msDeployValueProblem(value) {
        if ([...value].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
          return "it contains a control character (a line break, a tab...), which a command line cannot carry";
        }
        if (LONE_SURROGATE.test(value))
          return "it is not valid Unicode (a lone surrogate)";
        if (value.includes('"')) {
          return 'it contains a double quote ("): msdeploy reads its own command line and has no escape for a quote inside a quoted value (windows-facts \xA74.5)';
        }
        if (value !== "" && !BARE.test(value) && NEEDS_QUOTES.test(value) && value.endsWith("\\")) {
          return "it must be quoted (it contains a space, a comma or a quote) and ends with a backslash, and a backslash before the closing quote is read differently by different parsers (windows-facts \xA74.5)";
        }
        return void 0;
      }
      function quoteMsDeployValue(value, options) {
        const problem = msDeployValueProblem(value);
        if (problem !== void 0) {
          const what = options.what ? `${options.what} ` : "";
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(options.input, `Input '${options.input}': ${what}${shown(value, options.secret ?? false)} cannot be passed to msdeploy: ${problem}.`);
        }
        if (BARE.test(value))
          return value;
        if (!NEEDS_QUOTES.test(value) && value.endsWith("\\"))
          return value;
        return `"${value}"`;
      }
      function quoteMsDeployProgram(program) {
        return /[\s']/.test(program) ? `"${program}"` : program;
      }
    })
  ),
  /***/
  9416: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        A4: () => (
          /* binding */
          parseMsDeployOutput
        ),
        /* harmony export */
        QI: () => (
          /* binding */
          MSDEPLOY_COMMAND_LINE_ERROR
        ),
        /* harmony export */
        iR: () => (
          /* binding */
          classifyMsDeployFailure
        ),
        /* harmony export */
        uO: () => (
          /* binding */
          MsDeployError
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      const CHANGE = /^Info:\s+(Adding|Updating|Deleting)\s+(.+?)\s+\((.*)\)\.?\s*$/;
      const TOTALS = /^Total changes:\s*(\d+)\s*\(\s*(\d+) added,\s*(\d+) deleted,\s*(\d+) updated,\s*(\d+) parameters? changed,\s*(\d+) bytes copied\s*\)/i;
      const ERROR_CODE = /^(?:Error:\s*)?Error Code:\s*(?:ERROR_)?([A-Z0-9_]+)\s*$/i;
      const MORE_INFORMATION = /^More Information:\s*(.*)$/i;
      const ERROR_LINE = /^Error:\s*(.*)$/i;
      const ERROR_COUNT = /^Error count:\s*(\d+)/i;
      const WARNING_LINE = /^Warning:\s*(.*)$/i;
      const STARTS_ENTRY = /^(Info|Warning|Error|Error Code|Error count|More Information|Total changes|Verbose):/i;
      const ACTIONS = {
        Adding: "add",
        Updating: "update",
        Deleting: "delete"
      };
      function parseMsDeployOutput(stdout, stderr = "") {
        const output = {
          totals: void 0,
          changes: [],
          errors: [],
          errorCount: void 0,
          warnings: []
        };
        let current;
        let continuing;
        const lines = `${stdout}
${stderr}`.split(/\r?\n/);
        for (const rawLine of lines) {
          const line = rawLine.trim();
          if (line === "")
            continue;
          if (continuing === "message" && current && !STARTS_ENTRY.test(line)) {
            current.message = `${current.message} ${line}`.trim();
            continue;
          }
          continuing = void 0;
          let m;
          if (m = CHANGE.exec(line)) {
            output.changes.push({
              action: ACTIONS[m[1]] ?? "add",
              objectKind: m[2],
              path: m[3]
            });
          } else if (m = TOTALS.exec(line)) {
            const [changes, added, deleted, updated, parametersChanged, bytesCopied] = m.slice(1, 7).map(Number);
            output.totals = { changes, added, deleted, updated, parametersChanged, bytesCopied };
          } else if (m = ERROR_CODE.exec(line)) {
            current = { code: `ERROR_${m[1].toUpperCase()}`, message: "", details: [] };
            output.errors.push(current);
          } else if (m = MORE_INFORMATION.exec(line)) {
            if (!current) {
              current = { code: void 0, message: "", details: [] };
              output.errors.push(current);
            }
            current.message = m[1].trim();
            continuing = "message";
          } else if (m = ERROR_COUNT.exec(line)) {
            output.errorCount = Number(m[1]);
            current = void 0;
          } else if (m = ERROR_LINE.exec(line)) {
            const text = m[1].trim();
            if (current)
              current.details.push(text);
            else
              output.errors.push({ code: codeIn(text), message: text, details: [] });
          } else if (m = WARNING_LINE.exec(line)) {
            output.warnings.push(m[1].trim());
          }
        }
        return output;
      }
      function codeIn(text) {
        return /\b(ERROR_[A-Z0-9_]+)\b/.exec(text)?.[1];
      }
      function isMsDeployFailureExitCode(exitCode) {
        return exitCode !== 0;
      }
      function normalizeMsDeployExitCode(exitCode) {
        return exitCode === 255 || exitCode === 4294967295 ? -1 : exitCode;
      }
      const BUG = "iis-deploy built a command line msdeploy did not accept: this is a bug, please report it with the (masked) command line above.";
      const KNOWN_ERRORS = {
        ERROR_FILE_IN_USE: {
          summary: "a file on the destination is locked by a running process (the app itself, windows-facts \xA76)",
          fix: (c) => c.remote ? "Use 'take-offline: app-offline' (msdeploy's AppOffline rule) so the app lets go of its files before the copy; if the lock outlives it, raise msdeploy's retries or recycle the pool on the server (peers \xA73.1)." : "Use 'take-offline: both' (app_offline.htm plus a stopped pool, waiting until the worker process has exited) or 'strategy: releases' (no live file is overwritten, so nothing can be locked). More retries only hide the race (peers \xA73.1)."
        },
        ERROR_USER_UNAUTHORIZED: {
          summary: "the Web Deploy server refused the credentials (401 Unauthorized)",
          fix: () => "Check 'msdeploy-username' and 'msdeploy-password', that the site named in 'msdeploy-url' (?site=) exists, and that the user has IIS Manager permissions on that site; a Windows account may need 'msdeploy-auth-type: NTLM'."
        },
        ERROR_DESTINATION_NOT_REACHABLE: {
          summary: "the Web Deploy server could not be reached",
          fix: () => "Check the host and port in 'msdeploy-url' (the Web Management Service listens on 8172), that the service runs on the server ('net start wmsvc') and that no firewall blocks the port."
        },
        ERROR_DESTINATION_INVALID: {
          summary: "the computer name is mistyped or the computer is not reachable",
          fix: () => "Check the host name in 'msdeploy-url' (can the runner resolve and ping it?)."
        },
        ERROR_COULD_NOT_CONNECT_TO_REMOTESVC: {
          summary: "Web Deploy could not connect to the remote service",
          fix: () => "Start the Web Management Service ('net start wmsvc', port 8172) or the Web Deployment Agent Service ('net start msdepsvc', port 80) on the server, and open its port in the firewall."
        },
        ERROR_CONNECTION_TERMINATED: {
          summary: "the connection to the Web Deploy server was dropped during the sync",
          fix: () => "The sync was retried; check the network path to the server (proxies, load balancers with short idle timeouts) and run the deploy again.",
          transient: true
        },
        ERROR_CERTIFICATE_VALIDATION_FAILED: {
          summary: "the Web Deploy server's TLS certificate is not trusted (typically the self-signed certificate on 8172)",
          fix: () => "Set 'allow-untrusted: true' to accept the server's self-signed certificate, or install a certificate the runner trusts on the Web Management Service."
        },
        ERROR_SITE_DOES_NOT_EXIST: {
          summary: "the IIS site does not exist on the destination",
          fix: () => "Check 'site' (and the ?site= of 'msdeploy-url'), or create the site ('create: true' on a local target). The AppOffline rule needs an IIS site/app destination: a physical folder gives this error too (peers \xA73.2)."
        },
        ERROR_APP_DOES_NOT_EXIST: {
          summary: "the IIS application does not exist on the destination",
          fix: () => "Check 'application' (the virtual path, e.g. /api) against the site's applications."
        },
        ERROR_INSUFFICIENT_ACCESS_TO_SITE_FOLDER: {
          summary: "the deploy identity may not create or change files in the site's folder",
          fix: () => "Give the identity Full Control on the site's root folder (the Windows user, or the Web Management Service's identity for IIS Manager users), or run 'Configure Web Deploy Publishing' for the site in IIS Manager."
        },
        ERROR_INSUFFICIENT_ACCESS_TO_APPHOSTCONFIG: {
          summary: "the createApp delegation identity cannot write applicationHost.config",
          fix: () => "Give the RunAs identity of the createApp delegation rule write access to %windir%\\system32\\inetsrv\\config\\applicationHost.config."
        },
        ERROR_FAILED_TO_BRING_APP_ONLINE: {
          summary: "Web Deploy could not remove App_Offline.htm after the sync: the app stays offline (503)",
          fix: () => "Delete App_Offline.htm from the app's root folder on the server (a rerun with the AppOffline rule also removes it), and check the server's event log for why it could not."
        },
        ERROR_USER_NOT_ADMIN: {
          summary: "the Remote Agent Service needs an administrator account",
          fix: () => "Use an administrator of the server, or deploy through the Web Management Service: 'msdeploy-url: https://host:8172/msdeploy.axd?site=<site>'."
        },
        ERROR_PROXY_GATEWAY: {
          summary: "a proxy gateway blocks the connection to the Web Deploy server",
          fix: () => "Web Deploy ignores the system proxy settings: deploy from a network that reaches the server directly."
        },
        ERROR_OBJECT_TO_BE_DELETED_DOES_NOT_EXIST: {
          summary: "something else changed the destination during the sync",
          fix: () => "Make sure no other deploy or process writes to the target at the same time, and run the deploy again.",
          transient: true
        },
        ERROR_EXCEPTION_WHILE_CREATING_OBJECT: {
          summary: "Web Deploy could not read the source",
          fix: () => "Check that 'source' exists and that the runner's account can read every file in it."
        },
        ERROR_API_NOT_SUPPORTED: {
          summary: "the server runs an older Web Deploy than this msdeploy",
          fix: () => "Install the latest Web Deploy (3.6 or later) on the server."
        },
        ERROR_ASSEMBLY_NOT_FOUND: {
          summary: "Web Deploy could not load one of its components",
          fix: () => "Repair or reinstall Web Deploy (3.6 or later) on the machine that reported it."
        },
        ERROR_NOT_SUPPORTED: {
          summary: "the server does not allow creating or changing applications during a publish",
          fix: () => "Create the application on the server first, then deploy to it ('site' + 'application')."
        },
        ERROR_MAX_NUM_APPLICATIONS_EXCEEDED: {
          summary: "the server allows no more applications for this user",
          fix: () => "Ask the server administrator for more applications, or remove unused ones."
        },
        ERROR_FRAMEWORK_VERSIONS_DO_NOT_MATCH: {
          summary: "msdeploy here and on the server run on different .NET Framework versions",
          fix: () => "Install the same Web Deploy and .NET Framework versions on the runner and the server."
        },
        ERROR_INVALID_PATH: { summary: "msdeploy did not accept a provider path", fix: () => BUG },
        ERROR_INVALID_SETTING_SPECIFIED: { summary: "msdeploy did not accept a provider setting", fix: () => BUG },
        ERROR_INVALID_SETTING_VALUE_SPECIFIED: {
          summary: "msdeploy did not accept a provider setting value",
          fix: () => BUG
        }
      };
      function knownError(code) {
        if (code === void 0)
          return void 0;
        const known = KNOWN_ERRORS[code];
        if (known)
          return known;
        const provider = /^ERROR_USER_NOT_AUTHORIZED_FOR_(\w+)$/.exec(code)?.[1];
        if (provider) {
          return {
            summary: `the user is not allowed to use the Web Deploy provider '${provider}' (no delegation rule)`,
            fix: () => `Add a Management Service delegation rule for '${provider}' on the server (IIS Manager, Management Service Delegation), or repair Web Deploy so it recreates its default rules.`
          };
        }
        return void 0;
      }
      class MsDeployError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4 {
        code;
        transient;
        details;
        name = "MsDeployError";
        constructor(code, exitCode, message, fix, transient, details) {
          super("msdeploy", exitCode, message, fix);
          this.code = code;
          this.transient = transient;
          this.details = details;
        }
      }
      const MSDEPLOY_COMMAND_LINE_ERROR = "MSDEPLOY_COMMAND_LINE";
      function exitCodeText(exitCode) {
        const normalized = normalizeMsDeployExitCode(exitCode);
        return normalized === exitCode ? `exit code ${exitCode}` : `exit code ${normalized} (reported as ${exitCode})`;
      }
      function classifyMsDeployFailure(output, exitCode, context = {}) {
        const failedByText = output.errors.length > 0 || (output.errorCount ?? 0) > 0;
        if (!failedByText && !isMsDeployFailureExitCode(exitCode))
          return void 0;
        const coded = output.errors.find((e) => e.code !== void 0 && knownError(e.code)) ?? output.errors.find((e) => e.code !== void 0);
        const commandLine = output.errors.find((e) => /Unrecognized argument|must begin with "-"/i.test(e.message));
        const details = output.errors.flatMap((e) => [e.message, ...e.details]).filter(Boolean);
        const shownDetails = details.slice(0, 6).join(" | ");
        if (!coded && commandLine) {
          return new MsDeployError(MSDEPLOY_COMMAND_LINE_ERROR, exitCode, `msdeploy failed (${exitCodeText(exitCode)}): it could not read its command line: ${commandLine.message}`, BUG, false, details);
        }
        const code = coded?.code ?? (/transport connection/i.test(details.join("\n")) ? "ERROR_CONNECTION_TERMINATED" : void 0);
        const known = knownError(code);
        const parts = [`msdeploy failed (${exitCodeText(exitCode)}${code ? `, ${code}` : ""})`];
        if (known)
          parts.push(`: ${known.summary}.`);
        else
          parts.push(".");
        if (shownDetails)
          parts.push(` msdeploy said: ${shownDetails}`);
        if (code === "ERROR_FILE_IN_USE" && context.retryAttempts !== void 0) {
          parts.push(` (after msdeploy's ${context.retryAttempts} retries)`);
        }
        if (context.appOffline && code !== "ERROR_FAILED_TO_BRING_APP_ONLINE") {
          parts.push(" The AppOffline rule may have left App_Offline.htm in place: the app answers 503 until it is removed.");
        }
        let fix = known?.fix(context);
        if (!fix && code)
          fix = `See https://go.microsoft.com/fwlink/?LinkId=221672#${code} for what ${code} means.`;
        if (!fix)
          fix = "Read the msdeploy output above; rerun with debug logging for the full log.";
        return new MsDeployError(code, exitCode, parts.join(""), fix, known?.transient ?? false, details);
      }
    })
  ),
  /***/
  6999: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        cm: () => (
          /* reexport */
          buildMsDeploySkipRules
        ),
        SZ: () => (
          /* binding */
          formatSkipArgument
        ),
        K2: () => (
          /* binding */
          iisAppPath
        ),
        uw: () => (
          /* binding */
          removeAppOfflineWithWebDeploy
        ),
        RL: () => (
          /* binding */
          syncWithWebDeploy
        )
      });
      var errors = __webpack_require__(4296);
      var msdeploy_command_line = __webpack_require__(6027);
      var app_offline = __webpack_require__(3074);
      var glob = __webpack_require__(5153);
      ;
      function escapeMsDeployRegex(text) {
        return text.replace(/[\\*+?|{}[\]()^$.#]/g, "\\$&");
      }
      function globBodyToMsDeployRegex(body) {
        let out = "";
        for (let i = 0; i < body.length; i++) {
          const c = body[i];
          if (c === "*" && body[i + 1] === "*") {
            const startsSegment = i === 0 || body[i - 1] === "/";
            if (startsSegment && body[i + 2] === "/") {
              out += "(?:[^\\\\]*\\\\)*";
              i += 2;
              continue;
            }
            if (startsSegment && i + 2 === body.length) {
              out += ".*";
              i += 1;
              continue;
            }
            out += "[^\\\\]*";
            i += 1;
            continue;
          }
          if (c === "*")
            out += "[^\\\\]*";
          else if (c === "?")
            out += "[^\\\\]";
          else if (c === "/")
            out += "\\\\";
          else
            out += escapeMsDeployRegex(c);
        }
        return out;
      }
      function patternToMsDeployRegex(pattern) {
        return `(?i)\\\\${globBodyToMsDeployRegex(pattern.body)}$`;
      }
      function skipRulesForPattern(pattern) {
        const absolutePath = patternToMsDeployRegex(pattern);
        const rules = [{ objectName: "dirPath", absolutePath }];
        if (!pattern.directoryOnly)
          rules.push({ objectName: "filePath", absolutePath });
        return rules;
      }
      const APP_OFFLINE_SKIP = {
        objectName: "filePath",
        absolutePath: `(?i)\\\\${escapeMsDeployRegex(app_offline.Bx)}$`
      };
      function buildMsDeploySkipRules(exclude = [], preserve = []) {
        const patterns = [
          ...clean(exclude).map((p) => (0, glob.EY)(p, "exclude")),
          ...clean(preserve).map((p) => (0, glob.EY)(p, "preserve", true))
        ];
        const rules = [APP_OFFLINE_SKIP, ...patterns.flatMap(skipRulesForPattern)];
        const seen = /* @__PURE__ */ new Set();
        return rules.filter((rule) => {
          const key = `${rule.objectName}
${rule.absolutePath.toLowerCase()}`;
          if (seen.has(key))
            return false;
          seen.add(key);
          return true;
        });
      }
      function clean(values) {
        return values.map((v) => v.trim()).filter((v) => v !== "" && !v.startsWith("#"));
      }
      var msdeploy_output = __webpack_require__(9416);
      ;
      const DEFAULT_MSDEPLOY_RETRY_ATTEMPTS = 5;
      const DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS = 3e3;
      const MASK = "***";
      function isIisTarget(target) {
        return "site" in target;
      }
      function trimTrailingSeparators(value) {
        const trimmed = value.replace(/[\\/]+$/, "");
        if (trimmed === "" || /^[A-Za-z]:$/.test(trimmed))
          return value.slice(0, trimmed.length + 1);
        return trimmed;
      }
      function checkValue(value, input, what, secret = false) {
        (0, msdeploy_command_line.tA)(value, { input, what, secret });
      }
      function iisAppPath(site, application = "/") {
        if (site === "")
          throw new errors.dz("site", "Input 'site' is empty: name the IIS site to deploy to.");
        if (/[\\/]/.test(site)) {
          throw new errors.dz("site", `Input 'site' is '${site}': a site name cannot contain '/' or '\\'.`);
        }
        checkValue(site, "site", "the site name");
        const segments = application.replace(/\\/g, "/").split("/").filter(Boolean);
        if (segments.some((s) => s === "." || s === "..")) {
          throw new errors.dz("application", `Input 'application' is '${application}': use a virtual path such as / or /api.`);
        }
        checkValue(segments.join("/"), "application", "the application path");
        return [site, ...segments].join("/");
      }
      function msDeployComputerName(url, site) {
        const input = "msdeploy-url";
        if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
          if (/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/.test(url))
            return url;
          throw new errors.dz(input, `Input '${input}' is '${url}': use https://host:8172/msdeploy.axd?site=<site> (Web Management Service) or a host name (Remote Agent Service).`);
        }
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          throw new errors.dz(input, `Input '${input}' is '${url}', which is not a URL: write it as https://host:8172/msdeploy.axd?site=<site>.`);
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
          throw new errors.dz(input, `Input '${input}' is '${url}': only https (or http) URLs are allowed.`);
        }
        if (parsed.username || parsed.password) {
          throw new errors.dz(input, `Input '${input}' holds credentials: put them in 'msdeploy-username' and 'msdeploy-password' (the URL is logged, the password input is masked).`);
        }
        if (parsed.pathname === "" || parsed.pathname === "/")
          parsed.pathname = "/msdeploy.axd";
        const named = parsed.searchParams.get("site");
        if (named === null) {
          parsed.search = `${parsed.search ? `${parsed.search}&` : "?"}site=${encodeURIComponent(site)}`;
        } else if (named.toLowerCase() !== site.toLowerCase()) {
          throw new errors.dz(input, `Input '${input}' names the site '${named}' (?site=) but 'site' is '${site}': Web Deploy authorizes per site, so they must match.`);
        }
        parsed.hash = "";
        return parsed.href;
      }
      function formatSkipArgument(rule) {
        return `-skip:objectName=${rule.objectName},absolutePath=${(0, msdeploy_command_line.tA)(rule.absolutePath, { input: "preserve" })}`;
      }
      function checkCount(value, input, max) {
        if (!Number.isInteger(value) || value < 0 || value > max) {
          throw new errors.dz(input, `'${input}' is ${value}: use a whole number from 0 to ${max}.`);
        }
        return value;
      }
      function buildMsDeployCommandLine(options) {
        const { target, remote } = options;
        const iis = isIisTarget(target);
        const appPath = iis ? iisAppPath(target.site, target.application) : void 0;
        const isPackage = options.package !== void 0;
        const source = trimTrailingSeparators(options.package?.path ?? options.source);
        if (!iis && remote) {
          throw new errors.dz("site", "A remote Web Deploy target ('msdeploy-url') needs 'site': the server authorizes per site.");
        }
        if (!iis && options.appOffline) {
          throw new errors.dz("take-offline", "msdeploy's AppOffline rule needs an IIS site/app destination ('site'), not a physical folder: a folder gives ERROR_SITE_DOES_NOT_EXIST (peers \xA73.2).");
        }
        if (!iis && isPackage) {
          throw new errors.dz("source", `Input 'source' is a Web Deploy package ('${options.source}'): it deploys to an IIS app, so 'site' is required.`);
        }
        const sourceValue = (0, msdeploy_command_line.tA)(source, { input: "source", what: "the publish folder" });
        const provider = iis ? "iisApp" : "contentPath";
        const sourceArg = options.package ? `-source:${options.package.kind}=${sourceValue}` : `-source:${provider}=${sourceValue}`;
        const destParts = [];
        const add = (real, shown = real) => {
          destParts.push({ real, shown });
        };
        if (isPackage)
          add("auto");
        else if (iis)
          add(`iisApp=${(0, msdeploy_command_line.tA)(appPath, { input: "site" })}`);
        else {
          const folder = trimTrailingSeparators(target.folder);
          add(`contentPath=${(0, msdeploy_command_line.tA)(folder, { input: "physical-path", what: "the target folder" })}`);
        }
        if (remote) {
          const computerName = msDeployComputerName(remote.url, target.site);
          add(`computerName=${(0, msdeploy_command_line.tA)(computerName, { input: "msdeploy-url" })}`);
          if (remote.userName !== void 0 && remote.userName !== "") {
            add(`userName=${(0, msdeploy_command_line.tA)(remote.userName, { input: "msdeploy-username", what: "the user name" })}`);
          }
          if (remote.password !== void 0 && remote.password !== "") {
            if (remote.userName === void 0 || remote.userName === "") {
              throw new errors.dz("msdeploy-username", "Input 'msdeploy-password' is set but 'msdeploy-username' is not: give both.");
            }
            const quoted = (0, msdeploy_command_line.tA)(remote.password, {
              input: "msdeploy-password",
              what: "the password",
              secret: true
            });
            add(`password=${quoted}`, `password=${MASK}`);
          }
          const authType = remote.authType ?? "Basic";
          if (authType !== "Basic" && authType !== "NTLM") {
            throw new errors.dz("msdeploy-auth-type", `Input 'msdeploy-auth-type' is '${String(authType)}': use Basic or NTLM.`);
          }
          add(`authType=${authType}`);
        }
        add("includeAcls=False");
        const args = ["-verb:sync", sourceArg];
        const displayArgs = ["-verb:sync", sourceArg];
        args.push(`-dest:${destParts.map((p) => p.real).join(",")}`);
        displayArgs.push(`-dest:${destParts.map((p) => p.shown).join(",")}`);
        const rest = [];
        if (options.package) {
          rest.push(...options.package.setParams);
          if (options.package.setParamFile !== void 0) {
            rest.push(`-setParamFile:${(0, msdeploy_command_line.tA)(options.package.setParamFile, { input: "set-parameters-file" })}`);
          }
        }
        if (options.appOffline)
          rest.push("-enableRule:AppOffline");
        if (!options.deleteExtra)
          rest.push("-enableRule:DoNotDeleteRule");
        for (const rule of buildMsDeploySkipRules(options.exclude, options.preserve))
          rest.push(formatSkipArgument(rule));
        rest.push(...options.extraSkips ?? []);
        rest.push(...(options.extraArgs ?? []).filter((a) => !/^-retry(Attempts|Interval):/i.test(a)));
        const attempts = checkCount(options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS, "retryAttempts", 100);
        const interval = checkCount(options.retryIntervalMs ?? DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS, "retryIntervalMs", 6e5);
        rest.push(`-retryAttempts:${attempts}`, `-retryInterval:${interval}`);
        if (options.checksum)
          rest.push("-useChecksum");
        if (remote?.allowUntrusted)
          rest.push("-allowUntrusted");
        if (options.dryRun)
          rest.push("-whatif");
        return { args: [...args, ...rest], displayArgs: [...displayArgs, ...rest] };
      }
      function buildMsDeployRemoveAppOfflineCommandLine(options) {
        const { target, remote } = options;
        if (!isIisTarget(target)) {
          throw new errors.dz("site", "Removing App_Offline.htm through msdeploy needs an IIS target (site).");
        }
        const file = `${iisAppPath(target.site, target.application)}/App_Offline.htm`;
        const real = [`contentPath=${(0, msdeploy_command_line.tA)(file, { input: "site" })}`];
        const shown = [...real];
        if (remote) {
          const computerName = (0, msdeploy_command_line.tA)(msDeployComputerName(remote.url, target.site), {
            input: "msdeploy-url"
          });
          real.push(`computerName=${computerName}`);
          shown.push(`computerName=${computerName}`);
          if (remote.userName) {
            const user = `userName=${(0, msdeploy_command_line.tA)(remote.userName, { input: "msdeploy-username" })}`;
            real.push(user);
            shown.push(user);
          }
          if (remote.password) {
            real.push(`password=${(0, msdeploy_command_line.tA)(remote.password, { input: "msdeploy-password", secret: true })}`);
            shown.push(`password=${MASK}`);
          }
          real.push(`authType=${remote.authType ?? "Basic"}`);
          shown.push(`authType=${remote.authType ?? "Basic"}`);
        }
        const tail = remote?.allowUntrusted ? ["-allowUntrusted"] : [];
        return {
          args: ["-verb:delete", `-dest:${real.join(",")}`, ...tail],
          displayArgs: ["-verb:delete", `-dest:${shown.join(",")}`, ...tail]
        };
      }
      function maskedError(error, reporter) {
        if (error instanceof Error) {
          error.message = reporter.mask(error.message);
          if (error.stack)
            error.stack = reporter.mask(error.stack);
        }
        return error;
      }
      function msDeploySyncResult(output, exitCode, dryRun) {
        const files = output.changes.filter((c) => c.objectKind.toLowerCase() === "file");
        const useLines = output.changes.length > 0 || output.totals === void 0;
        const count = (action) => files.filter((c) => c.action === action).length;
        const filesAdded = useLines ? count("add") : output.totals?.added ?? 0;
        const filesUpdated = useLines ? count("update") : output.totals?.updated ?? 0;
        const filesDeleted = useLines ? count("delete") : output.totals?.deleted ?? 0;
        const bytesCopied = output.totals?.bytesCopied ?? 0;
        const verb = dryRun ? "would change" : "changed";
        const total = output.totals ? ` (msdeploy: ${output.totals.changes} changes)` : "";
        return {
          method: "msdeploy",
          filesAdded,
          filesUpdated,
          filesDeleted,
          bytesCopied,
          exitCode,
          summary: `Web Deploy ${verb} ${filesAdded + filesUpdated + filesDeleted} files: ${filesAdded} added, ${filesUpdated} updated, ${filesDeleted} deleted, ${bytesCopied} bytes copied${total}.`,
          dryRun
        };
      }
      async function runMsDeploy(ports, command, options) {
        const { runner, reporter, tools } = ports;
        const msdeploy = await tools.resolve("msdeploy");
        reporter.info(`[command]${(0, msdeploy_command_line.Wu)(msdeploy)} ${command.displayArgs.join(" ")}`);
        let result;
        try {
          result = await runner.run(msdeploy, command.args, {
            verbatimArguments: true,
            silent: true,
            timeoutMs: options.timeoutMs,
            signal: options.signal
          });
        } catch (error) {
          throw maskedError(error, reporter);
        }
        const stdout = reporter.mask(result.stdout);
        const stderr = reporter.mask(result.stderr);
        if (stdout.trim())
          reporter.info(stdout.trimEnd());
        if (stderr.trim())
          reporter.info(stderr.trimEnd());
        return { output: (0, msdeploy_output.A4)(stdout, stderr), exitCode: result.exitCode };
      }
      async function syncWithWebDeploy(ports, options) {
        const { reporter } = ports;
        if (options.remote?.password)
          reporter.registerSecret(options.remote.password);
        const command = buildMsDeployCommandLine(options);
        const attempts = Math.max(1, options.connectionAttempts ?? 3);
        const context = {
          remote: options.remote !== void 0,
          appOffline: options.appOffline ?? false,
          retryAttempts: options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS
        };
        for (let attempt = 1; ; attempt++) {
          const { output, exitCode } = await runMsDeploy(ports, command, options);
          const failure = (0, msdeploy_output.iR)(output, exitCode, context);
          if (!failure) {
            const result = msDeploySyncResult(output, exitCode, options.dryRun ?? false);
            reporter.info(result.summary);
            return result;
          }
          if (!failure.transient || attempt >= attempts)
            throw failure;
          const delay = options.connectionRetryDelayMs ?? 5e3;
          reporter.warning(`${failure.message.split("\n")[0]} Running the sync again in ${delay} ms (attempt ${attempt + 1} of ${attempts}).`);
          if (options.signal?.aborted)
            throw new errors.cc();
          await (ports.clock?.sleep(delay, options.signal) ?? new Promise((r) => setTimeout(r, delay)));
        }
      }
      async function removeAppOfflineWithWebDeploy(ports, options) {
        if (options.remote?.password)
          ports.reporter.registerSecret(options.remote.password);
        const command = buildMsDeployRemoveAppOfflineCommandLine(options);
        const { output, exitCode } = await runMsDeploy(ports, command, options);
        const failure = (0, msdeploy_output.iR)(output, exitCode, { remote: options.remote !== void 0 });
        if (failure)
          throw failure;
      }
    })
  ),
  /***/
  2825: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Bx: () => (
          /* reexport */
          app_offline.Bx
        ),
        tB: () => (
          /* binding */
          DEFAULT_PRESERVE
        ),
        uq: () => (
          /* binding */
          RELEASE_MARKER_FILE
        ),
        FP: () => (
          /* binding */
          alignTargetTimes
        ),
        Z$: () => (
          /* binding */
          buildSyncFilters
        ),
        RI: () => (
          /* binding */
          isLockedFile
        ),
        iI: () => (
          /* binding */
          parsePreserveList
        ),
        XA: () => (
          /* binding */
          planChanges
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_os_default = /* @__PURE__ */ __webpack_require__.n(external_node_os_);
      var errors = __webpack_require__(4296);
      var app_offline = __webpack_require__(3074);
      var file_tree = __webpack_require__(8606);
      var glob = __webpack_require__(5153);
      ;
      const PAIRED_CLAIMED_HERE = 1;
      const PAIRED_CLAIMED_BY_WORKER = 2;
      const PAIRED_CLAIMS_CLOSED = 3;
      function walkPairedUnits(fileApi, compare, settings, claims, claimant, fromEnd, afterUnit) {
        const result = {
          bail: null,
          files: 0,
          comparedBytes: 0,
          adds: [],
          addBytes: [],
          updates: [],
          updateBytes: [],
          deletes: [],
          deleteBytes: [],
          unchanged: 0,
          unchangedSource: [],
          unchangedTarget: [],
          retimed: [],
          forceCopy: [],
          newDirectories: [],
          extraDirectories: [],
          links: [],
          shadowed: []
        };
        const { checksum, toleranceMs, deleteExtra, listUnchanged, sourceSeparator, targetSeparator } = settings;
        const ignore = settings.ignore === null ? null : new RegExp(settings.ignore, "i");
        const chunk = checksum ? 1 << 20 : 0;
        const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
        const openFlags = fileApi.constants.O_RDONLY | (fileApi.constants.O_NOFOLLOW ?? 0) | (fileApi.constants.O_NONBLOCK ?? 0);
        const NONE = 0;
        const FILE = 1;
        const DIRECTORY = 2;
        const LINK = 3;
        function list(folder, regular) {
          try {
            if (regular === null)
              return fileApi.readdirSync(folder);
            const entries = fileApi.readdirSync(folder, { withFileTypes: true });
            const names = new Array(entries.length);
            for (let i = 0; i < entries.length; i++) {
              const entry = entries[i];
              names[i] = entry.name;
              regular.push(entry.isFile());
            }
            return names;
          } catch (error) {
            if (error.code === "ENOENT")
              return [];
            throw error;
          }
        }
        function stat(absolute) {
          return absolute === null ? void 0 : fileApi.lstatSync(absolute, { throwIfNoEntry: false });
        }
        function sameTime(a, b) {
          return Math.abs(a - b) < toleranceMs;
        }
        function unchanged(sourceRel, targetRel) {
          result.unchanged++;
          if (listUnchanged) {
            result.unchangedSource.push(sourceRel);
            result.unchangedTarget.push(targetRel);
          }
        }
        function recordCompared(sourceRel, targetRel, size, sameBytes, sameTimes) {
          result.comparedBytes += size;
          if (sameBytes) {
            unchanged(sourceRel, targetRel);
            if (!sameTimes)
              result.retimed.push(targetRel);
          } else {
            result.updates.push(targetRel);
            result.updateBytes.push(size);
            if (sameTimes)
              result.forceCopy.push(targetRel);
          }
        }
        function flush(pending) {
          if (pending.sizes.length === 0)
            return;
          const same = compare(fileApi, buffers, pending.paths, pending.sizes);
          for (let i = 0; i < pending.sizes.length; i++) {
            recordCompared(pending.sourceRel[i], pending.targetRel[i], pending.sizes[i], same[i] === 1, pending.sameTime[i]);
          }
        }
        function pairOpenFiles(sourceAbs, targetAbs, sourceRel, targetRel) {
          let sourceFd = -1;
          let targetFd = -1;
          try {
            try {
              sourceFd = fileApi.openSync(sourceAbs, openFlags);
              targetFd = fileApi.openSync(targetAbs, openFlags);
            } catch {
              return false;
            }
            const source = fileApi.fstatSync(sourceFd);
            const target = fileApi.fstatSync(targetFd);
            if (!source.isFile() || !target.isFile())
              return false;
            result.files++;
            const size = source.size;
            if (size !== target.size) {
              result.updates.push(targetRel);
              result.updateBytes.push(size);
              return true;
            }
            const sameBytes = compare(fileApi, buffers, [sourceFd, targetFd], [size])[0] === 1;
            recordCompared(sourceRel, targetRel, size, sameBytes, sameTime(source.mtimeMs, target.mtimeMs));
            return true;
          } finally {
            if (sourceFd >= 0)
              fileApi.closeSync(sourceFd);
            if (targetFd >= 0)
              fileApi.closeSync(targetFd);
          }
        }
        function pairEntry(sourceAbs, targetAbs, sourceRel, targetRel, shadowed, pending, folders, bothPlainFiles = false) {
          if (bothPlainFiles && sourceAbs !== null && targetAbs !== null && !shadowed && (ignore === null || !ignore.test(sourceRel) && !ignore.test(targetRel)) && pairOpenFiles(sourceAbs, targetAbs, sourceRel, targetRel)) {
            return;
          }
          const sourceStat = stat(sourceAbs);
          const targetStat = stat(targetAbs);
          let sourceKind = NONE;
          if (sourceStat !== void 0) {
            if (sourceStat.isSymbolicLink()) {
              result.bail = `the source holds a symbolic link ('${sourceRel}')`;
              return;
            }
            if (sourceStat.isDirectory())
              sourceKind = ignore !== null && ignore.test(sourceRel + "/") ? NONE : DIRECTORY;
            else if (sourceStat.isFile())
              sourceKind = ignore !== null && ignore.test(sourceRel) ? NONE : FILE;
          }
          let targetKind = NONE;
          if (targetStat !== void 0) {
            if (targetStat.isSymbolicLink())
              targetKind = LINK;
            else if (targetStat.isDirectory())
              targetKind = ignore !== null && ignore.test(targetRel + "/") ? NONE : DIRECTORY;
            else if (targetStat.isFile())
              targetKind = ignore !== null && ignore.test(targetRel) ? NONE : FILE;
          }
          if (sourceKind === FILE)
            result.files++;
          if (targetKind === LINK || shadowed) {
            if (targetKind === LINK)
              result.links.push(targetRel);
            if (sourceKind === FILE)
              result.shadowed.push(sourceRel);
            else if (sourceKind === DIRECTORY)
              folders.push([sourceAbs, null, sourceRel, "", true]);
            return;
          }
          if (sourceKind === FILE && targetKind === FILE) {
            const source = sourceStat;
            const target = targetStat;
            if (source.size !== target.size) {
              result.updates.push(targetRel);
              result.updateBytes.push(source.size);
            } else if (checksum) {
              pending.paths.push(sourceAbs, targetAbs);
              pending.sizes.push(source.size);
              pending.sourceRel.push(sourceRel);
              pending.targetRel.push(targetRel);
              pending.sameTime.push(sameTime(source.mtimeMs, target.mtimeMs));
            } else if (!sameTime(source.mtimeMs, target.mtimeMs)) {
              result.updates.push(targetRel);
              result.updateBytes.push(source.size);
            } else
              unchanged(sourceRel, targetRel);
            return;
          }
          if (sourceKind === DIRECTORY && targetKind === DIRECTORY) {
            folders.push([sourceAbs, targetAbs, sourceRel, targetRel, false]);
            return;
          }
          if (sourceKind === FILE) {
            result.adds.push(sourceRel);
            result.addBytes.push(sourceStat.size);
          } else if (sourceKind === DIRECTORY) {
            result.newDirectories.push(sourceRel);
            folders.push([sourceAbs, null, sourceRel, "", false]);
          }
          if (targetKind === FILE) {
            if (deleteExtra) {
              result.deletes.push(targetRel);
              result.deleteBytes.push(targetStat.size);
            }
          } else if (targetKind === DIRECTORY) {
            if (deleteExtra)
              result.extraDirectories.push(targetRel);
            folders.push([null, targetAbs, "", targetRel, false]);
          }
        }
        function pairFolder(sourceAbs, targetAbs, sourceRel, targetRel, shadowed) {
          const sourcePlain = checksum ? [] : null;
          const targetPlain = checksum ? [] : null;
          const sourceNames = sourceAbs === null ? [] : list(sourceAbs, sourcePlain);
          const targetNames = targetAbs === null ? [] : list(targetAbs, targetPlain);
          const twins = /* @__PURE__ */ new Map();
          for (let i = 0; i < targetNames.length; i++) {
            const key = targetNames[i].toLowerCase();
            if (twins.has(key)) {
              result.bail = `the target folder '${targetRel}' holds names that differ only in case`;
              return;
            }
            twins.set(key, i);
          }
          const seen = /* @__PURE__ */ new Set();
          const pending = { paths: [], sizes: [], sourceRel: [], targetRel: [], sameTime: [] };
          const folders = [];
          const sourceBase2 = sourceAbs === null ? "" : sourceAbs + sourceSeparator;
          const targetBase2 = targetAbs === null ? "" : targetAbs + targetSeparator;
          const sourcePrefix = sourceRel === "" ? "" : sourceRel + "/";
          const targetPrefix = targetRel === "" ? "" : targetRel + "/";
          for (let i = 0; i < sourceNames.length; i++) {
            const name = sourceNames[i];
            const key = name.toLowerCase();
            if (seen.has(key)) {
              result.bail = `the source folder '${sourceRel}' holds names that differ only in case`;
              return;
            }
            seen.add(key);
            const index = twins.get(key);
            const twin = index === void 0 ? void 0 : targetNames[index];
            if (index !== void 0)
              twins.delete(key);
            pairEntry(sourceBase2 + name, twin === void 0 ? null : targetBase2 + twin, sourcePrefix + name, twin === void 0 ? "" : targetPrefix + twin, shadowed, pending, folders, index !== void 0 && sourcePlain !== null && sourcePlain[i] === true && targetPlain?.[index] === true);
            if (result.bail !== null)
              return;
          }
          for (const index of twins.values()) {
            const twin = targetNames[index];
            pairEntry(null, targetBase2 + twin, "", targetPrefix + twin, shadowed, pending, folders);
          }
          flush(pending);
          for (const [s, t, sRel, tRel, shadow] of folders) {
            pairFolder(s, t, sRel, tRel, shadow);
            if (result.bail !== null)
              return;
          }
        }
        const units = settings.sourceNames.length;
        const sourceBase = settings.source.endsWith(sourceSeparator) ? settings.source : settings.source + sourceSeparator;
        const targetBase = settings.target.endsWith(targetSeparator) ? settings.target : settings.target + targetSeparator;
        for (let step = 0; step < units; step++) {
          const unit = fromEnd ? units - 1 - step : step;
          if (Atomics.compareExchange(claims, unit, 0, claimant) !== 0)
            continue;
          const sourceName = settings.sourceNames[unit];
          const targetName = settings.targetNames[unit];
          const pending = { paths: [], sizes: [], sourceRel: [], targetRel: [], sameTime: [] };
          const folders = [];
          pairEntry(sourceName === null ? null : sourceBase + sourceName, targetName === null ? null : targetBase + targetName, sourceName ?? "", targetName ?? "", false, pending, folders, checksum && settings.plainFiles?.[unit] === true);
          if (result.bail === null)
            flush(pending);
          for (const [s, t, sRel, tRel, shadow] of folders) {
            if (result.bail !== null)
              break;
            pairFolder(s, t, sRel, tRel, shadow);
          }
          if (result.bail !== null) {
            for (let other = 0; other < units; other++)
              Atomics.compareExchange(claims, other, 0, 3);
            return result;
          }
          if (afterUnit !== null)
            afterUnit(result);
        }
        return result;
      }
      const WALK_PAIRED_UNITS_SOURCE = walkPairedUnits.toString();
      ;
      function comparePairs(fileApi, buffers, paths, sizes, shared) {
        const count = sizes.length;
        const same = shared ? shared.same : new Uint8Array(count);
        const chunk = buffers[0].length;
        const [first, second] = buffers;
        const fds = [-1, -1];
        const given = [-1, -1];
        const lengths = [0, 0];
        let pair = shared ? Atomics.add(shared.next, 0, shared.batch) : 0;
        let end = shared ? Math.min(count, pair + shared.batch) : count;
        for (; pair < end; pair++) {
          const size = sizes[pair];
          let equal = true;
          try {
            for (let side = 0; side < 2; side++) {
              const file = paths[2 * pair + side];
              if (typeof file === "number")
                given[side] = file;
              else
                fds[side] = fileApi.openSync(file, "r");
            }
            for (let offset = 0; equal && offset < size; offset += chunk) {
              const wanted = Math.min(chunk, size - offset);
              for (let side = 0; side < 2; side++) {
                let total = 0;
                while (total < wanted) {
                  const read = fileApi.readSync(given[side] >= 0 ? given[side] : fds[side], buffers[side], total, wanted - total, null);
                  if (read === 0)
                    break;
                  total += read;
                }
                lengths[side] = total;
              }
              const [readFirst, readSecond] = lengths;
              equal = readFirst === readSecond && first.compare(second, 0, readSecond, 0, readFirst) === 0;
              if (readFirst < wanted)
                break;
            }
          } finally {
            for (let side = 0; side < 2; side++) {
              if (fds[side] >= 0)
                fileApi.closeSync(fds[side]);
              fds[side] = -1;
              given[side] = -1;
            }
          }
          same[pair] = equal ? 1 : 0;
          if (shared && pair + 1 === end) {
            pair = Atomics.add(shared.next, 0, shared.batch) - 1;
            end = Math.min(count, pair + 1 + shared.batch);
          }
        }
        return same;
      }
      const COMPARE_PAIRS_SOURCE = comparePairs.toString();
      ;
      const CLAIMED_BY_WORKER = 1;
      const CLAIMED_HERE = 2;
      function walkTargetUnits(fileApi, root, separator, names, claims, claimant, fromEnd, ignoreSource) {
        const ignore = ignoreSource === null ? null : new RegExp(ignoreSource, "i");
        const base = root.endsWith(separator) ? root : root + separator;
        const units = [];
        for (let step = 0; step < names.length; step++) {
          const unit = fromEnd ? names.length - 1 - step : step;
          if (Atomics.compareExchange(claims, unit, 0, claimant) !== 0)
            continue;
          const name = names[unit];
          const listing = {
            unit,
            kind: "none",
            size: 0,
            mtimeMs: 0,
            directories: [],
            files: [],
            sizes: [],
            mtimes: [],
            links: []
          };
          units.push(listing);
          const stat = fileApi.lstatSync(base + name, { throwIfNoEntry: false });
          if (!stat)
            continue;
          if (stat.isSymbolicLink())
            listing.kind = "link";
          else if (stat.isFile()) {
            if (ignore !== null && ignore.test(name))
              continue;
            listing.kind = "file";
            listing.size = stat.size;
            listing.mtimeMs = stat.mtimeMs;
          } else if (stat.isDirectory()) {
            if (ignore !== null && ignore.test(name + "/"))
              continue;
            listing.kind = "directory";
            const stack = [{ relative: name, absolute: base + name }];
            while (stack.length > 0) {
              const folder = stack.pop();
              let entries;
              try {
                entries = fileApi.readdirSync(folder.absolute);
              } catch (error) {
                if (error.code === "ENOENT")
                  continue;
                throw error;
              }
              const folderBase = folder.absolute + separator;
              for (const entry of entries) {
                const relative = folder.relative + "/" + entry;
                const absolute = folderBase + entry;
                const entryStat = fileApi.lstatSync(absolute, { throwIfNoEntry: false });
                if (!entryStat)
                  continue;
                if (entryStat.isSymbolicLink())
                  listing.links.push(relative);
                else if (entryStat.isDirectory()) {
                  if (ignore !== null && ignore.test(relative + "/"))
                    continue;
                  listing.directories.push(relative);
                  stack.push({ relative, absolute });
                } else if (entryStat.isFile()) {
                  if (ignore !== null && ignore.test(relative))
                    continue;
                  listing.files.push(relative);
                  listing.sizes.push(entryStat.size);
                  listing.mtimes.push(entryStat.mtimeMs);
                }
              }
            }
          }
        }
        return units;
      }
      const WALK_TARGET_UNITS_SOURCE = walkTargetUnits.toString();
      function mergeUnitListings(names, ...parts) {
        const byUnit = new Array(names.length);
        for (const part of parts) {
          for (const unit of part) {
            if (byUnit[unit.unit] !== void 0)
              throw new Error(`The target walk listed '${names[unit.unit]}' twice.`);
            byUnit[unit.unit] = unit;
          }
        }
        const listing = { exists: true, directories: [], files: [], sizes: [], mtimes: [], links: [] };
        for (let index = 0; index < names.length; index++) {
          const unit = byUnit[index];
          if (unit === void 0)
            throw new Error(`The target walk did not list '${names[index]}'.`);
          const name = names[index];
          if (unit.kind === "file") {
            listing.files.push(name);
            listing.sizes.push(unit.size);
            listing.mtimes.push(unit.mtimeMs);
          } else if (unit.kind === "directory")
            listing.directories.push(name);
          else if (unit.kind === "link")
            listing.links.push(name);
        }
        for (let index = byUnit.length - 1; index >= 0; index--) {
          const unit = byUnit[index];
          if (unit.kind !== "directory")
            continue;
          for (const directory of unit.directories)
            listing.directories.push(directory);
          for (let i = 0; i < unit.files.length; i++) {
            listing.files.push(unit.files[i]);
            listing.sizes.push(unit.sizes[i]);
            listing.mtimes.push(unit.mtimes[i]);
          }
          for (const link of unit.links)
            listing.links.push(link);
        }
        return listing;
      }
      var external_node_module_ = __webpack_require__(8995);
      ;
      const WORKER_SOURCE = String.raw`
'use strict'
const fs = require('node:fs')
const { parentPort } = require('node:worker_threads')
// esbuild (tsx, vitest) with keepNames wraps nested functions in __name(fn, 'name'), a helper of the module that
// compiled them: the worker has its own, which keeps the function as it is.
const __name = (target) => target

${WALK_TARGET_UNITS_SOURCE}

${COMPARE_PAIRS_SOURCE}

${WALK_PAIRED_UNITS_SOURCE}

const buffers = [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)]

parentPort.on('message', (message) => {
  try {
    if (message.type === 'walk-target') {
      const units = walkTargetUnits(fs, message.root, message.separator, message.names, message.claims, ${CLAIMED_BY_WORKER}, false, message.ignore)
      parentPort.postMessage({ id: message.id, units })
    } else if (message.type === 'paired-walk') {
      const result = walkPairedUnits(fs, comparePairs, message.settings, message.claims, ${PAIRED_CLAIMED_BY_WORKER}, true, null)
      parentPort.postMessage({ id: message.id, result })
    } else {
      comparePairs(fs, buffers, message.pairs, message.sizes, message.shared)
      parentPort.postMessage({ id: message.id })
    }
  } catch (error) {
    // The other threads stop at their next claim: the plan fails with this error.
    if (message.type === 'compare') Atomics.store(message.shared.next, 0, message.sizes.length)
    if (message.type === 'paired-walk') {
      for (let unit = 0; unit < message.claims.length; unit++) Atomics.compareExchange(message.claims, unit, 0, ${PAIRED_CLAIMS_CLOSED})
    }
    parentPort.postMessage({ id: message.id, error: { message: error.message, code: error.code, path: error.path } })
  }
})
`;
      function workerThreads() {
        return (0, external_node_module_.createRequire)(import.meta.url)("node:worker_threads");
      }
      class TreeWorkers {
        workers = [];
        pending = /* @__PURE__ */ new Map();
        nextId = 0;
        /**
         * How many threads compare content: one per core, at most 4 (beyond, the disk is the limit). This thread is one of
         * them, so a plan starts `compareThreads() - 1` workers for it.
         */
        static compareThreads() {
          return Math.max(1, Math.min(4, external_node_os_default().availableParallelism()));
        }
        worker(index) {
          while (this.workers.length <= index) {
            const worker = new (workerThreads()).Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
            worker.unref();
            worker.on("message", (reply) => {
              const waiting = this.pending.get(reply.id);
              if (!waiting)
                return;
              this.pending.delete(reply.id);
              if (reply.error) {
                const { message, code, path } = reply.error;
                waiting.reject(Object.assign(new Error(message), { code, path }));
              } else
                waiting.resolve(reply);
            });
            const failAll = (error) => {
              for (const waiting of this.pending.values())
                waiting.reject(error);
              this.pending.clear();
            };
            worker.on("error", failAll);
            worker.on("exit", (code) => failAll(new Error(`The planner's worker thread ended (exit code ${code}) before answering.`)));
            this.workers.push(worker);
          }
          return this.workers[index];
        }
        request(index, message) {
          const id2 = this.nextId++;
          return new Promise((resolve, reject) => {
            this.pending.set(id2, { resolve, reject });
            this.worker(index).postMessage({ ...message, id: id2 });
          });
        }
        /** Starts worker `index` now, so its start-up overlaps other work. */
        warmUp(index = 0) {
          this.worker(index);
        }
        /**
         * Worker 0's part of the target's walk (target-walk.ts): the root entries `names` it claims first in `claims`,
         * from the first on; `ignore` is the regular expression (case-insensitive) of paths to leave out.
         */
        async walkTarget(root, separator, names, claims, ignore) {
          const reply = await this.request(0, { type: "walk-target", root, separator, names, claims, ignore });
          return reply.units;
        }
        /**
         * Worker `index`'s part of the paired walk (paired-walk.ts): the units it claims first in `claims`, from the last
         * on, while this thread takes them from the first.
         */
        async walkPaired(index, settings, claims) {
          const reply = await this.request(index, { type: "paired-walk", settings, claims });
          return reply.result;
        }
        /**
         * For each pair of files, whether they hold the same bytes: this thread and up to `compareThreads() - 1` workers
         * take the pairs `batch` at a time from one shared counter, so a few large files do not hold up the rest and no
         * thread waits for the next batch to be sent. Like rsync, a file is read up to the size the walk saw (both have
         * that size): no extra read to find its end. This thread is busy until its share is done.
         */
        async sameContent(pairs, batch = 256) {
          const paths = pairs.flatMap((pair) => [pair.source, pair.target]);
          const sizes = Float64Array.from(pairs, (pair) => pair.size);
          const shared = {
            next: new Int32Array(new SharedArrayBuffer(4)),
            batch,
            same: new Uint8Array(new SharedArrayBuffer(Math.max(1, pairs.length)))
          };
          const helpers = Math.min(TreeWorkers.compareThreads() - 1, Math.ceil(pairs.length / batch) - 1);
          const replies = Array.from({ length: Math.max(0, helpers) }, (_, index) => this.request(index, { type: "compare", pairs: paths, sizes, shared }));
          for (const reply of replies)
            reply.catch(() => {
            });
          let failure;
          try {
            comparePairs(external_node_fs_default(), [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)], paths, sizes, shared);
          } catch (error) {
            Atomics.store(shared.next, 0, pairs.length);
            failure = error;
          }
          const settled = await Promise.allSettled(replies);
          if (failure !== void 0)
            throw failure;
          for (const outcome of settled)
            if (outcome.status === "rejected")
              throw outcome.reason;
          return Array.from(pairs, (_, i) => shared.same[i] === 1);
        }
        close() {
          for (const worker of this.workers.splice(0))
            void worker.terminate();
        }
      }
      ;
      const DEFAULT_PRESERVE = ["App_Data", "logs"];
      const RELEASE_MARKER_FILE = ".iis-deploy-release";
      const EXACT_TIME_TOLERANCE_MS = 1;
      const FAT_TIME_TOLERANCE_MS = 2e3;
      const LOCKED_FILE_RULES = [
        {
          test: (name) => name.endsWith(".dll") || name.endsWith(".exe"),
          reason: "mapped into the worker (in-process w3wp.exe or the out-of-process app/dotnet.exe): Windows refuses to overwrite or delete them while the app runs (ERROR 32, ERROR_FILE_IN_USE; windows-facts \xA74.6, \xA76)"
        },
        {
          test: (name) => name === "web.config",
          reason: "IIS and ANCM restart the app when it changes: mid-copy the new configuration would start against the old binaries (windows-facts \xA72, \xA76)"
        },
        {
          test: (name) => name.endsWith(".runtimeconfig.json") || name.endsWith(".deps.json"),
          reason: "read by the .NET host only at start and describe the binaries: a change takes effect only with a restart, which must come with the matching binaries"
        },
        {
          test: (name) => name.endsWith(".pdb"),
          reason: "symbols of the loaded assemblies; whether the runtime holds them open is unverified, and they change together with their .dll, so counting them costs no extra downtime"
        }
        // Not counted: .so/.dylib (never loaded on Windows), appsettings*.json (reloadOnChange), static content (IIS
        // and Kestrel open it per request with sharing).
      ];
      function lockedFileReason(relativePath) {
        const name = (relativePath.split("/").pop() ?? relativePath).toLowerCase();
        return LOCKED_FILE_RULES.find((rule) => rule.test(name))?.reason;
      }
      function isLockedFile(relativePath) {
        return lockedFileReason(relativePath) !== void 0;
      }
      function parsePreserveList(values) {
        const parsed = (0, glob.Yk)(values ?? DEFAULT_PRESERVE, "preserve", true);
        for (const p of parsed) {
          if ((0, glob.rl)(p.body)) {
            throw new errors.dz("preserve", `Input 'preserve': '${p.raw}' has a wildcard; list target paths relative to the app root (e.g. App_Data, logs, wwwroot/uploads).`);
          }
        }
        return parsed;
      }
      function buildSyncFilters(exclude, preserve) {
        const excluded = (0, glob.Yk)(exclude, "exclude");
        const preserved = parsePreserveList(preserve);
        const offline = (0, glob.Yk)([app_offline.Bx, `/${RELEASE_MARKER_FILE}`], "app_offline");
        const protectedSource = [...excluded, ...preserved, ...offline].map((p) => `(?:${(0, glob.GK)(p)})`).join("|");
        const regex = new RegExp(protectedSource, "i");
        return {
          exclude: excluded,
          preserve: preserved,
          isProtectedFile: (p) => regex.test(p),
          // A folder is protected when its own path is, or when a folder-only pattern takes its content.
          isProtectedDirectory: (p) => regex.test(`${p}/`),
          protectedSource
        };
      }
      function timesDiffer(a, b, toleranceMs) {
        return Math.abs(a.mtimeMs - b.mtimeMs) >= toleranceMs;
      }
      function childPathJoiner(root) {
        const separator = (0, file_tree.Z)(root).sep;
        const base = root.endsWith(separator) ? root : root + separator;
        return separator === "/" ? (relativePath) => base + relativePath : (relativePath) => base + relativePath.replaceAll("/", separator);
      }
      const WORKER_TREE_THRESHOLD = 2e3;
      const WORKER_COMPARE_PAIRS = 2e3;
      const WORKER_COMPARE_BYTES = 32 * 1024 * 1024;
      const PAIRED_WORKER_FILES = 500;
      async function scanBoth(options, filters, workers) {
        const scanOptions = {
          ignoreFile: filters.isProtectedFile,
          ignoreDirectory: filters.isProtectedDirectory
        };
        const sourceOptions = { ...scanOptions, side: "source", input: "source" };
        const targetOptions = { ...scanOptions, side: "target", input: "physical-path" };
        const sourceWalk = new file_tree.rU(options.source, sourceOptions);
        if (!sourceWalk.listing.exists) {
          throw missingSource(options.source);
        }
        const targetWalk = new file_tree.rU(options.target, targetOptions);
        sourceWalk.walk(WORKER_TREE_THRESHOLD);
        const names = workers && !sourceWalk.done ? targetRootNames(targetWalk, options.target) : void 0;
        if (!workers || !names) {
          sourceWalk.walk();
          targetWalk.walk();
          return {
            source: (0, file_tree.bh)(sourceWalk.listing, sourceOptions),
            target: (0, file_tree.bh)(targetWalk.listing, targetOptions)
          };
        }
        const separator = (0, file_tree.Z)(options.target).sep;
        const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, names.length)));
        const pending = workers.walkTarget(options.target, separator, names, claims, filters.protectedSource);
        pending.catch(() => {
        });
        if (options.checksum)
          for (let i = 1; i < TreeWorkers.compareThreads() - 1; i++)
            workers.warmUp(i);
        sourceWalk.walk();
        let source;
        let sourceError;
        try {
          source = (0, file_tree.bh)(sourceWalk.listing, sourceOptions);
        } catch (error) {
          sourceError = error;
        }
        const here = walkTargetUnits(external_node_fs_default(), options.target, separator, names, claims, CLAIMED_HERE, true, filters.protectedSource);
        const target = (0, file_tree.bh)(mergeUnitListings(names, await pending, here), targetOptions);
        if (!source)
          throw sourceError;
        return { source, target };
      }
      function missingSource(source) {
        return new errors.dz("source", `Input 'source': the folder '${source}' does not exist.`);
      }
      function targetRootNames(targetWalk, target) {
        if (!targetWalk.listing.exists)
          return void 0;
        try {
          const names = external_node_fs_default().readdirSync(target);
          return names.length > 0 ? names : void 0;
        } catch {
          return void 0;
        }
      }
      async function sameContent(pairs, workers) {
        const bytes = pairs.reduce((sum, pair) => sum + pair.size, 0);
        if (workers && (pairs.length >= WORKER_COMPARE_PAIRS || bytes >= WORKER_COMPARE_BYTES)) {
          return workers.sameContent(pairs);
        }
        const paths = pairs.flatMap((pair) => [pair.source, pair.target]);
        const same = comparePairs(external_node_fs_default(), [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)], paths, pairs.map((pair) => pair.size));
        return Array.from(same, (flag) => flag === 1);
      }
      function workerThreadsPayOff() {
        return external_node_os_default().availableParallelism() > 1;
      }
      async function planChanges(options) {
        const filters = buildSyncFilters(options.exclude, options.preserve);
        const useWorkers = options.workerThreads ?? workerThreadsPayOff();
        if (options.pairedWalk !== false) {
          const plan = await planPaired(options, filters, useWorkers);
          if (plan)
            return plan;
        }
        const workers = useWorkers ? new TreeWorkers() : void 0;
        try {
          return await planWith(options, filters, workers);
        } finally {
          workers?.close();
        }
      }
      async function planPairedWalk(options) {
        const filters = buildSyncFilters(options.exclude, options.preserve);
        return planPaired(options, filters, options.workerThreads ?? workerThreadsPayOff());
      }
      function rootUnits(source, target) {
        const sourceNames = [];
        const targetNames = [];
        const plainFiles = [];
        const byKey = /* @__PURE__ */ new Map();
        for (const entry of external_node_fs_default().readdirSync(source, { withFileTypes: true })) {
          const key = (0, file_tree.Pn)(entry.name);
          if (byKey.has(key))
            return void 0;
          byKey.set(key, sourceNames.length);
          sourceNames.push(entry.name);
          targetNames.push(null);
          plainFiles.push(entry.isFile());
        }
        const twins = /* @__PURE__ */ new Set();
        for (const entry of target === void 0 ? [] : readFolderIfThere(target)) {
          const key = (0, file_tree.Pn)(entry.name);
          if (twins.has(key))
            return void 0;
          twins.add(key);
          const unit = byKey.get(key);
          if (unit !== void 0) {
            targetNames[unit] = entry.name;
            plainFiles[unit] = plainFiles[unit] === true && entry.isFile();
          } else {
            sourceNames.push(null);
            targetNames.push(entry.name);
            plainFiles.push(false);
          }
        }
        for (let unit = 0; unit < targetNames.length; unit++)
          if (targetNames[unit] === null)
            plainFiles[unit] = false;
        return { sourceNames, targetNames, plainFiles };
      }
      function readFolderIfThere(folder) {
        try {
          return external_node_fs_default().readdirSync(folder, { withFileTypes: true });
        } catch (error) {
          if (error.code === "ENOENT")
            return [];
          throw error;
        }
      }
      async function planPaired(options, filters, useWorkers) {
        const sourceWalk = new file_tree.rU(options.source, { side: "source", input: "source" });
        if (!sourceWalk.listing.exists) {
          throw missingSource(options.source);
        }
        const targetExists = new file_tree.rU(options.target, { side: "target", input: "physical-path" }).listing.exists;
        const units = rootUnits(options.source, targetExists ? options.target : void 0);
        if (!units)
          return void 0;
        const settings = {
          source: options.source,
          target: options.target,
          sourceSeparator: (0, file_tree.Z)(options.source).sep,
          targetSeparator: (0, file_tree.Z)(options.target).sep,
          ...units,
          ignore: filters.protectedSource === "" ? null : filters.protectedSource,
          checksum: options.checksum === true,
          toleranceMs: options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS,
          deleteExtra: options.deleteExtra === true,
          listUnchanged: options.listUnchanged === true
        };
        const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, units.sourceNames.length)));
        let workers;
        const replies = [];
        const startWorkers = (found) => {
          if (workers || !claims.includes(0))
            return;
          if (found.files < PAIRED_WORKER_FILES && found.comparedBytes < WORKER_COMPARE_BYTES)
            return;
          workers = new TreeWorkers();
          for (let i = 0; i < TreeWorkers.compareThreads() - 1; i++) {
            const reply = workers.walkPaired(i, settings, claims);
            reply.catch(() => {
            });
            replies.push(reply);
          }
        };
        try {
          let here;
          try {
            here = walkPairedUnits(external_node_fs_default(), comparePairs, settings, claims, PAIRED_CLAIMED_HERE, false, settings.checksum && useWorkers ? startWorkers : null);
          } catch (error) {
            for (let unit = 0; unit < claims.length; unit++)
              Atomics.compareExchange(claims, unit, 0, PAIRED_CLAIMS_CLOSED);
            await Promise.allSettled(replies);
            throw error;
          }
          const parts = [here, ...await Promise.all(replies)];
          if (parts.some((part) => part.bail !== null))
            return void 0;
          return assemblePlan(options, filters, pairedParts(parts));
        } finally {
          workers?.close();
        }
      }
      function pairedParts(parts) {
        const plan = {
          changes: [],
          unchanged: 0,
          unchangedFiles: [],
          retimed: [],
          forceCopy: [],
          bytesToDelete: 0,
          extraDirectories: [],
          newDirectories: [],
          targetLinks: [],
          shadowedByLinks: []
        };
        for (const part of parts) {
          part.adds.forEach((path, i) => plan.changes.push({ path, kind: "add", bytes: part.addBytes[i] }));
          part.updates.forEach((path, i) => plan.changes.push({ path, kind: "update", bytes: part.updateBytes[i] }));
          part.deletes.forEach((path, i) => {
            const bytes = part.deleteBytes[i];
            plan.changes.push({ path, kind: "delete", bytes });
            plan.bytesToDelete += bytes;
          });
          plan.unchanged += part.unchanged;
          part.unchangedSource.forEach((path, i) => plan.unchangedFiles.push({ path, targetPath: part.unchangedTarget[i] }));
          plan.retimed.push(...part.retimed);
          plan.forceCopy.push(...part.forceCopy);
          plan.extraDirectories.push(...part.extraDirectories);
          plan.newDirectories.push(...part.newDirectories);
          plan.targetLinks.push(...part.links);
          plan.shadowedByLinks.push(...part.shadowed);
        }
        return plan;
      }
      async function planWith(options, filters, workers) {
        const { source, target } = await scanBoth(options, filters, workers);
        const tolerance = options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS;
        const changes = [];
        const toCompare = [];
        let unchanged = 0;
        const unchangedFiles = [];
        const linkKeys = new Set(target.links.map(file_tree.Pn));
        const shadowedByLinks = [];
        source.files.forEach((file, key) => {
          if ((0, file_tree.$L)(file.path, linkKeys)) {
            shadowedByLinks.push(file.path);
            return;
          }
          const existing = target.files.get(key);
          if (!existing)
            changes.push({ path: file.path, kind: "add", bytes: file.size });
          else if (existing.size !== file.size)
            changes.push({ path: existing.path, kind: "update", bytes: file.size });
          else if (options.checksum)
            toCompare.push({ source: file, target: existing });
          else if (timesDiffer(file, existing, tolerance))
            changes.push({ path: existing.path, kind: "update", bytes: file.size });
          else {
            unchanged++;
            if (options.listUnchanged)
              unchangedFiles.push({ path: file.path, targetPath: existing.path });
          }
        });
        const retimed = [];
        const forceCopy = [];
        if (toCompare.length > 0) {
          const inSource = childPathJoiner(options.source);
          const inTarget = childPathJoiner(options.target);
          const same = await sameContent(toCompare.map((pair) => ({
            source: inSource(pair.source.path),
            target: inTarget(pair.target.path),
            size: pair.source.size
          })), workers);
          toCompare.forEach((pair, i) => {
            if (!same[i]) {
              changes.push({ path: pair.target.path, kind: "update", bytes: pair.source.size });
              if (!timesDiffer(pair.source, pair.target, tolerance))
                forceCopy.push(pair.target.path);
            } else {
              unchanged++;
              if (options.listUnchanged)
                unchangedFiles.push({ path: pair.source.path, targetPath: pair.target.path });
              if (timesDiffer(pair.source, pair.target, tolerance))
                retimed.push(pair.target.path);
            }
          });
        }
        let bytesToDelete = 0;
        const extraDirectories = [];
        if (options.deleteExtra) {
          target.files.forEach((file, key) => {
            if (source.files.has(key))
              return;
            changes.push({ path: file.path, kind: "delete", bytes: file.size });
            bytesToDelete += file.size;
          });
          target.directories.forEach((dir, key) => {
            if (!source.directories.has(key))
              extraDirectories.push(dir);
          });
        }
        const newDirectories = [];
        source.directories.forEach((dir, key) => {
          if (!target.directories.has(key) && !(0, file_tree.$L)(dir, linkKeys))
            newDirectories.push(dir);
        });
        return assemblePlan(options, filters, {
          changes,
          unchanged,
          unchangedFiles,
          retimed,
          forceCopy,
          bytesToDelete,
          extraDirectories,
          newDirectories,
          targetLinks: [...target.links],
          shadowedByLinks
        });
      }
      function assemblePlan(options, filters, parts) {
        const { changes, extraDirectories, newDirectories, retimed, forceCopy } = parts;
        changes.sort((a, b) => (0, file_tree.cD)(a.path, b.path));
        extraDirectories.sort((a, b) => b.split("/").length - a.split("/").length || (0, file_tree.cD)(a, b));
        newDirectories.sort((a, b) => a.split("/").length - b.split("/").length || (0, file_tree.cD)(a, b));
        retimed.sort(file_tree.cD);
        forceCopy.sort(file_tree.cD);
        const locked = changes.filter((c) => isLockedFile(c.path));
        let filesAdded = 0;
        let filesUpdated = 0;
        let filesDeleted = 0;
        let bytesToCopy = 0;
        for (const c of changes) {
          if (c.kind === "add")
            filesAdded++;
          else if (c.kind === "update")
            filesUpdated++;
          else
            filesDeleted++;
          if (c.kind !== "delete")
            bytesToCopy += c.bytes;
        }
        return {
          changes,
          filesAdded,
          filesUpdated,
          filesDeleted,
          bytesToCopy,
          touchesLockedFiles: locked.length > 0,
          unchanged: parts.unchanged,
          ...options.listUnchanged ? { unchangedFiles: parts.unchangedFiles.sort((a, b) => (0, file_tree.cD)(a.path, b.path)) } : {},
          bytesToDelete: parts.bytesToDelete,
          lockedChanges: locked.slice(0, 20).map((c) => c.path),
          extraDirectories,
          newDirectories,
          retimed,
          forceCopy,
          compared: options.checksum ? "checksum" : "size-and-time",
          targetLinks: parts.targetLinks.sort(file_tree.cD),
          shadowedByLinks: parts.shadowedByLinks.sort(file_tree.cD),
          exclude: filters.exclude.map((p) => p.raw),
          preserve: filters.preserve.map((p) => p.raw)
        };
      }
      function alignTargetTimes(plan, source, target) {
        let count = 0;
        for (const relative of plan.retimed) {
          const stat = external_node_fs_default().statSync((0, file_tree.r3)(source, relative));
          external_node_fs_default().utimesSync((0, file_tree.r3)(target, relative), stat.atime, stat.mtime);
          count++;
        }
        for (const relative of plan.forceCopy ?? []) {
          const stat = external_node_fs_default().statSync((0, file_tree.r3)(source, relative));
          const older = new Date(stat.mtimeMs - 1e4);
          external_node_fs_default().utimesSync((0, file_tree.r3)(target, relative), older, older);
          count++;
        }
        return count;
      }
      function summarizePlan(plan) {
        const parts = [
          `${plan.filesAdded} to add`,
          `${plan.filesUpdated} to update`,
          `${plan.filesDeleted} to delete`
        ];
        const locked = plan.touchesLockedFiles ? "touches files the app holds" : "static files only: the app can stay online";
        return `${parts.join(", ")} (${plan.bytesToCopy} bytes to copy); ${locked}`;
      }
    })
  ),
  /***/
  5217: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Xb: () => (
          /* binding */
          pruneReleases
        ),
        /* harmony export */
        nZ: () => (
          /* binding */
          validateReleaseId
        ),
        /* harmony export */
        ql: () => (
          /* binding */
          stageRelease
        ),
        /* harmony export */
        t0: () => (
          /* binding */
          planReleaseLayout
        ),
        /* harmony export */
        uq: () => (
          /* reexport safe */
          _planner_js__WEBPACK_IMPORTED_MODULE_3__.uq
        ),
        /* harmony export */
        vU: () => (
          /* binding */
          expandPhysicalPath
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
      var _file_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8606);
      var _planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2825);
      var _verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6386);
      const RELEASES_DIR = "releases";
      const SHARED_DIR = "shared";
      const DEFAULT_KEEP_RELEASES = 5;
      const STALE_STAGING_MS = 60 * 60 * 1e3;
      const STAGING_PREFIX = ".staging-";
      const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
      function validateReleaseId(id2) {
        const value = id2.trim();
        const problem = value !== id2 && value !== "" ? "must not start or end with a space (Windows drops a trailing one)" : !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value) ? 'may only hold letters, digits, ".", "_" and "-", start with a letter or digit, and be at most 100 characters long (it is a folder name)' : value.endsWith(".") ? 'must not end with "." (Windows drops it)' : RESERVED_NAMES.test(value) ? "is a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without an extension)" : void 0;
        if (problem) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("release-id", `Input 'release-id': '${id2}' ${problem}. Use e.g. 42-1 or 2026.11.22-1 (the default is the run number and attempt).`);
        }
        return value;
      }
      function expandPhysicalPath(value, env = {}) {
        return value.replace(/%([^%]+)%/g, (whole, name) => {
          const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
          const found = key === void 0 ? void 0 : env[key];
          if (found !== void 0)
            return found;
          if (name.toLowerCase() === "systemdrive")
            return "C:";
          return whole;
        });
      }
      function stripSeparators(p) {
        const stripped = p.replace(/[\\/]+$/, "");
        if (stripped === "" || /^[A-Za-z]:$/.test(stripped))
          return p;
        return stripped;
      }
      function resolveReleaseRoot(options) {
        if (options.physicalPath?.trim())
          return stripSeparators(expandPhysicalPath(options.physicalPath, options.env));
        if (!options.livePhysicalPath?.trim()) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("physical-path", "Input 'physical-path': needed with strategy: releases when IIS reports no physical path for the site/application (e.g. with create: true).");
        }
        const live = stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env));
        const api = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Z)(live);
        const parent = api.dirname(live);
        if (parent !== live && api.basename(parent).toLowerCase() === RELEASES_DIR)
          return api.dirname(parent);
        return live;
      }
      function samePath(a, b) {
        if (a === void 0 || b === void 0)
          return false;
        const norm = (p) => stripSeparators(p).replace(/\\/g, "/").toLowerCase();
        return norm(a) === norm(b);
      }
      function planReleaseLayout(options) {
        const releaseId = validateReleaseId(options.releaseId);
        const root = resolveReleaseRoot(options);
        const api = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Z)(root);
        const releasesDir = api.join(root, RELEASES_DIR);
        const sharedDir = api.join(root, SHARED_DIR);
        const releasePath = api.join(releasesDir, releaseId);
        const live = options.livePhysicalPath?.trim() ? stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env)) : void 0;
        const filters = (0, _planner_js__WEBPACK_IMPORTED_MODULE_3__.Z$)([], options.preserve);
        const sharedLinks = filters.preserve.map((p) => ({
          name: p.body,
          link: (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(releasePath, p.body),
          target: (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(sharedDir, p.body)
        }));
        return { root, releasesDir, sharedDir, releaseId, releasePath, previousPath: live, sharedLinks };
      }
      function rollbackTarget(layout) {
        return layout.previousPath;
      }
      function linkDirectory(target, link) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().symlinkSync(target, link, process.platform === "win32" ? "junction" : "dir");
      }
      function copyTree(from, to) {
        let count = 0;
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(to, { recursive: true });
        for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(from, { withFileTypes: true })) {
          const a = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(from, entry.name);
          const b = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(to, entry.name);
          if (entry.isSymbolicLink())
            continue;
          if (entry.isDirectory())
            count += copyTree(a, b);
          else if (entry.isFile()) {
            (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Sk)(a, b);
            count++;
          }
        }
        return count;
      }
      function lstatOrUndefined(p) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(p);
        } catch {
          return void 0;
        }
      }
      async function stageRelease(ports, options) {
        const { layout } = options;
        const live = layout.previousPath;
        if (samePath(live, layout.releasePath)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("release-id", `Input 'release-id': '${layout.releaseId}' is the live release (${layout.releasePath}); a release is never overwritten. Choose a new id (the default, run number and attempt, is unique per run).`);
        }
        const liveExists = live !== void 0 && node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(live);
        const comparison = liveExists ? await (0, _planner_js__WEBPACK_IMPORTED_MODULE_3__.XA)({
          source: options.source,
          target: live,
          exclude: options.exclude,
          preserve: options.preserve,
          deleteExtra: true,
          checksum: options.checksum,
          listUnchanged: true
        }) : void 0;
        const plan = comparison && samePath(live, layout.root) ? withoutLayoutFolders(comparison) : comparison;
        const filters = (0, _planner_js__WEBPACK_IMPORTED_MODULE_3__.Z$)(options.exclude, options.preserve);
        const source = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.wp)(options.source, {
          side: "source",
          input: "source",
          ignoreFile: filters.isProtectedFile,
          ignoreDirectory: filters.isProtectedDirectory
        });
        if (!source.exists) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("source", `Input 'source': the folder '${options.source}' does not exist.`);
        }
        const seed = liveExists && (options.seedFromLive === true || (options.seedFromLive ?? "auto") === "auto" && /^\\\\/.test(options.source));
        const fromLive = /* @__PURE__ */ new Map();
        if (seed && plan?.unchangedFiles) {
          for (const f of plan.unchangedFiles)
            fromLive.set((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Pn)(f.path), f.targetPath);
        }
        const copyFile = options.copyFile ?? _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Sk;
        let bytesCopied = 0;
        let seededFromLive = 0;
        for (const file of source.files.values()) {
          if (fromLive.has((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Pn)(file.path)))
            seededFromLive++;
          else
            bytesCopied += file.size;
        }
        const files = source.files.size;
        const result = () => {
          const filesAdded = plan ? plan.filesAdded : files;
          const filesUpdated = plan ? plan.filesUpdated : 0;
          const filesDeleted = plan ? plan.filesDeleted : 0;
          const verb = options.dryRun ? "would stage" : "staged";
          return {
            method: "copy",
            filesAdded,
            filesUpdated,
            filesDeleted,
            bytesCopied,
            exitCode: 0,
            dryRun: options.dryRun ?? false,
            summary: `${verb} release ${layout.releaseId} in ${layout.releasePath}: ${files} file(s); against the live release ${filesAdded} new, ${filesUpdated} updated, ${filesDeleted} gone` + (seededFromLive > 0 ? `; ${seededFromLive} copied locally from the live release` : ""),
            layout,
            plan,
            seededFromLive,
            files
          };
        };
        if (options.dryRun)
          return result();
        if (lstatOrUndefined(layout.releasePath)) {
          ports.reporter.warning(`Release folder ${layout.releasePath} exists but is not live (an earlier failed or rolled-back attempt): replacing it.`);
          (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.th)(layout.releasePath);
        }
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(layout.releasesDir, { recursive: true });
        const api = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Z)(layout.releasesDir);
        const staging = api.join(layout.releasesDir, `${STAGING_PREFIX}${layout.releaseId}-${process.pid}-${Date.now().toString(36)}`);
        try {
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(staging);
          for (const dir of source.directories.values())
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(staging, dir), { recursive: true });
          for (const file of source.files.values()) {
            const livePath = fromLive.get((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Pn)(file.path));
            const from = livePath !== void 0 && live ? (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(live, livePath) : (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(options.source, file.path);
            copyFile(from, (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(staging, file.path));
          }
          await (0, _verify_js__WEBPACK_IMPORTED_MODULE_4__.Lr)("the release copy", 0, {
            source: options.source,
            target: staging,
            exclude: options.exclude,
            preserve: options.preserve,
            checksum: options.checksum
          });
          for (const shared of layout.sharedLinks)
            linkShared(ports.reporter, shared, staging, live, options.source, layout);
          writeReleaseMarker(staging, layout.releaseId);
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(staging, layout.releasePath);
          const now = /* @__PURE__ */ new Date();
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().utimesSync(layout.releasePath, now, now);
        } catch (error) {
          (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.th)(staging);
          throw error;
        }
        const staged = result();
        ports.reporter.info(staged.summary);
        return staged;
      }
      function withoutLayoutFolders(plan) {
        const ours = (p) => /^(releases|shared)(\/|$)/i.test(p);
        const dropped = plan.changes.filter((c) => c.kind === "delete" && ours(c.path));
        if (dropped.length === 0)
          return plan;
        const bytes = dropped.reduce((sum, c) => sum + c.bytes, 0);
        return {
          ...plan,
          changes: plan.changes.filter((c) => !dropped.includes(c)),
          filesDeleted: plan.filesDeleted - dropped.length,
          bytesToDelete: plan.bytesToDelete - bytes,
          extraDirectories: plan.extraDirectories.filter((d) => !ours(d)),
          lockedChanges: plan.lockedChanges.filter((p) => !ours(p)),
          touchesLockedFiles: plan.changes.some((c) => !dropped.includes(c) && (0, _planner_js__WEBPACK_IMPORTED_MODULE_3__.RI)(c.path))
        };
      }
      function linkShared(reporter, shared, staging, live, source, layout) {
        const link = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(staging, shared.name);
        const inLive = live ? lstatOrUndefined((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(live, shared.name)) : void 0;
        const sharedStat = lstatOrUndefined(shared.target);
        if (!sharedStat && inLive?.isFile()) {
          (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Sk)((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(live, shared.name), link);
          return;
        }
        if (!sharedStat) {
          const fromSource = lstatOrUndefined((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(source, shared.name));
          if (inLive?.isDirectory() && live) {
            const count = copyTree((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(live, shared.name), shared.target);
            reporter.info(`Preserved folder ${shared.name}: copied ${count} file(s) from the live folder to ${shared.target}.`);
            if (count > 0) {
              reporter.warning(`${shared.name} was copied from ${live} into ${shared.target}; what the app writes there until the switch stays in the old folder.`);
            }
          } else if (fromSource?.isDirectory()) {
            copyTree((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(source, shared.name), shared.target);
          } else {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(shared.target, { recursive: true });
          }
        } else if (!sharedStat.isDirectory() && !sharedStat.isSymbolicLink()) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("preserve", `Input 'preserve': ${shared.target} is a file, but '${shared.name}' is linked as a folder into each release under ${layout.sharedDir}. Remove the file or the entry.`);
        }
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Z)(link).dirname(link), { recursive: true });
        linkDirectory(shared.target, link);
      }
      function listReleases(releasesDir) {
        let entries;
        try {
          entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(releasesDir, { withFileTypes: true });
        } catch {
          return [];
        }
        return entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => {
          const full = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(releasesDir, e.name);
          return { id: e.name, path: full, mtimeMs: node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(full).mtimeMs };
        }).sort((a, b) => b.mtimeMs - a.mtimeMs || b.id.localeCompare(a.id, void 0, { numeric: true, sensitivity: "base" }));
      }
      function writeReleaseMarker(folder, releaseId) {
        const marker = { tool: "iis-deploy", releaseId, createdAt: (/* @__PURE__ */ new Date()).toISOString() };
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(folder, _planner_js__WEBPACK_IMPORTED_MODULE_3__.uq), `${JSON.stringify(marker)}
`);
      }
      function isOurRelease(folder, sharedDir) {
        if (lstatOrUndefined((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(folder, _planner_js__WEBPACK_IMPORTED_MODULE_3__.uq))?.isFile())
          return true;
        const api = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Z)(folder);
        try {
          validateReleaseId(api.basename(folder));
        } catch {
          return false;
        }
        const shared = `${stripSeparators(sharedDir).replace(/\\/g, "/").toLowerCase()}/`;
        const linksIn = (dir, depth) => {
          let entries;
          try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir, { withFileTypes: true });
          } catch {
            return false;
          }
          for (const entry of entries) {
            const full = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(dir, entry.name);
            if (entry.isSymbolicLink()) {
              let to;
              try {
                to = api.resolve(api.dirname(full), node_fs__WEBPACK_IMPORTED_MODULE_0___default().readlinkSync(full));
              } catch {
                continue;
              }
              if (`${to.replace(/\\/g, "/").toLowerCase()}/`.startsWith(shared))
                return true;
            } else if (entry.isDirectory() && depth > 0 && linksIn(full, depth - 1))
              return true;
          }
          return false;
        };
        return linksIn(folder, 2);
      }
      function pruneReleases(options) {
        if (!Number.isInteger(options.keep) || options.keep < 1) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("keep-releases", `Input 'keep-releases': '${options.keep}' must be a whole number of 1 or more (the live release and its predecessor are always kept).`);
        }
        const sharedDir = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.Z)(options.releasesDir).dirname(options.releasesDir), SHARED_DIR);
        const foreign = [];
        const releases = listReleases(options.releasesDir).filter((r) => {
          if (isOurRelease(r.path, sharedDir))
            return true;
          foreign.push(r.path);
          return false;
        });
        const protectedPaths = [options.live, options.previous];
        const kept = [];
        const deleted = [];
        for (const r of releases)
          if (protectedPaths.some((p) => samePath(p, r.path)))
            kept.push(r.path);
        for (const r of releases) {
          if (kept.includes(r.path))
            continue;
          if (kept.length < options.keep)
            kept.push(r.path);
          else
            deleted.push(r.path);
        }
        if (!options.dryRun) {
          for (const p of deleted)
            (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.th)(p);
          removeStaleStaging(options.releasesDir);
        }
        const order = new Map(releases.map((r, i) => [r.path, i]));
        kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        return { kept, deleted, foreign };
      }
      function removeStaleStaging(releasesDir) {
        let entries;
        try {
          entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(releasesDir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (!e.isDirectory() || !e.name.startsWith(STAGING_PREFIX))
            continue;
          const full = (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.r3)(releasesDir, e.name);
          if (Date.now() - node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(full).mtimeMs > STALE_STAGING_MS)
            (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_2__.th)(full);
        }
      }
      function isReleasePath(p) {
        const api = pathApiFor(p);
        return api.basename(api.dirname(stripSeparators(p))).toLowerCase() === RELEASES_DIR;
      }
    })
  ),
  /***/
  5058: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        PY: () => (
          /* binding */
          syncWithRobocopy
        ),
        /* harmony export */
        rk: () => (
          /* binding */
          buildRobocopyArgs
        ),
        /* harmony export */
        xj: () => (
          /* binding */
          buildRobocopyExclusions
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4925);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7958);
      var _file_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8606);
      var _glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5153);
      var _planner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2825);
      const DEFAULT_ROBOCOPY_RETRIES = 3;
      const DEFAULT_ROBOCOPY_WAIT_SECONDS = 5;
      const DEFAULT_ROBOCOPY_THREADS = 8;
      function stripTrailingSeparators(p) {
        const stripped = p.replace(/[\\/]+$/, "");
        if (stripped === "")
          return p.startsWith("/") ? "/" : p;
        if (/^[A-Za-z]:$/.test(stripped))
          return stripped === p ? p : `${stripped}\\`;
        return stripped;
      }
      function dedupe(values) {
        const seen = /* @__PURE__ */ new Set();
        return values.filter((v) => {
          const key = v.toLowerCase();
          if (seen.has(key))
            return false;
          seen.add(key);
          return true;
        });
      }
      function buildRobocopyExclusions(source, target, exclude, preserve, targetLinks = []) {
        const files = [_planner_js__WEBPACK_IMPORTED_MODULE_5__.Bx];
        const directories = [];
        const bothSides = (relative) => [
          (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_3__.r3)(source, relative),
          (0, _file_tree_js__WEBPACK_IMPORTED_MODULE_3__.r3)(target, relative)
        ];
        for (const pattern of (0, _glob_js__WEBPACK_IMPORTED_MODULE_4__.Yk)(exclude, "exclude")) {
          if (!pattern.anchored) {
            if (pattern.body.includes("/")) {
              throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("exclude", `Input 'exclude': '${pattern.raw}' (a path at any depth) cannot be expressed with robocopy, which matches names or full paths. Use a name (*.pdb, node_modules/), a path from the app root (wwwroot/uploads), or method: msdeploy.`);
            }
            const name = pattern.body.replace(/\*\*/g, "*");
            directories.push(name);
            if (!pattern.directoryOnly)
              files.push(name);
            continue;
          }
          if ((0, _glob_js__WEBPACK_IMPORTED_MODULE_4__.rl)(pattern.body)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("exclude", `Input 'exclude': '${pattern.raw}' has a wildcard inside a path; robocopy matches wildcards against names only. Use a name pattern (*.json), a literal path (config/local.json), or method: msdeploy.`);
          }
          directories.push(...bothSides(pattern.body));
          if (!pattern.directoryOnly)
            files.push(...bothSides(pattern.body));
        }
        for (const pattern of (0, _planner_js__WEBPACK_IMPORTED_MODULE_5__.iI)(preserve)) {
          directories.push(...bothSides(pattern.body));
          files.push(...bothSides(pattern.body));
        }
        for (const link of targetLinks) {
          directories.push(...bothSides(link));
          files.push(...bothSides(link));
        }
        return { files: dedupe(files), directories: dedupe(directories) };
      }
      function checkRange(name, value, min, max) {
        if (!Number.isInteger(value) || value < min || value > max) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(name, `robocopy ${name} must be a whole number from ${min} to ${max}, got ${value}.`);
        }
        return value;
      }
      function buildRobocopyArgs(options) {
        if (!options.source.trim())
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("source", "Input 'source' is empty.");
        if (!options.target.trim())
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("physical-path", "The target folder is empty.");
        const source = stripTrailingSeparators(options.source);
        const target = stripTrailingSeparators(options.target);
        const retries = checkRange("retries", options.retries ?? DEFAULT_ROBOCOPY_RETRIES, 0, 1e3);
        const wait = checkRange("waitSeconds", options.waitSeconds ?? DEFAULT_ROBOCOPY_WAIT_SECONDS, 0, 3600);
        const threads = checkRange("threads", options.threads ?? DEFAULT_ROBOCOPY_THREADS, 1, 128);
        const exclusions = buildRobocopyExclusions(source, target, options.exclude, options.preserve, options.targetLinks);
        const args = [source, target, "/E"];
        if (options.deleteExtra)
          args.push("/PURGE");
        args.push("/COPY:DAT", `/R:${retries}`, `/W:${wait}`);
        if (threads > 1)
          args.push(`/MT:${threads}`);
        if (options.fatFileTimes)
          args.push("/FFT");
        if (options.dryRun)
          args.push("/L");
        args.push("/FP", "/NP", "/NDL", "/NJH", "/BYTES");
        args.push("/XF", ...exclusions.files);
        if (exclusions.directories.length > 0)
          args.push("/XD", ...exclusions.directories);
        return args;
      }
      function decodeRobocopyExitCode(exitCode, purged = true) {
        const known = Number.isInteger(exitCode) && exitCode >= 0 && exitCode <= 31;
        const bit = (value) => known && (exitCode & value) !== 0;
        const status = {
          exitCode,
          success: known && exitCode < 8,
          filesCopied: bit(1),
          extrasFound: bit(2),
          mismatches: bit(4),
          copyFailures: bit(8),
          fatal: bit(16),
          description: ""
        };
        if (!known) {
          status.description = `unknown exit code ${exitCode} (robocopy uses 0-31)`;
          return status;
        }
        const parts = [];
        if (status.fatal)
          parts.push("fatal error: nothing was copied (invalid arguments, or no access to the source or target)");
        if (status.copyFailures)
          parts.push("some files or folders could not be copied (retry limit exceeded)");
        if (status.filesCopied)
          parts.push("files copied");
        if (status.extrasFound) {
          parts.push(purged ? "extra files or folders in the target (deleted with /PURGE)" : "extra files or folders in the target (kept: delete-extra is off)");
        }
        if (status.mismatches)
          parts.push("mismatched files or folders (a file on one side is a folder on the other)");
        status.description = parts.length > 0 ? parts.join("; ") : "no change: the target already matched the source";
        return status;
      }
      const UNIT = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
      const NUMBER_TOKEN = /(\d+(?:[.,]\d+)?)(?:\s([kmgt])(?=\s|$))?/gi;
      function parseRobocopyNumber(token) {
        const match = /^(\d+(?:[.,]\d+)?)(?:\s*([kmgt]))?$/i.exec(token.trim());
        if (!match)
          return Number.NaN;
        const value = Number(match[1].replace(",", "."));
        return Math.round(value * (match[2] ? UNIT[match[2].toLowerCase()] : 1));
      }
      function parseSixNumbers(value) {
        const tokens = value.trim().match(NUMBER_TOKEN);
        if (!tokens || tokens.length !== 6)
          return void 0;
        if (value.replace(NUMBER_TOKEN, "").trim() !== "")
          return void 0;
        return tokens.map(parseRobocopyNumber);
      }
      function toCounts(values) {
        const [total = 0, copied = 0, skipped = 0, mismatch = 0, failed = 0, extras = 0] = values;
        return { total, copied, skipped, mismatch, failed, extras };
      }
      function parseRobocopySummary(stdout) {
        const rows = [];
        for (const line of stdout.split(/\r?\n/)) {
          const match = /^\s*([^:\d][^:]*?)\s*:(.*)$/.exec(line);
          if (!match)
            continue;
          const values = parseSixNumbers(match[2]);
          if (values)
            rows.push({ label: match[1].toLowerCase(), values });
        }
        if (rows.length < 3)
          return void 0;
        const byLabel = (label) => rows.findLast((r) => r.label === label)?.values;
        const dirs = byLabel("dirs");
        const files = byLabel("files");
        const bytes = byLabel("bytes");
        if (dirs && files && bytes)
          return { dirs: toCounts(dirs), files: toCounts(files), bytes: toCounts(bytes) };
        const last = rows.slice(-3);
        return {
          dirs: toCounts(last[0]?.values ?? []),
          files: toCounts(last[1]?.values ?? []),
          bytes: toCounts(last[2]?.values ?? [])
        };
      }
      const FILE_LINE = /^\t\s*([^\t\d\s][^\t]*?)\s*\t*\s*(-?\d+(?:[.,]\d+)?(?:\s[kmgt])?)\t(.+?)\s*$/i;
      function parseRobocopyFileLines(stdout) {
        const lines = [];
        for (const line of stdout.split(/\r?\n/)) {
          const match = FILE_LINE.exec(line);
          if (!match)
            continue;
          const size = match[2];
          lines.push({
            kind: match[1],
            bytes: size.startsWith("-") ? -1 : parseRobocopyNumber(size),
            path: match[3]
          });
        }
        return lines;
      }
      const ENGLISH_CLASSES = {
        "new file": "new",
        newer: "updated",
        older: "updated",
        changed: "updated",
        "*extra file": "extra"
      };
      function fileLineClass(line, roots, isNew) {
        if (/[\\/]$/.test(line.path) || line.bytes < 0)
          return void 0;
        const english = ENGLISH_CLASSES[line.kind.trim().toLowerCase()];
        const underTarget = isUnder(line.path, roots.target);
        const underSource = isUnder(line.path, roots.source);
        if (underTarget && !underSource)
          return "extra";
        if (underSource && !underTarget) {
          const known = isNew?.(relativeTo(line.path, [roots.source]));
          if (known !== void 0)
            return known ? "new" : "updated";
        }
        return english;
      }
      function isUnder(full, root) {
        return relativeTo(full, [root]) !== full;
      }
      const LOCKED_ERROR_CODES = [32, 33];
      function parseRobocopyErrors(output) {
        const lines = output.split(/\r?\n/);
        const errors = [];
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i];
          const coded = /(?:^|\s)(\d+) \((0x[0-9A-Fa-f]{8})\) (.+?) ((?:[A-Za-z]:[\\/]|\\\\|\/).*?)\s*$/.exec(line) ?? /(?:^|\s)(\d+) \((0x[0-9A-Fa-f]{8})\) (.+?)\s*$/.exec(line);
          if (coded && Number(coded[1]) === Number.parseInt(coded[2], 16)) {
            const message = (lines[i + 1] ?? "").trim();
            errors.push({ code: Number(coded[1]), action: coded[3], path: coded[4] ?? "", message });
            continue;
          }
          const usage = /^\s*ERROR : (.+?)\s*$/.exec(line);
          if (usage)
            errors.push({ code: void 0, action: usage[1], path: "", message: "" });
        }
        return errors;
      }
      function robocopyErrorFix(code) {
        switch (code) {
          case 32:
          case 33:
            return "Another process (the app) holds the file: take the app offline first (take-offline: auto, both or stop-pool; raise stop-timeout if its worker needs longer to exit), or use strategy: releases, which never overwrites the live files.";
          case 5:
            return "Access denied: the account running the deploy needs modify rights on the target folder and read rights on the source.";
          case 2:
          case 3:
            return "A path does not exist: check source and physical-path.";
          case 53:
          case 64:
          case 67:
          case 1326:
            return "The network path is unreachable or refuses these credentials: check the share and the account.";
          case 112:
            return "The target disk is full: free space, or lower keep-releases.";
          case 206:
            return "A path is too long for Windows: shorten the folder names or enable long paths (LongPathsEnabled).";
          default:
            return "See the robocopy errors above; robocopy exit codes: 0-7 success, 8 and above failure.";
        }
      }
      const DEFAULT_LOCK_RETRIES = 2;
      const DEFAULT_LOCK_RETRY_DELAY_MS = 1e4;
      function absolute(p) {
        return p.trim() === "" || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(p) || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(p) ? p : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(p);
      }
      function relativeTo(full, roots) {
        const normalized = full.replace(/\\/g, "/");
        for (const root of roots) {
          const prefix = `${stripTrailingSeparators(root).replace(/\\/g, "/").replace(/\/$/, "")}/`;
          if (normalized.toLowerCase().startsWith(prefix.toLowerCase()))
            return normalized.slice(prefix.length);
        }
        return full;
      }
      function listFew(items, max = 10) {
        const shown = items.slice(0, max).join(", ");
        return items.length > max ? `${shown} and ${items.length - max} more` : shown;
      }
      function toResult(stdout, status, options, attempts, args) {
        const counts = parseRobocopySummary(stdout);
        const fileLines = parseRobocopyFileLines(stdout);
        const roots = { source: options.source, target: options.target };
        const planned = new Map((options.plan?.changes ?? []).map((c) => [c.path.toLowerCase(), c.kind]));
        const isNew = (relative) => {
          const kind = planned.get(relative.replace(/\\/g, "/").toLowerCase());
          return kind === void 0 ? void 0 : kind === "add";
        };
        const classes = fileLines.map((l) => fileLineClass(l, roots, options.plan?.changes ? isNew : void 0));
        const newFiles = classes.filter((c) => c === "new").length;
        const updatedLines = classes.filter((c) => c === "updated").length;
        const extraLines = classes.filter((c) => c === "extra").length;
        const copied = counts?.files.copied ?? newFiles + updatedLines;
        const filesAdded = Math.min(newFiles, copied);
        const filesUpdated = Math.max(0, copied - filesAdded);
        const filesDeleted = options.deleteExtra ? counts?.files.extras ?? extraLines : 0;
        const bytesCopied = counts?.bytes.copied ?? fileLines.filter((_, i) => classes[i] === "new" || classes[i] === "updated").reduce((sum, l) => sum + Math.max(0, l.bytes), 0);
        const verb = options.dryRun ? "would copy" : "copied";
        const summary = `robocopy ${verb} ${copied} file(s) (${filesAdded} new, ${filesUpdated} updated, ${bytesCopied} bytes)` + (options.deleteExtra ? `, ${options.dryRun ? "would delete" : "deleted"} ${filesDeleted}` : "") + `; exit code ${status.exitCode}: ${status.description}`;
        return {
          method: "robocopy",
          filesAdded,
          filesUpdated,
          filesDeleted,
          bytesCopied,
          exitCode: status.exitCode,
          summary,
          dryRun: options.dryRun ?? false,
          status,
          counts,
          attempts,
          args
        };
      }
      async function syncWithRobocopy(ports, given) {
        const options = { ...given, source: absolute(given.source), target: absolute(given.target) };
        const args = buildRobocopyArgs(options);
        const tool = await ports.tools.resolve("robocopy");
        const lockRetries = options.lockRetries ?? DEFAULT_LOCK_RETRIES;
        const lockDelay = options.lockRetryDelayMs ?? DEFAULT_LOCK_RETRY_DELAY_MS;
        const roots = [options.source, options.target];
        if (options.plan && !options.dryRun) {
          const count = (0, _planner_js__WEBPACK_IMPORTED_MODULE_5__.FP)(options.plan, options.source, options.target);
          if (count > 0) {
            ports.reporter.info(`Checksum comparison: adjusted the time of ${count} target file(s) so that robocopy copies exactly the changed ones.`);
          }
        }
        for (let attempt = 1; ; attempt++) {
          ports.reporter.info(`[command]${(0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_6__.z)(tool, args)}`);
          const result = await ports.runner.run(tool, args, {
            silent: true,
            signal: ports.signal,
            timeoutMs: options.timeoutMs,
            outputEncoding: _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_2__.Ih["robocopy"]
          });
          const output = `${result.stdout}
${result.stderr}`;
          const status = decodeRobocopyExitCode(result.exitCode, options.deleteExtra === true);
          const counts = parseRobocopySummary(result.stdout);
          const changed = parseRobocopyFileLines(result.stdout);
          if (changed.length > 0) {
            ports.reporter.debug(changed.map((l) => `${l.kind} ${l.bytes} ${l.path}`).join("\n"));
          }
          const failedCount = (counts?.files.failed ?? 0) + (counts?.dirs.failed ?? 0);
          if (status.success && failedCount === 0) {
            const synced = toResult(result.stdout, status, options, attempt, args);
            ports.reporter.info(synced.summary);
            return synced;
          }
          const errors = parseRobocopyErrors(output);
          const lockedPaths = [
            ...new Set(errors.filter((e) => e.code !== void 0 && LOCKED_ERROR_CODES.includes(e.code)).map((e) => relativeTo(e.path, roots)))
          ];
          const otherErrors = errors.filter((e) => e.code === void 0 || !LOCKED_ERROR_CODES.includes(e.code));
          if (lockedPaths.length > 0 && otherErrors.length === 0 && attempt <= lockRetries) {
            ports.reporter.warning(`robocopy: ${lockedPaths.length} file(s) are locked by another process (ERROR 32, sharing violation): ${listFew(lockedPaths)}. Waiting ${Math.round(lockDelay / 1e3)} s, then running robocopy again (retry ${attempt} of ${lockRetries}).`);
            await ports.clock.sleep(lockDelay, ports.signal);
            continue;
          }
          if (lockedPaths.length > 0 && otherErrors.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.v4("robocopy", result.exitCode, `robocopy could not replace ${lockedPaths.length} file(s) because another process holds them (ERROR 32, sharing violation), after ${attempt} run(s) with /R:${options.retries ?? DEFAULT_ROBOCOPY_RETRIES} each: ${listFew(lockedPaths)}. Exit code ${result.exitCode}: ${status.description}.`, robocopyErrorFix(32));
          }
          const first = otherErrors[0] ?? errors[0];
          const detail = errors.slice(0, 5).map((e) => `${e.code === void 0 ? "ERROR" : `ERROR ${e.code}`} ${e.action} ${e.path}${e.message ? `: ${e.message}` : ""}`.trim()).join("\n");
          const tail = result.stdout.trim().split(/\r?\n/).slice(-5).join("\n");
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.v4("robocopy", result.exitCode, `robocopy failed with exit code ${result.exitCode} (${status.description})` + (failedCount > 0 ? `, ${failedCount} item(s) FAILED` : "") + `.
${detail || tail}`, robocopyErrorFix(first?.code));
        }
      }
    })
  ),
  /***/
  6386: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Lr: () => (
          /* binding */
          verifyCopy
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _file_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8606);
      var _planner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2825);
      const PROBLEM = {
        add: "missing",
        update: "differs",
        delete: "not deleted"
      };
      async function findCopyMismatches(options) {
        const { plannedDeletes, ...compare } = options;
        const planned = plannedDeletes && new Set(plannedDeletes.map(_file_tree_js__WEBPACK_IMPORTED_MODULE_1__.Pn));
        const plan = await (0, _planner_js__WEBPACK_IMPORTED_MODULE_2__.XA)(compare);
        return plan.changes.filter((change) => change.kind !== "delete" || !planned || planned.has((0, _file_tree_js__WEBPACK_IMPORTED_MODULE_1__.Pn)(change.path))).map((change) => ({ path: change.path, problem: PROBLEM[change.kind] }));
      }
      function describeMismatches(mismatches, max = 5) {
        const shown = mismatches.slice(0, max).map((m) => `${m.path} (${m.problem})`).join(", ");
        return mismatches.length > max ? `${shown} and ${mismatches.length - max} more` : shown;
      }
      async function verifyCopy(tool, exitCode, options) {
        const mismatches = await findCopyMismatches(options);
        if (mismatches.length === 0)
          return;
        const how = options.checksum ? "content, byte for byte" : "size and modification time";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4(tool, exitCode, `${tool} reported success (exit code ${exitCode}), but ${mismatches.length} file(s) in ${options.target} do not match the publish folder (${how}): ${describeMismatches(mismatches)}.`, "Check the free space on the target disk and that nothing else changes the folder during the deploy (antivirus, another tool), then deploy again.");
      }
    })
  ),
  /***/
  9204: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E8: () => (
          /* binding */
          formatUserSkip
        ),
        /* harmony export */
        UK: () => (
          /* binding */
          readWebDeployPackage
        ),
        /* harmony export */
        b9: () => (
          /* binding */
          readSetParametersFile
        ),
        /* harmony export */
        eN: () => (
          /* binding */
          parseMsDeployFlags
        ),
        /* harmony export */
        qD: () => (
          /* binding */
          planPackageParameters
        ),
        /* harmony export */
        vz: () => (
          /* binding */
          isWebDeployPackageDir
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(926);
      var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7864);
      var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(461);
      var _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6027);
      const IIS_WEB_APPLICATION_NAME = "IIS Web Application Name";
      function findEntry(dir, name) {
        try {
          const found = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir).find((n) => n.toLowerCase() === name.toLowerCase());
          return found === void 0 ? void 0 : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, found);
        } catch {
          return void 0;
        }
      }
      function isWebDeployPackageDir(dir) {
        return findEntry(dir, "parameters.xml") !== void 0 && findEntry(dir, "systemInfo.xml") !== void 0;
      }
      function read(file, what) {
        try {
          return (0, _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_3__.gx)(file);
        } catch (error) {
          if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_3__.mI)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("source", `Input 'source': ${what}: ${error.diagnostic}`);
          throw error;
        }
      }
      function elementsNamed(doc, name) {
        return [...(0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_5__.DG)(doc)].filter((e) => e.name.toLowerCase() === name.toLowerCase());
      }
      function attr(element, name) {
        const found = element.attributes.find((a) => a.name.toLowerCase() === name.toLowerCase());
        return found === void 0 ? void 0 : (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_5__.D$)(element, found.name);
      }
      function readPackageParameters(file) {
        const doc = read(file, "the package's parameters.xml");
        return elementsNamed(doc, "parameter").map((p) => ({
          name: attr(p, "name") ?? "",
          defaultValue: attr(p, "defaultValue"),
          entries: (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_5__.AR)(p).filter((e) => e.name.toLowerCase() === "parameterentry").map((e) => ({
            kind: attr(e, "kind") ?? attr(e, "type") ?? "",
            scope: attr(e, "scope") ?? "",
            match: attr(e, "match") ?? ""
          }))
        }));
      }
      function contentPathOf(buildPath) {
        return buildPath.replace(/^([A-Za-z]):/, "$1_C").replace(/\\/g, "/").replace(/\/+$/, "");
      }
      function findContentRoot(archiveDir) {
        const content = findEntry(archiveDir, "Content");
        if (content === void 0 || !node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(content).isDirectory()) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("source", `Input 'source' is a Web Deploy package without a Content folder (${archiveDir}): rebuild it with dotnet publish -p:WebPublishMethod=Package.`);
        }
        const archive = findEntry(archiveDir, "archive.xml");
        if (archive !== void 0) {
          const doc = read(archive, "the package's archive.xml");
          for (const element of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_5__.DG)(doc)) {
            const kind = element.name.toLowerCase();
            const where = attr(element, "path");
            if ((kind === "iisapp" || kind === "contentpath") && where) {
              const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(content, ...contentPathOf(where).split("/"));
              if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(candidate) && node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(candidate).isDirectory())
                return candidate;
            }
          }
        }
        let dir = content;
        for (; ; ) {
          const entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir, { withFileTypes: true });
          if (entries.length !== 1 || !entries[0]?.isDirectory())
            return dir;
          dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entries[0].name);
        }
      }
      function readWebDeployPackage(archiveDir) {
        const parameters = readPackageParameters(findEntry(archiveDir, "parameters.xml"));
        return { archiveDir, contentRoot: findContentRoot(archiveDir), parameters };
      }
      function readSetParametersFile(file) {
        let doc;
        try {
          doc = (0, _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_3__.gx)(file);
        } catch (error) {
          if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_3__.mI)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("set-parameters-file", `Input 'set-parameters-file': ${error.diagnostic}`);
          throw error;
        }
        if (doc.root?.name !== "parameters") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("set-parameters-file", `Input 'set-parameters-file': ${file} is not a SetParameters file (its root element is '${doc.root?.name ?? ""}', expected <parameters> with <setParameter name="\u2026" value="\u2026"/>).`);
        }
        return (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_5__.AR)(doc.root, "setParameter").map((e) => ({
          name: attr(e, "name") ?? "",
          value: attr(e, "value") ?? ""
        }));
      }
      function formatSetParametersFile(values) {
        const lines = values.map((v) => `  <setParameter name="${(0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_4__.Gj)(v.name)}" value="${(0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_4__.Gj)(v.value)}" />`);
        return `<?xml version="1.0" encoding="utf-8"?>
<parameters>
${lines.join("\n")}
</parameters>
`;
      }
      function undeclared(pkg, name, input) {
        const names = pkg.parameters.map((p) => `'${p.name}'`).join(", ");
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Input '${input}': the package declares no parameter '${name}' (msdeploy would fail with "Source does not support parameter called '${name}'"). It declares: ${names || "none"}.`);
      }
      function planPackageParameters(pkg, iisApp, options) {
        const declared = new Map(pkg.parameters.map((p) => [p.name.toLowerCase(), p]));
        if (!declared.has(IIS_WEB_APPLICATION_NAME.toLowerCase())) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("source", `Input 'source' is a Web Deploy package that declares no '${IIS_WEB_APPLICATION_NAME}' parameter: it would deploy to whatever IIS path it was built for, not to 'site'/'application'. Rebuild it with dotnet publish -p:WebPublishMethod=Package (which declares it), or deploy the publish folder.`);
        }
        const errors = [];
        const byName = /* @__PURE__ */ new Map();
        const setParams = [];
        const fileValues = [];
        const app = { name: IIS_WEB_APPLICATION_NAME, value: iisApp };
        for (const v of options.setParameters ?? []) {
          const input = v.secret ? "secret-set-parameters" : "set-parameters";
          if (!declared.has(v.name.toLowerCase()))
            errors.push(undeclared(pkg, v.name, input));
          else if (v.name.toLowerCase() === app.name.toLowerCase() && v.value.toLowerCase() !== iisApp.toLowerCase()) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Input '${input}' sets '${app.name}' to '${v.value}' but 'site'/'application' say '${iisApp}': set the target with 'site' and 'application' only.`));
          } else
            byName.set(v.name.toLowerCase(), v);
        }
        byName.set(app.name.toLowerCase(), app);
        for (const v of options.setParametersFile ?? []) {
          if (!declared.has(v.name.toLowerCase()))
            errors.push(undeclared(pkg, v.name, "set-parameters-file"));
          else if (!byName.has(v.name.toLowerCase()))
            fileValues.push(v);
        }
        if (errors.length > 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.G(errors);
        for (const v of byName.values()) {
          if (v.secret || (0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__._t)(v.value) !== void 0 || (0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__._t)(v.name) !== void 0) {
            if (!v.secret && (0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__._t)(v.name) !== void 0) {
              (0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__.tA)(v.name, { input: "set-parameters", what: "the parameter name" });
            }
            fileValues.push(v);
            continue;
          }
          setParams.push(`-setParam:name=${quoteParam(v.name)},value=${quoteParam(v.value)}`);
        }
        return {
          setParams,
          setParamFile: fileValues.length > 0 ? formatSetParametersFile(fileValues) : void 0,
          iisApp
        };
      }
      function quoteParam(value) {
        return (0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__.tA)(value, { input: "set-parameters" });
      }
      const SKIP_KEYS = new Map(["objectName", "absolutePath", "skipAction", "keyAttribute", "xPath"].map((k) => [k.toLowerCase(), k]));
      const SKIP_SHORTHANDS = /* @__PURE__ */ new Map([
        ["directory", "dirPath"],
        ["file", "filePath"]
      ]);
      const SKIP_ACTIONS = ["Delete", "AddChild", "Add", "Update", "Sync"];
      function formatUserSkip(line) {
        const fail = (why) => {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("msdeploy-skip", `Input 'msdeploy-skip' has '${line}': ${why}.`);
        };
        let settings;
        try {
          settings = (0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__._P)(line);
        } catch (error) {
          return fail(error.message);
        }
        if (settings.length === 0)
          fail("it is empty");
        const parts = [];
        let hasObject = false;
        for (const s of settings) {
          const key = s.key.toLowerCase();
          const value = s.value ?? "";
          if (s.value === void 0 || value === "")
            fail(`'${s.key}' needs a value (key=value)`);
          const shorthand = SKIP_SHORTHANDS.get(key);
          if (shorthand !== void 0) {
            checkRegex(value, fail);
            hasObject = true;
            parts.push(`objectName=${shorthand}`, `absolutePath=${(0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__.tA)(value, { input: "msdeploy-skip" })}`);
            continue;
          }
          const canonical = SKIP_KEYS.get(key);
          if (canonical === void 0) {
            fail(`'${s.key}' is not a skip setting; use objectName, absolutePath, skipAction, keyAttribute, xPath, or Directory=/File=`);
          }
          if (canonical === "objectName") {
            if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value))
              fail(`objectName '${value}' is not a provider name such as filePath or dirPath`);
            hasObject = true;
          }
          if (canonical === "skipAction" && !SKIP_ACTIONS.some((a) => a.toLowerCase() === value.toLowerCase())) {
            fail(`skipAction '${value}' is not one of ${SKIP_ACTIONS.join(", ")}`);
          }
          if (canonical === "absolutePath")
            checkRegex(value, fail);
          parts.push(`${canonical}=${(0, _msdeploy_command_line_js__WEBPACK_IMPORTED_MODULE_6__.tA)(value, { input: "msdeploy-skip" })}`);
        }
        if (!hasObject && !parts.some((p) => p.startsWith("absolutePath="))) {
          fail("a skip needs objectName (or Directory=/File=) or absolutePath, or it would skip everything");
        }
        return `-skip:${parts.join(",")}`;
      }
      function checkRegex(value, fail) {
        try {
          new RegExp(value.replace(/^\(\?[imsx]+\)/, ""));
        } catch (error) {
          fail(`'${value}' is not a valid regular expression (${error.message})`);
        }
      }
      const MSDEPLOY_RULES = [
        "AppOffline",
        "DoNotDeleteRule",
        "SkipNewerFilesRule",
        "BlockHarmfulDeleteOperations",
        "EnableDirectoryBrowsing",
        "IgnoreAppOfflineFiles"
      ];
      const MSDEPLOY_LINKS = ["AppPoolExtension", "ContentExtension", "CertificateExtension"];
      function parseMsDeployFlags(lines) {
        const result = { args: [], enabledRules: [], disabledRules: [] };
        for (const line of lines) {
          const match = /^-(enableRule|disableRule|enableLink|disableLink|retryAttempts|retryInterval):([A-Za-z0-9]+)$/i.exec(line.trim());
          const fail = (why) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("msdeploy-flags", `Input 'msdeploy-flags' has '${line}': ${why}.`);
          };
          if (!match) {
            fail("allowed are -enableRule:<rule>, -disableRule:<rule>, -enableLink:<link>, -disableLink:<link>, -retryAttempts:<n> and -retryInterval:<ms>, one per line (exclusions go in msdeploy-skip)");
          }
          const m = match;
          const switchName = m[1].toLowerCase();
          const value = m[2];
          if (switchName === "retryattempts" || switchName === "retryinterval") {
            const n = Number(value);
            const max = switchName === "retryattempts" ? 100 : 6e5;
            if (!/^\d+$/.test(value) || n > max)
              fail(`use a whole number from 0 to ${max}`);
            if (switchName === "retryattempts")
              result.retryAttempts = n;
            else
              result.retryInterval = n;
            continue;
          }
          const isRule = switchName.endsWith("rule");
          const known = isRule ? MSDEPLOY_RULES : MSDEPLOY_LINKS;
          const canonical = known.find((k) => k.toLowerCase() === value.toLowerCase());
          if (canonical === void 0)
            fail(`'${value}' is not one of ${known.join(", ")}`);
          const name = switchName.startsWith("enable") ? "enable" : "disable";
          const arg = `-${name}${isRule ? "Rule" : "Link"}:${canonical}`;
          if (isRule)
            (name === "enable" ? result.enabledRules : result.disabledRules).push(canonical);
          result.args.push(arg);
        }
        return result;
      }
    })
  ),
  /***/
  9631: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Ax: () => (
          /* binding */
          APP_KINDS
        ),
        /* harmony export */
        C6: () => (
          /* binding */
          resolveAppKind
        ),
        /* harmony export */
        qO: () => (
          /* binding */
          runtimeVersionFor
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      const APP_KINDS = ["auto", "aspnetcore", "netframework", "static"];
      function entries(dir) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir);
        } catch {
          return [];
        }
      }
      function detectAppKind(dir) {
        const files = entries(dir);
        const webConfig = files.find((f) => f.toLowerCase() === "web.config");
        const text = webConfig ? node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, webConfig), "utf8") : "";
        if (/<aspNetCore[\s>/]|AspNetCoreModule/i.test(text))
          return "aspnetcore";
        if (files.some((f) => /\.(runtimeconfig|deps)\.json$/i.test(f)))
          return "aspnetcore";
        if (/<system\.web[\s>/]/.test(text))
          return "netframework";
        const bin = files.find((f) => f.toLowerCase() === "bin");
        if (bin && entries(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, bin)).some((f) => /\.dll$/i.test(f)))
          return "netframework";
        return "static";
      }
      function resolveAppKind(input, dir) {
        if (input !== "auto")
          return input;
        return dir === void 0 ? "aspnetcore" : detectAppKind(dir);
      }
      function runtimeVersionFor(kind) {
        return kind === "netframework" ? "v4.0" : "";
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
