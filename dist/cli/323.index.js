const id = 323;
const ids = [323];
const modules = {
  /***/
  2851: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Cs: () => (
          /* binding */
          hasErrors
        ),
        /* harmony export */
        R5: () => (
          /* binding */
          WebConfigError
        ),
        /* harmony export */
        b9: () => (
          /* binding */
          DiagnosticSink
        ),
        /* harmony export */
        xy: () => (
          /* binding */
          formatDiagnostic
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      const WEB_CONFIG_RULES = (
        /* unused pure expression or super */
        null
      );
      function formatDiagnostic(diagnostic) {
        const where = diagnostic.line ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}` : diagnostic.file;
        return `${diagnostic.severity}: ${where}: ${diagnostic.message}`;
      }
      function hasErrors(diagnostics) {
        return diagnostics.some((d) => d.severity === "error");
      }
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
          this.add("error", rule, offset, message);
        }
        warning(rule, offset, message) {
          this.add("warning", rule, offset, message);
        }
      }
      class WebConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz {
        diagnostics;
        name = "WebConfigError";
        constructor(diagnostics) {
          super("web-config", diagnostics.map(formatDiagnostic).join("\n"));
          this.diagnostics = diagnostics;
        }
      }
    })
  ),
  /***/
  9366: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $M: () => (
          /* binding */
          MODULE_V1
        ),
        /* harmony export */
        $k: () => (
          /* binding */
          isAppLocation
        ),
        /* harmony export */
        BH: () => (
          /* binding */
          isAspNetCoreHandler
        ),
        /* harmony export */
        G6: () => (
          /* binding */
          HOSTING_MODELS
        ),
        /* harmony export */
        JY: () => (
          /* binding */
          toDocument
        ),
        /* harmony export */
        Ko: () => (
          /* binding */
          normalizeAppRelativePath
        ),
        /* harmony export */
        Ky: () => (
          /* binding */
          appAspNetCoreElement
        ),
        /* harmony export */
        Q4: () => (
          /* binding */
          isAspNetCoreName
        ),
        /* harmony export */
        Q_: () => (
          /* binding */
          equalsIgnoreCase
        ),
        /* harmony export */
        Rv: () => (
          /* binding */
          toConfigurationDocument
        ),
        /* harmony export */
        Vo: () => (
          /* binding */
          parseOwnOutput
        ),
        /* harmony export */
        Vs: () => (
          /* binding */
          effectiveHostingModel
        ),
        /* harmony export */
        aX: () => (
          /* binding */
          readErrorDiagnostic
        ),
        /* harmony export */
        g6: () => (
          /* binding */
          MODULE_V2
        ),
        /* harmony export */
        l7: () => (
          /* binding */
          editScope
        ),
        /* harmony export */
        l_: () => (
          /* binding */
          appWebServerSections
        ),
        /* harmony export */
        og: () => (
          /* binding */
          ASPNETCORE_HANDLER
        ),
        /* harmony export */
        vj: () => (
          /* binding */
          splitArguments
        )
        /* harmony export */
      });
      var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);
      var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(461);
      var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(926);
      var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2851);
      const ASPNETCORE_HANDLER = "aspNetCore";
      const MODULE_V2 = "AspNetCoreModuleV2";
      const MODULE_V1 = "AspNetCoreModule";
      const HOSTING_MODELS = ["inprocess", "outofprocess"];
      function equalsIgnoreCase(a, b) {
        return a !== void 0 && a.toLowerCase() === b.toLowerCase();
      }
      function isAppLocation(location) {
        const path = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(location, "path");
        return path === void 0 || path.trim() === "" || path.trim() === ".";
      }
      function appWebServerSections(root) {
        const sections = [];
        for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(root)) {
          if (child.name === "system.webServer")
            sections.push(child);
          else if (child.name === "location" && isAppLocation(child))
            sections.push(...(0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(child, "system.webServer"));
        }
        return sections;
      }
      function isAspNetCoreName(name) {
        return equalsIgnoreCase(name, ASPNETCORE_HANDLER);
      }
      function isAspNetCoreHandler(add) {
        if (isAspNetCoreName((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(add, "name")))
          return true;
        const modules2 = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(add, "modules");
        return modules2 !== void 0 && /^aspnetcoremodule(v2)?$/i.test(modules2.trim());
      }
      function appAspNetCoreElement(root) {
        for (const section of appWebServerSections(root)) {
          const element = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(section, "aspNetCore")[0];
          if (element)
            return element;
        }
        return void 0;
      }
      function editScope(root) {
        const existing = firstDescendant(root, "aspNetCore");
        if (existing) {
          let node = existing;
          while (node.parent && node.parent.type === "element" && node.parent !== root)
            node = node.parent;
          return node.name === "location" ? node : root;
        }
        return (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(root, "location").find(isAppLocation) ?? root;
      }
      function firstDescendant(root, name) {
        const stack = [root];
        while (stack.length) {
          const element = stack.pop();
          if (element !== root && element.name === name)
            return element;
          const children = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(element);
          for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
        }
        return void 0;
      }
      function toDocument(input, file) {
        if (typeof input !== "string")
          return input;
        try {
          return (0, _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__.NO)(input, file);
        } catch (error) {
          if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_2__.mI)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__.R5([readErrorDiagnostic(error)]);
          throw error;
        }
      }
      function toConfigurationDocument(input, file) {
        const doc = toDocument(input, file);
        const root = doc.root;
        if (root.name !== "configuration") {
          const { line, column } = doc.position(root.offset);
          throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__.R5([
            {
              severity: "error",
              rule: "root-element",
              file,
              line,
              column,
              message: `The root element is <${root.name}>: a web.config has <configuration> as its root. Nothing was changed.`
            }
          ]);
        }
        return doc;
      }
      function parseOwnOutput(text, file) {
        try {
          return (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_0__.qU)(text);
        } catch (error) {
          if (error instanceof _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_0__.R_) {
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__.R5([
              {
                severity: "error",
                rule: "not-well-formed",
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
          severity: "error",
          rule: "not-well-formed",
          file: error.file,
          // A file that is empty or binary has no better position than its start.
          line: error.line || 1,
          column: error.column || 1,
          message: error.message
        };
      }
      function effectiveHostingModel(aspNetCore) {
        if (!aspNetCore)
          return void 0;
        const value = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(aspNetCore, "hostingModel")?.trim().toLowerCase();
        if (value === void 0 || value === "")
          return "outofprocess";
        return HOSTING_MODELS.includes(value) ? value : void 0;
      }
      function splitArguments(value) {
        const tokens = [];
        let i = 0;
        while (i < value.length) {
          while (i < value.length && /\s/.test(value[i]))
            i++;
          if (i >= value.length)
            break;
          const start = i;
          let text = "";
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
      function normalizeAppRelativePath(value) {
        return value.trim().replace(/\//g, "\\").replace(/^(\.\\)+/, "").toLowerCase();
      }
    })
  ),
  /***/
  6233: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LJ: () => (
          /* binding */
          detectSelfContained
        ),
        /* harmony export */
        Q6: () => (
          /* binding */
          findFileIgnoreCase
        ),
        /* harmony export */
        Qw: () => (
          /* binding */
          findWebConfig
        ),
        /* harmony export */
        _3: () => (
          /* binding */
          detectAppName
        ),
        /* harmony export */
        o5: () => (
          /* binding */
          lookupPublishFile
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
      const RUNTIMECONFIG = ".runtimeconfig.json";
      function listFolder(folder) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(folder, { withFileTypes: true });
        } catch {
          return [];
        }
      }
      function findFileIgnoreCase(folder, name) {
        const entries = listFolder(folder).filter((e) => e.isFile() || e.isSymbolicLink());
        const exact = entries.find((e) => e.name === name);
        const match = exact ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
        return match ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, match.name) : void 0;
      }
      function findWebConfig(publishDir) {
        return findFileIgnoreCase(publishDir, "web.config");
      }
      function readRuntimeConfig(publishDir, appName) {
        const file = findFileIgnoreCase(publishDir, `${appName}${RUNTIMECONFIG}`);
        if (!file)
          return void 0;
        const text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8").replace(/^\uFEFF/, "");
        try {
          return JSON.parse(text);
        } catch (error) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz("source", `${file} is not valid JSON (${error.message}); re-run dotnet publish to regenerate it.`);
        }
      }
      function frameworkNames(config) {
        const options = config?.runtimeOptions;
        return [
          ...options?.framework ? [options.framework] : [],
          ...options?.frameworks ?? [],
          ...options?.includedFrameworks ?? []
        ].map((f) => f.name ?? "");
      }
      function detectAppName(publishDir, input = "app-name") {
        const files = listFolder(publishDir).filter((e) => e.isFile() && e.name.toLowerCase().endsWith(RUNTIMECONFIG)).map((e) => e.name).filter((name) => !name.toLowerCase().endsWith(`.dev${RUNTIMECONFIG}`)).sort();
        if (files.length === 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `No *.runtimeconfig.json in ${publishDir}: is it the output of 'dotnet publish'? Set '${input}' to the assembly name (e.g. MyApp).`);
        }
        let candidates = files.map((name) => name.slice(0, -RUNTIMECONFIG.length));
        const withDll = candidates.filter((name) => findFileIgnoreCase(publishDir, `${name}.dll`));
        if (withDll.length > 0)
          candidates = withDll;
        if (candidates.length > 1) {
          const web = candidates.filter((name) => frameworkNames(readRuntimeConfig(publishDir, name)).some((f) => f === "Microsoft.AspNetCore.App"));
          if (web.length > 0)
            candidates = web;
        }
        if (candidates.length > 1) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `Several apps in ${publishDir}: ${candidates.map((c) => `${c}${RUNTIMECONFIG}`).join(", ")}. Set '${input}' to the one IIS runs (e.g. ${candidates[0]}).`);
        }
        return candidates[0];
      }
      function detectSelfContained(publishDir, appName, input = "self-contained") {
        const config = readRuntimeConfig(publishDir, appName);
        const options = config?.runtimeOptions;
        const frameworkDependent = Boolean(options?.framework || options?.frameworks && options.frameworks.length);
        const exe = findFileIgnoreCase(publishDir, `${appName}.exe`);
        if (frameworkDependent)
          return false;
        if (options?.includedFrameworks && !exe) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(input, `${appName} is published self-contained but ${publishDir} has no ${appName}.exe: publish for a Windows runtime (-r win-x64) or set '${input}: false'.`);
        }
        return Boolean(exe);
      }
      function lookupPublishFile(publishDir, written) {
        const value = written.trim();
        if (value.includes("%") || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(value) || /^[a-z]:/i.test(value))
          return { status: "unchecked" };
        const parts = value.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
        let current = publishDir;
        for (const [index, part] of parts.entries()) {
          if (part === "..")
            return { status: "unchecked" };
          const last = index === parts.length - 1;
          const entries = listFolder(current);
          const match = entries.find((e) => e.name === part) ?? entries.find((e) => e.name.toLowerCase() === part.toLowerCase());
          if (!match || (last ? match.isDirectory() : !match.isDirectory())) {
            return { status: "missing", path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(publishDir, ...parts) };
          }
          current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, match.name);
        }
        return parts.length ? { status: "found", path: current } : { status: "missing", path: publishDir };
      }
    })
  ),
  /***/
  3462: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        CX: () => (
          /* binding */
          passesHandlerToChildren
        ),
        /* harmony export */
        KC: () => (
          /* binding */
          fitSubApplication
        ),
        /* harmony export */
        M5: () => (
          /* binding */
          SUB_APPLICATION_KINDS
        ),
        /* harmony export */
        NT: () => (
          /* binding */
          parentApplicationPaths
        ),
        /* harmony export */
        gc: () => (
          /* binding */
          subApplicationKindOf
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
      var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(461);
      var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9366);
      const SUB_APPLICATION_KINDS = ["aspnetcore", "other"];
      const REMOVE_WHY = 'so the handler inherited from the parent ASP.NET Core app does not collide with it (IIS 500.19) when the parent does not use inheritInChildApplications="false"';
      function fitSubApplication(text, options) {
        const file = options.file ?? "web.config";
        if (text === void 0 && options.kind === "aspnetcore") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("web-config", `${file} does not exist: an ASP.NET Core sub-application needs its own web.config (run the transform first).`);
        }
        const newline = options.newline ?? "\r\n";
        const generated = text === void 0;
        const source = text ?? `<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}</configuration>`;
        const doc = (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.Rv)(source, file);
        const root = doc.root;
        const changes = options.kind === "aspnetcore" ? fitAspNetCoreChild(root) : fitOtherChild(root, file, generated);
        const output = doc.toString();
        return {
          text: output,
          changes: generated ? ["did not exist: generated one that removes the inherited aspNetCore handler"] : changes,
          generated,
          changed: generated || output !== source
        };
      }
      function getOrCreate(parent, name, changes) {
        const existing = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.JV)(parent, name);
        if (existing)
          return existing;
        changes.push(`added <${name}>`);
        return (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.ru)(parent, (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.n)(name));
      }
      function removesInheritedHandler(handlers, before) {
        for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(handlers)) {
          if (child === before)
            return false;
          if (child.name === "clear")
            return true;
          if (child.name === "remove" && (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.Q4)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(child, "name")))
            return true;
        }
        return false;
      }
      function fitAspNetCoreChild(root) {
        const changes = [];
        const webServer = getOrCreate((0, _model_js__WEBPACK_IMPORTED_MODULE_2__.l7)(root), "system.webServer", changes);
        let handlers = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.JV)(webServer, "handlers");
        if (!handlers) {
          handlers = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.n)("handlers");
          const aspNetCore = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.JV)(webServer, "aspNetCore");
          if (aspNetCore)
            (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.Oj)(aspNetCore, handlers, "before");
          else
            (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.ru)(webServer, handlers);
          changes.push("added <handlers>");
        }
        let add = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(handlers, "add").find((a) => (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.Q4)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(a, "name")));
        if (!add) {
          add = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.ru)(handlers, (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.n)("add", [
            ["name", _model_js__WEBPACK_IMPORTED_MODULE_2__.og],
            ["path", "*"],
            ["verb", "*"],
            ["modules", _model_js__WEBPACK_IMPORTED_MODULE_2__.g6],
            ["resourceType", "Unspecified"]
          ]));
          changes.push(`handlers: added the app's own aspNetCore handler: a parent published by dotnet publish (inheritInChildApplications="false") passes none down`);
        }
        if (!removesInheritedHandler(handlers, add)) {
          (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.Oj)(add, (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.n)("remove", [["name", _model_js__WEBPACK_IMPORTED_MODULE_2__.og]]), "before");
          changes.push(`handlers: added <remove name="aspNetCore" /> before the app's own handler, ${REMOVE_WHY}`);
        }
        return changes;
      }
      function fitOtherChild(root, file, generated) {
        const changes = [];
        const sections = (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.l_)(root);
        const own = sections.flatMap((s) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(s, "handlers")).flatMap((h) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(h, "add")).find(_model_js__WEBPACK_IMPORTED_MODULE_2__.BH);
        if (own) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("web-config", `${file} has its own aspNetCore handler, so it is an ASP.NET Core app: use the ASP.NET Core sub-application mode.`);
        }
        const handlersElements = sections.flatMap((s) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(s, "handlers"));
        if (handlersElements.some((h) => removesInheritedHandler(h)))
          return changes;
        const scope = sections[0] ?? getOrCreate((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(root, "location").find(_model_js__WEBPACK_IMPORTED_MODULE_2__.$k) ?? root, "system.webServer", changes);
        const handlers = handlersElements[0] ?? getOrCreate(scope, "handlers", changes);
        const remove = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.n)("remove", [["name", _model_js__WEBPACK_IMPORTED_MODULE_2__.og]]);
        const first = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(handlers)[0];
        if (first)
          (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.Oj)(first, remove, "before");
        else
          (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.ru)(handlers, remove);
        if (!generated) {
          changes.push('handlers: added <remove name="aspNetCore" />: this app is not ASP.NET Core, so the handler inherited from the parent ASP.NET Core app must not take its requests');
        }
        return changes;
      }
      function passesHandlerToChildren(parent, file = "web.config") {
        const root = (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.JY)(parent, file).root;
        if (root.name !== "configuration")
          return false;
        for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(root)) {
          const blocked = child.name === "location" && /^false$/i.test((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.D$)(child, "inheritInChildApplications") ?? "");
          const sections = child.name === "system.webServer" ? [child] : child.name === "location" && (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.$k)(child) ? (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(child, "system.webServer") : [];
          for (const section of sections) {
            const handler = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(section, "handlers").flatMap((h) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(h, "add")).find(_model_js__WEBPACK_IMPORTED_MODULE_2__.BH);
            if (handler && !blocked)
              return true;
          }
        }
        return false;
      }
      function subApplicationKindOf(text, file = "web.config") {
        if (text === void 0)
          return "other";
        const root = (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.Rv)(text, file).root;
        const own = (0, _model_js__WEBPACK_IMPORTED_MODULE_2__.l_)(root).flatMap((s) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(s, "handlers")).flatMap((h) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_1__.AR)(h, "add")).some(_model_js__WEBPACK_IMPORTED_MODULE_2__.BH);
        return own ? "aspnetcore" : "other";
      }
      function parentApplicationPaths(application) {
        const parts = application.split("/").filter(Boolean);
        const parents = [];
        for (let n = parts.length - 1; n >= 1; n--)
          parents.push(`/${parts.slice(0, n).join("/")}`);
        if (parts.length > 0)
          parents.push("/");
        return parents;
      }
    })
  ),
  /***/
  5428: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Gp: () => (
          /* binding */
          readHostingModel
        ),
        vY: () => (
          /* binding */
          stdoutLogPath
        ),
        Vo: () => (
          /* binding */
          transformWebConfig
        )
      });
      var external_node_path_ = __webpack_require__(6760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var errors = __webpack_require__(4296);
      var parse_xml = __webpack_require__(926);
      var xml_document = __webpack_require__(7864);
      ;
      const BOM = "\uFEFF";
      function serializeAsParsed(doc) {
        const out = [];
        let length = 0;
        const write = (piece) => {
          out.push(piece);
          length += piece.length;
        };
        const writeChildren = (parent, children2) => {
          const kept = [];
          let previous;
          for (const node of children2) {
            if (node.type === "text") {
              if (node.raw === "")
                continue;
              if (previous?.type === "text") {
                previous.raw += node.raw;
                write(node.raw);
                continue;
              }
            }
            node.parent = parent;
            writeNode(node);
            kept.push(node);
            previous = node;
          }
          return kept;
        };
        const writeNode = (node) => {
          node.offset = length;
          switch (node.type) {
            case "text":
              write(node.raw);
              return;
            case "comment":
              write(`<!--${node.content}-->`);
              return;
            case "cdata":
              write(`<![CDATA[${node.content}]]>`);
              return;
            case "pi":
              write(`<?${node.content}?>`);
              return;
            case "doctype":
              write(node.raw);
              return;
            case "element": {
              write("<");
              write(node.name);
              for (const a of node.attributes) {
                write(a.leading);
                a.offset = length;
                write(a.name);
                write(a.equals);
                write(a.quote);
                a.valueOffset = length;
                write(a.rawValue);
                write(a.quote);
              }
              write(node.tagTail);
              if (node.children.length === 0 && node.selfClosing) {
                node.endOffset = -1;
                write("/>");
                return;
              }
              node.selfClosing = false;
              write(">");
              node.children = writeChildren(node, node.children);
              node.endOffset = length;
              write("</");
              write(node.name);
              write(node.endTagTail);
              write(">");
              return;
            }
          }
        };
        const children = writeChildren(doc, doc.children);
        const body = out.join("");
        const document = new xml_document.VB(body);
        document.bom = doc.bom;
        document.newline = (0, xml_document.Rd)(body);
        document.children = children;
        for (const child of children)
          child.parent = document;
        return { text: doc.bom ? BOM + body : body, document };
      }
      var xml_edit = __webpack_require__(461);
      var diagnostics = __webpack_require__(2851);
      var model = __webpack_require__(9366);
      ;
      const VS_LAUNCHER_ARGS = ["%LAUNCHER_ARGS%", "-argFile IISExeLauncherArgs.txt"];
      const DEFAULT_STDOUT_LOG_FILE = ".\\logs\\stdout";
      function templateText(newline) {
        return `\uFEFF<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}  <location path="." inheritInChildApplications="false" />${newline}</configuration>`;
      }
      function transformWebConfig(text, options) {
        const file = options.file ?? "web.config";
        checkOptions(options);
        const generated = text === void 0;
        const source = text ?? templateText(options.newline ?? "\r\n");
        const doc = (0, model.Rv)(source, file);
        const root = doc.root;
        const changes = [];
        const edited = new Transformer(options, changes, generated).run(root);
        if ((options.encoding ?? "utf8") === "utf8" && !doc.bom) {
          doc.bom = true;
          changes.push("added the UTF-8 byte order mark (BOM) that dotnet publish writes");
        }
        const { text: output, document } = serializeAsParsed(doc);
        if (output !== source)
          for (const element of edited)
            ensureWellFormed(element, document, file);
        return {
          text: output,
          document,
          changes: generated ? [generatedSummary(options), ...changes] : changes,
          generated,
          changed: generated || output !== source
        };
      }
      function generatedSummary(options) {
        const base = appBaseName(options.appName);
        const process = options.selfContained ? `processPath=".\\${base}${options.executableExtension ?? ".exe"}"` : `processPath="dotnet" arguments=".\\${base}.dll"`;
        return `did not exist: generated what dotnet publish writes (${process}, hostingModel="${options.hostingModel ?? "inprocess"}")`;
      }
      const NOT_XML_CHARACTER = (
        // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
      );
      function checkXmlText(input, what, value) {
        const bad = NOT_XML_CHARACTER.exec(value);
        if (bad) {
          const code = bad[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
          throw new errors.dz(input, `${what} contains U+${code}, which XML (and so web.config) cannot hold.`);
        }
      }
      function checkOptions(options) {
        checkXmlText("app-name", "Input 'app-name'", options.appName);
        if (options.environment !== void 0)
          checkXmlText("environment", "Input 'environment'", options.environment);
        for (const variable of options.environmentVariables ?? []) {
          const input = variable.secret ? "secret-environment-variables" : "environment-variables";
          checkXmlText(input, `The name of environment variable ${JSON.stringify(variable.name)}`, variable.name);
          checkXmlText(input, `The value of environment variable ${variable.name}`, variable.value);
        }
        if (!appBaseName(options.appName) || /[\\/:*?"<>|]/.test(options.appName)) {
          throw new errors.dz("app-name", `Input 'app-name' is '${options.appName}': use the assembly name, e.g. MyApp (no path).`);
        }
        if (options.hostingModel !== void 0 && !model.G6.includes(options.hostingModel.toLowerCase())) {
          throw new errors.dz("hosting-model", `Input 'hosting-model' is '${options.hostingModel}': use inprocess or outofprocess.`);
        }
        const seen = /* @__PURE__ */ new Map();
        for (const variable of options.environmentVariables ?? []) {
          const key = variable.name.toLowerCase();
          if (!variable.name.trim() || variable.name.includes("=")) {
            throw new errors.dz("environment-variables", `'${variable.name}' is not an environment variable name.`);
          }
          const first = seen.get(key);
          if (first !== void 0) {
            throw new errors.dz("environment-variables", `${first} is given twice${first === variable.name ? "" : ` (also as ${variable.name})`}; names are case-insensitive on Windows: keep one.`);
          }
          seen.set(key, variable.name);
          if (key === "aspnetcore_environment" && options.environment && variable.value !== options.environment) {
            throw new errors.dz("environment", `Both 'environment' and 'environment-variables' set ASPNETCORE_ENVIRONMENT, to different values: keep one.`);
          }
        }
      }
      function ensureWellFormed(element, doc, file) {
        try {
          (0, parse_xml.NO)((0, xml_document.Nt)(element), file);
        } catch (error) {
          if (error instanceof parse_xml.mI) {
            const { line, column } = doc.position(element.offset);
            throw new diagnostics.R5([
              {
                severity: "error",
                rule: "not-well-formed",
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
        return appName.trim().replace(/\.(dll|exe)$/i, "");
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
          const scope = (0, model.l7)(root);
          const webServer = this.getOrCreate(scope, "system.webServer");
          const handlers = this.getOrCreate(webServer, "handlers");
          const handler = this.transformHandlers(handlers);
          const moduleName = (0, xml_edit.D$)(handler, "modules") ?? "";
          const existing = (0, xml_edit.JV)(webServer, "aspNetCore");
          const created = !existing;
          const aspNetCore = existing ?? (0, xml_edit.ru)(webServer, (0, xml_edit.n)("aspNetCore"));
          const before = this.changes.length;
          this.transformAspNetCore(aspNetCore, moduleName);
          if (created && !this.generated) {
            const attributes = aspNetCore.attributes.map((a) => `${a.name}="${(0, xml_edit.D$)(aspNetCore, a.name)}"`);
            this.changes.splice(before, this.changes.length - before, `added <aspNetCore ${attributes.join(" ")} />`);
          }
          this.transformEnvironmentVariables(aspNetCore);
          const children = webServer.children;
          if (children.indexOf(aspNetCore) < children.indexOf(handlers)) {
            (0, xml_edit.bf)(aspNetCore);
            (0, xml_edit.Oj)(handlers, aspNetCore, "after");
            this.changes.push("moved <aspNetCore> after <handlers>");
          }
          return [handlers, aspNetCore];
        }
        getOrCreate(parent, name) {
          const existing = (0, xml_edit.JV)(parent, name);
          if (existing)
            return existing;
          this.note(`added <${name}>`);
          return (0, xml_edit.ru)(parent, (0, xml_edit.n)(name));
        }
        /** Records a change; a generated file is summarised in one line, except for its environment variables. */
        note(change, always = false) {
          if (always || !this.generated)
            this.changes.push(change);
        }
        fillIfEmpty(element, name, value) {
          const current = (0, xml_edit.D$)(element, name);
          if (current !== void 0 && current.trim() !== "")
            return;
          (0, xml_edit.Bq)(element, name, value);
          const label = element.name === "add" ? "handler" : element.name;
          this.note(`${label}: ${name}="${value}"${current === void 0 ? "" : " (was empty)"}`);
        }
        transformHandlers(handlers) {
          let add = (0, xml_edit.AR)(handlers, "add").find((a) => (0, model.Q4)((0, xml_edit.D$)(a, "name")));
          if (!add) {
            const attributes = [
              ["name", model.og],
              ["path", "*"],
              ["verb", "*"],
              ["modules", this.options.moduleName ?? model.g6],
              ["resourceType", "Unspecified"]
            ];
            add = (0, xml_edit.ru)(handlers, (0, xml_edit.n)("add", attributes));
            this.note(`added <add ${attributes.map(([k, v]) => `${k}="${v}"`).join(" ")} /> to <handlers>`);
            return add;
          } else if ((0, xml_edit.Bq)(add, "name", model.og)) {
            this.note(`handler: name="${model.og}" (casing fixed)`);
          }
          this.fillIfEmpty(add, "path", "*");
          this.fillIfEmpty(add, "verb", "*");
          this.fillIfEmpty(add, "modules", this.options.moduleName ?? model.g6);
          this.fillIfEmpty(add, "resourceType", "Unspecified");
          return add;
        }
        transformAspNetCore(aspNetCore, moduleName) {
          const base = appBaseName(this.options.appName);
          const dllPath = `.\\${base}.dll`.replace(/\//g, "\\");
          const originalArguments = (0, xml_edit.D$)(aspNetCore, "arguments");
          let args = originalArguments;
          if (args !== void 0) {
            for (const token of VS_LAUNCHER_ARGS)
              args = removeIgnoreCase(args, token);
            args = args.trim();
            if (args !== (originalArguments ?? "").trim())
              this.note("aspNetCore: removed the Visual Studio launcher arguments");
          }
          if (this.options.selfContained) {
            const extension = this.options.executableExtension ?? ".exe";
            this.setProcessPath(aspNetCore, `.\\${base}${extension}`);
            const first = args === void 0 || this.options.likeSdk ? void 0 : leadingAppArgument(args, dllPath);
            if (args !== void 0 && first) {
              args = args.slice(first.end).trim();
              this.note(`aspNetCore: dropped ${first.text} from arguments (a self-contained app runs as its .exe)`);
              if (args === "") {
                (0, xml_edit.De)(aspNetCore, "arguments");
                args = void 0;
              }
            }
            if (args !== void 0)
              (0, xml_edit.Bq)(aspNetCore, "arguments", args);
          } else {
            this.setProcessPath(aspNetCore, "dotnet");
            const first = this.options.likeSdk ? args === dllPath : args !== void 0 && leadingAppArgument(args, dllPath) !== void 0;
            const value = first ? args : `${dllPath} ${args ?? ""}`.trim();
            if (value !== originalArguments || this.options.likeSdk)
              this.setArgumentsAfterProcessPath(aspNetCore, value);
            if (!first)
              this.note(`aspNetCore: arguments start with ${dllPath}`);
          }
          this.fillIfEmpty(aspNetCore, "stdoutLogEnabled", "false");
          this.fillIfEmpty(aspNetCore, "stdoutLogFile", DEFAULT_STDOUT_LOG_FILE);
          const wanted = this.options.hostingModel ?? (this.generated ? "inprocess" : void 0);
          if (wanted !== void 0) {
            if (wanted.toLowerCase() === "inprocess" && (0, model.Q_)(moduleName.trim(), model.$M)) {
              throw new errors.dz("hosting-model", `In-process hosting is not supported by ${model.$M} (the handler's modules): use outofprocess, or modules="${model.g6}".`);
            }
            const current = (0, xml_edit.D$)(aspNetCore, "hostingModel");
            if (current === void 0 || current.toLowerCase() !== wanted.toLowerCase()) {
              (0, xml_edit.Bq)(aspNetCore, "hostingModel", wanted);
              this.note(`aspNetCore: hostingModel="${wanted}"${current === void 0 ? "" : ` (was "${current}")`}`);
            }
          }
        }
        setProcessPath(aspNetCore, value) {
          const current = (0, xml_edit.D$)(aspNetCore, "processPath");
          if ((0, xml_edit.Bq)(aspNetCore, "processPath", value)) {
            this.note(`aspNetCore: processPath="${value}"${current === void 0 ? "" : ` (was "${current}")`}`);
          }
        }
        /** Sets `arguments`, placed right after processPath as the SDK does when it writes it. */
        setArgumentsAfterProcessPath(aspNetCore, value) {
          const attributes = aspNetCore.attributes;
          let attribute = (0, xml_edit.Oh)(aspNetCore, "arguments");
          if (attribute) {
            attribute.rawValue = (0, xml_document.Gj)(value, attribute.quote);
            attributes.splice(attributes.indexOf(attribute), 1);
          } else {
            attribute = {
              name: "arguments",
              leading: " ",
              equals: "=",
              quote: '"',
              rawValue: (0, xml_document.Gj)(value, '"'),
              offset: -1,
              valueOffset: -1
            };
          }
          const at = attributes.findIndex((a) => a.name === "processPath") + 1;
          const neighbour = attributes[at] ?? attributes[at - 1];
          if (attribute.offset === -1 && neighbour && /[\r\n]/.test(neighbour.leading))
            attribute.leading = neighbour.leading;
          attributes.splice(at, 0, attribute);
        }
        transformEnvironmentVariables(aspNetCore) {
          const variables = [];
          if (this.options.environment) {
            variables.push({ name: "ASPNETCORE_ENVIRONMENT", value: this.options.environment });
          }
          for (const variable of this.options.environmentVariables ?? []) {
            if (!variables.some((v) => (0, model.Q_)(v.name, variable.name)))
              variables.push(variable);
          }
          if (variables.length === 0)
            return;
          const container = this.getOrCreate(aspNetCore, "environmentVariables");
          for (const variable of variables) {
            const shown = variable.secret ? "(secret value)" : `"${variable.value}"`;
            const [entry, ...duplicates] = (0, xml_edit.AR)(container, "environmentVariable").filter((e) => (0, model.Q_)((0, xml_edit.D$)(e, "name"), variable.name));
            if (!entry) {
              (0, xml_edit.ru)(container, (0, xml_edit.n)("environmentVariable", [
                ["name", variable.name],
                ["value", variable.value]
              ]));
              this.note(`environment variable ${variable.name} added: ${shown}`, true);
              continue;
            }
            const renamed = (0, xml_edit.Bq)(entry, "name", variable.name);
            const revalued = (0, xml_edit.Bq)(entry, "value", variable.value);
            if (renamed || revalued)
              this.note(`environment variable ${variable.name} updated: ${shown}`);
            for (const duplicate of duplicates) {
              (0, xml_edit.bf)(duplicate);
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
        return (0, model.Ko)(written) === (0, model.Ko)(dllPath);
      }
      function leadingAppArgument(args, dllPath) {
        const first = (0, model.vj)(args)[0];
        if (first && sameAppFile(first.text, dllPath))
          return first;
        const name = (0, model.Ko)(dllPath);
        const match = /^\s*((?:\.[\\/])*)(\S[^]*)$/.exec(args);
        const rest = match?.[2] ?? "";
        const next = rest.charAt(name.length);
        if (name.includes(" ") && rest.slice(0, name.length).toLowerCase() === name && (next === "" || /\s/.test(next)))
          return {
            text: args.slice(0, args.length - rest.length + name.length).trim(),
            end: args.length - rest.length + name.length
          };
        return void 0;
      }
      function readHostingModel(input, file = "web.config") {
        const root = (0, model.JY)(input, file).root;
        return (0, model.Vs)((0, model.Ky)(root));
      }
      function stdoutLogPath(input, file = "web.config") {
        const root = (0, model.JY)(input, file).root;
        const aspNetCore = (0, model.Ky)(root);
        if (!aspNetCore)
          return void 0;
        const prefix = (0, xml_edit.D$)(aspNetCore, "stdoutLogFile")?.trim() || ".\\aspnetcore-stdout";
        const enabled = (0, model.Q_)((0, xml_edit.D$)(aspNetCore, "stdoutLogEnabled")?.trim(), "true");
        const windowsPath = prefix.replace(/\//g, "\\");
        const relative = !external_node_path_default().win32.isAbsolute(windowsPath) && !/^[a-z]:/i.test(windowsPath);
        const directory = external_node_path_default().win32.dirname(windowsPath);
        return {
          enabled,
          prefix,
          directory: relative ? external_node_path_default().win32.normalize(directory) : directory,
          relative
        };
      }
    })
  ),
  /***/
  8429: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        KZ: () => (
          /* binding */
          validatePublishFolder
        ),
        /* harmony export */
        RC: () => (
          /* binding */
          validateWebConfig
        ),
        /* harmony export */
        vy: () => (
          /* binding */
          validateWebConfigFile
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7864);
      var _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(461);
      var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2851);
      var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9366);
      var _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6233);
      var _web_config_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8963);
      const ASPNETCORE_ATTRIBUTES = {
        processPath: { kind: "string" },
        arguments: { kind: "string" },
        startupTimeLimit: { kind: "uint", min: 0, max: 3600, unit: "seconds" },
        shutdownTimeLimit: { kind: "uint", min: 0, max: 600, unit: "seconds" },
        rapidFailsPerMinute: { kind: "uint", min: 0, max: 100, unit: "failures" },
        // timeSpanRange "0,1296000,1": 0 to 360 hours, in whole seconds.
        requestTimeout: { kind: "timespan", maxSeconds: 1296e3 },
        stdoutLogEnabled: { kind: "bool" },
        stdoutLogFile: { kind: "string" },
        processesPerApplication: { kind: "uint", min: 1, max: 100, unit: "processes" },
        forwardWindowsAuthToken: { kind: "bool" },
        disableStartUpErrorPage: { kind: "bool" },
        hostingModel: { kind: "string" }
      };
      const ASPNETCORE_CHILDREN = ["environmentVariables", "handlerSettings", "recycleOnFileChange"];
      const HANDLER_SETTINGS = {
        handlerVersion: "string",
        enableShadowCopy: "bool",
        experimentalEnableShadowCopy: "bool",
        shadowCopyDirectory: "string",
        cleanShadowCopyDirectory: "bool",
        disallowRotationOnConfigChange: "bool",
        shutdownDelay: "int",
        debugFile: "string",
        debugLevel: "debug-level",
        stackSize: "hex-or-int",
        setCurrentDirectory: "bool",
        callStartupHook: "bool",
        suppressRecycleOnStartupTimeout: "bool"
      };
      const DEBUG_LEVEL_TOKENS = ["error", "warning", "info", "trace", "console", "eventlog", "file"];
      const IGNORED_SECTIONS = {
        appSettings: "move the settings to appsettings.json or environment variables",
        connectionStrings: "move them to appsettings.json, environment variables or a secret store",
        "system.web": "IIS settings belong in <system.webServer> (request limits: <security><requestFiltering>)"
      };
      const LAUNCHER_ARGS = /%LAUNCHER_ARGS%|-argFile\s+IISExeLauncherArgs\.txt/i;
      function validateWebConfig(input, options) {
        let doc;
        try {
          doc = (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.JY)(input, options.file);
        } catch (error) {
          if (error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.R5)
            return error.diagnostics;
          throw error;
        }
        const sink = new _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.b9(options.file, doc);
        new Validator(doc, sink, options).run();
        return sink.diagnostics;
      }
      function validateWebConfigFile(file, options = {}) {
        const name = options.displayName ?? file;
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
          return [missingFile(name)];
        try {
          const source = (0, _web_config_file_js__WEBPACK_IMPORTED_MODULE_7__.U_)(file, name);
          return validateWebConfig(source.text, { ...options, file: name });
        } catch (error) {
          if (error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__.R5)
            return error.diagnostics;
          throw error;
        }
      }
      function validatePublishFolder(publishDir, options = {}) {
        const file = (0, _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__.Qw)(publishDir);
        if (!file) {
          const missing = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(publishDir, "web.config");
          return { file: missing, diagnostics: [missingFile(missing)] };
        }
        return { file, diagnostics: validateWebConfigFile(file, { ...options, publishDir }) };
      }
      function missingFile(file) {
        return {
          severity: "error",
          rule: "missing-file",
          file,
          line: 0,
          column: 0,
          message: "web.config does not exist. Without it IIS does not hand requests to the ASP.NET Core Module and may serve sensitive files (appsettings.json, *.deps.json, *.runtimeconfig.json) as static content. Deploy the web.config that dotnet publish writes, or use 'web-config: transform' (CLI: web-config transform) to generate it."
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
          if (root.name !== "configuration") {
            this.sink.error("root-element", root.offset, `The root element is <${root.name}>: a web.config has <configuration> as its root.`);
            return;
          }
          this.checkXdtLeftovers(root);
          this.checkIgnoredSections(root);
          const sections = (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.l_)(root);
          if (sections.length === 0) {
            const elsewhere = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(root, "location").find((l) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(l, "system.webServer").length);
            this.sink.error("system-webserver-missing", root.offset, elsewhere ? `<system.webServer> appears only under <location path="${(0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(elsewhere, "path")}">, which does not apply to the app itself: put it directly under <configuration> or under <location path=".">.` : "No <system.webServer> section: IIS will not run the app through the ASP.NET Core Module. Add the handler and <aspNetCore> element (or use 'web-config: transform').");
            return;
          }
          this.checkDuplicateSections(sections);
          const handler = this.checkHandlers(sections);
          const aspNetCore = sections.flatMap((s) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(s, "aspNetCore"))[0];
          if (!aspNetCore) {
            this.sink.error("aspnetcore-missing", sections[0].offset, `No <aspNetCore> element in <system.webServer>: the module does not know what to start. Add <aspNetCore processPath="dotnet" arguments=".\\MyApp.dll" /> (or use 'web-config: transform').`);
            return;
          }
          this.checkAspNetCore(aspNetCore, handler);
        }
        // ---- document-wide --------------------------------------------------------------------------------------
        checkXdtLeftovers(root) {
          const stack = [root];
          while (stack.length) {
            const element = stack.pop();
            const attribute = element.attributes.find((a) => /^xdt:/i.test(a.name));
            if (attribute) {
              this.sink.warning("xdt-leftover", attribute.offset, `<${element.name}> still has ${attribute.name}: this is an XDT transform file, or a transform was never applied. Apply it with 'xdt-transforms' instead of deploying it.`);
            }
            for (let i = element.children.length - 1; i >= 0; i--) {
              const child = element.children[i];
              if (child?.type === "element")
                stack.push(child);
            }
          }
        }
        checkIgnoredSections(root) {
          const parents = [root, ...(0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(root, "location")];
          for (const parent of parents) {
            for (const element of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(parent)) {
              const fix = IGNORED_SECTIONS[element.name];
              if (fix) {
                this.sink.warning("ignored-section", element.offset, `<${element.name}> is ignored by ASP.NET Core apps: ${fix}.`);
              }
            }
          }
        }
        checkDuplicateSections(sections) {
          const seen = /* @__PURE__ */ new Map();
          for (const section of sections) {
            for (const element of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(section)) {
              const first = seen.get(element.name);
              if (first) {
                this.sink.error("duplicate-section", element.offset, `<${element.name}> is defined twice for the app (first at line ${this.line(first)}): IIS refuses the file with a 500.19 "duplicate section" error. Merge them into one.`);
              } else
                seen.set(element.name, element);
            }
          }
        }
        // ---- handlers --------------------------------------------------------------------------------------------
        /** Replays the handler collection (add/remove/clear) like IIS and returns the live ASP.NET Core handler. */
        checkHandlers(sections) {
          const handlersElements = sections.flatMap((s) => (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(s, "handlers"));
          let live = [];
          let removedBy;
          let guarded = false;
          for (const handlers of handlersElements) {
            for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(handlers)) {
              if (child.name === "clear") {
                if (live.length)
                  removedBy = child;
                live = [];
                guarded = true;
              } else if (child.name === "remove" && (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q4)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(child, "name"))) {
                if (live.some((a) => (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q4)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(a, "name"))))
                  removedBy = child;
                live = live.filter((a) => !(0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q4)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(a, "name")));
                guarded = true;
              } else if (child.name === "add" && (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.BH)(child)) {
                const name = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(child, "name") ?? "";
                const same = live.find((a) => (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(a, "name"), name));
                if (same || live.length) {
                  this.sink.error("handler-duplicate", child.offset, same ? `A second handler named "${name}" (first at line ${this.line(same)}): IIS refuses the file (500.19 "Cannot add duplicate collection entry"). Keep one.` : `A second handler for the ASP.NET Core Module (first at line ${this.line(live[0])}): keep exactly one <add name="aspNetCore" ... />.`);
                }
                if (!same)
                  live.push(child);
                if (this.options.subApplication && !guarded) {
                  this.sink.warning("sub-application-handler", child.offset, 'In a sub-application this <add> collides with the handler inherited from the parent ASP.NET Core app (500.19) unless the parent uses <location path="." inheritInChildApplications="false">: put <remove name="aspNetCore" /> before it (sub-application mode).');
                }
                removedBy = void 0;
              }
            }
          }
          if (live.length === 0) {
            if (removedBy) {
              this.sink.error("handler-removed", removedBy.offset, `<${removedBy.name}${removedBy.name === "remove" ? ' name="aspNetCore"' : ""} /> comes after the handler's <add> and removes it: requests never reach the app. Put it before the <add>.`);
            } else if (this.options.subApplication) {
              this.sink.warning("sub-application-handler", (handlersElements[0] ?? sections[0]).offset, `No aspNetCore handler: the app relies on the parent's, which it does not inherit when the parent uses inheritInChildApplications="false" (what dotnet publish writes). Add <remove name="aspNetCore" /> and its own <add> (sub-application mode).`);
            } else {
              this.sink.error("handler-missing", (handlersElements[0] ?? sections[0]).offset, `No <add name="aspNetCore" ... /> handler: IIS will not hand requests to the ASP.NET Core Module. Add <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" /> to <handlers> (or use 'web-config: transform').`);
            }
            return void 0;
          }
          for (const add of live)
            this.checkHandlerEntry(add);
          return live[0];
        }
        checkHandlerEntry(add) {
          const modules2 = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(add, "modules");
          const value = modules2 ? (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(modules2.rawValue).trim() : void 0;
          if (value === void 0 || value === "") {
            this.sink.error("handler-attributes", modules2?.valueOffset ?? add.offset, `The aspNetCore handler has no modules: write modules="${_model_js__WEBPACK_IMPORTED_MODULE_5__.g6}".`);
          } else if ((0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(value, _model_js__WEBPACK_IMPORTED_MODULE_5__.$M)) {
            this.sink.warning("handler-module", modules2.valueOffset, `modules="${value}" is the ASP.NET Core Module V1, not shipped since ASP.NET Core 3.0 (no in-process hosting): use ${_model_js__WEBPACK_IMPORTED_MODULE_5__.g6}.`);
          } else if (!(0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(value, _model_js__WEBPACK_IMPORTED_MODULE_5__.g6)) {
            this.sink.error("handler-module", modules2.valueOffset, `modules="${value}": the ASP.NET Core handler must use ${_model_js__WEBPACK_IMPORTED_MODULE_5__.g6}.`);
          }
          for (const [name, expected, consequence] of [
            ["path", "*", "only matching URLs reach the app"],
            ["verb", "*", "other HTTP methods never reach the app"]
          ]) {
            const attribute = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(add, name);
            if (!attribute) {
              this.sink.error("handler-attributes", add.offset, `The aspNetCore handler has no ${name} attribute, which IIS requires (500.19): write ${name}="${expected}".`);
            } else if ((0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(attribute.rawValue).trim() !== expected) {
              this.sink.warning("handler-attributes", attribute.valueOffset, `${name}="${(0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(attribute.rawValue)}": ${consequence}; dotnet publish writes ${name}="${expected}".`);
            }
          }
          const resourceType = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(add, "resourceType");
          if (resourceType !== void 0 && !(0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(resourceType.trim(), "Unspecified")) {
            this.sink.warning("handler-attributes", (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(add, "resourceType").valueOffset, `resourceType="${resourceType}": IIS then only passes requests for existing files or folders, so app routes answer 404; write resourceType="Unspecified".`);
          }
        }
        // ---- aspNetCore ------------------------------------------------------------------------------------------
        checkAspNetCore(aspNetCore, handler) {
          for (const attribute of aspNetCore.attributes) {
            if (attribute.name.includes(":") || attribute.name === "xmlns")
              continue;
            if (ASPNETCORE_ATTRIBUTES[attribute.name])
              continue;
            const known = Object.keys(ASPNETCORE_ATTRIBUTES).find((k) => (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(attribute.name, k));
            this.sink.warning("unknown-attribute", attribute.offset, known ? `Unknown attribute ${attribute.name}: attribute names are case-sensitive, did you mean ${known}?` : `Unknown attribute ${attribute.name} on <aspNetCore>: the installed module may reject the file (500.19) or ignore it.`);
          }
          const hostingModel = this.checkHostingModel(aspNetCore, handler);
          this.checkProcess(aspNetCore);
          for (const [name, type] of Object.entries(ASPNETCORE_ATTRIBUTES)) {
            const attribute = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(aspNetCore, name);
            if (attribute)
              this.checkTypedAttribute(name, type, attribute, hostingModel);
          }
          if ((0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(aspNetCore, "stdoutLogEnabled")?.trim(), "true")) {
            const file = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(aspNetCore, "stdoutLogFile") ?? ".\\aspnetcore-stdout";
            this.sink.warning("stdout-log-enabled", (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(aspNetCore, "stdoutLogEnabled").valueOffset, `stdoutLogEnabled="true": stdout logs (${file}_*.log) are never rotated or size-limited, and the app pool identity needs write access to their folder. Use them only to troubleshoot start-up, then set stdoutLogEnabled="false".`);
          }
          const seen = /* @__PURE__ */ new Set();
          for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(aspNetCore)) {
            if (!ASPNETCORE_CHILDREN.includes(child.name)) {
              this.sink.warning("unknown-element", child.offset, `Unknown element <${child.name}> in <aspNetCore> (known: ${ASPNETCORE_CHILDREN.join(", ")}).`);
              continue;
            }
            if (seen.has(child.name)) {
              this.sink.error(child.name === "environmentVariables" ? "environment-variables" : "duplicate-section", child.offset, `<${child.name}> appears twice in <aspNetCore>: IIS refuses the file (500.19). Merge them.`);
            }
            seen.add(child.name);
            if (child.name === "environmentVariables")
              this.checkEnvironmentVariables(child);
            else if (child.name === "handlerSettings")
              this.checkHandlerSettings(child, hostingModel);
            else
              this.checkRecycleOnFileChange(child);
          }
        }
        checkHostingModel(aspNetCore, handler) {
          const attribute = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(aspNetCore, "hostingModel");
          if (attribute) {
            const value = (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(attribute.rawValue);
            if (value === "") {
              this.sink.warning("hosting-model", attribute.valueOffset, 'hostingModel="" means out-of-process: write hostingModel="outofprocess" (or "inprocess") to say which.');
            } else if (!/^(inprocess|outofprocess)$/i.test(value)) {
              this.sink.error("hosting-model", attribute.valueOffset, `hostingModel="${value}": the module accepts only inprocess or outofprocess and fails with "Unknown hosting model".`);
              return void 0;
            }
          }
          const model = (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Vs)(aspNetCore);
          const modules2 = handler ? (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(handler, "modules")?.trim() : void 0;
          if (model === "inprocess" && (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(modules2, _model_js__WEBPACK_IMPORTED_MODULE_5__.$M)) {
            this.sink.error("inprocess-v1", attribute?.valueOffset ?? aspNetCore.offset, `In-process hosting is not supported by ${_model_js__WEBPACK_IMPORTED_MODULE_5__.$M} (V1): use modules="${_model_js__WEBPACK_IMPORTED_MODULE_5__.g6}" or hostingModel="outofprocess".`);
          }
          return model;
        }
        checkProcess(aspNetCore) {
          const processAttribute = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(aspNetCore, "processPath");
          const processPath = processAttribute ? (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(processAttribute.rawValue).trim() : "";
          if (!processAttribute || processPath === "") {
            this.sink.error("process-path-missing", processAttribute?.valueOffset ?? aspNetCore.offset, `${processAttribute ? "processPath is empty" : "No processPath"}: the module cannot start the app. Write processPath="dotnet" with arguments=".\\MyApp.dll" (framework-dependent) or processPath=".\\MyApp.exe" (self-contained).`);
          } else if (/%LAUNCHER_PATH%/i.test(processPath)) {
            this.sink.error("launcher-placeholder", processAttribute.valueOffset, `processPath="%LAUNCHER_PATH%" is the Visual Studio development web.config: only Visual Studio sets that variable. Deploy the output of 'dotnet publish', or use 'web-config: transform'.`);
            return;
          }
          const argumentsAttribute = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(aspNetCore, "arguments");
          const args = argumentsAttribute ? (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(argumentsAttribute.rawValue) : "";
          if (argumentsAttribute && LAUNCHER_ARGS.test(args)) {
            this.sink.error("launcher-placeholder", argumentsAttribute.valueOffset, `arguments="${args}" holds Visual Studio launcher placeholders that only Visual Studio fills: deploy the output of 'dotnet publish', or use 'web-config: transform'.`);
            return;
          }
          if (processPath === "")
            return;
          const publishDir = this.options.publishDir;
          const frameworkDependent = /(^|[\\/])dotnet(\.exe)?$/i.test(processPath);
          const tokens = (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.vj)(args);
          const dllTokens = tokens.filter((t) => /\.dll$/i.test(t.text));
          const tokenOffset = (start) => argumentsAttribute && (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(argumentsAttribute.rawValue) === argumentsAttribute.rawValue ? argumentsAttribute.valueOffset + start : argumentsAttribute?.valueOffset ?? aspNetCore.offset;
          if (frameworkDependent) {
            const dll = dllTokens[0];
            if (!dll) {
              if (!args.includes("%")) {
                this.sink.error("arguments-file", argumentsAttribute?.valueOffset ?? processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}" runs a framework-dependent app, but arguments names no .dll: write arguments=".\\MyApp.dll" (the app's assembly first).`);
              }
              return;
            }
            const twice = dllTokens.find((t, i) => i > 0 && t.text.toLowerCase() === dll.text.toLowerCase());
            if (twice) {
              this.sink.warning("arguments-file", tokenOffset(twice.start), `arguments names ${dll.text} twice: the app receives its own path as an argument. Keep it once, first.`);
            }
            if (!publishDir)
              return;
            const found2 = (0, _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__.o5)(publishDir, dll.text);
            if (found2.status === "missing") {
              this.sink.error("arguments-file", tokenOffset(dll.start), `arguments names ${dll.text}, but the publish folder has no such file (${found2.path}): the app fails to start (502.5/500.30). Fix the name or set 'app-name'.`);
            } else if (found2.status === "found") {
              const config = (0, _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__.Q6)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(found2.path), `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(found2.path).replace(/\.dll$/i, "")}.runtimeconfig.json`);
              if (!config) {
                this.sink.error("runtimeconfig-missing", tokenOffset(dll.start), `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(found2.path)} has no ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(found2.path).replace(/\.dll$/i, "")}.runtimeconfig.json next to it: dotnet cannot tell which runtime to load ("hostpolicy.dll ... not found"). Deploy the complete output of dotnet publish.`);
              }
            }
            return;
          }
          if (!publishDir)
            return;
          let found = (0, _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__.o5)(publishDir, processPath);
          if (found.status === "missing" && !/\.[a-z0-9]+$/i.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.basename(processPath))) {
            const withExe = (0, _publish_folder_js__WEBPACK_IMPORTED_MODULE_6__.o5)(publishDir, `${processPath}.exe`);
            if (withExe.status === "found")
              found = withExe;
          }
          if (found.status === "missing") {
            this.sink.error("process-path-file", processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}", but the publish folder has no such file (${found.path}): the app fails to start (502.5/500.30). A framework-dependent app uses processPath="dotnet" with arguments=".\\MyApp.dll".`);
          }
        }
        checkTypedAttribute(name, type, attribute, hostingModel) {
          const value = (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(attribute.rawValue);
          const at = attribute.valueOffset;
          if (type.kind === "bool") {
            if (!/^(true|false)$/i.test(value))
              this.sink.error("attribute-format", at, `${name}="${value}": write true or false (IIS refuses the file).`);
            return;
          }
          if (type.kind === "uint") {
            if (!/^\d+$/.test(value) || Number(value) > 4294967295) {
              this.sink.error("attribute-format", at, `${name}="${value}" is not a whole number (${type.min}\u2013${type.max} ${type.unit}): IIS refuses the file (500.19).`);
              return;
            }
            const number = Number(value);
            if (number < type.min || number > type.max) {
              this.sink.error("attribute-range", at, `${name}="${value}" is outside ${type.min}\u2013${type.max} ${type.unit}: IIS refuses the file (500.19).`);
              return;
            }
            if (name === "startupTimeLimit" && number === 0) {
              this.sink.warning("attribute-range", at, 'startupTimeLimit="0" does not mean "no limit": give the app the seconds it needs to start (default 120).');
            }
            if (hostingModel === "inprocess" && name === "rapidFailsPerMinute") {
              this.sink.warning("ignored-in-process", at, "rapidFailsPerMinute applies to out-of-process hosting only: in-process it is ignored.");
            }
            if (hostingModel === "inprocess" && name === "processesPerApplication" && number > 1) {
              this.sink.warning("ignored-in-process", at, `processesPerApplication="${value}" is ignored in-process: in-process hosting runs one app per worker process.`);
            }
            return;
          }
          if (type.kind === "timespan") {
            const seconds = parseTimeSpan(value);
            if (seconds === void 0) {
              this.sink.error("attribute-format", at, `${name}="${value}" is not a time span: write hh:mm:ss (e.g. 00:02:00) or d.hh:mm:ss (IIS refuses the file).`);
              return;
            }
            if (!Number.isInteger(seconds) || seconds > type.maxSeconds) {
              this.sink.error("attribute-range", at, `${name}="${value}" is outside 00:00:00\u2013360:00:00 in whole seconds: IIS refuses the file (500.19).`);
              return;
            }
            if (name === "requestTimeout" && hostingModel === "inprocess") {
              this.sink.warning("ignored-in-process", at, 'requestTimeout is ignored with in-process hosting (it limits how long the module waits for an out-of-process app): remove it, or use hostingModel="outofprocess".');
            }
          }
        }
        // ---- collections -----------------------------------------------------------------------------------------
        checkEnvironmentVariables(element) {
          const seen = /* @__PURE__ */ new Map();
          for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(element)) {
            if (child.name === "clear") {
              seen.clear();
              continue;
            }
            if (child.name !== "environmentVariable") {
              this.sink.error("environment-variables", child.offset, `<${child.name}> is not allowed in <environmentVariables> (only <environmentVariable name="..." value="..." /> and <clear />): IIS refuses the file (500.19).`);
              continue;
            }
            const name = this.checkNameValueEntry(child, "environment-variables", "environmentVariable");
            if (name === void 0)
              continue;
            if (name.includes("=")) {
              this.sink.error("environment-variables", (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(child, "name").valueOffset, `Environment variable name "${name}" contains "=": Windows environment names cannot.`);
              continue;
            }
            const first = seen.get(name.toLowerCase());
            if (first) {
              this.sink.error("environment-variable-duplicate", child.offset, `${name} is set twice (first at line ${this.line(first)}; names are case-insensitive on Windows): only one value reaches the app. Keep one.`);
            } else
              seen.set(name.toLowerCase(), child);
            this.checkWellKnownVariable(child, name);
          }
        }
        checkWellKnownVariable(entry, name) {
          const value = ((0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(entry, "value") ?? "").trim();
          const at = entry.offset;
          const upper = name.toUpperCase();
          if ((upper === "ASPNETCORE_ENVIRONMENT" || upper === "DOTNET_ENVIRONMENT") && (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(value, "Development")) {
            this.sink.warning("environment-development", at, `${name} is Development: the app shows detailed error pages (exception details, source) to every visitor. Use Production or Staging on a server.`);
          } else if (upper === "ASPNETCORE_DETAILEDERRORS" && /^(1|true)$/i.test(value)) {
            this.sink.warning("environment-development", at, "ASPNETCORE_DETAILEDERRORS is on: start-up errors with details are shown to every visitor.");
          } else if (upper === "ANCM_LAUNCHER_PATH" || upper === "ANCM_LAUNCHER_ARGS") {
            this.sink.warning("environment-variables", at, `${name} overrides processPath/arguments (a Visual Studio setting): remove it from a deployed web.config.`);
          }
        }
        /** Checks `name` and `value` of a collection entry; returns the name when it is usable. */
        checkNameValueEntry(entry, rule, kind) {
          for (const attribute of entry.attributes) {
            if (attribute.name !== "name" && attribute.name !== "value" && !attribute.name.includes(":")) {
              this.sink.warning("unknown-attribute", attribute.offset, `Unknown attribute ${attribute.name} on <${kind}>.`);
            }
          }
          const nameAttribute = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(entry, "name");
          const name = nameAttribute ? (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(nameAttribute.rawValue) : void 0;
          if (!(0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(entry, "value")) {
            this.sink.error(rule, entry.offset, `<${kind}${name ? ` name="${name}"` : ""}> has no value attribute, which IIS requires (use value="" for an empty value).`);
          }
          if (name === void 0 || name.trim() === "") {
            this.sink.error(rule, nameAttribute?.valueOffset ?? entry.offset, `<${kind}> has ${name === void 0 ? "no" : "an empty"} name: IIS refuses the file (500.19).`);
            return void 0;
          }
          if (name !== name.trim()) {
            this.sink.warning(rule, nameAttribute.valueOffset, `The name "${name}" has spaces around it, which become part of the name.`);
          }
          return name;
        }
        checkHandlerSettings(element, hostingModel) {
          const seen = /* @__PURE__ */ new Map();
          const values = /* @__PURE__ */ new Map();
          for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(element)) {
            if (child.name === "clear") {
              seen.clear();
              values.clear();
              continue;
            }
            if (child.name !== "handlerSetting") {
              this.sink.error("handler-settings", child.offset, `<${child.name}> is not allowed in <handlerSettings> (only <handlerSetting name="..." value="..." /> and <clear />): IIS refuses the file (500.19).`);
              continue;
            }
            const name = this.checkNameValueEntry(child, "handler-settings", "handlerSetting");
            if (name === void 0)
              continue;
            const first = seen.get(name.toLowerCase());
            if (first) {
              this.sink.error("handler-settings", child.offset, `handlerSetting ${name} is set twice (first at line ${this.line(first)}): keep one.`);
              continue;
            }
            seen.set(name.toLowerCase(), child);
            const value = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(child, "value") ?? "";
            values.set(name.toLowerCase(), value);
            const known = Object.keys(HANDLER_SETTINGS).find((k) => (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(name, k));
            const valueAt = (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.Oh)(child, "value")?.valueOffset ?? child.offset;
            if (!known) {
              this.sink.warning("handler-settings", child.offset, `Unknown handlerSetting ${name}: the module ignores it (known: ${Object.keys(HANDLER_SETTINGS).join(", ")}).`);
              continue;
            }
            const type = HANDLER_SETTINGS[known];
            const bad = type === "bool" && !/^(true|false)$/i.test(value.trim()) || type === "int" && !/^\d+$/.test(value.trim()) || type === "hex-or-int" && !/^(0x[0-9a-f]+|\d+)$/i.test(value.trim()) || type === "debug-level" && !value.split(/[,\s]+/).filter(Boolean).every((t) => DEBUG_LEVEL_TOKENS.includes(t.toLowerCase()));
            if (bad) {
              const expected = type === "bool" ? "true or false" : type === "int" ? "a whole number of milliseconds" : type === "hex-or-int" ? "a byte count such as 0x100000" : `a comma list of ${DEBUG_LEVEL_TOKENS.map((t) => t.toUpperCase()).join(", ")}`;
              this.sink.warning("handler-settings", valueAt, `handlerSetting ${known}="${value}": expected ${expected}.`);
            }
            if (known === "handlerVersion" && hostingModel === "inprocess") {
              this.sink.warning("ignored-in-process", child.offset, "handlerSetting handlerVersion pins the out-of-process handler: it is ignored in-process.");
            }
          }
          const shadow = values.get("enableshadowcopy") ?? values.get("experimentalenableshadowcopy");
          if (shadow !== void 0 && (0, _model_js__WEBPACK_IMPORTED_MODULE_5__.Q_)(shadow.trim(), "true") && !values.get("shadowcopydirectory")) {
            this.sink.warning("handler-settings", element.offset, "Shadow copying is on without shadowCopyDirectory: set it to a folder of this app only (e.g. ../ShadowCopyDirectory/MyApp/); apps sharing one folder delete each other's copies (dotnet/aspnetcore#50531).");
          }
        }
        checkRecycleOnFileChange(element) {
          for (const child of (0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.AR)(element)) {
            if (child.name === "clear")
              continue;
            if (child.name !== "file") {
              this.sink.error("unknown-element", child.offset, `<${child.name}> is not allowed in <recycleOnFileChange> (only <file path="..." /> and <clear />).`);
            } else if (!(0, _core_xml_xml_edit_js__WEBPACK_IMPORTED_MODULE_3__.D$)(child, "path")?.trim()) {
              this.sink.error("unknown-element", child.offset, "<file> in <recycleOnFileChange> needs a non-empty path.");
            }
          }
        }
        line(element) {
          return this.doc.position(element.offset).line;
        }
      }
      function parseTimeSpan(value) {
        const match = /^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(value.trim());
        if (!match)
          return void 0;
        const [, days, hours, minutes, secs, fraction] = match;
        const h = Number(hours);
        const m = Number(minutes);
        const s = Number(secs);
        if (m > 59 || s > 59 || days !== void 0 && h > 23)
          return void 0;
        const total = Number(days ?? 0) * 86400 + h * 3600 + m * 60 + s;
        return fraction && Number(fraction) > 0 ? total + Number(`0.${fraction}`) : total;
      }
    })
  ),
  /***/
  8963: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        U_: () => (
          /* binding */
          readWebConfigSource
        ),
        /* harmony export */
        zP: () => (
          /* binding */
          encodeWebConfig
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(926);
      var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2851);
      var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9366);
      function declaredEncoding(text) {
        const match = /^\uFEFF?\s*<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
        return match?.[1]?.toLowerCase();
      }
      function fail(file, message, rule = "not-well-formed", line = 1) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.R5([{ severity: "error", rule, file, line, column: line ? 1 : 0, message }]);
      }
      function decodeWebConfig(bytes, file) {
        let text;
        try {
          text = (0, _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_1__.vK)(bytes, file);
        } catch (error) {
          if (error instanceof _core_xml_parse_xml_js__WEBPACK_IMPORTED_MODULE_1__.mI)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__.R5([(0, _model_js__WEBPACK_IMPORTED_MODULE_3__.aX)(error)]);
          throw error;
        }
        const encoding = bytes[0] === 255 && bytes[1] === 254 ? "utf16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf16be" : "utf8";
        const declared = declaredEncoding(text);
        if (encoding === "utf8") {
          try {
            new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          } catch {
            fail(file, `The file is not UTF-8${declared ? ` (it declares encoding="${declared}")` : ""}: save it as UTF-8, which IIS and this tool read safely.`, "encoding");
          }
          if (declared && declared !== "utf-8" && declared !== "utf8") {
            fail(file, `The file is UTF-8 but declares encoding="${declared}": write encoding="utf-8".`, "encoding");
          }
        } else if (declared && !declared.startsWith("utf-16") && declared !== "unicode") {
          fail(file, `The file is UTF-16 but declares encoding="${declared}": write encoding="utf-16".`, "encoding");
        }
        return { file, text, encoding };
      }
      function readWebConfigSource(file, displayName = file) {
        let stat;
        try {
          stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file);
        } catch {
          fail(displayName, "The file does not exist.", "missing-file", 0);
        }
        if (stat.isDirectory())
          fail(displayName, "This is a directory, not a web.config file.", "not-well-formed", 0);
        return decodeWebConfig(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file), displayName);
      }
      function encodeWebConfig(text, encoding) {
        if (encoding === "utf8")
          return Buffer.from(text, "utf8");
        const body = Buffer.from(`\uFEFF${text.replace(/^\uFEFF/, "")}`, "utf16le");
        if (encoding === "utf16be")
          body.swap16();
        return body;
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
