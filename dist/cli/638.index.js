export const id = 638;
export const ids = [638];
export const modules = {

/***/ 2851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   R5: () => (/* binding */ WebConfigError),
/* harmony export */   b9: () => (/* binding */ DiagnosticSink),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony export WEB_CONFIG_RULES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// What validation and transformation report: one problem, where it is (`file:line:col`), how bad, and which rule.

/** Every rule the validator knows, so tests can enumerate them and `--json` consumers can filter. */
const WEB_CONFIG_RULES = (/* unused pure expression or super */ null && ([
    'not-well-formed',
    'missing-file',
    'encoding',
    'root-element',
    'system-webserver-missing',
    'duplicate-section',
    'handler-missing',
    'handler-duplicate',
    'handler-removed',
    'handler-module',
    'handler-attributes',
    'aspnetcore-missing',
    'process-path-missing',
    'launcher-placeholder',
    'process-path-file',
    'arguments-file',
    'runtimeconfig-missing',
    'hosting-model',
    'inprocess-v1',
    'attribute-format',
    'attribute-range',
    'ignored-in-process',
    'stdout-log-enabled',
    'ignored-section',
    'environment-variables',
    'environment-variable-duplicate',
    'environment-development',
    'handler-settings',
    'unknown-attribute',
    'unknown-element',
    'xdt-leftover',
    'sub-application-handler'
]));
/** `error: web.config:3:7: message` (contract §4); without a position: `error: web.config: message`. */
function formatDiagnostic(diagnostic) {
    const where = diagnostic.line
        ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
        : diagnostic.file;
    return `${diagnostic.severity}: ${where}: ${diagnostic.message}`;
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** Collects diagnostics for one document; offsets become line and column. */
class DiagnosticSink {
    file;
    doc;
    diagnostics = [];
    constructor(file, doc) {
        this.file = file;
        this.doc = doc;
    }
    add(severity, rule, offset, message) {
        const { line, column } = this.doc && offset >= 0 ? this.doc.position(offset) : { line: 0, column: 0 };
        this.diagnostics.push({ severity, message, file: this.file, line, column, rule });
    }
    error(rule, offset, message) {
        this.add('error', rule, offset, message);
    }
    warning(rule, offset, message) {
        this.add('warning', rule, offset, message);
    }
}
/**
 * A web.config that cannot be used (not well-formed, or the transform cannot apply). Carries its diagnostics so
 * the CLI prints them as `error: file:line:col: ...` and the pipeline reports them with their location.
 */
class WebConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    diagnostics;
    name = 'WebConfigError';
    constructor(diagnostics) {
        super('web-config', diagnostics.map(formatDiagnostic).join('\n'));
        this.diagnostics = diagnostics;
    }
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ MODULE_V1),
/* harmony export */   $k: () => (/* binding */ isAppLocation),
/* harmony export */   BH: () => (/* binding */ isAspNetCoreHandler),
/* harmony export */   G6: () => (/* binding */ HOSTING_MODELS),
/* harmony export */   JY: () => (/* binding */ toDocument),
/* harmony export */   Ko: () => (/* binding */ normalizeAppRelativePath),
/* harmony export */   Ky: () => (/* binding */ appAspNetCoreElement),
/* harmony export */   Q4: () => (/* binding */ isAspNetCoreName),
/* harmony export */   Q_: () => (/* binding */ equalsIgnoreCase),
/* harmony export */   Rv: () => (/* binding */ toConfigurationDocument),
/* harmony export */   Vo: () => (/* binding */ parseOwnOutput),
/* harmony export */   Vs: () => (/* binding */ effectiveHostingModel),
/* harmony export */   aX: () => (/* binding */ readErrorDiagnostic),
/* harmony export */   g6: () => (/* binding */ MODULE_V2),
/* harmony export */   l7: () => (/* binding */ editScope),
/* harmony export */   l_: () => (/* binding */ appWebServerSections),
/* harmony export */   og: () => (/* binding */ ASPNETCORE_HANDLER),
/* harmony export */   vj: () => (/* binding */ splitArguments)
/* harmony export */ });
/* unused harmony export firstDescendant */
/* harmony import */ var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);
/* harmony import */ var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(461);
/* harmony import */ var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(926);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2851);
// Where the ASP.NET Core settings of an app live in a web.config, shared by validate, transform and the
// sub-application mode. Facts: windows-facts §2.2 (handler entry, location wrapper) and §2.4 (checklist).




const ASPNETCORE_HANDLER = 'aspNetCore';
const MODULE_V2 = 'AspNetCoreModuleV2';
const MODULE_V1 = 'AspNetCoreModule';
const HOSTING_MODELS = ['inprocess', 'outofprocess'];
function equalsIgnoreCase(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
/** A `<location>` that applies to the application itself: `path="."`, `path=""` or no path (§2.4). */
function isAppLocation(location) {
    const path = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(location, 'path');
    return path === undefined || path.trim() === '' || path.trim() === '.';
}
/** The `system.webServer` elements that configure the app root, in document order. */
function appWebServerSections(root) {
    const sections = [];
    for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(root)) {
        if (child.name === 'system.webServer')
            sections.push(child);
        else if (child.name === 'location' && isAppLocation(child))
            sections.push(...(0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(child, 'system.webServer'));
    }
    return sections;
}
/** `<add name="aspNetCore">`, compared case-insensitively as the SDK does (WebConfigTransform.cs). */
function isAspNetCoreName(name) {
    return equalsIgnoreCase(name, ASPNETCORE_HANDLER);
}
/** A handler entry that runs the ASP.NET Core Module: named aspNetCore or using an AspNetCoreModule* module. */
function isAspNetCoreHandler(add) {
    if (isAspNetCoreName((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(add, 'name')))
        return true;
    const modules = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(add, 'modules');
    return modules !== undefined && /^aspnetcoremodule(v2)?$/i.test(modules.trim());
}
/** The first `<aspNetCore>` element that configures the app root. */
function appAspNetCoreElement(root) {
    for (const section of appWebServerSections(root)) {
        const element = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(section, 'aspNetCore')[0];
        if (element)
            return element;
    }
    return undefined;
}
/**
 * Where the SDK's WebConfigTransform edits: the <location> holding the first aspNetCore element (or the root when
 * that element is outside any location); with no aspNetCore element, the location that applies to the app, else
 * the root. (The SDK takes the first <location> whatever its path; a `path="wwwroot"` one would be wrong.)
 */
function editScope(root) {
    const existing = firstDescendant(root, 'aspNetCore');
    if (existing) {
        let node = existing;
        while (node.parent && node.parent.type === 'element' && node.parent !== root)
            node = node.parent;
        return node.name === 'location' ? node : root;
    }
    return (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(root, 'location').find(isAppLocation) ?? root;
}
/** The first element named `name` below `root`, depth first, without recursion (hostile nesting). */
function firstDescendant(root, name) {
    const stack = [root];
    while (stack.length) {
        const element = stack.pop();
        if (element !== root && element.name === name)
            return element;
        const children = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(element);
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return undefined;
}
/** Parses text (or passes a document through); a document that is not well-formed becomes a WebConfigError. */
function toDocument(input, file) {
    if (typeof input !== 'string')
        return input;
    try {
        return (0,_core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)(input, file);
    }
    catch (error) {
        if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__/* .XmlReadError */ .mI)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .WebConfigError */ .R5([readErrorDiagnostic(error)]);
        throw error;
    }
}
/** Parses a web.config for editing: well-formed, and with <configuration> as its root, or a WebConfigError. */
function toConfigurationDocument(input, file) {
    const doc = toDocument(input, file);
    const root = doc.root;
    if (root.name !== 'configuration') {
        const { line, column } = doc.position(root.offset);
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .WebConfigError */ .R5([
            {
                severity: 'error',
                rule: 'root-element',
                file,
                line,
                column,
                message: `The root element is <${root.name}>: a web.config has <configuration> as its root. Nothing was changed.`
            }
        ]);
    }
    return doc;
}
/**
 * Parses text this engine just serialized from a validated document (a transform result) without running the
 * validator again: on a multi-megabyte file that halves the cost. Positions are those of the new text.
 */
function parseOwnOutput(text, file) {
    try {
        return (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXmlDocument */ .qU)(text);
    }
    catch (error) {
        if (error instanceof _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_0__/* .XmlSyntaxError */ .R_) {
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .WebConfigError */ .R5([
                {
                    severity: 'error',
                    rule: 'not-well-formed',
                    file,
                    line: error.line,
                    column: error.column,
                    message: error.message
                }
            ]);
        }
        throw error;
    }
}
function readErrorDiagnostic(error) {
    return {
        severity: 'error',
        rule: 'not-well-formed',
        file: error.file,
        // A file that is empty or binary has no better position than its start.
        line: error.line || 1,
        column: error.column || 1,
        message: error.message
    };
}
/** The effective hosting model: ANCM treats an absent or empty hostingModel as out-of-process (§2.1). */
function effectiveHostingModel(aspNetCore) {
    if (!aspNetCore)
        return undefined;
    const value = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(aspNetCore, 'hostingModel')?.trim().toLowerCase();
    if (value === undefined || value === '')
        return 'outofprocess';
    return HOSTING_MODELS.includes(value) ? value : undefined;
}
/**
 * Splits an `arguments` value the way the .NET host sees it (CommandLineToArgvW, simplified: quotes group,
 * backslashes are literal unless they precede a quote). Offsets are positions in the decoded value.
 */
function splitArguments(value) {
    const tokens = [];
    let i = 0;
    while (i < value.length) {
        while (i < value.length && /\s/.test(value[i]))
            i++;
        if (i >= value.length)
            break;
        const start = i;
        let text = '';
        let quoted = false;
        while (i < value.length && (quoted || !/\s/.test(value[i]))) {
            const ch = value[i];
            if (ch === '"')
                quoted = !quoted;
            else
                text += ch;
            i++;
        }
        tokens.push({ text, start, end: i });
    }
    return tokens;
}
/** `.\MyApp.dll`, `./MyApp.dll` and `MyApp.dll` name the same file in the site root. */
function normalizeAppRelativePath(value) {
    return value
        .trim()
        .replace(/\//g, '\\')
        .replace(/^(\.\\)+/, '')
        .toLowerCase();
}


/***/ }),

/***/ 6233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ detectSelfContained),
/* harmony export */   Q6: () => (/* binding */ findFileIgnoreCase),
/* harmony export */   Qw: () => (/* binding */ findWebConfig),
/* harmony export */   _3: () => (/* binding */ detectAppName),
/* harmony export */   o5: () => (/* binding */ lookupPublishFile)
/* harmony export */ });
/* unused harmony export readRuntimeConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
// What a `dotnet publish` folder tells about the app: its name (from `<app>.runtimeconfig.json`), whether it is
// self-contained (`<app>.exe` and no shared-framework reference), and whether a file a web.config names is there.
// Windows file names are case-insensitive, so every lookup here is too.



const RUNTIMECONFIG = '.runtimeconfig.json';
/** Names in a folder, or [] when it cannot be read. */
function listFolder(folder) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** A file in `folder` whose name matches `name` case-insensitively (exact match preferred). */
function findFileIgnoreCase(folder, name) {
    const entries = listFolder(folder).filter((e) => e.isFile() || e.isSymbolicLink());
    const exact = entries.find((e) => e.name === name);
    const match = exact ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    return match ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, match.name) : undefined;
}
/** The publish folder's web.config (`Web.config` counts: IIS does not care about case). */
function findWebConfig(publishDir) {
    return findFileIgnoreCase(publishDir, 'web.config');
}
/** Reads `<app>.runtimeconfig.json`; undefined when absent. Invalid JSON is an InputError naming the file. */
function readRuntimeConfig(publishDir, appName) {
    const file = findFileIgnoreCase(publishDir, `${appName}${RUNTIMECONFIG}`);
    if (!file)
        return undefined;
    const text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('source', `${file} is not valid JSON (${error.message}); re-run dotnet publish to regenerate it.`);
    }
}
function frameworkNames(config) {
    const options = config?.runtimeOptions;
    return [
        ...(options?.framework ? [options.framework] : []),
        ...(options?.frameworks ?? []),
        ...(options?.includedFrameworks ?? [])
    ].map((f) => f.name ?? '');
}
/**
 * The assembly name of the app in a publish folder, from its `*.runtimeconfig.json` (development files such as
 * `*.dev.runtimeconfig.json` and `*.runtimeconfig.dev.json` are not apps). A runtimeconfig without its `.dll` is
 * not an app either. Several remaining candidates: those using ASP.NET Core win; still several → InputError
 * naming them and the input that settles it.
 */
