const id = 376;
const ids = [376, 785];
const modules = {
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
  ),
  /***/
  6572: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        P: () => (
          /* binding */
          encodeXmlDocument
        )
        /* harmony export */
      });
      function encodeXmlDocument(document) {
        const text = document.toString();
        const declaration = document.children.find((c) => c.type === "pi" && /^xml\s/.test(c.content));
        if (declaration?.type === "pi" && /encoding\s*=\s*["'](?:utf-16|unicode)/i.test(declaration.content)) {
          return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text.replace(/^\uFEFF/, ""), "utf16le")]);
        }
        return Buffer.from(text, "utf8");
      }
    })
  ),
  /***/
  3785: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        encodeXmlDocument: () => (
          /* reexport safe */
          _encode_document_js__WEBPACK_IMPORTED_MODULE_1__.P
        ),
        /* harmony export */
        writeFileAtomically: () => (
          /* binding */
          writeFileAtomically
        )
        /* harmony export */
      });
      var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(627);
      var _encode_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6572);
      function writeFileAtomically(file, data) {
        (0, _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__.Q)(file, data);
      }
    })
  ),
  /***/
  2376: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        applyXmlVariables: () => (
          /* binding */
          applyXmlVariables
        ),
        /* harmony export */
        findParameterOverrides: () => (
          /* binding */
          findParameterOverrides
        ),
        /* harmony export */
        writeXmlVariableFiles: () => (
          /* binding */
          writeXmlVariableFiles
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
      var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(926);
      var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(461);
      var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7864);
      var _sync_app_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7706);
      var _xdt_encode_document_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6572);
      var _xdt_write_output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3785);
      var _xdt_xpath_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2483);
      const XML_FILES = {
        input: "xml-files",
        extension: /\.config$/i,
        skippedFolders: /* @__PURE__ */ new Set(["node_modules", ".git"])
      };
      function localName(element) {
        const colon = element.name.indexOf(":");
        return colon < 0 ? element.name : element.name.slice(colon + 1);
      }
      function sameName(a, b) {
        return a !== void 0 && a.toLowerCase() === b.toLowerCase();
      }
      function resolveXmlFiles(appDir, patterns) {
        return (0, _sync_app_files_js__WEBPACK_IMPORTED_MODULE_5__.l)(appDir, patterns, XML_FILES);
      }
      function childrenOf(doc, parentName, name) {
        const out = [];
        for (const parent of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.DG)(doc)) {
          if (localName(parent) !== parentName)
            continue;
          for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(parent))
            if (localName(child) === name)
              out.push(child);
        }
        return out;
      }
      function applicationSettings(doc) {
        const out = [];
        for (const section of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.DG)(doc)) {
          if (localName(section) !== "applicationSettings")
            continue;
          for (const setting of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.DG)(section))
            if (localName(setting) === "setting")
              out.push(setting);
        }
        return out;
      }
      function setSettingValue(setting, value) {
        const existing = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(setting).find((c) => localName(c) === "value");
        if (existing) {
          if ((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.P_)(existing) === value && !existing.children.some((c) => c.type === "element"))
            return { action: "unchanged", element: existing };
          existing.children = value === "" ? [] : [{ type: "text", raw: (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_4__.X1)(value), parent: existing, offset: -1 }];
          existing.selfClosing = false;
          return { action: "replaced", element: existing };
        }
        const created = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.ru)(setting, (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.n)("value"));
        created.tagTail = "";
        created.children = value === "" ? [] : [{ type: "text", raw: (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_4__.X1)(value), parent: created, offset: -1 }];
        created.selfClosing = value === "";
        return { action: "added", element: created };
      }
      function quoteXPath(value) {
        return value.includes("'") ? `"${value}"` : `'${value}'`;
      }
      const ADD_LISTS = [
        { kind: "appSettings", key: "key", value: "value" },
        { kind: "connectionStrings", key: "name", value: "connectionString" }
      ];
      function applyToDocument(doc, file, variables) {
        const changes = [];
        const lists = ADD_LISTS.map((list) => ({ ...list, entries: childrenOf(doc, list.kind, "add") }));
        const settings = applicationSettings(doc);
        for (const variable of variables) {
          for (const list of lists) {
            for (const add of list.entries.filter((e) => sameName((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(e, list.key), variable.name))) {
              const had = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(add, list.value) !== void 0;
              const changed = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Bq)(add, list.value, variable.value);
              const entry = quoteXPath((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(add, list.key) ?? "");
              changes.push({
                file,
                name: variable.name,
                kind: list.kind,
                target: `/configuration/${list.kind}/add[@${list.key}=${entry}]/@${list.value}`,
                action: !changed ? "unchanged" : had ? "replaced" : "added",
                secret: variable.secret,
                element: add,
                attribute: list.value
              });
            }
          }
          for (const setting of settings.filter((e) => sameName((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(e, "name"), variable.name))) {
            const { action, element } = setSettingValue(setting, variable.value);
            changes.push({
              file,
              name: variable.name,
              kind: "applicationSettings",
              target: `//applicationSettings//setting[@name=${quoteXPath((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(setting, "name") ?? "")}]/value`,
              action,
              secret: variable.secret,
              element
            });
          }
        }
        return changes;
      }
      function applyXmlVariables(options) {
        const { variables, reporter } = options;
        const documents = /* @__PURE__ */ new Map();
        if (variables.length === 0)
          return { files: [], changes: [], documents };
        const files = resolveXmlFiles(options.appDir, options.files);
        if (files.length === 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("xml-files", `Input 'xml-files' (${options.files.join(", ")}) matches no .config file in ${options.appDir}: 'xml-variables' has nothing to write to.`);
        }
        const errors = [];
        for (const file of files) {
          try {
            documents.set(file, (0, _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__.gx)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.appDir, file)));
          } catch (error) {
            if (!(error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__.mI))
              throw error;
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz("xml-files", `${file} cannot be read as XML: ${error.message} Fix the file or leave it out of 'xml-files'.`));
          }
        }
        if (errors.length > 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.G(errors);
        const changes = [];
        for (const [file, doc] of documents)
          changes.push(...applyToDocument(doc, file, variables));
        for (const variable of variables) {
          if (changes.some((c) => c.name === variable.name))
            continue;
          const input = variable.secret ? "secret-xml-variables" : "xml-variables";
          errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(input, `Input '${input}': '${variable.name}' is not an appSettings key, a connection string name or an applicationSettings setting in ${files.join(", ")}. Check the name (compared case-insensitively) or 'xml-files'.`));
        }
        if (errors.length > 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.G(errors);
        for (const change of changes)
          reporter.info(`${change.file}: ${change.target} ${change.action}`);
        const result = { files, changes, documents };
        if (options.write !== false)
          writeXmlVariableFiles(options.appDir, result);
        return result;
      }
      function writeXmlVariableFiles(appDir, result) {
        const changed = [...new Set(result.changes.filter((c) => c.action !== "unchanged").map((c) => c.file))];
        for (const file of changed)
          (0, _xdt_write_output_js__WEBPACK_IMPORTED_MODULE_6__.writeFileAtomically)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(appDir, file), (0, _xdt_encode_document_js__WEBPACK_IMPORTED_MODULE_8__.P)(result.documents.get(file)));
        return changed;
      }
      function scopeRegex(scope) {
        try {
          return new RegExp(scope.replace(/^\(\?[imsx]+\)/, ""), "i");
        } catch {
          return void 0;
        }
      }
      function covers(node, change) {
        if (node.type === "attribute")
          return node.owner === change.element && node.attribute.name === change.attribute;
        if (node.type !== "element")
          return false;
        let current = change.element;
        while (current && current.type === "element") {
          if (current === node)
            return true;
          current = current.parent;
        }
        return false;
      }
      function findParameterOverrides(result, parameters) {
        const found = [];
        for (const parameter of parameters) {
          for (const entry of parameter.entries) {
            if (entry.kind.toLowerCase() !== "xmlfile")
              continue;
            const scope = scopeRegex(entry.scope);
            for (const [file, doc] of result.documents) {
              if (scope && !scope.test(`\\${file.replace(/\//g, "\\")}`))
                continue;
              let nodes;
              try {
                nodes = (0, _xdt_xpath_js__WEBPACK_IMPORTED_MODULE_7__.Iw)(entry.match, doc);
              } catch {
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
    })
  )
};
export {
  id,
  ids,
  modules
};
