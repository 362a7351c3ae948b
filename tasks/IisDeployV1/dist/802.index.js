"use strict";
exports.id = 802;
exports.ids = [802];
exports.modules = {

/***/ 5458:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Reads and edits JSON with comments and trailing commas (as .NET's JSON configuration provider reads it) with
// jsonc-parser, the parser and editor VS Code uses: a value is replaced or a key added by editing the text in place,
// so indentation, comments, key order, line endings and the BOM stay as they were. What is ours is .NET's meaning
// of a key path: `Logging.LogLevel.Default`, keys matched ignoring case, keys that contain dots, array indexes.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JsonPathError = exports.JsonSyntaxError = void 0;
exports.parseJsonDocument = parseJsonDocument;
exports.jsonValueFor = jsonValueFor;
exports.setJsonValue = setJsonValue;
// Named imports: the package's ESM build (what ncc bundles) has no default export; Node reads the names from its
// CommonJS build.
const jsonc_parser_1 = __webpack_require__(9547);
/** Not JSON; `line`/`column` are 1-based. */
class JsonSyntaxError extends Error {
    offset;
    line;
    column;
    name = 'JsonSyntaxError';
    constructor(message, offset, line, column) {
        super(`${message} at line ${line}, column ${column}`);
        this.offset = offset;
        this.line = line;
        this.column = column;
    }
}
exports.JsonSyntaxError = JsonSyntaxError;
const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false };
const UTF8_BOM = '\ufeff';
/** Our wording for jsonc-parser's error codes: what was expected, in the words of the file's author. */
function describeError(code, text, offset, length, container, afterRoot) {
    // By name: the codes are a const enum in jsonc-parser's types, which isolated modules cannot read.
    const name = (0, jsonc_parser_1.printParseErrorCode)(code);
    const close = container === 'array' ? ']' : '}';
    switch (name) {
        case 'CommaExpected':
        case 'CloseBraceExpected':
        case 'CloseBracketExpected':
            return offset >= text.length
                ? `unexpected end of the file (expected ${close})`
                : `expected ',' or ${close}`;
        case 'UnexpectedEndOfString':
            return /[\r\n]/.test(text[offset + length] ?? '') ? 'line break inside a string' : 'unterminated string';
        case 'ValueExpected':
            return text.slice(offset).trim() === '' ? 'unexpected end of the file' : 'expected a value';
        case 'PropertyNameExpected':
            return 'expected a "key" or }';
        case 'ColonExpected':
            return "expected ':' after the key";
        case 'UnexpectedEndOfComment':
            return 'unterminated comment';
        case 'InvalidNumberFormat':
        case 'UnexpectedEndOfNumber':
            return 'invalid number';
        case 'InvalidEscapeCharacter':
        case 'InvalidUnicode':
            return 'invalid escape sequence in a string';
        case 'InvalidCharacter':
            return 'control character inside a string';
        case 'EndOfFileExpected':
            return 'unexpected text after the JSON value';
        default:
            return afterRoot
                ? 'unexpected text after the JSON value'
                : `unexpected '${text.slice(offset, offset + Math.max(1, length))}'`;
    }
}
/** Throws a JsonSyntaxError for the first problem in `text`, if any. */
function checkSyntax(text) {
    const containers = [];
    let rootDone = false;
    let first;
    const closed = () => {
        containers.pop();
        if (containers.length === 0)
            rootDone = true;
    };
    (0, jsonc_parser_1.visit)(text, {
        onObjectBegin: () => void containers.push('object'),
        onArrayBegin: () => void containers.push('array'),
        onObjectEnd: closed,
        onArrayEnd: closed,
        onLiteralValue: () => {
            if (containers.length === 0)
                rootDone = true;
        },
        onError: (code, offset, length, startLine, startCharacter) => {
            const container = containers[containers.length - 1];
            first ??= new JsonSyntaxError(describeError(code, text, offset, length, container, rootDone && containers.length === 0), offset, startLine + 1, startCharacter + 1);
        }
    }, PARSE_OPTIONS);
    if (first)
        throw first;
}
/** Parses JSON with comments and trailing commas, keeping positions. Throws JsonSyntaxError. */
function parseJsonDocument(text) {
    const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
    checkSyntax(body);
    const tree = (0, jsonc_parser_1.parseTree)(body, [], PARSE_OPTIONS);
    if (!tree)
        throw new JsonSyntaxError('unexpected end of the file', 0, 1, 1);
    return tree;
}
/** Why a variable could not be set (the key is missing, or the path runs through a value that has no keys). */
class JsonPathError extends Error {
    found;
    name = 'JsonPathError';
    constructor(message, 
    /** The longest prefix of the path that exists. */
    found) {
        super(message);
        this.found = found;
    }
}
exports.JsonPathError = JsonPathError;
/**
 * Follows `segments` from `root`. Keys match exactly first, then ignoring case (.NET configuration keys are
 * case-insensitive); a key that itself contains dots (`Microsoft.AspNetCore`) is matched by joining segments,
 * longest first. Numeric segments index arrays.
 */
function locate(root, segments) {
    let node = root;
    const consumed = [];
    let i = 0;
    outer: while (i < segments.length) {
        if (node.type === 'object') {
            const members = (node.children ?? []).flatMap((property) => {
                const [key, value] = property.children ?? [];
                return key && value ? [{ key: String(key.value), value }] : [];
            });
            for (let take = segments.length - i; take >= 1; take--) {
                const wanted = segments.slice(i, i + take).join('.');
                const member = members.find((m) => m.key === wanted) ??
                    members.find((m) => m.key.toLowerCase() === wanted.toLowerCase());
                if (member) {
                    consumed.push(member.key);
                    node = member.value;
                    i += take;
                    continue outer;
                }
            }
            break;
        }
        if (node.type === 'array') {
            const segment = segments[i];
            const index = /^\d+$/.test(segment) ? Number(segment) : -1;
            const item = node.children?.[index];
            if (!item)
                break;
            consumed.push(index);
            node = item;
            i++;
            continue;
        }
        break;
    }
    return { node, consumed, rest: segments.slice(i) };
}
/** The JSON text for `value` where a value of `existing` kind was. Keeps numbers and booleans typed. */
function jsonValueFor(existing, value) {
    const trimmed = value.trim();
    if (existing === 'number' && /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed))
        return trimmed;
    if (existing === 'boolean' && /^(true|false)$/i.test(trimmed))
        return trimmed.toLowerCase();
    if (existing === 'null' && trimmed === 'null')
        return 'null';
    if (existing === 'object' || existing === 'array') {
        try {
            const parsed = JSON.parse(trimmed);
            const kind = Array.isArray(parsed)
                ? 'array'
                : typeof parsed === 'object' && parsed !== null
                    ? 'object'
                    : 'other';
            if (kind === existing)
                return trimmed;
        }
        catch {
            // Falls through to the error below.
        }
        throw new JsonPathError(`holds ${existing === 'object' ? 'an object' : 'an array'}: give a JSON ${existing} or a key below it`, '');
    }
    return JSON.stringify(value);
}
/** How the file indents, for jsonc-parser's formatter: the whitespace of the first indented line (else 2 spaces). */
function formattingOf(text) {
    const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
    const tabs = unit.startsWith('\t');
    return {
        insertSpaces: !tabs,
        tabSize: tabs ? 1 : unit.length,
        eol: text.includes('\r\n') ? '\r\n' : '\n',
        keepLines: true
    };
}
function kindOf(node) {
    return node.type === 'property' ? 'object' : node.type;
}
/**
 * Sets `keyPath` (`Logging.LogLevel.Default`, `Servers.0.Name`) to `value` in the JSON `text`, editing the text in
 * place. A missing key is a JsonPathError unless `addMissing`, which adds it (and any missing parent objects).
 */