function detectAppName(publishDir, input = 'app-name') {
    const files = listFolder(publishDir)
        .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(RUNTIMECONFIG))
        .map((e) => e.name)
        .filter((name) => !name.toLowerCase().endsWith(`.dev${RUNTIMECONFIG}`))
        .sort();
    if (files.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `No *.runtimeconfig.json in ${publishDir}: is it the output of 'dotnet publish'? Set '${input}' to the assembly name (e.g. MyApp).`);
    }
    let candidates = files.map((name) => name.slice(0, -RUNTIMECONFIG.length));
    const withDll = candidates.filter((name) => findFileIgnoreCase(publishDir, `${name}.dll`));
    if (withDll.length > 0)
        candidates = withDll;
    if (candidates.length > 1) {
        const web = candidates.filter((name) => frameworkNames(readRuntimeConfig(publishDir, name)).some((f) => f === 'Microsoft.AspNetCore.App'));
        if (web.length > 0)
            candidates = web;
    }
    if (candidates.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `Several apps in ${publishDir}: ${candidates.map((c) => `${c}${RUNTIMECONFIG}`).join(', ')}. Set '${input}' to the one IIS runs (e.g. ${candidates[0]}).`);
    }
    return candidates[0];
}
/**
 * True when the app runs as `<app>.exe`: the apphost is there and the runtimeconfig names no shared framework
 * (a self-contained publish lists `includedFrameworks` instead). A framework-dependent publish for Windows also
 * has `<app>.exe`, but the SDK still writes `processPath="dotnet"` for it (§2.3: UseAppHost defaults to
 * SelfContained in the web SDK).
 */
function detectSelfContained(publishDir, appName, input = 'self-contained') {
    const config = readRuntimeConfig(publishDir, appName);
    const options = config?.runtimeOptions;
    const frameworkDependent = Boolean(options?.framework || (options?.frameworks && options.frameworks.length));
    const exe = findFileIgnoreCase(publishDir, `${appName}.exe`);
    if (frameworkDependent)
        return false;
    if (options?.includedFrameworks && !exe) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${appName} is published self-contained but ${publishDir} has no ${appName}.exe: publish for a Windows runtime (-r win-x64) or set '${input}: false'.`);
    }
    return Boolean(exe);
}
/** Resolves a path written in web.config (`.\MyApp.dll`, `bin\App.exe`) against the publish folder. */
function lookupPublishFile(publishDir, written) {
    const value = written.trim();
    if (value.includes('%') || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(value) || /^[a-z]:/i.test(value))
        return { status: 'unchecked' };
    const parts = value.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
    let current = publishDir;
    for (const [index, part] of parts.entries()) {
        if (part === '..')
            return { status: 'unchecked' };
        const last = index === parts.length - 1;
        const entries = listFolder(current);
        const match = entries.find((e) => e.name === part) ?? entries.find((e) => e.name.toLowerCase() === part.toLowerCase());
        if (!match || (last ? match.isDirectory() : !match.isDirectory())) {
            return { status: 'missing', path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(publishDir, ...parts) };
        }
        current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, match.name);
    }
    return parts.length ? { status: 'found', path: current } : { status: 'missing', path: publishDir };
}


/***/ }),

/***/ 3462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ passesHandlerToChildren),
/* harmony export */   KC: () => (/* binding */ fitSubApplication),
/* harmony export */   M5: () => (/* binding */ SUB_APPLICATION_KINDS),
/* harmony export */   NT: () => (/* binding */ parentApplicationPaths),
/* harmony export */   gc: () => (/* binding */ subApplicationKindOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(461);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9366);
// Makes a web.config fit an IIS application that lives below an ASP.NET Core app (windows-facts §2.2, the Hosting
// guide's "Sub-application configuration"). A child inherits the parent's `aspNetCore` handler unless the parent
// wraps its system.webServer in <location path="." inheritInChildApplications="false"> (what dotnet publish
// writes, but hand-written or older parents do not):
// - an ASP.NET Core child: `<remove name="aspNetCore" />` right before its own <add>, so the two never collide
//   (500.19 "Cannot add duplicate collection entry") whatever the parent does; the child keeps its own handler,
//   because with the wrapper in the parent it inherits none;
// - any other child (static site, ASP.NET 4, PHP): `<handlers><remove name="aspNetCore" /></handlers>`, so the
//   parent's module does not take its requests.
// Idempotent: a second run changes nothing.



/** `aspnetcore`: an ASP.NET Core app below an ASP.NET Core app; `other`: anything else below one. */
const SUB_APPLICATION_KINDS = ['aspnetcore', 'other'];
const REMOVE_WHY = 'so the handler inherited from the parent ASP.NET Core app does not collide with it (IIS 500.19) when the ' +
    'parent does not use inheritInChildApplications="false"';
/** Adapts a child application's web.config (`text` undefined = none yet, only for `kind: 'other'`). */
function fitSubApplication(text, options) {
    const file = options.file ?? 'web.config';
    if (text === undefined && options.kind === 'aspnetcore') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('web-config', `${file} does not exist: an ASP.NET Core sub-application needs its own web.config (run the transform first).`);
    }
    const newline = options.newline ?? '\r\n';
    const generated = text === undefined;
    const source = text ?? `<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}</configuration>`;
    const doc = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .toConfigurationDocument */ .Rv)(source, file);
    const root = doc.root;
    const changes = options.kind === 'aspnetcore' ? fitAspNetCoreChild(root) : fitOtherChild(root, file, generated);
    const output = doc.toString();
    return {
        text: output,
        changes: generated
            ? ['did not exist: generated one that removes the inherited aspNetCore handler']
            : changes,
        generated,
        changed: generated || output !== source
    };
}
function getOrCreate(parent, name, changes) {
    const existing = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElement */ .JV)(parent, name);
    if (existing)
        return existing;
    changes.push(`added <${name}>`);
    return (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .appendElement */ .ru)(parent, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .createElement */ .n)(name));
}
/** True when a `<clear />` or `<remove name="aspNetCore" />` comes before `before` (or anywhere, if undefined). */
function removesInheritedHandler(handlers, before) {
    for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(handlers)) {
        if (child === before)
            return false;
        if (child.name === 'clear')
            return true;
        if (child.name === 'remove' && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAspNetCoreName */ .Q4)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(child, 'name')))
            return true;
    }
    return false;
}
function fitAspNetCoreChild(root) {
    const changes = [];
    const webServer = getOrCreate((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .editScope */ .l7)(root), 'system.webServer', changes);
    let handlers = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElement */ .JV)(webServer, 'handlers');
    if (!handlers) {
        // Before <aspNetCore>, where dotnet publish puts it.
        handlers = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .createElement */ .n)('handlers');
        const aspNetCore = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElement */ .JV)(webServer, 'aspNetCore');
        if (aspNetCore)
            (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .insertSibling */ .Oj)(aspNetCore, handlers, 'before');
        else
            (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .appendElement */ .ru)(webServer, handlers);
        changes.push('added <handlers>');
    }
    let add = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(handlers, 'add').find((a) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAspNetCoreName */ .Q4)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(a, 'name')));
    if (!add) {
        add = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .appendElement */ .ru)(handlers, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .createElement */ .n)('add', [
            ['name', _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ASPNETCORE_HANDLER */ .og],
            ['path', '*'],
            ['verb', '*'],
            ['modules', _model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODULE_V2 */ .g6],
            ['resourceType', 'Unspecified']
        ]));
        changes.push("handlers: added the app's own aspNetCore handler: a parent published by dotnet publish " +
            '(inheritInChildApplications="false") passes none down');
    }
    if (!removesInheritedHandler(handlers, add)) {
        (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .insertSibling */ .Oj)(add, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .createElement */ .n)('remove', [['name', _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ASPNETCORE_HANDLER */ .og]]), 'before');
        changes.push(`handlers: added <remove name="aspNetCore" /> before the app's own handler, ${REMOVE_WHY}`);
    }
    return changes;
}
function fitOtherChild(root, file, generated) {
    const changes = [];
    const sections = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .appWebServerSections */ .l_)(root);
    const own = sections
        .flatMap((s) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(s, 'handlers'))
        .flatMap((h) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(h, 'add'))
        .find(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAspNetCoreHandler */ .BH);
    if (own) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('web-config', `${file} has its own aspNetCore handler, so it is an ASP.NET Core app: use the ASP.NET Core sub-application mode.`);
    }
    const handlersElements = sections.flatMap((s) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(s, 'handlers'));
    if (handlersElements.some((h) => removesInheritedHandler(h)))
        return changes;
    const scope = sections[0] ??
        getOrCreate((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(root, 'location').find(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAppLocation */ .$k) ?? root, 'system.webServer', changes);
    const handlers = handlersElements[0] ?? getOrCreate(scope, 'handlers', changes);
    const remove = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .createElement */ .n)('remove', [['name', _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ASPNETCORE_HANDLER */ .og]]);
    const first = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(handlers)[0];
    if (first)
        (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .insertSibling */ .Oj)(first, remove, 'before');
    else
        (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .appendElement */ .ru)(handlers, remove);
    if (!generated) {
        changes.push('handlers: added <remove name="aspNetCore" />: this app is not ASP.NET Core, so the handler inherited from ' +
            'the parent ASP.NET Core app must not take its requests');
    }
    return changes;
}
/**
 * True when a parent's web.config passes its aspNetCore handler down to child applications, i.e. the handler
 * is not inside <location inheritInChildApplications="false">. Children of such a parent need the remove.
 */
