const id = 63;
const ids = [63];
const modules = {
  /***/
  3063: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        applyJsonVariables: () => (
          /* binding */
          applyJsonVariables
        )
      });
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_fs_default = /* @__PURE__ */ __webpack_require__.n(external_node_fs_);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_errors = __webpack_require__(4296);
      var app_files = __webpack_require__(7706);
      var main = __webpack_require__(9547);
      ;
      class JsonSyntaxError extends Error {
        offset;
        line;
        column;
        name = "JsonSyntaxError";
        constructor(message, offset, line, column) {
          super(`${message} at line ${line}, column ${column}`);
          this.offset = offset;
          this.line = line;
          this.column = column;
        }
      }
      const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false };
      const UTF8_BOM = "\uFEFF";
      function describeError(code, text, offset, length, container, afterRoot) {
        const name = (0, main.printParseErrorCode)(code);
        const close = container === "array" ? "]" : "}";
        switch (name) {
          case "CommaExpected":
          case "CloseBraceExpected":
          case "CloseBracketExpected":
            return offset >= text.length ? `unexpected end of the file (expected ${close})` : `expected ',' or ${close}`;
          case "UnexpectedEndOfString":
            return /[\r\n]/.test(text[offset + length] ?? "") ? "line break inside a string" : "unterminated string";
          case "ValueExpected":
            return text.slice(offset).trim() === "" ? "unexpected end of the file" : "expected a value";
          case "PropertyNameExpected":
            return 'expected a "key" or }';
          case "ColonExpected":
            return "expected ':' after the key";
          case "UnexpectedEndOfComment":
            return "unterminated comment";
          case "InvalidNumberFormat":
          case "UnexpectedEndOfNumber":
            return "invalid number";
          case "InvalidEscapeCharacter":
          case "InvalidUnicode":
            return "invalid escape sequence in a string";
          case "InvalidCharacter":
            return "control character inside a string";
          case "EndOfFileExpected":
            return "unexpected text after the JSON value";
          default:
            return afterRoot ? "unexpected text after the JSON value" : `unexpected '${text.slice(offset, offset + Math.max(1, length))}'`;
        }
      }
      function checkSyntax(text) {
        const containers = [];
        let rootDone = false;
        let first;
        const closed = () => {
          containers.pop();
          if (containers.length === 0)
            rootDone = true;
        };
        (0, main.visit)(text, {
          onObjectBegin: () => void containers.push("object"),
          onArrayBegin: () => void containers.push("array"),
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
      function parseJsonDocument(text) {
        const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
        checkSyntax(body);
        const tree = (0, main.parseTree)(body, [], PARSE_OPTIONS);
        if (!tree)
          throw new JsonSyntaxError("unexpected end of the file", 0, 1, 1);
        return tree;
      }
      class JsonPathError extends Error {
        found;
        name = "JsonPathError";
        constructor(message, found) {
          super(message);
          this.found = found;
        }
      }
      function locate(root, segments) {
        let node = root;
        const consumed = [];
        let i = 0;
        outer: while (i < segments.length) {
          if (node.type === "object") {
            const members = (node.children ?? []).flatMap((property) => {
              const [key, value] = property.children ?? [];
              return key && value ? [{ key: String(key.value), value }] : [];
            });
            for (let take = segments.length - i; take >= 1; take--) {
              const wanted = segments.slice(i, i + take).join(".");
              const member = members.find((m) => m.key === wanted) ?? members.find((m) => m.key.toLowerCase() === wanted.toLowerCase());
              if (member) {
                consumed.push(member.key);
                node = member.value;
                i += take;
                continue outer;
              }
            }
            break;
          }
          if (node.type === "array") {
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
      function jsonValueFor(existing, value) {
        const trimmed = value.trim();
        if (existing === "number" && /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed))
          return trimmed;
        if (existing === "boolean" && /^(true|false)$/i.test(trimmed))
          return trimmed.toLowerCase();
        if (existing === "null" && trimmed === "null")
          return "null";
        if (existing === "object" || existing === "array") {
          try {
            const parsed = JSON.parse(trimmed);
            const kind = Array.isArray(parsed) ? "array" : typeof parsed === "object" && parsed !== null ? "object" : "other";
            if (kind === existing)
              return trimmed;
          } catch {
          }
          throw new JsonPathError(`holds ${existing === "object" ? "an object" : "an array"}: give a JSON ${existing} or a key below it`, "");
        }
        return JSON.stringify(value);
      }
      function formattingOf(text) {
        const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? "  ";
        const tabs = unit.startsWith("	");
        return {
          insertSpaces: !tabs,
          tabSize: tabs ? 1 : unit.length,
          eol: text.includes("\r\n") ? "\r\n" : "\n",
          keepLines: true
        };
      }
      function kindOf(node) {
        return node.type === "property" ? "object" : node.type;
      }
      function setJsonValue(full, keyPath, value, addMissing) {
        const bom = full.startsWith(UTF8_BOM) ? UTF8_BOM : "";
        const text = full.slice(bom.length);
        const root = parseJsonDocument(text);
        const found = locate(root, keyPath.split("."));
        const foundPath = found.consumed.join(".");
        if (found.rest.length === 0) {
          let replacement;
          try {
            replacement = jsonValueFor(kindOf(found.node), value);
          } catch (error) {
            if (error instanceof JsonPathError)
              throw new JsonPathError(`'${foundPath}' ${error.message}`, foundPath);
            throw error;
          }
          const { offset, length } = found.node;
          if (text.slice(offset, offset + length) === replacement) {
            return { text: full, action: "unchanged", path: foundPath };
          }
          const edited = (0, main.applyEdits)(text, [{ offset, length, content: replacement }]);
          return { text: bom + edited, action: "replaced", path: foundPath };
        }
        if (!addMissing) {
          throw new JsonPathError(foundPath ? `'${keyPath}' is not there ('${foundPath}' is, without '${found.rest.join(".")}')` : `'${keyPath}' is not there`, foundPath);
        }
        const [first = "", ...others] = found.rest;
        const node = found.node;
        let path;
        if (node.type === "array") {
          const length = node.children?.length ?? 0;
          if (!/^\d+$/.test(first) || Number(first) !== length || others.length > 0) {
            throw new JsonPathError(`'${foundPath}' is an array: '${found.rest.join(".")}' must be an index below ${length + 1}`, foundPath);
          }
          path = [...found.consumed, -1];
        } else if (node.type === "object") {
          path = [...found.consumed, ...found.rest];
        } else {
          throw new JsonPathError(`'${foundPath}' is a ${node.type}, so '${found.rest.join(".")}' cannot be added below it`, foundPath);
        }
        const edits = (0, main.modify)(text, path, value, { formattingOptions: formattingOf(text) });
        return {
          text: bom + (0, main.applyEdits)(text, edits),
          action: "added",
          path: [...found.consumed, ...found.rest].join(".")
        };
      }
      ;
      const json_variables_UTF8_BOM = "\uFEFF";
      const JSON_FILES = {
        input: "json-files",
        extension: /\.json$/i,
        skippedFolders: /* @__PURE__ */ new Set(["node_modules", "wwwroot", ".git"])
      };
      function resolveJsonFiles(appDir, patterns) {
        return (0, app_files.l)(appDir, patterns, JSON_FILES);
      }
      function load(appDir, relative) {
        const absolute = external_node_path_default().join(appDir, relative);
        const bytes = external_node_fs_default().readFileSync(absolute);
        if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
          throw new core_errors.dz("json-files", `${relative} is saved as UTF-16: save it as UTF-8 to set JSON variables in it.`);
        }
        const raw = bytes.toString("utf8");
        const bom = raw.startsWith(json_variables_UTF8_BOM);
        return { relative, absolute, bom, text: bom ? raw.slice(1) : raw, changed: false };
      }
      function writeAtomically(file, content) {
        const temp = `${file}.${process.pid}.tmp`;
        external_node_fs_default().writeFileSync(temp, content, "utf8");
        external_node_fs_default().renameSync(temp, file);
      }
      async function applyJsonVariables(options) {
        const { reporter, variables } = options;
        if (variables.length === 0)
          return { files: [], changes: [] };
        const input = (v) => v.secret ? "secret-json-variables" : "json-variables";
        const relativeFiles = resolveJsonFiles(options.appDir, options.files);
        if (relativeFiles.length === 0) {
          throw new core_errors.dz("json-files", `Input 'json-files' (${options.files.join(", ")}) matches no JSON file in ${options.appDir}.`);
        }
        const files = relativeFiles.map((relative) => load(options.appDir, relative));
        const errors = [];
        for (const file of files) {
          try {
            parseJsonDocument(file.text);
          } catch (error) {
            if (!(error instanceof JsonSyntaxError))
              throw error;
            errors.push(new core_errors.dz("json-files", `${file.relative} is not valid JSON: ${error.message}. Fix the file.`));
          }
        }
        if (errors.length > 0)
          throw new core_errors.G(errors);
        const changes = [];
        for (const variable of variables) {
          let matched = false;
          const misses = [];
          for (const file of files) {
            try {
              const result = setJsonValue(file.text, variable.name, variable.value, false);
              matched = true;
              if (result.action !== "unchanged") {
                file.text = result.text;
                file.changed = true;
              }
              changes.push({
                file: file.relative,
                key: result.path,
                action: result.action,
                secret: variable.secret
              });
            } catch (error) {
              if (!(error instanceof JsonPathError))
                throw error;
              misses.push(`${file.relative}: ${reporter.mask(error.message)}`);
            }
          }
          if (matched)
            continue;
          const first = files[0];
          if (options.addMissing) {
            try {
              const result = setJsonValue(first.text, variable.name, variable.value, true);
              first.text = result.text;
              first.changed = true;
              changes.push({ file: first.relative, key: result.path, action: "added", secret: variable.secret });
              continue;
            } catch (error) {
              if (!(error instanceof JsonPathError))
                throw error;
              misses.splice(0, misses.length, `${first.relative}: ${reporter.mask(error.message)}`);
            }
          }
          errors.push(new core_errors.dz(input(variable), `Input '${input(variable)}': ${misses.join("; ")}. Fix the key path (keys are separated by '.', arrays indexed by number)${options.addMissing ? "" : ", or set 'json-add-missing: true' to add it"}.`));
        }
        if (errors.length > 0)
          throw new core_errors.G(errors);
        for (const change of changes)
          reporter.info(`${change.file}: ${change.key} ${change.action}`);
        if (options.write !== false) {
          for (const file of files.filter((f) => f.changed))
            writeAtomically(file.absolute, (file.bom ? json_variables_UTF8_BOM : "") + file.text);
        }
        return { files: relativeFiles, changes };
      }
    })
  ),
  /***/
  7706: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        l: () => (
          /* binding */
          resolveAppFiles
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5153);
      function listAppFiles(root, kind) {
        const found = [];
        const walk = (dir, prefix, depth) => {
          if (depth > 8)
            return;
          for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir, { withFileTypes: true })) {
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
              if (!kind.skippedFolders.has(entry.name.toLowerCase()))
                walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), relative, depth + 1);
            } else if (entry.isFile() && kind.extension.test(entry.name))
              found.push(relative);
          }
        };
        walk(root, "", 0);
        return found.sort();
      }
      function resolveAppFiles(appDir, patterns, kind) {
        const errors = [];
        const result = [];
        let all;
        for (const pattern of patterns) {
          if (!(0, _glob_js__WEBPACK_IMPORTED_MODULE_3__.rl)(pattern)) {
            const relative = (0, _glob_js__WEBPACK_IMPORTED_MODULE_3__.Vd)(pattern);
            if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(appDir, relative))) {
              if (!result.includes(relative))
                result.push(relative);
            } else {
              errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(kind.input, `Input '${kind.input}': '${pattern}' is not in the app folder ${appDir}: check the name, it is relative to the app root.`));
            }
            continue;
          }
          all ??= listAppFiles(appDir, kind);
          const { matcher } = (0, _glob_js__WEBPACK_IMPORTED_MODULE_3__._K)([pattern], kind.input, true);
          for (const file of all.filter((f) => matcher.matchesFile(f)))
            if (!result.includes(file))
              result.push(file);
        }
        if (errors.length > 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.G(errors);
        return result;
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