function setJsonValue(full, keyPath, value, addMissing) {
    const bom = full.startsWith(UTF8_BOM) ? UTF8_BOM : '';
    const text = full.slice(bom.length);
    const root = parseJsonDocument(text);
    const found = locate(root, keyPath.split('.'));
    const foundPath = found.consumed.join('.');
    if (found.rest.length === 0) {
        let replacement;
        try {
            replacement = jsonValueFor(kindOf(found.node), value);
        }
        catch (error) {
            if (error instanceof JsonPathError)
                throw new JsonPathError(`'${foundPath}' ${error.message}`, foundPath);
            throw error;
        }
        const { offset, length } = found.node;
        if (text.slice(offset, offset + length) === replacement) {
            return { text: full, action: 'unchanged', path: foundPath };
        }
        // The value's own span is replaced by the exact text (not re-serialized: `1e3` or a 20-digit number stay as
        // given), which is the edit jsonc-parser's modify would make for an existing key.
        const edited = (0, jsonc_parser_1.applyEdits)(text, [{ offset, length, content: replacement }]);
        return { text: bom + edited, action: 'replaced', path: foundPath };
    }
    if (!addMissing) {
        throw new JsonPathError(foundPath
            ? `'${keyPath}' is not there ('${foundPath}' is, without '${found.rest.join('.')}')`
            : `'${keyPath}' is not there`, foundPath);
    }
    const [first = '', ...others] = found.rest;
    const node = found.node;
    let path;
    if (node.type === 'array') {
        const length = node.children?.length ?? 0;
        if (!/^\d+$/.test(first) || Number(first) !== length || others.length > 0) {
            throw new JsonPathError(`'${foundPath}' is an array: '${found.rest.join('.')}' must be an index below ${length + 1}`, foundPath);
        }
        path = [...found.consumed, -1]; // -1: append
    }
    else if (node.type === 'object') {
        path = [...found.consumed, ...found.rest];
    }
    else {
        throw new JsonPathError(`'${foundPath}' is a ${node.type}, so '${found.rest.join('.')}' cannot be added below it`, foundPath);
    }
    const edits = (0, jsonc_parser_1.modify)(text, path, value, { formattingOptions: formattingOf(text) });
    return {
        text: bom + (0, jsonc_parser_1.applyEdits)(text, edits),
        action: 'added',
        path: [...found.consumed, ...found.rest].join('.')
    };
}


