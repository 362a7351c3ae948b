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
  )
};
export {
  id,
  ids,
  modules
};