function passesHandlerToChildren(parent, file = 'web.config') {
    const root = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .toDocument */ .JY)(parent, file).root;
    if (root.name !== 'configuration')
        return false;
    for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(root)) {
        const blocked = child.name === 'location' && /^false$/i.test((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttribute */ .D$)(child, 'inheritInChildApplications') ?? '');
        const sections = child.name === 'system.webServer'
            ? [child]
            : child.name === 'location' && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAppLocation */ .$k)(child)
                ? (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(child, 'system.webServer')
                : [];
        for (const section of sections) {
            const handler = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(section, 'handlers')
                .flatMap((h) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(h, 'add'))
                .find(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAspNetCoreHandler */ .BH);
            if (handler && !blocked)
                return true;
        }
    }
    return false;
}
/** The kind of child a web.config describes: `aspnetcore` when it adds its own aspNetCore handler. */
function subApplicationKindOf(text, file = 'web.config') {
    if (text === undefined)
        return 'other';
    const root = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .toConfigurationDocument */ .Rv)(text, file).root;
    const own = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .appWebServerSections */ .l_)(root)
        .flatMap((s) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(s, 'handlers'))
        .flatMap((h) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .childElements */ .AR)(h, 'add'))
        .some(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isAspNetCoreHandler */ .BH);
    return own ? 'aspnetcore' : 'other';
}
/** `/a/b` → `['/a', '/']`: the applications above an application path, nearest first. */
function parentApplicationPaths(application) {
    const parts = application.split('/').filter(Boolean);
    const parents = [];
    for (let n = parts.length - 1; n >= 1; n--)
        parents.push(`/${parts.slice(0, n).join('/')}`);
    if (parts.length > 0)
        parents.push('/');
    return parents;
}


/***/ }),

/***/ 1331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ readHostingModel),
/* harmony export */   Vo: () => (/* binding */ transformWebConfig),
/* harmony export */   vY: () => (/* binding */ stdoutLogPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(926);
/* harmony import */ var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7864);
/* harmony import */ var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(461);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2851);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9366);
// What `dotnet publish` does to web.config (the Web SDK's WebConfigTransform, windows-facts §2.3), on the lossless
// XML model: only what the SDK changes is touched; comments, order, other sections, the declaration and line
// endings stay byte for byte. Deliberate differences, because we transform already-published files (`likeSdk`,
// the CLI's `--like-sdk`, turns the two rules on `.\App.dll` off and writes exactly what the SDK writes):
// - a file that is not well-formed, or whose root is not <configuration>, is an error (the SDK silently starts
//   from its template, which would throw the user's file away);
// - `.\App.dll` counts as present when it is the first argument in any spelling (`App.dll`, `./App.dll`), so a
//   second run changes nothing (the SDK only compares the whole string);
// - self-contained: a leading `.\App.dll` left by a framework-dependent publish is dropped;
// - an empty attribute counts as missing (the SDK only fills absent ones);
// - with no aspNetCore element, a <location> that does not apply to the app (path="wwwroot") is not used;
// - hostingModel: written when asked (overwriting), kept otherwise; a generated file gets `inprocess`, the SDK
//   default for .NET Core ≥ 3.0 (contract: `hosting-model` "only written when set");
// - other environment variables are added or updated like ASPNETCORE_ENVIRONMENT (names case-insensitive);
// Everything else is checked byte for byte against `dotnet publish` itself (__tests__/fixtures/sdk-oracle, npm run
// oracle:sdk), e.g. the hosting model written as spelled (`OutOfProcess`) and `.\My Web App.dll` left unquoted,
// and the UTF-8 byte order mark: the SDK's TransformWebConfig saves with XDocument.Save, whose UTF-8 encoder writes
// a BOM, so every web.config it transforms or generates starts with one (docs/dotnet-sdk.md, "The BOM").







