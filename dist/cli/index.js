#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
  /***/
  7764: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Jt: () => (
          /* binding */
          flag
        ),
        /* harmony export */
        Zy: () => (
          /* binding */
          parseArgs
        ),
        /* harmony export */
        eb: () => (
          /* binding */
          UsageError
        ),
        /* harmony export */
        uK: () => (
          /* binding */
          option
        )
        /* harmony export */
      });
      class UsageError extends Error {
        name = "UsageError";
      }
      function parseArgs(argv, spec = {}) {
        const positionals = [];
        const options = /* @__PURE__ */ new Map();
        const flags = new Set(spec.flags ?? []);
        const add = (name, value) => {
          options.set(name, [...options.get(name) ?? [], value]);
        };
        for (let i = 0; i < argv.length; i++) {
          const arg = argv[i];
          if (arg === "--") {
            positionals.push(...argv.slice(i + 1));
            break;
          }
          if (!arg.startsWith("--") || arg === "--") {
            positionals.push(arg);
            continue;
          }
          const eq = arg.indexOf("=");
          const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
          if (!/^[a-z][a-z0-9-]*$/.test(name))
            throw new UsageError(`Unknown option '${arg}'.`);
          if (flags.has(name)) {
            add(name, eq > 0 ? arg.slice(eq + 1) : "true");
            continue;
          }
          if (spec.values && !spec.values.includes(name)) {
            throw new UsageError(`Unknown option '--${name}'.`);
          }
          if (eq > 0) {
            add(name, arg.slice(eq + 1));
            continue;
          }
          const value = argv[i + 1];
          if (value === void 0)
            throw new UsageError(`Option '--${name}' needs a value.`);
          add(name, value);
          i++;
        }
        return { positionals, options };
      }
      function option(args, name) {
        const values = args.options.get(name);
        return values?.[values.length - 1];
      }
      function flag(args, name) {
        const value = option(args, name);
        if (value === void 0)
          return false;
        if (value === "true")
          return true;
        if (value === "false")
          return false;
        throw new UsageError(`Option '--${name}' takes true or false, not '${value}'.`);
      }
    })
  ),
  /***/
  477: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ij: () => (
          /* binding */
          EXIT_OK
        ),
        /* harmony export */
        Ri: () => (
          /* binding */
          EXIT_USAGE
        ),
        /* harmony export */
        Zq: () => (
          /* binding */
          EXIT_ERRORS
        )
        /* harmony export */
      });
      const EXIT_OK = 0;
      const EXIT_ERRORS = 1;
      const EXIT_USAGE = 2;
    })
  ),
  /***/
  1652: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        ak: () => (
          /* binding */
          runCli
        )
        /* harmony export */
      });
      var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7764);
      var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(477);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      var _core_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(8198);
      const USAGE = `Usage:
  iis-deploy deploy [--<input> <value> ...]            same inputs as the action, same behaviour
                    [--password-env NAME] [--secrets-file PATH]   secrets outside the process list
  iis-deploy web-config validate <file> [--publish-dir <dir>] [--json] [--sub-application]
  iis-deploy web-config transform <file> [--app-name N] [--self-contained] [--hosting-model M] [--like-sdk]
                                         [--environment E] [--env NAME=value ...] [--secret-env NAME=value ...]
                                         [--secret-env-file PATH] [--publish-dir <dir>] [--out <file>]
  iis-deploy web-config sub-application <file> [--kind aspnetcore|other] [--out <file>]
  iis-deploy xdt <source> <transform> [--out <file>]
  iis-deploy hosting-bundle resolve <spec> [--metadata-url <url>]
  iis-deploy recover --site <s> [--application <a>] [--state-dir <dir>] [--dry-run] [--json]
  iis-deploy --help | --version
`;
      const SELF_DOCUMENTED = /* @__PURE__ */ new Set(["deploy", "web-config"]);
      function usageOf(name) {
        const lines = USAGE.split("\n");
        const out = [];
        let inside = false;
        for (const line of lines) {
          if (/^ {2}iis-deploy /.test(line))
            inside = line.startsWith(`  iis-deploy ${name} `);
          else if (!/^\s{10,}/.test(line))
            inside = false;
          if (inside)
            out.push(line);
        }
        return `${out.join("\n")}
`;
      }
      const COMMANDS = {
        deploy: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(615), __nccwpck_require__2.e(633), __nccwpck_require__2.e(323), __nccwpck_require__2.e(147), __nccwpck_require__2.e(202)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 9202))).deployCommand,
        "web-config": async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(633), __nccwpck_require__2.e(323), __nccwpck_require__2.e(132)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 8461))).webConfigCommand,
        xdt: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(633), __nccwpck_require__2.e(483), __nccwpck_require__2.e(590), __nccwpck_require__2.e(261)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 6472))).xdtCommand,
        "hosting-bundle": async () => (await __nccwpck_require__2.e(
          /* import() */
          75
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 4075))).hostingBundleCommand,
        recover: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(615), __nccwpck_require__2.e(633), __nccwpck_require__2.e(323), __nccwpck_require__2.e(147), __nccwpck_require__2.e(583)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 3583))).recoverCommand
      };
      async function runCli(argv, io, version = "0.0.0") {
        const [name, ...rest] = argv;
        if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
          ;
          (name === void 0 ? io.stderr : io.stdout)(USAGE);
          return name === void 0 ? _io_js__WEBPACK_IMPORTED_MODULE_1__.Ri : 0;
        }
        if (name === "--version") {
          io.stdout(`${version}
`);
          return 0;
        }
        const load = COMMANDS[name];
        if (load && (rest.includes("--help") || rest.includes("-h")) && !SELF_DOCUMENTED.has(name)) {
          io.stdout(`Usage:
${usageOf(name)}`);
          return 0;
        }
        if (!load) {
          io.stderr(`error: unknown command '${name}'.
${USAGE}`);
          return _io_js__WEBPACK_IMPORTED_MODULE_1__.Ri;
        }
        try {
          const command = await load();
          return await command(rest, io);
        } catch (error) {
          if (error instanceof _args_js__WEBPACK_IMPORTED_MODULE_2__.eb) {
            io.stderr(`error: ${error.message}
${USAGE}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_1__.Ri;
          }
          io.stderr(`error: ${(0, _core_secrets_js__WEBPACK_IMPORTED_MODULE_3__.sK)((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ)(error))}
`);
          return _io_js__WEBPACK_IMPORTED_MODULE_1__.Zq;
        }
      }
    })
  ),
  /***/
  5581: (
    /***/
    (function(module, __unused_webpack___webpack_exports__, __nccwpck_require__2) {
      __nccwpck_require__2.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
        try {
          var _adapters_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1652);
          var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(311);
          const controller = new AbortController();
          for (const signal of ["SIGINT", "SIGTERM"]) {
            process.on(signal, () => controller.abort());
          }
          const code = await (0, _adapters_cli_main_js__WEBPACK_IMPORTED_MODULE_0__.ak)(process.argv.slice(2), {
            stdout: (text) => process.stdout.write(text),
            stderr: (text) => process.stderr.write(text),
            cwd: process.cwd(),
            env: process.env,
            signal: controller.signal
          }, _version_js__WEBPACK_IMPORTED_MODULE_1__.x);
          process.exitCode = code;
          __webpack_async_result__();
        } catch (e) {
          __webpack_async_result__(e);
        }
      }, 1);
    })
  ),
  /***/
  4296: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        G: () => (
          /* binding */
          InputErrors
        ),
        /* harmony export */
        MU: () => (
          /* binding */
          TimeoutError
        ),
        /* harmony export */
        Mm: () => (
          /* binding */
          ToolNotFoundError
        ),
        /* harmony export */
        cc: () => (
          /* binding */
          CancelledError
        ),
        /* harmony export */
        dz: () => (
          /* binding */
          InputError
        ),
        /* harmony export */
        gJ: () => (
          /* binding */
          errorMessage
        ),
        /* harmony export */
        v4: () => (
          /* binding */
          ToolError
        )
        /* harmony export */
      });
      class InputError extends Error {
        input;
        name = "InputError";
        constructor(input, message) {
          super(message);
          this.input = input;
        }
      }
      class InputErrors extends Error {
        errors;
        name = "InputErrors";
        constructor(errors) {
          super(errors.map((e) => e.message).join("\n"));
          this.errors = errors;
        }
      }
      class ToolError extends Error {
        tool;
        exitCode;
        fix;
        name = "ToolError";
        constructor(tool, exitCode, message, fix) {
          super(fix ? `${message}
Fix: ${fix}` : message);
          this.tool = tool;
          this.exitCode = exitCode;
          this.fix = fix;
        }
      }
      class ToolNotFoundError extends Error {
        tool;
        name = "ToolNotFoundError";
        constructor(tool, message) {
          super(message);
          this.tool = tool;
        }
      }
      class CancelledError extends Error {
        name = "CancelledError";
        constructor(message = "The operation was cancelled.") {
          super(message);
        }
      }
      class TimeoutError extends Error {
        name = "TimeoutError";
      }
      function errorMessage(error) {
        return error instanceof Error ? error.message : String(error);
      }
    })
  ),
  /***/
  8198: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Fn: () => (
          /* binding */
          urlSecrets
        ),
        /* harmony export */
        M2: () => (
          /* binding */
          SecretMasker
        ),
        /* harmony export */
        X1: () => (
          /* binding */
          maskStrings
        ),
        /* harmony export */
        sK: () => (
          /* binding */
          redactUrls
        )
        /* harmony export */
      });
      const MASK = "***";
      function xmlEscape(value) {
        return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
      }
      function derivedSecretForms(value) {
        const forms = /* @__PURE__ */ new Set([
          value,
          value.replace(/"/g, '""'),
          // msdeploy / Windows command line: quotes doubled
          value.replace(/'/g, "''"),
          // appcmd indexer values: single quotes doubled
          value.replace(/(\\*)"/g, '$1$1\\"'),
          // CommandLineToArgvW escaping
          JSON.stringify(value).slice(1, -1),
          xmlEscape(value),
          encodeURIComponent(value),
          encodeURI(value),
          Buffer.from(value, "utf8").toString("base64")
        ]);
        return [...forms].filter((form) => form.length > 0);
      }
      const SENSITIVE_QUERY_NAMES = [
        "sig",
        "signature",
        "token",
        "access_token",
        "id_token",
        "refresh_token",
        "code",
        "key",
        "apikey",
        "api_key",
        "password",
        "pwd",
        "pass",
        "secret",
        "client_secret",
        "auth",
        "X-Amz-Signature",
        "X-Amz-Credential",
        "X-Amz-Security-Token",
        "X-Goog-Signature",
        "X-Goog-Credential"
      ];
      const SENSITIVE_NAME_PART = /token|secret|passw|signature|credential|api[-_]?key/i;
      function isSensitiveQueryName(name) {
        const lower = name.toLowerCase();
        return SENSITIVE_QUERY_NAMES.some((n) => n.toLowerCase() === lower) || SENSITIVE_NAME_PART.test(name);
      }
      const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"<>]*@/gi;
      const QUERY_PARAMETER = /([?&;])([^=&#?;\s'"<>]+)=([^&#;\s'"<>]*)/g;
      function redactUrls(text) {
        if (!text || !text.includes("://"))
          return text;
        const withoutUserinfo = text.replace(USERINFO, (_all, scheme) => `${scheme}${MASK}@`);
        return withoutUserinfo.replace(QUERY_PARAMETER, (all, separator, name, value) => value !== "" && value !== MASK && isSensitiveQueryName(safeDecode(name)) ? `${separator}${name}=${MASK}` : all);
      }
      function safeDecode(text) {
        try {
          return decodeURIComponent(text.replace(/\+/g, " "));
        } catch {
          return text;
        }
      }
      function urlSecrets(value) {
        if (!value)
          return [];
        const found = /* @__PURE__ */ new Set();
        const add = (part) => {
          if (!part)
            return;
          found.add(part);
          found.add(safeDecode(part));
        };
        const userinfo = /^\s*[a-z][a-z0-9+.-]*:\/\/([^\s/?#]*)@/i.exec(value)?.[1];
        if (userinfo) {
          const colon = userinfo.indexOf(":");
          add(colon < 0 ? userinfo : userinfo.slice(colon + 1));
        }
        for (const match of value.matchAll(QUERY_PARAMETER)) {
          const [, , name = "", part = ""] = match;
          if (isSensitiveQueryName(safeDecode(name)))
            add(part);
        }
        return [...found].filter((part) => part !== "");
      }
      function maskStrings(value, mask) {
        if (typeof value === "string")
          return mask(value);
        if (Array.isArray(value))
          return value.map((item) => maskStrings(item, mask));
        if (value !== null && typeof value === "object") {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)]));
        }
        return value;
      }
      class SecretMasker {
        forms = [];
        listeners = [];
        /** Called with each new raw secret (the GitHub adapter forwards them to core.setSecret). */
        onRegister(listener) {
          this.listeners.push(listener);
        }
        register(value) {
          if (!value)
            return;
          const added = derivedSecretForms(value).filter((form) => !this.forms.includes(form));
          if (added.length === 0)
            return;
          this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length);
          for (const listener of this.listeners)
            listener(value);
        }
        /** Registers the credentials inside a URL (userinfo, sensitive query values): see urlSecrets. */
        registerUrl(value) {
          for (const part of urlSecrets(value))
            this.register(part);
        }
        get count() {
          return this.forms.length;
        }
        /** Free text with every registered form masked and URL credentials redacted. */
        mask(text) {
          if (!text)
            return text;
          let out = redactUrls(text);
          for (const form of this.forms) {
            if (out.includes(form))
              out = out.split(form).join(MASK);
          }
          return out;
        }
      }
    })
  ),
  /***/
  311: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        x: () => (
          /* binding */
          VERSION
        )
        /* harmony export */
      });
      const VERSION = "0.1.0";
    })
  ),
  /***/
  2613: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    })
  ),
  /***/
  181: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    })
  ),
  /***/
  5317: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
    })
  ),
  /***/
  6982: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    })
  ),
  /***/
  4434: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    })
  ),
  /***/
  9896: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    })
  ),
  /***/
  8611: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    })
  ),
  /***/
  5692: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    })
  ),
  /***/
  9278: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    })
  ),
  /***/
  4589: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
    })
  ),
  /***/
  6698: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    })
  ),
  /***/
  4573: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    })
  ),
  /***/
  1421: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    })
  ),
  /***/
  7540: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
    })
  ),
  /***/
  7598: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    })
  ),
  /***/
  3053: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    })
  ),
  /***/
  610: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
    })
  ),
  /***/
  8474: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
    })
  ),
  /***/
  3024: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  7067: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    })
  ),
  /***/
  2467: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    })
  ),
  /***/
  4708: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
    })
  ),
  /***/
  8995: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
    })
  ),
  /***/
  7030: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    })
  ),
  /***/
  8161: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    })
  ),
  /***/
  6760: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  643: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
    })
  ),
  /***/
  1792: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
    })
  ),
  /***/
  7075: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    })
  ),
  /***/
  6466: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
    })
  ),
  /***/
  1692: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    })
  ),
  /***/
  3136: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
    })
  ),
  /***/
  7975: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    })
  ),
  /***/
  3429: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
    })
  ),
  /***/
  5919: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    })
  ),
  /***/
  8522: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    })
  ),
  /***/
  857: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    })
  ),
  /***/
  6928: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
    })
  ),
  /***/
  2203: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
    })
  ),
  /***/
  3193: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
    })
  ),
  /***/
  3557: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
    })
  ),
  /***/
  4756: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    })
  ),
  /***/
  9023: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    })
  ),
  /***/
  3106: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var webpackQueues = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack queues") : "__webpack_queues__";
  var webpackExports = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack exports") : "__webpack_exports__";
  var webpackError = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack error") : "__webpack_error__";
  var resolveQueue = (queue) => {
    if (queue && queue.d < 1) {
      queue.d = 1;
      queue.forEach((fn) => fn.r--);
      queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
    }
  };
  var wrapDeps = (deps) => deps.map((dep) => {
    if (dep !== null && typeof dep === "object") {
      if (dep[webpackQueues]) return dep;
      if (dep.then) {
        var queue = [];
        queue.d = 0;
        dep.then((r) => {
          obj[webpackExports] = r;
          resolveQueue(queue);
        }, (e) => {
          obj[webpackError] = e;
          resolveQueue(queue);
        });
        var obj = {};
        obj[webpackQueues] = (fn) => fn(queue);
        return obj;
      }
    }
    var ret = {};
    ret[webpackQueues] = (x) => {
    };
    ret[webpackExports] = dep;
    return ret;
  });
  __nccwpck_require__.a = (module, body, hasAwait) => {
    var queue;
    hasAwait && ((queue = []).d = -1);
    var depQueues = /* @__PURE__ */ new Set();
    var exports = module.exports;
    var currentDeps;
    var outerResolve;
    var reject;
    var promise = new Promise((resolve, rej) => {
      reject = rej;
      outerResolve = resolve;
    });
    promise[webpackExports] = exports;
    promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {
    }));
    module.exports = promise;
    body((deps) => {
      currentDeps = wrapDeps(deps);
      var fn;
      var getResult = () => currentDeps.map((d) => {
        if (d[webpackError]) throw d[webpackError];
        return d[webpackExports];
      });
      var promise2 = new Promise((resolve) => {
        fn = () => resolve(getResult);
        fn.r = 0;
        var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
        currentDeps.map((dep) => dep[webpackQueues](fnQueue));
      });
      return fn.r ? promise2 : getResult();
    }, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
    queue && queue.d < 0 && (queue.d = 0);
  };
})();
(() => {
  __nccwpck_require__.n = (module) => {
    var getter = module && module.__esModule ? (
      /******/
      () => module["default"]
    ) : (
      /******/
      () => module
    );
    __nccwpck_require__.d(getter, { a: getter });
    return getter;
  };
})();
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = (chunkId) => {
    return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      __nccwpck_require__.f[key](chunkId, promises);
      return promises;
    }, []));
  };
})();
(() => {
  __nccwpck_require__.u = (chunkId) => {
    return "" + chunkId + ".index.js";
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
  __nccwpck_require__.r = (exports) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports, "__esModule", { value: true });
  };
})();
(() => {
  var installedChunks = {
    /******/
    792: 0
    /******/
  };
  var installChunk = (data) => {
    var { ids, modules, runtime } = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) {
      if (__nccwpck_require__.o(modules, moduleId)) {
        __nccwpck_require__.m[moduleId] = modules[moduleId];
      }
    }
    if (runtime) runtime(__nccwpck_require__);
    for (; i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
        installedChunks[chunkId][0]();
      }
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) {
      if (installedChunkData) {
        promises.push(installedChunkData[1]);
      } else {
        if (true) {
          var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
            if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
            throw e;
          });
          var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
          promises.push(installedChunkData[1] = promise);
        }
      }
    }
  };
})();
var __webpack_exports__ = __nccwpck_require__(5581);
__webpack_exports__ = await __webpack_exports__;
