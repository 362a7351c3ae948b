const id = 633;
const ids = [633];
const modules = {
  /***/
  627: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Q: () => (
          /* binding */
          writeFileAtomicSync
        ),
        /* harmony export */
        Z: () => (
          /* binding */
          writeFileAtomic
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
      const RETRYABLE = /* @__PURE__ */ new Set(["EPERM", "EBUSY", "EACCES"]);
      function temporaryName(file) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.${(0, node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString("hex")}.tmp`);
      }
      function refuseDirectory(file) {
        try {
          const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file);
          if (stat.isDirectory())
            throw new Error(`Cannot write ${file}: it is a directory.`);
          return stat.mode & 4095;
        } catch (error) {
          if (error.code === "ENOENT")
            return void 0;
          throw error;
        }
      }
      function sleepSync(ms) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      }
      function writeFileAtomicSync(file, data, options = {}) {
        const existingMode = refuseDirectory(file);
        const temp = temporaryName(file);
        let fd;
        try {
          fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(temp, "wx", existingMode ?? options.mode ?? 438);
          if (existingMode !== void 0)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().fchmodSync(fd, existingMode);
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(fd, data);
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().fsyncSync(fd);
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
          fd = void 0;
          const retries = options.retries ?? 5;
          for (let attempt = 0; ; attempt++) {
            try {
              node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(temp, file);
              break;
            } catch (error) {
              const code = error.code ?? "";
              if (attempt >= retries || !RETRYABLE.has(code) || process.platform !== "win32")
                throw error;
              sleepSync(options.retryDelayMs ?? 50);
            }
          }
        } catch (error) {
          if (fd !== void 0)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
          node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(temp, { force: true });
          throw error;
        }
      }
      async function writeFileAtomic(file, data, options = {}) {
        const existingMode = refuseDirectory(file);
        const temp = temporaryName(file);
        let handle;
        try {
          handle = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.open(temp, "wx", existingMode ?? options.mode ?? 438);
          if (existingMode !== void 0)
            await handle.chmod(existingMode);
          await handle.writeFile(data);
          await handle.sync();
          await handle.close();
          handle = void 0;
          const retries = options.retries ?? 5;
          for (let attempt = 0; ; attempt++) {
            try {
              await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.rename(temp, file);
              break;
            } catch (error) {
              const code = error.code ?? "";
              if (attempt >= retries || !RETRYABLE.has(code) || process.platform !== "win32")
                throw error;
              await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 50));
            }
          }
        } catch (error) {
          await handle?.close();
          await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.rm(temp, { force: true });
          throw error;
        }
      }
    })
  ),
  /***/
  926: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        NO: () => (
          /* binding */
          parseXml
        ),
        /* harmony export */
        gx: () => (
          /* binding */
          readXmlFile
        ),
        /* harmony export */
        mI: () => (
          /* binding */
          XmlReadError
        ),
        /* harmony export */
        vK: () => (
          /* binding */
          decodeXmlBytes
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5824);
      var _xml_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7864);
      class XmlReadError extends Error {
        file;
        line;
        column;
        name = "XmlReadError";
        constructor(file, message, line = 0, column = 0) {
          super(message);
          this.file = file;
          this.line = line;
          this.column = column;
        }
        /** `file:line:col: message`, the compiler convention. */
        get diagnostic() {
          return this.line ? `${this.file}:${this.line}:${this.column}: ${this.message}` : `${this.file}: ${this.message}`;
        }
      }
      function parseXml(text, file = "<input>") {
        if (text.includes("\0"))
          throw new XmlReadError(file, "The file is binary (it contains NUL bytes), not XML.");
        const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
        const first = /\S/.exec(body);
        if (!first)
          throw new XmlReadError(file, "The file is empty: expected an XML document.");
        if (first[0] !== "<") {
          throw new XmlReadError(file, "The file is not XML: it does not start with a tag.", 1, 1);
        }
        const verdict = fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__.iI.validate(body, { allowBooleanAttributes: false });
        if (verdict !== true) {
          throw new XmlReadError(file, `Not well-formed XML: ${verdict.err.msg}`, verdict.err.line, verdict.err.col);
        }
        try {
          return (0, _xml_document_js__WEBPACK_IMPORTED_MODULE_1__.qU)(text);
        } catch (error) {
          if (error instanceof _xml_document_js__WEBPACK_IMPORTED_MODULE_1__.R_)
            throw new XmlReadError(file, error.message, error.line, error.column);
          throw error;
        }
      }
      function readXmlFile(file) {
        let stat;
        try {
          stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file);
        } catch {
          throw new XmlReadError(file, "The file does not exist.");
        }
        if (stat.isDirectory())
          throw new XmlReadError(file, "This is a directory, not an XML file.");
        return parseXml(decodeXmlBytes(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file), file), file);
      }
      function decodeXmlBytes(bytes, file = "<input>") {
        if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254)
          return bytes.subarray(2).toString("utf16le");
        if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
          const swapped = Buffer.from(bytes.subarray(2));
          swapped.swap16();
          return swapped.toString("utf16le");
        }
        if (bytes.includes(0))
          throw new XmlReadError(file, "The file is binary (it contains NUL bytes), not XML.");
        return bytes.toString("utf8");
      }
    })
  ),
  /***/
  7864: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Gj: () => (
          /* binding */
          escapeAttribute
        ),
        /* harmony export */
        Nt: () => (
          /* binding */
          serializeElement
        ),
        /* harmony export */
        R_: () => (
          /* binding */
          XmlSyntaxError
        ),
        /* harmony export */
        Rd: () => (
          /* binding */
          dominantNewline
        ),
        /* harmony export */
        Sm: () => (
          /* binding */
          decodeEntities
        ),
        /* harmony export */
        VB: () => (
          /* binding */
          XmlDocument
        ),
        /* harmony export */
        X1: () => (
          /* binding */
          escapeText
        ),
        /* harmony export */
        qU: () => (
          /* binding */
          parseXmlDocument
        )
        /* harmony export */
      });
      class XmlDocument {
        source;
        type = "document";
        children = [];
        /** The source started with a UTF-8 byte order mark. */
        bom = false;
        /** The line ending the document mostly uses; new lines that we add use it. */
        newline = "\n";
        /** Where each line starts: found on the first `position()` call (most documents never need one). */
        lineStarts;
        constructor(source = "") {
          this.source = source;
        }
        /** 1-based line and column of a source offset. */
        position(offset) {
          if (offset < 0)
            return { line: 0, column: 0 };
          const starts = this.lineStarts ??= lineStartsOf(this.source);
          let lo = 0;
          let hi = starts.length - 1;
          while (lo < hi) {
            const mid = lo + hi + 1 >> 1;
            if (starts[mid] <= offset)
              lo = mid;
            else
              hi = mid - 1;
          }
          return { line: lo + 1, column: offset - starts[lo] + 1 };
        }
        /** The root element. */
        get root() {
          return this.children.find((c) => c.type === "element");
        }
        toString() {
          return serialize(this);
        }
      }
      function lineStartsOf(source) {
        const starts = [0];
        for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1))
          starts.push(i + 1);
        return starts;
      }
      function dominantNewline(source) {
        let crlf = 0;
        let lf = 0;
        for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) {
          if (i > 0 && source.charCodeAt(i - 1) === 13)
            crlf++;
          else
            lf++;
        }
        return crlf > lf ? "\r\n" : "\n";
      }
      const PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      function decodeEntities(raw) {
        if (!raw.includes("&"))
          return raw;
        return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref) => {
          if (ref.startsWith("#x"))
            return safeCodePoint(parseInt(ref.slice(2), 16), whole);
          if (ref.startsWith("#"))
            return safeCodePoint(parseInt(ref.slice(1), 10), whole);
          return PREDEFINED[ref] ?? whole;
        });
      }
      function safeCodePoint(code, fallback) {
        return Number.isFinite(code) && code >= 0 && code <= 1114111 ? String.fromCodePoint(code) : fallback;
      }
      function escapeText(value) {
        return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      }
      function escapeAttribute(value, quote = '"') {
        const escaped = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\r/g, "&#xD;").replace(/\n/g, "&#xA;").replace(/\t/g, "&#x9;");
        return quote === '"' ? escaped.replace(/"/g, "&quot;") : escaped.replace(/'/g, "&apos;");
      }
      class XmlSyntaxError extends Error {
        line;
        column;
        name = "XmlSyntaxError";
        constructor(message, line, column) {
          super(message);
          this.line = line;
          this.column = column;
        }
      }
      function isSpace(code) {
        return code === 32 || code === 9 || code === 10 || code === 13;
      }
      function isNameEnd(code) {
        return isSpace(code) || code === 47 || code === 62 || code === 61;
      }
      function parseXmlDocument(text) {
        const bom = text.charCodeAt(0) === 65279;
        const source = bom ? text.slice(1) : text;
        const doc = new XmlDocument(source);
        doc.bom = bom;
        doc.newline = dominantNewline(source);
        const fail = (message, offset) => {
          const { line, column } = doc.position(offset);
          throw new XmlSyntaxError(message, line, column);
        };
        let pos = 0;
        const stack = [doc];
        const current = () => stack[stack.length - 1];
        const append = (node) => {
          const parent = current();
          node.parent = parent;
          parent.children.push(node);
        };
        while (pos < source.length) {
          const lt = source.indexOf("<", pos);
          if (lt === -1 || lt > pos) {
            const end = lt === -1 ? source.length : lt;
            append({ type: "text", raw: source.slice(pos, end), parent: void 0, offset: pos });
            pos = end;
            continue;
          }
          const next = source.charCodeAt(pos + 1);
          if (next === 33 && source.startsWith("<!--", pos)) {
            const end = source.indexOf("-->", pos + 4);
            if (end === -1)
              fail("Comment is not closed: expected -->.", pos);
            append({ type: "comment", content: source.slice(pos + 4, end), parent: void 0, offset: pos });
            pos = end + 3;
            continue;
          }
          if (next === 33 && source.startsWith("<![CDATA[", pos)) {
            const end = source.indexOf("]]>", pos + 9);
            if (end === -1)
              fail("CDATA section is not closed: expected ]]>.", pos);
            append({ type: "cdata", content: source.slice(pos + 9, end), parent: void 0, offset: pos });
            pos = end + 3;
            continue;
          }
          if (next === 63) {
            const end = source.indexOf("?>", pos + 2);
            if (end === -1)
              fail("Processing instruction is not closed: expected ?>.", pos);
            append({ type: "pi", content: source.slice(pos + 2, end), parent: void 0, offset: pos });
            pos = end + 2;
            continue;
          }
          if (next === 33 && (source.startsWith("<!DOCTYPE", pos) || source.startsWith("<!doctype", pos))) {
            let i2 = pos + 9;
            let depth = 0;
            let quote = "";
            for (; i2 < source.length; i2++) {
              const ch = source[i2];
              if (quote) {
                if (ch === quote)
                  quote = "";
              } else if (ch === '"' || ch === "'")
                quote = ch;
              else if (ch === "[")
                depth++;
              else if (ch === "]")
                depth--;
              else if (ch === ">" && depth <= 0)
                break;
            }
            if (i2 >= source.length)
              fail("DOCTYPE is not closed.", pos);
            append({ type: "doctype", raw: source.slice(pos, i2 + 1), parent: void 0, offset: pos });
            pos = i2 + 1;
            continue;
          }
          if (next === 47) {
            let i2 = pos + 2;
            while (i2 < source.length && !isNameEnd(source.charCodeAt(i2)))
              i2++;
            const name2 = source.slice(pos + 2, i2);
            const close = source.indexOf(">", i2);
            if (close === -1)
              fail(`End tag </${name2}> is not closed.`, pos);
            const open = current();
            if (open.type !== "element")
              fail(`Unexpected end tag </${name2}>: no element is open.`, pos);
            const element2 = open;
            if (element2.name !== name2)
              fail(`End tag </${name2}> does not match <${element2.name}>.`, pos);
            element2.endTagTail = source.slice(i2, close);
            element2.endOffset = pos;
            stack.pop();
            pos = close + 1;
            continue;
          }
          let i = pos + 1;
          while (i < source.length && !isNameEnd(source.charCodeAt(i)))
            i++;
          const name = source.slice(pos + 1, i);
          if (!name)
            fail("Expected an element name after <.", pos);
          const element = {
            type: "element",
            name,
            attributes: [],
            children: [],
            selfClosing: false,
            tagTail: "",
            endTagTail: "",
            parent: void 0,
            offset: pos,
            endOffset: -1
          };
          for (; ; ) {
            const wsStart = i;
            while (i < source.length && isSpace(source.charCodeAt(i)))
              i++;
            const ws = source.slice(wsStart, i);
            if (i >= source.length)
              fail(`Start tag <${name}> is not closed.`, pos);
            const code = source.charCodeAt(i);
            if (code === 62) {
              element.tagTail = ws;
              i++;
              break;
            }
            if (code === 47 && source.charCodeAt(i + 1) === 62) {
              element.tagTail = ws;
              element.selfClosing = true;
              i += 2;
              break;
            }
            if (!ws)
              fail(`Expected whitespace between attributes in <${name}>.`, i);
            const nameStart = i;
            while (i < source.length && !isNameEnd(source.charCodeAt(i)))
              i++;
            const attrName = source.slice(nameStart, i);
            if (!attrName)
              fail(`Unexpected character '${source[i]}' in <${name}>.`, i);
            const eqStart = i;
            while (isSpace(source.charCodeAt(i)))
              i++;
            if (source[i] !== "=")
              fail(`Attribute '${attrName}' has no value.`, nameStart);
            i++;
            while (isSpace(source.charCodeAt(i)))
              i++;
            const quote = source[i];
            if (quote !== '"' && quote !== "'")
              fail(`The value of attribute '${attrName}' must be quoted.`, i);
            const valueEnd = source.indexOf(quote, i + 1);
            if (valueEnd === -1)
              fail(`The value of attribute '${attrName}' is not closed.`, i);
            const rawValue = source.slice(i + 1, valueEnd);
            if (rawValue.includes("<"))
              fail(`The value of attribute '${attrName}' contains '<'.`, i + 1);
            for (const other of element.attributes) {
              if (other.name === attrName)
                fail(`Attribute '${attrName}' is repeated.`, nameStart);
            }
            element.attributes.push({
              name: attrName,
              leading: ws,
              equals: source.slice(eqStart, i),
              quote,
              rawValue,
              offset: nameStart,
              valueOffset: i + 1
            });
            i = valueEnd + 1;
          }
          append(element);
          if (!element.selfClosing)
            stack.push(element);
          pos = i;
        }
        if (stack.length > 1) {
          const open = current();
          fail(`Element <${open.name}> is not closed.`, open.offset);
        }
        if (!doc.root)
          fail("The document has no root element.", 0);
        for (const node of doc.children) {
          if (node.type === "element" && node !== doc.root)
            fail(`A second root element <${node.name}>: only one is allowed.`, node.offset);
          if (node.type === "text" && node.raw.trim())
            fail("Text outside the root element.", node.offset);
        }
        return doc;
      }
      function serializeNode(node, out) {
        switch (node.type) {
          case "text":
            out.push(node.raw);
            return;
          case "comment":
            out.push(`<!--${node.content}-->`);
            return;
          case "cdata":
            out.push(`<![CDATA[${node.content}]]>`);
            return;
          case "pi":
            out.push(`<?${node.content}?>`);
            return;
          case "doctype":
            out.push(node.raw);
            return;
          case "element": {
            out.push("<", node.name);
            for (const a of node.attributes)
              out.push(a.leading, a.name, a.equals, a.quote, a.rawValue, a.quote);
            out.push(node.tagTail);
            if (node.selfClosing && node.children.length === 0) {
              out.push("/>");
              return;
            }
            out.push(">");
            for (const child of node.children)
              serializeNode(child, out);
            out.push("</", node.name, node.endTagTail, ">");
            return;
          }
        }
      }
      function serialize(doc) {
        const out = doc.bom ? ["\uFEFF"] : [];
        for (const child of doc.children)
          serializeNode(child, out);
        return out.join("");
      }
      function serializeElement(node) {
        const out = [];
        serializeNode(node, out);
        return out.join("");
      }
    })
  ),
  /***/
  461: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        AR: () => (
          /* binding */
          childElements
        ),
        /* harmony export */
        Bq: () => (
          /* binding */
          setAttribute
        ),
        /* harmony export */
        D$: () => (
          /* binding */
          getAttribute
        ),
        /* harmony export */
        DG: () => (
          /* binding */
          descendants
        ),
        /* harmony export */
        De: () => (
          /* binding */
          removeAttribute
        ),
        /* harmony export */
        JV: () => (
          /* binding */
          childElement
        ),
        /* harmony export */
        Oh: () => (
          /* binding */
          findAttribute
        ),
        /* harmony export */
        Oj: () => (
          /* binding */
          insertSibling
        ),
        /* harmony export */
        P_: () => (
          /* binding */
          textContent
        ),
        /* harmony export */
        Uk: () => (
          /* binding */
          cloneNode
        ),
        /* harmony export */
        bf: () => (
          /* binding */
          removeNode
        ),
        /* harmony export */
        fo: () => (
          /* binding */
          replaceNode
        ),
        /* harmony export */
        n: () => (
          /* binding */
          createElement
        ),
        /* harmony export */
        ru: () => (
          /* binding */
          appendElement
        )
        /* harmony export */
      });
      var _xml_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);
      function childElements(parent, name) {
        return parent.children.filter((c) => c.type === "element" && (name === void 0 || c.name === name));
      }
      function childElement(parent, name) {
        return childElements(parent, name)[0];
      }
      function findAttribute(element, name) {
        return element.attributes.find((a) => a.name === name);
      }
      function getAttribute(element, name) {
        const attribute = findAttribute(element, name);
        return attribute === void 0 ? void 0 : (0, _xml_document_js__WEBPACK_IMPORTED_MODULE_0__.Sm)(attribute.rawValue);
      }
      function setAttribute(element, name, value) {
        const existing = findAttribute(element, name);
        if (existing) {
          if ((0, _xml_document_js__WEBPACK_IMPORTED_MODULE_0__.Sm)(existing.rawValue) === value)
            return false;
          existing.rawValue = (0, _xml_document_js__WEBPACK_IMPORTED_MODULE_0__.Gj)(value, existing.quote);
          return true;
        }
        const last = element.attributes[element.attributes.length - 1];
        const leading = last && /[\r\n]/.test(last.leading) ? last.leading : " ";
        element.attributes.push({
          name,
          leading,
          equals: "=",
          quote: '"',
          rawValue: (0, _xml_document_js__WEBPACK_IMPORTED_MODULE_0__.Gj)(value, '"'),
          offset: -1,
          valueOffset: -1
        });
        return true;
      }
      function removeAttribute(element, name) {
        const index = element.attributes.findIndex((a) => a.name === name);
        if (index === -1)
          return false;
        element.attributes.splice(index, 1);
        return true;
      }
      function createElement(name, attributes = []) {
        const element = {
          type: "element",
          name,
          attributes: [],
          children: [],
          selfClosing: true,
          tagTail: " ",
          endTagTail: "",
          parent: void 0,
          offset: -1,
          endOffset: -1
        };
        for (const [key, value] of attributes)
          setAttribute(element, key, value);
        return element;
      }
      function createText(raw) {
        return { type: "text", raw, parent: void 0, offset: -1 };
      }
      function documentOf(node) {
        let current = node;
        while (current && current.type !== "document")
          current = current.parent;
        return current;
      }
      function isWhitespaceText(node) {
        return node?.type === "text" && /^\s*$/.test(node.raw);
      }
      function indentationOf(node) {
        const siblings = node.parent?.children ?? [];
        const previous = siblings[siblings.indexOf(node) - 1];
        if (previous?.type === "text") {
          const match = /(?:^|\n)([ \t]*)$/.exec(previous.raw);
          if (match && (previous.raw.includes("\n") || previous.parent?.type === "document"))
            return match[1] ?? "";
        }
        return "";
      }
      function indentUnit(doc) {
        const root = doc?.root;
        if (!root)
          return "  ";
        const first = childElements(root)[0];
        const indent = first ? indentationOf(first) : "";
        return indent || "  ";
      }
      function newlineOf(node) {
        return documentOf(node)?.newline ?? "\n";
      }
      function childIndentation(parent) {
        const existing = childElements(parent)[0];
        if (existing) {
          const indent = indentationOf(existing);
          if (indent || isWhitespaceText(existing.parent?.children[existing.parent.children.indexOf(existing) - 1])) {
            return indent;
          }
        }
        return indentationOf(parent) + indentUnit(documentOf(parent));
      }
      function appendElement(parent, child) {
        const newline = newlineOf(parent);
        const indent = childIndentation(parent);
        child.parent = parent;
        if (parent.children.length === 0) {
          parent.selfClosing = false;
          if (parent.tagTail === " ")
            parent.tagTail = "";
          parent.children.push(createText(newline + indent), child, createText(newline + indentationOf(parent)));
        } else {
          const last = parent.children[parent.children.length - 1];
          const at = isWhitespaceText(last) ? parent.children.length - 1 : parent.children.length;
          const inserted = [createText(newline + indent), child];
          if (at === parent.children.length)
            inserted.push(createText(newline + indentationOf(parent)));
          parent.children.splice(at, 0, ...inserted);
        }
        for (const node of parent.children)
          node.parent = parent;
        return child;
      }
      function insertSibling(reference, node, position) {
        const parent = reference.parent;
        if (!parent)
          throw new Error("Cannot insert next to a node that has no parent.");
        const indent = indentationOf(reference);
        const separator = createText(newlineOf(parent) + indent);
        const index = parent.children.indexOf(reference);
        if (position === "before")
          parent.children.splice(index, 0, node, separator);
        else
          parent.children.splice(index + 1, 0, separator, node);
        separator.parent = parent;
        node.parent = parent;
      }
      function removeNode(node) {
        const parent = node.parent;
        if (!parent)
          return;
        const index = parent.children.indexOf(node);
        if (index === -1)
          return;
        const previous = parent.children[index - 1];
        if (isWhitespaceText(previous) && previous.raw.includes("\n"))
          parent.children.splice(index - 1, 2);
        else
          parent.children.splice(index, 1);
        node.parent = void 0;
      }
      function replaceNode(node, replacement) {
        const parent = node.parent;
        if (!parent)
          return;
        const index = parent.children.indexOf(node);
        parent.children[index] = replacement;
        replacement.parent = parent;
        node.parent = void 0;
      }
      function cloneNode(node) {
        if (node.type !== "element")
          return { ...node, parent: void 0 };
        const element = node;
        const copy = {
          ...element,
          parent: void 0,
          attributes: element.attributes.map((a) => ({ ...a })),
          children: element.children.map((c) => cloneNode(c))
        };
        for (const child of copy.children)
          child.parent = copy;
        return copy;
      }
      function textContent(node) {
        return node.children.map((c) => c.type === "text" ? (0, _xml_document_js__WEBPACK_IMPORTED_MODULE_0__.Sm)(c.raw) : c.type === "cdata" ? c.content : c.type === "element" ? textContent(c) : "").join("");
      }
      function elementPath(element) {
        const names = [];
        let current = element;
        while (current && current.type === "element") {
          names.unshift(current.name);
          current = current.parent;
        }
        return `/${names.join("/")}`;
      }
      function* descendants(parent) {
        for (const child of parent.children) {
          if (child.type === "element") {
            yield child;
            yield* descendants(child);
          }
        }
      }
    })
  )
};
export {
  id,
  ids,
  modules
};