const BOM = '\uFEFF';
const VS_LAUNCHER_ARGS = ['%LAUNCHER_ARGS%', '-argFile IISExeLauncherArgs.txt'];
const DEFAULT_STDOUT_LOG_FILE = '.\\logs\\stdout';
/** The file `dotnet publish` starts from when the project has none (WebConfigTemplate.cs), as it saves it. */
function templateText(newline) {
    return (`\uFEFF<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}` +
        `  <location path="." inheritInChildApplications="false" />${newline}</configuration>`);
}
/** Applies what `dotnet publish` does. `text` undefined = the file does not exist: it is generated. */
function transformWebConfig(text, options) {
    const file = options.file ?? 'web.config';
    checkOptions(options);
    const generated = text === undefined;
    const source = text ?? templateText(options.newline ?? '\r\n');
    const doc = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .toConfigurationDocument */ .Rv)(source, file);
    const root = doc.root;
    const changes = [];
    const edited = new Transformer(options, changes, generated).run(root);
    let output = doc.toString();
    if ((options.encoding ?? 'utf8') === 'utf8' && !output.startsWith(BOM)) {
        output = BOM + output;
        changes.push('added the UTF-8 byte order mark (BOM) that dotnet publish writes');
    }
    if (output !== source)
        for (const element of edited)
            ensureWellFormed(element, doc, file);
    return {
        text: output,
        changes: generated ? [generatedSummary(options), ...changes] : changes,
        generated,
        changed: generated || output !== source
    };
}
function generatedSummary(options) {
    const base = appBaseName(options.appName);
    const process = options.selfContained
        ? `processPath=".\\${base}${options.executableExtension ?? '.exe'}"`
        : `processPath="dotnet" arguments=".\\${base}.dll"`;
    return `did not exist: generated what dotnet publish writes (${process}, hostingModel="${options.hostingModel ?? 'inprocess'}")`;
}
/** Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab/CR/LF, U+FFFE/F, lone surrogates. */
const NOT_XML_CHARACTER = 
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function checkXmlText(input, what, value) {
    const bad = NOT_XML_CHARACTER.exec(value);
    if (bad) {
        // The value itself is never quoted: it may be a secret.
        const code = bad[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${what} contains U+${code}, which XML (and so web.config) cannot hold.`);
    }
}
function checkOptions(options) {
    checkXmlText('app-name', "Input 'app-name'", options.appName);
    if (options.environment !== undefined)
        checkXmlText('environment', "Input 'environment'", options.environment);
    for (const variable of options.environmentVariables ?? []) {
        const input = variable.secret ? 'secret-environment-variables' : 'environment-variables';
        checkXmlText(input, `The name of environment variable ${JSON.stringify(variable.name)}`, variable.name);
        checkXmlText(input, `The value of environment variable ${variable.name}`, variable.value);
    }
    if (!appBaseName(options.appName) || /[\\/:*?"<>|]/.test(options.appName)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('app-name', `Input 'app-name' is '${options.appName}': use the assembly name, e.g. MyApp (no path).`);
    }
    if (options.hostingModel !== undefined &&
        !_model_js__WEBPACK_IMPORTED_MODULE_6__/* .HOSTING_MODELS */ .G6.includes(options.hostingModel.toLowerCase())) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('hosting-model', `Input 'hosting-model' is '${options.hostingModel}': use inprocess or outofprocess.`);
    }
    const seen = new Map();
    for (const variable of options.environmentVariables ?? []) {
        const key = variable.name.toLowerCase();
        if (!variable.name.trim() || variable.name.includes('=')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('environment-variables', `'${variable.name}' is not an environment variable name.`);
        }
        const first = seen.get(key);
        if (first !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('environment-variables', `${first} is given twice${first === variable.name ? '' : ` (also as ${variable.name})`}; names are ` +
                'case-insensitive on Windows: keep one.');
        }
        seen.set(key, variable.name);
        if (key === 'aspnetcore_environment' && options.environment && variable.value !== options.environment) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('environment', `Both 'environment' and 'environment-variables' set ASPNETCORE_ENVIRONMENT, to different values: keep one.`);
        }
    }
}
/**
 * Re-reads what the transform wrote, with the same validator as any input: a safety net that costs little
 * because only the edited elements are checked, not a multi-megabyte file.
 */
function ensureWellFormed(element, doc, file) {
    try {
        (0,_core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)((0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeElement */ .Nt)(element), file);
    }
    catch (error) {
        if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__/* .XmlReadError */ .mI) {
            const { line, column } = doc.position(element.offset);
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .WebConfigError */ .R5([
                {
                    severity: 'error',
                    rule: 'not-well-formed',
                    file,
                    line: line || 1,
                    column: column || 1,
                    message: `The transform would produce invalid XML in <${element.name}> (${error.message}); nothing was written.`
                }
            ]);
        }
        throw error;
    }
}
function appBaseName(appName) {
    return appName.trim().replace(/\.(dll|exe)$/i, '');
}
class Transformer {
    options;
    changes;
    generated;
    constructor(options, changes, generated) {
        this.options = options;
        this.changes = changes;
        this.generated = generated;
    }
    /** Edits the document; returns the elements that hold every edit (to re-check them). */
    run(root) {
        const scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .editScope */ .l7)(root);
        const webServer = this.getOrCreate(scope, 'system.webServer');
        const handlers = this.getOrCreate(webServer, 'handlers');
        const handler = this.transformHandlers(handlers);
        // The module actually configured, which may differ from the option when the file names one (SDK).
        const moduleName = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(handler, 'modules') ?? '';
        const existing = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .childElement */ .JV)(webServer, 'aspNetCore');
        const created = !existing;
        const aspNetCore = existing ?? (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .appendElement */ .ru)(webServer, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .createElement */ .n)('aspNetCore'));
        const before = this.changes.length;
        this.transformAspNetCore(aspNetCore, moduleName);
        if (created && !this.generated) {
            // One line for a new element rather than one per attribute.
            const attributes = aspNetCore.attributes.map((a) => `${a.name}="${(0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(aspNetCore, a.name)}"`);
            this.changes.splice(before, this.changes.length - before, `added <aspNetCore ${attributes.join(' ')} />`);
        }
        this.transformEnvironmentVariables(aspNetCore);
        // The SDK keeps aspNetCore right after handlers.
        const children = webServer.children;
        if (children.indexOf(aspNetCore) < children.indexOf(handlers)) {
            (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .removeNode */ .bf)(aspNetCore);
            (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .insertSibling */ .Oj)(handlers, aspNetCore, 'after');
            this.changes.push('moved <aspNetCore> after <handlers>');
        }
        return [handlers, aspNetCore];
    }
    getOrCreate(parent, name) {
        const existing = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .childElement */ .JV)(parent, name);
        if (existing)
            return existing;
        this.note(`added <${name}>`);
        return (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .appendElement */ .ru)(parent, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .createElement */ .n)(name));
    }
    /** Records a change; a generated file is summarised in one line, except for its environment variables. */
    note(change, always = false) {
        if (always || !this.generated)
            this.changes.push(change);
    }
    fillIfEmpty(element, name, value) {
        const current = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(element, name);
        if (current !== undefined && current.trim() !== '')
            return;
        (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(element, name, value);
        const label = element.name === 'add' ? 'handler' : element.name;
        this.note(`${label}: ${name}="${value}"${current === undefined ? '' : ' (was empty)'}`);
    }
    transformHandlers(handlers) {
        let add = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .childElements */ .AR)(handlers, 'add').find((a) => (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isAspNetCoreName */ .Q4)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(a, 'name')));
        if (!add) {
            const attributes = [
                ['name', _model_js__WEBPACK_IMPORTED_MODULE_6__/* .ASPNETCORE_HANDLER */ .og],
                ['path', '*'],
                ['verb', '*'],
                ['modules', this.options.moduleName ?? _model_js__WEBPACK_IMPORTED_MODULE_6__/* .MODULE_V2 */ .g6],
                ['resourceType', 'Unspecified']
            ];
            add = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .appendElement */ .ru)(handlers, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .createElement */ .n)('add', attributes));
            this.note(`added <add ${attributes.map(([k, v]) => `${k}="${v}"`).join(' ')} /> to <handlers>`);
            return add;
        }
        else if ((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(add, 'name', _model_js__WEBPACK_IMPORTED_MODULE_6__/* .ASPNETCORE_HANDLER */ .og)) {
            this.note(`handler: name="${_model_js__WEBPACK_IMPORTED_MODULE_6__/* .ASPNETCORE_HANDLER */ .og}" (casing fixed)`);
        }
        this.fillIfEmpty(add, 'path', '*');
        this.fillIfEmpty(add, 'verb', '*');
        // Fallback AspNetCoreModule when the property is empty, as the SDK does; we default the property to V2.
        this.fillIfEmpty(add, 'modules', this.options.moduleName ?? _model_js__WEBPACK_IMPORTED_MODULE_6__/* .MODULE_V2 */ .g6);
        this.fillIfEmpty(add, 'resourceType', 'Unspecified');
        return add;
    }
    transformAspNetCore(aspNetCore, moduleName) {
        const base = appBaseName(this.options.appName);
        const dllPath = `.\\${base}.dll`.replace(/\//g, '\\');
        const originalArguments = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(aspNetCore, 'arguments');
        let args = originalArguments;
        if (args !== undefined) {
            for (const token of VS_LAUNCHER_ARGS)
                args = removeIgnoreCase(args, token);
            args = args.trim();
            if (args !== (originalArguments ?? '').trim())
                this.note('aspNetCore: removed the Visual Studio launcher arguments');
        }
        if (this.options.selfContained) {
            const extension = this.options.executableExtension ?? '.exe';
            this.setProcessPath(aspNetCore, `.\\${base}${extension}`);
            const first = args === undefined || this.options.likeSdk ? undefined : leadingAppArgument(args, dllPath);
            if (args !== undefined && first) {
                args = args.slice(first.end).trim();
                this.note(`aspNetCore: dropped ${first.text} from arguments (a self-contained app runs as its .exe)`);
                if (args === '') {
                    (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .removeAttribute */ .De)(aspNetCore, 'arguments');
                    args = undefined;
                }
            }
            if (args !== undefined)
                (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(aspNetCore, 'arguments', args);
        }
        else {
            this.setProcessPath(aspNetCore, 'dotnet');
            // The SDK keeps arguments that are exactly the dll and otherwise always puts the dll in front.
            const first = this.options.likeSdk
                ? args === dllPath
                : args !== undefined && leadingAppArgument(args, dllPath) !== undefined;
            const value = first ? args : `${dllPath} ${args ?? ''}`.trim();
            // The SDK always takes `arguments` out and puts it back right after processPath.
            if (value !== originalArguments || this.options.likeSdk)
                this.setArgumentsAfterProcessPath(aspNetCore, value);
            if (!first)
                this.note(`aspNetCore: arguments start with ${dllPath}`);
        }
        this.fillIfEmpty(aspNetCore, 'stdoutLogEnabled', 'false');
        this.fillIfEmpty(aspNetCore, 'stdoutLogFile', DEFAULT_STDOUT_LOG_FILE);
        const wanted = this.options.hostingModel ?? (this.generated ? 'inprocess' : undefined);
        if (wanted !== undefined) {
            if (wanted.toLowerCase() === 'inprocess' && (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .equalsIgnoreCase */ .Q_)(moduleName.trim(), _model_js__WEBPACK_IMPORTED_MODULE_6__/* .MODULE_V1 */ .$M)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('hosting-model', `In-process hosting is not supported by ${_model_js__WEBPACK_IMPORTED_MODULE_6__/* .MODULE_V1 */ .$M} (the handler's modules): use outofprocess, or modules="${_model_js__WEBPACK_IMPORTED_MODULE_6__/* .MODULE_V2 */ .g6}".`);
            }
            const current = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(aspNetCore, 'hostingModel');
            if (current === undefined || current.toLowerCase() !== wanted.toLowerCase()) {
                (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(aspNetCore, 'hostingModel', wanted);
                this.note(`aspNetCore: hostingModel="${wanted}"${current === undefined ? '' : ` (was "${current}")`}`);
            }
        }
    }
    setProcessPath(aspNetCore, value) {
        const current = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(aspNetCore, 'processPath');
        if ((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(aspNetCore, 'processPath', value)) {
            this.note(`aspNetCore: processPath="${value}"${current === undefined ? '' : ` (was "${current}")`}`);
        }
    }
    /** Sets `arguments`, placed right after processPath as the SDK does when it writes it. */
    setArgumentsAfterProcessPath(aspNetCore, value) {
        const attributes = aspNetCore.attributes;
        let attribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .findAttribute */ .Oh)(aspNetCore, 'arguments');
        if (attribute) {
            attribute.rawValue = (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeAttribute */ .Gj)(value, attribute.quote);
            attributes.splice(attributes.indexOf(attribute), 1);
        }
        else {
            attribute = {
                name: 'arguments',
                leading: ' ',
                equals: '=',
                quote: '"',
                rawValue: (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeAttribute */ .Gj)(value, '"'),
                offset: -1,
                valueOffset: -1
            };
        }
        const at = attributes.findIndex((a) => a.name === 'processPath') + 1;
        // One attribute per line stays one per line: take the whitespace of the attribute it goes before (or after).
        const neighbour = attributes[at] ?? attributes[at - 1];
        if (attribute.offset === -1 && neighbour && /[\r\n]/.test(neighbour.leading))
            attribute.leading = neighbour.leading;
        attributes.splice(at, 0, attribute);
    }
    transformEnvironmentVariables(aspNetCore) {
        const variables = [];
        if (this.options.environment) {
            variables.push({ name: 'ASPNETCORE_ENVIRONMENT', value: this.options.environment });
        }
        for (const variable of this.options.environmentVariables ?? []) {
            if (!variables.some((v) => (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .equalsIgnoreCase */ .Q_)(v.name, variable.name)))
                variables.push(variable);
        }
        if (variables.length === 0)
            return;
        const container = this.getOrCreate(aspNetCore, 'environmentVariables');
        for (const variable of variables) {
            const shown = variable.secret ? '(secret value)' : `"${variable.value}"`;
            const [entry, ...duplicates] = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .childElements */ .AR)(container, 'environmentVariable').filter((e) => (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .equalsIgnoreCase */ .Q_)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(e, 'name'), variable.name));
            if (!entry) {
                (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .appendElement */ .ru)(container, (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .createElement */ .n)('environmentVariable', [
                    ['name', variable.name],
                    ['value', variable.value]
                ]));
                this.note(`environment variable ${variable.name} added: ${shown}`, true);
                continue;
            }
            const renamed = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(entry, 'name', variable.name);
            const revalued = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setAttribute */ .Bq)(entry, 'value', variable.value);
            if (renamed || revalued)
                this.note(`environment variable ${variable.name} updated: ${shown}`);
            for (const duplicate of duplicates) {
                (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .removeNode */ .bf)(duplicate);
                this.note(`environment variable ${variable.name}: removed a duplicate entry`);
            }
        }
    }
}
function removeIgnoreCase(text, token) {
    let out = text;
    let at = out.toLowerCase().indexOf(token.toLowerCase());
    while (at >= 0) {
        out = out.slice(0, at) + out.slice(at + token.length);
        at = out.toLowerCase().indexOf(token.toLowerCase(), at);
    }
    return out;
}
function sameAppFile(written, dllPath) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeAppRelativePath */ .Ko)(written) === (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeAppRelativePath */ .Ko)(dllPath);
}
/**
 * The app's dll at the start of `args`, in any spelling: the first argument, or, for an app name with spaces,
 * the unquoted `.\My Web App.dll` the SDK writes (which splits into several arguments).
 */
