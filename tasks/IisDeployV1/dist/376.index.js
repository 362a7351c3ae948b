"use strict";
exports.id = 376;
exports.ids = [376];
exports.modules = {

/***/ 7706:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Files of the app folder named by a list input (`json-files`, `xml-files`): a plain path must exist, a glob picks
// among the files with the input's extension. One rule for every input that names settings files.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveAppFiles = resolveAppFiles;
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const glob_js_1 = __webpack_require__(5153);
/** Relative paths of the files of `kind` under `root` (at most 8 folders deep), sorted. */
function listAppFiles(root, kind) {
    const found = [];
    const walk = (dir, prefix, depth) => {
        if (depth > 8)
            return;
        for (const entry of node_fs_1.default.readdirSync(dir, { withFileTypes: true })) {
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!kind.skippedFolders.has(entry.name.toLowerCase()))
                    walk(node_path_1.default.join(dir, entry.name), relative, depth + 1);
            }
            else if (entry.isFile() && kind.extension.test(entry.name))
                found.push(relative);
        }
    };
    walk(root, '', 0);
    return found.sort();
}
/** The files `patterns` name, in pattern order; a plain path that does not exist is an error. */
function resolveAppFiles(appDir, patterns, kind) {
    const errors = [];
    const result = [];
    let all;
    for (const pattern of patterns) {
        if (!(0, glob_js_1.hasWildcard)(pattern)) {
            const relative = (0, glob_js_1.normalizeRelativePath)(pattern);
            if (node_fs_1.default.existsSync(node_path_1.default.join(appDir, relative))) {
                if (!result.includes(relative))
                    result.push(relative);
            }
            else {
                errors.push(new errors_js_1.InputError(kind.input, `Input '${kind.input}': '${pattern}' is not in the app folder ${appDir}: check the name, it is relative to the app root.`));
            }
            continue;
        }
        all ??= listAppFiles(appDir, kind);
        const { matcher } = (0, glob_js_1.compilePatternList)([pattern], kind.input, true);
        for (const file of all.filter((f) => matcher.matchesFile(f)))
            if (!result.includes(file))
                result.push(file);
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    return result;
}


/***/ }),

/***/ 3785:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Kept for callers of the first version (src/pipeline/default-steps.ts): the encoder lives in encode-document.ts
// and writes go through the shared src/core/atomic-write.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeXmlDocument = void 0;
exports.writeFileAtomically = writeFileAtomically;
const atomic_write_js_1 = __webpack_require__(627);
var encode_document_js_1 = __webpack_require__(6572);
Object.defineProperty(exports, "encodeXmlDocument", ({ enumerable: true, get: function () { return encode_document_js_1.encodeXmlDocument; } }));
/** Writes `data` over `file` through a temporary file and a rename: never half-written. */
function writeFileAtomically(file, data) {
    (0, atomic_write_js_1.writeFileAtomicSync)(file, data);
}


/***/ }),

