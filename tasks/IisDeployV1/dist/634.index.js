"use strict";
exports.id = 634;
exports.ids = [634];
exports.modules = {

/***/ 6572:
/***/ ((__unused_webpack_module, exports) => {


// The bytes of a transformed document, in the encoding it declares, so the file always describes itself truly.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeXmlDocument = encodeXmlDocument;
/** UTF-16LE with a BOM when the XML declaration says utf-16, otherwise UTF-8 (with the BOM the source had). */
function encodeXmlDocument(document) {
    const text = document.toString();
    const declaration = document.children.find((c) => c.type === 'pi' && /^xml\s/.test(c.content));
    if (declaration?.type === 'pi' && /encoding\s*=\s*["'](?:utf-16|unicode)/i.test(declaration.content)) {
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')]);
    }
    return Buffer.from(text, 'utf8');
}


/***/ }),

/***/ 4670:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Namespace lookup over the lossless XML model (which keeps `xmlns` declarations as plain attributes). XDT needs it
// to find `xdt:` attributes under any prefix, to match elements by namespace as .NET's XPath does, and to keep
// inserted elements in the namespace they had in the transform file.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NamespaceResolver = exports.XML_NAMESPACE = void 0;
exports.splitQName = splitQName;
exports.declaredPrefix = declaredPrefix;
exports.lookupNamespace = lookupNamespace;
exports.inScopeNamespaces = inScopeNamespaces;
const xml_document_js_1 = __webpack_require__(7864);
exports.XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** `p:local` → { prefix: 'p', local: 'local' }; `local` → { prefix: '', local: 'local' }. */
function splitQName(name) {
    const colon = name.indexOf(':');
    return colon === -1
        ? { prefix: '', local: name }
        : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}
/** The prefix an attribute declares (`xmlns` → '', `xmlns:p` → 'p'), or undefined for an ordinary attribute. */
function declaredPrefix(attributeName) {
    if (attributeName === 'xmlns')
        return '';
    return attributeName.startsWith('xmlns:') ? attributeName.slice(6) : undefined;
}
function parentElement(node) {
    const parent = node.parent;
    return parent && parent.type === 'element' ? parent : undefined;
}
/**
 * The namespace URI bound to `prefix` where `element` stands ('' is the default namespace). The default namespace
 * falls back to '' (no namespace); an undeclared prefix gives undefined.
 */
function lookupNamespace(element, prefix) {
    if (prefix === 'xml')
        return exports.XML_NAMESPACE;
    if (prefix === 'xmlns')
        return 'http://www.w3.org/2000/xmlns/';
    const name = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    let current = element && element.type === 'element' ? element : undefined;
    while (current) {
        const declaration = current.attributes.find((a) => a.name === name);
        if (declaration)
            return (0, xml_document_js_1.decodeEntities)(declaration.rawValue);
        current = parentElement(current);
    }
    return prefix === '' ? '' : undefined;
}
/** Every prefix in scope at `element` with its URI ('' = the default namespace), nearest declaration first. */
function inScopeNamespaces(element) {
    const scope = new Map([['xml', exports.XML_NAMESPACE]]);
    let current = element;
    while (current) {
        for (const attribute of current.attributes) {
            const prefix = declaredPrefix(attribute.name);
            if (prefix !== undefined && !scope.has(prefix))
                scope.set(prefix, (0, xml_document_js_1.decodeEntities)(attribute.rawValue));
        }
        current = parentElement(current);
    }
    return scope;
}
/** Resolves element namespaces, remembering default-namespace answers (the common, hot case in big files). */
class NamespaceResolver {
    defaults = new Map();
    /** The namespace URI of an element's name ('' for none). Undefined when its prefix is not declared. */
    elementNamespace(element) {
        const { prefix } = splitQName(element.name);
        return prefix === '' ? this.defaultNamespace(element) : lookupNamespace(element, prefix);
    }
    /** The namespace URI of an attribute's name: '' when unprefixed (attributes never take the default). */
    attributeNamespace(owner, attributeName) {
        const { prefix } = splitQName(attributeName);
        return prefix === '' ? '' : lookupNamespace(owner, prefix);
    }
    defaultNamespace(element) {
        const known = this.defaults.get(element);
        if (known !== undefined)
            return known;
        const declaration = element.attributes.find((a) => a.name === 'xmlns');
        const parent = parentElement(element);
        const uri = declaration
            ? (0, xml_document_js_1.decodeEntities)(declaration.rawValue)
            : parent
                ? this.defaultNamespace(parent)
                : '';
        this.defaults.set(element, uri);
        return uri;
    }
}
exports.NamespaceResolver = NamespaceResolver;


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// An XPath 1.0 evaluator over the lossless XML model, for XDT: the paths XDT builds itself
// (`/configuration/appSettings/add[@key='a']`) and the ones users write in Condition(), XPath() and
// InsertBefore()/InsertAfter(): every axis except namespace::, `..`, `*`, `//`, predicates and positions,
// `=`/`!=`/`<`..., `and`/`or`, arithmetic, unions, and the XPath 1.0 core function library (contains,
// starts-with, not, count, position, last, normalize-space, translate, substring...). Element names are matched by
// namespace URI and local name, as .NET's XPath does; prefixes resolve through the `namespaces` option.
// Not supported (a clear XPathError): variables, id(), lang(), the namespace axis.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChildAttributeIndex = exports.XPathError = void 0;
exports.compileXPath = compileXPath;
exports.stringValue = stringValue;
exports.evaluateXPath = evaluateXPath;
exports.selectNodes = selectNodes;
const xml_document_js_1 = __webpack_require__(7864);
const xml_edit_js_1 = __webpack_require__(461);
const namespaces_js_1 = __webpack_require__(4670);
class XPathError extends Error {
    expression;
    index;
    name = 'XPathError';
    constructor(message, expression, 
    /** 0-based index in the expression where the problem is, or -1. */
    index = -1) {
        super(message);
        this.expression = expression;
        this.index = index;
    }
}
exports.XPathError = XPathError;
/**
 * Children of an element grouped by their name's local part and the decoded value of one attribute, built on first
 * use. It only narrows the candidates: each is still tested with the step's node test and all its predicates, so a
 * stale entry can only lose matches, never add one. Whoever changes the document must therefore say so:
 * `attributesChanged(names)` after setting or removing those attributes, `clear()` after anything else.
 */
class ChildAttributeIndex {
    byParent = new Map();
    attributeNames = new Set();
    /** Children of `parent` whose local name is `local` and whose attribute `attribute` decodes to `value`. */
    lookup(parent, local, attribute, value) {
        let groups = this.byParent.get(parent);
        if (!groups) {
            groups = new Map();
            this.byParent.set(parent, groups);
        }
        const key = `${local}\u0000${attribute}`;
        let byValue = groups.get(key);
        if (!byValue) {
            byValue = new Map();
            for (const child of parent.children) {
                if (child.type !== 'element')
                    continue;
                const colon = child.name.indexOf(':');
                if ((colon === -1 ? child.name : child.name.slice(colon + 1)) !== local)
                    continue;
                const found = child.attributes.find((a) => a.name === attribute);
                if (!found)
                    continue;
                const decoded = (0, xml_document_js_1.decodeEntities)(found.rawValue);
                const list = byValue.get(decoded);
                if (list)
                    list.push(child);
                else
                    byValue.set(decoded, [child]);
            }
            groups.set(key, byValue);
            this.attributeNames.add(attribute);
        }
        return byValue.get(value) ?? [];
    }
    /** Attributes with these names were set or removed somewhere in the document. */
    attributesChanged(names) {
        for (const name of names) {
            if (this.attributeNames.has(name)) {
                this.clear();
                return;
            }
        }
    }
    /** The document changed (elements inserted, removed or replaced): forget everything. */
    clear() {
        this.byParent.clear();
        this.attributeNames.clear();
    }
}
exports.ChildAttributeIndex = ChildAttributeIndex;
const AXES = new Set([
    'child',
    'descendant',
    'descendant-or-self',
    'parent',
    'ancestor',
    'ancestor-or-self',
    'following-sibling',
    'preceding-sibling',
    'following',
    'preceding',
    'attribute',
    'self'
]);
const REVERSE_AXES = new Set([
    'parent',
    'ancestor',
    'ancestor-or-self',
    'preceding-sibling',
    'preceding'
]);
// XML names (NCName), by Unicode category rather than the spec's code point table.
const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_.\-\u00B7]/u;
const NODE_TYPES = new Set(['node', 'text', 'comment', 'processing-instruction']);
const OPERATOR_NAMES = new Set(['and', 'or', 'mod', 'div']);
function tokenize(source) {
    const tokens = [];
    let i = 0;
    const fail = (message, at) => {
        throw new XPathError(`${message} in XPath '${source}' at position ${at + 1}.`, source, at);
    };
    // XPath 1.0 §3.7: after these tokens `*` is a name test and a name is a name, otherwise they are operators.
    const operatorExpected = () => {
        const previous = tokens[tokens.length - 1];
        if (!previous)
            return false;
        if (previous.t === 'op')
            return false;
        if (previous.t === 'punct')
            return previous.v === ')' || previous.v === ']' || previous.v === '.' || previous.v === '..';
        return true;
    };
    const readName = () => {
        const start = i;
        if (!NAME_START.test(source[i] ?? ''))
            fail('Expected a name', i);
        i++;
        while (i < source.length && NAME_CHAR.test(source[i]))
            i++;
        return source.slice(start, i);
    };
    const skipSpace = (from) => {
        let j = from;
        while (j < source.length && /\s/.test(source[j]))
            j++;
        return j;
    };
    while (i < source.length) {
        const ch = source[i];
        const at = i;
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const end = source.indexOf(ch, i + 1);
            if (end === -1)
                fail('Unterminated string literal', i);
            tokens.push({ t: 'literal', v: source.slice(i + 1, end), at });
            i = end + 1;
            continue;
        }
        if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
            const match = /^[0-9]*(?:\.[0-9]*)?/.exec(source.slice(i));
            tokens.push({ t: 'number', v: Number(match[0]), at });
            i += match[0].length;
            continue;
        }
        const two = source.slice(i, i + 2);
        if (two === '..' || two === '::') {
            tokens.push({ t: 'punct', v: two, at });
            i += 2;
            continue;
        }
        if (two === '//' || two === '!=' || two === '<=' || two === '>=') {
            tokens.push({ t: 'op', v: two, at });
            i += 2;
            continue;
        }
        if ('()[].@,'.includes(ch)) {
            tokens.push({ t: 'punct', v: ch, at });
            i++;
            continue;
        }
        if ('/|+-=<>'.includes(ch)) {
            tokens.push({ t: 'op', v: ch, at });
            i++;
            continue;
        }
        if (ch === '*') {
            if (operatorExpected())
                tokens.push({ t: 'op', v: '*', at });
            else
                tokens.push({ t: 'name', prefix: '', local: '*', at });
            i++;
            continue;
        }
        if (ch === '$') {
            i++;
            tokens.push({ t: 'var', v: readName(), at });
            continue;
        }
        if (NAME_START.test(ch)) {
            const first = readName();
            if (operatorExpected()) {
                if (!OPERATOR_NAMES.has(first))
                    fail(`Expected an operator, found '${first}'`, at);
                tokens.push({ t: 'op', v: first, at });
                continue;
            }
            let prefix = '';
            let local = first;
            if (source[i] === ':' && source[i + 1] !== ':') {
                i++;
                prefix = first;
                if (source[i] === '*') {
                    local = '*';
                    i++;
                }
                else {
                    local = readName();
                }
            }
            const next = skipSpace(i);
            if (!prefix && source.startsWith('::', next)) {
                if (!AXES.has(first)) {
                    fail(first === 'namespace' ? 'The namespace axis is not supported' : `Unknown axis '${first}'`, at);
                }
                tokens.push({ t: 'axis', v: first, at });
                i = next;
                continue;
            }
            if (source[next] === '(' && local !== '*') {
                const name = prefix ? `${prefix}:${local}` : local;
                if (!prefix && NODE_TYPES.has(local)) {
                    tokens.push({
                        t: 'nodetype',
                        v: local,
                        at
                    });
                }
                else {
                    tokens.push({ t: 'func', v: name, at });
                }
                i = next;
                continue;
            }
            tokens.push({ t: 'name', prefix, local, at });
            continue;
        }
        fail(`Unexpected character '${ch}'`, i);
    }
    return tokens;
}
// -----------------------------------------------------------------------------------------------------------------
// Parser (recursive descent over XPath 1.0's grammar)
const FUNCTION_ARITY = {
    last: [0, 0],
    position: [0, 0],
    count: [1, 1],
    'local-name': [0, 1],
    'namespace-uri': [0, 1],
    name: [0, 1],
    string: [0, 1],
    concat: [2, Infinity],
    'starts-with': [2, 2],
    contains: [2, 2],
    'substring-before': [2, 2],
    'substring-after': [2, 2],
    substring: [2, 3],
    'string-length': [0, 1],
    'normalize-space': [0, 1],
    translate: [3, 3],
    boolean: [1, 1],
    not: [1, 1],
    true: [0, 0],
    false: [0, 0],
    number: [0, 1],
    sum: [1, 1],
    floor: [1, 1],
    ceiling: [1, 1],
    round: [1, 1]
};
class Parser {
    source;
    tokens;
    index = 0;
    constructor(source, tokens) {
        this.source = source;
        this.tokens = tokens;
    }
    parse() {
        if (this.tokens.length === 0)
            throw new XPathError('The XPath expression is empty.', this.source, 0);
        const expr = this.parseOr();
        const rest = this.peek();
        if (rest)
            this.fail(`Unexpected '${this.describe(rest)}'`, rest);
        return expr;
    }
    peek(offset = 0) {
        return this.tokens[this.index + offset];
    }
    next() {
        return this.tokens[this.index++];
    }
    describe(token) {
        switch (token.t) {
            case 'name':
                return token.prefix ? `${token.prefix}:${token.local}` : token.local;
            case 'literal':
                return `'${token.v}'`;
            case 'var':
                return `$${token.v}`;
            default:
                return String(token.v);
        }
    }
    fail(message, token) {
        const at = token?.at ?? this.source.length;
        throw new XPathError(`${message} in XPath '${this.source}' at position ${at + 1}.`, this.source, token?.at ?? this.source.length);
    }
    isOp(value, offset = 0) {
        const token = this.peek(offset);
        return token?.t === 'op' && token.v === value;
    }
    isPunct(value, offset = 0) {
        const token = this.peek(offset);
        return token?.t === 'punct' && token.v === value;
    }
    expectPunct(value) {
        if (!this.isPunct(value)) {
            const token = this.peek();
            this.fail(token ? `Expected '${value}' but found '${this.describe(token)}'` : `Expected '${value}'`, token);
        }
        this.index++;
    }
    binary(operators, operand) {
        let left = operand();
        for (;;) {
            const token = this.peek();
            if (token?.t !== 'op' || !operators.includes(token.v))
                return left;
            this.index++;
            left = { kind: 'binary', op: token.v, left, right: operand() };
        }
    }
    parseOr = () => this.binary(['or'], this.parseAnd);
    parseAnd = () => this.binary(['and'], this.parseEquality);
    parseEquality = () => this.binary(['=', '!='], this.parseRelational);
    parseRelational = () => this.binary(['<', '<=', '>', '>='], this.parseAdditive);
    parseAdditive = () => this.binary(['+', '-'], this.parseMultiplicative);
    parseMultiplicative = () => this.binary(['*', 'div', 'mod'], this.parseUnary);
    parseUnary = () => {
        if (this.isOp('-')) {
            this.index++;
            return { kind: 'negate', operand: this.parseUnary() };
        }
        return this.binary(['|'], this.parsePath);
    };
    parsePath = () => {
        const token = this.peek();
        if (!token)
            this.fail('Unexpected end of expression');
        const startsFilter = token.t === 'literal' ||
            token.t === 'number' ||
            token.t === 'func' ||
            token.t === 'var' ||
            (token.t === 'punct' && token.v === '(');
        if (!startsFilter)
            return this.parseLocationPath();
        const primary = this.parsePrimary();
        const predicates = this.parsePredicates();
        const filter = predicates.length ? { kind: 'filter', primary, predicates } : primary;
        if (this.isOp('/') || this.isOp('//')) {
            const steps = [];
            this.parseRelativeSteps(steps, true);
            return { kind: 'path', absolute: false, filter, steps };
        }
        return filter;
    };
    parsePrimary() {
        const token = this.next();
        switch (token.t) {
            case 'literal':
                return { kind: 'literal', value: token.v };
            case 'number':
                return { kind: 'number', value: token.v };
            case 'var':
                return this.fail(`Variables are not supported ($${token.v})`, token);
            case 'punct': {
                const expr = this.parseOr();
                this.expectPunct(')');
                return expr;
            }
            case 'func': {
                const arity = FUNCTION_ARITY[token.v];
                if (!arity) {
                    const hint = token.v === 'ends-with' ? " (an XPath 2.0 function; .NET's XPath 1.0 has no ends-with())" : '';
                    this.fail(`Unknown function '${token.v}()'${hint}`, token);
                }
                this.expectPunct('(');
                const args = [];
                if (!this.isPunct(')')) {
                    args.push(this.parseOr());
                    while (this.isPunct(',')) {
                        this.index++;
                        args.push(this.parseOr());
                    }
                }
                this.expectPunct(')');
                const [min, max] = arity;
                if (args.length < min || args.length > max) {
                    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
                    this.fail(`Function '${token.v}()' takes ${expected} argument(s), not ${args.length}`, token);
                }
                return { kind: 'call', name: token.v, args };
            }
            default:
                return this.fail(`Unexpected '${this.describe(token)}'`, token);
        }
    }
    parsePredicates() {
        const predicates = [];
        while (this.isPunct('[')) {
            this.index++;
            predicates.push(this.parseOr());
            this.expectPunct(']');
        }
        return predicates;
    }
    startsStep() {
        const token = this.peek();
        if (!token)
            return false;
        return (token.t === 'name' ||
            token.t === 'axis' ||
            token.t === 'nodetype' ||
            (token.t === 'punct' && (token.v === '.' || token.v === '..' || token.v === '@')));
    }
    parseLocationPath() {
        const steps = [];
        if (this.isOp('/')) {
            this.index++;
            if (this.startsStep())
                this.parseRelativeSteps(steps, false);
            return { kind: 'path', absolute: true, steps };
        }
        if (this.isOp('//')) {
            this.parseRelativeSteps(steps, true);
            return { kind: 'path', absolute: true, steps };
        }
        this.parseRelativeSteps(steps, false);
        return { kind: 'path', absolute: false, steps };
    }
    /** Steps separated by `/` or `//`; when `leadingSeparator`, the first step is preceded by one. */
    parseRelativeSteps(steps, leadingSeparator) {
        let needSeparator = leadingSeparator;
        for (;;) {
            if (needSeparator) {
                if (this.isOp('//')) {
                    this.index++;
                    steps.push({ axis: 'descendant-or-self', test: { kind: 'type', type: 'node' }, predicates: [] });
                }
                else if (this.isOp('/')) {
                    this.index++;
                }
                else {
                    return;
                }
            }
            steps.push(this.parseStep());
            needSeparator = true;
        }
    }
    parseStep() {
        const token = this.peek();
        if (!token)
            this.fail('Expected a location step');
        if (token.t === 'punct' && token.v === '.') {
            this.index++;
            return { axis: 'self', test: { kind: 'type', type: 'node' }, predicates: [] };
        }
        if (token.t === 'punct' && token.v === '..') {
            this.index++;
            return { axis: 'parent', test: { kind: 'type', type: 'node' }, predicates: [] };
        }
        let axis = 'child';
        if (token.t === 'axis') {
            this.index++;
            this.expectPunct('::');
            axis = token.v;
        }
        else if (token.t === 'punct' && token.v === '@') {
            this.index++;
            axis = 'attribute';
        }
        const testToken = this.next();
        let test;
        if (testToken?.t === 'name') {
            test = { kind: 'name', prefix: testToken.prefix, local: testToken.local };
        }
        else if (testToken?.t === 'nodetype') {
            this.expectPunct('(');
            let target;
            const literal = this.peek();
            if (testToken.v === 'processing-instruction' && literal?.t === 'literal') {
                this.index++;
                target = literal.v;
            }
            this.expectPunct(')');
            test = { kind: 'type', type: testToken.v, target };
        }
        else {
            this.fail(testToken ? `Expected a node test, found '${this.describe(testToken)}'` : 'Expected a node test', testToken);
        }
        return { axis, test, predicates: this.parsePredicates() };
    }
}
const compiledCache = new Map();
/** Parses an XPath expression. Throws XPathError (with the position) when it is not valid XPath 1.0. */
function compileXPath(source) {
    const cached = compiledCache.get(source);
    if (cached)
        return cached;
    const compiled = { source, expr: new Parser(source, tokenize(source)).parse() };
    if (compiledCache.size > 500)
        compiledCache.clear();
    compiledCache.set(source, compiled);
    return compiled;
}
class Evaluator {
    source;
    namespaces;
    index;
    resolver = new namespaces_js_1.NamespaceResolver();
    attributeNodes = new Map();
    order;
    constructor(source, options) {
        this.source = source;
        this.namespaces = options.namespaces ?? {};
        this.index = options.index;
    }
    evaluate(expr, ctx) {
        switch (expr.kind) {
            case 'literal':
                return expr.value;
            case 'number':
                return expr.value;
            case 'negate':
                return -this.toNumber(this.evaluate(expr.operand, ctx));
            case 'call':
                return this.call(expr.name, expr.args, ctx);
            case 'filter': {
                const value = this.evaluate(expr.primary, ctx);
                if (!Array.isArray(value))
                    this.fail('A predicate can only filter a node-set');
                return this.applyPredicates(this.sortDocumentOrder(value), expr.predicates);
            }
            case 'path':
                return this.evaluatePath(expr, ctx);
            case 'binary':
                return this.binary(expr.op, expr.left, expr.right, ctx);
        }
    }
    fail(message) {
        throw new XPathError(`${message} (in XPath '${this.source}').`, this.source);
    }
    // --- paths -----------------------------------------------------------------------------------------------------
    evaluatePath(expr, ctx) {
        let nodes;
        if (expr.filter) {
            const value = this.evaluate(expr.filter, ctx);
            if (!Array.isArray(value))
                this.fail('A path step can only follow a node-set');
            nodes = this.sortDocumentOrder(value);
        }
        else if (expr.absolute) {
            nodes = [rootOf(ctx.node)];
        }
        else {
            nodes = [ctx.node];
        }
        for (const step of expr.steps) {
            const results = [];
            let contributors = 0;
            for (const node of nodes) {
                const selected = this.applyPredicates(this.indexedCandidates(node, step) ?? this.axisNodes(node, step), step.predicates);
                if (selected.length)
                    contributors++;
                if (REVERSE_AXES.has(step.axis))
                    selected.reverse();
                for (const n of selected)
                    results.push(n);
            }
            nodes = contributors > 1 ? this.sortDocumentOrder(results) : results;
        }
        return nodes;
    }
    /**
     * For `child::name[@attribute = 'literal'] ...` with an index: the children that had that value (in document
     * order, passing the node test), which the predicates then test as usual. Undefined for any other step.
     */
    indexedCandidates(node, step) {
        if (!this.index || step.axis !== 'child' || (node.type !== 'element' && node.type !== 'document'))
            return undefined;
        const test = step.test;
        const first = step.predicates[0];
        if (test.kind !== 'name' || test.local === '*' || first?.kind !== 'binary' || first.op !== '=')
            return undefined;
        const equality = attributeLiteral(first.left, first.right);
        if (!equality)
            return undefined;
        return this.index
            .lookup(node, test.local, equality.attribute, equality.value)
            .filter((child) => child.parent === node && this.matches(child, test, 'child'));
    }
    applyPredicates(nodes, predicates) {
        let current = nodes;
        for (const predicate of predicates) {
            const size = current.length;
            current = current.filter((node, index) => {
                const value = this.evaluate(predicate, { node, position: index + 1, size });
                return typeof value === 'number' ? value === index + 1 : this.toBoolean(value);
            });
        }
        return current;
    }
    /** The nodes of `step`'s axis from `node` that pass its node test, in axis order (reverse axes nearest first). */
    axisNodes(node, step) {
        const out = [];
        const add = (n) => {
            if (this.matches(n, step.test, step.axis))
                out.push(n);
        };
        switch (step.axis) {
            case 'self':
                add(node);
                break;
            case 'child':
                for (const child of childrenOf(node))
                    add(child);
                break;
            case 'descendant':
                this.descendants(node, add);
                break;
            case 'descendant-or-self':
                add(node);
                this.descendants(node, add);
                break;
            case 'parent': {
                const parent = parentOf(node);
                if (parent)
                    add(parent);
                break;
            }
            case 'ancestor':
            case 'ancestor-or-self': {
                if (step.axis === 'ancestor-or-self')
                    add(node);
                for (let p = parentOf(node); p; p = parentOf(p))
                    add(p);
                break;
            }
            case 'following-sibling':
            case 'preceding-sibling': {
                if (node.type === 'attribute' || node.type === 'document' || !node.parent)
                    break;
                const siblings = childrenOf(node.parent);
                const index = siblings.indexOf(node);
                if (step.axis === 'following-sibling')
                    for (let i = index + 1; i < siblings.length; i++)
                        add(siblings[i]);
                else
                    for (let i = index - 1; i >= 0; i--)
                        add(siblings[i]);
                break;
            }
            case 'following':
            case 'preceding': {
                // Everything after (or before) the node in document order, minus descendants (or ancestors).
                const start = node.type === 'attribute' ? node.owner : node;
                const all = [];
                this.descendants(rootOf(start), (n) => all.push(n));
                const order = new Map(all.map((n, i) => [n, i]));
                const at = order.get(start) ?? -1;
                if (step.axis === 'following') {
                    const skipUntil = node.type === 'attribute' ? at : lastDescendantIndex(start, order, at);
                    for (let i = skipUntil + 1; i < all.length; i++)
                        add(all[i]);
                }
                else {
                    const ancestors = new Set();
                    for (let p = parentOf(start); p; p = parentOf(p))
                        ancestors.add(p);
                    for (let i = at - 1; i >= 0; i--)
                        if (!ancestors.has(all[i]))
                            add(all[i]);
                }
                break;
            }
            case 'attribute':
                if (node.type === 'element') {
                    for (const attribute of node.attributes) {
                        if ((0, namespaces_js_1.declaredPrefix)(attribute.name) === undefined)
                            add(this.attributeNode(node, attribute));
                    }
                }
                break;
        }
        return out;
    }
    descendants(node, visit) {
        for (const child of childrenOf(node)) {
            visit(child);
            if (child.type === 'element')
                this.descendants(child, visit);
        }
    }
    attributeNode(owner, attribute) {
        let node = this.attributeNodes.get(attribute);
        if (!node) {
            node = { type: 'attribute', owner, attribute };
            this.attributeNodes.set(attribute, node);
        }
        return node;
    }
    matches(node, test, axis) {
        if (test.kind === 'type') {
            switch (test.type) {
                case 'node':
                    return true;
                case 'text':
                    return node.type === 'text' || node.type === 'cdata';
                case 'comment':
                    return node.type === 'comment';
                case 'processing-instruction':
                    return node.type === 'pi' && (test.target === undefined || piTarget(node.content) === test.target);
            }
        }
        // A name test matches the axis's principal node type: attributes on attribute::, elements elsewhere.
        if (axis === 'attribute') {
            if (node.type !== 'attribute')
                return false;
            if (test.prefix === '' && test.local === '*')
                return true;
            const { prefix, local } = (0, namespaces_js_1.splitQName)(node.attribute.name);
            if (test.local !== '*' && local !== test.local)
                return false;
            if (test.prefix === '')
                return prefix === '';
            return this.resolver.attributeNamespace(node.owner, node.attribute.name) === this.prefixUri(test.prefix);
        }
        if (node.type !== 'element')
            return false;
        if (test.prefix === '' && test.local === '*')
            return true;
        if (test.local !== '*') {
            // Hot path on big files: compare names without allocating.
            const name = node.name;
            const colon = name.indexOf(':');
            if (colon === -1 ? name !== test.local : name.slice(colon + 1) !== test.local)
                return false;
        }
        const uri = test.prefix === '' ? '' : this.prefixUri(test.prefix);
        return this.resolver.elementNamespace(node) === uri;
    }
    prefixUri(prefix) {
        if (prefix === 'xml')
            return 'http://www.w3.org/XML/1998/namespace';
        const uri = this.namespaces[prefix];
        if (uri === undefined)
            this.fail(`Namespace prefix '${prefix}' is not defined`);
        return uri;
    }
    /** Sorts and de-duplicates nodes into document order. */
    sortDocumentOrder(nodes) {
        if (nodes.length < 2)
            return nodes;
        const unique = [...new Set(nodes)];
        const order = this.documentOrder(rootOf(unique[0]));
        const key = (n) => order.get(n.type === 'attribute' ? n.attribute : n) ?? -1;
        return unique.sort((a, b) => key(a) - key(b));
    }
    documentOrder(root) {
        if (this.order)
            return this.order;
        const order = new Map();
        let counter = 0;
        const visit = (node) => {
            order.set(node.type === 'attribute' ? node.attribute : node, counter++);
            if (node.type === 'element')
                for (const a of node.attributes)
                    order.set(a, counter++);
            for (const child of childrenOf(node))
                visit(child);
        };
        visit(root);
        this.order = order;
        return order;
    }
    // --- operators -------------------------------------------------------------------------------------------------
    binary(op, leftExpr, rightExpr, ctx) {
        if (op === 'or')
            return this.toBoolean(this.evaluate(leftExpr, ctx)) || this.toBoolean(this.evaluate(rightExpr, ctx));
        if (op === 'and') {
            return this.toBoolean(this.evaluate(leftExpr, ctx)) && this.toBoolean(this.evaluate(rightExpr, ctx));
        }
        if ((op === '=' || op === '!=') && ctx.node.type === 'element') {
            const fast = this.attributeEqualsLiteral(op, leftExpr, rightExpr, ctx.node);
            if (fast !== undefined)
                return fast;
        }
        const left = this.evaluate(leftExpr, ctx);
        const right = this.evaluate(rightExpr, ctx);
        switch (op) {
            case '|':
                if (!Array.isArray(left) || !Array.isArray(right))
                    this.fail("'|' joins node-sets only");
                return this.sortDocumentOrder([...left, ...right]);
            case '+':
                return this.toNumber(left) + this.toNumber(right);
            case '-':
                return this.toNumber(left) - this.toNumber(right);
            case '*':
                return this.toNumber(left) * this.toNumber(right);
            case 'div':
                return this.toNumber(left) / this.toNumber(right);
            case 'mod':
                return this.toNumber(left) % this.toNumber(right);
            default:
                return this.compare(op, left, right);
        }
    }
    /**
     * `@name = 'literal'` (what Match() builds) without building node-sets: the same answer as §3.4, much faster on
     * files with tens of thousands of elements. Undefined when the expression has another shape.
     */
    attributeEqualsLiteral(op, a, b, element) {
        const equality = attributeLiteral(a, b);
        if (!equality)
            return undefined;
        for (const attribute of element.attributes) {
            if (attribute.name !== equality.attribute)
                continue;
            const equal = (0, xml_document_js_1.decodeEntities)(attribute.rawValue) === equality.value;
            return op === '=' ? equal : !equal;
        }
        return false;
    }
    /** XPath 1.0 §3.4 comparisons, node-sets compared member by member. */
    compare(op, left, right) {
        if (Array.isArray(left) && Array.isArray(right)) {
            const rightValues = right.map((n) => stringValue(n));
            return left.some((l) => {
                const lv = stringValue(l);
                return rightValues.some((rv) => this.compareAtoms(op, lv, rv));
            });
        }
        if (Array.isArray(left) || Array.isArray(right)) {
            const nodes = (Array.isArray(left) ? left : right);
            const other = (Array.isArray(left) ? right : left);
            if (typeof other === 'boolean') {
                const asBoolean = nodes.length > 0;
                return Array.isArray(left)
                    ? this.compareAtoms(op, asBoolean, other)
                    : this.compareAtoms(op, other, asBoolean);
            }
            return nodes.some((n) => {
                const value = typeof other === 'number' ? toNumber(stringValue(n)) : stringValue(n);
                return Array.isArray(left) ? this.compareAtoms(op, value, other) : this.compareAtoms(op, other, value);
            });
        }
        return this.compareAtoms(op, left, right);
    }
    compareAtoms(op, left, right) {
        if (op === '=' || op === '!=') {
            let equal;
            if (typeof left === 'boolean' || typeof right === 'boolean')
                equal = this.toBoolean(left) === this.toBoolean(right);
            else if (typeof left === 'number' || typeof right === 'number')
                equal = toNumber(left) === toNumber(right);
            else
                equal = left === right;
            return op === '=' ? equal : !equal;
        }
        const l = toNumber(left);
        const r = toNumber(right);
        switch (op) {
            case '<':
                return l < r;
            case '<=':
                return l <= r;
            case '>':
                return l > r;
            default:
                return l >= r;
        }
    }
    // --- conversions -----------------------------------------------------------------------------------------------
    toBoolean(value) {
        if (Array.isArray(value))
            return value.length > 0;
        if (typeof value === 'number')
            return value !== 0 && !Number.isNaN(value);
        if (typeof value === 'string')
            return value.length > 0;
        return value;
    }
    toNumber(value) {
        if (Array.isArray(value))
            return value.length ? toNumber(stringValue(value[0])) : NaN;
        return toNumber(value);
    }
    toString(value) {
        if (Array.isArray(value))
            return value.length ? stringValue(value[0]) : '';
        if (typeof value === 'number')
            return numberToString(value);
        if (typeof value === 'boolean')
            return value ? 'true' : 'false';
        return value;
    }
    // --- functions -------------------------------------------------------------------------------------------------
    call(name, args, ctx) {
        const arg = (i) => this.evaluate(args[i], ctx);
        const str = (i) => (args.length > i ? this.toString(arg(i)) : stringValue(ctx.node));
        const nodeSet = (i) => {
            if (args.length <= i)
                return [ctx.node];
            const value = arg(i);
            if (!Array.isArray(value))
                this.fail(`${name}() expects a node-set`);
            return this.sortDocumentOrder(value);
        };
        switch (name) {
            case 'last':
                return ctx.size;
            case 'position':
                return ctx.position;
            case 'count':
                return nodeSet(0).length;
            case 'local-name':
            case 'name':
            case 'namespace-uri': {
                const node = nodeSet(0)[0];
                if (!node)
                    return '';
                const qname = node.type === 'element'
                    ? node.name
                    : node.type === 'attribute'
                        ? node.attribute.name
                        : node.type === 'pi'
                            ? piTarget(node.content)
                            : '';
                if (name === 'name')
                    return qname;
                if (name === 'local-name')
                    return (0, namespaces_js_1.splitQName)(qname).local;
                if (node.type === 'element')
                    return this.resolver.elementNamespace(node) ?? '';
                if (node.type === 'attribute')
                    return this.resolver.attributeNamespace(node.owner, node.attribute.name) ?? '';
                return '';
            }
            case 'string':
                return str(0);
            case 'concat':
                return args.map((_, i) => this.toString(arg(i))).join('');
            case 'starts-with':
                return str(0).startsWith(str(1));
            case 'contains':
                return str(0).includes(str(1));
            case 'substring-before': {
                const s = str(0);
                const at = s.indexOf(str(1));
                return at === -1 ? '' : s.slice(0, at);
            }
            case 'substring-after': {
                const s = str(0);
                const search = str(1);
                const at = s.indexOf(search);
                return at === -1 ? '' : s.slice(at + search.length);
            }
            case 'substring': {
                const s = str(0);
                const start = xpathRound(this.toNumber(arg(1)));
                const end = args.length > 2 ? start + xpathRound(this.toNumber(arg(2))) : Infinity;
                let out = '';
                for (let i = 0; i < s.length; i++) {
                    const position = i + 1;
                    if (position >= start && position < end)
                        out += s[i];
                }
                return out;
            }
            case 'string-length':
                return str(0).length;
            case 'normalize-space':
                return str(0)
                    .replace(/[\x20\t\r\n]+/g, ' ')
                    .trim();
            case 'translate': {
                const from = str(1);
                const to = str(2);
                let out = '';
                for (const ch of str(0)) {
                    const at = from.indexOf(ch);
                    if (at === -1)
                        out += ch;
                    else if (at < to.length)
                        out += to[at];
                }
                return out;
            }
            case 'boolean':
                return this.toBoolean(arg(0));
            case 'not':
                return !this.toBoolean(arg(0));
            case 'true':
                return true;
            case 'false':
                return false;
            case 'number':
                return args.length ? this.toNumber(arg(0)) : toNumber(stringValue(ctx.node));
            case 'sum':
                return nodeSet(0).reduce((total, n) => total + toNumber(stringValue(n)), 0);
            case 'floor':
                return Math.floor(this.toNumber(arg(0)));
            case 'ceiling':
                return Math.ceil(this.toNumber(arg(0)));
            case 'round':
                return xpathRound(this.toNumber(arg(0)));
            default:
                return this.fail(`Unknown function '${name}()'`);
        }
    }
}
// -----------------------------------------------------------------------------------------------------------------
// Tree helpers (the XPath data model over the lossless model: no declaration, DOCTYPE or whitespace outside the root)
function childrenOf(node) {
    if (node.type === 'document') {
        return node.children.filter((c) => c.type === 'element' || c.type === 'comment' || (c.type === 'pi' && piTarget(c.content) !== 'xml'));
    }
    return node.type === 'element' ? node.children : [];
}
function parentOf(node) {
    if (node.type === 'attribute')
        return node.owner;
    if (node.type === 'document')
        return undefined;
    return node.parent;
}
function rootOf(node) {
    let current = node;
    for (let p = parentOf(current); p; p = parentOf(p))
        current = p;
    return current;
}
function lastDescendantIndex(node, order, at) {
    let last = node;
    while (last.type === 'element' && last.children.length)
        last = last.children[last.children.length - 1];
    return order.get(last) ?? at;
}
/** `@name` and `'literal'` (either order): the operands of an attribute-equals-literal test, or undefined. */
function attributeLiteral(a, b) {
    const [path, literal] = a.kind === 'literal' ? [b, a] : [a, b];
    if (literal.kind !== 'literal' || path.kind !== 'path' || path.absolute || path.filter)
        return undefined;
    const step = path.steps[0];
    if (path.steps.length !== 1 || !step || step.axis !== 'attribute' || step.predicates.length)
        return undefined;
    const test = step.test;
    if (test.kind !== 'name' || test.prefix !== '' || test.local === '*')
        return undefined;
    return { attribute: test.local, value: literal.value };
}
function piTarget(content) {
    return /^[^\s]*/.exec(content)?.[0] ?? '';
}
/** The XPath string-value of a node. */
function stringValue(node) {
    switch (node.type) {
        case 'attribute':
            return (0, xml_document_js_1.decodeEntities)(node.attribute.rawValue);
        case 'element':
            return (0, xml_edit_js_1.textContent)(node);
        case 'document': {
            const root = node.root;
            return root ? (0, xml_edit_js_1.textContent)(root) : '';
        }
        case 'text':
            return (0, xml_document_js_1.decodeEntities)(node.raw);
        case 'cdata':
        case 'comment':
            return node.content;
        case 'pi':
            return node.content.slice(piTarget(node.content).length).trimStart();
        case 'doctype':
            return '';
    }
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return /^[\x20\t\r\n]*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[\x20\t\r\n]*$/.test(value) ? Number(value) : NaN;
}
function numberToString(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return 'Infinity';
    if (value === -Infinity)
        return '-Infinity';
    if (Number.isInteger(value))
        return value.toFixed(0);
    const text = String(value);
    return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}
function xpathRound(value) {
    return Number.isFinite(value) ? Math.floor(value + 0.5) : value;
}
// -----------------------------------------------------------------------------------------------------------------
// API
/** Evaluates an expression with `context` as the context node. */
function evaluateXPath(expression, context, options = {}) {
    const compiled = typeof expression === 'string' ? compileXPath(expression) : expression;
    return new Evaluator(compiled.source, options).evaluate(compiled.expr, {
        node: context,
        position: 1,
        size: 1
    });
}
/** The nodes an expression selects, in document order. Throws XPathError when it does not give a node-set. */
function selectNodes(expression, context, options = {}) {
    const compiled = typeof expression === 'string' ? compileXPath(expression) : expression;
    const value = evaluateXPath(compiled, context, options);
    if (!Array.isArray(value)) {
        throw new XPathError(`XPath '${compiled.source}' gives a ${typeof value}, not a set of nodes.`, compiled.source);
    }
    return value;
}


/***/ })

};
;