function leadingAppArgument(args, dllPath) {
    const first = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .splitArguments */ .vj)(args)[0];
    if (first && sameAppFile(first.text, dllPath))
        return first;
    const name = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeAppRelativePath */ .Ko)(dllPath);
    const match = /^\s*((?:\.[\\/])*)(\S[^]*)$/.exec(args);
    const rest = match?.[2] ?? '';
    const next = rest.charAt(name.length);
    if (name.includes(' ') &&
        rest.slice(0, name.length).toLowerCase() === name &&
        (next === '' || /\s/.test(next)))
        return {
            text: args.slice(0, args.length - rest.length + name.length).trim(),
            end: args.length - rest.length + name.length
        };
    return undefined;
}
// ---------------------------------------------------------------------------------------------------------------
// What the rest of the deploy needs to know from a web.config.
/** The effective hosting model of the app: absent or empty = out-of-process (§2.1); undefined if unknown. */
function readHostingModel(input, file = 'web.config') {
    const root = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .toDocument */ .JY)(input, file).root;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effectiveHostingModel */ .Vs)((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .appAspNetCoreElement */ .Ky)(root));
}
/**
 * Where ANCM writes stdout logs, so the IIS step can create the folder and grant the pool identity write access
 * (§2.1: `.`-relative = site root; ANCM creates missing folders only if the identity may).
 */
function stdoutLogPath(input, file = 'web.config') {
    const root = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .toDocument */ .JY)(input, file).root;
    const aspNetCore = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .appAspNetCoreElement */ .Ky)(root);
    if (!aspNetCore)
        return undefined;
    const prefix = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(aspNetCore, 'stdoutLogFile')?.trim() || '.\\aspnetcore-stdout';
    const enabled = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .equalsIgnoreCase */ .Q_)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .getAttribute */ .D$)(aspNetCore, 'stdoutLogEnabled')?.trim(), 'true');
    const windowsPath = prefix.replace(/\//g, '\\');
    const relative = !node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(windowsPath) && !/^[a-z]:/i.test(windowsPath);
    const directory = node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.dirname(windowsPath);
    return {
        enabled,
        prefix,
        directory: relative ? node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.normalize(directory) : directory,
        relative
    };
}


/***/ }),

/***/ 8429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ validatePublishFolder),
/* harmony export */   RC: () => (/* binding */ validateWebConfig),
/* harmony export */   vy: () => (/* binding */ validateWebConfigFile)
/* harmony export */ });
/* unused harmony export parseTimeSpan */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7864);
/* harmony import */ var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(461);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2851);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9366);
/* harmony import */ var _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6233);
/* harmony import */ var _web_config_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8963);
// Validates a web.config for the ASP.NET Core Module and reports every problem at `file:line:col`.
// Facts: windows-facts §2.1 (the ANCM V2 schema: attributes, types, ranges), §2.2 (handler entry, sub-applications,
// stdout logs), §2.4 (checklist), §6 (shadow copy); the Hosting guide seed (web.config location, ignored
// sections). Problems IIS would refuse the file for (500.19) or that stop the app are errors; settings that are
// ignored, risky or unknown are warnings.