/***/ 2376:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// `xml-variables` / `secret-xml-variables` (docs/xml-variables.md): `Name=value` written into the app's .config files
// by name, with Octopus' three rules (its ConfigurationVariablesReplacer, see the doc for the comparison with the
// Azure DevOps task):
//   appSettings/add[@key=Name]                  → its `value` attribute (added when missing)
//   connectionStrings/add[@name=Name]            → its `connectionString` attribute (added when missing)
//   applicationSettings//setting[@name=Name]     → the text of its child <value> (added when missing)
// Names compare case-insensitively, element names ignore namespaces. Unlike both peers, a variable that matches
// nothing in any file is an error (never a silent no-op), values are written as given (the ADO task turns `"` into
// `'`) and files keep their formatting, comments and encoding: the lossless model of src/core/xml edits only the
// values that change.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveXmlFiles = resolveXmlFiles;
exports.applyXmlVariables = applyXmlVariables;
exports.writeXmlVariableFiles = writeXmlVariableFiles;
exports.findParameterOverrides = findParameterOverrides;
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const parse_xml_js_1 = __webpack_require__(926);
const xml_edit_js_1 = __webpack_require__(461);
const xml_document_js_1 = __webpack_require__(7864);
const app_files_js_1 = __webpack_require__(7706);
const encode_document_js_1 = __webpack_require__(6572);
const write_output_js_1 = __webpack_require__(3785);
const xpath_js_1 = __webpack_require__(2483);
const XML_FILES = {
    input: 'xml-files',
    extension: /\.config$/i,
    skippedFolders: new Set(['node_modules', '.git'])
};
/** The element name without its prefix: rules ignore namespaces, as Octopus' `local-name()` XPaths do. */
function localName(element) {
    const colon = element.name.indexOf(':');
    return colon < 0 ? element.name : element.name.slice(colon + 1);
}
function sameName(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
/** The files `patterns` name; a plain path that does not exist is an error. */
function resolveXmlFiles(appDir, patterns) {
    return (0, app_files_js_1.resolveAppFiles)(appDir, patterns, XML_FILES);
}
/** Every element named `name` (namespace ignored) directly under an element named `parentName`. */
function childrenOf(doc, parentName, name) {
    const out = [];
    for (const parent of (0, xml_edit_js_1.descendants)(doc)) {
        if (localName(parent) !== parentName)
            continue;
        for (const child of (0, xml_edit_js_1.childElements)(parent))
            if (localName(child) === name)
                out.push(child);
    }
    return out;
}
/** Every `setting` at any depth under an `applicationSettings` element. */
function applicationSettings(doc) {
    const out = [];
    for (const section of (0, xml_edit_js_1.descendants)(doc)) {
        if (localName(section) !== 'applicationSettings')
            continue;
        for (const setting of (0, xml_edit_js_1.descendants)(section))
            if (localName(setting) === 'setting')
                out.push(setting);
    }
    return out;
}
/** Sets the text of `setting`'s `<value>` child (created when missing). Returns the change and the value element. */
function setSettingValue(setting, value) {
    const existing = (0, xml_edit_js_1.childElements)(setting).find((c) => localName(c) === 'value');
    if (existing) {
        if ((0, xml_edit_js_1.textContent)(existing) === value && !existing.children.some((c) => c.type === 'element'))
            return { action: 'unchanged', element: existing };
        existing.children =
            value === '' ? [] : [{ type: 'text', raw: (0, xml_document_js_1.escapeText)(value), parent: existing, offset: -1 }];
        existing.selfClosing = false;
        return { action: 'replaced', element: existing };
    }
    const created = (0, xml_edit_js_1.appendElement)(setting, (0, xml_edit_js_1.createElement)('value'));
    created.tagTail = '';
    created.children =
        value === '' ? [] : [{ type: 'text', raw: (0, xml_document_js_1.escapeText)(value), parent: created, offset: -1 }];
    created.selfClosing = value === '';
    return { action: 'added', element: created };
}
function quoteXPath(value) {
    return value.includes("'") ? `"${value}"` : `'${value}'`;
}
/** The `add` lists a variable replaces by name: which attribute names the entry and which one holds its value. */
const ADD_LISTS = [
    { kind: 'appSettings', key: 'key', value: 'value' },
    { kind: 'connectionStrings', key: 'name', value: 'connectionString' }
];
/** Applies every variable to one document; returns the changes (action unchanged included). */
function applyToDocument(doc, file, variables) {
    const changes = [];
    const lists = ADD_LISTS.map((list) => ({ ...list, entries: childrenOf(doc, list.kind, 'add') }));
    const settings = applicationSettings(doc);
    for (const variable of variables) {
        for (const list of lists) {
            for (const add of list.entries.filter((e) => sameName((0, xml_edit_js_1.getAttribute)(e, list.key), variable.name))) {
                const had = (0, xml_edit_js_1.getAttribute)(add, list.value) !== undefined;
                const changed = (0, xml_edit_js_1.setAttribute)(add, list.value, variable.value);
                const entry = quoteXPath((0, xml_edit_js_1.getAttribute)(add, list.key) ?? '');
                changes.push({
                    file,
                    name: variable.name,
                    kind: list.kind,
                    target: `/configuration/${list.kind}/add[@${list.key}=${entry}]/@${list.value}`,
                    action: !changed ? 'unchanged' : had ? 'replaced' : 'added',
                    secret: variable.secret,
                    element: add,
                    attribute: list.value
                });
            }
        }
        for (const setting of settings.filter((e) => sameName((0, xml_edit_js_1.getAttribute)(e, 'name'), variable.name))) {
            const { action, element } = setSettingValue(setting, variable.value);
            changes.push({
                file,
                name: variable.name,
                kind: 'applicationSettings',
                target: `//applicationSettings//setting[@name=${quoteXPath((0, xml_edit_js_1.getAttribute)(setting, 'name') ?? '')}]/value`,
                action,
                secret: variable.secret,
                element
            });
        }
    }
    return changes;
}
/**
 * Writes the XML variables into the app's .config files. Every problem (a variable no file has, a broken file) is
 * collected and thrown at once as InputErrors; nothing is written then.
 */
function applyXmlVariables(options) {
    const { variables, reporter } = options;
    const documents = new Map();
    if (variables.length === 0)
        return { files: [], changes: [], documents };
    const files = resolveXmlFiles(options.appDir, options.files);
    if (files.length === 0) {
        throw new errors_js_1.InputError('xml-files', `Input 'xml-files' (${options.files.join(', ')}) matches no .config file in ${options.appDir}: 'xml-variables' has nothing to write to.`);
    }
    const errors = [];
    for (const file of files) {
        try {
            documents.set(file, (0, parse_xml_js_1.readXmlFile)(node_path_1.default.join(options.appDir, file)));
        }
        catch (error) {
            if (!(error instanceof parse_xml_js_1.XmlReadError))
                throw error;
            errors.push(new errors_js_1.InputError('xml-files', `${file} cannot be read as XML: ${error.message} Fix the file or leave it out of 'xml-files'.`));
        }
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    const changes = [];
    for (const [file, doc] of documents)
        changes.push(...applyToDocument(doc, file, variables));
    for (const variable of variables) {
        if (changes.some((c) => c.name === variable.name))
            continue;
        const input = variable.secret ? 'secret-xml-variables' : 'xml-variables';
        errors.push(new errors_js_1.InputError(input, `Input '${input}': '${variable.name}' is not an appSettings key, a connection string name or an applicationSettings setting in ${files.join(', ')}. Check the name (compared case-insensitively) or 'xml-files'.`));
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    // Names and places only: values (secret or not) stay out of the log.
    for (const change of changes)
        reporter.info(`${change.file}: ${change.target} ${change.action}`);
    const result = { files, changes, documents };
    if (options.write !== false)
        writeXmlVariableFiles(options.appDir, result);
    return result;
}
/** Writes the files `applyXmlVariables` changed (called with `write: false`); returns their relative paths. */
function writeXmlVariableFiles(appDir, result) {
    const changed = [...new Set(result.changes.filter((c) => c.action !== 'unchanged').map((c) => c.file))];
    for (const file of changed)
        (0, write_output_js_1.writeFileAtomically)(node_path_1.default.join(appDir, file), (0, encode_document_js_1.encodeXmlDocument)(result.documents.get(file)));
    return changed;
}
/** A .NET regex as ECMAScript, case-insensitive (an inline `(?i)` dropped); undefined when it does not compile. */
function scopeRegex(scope) {
    try {
        return new RegExp(scope.replace(/^\(\?[imsx]+\)/, ''), 'i');
    }
    catch {
        return undefined;
    }
}
/** True when `node` is the changed value or holds it (a parameter replacing a whole section replaces it too). */
function covers(node, change) {
    if (node.type === 'attribute')
        return node.owner === change.element && node.attribute.name === change.attribute;
    if (node.type !== 'element')
        return false;
    let current = change.element;
    while (current && current.type === 'element') {
        if (current === node)
            return true;
        current = current.parent;
    }
    return false;
}
/**
 * The changes a Web Deploy package's XmlFile parameter will overwrite when msdeploy applies it (each parameter's
 * `scope` regex against the file's path, its `match` XPath against the file). Such a substitution would be reported
 * and then silently undone (azure-pipelines-tasks #3495): the caller refuses it and names the parameter to set.
 */
function findParameterOverrides(result, parameters) {
    const found = [];
    for (const parameter of parameters) {
        for (const entry of parameter.entries) {
            if (entry.kind.toLowerCase() !== 'xmlfile')
                continue;
            const scope = scopeRegex(entry.scope);
            for (const [file, doc] of result.documents) {
                if (scope && !scope.test(`\\${file.replace(/\//g, '\\')}`))
                    continue;
                let nodes;
                try {
                    nodes = (0, xpath_js_1.selectNodes)(entry.match, doc);
                }
                catch {
                    continue;
                }
                for (const change of result.changes.filter((c) => c.file === file)) {
                    if (nodes.some((n) => covers(n, change)) && !found.some((f) => f.change === change))
                        found.push({ change, parameter: parameter.name });
                }
            }
        }
    }
    return found;
}


/***/ })

};
;