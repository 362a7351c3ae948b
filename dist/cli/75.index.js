export const id = 75;
export const ids = [75];
export const modules = {

/***/ 4075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hostingBundleCommand: () => (/* binding */ hostingBundleCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7764);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(477);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _runtime_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8908);
/* harmony import */ var _runtime_console_reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(175);
/* harmony import */ var _steps_hosting_bundle_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
/* harmony import */ var _steps_hosting_bundle_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(273);
// `iis-deploy hosting-bundle resolve <spec> [--metadata-url <url>]` (contract §4): prints {version,url,sha512} of
// the Hosting Bundle that `hosting-bundle: <spec>` would install, as JSON on stdout. Warnings (an end-of-life
// channel) go to stderr. Exit 0, 1 when the metadata cannot be read or has no such version, 2 on wrong usage.







const RESOLVE_USAGE = 'hosting-bundle resolve <latest|lts|channel|version> [--metadata-url <url>]';
function toRequest(spec) {
    let parsed;
    try {
        parsed = (0,_steps_hosting_bundle_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHostingBundleSpec */ .Bs)(spec, 'spec');
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(error.message.replace(/^Input 'spec' is/, 'Spec'));
        throw error;
    }
    if (parsed.kind === 'none' || parsed.kind === 'auto') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`);
    }
    return parsed;
}
const hostingBundleCommand = async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub !== 'resolve') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(sub === undefined
            ? `Missing subcommand: ${RESOLVE_USAGE}`
            : `Unknown subcommand '${sub}': ${RESOLVE_USAGE}`);
    }
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArgs */ .Zy)(rest, { values: ['metadata-url'] });
    if (args.positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`Expected one spec: ${RESOLVE_USAGE}`);
    const request = toRequest(args.positionals[0]);
    const metadataUrl = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .option */ .uK)(args, 'metadata-url') ?? _steps_hosting_bundle_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RELEASE_METADATA_URL */ .Uk;
    if (!/^https?:\/\/[^/]/i.test(metadataUrl)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`Option '--metadata-url' is '${metadataUrl}': use an http(s) URL to releases-index.json.`);
    }
    const reporter = new _runtime_console_reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleReporter */ .l({
        out: (line) => io.stderr(`${line}\n`),
        err: (line) => io.stderr(`${line}\n`)
    });
    const resolved = await (0,_steps_hosting_bundle_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveHostingBundle */ .Jb)(request, {
        http: io.ports?.http ?? new _runtime_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .NodeHttpClient */ .O(),
        metadataUrl,
        signal: io.signal
    });
    for (const warning of resolved.warnings)
        reporter.warning(warning);
    io.stdout(`${JSON.stringify({ version: resolved.version, url: resolved.url, sha512: resolved.sha512 })}\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_OK */ .Ij;
};


/***/ })

};
