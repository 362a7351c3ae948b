export const id = 132;
export const ids = [132];
export const modules = {

/***/ 8461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WEB_CONFIG_USAGE: () => (/* binding */ WEB_CONFIG_USAGE),
/* harmony export */   webConfigCommand: () => (/* binding */ webConfigCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7764);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(477);
/* harmony import */ var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(627);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8198);
/* harmony import */ var _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2851);
/* harmony import */ var _steps_web_config_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9366);
/* harmony import */ var _steps_web_config_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6233);
/* harmony import */ var _steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3462);
/* harmony import */ var _steps_web_config_transform_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1331);
/* harmony import */ var _steps_web_config_validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8429);
/* harmony import */ var _steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8963);
// `iis-deploy web-config validate|transform` (contract §4), plus `sub-application` (additive). Diagnostics go to
// stderr as `error: <file>:<line>:<col>: <message>` / `warning: ...`, the document to stdout or --out (written
// atomically). Exit 0 success (warnings allowed), 1 errors, 2 wrong usage. Secret values (--secret-env) never
// appear in anything but the document itself.














const WEB_CONFIG_USAGE = `Usage:
  iis-deploy web-config validate <file> [--publish-dir <dir>] [--json] [--sub-application]
  iis-deploy web-config transform <file> [--app-name N] [--self-contained] [--hosting-model M] [--like-sdk]
                                         [--environment E] [--env NAME=value ...] [--secret-env NAME=value ...]
                                         [--secret-env-file PATH] [--publish-dir <dir>] [--out <file>]
  iis-deploy web-config sub-application <file> [--kind aspnetcore|other] [--out <file>]
`;
const webConfigCommand = async (argv, io) => {
    const [command, ...rest] = argv;
    switch (command) {
        case 'validate':
            return validateCommand(rest, io);
        case 'transform':
            return transformCommand(rest, io);
        case 'sub-application':
            return subApplicationCommand(rest, io);
        case '--help':
        case '-h':
        case 'help':
            io.stdout(WEB_CONFIG_USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_OK */ .Ij;
        default:
            throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(command === undefined
                ? "'web-config' needs a command: validate, transform or sub-application."
                : `Unknown web-config command '${command}': use validate, transform or sub-application.`);
    }
};
function singleFile(args, command) {
    if (args.positionals.length !== 1) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`'web-config ${command}' takes exactly one file, got ${args.positionals.length}.`);
    }
    return args.positionals[0];
}
function folderOption(args, io) {
    const value = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'publish-dir');
    if (value === undefined)
        return undefined;
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, value);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--publish-dir '${value}' is not a folder.`);
    }
    return folder;
}
function outOption(args, io) {
    const value = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'out');
    if (value === undefined)
        return undefined;
    if (value === '')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb('--out needs a file path.');
    const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, value);
    if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--out '${value}' is a directory: give the path of the file to write.`);
    }
    return out;
}
function printDiagnostics(io, diagnostics, masker) {
    for (const d of diagnostics)
        io.stderr(`${masker.mask((0,_steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .xy)(d))}\n`);
}
function summary(file, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return errors
        ? `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`
        : `${file}: valid${warnings ? ` (${plural(warnings, 'warning')})` : ''}\n`;
}
// ---- validate ----------------------------------------------------------------------------------------------
async function validateCommand(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .parseArgs */ .Zy)(argv, { flags: ['json', 'sub-application'], values: ['publish-dir'] });
    const file = singleFile(args, 'validate');
    const publishDir = folderOption(args, io);
    const diagnostics = (0,_steps_web_config_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validateWebConfigFile */ .vy)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), {
        publishDir,
        displayName: file,
        subApplication: (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .flag */ .Jt)(args, 'sub-application')
    });
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .flag */ .Jt)(args, 'json')) {
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        const report = {
            file,
            valid: errors === 0,
            errors,
            warnings: diagnostics.length - errors,
            diagnostics
        };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
        printDiagnostics(io, diagnostics, new _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__/* .SecretMasker */ .M2());
        io.stdout(summary(file, diagnostics));
    }
    return (0,_steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .hasErrors */ .Cs)(diagnostics) ? _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_ERRORS */ .Zq : _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_OK */ .Ij;
}
// ---- transform ---------------------------------------------------------------------------------------------
function nameValues(args, name, secret, more = []) {
    return [...(args.options.get(name) ?? []), ...more].map((pair) => {
        const eq = pair.indexOf('=');
        const variable = eq > 0 ? pair.slice(0, eq) : '';
        if (!variable.trim()) {
            // Never echo the pair: it may hold a secret value.
            throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--${name} takes NAME=value${eq > 0 || secret ? '' : `, got '${pair}'`}.`);
        }
        return { name: variable, value: pair.slice(eq + 1), secret };
    });
}
function hostingModelOption(args) {
    const value = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'hosting-model');
    if (value === undefined)
        return undefined;
    const model = value.toLowerCase();
    if (!_steps_web_config_model_js__WEBPACK_IMPORTED_MODULE_5__/* .HOSTING_MODELS */ .G6.includes(model)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--hosting-model '${value}': use inprocess or outofprocess.`);
    }
    return model;
}
/**
 * `--secret-env-file PATH`: NAME=value lines (the value verbatim; blank and `#` lines skipped), so secrets need not
 * sit on the command line, which the process list shows (docs/secrets.md §4).
 */
function secretEnvFile(args, io) {
    const file = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'secret-env-file');
    if (file === undefined)
        return [];
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--secret-env-file ${file}: cannot read it (${error.code ?? 'error'}); give the path of a readable file.`);
    }
    return text
        .replace(/^\uFEFF/, '')
        .split('\n')
        .map((line) => line.replace(/\r$/, ''))
        .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}
/** Reads the input, or undefined when it does not exist (transform then generates it). */
function readInput(file, displayName) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
        return undefined;
    return (0,_steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__/* .readWebConfigSource */ .U_)(file, displayName);
}
/** Prints the errors of a failed command; returns the exit code. */
function fail(io, error, file, masker) {
    if (error instanceof _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .WebConfigError */ .R5)
        printDiagnostics(io, error.diagnostics, masker);
    else if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
        io.stderr(`${masker.mask(`error: ${file}: ${error.message}`)}\n`);
    else
        io.stderr(`${masker.mask(`error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`)}\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_ERRORS */ .Zq;
}
/** Validates the result, prints warnings and changes, writes it (or prints it). Nothing is written on errors. */
function emit(io, result, context, masker, subApplication = false) {
    // Positions point into the result (what would be written), which is named like its input.
    const diagnostics = (0,_steps_web_config_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validateWebConfig */ .RC)((0,_steps_web_config_model_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOwnOutput */ .Vo)(result.text, context.file), {
        file: context.file,
        publishDir: context.publishDir,
        subApplication
    });
    printDiagnostics(io, diagnostics, masker);
    if ((0,_steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .hasErrors */ .Cs)(diagnostics)) {
        io.stderr(`error: ${context.file}: the result has errors; nothing was written.\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_ERRORS */ .Zq;
    }
    for (const change of result.changes)
        io.stderr(`${masker.mask(`info: ${context.file}: ${change}`)}\n`);
    if (context.out)
        (0,_core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomicSync */ .Q)(context.out, (0,_steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__/* .encodeWebConfig */ .zP)(result.text, context.encoding));
    else
        io.stdout(result.text);
    return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_OK */ .Ij;
}
async function transformCommand(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .parseArgs */ .Zy)(argv, {
        flags: ['self-contained', 'like-sdk'],
        values: [
            'app-name',
            'hosting-model',
            'environment',
            'env',
            'secret-env',
            'secret-env-file',
            'out',
            'publish-dir'
        ]
    });
    const file = singleFile(args, 'transform');
    const input = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file);
    const out = outOption(args, io);
    const publishDir = folderOption(args, io);
    const hostingModel = hostingModelOption(args);
    const secrets = nameValues(args, 'secret-env', true, secretEnvFile(args, io));
    const masker = new _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__/* .SecretMasker */ .M2();
    for (const secret of secrets)
        masker.register(secret.value);
    const environmentVariables = [...nameValues(args, 'env', false), ...secrets];
    let source;
    try {
        source = readInput(input, file);
    }
    catch (error) {
        return fail(io, error, file, masker);
    }
    const appFolder = publishDir ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(input);
    let appName = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'app-name');
    if (appName === undefined) {
        try {
            appName = (0,_steps_web_config_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .detectAppName */ ._3)(appFolder, '--app-name');
        }
        catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
                throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(error.message.replace("Set '--app-name'", 'Pass --app-name'));
            throw error;
        }
    }
    try {
        const selfContained = args.options.has('self-contained')
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .flag */ .Jt)(args, 'self-contained')
            : (0,_steps_web_config_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .detectSelfContained */ .LJ)(appFolder, appName, '--self-contained');
        const result = (0,_steps_web_config_transform_js__WEBPACK_IMPORTED_MODULE_8__/* .transformWebConfig */ .Vo)(source?.text, {
            file,
            appName,
            selfContained,
            hostingModel,
            environment: (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'environment'),
            environmentVariables,
            encoding: source?.encoding,
            likeSdk: (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .flag */ .Jt)(args, 'like-sdk')
        });
        return emit(io, result, { file, out, encoding: source?.encoding ?? 'utf8', publishDir }, masker);
    }
    catch (error) {
        if (error instanceof _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb)
            throw error;
        return fail(io, error, file, masker);
    }
}
// ---- sub-application ---------------------------------------------------------------------------------------
async function subApplicationCommand(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .parseArgs */ .Zy)(argv, { values: ['kind', 'out'] });
    const file = singleFile(args, 'sub-application');
    const kind = ((0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'kind') ?? 'aspnetcore').toLowerCase();
    if (!_steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__/* .SUB_APPLICATION_KINDS */ .M5.includes(kind)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--kind '${(0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .option */ .uK)(args, 'kind')}': use ${_steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__/* .SUB_APPLICATION_KINDS */ .M5.join(' or ')}.`);
    }
    const out = outOption(args, io);
    const masker = new _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__/* .SecretMasker */ .M2();
    try {
        const source = readInput(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), file);
        const result = (0,_steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__/* .fitSubApplication */ .KC)(source?.text, { kind: kind, file });
        if (kind === 'other') {
            // Not an ASP.NET Core app: nothing of the module to validate, only that the result is written.
            for (const change of result.changes)
                io.stderr(`info: ${file}: ${change}\n`);
            if (out)
                (0,_core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomicSync */ .Q)(out, (0,_steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__/* .encodeWebConfig */ .zP)(result.text, source?.encoding ?? 'utf8'));
            else
                io.stdout(result.text);
            return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT_OK */ .Ij;
        }
        return emit(io, result, { file, out, encoding: source?.encoding ?? 'utf8' }, masker, true);
    }
    catch (error) {
        return fail(io, error, file, masker);
    }
}


/***/ }),

/***/ 5824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ XMLValidator)
/* harmony export */ });
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1176);






const XMLValidator = {
  validate: _validator_js__WEBPACK_IMPORTED_MODULE_0__/* .validate */ .t
}


/***/ }),

/***/ 984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ isName),
/* harmony export */   Xe: () => (/* binding */ getAllMatches),
/* harmony export */   q9: () => (/* binding */ DANGEROUS_PROPERTY_NAMES),
/* harmony export */   vl: () => (/* binding */ criticalProperties),
/* harmony export */   yQ: () => (/* binding */ isExist)
/* harmony export */ });
/* unused harmony exports nameRegexp, isEmptyObject, getValue */


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];

/***/ }),

/***/ 1176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(984);




const defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * The scan is forward-only: the cursor never moves backwards, so each
 * character is visited a constant number of times and the cost is linear
 * in the length of the string.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      i++;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isName */ .Eo)(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isName */ .Eo)(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

/***/ })

};
