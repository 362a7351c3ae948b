"use strict";
exports.id = 590;
exports.ids = [590];
exports.modules = {

/***/ 2590:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// XDT on files: read the source and each transform (clear errors for missing, empty, binary, directory, not XML),
// apply the transforms in order, and write the result only when no transform failed.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyXdtTransformFiles = applyXdtTransformFiles;
exports.transformFileWithXdt = transformFileWithXdt;
const node_path_1 = __importDefault(__webpack_require__(6760));
const parse_xml_js_1 = __webpack_require__(926);
const transform_js_1 = __webpack_require__(9820);
const atomic_write_js_1 = __webpack_require__(627);
const encode_document_js_1 = __webpack_require__(6572);
function readDiagnostic(error, file) {
    const diagnostic = { severity: 'error', message: error.message, file };
    if (error.line)
        Object.assign(diagnostic, { line: error.line, column: error.column });
    return diagnostic;
}
function read(file, cwd) {
    try {
        return (0, parse_xml_js_1.readXmlFile)(node_path_1.default.resolve(cwd, file));
    }
    catch (error) {
        if (error instanceof parse_xml_js_1.XmlReadError)
            return readDiagnostic(error, file);
        throw error;
    }
}
/** Reads `sourceFile` and applies `transformFiles` in order; stops at the first transform that fails. */
function applyXdtTransformFiles(sourceFile, transformFiles, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const diagnostics = [];
    const source = read(sourceFile, cwd);
    if (!('type' in source))
        return { document: undefined, diagnostics: [source], ok: false };
    for (const transformFile of transformFiles) {
        const transform = read(transformFile, cwd);
        if (!('type' in transform)) {
            diagnostics.push(transform);
            return { document: source, diagnostics, ok: false };
        }
        const result = (0, transform_js_1.applyXdtTransform)(source, transform, { sourceFile, transformFile });
        diagnostics.push(...result.diagnostics);
        if (!result.ok)
            return { document: source, diagnostics, ok: false };
    }
    return { document: source, diagnostics, ok: true };
}
/**
 * Applies XDT transforms to a file and writes the result atomically, only when every transform succeeded
 * (warnings allowed). Nothing is written on errors.
 */
async function transformFileWithXdt(options) {
    const cwd = options.cwd ?? process.cwd();
    const result = applyXdtTransformFiles(options.source, options.transforms, { cwd });
    if (!result.ok || !result.document)
        return { ...result, written: false };
    await (0, atomic_write_js_1.writeFileAtomic)(node_path_1.default.resolve(cwd, options.out ?? options.source), (0, encode_document_js_1.encodeXmlDocument)(result.document));
    return { ...result, written: true };
}


/***/ }),