/** The `system.webServer/aspNetCore` attributes of aspnetcore_schema_v2.xml (§2.1). */
const ASPNETCORE_ATTRIBUTES = {
    processPath: { kind: 'string' },
    arguments: { kind: 'string' },
    startupTimeLimit: { kind: 'uint', min: 0, max: 3600, unit: 'seconds' },
    shutdownTimeLimit: { kind: 'uint', min: 0, max: 600, unit: 'seconds' },
    rapidFailsPerMinute: { kind: 'uint', min: 0, max: 100, unit: 'failures' },
    // timeSpanRange "0,1296000,1": 0 to 360 hours, in whole seconds.
    requestTimeout: { kind: 'timespan', maxSeconds: 1_296_000 },
    stdoutLogEnabled: { kind: 'bool' },
    stdoutLogFile: { kind: 'string' },
    processesPerApplication: { kind: 'uint', min: 1, max: 100, unit: 'processes' },
    forwardWindowsAuthToken: { kind: 'bool' },
    disableStartUpErrorPage: { kind: 'bool' },
    hostingModel: { kind: 'string' }
};
const ASPNETCORE_CHILDREN = ['environmentVariables', 'handlerSettings', 'recycleOnFileChange'];
/** handlerSetting names ANCM reads (§2.1), with the values it understands. */
const HANDLER_SETTINGS = {
    handlerVersion: 'string',
    enableShadowCopy: 'bool',
    experimentalEnableShadowCopy: 'bool',
    shadowCopyDirectory: 'string',
    cleanShadowCopyDirectory: 'bool',
    disallowRotationOnConfigChange: 'bool',
    shutdownDelay: 'int',
    debugFile: 'string',
    debugLevel: 'debug-level',
    stackSize: 'hex-or-int',
    setCurrentDirectory: 'bool',
    callStartupHook: 'bool',
    suppressRecycleOnStartupTimeout: 'bool'
};
const DEBUG_LEVEL_TOKENS = ['error', 'warning', 'info', 'trace', 'console', 'eventlog', 'file'];
/** ASP.NET 4 sections ASP.NET Core never reads (Hosting guide, "Configuration sections of web.config"). */
const IGNORED_SECTIONS = {
    appSettings: 'move the settings to appsettings.json or environment variables',
    connectionStrings: 'move them to appsettings.json, environment variables or a secret store',
    'system.web': 'IIS settings belong in <system.webServer> (request limits: <security><requestFiltering>)'
};
const LAUNCHER_ARGS = /%LAUNCHER_ARGS%|-argFile\s+IISExeLauncherArgs\.txt/i;
/** Validates web.config text (or a parsed document). Never throws for a bad document: it reports it. */
function validateWebConfig(input, options) {
    let doc;
    try {
        doc = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .toDocument */ .JY)(input, options.file);
    }
    catch (error) {
        if (error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .WebConfigError */ .R5)
            return error.diagnostics;
        throw error;
    }
    const sink = new _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .DiagnosticSink */ .b9(options.file, doc);
    new Validator(doc, sink, options).run();
    return sink.diagnostics;
}
/** Reads and validates a file: missing, directory, binary, empty and non-UTF-8 files are reported, not thrown. */
function validateWebConfigFile(file, options = {}) {
    const name = options.displayName ?? file;
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
        return [missingFile(name)];
    try {
        const source = (0,_web_config_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readWebConfigSource */ .U_)(file, name);
        return validateWebConfig(source.text, { ...options, file: name });
    }
    catch (error) {
        if (error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .WebConfigError */ .R5)
            return error.diagnostics;
        throw error;
    }
}
/** The publish folder's web.config, validated against the folder. A missing web.config is an error. */
function validatePublishFolder(publishDir, options = {}) {
    const file = (0,_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .findWebConfig */ .Qw)(publishDir);
    if (!file) {
        const missing = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(publishDir, 'web.config');
        return { file: missing, diagnostics: [missingFile(missing)] };
    }
    return { file, diagnostics: validateWebConfigFile(file, { ...options, publishDir }) };
}
/** The Hosting guide: without web.config, IIS may serve the app's sensitive files. */
function missingFile(file) {
    return {
        severity: 'error',
        rule: 'missing-file',
        file,
        line: 0,
        column: 0,
        message: 'web.config does not exist. Without it IIS does not hand requests to the ASP.NET Core Module and may serve ' +
            'sensitive files (appsettings.json, *.deps.json, *.runtimeconfig.json) as static content. Deploy the ' +
            "web.config that dotnet publish writes, or use 'web-config: transform' (CLI: web-config transform) to generate it."
    };
}
class Validator {
    doc;
    sink;
    options;
    constructor(doc, sink, options) {
        this.doc = doc;
        this.sink = sink;
        this.options = options;
    }
    run() {
        const root = this.doc.root;
        if (root.name !== 'configuration') {
            this.sink.error('root-element', root.offset, `The root element is <${root.name}>: a web.config has <configuration> as its root.`);
            return;
        }
        this.checkXdtLeftovers(root);
        this.checkIgnoredSections(root);
        const sections = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .appWebServerSections */ .l_)(root);
        if (sections.length === 0) {
            const elsewhere = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(root, 'location').find((l) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(l, 'system.webServer').length);
            this.sink.error('system-webserver-missing', root.offset, elsewhere
                ? `<system.webServer> appears only under <location path="${(0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(elsewhere, 'path')}">, which does not apply to the app itself: put it directly under <configuration> or under <location path=".">.`
                : 'No <system.webServer> section: IIS will not run the app through the ASP.NET Core Module. ' +
                    "Add the handler and <aspNetCore> element (or use 'web-config: transform').");
            return;
        }
        this.checkDuplicateSections(sections);
        const handler = this.checkHandlers(sections);
        const aspNetCore = sections.flatMap((s) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(s, 'aspNetCore'))[0];
        if (!aspNetCore) {
            this.sink.error('aspnetcore-missing', sections[0].offset, 'No <aspNetCore> element in <system.webServer>: the module does not know what to start. ' +
                'Add <aspNetCore processPath="dotnet" arguments=".\\MyApp.dll" /> (or use \'web-config: transform\').');
            return;
        }
        this.checkAspNetCore(aspNetCore, handler);
    }
    // ---- document-wide --------------------------------------------------------------------------------------
    checkXdtLeftovers(root) {
        // Iterative walk: a hostile, deeply nested file must not exhaust the stack.
        const stack = [root];
        while (stack.length) {
            const element = stack.pop();
            const attribute = element.attributes.find((a) => /^xdt:/i.test(a.name));
            if (attribute) {
                this.sink.warning('xdt-leftover', attribute.offset, `<${element.name}> still has ${attribute.name}: this is an XDT transform file, or a transform was never applied. ` +
                    "Apply it with 'xdt-transforms' instead of deploying it.");
            }
            for (let i = element.children.length - 1; i >= 0; i--) {
                const child = element.children[i];
                if (child?.type === 'element')
                    stack.push(child);
            }
        }
    }
    checkIgnoredSections(root) {
        const parents = [root, ...(0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(root, 'location')];
        for (const parent of parents) {
            for (const element of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(parent)) {
                const fix = IGNORED_SECTIONS[element.name];
                if (fix) {
                    this.sink.warning('ignored-section', element.offset, `<${element.name}> is ignored by ASP.NET Core apps: ${fix}.`);
                }
            }
        }
    }
    checkDuplicateSections(sections) {
        const seen = new Map();
        for (const section of sections) {
            for (const element of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(section)) {
                const first = seen.get(element.name);
                if (first) {
                    this.sink.error('duplicate-section', element.offset, `<${element.name}> is defined twice for the app (first at line ${this.line(first)}): IIS refuses ` +
                        'the file with a 500.19 "duplicate section" error. Merge them into one.');
                }
                else
                    seen.set(element.name, element);
            }
        }
    }
    // ---- handlers --------------------------------------------------------------------------------------------
    /** Replays the handler collection (add/remove/clear) like IIS and returns the live ASP.NET Core handler. */
    checkHandlers(sections) {
        const handlersElements = sections.flatMap((s) => (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(s, 'handlers'));
        let live = [];
        let removedBy;
        let guarded = false;
        for (const handlers of handlersElements) {
            for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(handlers)) {
                if (child.name === 'clear') {
                    if (live.length)
                        removedBy = child;
                    live = [];
                    guarded = true;
                }
                else if (child.name === 'remove' && (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isAspNetCoreName */ .Q4)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(child, 'name'))) {
                    if (live.some((a) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isAspNetCoreName */ .Q4)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(a, 'name'))))
                        removedBy = child;
                    live = live.filter((a) => !(0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isAspNetCoreName */ .Q4)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(a, 'name')));
                    guarded = true;
                }
                else if (child.name === 'add' && (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isAspNetCoreHandler */ .BH)(child)) {
                    const name = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(child, 'name') ?? '';
                    const same = live.find((a) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(a, 'name'), name));
                    if (same || live.length) {
                        this.sink.error('handler-duplicate', child.offset, same
                            ? `A second handler named "${name}" (first at line ${this.line(same)}): IIS refuses the file ` +
                                '(500.19 "Cannot add duplicate collection entry"). Keep one.'
                            : `A second handler for the ASP.NET Core Module (first at line ${this.line(live[0])}): ` +
                                'keep exactly one <add name="aspNetCore" ... />.');
                    }
                    if (!same)
                        live.push(child);
                    if (this.options.subApplication && !guarded) {
                        this.sink.warning('sub-application-handler', child.offset, 'In a sub-application this <add> collides with the handler inherited from the parent ASP.NET Core ' +
                            'app (500.19) unless the parent uses <location path="." inheritInChildApplications="false">: put ' +
                            '<remove name="aspNetCore" /> before it (sub-application mode).');
                    }
                    removedBy = undefined;
                }
            }
        }
        if (live.length === 0) {
            if (removedBy) {
                this.sink.error('handler-removed', removedBy.offset, `<${removedBy.name}${removedBy.name === 'remove' ? ' name="aspNetCore"' : ''} /> comes after the ` +
                    "handler's <add> and removes it: requests never reach the app. Put it before the <add>.");
            }
            else if (this.options.subApplication) {
                this.sink.warning('sub-application-handler', (handlersElements[0] ?? sections[0]).offset, "No aspNetCore handler: the app relies on the parent's, which it does not inherit when the parent uses " +
                    'inheritInChildApplications="false" (what dotnet publish writes). Add <remove name="aspNetCore" /> ' +
                    'and its own <add> (sub-application mode).');
            }
            else {
                this.sink.error('handler-missing', (handlersElements[0] ?? sections[0]).offset, 'No <add name="aspNetCore" ... /> handler: IIS will not hand requests to the ASP.NET Core Module. Add ' +
                    '<add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" /> ' +
                    "to <handlers> (or use 'web-config: transform').");
            }
            return undefined;
        }
        for (const add of live)
            this.checkHandlerEntry(add);
        return live[0];
    }
    checkHandlerEntry(add) {
        const modules = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(add, 'modules');
        const value = modules ? (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(modules.rawValue).trim() : undefined;
        if (value === undefined || value === '') {
            this.sink.error('handler-attributes', modules?.valueOffset ?? add.offset, `The aspNetCore handler has no modules: write modules="${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V2 */ .g6}".`);
        }
        else if ((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(value, _model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V1 */ .$M)) {
            this.sink.warning('handler-module', modules.valueOffset, `modules="${value}" is the ASP.NET Core Module V1, not shipped since ASP.NET Core 3.0 (no in-process ` +
                `hosting): use ${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V2 */ .g6}.`);
        }
        else if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(value, _model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V2 */ .g6)) {
            this.sink.error('handler-module', modules.valueOffset, `modules="${value}": the ASP.NET Core handler must use ${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V2 */ .g6}.`);
        }
        for (const [name, expected, consequence] of [
            ['path', '*', 'only matching URLs reach the app'],
            ['verb', '*', 'other HTTP methods never reach the app']
        ]) {
            const attribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(add, name);
            if (!attribute) {
                this.sink.error('handler-attributes', add.offset, `The aspNetCore handler has no ${name} attribute, which IIS requires (500.19): write ${name}="${expected}".`);
            }
            else if ((0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(attribute.rawValue).trim() !== expected) {
                this.sink.warning('handler-attributes', attribute.valueOffset, `${name}="${(0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(attribute.rawValue)}": ${consequence}; dotnet publish writes ${name}="${expected}".`);
            }
        }
        const resourceType = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(add, 'resourceType');
        if (resourceType !== undefined && !(0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(resourceType.trim(), 'Unspecified')) {
            this.sink.warning('handler-attributes', (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(add, 'resourceType').valueOffset, `resourceType="${resourceType}": IIS then only passes requests for existing files or folders, so app routes ` +
                'answer 404; write resourceType="Unspecified".');
        }
    }
    // ---- aspNetCore ------------------------------------------------------------------------------------------
    checkAspNetCore(aspNetCore, handler) {
        for (const attribute of aspNetCore.attributes) {
            if (attribute.name.includes(':') || attribute.name === 'xmlns')
                continue;
            if (ASPNETCORE_ATTRIBUTES[attribute.name])
                continue;
            const known = Object.keys(ASPNETCORE_ATTRIBUTES).find((k) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(attribute.name, k));
            this.sink.warning('unknown-attribute', attribute.offset, known
                ? `Unknown attribute ${attribute.name}: attribute names are case-sensitive, did you mean ${known}?`
                : `Unknown attribute ${attribute.name} on <aspNetCore>: the installed module may reject the file ` +
                    '(500.19) or ignore it.');
        }
        const hostingModel = this.checkHostingModel(aspNetCore, handler);
        this.checkProcess(aspNetCore);
        for (const [name, type] of Object.entries(ASPNETCORE_ATTRIBUTES)) {
            const attribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(aspNetCore, name);
            if (attribute)
                this.checkTypedAttribute(name, type, attribute, hostingModel);
        }
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(aspNetCore, 'stdoutLogEnabled')?.trim(), 'true')) {
            const file = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(aspNetCore, 'stdoutLogFile') ?? '.\\aspnetcore-stdout';
            this.sink.warning('stdout-log-enabled', (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(aspNetCore, 'stdoutLogEnabled').valueOffset, `stdoutLogEnabled="true": stdout logs (${file}_*.log) are never rotated or size-limited, and the app pool ` +
                'identity needs write access to their folder. Use them only to troubleshoot start-up, then set ' +
                'stdoutLogEnabled="false".');
        }
        const seen = new Set();
        for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(aspNetCore)) {
            if (!ASPNETCORE_CHILDREN.includes(child.name)) {
                this.sink.warning('unknown-element', child.offset, `Unknown element <${child.name}> in <aspNetCore> (known: ${ASPNETCORE_CHILDREN.join(', ')}).`);
                continue;
            }
            if (seen.has(child.name)) {
                this.sink.error(child.name === 'environmentVariables' ? 'environment-variables' : 'duplicate-section', child.offset, `<${child.name}> appears twice in <aspNetCore>: IIS refuses the file (500.19). Merge them.`);
            }
            seen.add(child.name);
            if (child.name === 'environmentVariables')
                this.checkEnvironmentVariables(child);
            else if (child.name === 'handlerSettings')
                this.checkHandlerSettings(child, hostingModel);
            else
                this.checkRecycleOnFileChange(child);
        }
    }
    checkHostingModel(aspNetCore, handler) {
        const attribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(aspNetCore, 'hostingModel');
        if (attribute) {
            const value = (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(attribute.rawValue);
            if (value === '') {
                this.sink.warning('hosting-model', attribute.valueOffset, 'hostingModel="" means out-of-process: write hostingModel="outofprocess" (or "inprocess") to say which.');
            }
            else if (!/^(inprocess|outofprocess)$/i.test(value)) {
                this.sink.error('hosting-model', attribute.valueOffset, `hostingModel="${value}": the module accepts only inprocess or outofprocess and fails with ` +
                    '"Unknown hosting model".');
                return undefined;
            }
        }
        const model = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveHostingModel */ .Vs)(aspNetCore);
        const modules = handler ? (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(handler, 'modules')?.trim() : undefined;
        if (model === 'inprocess' && (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(modules, _model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V1 */ .$M)) {
            this.sink.error('inprocess-v1', attribute?.valueOffset ?? aspNetCore.offset, `In-process hosting is not supported by ${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V1 */ .$M} (V1): use modules="${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODULE_V2 */ .g6}" or hostingModel="outofprocess".`);
        }
        return model;
    }
    checkProcess(aspNetCore) {
        const processAttribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(aspNetCore, 'processPath');
        const processPath = processAttribute ? (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(processAttribute.rawValue).trim() : '';
        if (!processAttribute || processPath === '') {
            this.sink.error('process-path-missing', processAttribute?.valueOffset ?? aspNetCore.offset, `${processAttribute ? 'processPath is empty' : 'No processPath'}: the module cannot start the app. Write ` +
                'processPath="dotnet" with arguments=".\\MyApp.dll" (framework-dependent) or processPath=".\\MyApp.exe" ' +
                '(self-contained).');
        }
        else if (/%LAUNCHER_PATH%/i.test(processPath)) {
            this.sink.error('launcher-placeholder', processAttribute.valueOffset, 'processPath="%LAUNCHER_PATH%" is the Visual Studio development web.config: only Visual Studio sets that ' +
                "variable. Deploy the output of 'dotnet publish', or use 'web-config: transform'.");
            return;
        }
        const argumentsAttribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(aspNetCore, 'arguments');
        const args = argumentsAttribute ? (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(argumentsAttribute.rawValue) : '';
        if (argumentsAttribute && LAUNCHER_ARGS.test(args)) {
            this.sink.error('launcher-placeholder', argumentsAttribute.valueOffset, `arguments="${args}" holds Visual Studio launcher placeholders that only Visual Studio fills: deploy the ` +
                "output of 'dotnet publish', or use 'web-config: transform'.");
            return;
        }
        if (processPath === '')
            return;
        const publishDir = this.options.publishDir;
        const frameworkDependent = /(^|[\\/])dotnet(\.exe)?$/i.test(processPath);
        const tokens = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .splitArguments */ .vj)(args);
        const dllTokens = tokens.filter((t) => /\.dll$/i.test(t.text));
        const tokenOffset = (start) => argumentsAttribute && (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(argumentsAttribute.rawValue) === argumentsAttribute.rawValue
            ? argumentsAttribute.valueOffset + start
            : (argumentsAttribute?.valueOffset ?? aspNetCore.offset);
        if (frameworkDependent) {
            const dll = dllTokens[0];
            if (!dll) {
                if (!args.includes('%')) {
                    this.sink.error('arguments-file', argumentsAttribute?.valueOffset ?? processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}" runs a framework-dependent app, but arguments names no .dll: write ` +
                        'arguments=".\\MyApp.dll" (the app\'s assembly first).');
                }
                return;
            }
            const twice = dllTokens.find((t, i) => i > 0 && t.text.toLowerCase() === dll.text.toLowerCase());
            if (twice) {
                this.sink.warning('arguments-file', tokenOffset(twice.start), `arguments names ${dll.text} twice: the app receives its own path as an argument. Keep it once, first.`);
            }
            if (!publishDir)
                return;
            const found = (0,_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .lookupPublishFile */ .o5)(publishDir, dll.text);
            if (found.status === 'missing') {
                this.sink.error('arguments-file', tokenOffset(dll.start), `arguments names ${dll.text}, but the publish folder has no such file (${found.path}): the app fails ` +
                    "to start (502.5/500.30). Fix the name or set 'app-name'.");
            }
            else if (found.status === 'found') {
                const config = (0,_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .findFileIgnoreCase */ .Q6)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(found.path), `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(found.path).replace(/\.dll$/i, '')}.runtimeconfig.json`);
                if (!config) {
                    this.sink.error('runtimeconfig-missing', tokenOffset(dll.start), `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(found.path)} has no ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(found.path).replace(/\.dll$/i, '')}.runtimeconfig.json ` +
                        'next to it: dotnet cannot tell which runtime to load ("hostpolicy.dll ... not found"). Deploy the ' +
                        'complete output of dotnet publish.');
                }
            }
            return;
        }
        if (!publishDir)
            return;
        let found = (0,_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .lookupPublishFile */ .o5)(publishDir, processPath);
        if (found.status === 'missing' && !/\.[a-z0-9]+$/i.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.basename(processPath))) {
            const withExe = (0,_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .lookupPublishFile */ .o5)(publishDir, `${processPath}.exe`);
            if (withExe.status === 'found')
                found = withExe;
        }
        if (found.status === 'missing') {
            this.sink.error('process-path-file', processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}", but the publish folder has no such file (${found.path}): the app fails to ` +
                'start (502.5/500.30). A framework-dependent app uses processPath="dotnet" with arguments=".\\MyApp.dll".');
        }
    }
    checkTypedAttribute(name, type, attribute, hostingModel) {
        const value = (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(attribute.rawValue);
        const at = attribute.valueOffset;
        if (type.kind === 'bool') {
            if (!/^(true|false)$/i.test(value))
                this.sink.error('attribute-format', at, `${name}="${value}": write true or false (IIS refuses the file).`);
            return;
        }
        if (type.kind === 'uint') {
            if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) {
                this.sink.error('attribute-format', at, `${name}="${value}" is not a whole number (${type.min}–${type.max} ${type.unit}): IIS refuses the file (500.19).`);
                return;
            }
            const number = Number(value);
            if (number < type.min || number > type.max) {
                this.sink.error('attribute-range', at, `${name}="${value}" is outside ${type.min}–${type.max} ${type.unit}: IIS refuses the file (500.19).`);
                return;
            }
            if (name === 'startupTimeLimit' && number === 0) {
                this.sink.warning('attribute-range', at, 'startupTimeLimit="0" does not mean "no limit": give the app the seconds it needs to start (default 120).');
            }
            if (hostingModel === 'inprocess' && name === 'rapidFailsPerMinute') {
                this.sink.warning('ignored-in-process', at, 'rapidFailsPerMinute applies to out-of-process hosting only: in-process it is ignored.');
            }
            if (hostingModel === 'inprocess' && name === 'processesPerApplication' && number > 1) {
                this.sink.warning('ignored-in-process', at, `processesPerApplication="${value}" is ignored in-process: in-process hosting runs one app per worker process.`);
            }
            return;
        }
        if (type.kind === 'timespan') {
            const seconds = parseTimeSpan(value);
            if (seconds === undefined) {
                this.sink.error('attribute-format', at, `${name}="${value}" is not a time span: write hh:mm:ss (e.g. 00:02:00) or d.hh:mm:ss (IIS refuses the file).`);
                return;
            }
            if (!Number.isInteger(seconds) || seconds > type.maxSeconds) {
                this.sink.error('attribute-range', at, `${name}="${value}" is outside 00:00:00–360:00:00 in whole seconds: IIS refuses the file (500.19).`);
                return;
            }
            if (name === 'requestTimeout' && hostingModel === 'inprocess') {
                this.sink.warning('ignored-in-process', at, 'requestTimeout is ignored with in-process hosting (it limits how long the module waits for an ' +
                    'out-of-process app): remove it, or use hostingModel="outofprocess".');
            }
        }
    }
    // ---- collections -----------------------------------------------------------------------------------------
    checkEnvironmentVariables(element) {
        const seen = new Map();
        for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(element)) {
            if (child.name === 'clear') {
                seen.clear();
                continue;
            }
            if (child.name !== 'environmentVariable') {
                this.sink.error('environment-variables', child.offset, `<${child.name}> is not allowed in <environmentVariables> (only <environmentVariable name="..." ` +
                    'value="..." /> and <clear />): IIS refuses the file (500.19).');
                continue;
            }
            const name = this.checkNameValueEntry(child, 'environment-variables', 'environmentVariable');
            if (name === undefined)
                continue;
            if (name.includes('=')) {
                this.sink.error('environment-variables', (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(child, 'name').valueOffset, `Environment variable name "${name}" contains "=": Windows environment names cannot.`);
                continue;
            }
            const first = seen.get(name.toLowerCase());
            if (first) {
                this.sink.error('environment-variable-duplicate', child.offset, `${name} is set twice (first at line ${this.line(first)}; names are case-insensitive on Windows): ` +
                    'only one value reaches the app. Keep one.');
            }
            else
                seen.set(name.toLowerCase(), child);
            this.checkWellKnownVariable(child, name);
        }
    }
    checkWellKnownVariable(entry, name) {
        // The value is never quoted in messages: it may be a secret.
        const value = ((0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(entry, 'value') ?? '').trim();
        const at = entry.offset;
        const upper = name.toUpperCase();
        if ((upper === 'ASPNETCORE_ENVIRONMENT' || upper === 'DOTNET_ENVIRONMENT') &&
            (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(value, 'Development')) {
            this.sink.warning('environment-development', at, `${name} is Development: the app shows detailed error pages (exception details, source) to every visitor. ` +
                'Use Production or Staging on a server.');
        }
        else if (upper === 'ASPNETCORE_DETAILEDERRORS' && /^(1|true)$/i.test(value)) {
            this.sink.warning('environment-development', at, 'ASPNETCORE_DETAILEDERRORS is on: start-up errors with details are shown to every visitor.');
        }
        else if (upper === 'ANCM_LAUNCHER_PATH' || upper === 'ANCM_LAUNCHER_ARGS') {
            this.sink.warning('environment-variables', at, `${name} overrides processPath/arguments (a Visual Studio setting): remove it from a deployed web.config.`);
        }
    }
    /** Checks `name` and `value` of a collection entry; returns the name when it is usable. */
    checkNameValueEntry(entry, rule, kind) {
        for (const attribute of entry.attributes) {
            if (attribute.name !== 'name' && attribute.name !== 'value' && !attribute.name.includes(':')) {
                this.sink.warning('unknown-attribute', attribute.offset, `Unknown attribute ${attribute.name} on <${kind}>.`);
            }
        }
        const nameAttribute = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(entry, 'name');
        const name = nameAttribute ? (0,_core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEntities */ .Sm)(nameAttribute.rawValue) : undefined;
        if (!(0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(entry, 'value')) {
            this.sink.error(rule, entry.offset, `<${kind}${name ? ` name="${name}"` : ''}> has no value attribute, which IIS requires (use value="" for ` +
                'an empty value).');
        }
        if (name === undefined || name.trim() === '') {
            this.sink.error(rule, nameAttribute?.valueOffset ?? entry.offset, `<${kind}> has ${name === undefined ? 'no' : 'an empty'} name: IIS refuses the file (500.19).`);
            return undefined;
        }
        if (name !== name.trim()) {
            this.sink.warning(rule, nameAttribute.valueOffset, `The name "${name}" has spaces around it, which become part of the name.`);
        }
        return name;
    }
    checkHandlerSettings(element, hostingModel) {
        const seen = new Map();
        const values = new Map();
        for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(element)) {
            if (child.name === 'clear') {
                seen.clear();
                values.clear();
                continue;
            }
            if (child.name !== 'handlerSetting') {
                this.sink.error('handler-settings', child.offset, `<${child.name}> is not allowed in <handlerSettings> (only <handlerSetting name="..." value="..." /> and ` +
                    '<clear />): IIS refuses the file (500.19).');
                continue;
            }
            const name = this.checkNameValueEntry(child, 'handler-settings', 'handlerSetting');
            if (name === undefined)
                continue;
            const first = seen.get(name.toLowerCase());
            if (first) {
                this.sink.error('handler-settings', child.offset, `handlerSetting ${name} is set twice (first at line ${this.line(first)}): keep one.`);
                continue;
            }
            seen.set(name.toLowerCase(), child);
            const value = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(child, 'value') ?? '';
            values.set(name.toLowerCase(), value);
            const known = Object.keys(HANDLER_SETTINGS).find((k) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(name, k));
            const valueAt = (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .findAttribute */ .Oh)(child, 'value')?.valueOffset ?? child.offset;
            if (!known) {
                this.sink.warning('handler-settings', child.offset, `Unknown handlerSetting ${name}: the module ignores it (known: ${Object.keys(HANDLER_SETTINGS).join(', ')}).`);
                continue;
            }
            const type = HANDLER_SETTINGS[known];
            const bad = (type === 'bool' && !/^(true|false)$/i.test(value.trim())) ||
                (type === 'int' && !/^\d+$/.test(value.trim())) ||
                (type === 'hex-or-int' && !/^(0x[0-9a-f]+|\d+)$/i.test(value.trim())) ||
                (type === 'debug-level' &&
                    !value
                        .split(/[,\s]+/)
                        .filter(Boolean)
                        .every((t) => DEBUG_LEVEL_TOKENS.includes(t.toLowerCase())));
            if (bad) {
                const expected = type === 'bool'
                    ? 'true or false'
                    : type === 'int'
                        ? 'a whole number of milliseconds'
                        : type === 'hex-or-int'
                            ? 'a byte count such as 0x100000'
                            : `a comma list of ${DEBUG_LEVEL_TOKENS.map((t) => t.toUpperCase()).join(', ')}`;
                this.sink.warning('handler-settings', valueAt, `handlerSetting ${known}="${value}": expected ${expected}.`);
            }
            if (known === 'handlerVersion' && hostingModel === 'inprocess') {
                this.sink.warning('ignored-in-process', child.offset, 'handlerSetting handlerVersion pins the out-of-process handler: it is ignored in-process.');
            }
        }
        const shadow = values.get('enableshadowcopy') ?? values.get('experimentalenableshadowcopy');
        if (shadow !== undefined &&
            (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .equalsIgnoreCase */ .Q_)(shadow.trim(), 'true') &&
            !values.get('shadowcopydirectory')) {
            this.sink.warning('handler-settings', element.offset, 'Shadow copying is on without shadowCopyDirectory: set it to a folder of this app only (e.g. ' +
                "../ShadowCopyDirectory/MyApp/); apps sharing one folder delete each other's copies (dotnet/aspnetcore#50531).");
        }
    }
    checkRecycleOnFileChange(element) {
        for (const child of (0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .childElements */ .AR)(element)) {
            if (child.name === 'clear')
                continue;
            if (child.name !== 'file') {
                this.sink.error('unknown-element', child.offset, `<${child.name}> is not allowed in <recycleOnFileChange> (only <file path="..." /> and <clear />).`);
            }
            else if (!(0,_core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getAttribute */ .D$)(child, 'path')?.trim()) {
                this.sink.error('unknown-element', child.offset, '<file> in <recycleOnFileChange> needs a non-empty path.');
            }
        }
    }
    line(element) {
        return this.doc.position(element.offset).line;
    }
}
/** Seconds in an IIS time span (`hh:mm:ss`, `d.hh:mm:ss`, optional `.fraction`), or undefined if malformed. */
function parseTimeSpan(value) {
    const match = /^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(value.trim());
    if (!match)
        return undefined;
    const [, days, hours, minutes, secs, fraction] = match;
    const h = Number(hours);
    const m = Number(minutes);
    const s = Number(secs);
    if (m > 59 || s > 59 || (days !== undefined && h > 23))
        return undefined;
    const total = Number(days ?? 0) * 86_400 + h * 3600 + m * 60 + s;
    return fraction && Number(fraction) > 0 ? total + Number(`0.${fraction}`) : total;
}


/***/ }),

/***/ 8963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U_: () => (/* binding */ readWebConfigSource),
/* harmony export */   zP: () => (/* binding */ encodeWebConfig)
/* harmony export */ });
/* unused harmony exports declaredEncoding, decodeWebConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(926);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2851);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9366);
// Reading and writing web.config bytes without changing their encoding: UTF-8 with or without BOM as found,
// UTF-16 with its BOM. Anything else (a Windows-1252 file, a binary file) is refused before we could corrupt it.




/** The `encoding` of the XML declaration, lower-cased, or undefined. */
function declaredEncoding(text) {
    const match = /^\uFEFF?\s*<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
    return match?.[1]?.toLowerCase();
}
function fail(file, message, rule = 'not-well-formed', line = 1) {
    throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .WebConfigError */ .R5([{ severity: 'error', rule, file, line, column: line ? 1 : 0, message }]);
}
/** Decodes web.config bytes; `file` names it in errors. */
function decodeWebConfig(bytes, file) {
    let text;
    try {
        text = (0,_core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeXmlBytes */ .vK)(bytes, file);
    }
    catch (error) {
        if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlReadError */ .mI)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .WebConfigError */ .R5([(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .readErrorDiagnostic */ .aX)(error)]);
        throw error;
    }
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'utf16be'
            : 'utf8';
    const declared = declaredEncoding(text);
    if (encoding === 'utf8') {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            fail(file, `The file is not UTF-8${declared ? ` (it declares encoding="${declared}")` : ''}: save it as UTF-8, which IIS and this tool read safely.`, 'encoding');
        }
        if (declared && declared !== 'utf-8' && declared !== 'utf8') {
            fail(file, `The file is UTF-8 but declares encoding="${declared}": write encoding="utf-8".`, 'encoding');
        }
    }
    else if (declared && !declared.startsWith('utf-16') && declared !== 'unicode') {
        fail(file, `The file is UTF-16 but declares encoding="${declared}": write encoding="utf-16".`, 'encoding');
    }
    return { file, text, encoding };
}
/** Reads a web.config. A missing file, a directory, a binary or non-UTF file is a WebConfigError. */
function readWebConfigSource(file, displayName = file) {
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file);
    }
    catch {
        fail(displayName, 'The file does not exist.', 'missing-file', 0);
    }
    if (stat.isDirectory())
        fail(displayName, 'This is a directory, not a web.config file.', 'not-well-formed', 0);
    return decodeWebConfig(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file), displayName);
}
/** Encodes text the way the source was encoded (a UTF-16 file gets its BOM back). */
function encodeWebConfig(text, encoding) {
    if (encoding === 'utf8')
        return Buffer.from(text, 'utf8');
    const body = Buffer.from(`\uFEFF${text.replace(/^\uFEFF/, '')}`, 'utf16le');
    if (encoding === 'utf16be')
        body.swap16();
    return body;
}


/***/ })

};