/***/ }),

/***/ 7802:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// `json-variables` / `secret-json-variables` (contract §1): `Path.To.Key=value` written into the app's JSON files
// (default appsettings.json). Existing keys are replaced in every file that has them; a key no file has is an
// error unless `json-add-missing`, which adds it to the first file. Files are edited in place as text, so their
// formatting (indentation, comments, order, line endings, BOM) stays as it was.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveJsonFiles = resolveJsonFiles;
exports.applyJsonVariables = applyJsonVariables;
const node_fs_1 = __importDefault(__webpack_require__(3024));
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(4296);
const app_files_js_1 = __webpack_require__(7706);
const json_document_js_1 = __webpack_require__(5458);
const UTF8_BOM = '\ufeff';
const JSON_FILES = {
    input: 'json-files',
    extension: /\.json$/i,
    skippedFolders: new Set(['node_modules', 'wwwroot', '.git'])
};
/** The files `patterns` name, in pattern order; a plain path that does not exist is an error. */
function resolveJsonFiles(appDir, patterns) {
    return (0, app_files_js_1.resolveAppFiles)(appDir, patterns, JSON_FILES);
}
function load(appDir, relative) {
    const absolute = node_path_1.default.join(appDir, relative);
    const bytes = node_fs_1.default.readFileSync(absolute);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new errors_js_1.InputError('json-files', `${relative} is saved as UTF-16: save it as UTF-8 to set JSON variables in it.`);
    }
    const raw = bytes.toString('utf8');
    const bom = raw.startsWith(UTF8_BOM);
    return { relative, absolute, bom, text: bom ? raw.slice(1) : raw, changed: false };
}
/** Writes next to the file and renames over it, so a failure never leaves half a file. */
function writeAtomically(file, content) {
    const temp = `${file}.${process.pid}.tmp`;
    node_fs_1.default.writeFileSync(temp, content, 'utf8');
    node_fs_1.default.renameSync(temp, file);
}
/**
 * Writes the JSON variables into the app's JSON files. Every problem (missing key, broken file) is collected and
 * thrown at once as InputErrors naming the variable, the file and the fix; nothing is written then.
 */
async function applyJsonVariables(options) {
    const { reporter, variables } = options;
    if (variables.length === 0)
        return { files: [], changes: [] };
    const input = (v) => (v.secret ? 'secret-json-variables' : 'json-variables');
    const relativeFiles = resolveJsonFiles(options.appDir, options.files);
    if (relativeFiles.length === 0) {
        throw new errors_js_1.InputError('json-files', `Input 'json-files' (${options.files.join(', ')}) matches no JSON file in ${options.appDir}.`);
    }
    const files = relativeFiles.map((relative) => load(options.appDir, relative));
    const errors = [];
    for (const file of files) {
        try {
            (0, json_document_js_1.parseJsonDocument)(file.text);
        }
        catch (error) {
            if (!(error instanceof json_document_js_1.JsonSyntaxError))
                throw error;
            errors.push(new errors_js_1.InputError('json-files', `${file.relative} is not valid JSON: ${error.message}. Fix the file.`));
        }
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    const changes = [];
    for (const variable of variables) {
        let matched = false;
        const misses = [];
        for (const file of files) {
            try {
                const result = (0, json_document_js_1.setJsonValue)(file.text, variable.name, variable.value, false);
                matched = true;
                if (result.action !== 'unchanged') {
                    file.text = result.text;
                    file.changed = true;
                }
                changes.push({
                    file: file.relative,
                    key: result.path,
                    action: result.action,
                    secret: variable.secret
                });
            }
            catch (error) {
                if (!(error instanceof json_document_js_1.JsonPathError))
                    throw error;
                misses.push(`${file.relative}: ${reporter.mask(error.message)}`);
            }
        }
        if (matched)
            continue;
        const first = files[0];
        if (options.addMissing) {
            try {
                const result = (0, json_document_js_1.setJsonValue)(first.text, variable.name, variable.value, true);
                first.text = result.text;
                first.changed = true;
                changes.push({ file: first.relative, key: result.path, action: 'added', secret: variable.secret });
                continue;
            }
            catch (error) {
                if (!(error instanceof json_document_js_1.JsonPathError))
                    throw error;
                misses.splice(0, misses.length, `${first.relative}: ${reporter.mask(error.message)}`);
            }
        }
        errors.push(new errors_js_1.InputError(input(variable), `Input '${input(variable)}': ${misses.join('; ')}. Fix the key path (keys are separated by '.', arrays indexed by number)${options.addMissing ? '' : ", or set 'json-add-missing: true' to add it"}.`));
    }
    if (errors.length > 0)
        throw new errors_js_1.InputErrors(errors);
    // Keys only: values (secret or not) stay out of the log.
    for (const change of changes)
        reporter.info(`${change.file}: ${change.key} ${change.action}`);
    if (options.write !== false) {
        for (const file of files.filter((f) => f.changed))
            writeAtomically(file.absolute, (file.bom ? UTF8_BOM : '') + file.text);
    }
    return { files: relativeFiles, changes };
}


/***/ }),

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


/***/ })

};
;