/***/ 7471:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// How Microsoft.Web.XmlTransform writes a transformed document, reproduced over our lossless model so that our output
// is the engine's output byte for byte (docs/xdt-formatting.md). Written from the rules of dotnet/xdt's public source
// (src/Microsoft.Web.XmlTransform: XmlFormatter.cs, XmlAttributePreservationDict.cs, XmlAttributePreservingWriter.cs,
// XmlFileInfoDocument.cs); no library does this, because it is one engine's private layout algorithm.
//
// Three steps, run once after a transform file was applied:
// 1. indentation (XmlFormatter): walks the document, gives nodes inserted by the transform the indentation of their
//    new siblings, drops the extra whitespace a removal left, keeps the whitespace before an end tag at the end;
// 2. attribute layout (XmlAttributePreservationDict): the attributes of every element keep the whitespace they had
//    in the source; removed ones give theirs to the next; added ones follow the element's one-per-line habit;
// 3. writing (XmlTextWriter behind XmlAttributePreservingWriter): values re-escaped the .NET way (`>` is `&gt;`,
//    double quotes), an added attribute goes on a new line when the line would reach 160 characters.
// The model is rewritten in place to that output, so `document.toString()` is the engine's file.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LayoutRegistry = exports.AttributeLayout = void 0;
exports.escapeAttributeLikeDotnet = escapeAttributeLikeDotnet;
exports.escapeTextLikeDotnet = escapeTextLikeDotnet;
exports.formatLikeXdtEngine = formatLikeXdtEngine;
exports.outerXmlLikeDotnet = outerXmlLikeDotnet;
const xml_document_js_1 = __webpack_require__(7864);
const namespaces_js_1 = __webpack_require__(4670);
/** The engine starts a new attribute line when the line would reach this length (AttributeTextWriter). */
const MAX_LINE_LENGTH = 160;
/** The writer's attribute line break when an element has none of its own. */
const WRITER_NEWLINE = '\r\n';
const DEFAULT_TAB = '\t';
// ---------------------------------------------------------------------------------------------------------------
// A map with .NET Dictionary's enumeration order: a removed key frees its slot and the next added key takes it
// (last freed first). The attribute layout enumerates its whitespace in that order to find a line break to copy.
class SlotMap {
    keys = [];
    values = [];
    free = [];
    has(key) {
        return this.keys.includes(key);
    }
    get(key) {
        const index = this.keys.indexOf(key);
        return index === -1 ? undefined : this.values[index];
    }
    set(key, value) {
        const index = this.keys.indexOf(key);
        if (index !== -1) {
            this.values[index] = value;
            return;
        }
        const slot = this.free.pop();
        if (slot === undefined) {
            this.keys.push(key);
            this.values.push(value);
        }
        else {
            this.keys[slot] = key;
            this.values[slot] = value;
        }
    }
    delete(key) {
        const index = this.keys.indexOf(key);
        if (index === -1)
            return;
        this.keys[index] = undefined;
        this.values[index] = '';
        this.free.push(index);
    }
    clear() {
        this.keys = [];
        this.values = [];
        this.free = [];
    }
    get size() {
        return this.keys.filter((k) => k !== undefined).length;
    }
    *entries() {
        for (let i = 0; i < this.keys.length; i++)
            if (this.keys[i] !== undefined)
                yield this.values[i];
    }
}
const hasNewline = (space) => space.includes('\n');
/** The attribute whitespace of one start tag as the source wrote it, and what the transform did to it. */
class AttributeLayout {
    /** Attribute names in source order, then added ones. */
    ordered = [];
    /** Whitespace before each attribute; '' holds the whitespace before `>` or `/>`. */
    leading = new SlotMap();
    newLine;
    onePerLine;
    /** The layout of an element read from the source (an inserted element starts with an empty one). */
    static of(element) {
        const layout = new AttributeLayout();
        for (const attribute of element.attributes) {
            layout.ordered.push(attribute.name);
            layout.leading.set(attribute.name, attribute.leading);
        }
        layout.leading.set('', element.tagTail);
        return layout;
    }
    /**
     * The source attribute `name` no longer counts as the live attribute of that name: it is treated as removed, and
     * an attribute of the same name as added (at the end, without whitespace of its own).
     */
    forget(name) {
        const index = this.ordered.indexOf(name);
        if (index === -1)
            return;
        const ghost = `\u0000${name}`;
        this.ordered[index] = ghost;
        const space = this.leading.get(name);
        this.leading.delete(name);
        if (space !== undefined)
            this.leading.set(ghost, space);
    }
    /** The whitespace before `>` or `/>` as the engine read it. */
    setTrailing(space) {
        this.leading.set('', space);
    }
    /** The same attributes in the same order, each with its whitespace: `update` would change nothing. */
    unchanged(current) {
        if (current.length !== this.ordered.length || current.length === 0)
            return false;
        for (let i = 0; i < current.length; i++) {
            const name = current[i];
            if (name !== this.ordered[i] || !this.leading.has(name))
                return false;
        }
        return true;
    }
    /** Whitespace to write before `name`, or undefined to let the writer choose (a space or a new line). */
    leadingOf(name) {
        return this.leading.get(name);
    }
    get trailing() {
        return this.leading.get('');
    }
    get order() {
        return this.ordered;
    }
    /** The line break (with indentation) the writer uses before an added attribute. */
    get writerNewLine() {
        return this.newLine ?? WRITER_NEWLINE;
    }
    /** A line break this element already uses between attributes (what siblings copy), cached once found. */
    attributeIndent(formatter) {
        if (this.newLine === undefined) {
            this.newLine = this.lookAheadForNewLine() ?? formatter?.currentAttributeIndent();
        }
        return this.newLine;
    }
    lookAheadForNewLine() {
        for (const space of this.leading.entries())
            if (hasNewline(space))
                return space;
        return undefined;
    }
    isOnePerLine() {
        if (this.onePerLine === undefined) {
            this.onePerLine = false;
            if (this.leading.size > 1) {
                // Every attribute after the first starts a line: keep doing so. Added attributes have no whitespace yet
                // and do not count against it.
                this.onePerLine = this.ordered
                    .slice(1)
                    .every((name) => !this.leading.has(name) || hasNewline(this.leading.get(name)));
            }
        }
        return this.onePerLine;
    }
    /** Fits the layout to the attributes the element has now (names in document order). */
    update(current, formatter) {
        if (this.unchanged(current))
            return;
        if (current.length === 0) {
            if (this.ordered.length > 0) {
                this.leading.clear();
                this.ordered = [];
            }
            return;
        }
        const exists = new Map();
        for (const name of this.ordered)
            exists.set(name, false);
        for (const name of current) {
            if (!exists.has(name))
                this.ordered.push(name);
            exists.set(name, true);
        }
        let first = true;
        let carried;
        for (const name of this.ordered) {
            const present = exists.get(name) === true;
            if (!present) {
                // A removed attribute's whitespace: the first one's always survives, a line break survives, the rest goes.
                const space = this.leading.get(name);
                if (space !== undefined) {
                    if (first)
                        carried ??= space;
                    else if (hasNewline(space))
                        carried = space;
                    this.leading.delete(name);
                }
            }
            else if (carried !== undefined) {
                const own = this.leading.get(name);
                if (first || own === undefined || !hasNewline(own))
                    this.leading.set(name, carried);
                carried = undefined;
            }
            else if (!this.leading.has(name)) {
                if (first)
                    this.leading.set(name, ' ');
                else if (this.isOnePerLine())
                    this.leading.set(name, this.attributeIndent(formatter));
                else
                    this.attributeIndent(formatter);
            }
            first = first && !present;
        }
    }
}
exports.AttributeLayout = AttributeLayout;
/** XML white space only: what the reader keeps as a whitespace node. */
function isBlank(raw) {
    return /^[ \t\r\n]*$/.test(raw);
}
function isWhitespaceNode(node) {
    return node !== undefined && node.type === 'text' && /^[ \t\r\n]*$/.test(node.raw);
}
function isTextNode(node) {
    return node !== undefined && node.type === 'text' && !isWhitespaceNode(node);
}
/** Index of the last line break in an indentation string, or -1 (also when it holds anything but blanks). */
function lastNewLine(whitespace) {
    for (let i = whitespace.length - 1; i >= 0; i--) {
        const ch = whitespace[i];
        if (ch === '\r')
            return i;
        if (ch === '\n')
            return i > 0 && whitespace[i - 1] === '\r' ? i - 1 : i;
        if (ch !== ' ' && ch !== '\t')
            return -1;
    }
    return -1;
}
function indentOf(whitespace) {
    const index = lastNewLine(whitespace);
    return index >= 0 ? whitespace.slice(index) : undefined;
}
function whitespaceNode(raw, parent) {
    return { type: 'text', raw, parent, offset: -1 };
}
class Formatter {
    isNew;
    layoutOf;
    indents = [];
    attributeIndents = [];
    indent = '';
    attributeIndentCache;
    oneTabCache;
    current;
    previous;
    constructor(isNew, layoutOf) {
        this.isNew = isNew;
        this.layoutOf = layoutOf;
    }
    visit(node) {
        this.previous = this.current;
        this.current = node;
    }
    get currentIndent() {
        this.indent ??= this.lookAheadForIndent() ?? (this.indents[this.indents.length - 1] ?? '') + this.oneTab;
        return this.indent;
    }
    get oneTab() {
        this.oneTabCache ??= this.computeOneTab();
        return this.oneTabCache;
    }
    currentAttributeIndent() {
        this.attributeIndentCache ??= this.lookForSiblingIndent() ?? this.currentIndent + this.oneTab;
        return this.attributeIndentCache;
    }
    loop(parent) {
        for (let i = 0; i < parent.children.length; i++) {
            const node = parent.children[i];
            this.visit(node);
            if (node.type === 'element')
                i += this.handleElement(node);
            else if (isWhitespaceNode(node))
                i += this.handleWhitespace(node);
            else if (node.type === 'comment')
                i += this.ensureIndent(node, false);
        }
    }
    handleElement(element) {
        let change = this.ensureIndent(element, false);
        this.layoutOf(element).update(element.attributes.map((a) => a.name), this);
        this.pushIndent();
        this.moveEndWhitespaceLast(element);
        this.loop(element);
        this.visit(element);
        this.popIndent();
        if (!(element.selfClosing && element.children.length === 0))
            change += this.ensureIndent(element, true);
        return change;
    }
    /** The whitespace before an original end tag stays last when elements were appended after it. */
    moveEndWhitespaceLast(element) {
        if (this.isNew(element))
            return;
        const children = element.children;
        let index = children.length - 1;
        if (index < 0 || isWhitespaceNode(children[index]))
            return;
        while (index >= 0) {
            const node = children[index];
            if (node.type === 'element' && this.isNew(node)) {
                index--;
                continue;
            }
            if (isWhitespaceNode(node)) {
                children.splice(index, 1);
                children.push(node);
            }
            return;
        }
    }
    handleWhitespace(node) {
        let change = 0;
        // Two whitespace nodes in a row: an element between them was removed. Keep one, preferring a line break.
        // When the previous one was itself just dropped, the engine fails (NullReferenceException in HandleWhiteSpace,
        // three blanks in a row); we compare with the whitespace now before this one instead.
        let previous = this.previous;
        if (previous !== undefined && previous.parent === undefined) {
            const siblings = node.parent?.children ?? [];
            previous = siblings[siblings.indexOf(node) - 1];
        }
        if (isWhitespaceNode(previous)) {
            const remove = lastNewLine(node.raw) < 0 && lastNewLine(previous.raw) >= 0 ? node : previous;
            const siblings = remove.parent?.children;
            if (siblings)
                siblings.splice(siblings.indexOf(remove), 1);
            remove.parent = undefined;
            change = -1;
        }
        const indent = indentOf(node.raw);
        if (indent !== undefined && this.indent !== indent) {
            this.indent = indent;
            this.oneTabCache = undefined;
            this.attributeIndentCache = undefined;
        }
        return change;
    }
    ensureIndent(node, beforeEnd) {
        const previous = this.previous;
        const needs = !isWhitespaceNode(previous) &&
            !isTextNode(previous) &&
            (this.isNew(node) || (previous !== undefined && this.isNew(previous)));
        if (!needs)
            return 0;
        if (beforeEnd && node.type === 'element') {
            node.children.push(whitespaceNode(this.currentIndent, node));
            return 0;
        }
        const parent = node.parent;
        parent.children.splice(parent.children.indexOf(node), 0, whitespaceNode(this.currentIndent, parent));
        return 1;
    }
    pushIndent() {
        this.indents.push(this.currentIndent);
        this.indent = undefined;
        this.attributeIndents.push(this.attributeIndentCache);
        this.attributeIndentCache = undefined;
    }
    popIndent() {
        this.indent = this.indents.pop();
        this.attributeIndentCache = this.attributeIndents.pop();
    }
    /** The first line-break whitespace among the current node's siblings that is not the last child. */
    lookAheadForIndent() {
        const siblings = this.current?.parent?.children;
        if (!siblings)
            return undefined;
        for (let i = 0; i < siblings.length - 1; i++) {
            const node = siblings[i];
            if (isWhitespaceNode(node)) {
                const indent = indentOf(node.raw);
                if (indent !== undefined)
                    return indent;
            }
        }
        return undefined;
    }
    /** One indentation step: the difference between the two innermost indents that extend each other. */
    computeOneTab() {
        for (let i = this.indents.length - 1; i > 0; i--) {
            const inner = this.indents[i];
            const outer = this.indents[i - 1];
            if (inner.startsWith(outer))
                return inner.slice(outer.length);
        }
        const outermost = this.indents[0];
        if (outermost === undefined)
            return DEFAULT_TAB;
        // The engine's fallback: what follows the first character after the line break.
        for (let i = 0; i < outermost.length - 1; i++) {
            const ch = outermost[i];
            if (ch !== '\r' && ch !== '\n')
                return outermost.slice(i + 1);
        }
        return DEFAULT_TAB;
    }
    /** An attribute line break used by the nearest sibling element: the one before, else the first one after. */
    lookForSiblingIndent() {
        const node = this.current;
        const siblings = node?.parent?.children ?? [];
        let before = true;
        let found;
        for (const sibling of siblings) {
            if (sibling === node)
                before = false;
            else if (sibling.type === 'element')
                found = this.layoutOf(sibling).attributeIndent(undefined);
            if (!before && found !== undefined)
                return found;
        }
        return undefined;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Step 3: writing
/** An attribute value as XmlTextWriter writes it between double quotes. */
function escapeAttributeLikeDotnet(value) {
    if (!/[&<>"\n\r]/.test(value))
        return value; // most values: nothing to escape, no six passes
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\n/g, '&#xA;')
        .replace(/\r/g, '&#xD;');
}
/** Text content as XmlTextWriter writes it. */
function escapeTextLikeDotnet(value) {
    if (!/[&<>]/.test(value))
        return value;
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** `version="1.0" encoding="utf-8"`: the declaration rebuilt from its values, as XmlDeclaration writes it. */
function declarationContent(content) {
    const value = (name) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
        .exec(content)
        ?.slice(1)
        .find((v) => v !== undefined);
    const parts = [`version="${value('version') ?? '1.0'}"`];
    const encoding = value('encoding');
    if (encoding)
        parts.push(`encoding="${encoding}"`);
    const standalone = value('standalone');
    if (standalone)
        parts.push(`standalone="${standalone}"`);
    return `xml ${parts.join(' ')}`;
}
function processingInstructionContent(content) {
    if (/^xml[ \t\r\n]/.test(content) || content === 'xml')
        return declarationContent(content);
    const match = /^(\S+)[ \t\r\n]*([\s\S]*)$/.exec(content);
    if (!match)
        return content;
    // XmlTextWriter.WriteProcessingInstruction writes a space after the target even when there is no data.
    return `${match[1]} ${match[2]}`;
}
/** `<!DOCTYPE name PUBLIC "p" "s"[subset]>` rebuilt from its parts, as XmlTextWriter.WriteDocType writes it. */
function doctypeLikeDotnet(raw) {
    const match = /^<!DOCTYPE[ \t\r\n]+([^ \t\r\n[>]+)[ \t\r\n]*(?:(PUBLIC)[ \t\r\n]+("[^"]*"|'[^']*')[ \t\r\n]+("[^"]*"|'[^']*')|(SYSTEM)[ \t\r\n]+("[^"]*"|'[^']*'))?[ \t\r\n]*(?:\[([\s\S]*)\])?[ \t\r\n]*>$/i.exec(raw);
    if (!match)
        return raw;
    const literal = (quoted) => `"${quoted.slice(1, -1)}"`;
    let text = `<!DOCTYPE ${match[1]}`;
    if (match[2])
        text += ` PUBLIC ${literal(match[3])} ${literal(match[4])}`;
    else if (match[5])
        text += ` SYSTEM ${literal(match[6])}`;
    // The engine's document type always has an internal subset, empty when the source has none: `[]`.
    text += `[${match[7] ?? ''}]`;
    return `${text}>`;
}
class Writer {
    layoutOf;
    column = 0;
    constructor(layoutOf) {
        this.layoutOf = layoutOf;
    }
    advance(text) {
        const newline = text.lastIndexOf('\n');
        this.column = newline === -1 ? this.column + text.length : text.length - newline - 1;
    }
    /** `advance` for text without a line break (names, escaped values, markup), without building the string. */
    advanceBy(length) {
        this.column += length;
    }
    write(parent) {
        for (const node of parent.children)
            this.writeNode(node);
    }
    writeNode(node) {
        switch (node.type) {
            case 'text':
                if (!isBlank(node.raw))
                    node.raw = escapeTextLikeDotnet((0, xml_document_js_1.decodeEntities)(node.raw));
                this.advance(node.raw);
                return;
            case 'comment':
                this.advance(`<!--${node.content}-->`);
                return;
            case 'cdata':
                this.advance(`<![CDATA[${node.content}]]>`);
                return;
            case 'pi':
                node.content = processingInstructionContent(node.content);
                this.advance(`<?${node.content}?>`);
                return;
            case 'doctype':
                node.raw = doctypeLikeDotnet(node.raw);
                this.advance(node.raw);
                return;
            case 'element':
                this.writeElement(node);
                return;
        }
    }
    writeElement(element) {
        const layout = this.layoutOf(element);
        this.advanceBy(1 + element.name.length);
        const attributes = element.attributes;
        const written = [];
        for (const name of layout.order) {
            // Elements have a handful of attributes: a scan costs less than building a map per element.
            const attribute = attributes.find((a) => a.name === name);
            if (!attribute)
                continue;
            attribute.equals = '=';
            attribute.quote = '"';
            attribute.rawValue = escapeAttributeLikeDotnet((0, xml_document_js_1.decodeEntities)(attribute.rawValue));
            // `name="value"`: the escaped value holds no line break.
            const textLength = attribute.name.length + attribute.rawValue.length + 3;
            let leading = layout.leadingOf(name);
            if (leading === undefined) {
                // The writer's choice for an attribute without whitespace of its own: a space, or a line break when
                // the line would otherwise reach the maximum length.
                leading = this.column + 1 + textLength + 1 > MAX_LINE_LENGTH ? layout.writerNewLine : ' ';
            }
            attribute.leading = leading;
            this.advance(leading);
            this.advanceBy(textLength);
            written.push(attribute);
        }
        element.attributes = written;
        element.tagTail = layout.trailing ?? '';
        element.endTagTail = '';
        const empty = element.selfClosing && element.children.length === 0;
        this.advance(element.tagTail);
        this.advanceBy(empty ? 2 : 1);
        if (empty)
            return;
        element.selfClosing = false;
        this.write(element);
        this.advanceBy(3 + element.name.length);
    }
}
// ---------------------------------------------------------------------------------------------------------------
/**
 * The forward-only reader with which the engine cuts each start tag out of the source text to learn its attribute
 * layout (XmlAttributePreservationProvider and PositionTrackingTextReader): it moves to the element's line by whole
 * lines and then to its column character by character, never back, and reads from the `<` to the first `>` outside
 * double quotes (single quotes are not quotes to it).
 */
class EngineTagReader {
    text;
    at = 0;
    line = 1;
    column = 1;
    constructor(text) {
        this.text = text;
    }
    read() {
        const c = this.text[this.at];
        if (c === undefined)
            return undefined;
        this.at++;
        if (c === '\n') {
            this.line++;
            this.column = 1;
        }
        else
            this.column++;
        return c;
    }
    /** The start tag at `line`:`column` as the engine cuts it, or undefined when the reader is already past it. */
    tagAt(line, column) {
        while (this.line < line && this.at < this.text.length) {
            let c;
            do
                c = this.read();
            while (c !== undefined && c !== '\n');
        }
        // Past the line already, this still reads on to the column in whatever line it is on: that is the engine.
        while (this.column < column && this.at < this.text.length)
            this.read();
        if (this.line !== line || this.column !== column)
            return undefined;
        const start = this.at;
        let quoted = false;
        for (let c = this.read(); c !== undefined; c = this.read()) {
            if (c === '"')
                quoted = !quoted;
            else if (c === '>' && !quoted)
                return this.text.slice(start, this.at);
        }
        return undefined;
    }
}
/** The real end of the start tag at `offset` (both quote characters honoured). */
function realTagEnd(text, offset) {
    let quote;
    for (let i = offset; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '>')
            return i + 1;
    }
    return -1;
}
/** Where the engine keeps each element's attribute layout between the transform and the writing. */
class LayoutRegistry {
    // A Map, not a WeakMap: it lives for one transform, and a WeakMap's set costs several times more per element.
    layouts = new Map();
    /** The first source start tag the engine fails to read, if any: it then refuses the whole document. */
    unreadable;
    /**
     * Records the source layout of every element of `document` (call before transforming). The engine reads the
     * layouts with one forward-only reader: after a tag that ran past its end (see engineTagEnd), the elements it ran
     * over get no layout at all and are written like new ones.
     */
    static snapshot(document) {
        const registry = new LayoutRegistry();
        // The engine reads the decoded text, without the byte order mark.
        const bom = document.source.charCodeAt(0) === 0xfeff ? 1 : 0;
        const text = bom ? document.source.slice(1) : document.source;
        const reader = new EngineTagReader(text);
        const walk = (parent) => {
            for (const child of parent.children) {
                if (child.type !== 'element')
                    continue;
                registry.layouts.set(child, registry.read(child, text, bom, reader, document));
                walk(child);
            }
        };
        walk(document);
        return registry;
    }
    read(element, text, bom, reader, document) {
        const layout = AttributeLayout.of(element);
        if (element.offset < 0)
            return layout;
        const offset = element.offset - bom;
        const at = document.position(element.offset);
        const tag = reader.tagAt(at.line, bom && at.line === 1 ? at.column - 1 : at.column);
        // No tag where the engine looked: no layout, the element is written like a new one.
        if (tag === undefined)
            return new AttributeLayout();
        const real = realTagEnd(text, offset) - offset;
        if (tag.length < real) {
            this.unreadable ??= {
                element,
                attribute: element.attributes.find((a) => a.quote === "'" && a.rawValue.includes('>'))
            };
        }
        else if (tag.length > real) {
            // The engine took more than the tag: the whitespace before the last `>` (or `/>`) it read is the tail.
            const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
            layout.setTrailing(/[ \t\r\n]*$/.exec(tag.slice(0, close))?.[0] ?? '');
        }
        return layout;
    }
    /** The element's layout; an element that was not in the source gets an empty one (the engine's new element). */
    of(element) {
        let layout = this.layouts.get(element);
        if (!layout) {
            layout = new AttributeLayout();
            this.layouts.set(element, layout);
        }
        return layout;
    }
}
exports.LayoutRegistry = LayoutRegistry;
/**
 * Rewrites a transformed document the way Microsoft.Web.XmlTransform saves it. `newElements` holds every element
 * the transform inserted (with their descendants); `layouts` was taken from the source before transforming.
 */
function formatLikeXdtEngine(document, newElements, layouts) {
    const none = newElements instanceof Set && newElements.size === 0;
    const isNew = (node) => {
        if (none)
            return false;
        let current = node;
        while (current && current.type !== 'element' && current.type !== 'document')
            current = current.parent;
        return current?.type === 'element' && newElements.has(current);
    };
    const layoutOf = (element) => layouts.of(element);
    new Formatter(isNew, layoutOf).loop(document);
    new Writer(layoutOf).write(document);
    // The engine saves in the encoding the source was read with: a UTF-8 BOM stays, and a declaration that names
    // UTF-8 makes .NET's writer (Encoding.UTF8) start the file with one.
    const declaration = document.children.find((c) => c.type === 'pi' && /^xml\s/.test(c.content));
    if (declaration?.type === 'pi' && /\bencoding="utf-?8"/i.test(declaration.content))
        document.bom = true;
}
/**
 * An element as .NET's OuterXml writes it (what CommentOut puts in its comment): attributes single-spaced and
 * re-escaped, ` />` for an empty element, everything inside as the writer writes it. The writer starts with no
 * namespace in scope, so an element or attribute whose namespace is not declared yet gets its declaration after the
 * attributes, the last needed first (XmlTextWriter's end of start tag): `<appSettings a="1" xmlns="urn:d">`.
 * `scope` holds what the writer has declared so far (prefix → URI, '' the default namespace).
 */
function outerXmlLikeDotnet(node, scope = new Map()) {
    switch (node.type) {
        case 'text':
            return isBlank(node.raw) ? node.raw : escapeTextLikeDotnet((0, xml_document_js_1.decodeEntities)(node.raw));
        case 'comment':
            return `<!--${node.content}-->`;
        case 'cdata':
            return `<![CDATA[${node.content}]]>`;
        case 'pi':
            return `<?${processingInstructionContent(node.content)}?>`;
        case 'doctype':
            return doctypeLikeDotnet(node.raw);
        case 'element': {
            const declared = new Map(scope);
            for (const a of node.attributes) {
                const prefix = (0, namespaces_js_1.declaredPrefix)(a.name);
                if (prefix !== undefined)
                    declared.set(prefix, (0, xml_document_js_1.decodeEntities)(a.rawValue));
            }
            const pending = [];
            const need = (prefix) => {
                const uri = (0, namespaces_js_1.lookupNamespace)(node, prefix);
                if (uri === undefined || (declared.get(prefix) ?? '') === uri)
                    return;
                declared.set(prefix, uri);
                pending.push(prefix);
            };
            need((0, namespaces_js_1.splitQName)(node.name).prefix);
            for (const a of node.attributes) {
                const { prefix } = (0, namespaces_js_1.splitQName)(a.name);
                if (prefix && prefix !== 'xml' && prefix !== 'xmlns')
                    need(prefix);
            }
            const declarations = pending
                .reverse()
                .map((prefix) => {
                const uri = escapeAttributeLikeDotnet(declared.get(prefix) ?? '');
                return prefix ? ` xmlns:${prefix}="${uri}"` : ` xmlns="${uri}"`;
            })
                .join('');
            const attributes = node.attributes
                .map((a) => ` ${a.name}="${escapeAttributeLikeDotnet((0, xml_document_js_1.decodeEntities)(a.rawValue))}"`)
                .join('') + declarations;
            if (node.selfClosing && node.children.length === 0)
                return `<${node.name}${attributes} />`;
            const inner = node.children.map((child) => outerXmlLikeDotnet(child, declared)).join('');
            return `<${node.name}${attributes}>${inner}</${node.name}>`;
        }
    }
}


/***/ }),

/***/ 9433:
/***/ ((__unused_webpack_module, exports) => {


// The value syntax of xdt:Transform and xdt:Locator: `Name` or `Name(arguments)`, arguments separated by commas.
// As in Microsoft.Web.XmlTransform (XmlElementContext's name regex, XmlArgumentUtility.SplitArguments), a comma
// inside parentheses does not split; we also keep commas inside quotes together (`Condition(@v='a,b')`), which the
// .NET engine would split into two arguments and then refuse.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseNameAndArguments = parseNameAndArguments;
exports.splitArguments = splitArguments;
exports.xpathLiteral = xpathLiteral;
// \w in .NET regexes is Unicode-aware: letters, digits, connector punctuation.
const NAME_AND_ARGUMENTS = /^\s*([\p{L}\p{Nd}\p{Pc}\p{Mn}]+)(?:\s*\((.*)\))?\s*$/su;
/** Parses `Name(args)`; undefined when the value has another shape (the engine's "BadAttributeValue"). */
function parseNameAndArguments(value) {
    const match = NAME_AND_ARGUMENTS.exec(value);
    if (!match)
        return undefined;
    const argumentString = match[2] ? match[2] : undefined;
    return { name: match[1], argumentString, args: splitArguments(argumentString) };
}
/** Splits an argument string on commas that are outside parentheses and quotes; each argument is trimmed. */
function splitArguments(argumentString) {
    if (argumentString === undefined)
        return [];
    const args = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < argumentString.length; i++) {
        const ch = argumentString[i];
        if (quote) {
            if (ch === quote)
                quote = '';
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === ',' && depth === 0) {
            args.push(argumentString.slice(start, i).trim());
            start = i + 1;
        }
    }
    args.push(argumentString.slice(start).trim());
    return args;
}
/** An XPath string literal for `value`: single quotes, double quotes, or concat() when it holds both. */
function xpathLiteral(value) {
    if (!value.includes("'"))
        return `'${value}'`;
    if (!value.includes('"'))
        return `"${value}"`;
    return `concat(${value
        .split("'")
        .map((part) => `'${part}'`)
        .join(`, "'", `)})`;
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Microsoft.Web.XmlTransform (XDT) in TypeScript, over the lossless XML model, following dotnet/xdt's source
// (windows-facts §2.5): every element of the transform file is a context whose XPath is its parent's XPath plus
// its own name and locator predicate (`/configuration/appSettings/add[@key='a']`), evaluated against the whole
// source document; the element's xdt:Transform runs on what that XPath selects (Insert-family verbs on what the
// parent's XPath selects); then its children are processed, whatever the verb was.
//
// The result is written as the engine saves it (output-format.ts, docs/xdt-formatting.md), and problems are reported
// where the engine reports them: an element at its name, an attribute at its name; every problem of the file in one
// run, in document order (the engine goes on after an error; the failed result is not written).
//
// What differs from the .NET engine, on purpose:
// - messages are ours (they say what to fix); their positions and their number are the engine's;
// - a result that would not be an XML document (a second root, no root, `--` inside CommentOut) is an error;
// - where the engine throws while saving (three blanks in a row after removals, a replaced root) we still write;
// - xdt:Import is refused: it loads .NET assemblies.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XDT_LOCATORS = exports.XDT_TRANSFORMS = exports.XDT_NAMESPACE = void 0;
exports.formatXdtDiagnostic = formatXdtDiagnostic;
exports.applyXdtTransform = applyXdtTransform;
const xml_document_js_1 = __webpack_require__(7864);
const xml_edit_js_1 = __webpack_require__(461);
const output_format_js_1 = __webpack_require__(7471);
const namespaces_js_1 = __webpack_require__(4670);
const syntax_js_1 = __webpack_require__(9433);
const xpath_js_1 = __webpack_require__(2483);
exports.XDT_NAMESPACE = 'http://schemas.microsoft.com/XML-Document-Transform';
exports.XDT_TRANSFORMS = [
    'Replace',
    'Remove',
    'RemoveAll',
    'Insert',
    'InsertIfMissing',
    'InsertBefore',
    'InsertAfter',
    'SetAttributes',
    'SetTokenizedAttributes',
    'RemoveAttributes',
    'CommentOut'
];
exports.XDT_LOCATORS = ['Match', 'Condition', 'XPath'];
/** `error: web.Release.config:12:6: message` (the CLI's and the compilers' convention). */
function formatXdtDiagnostic(diagnostic) {
    const where = diagnostic.line
        ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`
        : diagnostic.file;
    return `${diagnostic.severity}: ${where}: ${diagnostic.message}`;
}
/**
 * Applies an XDT transform document to a source document, in place (like XmlTransformation.Apply). "No element
 * matches" is a warning; a malformed transform or a result that would not be XML is an error.
 */
function applyXdtTransform(source, transform, files) {
    const layouts = output_format_js_1.LayoutRegistry.snapshot(source);
    if (layouts.unreadable)
        return refuseUnreadable(source, layouts.unreadable, files);
    const engine = new XdtEngine(source, transform, files, layouts);
    engine.run();
    // Saved the way the engine saves (XmlFormatter + XmlAttributePreservingWriter), even after errors, like .NET.
    (0, output_format_js_1.formatLikeXdtEngine)(source, engine.newElements, layouts);
    const diagnostics = engine.diagnostics;
    return { document: source, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}
/**
 * The engine cannot load a source whose start tag holds `>` inside a single-quoted value (it cuts the tag there and
 * throws "There is an unclosed literal string"): nothing is transformed, like `dotnet publish`, and we say why.
 */
function refuseUnreadable(source, unreadable, files) {
    const { element, attribute } = unreadable;
    const at = source.position(attribute ? attribute.offset : nameOffset(element));
    const name = attribute ? `'${attribute.name}'` : 'an attribute';
    const diagnostic = {
        severity: 'error',
        message: `Microsoft.Web.XmlTransform cannot read <${element.name}>: the value of ${name} is in single quotes and ` +
            `holds '>', which the engine takes for the end of the tag ("There is an unclosed literal string"), so ` +
            `Visual Studio and dotnet publish fail on this file too. Put the value in double quotes or write '>' as &gt;.`,
        file: files.sourceFile
    };
    if (at.line)
        Object.assign(diagnostic, { line: at.line, column: at.column });
    return { document: source, diagnostics: [diagnostic], ok: false };
}
// -----------------------------------------------------------------------------------------------------------------
/** An error that points at a node of the transform file (by source offset). */
class XdtError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const INSERT_FAMILY = new Set(['Insert', 'InsertIfMissing', 'InsertBefore', 'InsertAfter']);
/** One element of the transform file, with its lazily built XPath and targets (XmlElementContext). */
class TransformContext {
    element;
    parent;
    engine;
    transform;
    locator;
    suppressWarnings = false;
    /** Its transform's arguments were refused (reported); it does not run, its children still do. */
    invalidArguments = false;
    /** Its transform cannot be built (reported): neither it nor its children run, as in the engine. */
    broken = false;
    /** Why its locator cannot be built; reported whenever a transform needs this element's path. */
    pathErrors = [];
    /** Its xdt:Locator names no locator (or does not parse): the engine fails on that before looking for parents. */
    locatorUnknown = false;
    xpathCache;
    targetsCache;
    parentsCache;
    namespaceCache;
    constructor(element, parent, engine) {
        this.element = element;
        this.parent = parent;
        this.engine = engine;
    }
    /** The XPath of the source elements this element stands for (Locator.ConstructPath). */
    get xpath() {
        if (this.xpathCache === undefined)
            this.xpathCache = this.constructPath();
        return this.xpathCache;
    }
    /** Where Insert-family verbs insert: the parent's XPath, or with an XPath locator its own (ConstructParentPath). */
    get parentXPath() {
        if (this.locator?.name === 'XPath')
            return this.xpath;
        return this.parent ? this.parent.xpath : '';
    }
    targetNodes() {
        if (!this.targetsCache)
            this.targetsCache = this.engine.selectElements(this.xpath, this);
        return this.targetsCache;
    }
    /** Undefined for a top-level element: it has no parent context. */
    targetParents() {
        if (!this.parent)
            return undefined;
        if (!this.parentsCache)
            this.parentsCache = this.engine.selectElements(this.parentXPath, this);
        return this.parentsCache;
    }
    /** Prefixes in scope at the transform element, the default namespace as `_defaultNamespace` (as .NET does). */
    namespaces() {
        if (!this.namespaceCache) {
            const map = {};
            for (const [prefix, uri] of (0, namespaces_js_1.inScopeNamespaces)(this.element)) {
                if (prefix === '') {
                    if (uri)
                        map['_defaultNamespace'] = uri;
                }
                else
                    map[prefix] = uri;
            }
            this.namespaceCache = map;
        }
        return this.namespaceCache;
    }
    nodeTest() {
        const { prefix, local } = (0, namespaces_js_1.splitQName)(this.element.name);
        return !prefix && (0, namespaces_js_1.lookupNamespace)(this.element, '') ? `_defaultNamespace:${local}` : this.element.name;
    }
    constructPath() {
        const parentPath = this.parent ? this.parent.xpath : '';
        const locator = this.locator;
        if (locator?.name === 'XPath') {
            const path = locator.args[0];
            if (path.startsWith('/'))
                return path;
            return appendStep(appendStep(parentPath, this.nodeTest()), path).replace(/\/\.\//g, '/');
        }
        let predicate = '';
        if (locator?.name === 'Match') {
            predicate = locator.args
                .map((key) => `@${key}=${(0, syntax_js_1.xpathLiteral)((0, xml_edit_js_1.getAttribute)(this.element, key))}`)
                .join(' and ');
        }
        else if (locator?.name === 'Condition') {
            predicate = locator.args[0];
        }
        return appendStep(parentPath, this.nodeTest(), predicate);
    }
}
/** Where .NET places an element in messages: at its name, just after the `<`. */
function nameOffset(element) {
    return element.offset < 0 ? element.offset : element.offset + 1;
}
function appendStep(basePath, nodeTest, predicate = '') {
    const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
    let bracketed = predicate;
    if (bracketed) {
        if (!bracketed.startsWith('['))
            bracketed = `[${bracketed}`;
        if (!bracketed.endsWith(']'))
            bracketed = `${bracketed}]`;
    }
    return `${base}${nodeTest}${bracketed}`;
}
class XdtEngine {
    source;
    transform;
    files;
    layouts;
    diagnostics = [];
    suppressWarnings = false;
    collecting;
    originalText;
    original;
    /** Elements this transform inserted, with their descendants (the engine's "new" nodes, formatted on save). */
    newElements = new Set(); // a Set: asked once per node when the output is formatted
    /** Inserted elements → offset of the transform element they copy (the engine reports them at that line). */
    copiedFrom = new WeakMap();
    /** Match() lookups on the source by attribute value (one scan per parent, not one per rule); see beforeChange. */
    index = new xpath_js_1.ChildAttributeIndex();
    /** What the running transform changed: attribute names, or 'all' for elements (the index forgets it after). */
    changed;
    constructor(source, transform, files, layouts) {
        this.source = source;
        this.transform = transform;
        this.files = files;
        this.layouts = layouts;
    }
    run() {
        const root = this.transform.root;
        if (!root)
            return;
        // Namespace well-formedness first: `xdt:Transform` without xmlns:xdt must not pass as "nothing to do".
        const errorsBefore = this.errorCount();
        for (const element of (0, xml_edit_js_1.descendants)(this.transform))
            this.checkPrefixes(element);
        if (this.errorCount() > errorsBefore)
            return;
        if (!this.declaresXdtNamespace()) {
            this.warn(`The transform does not declare the XDT namespace (xmlns:xdt="${exports.XDT_NAMESPACE}"): nothing was applied.`, nameOffset(root));
            return;
        }
        // As the engine runs (XmlTransformation.PreprocessTransformDocument, then TransformLoop): xdt: elements first,
        // then every element in document order, its own transform then its children's. An element whose transform
        // or locator cannot be built is reported and its children are skipped; nothing stops the run, so every
        // problem is reported at once (the result is failed and is not written).
        for (const element of (0, xml_edit_js_1.descendants)(this.transform))
            this.checkXdtElement(element);
        for (const element of (0, xml_edit_js_1.childElements)(this.transform))
            this.process(element, undefined);
    }
    process(element, parent) {
        const context = this.prepare(element, parent);
        if (context.broken)
            return;
        if (context.transform && !context.invalidArguments) {
            const runnable = context;
            if (this.pathUsable(runnable))
                this.execute(runnable);
        }
        for (const child of (0, xml_edit_js_1.childElements)(element))
            this.process(child, context);
    }
    /** An element in the XDT namespace: Import (which we refuse) or a tag the engine does not know (a warning). */
    checkXdtElement(element) {
        const elementName = (0, namespaces_js_1.splitQName)(element.name);
        if (!elementName.prefix || (0, namespaces_js_1.lookupNamespace)(element, elementName.prefix) !== exports.XDT_NAMESPACE)
            return;
        if (elementName.local === 'Import') {
            this.error(`${element.name} loads custom transforms from a .NET assembly, which iis-deploy cannot run: remove it ` +
                `and use the built-in transforms (${exports.XDT_TRANSFORMS.join(', ')}).`, nameOffset(element));
        }
        else {
            this.warn(`Unknown tag '${element.name}'.`, nameOffset(element));
        }
    }
    // --- diagnostics -----------------------------------------------------------------------------------------------
    report(severity, message, offset) {
        const { line, column } = this.transform.position(offset);
        const diagnostic = { severity, message, file: this.files.transformFile };
        if (line)
            Object.assign(diagnostic, { line, column });
        // Repeated as often as the engine logs it (e.g. once per target), so the two logs line up.
        this.diagnostics.push(diagnostic);
    }
    warn(message, offset) {
        if (!this.suppressWarnings)
            this.report('warning', message, offset);
    }
    error(message, offset) {
        if (this.collecting)
            this.collecting.push({ message, offset });
        else
            this.report('error', message, offset);
    }
    errorCount() {
        return this.diagnostics.filter((d) => d.severity === 'error').length;
    }
    // --- the transform file ----------------------------------------------------------------------------------------
    declaresXdtNamespace() {
        for (const element of (0, xml_edit_js_1.descendants)(this.transform)) {
            for (const attribute of element.attributes) {
                if ((0, namespaces_js_1.declaredPrefix)(attribute.name) !== undefined &&
                    (0, xml_document_js_1.decodeEntities)(attribute.rawValue) === exports.XDT_NAMESPACE) {
                    return true;
                }
            }
        }
        return false;
    }
    isXdt(element, qualifiedName) {
        const { prefix } = (0, namespaces_js_1.splitQName)(qualifiedName);
        return prefix !== '' && prefix !== 'xmlns' && (0, namespaces_js_1.lookupNamespace)(element, prefix) === exports.XDT_NAMESPACE;
    }
    /** Builds and checks the context of `element` (XmlElementContext with its Transform and Locator). */
    prepare(element, parent) {
        const context = new TransformContext(element, parent, this);
        for (const attribute of element.attributes) {
            if (!this.isXdt(element, attribute.name))
                continue;
            const { local } = (0, namespaces_js_1.splitQName)(attribute.name);
            if (local === 'Transform') {
                context.transform = this.parseCall(attribute, 'transform');
                if (!context.transform)
                    context.broken = true;
            }
            else if (local === 'Locator') {
                // A locator is built when a path is needed: its problems are reported then (see pathUsable).
                const problems = this.collectErrors(() => {
                    context.locator = this.parseCall(attribute, 'locator');
                });
                context.pathErrors.push(...problems);
                if (problems.length)
                    context.locatorUnknown = true;
            }
            else if (local === 'SupressWarnings') {
                const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue).trim().toLowerCase();
                if (value === 'true' || value === 'false')
                    context.suppressWarnings = value === 'true';
                else {
                    // Like the engine: reported at the element, which then does nothing (nor do its children).
                    this.error(`${attribute.name} must be true or false, not '${attribute.rawValue}'.`, nameOffset(element));
                    context.broken = true;
                }
            }
            else {
                const hint = local === 'SuppressWarnings' ? ' (XDT spells it SupressWarnings, with one p)' : '';
                this.warn(`Unknown attribute '${attribute.name}'${hint}: XDT knows Transform, Locator and SupressWarnings; it is ignored.`, attribute.offset);
            }
        }
        this.checkArguments(context);
        return context;
    }
    /** Namespace well-formedness, which .NET's loader enforces: every prefix used is declared. */
    checkPrefixes(element) {
        const names = [[element.name, nameOffset(element)]];
        for (const attribute of element.attributes) {
            if ((0, namespaces_js_1.declaredPrefix)(attribute.name) === undefined)
                names.push([attribute.name, attribute.offset]);
        }
        for (const [name, offset] of names) {
            const { prefix } = (0, namespaces_js_1.splitQName)(name);
            if (prefix && (0, namespaces_js_1.lookupNamespace)(element, prefix) === undefined) {
                const fix = prefix === 'xdt' ? ` Add xmlns:xdt="${exports.XDT_NAMESPACE}" to the root element.` : '';
                this.error(`The prefix '${prefix}' of '${name}' is not declared.${fix}`, offset);
            }
        }
    }
    parseCall(attribute, kind) {
        const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
        const parsed = (0, syntax_js_1.parseNameAndArguments)(value);
        if (!parsed) {
            this.error(`${attribute.name}="${value}" is not valid: write a ${kind} name, optionally followed by arguments in ` +
                `parentheses, e.g. ${kind === 'transform' ? 'SetAttributes(value)' : 'Match(name)'}.`, attribute.offset);
            return undefined;
        }
        const known = kind === 'transform' ? exports.XDT_TRANSFORMS : exports.XDT_LOCATORS;
        if (!known.includes(parsed.name)) {
            const other = kind === 'transform' ? exports.XDT_LOCATORS : exports.XDT_TRANSFORMS;
            const caseless = known.find((name) => name.toLowerCase() === parsed.name.toLowerCase());
            const hint = caseless
                ? ` Names are case-sensitive: did you mean '${caseless}'?`
                : other.includes(parsed.name)
                    ? ` '${parsed.name}' is a ${kind === 'transform' ? 'locator' : 'transform'}: use xdt:${kind === 'transform' ? 'Locator' : 'Transform'}.`
                    : '';
            this.error(`Unknown ${kind} '${parsed.name}'.${hint} Known ${kind}s: ${known.join(', ')}.`, attribute.offset);
            return undefined;
        }
        return { ...parsed, attribute };
    }
    /** Argument counts that dotnet/xdt refuses (EnsureArguments, InsertBase.SiblingElement, Match's attributes). */
    checkArguments(context) {
        const { locator, transform, element } = context;
        // The engine reports a locator's arguments at the element (the locator is built from it), not at xdt:Locator.
        const at = nameOffset(element);
        if (locator) {
            const { name, args } = locator;
            if (name === 'Match') {
                if (args.length === 0 || args.some((a) => a === '')) {
                    context.pathErrors.push({
                        message: `Match needs the names of the attributes to match, e.g. Match(name) or Match(name,path).`,
                        offset: at
                    });
                }
                else {
                    for (const key of args) {
                        if ((0, xml_edit_js_1.getAttribute)(element, key) === undefined) {
                            context.pathErrors.push({
                                message: `Match(${locator.argumentString}): <${element.name}> has no attribute '${key}' to match on.`,
                                offset: at
                            });
                        }
                    }
                }
            }
            else if (args.length !== 1 || args[0] === '') {
                const example = name === 'Condition' ? "Condition(@name='a' or @name='b')" : 'XPath(/configuration/appSettings)';
                context.pathErrors.push({
                    message: `${name} requires exactly 1 argument, e.g. ${example}.`,
                    offset: at
                });
            }
        }
        if (transform && (transform.name === 'InsertBefore' || transform.name === 'InsertAfter')) {
            context.invalidArguments = true;
            if (transform.args.length === 0 || transform.args[0] === '') {
                this.error(`${transform.name} requires an XPath argument: the element to insert ${transform.name === 'InsertBefore' ? 'before' : 'after'}, e.g. ${transform.name}(/configuration/system.web/authentication).`, transform.attribute.offset);
            }
            else if (transform.args.length > 1) {
                this.error(`Too many arguments to ${transform.name}: it takes one XPath (got ${transform.args.length}).`, transform.attribute.offset);
            }
            else {
                context.invalidArguments = !this.checkXPath(transform.args[0], transform.attribute.offset);
            }
        }
    }
    /**
     * Whether the paths this transform needs can be built and parsed: the first locator problem of its ancestors or of
     * itself (outermost first) is reported, as the engine reports it each time a path needs that locator; a path that
     * does not parse is reported at xdt:Transform.
     */
    pathUsable(context) {
        const chain = [];
        for (let current = context.parent; current; current = current.parent)
            chain.unshift(current);
        for (const link of chain) {
            const problem = link.pathErrors[0];
            if (problem) {
                this.error(problem.message, problem.offset);
                return false;
            }
        }
        if (this.missingParentFirst(context))
            return true;
        const own = context.pathErrors[0];
        if (own) {
            this.error(own.message, own.offset);
            return false;
        }
        return this.checkXPath(context.xpath, context.transform.attribute.offset);
    }
    /**
     * An Insert-family element whose parent path matches nothing fails on that before its own locator is built
     * (XmlElementContext.HasTargetParent looks for the parents first, then names the failed context's path): when the
     * failed context is an ancestor, the missing parent is the error (reported by requireParents), even if this
     * element's own locator is broken.
     */
    missingParentFirst(context) {
        if (!INSERT_FAMILY.has(context.transform.name) || context.locator?.name === 'XPath' || !context.parent)
            return false;
        if (context.locatorUnknown)
            return false;
        if (!this.checkXPath(context.parentXPath, context.transform.attribute.offset))
            return false;
        try {
            const parents = context.targetParents();
            if (!parents || parents.length > 0)
                return false;
            return this.failedParentContext(context) !== context;
        }
        catch {
            // A path that selects something other than elements: reported when the transform runs.
            return false;
        }
    }
    /** Runs `action` and returns the errors it would have reported, without reporting them. */
    collectErrors(action) {
        const collected = [];
        this.collecting = collected;
        try {
            action();
        }
        finally {
            this.collecting = undefined;
        }
        return collected;
    }
    checkXPath(xpath, offset) {
        try {
            (0, xpath_js_1.compileXPath)(xpath);
            return true;
        }
        catch (error) {
            if (!(error instanceof xpath_js_1.XPathError))
                throw error;
            this.error(error.message, offset);
            return false;
        }
    }
    // --- applying --------------------------------------------------------------------------------------------------
    /** Runs an XPath against the source document with the transform element's namespaces; elements only. */
    selectElements(xpath, context, document = this.source) {
        const nodes = (0, xpath_js_1.selectNodes)(xpath, document, {
            namespaces: context.namespaces(),
            index: document === this.source ? this.index : undefined
        });
        return nodes.filter((node) => {
            if (node.type === 'element')
                return true;
            throw new XdtError(`'${xpath}' selects a ${node.type === 'attribute' ? 'attribute' : node.type} node: XDT transforms apply to elements.`, nameOffset(context.element));
        });
    }
    execute(context) {
        const transform = context.transform;
        this.suppressWarnings = context.suppressWarnings;
        try {
            if (INSERT_FAMILY.has(transform.name))
                this.executeInsert(context);
            else
                this.executeOnTargets(context);
        }
        catch (error) {
            if (error instanceof XdtError)
                this.error(error.message, error.offset);
            else if (error instanceof xpath_js_1.XPathError)
                this.error(error.message, transform.attribute.offset);
            else
                throw error;
        }
        finally {
            this.suppressWarnings = false;
            // Again after the change: a lookup made while it was under way may hold what it replaced.
            if (this.changed !== undefined)
                this.forget(this.changed);
            this.changed = undefined;
        }
    }
    executeOnTargets(context) {
        const { transform } = context;
        const targets = this.requireTargets(context);
        if (!targets)
            return;
        const at = transform.attribute.offset;
        const first = targets[0];
        switch (transform.name) {
            case 'Replace': {
                this.expectNoArguments(context);
                this.warnIfMultipleTargets(context, targets);
                const clone = this.cloneTransformElement(context);
                this.beforeChange();
                (0, xml_edit_js_1.replaceNode)(first, clone);
                this.fixNamespaces(clone, context.element);
                return;
            }
            case 'Remove':
                this.warnIfMultipleTargets(context, targets);
                this.expectNoArguments(context);
                this.refuseRoot(first, 'Remove', at);
                this.beforeChange();
                removeNodes([first]);
                return;
            case 'RemoveAll':
                this.expectNoArguments(context);
                for (const target of targets)
                    this.refuseRoot(target, 'RemoveAll', at);
                this.beforeChange();
                removeNodes(targets);
                return;
            case 'CommentOut': {
                this.expectNoArguments(context);
                if (first.parent?.type !== 'element') {
                    throw new XdtError(`Cannot comment out the whole XML document (the root element <${first.name}>).`, at);
                }
                const content = ` ${(0, output_format_js_1.outerXmlLikeDotnet)(first)} `;
                if (content.includes('--')) {
                    throw new XdtError(`CommentOut cannot comment out <${first.name}>: its XML contains '--' (a comment inside it?), which ` +
                        `an XML comment cannot hold.`, at);
                }
                const comment = { type: 'comment', content, parent: undefined, offset: -1 };
                this.beforeChange();
                (0, xml_edit_js_1.replaceNode)(first, comment);
                return;
            }
            case 'SetAttributes':
            case 'SetTokenizedAttributes': {
                const attributes = this.transformAttributes(context);
                // The names it may set: its arguments (SetAttributes(a,b)), or all of them with none or `*`.
                const args = transform.args;
                this.beforeChange(args.length === 0 || args.includes('*') ? attributes.map((a) => a.name) : args);
                for (const target of targets) {
                    const selected = this.selectAttributes(attributes, context);
                    for (const attribute of selected) {
                        const value = (0, xml_document_js_1.decodeEntities)(attribute.rawValue);
                        const finalValue = transform.name === 'SetTokenizedAttributes'
                            ? this.substituteTokens(value, attribute, target, context)
                            : value;
                        if (transform.name === 'SetAttributes' &&
                            this.replaceQualifiedAttribute(target, attribute, context, finalValue))
                            continue;
                        (0, xml_edit_js_1.setAttribute)(target, attribute.name, finalValue);
                    }
                    // The engine reports this one at the transform attribute, and "nothing to remove" at the target.
                    if (selected.length === 0)
                        this.warn('No attributes found to set.', at);
                }
                return;
            }
            case 'RemoveAttributes':
                this.beforeChange();
                for (const target of targets) {
                    const selected = this.selectAttributes(target.attributes.filter((a) => (0, namespaces_js_1.declaredPrefix)(a.name) === undefined), context);
                    for (const attribute of selected)
                        (0, xml_edit_js_1.removeAttribute)(target, attribute.name);
                    if (selected.length === 0)
                        this.warnAtTarget('No attributes found to remove.', target);
                }
                return;
            default:
                return;
        }
    }
    executeInsert(context) {
        const { transform } = context;
        const parent = this.requireParents(context)[0];
        switch (transform.name) {
            case 'Insert':
                this.expectNoArguments(context);
                this.beforeChange();
                this.place(this.cloneTransformElement(context), context, parent, parent.children.length);
                return;
            case 'InsertIfMissing':
                this.expectNoArguments(context);
                if (context.targetNodes().length === 0) {
                    this.beforeChange();
                    this.place(this.cloneTransformElement(context), context, parent, parent.children.length);
                }
                return;
            case 'InsertBefore':
            case 'InsertAfter': {
                const at = transform.attribute.offset;
                const xpath = transform.args[0];
                // A relative path is evaluated from the parent target (InsertBase.SiblingElement).
                const found = (0, xpath_js_1.selectNodes)(xpath, parent, { namespaces: context.namespaces() });
                const sibling = found[0];
                if (!sibling)
                    throw new XdtError(`No element in the source document matches '${xpath}'.`, at);
                if (sibling.type !== 'element')
                    throw new XdtError(`'${xpath}' does not evaluate to an element.`, at);
                if (sibling.parent?.type !== 'element') {
                    throw new XdtError(`${transform.name}(${xpath}) would put a second root element next to <${sibling.name}>: an XML ` +
                        `document has exactly one.`, at);
                }
                const clone = this.cloneTransformElement(context);
                this.beforeChange();
                const siblingParent = sibling.parent;
                const index = siblingParent.children.indexOf(sibling);
                this.place(clone, context, siblingParent, transform.name === 'InsertBefore' ? index : index + 1);
                return;
            }
            default:
                return;
        }
    }
    /** The targets, or undefined after the engine's warning when there are none (Transform.HasRequiredTarget). */
    requireTargets(context) {
        const targets = context.targetNodes();
        if (targets.length)
            return targets;
        let failed = context;
        while (failed.parent && failed.parent.targetNodes().length === 0)
            failed = failed.parent;
        this.warn(this.noMatchMessage(failed, failed.xpath), nameOffset(failed.element));
        return undefined;
    }
    /** The parents to insert into; none is an error for the Insert family (MissingTargetMessage.Error). */
    requireParents(context) {
        const parents = context.targetParents();
        if (!parents) {
            throw new XdtError(`${context.transform.name} on the top-level element <${context.element.name}> would add a second root ` +
                `element to the document: put the element inside the one it belongs to.`, context.transform.attribute.offset);
        }
        if (parents.length)
            return parents;
        const failed = this.failedParentContext(context);
        // Like the engine (XmlElementContext.HasTargetParent): the message names the failed context's own path and
        // points at its element.
        throw new XdtError(`${this.noMatchMessage(failed, failed.xpath)}: nowhere to ${context.transform.name} <${context.element.name}>.`, nameOffset(failed.element));
    }
    /** The outermost context, from `context` up, whose parents are missing while its parent's own parents are not. */
    failedParentContext(context) {
        let failed = context;
        while (failed.parent && failed.parent.parentXPath !== '' && failed.parent.targetParents()?.length === 0) {
            failed = failed.parent;
        }
        return failed;
    }
    noMatchMessage(context, xpath) {
        if (this.existedInOriginal(xpath, context)) {
            return (`'${xpath}' did not find a match, because matching nodes in the source document were modified or ` +
                `removed by a previous transform`);
        }
        return `No element in the source document matches '${xpath}'`;
    }
    existedInOriginal(xpath, context) {
        if (this.originalText === undefined)
            return false;
        this.original ??= (0, xml_document_js_1.parseXmlDocument)(this.originalText);
        try {
            return this.selectElements(xpath, context, this.original).length > 0;
        }
        catch {
            return false;
        }
    }
    /**
     * Keeps the source as it was before this file's first change (the engine's IXmlOriginalDocumentService), and
     * keeps the lookup index true: every change to the source is announced here first, with the names of the
     * attributes it sets when that is all it does (anything else makes the index start over).
     */
    beforeChange(attributeNames) {
        this.originalText ??= this.source.toString();
        const change = attributeNames ?? 'all';
        if (change === 'all' || this.changed === 'all')
            this.changed = 'all';
        else
            this.changed = [...(this.changed ?? []), ...change];
        this.forget(change);
    }
    forget(change) {
        if (change === 'all')
            this.index.clear();
        else
            this.index.attributesChanged(change);
    }
    expectNoArguments(context) {
        if (context.transform.argumentString) {
            this.warn(`${context.transform.name} does not expect arguments; ignoring.`, context.transform.attribute.offset);
        }
    }
    warnIfMultipleTargets(context, targets) {
        if (targets.length > 1) {
            this.warn(`Found multiple target elements, but the '${context.transform.name}' Transform only applies to the first match.`, context.transform.attribute.offset);
        }
    }
    refuseRoot(target, verb, offset) {
        if (target.parent?.type !== 'element') {
            throw new XdtError(`${verb} would remove the root element <${target.name}>: the result would not be an XML document.`, offset);
        }
    }
    // --- attributes ------------------------------------------------------------------------------------------------
    /** The transform element's own attributes, without xdt:* ones and namespace declarations. */
    transformAttributes(context) {
        return context.element.attributes.filter((a) => (0, namespaces_js_1.declaredPrefix)(a.name) === undefined && !this.isXdt(context.element, a.name));
    }
    /** AttributeTransform.GetAttributesFrom: all attributes, or the named ones, warning for names that match none. */
    selectAttributes(attributes, context) {
        const { args, attribute: at } = context.transform;
        if (args.length === 0)
            return attributes;
        const prefixed = args.find((name) => name.includes(':'));
        if (prefixed !== undefined) {
            // The engine selects the attributes with the XPath `@a|@b` and no namespace manager: a prefixed name throws
            // ("Namespace Manager or XsltContext needed"), reported without a position, and the transform does nothing.
            throw new XdtError(`${context.transform.name}(${context.transform.argumentString}): '${prefixed}' has a prefix, which ` +
                `Microsoft.Web.XmlTransform cannot look up in this list (it fails with "Namespace Manager or XsltContext ` +
                `needed"). Use ${context.transform.name} without arguments, or Replace the element.`, -1);
        }
        const wanted = new Set();
        for (const name of args) {
            const matching = attributes.filter((a) => name === '*' || a.name === name);
            if (matching.length === 0)
                this.warn(`Argument '${name}' did not match any attributes.`, at.offset);
            for (const a of matching)
                wanted.add(a);
        }
        return attributes.filter((a) => wanted.has(a));
    }
    /**
     * SetAttributes on an attribute in a namespace (`x:flag`) that the target already has, under any prefix of the
     * same namespace: the engine drops the old attribute and appends the new value at the end, with the target's
     * prefix, laid out as an added attribute (checked against Microsoft.Web.XmlTransform, docs/xdt-formatting.md).
     */
    replaceQualifiedAttribute(target, attribute, context, value) {
        const { prefix, local } = (0, namespaces_js_1.splitQName)(attribute.name);
        if (!prefix || prefix === 'xml' || prefix === 'xmlns')
            return false;
        const uri = (0, namespaces_js_1.lookupNamespace)(context.element, prefix);
        if (uri === undefined)
            return false;
        const existing = target.attributes.find((candidate) => {
            const name = (0, namespaces_js_1.splitQName)(candidate.name);
            return (name.prefix !== '' &&
                name.prefix !== 'xmlns' &&
                name.local === local &&
                (0, namespaces_js_1.lookupNamespace)(target, name.prefix) === uri);
        });
        if (!existing)
            return false;
        this.layouts.of(target).forget(existing.name);
        (0, xml_edit_js_1.removeAttribute)(target, existing.name);
        (0, xml_edit_js_1.setAttribute)(target, existing.name, value);
        return true;
    }
    /** SetTokenizedAttributes: `$(name)` takes the target's attribute `name` (or the transform element's). */
    substituteTokens(value, attribute, target, context) {
        return value.replace(/\$\(([\p{L}\p{Nd}_:.]+)\)/gu, (_token, name) => {
            const fromTarget = (0, xml_edit_js_1.getAttribute)(target, name);
            const fromTransform = name.toLowerCase() === attribute.name.toLowerCase() ? undefined : (0, xml_edit_js_1.getAttribute)(context.element, name);
            const resolved = fromTarget ?? fromTransform;
            if (resolved === undefined) {
                throw new XdtError(`SetTokenizedAttributes: no attribute '${name}' on <${target.name}> or on the transform element to fill $(${name}).`, context.transform.attribute.offset);
            }
            return resolved;
        });
    }
    // --- inserted elements -----------------------------------------------------------------------------------------
    /**
     * The transform element without xdt:* attributes and XDT namespace declarations (the engine's TransformNode),
     * without the whitespace between its tags: the engine reads the transform file without whitespace, so inserted
     * elements get their line breaks and indentation from the formatter, like their new siblings.
     */
    cloneTransformElement(context) {
        const clone = (0, xml_edit_js_1.cloneNode)(context.element);
        const scrub = (copy, original) => {
            this.newElements.add(copy);
            this.copiedFrom.set(copy, original.offset);
            copy.offset = -1;
            copy.endOffset = -1;
            copy.attributes = copy.attributes
                .filter((a) => {
                if ((0, namespaces_js_1.declaredPrefix)(a.name) !== undefined)
                    return (0, xml_document_js_1.decodeEntities)(a.rawValue) !== exports.XDT_NAMESPACE;
                return !this.isXdt(original, a.name);
            })
                .map((a) => ({ ...a, offset: -1, valueOffset: -1 }));
            const originals = original.children;
            copy.children = copy.children.filter((child, i) => {
                child.offset = -1;
                const originalChild = originals[i];
                if (child.type === 'element' && originalChild?.type === 'element')
                    scrub(child, originalChild);
                return !(child.type === 'text' && /^[ \t\r\n]*$/.test(child.raw));
            });
        };
        scrub(clone, context.element);
        return clone;
    }
    /** Puts an inserted element at `index` among the parent's children, nothing else (the formatter indents it). */
    place(clone, context, parent, index) {
        parent.children.splice(index, 0, clone);
        clone.parent = parent;
        // An empty element that receives a child is no longer written as `<a/>`, even if the child is removed again
        // later (XmlElement.IsEmpty turns false for good): `<a></a>`.
        parent.selfClosing = false;
        this.fixNamespaces(clone, context.element);
    }
    /** A warning about a target element, where the engine puts it: the target's own line (the transform's for a copy). */
    warnAtTarget(message, target) {
        if (this.suppressWarnings)
            return;
        const copied = this.copiedFrom.get(target);
        const { line, column } = copied === undefined
            ? this.source.position(nameOffset(target))
            : this.transform.position(copied < 0 ? copied : copied + 1);
        const diagnostic = { severity: 'warning', message, file: this.files.sourceFile };
        if (line)
            Object.assign(diagnostic, { line, column });
        this.diagnostics.push(diagnostic);
    }
    /**
     * Keeps the inserted element in the namespaces it had in the transform file, as .NET's writer does: declarations
     * that are already in scope at the new place are dropped, missing ones are added (`xmlns=""` included, the XDT
     * classic when the source has a default namespace and the transform does not).
     */
    fixNamespaces(clone, original) {
        const walk = (copy, source, scope) => {
            const own = new Map();
            copy.attributes = copy.attributes.filter((a) => {
                const prefix = (0, namespaces_js_1.declaredPrefix)(a.name);
                if (prefix === undefined)
                    return true;
                const uri = (0, xml_document_js_1.decodeEntities)(a.rawValue);
                if (scope(prefix) === uri)
                    return false;
                own.set(prefix, uri);
                return true;
            });
            const local = (prefix) => own.has(prefix) ? own.get(prefix) : scope(prefix);
            const used = new Set([(0, namespaces_js_1.splitQName)(copy.name).prefix]);
            for (const a of copy.attributes) {
                const { prefix } = (0, namespaces_js_1.splitQName)(a.name);
                if (prefix && prefix !== 'xml' && prefix !== 'xmlns')
                    used.add(prefix);
            }
            for (const prefix of used) {
                const expected = (0, namespaces_js_1.lookupNamespace)(source, prefix);
                if (expected === undefined) {
                    throw new XdtError(`The prefix '${prefix}' of <${source.name}> is not declared.`, nameOffset(source));
                }
                if (local(prefix) !== expected) {
                    copy.attributes.unshift({
                        name: prefix ? `xmlns:${prefix}` : 'xmlns',
                        leading: ' ',
                        equals: '=',
                        quote: '"',
                        rawValue: expected.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
                        offset: -1,
                        valueOffset: -1
                    });
                    own.set(prefix, expected);
                }
            }
            copy.children.forEach((child, i) => {
                const sourceChild = source.children[i];
                if (child.type === 'element' && sourceChild?.type === 'element')
                    walk(child, sourceChild, local);
            });
        };
        const newParent = clone.parent;
        walk(clone, original, (prefix) => (0, namespaces_js_1.lookupNamespace)(newParent, prefix));
    }
}
/** Removes elements and nothing else, as the engine does; the formatter then drops the doubled whitespace. */
function removeNodes(nodes) {
    const remove = new Set(nodes);
    const parents = new Set();
    for (const node of nodes)
        if (node.parent)
            parents.add(node.parent);
    for (const parent of parents)
        parent.children = parent.children.filter((child) => !remove.has(child));
    for (const node of nodes)
        node.parent = undefined;
}


/***/ })

};
;