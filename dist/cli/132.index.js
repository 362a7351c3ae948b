const id = 132;
const ids = [132];
const modules = {
  /***/
  8461: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        WEB_CONFIG_USAGE: () => (
          /* binding */
          WEB_CONFIG_USAGE
        ),
        /* harmony export */
        webConfigCommand: () => (
          /* binding */
          webConfigCommand
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _args_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7764);
      var _io_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(477);
      var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(627);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
      var _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8198);
      var _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2851);
      var _steps_web_config_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9366);
      var _steps_web_config_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6233);
      var _steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3462);
      var _steps_web_config_transform_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5428);
      var _steps_web_config_validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8429);
      var _steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8963);
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
          case "validate":
            return validateCommand(rest, io);
          case "transform":
            return transformCommand(rest, io);
          case "sub-application":
            return subApplicationCommand(rest, io);
          case "--help":
          case "-h":
          case "help":
            io.stdout(WEB_CONFIG_USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_11__.Ij;
          default:
            throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(command === void 0 ? "'web-config' needs a command: validate, transform or sub-application." : `Unknown web-config command '${command}': use validate, transform or sub-application.`);
        }
      };
      function singleFile(args, command) {
        if (args.positionals.length !== 1) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`'web-config ${command}' takes exactly one file, got ${args.positionals.length}.`);
        }
        return args.positionals[0];
      }
      function folderOption(args, io) {
        const value = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "publish-dir");
        if (value === void 0)
          return void 0;
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, value);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`--publish-dir '${value}' is not a folder.`);
        }
        return folder;
      }
      function outOption(args, io) {
        const value = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "out");
        if (value === void 0)
          return void 0;
        if (value === "")
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb("--out needs a file path.");
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, value);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`--out '${value}' is a directory: give the path of the file to write.`);
        }
        return out;
      }
      function printDiagnostics(io, diagnostics, masker) {
        for (const d of diagnostics)
          io.stderr(`${masker.mask((0, _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.xy)(d))}
`);
      }
      function summary(file, diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === "error").length;
        const warnings = diagnostics.length - errors;
        const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
        return errors ? `${file}: ${plural(errors, "error")}, ${plural(warnings, "warning")}
` : `${file}: valid${warnings ? ` (${plural(warnings, "warning")})` : ""}
`;
      }
      async function validateCommand(argv, io) {
        const args = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Zy)(argv, { flags: ["json", "sub-application"], values: ["publish-dir"] });
        const file = singleFile(args, "validate");
        const publishDir = folderOption(args, io);
        const diagnostics = (0, _steps_web_config_validate_js__WEBPACK_IMPORTED_MODULE_9__.vy)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), {
          publishDir,
          displayName: file,
          subApplication: (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Jt)(args, "sub-application")
        });
        if ((0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Jt)(args, "json")) {
          const errors = diagnostics.filter((d) => d.severity === "error").length;
          const report = {
            file,
            valid: errors === 0,
            errors,
            warnings: diagnostics.length - errors,
            diagnostics
          };
          io.stdout(`${JSON.stringify(report, null, 2)}
`);
        } else {
          printDiagnostics(io, diagnostics, new _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__.M2());
          io.stdout(summary(file, diagnostics));
        }
        return (0, _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.Cs)(diagnostics) ? _io_js__WEBPACK_IMPORTED_MODULE_11__.Zq : _io_js__WEBPACK_IMPORTED_MODULE_11__.Ij;
      }
      function nameValues(args, name, secret, more = []) {
        return [...args.options.get(name) ?? [], ...more].map((pair) => {
          const eq = pair.indexOf("=");
          const variable = eq > 0 ? pair.slice(0, eq) : "";
          if (!variable.trim()) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`--${name} takes NAME=value${eq > 0 || secret ? "" : `, got '${pair}'`}.`);
          }
          return { name: variable, value: pair.slice(eq + 1), secret };
        });
      }
      function hostingModelOption(args) {
        const value = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "hosting-model");
        if (value === void 0)
          return void 0;
        const model = value.toLowerCase();
        if (!_steps_web_config_model_js__WEBPACK_IMPORTED_MODULE_5__.G6.includes(model)) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`--hosting-model '${value}': use inprocess or outofprocess.`);
        }
        return model;
      }
      function secretEnvFile(args, io) {
        const file = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "secret-env-file");
        if (file === void 0)
          return [];
        let text;
        try {
          text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), "utf8");
        } catch (error) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`--secret-env-file ${file}: cannot read it (${error.code ?? "error"}); give the path of a readable file.`);
        }
        return text.replace(/^\uFEFF/, "").split("\n").map((line) => line.replace(/\r$/, "")).filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
      }
      function readInput(file, displayName) {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
          return void 0;
        return (0, _steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__.U_)(file, displayName);
      }
      function fail(io, error, file, masker) {
        if (error instanceof _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.R5)
          printDiagnostics(io, error.diagnostics, masker);
        else if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.dz)
          io.stderr(`${masker.mask(`error: ${file}: ${error.message}`)}
`);
        else
          io.stderr(`${masker.mask(`error: ${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.gJ)(error)}`)}
`);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__.Zq;
      }
      function emit(io, result, context, masker, subApplication = false) {
        const diagnostics = (0, _steps_web_config_validate_js__WEBPACK_IMPORTED_MODULE_9__.RC)(result.document ?? (0, _steps_web_config_model_js__WEBPACK_IMPORTED_MODULE_5__.Vo)(result.text, context.file), {
          file: context.file,
          publishDir: context.publishDir,
          subApplication
        });
        printDiagnostics(io, diagnostics, masker);
        if ((0, _steps_web_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.Cs)(diagnostics)) {
          io.stderr(`error: ${context.file}: the result has errors; nothing was written.
`);
          return _io_js__WEBPACK_IMPORTED_MODULE_11__.Zq;
        }
        for (const change of result.changes)
          io.stderr(`${masker.mask(`info: ${context.file}: ${change}`)}
`);
        if (context.out)
          (0, _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__.Q)(context.out, (0, _steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__.zP)(result.text, context.encoding));
        else
          io.stdout(result.text);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__.Ij;
      }
      async function transformCommand(argv, io) {
        const args = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Zy)(argv, {
          flags: ["self-contained", "like-sdk"],
          values: [
            "app-name",
            "hosting-model",
            "environment",
            "env",
            "secret-env",
            "secret-env-file",
            "out",
            "publish-dir"
          ]
        });
        const file = singleFile(args, "transform");
        const input = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file);
        const out = outOption(args, io);
        const publishDir = folderOption(args, io);
        const hostingModel = hostingModelOption(args);
        const secrets = nameValues(args, "secret-env", true, secretEnvFile(args, io));
        const masker = new _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__.M2();
        for (const secret of secrets)
          masker.register(secret.value);
        const environmentVariables = [...nameValues(args, "env", false), ...secrets];
        let source;
        try {
          source = readInput(input, file);
        } catch (error) {
          return fail(io, error, file, masker);
        }
        const appFolder = publishDir ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(input);
        let appName = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "app-name");
        if (appName === void 0) {
          try {
            appName = (0, _steps_web_config_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__._3)(appFolder, "--app-name");
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.dz)
              throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(error.message.replace("Set '--app-name'", "Pass --app-name"));
            throw error;
          }
        }
        try {
          const selfContained = args.options.has("self-contained") ? (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Jt)(args, "self-contained") : (0, _steps_web_config_publish_folder_js__WEBPACK_IMPORTED_MODULE_6__.LJ)(appFolder, appName, "--self-contained");
          const result = (0, _steps_web_config_transform_js__WEBPACK_IMPORTED_MODULE_8__.Vo)(source?.text, {
            file,
            appName,
            selfContained,
            hostingModel,
            environment: (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "environment"),
            environmentVariables,
            encoding: source?.encoding,
            likeSdk: (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Jt)(args, "like-sdk")
          });
          return emit(io, result, { file, out, encoding: source?.encoding ?? "utf8", publishDir }, masker);
        } catch (error) {
          if (error instanceof _args_js__WEBPACK_IMPORTED_MODULE_12__.eb)
            throw error;
          return fail(io, error, file, masker);
        }
      }
      async function subApplicationCommand(argv, io) {
        const args = (0, _args_js__WEBPACK_IMPORTED_MODULE_12__.Zy)(argv, { values: ["kind", "out"] });
        const file = singleFile(args, "sub-application");
        const kind = ((0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "kind") ?? "aspnetcore").toLowerCase();
        if (!_steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__.M5.includes(kind)) {
          throw new _args_js__WEBPACK_IMPORTED_MODULE_12__.eb(`--kind '${(0, _args_js__WEBPACK_IMPORTED_MODULE_12__.uK)(args, "kind")}': use ${_steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__.M5.join(" or ")}.`);
        }
        const out = outOption(args, io);
        const masker = new _core_secrets_js__WEBPACK_IMPORTED_MODULE_13__.M2();
        try {
          const source = readInput(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), file);
          const result = (0, _steps_web_config_sub_application_js__WEBPACK_IMPORTED_MODULE_7__.KC)(source?.text, { kind, file });
          if (kind === "other") {
            for (const change of result.changes)
              io.stderr(`info: ${file}: ${change}
`);
            if (out)
              (0, _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__.Q)(out, (0, _steps_web_config_web_config_file_js__WEBPACK_IMPORTED_MODULE_10__.zP)(result.text, source?.encoding ?? "utf8"));
            else
              io.stdout(result.text);
            return _io_js__WEBPACK_IMPORTED_MODULE_11__.Ij;
          }
          return emit(io, result, { file, out, encoding: source?.encoding ?? "utf8" }, masker, true);
        } catch (error) {
          return fail(io, error, file, masker);
        }
      }
    })
  ),
  /***/
  5824: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        iI: () => (
          /* binding */
          XMLValidator
        )
        /* harmony export */
      });
      var _validator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1176);
      const XMLValidator = {
        validate: _validator_js__WEBPACK_IMPORTED_MODULE_0__.t
      };
    })
  ),
  /***/
  984: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Eo: () => (
          /* binding */
          isName
        ),
        /* harmony export */
        Xe: () => (
          /* binding */
          getAllMatches
        ),
        /* harmony export */
        q9: () => (
          /* binding */
          DANGEROUS_PROPERTY_NAMES
        ),
        /* harmony export */
        vl: () => (
          /* binding */
          criticalProperties
        ),
        /* harmony export */
        yQ: () => (
          /* binding */
          isExist
        )
        /* harmony export */
      });
      const nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
      const nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
      const nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
      const regexName = new RegExp("^" + nameRegexp + "$");
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
      const isName = function(string) {
        const match = regexName.exec(string);
        return !(match === null || typeof match === "undefined");
      };
      function isExist(v) {
        return typeof v !== "undefined";
      }
      function isEmptyObject(obj) {
        return Object.keys(obj).length === 0;
      }
      function getValue(v) {
        if (exports.isExist(v)) {
          return v;
        } else {
          return "";
        }
      }
      const DANGEROUS_PROPERTY_NAMES = [
        // '__proto__',
        // 'constructor',
        // 'prototype',
        "hasOwnProperty",
        "toString",
        "valueOf",
        "__defineGetter__",
        "__defineSetter__",
        "__lookupGetter__",
        "__lookupSetter__"
      ];
      const criticalProperties = ["__proto__", "constructor", "prototype"];
    })
  ),
  /***/
  1176: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        t: () => (
          /* binding */
          validate
        )
        /* harmony export */
      });
      var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(984);
      const defaultOptions = {
        allowBooleanAttributes: false,
        //A tag can have attributes without any value
        unpairedTags: []
      };
      function validate(xmlData, options) {
        options = Object.assign({}, defaultOptions, options);
        const tags = [];
        let tagFound = false;
        let reachedRoot = false;
        if (xmlData[0] === "\uFEFF") {
          xmlData = xmlData.substr(1);
        }
        for (let i = 0; i < xmlData.length; i++) {
          if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
            i += 2;
            i = readPI(xmlData, i);
            if (i.err) return i;
          } else if (xmlData[i] === "<") {
            let tagStartPos = i;
            i++;
            if (xmlData[i] === "!") {
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else {
              let closingTag = false;
              if (xmlData[i] === "/") {
                closingTag = true;
                i++;
              }
              let tagName = "";
              for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
                tagName += xmlData[i];
              }
              tagName = tagName.trim();
              if (tagName[tagName.length - 1] === "/") {
                tagName = tagName.substring(0, tagName.length - 1);
                i--;
              }
              if (!validateTagName(tagName)) {
                let msg;
                if (tagName.trim().length === 0) {
                  msg = "Invalid space after '<'.";
                } else {
                  msg = "Tag '" + tagName + "' is an invalid name.";
                }
                return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
              }
              const result = readAttributeStr(xmlData, i);
              if (result === false) {
                return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
              }
              let attrStr = result.value;
              i = result.index;
              if (attrStr[attrStr.length - 1] === "/") {
                const attrStrStart = i - attrStr.length;
                attrStr = attrStr.substring(0, attrStr.length - 1);
                const isValid = validateAttributeString(attrStr, options);
                if (isValid === true) {
                  tagFound = true;
                } else {
                  return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
                }
              } else if (closingTag) {
                if (!result.tagClosed) {
                  return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
                } else if (attrStr.trim().length > 0) {
                  return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
                } else if (tags.length === 0) {
                  return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
                } else {
                  const otg = tags.pop();
                  if (tagName !== otg.tagName) {
                    let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
                    return getErrorObject(
                      "InvalidTag",
                      "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                      getLineNumberForPosition(xmlData, tagStartPos)
                    );
                  }
                  if (tags.length == 0) {
                    reachedRoot = true;
                  }
                }
              } else {
                const isValid = validateAttributeString(attrStr, options);
                if (isValid !== true) {
                  return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
                }
                if (reachedRoot === true) {
                  return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
                } else if (options.unpairedTags.indexOf(tagName) !== -1) {
                } else {
                  tags.push({ tagName, tagStartPos });
                }
                tagFound = true;
              }
              for (i++; i < xmlData.length; i++) {
                if (xmlData[i] === "<") {
                  if (xmlData[i + 1] === "!") {
                    i++;
                    i = readCommentAndCDATA(xmlData, i);
                    continue;
                  } else if (xmlData[i + 1] === "?") {
                    i = readPI(xmlData, ++i);
                    if (i.err) return i;
                  } else {
                    break;
                  }
                } else if (xmlData[i] === "&") {
                  const afterAmp = validateAmpersand(xmlData, i);
                  if (afterAmp == -1)
                    return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
                  i = afterAmp;
                } else {
                  if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
                    return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
                  }
                }
              }
              if (xmlData[i] === "<") {
                i--;
              }
            }
          } else {
            if (isWhiteSpace(xmlData[i])) {
              continue;
            }
            return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
          }
        }
        if (!tagFound) {
          return getErrorObject("InvalidXml", "Start tag expected.", 1);
        } else if (tags.length == 1) {
          return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
        } else if (tags.length > 0) {
          return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
        }
        return true;
      }
      ;
      function isWhiteSpace(char) {
        return char === " " || char === "	" || char === "\n" || char === "\r";
      }
      function readPI(xmlData, i) {
        const start = i;
        for (; i < xmlData.length; i++) {
          if (xmlData[i] == "?" || xmlData[i] == " ") {
            const tagname = xmlData.substr(start, i - start);
            if (i > 5 && tagname === "xml") {
              return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
            } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
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
        if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
          for (i += 3; i < xmlData.length; i++) {
            if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
              i += 2;
              break;
            }
          }
        } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
          let angleBracketsCount = 1;
          for (i += 8; i < xmlData.length; i++) {
            if (xmlData[i] === "<") {
              angleBracketsCount++;
            } else if (xmlData[i] === ">") {
              angleBracketsCount--;
              if (angleBracketsCount === 0) {
                break;
              }
            }
          }
        } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
          for (i += 8; i < xmlData.length; i++) {
            if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
              i += 2;
              break;
            }
          }
        }
        return i;
      }
      const doubleQuote = '"';
      const singleQuote = "'";
      function readAttributeStr(xmlData, i) {
        let attrStr = "";
        let startChar = "";
        let tagClosed = false;
        for (; i < xmlData.length; i++) {
          if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
            if (startChar === "") {
              startChar = xmlData[i];
            } else if (startChar !== xmlData[i]) {
            } else {
              startChar = "";
            }
          } else if (xmlData[i] === ">") {
            if (startChar === "") {
              tagClosed = true;
              break;
            }
          }
          attrStr += xmlData[i];
        }
        if (startChar !== "") {
          return false;
        }
        return {
          value: attrStr,
          index: i,
          tagClosed
        };
      }
      function scanAttributeTokens(attrStr) {
        const tokens = [];
        const len = attrStr.length;
        let i = 0;
        while (i < len) {
          const tokenStart = i;
          while (i < len && isWhiteSpace(attrStr[i])) i++;
          if (i >= len) break;
          if (attrStr[i] === "=") {
            i++;
            continue;
          }
          const leadingWs = attrStr.slice(tokenStart, i);
          const nameStart = i;
          while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
          const name = attrStr.slice(nameStart, i);
          let equalsGroup;
          let j = i;
          while (j < len && isWhiteSpace(attrStr[j])) j++;
          if (j < len && attrStr[j] === "=") {
            equalsGroup = attrStr.slice(i, j + 1);
            i = j + 1;
          }
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
          }
          const token = { startIndex: tokenStart };
          token[1] = leadingWs;
          token[2] = name;
          token[3] = equalsGroup;
          token[4] = quoteChar !== void 0 ? true : void 0;
          token[5] = quoteChar;
          token[6] = value;
          tokens.push(token);
        }
        return tokens;
      }
      function validateAttributeString(attrStr, options) {
        const matches = scanAttributeTokens(attrStr);
        const attrNames = {};
        for (let i = 0; i < matches.length; i++) {
          if (matches[i][1].length === 0) {
            return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
          } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
            return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
          } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
            return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
          }
          const attrName = matches[i][2];
          if (!validateAttrName(attrName)) {
            return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
          }
          if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
            attrNames[attrName] = 1;
          } else {
            return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
          }
        }
        return true;
      }
      function validateNumberAmpersand(xmlData, i) {
        let re = /\d/;
        if (xmlData[i] === "x") {
          i++;
          re = /[\da-fA-F]/;
        }
        for (; i < xmlData.length; i++) {
          if (xmlData[i] === ";")
            return i;
          if (!xmlData[i].match(re))
            break;
        }
        return -1;
      }
      function validateAmpersand(xmlData, i) {
        i++;
        if (xmlData[i] === ";")
          return -1;
        if (xmlData[i] === "#") {
          i++;
          return validateNumberAmpersand(xmlData, i);
        }
        let count = 0;
        for (; i < xmlData.length; i++, count++) {
          if (xmlData[i].match(/\w/) && count < 20)
            continue;
          if (xmlData[i] === ";")
            break;
          return -1;
        }
        return i;
      }
      function getErrorObject(code, message, lineNumber) {
        return {
          err: {
            code,
            msg: message,
            line: lineNumber.line || lineNumber,
            col: lineNumber.col
          }
        };
      }
      function validateAttrName(attrName) {
        return (0, _util_js__WEBPACK_IMPORTED_MODULE_0__.Eo)(attrName);
      }
      function validateTagName(tagname) {
        return (0, _util_js__WEBPACK_IMPORTED_MODULE_0__.Eo)(tagname);
      }
      function getLineNumberForPosition(xmlData, index) {
        const lines = xmlData.substring(0, index).split(/\r?\n/);
        return {
          line: lines.length,
          // column number is last line's length + 1, because column numbering starts at 1:
          col: lines[lines.length - 1].length + 1
        };
      }
      function getPositionFromMatch(match) {
        return match.startIndex + match[1].length;
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
