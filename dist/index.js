import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
  /***/
  4006: (
    /***/
    (function(module, __unused_webpack_exports, __nccwpck_require__2) {
      const pico = __nccwpck_require__2(8016);
      const utils = __nccwpck_require__2(4059);
      function picomatch(glob, options, returnState = false) {
        if (options && (options.windows === null || options.windows === void 0)) {
          options = { ...options, windows: utils.isWindows() };
        }
        return pico(glob, options, returnState);
      }
      Object.assign(picomatch, pico);
      module.exports = picomatch;
    })
  ),
  /***/
  5595: (
    /***/
    (function(module) {
      const WIN_SLASH = "\\\\/";
      const WIN_NO_SLASH = `[^${WIN_SLASH}]`;
      const DEFAULT_MAX_EXTGLOB_RECURSION = 0;
      const DOT_LITERAL = "\\.";
      const PLUS_LITERAL = "\\+";
      const QMARK_LITERAL = "\\?";
      const SLASH_LITERAL = "\\/";
      const ONE_CHAR = "(?=.)";
      const QMARK = "[^/]";
      const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
      const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
      const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
      const NO_DOT = `(?!${DOT_LITERAL})`;
      const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
      const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
      const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
      const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
      const STAR = `${QMARK}*?`;
      const SEP = "/";
      const POSIX_CHARS = {
        DOT_LITERAL,
        PLUS_LITERAL,
        QMARK_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        QMARK,
        END_ANCHOR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR,
        SEP
      };
      const WINDOWS_CHARS = {
        ...POSIX_CHARS,
        SLASH_LITERAL: `[${WIN_SLASH}]`,
        QMARK: WIN_NO_SLASH,
        STAR: `${WIN_NO_SLASH}*?`,
        DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
        NO_DOT: `(?!${DOT_LITERAL})`,
        NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
        NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
        NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
        QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
        START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
        END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
        SEP: "\\"
      };
      const POSIX_REGEX_SOURCE = {
        __proto__: null,
        alnum: "a-zA-Z0-9",
        alpha: "a-zA-Z",
        ascii: "\\x00-\\x7F",
        blank: " \\t",
        cntrl: "\\x00-\\x1F\\x7F",
        digit: "0-9",
        graph: "\\x21-\\x7E",
        lower: "a-z",
        print: "\\x20-\\x7E ",
        punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
        space: " \\t\\r\\n\\v\\f",
        upper: "A-Z",
        word: "A-Za-z0-9_",
        xdigit: "A-Fa-f0-9"
      };
      module.exports = {
        DEFAULT_MAX_EXTGLOB_RECURSION,
        MAX_LENGTH: 1024 * 64,
        POSIX_REGEX_SOURCE,
        // regular expressions
        REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
        REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
        REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
        REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
        REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
        REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
        // Replace globs with equivalent patterns to reduce parsing time.
        REPLACEMENTS: {
          __proto__: null,
          "***": "*",
          "**/**": "**",
          "**/**/**": "**"
        },
        // Digits
        CHAR_0: 48,
        /* 0 */
        CHAR_9: 57,
        /* 9 */
        // Alphabet chars.
        CHAR_UPPERCASE_A: 65,
        /* A */
        CHAR_LOWERCASE_A: 97,
        /* a */
        CHAR_UPPERCASE_Z: 90,
        /* Z */
        CHAR_LOWERCASE_Z: 122,
        /* z */
        CHAR_LEFT_PARENTHESES: 40,
        /* ( */
        CHAR_RIGHT_PARENTHESES: 41,
        /* ) */
        CHAR_ASTERISK: 42,
        /* * */
        // Non-alphabetic chars.
        CHAR_AMPERSAND: 38,
        /* & */
        CHAR_AT: 64,
        /* @ */
        CHAR_BACKWARD_SLASH: 92,
        /* \ */
        CHAR_CARRIAGE_RETURN: 13,
        /* \r */
        CHAR_CIRCUMFLEX_ACCENT: 94,
        /* ^ */
        CHAR_COLON: 58,
        /* : */
        CHAR_COMMA: 44,
        /* , */
        CHAR_DOT: 46,
        /* . */
        CHAR_DOUBLE_QUOTE: 34,
        /* " */
        CHAR_EQUAL: 61,
        /* = */
        CHAR_EXCLAMATION_MARK: 33,
        /* ! */
        CHAR_FORM_FEED: 12,
        /* \f */
        CHAR_FORWARD_SLASH: 47,
        /* / */
        CHAR_GRAVE_ACCENT: 96,
        /* ` */
        CHAR_HASH: 35,
        /* # */
        CHAR_HYPHEN_MINUS: 45,
        /* - */
        CHAR_LEFT_ANGLE_BRACKET: 60,
        /* < */
        CHAR_LEFT_CURLY_BRACE: 123,
        /* { */
        CHAR_LEFT_SQUARE_BRACKET: 91,
        /* [ */
        CHAR_LINE_FEED: 10,
        /* \n */
        CHAR_NO_BREAK_SPACE: 160,
        /* \u00A0 */
        CHAR_PERCENT: 37,
        /* % */
        CHAR_PLUS: 43,
        /* + */
        CHAR_QUESTION_MARK: 63,
        /* ? */
        CHAR_RIGHT_ANGLE_BRACKET: 62,
        /* > */
        CHAR_RIGHT_CURLY_BRACE: 125,
        /* } */
        CHAR_RIGHT_SQUARE_BRACKET: 93,
        /* ] */
        CHAR_SEMICOLON: 59,
        /* ; */
        CHAR_SINGLE_QUOTE: 39,
        /* ' */
        CHAR_SPACE: 32,
        /*   */
        CHAR_TAB: 9,
        /* \t */
        CHAR_UNDERSCORE: 95,
        /* _ */
        CHAR_VERTICAL_LINE: 124,
        /* | */
        CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
        /* \uFEFF */
        /**
         * Create EXTGLOB_CHARS
         */
        extglobChars(chars) {
          return {
            "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
            "?": { type: "qmark", open: "(?:", close: ")?" },
            "+": { type: "plus", open: "(?:", close: ")+" },
            "*": { type: "star", open: "(?:", close: ")*" },
            "@": { type: "at", open: "(?:", close: ")" }
          };
        },
        /**
         * Create GLOB_CHARS
         */
        globChars(win32) {
          return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
        }
      };
    })
  ),
  /***/
  8265: (
    /***/
    (function(module, __unused_webpack_exports, __nccwpck_require__2) {
      const constants = __nccwpck_require__2(5595);
      const utils = __nccwpck_require__2(4059);
      const {
        MAX_LENGTH,
        POSIX_REGEX_SOURCE,
        REGEX_NON_SPECIAL_CHARS,
        REGEX_SPECIAL_CHARS_BACKREF,
        REPLACEMENTS
      } = constants;
      const expandRange = (args, options) => {
        if (typeof options.expandRange === "function") {
          return options.expandRange(...args, options);
        }
        args.sort();
        const value = `[${args.join("-")}]`;
        try {
          new RegExp(value);
        } catch (ex) {
          return args.map((v) => utils.escapeRegex(v)).join("..");
        }
        return value;
      };
      const syntaxError = (type, char) => {
        return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
      };
      const splitTopLevel = (input) => {
        const parts = [];
        let bracket = 0;
        let paren = 0;
        let quote = 0;
        let value = "";
        let escaped = false;
        for (const ch of input) {
          if (escaped === true) {
            value += ch;
            escaped = false;
            continue;
          }
          if (ch === "\\") {
            value += ch;
            escaped = true;
            continue;
          }
          if (ch === '"') {
            quote = quote === 1 ? 0 : 1;
            value += ch;
            continue;
          }
          if (quote === 0) {
            if (ch === "[") {
              bracket++;
            } else if (ch === "]" && bracket > 0) {
              bracket--;
            } else if (bracket === 0) {
              if (ch === "(") {
                paren++;
              } else if (ch === ")" && paren > 0) {
                paren--;
              } else if (ch === "|" && paren === 0) {
                parts.push(value);
                value = "";
                continue;
              }
            }
          }
          value += ch;
        }
        parts.push(value);
        return parts;
      };
      const isPlainBranch = (branch) => {
        let escaped = false;
        for (const ch of branch) {
          if (escaped === true) {
            escaped = false;
            continue;
          }
          if (ch === "\\") {
            escaped = true;
            continue;
          }
          if (/[?*+@!()[\]{}]/.test(ch)) {
            return false;
          }
        }
        return true;
      };
      const normalizeSimpleBranch = (branch) => {
        let value = branch.trim();
        let changed = true;
        while (changed === true) {
          changed = false;
          if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
            value = value.slice(2, -1);
            changed = true;
          }
        }
        if (!isPlainBranch(value)) {
          return;
        }
        return value.replace(/\\(.)/g, "$1");
      };
      const hasRepeatedCharPrefixOverlap = (branches) => {
        const values = branches.map(normalizeSimpleBranch).filter(Boolean);
        for (let i = 0; i < values.length; i++) {
          for (let j = i + 1; j < values.length; j++) {
            const a = values[i];
            const b = values[j];
            const char = a[0];
            if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
              continue;
            }
            if (a === b || a.startsWith(b) || b.startsWith(a)) {
              return true;
            }
          }
        }
        return false;
      };
      const parseRepeatedExtglob = (pattern, requireEnd = true) => {
        if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
          return;
        }
        let bracket = 0;
        let paren = 0;
        let quote = 0;
        let escaped = false;
        for (let i = 1; i < pattern.length; i++) {
          const ch = pattern[i];
          if (escaped === true) {
            escaped = false;
            continue;
          }
          if (ch === "\\") {
            escaped = true;
            continue;
          }
          if (ch === '"') {
            quote = quote === 1 ? 0 : 1;
            continue;
          }
          if (quote === 1) {
            continue;
          }
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (bracket > 0) {
            continue;
          }
          if (ch === "(") {
            paren++;
            continue;
          }
          if (ch === ")") {
            paren--;
            if (paren === 0) {
              if (requireEnd === true && i !== pattern.length - 1) {
                return;
              }
              return {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
            }
          }
        }
      };
      const buildCharClassStar = (chars) => {
        const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
        return `${source}*`;
      };
      const getStarExtglobSequenceChars = (pattern) => {
        let index = 0;
        const chars = [];
        while (index < pattern.length) {
          const match = parseRepeatedExtglob(pattern.slice(index), false);
          if (!match || match.type !== "*") {
            return;
          }
          const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
          if (branches.length !== 1) {
            return;
          }
          const branch = normalizeSimpleBranch(branches[0]);
          if (!branch || branch.length !== 1) {
            return;
          }
          chars.push(branch);
          index += match.end + 1;
        }
        if (chars.length < 1) {
          return;
        }
        return chars;
      };
      const repeatedExtglobRecursion = (pattern) => {
        let depth = 0;
        let value = pattern.trim();
        let match = parseRepeatedExtglob(value);
        while (match) {
          depth++;
          value = match.body.trim();
          match = parseRepeatedExtglob(value);
        }
        return depth;
      };
      const analyzeRepeatedExtglob = (body, options) => {
        if (options.maxExtglobRecursion === false) {
          return { risky: false };
        }
        const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
        const branches = splitTopLevel(body).map((branch) => branch.trim());
        if (branches.length > 1) {
          if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
            return { risky: true };
          }
        }
        const safeChars = [];
        let sawStarSequence = false;
        let combinable = true;
        for (const branch of branches) {
          const chars = getStarExtglobSequenceChars(branch);
          if (chars) {
            sawStarSequence = true;
            safeChars.push(...chars);
            continue;
          }
          const literal = normalizeSimpleBranch(branch);
          if (literal && literal.length === 1) {
            safeChars.push(literal);
            continue;
          }
          combinable = false;
          if (repeatedExtglobRecursion(branch) > max) {
            return { risky: true };
          }
        }
        if (sawStarSequence) {
          return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
        }
        return { risky: false };
      };
      const parse = (input, options) => {
        if (typeof input !== "string") {
          throw new TypeError("Expected a string");
        }
        input = REPLACEMENTS[input] || input;
        const opts = { ...options };
        const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
        let len = input.length;
        if (len > max) {
          throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
        }
        const bos = { type: "bos", value: "", output: opts.prepend || "" };
        const tokens = [bos];
        const capture = opts.capture ? "" : "?:";
        const PLATFORM_CHARS = constants.globChars(opts.windows);
        const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
        const {
          DOT_LITERAL,
          PLUS_LITERAL,
          SLASH_LITERAL,
          ONE_CHAR,
          DOTS_SLASH,
          NO_DOT,
          NO_DOT_SLASH,
          NO_DOTS_SLASH,
          QMARK,
          QMARK_NO_DOT,
          STAR,
          START_ANCHOR
        } = PLATFORM_CHARS;
        const globstar = (opts2) => {
          return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
        };
        const nodot = opts.dot ? "" : NO_DOT;
        const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
        let star = opts.bash === true ? globstar(opts) : STAR;
        if (opts.capture) {
          star = `(${star})`;
        }
        if (typeof opts.noext === "boolean") {
          opts.noextglob = opts.noext;
        }
        const state = {
          input,
          index: -1,
          start: 0,
          dot: opts.dot === true,
          consumed: "",
          output: "",
          prefix: "",
          backtrack: false,
          negated: false,
          brackets: 0,
          braces: 0,
          parens: 0,
          quotes: 0,
          globstar: false,
          tokens
        };
        input = utils.removePrefix(input, state);
        len = input.length;
        const extglobs = [];
        const braces = [];
        const stack = [];
        let prev = bos;
        let value;
        const eos = () => state.index === len - 1;
        const peek = state.peek = (n = 1) => input[state.index + n];
        const advance = state.advance = () => input[++state.index] || "";
        const remaining = () => input.slice(state.index + 1);
        const consume = (value2 = "", num = 0) => {
          state.consumed += value2;
          state.index += num;
        };
        const append = (token) => {
          state.output += token.output != null ? token.output : token.value;
          consume(token.value);
        };
        const negate = () => {
          let count = 1;
          while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
            advance();
            state.start++;
            count++;
          }
          if (count % 2 === 0) {
            return false;
          }
          state.negated = true;
          state.start++;
          return true;
        };
        const increment = (type) => {
          state[type]++;
          stack.push(type);
        };
        const decrement = (type) => {
          state[type]--;
          stack.pop();
        };
        const push = (tok) => {
          if (prev.type === "globstar") {
            const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
            const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
            if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
              state.output = state.output.slice(0, -prev.output.length);
              prev.type = "star";
              prev.value = "*";
              prev.output = star;
              state.output += prev.output;
            }
          }
          if (extglobs.length && tok.type !== "paren") {
            extglobs[extglobs.length - 1].inner += tok.value;
          }
          if (tok.value || tok.output) append(tok);
          if (prev && prev.type === "text" && tok.type === "text") {
            prev.output = (prev.output || prev.value) + tok.value;
            prev.value += tok.value;
            return;
          }
          tok.prev = prev;
          tokens.push(tok);
          prev = tok;
        };
        const extglobOpen = (type, value2) => {
          const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
          token.prev = prev;
          token.parens = state.parens;
          token.output = state.output;
          token.startIndex = state.index;
          token.tokensIndex = tokens.length;
          const output = (opts.capture ? "(" : "") + token.open;
          increment("parens");
          push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
          push({ type: "paren", extglob: true, value: advance(), output });
          extglobs.push(token);
        };
        const extglobClose = (token) => {
          const literal = input.slice(token.startIndex, state.index + 1);
          const body = input.slice(token.startIndex + 2, state.index);
          const analysis = analyzeRepeatedExtglob(body, opts);
          if ((token.type === "plus" || token.type === "star") && analysis.risky) {
            const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
            const open = tokens[token.tokensIndex];
            open.type = "text";
            open.value = literal;
            open.output = safeOutput || utils.escapeRegex(literal);
            for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
              tokens[i].value = "";
              tokens[i].output = "";
              delete tokens[i].suffix;
            }
            state.output = token.output + open.output;
            state.backtrack = true;
            push({ type: "paren", extglob: true, value, output: "" });
            decrement("parens");
            return;
          }
          let output = token.close + (opts.capture ? ")" : "");
          let rest;
          if (token.type === "negate") {
            let extglobStar = star;
            if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
              extglobStar = globstar(opts);
            }
            if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
              output = token.close = `)$))${extglobStar}`;
            }
            if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
              const expression = parse(rest, { ...options, fastpaths: false }).output;
              output = token.close = `)${expression})${extglobStar})`;
            }
            if (token.prev.type === "bos") {
              state.negatedExtglob = true;
            }
          }
          push({ type: "paren", extglob: true, value, output });
          decrement("parens");
        };
        if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
          let backslashes = false;
          let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
            if (first === "\\") {
              backslashes = true;
              return m;
            }
            if (first === "?") {
              if (esc) {
                return esc + first + (rest ? QMARK.repeat(rest.length) : "");
              }
              if (index === 0) {
                return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
              }
              return QMARK.repeat(chars.length);
            }
            if (first === ".") {
              return DOT_LITERAL.repeat(chars.length);
            }
            if (first === "*") {
              if (esc) {
                return esc + first + (rest ? star : "");
              }
              return star;
            }
            return esc ? m : `\\${m}`;
          });
          if (backslashes === true) {
            if (opts.unescape === true) {
              output = output.replace(/\\/g, "");
            } else {
              output = output.replace(/\\+/g, (m) => {
                return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
              });
            }
          }
          if (output === input && opts.contains === true) {
            state.output = input;
            return state;
          }
          state.output = utils.wrapOutput(output, state, options);
          return state;
        }
        while (!eos()) {
          value = advance();
          if (value === "\0") {
            continue;
          }
          if (value === "\\") {
            const next = peek();
            if (next === "/" && opts.bash !== true) {
              continue;
            }
            if (next === "." || next === ";") {
              continue;
            }
            if (!next) {
              value += "\\";
              push({ type: "text", value });
              continue;
            }
            const match = /^\\+/.exec(remaining());
            let slashes = 0;
            if (match && match[0].length > 2) {
              slashes = match[0].length;
              state.index += slashes;
              if (slashes % 2 !== 0) {
                value += "\\";
              }
            }
            if (opts.unescape === true) {
              value = advance();
            } else {
              value += advance();
            }
            if (state.brackets === 0) {
              push({ type: "text", value });
              continue;
            }
          }
          if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
            if (opts.posix !== false && value === ":") {
              const inner = prev.value.slice(1);
              if (inner.includes("[")) {
                prev.posix = true;
                if (inner.includes(":")) {
                  const idx = prev.value.lastIndexOf("[");
                  const pre = prev.value.slice(0, idx);
                  const rest2 = prev.value.slice(idx + 2);
                  const posix = POSIX_REGEX_SOURCE[rest2];
                  if (posix) {
                    prev.value = pre + posix;
                    state.backtrack = true;
                    advance();
                    if (!bos.output && tokens.indexOf(prev) === 1) {
                      bos.output = ONE_CHAR;
                    }
                    continue;
                  }
                }
              }
            }
            if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
              value = `\\${value}`;
            }
            if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
              value = `\\${value}`;
            }
            if (opts.posix === true && value === "!" && prev.value === "[") {
              value = "^";
            }
            prev.value += value;
            append({ value });
            continue;
          }
          if (state.quotes === 1 && value !== '"') {
            value = utils.escapeRegex(value);
            prev.value += value;
            append({ value });
            continue;
          }
          if (value === '"') {
            state.quotes = state.quotes === 1 ? 0 : 1;
            if (opts.keepQuotes === true) {
              push({ type: "text", value });
            }
            continue;
          }
          if (value === "(") {
            increment("parens");
            push({ type: "paren", value });
            continue;
          }
          if (value === ")") {
            if (state.parens === 0 && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "("));
            }
            const extglob = extglobs[extglobs.length - 1];
            if (extglob && state.parens === extglob.parens + 1) {
              extglobClose(extglobs.pop());
              continue;
            }
            push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
            decrement("parens");
            continue;
          }
          if (value === "[") {
            if (opts.nobracket === true || !remaining().includes("]")) {
              if (opts.nobracket !== true && opts.strictBrackets === true) {
                throw new SyntaxError(syntaxError("closing", "]"));
              }
              value = `\\${value}`;
            } else {
              increment("brackets");
            }
            push({ type: "bracket", value });
            continue;
          }
          if (value === "]") {
            if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
              push({ type: "text", value, output: `\\${value}` });
              continue;
            }
            if (state.brackets === 0) {
              if (opts.strictBrackets === true) {
                throw new SyntaxError(syntaxError("opening", "["));
              }
              push({ type: "text", value, output: `\\${value}` });
              continue;
            }
            decrement("brackets");
            const prevValue = prev.value.slice(1);
            if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
              value = `/${value}`;
            }
            prev.value += value;
            append({ value });
            if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
              continue;
            }
            const escaped = utils.escapeRegex(prev.value);
            state.output = state.output.slice(0, -prev.value.length);
            if (opts.literalBrackets === true) {
              state.output += escaped;
              prev.value = escaped;
              continue;
            }
            prev.value = `(${capture}${escaped}|${prev.value})`;
            state.output += prev.value;
            continue;
          }
          if (value === "{" && opts.nobrace !== true) {
            increment("braces");
            const open = {
              type: "brace",
              value,
              output: "(",
              outputIndex: state.output.length,
              tokensIndex: state.tokens.length
            };
            braces.push(open);
            push(open);
            continue;
          }
          if (value === "}") {
            const brace = braces[braces.length - 1];
            if (opts.nobrace === true || !brace) {
              push({ type: "text", value, output: value });
              continue;
            }
            let output = ")";
            if (brace.dots === true) {
              const arr = tokens.slice();
              const range = [];
              for (let i = arr.length - 1; i >= 0; i--) {
                tokens.pop();
                if (arr[i].type === "brace") {
                  break;
                }
                if (arr[i].type !== "dots") {
                  range.unshift(arr[i].value);
                }
              }
              output = expandRange(range, opts);
              state.backtrack = true;
            }
            if (brace.comma !== true && brace.dots !== true) {
              const out = state.output.slice(0, brace.outputIndex);
              const toks = state.tokens.slice(brace.tokensIndex);
              brace.value = brace.output = "\\{";
              value = output = "\\}";
              state.output = out;
              for (const t of toks) {
                state.output += t.output || t.value;
              }
            }
            push({ type: "brace", value, output });
            decrement("braces");
            braces.pop();
            continue;
          }
          if (value === "|") {
            if (extglobs.length > 0) {
              extglobs[extglobs.length - 1].conditions++;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === ",") {
            let output = value;
            const brace = braces[braces.length - 1];
            if (brace && stack[stack.length - 1] === "braces") {
              brace.comma = true;
              output = "|";
            }
            push({ type: "comma", value, output });
            continue;
          }
          if (value === "/") {
            if (prev.type === "dot" && state.index === state.start + 1) {
              state.start = state.index + 1;
              state.consumed = "";
              state.output = "";
              tokens.pop();
              prev = bos;
              continue;
            }
            push({ type: "slash", value, output: SLASH_LITERAL });
            continue;
          }
          if (value === ".") {
            if (state.braces > 0 && prev.type === "dot") {
              if (prev.value === ".") prev.output = DOT_LITERAL;
              const brace = braces[braces.length - 1];
              prev.type = "dots";
              prev.output += value;
              prev.value += value;
              brace.dots = true;
              continue;
            }
            if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
              push({ type: "text", value, output: DOT_LITERAL });
              continue;
            }
            push({ type: "dot", value, output: DOT_LITERAL });
            continue;
          }
          if (value === "?") {
            const isGroup = prev && prev.value === "(";
            if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
              extglobOpen("qmark", value);
              continue;
            }
            if (prev && prev.type === "paren") {
              const next = peek();
              let output = value;
              if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
                output = `\\${value}`;
              }
              push({ type: "text", value, output });
              continue;
            }
            if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
              push({ type: "qmark", value, output: QMARK_NO_DOT });
              continue;
            }
            push({ type: "qmark", value, output: QMARK });
            continue;
          }
          if (value === "!") {
            if (opts.noextglob !== true && peek() === "(") {
              if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
                extglobOpen("negate", value);
                continue;
              }
            }
            if (opts.nonegate !== true && state.index === 0) {
              negate();
              continue;
            }
          }
          if (value === "+") {
            if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
              extglobOpen("plus", value);
              continue;
            }
            if (prev && prev.value === "(" || opts.regex === false) {
              push({ type: "plus", value, output: PLUS_LITERAL });
              continue;
            }
            if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
              push({ type: "plus", value });
              continue;
            }
            push({ type: "plus", value: PLUS_LITERAL });
            continue;
          }
          if (value === "@") {
            if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
              push({ type: "at", extglob: true, value, output: "" });
              continue;
            }
            push({ type: "text", value });
            continue;
          }
          if (value !== "*") {
            if (value === "$" || value === "^") {
              value = `\\${value}`;
            }
            const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
            if (match) {
              value += match[0];
              state.index += match[0].length;
            }
            push({ type: "text", value });
            continue;
          }
          if (prev && (prev.type === "globstar" || prev.star === true)) {
            prev.type = "star";
            prev.star = true;
            prev.value += value;
            prev.output = star;
            state.backtrack = true;
            state.globstar = true;
            consume(value);
            continue;
          }
          let rest = remaining();
          if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
            extglobOpen("star", value);
            continue;
          }
          if (prev.type === "star") {
            if (opts.noglobstar === true) {
              consume(value);
              continue;
            }
            const prior = prev.prev;
            const before = prior.prev;
            const isStart = prior.type === "slash" || prior.type === "bos";
            const afterStar = before && (before.type === "star" || before.type === "globstar");
            if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
              push({ type: "star", value, output: "" });
              continue;
            }
            const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
            const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
            if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
              push({ type: "star", value, output: "" });
              continue;
            }
            while (rest.slice(0, 3) === "/**") {
              const after = input[state.index + 4];
              if (after && after !== "/") {
                break;
              }
              rest = rest.slice(3);
              consume("/**", 3);
            }
            const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
            if (prior.type === "bos" && eos()) {
              prev.type = "globstar";
              prev.value += value;
              prev.output = globstar(opts);
              state.output = prev.output;
              state.globstar = true;
              consume(value);
              continue;
            }
            if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
              state.output = state.output.slice(0, -(prior.output + prev.output).length);
              prior.output = `(?:${prior.output}`;
              prev.type = "globstar";
              prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
              prev.value += value;
              state.globstar = true;
              state.output += prior.output + prev.output;
              consume(value);
              continue;
            }
            if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
              const end = rest[1] !== void 0 ? "|$" : "";
              state.output = state.output.slice(0, -(prior.output + prev.output).length);
              prior.output = `(?:${prior.output}`;
              prev.type = "globstar";
              prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
              prev.value += value;
              state.output += prior.output + prev.output;
              state.globstar = true;
              consume(value + advance());
              push({ type: "slash", value: "/", output: "" });
              continue;
            }
            if (prior.type === "bos" && rest[0] === "/") {
              prev.type = "globstar";
              prev.value += value;
              prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
              state.output = prev.output;
              state.globstar = true;
              consume(value + advance());
              push({ type: "slash", value: "/", output: "" });
              continue;
            }
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "globstar";
            prev.output = globstar(opts);
            prev.value += value;
            state.output += prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          const token = { type: "star", value, output: star };
          if (opts.bash === true) {
            token.output = ".*?";
            if (prev.type === "bos" || prev.type === "slash") {
              token.output = nodot + token.output;
            }
            push(token);
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
            token.output = value;
            push(token);
            continue;
          }
          if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
            if (prev.type === "dot") {
              state.output += NO_DOT_SLASH;
              prev.output += NO_DOT_SLASH;
            } else if (opts.dot === true) {
              state.output += NO_DOTS_SLASH;
              prev.output += NO_DOTS_SLASH;
            } else {
              state.output += nodot;
              prev.output += nodot;
            }
            if (peek() !== "*") {
              state.output += ONE_CHAR;
              prev.output += ONE_CHAR;
            }
          }
          push(token);
        }
        while (state.brackets > 0) {
          if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
          state.output = utils.escapeLast(state.output, "[");
          decrement("brackets");
        }
        while (state.parens > 0) {
          if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
          state.output = utils.escapeLast(state.output, "(");
          decrement("parens");
        }
        while (state.braces > 0) {
          if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
          state.output = utils.escapeLast(state.output, "{");
          decrement("braces");
        }
        if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
          push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
        }
        if (state.backtrack === true) {
          state.output = "";
          for (const token of state.tokens) {
            state.output += token.output != null ? token.output : token.value;
            if (token.suffix) {
              state.output += token.suffix;
            }
          }
        }
        return state;
      };
      parse.fastpaths = (input, options) => {
        const opts = { ...options };
        const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
        const len = input.length;
        if (len > max) {
          throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
        }
        input = REPLACEMENTS[input] || input;
        const {
          DOT_LITERAL,
          SLASH_LITERAL,
          ONE_CHAR,
          DOTS_SLASH,
          NO_DOT,
          NO_DOTS,
          NO_DOTS_SLASH,
          STAR,
          START_ANCHOR
        } = constants.globChars(opts.windows);
        const nodot = opts.dot ? NO_DOTS : NO_DOT;
        const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
        const capture = opts.capture ? "" : "?:";
        const state = { negated: false, prefix: "" };
        let star = opts.bash === true ? ".*?" : STAR;
        if (opts.capture) {
          star = `(${star})`;
        }
        const globstar = (opts2) => {
          if (opts2.noglobstar === true) return star;
          return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
        };
        const create = (str) => {
          switch (str) {
            case "*":
              return `${nodot}${ONE_CHAR}${star}`;
            case ".*":
              return `${DOT_LITERAL}${ONE_CHAR}${star}`;
            case "*.*":
              return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
            case "*/*":
              return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
            case "**":
              return nodot + globstar(opts);
            case "**/*":
              return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
            case "**/*.*":
              return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
            case "**/.*":
              return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
            default: {
              const match = /^(.*?)\.(\w+)$/.exec(str);
              if (!match) return;
              const source2 = create(match[1]);
              if (!source2) return;
              return source2 + DOT_LITERAL + match[2];
            }
          }
        };
        const output = utils.removePrefix(input, state);
        let source = create(output);
        if (source && opts.strictSlashes !== true) {
          source += `${SLASH_LITERAL}?`;
        }
        return source;
      };
      module.exports = parse;
    })
  ),
  /***/
  8016: (
    /***/
    (function(module, __unused_webpack_exports, __nccwpck_require__2) {
      const scan = __nccwpck_require__2(1781);
      const parse = __nccwpck_require__2(8265);
      const utils = __nccwpck_require__2(4059);
      const constants = __nccwpck_require__2(5595);
      const isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
      const picomatch = (glob, options, returnState = false) => {
        if (Array.isArray(glob)) {
          const fns = glob.map((input) => picomatch(input, options, returnState));
          const arrayMatcher = (str) => {
            for (const isMatch of fns) {
              const state2 = isMatch(str);
              if (state2) return state2;
            }
            return false;
          };
          return arrayMatcher;
        }
        const isState = isObject(glob) && glob.tokens && glob.input;
        if (glob === "" || typeof glob !== "string" && !isState) {
          throw new TypeError("Expected pattern to be a non-empty string");
        }
        const opts = options || {};
        const posix = opts.windows;
        const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
        const state = regex.state;
        delete regex.state;
        let isIgnored = () => false;
        if (opts.ignore) {
          const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
          isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
        }
        const matcher = (input, returnObject = false) => {
          const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
          const result = { glob, state, regex, posix, input, output, match, isMatch };
          if (typeof opts.onResult === "function") {
            opts.onResult(result);
          }
          if (isMatch === false) {
            result.isMatch = false;
            return returnObject ? result : false;
          }
          if (isIgnored(input)) {
            if (typeof opts.onIgnore === "function") {
              opts.onIgnore(result);
            }
            result.isMatch = false;
            return returnObject ? result : false;
          }
          if (typeof opts.onMatch === "function") {
            opts.onMatch(result);
          }
          return returnObject ? result : true;
        };
        if (returnState) {
          matcher.state = state;
        }
        return matcher;
      };
      picomatch.test = (input, regex, options, { glob, posix } = {}) => {
        if (typeof input !== "string") {
          throw new TypeError("Expected input to be a string");
        }
        if (input === "") {
          return { isMatch: false, output: "" };
        }
        const opts = options || {};
        const format = opts.format || (posix ? utils.toPosixSlashes : null);
        let match = input === glob;
        let output = match && format ? format(input) : input;
        if (match === false) {
          output = format ? format(input) : input;
          match = output === glob;
        }
        if (match === false || opts.capture === true) {
          if (opts.matchBase === true || opts.basename === true) {
            match = picomatch.matchBase(input, regex, options, posix);
          } else {
            match = regex.exec(output);
          }
        }
        return { isMatch: Boolean(match), match, output };
      };
      picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
        const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
        return regex.test(utils.basename(input, { windows: posix }));
      };
      picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
      picomatch.parse = (pattern, options) => {
        if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
        return parse(pattern, { ...options, fastpaths: false });
      };
      picomatch.scan = (input, options) => scan(input, options);
      picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
        if (returnOutput === true) {
          return state.output;
        }
        const opts = options || {};
        const prepend = opts.contains ? "" : "^";
        const append = opts.contains ? "" : "$";
        let source = `${prepend}(?:${state.output})${append}`;
        if (state && state.negated === true) {
          source = `^(?!${source}).*$`;
        }
        const regex = picomatch.toRegex(source, options);
        if (returnState === true) {
          regex.state = state;
        }
        return regex;
      };
      picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
        if (!input || typeof input !== "string") {
          throw new TypeError("Expected a non-empty string");
        }
        let parsed = { negated: false, fastpaths: true };
        if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
          parsed.output = parse.fastpaths(input, options);
        }
        if (!parsed.output) {
          parsed = parse(input, options);
        }
        return picomatch.compileRe(parsed, options, returnOutput, returnState);
      };
      picomatch.toRegex = (source, options) => {
        try {
          const opts = options || {};
          return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
        } catch (err) {
          if (options && options.debug === true) throw err;
          return /$^/;
        }
      };
      picomatch.constants = constants;
      module.exports = picomatch;
    })
  ),
  /***/
  1781: (
    /***/
    (function(module, __unused_webpack_exports, __nccwpck_require__2) {
      const utils = __nccwpck_require__2(4059);
      const {
        CHAR_ASTERISK,
        /* * */
        CHAR_AT,
        /* @ */
        CHAR_BACKWARD_SLASH,
        /* \ */
        CHAR_COMMA,
        /* , */
        CHAR_DOT,
        /* . */
        CHAR_EXCLAMATION_MARK,
        /* ! */
        CHAR_FORWARD_SLASH,
        /* / */
        CHAR_LEFT_CURLY_BRACE,
        /* { */
        CHAR_LEFT_PARENTHESES,
        /* ( */
        CHAR_LEFT_SQUARE_BRACKET,
        /* [ */
        CHAR_PLUS,
        /* + */
        CHAR_QUESTION_MARK,
        /* ? */
        CHAR_RIGHT_CURLY_BRACE,
        /* } */
        CHAR_RIGHT_PARENTHESES,
        /* ) */
        CHAR_RIGHT_SQUARE_BRACKET
        /* ] */
      } = __nccwpck_require__2(5595);
      const isPathSeparator = (code) => {
        return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
      };
      const depth = (token) => {
        if (token.isPrefix !== true) {
          token.depth = token.isGlobstar ? Infinity : 1;
        }
      };
      const scan = (input, options) => {
        const opts = options || {};
        const length = input.length - 1;
        const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
        const slashes = [];
        const tokens = [];
        const parts = [];
        let str = input;
        let index = -1;
        let start = 0;
        let lastIndex = 0;
        let isBrace = false;
        let isBracket = false;
        let isGlob = false;
        let isExtglob = false;
        let isGlobstar = false;
        let braceEscaped = false;
        let backslashes = false;
        let negated = false;
        let negatedExtglob = false;
        let finished = false;
        let braces = 0;
        let prev;
        let code;
        let token = { value: "", depth: 0, isGlob: false };
        const eos = () => index >= length;
        const peek = () => str.charCodeAt(index + 1);
        const advance = () => {
          prev = code;
          return str.charCodeAt(++index);
        };
        while (index < length) {
          code = advance();
          let next;
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            code = advance();
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braceEscaped = true;
            }
            continue;
          }
          if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
            braces++;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_CURLY_BRACE) {
                braces++;
                continue;
              }
              if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
                isBrace = token.isBrace = true;
                isGlob = token.isGlob = true;
                finished = true;
                if (scanToEnd === true) {
                  continue;
                }
                break;
              }
              if (braceEscaped !== true && code === CHAR_COMMA) {
                isBrace = token.isBrace = true;
                isGlob = token.isGlob = true;
                finished = true;
                if (scanToEnd === true) {
                  continue;
                }
                break;
              }
              if (code === CHAR_RIGHT_CURLY_BRACE) {
                braces--;
                if (braces === 0) {
                  braceEscaped = false;
                  isBrace = token.isBrace = true;
                  finished = true;
                  break;
                }
              }
            }
            if (scanToEnd === true) {
              continue;
            }
            break;
          }
          if (code === CHAR_FORWARD_SLASH) {
            slashes.push(index);
            tokens.push(token);
            token = { value: "", depth: 0, isGlob: false };
            if (finished === true) continue;
            if (prev === CHAR_DOT && index === start + 1) {
              start += 2;
              continue;
            }
            lastIndex = index + 1;
            continue;
          }
          if (opts.noext !== true) {
            const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
            if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
              isGlob = token.isGlob = true;
              isExtglob = token.isExtglob = true;
              finished = true;
              if (code === CHAR_EXCLAMATION_MARK && index === start) {
                negatedExtglob = true;
              }
              if (scanToEnd === true) {
                let parens = 0;
                while (eos() !== true && (code = advance())) {
                  if (code === CHAR_BACKWARD_SLASH) {
                    backslashes = token.backslashes = true;
                    advance();
                    continue;
                  }
                  if (code === CHAR_LEFT_PARENTHESES) {
                    parens++;
                    continue;
                  }
                  if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                    finished = true;
                    break;
                  }
                }
                continue;
              }
              break;
            }
          }
          if (code === CHAR_ASTERISK) {
            if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
            isGlob = token.isGlob = true;
            finished = true;
            if (scanToEnd === true) {
              continue;
            }
            break;
          }
          if (code === CHAR_QUESTION_MARK) {
            isGlob = token.isGlob = true;
            finished = true;
            if (scanToEnd === true) {
              continue;
            }
            break;
          }
          if (code === CHAR_LEFT_SQUARE_BRACKET) {
            while (eos() !== true && (next = advance())) {
              if (next === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (next === CHAR_RIGHT_SQUARE_BRACKET) {
                isBracket = token.isBracket = true;
                isGlob = token.isGlob = true;
                finished = true;
                break;
              }
            }
            if (scanToEnd === true) {
              continue;
            }
            break;
          }
          if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
            negated = token.negated = true;
            start++;
            continue;
          }
          if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            if (scanToEnd === true) {
              let parens = 1;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
          if (isGlob === true) {
            finished = true;
            if (scanToEnd === true) {
              continue;
            }
            break;
          }
        }
        if (opts.noext === true) {
          isExtglob = false;
          isGlob = false;
        }
        let base = str;
        let prefix = "";
        let glob = "";
        if (start > 0) {
          prefix = str.slice(0, start);
          str = str.slice(start);
          lastIndex -= start;
        }
        if (base && isGlob === true && lastIndex > 0) {
          base = str.slice(0, lastIndex);
          glob = str.slice(lastIndex);
        } else if (isGlob === true) {
          base = "";
          glob = str;
        } else {
          base = str;
        }
        if (base && base !== "" && base !== "/" && base !== str) {
          if (isPathSeparator(base.charCodeAt(base.length - 1))) {
            base = base.slice(0, -1);
          }
        }
        if (opts.unescape === true) {
          if (glob) glob = utils.removeBackslashes(glob);
          if (base && backslashes === true) {
            base = utils.removeBackslashes(base);
          }
        }
        const state = {
          prefix,
          input,
          start,
          base,
          glob,
          isBrace,
          isBracket,
          isGlob,
          isExtglob,
          isGlobstar,
          negated,
          negatedExtglob
        };
        if (opts.tokens === true) {
          state.maxDepth = 0;
          if (!isPathSeparator(code)) {
            tokens.push(token);
          }
          state.tokens = tokens;
        }
        if (opts.parts === true || opts.tokens === true) {
          let prevIndex;
          for (let idx = 0; idx < slashes.length; idx++) {
            const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
            const i = slashes[idx];
            const value2 = input.slice(n2, i);
            if (opts.tokens) {
              if (idx === 0 && start !== 0) {
                tokens[idx].isPrefix = true;
                tokens[idx].value = prefix;
              } else {
                tokens[idx].value = value2;
              }
              depth(tokens[idx]);
              state.maxDepth += tokens[idx].depth;
            }
            if (i >= start) {
              parts.push(value2);
              prevIndex = i;
            }
          }
          const n = prevIndex !== void 0 ? prevIndex + 1 : start;
          const value = input.slice(n);
          parts.push(value);
          if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
          state.slashes = slashes;
          state.parts = parts;
        }
        return state;
      };
      module.exports = scan;
    })
  ),
  /***/
  4059: (
    /***/
    (function(__unused_webpack_module, exports2, __nccwpck_require__2) {
      const {
        REGEX_BACKSLASH,
        REGEX_REMOVE_BACKSLASH,
        REGEX_SPECIAL_CHARS,
        REGEX_SPECIAL_CHARS_GLOBAL
      } = __nccwpck_require__2(5595);
      exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
      exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
      exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
      exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
      exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
      exports2.isWindows = () => {
        if (typeof navigator !== "undefined" && navigator.platform) {
          const platform = navigator.platform.toLowerCase();
          return platform === "win32" || platform === "windows";
        }
        if (typeof process !== "undefined" && process.platform) {
          return process.platform === "win32";
        }
        return false;
      };
      exports2.removeBackslashes = (str) => {
        return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
          return match === "\\" ? "" : match;
        });
      };
      exports2.escapeLast = (input, char, lastIdx) => {
        const idx = input.lastIndexOf(char, lastIdx);
        if (idx === -1) return input;
        if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
        return `${input.slice(0, idx)}\\${input.slice(idx)}`;
      };
      exports2.removePrefix = (input, state = {}) => {
        let output = input;
        if (output.startsWith("./")) {
          output = output.slice(2);
          state.prefix = "./";
        }
        return output;
      };
      exports2.wrapOutput = (input, state = {}, options = {}) => {
        const prepend = options.contains ? "" : "^";
        const append = options.contains ? "" : "$";
        let output = `${prepend}(?:${input})${append}`;
        if (state.negated === true) {
          output = `(?:^(?!${output}).*$)`;
        }
        return output;
      };
      exports2.basename = (path, { windows } = {}) => {
        const segs = path.split(windows ? /[\\/]/ : "/");
        const last = segs[segs.length - 1];
        if (last === "") {
          return segs[segs.length - 2];
        }
        return last;
      };
    })
  ),
  /***/
  6773: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        e: () => (
          /* binding */
          run
        )
      });
      var workflow_commands_namespaceObject = {};
      __nccwpck_require__2.r(workflow_commands_namespaceObject);
      __nccwpck_require__2.d(workflow_commands_namespaceObject, {
        appendSummary: () => appendSummary,
        debug: () => debug,
        endGroup: () => endGroup,
        error: () => workflow_commands_error,
        escapeData: () => escapeData,
        escapeProperty: () => escapeProperty,
        formatCommand: () => formatCommand,
        getInput: () => getInput,
        info: () => info,
        notice: () => notice,
        setFailed: () => setFailed,
        setOutput: () => setOutput,
        setSecret: () => setSecret,
        startGroup: () => startGroup,
        warning: () => warning
      });
      var core_errors = __nccwpck_require__2(4296);
      ;
      async function callHook(ctx, which) {
        const o = ctx.options;
        const argv = which === "drain" ? o.drainCommand : o.undrainCommand;
        const url = which === "drain" ? o.drainUrl : o.undrainUrl;
        const what = argv.length > 0 ? ctx.reporter.mask(argv.join(" ")) : `GET ${url ?? ""}`;
        const summary = `${which === "drain" ? "drain this server from" : "put this server back into"} the load balancer: ${what}`;
        if (ctx.dryRun) {
          ctx.plan.action(which, what);
          ctx.ledger.begin("load-balancer", which, summary);
          return;
        }
        await ctx.ledger.track("load-balancer", which, summary, async () => {
          ctx.reporter.info(`${which}: ${what}`);
          const input = `${which}-${argv.length > 0 ? "command" : "url"}`;
          if (argv.length > 0) {
            const [program = "", ...args] = argv;
            const result = await ctx.ports.runner.run(program, args, { signal: ctx.signal, timeoutMs: 5 * 6e4 });
            if (result.exitCode !== 0)
              throw new core_errors.v4(program, result.exitCode, `'${input}' (${what}) failed with exit code ${result.exitCode}: ${ctx.reporter.mask(`${result.stderr || result.stdout}`.trim().slice(0, 500))}`, which === "drain" ? "Nothing was deployed. Fix the command (or the load balancer) and run again." : "The app is deployed and healthy but the server is still drained: put it back by hand, or run again.");
            return;
          }
          const response = await ctx.ports.http.get(url, {
            timeoutMs: 6e4,
            allowUntrusted: o.allowUntrusted,
            signal: ctx.signal
          });
          if (response.status < 200 || response.status > 299)
            throw new core_errors.v4("http", void 0, `'${input}' (${what}) answered HTTP ${response.status}: ${ctx.reporter.mask(response.body.slice(0, 300))}`, which === "drain" ? "Nothing was deployed. Check the URL and the load balancer, and run again." : "The app is deployed and healthy but the server is still drained: put it back by hand, or run again.");
        });
      }
      function hasHooks(ctx) {
        return ctx.options.drainCommand.length > 0 || ctx.options.drainUrl !== void 0;
      }
      function withDrainHooks(steps) {
        const drained = /* @__PURE__ */ new WeakSet();
        const drainOnce = async (run2) => {
          if (!hasHooks(run2) || drained.has(run2.ledger))
            return;
          await callHook(run2, "drain");
          drained.add(run2.ledger);
        };
        return {
          ...steps,
          takeOffline: async (run2, ...rest) => {
            await drainOnce(run2);
            return steps.takeOffline(run2, ...rest);
          },
          sync: async (run2, ...rest) => {
            await drainOnce(run2);
            return steps.sync(run2, ...rest);
          },
          checkHealth: async (run2, ...rest) => {
            const health = await steps.checkHealth(run2, ...rest);
            if (drained.has(run2.ledger) && health.healthy) {
              drained.delete(run2.ledger);
              await callHook(run2, "undrain").catch((error) => run2.reporter.warning((0, core_errors.gJ)(error)));
            }
            return health;
          }
        };
      }
      var external_node_path_ = __nccwpck_require__2(6760);
      var external_node_path_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_path_);
      var external_node_fs_ = __nccwpck_require__2(3024);
      var external_node_fs_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_fs_);
      var external_node_os_ = __nccwpck_require__2(8161);
      var external_node_os_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_os_);
      ;
      const STATE_DIR_NAME = "iis-deploy";
      const STATE_LAYOUT = { locks: "locks", ledgers: "ledgers", backups: "backups" };
      function defaultStateDir(context) {
        const { env } = context;
        if (context.platform === "win32") {
          const programData = env.ProgramData ?? env.PROGRAMDATA ?? env.ALLUSERSPROFILE ?? "C:\\ProgramData";
          return external_node_path_default().win32.join(programData, STATE_DIR_NAME);
        }
        const xdg = env.XDG_STATE_HOME;
        if (xdg && external_node_path_default().posix.isAbsolute(xdg))
          return external_node_path_default().posix.join(xdg, STATE_DIR_NAME);
        if (context.uid === 0)
          return external_node_path_default().posix.join("/var/lib", STATE_DIR_NAME);
        const home = context.homedir ?? env.HOME ?? external_node_os_default().homedir();
        return external_node_path_default().posix.join(home, ".local", "state", STATE_DIR_NAME);
      }
      function resolveStateDir(input, context) {
        return input && input.trim() ? input.trim() : defaultStateDir(context);
      }
      const SYSTEM_SID = "S-1-5-18";
      const ADMINISTRATORS_SID = "S-1-5-32-544";
      function parseWhoamiSid(stdout) {
        const match = /"(S-1-[0-9-]+)"\s*$/m.exec(stdout.trim());
        return match?.[1];
      }
      function buildStateDirAclArgs(dir, sids) {
        const grants = [...new Set(sids)].flatMap((sid) => ["/grant:r", `*${sid}:(OI)(CI)F`]);
        return [dir, "/inheritance:r", ...grants];
      }
      async function ensureStateDir(options) {
        const { dir } = options;
        const existed = external_node_fs_default().existsSync(dir);
        if (existed && !external_node_fs_default().statSync(dir).isDirectory())
          throw new Error(`The state folder ${dir} ('state-dir') is a file: remove it or choose another 'state-dir'.`);
        external_node_fs_default().mkdirSync(dir, { recursive: true, mode: 448 });
        for (const sub of Object.values(STATE_LAYOUT))
          external_node_fs_default().mkdirSync(external_node_path_default().join(dir, sub), { recursive: true, mode: 448 });
        if (existed || options.platform !== "win32")
          return;
        const sids = [SYSTEM_SID, ADMINISTRATORS_SID];
        try {
          if (options.whoamiPath) {
            const who = await options.runner.run(options.whoamiPath, ["/user", "/fo", "csv", "/nh"], {
              silent: true
            });
            const sid = parseWhoamiSid(who.stdout);
            if (sid)
              sids.push(sid);
          }
          if (options.icaclsPath) {
            const result = await options.runner.run(options.icaclsPath, buildStateDirAclArgs(dir, sids), {
              silent: true
            });
            if (result.exitCode !== 0)
              throw new Error(`icacls exited with ${result.exitCode}: ${result.stderr.trim()}`);
            options.reporter.info(`Created the state folder ${dir}, writable by SYSTEM, Administrators and this account only.`);
          }
        } catch (error) {
          options.reporter.warning(`Created the state folder ${dir}, but could not restrict its access (${error.message}): it inherits the ACL of its parent. Fix: icacls "${dir}" /inheritance:r /grant:r *${SYSTEM_SID}:(OI)(CI)F *${ADMINISTRATORS_SID}:(OI)(CI)F`);
        }
      }
      function stateDirInside(stateDir, folders) {
        const api = /^[a-zA-Z]:[\\/]|^\\\\/.test(stateDir) ? external_node_path_default().win32 : external_node_path_default().posix;
        const norm = (p) => {
          const resolved = api.resolve(p);
          return api === external_node_path_default().win32 ? resolved.toLowerCase() : resolved;
        };
        const state = norm(stateDir);
        for (const folder of folders) {
          if (!folder)
            continue;
          const root = norm(folder);
          const relative = api.relative(root, state);
          if (relative === "" || !relative.startsWith("..") && !api.isAbsolute(relative))
            return folder;
        }
        return void 0;
      }
      var external_node_crypto_ = __nccwpck_require__2(7598);
      var external_node_crypto_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_crypto_);
      var iis_appcmd = __nccwpck_require__2(8862);
      ;
      class LockLostError extends Error {
        name = "LockLostError";
      }
      const SERVER_LOCK_NAME = "server.lock";
      const OWNER_FILE = "owner.json";
      function deployLockName(site, application) {
        const identity = `${site}${(0, iis_appcmd.F_)(application) === "/" ? "" : (0, iis_appcmd.F_)(application)}`.toLowerCase();
        const slug = identity.replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
        const hash = external_node_crypto_default().createHash("sha256").update(identity, "utf8").digest("hex").slice(0, 10);
        return `${slug || "site"}-${hash}.lock`;
      }
      function lockNameFor(options) {
        if (options.scope === "server" || options.site === void 0)
          return SERVER_LOCK_NAME;
        return deployLockName(options.site, options.application);
      }
      function readProcessStart(pid) {
        try {
          const stat = external_node_fs_default().readFileSync(`/proc/${pid}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          const ticks = fields[19];
          return ticks && /^\d+$/.test(ticks) ? `linux:${ticks}` : void 0;
        } catch {
          return void 0;
        }
      }
      function parseLockOwner(text) {
        try {
          const value = JSON.parse(text);
          if (typeof value.token !== "string" || typeof value.pid !== "number" || typeof value.host !== "string" || typeof value.startedAt !== "number" || typeof value.heartbeatAt !== "number")
            return void 0;
          return value;
        } catch {
          return void 0;
        }
      }
      function judgeLockHolder(owner, now, context) {
        if (owner.host.toLowerCase() === context.hostname.toLowerCase()) {
          if (!context.isProcessAlive(owner.pid))
            return { stale: true, reason: `its process ${owner.pid} is no longer running` };
          const startNow = owner.processStart !== void 0 ? context.processStartOf?.(owner.pid) : void 0;
          if (startNow !== void 0 && startNow !== owner.processStart)
            return {
              stale: true,
              reason: `its process ${owner.pid} ended (the pid now belongs to another process)`
            };
          return { stale: false };
        }
        const silentMs = now - owner.heartbeatAt;
        if (silentMs > context.staleMs)
          return { stale: true, reason: `its heartbeat stopped ${Math.round(silentMs / 1e3)} s ago` };
        return { stale: false };
      }
      function describeHolder(owner, now) {
        const since = new Date(owner.startedAt).toISOString();
        const seconds2 = Math.max(0, Math.round((now - owner.startedAt) / 1e3));
        const who = owner.description ? ` (${owner.description})` : "";
        return `pid ${owner.pid} on host ${owner.host}${who}, since ${since} (${seconds2} s)`;
      }
      function defaultIsProcessAlive(pid) {
        try {
          process.kill(pid, 0);
          return true;
        } catch (error) {
          return error.code === "EPERM";
        }
      }
      function readOwner(lockPath) {
        try {
          return parseLockOwner(external_node_fs_default().readFileSync(external_node_path_default().join(lockPath, OWNER_FILE), "utf8"));
        } catch {
          return void 0;
        }
      }
      function writeOwner(lockPath, owner) {
        const temp = external_node_path_default().join(lockPath, `${OWNER_FILE}.${owner.token}.tmp`);
        external_node_fs_default().writeFileSync(temp, JSON.stringify(owner));
        external_node_fs_default().renameSync(temp, external_node_path_default().join(lockPath, OWNER_FILE));
      }
      function ageOf(file, now) {
        try {
          return now - external_node_fs_default().statSync(file).mtimeMs;
        } catch {
          return void 0;
        }
      }
      function breakStaleLock(lockPath, staleToken, staleMs, now) {
        const breaker = `${lockPath}.breaking`;
        try {
          external_node_fs_default().mkdirSync(breaker);
        } catch {
          const age = ageOf(breaker, now);
          if (age !== void 0 && age > staleMs)
            external_node_fs_default().rmSync(breaker, { recursive: true, force: true });
          return;
        }
        try {
          const current = readOwner(lockPath);
          if (current?.token === staleToken)
            external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
        } finally {
          external_node_fs_default().rmSync(breaker, { recursive: true, force: true });
        }
      }
      const heldAtExit = /* @__PURE__ */ new Map();
      let exitHookInstalled = false;
      function installExitHook() {
        if (exitHookInstalled)
          return;
        exitHookInstalled = true;
        process.once("exit", () => {
          for (const [lockPath, token] of heldAtExit) {
            if (readOwner(lockPath)?.token === token)
              external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
          }
        });
      }
      async function acquireDeployLock(options) {
        const clock = options.clock;
        const timeoutMs = options.timeoutMs ?? 6e5;
        const pollMs = options.pollMs ?? 1e3;
        const heartbeatMs = options.heartbeatMs ?? 5e3;
        const staleMs = options.staleMs ?? 6e4;
        const reportEveryMs = options.reportEveryMs ?? 3e4;
        const hostname = options.hostname ?? external_node_os_default().hostname();
        const isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive;
        const processStartOf = options.processStartOf ?? readProcessStart;
        const server = options.scope === "server" || options.site === void 0;
        const target = server ? "this server (IIS features, Hosting Bundle, IIS restart)" : `${options.site}${(0, iis_appcmd.F_)(options.application)}`;
        const root = options.directory ?? external_node_path_default().join(defaultStateDir({ env: process.env, platform: process.platform, uid: process.getuid?.() }), STATE_LAYOUT.locks);
        const lockPath = external_node_path_default().join(root, lockNameFor(options));
        external_node_fs_default().mkdirSync(root, { recursive: true });
        const start = clock.now();
        let lastReport;
        for (; ; ) {
          if (options.signal?.aborted)
            throw new core_errors.cc(`Cancelled while waiting for the deploy lock of ${target}.`);
          const now = clock.now();
          try {
            external_node_fs_default().mkdirSync(lockPath);
            const owner2 = {
              token: external_node_crypto_default().randomUUID(),
              pid: process.pid,
              host: hostname,
              startedAt: now,
              heartbeatAt: now,
              description: options.description,
              target,
              processStart: processStartOf(process.pid)
            };
            try {
              writeOwner(lockPath, owner2);
            } catch (error) {
              external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
              throw error;
            }
            const waitedMs = now - start;
            if (lastReport !== void 0)
              options.reporter.info(`Got the deploy lock of ${target} after ${Math.round(waitedMs / 1e3)} s.`);
            else
              options.reporter.debug(`Deploy lock of ${target}: ${lockPath}`);
            return holdLock(lockPath, owner2, waitedMs, { clock, heartbeatMs, reporter: options.reporter, target });
          } catch (error) {
            if (error.code !== "EEXIST")
              throw error;
          }
          const owner = readOwner(lockPath);
          if (owner) {
            const verdict = judgeLockHolder(owner, now, { hostname, staleMs, isProcessAlive, processStartOf });
            if (verdict.stale) {
              options.reporter.warning(`Breaking the deploy lock of ${target} held by ${describeHolder(owner, now)}: ${verdict.reason}.`);
              breakStaleLock(lockPath, owner.token, staleMs, now);
              continue;
            }
          } else {
            const age = ageOf(lockPath, now);
            if (age !== void 0 && age > staleMs) {
              options.reporter.warning(`Breaking the deploy lock of ${target}: ${lockPath} has no owner since ${Math.round(age / 1e3)} s.`);
              breakStaleLock(lockPath, void 0, staleMs, now);
              continue;
            }
          }
          const holder = owner ? describeHolder(owner, now) : "a deploy that is starting";
          const waited = now - start;
          if (waited >= timeoutMs) {
            throw new core_errors.MU(`Another deploy of ${target} still holds the deploy lock after ${Math.round(waited / 1e3)} s: ${holder}.
Fix: wait for it to finish, or raise the lock timeout. If you are sure no deploy is running, delete ${lockPath}.`);
          }
          if (lastReport === void 0 || now - lastReport >= reportEveryMs) {
            options.reporter.info(`Waiting for another deploy of ${target} to finish: ${holder}. Lock: ${lockPath}`);
            lastReport = now;
          }
          await clock.sleep(Math.min(pollMs, Math.max(1, timeoutMs - waited)), options.signal);
        }
      }
      function holdLock(lockPath, owner, waitedMs, context) {
        let released = false;
        let lost = false;
        heldAtExit.set(lockPath, owner.token);
        installExitHook();
        const timer = setInterval(() => {
          if (released || lost)
            return;
          if (readOwner(lockPath)?.token !== owner.token) {
            lost = true;
            context.reporter.warning(`The deploy lock of ${context.target} was taken over by another run (it judged this one crashed): another deploy may now run at the same time.`);
            return;
          }
          try {
            writeOwner(lockPath, { ...owner, heartbeatAt: context.clock.now() });
          } catch {
          }
        }, context.heartbeatMs);
        timer.unref();
        return {
          path: lockPath,
          owner,
          waitedMs,
          assertHeld: () => {
            if (released)
              throw new LockLostError(`The deploy lock of ${context.target} was already released.`);
            const holder = readOwner(lockPath);
            if (!lost && holder?.token === owner.token)
              return;
            lost = true;
            throw new LockLostError(`This run lost the deploy lock of ${context.target}${holder ? ` to ${describeHolder(holder, context.clock.now())}` : ""}: it stopped before changing anything more. Another deploy may be running: check the server, then deploy again.`);
          },
          release: async () => {
            if (released)
              return;
            released = true;
            clearInterval(timer);
            heldAtExit.delete(lockPath);
            try {
              if (readOwner(lockPath)?.token === owner.token)
                external_node_fs_default().rmSync(lockPath, { recursive: true, force: true });
            } catch (error) {
              context.reporter.warning(`Could not remove the deploy lock ${lockPath}: ${error.message}. The next deploy breaks it once its heartbeat is stale.`);
            }
          }
        };
      }
      async function withDeployLock(options, fn) {
        const lock = await acquireDeployLock(options);
        try {
          return await fn(lock);
        } finally {
          await lock.release();
        }
      }
      ;
      function describeRunner(env) {
        if (env.GITHUB_RUN_ID)
          return `GitHub run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
        if (env.BUILD_BUILDID)
          return `Azure DevOps build ${env.BUILD_BUILDID}`;
        return `iis-deploy pid ${process.pid}`;
      }
      async function acquireLock(ctx, scope) {
        const o = ctx.options;
        if (ctx.dryRun || o.target === "iis-express" || o.msdeployUrl)
          return void 0;
        const site = scope === "site" ? o.site : void 0;
        return acquireDeployLock({
          scope: site === void 0 ? "server" : "site",
          site,
          application: o.application,
          directory: external_node_path_default().join(ctx.stateDir, STATE_LAYOUT.locks),
          reporter: ctx.reporter,
          clock: ctx.ports.clock,
          signal: ctx.signal,
          description: describeRunner(ctx.ports.env),
          timeoutMs: ctx.timing.lockTimeoutMs
        });
      }
      var app_pool = __nccwpck_require__2(4891);
      ;
      const APP_OFFLINE_FILE = "app_offline.htm";
      const APP_OFFLINE_MARKER = "<!-- written by iis-deploy -->";
      function findAppOfflineFiles(physicalPath) {
        try {
          return external_node_fs_default().readdirSync(physicalPath).filter((name) => name.toLowerCase() === APP_OFFLINE_FILE).map((name) => external_node_path_default().join(physicalPath, name));
        } catch {
          return [];
        }
      }
      function builtInAppOfflinePage() {
        const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="15">
<title>Updating \u2013 back in a moment</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; min-height: 100vh;
  display: flex; align-items: center; justify-content: center; background: #f6f7f9; color: #1f2328; }
main { max-width: 32rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .75rem; }
p { line-height: 1.5; margin: 0; color: #59636e; }
</style>
</head>
<body>
<main>
<h1>We are updating this site</h1>
<p>It will be back in a moment. This page reloads itself every 15 seconds.</p>
</main>
</body>
</html>
${APP_OFFLINE_MARKER}
`;
        return page;
      }
      function detectLeftoverAppOffline(physicalPath) {
        for (const file of findAppOfflineFiles(physicalPath)) {
          try {
            const stat = external_node_fs_default().statSync(file);
            const head = external_node_fs_default().readFileSync(file, "utf8").slice(-200);
            return { path: file, modifiedAt: stat.mtimeMs, writtenByIisDeploy: head.includes(APP_OFFLINE_MARKER) };
          } catch {
          }
        }
        return void 0;
      }
      function reportLeftover(leftover, reporter, action) {
        const since = new Date(leftover.modifiedAt).toISOString();
        const origin = leftover.writtenByIisDeploy ? "an earlier iis-deploy run failed before it could remove it" : "it was not written by iis-deploy (by hand, or by another tool)";
        reporter.warning(`${leftover.path} was already there (written ${since}): the app has been answering 503 with it since then; ${origin}. ${action}`, { file: leftover.path, title: "app_offline.htm left behind" });
      }
      function workersExitedProbe(appcmd, pool) {
        let before;
        return {
          description: `the worker processes of app pool '${pool}' exit`,
          prepare: async () => {
            before = await appcmd.listWorkerProcesses(pool);
          },
          check: async () => {
            const now = await appcmd.listWorkerProcesses(pool);
            const left = now.filter((pid) => before === void 0 || before.includes(pid));
            return left.length > 0 ? `worker PIDs ${left.join(", ")} still running` : void 0;
          }
        };
      }
      function openForWrite(file) {
        let fd;
        try {
          fd = external_node_fs_default().openSync(file, "r+");
          return void 0;
        } catch (error) {
          const code = error.code;
          return code === "ENOENT" ? void 0 : code ?? (0, core_errors.gJ)(error);
        } finally {
          if (fd !== void 0)
            external_node_fs_default().closeSync(fd);
        }
      }
      function lockedReason(file) {
        const code = openForWrite(file);
        if (code === void 0)
          return void 0;
        if (code === "EPERM" || code === "EACCES") {
          let mode;
          try {
            mode = external_node_fs_default().statSync(file).mode;
          } catch {
            return void 0;
          }
          if ((mode & 128) === 0) {
            try {
              external_node_fs_default().chmodSync(file, mode | 128);
            } catch {
              return void 0;
            }
            try {
              const again = openForWrite(file);
              return again === void 0 ? void 0 : `${external_node_path_default().basename(file)} is locked (${again}, read-only file)`;
            } finally {
              external_node_fs_default().chmodSync(file, mode);
            }
          }
        }
        return `${external_node_path_default().basename(file)} is locked (${code})`;
      }
      function filesWritableProbe(files) {
        const list = () => typeof files === "function" ? files() : files;
        return {
          description: "the app's binaries can be opened for writing",
          check: async () => {
            const held = list().map(lockedReason).filter((reason) => reason !== void 0);
            return held.length > 0 ? held.slice(0, 5).join("; ") : void 0;
          }
        };
      }
      function appBinaries(physicalPath) {
        try {
          return external_node_fs_default().readdirSync(physicalPath).filter((name) => /\.(dll|exe)$/i.test(name)).map((name) => external_node_path_default().join(physicalPath, name));
        } catch {
          return [];
        }
      }
      function allOf(...probes) {
        return {
          description: probes.map((p) => p.description).join(" and "),
          prepare: async () => {
            for (const probe of probes)
              await probe.prepare?.();
          },
          check: async () => {
            for (const probe of probes) {
              const reason = await probe.check();
              if (reason !== void 0)
                return reason;
            }
            return void 0;
          }
        };
      }
      async function removeAppOffline(options) {
        const attempts = options.attempts ?? 5;
        const removed = [];
        for (let attempt = 0; ; attempt++) {
          const files = findAppOfflineFiles(options.physicalPath);
          if (files.length === 0)
            return removed;
          let lastError;
          for (const file of files) {
            try {
              external_node_fs_default().rmSync(file, { force: true });
              removed.push(file);
            } catch (error) {
              lastError = error;
            }
          }
          if (findAppOfflineFiles(options.physicalPath).length === 0)
            return removed;
          if (attempt + 1 >= attempts) {
            const file = findAppOfflineFiles(options.physicalPath)[0] ?? external_node_path_default().join(options.physicalPath, APP_OFFLINE_FILE);
            throw new core_errors.v4(APP_OFFLINE_FILE, void 0, `Could not remove ${file}${lastError ? ` (${(0, core_errors.gJ)(lastError)})` : ""}: the app keeps answering 503.`, `Delete ${file} by hand; check that the deploy account may delete files in ${options.physicalPath}.`);
          }
          await options.clock.sleep((0, app_pool.xf)(attempt, { initialMs: 100, maxMs: 1e3 }));
        }
      }
      async function takeAppOffline(options) {
        const { physicalPath, reporter, clock } = options;
        if (!external_node_fs_default().existsSync(physicalPath))
          throw new core_errors.v4(APP_OFFLINE_FILE, void 0, `Cannot take the app offline: its folder ${physicalPath} does not exist.`, "Check `physical-path`, or create the application first (`create: true`).");
        const leftover = detectLeftoverAppOffline(physicalPath);
        if (leftover)
          reportLeftover(leftover, reporter, "This deploy replaces it and removes it when it ends.");
        await options.probe?.prepare?.();
        for (const file2 of findAppOfflineFiles(physicalPath))
          external_node_fs_default().rmSync(file2, { force: true });
        const file = external_node_path_default().join(physicalPath, APP_OFFLINE_FILE);
        external_node_fs_default().writeFileSync(file, options.content ?? builtInAppOfflinePage());
        const since = clock.now();
        reporter.info(`Wrote ${file}: the app answers 503 with it until the deploy ends.`);
        let online = false;
        const bringOnline2 = async () => {
          if (!online) {
            await removeAppOffline({ physicalPath, reporter, clock });
            online = true;
            reporter.info(`Removed ${file}: the app is back online.`);
          }
          return { offlineMs: clock.now() - since };
        };
        let released = false;
        try {
          if (options.probe)
            released = await waitForRelease(options, options.probe);
        } catch (error) {
          try {
            await bringOnline2();
          } catch (removeError) {
            reporter.error((0, core_errors.gJ)(removeError));
          }
          throw error;
        }
        return {
          path: file,
          leftover,
          released,
          get online() {
            return online;
          },
          bringOnline: bringOnline2
        };
      }
      async function waitForRelease(options, probe) {
        const { clock, reporter } = options;
        const timeoutMs = options.timeoutMs ?? 12e4;
        const start = clock.now();
        let lastReport = start;
        for (let attempt = 0; ; attempt++) {
          if (options.signal?.aborted)
            throw new core_errors.cc("Cancelled while waiting for the app to go offline.");
          const reason = await probe.check();
          const now = clock.now();
          if (reason === void 0) {
            reporter.info(`The app let go of its files after ${Math.round((now - start) / 1e3)} s (${probe.description}).`);
            return true;
          }
          if (now - start >= timeoutMs) {
            const message = `The app did not let go of its files within ${Math.round(timeoutMs / 1e3)} s after app_offline.htm appeared: ${reason}.`;
            const fix = "Open connections (WebSockets, long requests) delay the shutdown: raise `stop-timeout`, lower ANCM shutdownTimeLimit, or use `take-offline: both` to stop the pool as well.";
            if (options.onTimeout === "continue") {
              reporter.warning(`${message} Continuing; copying may meet locked files. ${fix}`);
              return false;
            }
            throw new core_errors.MU(`${message}
Fix: ${fix}`);
          }
          if (now - lastReport >= 1e4) {
            reporter.info(`Waiting until ${probe.description} (${Math.round((now - start) / 1e3)} s): ${reason}.`);
            lastReport = now;
          }
          const delay = options.poll ? (0, app_pool.xf)(attempt, options.poll) : app_pool.Oz;
          await clock.sleep(Math.min(delay, timeoutMs - (now - start)), options.signal);
        }
      }
      async function withAppOffline(options, fn) {
        const handle = await takeAppOffline(options);
        let failed = false;
        try {
          return await fn(handle);
        } catch (error) {
          failed = true;
          throw error;
        } finally {
          const stay = options.stayOffline === "always" || options.stayOffline === "on-failure" && failed;
          if (stay) {
            options.reporter.warning(`${handle.path} stays in place as requested: the app answers 503 until you remove it.`);
          } else if (failed) {
            try {
              await handle.bringOnline();
            } catch (removeError) {
              options.reporter.error(errorMessage(removeError));
            }
          } else {
            await handle.bringOnline();
          }
        }
      }
      async function removeLeftoverAppOffline(options) {
        const leftover = detectLeftoverAppOffline(options.physicalPath);
        if (!leftover)
          return [];
        reportLeftover(leftover, options.reporter, "Removing it now.");
        return removeAppOffline(options);
      }
      var shared = __nccwpck_require__2(3933);
      ;
      function settleWindow(ctx) {
        const o = ctx.options;
        const checked = o.healthCheckUrl !== void 0 && o.steps.includes("health-check");
        return checked ? Math.min(ctx.timing.poolSettleMs, ctx.timing.poolSettleCheckedMs) : ctx.timing.poolSettleMs;
      }
      async function bringOnline(ctx, target, state) {
        const pool = target.appPool;
        if (ctx.dryRun) {
          if (state.poolStopped && pool)
            ctx.plan.command("online", "appcmd", (0, iis_appcmd.w3)("start", pool));
          if (state.appOffline && target.physicalPath)
            ctx.plan.action("online", `delete ${external_node_path_default().join(target.physicalPath, APP_OFFLINE_FILE)}`);
          return;
        }
        const ledger = ctx.ledger;
        const removeOfflinePage = async () => {
          if (!state.appOffline || !target.physicalPath)
            return;
          await removeAppOffline({
            physicalPath: target.physicalPath,
            reporter: ctx.reporter,
            clock: ctx.ports.clock
          });
          state.appOffline = false;
          for (const m of ledger.open(["write-app-offline"]))
            ledger.revert(m, "removed: the app is online");
        };
        if (state.poolStopped && pool) {
          if (!state.poolWasRunning) {
            ctx.reporter.warning(`App pool '${pool}' was already stopped before the deploy: left stopped.`);
            for (const m of ledger.open(["stop-pool"]))
              ledger.revert(m, "left stopped, as the deploy found it");
          } else {
            await (0, app_pool._U)({
              appcmd: await (0, shared.aZ)(ctx),
              pool,
              timeoutMs: ctx.options.stopTimeoutMs,
              settleMs: settleWindow(ctx),
              onStarted: removeOfflinePage,
              // takeOffline saw it Stopped with no worker left: start it without another look first.
              knownState: "Stopped"
            });
            for (const m of ledger.open(["stop-pool"]))
              ledger.revert(m, "started again");
          }
          state.poolStopped = false;
        }
        await removeOfflinePage();
      }
      var health_check = __nccwpck_require__2(3008);
      ;
      async function checkHealth(ctx) {
        const o = ctx.options;
        const url = o.healthCheckUrl;
        if (ctx.dryRun) {
          ctx.plan.action("health-check", `GET ${url}${o.healthCheckHost ? ` (Host: ${o.healthCheckHost})` : ""} until HTTP ${o.healthCheckStatus.join("/")}`);
          return { healthy: true, url, bodyExcerpt: "", reason: "dry run", attempts: 0, elapsedMs: 0 };
        }
        return (0, health_check.Ns)({ http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter }, {
          url,
          expectedStatus: o.healthCheckStatus,
          contains: o.healthCheckContains,
          host: o.healthCheckHost,
          allowUntrusted: o.allowUntrusted,
          timeoutMs: o.healthCheckTimeoutMs,
          initialDelayMs: ctx.timing.healthInitialDelayMs,
          maxDelayMs: ctx.timing.healthMaxDelayMs,
          signal: ctx.signal
        });
      }
      ;
      async function cleanup(_ctx, app) {
        if (app.root)
          external_node_fs_default().rmSync(app.root, { recursive: true, force: true });
      }
      var command_line = __nccwpck_require__2(4925);
      ;
      const IIS_FEATURES = [
        { name: "WebServerRole", dism: "IIS-WebServerRole", serverManager: "Web-Server" },
        { name: "WebServer", dism: "IIS-WebServer", serverManager: "Web-WebServer" },
        { name: "CommonHttpFeatures", dism: "IIS-CommonHttpFeatures", serverManager: "Web-Common-Http" },
        { name: "StaticContent", dism: "IIS-StaticContent", serverManager: "Web-Static-Content" },
        { name: "DefaultDocument", dism: "IIS-DefaultDocument", serverManager: "Web-Default-Doc" },
        { name: "DirectoryBrowsing", dism: "IIS-DirectoryBrowsing", serverManager: "Web-Dir-Browsing" },
        { name: "HttpErrors", dism: "IIS-HttpErrors", serverManager: "Web-Http-Errors" },
        { name: "HttpRedirect", dism: "IIS-HttpRedirect", serverManager: "Web-Http-Redirect" },
        { name: "ApplicationDevelopment", dism: "IIS-ApplicationDevelopment", serverManager: "Web-App-Dev" },
        { name: "WebSockets", dism: "IIS-WebSockets", serverManager: "Web-WebSockets" },
        { name: "ApplicationInit", dism: "IIS-ApplicationInit", serverManager: "Web-AppInit" },
        { name: "ISAPIExtensions", dism: "IIS-ISAPIExtensions", serverManager: "Web-ISAPI-Ext" },
        { name: "ISAPIFilter", dism: "IIS-ISAPIFilter", serverManager: "Web-ISAPI-Filter" },
        { name: "ASPNET45", dism: "IIS-ASPNET45", serverManager: "Web-Asp-Net45" },
        { name: "NetFxExtensibility45", dism: "IIS-NetFxExtensibility45", serverManager: "Web-Net-Ext45" },
        { name: "CGI", dism: "IIS-CGI", serverManager: "Web-CGI" },
        { name: "ServerSideIncludes", dism: "IIS-ServerSideIncludes", serverManager: "Web-Includes" },
        { name: "HealthAndDiagnostics", dism: "IIS-HealthAndDiagnostics", serverManager: "Web-Health" },
        { name: "HttpLogging", dism: "IIS-HttpLogging", serverManager: "Web-Http-Logging" },
        { name: "RequestMonitor", dism: "IIS-RequestMonitor", serverManager: "Web-Request-Monitor" },
        { name: "HttpTracing", dism: "IIS-HttpTracing", serverManager: "Web-Http-Tracing" },
        { name: "Security", dism: "IIS-Security", serverManager: "Web-Security" },
        { name: "RequestFiltering", dism: "IIS-RequestFiltering", serverManager: "Web-Filtering" },
        { name: "BasicAuthentication", dism: "IIS-BasicAuthentication", serverManager: "Web-Basic-Auth" },
        { name: "WindowsAuthentication", dism: "IIS-WindowsAuthentication", serverManager: "Web-Windows-Auth" },
        { name: "DigestAuthentication", dism: "IIS-DigestAuthentication", serverManager: "Web-Digest-Auth" },
        {
          name: "ClientCertificateMappingAuthentication",
          dism: "IIS-ClientCertificateMappingAuthentication",
          serverManager: "Web-Client-Auth"
        },
        {
          name: "IISCertificateMappingAuthentication",
          dism: "IIS-IISCertificateMappingAuthentication",
          serverManager: "Web-Cert-Auth"
        },
        { name: "URLAuthorization", dism: "IIS-URLAuthorization", serverManager: "Web-Url-Auth" },
        { name: "IPSecurity", dism: "IIS-IPSecurity", serverManager: "Web-IP-Security" },
        { name: "Performance", dism: "IIS-Performance", serverManager: "Web-Performance" },
        { name: "HttpCompressionStatic", dism: "IIS-HttpCompressionStatic", serverManager: "Web-Stat-Compression" },
        {
          name: "HttpCompressionDynamic",
          dism: "IIS-HttpCompressionDynamic",
          serverManager: "Web-Dyn-Compression"
        },
        { name: "WebServerManagementTools", dism: "IIS-WebServerManagementTools", serverManager: "Web-Mgmt-Tools" },
        { name: "ManagementConsole", dism: "IIS-ManagementConsole", serverManager: "Web-Mgmt-Console" },
        {
          name: "ManagementScriptingTools",
          dism: "IIS-ManagementScriptingTools",
          serverManager: "Web-Scripting-Tools"
        },
        { name: "ManagementService", dism: "IIS-ManagementService", serverManager: "Web-Mgmt-Service" },
        { name: "HostableWebCore", dism: "IIS-HostableWebCore", serverManager: "Web-WHC" },
        {
          name: "IIS6ManagementCompatibility",
          dism: "IIS-IIS6ManagementCompatibility",
          serverManager: "Web-Mgmt-Compat"
        },
        { name: "Metabase", dism: "IIS-Metabase", serverManager: "Web-Metabase" }
      ];
      const WEB_SERVER_ROLE = ["IIS-WebServerRole", "IIS-WebServer"];
      function dismFeatureName(name) {
        const wanted = name.trim().toLowerCase();
        const entry = IIS_FEATURES.find((f) => f.name.toLowerCase() === wanted || f.dism.toLowerCase() === wanted || f.serverManager.toLowerCase() === wanted);
        return entry?.dism;
      }
      function resolveIisFeatures(names, input = "iis-features") {
        const errors = [];
        const resolved = [...WEB_SERVER_ROLE];
        for (const name of names) {
          if (name.trim() === "")
            continue;
          const dism = dismFeatureName(name);
          if (!dism) {
            errors.push(new core_errors.dz(input, `Input '${input}': '${name.trim()}' is not an IIS feature this action knows. Known: ${IIS_FEATURES.map((f) => f.name).join(", ")} (or their IIS-* / Web-* names).`));
          } else if (!resolved.includes(dism))
            resolved.push(dism);
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new core_errors.G(errors);
        return resolved;
      }
      function buildGetFeatureInfoArgs(feature) {
        return ["/online", "/get-featureinfo", `/featurename:${feature}`, "/English"];
      }
      function buildEnableFeaturesArgs(features) {
        return [
          "/online",
          "/enable-feature",
          ...features.map((f) => `/featurename:${f}`),
          "/all",
          "/norestart",
          "/quiet",
          "/English"
        ];
      }
      function parseFeatureState(output) {
        const value = /^\s*State\s*:\s*(.+?)\s*$/im.exec(output)?.[1]?.toLowerCase();
        const states = [
          "Enabled",
          "Disabled",
          "Disabled with Payload Removed",
          "Enable Pending",
          "Disable Pending"
        ];
        return states.find((s) => s.toLowerCase() === value);
      }
      function parseDismError(output) {
        return /^\s*Error:\s*(0x[0-9a-fA-F]+|\d+)/im.exec(output)?.[1]?.toLowerCase();
      }
      function exitCodeIs(actual, expected) {
        return actual === expected || expected > 255 && actual === (expected & 255);
      }
      const REBOOT_REQUIRED = 3010;
      function dismFix(code, text) {
        if (code === "740" || /elevat/i.test(text))
          return "Run elevated: DISM needs administrator rights.";
        if (code === "0x800f081f" || /source files could not be found/i.test(text))
          return "The feature payload is not on this machine: allow Windows Update, or point DISM at installation media (/Source) once by hand.";
        if (code === "0x800f080c" || /is unknown/i.test(text))
          return "This Windows edition does not offer the feature (ManagementService exists on Windows Server only).";
        return "See %windir%\\Logs\\DISM\\dism.log.";
      }
      async function ensureIisFeatures(options) {
        const { runner, dismPath, reporter } = options;
        const features = resolveIisFeatures(options.features);
        const result = { enabled: [], alreadyEnabled: [], rebootRequired: false };
        const dism = async (args) => {
          const shown2 = (0, command_line.z)("dism", args);
          reporter.debug(shown2);
          const run2 = await runner.run(dismPath, args, { silent: true, signal: options.signal });
          return { exitCode: run2.exitCode, text: `${run2.stdout}
${run2.stderr}`, shown: shown2 };
        };
        const fail2 = (shown2, exitCode, text) => {
          const code = parseDismError(text);
          const summary = text.trim().split(/\r?\n/).filter(Boolean).slice(-3).join(" ");
          throw new core_errors.v4("dism", exitCode, `${shown2} failed (${code ? `error ${code}` : `exit code ${exitCode}`}): ${summary}`, dismFix(code, text));
        };
        for (const feature of features) {
          const info2 = await dism(buildGetFeatureInfoArgs(feature));
          if (info2.exitCode !== 0)
            fail2(info2.shown, info2.exitCode, info2.text);
          const state = parseFeatureState(info2.text);
          if (state === "Enabled" || state === "Enable Pending") {
            result.alreadyEnabled.push(feature);
            if (state === "Enable Pending")
              result.rebootRequired = true;
            continue;
          }
          if (state === void 0)
            fail2(info2.shown, info2.exitCode, `no "State :" line in: ${info2.text}`);
          result.enabled.push(feature);
          reporter.info(`${options.dryRun ? "Would enable" : "Enabling"} ${feature} (now ${state}).`);
        }
        if (result.enabled.length > 0 && !options.dryRun) {
          reporter.info("DISM is enabling the features; this can take a few minutes.");
          const enable = await dism(buildEnableFeaturesArgs(result.enabled));
          if (exitCodeIs(enable.exitCode, REBOOT_REQUIRED))
            result.rebootRequired = true;
          else if (enable.exitCode !== 0)
            fail2(enable.shown, enable.exitCode, enable.text);
        }
        if (result.enabled.length === 0)
          reporter.info(`IIS features: all enabled already (${features.join(", ")}).`);
        if (result.rebootRequired)
          reporter.warning("A reboot is required to finish enabling IIS features (DISM 3010). The deploy continues; reboot the server when convenient.");
        return result;
      }
      ;
      async function ensure_iis_features_ensureIisFeatures(ctx) {
        const dism = await ctx.tool("dism");
        const result = await ensureIisFeatures({
          runner: ctx.ports.runner,
          dismPath: dism,
          reporter: ctx.reporter,
          features: ctx.options.iisFeatures,
          dryRun: ctx.dryRun,
          signal: ctx.signal
        });
        if (ctx.dryRun && result.enabled.length > 0)
          ctx.plan.command("iis-features", "dism", buildEnableFeaturesArgs(result.enabled));
        const parts = [
          result.enabled.length > 0 ? `${ctx.dryRun ? "would enable" : "enabled"} ${result.enabled.join(", ")}` : "",
          result.alreadyEnabled.length > 0 ? `already enabled: ${result.alreadyEnabled.join(", ")}` : "",
          result.rebootRequired ? "a reboot is required" : ""
        ].filter(Boolean);
        if (result.rebootRequired)
          ctx.reporter.warning("Enabling IIS features needs a reboot to finish.");
        return parts.join("; ") || "nothing to do";
      }
      ;
      function pathKey(relativePath) {
        return relativePath.toLowerCase();
      }
      function isWindowsStylePath(p) {
        return /^[A-Za-z]:([\\/]|$)/.test(p) || /^\\\\/.test(p);
      }
      function file_tree_pathApiFor(p) {
        return isWindowsStylePath(p) ? external_node_path_default().win32 : external_node_path_default();
      }
      function joinRelative(root, relativePath) {
        const api = file_tree_pathApiFor(root);
        return relativePath === "" ? root : api.join(root, ...relativePath.split("/"));
      }
      class TreeWalker {
        options;
        listing = {
          exists: false,
          directories: [],
          files: [],
          sizes: [],
          mtimes: [],
          links: []
        };
        stack = [];
        separator;
        constructor(root, options) {
          this.options = options;
          const api = file_tree_pathApiFor(root);
          this.separator = api.sep;
          let rootStat;
          try {
            rootStat = external_node_fs_default().statSync(root);
          } catch {
            return;
          }
          if (!rootStat.isDirectory()) {
            const input = options.input ?? options.side;
            throw new core_errors.dz(input, `Input '${input}': '${root}' is not a folder.`);
          }
          this.listing.exists = true;
          const real = options.side === "source" ? { real: external_node_fs_default().realpathSync(root) } : void 0;
          this.stack.push({ relative: "", absolute: root, chain: real });
        }
        get done() {
          return this.stack.length === 0;
        }
        /** Walks on until about `maxFiles` more files were listed (a folder is listed whole), or to the end. */
        walk(maxFiles = Infinity) {
          const { listing, options, separator, stack } = this;
          const follow = options.side === "source";
          const until = listing.files.length + maxFiles;
          while (stack.length > 0 && listing.files.length < until) {
            const folder = stack.pop();
            let names;
            try {
              names = external_node_fs_default().readdirSync(folder.absolute);
            } catch (error) {
              if (error.code === "ENOENT")
                continue;
              throw error;
            }
            const base = folder.absolute.endsWith(separator) ? folder.absolute : folder.absolute + separator;
            for (const name of names) {
              const relative = folder.relative === "" ? name : `${folder.relative}/${name}`;
              const absolute2 = base + name;
              let stat = external_node_fs_default().lstatSync(absolute2, { throwIfNoEntry: false });
              if (!stat)
                continue;
              let followed = false;
              if (stat.isSymbolicLink()) {
                if (!follow) {
                  listing.links.push(relative);
                  continue;
                }
                stat = statThroughLink(absolute2, relative, options);
                if (!stat)
                  continue;
                followed = true;
              }
              if (stat.isDirectory()) {
                if (options.ignoreDirectory?.(relative))
                  continue;
                listing.directories.push(relative);
                const chain = folder.chain && {
                  real: followed ? checkNoLoop(absolute2, relative, folder.chain, options) : folder.chain.real + separator + name,
                  parent: folder.chain
                };
                stack.push({ relative, absolute: absolute2, chain });
              } else if (stat.isFile()) {
                if (options.ignoreFile?.(relative))
                  continue;
                listing.files.push(relative);
                listing.sizes.push(stat.size);
                listing.mtimes.push(stat.mtimeMs);
              }
            }
          }
          return this;
        }
      }
      function sourceInput(options) {
        return options.input ?? "source";
      }
      function statThroughLink(absolute2, relative, options) {
        try {
          return external_node_fs_default().statSync(absolute2, { throwIfNoEntry: false });
        } catch (error) {
          if (error.code !== "ELOOP")
            throw error;
          const input = sourceInput(options);
          throw new core_errors.dz(input, `Input '${input}': '${relative}' is a symbolic link loop (resolving ${absolute2} never ends, ELOOP). Remove the link, or exclude it with 'exclude: ${relative}'.`);
        }
      }
      function checkNoLoop(absolute2, relative, chain, options) {
        const real = external_node_fs_default().realpathSync(absolute2);
        const same = isWindowsStylePath(real) ? (other) => other.toLowerCase() === real.toLowerCase() : (other) => other === real;
        for (let above = chain; above; above = above.parent) {
          if (!same(above.real))
            continue;
          const input = sourceInput(options);
          throw new core_errors.dz(input, `Input '${input}': the link '${relative}' points to ${real}, a folder that contains it: following it would loop for ever. Remove the link, or exclude it with 'exclude: ${relative}/'.`);
        }
        return real;
      }
      function linkOnPath(root, relativePath, checked) {
        const parts = relativePath.split("/");
        let relative = "";
        for (const part of parts) {
          relative = relative === "" ? part : `${relative}/${part}`;
          const key = pathKey(relative);
          if (checked?.has(key))
            continue;
          const stat = external_node_fs_default().lstatSync(joinRelative(root, relative), { throwIfNoEntry: false });
          if (!stat)
            return void 0;
          if (stat.isSymbolicLink())
            return relative;
          if (stat.isDirectory())
            checked?.add(key);
        }
        return void 0;
      }
      function isUnderLink(relativePath, linkKeys) {
        if (linkKeys.size === 0)
          return false;
        const key = pathKey(relativePath);
        if (linkKeys.has(key))
          return true;
        for (let i = key.indexOf("/"); i !== -1; i = key.indexOf("/", i + 1)) {
          if (linkKeys.has(key.slice(0, i)))
            return true;
        }
        return false;
      }
      function treeScanOf(listing, options) {
        const scan = {
          exists: listing.exists,
          files: /* @__PURE__ */ new Map(),
          directories: /* @__PURE__ */ new Map(),
          links: listing.links
        };
        for (const relative of listing.directories)
          addUnique(scan.directories, relative, relative, options);
        const { files, sizes, mtimes } = listing;
        for (let i = 0; i < files.length; i++) {
          const relative = files[i];
          addUnique(scan.files, relative, { path: relative, size: sizes[i], mtimeMs: mtimes[i] }, options);
        }
        return scan;
      }
      function scanTree(root, options) {
        return treeScanOf(new TreeWalker(root, options).walk().listing, options);
      }
      function addUnique(map, relative, value, options) {
        const key = pathKey(relative);
        const existing = map.get(key);
        if (existing === void 0) {
          map.set(key, value);
          return;
        }
        if (options.side === "source") {
          const other = typeof existing === "string" ? existing : existing.path;
          const input = options.input ?? "source";
          throw new core_errors.dz(input, `Input '${input}': '${other}' and '${relative}' differ only in case; a Windows file system cannot hold both. Rename one of them.`);
        }
      }
      function copyFileKeepingTime(from, to) {
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(to), { recursive: true });
        external_node_fs_default().copyFileSync(from, to);
        const stat = external_node_fs_default().statSync(from);
        external_node_fs_default().utimesSync(to, stat.atime, stat.mtime);
      }
      function removeTreeNoFollow(target) {
        let stat;
        try {
          stat = external_node_fs_default().lstatSync(target);
        } catch {
          return;
        }
        if (stat.isSymbolicLink()) {
          unlinkLink(target);
          return;
        }
        if (!stat.isDirectory()) {
          external_node_fs_default().rmSync(target, { force: true });
          return;
        }
        for (const name of external_node_fs_default().readdirSync(target))
          removeTreeNoFollow(external_node_path_default().join(target, name));
        external_node_fs_default().rmdirSync(target);
      }
      function unlinkLink(link) {
        try {
          external_node_fs_default().unlinkSync(link);
        } catch (error) {
          const code = error.code;
          if (code === "EPERM" || code === "EISDIR")
            external_node_fs_default().rmdirSync(link);
          else if (code !== "ENOENT")
            throw error;
        }
      }
      function comparePaths(a, b) {
        const ka = pathKey(a);
        const kb = pathKey(b);
        if (ka !== kb)
          return ka < kb ? -1 : 1;
        return a < b ? -1 : a > b ? 1 : 0;
      }
      var glob = __nccwpck_require__2(5153);
      ;
      const PAIRED_CLAIMED_HERE = 1;
      const PAIRED_CLAIMED_BY_WORKER = 2;
      const PAIRED_CLAIMS_CLOSED = 3;
      function walkPairedUnits(fileApi, compare, settings, claims, claimant, fromEnd, afterUnit) {
        const result = {
          bail: null,
          files: 0,
          comparedBytes: 0,
          adds: [],
          addBytes: [],
          updates: [],
          updateBytes: [],
          deletes: [],
          deleteBytes: [],
          unchanged: 0,
          unchangedSource: [],
          unchangedTarget: [],
          retimed: [],
          forceCopy: [],
          newDirectories: [],
          extraDirectories: [],
          links: [],
          shadowed: []
        };
        const { checksum, toleranceMs, deleteExtra, listUnchanged, sourceSeparator, targetSeparator } = settings;
        const ignore = settings.ignore === null ? null : new RegExp(settings.ignore, "i");
        const chunk = checksum ? 1 << 20 : 0;
        const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
        const openFlags = fileApi.constants.O_RDONLY | (fileApi.constants.O_NOFOLLOW ?? 0) | (fileApi.constants.O_NONBLOCK ?? 0);
        const NONE = 0;
        const FILE = 1;
        const DIRECTORY = 2;
        const LINK = 3;
        function list(folder, regular) {
          try {
            if (regular === null)
              return fileApi.readdirSync(folder);
            const entries2 = fileApi.readdirSync(folder, { withFileTypes: true });
            const names = new Array(entries2.length);
            for (let i = 0; i < entries2.length; i++) {
              const entry = entries2[i];
              names[i] = entry.name;
              regular.push(entry.isFile());
            }
            return names;
          } catch (error) {
            if (error.code === "ENOENT")
              return [];
            throw error;
          }
        }
        function stat(absolute2) {
          return absolute2 === null ? void 0 : fileApi.lstatSync(absolute2, { throwIfNoEntry: false });
        }
        function sameTime(a, b) {
          return Math.abs(a - b) < toleranceMs;
        }
        function unchanged(sourceRel, targetRel) {
          result.unchanged++;
          if (listUnchanged) {
            result.unchangedSource.push(sourceRel);
            result.unchangedTarget.push(targetRel);
          }
        }
        function recordCompared(sourceRel, targetRel, size, sameBytes, sameTimes) {
          result.comparedBytes += size;
          if (sameBytes) {
            unchanged(sourceRel, targetRel);
            if (!sameTimes)
              result.retimed.push(targetRel);
          } else {
            result.updates.push(targetRel);
            result.updateBytes.push(size);
            if (sameTimes)
              result.forceCopy.push(targetRel);
          }
        }
        function flush(pending) {
          if (pending.sizes.length === 0)
            return;
          const same = compare(fileApi, buffers, pending.paths, pending.sizes);
          for (let i = 0; i < pending.sizes.length; i++) {
            recordCompared(pending.sourceRel[i], pending.targetRel[i], pending.sizes[i], same[i] === 1, pending.sameTime[i]);
          }
        }
        function pairOpenFiles(sourceAbs, targetAbs, sourceRel, targetRel) {
          let sourceFd = -1;
          let targetFd = -1;
          try {
            try {
              sourceFd = fileApi.openSync(sourceAbs, openFlags);
              targetFd = fileApi.openSync(targetAbs, openFlags);
            } catch {
              return false;
            }
            const source = fileApi.fstatSync(sourceFd);
            const target = fileApi.fstatSync(targetFd);
            if (!source.isFile() || !target.isFile())
              return false;
            result.files++;
            const size = source.size;
            if (size !== target.size) {
              result.updates.push(targetRel);
              result.updateBytes.push(size);
              return true;
            }
            const sameBytes = compare(fileApi, buffers, [sourceFd, targetFd], [size])[0] === 1;
            recordCompared(sourceRel, targetRel, size, sameBytes, sameTime(source.mtimeMs, target.mtimeMs));
            return true;
          } finally {
            if (sourceFd >= 0)
              fileApi.closeSync(sourceFd);
            if (targetFd >= 0)
              fileApi.closeSync(targetFd);
          }
        }
        function pairEntry(sourceAbs, targetAbs, sourceRel, targetRel, shadowed, pending, folders, bothPlainFiles = false) {
          if (bothPlainFiles && sourceAbs !== null && targetAbs !== null && !shadowed && (ignore === null || !ignore.test(sourceRel) && !ignore.test(targetRel)) && pairOpenFiles(sourceAbs, targetAbs, sourceRel, targetRel)) {
            return;
          }
          const sourceStat = stat(sourceAbs);
          const targetStat = stat(targetAbs);
          let sourceKind = NONE;
          if (sourceStat !== void 0) {
            if (sourceStat.isSymbolicLink()) {
              result.bail = `the source holds a symbolic link ('${sourceRel}')`;
              return;
            }
            if (sourceStat.isDirectory())
              sourceKind = ignore !== null && ignore.test(sourceRel + "/") ? NONE : DIRECTORY;
            else if (sourceStat.isFile())
              sourceKind = ignore !== null && ignore.test(sourceRel) ? NONE : FILE;
          }
          let targetKind = NONE;
          if (targetStat !== void 0) {
            if (targetStat.isSymbolicLink())
              targetKind = LINK;
            else if (targetStat.isDirectory())
              targetKind = ignore !== null && ignore.test(targetRel + "/") ? NONE : DIRECTORY;
            else if (targetStat.isFile())
              targetKind = ignore !== null && ignore.test(targetRel) ? NONE : FILE;
          }
          if (sourceKind === FILE)
            result.files++;
          if (targetKind === LINK || shadowed) {
            if (targetKind === LINK)
              result.links.push(targetRel);
            if (sourceKind === FILE)
              result.shadowed.push(sourceRel);
            else if (sourceKind === DIRECTORY)
              folders.push([sourceAbs, null, sourceRel, "", true]);
            return;
          }
          if (sourceKind === FILE && targetKind === FILE) {
            const source = sourceStat;
            const target = targetStat;
            if (source.size !== target.size) {
              result.updates.push(targetRel);
              result.updateBytes.push(source.size);
            } else if (checksum) {
              pending.paths.push(sourceAbs, targetAbs);
              pending.sizes.push(source.size);
              pending.sourceRel.push(sourceRel);
              pending.targetRel.push(targetRel);
              pending.sameTime.push(sameTime(source.mtimeMs, target.mtimeMs));
            } else if (!sameTime(source.mtimeMs, target.mtimeMs)) {
              result.updates.push(targetRel);
              result.updateBytes.push(source.size);
            } else
              unchanged(sourceRel, targetRel);
            return;
          }
          if (sourceKind === DIRECTORY && targetKind === DIRECTORY) {
            folders.push([sourceAbs, targetAbs, sourceRel, targetRel, false]);
            return;
          }
          if (sourceKind === FILE) {
            result.adds.push(sourceRel);
            result.addBytes.push(sourceStat.size);
          } else if (sourceKind === DIRECTORY) {
            result.newDirectories.push(sourceRel);
            folders.push([sourceAbs, null, sourceRel, "", false]);
          }
          if (targetKind === FILE) {
            if (deleteExtra) {
              result.deletes.push(targetRel);
              result.deleteBytes.push(targetStat.size);
            }
          } else if (targetKind === DIRECTORY) {
            if (deleteExtra)
              result.extraDirectories.push(targetRel);
            folders.push([null, targetAbs, "", targetRel, false]);
          }
        }
        function pairFolder(sourceAbs, targetAbs, sourceRel, targetRel, shadowed) {
          const sourcePlain = checksum ? [] : null;
          const targetPlain = checksum ? [] : null;
          const sourceNames = sourceAbs === null ? [] : list(sourceAbs, sourcePlain);
          const targetNames = targetAbs === null ? [] : list(targetAbs, targetPlain);
          const twins = /* @__PURE__ */ new Map();
          for (let i = 0; i < targetNames.length; i++) {
            const key = targetNames[i].toLowerCase();
            if (twins.has(key)) {
              result.bail = `the target folder '${targetRel}' holds names that differ only in case`;
              return;
            }
            twins.set(key, i);
          }
          const seen = /* @__PURE__ */ new Set();
          const pending = { paths: [], sizes: [], sourceRel: [], targetRel: [], sameTime: [] };
          const folders = [];
          const sourceBase2 = sourceAbs === null ? "" : sourceAbs + sourceSeparator;
          const targetBase2 = targetAbs === null ? "" : targetAbs + targetSeparator;
          const sourcePrefix = sourceRel === "" ? "" : sourceRel + "/";
          const targetPrefix = targetRel === "" ? "" : targetRel + "/";
          for (let i = 0; i < sourceNames.length; i++) {
            const name = sourceNames[i];
            const key = name.toLowerCase();
            if (seen.has(key)) {
              result.bail = `the source folder '${sourceRel}' holds names that differ only in case`;
              return;
            }
            seen.add(key);
            const index = twins.get(key);
            const twin = index === void 0 ? void 0 : targetNames[index];
            if (index !== void 0)
              twins.delete(key);
            pairEntry(sourceBase2 + name, twin === void 0 ? null : targetBase2 + twin, sourcePrefix + name, twin === void 0 ? "" : targetPrefix + twin, shadowed, pending, folders, index !== void 0 && sourcePlain !== null && sourcePlain[i] === true && targetPlain?.[index] === true);
            if (result.bail !== null)
              return;
          }
          for (const index of twins.values()) {
            const twin = targetNames[index];
            pairEntry(null, targetBase2 + twin, "", targetPrefix + twin, shadowed, pending, folders);
          }
          flush(pending);
          for (const [s, t, sRel, tRel, shadow] of folders) {
            pairFolder(s, t, sRel, tRel, shadow);
            if (result.bail !== null)
              return;
          }
        }
        const units = settings.sourceNames.length;
        const sourceBase = settings.source.endsWith(sourceSeparator) ? settings.source : settings.source + sourceSeparator;
        const targetBase = settings.target.endsWith(targetSeparator) ? settings.target : settings.target + targetSeparator;
        for (let step = 0; step < units; step++) {
          const unit = fromEnd ? units - 1 - step : step;
          if (Atomics.compareExchange(claims, unit, 0, claimant) !== 0)
            continue;
          const sourceName = settings.sourceNames[unit];
          const targetName = settings.targetNames[unit];
          const pending = { paths: [], sizes: [], sourceRel: [], targetRel: [], sameTime: [] };
          const folders = [];
          pairEntry(sourceName === null ? null : sourceBase + sourceName, targetName === null ? null : targetBase + targetName, sourceName ?? "", targetName ?? "", false, pending, folders, checksum && settings.plainFiles?.[unit] === true);
          if (result.bail === null)
            flush(pending);
          for (const [s, t, sRel, tRel, shadow] of folders) {
            if (result.bail !== null)
              break;
            pairFolder(s, t, sRel, tRel, shadow);
          }
          if (result.bail !== null) {
            for (let other = 0; other < units; other++)
              Atomics.compareExchange(claims, other, 0, 3);
            return result;
          }
          if (afterUnit !== null)
            afterUnit(result);
        }
        return result;
      }
      const WALK_PAIRED_UNITS_SOURCE = walkPairedUnits.toString();
      ;
      function comparePairs(fileApi, buffers, paths, sizes, shared2) {
        const count = sizes.length;
        const same = shared2 ? shared2.same : new Uint8Array(count);
        const chunk = buffers[0].length;
        const [first, second] = buffers;
        const fds = [-1, -1];
        const given = [-1, -1];
        const lengths = [0, 0];
        let pair = shared2 ? Atomics.add(shared2.next, 0, shared2.batch) : 0;
        let end = shared2 ? Math.min(count, pair + shared2.batch) : count;
        for (; pair < end; pair++) {
          const size = sizes[pair];
          let equal = true;
          try {
            for (let side = 0; side < 2; side++) {
              const file = paths[2 * pair + side];
              if (typeof file === "number")
                given[side] = file;
              else
                fds[side] = fileApi.openSync(file, "r");
            }
            for (let offset = 0; equal && offset < size; offset += chunk) {
              const wanted = Math.min(chunk, size - offset);
              for (let side = 0; side < 2; side++) {
                let total = 0;
                while (total < wanted) {
                  const read2 = fileApi.readSync(given[side] >= 0 ? given[side] : fds[side], buffers[side], total, wanted - total, null);
                  if (read2 === 0)
                    break;
                  total += read2;
                }
                lengths[side] = total;
              }
              const [readFirst, readSecond] = lengths;
              equal = readFirst === readSecond && first.compare(second, 0, readSecond, 0, readFirst) === 0;
              if (readFirst < wanted)
                break;
            }
          } finally {
            for (let side = 0; side < 2; side++) {
              if (fds[side] >= 0)
                fileApi.closeSync(fds[side]);
              fds[side] = -1;
              given[side] = -1;
            }
          }
          same[pair] = equal ? 1 : 0;
          if (shared2 && pair + 1 === end) {
            pair = Atomics.add(shared2.next, 0, shared2.batch) - 1;
            end = Math.min(count, pair + 1 + shared2.batch);
          }
        }
        return same;
      }
      const COMPARE_PAIRS_SOURCE = comparePairs.toString();
      ;
      const CLAIMED_BY_WORKER = 1;
      const CLAIMED_HERE = 2;
      function walkTargetUnits(fileApi, root, separator, names, claims, claimant, fromEnd, ignoreSource) {
        const ignore = ignoreSource === null ? null : new RegExp(ignoreSource, "i");
        const base = root.endsWith(separator) ? root : root + separator;
        const units = [];
        for (let step = 0; step < names.length; step++) {
          const unit = fromEnd ? names.length - 1 - step : step;
          if (Atomics.compareExchange(claims, unit, 0, claimant) !== 0)
            continue;
          const name = names[unit];
          const listing = {
            unit,
            kind: "none",
            size: 0,
            mtimeMs: 0,
            directories: [],
            files: [],
            sizes: [],
            mtimes: [],
            links: []
          };
          units.push(listing);
          const stat = fileApi.lstatSync(base + name, { throwIfNoEntry: false });
          if (!stat)
            continue;
          if (stat.isSymbolicLink())
            listing.kind = "link";
          else if (stat.isFile()) {
            if (ignore !== null && ignore.test(name))
              continue;
            listing.kind = "file";
            listing.size = stat.size;
            listing.mtimeMs = stat.mtimeMs;
          } else if (stat.isDirectory()) {
            if (ignore !== null && ignore.test(name + "/"))
              continue;
            listing.kind = "directory";
            const stack = [{ relative: name, absolute: base + name }];
            while (stack.length > 0) {
              const folder = stack.pop();
              let entries2;
              try {
                entries2 = fileApi.readdirSync(folder.absolute);
              } catch (error) {
                if (error.code === "ENOENT")
                  continue;
                throw error;
              }
              const folderBase = folder.absolute + separator;
              for (const entry of entries2) {
                const relative = folder.relative + "/" + entry;
                const absolute2 = folderBase + entry;
                const entryStat = fileApi.lstatSync(absolute2, { throwIfNoEntry: false });
                if (!entryStat)
                  continue;
                if (entryStat.isSymbolicLink())
                  listing.links.push(relative);
                else if (entryStat.isDirectory()) {
                  if (ignore !== null && ignore.test(relative + "/"))
                    continue;
                  listing.directories.push(relative);
                  stack.push({ relative, absolute: absolute2 });
                } else if (entryStat.isFile()) {
                  if (ignore !== null && ignore.test(relative))
                    continue;
                  listing.files.push(relative);
                  listing.sizes.push(entryStat.size);
                  listing.mtimes.push(entryStat.mtimeMs);
                }
              }
            }
          }
        }
        return units;
      }
      const WALK_TARGET_UNITS_SOURCE = walkTargetUnits.toString();
      function mergeUnitListings(names, ...parts) {
        const byUnit = new Array(names.length);
        for (const part of parts) {
          for (const unit of part) {
            if (byUnit[unit.unit] !== void 0)
              throw new Error(`The target walk listed '${names[unit.unit]}' twice.`);
            byUnit[unit.unit] = unit;
          }
        }
        const listing = { exists: true, directories: [], files: [], sizes: [], mtimes: [], links: [] };
        for (let index = 0; index < names.length; index++) {
          const unit = byUnit[index];
          if (unit === void 0)
            throw new Error(`The target walk did not list '${names[index]}'.`);
          const name = names[index];
          if (unit.kind === "file") {
            listing.files.push(name);
            listing.sizes.push(unit.size);
            listing.mtimes.push(unit.mtimeMs);
          } else if (unit.kind === "directory")
            listing.directories.push(name);
          else if (unit.kind === "link")
            listing.links.push(name);
        }
        for (let index = byUnit.length - 1; index >= 0; index--) {
          const unit = byUnit[index];
          if (unit.kind !== "directory")
            continue;
          for (const directory of unit.directories)
            listing.directories.push(directory);
          for (let i = 0; i < unit.files.length; i++) {
            listing.files.push(unit.files[i]);
            listing.sizes.push(unit.sizes[i]);
            listing.mtimes.push(unit.mtimes[i]);
          }
          for (const link of unit.links)
            listing.links.push(link);
        }
        return listing;
      }
      var external_node_module_ = __nccwpck_require__2(8995);
      ;
      const WORKER_SOURCE = String.raw`
'use strict'
const fs = require('node:fs')
const { parentPort } = require('node:worker_threads')
// esbuild (tsx, vitest) with keepNames wraps nested functions in __name(fn, 'name'), a helper of the module that
// compiled them: the worker has its own, which keeps the function as it is.
const __name = (target) => target

${WALK_TARGET_UNITS_SOURCE}

${COMPARE_PAIRS_SOURCE}

${WALK_PAIRED_UNITS_SOURCE}

const buffers = [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)]

parentPort.on('message', (message) => {
  try {
    if (message.type === 'walk-target') {
      const units = walkTargetUnits(fs, message.root, message.separator, message.names, message.claims, ${CLAIMED_BY_WORKER}, false, message.ignore)
      parentPort.postMessage({ id: message.id, units })
    } else if (message.type === 'paired-walk') {
      const result = walkPairedUnits(fs, comparePairs, message.settings, message.claims, ${PAIRED_CLAIMED_BY_WORKER}, true, null)
      parentPort.postMessage({ id: message.id, result })
    } else {
      comparePairs(fs, buffers, message.pairs, message.sizes, message.shared)
      parentPort.postMessage({ id: message.id })
    }
  } catch (error) {
    // The other threads stop at their next claim: the plan fails with this error.
    if (message.type === 'compare') Atomics.store(message.shared.next, 0, message.sizes.length)
    if (message.type === 'paired-walk') {
      for (let unit = 0; unit < message.claims.length; unit++) Atomics.compareExchange(message.claims, unit, 0, ${PAIRED_CLAIMS_CLOSED})
    }
    parentPort.postMessage({ id: message.id, error: { message: error.message, code: error.code, path: error.path } })
  }
})
`;
      function workerThreads() {
        return (0, external_node_module_.createRequire)(import.meta.url)("node:worker_threads");
      }
      class TreeWorkers {
        workers = [];
        pending = /* @__PURE__ */ new Map();
        nextId = 0;
        /**
         * How many threads compare content: one per core, at most 4 (beyond, the disk is the limit). This thread is one of
         * them, so a plan starts `compareThreads() - 1` workers for it.
         */
        static compareThreads() {
          return Math.max(1, Math.min(4, external_node_os_default().availableParallelism()));
        }
        worker(index) {
          while (this.workers.length <= index) {
            const worker = new (workerThreads()).Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
            worker.unref();
            worker.on("message", (reply) => {
              const waiting = this.pending.get(reply.id);
              if (!waiting)
                return;
              this.pending.delete(reply.id);
              if (reply.error) {
                const { message, code, path } = reply.error;
                waiting.reject(Object.assign(new Error(message), { code, path }));
              } else
                waiting.resolve(reply);
            });
            const failAll = (error) => {
              for (const waiting of this.pending.values())
                waiting.reject(error);
              this.pending.clear();
            };
            worker.on("error", failAll);
            worker.on("exit", (code) => failAll(new Error(`The planner's worker thread ended (exit code ${code}) before answering.`)));
            this.workers.push(worker);
          }
          return this.workers[index];
        }
        request(index, message) {
          const id = this.nextId++;
          return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker(index).postMessage({ ...message, id });
          });
        }
        /** Starts worker `index` now, so its start-up overlaps other work. */
        warmUp(index = 0) {
          this.worker(index);
        }
        /**
         * Worker 0's part of the target's walk (target-walk.ts): the root entries `names` it claims first in `claims`,
         * from the first on; `ignore` is the regular expression (case-insensitive) of paths to leave out.
         */
        async walkTarget(root, separator, names, claims, ignore) {
          const reply = await this.request(0, { type: "walk-target", root, separator, names, claims, ignore });
          return reply.units;
        }
        /**
         * Worker `index`'s part of the paired walk (paired-walk.ts): the units it claims first in `claims`, from the last
         * on, while this thread takes them from the first.
         */
        async walkPaired(index, settings, claims) {
          const reply = await this.request(index, { type: "paired-walk", settings, claims });
          return reply.result;
        }
        /**
         * For each pair of files, whether they hold the same bytes: this thread and up to `compareThreads() - 1` workers
         * take the pairs `batch` at a time from one shared counter, so a few large files do not hold up the rest and no
         * thread waits for the next batch to be sent. Like rsync, a file is read up to the size the walk saw (both have
         * that size): no extra read to find its end. This thread is busy until its share is done.
         */
        async sameContent(pairs, batch = 256) {
          const paths = pairs.flatMap((pair) => [pair.source, pair.target]);
          const sizes = Float64Array.from(pairs, (pair) => pair.size);
          const shared2 = {
            next: new Int32Array(new SharedArrayBuffer(4)),
            batch,
            same: new Uint8Array(new SharedArrayBuffer(Math.max(1, pairs.length)))
          };
          const helpers = Math.min(TreeWorkers.compareThreads() - 1, Math.ceil(pairs.length / batch) - 1);
          const replies = Array.from({ length: Math.max(0, helpers) }, (_, index) => this.request(index, { type: "compare", pairs: paths, sizes, shared: shared2 }));
          for (const reply of replies)
            reply.catch(() => {
            });
          let failure;
          try {
            comparePairs(external_node_fs_default(), [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)], paths, sizes, shared2);
          } catch (error) {
            Atomics.store(shared2.next, 0, pairs.length);
            failure = error;
          }
          const settled = await Promise.allSettled(replies);
          if (failure !== void 0)
            throw failure;
          for (const outcome of settled)
            if (outcome.status === "rejected")
              throw outcome.reason;
          return Array.from(pairs, (_, i) => shared2.same[i] === 1);
        }
        close() {
          for (const worker of this.workers.splice(0))
            void worker.terminate();
        }
      }
      ;
      const DEFAULT_PRESERVE = ["App_Data", "logs"];
      const RELEASE_MARKER_FILE = ".iis-deploy-release";
      const EXACT_TIME_TOLERANCE_MS = 1;
      const FAT_TIME_TOLERANCE_MS = 2e3;
      const LOCKED_FILE_RULES = [
        {
          test: (name) => name.endsWith(".dll") || name.endsWith(".exe"),
          reason: "mapped into the worker (in-process w3wp.exe or the out-of-process app/dotnet.exe): Windows refuses to overwrite or delete them while the app runs (ERROR 32, ERROR_FILE_IN_USE; windows-facts \xA74.6, \xA76)"
        },
        {
          test: (name) => name === "web.config",
          reason: "IIS and ANCM restart the app when it changes: mid-copy the new configuration would start against the old binaries (windows-facts \xA72, \xA76)"
        },
        {
          test: (name) => name.endsWith(".runtimeconfig.json") || name.endsWith(".deps.json"),
          reason: "read by the .NET host only at start and describe the binaries: a change takes effect only with a restart, which must come with the matching binaries"
        },
        {
          test: (name) => name.endsWith(".pdb"),
          reason: "symbols of the loaded assemblies; whether the runtime holds them open is unverified, and they change together with their .dll, so counting them costs no extra downtime"
        }
        // Not counted: .so/.dylib (never loaded on Windows), appsettings*.json (reloadOnChange), static content (IIS
        // and Kestrel open it per request with sharing).
      ];
      function lockedFileReason(relativePath) {
        const name = (relativePath.split("/").pop() ?? relativePath).toLowerCase();
        return LOCKED_FILE_RULES.find((rule) => rule.test(name))?.reason;
      }
      function isLockedFile(relativePath) {
        return lockedFileReason(relativePath) !== void 0;
      }
      function parsePreserveList(values) {
        const parsed = (0, glob.Yk)(values ?? DEFAULT_PRESERVE, "preserve", true);
        for (const p of parsed) {
          if ((0, glob.rl)(p.body)) {
            throw new core_errors.dz("preserve", `Input 'preserve': '${p.raw}' has a wildcard; list target paths relative to the app root (e.g. App_Data, logs, wwwroot/uploads).`);
          }
        }
        return parsed;
      }
      function buildSyncFilters(exclude, preserve) {
        const excluded = (0, glob.Yk)(exclude, "exclude");
        const preserved = parsePreserveList(preserve);
        const offline = (0, glob.Yk)([APP_OFFLINE_FILE, `/${RELEASE_MARKER_FILE}`], "app_offline");
        const protectedSource = [...excluded, ...preserved, ...offline].map((p) => `(?:${(0, glob.GK)(p)})`).join("|");
        const regex = new RegExp(protectedSource, "i");
        return {
          exclude: excluded,
          preserve: preserved,
          isProtectedFile: (p) => regex.test(p),
          // A folder is protected when its own path is, or when a folder-only pattern takes its content.
          isProtectedDirectory: (p) => regex.test(`${p}/`),
          protectedSource
        };
      }
      function timesDiffer(a, b, toleranceMs) {
        return Math.abs(a.mtimeMs - b.mtimeMs) >= toleranceMs;
      }
      function childPathJoiner(root) {
        const separator = file_tree_pathApiFor(root).sep;
        const base = root.endsWith(separator) ? root : root + separator;
        return separator === "/" ? (relativePath) => base + relativePath : (relativePath) => base + relativePath.replaceAll("/", separator);
      }
      const WORKER_TREE_THRESHOLD = 2e3;
      const WORKER_COMPARE_PAIRS = 2e3;
      const WORKER_COMPARE_BYTES = 32 * 1024 * 1024;
      const PAIRED_WORKER_FILES = 500;
      async function scanBoth(options, filters, workers) {
        const scanOptions = {
          ignoreFile: filters.isProtectedFile,
          ignoreDirectory: filters.isProtectedDirectory
        };
        const sourceOptions = { ...scanOptions, side: "source", input: "source" };
        const targetOptions = { ...scanOptions, side: "target", input: "physical-path" };
        const sourceWalk = new TreeWalker(options.source, sourceOptions);
        if (!sourceWalk.listing.exists) {
          throw missingSource(options.source);
        }
        const targetWalk = new TreeWalker(options.target, targetOptions);
        sourceWalk.walk(WORKER_TREE_THRESHOLD);
        const names = workers && !sourceWalk.done ? targetRootNames(targetWalk, options.target) : void 0;
        if (!workers || !names) {
          sourceWalk.walk();
          targetWalk.walk();
          return {
            source: treeScanOf(sourceWalk.listing, sourceOptions),
            target: treeScanOf(targetWalk.listing, targetOptions)
          };
        }
        const separator = file_tree_pathApiFor(options.target).sep;
        const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, names.length)));
        const pending = workers.walkTarget(options.target, separator, names, claims, filters.protectedSource);
        pending.catch(() => {
        });
        if (options.checksum)
          for (let i = 1; i < TreeWorkers.compareThreads() - 1; i++)
            workers.warmUp(i);
        sourceWalk.walk();
        let source;
        let sourceError;
        try {
          source = treeScanOf(sourceWalk.listing, sourceOptions);
        } catch (error) {
          sourceError = error;
        }
        const here = walkTargetUnits(external_node_fs_default(), options.target, separator, names, claims, CLAIMED_HERE, true, filters.protectedSource);
        const target = treeScanOf(mergeUnitListings(names, await pending, here), targetOptions);
        if (!source)
          throw sourceError;
        return { source, target };
      }
      function missingSource(source) {
        return new core_errors.dz("source", `Input 'source': the folder '${source}' does not exist.`);
      }
      function targetRootNames(targetWalk, target) {
        if (!targetWalk.listing.exists)
          return void 0;
        try {
          const names = external_node_fs_default().readdirSync(target);
          return names.length > 0 ? names : void 0;
        } catch {
          return void 0;
        }
      }
      async function sameContent(pairs, workers) {
        const bytes = pairs.reduce((sum, pair) => sum + pair.size, 0);
        if (workers && (pairs.length >= WORKER_COMPARE_PAIRS || bytes >= WORKER_COMPARE_BYTES)) {
          return workers.sameContent(pairs);
        }
        const paths = pairs.flatMap((pair) => [pair.source, pair.target]);
        const same = comparePairs(external_node_fs_default(), [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)], paths, pairs.map((pair) => pair.size));
        return Array.from(same, (flag) => flag === 1);
      }
      function workerThreadsPayOff() {
        return external_node_os_default().availableParallelism() > 1;
      }
      async function planChanges(options) {
        const filters = buildSyncFilters(options.exclude, options.preserve);
        const useWorkers = options.workerThreads ?? workerThreadsPayOff();
        if (options.pairedWalk !== false) {
          const plan = await planPaired(options, filters, useWorkers);
          if (plan)
            return plan;
        }
        const workers = useWorkers ? new TreeWorkers() : void 0;
        try {
          return await planWith(options, filters, workers);
        } finally {
          workers?.close();
        }
      }
      async function planPairedWalk(options) {
        const filters = buildSyncFilters(options.exclude, options.preserve);
        return planPaired(options, filters, options.workerThreads ?? workerThreadsPayOff());
      }
      function rootUnits(source, target) {
        const sourceNames = [];
        const targetNames = [];
        const plainFiles = [];
        const byKey = /* @__PURE__ */ new Map();
        for (const entry of external_node_fs_default().readdirSync(source, { withFileTypes: true })) {
          const key = pathKey(entry.name);
          if (byKey.has(key))
            return void 0;
          byKey.set(key, sourceNames.length);
          sourceNames.push(entry.name);
          targetNames.push(null);
          plainFiles.push(entry.isFile());
        }
        const twins = /* @__PURE__ */ new Set();
        for (const entry of target === void 0 ? [] : readFolderIfThere(target)) {
          const key = pathKey(entry.name);
          if (twins.has(key))
            return void 0;
          twins.add(key);
          const unit = byKey.get(key);
          if (unit !== void 0) {
            targetNames[unit] = entry.name;
            plainFiles[unit] = plainFiles[unit] === true && entry.isFile();
          } else {
            sourceNames.push(null);
            targetNames.push(entry.name);
            plainFiles.push(false);
          }
        }
        for (let unit = 0; unit < targetNames.length; unit++)
          if (targetNames[unit] === null)
            plainFiles[unit] = false;
        return { sourceNames, targetNames, plainFiles };
      }
      function readFolderIfThere(folder) {
        try {
          return external_node_fs_default().readdirSync(folder, { withFileTypes: true });
        } catch (error) {
          if (error.code === "ENOENT")
            return [];
          throw error;
        }
      }
      async function planPaired(options, filters, useWorkers) {
        const sourceWalk = new TreeWalker(options.source, { side: "source", input: "source" });
        if (!sourceWalk.listing.exists) {
          throw missingSource(options.source);
        }
        const targetExists = new TreeWalker(options.target, { side: "target", input: "physical-path" }).listing.exists;
        const units = rootUnits(options.source, targetExists ? options.target : void 0);
        if (!units)
          return void 0;
        const settings = {
          source: options.source,
          target: options.target,
          sourceSeparator: file_tree_pathApiFor(options.source).sep,
          targetSeparator: file_tree_pathApiFor(options.target).sep,
          ...units,
          ignore: filters.protectedSource === "" ? null : filters.protectedSource,
          checksum: options.checksum === true,
          toleranceMs: options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS,
          deleteExtra: options.deleteExtra === true,
          listUnchanged: options.listUnchanged === true
        };
        const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, units.sourceNames.length)));
        let workers;
        const replies = [];
        const startWorkers = (found) => {
          if (workers || !claims.includes(0))
            return;
          if (found.files < PAIRED_WORKER_FILES && found.comparedBytes < WORKER_COMPARE_BYTES)
            return;
          workers = new TreeWorkers();
          for (let i = 0; i < TreeWorkers.compareThreads() - 1; i++) {
            const reply = workers.walkPaired(i, settings, claims);
            reply.catch(() => {
            });
            replies.push(reply);
          }
        };
        try {
          let here;
          try {
            here = walkPairedUnits(external_node_fs_default(), comparePairs, settings, claims, PAIRED_CLAIMED_HERE, false, settings.checksum && useWorkers ? startWorkers : null);
          } catch (error) {
            for (let unit = 0; unit < claims.length; unit++)
              Atomics.compareExchange(claims, unit, 0, PAIRED_CLAIMS_CLOSED);
            await Promise.allSettled(replies);
            throw error;
          }
          const parts = [here, ...await Promise.all(replies)];
          if (parts.some((part) => part.bail !== null))
            return void 0;
          return assemblePlan(options, filters, pairedParts(parts));
        } finally {
          workers?.close();
        }
      }
      function pairedParts(parts) {
        const plan = {
          changes: [],
          unchanged: 0,
          unchangedFiles: [],
          retimed: [],
          forceCopy: [],
          bytesToDelete: 0,
          extraDirectories: [],
          newDirectories: [],
          targetLinks: [],
          shadowedByLinks: []
        };
        for (const part of parts) {
          part.adds.forEach((path, i) => plan.changes.push({ path, kind: "add", bytes: part.addBytes[i] }));
          part.updates.forEach((path, i) => plan.changes.push({ path, kind: "update", bytes: part.updateBytes[i] }));
          part.deletes.forEach((path, i) => {
            const bytes = part.deleteBytes[i];
            plan.changes.push({ path, kind: "delete", bytes });
            plan.bytesToDelete += bytes;
          });
          plan.unchanged += part.unchanged;
          part.unchangedSource.forEach((path, i) => plan.unchangedFiles.push({ path, targetPath: part.unchangedTarget[i] }));
          plan.retimed.push(...part.retimed);
          plan.forceCopy.push(...part.forceCopy);
          plan.extraDirectories.push(...part.extraDirectories);
          plan.newDirectories.push(...part.newDirectories);
          plan.targetLinks.push(...part.links);
          plan.shadowedByLinks.push(...part.shadowed);
        }
        return plan;
      }
      async function planWith(options, filters, workers) {
        const { source, target } = await scanBoth(options, filters, workers);
        const tolerance = options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS;
        const changes = [];
        const toCompare = [];
        let unchanged = 0;
        const unchangedFiles = [];
        const linkKeys = new Set(target.links.map(pathKey));
        const shadowedByLinks = [];
        source.files.forEach((file, key) => {
          if (isUnderLink(file.path, linkKeys)) {
            shadowedByLinks.push(file.path);
            return;
          }
          const existing = target.files.get(key);
          if (!existing)
            changes.push({ path: file.path, kind: "add", bytes: file.size });
          else if (existing.size !== file.size)
            changes.push({ path: existing.path, kind: "update", bytes: file.size });
          else if (options.checksum)
            toCompare.push({ source: file, target: existing });
          else if (timesDiffer(file, existing, tolerance))
            changes.push({ path: existing.path, kind: "update", bytes: file.size });
          else {
            unchanged++;
            if (options.listUnchanged)
              unchangedFiles.push({ path: file.path, targetPath: existing.path });
          }
        });
        const retimed = [];
        const forceCopy = [];
        if (toCompare.length > 0) {
          const inSource = childPathJoiner(options.source);
          const inTarget = childPathJoiner(options.target);
          const same = await sameContent(toCompare.map((pair) => ({
            source: inSource(pair.source.path),
            target: inTarget(pair.target.path),
            size: pair.source.size
          })), workers);
          toCompare.forEach((pair, i) => {
            if (!same[i]) {
              changes.push({ path: pair.target.path, kind: "update", bytes: pair.source.size });
              if (!timesDiffer(pair.source, pair.target, tolerance))
                forceCopy.push(pair.target.path);
            } else {
              unchanged++;
              if (options.listUnchanged)
                unchangedFiles.push({ path: pair.source.path, targetPath: pair.target.path });
              if (timesDiffer(pair.source, pair.target, tolerance))
                retimed.push(pair.target.path);
            }
          });
        }
        let bytesToDelete = 0;
        const extraDirectories = [];
        if (options.deleteExtra) {
          target.files.forEach((file, key) => {
            if (source.files.has(key))
              return;
            changes.push({ path: file.path, kind: "delete", bytes: file.size });
            bytesToDelete += file.size;
          });
          target.directories.forEach((dir, key) => {
            if (!source.directories.has(key))
              extraDirectories.push(dir);
          });
        }
        const newDirectories = [];
        source.directories.forEach((dir, key) => {
          if (!target.directories.has(key) && !isUnderLink(dir, linkKeys))
            newDirectories.push(dir);
        });
        return assemblePlan(options, filters, {
          changes,
          unchanged,
          unchangedFiles,
          retimed,
          forceCopy,
          bytesToDelete,
          extraDirectories,
          newDirectories,
          targetLinks: [...target.links],
          shadowedByLinks
        });
      }
      function assemblePlan(options, filters, parts) {
        const { changes, extraDirectories, newDirectories, retimed, forceCopy } = parts;
        changes.sort((a, b) => comparePaths(a.path, b.path));
        extraDirectories.sort((a, b) => b.split("/").length - a.split("/").length || comparePaths(a, b));
        newDirectories.sort((a, b) => a.split("/").length - b.split("/").length || comparePaths(a, b));
        retimed.sort(comparePaths);
        forceCopy.sort(comparePaths);
        const locked = changes.filter((c) => isLockedFile(c.path));
        let filesAdded = 0;
        let filesUpdated = 0;
        let filesDeleted = 0;
        let bytesToCopy = 0;
        for (const c of changes) {
          if (c.kind === "add")
            filesAdded++;
          else if (c.kind === "update")
            filesUpdated++;
          else
            filesDeleted++;
          if (c.kind !== "delete")
            bytesToCopy += c.bytes;
        }
        return {
          changes,
          filesAdded,
          filesUpdated,
          filesDeleted,
          bytesToCopy,
          touchesLockedFiles: locked.length > 0,
          unchanged: parts.unchanged,
          ...options.listUnchanged ? { unchangedFiles: parts.unchangedFiles.sort((a, b) => comparePaths(a.path, b.path)) } : {},
          bytesToDelete: parts.bytesToDelete,
          lockedChanges: locked.slice(0, 20).map((c) => c.path),
          extraDirectories,
          newDirectories,
          retimed,
          forceCopy,
          compared: options.checksum ? "checksum" : "size-and-time",
          targetLinks: parts.targetLinks.sort(comparePaths),
          shadowedByLinks: parts.shadowedByLinks.sort(comparePaths),
          exclude: filters.exclude.map((p) => p.raw),
          preserve: filters.preserve.map((p) => p.raw)
        };
      }
      function alignTargetTimes(plan, source, target) {
        let count = 0;
        for (const relative of plan.retimed) {
          const stat = external_node_fs_default().statSync(joinRelative(source, relative));
          external_node_fs_default().utimesSync(joinRelative(target, relative), stat.atime, stat.mtime);
          count++;
        }
        for (const relative of plan.forceCopy ?? []) {
          const stat = external_node_fs_default().statSync(joinRelative(source, relative));
          const older = new Date(stat.mtimeMs - 1e4);
          external_node_fs_default().utimesSync(joinRelative(target, relative), older, older);
          count++;
        }
        return count;
      }
      function summarizePlan(plan) {
        const parts = [
          `${plan.filesAdded} to add`,
          `${plan.filesUpdated} to update`,
          `${plan.filesDeleted} to delete`
        ];
        const locked = plan.touchesLockedFiles ? "touches files the app holds" : "static files only: the app can stay online";
        return `${parts.join(", ")} (${plan.bytesToCopy} bytes to copy); ${locked}`;
      }
      ;
      const RUNTIMECONFIG = ".runtimeconfig.json";
      function listFolder(folder) {
        try {
          return external_node_fs_default().readdirSync(folder, { withFileTypes: true });
        } catch {
          return [];
        }
      }
      function findFileIgnoreCase(folder, name) {
        const entries2 = listFolder(folder).filter((e) => e.isFile() || e.isSymbolicLink());
        const exact = entries2.find((e) => e.name === name);
        const match = exact ?? entries2.find((e) => e.name.toLowerCase() === name.toLowerCase());
        return match ? external_node_path_default().join(folder, match.name) : void 0;
      }
      function findWebConfig(publishDir) {
        return findFileIgnoreCase(publishDir, "web.config");
      }
      function readRuntimeConfig(publishDir, appName) {
        const file = findFileIgnoreCase(publishDir, `${appName}${RUNTIMECONFIG}`);
        if (!file)
          return void 0;
        const text = external_node_fs_default().readFileSync(file, "utf8").replace(/^\uFEFF/, "");
        try {
          return JSON.parse(text);
        } catch (error) {
          throw new core_errors.dz("source", `${file} is not valid JSON (${error.message}); re-run dotnet publish to regenerate it.`);
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
          throw new core_errors.dz(input, `No *.runtimeconfig.json in ${publishDir}: is it the output of 'dotnet publish'? Set '${input}' to the assembly name (e.g. MyApp).`);
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
          throw new core_errors.dz(input, `Several apps in ${publishDir}: ${candidates.map((c) => `${c}${RUNTIMECONFIG}`).join(", ")}. Set '${input}' to the one IIS runs (e.g. ${candidates[0]}).`);
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
          throw new core_errors.dz(input, `${appName} is published self-contained but ${publishDir} has no ${appName}.exe: publish for a Windows runtime (-r win-x64) or set '${input}: false'.`);
        }
        return Boolean(exe);
      }
      function lookupPublishFile(publishDir, written) {
        const value = written.trim();
        if (value.includes("%") || external_node_path_default().win32.isAbsolute(value) || /^[a-z]:/i.test(value))
          return { status: "unchecked" };
        const parts = value.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
        let current = publishDir;
        for (const [index, part] of parts.entries()) {
          if (part === "..")
            return { status: "unchecked" };
          const last = index === parts.length - 1;
          const entries2 = listFolder(current);
          const match = entries2.find((e) => e.name === part) ?? entries2.find((e) => e.name.toLowerCase() === part.toLowerCase());
          if (!match || (last ? match.isDirectory() : !match.isDirectory())) {
            return { status: "missing", path: external_node_path_default().join(publishDir, ...parts) };
          }
          current = external_node_path_default().join(current, match.name);
        }
        return parts.length ? { status: "found", path: current } : { status: "missing", path: publishDir };
      }
      var parse_xml = __nccwpck_require__2(7680);
      var xml_document = __nccwpck_require__2(7864);
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
      var xml_edit = __nccwpck_require__2(461);
      ;
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
      class WebConfigError extends core_errors.dz {
        diagnostics;
        name = "WebConfigError";
        constructor(diagnostics) {
          super("web-config", diagnostics.map(formatDiagnostic).join("\n"));
          this.diagnostics = diagnostics;
        }
      }
      ;
      const ASPNETCORE_HANDLER = "aspNetCore";
      const MODULE_V2 = "AspNetCoreModuleV2";
      const MODULE_V1 = "AspNetCoreModule";
      const HOSTING_MODELS = ["inprocess", "outofprocess"];
      function equalsIgnoreCase(a, b) {
        return a !== void 0 && a.toLowerCase() === b.toLowerCase();
      }
      function isAppLocation(location) {
        const path = (0, xml_edit.D$)(location, "path");
        return path === void 0 || path.trim() === "" || path.trim() === ".";
      }
      function appWebServerSections(root) {
        const sections = [];
        for (const child of (0, xml_edit.AR)(root)) {
          if (child.name === "system.webServer")
            sections.push(child);
          else if (child.name === "location" && isAppLocation(child))
            sections.push(...(0, xml_edit.AR)(child, "system.webServer"));
        }
        return sections;
      }
      function isAspNetCoreName(name) {
        return equalsIgnoreCase(name, ASPNETCORE_HANDLER);
      }
      function isAspNetCoreHandler(add) {
        if (isAspNetCoreName((0, xml_edit.D$)(add, "name")))
          return true;
        const modules = (0, xml_edit.D$)(add, "modules");
        return modules !== void 0 && /^aspnetcoremodule(v2)?$/i.test(modules.trim());
      }
      function appAspNetCoreElement(root) {
        for (const section of appWebServerSections(root)) {
          const element = (0, xml_edit.AR)(section, "aspNetCore")[0];
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
        return (0, xml_edit.AR)(root, "location").find(isAppLocation) ?? root;
      }
      function firstDescendant(root, name) {
        const stack = [root];
        while (stack.length) {
          const element = stack.pop();
          if (element !== root && element.name === name)
            return element;
          const children = (0, xml_edit.AR)(element);
          for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
        }
        return void 0;
      }
      function toDocument(input, file) {
        if (typeof input !== "string")
          return input;
        try {
          return (0, parse_xml.NO)(input, file);
        } catch (error) {
          if (error instanceof parse_xml.mI)
            throw new WebConfigError([readErrorDiagnostic(error)]);
          throw error;
        }
      }
      function toConfigurationDocument(input, file) {
        const doc = toDocument(input, file);
        const root = doc.root;
        if (root.name !== "configuration") {
          const { line, column } = doc.position(root.offset);
          throw new WebConfigError([
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
          return (0, xml_document.qU)(text);
        } catch (error) {
          if (error instanceof xml_document.R_) {
            throw new WebConfigError([
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
        const value = (0, xml_edit.D$)(aspNetCore, "hostingModel")?.trim().toLowerCase();
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
          let quoted2 = false;
          while (i < value.length && (quoted2 || !/\s/.test(value[i]))) {
            const ch = value[i];
            if (ch === '"')
              quoted2 = !quoted2;
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
        const doc = toConfigurationDocument(source, file);
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
        const process2 = options.selfContained ? `processPath=".\\${base}${options.executableExtension ?? ".exe"}"` : `processPath="dotnet" arguments=".\\${base}.dll"`;
        return `did not exist: generated what dotnet publish writes (${process2}, hostingModel="${options.hostingModel ?? "inprocess"}")`;
      }
      const NOT_XML_CHARACTER = (
        // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
      );
      function checkXmlText(input, what, value) {
        const bad = NOT_XML_CHARACTER.exec(value);
        if (bad) {
          const code = bad[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
          throw new core_errors.dz(input, `${what} contains U+${code}, which XML (and so web.config) cannot hold.`);
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
          throw new core_errors.dz("app-name", `Input 'app-name' is '${options.appName}': use the assembly name, e.g. MyApp (no path).`);
        }
        if (options.hostingModel !== void 0 && !HOSTING_MODELS.includes(options.hostingModel.toLowerCase())) {
          throw new core_errors.dz("hosting-model", `Input 'hosting-model' is '${options.hostingModel}': use inprocess or outofprocess.`);
        }
        const seen = /* @__PURE__ */ new Map();
        for (const variable of options.environmentVariables ?? []) {
          const key = variable.name.toLowerCase();
          if (!variable.name.trim() || variable.name.includes("=")) {
            throw new core_errors.dz("environment-variables", `'${variable.name}' is not an environment variable name.`);
          }
          const first = seen.get(key);
          if (first !== void 0) {
            throw new core_errors.dz("environment-variables", `${first} is given twice${first === variable.name ? "" : ` (also as ${variable.name})`}; names are case-insensitive on Windows: keep one.`);
          }
          seen.set(key, variable.name);
          if (key === "aspnetcore_environment" && options.environment && variable.value !== options.environment) {
            throw new core_errors.dz("environment", `Both 'environment' and 'environment-variables' set ASPNETCORE_ENVIRONMENT, to different values: keep one.`);
          }
        }
      }
      function ensureWellFormed(element, doc, file) {
        try {
          (0, parse_xml.NO)((0, xml_document.Nt)(element), file);
        } catch (error) {
          if (error instanceof parse_xml.mI) {
            const { line, column } = doc.position(element.offset);
            throw new WebConfigError([
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
          const scope = editScope(root);
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
          let add = (0, xml_edit.AR)(handlers, "add").find((a) => isAspNetCoreName((0, xml_edit.D$)(a, "name")));
          if (!add) {
            const attributes = [
              ["name", ASPNETCORE_HANDLER],
              ["path", "*"],
              ["verb", "*"],
              ["modules", this.options.moduleName ?? MODULE_V2],
              ["resourceType", "Unspecified"]
            ];
            add = (0, xml_edit.ru)(handlers, (0, xml_edit.n)("add", attributes));
            this.note(`added <add ${attributes.map(([k, v]) => `${k}="${v}"`).join(" ")} /> to <handlers>`);
            return add;
          } else if ((0, xml_edit.Bq)(add, "name", ASPNETCORE_HANDLER)) {
            this.note(`handler: name="${ASPNETCORE_HANDLER}" (casing fixed)`);
          }
          this.fillIfEmpty(add, "path", "*");
          this.fillIfEmpty(add, "verb", "*");
          this.fillIfEmpty(add, "modules", this.options.moduleName ?? MODULE_V2);
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
            if (wanted.toLowerCase() === "inprocess" && equalsIgnoreCase(moduleName.trim(), MODULE_V1)) {
              throw new core_errors.dz("hosting-model", `In-process hosting is not supported by ${MODULE_V1} (the handler's modules): use outofprocess, or modules="${MODULE_V2}".`);
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
            if (!variables.some((v) => equalsIgnoreCase(v.name, variable.name)))
              variables.push(variable);
          }
          if (variables.length === 0)
            return;
          const container = this.getOrCreate(aspNetCore, "environmentVariables");
          for (const variable of variables) {
            const shown2 = variable.secret ? "(secret value)" : `"${variable.value}"`;
            const [entry, ...duplicates] = (0, xml_edit.AR)(container, "environmentVariable").filter((e) => equalsIgnoreCase((0, xml_edit.D$)(e, "name"), variable.name));
            if (!entry) {
              (0, xml_edit.ru)(container, (0, xml_edit.n)("environmentVariable", [
                ["name", variable.name],
                ["value", variable.value]
              ]));
              this.note(`environment variable ${variable.name} added: ${shown2}`, true);
              continue;
            }
            const renamed = (0, xml_edit.Bq)(entry, "name", variable.name);
            const revalued = (0, xml_edit.Bq)(entry, "value", variable.value);
            if (renamed || revalued)
              this.note(`environment variable ${variable.name} updated: ${shown2}`);
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
        return normalizeAppRelativePath(written) === normalizeAppRelativePath(dllPath);
      }
      function leadingAppArgument(args, dllPath) {
        const first = splitArguments(args)[0];
        if (first && sameAppFile(first.text, dllPath))
          return first;
        const name = normalizeAppRelativePath(dllPath);
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
        const root = toDocument(input, file).root;
        return effectiveHostingModel(appAspNetCoreElement(root));
      }
      function stdoutLogPath(input, file = "web.config") {
        const root = toDocument(input, file).root;
        const aspNetCore = appAspNetCoreElement(root);
        if (!aspNetCore)
          return void 0;
        const prefix = (0, xml_edit.D$)(aspNetCore, "stdoutLogFile")?.trim() || ".\\aspnetcore-stdout";
        const enabled = equalsIgnoreCase((0, xml_edit.D$)(aspNetCore, "stdoutLogEnabled")?.trim(), "true");
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
      ;
      function declaredEncoding(text) {
        const match = /^\uFEFF?\s*<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
        return match?.[1]?.toLowerCase();
      }
      function fail(file, message, rule = "not-well-formed", line = 1) {
        throw new WebConfigError([{ severity: "error", rule, file, line, column: line ? 1 : 0, message }]);
      }
      function decodeWebConfig(bytes, file) {
        let text;
        try {
          text = (0, parse_xml.vK)(bytes, file);
        } catch (error) {
          if (error instanceof parse_xml.mI)
            throw new WebConfigError([readErrorDiagnostic(error)]);
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
          stat = external_node_fs_default().statSync(file);
        } catch {
          fail(displayName, "The file does not exist.", "missing-file", 0);
        }
        if (stat.isDirectory())
          fail(displayName, "This is a directory, not a web.config file.", "not-well-formed", 0);
        return decodeWebConfig(external_node_fs_default().readFileSync(file), displayName);
      }
      function encodeWebConfig(text, encoding) {
        if (encoding === "utf8")
          return Buffer.from(text, "utf8");
        const body = Buffer.from(`\uFEFF${text.replace(/^\uFEFF/, "")}`, "utf16le");
        if (encoding === "utf16be")
          body.swap16();
        return body;
      }
      ;
      function liveHostingModel(folder) {
        const file = folder ? findWebConfig(folder) : void 0;
        if (!file)
          return void 0;
        try {
          return readHostingModel(readWebConfigSource(file).text, file);
        } catch {
          return void 0;
        }
      }
      function plan_changes_sameContent(a, b) {
        try {
          const left = external_node_fs_default().readFileSync(a);
          const right = external_node_fs_default().readFileSync(b);
          return left.equals(right);
        } catch {
          return false;
        }
      }
      async function plan_changes_planChanges(ctx, app, target) {
        const o = ctx.options;
        const hostingModel = liveHostingModel(target.physicalPath);
        const live = target.physicalPath;
        if (live && app.modified) {
          for (const relative of app.modified) {
            const ours = external_node_path_default().join(app.dir, relative);
            const theirs = external_node_path_default().join(live, relative);
            if (plan_changes_sameContent(ours, theirs)) {
              const time = external_node_fs_default().statSync(theirs).mtime;
              external_node_fs_default().utimesSync(ours, time, time);
            }
          }
        }
        const plan = await planChanges({
          source: app.dir,
          target: live ?? external_node_path_default().join(app.dir, ".nonexistent-target"),
          exclude: o.exclude,
          preserve: o.preserve,
          deleteExtra: o.deleteExtra,
          checksum: o.checksum
        });
        ctx.reporter.info(`Plan: ${plan.filesAdded} to add, ${plan.filesUpdated} to update, ${plan.filesDeleted} to delete (${plan.bytesToCopy} bytes)${plan.touchesLockedFiles ? "; the app loads some of them" : "; static files only"}.`);
        return { ...plan, liveHostingModel: hostingModel };
      }
      var atomic_write = __nccwpck_require__2(627);
      ;
      const SUB_APPLICATION_KINDS = (
        /* unused pure expression or super */
        null
      );
      const REMOVE_WHY = 'so the handler inherited from the parent ASP.NET Core app does not collide with it (IIS 500.19) when the parent does not use inheritInChildApplications="false"';
      function fitSubApplication(text, options) {
        const file = options.file ?? "web.config";
        if (text === void 0 && options.kind === "aspnetcore") {
          throw new core_errors.dz("web-config", `${file} does not exist: an ASP.NET Core sub-application needs its own web.config (run the transform first).`);
        }
        const newline = options.newline ?? "\r\n";
        const generated = text === void 0;
        const source = text ?? `<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}</configuration>`;
        const doc = toConfigurationDocument(source, file);
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
        const existing = (0, xml_edit.JV)(parent, name);
        if (existing)
          return existing;
        changes.push(`added <${name}>`);
        return (0, xml_edit.ru)(parent, (0, xml_edit.n)(name));
      }
      function removesInheritedHandler(handlers, before) {
        for (const child of (0, xml_edit.AR)(handlers)) {
          if (child === before)
            return false;
          if (child.name === "clear")
            return true;
          if (child.name === "remove" && isAspNetCoreName((0, xml_edit.D$)(child, "name")))
            return true;
        }
        return false;
      }
      function fitAspNetCoreChild(root) {
        const changes = [];
        const webServer = getOrCreate(editScope(root), "system.webServer", changes);
        let handlers = (0, xml_edit.JV)(webServer, "handlers");
        if (!handlers) {
          handlers = (0, xml_edit.n)("handlers");
          const aspNetCore = (0, xml_edit.JV)(webServer, "aspNetCore");
          if (aspNetCore)
            (0, xml_edit.Oj)(aspNetCore, handlers, "before");
          else
            (0, xml_edit.ru)(webServer, handlers);
          changes.push("added <handlers>");
        }
        let add = (0, xml_edit.AR)(handlers, "add").find((a) => isAspNetCoreName((0, xml_edit.D$)(a, "name")));
        if (!add) {
          add = (0, xml_edit.ru)(handlers, (0, xml_edit.n)("add", [
            ["name", ASPNETCORE_HANDLER],
            ["path", "*"],
            ["verb", "*"],
            ["modules", MODULE_V2],
            ["resourceType", "Unspecified"]
          ]));
          changes.push(`handlers: added the app's own aspNetCore handler: a parent published by dotnet publish (inheritInChildApplications="false") passes none down`);
        }
        if (!removesInheritedHandler(handlers, add)) {
          (0, xml_edit.Oj)(add, (0, xml_edit.n)("remove", [["name", ASPNETCORE_HANDLER]]), "before");
          changes.push(`handlers: added <remove name="aspNetCore" /> before the app's own handler, ${REMOVE_WHY}`);
        }
        return changes;
      }
      function fitOtherChild(root, file, generated) {
        const changes = [];
        const sections = appWebServerSections(root);
        const own = sections.flatMap((s) => (0, xml_edit.AR)(s, "handlers")).flatMap((h) => (0, xml_edit.AR)(h, "add")).find(isAspNetCoreHandler);
        if (own) {
          throw new core_errors.dz("web-config", `${file} has its own aspNetCore handler, so it is an ASP.NET Core app: use the ASP.NET Core sub-application mode.`);
        }
        const handlersElements = sections.flatMap((s) => (0, xml_edit.AR)(s, "handlers"));
        if (handlersElements.some((h) => removesInheritedHandler(h)))
          return changes;
        const scope = sections[0] ?? getOrCreate((0, xml_edit.AR)(root, "location").find(isAppLocation) ?? root, "system.webServer", changes);
        const handlers = handlersElements[0] ?? getOrCreate(scope, "handlers", changes);
        const remove = (0, xml_edit.n)("remove", [["name", ASPNETCORE_HANDLER]]);
        const first = (0, xml_edit.AR)(handlers)[0];
        if (first)
          (0, xml_edit.Oj)(first, remove, "before");
        else
          (0, xml_edit.ru)(handlers, remove);
        if (!generated) {
          changes.push('handlers: added <remove name="aspNetCore" />: this app is not ASP.NET Core, so the handler inherited from the parent ASP.NET Core app must not take its requests');
        }
        return changes;
      }
      function passesHandlerToChildren(parent, file = "web.config") {
        const root = toDocument(parent, file).root;
        if (root.name !== "configuration")
          return false;
        for (const child of (0, xml_edit.AR)(root)) {
          const blocked = child.name === "location" && /^false$/i.test((0, xml_edit.D$)(child, "inheritInChildApplications") ?? "");
          const sections = child.name === "system.webServer" ? [child] : child.name === "location" && isAppLocation(child) ? (0, xml_edit.AR)(child, "system.webServer") : [];
          for (const section of sections) {
            const handler = (0, xml_edit.AR)(section, "handlers").flatMap((h) => (0, xml_edit.AR)(h, "add")).find(isAspNetCoreHandler);
            if (handler && !blocked)
              return true;
          }
        }
        return false;
      }
      function subApplicationKindOf(text, file = "web.config") {
        if (text === void 0)
          return "other";
        const root = toConfigurationDocument(text, file).root;
        const own = appWebServerSections(root).flatMap((s) => (0, xml_edit.AR)(s, "handlers")).flatMap((h) => (0, xml_edit.AR)(h, "add")).some(isAspNetCoreHandler);
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
      ;
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
          doc = toDocument(input, options.file);
        } catch (error) {
          if (error instanceof WebConfigError)
            return error.diagnostics;
          throw error;
        }
        const sink = new DiagnosticSink(options.file, doc);
        new Validator(doc, sink, options).run();
        return sink.diagnostics;
      }
      function validateWebConfigFile(file, options = {}) {
        const name = options.displayName ?? file;
        if (!external_node_fs_default().existsSync(file))
          return [missingFile(name)];
        try {
          const source = readWebConfigSource(file, name);
          return validateWebConfig(source.text, { ...options, file: name });
        } catch (error) {
          if (error instanceof WebConfigError)
            return error.diagnostics;
          throw error;
        }
      }
      function validatePublishFolder(publishDir, options = {}) {
        const file = findWebConfig(publishDir);
        if (!file) {
          const missing = external_node_path_default().join(publishDir, "web.config");
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
          const sections = appWebServerSections(root);
          if (sections.length === 0) {
            const elsewhere = (0, xml_edit.AR)(root, "location").find((l) => (0, xml_edit.AR)(l, "system.webServer").length);
            this.sink.error("system-webserver-missing", root.offset, elsewhere ? `<system.webServer> appears only under <location path="${(0, xml_edit.D$)(elsewhere, "path")}">, which does not apply to the app itself: put it directly under <configuration> or under <location path=".">.` : "No <system.webServer> section: IIS will not run the app through the ASP.NET Core Module. Add the handler and <aspNetCore> element (or use 'web-config: transform').");
            return;
          }
          this.checkDuplicateSections(sections);
          const handler = this.checkHandlers(sections);
          const aspNetCore = sections.flatMap((s) => (0, xml_edit.AR)(s, "aspNetCore"))[0];
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
          const parents = [root, ...(0, xml_edit.AR)(root, "location")];
          for (const parent of parents) {
            for (const element of (0, xml_edit.AR)(parent)) {
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
            for (const element of (0, xml_edit.AR)(section)) {
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
          const handlersElements = sections.flatMap((s) => (0, xml_edit.AR)(s, "handlers"));
          let live = [];
          let removedBy;
          let guarded = false;
          for (const handlers of handlersElements) {
            for (const child of (0, xml_edit.AR)(handlers)) {
              if (child.name === "clear") {
                if (live.length)
                  removedBy = child;
                live = [];
                guarded = true;
              } else if (child.name === "remove" && isAspNetCoreName((0, xml_edit.D$)(child, "name"))) {
                if (live.some((a) => isAspNetCoreName((0, xml_edit.D$)(a, "name"))))
                  removedBy = child;
                live = live.filter((a) => !isAspNetCoreName((0, xml_edit.D$)(a, "name")));
                guarded = true;
              } else if (child.name === "add" && isAspNetCoreHandler(child)) {
                const name = (0, xml_edit.D$)(child, "name") ?? "";
                const same = live.find((a) => equalsIgnoreCase((0, xml_edit.D$)(a, "name"), name));
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
          const modules = (0, xml_edit.Oh)(add, "modules");
          const value = modules ? (0, xml_document.Sm)(modules.rawValue).trim() : void 0;
          if (value === void 0 || value === "") {
            this.sink.error("handler-attributes", modules?.valueOffset ?? add.offset, `The aspNetCore handler has no modules: write modules="${MODULE_V2}".`);
          } else if (equalsIgnoreCase(value, MODULE_V1)) {
            this.sink.warning("handler-module", modules.valueOffset, `modules="${value}" is the ASP.NET Core Module V1, not shipped since ASP.NET Core 3.0 (no in-process hosting): use ${MODULE_V2}.`);
          } else if (!equalsIgnoreCase(value, MODULE_V2)) {
            this.sink.error("handler-module", modules.valueOffset, `modules="${value}": the ASP.NET Core handler must use ${MODULE_V2}.`);
          }
          for (const [name, expected, consequence] of [
            ["path", "*", "only matching URLs reach the app"],
            ["verb", "*", "other HTTP methods never reach the app"]
          ]) {
            const attribute = (0, xml_edit.Oh)(add, name);
            if (!attribute) {
              this.sink.error("handler-attributes", add.offset, `The aspNetCore handler has no ${name} attribute, which IIS requires (500.19): write ${name}="${expected}".`);
            } else if ((0, xml_document.Sm)(attribute.rawValue).trim() !== expected) {
              this.sink.warning("handler-attributes", attribute.valueOffset, `${name}="${(0, xml_document.Sm)(attribute.rawValue)}": ${consequence}; dotnet publish writes ${name}="${expected}".`);
            }
          }
          const resourceType = (0, xml_edit.D$)(add, "resourceType");
          if (resourceType !== void 0 && !equalsIgnoreCase(resourceType.trim(), "Unspecified")) {
            this.sink.warning("handler-attributes", (0, xml_edit.Oh)(add, "resourceType").valueOffset, `resourceType="${resourceType}": IIS then only passes requests for existing files or folders, so app routes answer 404; write resourceType="Unspecified".`);
          }
        }
        // ---- aspNetCore ------------------------------------------------------------------------------------------
        checkAspNetCore(aspNetCore, handler) {
          for (const attribute of aspNetCore.attributes) {
            if (attribute.name.includes(":") || attribute.name === "xmlns")
              continue;
            if (ASPNETCORE_ATTRIBUTES[attribute.name])
              continue;
            const known = Object.keys(ASPNETCORE_ATTRIBUTES).find((k) => equalsIgnoreCase(attribute.name, k));
            this.sink.warning("unknown-attribute", attribute.offset, known ? `Unknown attribute ${attribute.name}: attribute names are case-sensitive, did you mean ${known}?` : `Unknown attribute ${attribute.name} on <aspNetCore>: the installed module may reject the file (500.19) or ignore it.`);
          }
          const hostingModel = this.checkHostingModel(aspNetCore, handler);
          this.checkProcess(aspNetCore);
          for (const [name, type] of Object.entries(ASPNETCORE_ATTRIBUTES)) {
            const attribute = (0, xml_edit.Oh)(aspNetCore, name);
            if (attribute)
              this.checkTypedAttribute(name, type, attribute, hostingModel);
          }
          if (equalsIgnoreCase((0, xml_edit.D$)(aspNetCore, "stdoutLogEnabled")?.trim(), "true")) {
            const file = (0, xml_edit.D$)(aspNetCore, "stdoutLogFile") ?? ".\\aspnetcore-stdout";
            this.sink.warning("stdout-log-enabled", (0, xml_edit.Oh)(aspNetCore, "stdoutLogEnabled").valueOffset, `stdoutLogEnabled="true": stdout logs (${file}_*.log) are never rotated or size-limited, and the app pool identity needs write access to their folder. Use them only to troubleshoot start-up, then set stdoutLogEnabled="false".`);
          }
          const seen = /* @__PURE__ */ new Set();
          for (const child of (0, xml_edit.AR)(aspNetCore)) {
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
          const attribute = (0, xml_edit.Oh)(aspNetCore, "hostingModel");
          if (attribute) {
            const value = (0, xml_document.Sm)(attribute.rawValue);
            if (value === "") {
              this.sink.warning("hosting-model", attribute.valueOffset, 'hostingModel="" means out-of-process: write hostingModel="outofprocess" (or "inprocess") to say which.');
            } else if (!/^(inprocess|outofprocess)$/i.test(value)) {
              this.sink.error("hosting-model", attribute.valueOffset, `hostingModel="${value}": the module accepts only inprocess or outofprocess and fails with "Unknown hosting model".`);
              return void 0;
            }
          }
          const model = effectiveHostingModel(aspNetCore);
          const modules = handler ? (0, xml_edit.D$)(handler, "modules")?.trim() : void 0;
          if (model === "inprocess" && equalsIgnoreCase(modules, MODULE_V1)) {
            this.sink.error("inprocess-v1", attribute?.valueOffset ?? aspNetCore.offset, `In-process hosting is not supported by ${MODULE_V1} (V1): use modules="${MODULE_V2}" or hostingModel="outofprocess".`);
          }
          return model;
        }
        checkProcess(aspNetCore) {
          const processAttribute = (0, xml_edit.Oh)(aspNetCore, "processPath");
          const processPath = processAttribute ? (0, xml_document.Sm)(processAttribute.rawValue).trim() : "";
          if (!processAttribute || processPath === "") {
            this.sink.error("process-path-missing", processAttribute?.valueOffset ?? aspNetCore.offset, `${processAttribute ? "processPath is empty" : "No processPath"}: the module cannot start the app. Write processPath="dotnet" with arguments=".\\MyApp.dll" (framework-dependent) or processPath=".\\MyApp.exe" (self-contained).`);
          } else if (/%LAUNCHER_PATH%/i.test(processPath)) {
            this.sink.error("launcher-placeholder", processAttribute.valueOffset, `processPath="%LAUNCHER_PATH%" is the Visual Studio development web.config: only Visual Studio sets that variable. Deploy the output of 'dotnet publish', or use 'web-config: transform'.`);
            return;
          }
          const argumentsAttribute = (0, xml_edit.Oh)(aspNetCore, "arguments");
          const args = argumentsAttribute ? (0, xml_document.Sm)(argumentsAttribute.rawValue) : "";
          if (argumentsAttribute && LAUNCHER_ARGS.test(args)) {
            this.sink.error("launcher-placeholder", argumentsAttribute.valueOffset, `arguments="${args}" holds Visual Studio launcher placeholders that only Visual Studio fills: deploy the output of 'dotnet publish', or use 'web-config: transform'.`);
            return;
          }
          if (processPath === "")
            return;
          const publishDir = this.options.publishDir;
          const frameworkDependent = /(^|[\\/])dotnet(\.exe)?$/i.test(processPath);
          const tokens = splitArguments(args);
          const dllTokens = tokens.filter((t) => /\.dll$/i.test(t.text));
          const tokenOffset = (start) => argumentsAttribute && (0, xml_document.Sm)(argumentsAttribute.rawValue) === argumentsAttribute.rawValue ? argumentsAttribute.valueOffset + start : argumentsAttribute?.valueOffset ?? aspNetCore.offset;
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
            const found2 = lookupPublishFile(publishDir, dll.text);
            if (found2.status === "missing") {
              this.sink.error("arguments-file", tokenOffset(dll.start), `arguments names ${dll.text}, but the publish folder has no such file (${found2.path}): the app fails to start (502.5/500.30). Fix the name or set 'app-name'.`);
            } else if (found2.status === "found") {
              const config = findFileIgnoreCase(external_node_path_default().dirname(found2.path), `${external_node_path_default().basename(found2.path).replace(/\.dll$/i, "")}.runtimeconfig.json`);
              if (!config) {
                this.sink.error("runtimeconfig-missing", tokenOffset(dll.start), `${external_node_path_default().basename(found2.path)} has no ${external_node_path_default().basename(found2.path).replace(/\.dll$/i, "")}.runtimeconfig.json next to it: dotnet cannot tell which runtime to load ("hostpolicy.dll ... not found"). Deploy the complete output of dotnet publish.`);
              }
            }
            return;
          }
          if (!publishDir)
            return;
          let found = lookupPublishFile(publishDir, processPath);
          if (found.status === "missing" && !/\.[a-z0-9]+$/i.test(external_node_path_default().win32.basename(processPath))) {
            const withExe = lookupPublishFile(publishDir, `${processPath}.exe`);
            if (withExe.status === "found")
              found = withExe;
          }
          if (found.status === "missing") {
            this.sink.error("process-path-file", processAttribute?.valueOffset ?? aspNetCore.offset, `processPath="${processPath}", but the publish folder has no such file (${found.path}): the app fails to start (502.5/500.30). A framework-dependent app uses processPath="dotnet" with arguments=".\\MyApp.dll".`);
          }
        }
        checkTypedAttribute(name, type, attribute, hostingModel) {
          const value = (0, xml_document.Sm)(attribute.rawValue);
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
            const seconds2 = parseTimeSpan(value);
            if (seconds2 === void 0) {
              this.sink.error("attribute-format", at, `${name}="${value}" is not a time span: write hh:mm:ss (e.g. 00:02:00) or d.hh:mm:ss (IIS refuses the file).`);
              return;
            }
            if (!Number.isInteger(seconds2) || seconds2 > type.maxSeconds) {
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
          for (const child of (0, xml_edit.AR)(element)) {
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
              this.sink.error("environment-variables", (0, xml_edit.Oh)(child, "name").valueOffset, `Environment variable name "${name}" contains "=": Windows environment names cannot.`);
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
          const value = ((0, xml_edit.D$)(entry, "value") ?? "").trim();
          const at = entry.offset;
          const upper = name.toUpperCase();
          if ((upper === "ASPNETCORE_ENVIRONMENT" || upper === "DOTNET_ENVIRONMENT") && equalsIgnoreCase(value, "Development")) {
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
          const nameAttribute = (0, xml_edit.Oh)(entry, "name");
          const name = nameAttribute ? (0, xml_document.Sm)(nameAttribute.rawValue) : void 0;
          if (!(0, xml_edit.Oh)(entry, "value")) {
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
          for (const child of (0, xml_edit.AR)(element)) {
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
            const value = (0, xml_edit.D$)(child, "value") ?? "";
            values.set(name.toLowerCase(), value);
            const known = Object.keys(HANDLER_SETTINGS).find((k) => equalsIgnoreCase(name, k));
            const valueAt = (0, xml_edit.Oh)(child, "value")?.valueOffset ?? child.offset;
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
          if (shadow !== void 0 && equalsIgnoreCase(shadow.trim(), "true") && !values.get("shadowcopydirectory")) {
            this.sink.warning("handler-settings", element.offset, "Shadow copying is on without shadowCopyDirectory: set it to a folder of this app only (e.g. ../ShadowCopyDirectory/MyApp/); apps sharing one folder delete each other's copies (dotnet/aspnetcore#50531).");
          }
        }
        checkRecycleOnFileChange(element) {
          for (const child of (0, xml_edit.AR)(element)) {
            if (child.name === "clear")
              continue;
            if (child.name !== "file") {
              this.sink.error("unknown-element", child.offset, `<${child.name}> is not allowed in <recycleOnFileChange> (only <file path="..." /> and <clear />).`);
            } else if (!(0, xml_edit.D$)(child, "path")?.trim()) {
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
      ;
      function report(reporter, diagnostics) {
        for (const d of diagnostics) {
          const location = d.line ? { file: d.file, line: d.line, column: d.column, title: d.rule } : { file: d.file };
          if (d.severity === "error")
            reporter.error(formatDiagnostic(d), location);
          else
            reporter.warning(formatDiagnostic(d), location);
        }
      }
      function facts(text, file) {
        if (text === void 0)
          return {};
        try {
          return { hostingModel: readHostingModel(text, file), stdoutLog: stdoutLogPath(text, file) };
        } catch {
          return {};
        }
      }
      function readQuietly(file) {
        try {
          return readWebConfigSource(file).text;
        } catch {
          return void 0;
        }
      }
      function reportFailure(reporter, fn) {
        try {
          return fn();
        } catch (error) {
          if (error instanceof WebConfigError)
            report(reporter, error.diagnostics);
          throw error;
        }
      }
      async function applyWebConfig(publishDir, settings, reporter) {
        for (const variable of settings.environmentVariables ?? []) {
          if (variable.secret)
            reporter.registerSecret(variable.value);
        }
        const existing = findWebConfig(publishDir);
        const file = existing ?? external_node_path_default().join(publishDir, "web.config");
        const empty = { file, diagnostics: [], changes: [], written: false, generated: false };
        if (settings.mode === "skip") {
          return { ...empty, ...facts(existing ? readQuietly(existing) : void 0, file) };
        }
        if (settings.mode === "validate") {
          const { diagnostics: diagnostics2 } = validatePublishFolder(publishDir, { subApplication: settings.subApplication });
          report(reporter, diagnostics2);
          if (hasErrors(diagnostics2))
            throw new WebConfigError(diagnostics2.filter((d) => d.severity === "error"));
          const text = readWebConfigSource(file).text;
          return { ...empty, diagnostics: diagnostics2, ...facts(text, file) };
        }
        const { source, result } = reportFailure(reporter, () => {
          const source2 = existing ? readWebConfigSource(existing) : void 0;
          const appName = settings.appName ?? detectAppName(publishDir);
          const selfContained = settings.selfContained ?? detectSelfContained(publishDir, appName);
          let result2 = transformWebConfig(source2?.text, {
            file,
            appName,
            selfContained,
            hostingModel: settings.hostingModel,
            environment: settings.environment,
            environmentVariables: settings.environmentVariables,
            encoding: source2?.encoding
          });
          if (settings.subApplication) {
            const fitted = fitSubApplication(result2.text, { kind: "aspnetcore", file });
            result2 = {
              ...fitted,
              changes: [...result2.changes, ...fitted.changes],
              changed: result2.changed || fitted.changed,
              generated: result2.generated
            };
          }
          return { source: source2, result: result2 };
        });
        for (const change of result.changes)
          reporter.info(`${external_node_path_default().basename(file)}: ${change}`);
        const document = result.document ?? parseOwnOutput(result.text, file);
        const diagnostics = validateWebConfig(document, {
          file,
          publishDir,
          subApplication: settings.subApplication
        });
        report(reporter, diagnostics);
        if (hasErrors(diagnostics))
          throw new WebConfigError(diagnostics.filter((d) => d.severity === "error"));
        const write = result.changed && !settings.dryRun;
        if (write)
          await (0, atomic_write.Z)(file, encodeWebConfig(result.text, source?.encoding ?? "utf8"));
        return {
          file,
          diagnostics,
          changes: result.changes,
          written: write,
          generated: result.generated,
          ...facts(document, file)
        };
      }
      var reg_query = __nccwpck_require__2(9534);
      ;
      const WEB_CONFIG_LIMIT_KEY = "HKLM\\SOFTWARE\\Microsoft\\InetStp\\Configuration";
      const WEB_CONFIG_LIMIT_VALUE = "MaxWebConfigFileSizeInKB";
      const DEFAULT_WEB_CONFIG_LIMIT_KB = 250;
      async function readWebConfigLimit(runner, reg, signal) {
        try {
          const result = await runner.run(reg, ["query", WEB_CONFIG_LIMIT_KEY, "/v", WEB_CONFIG_LIMIT_VALUE, "/reg:64"], { silent: true, timeoutMs: 6e4, signal });
          const kb = result.exitCode === 0 ? (0, reg_query.Et)((0, reg_query.j)((0, reg_query.E0)(result.stdout)[0], WEB_CONFIG_LIMIT_VALUE)) : void 0;
          if (kb !== void 0 && kb > 0)
            return { kb, source: "registry" };
        } catch (error) {
          if (signal?.aborted)
            throw error;
        }
        return { kb: DEFAULT_WEB_CONFIG_LIMIT_KB, source: "default" };
      }
      function webConfigSizeProblem(file, bytes, limit) {
        if (bytes <= limit.kb * 1024)
          return void 0;
        const size = `${Math.ceil(bytes / 1024)} KB`;
        const whence = limit.source === "registry" ? `the registry value ${WEB_CONFIG_LIMIT_KEY}\\${WEB_CONFIG_LIMIT_VALUE} on this server` : `IIS's default, unless the registry value ${WEB_CONFIG_LIMIT_KEY}\\${WEB_CONFIG_LIMIT_VALUE} raises it`;
        return `${file} is ${size}, over the ${limit.kb} KB IIS reads (${WEB_CONFIG_LIMIT_VALUE}: ${whence}); IIS would answer 500.19 for every request. Move large sections into separate files (configSource, e.g. rewrite maps), or raise ${WEB_CONFIG_LIMIT_VALUE} on the server and restart IIS.`;
      }
      ;
      const APP_KINDS = ["auto", "aspnetcore", "netframework", "static"];
      function entries(dir) {
        try {
          return external_node_fs_default().readdirSync(dir);
        } catch {
          return [];
        }
      }
      function detectAppKind(dir) {
        const files = entries(dir);
        const webConfig = files.find((f) => f.toLowerCase() === "web.config");
        const text = webConfig ? external_node_fs_default().readFileSync(external_node_path_default().join(dir, webConfig), "utf8") : "";
        if (/<aspNetCore[\s>/]|AspNetCoreModule/i.test(text))
          return "aspnetcore";
        if (files.some((f) => /\.(runtimeconfig|deps)\.json$/i.test(f)))
          return "aspnetcore";
        if (/<system\.web[\s>/]/.test(text))
          return "netframework";
        const bin = files.find((f) => f.toLowerCase() === "bin");
        if (bin && entries(external_node_path_default().join(dir, bin)).some((f) => /\.dll$/i.test(f)))
          return "netframework";
        return "static";
      }
      function resolveAppKind(input, dir) {
        if (input !== "auto")
          return input;
        return dir === void 0 ? "aspnetcore" : detectAppKind(dir);
      }
      function runtimeVersionFor(kind) {
        return kind === "netframework" ? "v4.0" : "";
      }
      var output_encoding = __nccwpck_require__2(7958);
      ;
      function poolAccount(identity, pool) {
        switch (identity) {
          case "ApplicationPoolIdentity":
            return `IIS AppPool\\${pool}`;
          case "NetworkService":
            return "*S-1-5-20";
          case "LocalService":
            return "*S-1-5-19";
          case "LocalSystem":
            return "*S-1-5-18";
        }
      }
      function accountOfPool(identityType, userName, pool) {
        const type = (identityType ?? "ApplicationPoolIdentity").toLowerCase();
        if (type === "specificuser")
          return userName?.trim() ? userName.trim() : void 0;
        const known = ["ApplicationPoolIdentity", "NetworkService", "LocalService", "LocalSystem"].find((identity) => identity.toLowerCase() === type);
        return known === void 0 ? void 0 : poolAccount(known, pool);
      }
      const LOCALIZED_ACCOUNT_NAMES = {
        "S-1-5-20": [
          "NT AUTHORITY\\NETWORK SERVICE",
          "NT-AUTORIT\xC4T\\NETZWERKDIENST",
          "AUTORITE NT\\SERVICE R\xC9SEAU",
          "NT AUTHORITY\\SERVIZIO DI RETE",
          "NT AUTHORITY\\SERVICIO DE RED"
        ],
        "S-1-5-19": [
          "NT AUTHORITY\\LOCAL SERVICE",
          "NT-AUTORIT\xC4T\\LOKALER DIENST",
          "AUTORITE NT\\SERVICE LOCAL",
          "NT AUTHORITY\\SERVIZIO LOCALE",
          "NT AUTHORITY\\SERVICIO LOC"
        ],
        "S-1-5-18": ["NT AUTHORITY\\SYSTEM", "NT-AUTORIT\xC4T\\SYSTEM", "AUTORITE NT\\SYSTEM", "NT AUTHORITY\\\u0421\u0418\u0421\u0422\u0415\u041C\u0410"]
      };
      function accountAliases(account) {
        const sid = /^\*?(S-1-[\d-]+)$/i.exec(account)?.[1]?.toUpperCase();
        const names = sid ? LOCALIZED_ACCOUNT_NAMES[sid] ?? [] : [];
        const aliases = [
          account,
          ...sid ? [`*${sid}`, sid] : [],
          ...names,
          ...names.map((name) => name.slice(name.indexOf("\\") + 1))
        ];
        return [...new Set(aliases.map((a) => a.toLowerCase()))];
      }
      function parseIcaclsSummary(output) {
        const lines = output.split(/\r?\n/).filter((line) => line.trim() !== "");
        for (const line of lines.reverse()) {
          if (/:\(/.test(line))
            continue;
          const numbers = line.match(/\d+/g);
          if (numbers?.length === 2)
            return { processed: Number(numbers[0]), failed: Number(numbers[1]) };
        }
        return void 0;
      }
      function buildGrantArgs(target, account, right) {
        return [target, "/grant", `${account}:(OI)(CI)(${right})`];
      }
      function buildShowAclArgs(target) {
        return [target];
      }
      const INHERITANCE_FLAGS = /* @__PURE__ */ new Set(["OI", "CI", "IO", "NP", "I"]);
      function parseIcaclsOutput(stdout, target) {
        const entries2 = [];
        for (const raw of stdout.split(/\r?\n/)) {
          let line = raw.trim();
          if (line === "")
            continue;
          if (line.toLowerCase().startsWith(target.toLowerCase()))
            line = line.slice(target.length).trim();
          const match = /^(.+?):((?:\([^)]*\))+)$/.exec(line);
          if (!match)
            continue;
          const groups = [...(match[2] ?? "").matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? "");
          entries2.push({
            account: match[1] ?? "",
            inheritance: groups.filter((g) => INHERITANCE_FLAGS.has(g)),
            deny: groups.includes("DENY"),
            rights: groups.filter((g) => !INHERITANCE_FLAGS.has(g) && g !== "DENY").join(",")
          });
        }
        return entries2;
      }
      const RANK = { RX: 1, M: 2, F: 3 };
      function hasAccess(entries2, account, right) {
        const names = accountAliases(account);
        return entries2.some((entry) => names.includes(entry.account.toLowerCase()) && !entry.deny && entry.inheritance.includes("OI") && entry.inheritance.includes("CI") && !entry.inheritance.includes("IO") && (RANK[entry.rights.toUpperCase()] ?? 0) >= (RANK[right] ?? 99));
      }
      function dataProtectionAdvice(identity, loadUserProfile) {
        const notes = [];
        if (!loadUserProfile)
          notes.push("loadUserProfile is off: ASP.NET Core keeps its Data Protection keys in memory (unless the registry key was provisioned with Provision-AutoGenKeys.ps1), so sign-in cookies and antiforgery tokens become invalid on every recycle. Set `load-user-profile: true`, or persist keys in code (PersistKeysToFileSystem + ProtectKeysWithCertificate) to a folder the pool identity can modify.");
        if (identity === "LocalSystem")
          notes.push("The pool runs as LocalSystem: the app can do anything on this machine. Prefer ApplicationPoolIdentity.");
        return notes.length > 0 ? notes.join(" ") : void 0;
      }
      async function grantAccess(options) {
        const { runner, icaclsPath, reporter, physicalPath } = options;
        const account = options.account ?? poolAccount(options.identity ?? "ApplicationPoolIdentity", options.pool);
        const resolve = (folder) => external_node_path_default().isAbsolute(folder) ? folder : external_node_path_default().join(physicalPath, folder);
        const logsFolder = resolve(options.logsFolder ?? "logs");
        const targets = [
          [physicalPath, "RX"],
          [logsFolder, "M"],
          ...(options.writableFolders ?? []).map((folder) => [resolve(folder), "M"])
        ];
        const changes = [];
        const createdFolders = [];
        const icacls = async (args, read2) => {
          const shown2 = reporter.mask((0, command_line.z)("icacls", args));
          if (read2)
            reporter.debug(shown2);
          else
            reporter.info(shown2);
          const result = await runner.run(icaclsPath, args, {
            silent: true,
            signal: options.signal,
            outputEncoding: output_encoding.Ih["icacls"]
          });
          const output = `${result.stdout}
${result.stderr}`;
          if (result.exitCode === 0 && !(parseIcaclsSummary(output)?.failed ?? 0))
            return result.stdout;
          const text = output.trim().replace(/\s+/g, " ");
          const noMapping = result.exitCode === 1332 || result.exitCode === (1332 & 255) || /No mapping between account names|Zuordnungen von Kontennamen/i.test(text);
          const fix = noMapping ? `'${account}' is not known yet: the virtual account IIS AppPool\\<pool> exists only once the pool does. Create the pool first (\`create: true\`), or check \`app-pool\`.` : result.exitCode === 5 || /Access is denied/i.test(text) ? "Run elevated, as an account allowed to change permissions on this folder." : "Check the folder exists and the account name is right; or set `grant-access: false`.";
          throw new core_errors.v4("icacls", result.exitCode, `${shown2} failed (exit code ${result.exitCode}): ${reporter.mask(text)}`, fix);
        };
        for (const [target, right] of targets) {
          const exists = external_node_fs_default().existsSync(target);
          if (!exists && right === "M") {
            if (!options.dryRun)
              external_node_fs_default().mkdirSync(target, { recursive: true });
            createdFolders.push(target);
          }
          if (exists || !options.dryRun) {
            if (hasAccess(parseIcaclsOutput(await icacls(buildShowAclArgs(target), true), target), account, right))
              continue;
          }
          const args = buildGrantArgs(target, account, right);
          const command = reporter.mask((0, command_line.z)("icacls", args));
          changes.push({ path: target, account, right, command });
          if (options.dryRun)
            reporter.info(`Would grant ${account} ${right === "M" ? "modify" : "read & execute"} on ${target}.`);
          else
            await icacls(args, false);
        }
        if (changes.length === 0)
          reporter.info(`${account} already has the access it needs on ${physicalPath} and ${logsFolder}.`);
        return { changes, logsFolder, createdFolders };
      }
      ;
      const stdout_log_switch_DEFAULT_STDOUT_LOG_FILE = ".\\logs\\stdout";
      const ASPNETCORE_TAG = /<aspNetCore\b[^>]*>/i;
      function attributeRegex(name) {
        return new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`, "i");
      }
      function readAttribute(tag, name) {
        const m = attributeRegex(name).exec(tag);
        return m?.[2] === void 0 ? void 0 : m[2].slice(1, -1);
      }
      function setAttribute(tag, name, value) {
        const re = attributeRegex(name);
        const found = re.exec(tag);
        if (found) {
          if (value === void 0)
            return tag.replace(re, "");
          const quote = (found[2] ?? '"').charAt(0);
          return tag.replace(re, (_m, space) => `${space}${name}=${quote}${value}${quote}`);
        }
        if (value === void 0)
          return tag;
        return tag.replace(/(\s*)(\/?>)$/, (_m, space, end) => ` ${name}="${value}"${space}${end}`);
      }
      function findTag(webConfig) {
        const blanked = webConfig.replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length));
        const m = ASPNETCORE_TAG.exec(blanked);
        return m ? { index: m.index, tag: webConfig.slice(m.index, m.index + m[0].length) } : void 0;
      }
      function replaceTag(webConfig, found, tag) {
        return webConfig.slice(0, found.index) + tag + webConfig.slice(found.index + found.tag.length);
      }
      function switchStdoutLogOn(webConfig) {
        const found = findTag(webConfig);
        if (!found)
          return void 0;
        const original = {
          stdoutLogEnabled: readAttribute(found.tag, "stdoutLogEnabled"),
          stdoutLogFile: readAttribute(found.tag, "stdoutLogFile")
        };
        if (/^true$/i.test(original.stdoutLogEnabled ?? ""))
          return void 0;
        const logFile = original.stdoutLogFile || stdout_log_switch_DEFAULT_STDOUT_LOG_FILE;
        let tag = setAttribute(found.tag, "stdoutLogEnabled", "true");
        if (!original.stdoutLogFile)
          tag = setAttribute(tag, "stdoutLogFile", logFile);
        return { text: replaceTag(webConfig, found, tag), original, logFile };
      }
      function restoreStdoutLogAttributes(webConfig, original) {
        const found = findTag(webConfig);
        if (!found)
          return webConfig;
        let tag = setAttribute(found.tag, "stdoutLogEnabled", original.stdoutLogEnabled);
        tag = setAttribute(tag, "stdoutLogFile", original.stdoutLogFile);
        return replaceTag(webConfig, found, tag);
      }
      function sha256(bytes) {
        return external_node_crypto_default().createHash("sha256").update(bytes).digest("hex");
      }
      function restoreIfUnchanged(file, writtenSha256, original) {
        let bytes;
        try {
          bytes = external_node_fs_default().readFileSync(file);
        } catch {
          return `${file} is gone: no stdout log setting to turn off`;
        }
        if (sha256(bytes) !== writtenSha256)
          return `${file} changed since the stdout log was turned on (rolled back or deployed again): left as it is`;
        const text = bytes.toString("utf8");
        (0, atomic_write.Q)(file, restoreStdoutLogAttributes(text, original));
        const was = original.stdoutLogEnabled === void 0 ? "no stdoutLogEnabled" : `stdoutLogEnabled="${original.stdoutLogEnabled}"`;
        return `stdout log turned off again in ${file} (${was}, as deployed)`;
      }
      ;
      function wantsStdoutLog(o) {
        return o.diagnoseStdoutLog && o.diagnose && o.target === "iis" && !o.msdeployUrl && !o.dryRun;
      }
      function stdoutLogNeedsCopy(o) {
        return wantsStdoutLog(o);
      }
      function switchOnInCopy(ctx, app, file) {
        if (!wantsStdoutLog(ctx.options)) {
          if (ctx.options.diagnoseStdoutLog && !ctx.options.dryRun)
            ctx.reporter.info("diagnose-stdout-log: ignored: the log can only be switched and read on this machine's IIS (not with Web Deploy or IIS Express).");
          return void 0;
        }
        if (!app.staged || !file)
          return void 0;
        let text;
        try {
          text = external_node_fs_default().readFileSync(file, "utf8");
        } catch {
          return void 0;
        }
        const switched = switchStdoutLogOn(text);
        if (!switched)
          return void 0;
        external_node_fs_default().writeFileSync(file, switched.text);
        app.stdoutLog = {
          original: switched.original,
          writtenSha256: sha256(external_node_fs_default().readFileSync(file)),
          logFile: switched.logFile
        };
        return `aspNetCore: stdoutLogEnabled="true" for the first start (diagnose-stdout-log; switched off again after it)`;
      }
      async function recordStdoutLog(ctx, app, target, outcome) {
        const sw = app.stdoutLog;
        const folder = outcome.releasePath ?? target.physicalPath;
        if (!sw || !folder || target.kind !== "local-iis")
          return;
        const file = external_node_path_default().join(folder, "web.config");
        const mutation = ctx.ledger.begin("stdout-log", "sync", `stdout log on in ${file} for the first start`, {
          undo: { kind: "restore-stdout-log", file, writtenSha256: sw.writtenSha256, original: sw.original }
        });
        const prefix = sw.logFile.replace(/^\\\\\?\\/, "");
        const absolute2 = external_node_path_default().win32.isAbsolute(prefix) || external_node_path_default().posix.isAbsolute(prefix);
        const logDir = absolute2 ? external_node_path_default().win32.dirname(prefix) : external_node_path_default().dirname(prefix.replace(/\\/g, "/"));
        try {
          const pool = target.appPool;
          const tree = pool ? await (await (0, shared.aZ)(ctx)).readObject("apppool", pool) : void 0;
          const account = pool && accountOfPool(tree ? (0, iis_appcmd.Oh)(tree, "processModel.identityType") : void 0, tree ? (0, iis_appcmd.Oh)(tree, "processModel.userName") : void 0, pool);
          if (!pool || !account) {
            ctx.reporter.warning(`diagnose-stdout-log: the pool's account is not known, so no write access was granted on ${logDir}: the module may not be able to create the log there.`);
            if (!absolute2)
              external_node_fs_default().mkdirSync(external_node_path_default().join(folder, logDir), { recursive: true });
          } else {
            await grantAccess({
              runner: ctx.ports.runner,
              icaclsPath: await ctx.tool("icacls"),
              reporter: ctx.reporter,
              physicalPath: folder,
              pool,
              account,
              logsFolder: logDir,
              signal: ctx.signal
            });
          }
          ctx.ledger.done(mutation);
          ctx.reporter.info(`stdout log on for the first start (${sw.logFile}_*.log under ${folder}); it is switched off again after the health check.`);
        } catch (error) {
          ctx.ledger.done(mutation, { note: `the log folder's access was not granted: ${(0, core_errors.gJ)(error)}` });
          ctx.reporter.warning(`diagnose-stdout-log: could not prepare ${logDir} for the log: ${(0, core_errors.gJ)(error)}`);
        }
      }
      function switchOffAfterHealthCheck(ctx) {
        for (const mutation of ctx.ledger.open(["stdout-log"])) {
          const undo = mutation.undo;
          if (undo?.kind !== "restore-stdout-log")
            continue;
          try {
            const note = restoreIfUnchanged(undo.file, undo.writtenSha256, undo.original);
            ctx.ledger.revert(mutation, note);
            ctx.reporter.info(`${note}. IIS restarts the app on this change; the next request starts it with the configuration as deployed.`);
          } catch (error) {
            ctx.reporter.warning(`diagnose-stdout-log: could not switch the stdout log off in ${undo.file}: ${(0, core_errors.gJ)(error)}. Set stdoutLogEnabled="false" there by hand, or deploy again.`);
          }
        }
      }
      var external_node_stream_ = __nccwpck_require__2(7075);
      ;
      const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
      ;
      function zip_fail(file, message) {
        throw new core_errors.dz("source", `Input 'source': ${file} ${message}`);
      }
      function describe(error) {
        return error instanceof Error ? error.message : String(error);
      }
      function safeRelative(zipLib, entry, file) {
        const name = zipLib.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          false
          // backslashes are folder separators, as Windows zip tools write them
        );
        const segments = name.split("/").filter((s) => s !== "" && s !== ".");
        if (zipLib.validateFileName(name) !== null || segments.includes("..")) {
          zip_fail(file, `has an entry '${name}' that points outside the folder it is extracted to; refusing it.`);
        }
        return { name, relative: segments.join("/") };
      }
      function crcMeter(crc32) {
        const meter = new external_node_stream_.Transform({
          transform(chunk, _encoding, done) {
            meter.crc = crc32(chunk, meter.crc);
            done(null, chunk);
          }
        });
        meter.crc = 0;
        return meter;
      }
      async function zip_open(zipLib, zipFile) {
        try {
          return await zipLib.openPromise(zipFile, { decodeStrings: false, autoClose: false });
        } catch (error) {
          zip_fail(zipFile, `is not a zip file or is damaged (${describe(error)}).`);
        }
      }
      async function extractZip(zipFile, destination) {
        const zipLib = (await __nccwpck_require__2.e(
          /* import() */
          663
        ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 663, 19))).default;
        const { crc32 } = await Promise.resolve(
          /* import() */
        ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 8522, 23));
        const zip = await zip_open(zipLib, zipFile);
        let files = 0;
        try {
          external_node_fs_default().mkdirSync(destination, { recursive: true });
          const entries2 = zip.eachEntry();
          for (; ; ) {
            let next;
            try {
              next = await entries2.next();
            } catch (error) {
              zip_fail(zipFile, `is damaged (${describe(error)}).`);
            }
            if (next.done)
              break;
            const entry = next.value;
            const { name, relative } = safeRelative(zipLib, entry, zipFile);
            if (relative === "")
              continue;
            const target = external_node_path_default().join(destination, ...relative.split("/"));
            if (name.endsWith("/")) {
              external_node_fs_default().mkdirSync(target, { recursive: true });
              continue;
            }
            if (entry.isEncrypted())
              zip_fail(zipFile, `has an encrypted entry '${name}'.`);
            if (!entry.canDecodeFileData()) {
              zip_fail(zipFile, `uses compression method ${entry.compressionMethod} for '${name}'; only stored and deflated entries are supported.`);
            }
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            const meter = crcMeter(crc32);
            try {
              await (0, promises_namespaceObject.pipeline)(await zip.openReadStreamPromise(entry), meter, external_node_fs_default().createWriteStream(target));
            } catch (error) {
              zip_fail(zipFile, `is damaged: '${name}' could not be read (${describe(error)}).`);
            }
            if (meter.crc !== entry.crc32)
              zip_fail(zipFile, `is damaged: '${name}' does not match its checksum.`);
            const modified = entry.getLastModDate();
            external_node_fs_default().utimesSync(target, modified, modified);
            files++;
          }
        } finally {
          zip.close();
        }
        if (files === 0)
          zip_fail(zipFile, "holds no files.");
        return files;
      }
      ;
      class MsDeployCommandLineError extends Error {
        name = "MsDeployCommandLineError";
      }
      const VALUE_SWITCHES = [
        "verb",
        "source",
        "dest",
        "declareParam",
        "setParam",
        "enableRule",
        "disableRule",
        "enableLink",
        "disableLink",
        "skip",
        "replace",
        "enableSkipDirective",
        "disableSkipDirective",
        "retryAttempts",
        "retryInterval",
        "xpath",
        "preSync",
        "postSync",
        "setParamFile",
        "declareParamFile",
        "userAgent",
        "failureLevel"
      ];
      const FLAG_SWITCHES = [
        "whatif",
        "useChecksum",
        "allowUntrusted",
        "verbose",
        "xml",
        "useAdminShares",
        "showSecure",
        "enableTransaction"
      ];
      const CANONICAL = new Map([...VALUE_SWITCHES, ...FLAG_SWITCHES].map((name) => [name.toLowerCase(), name]));
      const FLAGS = new Set(FLAG_SWITCHES.map((name) => name.toLowerCase()));
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function splitOutsideQuotes(text, isSeparator, context, keepEmpty = false) {
        const parts = [];
        let current = "";
        let quote;
        let started = false;
        for (const c of text) {
          if (quote !== void 0) {
            current += c;
            if (c === quote)
              quote = void 0;
            continue;
          }
          if (isSeparator(c)) {
            if (started || keepEmpty)
              parts.push(current);
            current = "";
            started = false;
            continue;
          }
          if (isQuote(c))
            quote = c;
          current += c;
          started = true;
        }
        if (quote !== void 0) {
          throw new MsDeployCommandLineError(`Missing closing quote (${quote}) in ${context} '${current}'.`);
        }
        if (started || keepEmpty && parts.length > 0)
          parts.push(current);
        return parts;
      }
      function unquoteMsDeployValue(text) {
        let out = "";
        let quote;
        for (const c of text) {
          if (quote !== void 0) {
            if (c === quote)
              quote = void 0;
            else
              out += c;
          } else if (isQuote(c))
            quote = c;
          else
            out += c;
        }
        return out;
      }
      function indexOfEqualsOutsideQuotes(text) {
        let quote;
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (quote !== void 0) {
            if (c === quote)
              quote = void 0;
          } else if (isQuote(c))
            quote = c;
          else if (c === "=")
            return i;
        }
        return -1;
      }
      function parseMsDeploySettings(value) {
        return settingsOf(value).filter((s) => s.key !== "" || s.value !== void 0);
      }
      function settingsOf(value) {
        const parts = splitOutsideQuotes(value, (c) => c === ",", "setting list", true);
        return parts.map((part) => {
          const eq = indexOfEqualsOutsideQuotes(part);
          if (eq < 0)
            return { key: unquoteMsDeployValue(part), value: void 0 };
          return { key: unquoteMsDeployValue(part.slice(0, eq)), value: unquoteMsDeployValue(part.slice(eq + 1)) };
        });
      }
      function parseMsDeployObject(value) {
        const [first, ...rest] = settingsOf(value);
        const settings = rest.filter((s) => s.key !== "" || s.value !== void 0);
        if (!first || first.key === "") {
          throw new MsDeployCommandLineError(`A provider is required in '${value}' (provider[=path][,setting=value]...).`);
        }
        return { provider: first.key, path: first.value, settings };
      }
      function settingValue(settings, key) {
        const lower = key.toLowerCase();
        return settings.find((s) => s.key.toLowerCase() === lower)?.value;
      }
      function splitMsDeployCommandLine(line) {
        return splitOutsideQuotes(line, (c) => c === " " || c === "	", "argument");
      }
      function parseInteger(name, value) {
        const text = unquoteMsDeployValue(value ?? "");
        if (!/^\d+$/.test(text)) {
          throw new MsDeployCommandLineError(`The value '${text}' of -${name} is not a whole number.`);
        }
        return Number(text);
      }
      function parseMsDeployCommandLine(line, options = {}) {
        const tokens = splitMsDeployCommandLine(line);
        const program = options.program ? tokens.shift() : void 0;
        const parsed = {
          program: program === void 0 ? void 0 : unquoteMsDeployValue(program),
          arguments: [],
          verb: void 0,
          source: void 0,
          dest: void 0,
          skips: [],
          setParams: [],
          enabledRules: [],
          disabledRules: [],
          enabledLinks: [],
          disabledLinks: [],
          flags: [],
          retryAttempts: void 0,
          retryInterval: void 0
        };
        for (const token of tokens) {
          if (!token.startsWith("-")) {
            throw new MsDeployCommandLineError(`Unrecognized argument '${token}'. All arguments must begin with "-".`);
          }
          const match = /^-([A-Za-z]+)(?:([:=])([\s\S]*))?$/.exec(token);
          const canonical = match ? CANONICAL.get(match[1].toLowerCase()) : void 0;
          if (!match || canonical === void 0) {
            throw new MsDeployCommandLineError(`Unrecognized argument '${token}'.`);
          }
          const value = match[2] === void 0 ? void 0 : match[3];
          const isFlag = FLAGS.has(canonical.toLowerCase());
          if (isFlag && value !== void 0) {
            throw new MsDeployCommandLineError(`The argument '-${canonical}' does not take a value: '${token}'.`);
          }
          if (!isFlag && value === void 0) {
            throw new MsDeployCommandLineError(`The argument '-${canonical}' requires a value: '${token}'.`);
          }
          parsed.arguments.push({ name: match[1], value, text: token });
          const list = () => parseMsDeploySettings(value ?? "").map((s) => s.key).filter(Boolean);
          switch (canonical) {
            case "verb":
              parsed.verb = unquoteMsDeployValue(value ?? "");
              break;
            case "source":
              parsed.source = parseMsDeployObject(value ?? "");
              break;
            case "dest":
              parsed.dest = parseMsDeployObject(value ?? "");
              break;
            case "skip":
              parsed.skips.push(parseMsDeploySettings(value ?? ""));
              break;
            case "setParam":
              parsed.setParams.push(parseMsDeploySettings(value ?? ""));
              break;
            case "enableRule":
              parsed.enabledRules.push(...list());
              break;
            case "disableRule":
              parsed.disabledRules.push(...list());
              break;
            case "enableLink":
              parsed.enabledLinks.push(...list());
              break;
            case "disableLink":
              parsed.disabledLinks.push(...list());
              break;
            case "retryAttempts":
              parsed.retryAttempts = parseInteger(canonical, value);
              break;
            case "retryInterval":
              parsed.retryInterval = parseInteger(canonical, value);
              break;
            default:
              if (isFlag)
                parsed.flags.push(canonical);
          }
        }
        return parsed;
      }
      const BARE = /^[A-Za-z0-9_.\-\\/:@]+$/;
      const NEEDS_QUOTES = /[\s,'"]/;
      const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
      function shown(value, secret) {
        if (secret)
          return "'***'";
        const visible = [...value].map((c) => {
          const code = c.codePointAt(0) ?? 0;
          return code < 32 || code === 127 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
        }).join("");
        return `'${visible}'`;
      }
      function msDeployValueProblem(value) {
        if ([...value].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
          return "it contains a control character (a line break, a tab...), which a command line cannot carry";
        }
        if (LONE_SURROGATE.test(value))
          return "it is not valid Unicode (a lone surrogate)";
        if (value.includes('"')) {
          return 'it contains a double quote ("): msdeploy reads its own command line and has no escape for a quote inside a quoted value (windows-facts \xA74.5)';
        }
        if (value !== "" && !BARE.test(value) && NEEDS_QUOTES.test(value) && value.endsWith("\\")) {
          return "it must be quoted (it contains a space, a comma or a quote) and ends with a backslash, and a backslash before the closing quote is read differently by different parsers (windows-facts \xA74.5)";
        }
        return void 0;
      }
      function quoteMsDeployValue(value, options) {
        const problem = msDeployValueProblem(value);
        if (problem !== void 0) {
          const what = options.what ? `${options.what} ` : "";
          throw new core_errors.dz(options.input, `Input '${options.input}': ${what}${shown(value, options.secret ?? false)} cannot be passed to msdeploy: ${problem}.`);
        }
        if (BARE.test(value))
          return value;
        if (!NEEDS_QUOTES.test(value) && value.endsWith("\\"))
          return value;
        return `"${value}"`;
      }
      function quoteMsDeployProgram(program) {
        return /[\s']/.test(program) ? `"${program}"` : program;
      }
      ;
      function escapeMsDeployRegex(text) {
        return text.replace(/[\\*+?|{}[\]()^$.#]/g, "\\$&");
      }
      function globBodyToMsDeployRegex(body) {
        let out = "";
        for (let i = 0; i < body.length; i++) {
          const c = body[i];
          if (c === "*" && body[i + 1] === "*") {
            const startsSegment = i === 0 || body[i - 1] === "/";
            if (startsSegment && body[i + 2] === "/") {
              out += "(?:[^\\\\]*\\\\)*";
              i += 2;
              continue;
            }
            if (startsSegment && i + 2 === body.length) {
              out += ".*";
              i += 1;
              continue;
            }
            out += "[^\\\\]*";
            i += 1;
            continue;
          }
          if (c === "*")
            out += "[^\\\\]*";
          else if (c === "?")
            out += "[^\\\\]";
          else if (c === "/")
            out += "\\\\";
          else
            out += escapeMsDeployRegex(c);
        }
        return out;
      }
      function patternToMsDeployRegex(pattern) {
        return `(?i)\\\\${globBodyToMsDeployRegex(pattern.body)}$`;
      }
      function skipRulesForPattern(pattern) {
        const absolutePath = patternToMsDeployRegex(pattern);
        const rules = [{ objectName: "dirPath", absolutePath }];
        if (!pattern.directoryOnly)
          rules.push({ objectName: "filePath", absolutePath });
        return rules;
      }
      const APP_OFFLINE_SKIP = {
        objectName: "filePath",
        absolutePath: `(?i)\\\\${escapeMsDeployRegex(APP_OFFLINE_FILE)}$`
      };
      function buildMsDeploySkipRules(exclude = [], preserve = []) {
        const patterns = [
          ...clean(exclude).map((p) => (0, glob.EY)(p, "exclude")),
          ...clean(preserve).map((p) => (0, glob.EY)(p, "preserve", true))
        ];
        const rules = [APP_OFFLINE_SKIP, ...patterns.flatMap(skipRulesForPattern)];
        const seen = /* @__PURE__ */ new Set();
        return rules.filter((rule) => {
          const key = `${rule.objectName}
${rule.absolutePath.toLowerCase()}`;
          if (seen.has(key))
            return false;
          seen.add(key);
          return true;
        });
      }
      function clean(values) {
        return values.map((v) => v.trim()).filter((v) => v !== "" && !v.startsWith("#"));
      }
      ;
      const CHANGE = /^Info:\s+(Adding|Updating|Deleting)\s+(.+?)\s+\((.*)\)\.?\s*$/;
      const TOTALS = /^Total changes:\s*(\d+)\s*\(\s*(\d+) added,\s*(\d+) deleted,\s*(\d+) updated,\s*(\d+) parameters? changed,\s*(\d+) bytes copied\s*\)/i;
      const ERROR_CODE = /^(?:Error:\s*)?Error Code:\s*(?:ERROR_)?([A-Z0-9_]+)\s*$/i;
      const MORE_INFORMATION = /^More Information:\s*(.*)$/i;
      const ERROR_LINE = /^Error:\s*(.*)$/i;
      const ERROR_COUNT = /^Error count:\s*(\d+)/i;
      const WARNING_LINE = /^Warning:\s*(.*)$/i;
      const STARTS_ENTRY = /^(Info|Warning|Error|Error Code|Error count|More Information|Total changes|Verbose):/i;
      const ACTIONS = {
        Adding: "add",
        Updating: "update",
        Deleting: "delete"
      };
      function parseMsDeployOutput(stdout, stderr = "") {
        const output = {
          totals: void 0,
          changes: [],
          errors: [],
          errorCount: void 0,
          warnings: []
        };
        let current;
        let continuing;
        const lines = `${stdout}
${stderr}`.split(/\r?\n/);
        for (const rawLine of lines) {
          const line = rawLine.trim();
          if (line === "")
            continue;
          if (continuing === "message" && current && !STARTS_ENTRY.test(line)) {
            current.message = `${current.message} ${line}`.trim();
            continue;
          }
          continuing = void 0;
          let m;
          if (m = CHANGE.exec(line)) {
            output.changes.push({
              action: ACTIONS[m[1]] ?? "add",
              objectKind: m[2],
              path: m[3]
            });
          } else if (m = TOTALS.exec(line)) {
            const [changes, added, deleted, updated, parametersChanged, bytesCopied] = m.slice(1, 7).map(Number);
            output.totals = { changes, added, deleted, updated, parametersChanged, bytesCopied };
          } else if (m = ERROR_CODE.exec(line)) {
            current = { code: `ERROR_${m[1].toUpperCase()}`, message: "", details: [] };
            output.errors.push(current);
          } else if (m = MORE_INFORMATION.exec(line)) {
            if (!current) {
              current = { code: void 0, message: "", details: [] };
              output.errors.push(current);
            }
            current.message = m[1].trim();
            continuing = "message";
          } else if (m = ERROR_COUNT.exec(line)) {
            output.errorCount = Number(m[1]);
            current = void 0;
          } else if (m = ERROR_LINE.exec(line)) {
            const text = m[1].trim();
            if (current)
              current.details.push(text);
            else
              output.errors.push({ code: codeIn(text), message: text, details: [] });
          } else if (m = WARNING_LINE.exec(line)) {
            output.warnings.push(m[1].trim());
          }
        }
        return output;
      }
      function codeIn(text) {
        return /\b(ERROR_[A-Z0-9_]+)\b/.exec(text)?.[1];
      }
      function isMsDeployFailureExitCode(exitCode) {
        return exitCode !== 0;
      }
      function normalizeMsDeployExitCode(exitCode) {
        return exitCode === 255 || exitCode === 4294967295 ? -1 : exitCode;
      }
      const BUG = "iis-deploy built a command line msdeploy did not accept: this is a bug, please report it with the (masked) command line above.";
      const KNOWN_ERRORS = {
        ERROR_FILE_IN_USE: {
          summary: "a file on the destination is locked by a running process (the app itself, windows-facts \xA76)",
          fix: (c) => c.remote ? "Use 'take-offline: app-offline' (msdeploy's AppOffline rule) so the app lets go of its files before the copy; if the lock outlives it, raise msdeploy's retries or recycle the pool on the server (peers \xA73.1)." : "Use 'take-offline: both' (app_offline.htm plus a stopped pool, waiting until the worker process has exited) or 'strategy: releases' (no live file is overwritten, so nothing can be locked). More retries only hide the race (peers \xA73.1)."
        },
        ERROR_USER_UNAUTHORIZED: {
          summary: "the Web Deploy server refused the credentials (401 Unauthorized)",
          fix: () => "Check 'msdeploy-username' and 'msdeploy-password', that the site named in 'msdeploy-url' (?site=) exists, and that the user has IIS Manager permissions on that site; a Windows account may need 'msdeploy-auth-type: NTLM'."
        },
        ERROR_DESTINATION_NOT_REACHABLE: {
          summary: "the Web Deploy server could not be reached",
          fix: () => "Check the host and port in 'msdeploy-url' (the Web Management Service listens on 8172), that the service runs on the server ('net start wmsvc') and that no firewall blocks the port."
        },
        ERROR_DESTINATION_INVALID: {
          summary: "the computer name is mistyped or the computer is not reachable",
          fix: () => "Check the host name in 'msdeploy-url' (can the runner resolve and ping it?)."
        },
        ERROR_COULD_NOT_CONNECT_TO_REMOTESVC: {
          summary: "Web Deploy could not connect to the remote service",
          fix: () => "Start the Web Management Service ('net start wmsvc', port 8172) or the Web Deployment Agent Service ('net start msdepsvc', port 80) on the server, and open its port in the firewall."
        },
        ERROR_CONNECTION_TERMINATED: {
          summary: "the connection to the Web Deploy server was dropped during the sync",
          fix: () => "The sync was retried; check the network path to the server (proxies, load balancers with short idle timeouts) and run the deploy again.",
          transient: true
        },
        ERROR_CERTIFICATE_VALIDATION_FAILED: {
          summary: "the Web Deploy server's TLS certificate is not trusted (typically the self-signed certificate on 8172)",
          fix: () => "Set 'allow-untrusted: true' to accept the server's self-signed certificate, or install a certificate the runner trusts on the Web Management Service."
        },
        ERROR_SITE_DOES_NOT_EXIST: {
          summary: "the IIS site does not exist on the destination",
          fix: () => "Check 'site' (and the ?site= of 'msdeploy-url'), or create the site ('create: true' on a local target). The AppOffline rule needs an IIS site/app destination: a physical folder gives this error too (peers \xA73.2)."
        },
        ERROR_APP_DOES_NOT_EXIST: {
          summary: "the IIS application does not exist on the destination",
          fix: () => "Check 'application' (the virtual path, e.g. /api) against the site's applications."
        },
        ERROR_INSUFFICIENT_ACCESS_TO_SITE_FOLDER: {
          summary: "the deploy identity may not create or change files in the site's folder",
          fix: () => "Give the identity Full Control on the site's root folder (the Windows user, or the Web Management Service's identity for IIS Manager users), or run 'Configure Web Deploy Publishing' for the site in IIS Manager."
        },
        ERROR_INSUFFICIENT_ACCESS_TO_APPHOSTCONFIG: {
          summary: "the createApp delegation identity cannot write applicationHost.config",
          fix: () => "Give the RunAs identity of the createApp delegation rule write access to %windir%\\system32\\inetsrv\\config\\applicationHost.config."
        },
        ERROR_FAILED_TO_BRING_APP_ONLINE: {
          summary: "Web Deploy could not remove App_Offline.htm after the sync: the app stays offline (503)",
          fix: () => "Delete App_Offline.htm from the app's root folder on the server (a rerun with the AppOffline rule also removes it), and check the server's event log for why it could not."
        },
        ERROR_USER_NOT_ADMIN: {
          summary: "the Remote Agent Service needs an administrator account",
          fix: () => "Use an administrator of the server, or deploy through the Web Management Service: 'msdeploy-url: https://host:8172/msdeploy.axd?site=<site>'."
        },
        ERROR_PROXY_GATEWAY: {
          summary: "a proxy gateway blocks the connection to the Web Deploy server",
          fix: () => "Web Deploy ignores the system proxy settings: deploy from a network that reaches the server directly."
        },
        ERROR_OBJECT_TO_BE_DELETED_DOES_NOT_EXIST: {
          summary: "something else changed the destination during the sync",
          fix: () => "Make sure no other deploy or process writes to the target at the same time, and run the deploy again.",
          transient: true
        },
        ERROR_EXCEPTION_WHILE_CREATING_OBJECT: {
          summary: "Web Deploy could not read the source",
          fix: () => "Check that 'source' exists and that the runner's account can read every file in it."
        },
        ERROR_API_NOT_SUPPORTED: {
          summary: "the server runs an older Web Deploy than this msdeploy",
          fix: () => "Install the latest Web Deploy (3.6 or later) on the server."
        },
        ERROR_ASSEMBLY_NOT_FOUND: {
          summary: "Web Deploy could not load one of its components",
          fix: () => "Repair or reinstall Web Deploy (3.6 or later) on the machine that reported it."
        },
        ERROR_NOT_SUPPORTED: {
          summary: "the server does not allow creating or changing applications during a publish",
          fix: () => "Create the application on the server first, then deploy to it ('site' + 'application')."
        },
        ERROR_MAX_NUM_APPLICATIONS_EXCEEDED: {
          summary: "the server allows no more applications for this user",
          fix: () => "Ask the server administrator for more applications, or remove unused ones."
        },
        ERROR_FRAMEWORK_VERSIONS_DO_NOT_MATCH: {
          summary: "msdeploy here and on the server run on different .NET Framework versions",
          fix: () => "Install the same Web Deploy and .NET Framework versions on the runner and the server."
        },
        ERROR_INVALID_PATH: { summary: "msdeploy did not accept a provider path", fix: () => BUG },
        ERROR_INVALID_SETTING_SPECIFIED: { summary: "msdeploy did not accept a provider setting", fix: () => BUG },
        ERROR_INVALID_SETTING_VALUE_SPECIFIED: {
          summary: "msdeploy did not accept a provider setting value",
          fix: () => BUG
        }
      };
      function knownError(code) {
        if (code === void 0)
          return void 0;
        const known = KNOWN_ERRORS[code];
        if (known)
          return known;
        const provider = /^ERROR_USER_NOT_AUTHORIZED_FOR_(\w+)$/.exec(code)?.[1];
        if (provider) {
          return {
            summary: `the user is not allowed to use the Web Deploy provider '${provider}' (no delegation rule)`,
            fix: () => `Add a Management Service delegation rule for '${provider}' on the server (IIS Manager, Management Service Delegation), or repair Web Deploy so it recreates its default rules.`
          };
        }
        return void 0;
      }
      class MsDeployError extends core_errors.v4 {
        code;
        transient;
        details;
        name = "MsDeployError";
        constructor(code, exitCode, message, fix, transient, details) {
          super("msdeploy", exitCode, message, fix);
          this.code = code;
          this.transient = transient;
          this.details = details;
        }
      }
      const MSDEPLOY_COMMAND_LINE_ERROR = "MSDEPLOY_COMMAND_LINE";
      function exitCodeText(exitCode) {
        const normalized = normalizeMsDeployExitCode(exitCode);
        return normalized === exitCode ? `exit code ${exitCode}` : `exit code ${normalized} (reported as ${exitCode})`;
      }
      function classifyMsDeployFailure(output, exitCode, context = {}) {
        const failedByText = output.errors.length > 0 || (output.errorCount ?? 0) > 0;
        if (!failedByText && !isMsDeployFailureExitCode(exitCode))
          return void 0;
        const coded = output.errors.find((e) => e.code !== void 0 && knownError(e.code)) ?? output.errors.find((e) => e.code !== void 0);
        const commandLine = output.errors.find((e) => /Unrecognized argument|must begin with "-"/i.test(e.message));
        const details = output.errors.flatMap((e) => [e.message, ...e.details]).filter(Boolean);
        const shownDetails = details.slice(0, 6).join(" | ");
        if (!coded && commandLine) {
          return new MsDeployError(MSDEPLOY_COMMAND_LINE_ERROR, exitCode, `msdeploy failed (${exitCodeText(exitCode)}): it could not read its command line: ${commandLine.message}`, BUG, false, details);
        }
        const code = coded?.code ?? (/transport connection/i.test(details.join("\n")) ? "ERROR_CONNECTION_TERMINATED" : void 0);
        const known = knownError(code);
        const parts = [`msdeploy failed (${exitCodeText(exitCode)}${code ? `, ${code}` : ""})`];
        if (known)
          parts.push(`: ${known.summary}.`);
        else
          parts.push(".");
        if (shownDetails)
          parts.push(` msdeploy said: ${shownDetails}`);
        if (code === "ERROR_FILE_IN_USE" && context.retryAttempts !== void 0) {
          parts.push(` (after msdeploy's ${context.retryAttempts} retries)`);
        }
        if (context.appOffline && code !== "ERROR_FAILED_TO_BRING_APP_ONLINE") {
          parts.push(" The AppOffline rule may have left App_Offline.htm in place: the app answers 503 until it is removed.");
        }
        let fix = known?.fix(context);
        if (!fix && code)
          fix = `See https://go.microsoft.com/fwlink/?LinkId=221672#${code} for what ${code} means.`;
        if (!fix)
          fix = "Read the msdeploy output above; rerun with debug logging for the full log.";
        return new MsDeployError(code, exitCode, parts.join(""), fix, known?.transient ?? false, details);
      }
      ;
      const DEFAULT_MSDEPLOY_RETRY_ATTEMPTS = 5;
      const DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS = 3e3;
      const MASK = "***";
      function isIisTarget(target) {
        return "site" in target;
      }
      function trimTrailingSeparators(value) {
        const trimmed = value.replace(/[\\/]+$/, "");
        if (trimmed === "" || /^[A-Za-z]:$/.test(trimmed))
          return value.slice(0, trimmed.length + 1);
        return trimmed;
      }
      function checkValue(value, input, what, secret = false) {
        quoteMsDeployValue(value, { input, what, secret });
      }
      function iisAppPath(site, application = "/") {
        if (site === "")
          throw new core_errors.dz("site", "Input 'site' is empty: name the IIS site to deploy to.");
        if (/[\\/]/.test(site)) {
          throw new core_errors.dz("site", `Input 'site' is '${site}': a site name cannot contain '/' or '\\'.`);
        }
        checkValue(site, "site", "the site name");
        const segments = application.replace(/\\/g, "/").split("/").filter(Boolean);
        if (segments.some((s) => s === "." || s === "..")) {
          throw new core_errors.dz("application", `Input 'application' is '${application}': use a virtual path such as / or /api.`);
        }
        checkValue(segments.join("/"), "application", "the application path");
        return [site, ...segments].join("/");
      }
      function msDeployComputerName(url, site) {
        const input = "msdeploy-url";
        if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
          if (/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/.test(url))
            return url;
          throw new core_errors.dz(input, `Input '${input}' is '${url}': use https://host:8172/msdeploy.axd?site=<site> (Web Management Service) or a host name (Remote Agent Service).`);
        }
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          throw new core_errors.dz(input, `Input '${input}' is '${url}', which is not a URL: write it as https://host:8172/msdeploy.axd?site=<site>.`);
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
          throw new core_errors.dz(input, `Input '${input}' is '${url}': only https (or http) URLs are allowed.`);
        }
        if (parsed.username || parsed.password) {
          throw new core_errors.dz(input, `Input '${input}' holds credentials: put them in 'msdeploy-username' and 'msdeploy-password' (the URL is logged, the password input is masked).`);
        }
        if (parsed.pathname === "" || parsed.pathname === "/")
          parsed.pathname = "/msdeploy.axd";
        const named = parsed.searchParams.get("site");
        if (named === null) {
          parsed.search = `${parsed.search ? `${parsed.search}&` : "?"}site=${encodeURIComponent(site)}`;
        } else if (named.toLowerCase() !== site.toLowerCase()) {
          throw new core_errors.dz(input, `Input '${input}' names the site '${named}' (?site=) but 'site' is '${site}': Web Deploy authorizes per site, so they must match.`);
        }
        parsed.hash = "";
        return parsed.href;
      }
      function formatSkipArgument(rule) {
        return `-skip:objectName=${rule.objectName},absolutePath=${quoteMsDeployValue(rule.absolutePath, { input: "preserve" })}`;
      }
      function checkCount(value, input, max) {
        if (!Number.isInteger(value) || value < 0 || value > max) {
          throw new core_errors.dz(input, `'${input}' is ${value}: use a whole number from 0 to ${max}.`);
        }
        return value;
      }
      function buildMsDeployCommandLine(options) {
        const { target, remote } = options;
        const iis = isIisTarget(target);
        const appPath = iis ? iisAppPath(target.site, target.application) : void 0;
        const isPackage = options.package !== void 0;
        const source = trimTrailingSeparators(options.package?.path ?? options.source);
        if (!iis && remote) {
          throw new core_errors.dz("site", "A remote Web Deploy target ('msdeploy-url') needs 'site': the server authorizes per site.");
        }
        if (!iis && options.appOffline) {
          throw new core_errors.dz("take-offline", "msdeploy's AppOffline rule needs an IIS site/app destination ('site'), not a physical folder: a folder gives ERROR_SITE_DOES_NOT_EXIST (peers \xA73.2).");
        }
        if (!iis && isPackage) {
          throw new core_errors.dz("source", `Input 'source' is a Web Deploy package ('${options.source}'): it deploys to an IIS app, so 'site' is required.`);
        }
        const sourceValue = quoteMsDeployValue(source, { input: "source", what: "the publish folder" });
        const provider = iis ? "iisApp" : "contentPath";
        const sourceArg = options.package ? `-source:${options.package.kind}=${sourceValue}` : `-source:${provider}=${sourceValue}`;
        const destParts = [];
        const add = (real, shown2 = real) => {
          destParts.push({ real, shown: shown2 });
        };
        if (isPackage)
          add("auto");
        else if (iis)
          add(`iisApp=${quoteMsDeployValue(appPath, { input: "site" })}`);
        else {
          const folder = trimTrailingSeparators(target.folder);
          add(`contentPath=${quoteMsDeployValue(folder, { input: "physical-path", what: "the target folder" })}`);
        }
        if (remote) {
          const computerName = msDeployComputerName(remote.url, target.site);
          add(`computerName=${quoteMsDeployValue(computerName, { input: "msdeploy-url" })}`);
          if (remote.userName !== void 0 && remote.userName !== "") {
            add(`userName=${quoteMsDeployValue(remote.userName, { input: "msdeploy-username", what: "the user name" })}`);
          }
          if (remote.password !== void 0 && remote.password !== "") {
            if (remote.userName === void 0 || remote.userName === "") {
              throw new core_errors.dz("msdeploy-username", "Input 'msdeploy-password' is set but 'msdeploy-username' is not: give both.");
            }
            const quoted2 = quoteMsDeployValue(remote.password, {
              input: "msdeploy-password",
              what: "the password",
              secret: true
            });
            add(`password=${quoted2}`, `password=${MASK}`);
          }
          const authType = remote.authType ?? "Basic";
          if (authType !== "Basic" && authType !== "NTLM") {
            throw new core_errors.dz("msdeploy-auth-type", `Input 'msdeploy-auth-type' is '${String(authType)}': use Basic or NTLM.`);
          }
          add(`authType=${authType}`);
        }
        add("includeAcls=False");
        const args = ["-verb:sync", sourceArg];
        const displayArgs = ["-verb:sync", sourceArg];
        args.push(`-dest:${destParts.map((p) => p.real).join(",")}`);
        displayArgs.push(`-dest:${destParts.map((p) => p.shown).join(",")}`);
        const rest = [];
        if (options.package) {
          rest.push(...options.package.setParams);
          if (options.package.setParamFile !== void 0) {
            rest.push(`-setParamFile:${quoteMsDeployValue(options.package.setParamFile, { input: "set-parameters-file" })}`);
          }
        }
        if (options.appOffline)
          rest.push("-enableRule:AppOffline");
        if (!options.deleteExtra)
          rest.push("-enableRule:DoNotDeleteRule");
        for (const rule of buildMsDeploySkipRules(options.exclude, options.preserve))
          rest.push(formatSkipArgument(rule));
        rest.push(...options.extraSkips ?? []);
        rest.push(...(options.extraArgs ?? []).filter((a) => !/^-retry(Attempts|Interval):/i.test(a)));
        const attempts = checkCount(options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS, "retryAttempts", 100);
        const interval = checkCount(options.retryIntervalMs ?? DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS, "retryIntervalMs", 6e5);
        rest.push(`-retryAttempts:${attempts}`, `-retryInterval:${interval}`);
        if (options.checksum)
          rest.push("-useChecksum");
        if (remote?.allowUntrusted)
          rest.push("-allowUntrusted");
        if (options.dryRun)
          rest.push("-whatif");
        return { args: [...args, ...rest], displayArgs: [...displayArgs, ...rest] };
      }
      function buildMsDeployRemoveAppOfflineCommandLine(options) {
        const { target, remote } = options;
        if (!isIisTarget(target)) {
          throw new core_errors.dz("site", "Removing App_Offline.htm through msdeploy needs an IIS target (site).");
        }
        const file = `${iisAppPath(target.site, target.application)}/App_Offline.htm`;
        const real = [`contentPath=${quoteMsDeployValue(file, { input: "site" })}`];
        const shown2 = [...real];
        if (remote) {
          const computerName = quoteMsDeployValue(msDeployComputerName(remote.url, target.site), {
            input: "msdeploy-url"
          });
          real.push(`computerName=${computerName}`);
          shown2.push(`computerName=${computerName}`);
          if (remote.userName) {
            const user = `userName=${quoteMsDeployValue(remote.userName, { input: "msdeploy-username" })}`;
            real.push(user);
            shown2.push(user);
          }
          if (remote.password) {
            real.push(`password=${quoteMsDeployValue(remote.password, { input: "msdeploy-password", secret: true })}`);
            shown2.push(`password=${MASK}`);
          }
          real.push(`authType=${remote.authType ?? "Basic"}`);
          shown2.push(`authType=${remote.authType ?? "Basic"}`);
        }
        const tail = remote?.allowUntrusted ? ["-allowUntrusted"] : [];
        return {
          args: ["-verb:delete", `-dest:${real.join(",")}`, ...tail],
          displayArgs: ["-verb:delete", `-dest:${shown2.join(",")}`, ...tail]
        };
      }
      function maskedError(error, reporter) {
        if (error instanceof Error) {
          error.message = reporter.mask(error.message);
          if (error.stack)
            error.stack = reporter.mask(error.stack);
        }
        return error;
      }
      function msDeploySyncResult(output, exitCode, dryRun) {
        const files = output.changes.filter((c) => c.objectKind.toLowerCase() === "file");
        const useLines = output.changes.length > 0 || output.totals === void 0;
        const count = (action) => files.filter((c) => c.action === action).length;
        const filesAdded = useLines ? count("add") : output.totals?.added ?? 0;
        const filesUpdated = useLines ? count("update") : output.totals?.updated ?? 0;
        const filesDeleted = useLines ? count("delete") : output.totals?.deleted ?? 0;
        const bytesCopied = output.totals?.bytesCopied ?? 0;
        const verb = dryRun ? "would change" : "changed";
        const total = output.totals ? ` (msdeploy: ${output.totals.changes} changes)` : "";
        return {
          method: "msdeploy",
          filesAdded,
          filesUpdated,
          filesDeleted,
          bytesCopied,
          exitCode,
          summary: `Web Deploy ${verb} ${filesAdded + filesUpdated + filesDeleted} files: ${filesAdded} added, ${filesUpdated} updated, ${filesDeleted} deleted, ${bytesCopied} bytes copied${total}.`,
          dryRun
        };
      }
      async function runMsDeploy(ports, command, options) {
        const { runner, reporter, tools } = ports;
        const msdeploy = await tools.resolve("msdeploy");
        reporter.info(`[command]${quoteMsDeployProgram(msdeploy)} ${command.displayArgs.join(" ")}`);
        let result;
        try {
          result = await runner.run(msdeploy, command.args, {
            verbatimArguments: true,
            silent: true,
            timeoutMs: options.timeoutMs,
            signal: options.signal
          });
        } catch (error) {
          throw maskedError(error, reporter);
        }
        const stdout = reporter.mask(result.stdout);
        const stderr = reporter.mask(result.stderr);
        if (stdout.trim())
          reporter.info(stdout.trimEnd());
        if (stderr.trim())
          reporter.info(stderr.trimEnd());
        return { output: parseMsDeployOutput(stdout, stderr), exitCode: result.exitCode };
      }
      async function syncWithWebDeploy(ports, options) {
        const { reporter } = ports;
        if (options.remote?.password)
          reporter.registerSecret(options.remote.password);
        const command = buildMsDeployCommandLine(options);
        const attempts = Math.max(1, options.connectionAttempts ?? 3);
        const context = {
          remote: options.remote !== void 0,
          appOffline: options.appOffline ?? false,
          retryAttempts: options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS
        };
        for (let attempt = 1; ; attempt++) {
          const { output, exitCode } = await runMsDeploy(ports, command, options);
          const failure = classifyMsDeployFailure(output, exitCode, context);
          if (!failure) {
            const result = msDeploySyncResult(output, exitCode, options.dryRun ?? false);
            reporter.info(result.summary);
            return result;
          }
          if (!failure.transient || attempt >= attempts)
            throw failure;
          const delay = options.connectionRetryDelayMs ?? 5e3;
          reporter.warning(`${failure.message.split("\n")[0]} Running the sync again in ${delay} ms (attempt ${attempt + 1} of ${attempts}).`);
          if (options.signal?.aborted)
            throw new core_errors.cc();
          await (ports.clock?.sleep(delay, options.signal) ?? new Promise((r) => setTimeout(r, delay)));
        }
      }
      async function removeAppOfflineWithWebDeploy(ports, options) {
        if (options.remote?.password)
          ports.reporter.registerSecret(options.remote.password);
        const command = buildMsDeployRemoveAppOfflineCommandLine(options);
        const { output, exitCode } = await runMsDeploy(ports, command, options);
        const failure = classifyMsDeployFailure(output, exitCode, { remote: options.remote !== void 0 });
        if (failure)
          throw failure;
      }
      ;
      const IIS_WEB_APPLICATION_NAME = "IIS Web Application Name";
      function findEntry(dir, name) {
        try {
          const found = external_node_fs_default().readdirSync(dir).find((n) => n.toLowerCase() === name.toLowerCase());
          return found === void 0 ? void 0 : external_node_path_default().join(dir, found);
        } catch {
          return void 0;
        }
      }
      function isWebDeployPackageDir(dir) {
        return findEntry(dir, "parameters.xml") !== void 0 && findEntry(dir, "systemInfo.xml") !== void 0;
      }
      function read(file, what) {
        try {
          return (0, parse_xml.gx)(file);
        } catch (error) {
          if (error instanceof parse_xml.mI)
            throw new core_errors.dz("source", `Input 'source': ${what}: ${error.diagnostic}`);
          throw error;
        }
      }
      function elementsNamed(doc, name) {
        return [...(0, xml_edit.DG)(doc)].filter((e) => e.name.toLowerCase() === name.toLowerCase());
      }
      function attr(element, name) {
        const found = element.attributes.find((a) => a.name.toLowerCase() === name.toLowerCase());
        return found === void 0 ? void 0 : (0, xml_edit.D$)(element, found.name);
      }
      function readPackageParameters(file) {
        const doc = read(file, "the package's parameters.xml");
        return elementsNamed(doc, "parameter").map((p) => ({
          name: attr(p, "name") ?? "",
          defaultValue: attr(p, "defaultValue"),
          entries: (0, xml_edit.AR)(p).filter((e) => e.name.toLowerCase() === "parameterentry").map((e) => ({
            kind: attr(e, "kind") ?? attr(e, "type") ?? "",
            scope: attr(e, "scope") ?? "",
            match: attr(e, "match") ?? ""
          }))
        }));
      }
      function contentPathOf(buildPath) {
        return buildPath.replace(/^([A-Za-z]):/, "$1_C").replace(/\\/g, "/").replace(/\/+$/, "");
      }
      function findContentRoot(archiveDir) {
        const content = findEntry(archiveDir, "Content");
        if (content === void 0 || !external_node_fs_default().statSync(content).isDirectory()) {
          throw new core_errors.dz("source", `Input 'source' is a Web Deploy package without a Content folder (${archiveDir}): rebuild it with dotnet publish -p:WebPublishMethod=Package.`);
        }
        const archive = findEntry(archiveDir, "archive.xml");
        if (archive !== void 0) {
          const doc = read(archive, "the package's archive.xml");
          for (const element of (0, xml_edit.DG)(doc)) {
            const kind = element.name.toLowerCase();
            const where = attr(element, "path");
            if ((kind === "iisapp" || kind === "contentpath") && where) {
              const candidate = external_node_path_default().join(content, ...contentPathOf(where).split("/"));
              if (external_node_fs_default().existsSync(candidate) && external_node_fs_default().statSync(candidate).isDirectory())
                return candidate;
            }
          }
        }
        let dir = content;
        for (; ; ) {
          const entries2 = external_node_fs_default().readdirSync(dir, { withFileTypes: true });
          if (entries2.length !== 1 || !entries2[0]?.isDirectory())
            return dir;
          dir = external_node_path_default().join(dir, entries2[0].name);
        }
      }
      function readWebDeployPackage(archiveDir) {
        const parameters = readPackageParameters(findEntry(archiveDir, "parameters.xml"));
        return { archiveDir, contentRoot: findContentRoot(archiveDir), parameters };
      }
      function readSetParametersFile(file) {
        let doc;
        try {
          doc = (0, parse_xml.gx)(file);
        } catch (error) {
          if (error instanceof parse_xml.mI)
            throw new core_errors.dz("set-parameters-file", `Input 'set-parameters-file': ${error.diagnostic}`);
          throw error;
        }
        if (doc.root?.name !== "parameters") {
          throw new core_errors.dz("set-parameters-file", `Input 'set-parameters-file': ${file} is not a SetParameters file (its root element is '${doc.root?.name ?? ""}', expected <parameters> with <setParameter name="\u2026" value="\u2026"/>).`);
        }
        return (0, xml_edit.AR)(doc.root, "setParameter").map((e) => ({
          name: attr(e, "name") ?? "",
          value: attr(e, "value") ?? ""
        }));
      }
      function formatSetParametersFile(values) {
        const lines = values.map((v) => `  <setParameter name="${(0, xml_document.Gj)(v.name)}" value="${(0, xml_document.Gj)(v.value)}" />`);
        return `<?xml version="1.0" encoding="utf-8"?>
<parameters>
${lines.join("\n")}
</parameters>
`;
      }
      function undeclared(pkg, name, input) {
        const names = pkg.parameters.map((p) => `'${p.name}'`).join(", ");
        return new core_errors.dz(input, `Input '${input}': the package declares no parameter '${name}' (msdeploy would fail with "Source does not support parameter called '${name}'"). It declares: ${names || "none"}.`);
      }
      function planPackageParameters(pkg, iisApp, options) {
        const declared = new Map(pkg.parameters.map((p) => [p.name.toLowerCase(), p]));
        if (!declared.has(IIS_WEB_APPLICATION_NAME.toLowerCase())) {
          throw new core_errors.dz("source", `Input 'source' is a Web Deploy package that declares no '${IIS_WEB_APPLICATION_NAME}' parameter: it would deploy to whatever IIS path it was built for, not to 'site'/'application'. Rebuild it with dotnet publish -p:WebPublishMethod=Package (which declares it), or deploy the publish folder.`);
        }
        const errors = [];
        const byName = /* @__PURE__ */ new Map();
        const setParams = [];
        const fileValues = [];
        const app = { name: IIS_WEB_APPLICATION_NAME, value: iisApp };
        for (const v of options.setParameters ?? []) {
          const input = v.secret ? "secret-set-parameters" : "set-parameters";
          if (!declared.has(v.name.toLowerCase()))
            errors.push(undeclared(pkg, v.name, input));
          else if (v.name.toLowerCase() === app.name.toLowerCase() && v.value.toLowerCase() !== iisApp.toLowerCase()) {
            errors.push(new core_errors.dz(input, `Input '${input}' sets '${app.name}' to '${v.value}' but 'site'/'application' say '${iisApp}': set the target with 'site' and 'application' only.`));
          } else
            byName.set(v.name.toLowerCase(), v);
        }
        byName.set(app.name.toLowerCase(), app);
        for (const v of options.setParametersFile ?? []) {
          if (!declared.has(v.name.toLowerCase()))
            errors.push(undeclared(pkg, v.name, "set-parameters-file"));
          else if (!byName.has(v.name.toLowerCase()))
            fileValues.push(v);
        }
        if (errors.length > 0)
          throw new core_errors.G(errors);
        for (const v of byName.values()) {
          if (v.secret || msDeployValueProblem(v.value) !== void 0 || msDeployValueProblem(v.name) !== void 0) {
            if (!v.secret && msDeployValueProblem(v.name) !== void 0) {
              quoteMsDeployValue(v.name, { input: "set-parameters", what: "the parameter name" });
            }
            fileValues.push(v);
            continue;
          }
          setParams.push(`-setParam:name=${quoteParam(v.name)},value=${quoteParam(v.value)}`);
        }
        return {
          setParams,
          setParamFile: fileValues.length > 0 ? formatSetParametersFile(fileValues) : void 0,
          iisApp
        };
      }
      function quoteParam(value) {
        return quoteMsDeployValue(value, { input: "set-parameters" });
      }
      const SKIP_KEYS = new Map(["objectName", "absolutePath", "skipAction", "keyAttribute", "xPath"].map((k) => [k.toLowerCase(), k]));
      const SKIP_SHORTHANDS = /* @__PURE__ */ new Map([
        ["directory", "dirPath"],
        ["file", "filePath"]
      ]);
      const SKIP_ACTIONS = ["Delete", "AddChild", "Add", "Update", "Sync"];
      function formatUserSkip(line) {
        const fail2 = (why) => {
          throw new core_errors.dz("msdeploy-skip", `Input 'msdeploy-skip' has '${line}': ${why}.`);
        };
        let settings;
        try {
          settings = parseMsDeploySettings(line);
        } catch (error) {
          return fail2(error.message);
        }
        if (settings.length === 0)
          fail2("it is empty");
        const parts = [];
        let hasObject = false;
        for (const s of settings) {
          const key = s.key.toLowerCase();
          const value = s.value ?? "";
          if (s.value === void 0 || value === "")
            fail2(`'${s.key}' needs a value (key=value)`);
          const shorthand = SKIP_SHORTHANDS.get(key);
          if (shorthand !== void 0) {
            checkRegex(value, fail2);
            hasObject = true;
            parts.push(`objectName=${shorthand}`, `absolutePath=${quoteMsDeployValue(value, { input: "msdeploy-skip" })}`);
            continue;
          }
          const canonical = SKIP_KEYS.get(key);
          if (canonical === void 0) {
            fail2(`'${s.key}' is not a skip setting; use objectName, absolutePath, skipAction, keyAttribute, xPath, or Directory=/File=`);
          }
          if (canonical === "objectName") {
            if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value))
              fail2(`objectName '${value}' is not a provider name such as filePath or dirPath`);
            hasObject = true;
          }
          if (canonical === "skipAction" && !SKIP_ACTIONS.some((a) => a.toLowerCase() === value.toLowerCase())) {
            fail2(`skipAction '${value}' is not one of ${SKIP_ACTIONS.join(", ")}`);
          }
          if (canonical === "absolutePath")
            checkRegex(value, fail2);
          parts.push(`${canonical}=${quoteMsDeployValue(value, { input: "msdeploy-skip" })}`);
        }
        if (!hasObject && !parts.some((p) => p.startsWith("absolutePath="))) {
          fail2("a skip needs objectName (or Directory=/File=) or absolutePath, or it would skip everything");
        }
        return `-skip:${parts.join(",")}`;
      }
      function checkRegex(value, fail2) {
        try {
          new RegExp(value.replace(/^\(\?[imsx]+\)/, ""));
        } catch (error) {
          fail2(`'${value}' is not a valid regular expression (${error.message})`);
        }
      }
      const MSDEPLOY_RULES = [
        "AppOffline",
        "DoNotDeleteRule",
        "SkipNewerFilesRule",
        "BlockHarmfulDeleteOperations",
        "EnableDirectoryBrowsing",
        "IgnoreAppOfflineFiles"
      ];
      const MSDEPLOY_LINKS = ["AppPoolExtension", "ContentExtension", "CertificateExtension"];
      function parseMsDeployFlags(lines) {
        const result = { args: [], enabledRules: [], disabledRules: [] };
        for (const line of lines) {
          const match = /^-(enableRule|disableRule|enableLink|disableLink|retryAttempts|retryInterval):([A-Za-z0-9]+)$/i.exec(line.trim());
          const fail2 = (why) => {
            throw new core_errors.dz("msdeploy-flags", `Input 'msdeploy-flags' has '${line}': ${why}.`);
          };
          if (!match) {
            fail2("allowed are -enableRule:<rule>, -disableRule:<rule>, -enableLink:<link>, -disableLink:<link>, -retryAttempts:<n> and -retryInterval:<ms>, one per line (exclusions go in msdeploy-skip)");
          }
          const m = match;
          const switchName = m[1].toLowerCase();
          const value = m[2];
          if (switchName === "retryattempts" || switchName === "retryinterval") {
            const n = Number(value);
            const max = switchName === "retryattempts" ? 100 : 6e5;
            if (!/^\d+$/.test(value) || n > max)
              fail2(`use a whole number from 0 to ${max}`);
            if (switchName === "retryattempts")
              result.retryAttempts = n;
            else
              result.retryInterval = n;
            continue;
          }
          const isRule = switchName.endsWith("rule");
          const known = isRule ? MSDEPLOY_RULES : MSDEPLOY_LINKS;
          const canonical = known.find((k) => k.toLowerCase() === value.toLowerCase());
          if (canonical === void 0)
            fail2(`'${value}' is not one of ${known.join(", ")}`);
          const name = switchName.startsWith("enable") ? "enable" : "disable";
          const arg = `-${name}${isRule ? "Rule" : "Link"}:${canonical}`;
          if (isRule)
            (name === "enable" ? result.enabledRules : result.disabledRules).push(canonical);
          result.args.push(arg);
        }
        return result;
      }
      ;
      function openPackage(ctx, extracted) {
        if (!isWebDeployPackageDir(extracted))
          return void 0;
        const pkg = readWebDeployPackage(extracted);
        const o = ctx.options;
        if (o.strategy === "releases") {
          throw new core_errors.dz("strategy", `Input 'source' is a Web Deploy package and 'strategy' is 'releases': Web Deploy writes the package into the IIS application's own folder. Use 'strategy: in-place', or deploy the publish folder.`);
        }
        if (o.site !== void 0) {
          planPackageParameters(pkg, iisAppPath(o.site, o.application), {
            setParametersFile: o.setParametersFile ? readSetParametersFile(o.setParametersFile) : void 0,
            setParameters: o.setParameters
          });
        }
        ctx.reporter.info(`${o.source} is a Web Deploy package (parameters: ${pkg.parameters.map((p) => p.name).join(", ") || "none"}): it is deployed with msdeploy.`);
        return pkg;
      }
      async function applyXmlVariablesToApp(ctx, app) {
        const o = ctx.options;
        if (o.xmlVariables.length === 0)
          return;
        const { applyXmlVariables, findParameterOverrides, writeXmlVariableFiles } = await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(483), __nccwpck_require__2.e(376)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 2376));
        const result = applyXmlVariables({
          appDir: app.dir,
          variables: o.xmlVariables,
          files: o.xmlFiles,
          reporter: ctx.reporter,
          write: false
        });
        if (app.package) {
          const overrides = findParameterOverrides(result, app.package.parameters);
          if (overrides.length > 0) {
            throw new core_errors.G(overrides.map(({ change, parameter }) => {
              const input = change.secret ? "secret-xml-variables" : "xml-variables";
              return new core_errors.dz(input, `Input '${input}': '${change.name}' (${change.file} ${change.target}) is also set by the package's parameter '${parameter}', which Web Deploy applies while deploying: the value would be replaced. Set it with '${change.secret ? "secret-set-parameters" : "set-parameters"}: ${parameter}=\u2026' instead.`);
            }));
          }
        }
        const written = writeXmlVariableFiles(app.dir, result);
        for (const file of written)
          if (!app.modified?.includes(file))
            app.modified?.push(file);
        const changed = result.changes.filter((c) => c.action !== "unchanged");
        if (changed.length > 0)
          app.changes.push(`${changed.length} XML variable(s) set in ${written.join(", ")}`);
      }
      ;
      const PROBLEM = {
        add: "missing",
        update: "differs",
        delete: "not deleted"
      };
      async function findCopyMismatches(options) {
        const { plannedDeletes, ...compare } = options;
        const planned = plannedDeletes && new Set(plannedDeletes.map(pathKey));
        const plan = await planChanges(compare);
        return plan.changes.filter((change) => change.kind !== "delete" || !planned || planned.has(pathKey(change.path))).map((change) => ({ path: change.path, problem: PROBLEM[change.kind] }));
      }
      function describeMismatches(mismatches, max = 5) {
        const shown2 = mismatches.slice(0, max).map((m) => `${m.path} (${m.problem})`).join(", ");
        return mismatches.length > max ? `${shown2} and ${mismatches.length - max} more` : shown2;
      }
      async function verifyCopy(tool, exitCode, options) {
        const mismatches = await findCopyMismatches(options);
        if (mismatches.length === 0)
          return;
        const how = options.checksum ? "content, byte for byte" : "size and modification time";
        throw new core_errors.v4(tool, exitCode, `${tool} reported success (exit code ${exitCode}), but ${mismatches.length} file(s) in ${options.target} do not match the publish folder (${how}): ${describeMismatches(mismatches)}.`, "Check the free space on the target disk and that nothing else changes the folder during the deploy (antivirus, another tool), then deploy again.");
      }
      ;
      const RELEASES_DIR = "releases";
      const SHARED_DIR = "shared";
      const DEFAULT_KEEP_RELEASES = 5;
      const STALE_STAGING_MS = 60 * 60 * 1e3;
      const STAGING_PREFIX = ".staging-";
      const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
      function validateReleaseId(id) {
        const value = id.trim();
        const problem = value !== id && value !== "" ? "must not start or end with a space (Windows drops a trailing one)" : !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value) ? 'may only hold letters, digits, ".", "_" and "-", start with a letter or digit, and be at most 100 characters long (it is a folder name)' : value.endsWith(".") ? 'must not end with "." (Windows drops it)' : RESERVED_NAMES.test(value) ? "is a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without an extension)" : void 0;
        if (problem) {
          throw new core_errors.dz("release-id", `Input 'release-id': '${id}' ${problem}. Use e.g. 42-1 or 2026.11.22-1 (the default is the run number and attempt).`);
        }
        return value;
      }
      function expandPhysicalPath(value, env = {}) {
        return value.replace(/%([^%]+)%/g, (whole, name) => {
          const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
          const found = key === void 0 ? void 0 : env[key];
          if (found !== void 0)
            return found;
          if (name.toLowerCase() === "systemdrive")
            return "C:";
          return whole;
        });
      }
      function stripSeparators(p) {
        const stripped = p.replace(/[\\/]+$/, "");
        if (stripped === "" || /^[A-Za-z]:$/.test(stripped))
          return p;
        return stripped;
      }
      function resolveReleaseRoot(options) {
        if (options.physicalPath?.trim())
          return stripSeparators(expandPhysicalPath(options.physicalPath, options.env));
        if (!options.livePhysicalPath?.trim()) {
          throw new core_errors.dz("physical-path", "Input 'physical-path': needed with strategy: releases when IIS reports no physical path for the site/application (e.g. with create: true).");
        }
        const live = stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env));
        const api = file_tree_pathApiFor(live);
        const parent = api.dirname(live);
        if (parent !== live && api.basename(parent).toLowerCase() === RELEASES_DIR)
          return api.dirname(parent);
        return live;
      }
      function samePath(a, b) {
        if (a === void 0 || b === void 0)
          return false;
        const norm = (p) => stripSeparators(p).replace(/\\/g, "/").toLowerCase();
        return norm(a) === norm(b);
      }
      function planReleaseLayout(options) {
        const releaseId = validateReleaseId(options.releaseId);
        const root = resolveReleaseRoot(options);
        const api = file_tree_pathApiFor(root);
        const releasesDir = api.join(root, RELEASES_DIR);
        const sharedDir = api.join(root, SHARED_DIR);
        const releasePath = api.join(releasesDir, releaseId);
        const live = options.livePhysicalPath?.trim() ? stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env)) : void 0;
        const filters = buildSyncFilters([], options.preserve);
        const sharedLinks = filters.preserve.map((p) => ({
          name: p.body,
          link: joinRelative(releasePath, p.body),
          target: joinRelative(sharedDir, p.body)
        }));
        return { root, releasesDir, sharedDir, releaseId, releasePath, previousPath: live, sharedLinks };
      }
      function rollbackTarget(layout) {
        return layout.previousPath;
      }
      function linkDirectory(target, link) {
        external_node_fs_default().symlinkSync(target, link, process.platform === "win32" ? "junction" : "dir");
      }
      function copyTree(from, to) {
        let count = 0;
        external_node_fs_default().mkdirSync(to, { recursive: true });
        for (const entry of external_node_fs_default().readdirSync(from, { withFileTypes: true })) {
          const a = joinRelative(from, entry.name);
          const b = joinRelative(to, entry.name);
          if (entry.isSymbolicLink())
            continue;
          if (entry.isDirectory())
            count += copyTree(a, b);
          else if (entry.isFile()) {
            copyFileKeepingTime(a, b);
            count++;
          }
        }
        return count;
      }
      function lstatOrUndefined(p) {
        try {
          return external_node_fs_default().lstatSync(p);
        } catch {
          return void 0;
        }
      }
      async function stageRelease(ports, options) {
        const { layout } = options;
        const live = layout.previousPath;
        if (samePath(live, layout.releasePath)) {
          throw new core_errors.dz("release-id", `Input 'release-id': '${layout.releaseId}' is the live release (${layout.releasePath}); a release is never overwritten. Choose a new id (the default, run number and attempt, is unique per run).`);
        }
        const liveExists = live !== void 0 && external_node_fs_default().existsSync(live);
        const comparison = liveExists ? await planChanges({
          source: options.source,
          target: live,
          exclude: options.exclude,
          preserve: options.preserve,
          deleteExtra: true,
          checksum: options.checksum,
          listUnchanged: true
        }) : void 0;
        const plan = comparison && samePath(live, layout.root) ? withoutLayoutFolders(comparison) : comparison;
        const filters = buildSyncFilters(options.exclude, options.preserve);
        const source = scanTree(options.source, {
          side: "source",
          input: "source",
          ignoreFile: filters.isProtectedFile,
          ignoreDirectory: filters.isProtectedDirectory
        });
        if (!source.exists) {
          throw new core_errors.dz("source", `Input 'source': the folder '${options.source}' does not exist.`);
        }
        const seed = liveExists && (options.seedFromLive === true || (options.seedFromLive ?? "auto") === "auto" && /^\\\\/.test(options.source));
        const fromLive = /* @__PURE__ */ new Map();
        if (seed && plan?.unchangedFiles) {
          for (const f of plan.unchangedFiles)
            fromLive.set(pathKey(f.path), f.targetPath);
        }
        const copyFile = options.copyFile ?? copyFileKeepingTime;
        let bytesCopied = 0;
        let seededFromLive = 0;
        for (const file of source.files.values()) {
          if (fromLive.has(pathKey(file.path)))
            seededFromLive++;
          else
            bytesCopied += file.size;
        }
        const files = source.files.size;
        const result = () => {
          const filesAdded = plan ? plan.filesAdded : files;
          const filesUpdated = plan ? plan.filesUpdated : 0;
          const filesDeleted = plan ? plan.filesDeleted : 0;
          const verb = options.dryRun ? "would stage" : "staged";
          return {
            method: "copy",
            filesAdded,
            filesUpdated,
            filesDeleted,
            bytesCopied,
            exitCode: 0,
            dryRun: options.dryRun ?? false,
            summary: `${verb} release ${layout.releaseId} in ${layout.releasePath}: ${files} file(s); against the live release ${filesAdded} new, ${filesUpdated} updated, ${filesDeleted} gone` + (seededFromLive > 0 ? `; ${seededFromLive} copied locally from the live release` : ""),
            layout,
            plan,
            seededFromLive,
            files
          };
        };
        if (options.dryRun)
          return result();
        if (lstatOrUndefined(layout.releasePath)) {
          ports.reporter.warning(`Release folder ${layout.releasePath} exists but is not live (an earlier failed or rolled-back attempt): replacing it.`);
          removeTreeNoFollow(layout.releasePath);
        }
        external_node_fs_default().mkdirSync(layout.releasesDir, { recursive: true });
        const api = file_tree_pathApiFor(layout.releasesDir);
        const staging = api.join(layout.releasesDir, `${STAGING_PREFIX}${layout.releaseId}-${process.pid}-${Date.now().toString(36)}`);
        try {
          external_node_fs_default().mkdirSync(staging);
          for (const dir of source.directories.values())
            external_node_fs_default().mkdirSync(joinRelative(staging, dir), { recursive: true });
          for (const file of source.files.values()) {
            const livePath = fromLive.get(pathKey(file.path));
            const from = livePath !== void 0 && live ? joinRelative(live, livePath) : joinRelative(options.source, file.path);
            copyFile(from, joinRelative(staging, file.path));
          }
          await verifyCopy("the release copy", 0, {
            source: options.source,
            target: staging,
            exclude: options.exclude,
            preserve: options.preserve,
            checksum: options.checksum
          });
          for (const shared2 of layout.sharedLinks)
            linkShared(ports.reporter, shared2, staging, live, options.source, layout);
          writeReleaseMarker(staging, layout.releaseId);
          external_node_fs_default().renameSync(staging, layout.releasePath);
          const now = /* @__PURE__ */ new Date();
          external_node_fs_default().utimesSync(layout.releasePath, now, now);
        } catch (error) {
          removeTreeNoFollow(staging);
          throw error;
        }
        const staged = result();
        ports.reporter.info(staged.summary);
        return staged;
      }
      function withoutLayoutFolders(plan) {
        const ours = (p) => /^(releases|shared)(\/|$)/i.test(p);
        const dropped = plan.changes.filter((c) => c.kind === "delete" && ours(c.path));
        if (dropped.length === 0)
          return plan;
        const bytes = dropped.reduce((sum, c) => sum + c.bytes, 0);
        return {
          ...plan,
          changes: plan.changes.filter((c) => !dropped.includes(c)),
          filesDeleted: plan.filesDeleted - dropped.length,
          bytesToDelete: plan.bytesToDelete - bytes,
          extraDirectories: plan.extraDirectories.filter((d) => !ours(d)),
          lockedChanges: plan.lockedChanges.filter((p) => !ours(p)),
          touchesLockedFiles: plan.changes.some((c) => !dropped.includes(c) && isLockedFile(c.path))
        };
      }
      function linkShared(reporter, shared2, staging, live, source, layout) {
        const link = joinRelative(staging, shared2.name);
        const inLive = live ? lstatOrUndefined(joinRelative(live, shared2.name)) : void 0;
        const sharedStat = lstatOrUndefined(shared2.target);
        if (!sharedStat && inLive?.isFile()) {
          copyFileKeepingTime(joinRelative(live, shared2.name), link);
          return;
        }
        if (!sharedStat) {
          const fromSource = lstatOrUndefined(joinRelative(source, shared2.name));
          if (inLive?.isDirectory() && live) {
            const count = copyTree(joinRelative(live, shared2.name), shared2.target);
            reporter.info(`Preserved folder ${shared2.name}: copied ${count} file(s) from the live folder to ${shared2.target}.`);
            if (count > 0) {
              reporter.warning(`${shared2.name} was copied from ${live} into ${shared2.target}; what the app writes there until the switch stays in the old folder.`);
            }
          } else if (fromSource?.isDirectory()) {
            copyTree(joinRelative(source, shared2.name), shared2.target);
          } else {
            external_node_fs_default().mkdirSync(shared2.target, { recursive: true });
          }
        } else if (!sharedStat.isDirectory() && !sharedStat.isSymbolicLink()) {
          throw new core_errors.dz("preserve", `Input 'preserve': ${shared2.target} is a file, but '${shared2.name}' is linked as a folder into each release under ${layout.sharedDir}. Remove the file or the entry.`);
        }
        external_node_fs_default().mkdirSync(file_tree_pathApiFor(link).dirname(link), { recursive: true });
        linkDirectory(shared2.target, link);
      }
      function listReleases(releasesDir) {
        let entries2;
        try {
          entries2 = external_node_fs_default().readdirSync(releasesDir, { withFileTypes: true });
        } catch {
          return [];
        }
        return entries2.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => {
          const full = joinRelative(releasesDir, e.name);
          return { id: e.name, path: full, mtimeMs: external_node_fs_default().statSync(full).mtimeMs };
        }).sort((a, b) => b.mtimeMs - a.mtimeMs || b.id.localeCompare(a.id, void 0, { numeric: true, sensitivity: "base" }));
      }
      function writeReleaseMarker(folder, releaseId) {
        const marker = { tool: "iis-deploy", releaseId, createdAt: (/* @__PURE__ */ new Date()).toISOString() };
        external_node_fs_default().writeFileSync(joinRelative(folder, RELEASE_MARKER_FILE), `${JSON.stringify(marker)}
`);
      }
      function isOurRelease(folder, sharedDir) {
        if (lstatOrUndefined(joinRelative(folder, RELEASE_MARKER_FILE))?.isFile())
          return true;
        const api = file_tree_pathApiFor(folder);
        try {
          validateReleaseId(api.basename(folder));
        } catch {
          return false;
        }
        const shared2 = `${stripSeparators(sharedDir).replace(/\\/g, "/").toLowerCase()}/`;
        const linksIn = (dir, depth2) => {
          let entries2;
          try {
            entries2 = external_node_fs_default().readdirSync(dir, { withFileTypes: true });
          } catch {
            return false;
          }
          for (const entry of entries2) {
            const full = joinRelative(dir, entry.name);
            if (entry.isSymbolicLink()) {
              let to;
              try {
                to = api.resolve(api.dirname(full), external_node_fs_default().readlinkSync(full));
              } catch {
                continue;
              }
              if (`${to.replace(/\\/g, "/").toLowerCase()}/`.startsWith(shared2))
                return true;
            } else if (entry.isDirectory() && depth2 > 0 && linksIn(full, depth2 - 1))
              return true;
          }
          return false;
        };
        return linksIn(folder, 2);
      }
      function pruneReleases(options) {
        if (!Number.isInteger(options.keep) || options.keep < 1) {
          throw new core_errors.dz("keep-releases", `Input 'keep-releases': '${options.keep}' must be a whole number of 1 or more (the live release and its predecessor are always kept).`);
        }
        const sharedDir = joinRelative(file_tree_pathApiFor(options.releasesDir).dirname(options.releasesDir), SHARED_DIR);
        const foreign = [];
        const releases = listReleases(options.releasesDir).filter((r) => {
          if (isOurRelease(r.path, sharedDir))
            return true;
          foreign.push(r.path);
          return false;
        });
        const protectedPaths = [options.live, options.previous];
        const kept = [];
        const deleted = [];
        for (const r of releases)
          if (protectedPaths.some((p) => samePath(p, r.path)))
            kept.push(r.path);
        for (const r of releases) {
          if (kept.includes(r.path))
            continue;
          if (kept.length < options.keep)
            kept.push(r.path);
          else
            deleted.push(r.path);
        }
        if (!options.dryRun) {
          for (const p of deleted)
            removeTreeNoFollow(p);
          removeStaleStaging(options.releasesDir);
        }
        const order = new Map(releases.map((r, i) => [r.path, i]));
        kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        return { kept, deleted, foreign };
      }
      function removeStaleStaging(releasesDir) {
        let entries2;
        try {
          entries2 = external_node_fs_default().readdirSync(releasesDir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries2) {
          if (!e.isDirectory() || !e.name.startsWith(STAGING_PREFIX))
            continue;
          const full = joinRelative(releasesDir, e.name);
          if (Date.now() - external_node_fs_default().statSync(full).mtimeMs > STALE_STAGING_MS)
            removeTreeNoFollow(full);
        }
      }
      function isReleasePath(p) {
        const api = pathApiFor(p);
        return api.basename(api.dirname(stripSeparators(p))).toLowerCase() === RELEASES_DIR;
      }
      ;
      async function decideSubApplication(ctx) {
        const o = ctx.options;
        if (o.application === "/")
          return { fit: false, reason: "a root application" };
        if (o.subApplicationHandler === "keep")
          return { fit: false, reason: "'sub-application-handler: keep'" };
        if (o.subApplicationHandler === "remove")
          return { fit: true, reason: "'sub-application-handler: remove'" };
        if (o.site === void 0 || o.target !== "iis" || o.msdeployUrl !== void 0)
          return {
            fit: false,
            reason: "the parent's web.config cannot be read from here (no local IIS site): set 'sub-application-handler: remove' if the parent is an ASP.NET Core app"
          };
        const appcmd = await (0, shared.aZ)(ctx);
        for (const parent of parentApplicationPaths(o.application)) {
          const folder = await appcmd.readProperty("vdir", (0, iis_appcmd.b)(o.site, parent), "physicalPath");
          if (folder === void 0 || folder === "")
            continue;
          const file = findWebConfig(expandPhysicalPath(folder, ctx.ports.env));
          if (file === void 0)
            continue;
          let passes;
          try {
            passes = passesHandlerToChildren(readWebConfigSource(file).text, file);
          } catch (error) {
            ctx.reporter.warning(`Could not read the parent application's ${file} (${error.message}); set 'sub-application-handler: remove' or 'keep' to decide yourself.`);
            continue;
          }
          if (passes)
            return {
              fit: true,
              reason: `the parent application '${o.site}${parent}' passes its aspNetCore handler down (${file} has no <location inheritInChildApplications="false"> around it)`
            };
        }
        return { fit: false, reason: "no parent application passes an aspNetCore handler down" };
      }
      function fitPreparedSubApplication(dir) {
        const existing = findWebConfig(dir);
        const file = existing ?? external_node_path_default().join(dir, "web.config");
        const source = existing ? readWebConfigSource(existing) : void 0;
        const fitted = fitSubApplication(source?.text, {
          kind: subApplicationKindOf(source?.text, file),
          file,
          newline: source?.text.includes("\r\n") === false ? "\n" : "\r\n"
        });
        if (fitted.changed)
          external_node_fs_default().writeFileSync(file, encodeWebConfig(fitted.text, source?.encoding ?? "utf8"));
        return { file, changes: fitted.changes, written: fitted.changed };
      }
      ;
      function withoutLocated(reporter) {
        return {
          debug: (m) => reporter.debug(m),
          info: (m) => reporter.info(m),
          notice: (m, l) => reporter.notice(m, l),
          warning: (m, l) => l ? reporter.debug(m) : reporter.warning(m),
          error: (m, l) => l ? reporter.debug(m) : reporter.error(m),
          group: (n, fn) => reporter.group(n, fn),
          registerSecret: (v) => reporter.registerSecret(v),
          mask: (t) => reporter.mask(t)
        };
      }
      function prepare_app_copyTree(from, to) {
        external_node_fs_default().cpSync(from, to, { recursive: true, preserveTimestamps: true, dereference: false });
      }
      function listFiles(dir) {
        try {
          return external_node_fs_default().readdirSync(dir);
        } catch {
          return [];
        }
      }
      async function prepareApp(ctx, configure) {
        const o = ctx.options;
        if (!external_node_fs_default().existsSync(o.source)) {
          throw new core_errors.dz("source", `Input 'source': ${o.source} does not exist. Point it at the output of 'dotnet publish' (e.g. dotnet publish -o publish).`);
        }
        const stat = external_node_fs_default().statSync(o.source);
        let origin = o.source;
        let root;
        let webDeployPackage;
        const newRoot = () => {
          external_node_fs_default().mkdirSync(o.tempDir, { recursive: true });
          return external_node_fs_default().mkdtempSync(external_node_path_default().join(o.tempDir, `iis-deploy-${o.releaseId}-`));
        };
        if (o.sourceIsZip || stat.isFile()) {
          if (!o.sourceIsZip)
            throw new core_errors.dz("source", `Input 'source': ${o.source} is a file; give the publish folder or a .zip.`);
          root = newRoot();
          origin = external_node_path_default().join(root, "app");
          await extractZip(o.source, origin);
          webDeployPackage = openPackage(ctx, origin);
          if (webDeployPackage)
            origin = webDeployPackage.contentRoot;
        } else if (listFiles(o.source).length === 0) {
          throw new core_errors.dz("source", `Input 'source': ${o.source} is empty. Run 'dotnet publish' first.`);
        }
        const edits = configure && o.webConfig !== "skip";
        const subApplication = edits ? await decideSubApplication(ctx) : { fit: false, reason: "" };
        if (o.application !== "/" && edits)
          ctx.reporter.info(`Sub-application '${o.application}': ${subApplication.fit ? "its web.config removes the inherited aspNetCore handler" : "web.config left as it is"} (${subApplication.reason}).`);
        const changesFiles = configure && (o.jsonVariables.length > 0 || o.xmlVariables.length > 0 || subApplication.fit || edits && (o.webConfig === "transform" || o.environment !== void 0 || o.environmentVariables.length > 0 || o.xdtTransforms.length > 0) || stdoutLogNeedsCopy(o));
        let dir = origin;
        if (changesFiles && root === void 0) {
          root = newRoot();
          dir = external_node_path_default().join(root, "app");
          prepare_app_copyTree(origin, dir);
        } else if (root !== void 0)
          dir = origin;
        const modified = [];
        const app = {
          dir,
          staged: root !== void 0,
          diagnostics: [],
          changes: [],
          root,
          modified,
          package: webDeployPackage
        };
        const userPath = (file) => {
          if (o.sourceIsZip)
            return file.startsWith(dir) ? `${o.source}!${external_node_path_default().relative(dir, file).replace(/\\/g, "/")}` : file;
          return file.startsWith(dir) ? external_node_path_default().join(o.source, external_node_path_default().relative(dir, file)) : file;
        };
        await checkWebConfigSize(ctx, dir, userPath);
        if (!configure) {
          if (!findWebConfig(dir))
            ctx.reporter.warning(`${userPath(external_node_path_default().join(dir, "web.config"))} does not exist; the web-config step is not selected, so it was not checked.`);
          return app;
        }
        if (o.jsonVariables.length > 0) {
          const { applyJsonVariables } = await Promise.all(
            /* import() */
            [__nccwpck_require__2.e(547), __nccwpck_require__2.e(63)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 3063));
          const json = await applyJsonVariables({
            appDir: dir,
            variables: o.jsonVariables,
            files: o.jsonFiles,
            addMissing: o.jsonAddMissing,
            reporter: ctx.reporter
          });
          const changed = json.changes.filter((c) => c.action !== "unchanged");
          for (const file of new Set(changed.map((c) => c.file)))
            modified.push(file);
          if (changed.length > 0)
            app.changes.push(`${changed.length} JSON variable(s) set in ${[...new Set(changed.map((c) => c.file))].join(", ")}`);
        }
        await applyXmlVariablesToApp(ctx, app);
        if (o.webConfig === "skip") {
          if (!findWebConfig(dir))
            ctx.reporter.warning(`The app has no web.config ('web-config: skip'): IIS may serve appsettings.json and other files as static content.`);
          return app;
        }
        const kind = resolveAppKind(o.appKind, dir);
        const aspNetCore = kind === "aspnetcore";
        if (!aspNetCore) {
          const ancmOnly = [
            o.environment !== void 0 && "environment",
            o.environmentVariables.length > 0 && "environment-variables",
            o.hostingModel !== void 0 && "hosting-model",
            o.webConfig === "transform" && "web-config: transform"
          ].filter((x) => typeof x === "string");
          if (ancmOnly.length > 0)
            throw new core_errors.dz("app-kind", `The app is ${kind === "static" ? "a static site" : "a .NET Framework app"} (app-kind${o.appKind === "auto" ? " detected" : ""}: ${kind}), but ${ancmOnly.join(", ")} configure the ASP.NET Core Module, which it does not use: remove them, or set \`app-kind: aspnetcore\` if it is an ASP.NET Core app.`);
          ctx.reporter.info(`app-kind ${kind}${o.appKind === "auto" ? " (detected)" : ""}: web.config is not checked for the ASP.NET Core Module; the pool's .NET CLR version is ${kind === "netframework" ? "v4.0" : "No Managed Code"} unless pool-runtime-version says otherwise.`);
        }
        const mode = o.webConfig === "validate" && (o.environment !== void 0 || o.environmentVariables.length > 0) ? "transform" : o.webConfig;
        const quiet = withoutLocated(ctx.reporter);
        const toDiagnostic = (d) => ({
          severity: d.severity === "warning" ? "warning" : "error",
          message: ctx.reporter.mask(d.message),
          file: userPath(d.file ?? external_node_path_default().join(dir, "web.config")),
          line: d.line || void 0,
          column: d.column || void 0
        });
        const reject = (diagnostics) => {
          throw new shared.fX(`web.config cannot be deployed:
${diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ""}: ${d.message}`).join("\n")}`, diagnostics);
        };
        let result;
        try {
          result = !aspNetCore ? void 0 : await applyWebConfig(dir, {
            mode,
            appName: o.appName,
            selfContained: o.selfContained,
            hostingModel: o.hostingModel,
            environment: o.environment,
            environmentVariables: o.environmentVariables.map((v) => ({
              name: v.name,
              value: v.value,
              secret: v.secret
            }))
          }, quiet);
        } catch (error) {
          const list = error.diagnostics;
          if (Array.isArray(list))
            reject(list.map(toDiagnostic));
          throw error;
        }
        if (result) {
          app.diagnostics.push(...result.diagnostics.map(toDiagnostic));
          app.hostingModel = result.hostingModel;
          if (result.written)
            modified.push(external_node_path_default().relative(dir, result.file).replace(/\\/g, "/"));
          if (result.changes.length > 0)
            app.changes.push(`web.config: ${result.changes.join(", ")}`);
        }
        if (subApplication.fit) {
          const fitted = fitPreparedSubApplication(dir);
          const relative = external_node_path_default().relative(dir, fitted.file).replace(/\\/g, "/");
          if (fitted.written && !modified.includes(relative))
            modified.push(relative);
          if (fitted.changes.length > 0)
            app.changes.push(`web.config (sub-application): ${fitted.changes.join(", ")}`);
        }
        if (o.xdtTransforms.length > 0) {
          const file = findWebConfig(dir) ?? external_node_path_default().join(dir, "web.config");
          const { applyXdtTransformFiles } = await Promise.all(
            /* import() */
            [__nccwpck_require__2.e(483), __nccwpck_require__2.e(278)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 5278));
          const { encodeXmlDocument, writeFileAtomically } = await __nccwpck_require__2.e(
            /* import() */
            785
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 3785));
          const xdt = applyXdtTransformFiles(file, o.xdtTransforms);
          const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }));
          if (!xdt.ok || !xdt.document)
            reject(diagnostics);
          app.diagnostics.push(...diagnostics);
          writeFileAtomically(file, encodeXmlDocument(xdt.document));
          if (!modified.includes(external_node_path_default().basename(file)))
            modified.push(external_node_path_default().basename(file));
          app.changes.push(`XDT: ${o.xdtTransforms.map((t) => external_node_path_default().basename(t)).join(", ")}`);
          const after = aspNetCore ? validatePublishFolder(dir).diagnostics.map(toDiagnostic) : [];
          if (after.some((d) => d.severity === "error"))
            reject(after);
          for (const d of after)
            if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line))
              app.diagnostics.push(d);
        }
        const webConfig = findWebConfig(dir);
        const stdoutLog = switchOnInCopy(ctx, app, webConfig);
        if (stdoutLog && webConfig) {
          app.changes.push(`web.config: ${stdoutLog}`);
          if (!modified.includes(external_node_path_default().basename(webConfig)))
            modified.push(external_node_path_default().basename(webConfig));
        }
        if (modified.length > 0)
          await checkWebConfigSize(ctx, dir, userPath);
        return app;
      }
      async function checkWebConfigSize(ctx, dir, userPath) {
        const file = findWebConfig(dir);
        if (file === void 0)
          return;
        const bytes = external_node_fs_default().statSync(file).size;
        if (bytes <= DEFAULT_WEB_CONFIG_LIMIT_KB * 1024)
          return;
        let limit = { kb: DEFAULT_WEB_CONFIG_LIMIT_KB, source: "default" };
        if (ctx.options.msdeployUrl === void 0) {
          const reg = await ctx.tool("reg").catch(() => void 0);
          if (reg !== void 0)
            limit = await readWebConfigLimit(ctx.ports.runner, reg, ctx.signal);
        }
        const problem = webConfigSizeProblem(userPath(file), bytes, limit);
        if (problem)
          throw new core_errors.dz("web-config", problem);
      }
      var external_node_net_ = __nccwpck_require__2(7030);
      var external_node_net_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_net_);
      ;
      const BINDING_PROTOCOLS = ["http", "https"];
      const BINDING_PATTERN = /^(?<protocol>[A-Za-z][\w.+-]*)\/(?<ip>\*|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):(?<port>\d{1,5}):(?<host>[^:\s]*)$/;
      const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
      function parseBindingLine(line, input = "bindings") {
        const text = line.trim();
        const fail2 = (why) => {
          throw new core_errors.dz(input, `Input '${input}': '${text}' ${why} Use protocol/ip:port:host, e.g. http/*:80: or https/*:443:shop.example.com.`);
        };
        const match = BINDING_PATTERN.exec(text);
        if (!match?.groups)
          return fail2("is not a binding.");
        const { protocol = "", ip = "", port = "", host = "" } = match.groups;
        const lowerProtocol = protocol.toLowerCase();
        if (!BINDING_PROTOCOLS.includes(lowerProtocol))
          return fail2(`uses protocol '${protocol}': only http and https are supported.`);
        if (/^\d/.test(ip) && !external_node_net_default().isIPv4(ip))
          return fail2(`has an invalid IP address '${ip}'.`);
        if (ip.startsWith("[") && !external_node_net_default().isIPv6(ip.slice(1, -1)))
          return fail2(`has an invalid IPv6 address '${ip}'.`);
        const portNumber = Number(port);
        if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535)
          return fail2(`has port ${port}, outside 1\u201365535.`);
        const lowerHost = host.toLowerCase();
        if (lowerHost !== "" && (lowerHost.length > 253 || !HOST_PATTERN.test(lowerHost)))
          return fail2(`has an invalid host name '${host}'.`);
        return { protocol: lowerProtocol, ip, port: portNumber, host: lowerHost };
      }
      function parseBindings(lines, input = "bindings") {
        const errors = [];
        const bindings = [];
        for (const line of lines) {
          if (line.trim() === "")
            continue;
          try {
            const binding = parseBindingLine(line, input);
            if (bindings.some((b) => sameBinding(b, binding)))
              errors.push(new core_errors.dz(input, `Input '${input}': '${line.trim()}' is listed twice.`));
            else
              bindings.push(binding);
          } catch (error) {
            if (error instanceof core_errors.dz)
              errors.push(error);
            else
              throw error;
          }
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new core_errors.G(errors);
        return bindings;
      }
      function sameBinding(a, b) {
        return a.protocol === b.protocol && (0, iis_appcmd.J5)(a).toLowerCase() === (0, iis_appcmd.J5)(b).toLowerCase();
      }
      function needsSni(binding) {
        return binding.protocol === "https" && binding.host !== "";
      }
      ;
      function isManagedServiceAccount(userName) {
        return userName.trim().endsWith("$");
      }
      function validatePoolAccount(identity, userName, password) {
        if (identity !== "SpecificUser") {
          if (userName !== void 0 || password !== void 0)
            throw new core_errors.dz(userName !== void 0 ? "pool-username" : "pool-password", `Inputs 'pool-username' and 'pool-password' are used only with 'pool-identity: SpecificUser' (it is '${identity}'): set pool-identity: SpecificUser, or remove them.`);
          return void 0;
        }
        if (userName === void 0)
          throw new core_errors.dz("pool-username", `Input 'pool-username' is needed with 'pool-identity: SpecificUser': the account the pool runs as, e.g. CONTOSO\\svc-web or CONTOSO\\gmsa-web$.`);
        if (/["\r\n\t]/.test(userName) || !/^(?:[^\\@\s]+\\[^\\@\s]+|[^\\@\s]+@[^\\@\s]+|[^\\@\s]+)$/.test(userName))
          throw new core_errors.dz("pool-username", `Input 'pool-username' is '${userName}': use DOMAIN\\user, user@domain or .\\user (no quotes or spaces).`);
        if (isManagedServiceAccount(userName)) {
          if (password !== void 0)
            throw new core_errors.dz("pool-password", `Input 'pool-password' is set, but '${userName}' is a group managed service account, which has no password: leave pool-password empty.`);
          return { userName, password: "" };
        }
        if (password === void 0)
          throw new core_errors.dz("pool-password", `Input 'pool-password' is needed for '${userName}' (pass it from a secret). Only a group managed service account (name ending in $) has none.`);
        return { userName, password };
      }
      function currentPoolAccount(tree) {
        return {
          identityType: (0, iis_appcmd.Oh)(tree, "processModel.identityType") ?? "",
          userName: (0, iis_appcmd.Oh)(tree, "processModel.userName") ?? "",
          password: (0, iis_appcmd.Oh)(tree, "processModel.password") ?? ""
        };
      }
      const SET_POOL_IDENTITY_SCRIPT = [
        "$ErrorActionPreference = 'Stop'",
        "$request = [Console]::In.ReadToEnd() | ConvertFrom-Json",
        "Add-Type -Path (Join-Path $env:windir 'System32\\inetsrv\\Microsoft.Web.Administration.dll')",
        "$manager = New-Object Microsoft.Web.Administration.ServerManager",
        "$pool = $manager.ApplicationPools[$request.pool]",
        "if ($null -eq $pool) { [Console]::Error.WriteLine('Application pool not found: ' + $request.pool); exit 3 }",
        "$pool.ProcessModel.IdentityType = [Microsoft.Web.Administration.ProcessModelIdentityType]::SpecificUser",
        "$pool.ProcessModel.UserName = $request.userName",
        "$pool.ProcessModel.Password = $request.password",
        "$manager.CommitChanges()",
        "Write-Output ('Application pool ' + $request.pool + ' runs as ' + $request.userName)"
      ].join("\n");
      function encodePowerShellCommand(script) {
        return Buffer.from(script, "utf16le").toString("base64");
      }
      function buildPowerShellScriptArgs(script) {
        return [
          "-NoLogo",
          "-NoProfile",
          "-NonInteractive",
          "-ExecutionPolicy",
          "Bypass",
          "-EncodedCommand",
          encodePowerShellCommand(script)
        ];
      }
      function buildSetPoolIdentityArgs() {
        return buildPowerShellScriptArgs(SET_POOL_IDENTITY_SCRIPT);
      }
      const SET_POOL_IDENTITY_DISPLAY = "powershell -NoProfile -NonInteractive -EncodedCommand <set processModel through Microsoft.Web.Administration> (user name and password on standard input)";
      async function setPoolIdentity(options) {
        const { runner, reporter, pool, account } = options;
        if (account.password !== "")
          reporter.registerSecret(account.password);
        reporter.info(SET_POOL_IDENTITY_DISPLAY);
        const result = await runner.run(options.powershellPath, buildSetPoolIdentityArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ pool, userName: account.userName, password: account.password })
        });
        if (result.exitCode === 0)
          return;
        const text = reporter.mask(`${result.stderr}
${result.stdout}`.trim().replace(/\s+/g, " "));
        throw new core_errors.v4("powershell", result.exitCode, `Setting the identity of app pool '${pool}' to ${account.userName} failed (exit code ${result.exitCode}): ${text || "no output"}`, result.exitCode === 3 ? `The pool does not exist: check \`app-pool\`, or set \`create: true\`.` : "Run elevated (an administrator can change IIS configuration), and check that Windows PowerShell 5.1 and the IIS Management Scripts and Tools (Microsoft.Web.Administration) are installed.");
      }
      ;
      function quoted(values) {
        return values.map((v) => `'${v}'`).join(", ");
      }
      function parseApplicationPath(value, input = "application") {
        const normalized = (0, iis_appcmd.F_)(value);
        if (/["\r\n]|\/\.\.?(\/|$)|\/\//.test(normalized)) {
          throw new core_errors.dz(input, `Input '${input}' is '${value}': use a virtual path such as / or /api.`);
        }
        return normalized;
      }
      function iisNameProblem(value, forProvisioning = false) {
        if (value.trim() === "")
          return "is empty";
        if (/["\r\n]/.test(value))
          return "contains a quote or a line break";
        if (/[/\\]/.test(value))
          return "contains a slash";
        if (forProvisioning && /['[\]]/.test(value))
          return "contains ' or a bracket, which appcmd's collection syntax cannot carry";
        return void 0;
      }
      function validateIisName(input, value, forProvisioning = false) {
        const problem = iisNameProblem(value, forProvisioning);
        if (problem)
          throw new core_errors.dz(input, `Input '${input}' is '${value}', which ${problem}: use a plain IIS name.`);
        return value;
      }
      function findPoolIdentity(value) {
        return POOL_IDENTITIES.find((p) => p.toLowerCase() === value?.trim().toLowerCase());
      }
      function parsePoolIdentity(value, input = "pool-identity") {
        const found = iis_appcmd._g.find((p) => p.toLowerCase() === value.trim().toLowerCase());
        if (!found)
          throw new core_errors.dz(input, `Input '${input}' is '${value}': allowed values are ${quoted(iis_appcmd._g)}.`);
        return found;
      }
      function parseAuthenticationLine(line, input = "authentication") {
        const match = /^([A-Za-z]+)\s*=\s*(true|false)$/i.exec(line.trim());
        const kind = iis_appcmd.xW.find((k) => k === match?.[1]?.toLowerCase());
        if (!match || !kind) {
          throw new core_errors.dz(input, `Input '${input}' has '${line.trim()}': write kind=true|false per line, kind one of ${quoted(iis_appcmd.xW)}.`);
        }
        return { kind, enabled: match[2]?.toLowerCase() === "true" };
      }
      function poolEnvironmentVariableProblems(name, value) {
        const problems = [];
        if (!/^[^=\s'][^='\s]*$/.test(name))
          problems.push(`'${name}' is not a valid variable name (no spaces, '=' or ')`);
        if (value.includes("'"))
          problems.push(`the value of '${name}' contains ', which appcmd's collection syntax cannot express. Put it in web.config (\`environment-variables\`) instead`);
        if (/[\r\n]/.test(value))
          problems.push(`the value of '${name}' contains a line break, which appcmd cannot carry`);
        return problems;
      }
      ;
      const PIPELINE_MODES = ["Integrated", "Classic"];
      const START_MODES = ["OnDemand", "AlwaysRunning"];
      const RUNTIME_VERSIONS = ["auto", "No Managed Code", "v4.0", "v2.0"];
      const DAY = 86400;
      function timeSpanSeconds(text) {
        const match = /^(?:(\d{1,5})\.)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim());
        if (!match)
          return void 0;
        const [days, hours, minutes, seconds2] = [match[1] ?? "0", match[2], match[3], match[4]].map(Number);
        if (hours > 23 || minutes > 59 || seconds2 > 59)
          return void 0;
        return days * DAY + hours * 3600 + minutes * 60 + seconds2;
      }
      function formatTimeSpan(total) {
        const days = Math.floor(total / DAY);
        const rest = total % DAY;
        const two = (n) => String(n).padStart(2, "0");
        const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor(rest % 3600 / 60))}:${two(rest % 60)}`;
        return days > 0 ? `${days}.${clock}` : clock;
      }
      function pool_settings_parseTimeSpan(value, input, range) {
        const seconds2 = timeSpanSeconds(value);
        const span = `${formatTimeSpan(range.minSeconds)} to ${formatTimeSpan(range.maxSeconds)}`;
        if (seconds2 === void 0)
          throw new core_errors.dz(input, `Input '${input}' is '${value}': use IIS's timespan format hh:mm:ss or d.hh:mm:ss (e.g. 00:20:00, 1.05:00:00), from ${span}.`);
        if (seconds2 < range.minSeconds || seconds2 > range.maxSeconds)
          throw new core_errors.dz(input, `Input '${input}' is '${value}': IIS accepts ${span}.`);
        if (range.wholeMinutes && seconds2 % 60 !== 0)
          throw new core_errors.dz(input, `Input '${input}' is '${value}': IIS accepts whole minutes only (seconds must be 00).`);
        return formatTimeSpan(seconds2);
      }
      const IDLE_TIMEOUT_RANGE = { minSeconds: 0, maxSeconds: 30 * DAY, wholeMinutes: true };
      const RECYCLE_TIME_RANGE = { minSeconds: 0, maxSeconds: 30 * DAY, wholeMinutes: true };
      const RAPID_FAIL_INTERVAL_RANGE = {
        minSeconds: 60,
        maxSeconds: 30 * DAY,
        wholeMinutes: true
      };
      const SCHEDULE_RANGE = { minSeconds: 0, maxSeconds: DAY - 1 };
      const QUEUE_LENGTH_RANGE = { min: 10, max: 65535 };
      const MAX_CRASHES_RANGE = { min: 1, max: 2147483647 };
      function parseRecycleSchedule(values, input = "pool-recycle-schedule") {
        const times = values.map((v) => pool_settings_parseTimeSpan(v, input, SCHEDULE_RANGE));
        const duplicate = times.find((t, i) => times.indexOf(t) !== i);
        if (duplicate)
          throw new core_errors.dz(input, `Input '${input}' lists ${duplicate} twice: list each time once.`);
        return [...times].sort();
      }
      function checkRange(value, input, range) {
        if (!Number.isInteger(value) || value < range.min || value > range.max)
          throw new core_errors.dz(input, `Input '${input}' is '${value}': IIS accepts whole numbers ${range.min} to ${range.max}.`);
        return value;
      }
      const ATTRIBUTES = [
        { field: "enable32BitAppOnWin64", path: "enable32BitAppOnWin64", kind: "bool", defaultValue: "false" },
        { field: "startMode", path: "startMode", kind: "enum", defaultValue: "OnDemand" },
        { field: "queueLength", path: "queueLength", kind: "int", defaultValue: "1000" },
        { field: "idleTimeout", path: "processModel.idleTimeout", kind: "timespan", defaultValue: "00:20:00" },
        {
          field: "periodicRestartTime",
          path: "recycling.periodicRestart.time",
          kind: "timespan",
          defaultValue: "1.05:00:00"
        },
        { field: "rapidFailProtection", path: "failure.rapidFailProtection", kind: "bool", defaultValue: "true" },
        {
          field: "rapidFailProtectionInterval",
          path: "failure.rapidFailProtectionInterval",
          kind: "timespan",
          defaultValue: "00:05:00"
        },
        {
          field: "rapidFailProtectionMaxCrashes",
          path: "failure.rapidFailProtectionMaxCrashes",
          kind: "int",
          defaultValue: "5"
        }
      ];
      function sameValue(kind, current, wanted) {
        switch (kind) {
          case "timespan":
            return timeSpanSeconds(current) === timeSpanSeconds(wanted);
          case "int":
            return Number(current) === Number(wanted);
          default:
            return current.trim().toLowerCase() === wanted.toLowerCase();
        }
      }
      function currentSchedule(tree) {
        return (0, iis_appcmd.Kd)(tree, "schedule").flatMap((section) => section.children.map((c) => c.attributes["value"] ?? "")).map((value) => {
          const seconds2 = timeSpanSeconds(value);
          return seconds2 === void 0 ? value : formatTimeSpan(seconds2);
        }).sort();
      }
      function planPoolSettings(tree, wanted) {
        const plan = { args: [], described: [], scheduleAdd: [], scheduleRemove: [] };
        for (const attribute of ATTRIBUTES) {
          const value = wanted[attribute.field];
          if (value === void 0)
            continue;
          const text = String(value);
          const current = tree ? (0, iis_appcmd.Oh)(tree, attribute.path) ?? attribute.defaultValue : void 0;
          if (current !== void 0 && sameValue(attribute.kind, current, text))
            continue;
          plan.args.push(`/${attribute.path}:${text}`);
          plan.described.push(current === void 0 ? `${attribute.path} ${text}` : `${attribute.path} '${current}' \u2192 ${text}`);
        }
        if (wanted.periodicRestartSchedule) {
          const have = tree ? currentSchedule(tree) : [];
          plan.scheduleAdd = wanted.periodicRestartSchedule.filter((t) => !have.includes(t));
          plan.scheduleRemove = have.filter((t) => !wanted.periodicRestartSchedule?.includes(t));
          for (const time of plan.scheduleAdd)
            plan.described.push(`recycle at ${time}`);
          for (const time of plan.scheduleRemove)
            plan.described.push(`no recycle at ${time} any more`);
        }
        return plan;
      }
      const APP_POOLS_SECTION = "-section:system.applicationHost/applicationPools";
      function buildAddScheduleArgs(pool, time) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/+[name='${pool}'].recycling.periodicRestart.schedule.[value='${time}']`,
          "/commit:apphost"
        ];
      }
      function buildRemoveScheduleArgs(pool, time) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/-[name='${pool}'].recycling.periodicRestart.schedule.[value='${time}']`,
          "/commit:apphost"
        ];
      }
      function buildSetPreloadArgs(appId, enabled) {
        return ["set", "app", appId, `/preloadEnabled:${String(enabled)}`];
      }
      ;
      const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]|^\\\\[^\\]+\\[^\\]+/;
      function parseVirtualDirectories(lines, input = "virtual-directories") {
        const errors = [];
        const found = [];
        for (const line of lines) {
          const equals = line.indexOf("=");
          const rawPath = equals < 0 ? "" : line.slice(0, equals).trim();
          const physicalPath = equals < 0 ? "" : line.slice(equals + 1).trim();
          const path = (0, iis_appcmd.F_)(rawPath);
          if (equals < 0 || rawPath === "" || physicalPath === "") {
            errors.push(new core_errors.dz(input, `Input '${input}' has '${line}': write path=physical-path, e.g. /images=D:\\media\\images.`));
            continue;
          }
          if (path === "/" || /["'\r\n*?<>|:]|\/\.\.?(\/|$)|\/\//.test(path)) {
            errors.push(new core_errors.dz(input, `Input '${input}' has path '${rawPath}': use a virtual path below the application such as /images (not /, no quotes, '..' or wildcards).`));
            continue;
          }
          if (!WINDOWS_ABSOLUTE.test(physicalPath) && !physicalPath.startsWith("/")) {
            errors.push(new core_errors.dz(input, `Input '${input}' has '${physicalPath}' for ${path}: use an absolute folder on the server (D:\\media or \\\\server\\share).`));
            continue;
          }
          if (found.some((v) => v.path.toLowerCase() === path.toLowerCase())) {
            errors.push(new core_errors.dz(input, `Input '${input}' lists ${path} twice: list each virtual directory once.`));
            continue;
          }
          found.push({ path, physicalPath });
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new core_errors.G(errors);
        return found;
      }
      function vdirIdentifier(site, application, path) {
        const app = (0, iis_appcmd.dh)(site, application).replace(/\/$/, "");
        return `${app}${(0, iis_appcmd.F_)(path)}`;
      }
      function buildAddVdirArgs(site, application, vdir) {
        return [
          "add",
          "vdir",
          `/app.name:${(0, iis_appcmd.dh)(site, application)}`,
          `/path:${vdir.path}`,
          `/physicalPath:${vdir.physicalPath}`
        ];
      }
      function buildSetVdirPathArgs(site, application, vdir) {
        return ["set", "vdir", vdirIdentifier(site, application, vdir.path), `/physicalPath:${vdir.physicalPath}`];
      }
      function sameFolder(a, b) {
        const normalize2 = (p) => p.replace(/\//g, "\\").replace(/\\+$/, "").toLowerCase();
        return /^[A-Za-z]:|^\\\\/.test(a) || a.includes("\\") ? normalize2(a) === normalize2(b) : a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
      }
      async function planVirtualDirectories(appcmd, site, application, vdirs) {
        const planned = [];
        for (const vdir of vdirs) {
          const current = await appcmd.readProperty("vdir", vdirIdentifier(site, application, vdir.path), "physicalPath");
          if (current === void 0)
            planned.push({
              description: `add virtual directory ${vdir.path} \u2192 ${vdir.physicalPath}`,
              command: buildAddVdirArgs(site, application, vdir)
            });
          else if (!sameFolder(current, vdir.physicalPath))
            planned.push({
              description: `virtual directory ${vdir.path}: ${current} \u2192 ${vdir.physicalPath}`,
              command: buildSetVdirPathArgs(site, application, vdir)
            });
        }
        return planned;
      }
      ;
      function existingBindings(tree) {
        const found = [];
        for (const section of (0, iis_appcmd.Kd)(tree, "binding")) {
          const protocol = (section.attributes["protocol"] ?? "").toLowerCase();
          const info2 = /^(.*):(\d+):([^:]*)$/.exec(section.attributes["bindingInformation"] ?? "");
          if (protocol !== "http" && protocol !== "https" || !info2)
            continue;
          found.push({
            protocol,
            ip: info2[1] ?? "*",
            port: Number(info2[2]),
            host: (info2[3] ?? "").toLowerCase(),
            sslFlags: section.attributes["sslFlags"] ?? "0"
          });
        }
        return found;
      }
      const IIS_SSL_APP_ID = "{4dc3e181-e14b-4a21-b022-59fc669b0914}";
      function sslEndpoint(binding) {
        if (needsSni(binding))
          return `hostnameport=${binding.host}:${binding.port}`;
        const ip = binding.ip === "*" ? "0.0.0.0" : binding.ip;
        return `ipport=${ip}:${binding.port}`;
      }
      function buildShowSslCertArgs(binding) {
        return ["http", "show", "sslcert", sslEndpoint(binding)];
      }
      function buildAddSslCertArgs(binding, thumbprint, store = "My") {
        return [
          "http",
          "add",
          "sslcert",
          sslEndpoint(binding),
          `certhash=${thumbprint}`,
          `appid=${IIS_SSL_APP_ID}`,
          `certstorename=${store}`
        ];
      }
      function buildDeleteSslCertArgs(binding) {
        return ["http", "delete", "sslcert", sslEndpoint(binding)];
      }
      const THUMBPRINT_TOKEN = /(?<![0-9A-Za-z])([0-9a-fA-F]{64}|[0-9a-fA-F]{40})(?![0-9A-Za-z])/;
      function parseSslCertHash(output, endpoint) {
        const blocks = output.split(/\r?\n[ \t]*\r?\n/);
        const wanted = endpoint?.toLowerCase();
        const named = wanted ? blocks.filter((block) => block.toLowerCase().split(/\s+/).some((token) => token === wanted)) : [];
        for (const block of named.length > 0 ? named : blocks) {
          const hash = THUMBPRINT_TOKEN.exec(block)?.[1];
          if (hash)
            return hash.toLowerCase();
        }
        return void 0;
      }
      const THUMBPRINT_NOISE = /[\s\u200e\u200f\u202a-\u202e\ufeff:]/g;
      function normalizeThumbprint(value) {
        const cleaned = value.replace(THUMBPRINT_NOISE, "").toLowerCase();
        return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(cleaned) ? cleaned : void 0;
      }
      function samePhysicalPath(a, b) {
        const normalize2 = (p) => {
          const windows = /^[A-Za-z]:[\\/]|^\\\\/.test(p) || p.includes("\\");
          const unified = windows ? p.replace(/\//g, "\\").replace(/\\+$/, "").toLowerCase() : p.replace(/\/+$/, "");
          return unified.replace(/%systemdrive%/i, "c:");
        };
        return normalize2(a) === normalize2(b);
      }
      function validate(options) {
        const errors = [];
        let bindings;
        try {
          bindings = options.bindings === void 0 ? void 0 : parseBindings(options.bindings);
        } catch (error) {
          if (error instanceof core_errors.G)
            errors.push(...error.errors);
          else if (error instanceof core_errors.dz)
            errors.push(error);
          else
            throw error;
        }
        for (const [input, variables] of [
          ["pool-environment-variables", options.poolEnvironmentVariables],
          ["secret-pool-environment-variables", options.secretPoolEnvironmentVariables]
        ]) {
          for (const [name, value] of Object.entries(variables ?? {})) {
            for (const problem of poolEnvironmentVariableProblems(name, value))
              errors.push(new core_errors.dz(input, `Input '${input}': ${problem}.`));
          }
        }
        for (const name of ["site", "app-pool"]) {
          const value = name === "site" ? options.site : options.appPool;
          const problem = iisNameProblem(value, true);
          if (problem)
            errors.push(new core_errors.dz(name, `Input '${name}': '${value}' is not a valid IIS name (it ${problem}).`));
        }
        let thumbprint;
        if (options.certificate) {
          thumbprint = normalizeThumbprint(options.certificate.thumbprint);
          if (!thumbprint)
            errors.push(new core_errors.dz("certificate-thumbprint", `Input 'certificate-thumbprint': expected 40 hex digits (the certificate's SHA-1 thumbprint).`));
          if (!options.netsh)
            throw new Error("provisionSite: a certificate needs options.netsh");
        }
        if (errors.length === 1 && errors[0])
          throw errors[0];
        if (errors.length > 1)
          throw new core_errors.G(errors);
        return { bindings, thumbprint };
      }
      async function provisionSite(options) {
        const { appcmd, site, appPool } = options;
        const reporter = appcmd.reporter;
        const application = (0, iis_appcmd.F_)(options.application);
        const { bindings, thumbprint } = validate(options);
        for (const value of Object.values(options.secretPoolEnvironmentVariables ?? {}))
          reporter.registerSecret(value);
        const dryRun = options.dryRun ?? false;
        const changes = [];
        const warnings = [];
        const warn = (message) => {
          warnings.push(message);
          reporter.warning(message);
        };
        const apply = async (planned) => {
          changes.push(planned.change);
          reporter.info(`${dryRun ? "Would change" : "Changing"} ${planned.change.target}: ${planned.change.description}`);
          if (!dryRun)
            await planned.run();
        };
        const appcmdChange = (target, description, ...commands) => ({
          change: { target, description, commands: commands.map((args) => appcmd.display(args)) },
          run: async () => {
            for (const args of commands)
              await appcmd.run(args);
          }
        });
        const desiredPool = {
          managedRuntimeVersion: options.managedRuntimeVersion ?? "",
          managedPipelineMode: options.managedPipelineMode ?? "Integrated",
          identityType: options.poolIdentity ?? "ApplicationPoolIdentity",
          loadUserProfile: options.loadUserProfile ?? true
        };
        const poolTarget = `app pool '${appPool}'`;
        const poolTree = await appcmd.readObject("apppool", appPool);
        const existingVariables = /* @__PURE__ */ new Map();
        const settingsPlan = planPoolSettings(poolTree, options.poolSettings ?? {});
        const scheduleCommands = [
          ...settingsPlan.scheduleRemove.map((time) => buildRemoveScheduleArgs(appPool, time)),
          ...settingsPlan.scheduleAdd.map((time) => buildAddScheduleArgs(appPool, time))
        ];
        const runtimeShown = (version) => version === "" ? "No Managed Code" : version;
        const keepIdentity = (options.keepIdentity ?? false) && poolTree !== void 0;
        const specificUser = desiredPool.identityType === "SpecificUser" && !keepIdentity;
        if (specificUser && (!options.poolAccount || !options.powershell))
          throw new Error("provisionSite: SpecificUser needs options.poolAccount and options.powershell");
        if (options.poolAccount?.password)
          reporter.registerSecret(options.poolAccount.password);
        if (!poolTree) {
          await apply(appcmdChange(poolTarget, `create it (${runtimeShown(desiredPool.managedRuntimeVersion)}, ${desiredPool.managedPipelineMode}, ${desiredPool.identityType}, loadUserProfile ${desiredPool.loadUserProfile}${settingsPlan.described.map((d) => `, ${d}`).join("")})`, [
            ...(0, iis_appcmd.iB)(appPool, {
              ...desiredPool,
              // The account (and its password) follows through PowerShell, below.
              identityType: specificUser ? void 0 : desiredPool.identityType
            }),
            ...settingsPlan.args
          ], ...scheduleCommands));
        } else {
          const current = {
            managedRuntimeVersion: (0, iis_appcmd.Oh)(poolTree, "managedRuntimeVersion") ?? "",
            managedPipelineMode: (0, iis_appcmd.Oh)(poolTree, "managedPipelineMode") ?? "",
            identityType: (0, iis_appcmd.Oh)(poolTree, "processModel.identityType") ?? "",
            loadUserProfile: ((0, iis_appcmd.Oh)(poolTree, "processModel.loadUserProfile") ?? "").toLowerCase() === "true"
          };
          const update = {};
          const described = [];
          if (current.managedRuntimeVersion.toLowerCase() !== desiredPool.managedRuntimeVersion.toLowerCase()) {
            update.managedRuntimeVersion = desiredPool.managedRuntimeVersion;
            described.push(`.NET CLR version '${current.managedRuntimeVersion}' \u2192 ${runtimeShown(desiredPool.managedRuntimeVersion)}`);
          }
          if (current.managedPipelineMode.toLowerCase() !== desiredPool.managedPipelineMode.toLowerCase()) {
            update.managedPipelineMode = desiredPool.managedPipelineMode;
            described.push(`pipeline '${current.managedPipelineMode}' \u2192 ${desiredPool.managedPipelineMode}`);
          }
          if (!specificUser && !keepIdentity && current.identityType.toLowerCase() !== desiredPool.identityType.toLowerCase()) {
            update.identityType = desiredPool.identityType;
            described.push(`identity '${current.identityType}' \u2192 ${desiredPool.identityType}`);
          }
          if (current.loadUserProfile !== desiredPool.loadUserProfile) {
            update.loadUserProfile = desiredPool.loadUserProfile;
            described.push(`loadUserProfile ${current.loadUserProfile} \u2192 ${desiredPool.loadUserProfile}`);
          }
          described.push(...settingsPlan.described);
          const setArgs = [...(0, iis_appcmd.P6)(appPool, update), ...settingsPlan.args];
          const commands = setArgs.length > 3 ? [setArgs, ...scheduleCommands] : scheduleCommands;
          if (described.length > 0)
            await apply(appcmdChange(poolTarget, described.join(", "), ...commands));
          for (const entry of (0, iis_appcmd.vO)(poolTree, "environmentVariables")) {
            if (entry["name"] !== void 0)
              existingVariables.set(entry["name"].toLowerCase(), entry["value"] ?? "");
          }
        }
        if (specificUser && options.poolAccount && options.powershell) {
          const account = options.poolAccount;
          const powershell = options.powershell;
          const now = poolTree ? currentPoolAccount(poolTree) : void 0;
          if (now?.password)
            reporter.registerSecret(now.password);
          const same = now !== void 0 && now.identityType.toLowerCase() === "specificuser" && now.userName.toLowerCase() === account.userName.toLowerCase() && now.password === account.password;
          if (!same) {
            const what = now === void 0 || now.identityType.toLowerCase() !== "specificuser" ? `identity '${now?.identityType ?? "ApplicationPoolIdentity"}' \u2192 SpecificUser ${account.userName}` : now.userName.toLowerCase() !== account.userName.toLowerCase() ? `account '${now.userName}' \u2192 ${account.userName}` : `password of ${account.userName} updated`;
            await apply({
              change: { target: poolTarget, description: what, commands: [SET_POOL_IDENTITY_DISPLAY] },
              run: () => setPoolIdentity({
                runner: powershell.runner,
                powershellPath: powershell.path,
                reporter,
                pool: appPool,
                account,
                signal: appcmd.signal
              })
            });
          }
        }
        const variables = [
          ...Object.entries(options.poolEnvironmentVariables ?? {}).map(([n, v]) => [
            n,
            v,
            false
          ]),
          ...Object.entries(options.secretPoolEnvironmentVariables ?? {}).map(([n, v]) => [n, v, true])
        ];
        for (const [name, value, secret] of variables) {
          const current = existingVariables.get(name.toLowerCase());
          if (current === value)
            continue;
          const shown2 = secret ? "(secret)" : `'${value}'`;
          if (current === void 0) {
            await apply(appcmdChange(poolTarget, `add environment variable ${name} = ${shown2}`, (0, iis_appcmd.yg)(appPool, name, value)));
          } else {
            await apply(appcmdChange(poolTarget, `change environment variable ${name} to ${shown2}`, (0, iis_appcmd.zc)(appPool, name), (0, iis_appcmd.yg)(appPool, name, value)));
          }
        }
        const siteTarget = `site '${site}'`;
        const siteTree = await appcmd.readObject("site", site);
        const siteExists = siteTree !== void 0;
        const wanted = bindings ?? (siteExists ? void 0 : parseBindings(["http/*:80:"]));
        if (!siteExists) {
          const sitePath = application === "/" ? options.physicalPath : options.sitePhysicalPath;
          if (sitePath === void 0)
            throw new core_errors.dz("site", `Site '${site}' does not exist: to create it for application '${application}', its root folder is needed (sitePhysicalPath). Create the site first, or deploy to application '/'.`);
          const plain = (wanted ?? []).filter((b) => !needsSni(b));
          const sni = (wanted ?? []).filter(needsSni);
          await apply(appcmdChange(siteTarget, `create it at ${sitePath} with bindings ${(wanted ?? []).map(iis_appcmd.VT).join(", ") || "(none)"}`, (0, iis_appcmd.sZ)({ name: site, bindings: plain, physicalPath: sitePath }), ...sni.map((b) => (0, iis_appcmd.t5)(site, b, true))));
        } else if (wanted) {
          const have = existingBindings(siteTree);
          for (const binding of wanted) {
            if (have.some((h) => sameBinding(h, binding)))
              continue;
            await apply(appcmdChange(siteTarget, `add binding ${(0, iis_appcmd.VT)(binding)}${needsSni(binding) ? " (SNI)" : ""}`, (0, iis_appcmd.t5)(site, binding, needsSni(binding))));
          }
          const extra = have.filter((h) => !wanted.some((w) => sameBinding(h, w)));
          if (extra.length > 0 && options.replaceBindings && wanted.length > 0) {
            for (const binding of extra)
              await apply(appcmdChange(siteTarget, `remove binding ${(0, iis_appcmd.VT)(binding)} ('replace-bindings: true')`, (0, iis_appcmd.AR)(site, binding)));
          } else if (extra.length > 0)
            reporter.info(`Site '${site}' also has bindings ${extra.map(iis_appcmd.VT).join(", ")}: left as they are (set 'replace-bindings: true' to remove them).`);
        }
        const appId = (0, iis_appcmd.dh)(site, application);
        const appTarget = `application '${appId}'`;
        const appPoolNow = siteExists ? await appcmd.readProperty("app", appId, "applicationPool") : void 0;
        if (application !== "/" && appPoolNow === void 0) {
          await apply(appcmdChange(appTarget, `create it at ${options.physicalPath} in app pool '${appPool}'`, (0, iis_appcmd.my)({ site, path: application, physicalPath: options.physicalPath, appPool })));
        } else {
          if (appPoolNow === void 0 || appPoolNow.toLowerCase() !== appPool.toLowerCase())
            await apply(appcmdChange(appTarget, `app pool '${appPoolNow ?? "DefaultAppPool"}' \u2192 '${appPool}'`, (0, iis_appcmd.zm)(site, application, appPool)));
          if (appPoolNow !== void 0) {
            const physicalNow = await appcmd.readProperty("vdir", (0, iis_appcmd.b)(site, application), "physicalPath");
            if (physicalNow === void 0 || !samePhysicalPath(physicalNow, options.physicalPath))
              await apply(appcmdChange(appTarget, `physical path ${physicalNow ?? "(none)"} \u2192 ${options.physicalPath}`, (0, iis_appcmd.iF)(site, application, options.physicalPath)));
          }
        }
        if (options.preloadEnabled !== void 0) {
          const appTree = await appcmd.readObject("app", appId);
          const current = (appTree ? (0, iis_appcmd.Oh)(appTree, "preloadEnabled") : void 0)?.toLowerCase() === "true";
          if (current !== options.preloadEnabled)
            await apply(appcmdChange(appTarget, `preloadEnabled ${current} \u2192 ${options.preloadEnabled}`, buildSetPreloadArgs(appId, options.preloadEnabled)));
        }
        for (const planned of await planVirtualDirectories(appcmd, site, application, options.virtualDirectories ?? []))
          await apply(appcmdChange(appTarget, planned.description, planned.command));
        const appExists = siteExists && appPoolNow !== void 0;
        for (const kind of iis_appcmd.xW) {
          const enabled = options.authentication?.[kind];
          if (enabled === void 0)
            continue;
          let current;
          if (appExists || !dryRun) {
            const { stdout } = await appcmd.run((0, iis_appcmd.UV)(site, application, kind));
            current = (0, iis_appcmd.le)(stdout)[0]?.trim().toLowerCase();
          }
          if (current === String(enabled))
            continue;
          await apply(appcmdChange(appTarget, `${kind} authentication ${current === void 0 ? "" : `${current} \u2192 `}${enabled ? "enabled" : "disabled"}`, (0, iis_appcmd.e8)(site, application, kind, enabled)));
        }
        const https = (wanted ?? (siteTree ? existingBindings(siteTree) : [])).filter((b) => b.protocol === "https");
        if (https.length > 0 && !thumbprint && bindings?.some((b) => b.protocol === "https"))
          warn(`Site '${site}' has https bindings but no \`certificate-thumbprint\`: they only work if a certificate is already bound to ${https.map(sslEndpoint).join(", ")}.`);
        if (thumbprint && https.length === 0)
          warn(`\`certificate-thumbprint\` is set but site '${site}' has no https binding: the certificate is not bound anywhere.`);
        if (thumbprint && options.netsh) {
          const netsh = options.netsh;
          for (const binding of https) {
            const shown2 = await runNetsh(netsh, buildShowSslCertArgs(binding), appcmd, true);
            const bound = parseSslCertHash(shown2, sslEndpoint(binding).split("=")[1]);
            if (bound === thumbprint)
              continue;
            const store = options.certificate?.store ?? "My";
            const commands = [
              ...bound ? [buildDeleteSslCertArgs(binding)] : [],
              buildAddSslCertArgs(binding, thumbprint, store)
            ];
            await apply({
              change: {
                target: `certificate ${sslEndpoint(binding).split("=")[1] ?? ""}`,
                description: bound ? `certificate ${bound} \u2192 ${thumbprint}` : `bind certificate ${thumbprint} (${store})`,
                commands: commands.map((args) => reporter.mask((0, command_line.z)("netsh", args)))
              },
              run: async () => {
                for (const args of commands)
                  await runNetsh(netsh, args, appcmd, false);
              }
            });
          }
        }
        const { stdout: appsOfPool, failure } = await appcmd.run((0, iis_appcmd.nR)(appPool), {
          accept: [1168, 1]
        });
        if (!failure) {
          const others = (0, iis_appcmd.ws)(appsOfPool).filter((o) => o.type === "APP" && o.id.toLowerCase() !== appId.toLowerCase()).map((o) => o.id);
          if (others.length > 0)
            warn(`App pool '${appPool}' also serves ${others.join(", ")}: in-process ASP.NET Core hosting allows one application per pool (a second one fails with 500.35). Give '${appId}' its own pool, or use hostingModel outofprocess.`);
        }
        const advice = specificUser || keepIdentity ? void 0 : dataProtectionAdvice(desiredPool.identityType, desiredPool.loadUserProfile);
        if (advice)
          warn(advice);
        if (changes.length === 0)
          reporter.info(`Provisioning: nothing to change (${poolTarget}, ${siteTarget} and ${appTarget} are as requested).`);
        return { changes, warnings, dryRun };
      }
      async function runNetsh(netsh, args, appcmd, isRead) {
        const shown2 = appcmd.reporter.mask((0, command_line.z)("netsh", args));
        if (isRead)
          appcmd.reporter.debug(shown2);
        else
          appcmd.reporter.info(shown2);
        const result = await netsh.runner.run(netsh.path, args, {
          silent: true,
          signal: appcmd.signal,
          outputEncoding: output_encoding.Ih["netsh"]
        });
        const output = `${result.stdout}
${result.stderr}`;
        if (isRead)
          return result.exitCode === 0 ? output : "";
        if (result.exitCode === 0)
          return output;
        throw new core_errors.v4("netsh", result.exitCode, `${shown2} failed (exit code ${result.exitCode}): ${appcmd.reporter.mask(output.trim().replace(/\s+/g, " "))}`, "Check that the certificate is in the LocalMachine store given by `certificate-store` (default My), has a private key, and that the thumbprint is right.");
      }
      ;
      function timeSpan(c, name, range) {
        const value = c.string(name);
        return value === void 0 ? void 0 : c.fromStep(() => pool_settings_parseTimeSpan(value, name, range), void 0);
      }
      function wholeNumber(c, name, range) {
        const value = c.string(name);
        if (value === void 0)
          return void 0;
        if (!/^\d+$/.test(value)) {
          c.fail(name, `Input '${name}' is '${value}': use a whole number from ${range.min} to ${range.max}.`);
          return void 0;
        }
        return c.fromStep(() => checkRange(Number(value), name, range), void 0);
      }
      function readPoolInputs(c, poolIdentity) {
        const poolUsername = c.string("pool-username");
        const poolPassword = c.exact("pool-password");
        c.fromStep(() => validatePoolAccount(poolIdentity, poolUsername, poolPassword), void 0);
        const schedule = c.list("pool-recycle-schedule");
        const startMode = c.string("pool-start-mode");
        return {
          poolUsername,
          poolPassword,
          appKind: c.oneOf("app-kind", APP_KINDS),
          poolRuntimeVersion: c.oneOf("pool-runtime-version", RUNTIME_VERSIONS),
          poolPipelineMode: c.oneOf("pool-pipeline-mode", PIPELINE_MODES),
          pool32bit: c.optionalBoolean("pool-32bit"),
          poolStartMode: startMode === void 0 ? void 0 : c.oneOf("pool-start-mode", START_MODES),
          poolIdleTimeout: timeSpan(c, "pool-idle-timeout", IDLE_TIMEOUT_RANGE),
          poolRecycleTime: timeSpan(c, "pool-recycle-time", RECYCLE_TIME_RANGE),
          poolRecycleSchedule: schedule.length === 0 ? void 0 : c.fromStep(() => parseRecycleSchedule(schedule), void 0),
          poolQueueLength: wholeNumber(c, "pool-queue-length", QUEUE_LENGTH_RANGE),
          poolRapidFailProtection: c.optionalBoolean("pool-rapid-fail-protection"),
          poolRapidFailInterval: timeSpan(c, "pool-rapid-fail-interval", RAPID_FAIL_INTERVAL_RANGE),
          poolRapidFailMaxCrashes: wholeNumber(c, "pool-rapid-fail-max-crashes", MAX_CRASHES_RANGE),
          virtualDirectories: c.fromStep(() => parseVirtualDirectories(c.list("virtual-directories")), [])
        };
      }
      function pool_inputs_poolSettingsGiven(o) {
        return o.pool32bit !== void 0 || o.poolStartMode !== void 0 || o.poolIdleTimeout !== void 0 || o.poolRecycleTime !== void 0 || o.poolRecycleSchedule !== void 0 || o.poolQueueLength !== void 0 || o.poolRapidFailProtection !== void 0 || o.poolRapidFailInterval !== void 0 || o.poolRapidFailMaxCrashes !== void 0 || o.poolUsername !== void 0 || o.virtualDirectories.length > 0;
      }
      ;
      const PFX_STORE = "My";
      function decodePfxBase64(value, input = "certificate-pfx") {
        const compact = value.replace(/\s+/g, "");
        if (compact === "" || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
          throw new core_errors.dz(input, `Input '${input}' is not base64 (${compact.length} characters after removing line breaks): give the PFX file's bytes in base64, e.g. from \`base64 -w0 site.pfx\` or \`[Convert]::ToBase64String([IO.File]::ReadAllBytes('site.pfx'))\`.`);
        return Buffer.from(compact, "base64");
      }
      let loadedForge;
      async function loadPfxReader() {
        if (loadedForge)
          return;
        const module = await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(315), __nccwpck_require__2.e(939)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 9939));
        loadedForge = module.default;
      }
      function forgeLibrary() {
        if (!loadedForge) {
          throw new Error("certificate: a PFX was read before loadPfxReader() resolved (a bug in iis-deploy).");
        }
        return loadedForge;
      }
      function certificateDer(bag) {
        const forge = forgeLibrary();
        const asn1 = bag.asn1 ?? (bag.cert ? forge.pki.certificateToAsn1(bag.cert) : void 0);
        return asn1 ? Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary") : void 0;
      }
      function localKeyId(bag) {
        const ids = bag.attributes?.localKeyId;
        return ids?.[0] === void 0 ? void 0 : Buffer.from(ids[0], "binary").toString("hex");
      }
      function thumbprintOf(x509) {
        return x509.fingerprint.replace(/:/g, "").toUpperCase();
      }
      function readPfx(bytes, password, input = "certificate-pfx") {
        const forge = forgeLibrary();
        let p12;
        try {
          const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString("binary")));
          p12 = forge.pkcs12.pkcs12FromAsn1(asn1, true, password);
        } catch (error) {
          const text = error.message ?? "";
          if (/MAC could not be verified|wrong password|Invalid password/i.test(text))
            throw new core_errors.dz("certificate-pfx-password", `Input 'certificate-pfx-password' does not open the PFX of '${input}' (its integrity check fails): give the password the PFX was exported with.`);
          throw new core_errors.dz(input, `Input '${input}' is not a PFX (PKCS#12) file this tool can read (${text.replace(/\s+/g, " ").slice(0, 120)}): export the certificate with its private key as .pfx.`);
        }
        const bagsOf = (type) => type === void 0 ? [] : p12.getBags({ bagType: type })[type] ?? [];
        const certBags = bagsOf(forge.pki.oids.certBag);
        const keyBags = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(forge.pki.oids.keyBag)];
        if (certBags.length === 0)
          throw new core_errors.dz(input, `Input '${input}': the PFX holds no certificate. Export the certificate with its private key.`);
        if (keyBags.length === 0)
          throw new core_errors.dz(input, `Input '${input}': the PFX holds no private key (only ${certBags.length} certificate(s)). HTTPS needs the key: export the certificate "with the private key" (Windows: Export-PfxCertificate; OpenSSL: pkcs12 -export -inkey key.pem).`);
        const keyIds = new Set(keyBags.map(localKeyId).filter((id) => id !== void 0));
        const keyed = certBags.filter((bag) => {
          const id = localKeyId(bag);
          return id !== void 0 && keyIds.has(id);
        });
        const chosen = keyed.length === 1 ? keyed[0] : certBags.length === 1 && keyBags.length === 1 ? certBags[0] : void 0;
        if (chosen === void 0)
          throw new core_errors.dz(input, `Input '${input}': the PFX holds ${certBags.length} certificates and ${keyBags.length} keys without saying which certificate the key belongs to. Export one certificate with its key (and its chain).`);
        const der = certificateDer(chosen);
        let x509;
        try {
          if (!der)
            throw new Error("no certificate bytes");
          x509 = new (external_node_crypto_default()).X509Certificate(der);
        } catch (error) {
          throw new core_errors.dz(input, `Input '${input}': the PFX's certificate cannot be read (${error.message}).`);
        }
        return {
          thumbprint: thumbprintOf(x509),
          subject: x509.subject.replace(/\n/g, ", "),
          notAfter: new Date(x509.validTo).toISOString()
        };
      }
      function validatePfxInputs(inputs2) {
        const { pfxBase64, pfxFileBytes, password } = inputs2;
        if (pfxBase64 === void 0 && pfxFileBytes === void 0) {
          if (password !== void 0)
            throw new core_errors.dz("certificate-pfx-password", `Input 'certificate-pfx-password' is set but no PFX is given: set 'certificate-pfx' (base64, from a secret) or 'certificate-pfx-file', or remove the password.`);
          return void 0;
        }
        if (pfxBase64 !== void 0 && pfxFileBytes !== void 0)
          throw new core_errors.dz("certificate-pfx-file", `Inputs 'certificate-pfx' and 'certificate-pfx-file' are both set: give the PFX one way.`);
        const input = pfxBase64 !== void 0 ? "certificate-pfx" : "certificate-pfx-file";
        if (password === void 0)
          throw new core_errors.dz("certificate-pfx-password", `Input 'certificate-pfx-password' is needed with '${input}' (pass it from a secret). A PFX without a password cannot be told from a wrong one; export it with a password.`);
        if (inputs2.store.toLowerCase() !== PFX_STORE.toLowerCase())
          throw new core_errors.dz("certificate-store", `Input 'certificate-store' is '${inputs2.store}', but a PFX is imported into LocalMachine\\My only: remove 'certificate-store' (or set it to My).`);
        const bytes = pfxBase64 !== void 0 ? decodePfxBase64(pfxBase64) : pfxFileBytes;
        const read2 = readPfx(bytes, password, input);
        if (inputs2.thumbprint !== void 0 && inputs2.thumbprint.toUpperCase() !== read2.thumbprint)
          throw new core_errors.dz("certificate-thumbprint", `Input 'certificate-thumbprint' is '${inputs2.thumbprint}', but the certificate in '${input}' has thumbprint ${read2.thumbprint} (${read2.subject}): remove 'certificate-thumbprint' (the PFX's is used) or give the matching PFX.`);
        return { ...read2, base64: bytes.toString("base64"), input };
      }
      const KEY_HELPERS = [
        "function Get-KeyFile($cert) {",
        // A CryptoAPI key (the usual result of a PFX import on .NET Framework) has a container in RSA\MachineKeys; a CNG key
        // a file in Keys. $cert.PrivateKey throws for CNG keys on .NET Framework, hence the fallback.
        "  $csp = $null",
        "  try { $csp = $cert.PrivateKey } catch { }",
        "  $names = @()",
        "  if ($null -ne $csp -and $null -ne $csp.CspKeyContainerInfo) { $names += $csp.CspKeyContainerInfo.UniqueKeyContainerName }",
        "  $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)",
        "  if ($null -eq $key) { $key = [System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions]::GetECDsaPrivateKey($cert) }",
        "  if ($null -ne $key -and $null -ne $key.Key) { $names += $key.Key.UniqueName }",
        "  foreach ($name in $names) { foreach ($folder in @('Microsoft\\Crypto\\RSA\\MachineKeys', 'Microsoft\\Crypto\\Keys')) {",
        "    $file = Join-Path (Join-Path $env:ProgramData $folder) $name",
        "    if (Test-Path -LiteralPath $file) { return $file }",
        "  } }",
        "  throw ('The private key file of ' + $cert.Thumbprint + ' was not found under ' + $env:ProgramData + '\\Microsoft\\Crypto')",
        "}",
        "function Get-Sid($account) {",
        "  if ($account.StartsWith('*')) { return New-Object System.Security.Principal.SecurityIdentifier($account.Substring(1)) }",
        "  return (New-Object System.Security.Principal.NTAccount($account)).Translate([System.Security.Principal.SecurityIdentifier])",
        "}",
        "function Test-Read($file, $sid) {",
        "  $read = [System.Security.AccessControl.FileSystemRights]::Read",
        "  foreach ($rule in (Get-Acl -LiteralPath $file).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) {",
        "    if ($rule.IdentityReference -eq $sid -and $rule.AccessControlType -eq 'Allow' -and ($rule.FileSystemRights -band $read) -eq $read) { return $true }",
        "  }",
        "  return $false",
        "}",
        "function Open-Store($mode) {",
        "  $store = New-Object System.Security.Cryptography.X509Certificates.X509Store('My', 'LocalMachine')",
        "  $store.Open($mode)",
        "  return $store",
        "}"
      ];
      const INSPECT_CERTIFICATE_SCRIPT = [
        "$ErrorActionPreference = 'Stop'",
        "$request = [Console]::In.ReadToEnd() | ConvertFrom-Json",
        ...KEY_HELPERS,
        "$store = Open-Store 'ReadOnly'",
        "$found = $store.Certificates.Find('FindByThumbprint', $request.thumbprint, $false)",
        "$result = @{ present = $false; hasPrivateKey = $false; granted = $false; subject = $null }",
        "if ($found.Count -gt 0) {",
        "  $cert = $found[0]",
        "  $result.present = $true",
        "  $result.subject = $cert.Subject",
        "  $result.hasPrivateKey = $cert.HasPrivateKey",
        "  if ($cert.HasPrivateKey -and $request.account) {",
        "    try { $sid = Get-Sid $request.account } catch { [Console]::Error.WriteLine('Account not found: ' + $request.account); exit 6 }",
        "    $result.granted = Test-Read (Get-KeyFile $cert) $sid",
        "  }",
        "}",
        "$store.Close()",
        "Write-Output ($result | ConvertTo-Json -Compress)"
      ].join("\n");
      const CHANGE_CERTIFICATE_SCRIPT = [
        "$ErrorActionPreference = 'Stop'",
        "$request = [Console]::In.ReadToEnd() | ConvertFrom-Json",
        ...KEY_HELPERS,
        "if ($request.action -eq 'import') {",
        "  $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]'MachineKeySet, PersistKeySet'",
        "  $collection = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2Collection",
        "  $collection.Import([Convert]::FromBase64String($request.pfx), $request.password, $flags)",
        "  $cert = $collection | Where-Object { $_.Thumbprint -eq $request.thumbprint } | Select-Object -First 1",
        "  if ($null -eq $cert) { [Console]::Error.WriteLine('The PFX holds no certificate with thumbprint ' + $request.thumbprint); exit 5 }",
        "  if (-not $cert.HasPrivateKey) { [Console]::Error.WriteLine('The PFX has no private key for ' + $cert.Subject); exit 4 }",
        "  $store = Open-Store 'ReadWrite'",
        "  $store.Add($cert)",
        "  $store.Close()",
        "} elseif ($request.action -eq 'grant') {",
        "  $store = Open-Store 'ReadOnly'",
        "  $found = $store.Certificates.Find('FindByThumbprint', $request.thumbprint, $false)",
        "  $store.Close()",
        "  if ($found.Count -eq 0) { [Console]::Error.WriteLine('Not in Cert:\\LocalMachine\\My: ' + $request.thumbprint); exit 3 }",
        "  $cert = $found[0]",
        "  if (-not $cert.HasPrivateKey) { [Console]::Error.WriteLine('No private key: ' + $request.thumbprint); exit 4 }",
        "  try { $sid = Get-Sid $request.account } catch { [Console]::Error.WriteLine('Account not found: ' + $request.account); exit 6 }",
        "  $file = Get-KeyFile $cert",
        "  $acl = Get-Acl -LiteralPath $file",
        "  $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($sid, 'Read', 'Allow')",
        "  $acl.AddAccessRule($rule)",
        "  Set-Acl -LiteralPath $file -AclObject $acl",
        "} else { [Console]::Error.WriteLine('Unknown action'); exit 2 }",
        "Write-Output (@{ done = $request.action; thumbprint = $request.thumbprint } | ConvertTo-Json -Compress)"
      ].join("\n");
      function buildInspectCertificateArgs() {
        return buildPowerShellScriptArgs(INSPECT_CERTIFICATE_SCRIPT);
      }
      function buildChangeCertificateArgs() {
        return buildPowerShellScriptArgs(CHANGE_CERTIFICATE_SCRIPT);
      }
      function describeImport(pfx) {
        return `powershell -NoProfile -NonInteractive -EncodedCommand <import PFX into Cert:\\LocalMachine\\My> (PFX and password on standard input): ${pfx.thumbprint} (${pfx.subject})`;
      }
      function describeGrant(thumbprint, account) {
        return `powershell -NoProfile -NonInteractive -EncodedCommand <grant Read on the private key> : ${account} on ${thumbprint}`;
      }
      function parseScriptJson(stdout) {
        for (const line of stdout.replace(/^\uFEFF/, "").split(/\r?\n/).reverse()) {
          const text = line.trim();
          if (!text.startsWith("{"))
            continue;
          try {
            return JSON.parse(text);
          } catch {
            return void 0;
          }
        }
        return void 0;
      }
      const FIX_ELEVATED = "Run elevated (an administrator can write Cert:\\LocalMachine\\My and its keys), with Windows PowerShell 5.1 and .NET Framework 4.7 or later.";
      function scriptFailure(what, exitCode, stderr, stdout, reporter) {
        const text = reporter.mask(`${stderr}
${stdout}`.trim().replace(/\s+/g, " "));
        const fix = {
          3: "The certificate is not in Cert:\\LocalMachine\\My: give the PFX (certificate-pfx) so it is imported.",
          4: "The certificate has no private key: import it from a PFX exported with its private key.",
          5: "The PFX does not hold the certificate asked for: check 'certificate-thumbprint'.",
          6: "Windows cannot resolve the pool's account to a SID: check 'pool-identity'/'pool-username', and that the app pool exists."
        };
        return new core_errors.v4("powershell", exitCode, `${what} failed (exit code ${exitCode}): ${text || "no output"}`, fix[exitCode] ?? FIX_ELEVATED);
      }
      async function inspectCertificate(options, thumbprint, account) {
        const result = await options.runner.run(options.powershellPath, buildInspectCertificateArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ thumbprint, account: account ?? null })
        });
        if (result.exitCode !== 0)
          throw scriptFailure(`Reading certificate ${thumbprint} in Cert:\\LocalMachine\\My`, result.exitCode, result.stderr, result.stdout, options.reporter);
        const json = parseScriptJson(result.stdout);
        if (!json || typeof json.present !== "boolean")
          throw new core_errors.v4("powershell", 0, `Reading certificate ${thumbprint} in Cert:\\LocalMachine\\My printed no JSON answer: ${options.reporter.mask(result.stdout.trim().slice(0, 200)) || "no output"}`, FIX_ELEVATED);
        return { present: json.present, hasPrivateKey: json.hasPrivateKey === true, granted: json.granted === true };
      }
      async function importPfx(options, pfx, password) {
        options.reporter.registerSecret(pfx.base64);
        options.reporter.registerSecret(password);
        options.reporter.info(describeImport(pfx));
        const result = await options.runner.run(options.powershellPath, buildChangeCertificateArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ action: "import", pfx: pfx.base64, password, thumbprint: pfx.thumbprint })
        });
        if (result.exitCode !== 0)
          throw scriptFailure(`Importing certificate ${pfx.thumbprint} (${pfx.subject}) from '${pfx.input}' into Cert:\\LocalMachine\\My`, result.exitCode, result.stderr, result.stdout, options.reporter);
      }
      async function grantPrivateKeyRead(options, thumbprint, account) {
        options.reporter.info(describeGrant(thumbprint, account));
        const result = await options.runner.run(options.powershellPath, buildChangeCertificateArgs(), {
          silent: true,
          signal: options.signal,
          outputEncoding: "oem",
          input: JSON.stringify({ action: "grant", thumbprint, account })
        });
        if (result.exitCode !== 0)
          throw scriptFailure(`Granting ${account} Read on the private key of certificate ${thumbprint}`, result.exitCode, result.stderr, result.stdout, options.reporter);
      }
      ;
      async function runOptions(ctx) {
        return {
          runner: ctx.ports.runner,
          powershellPath: await ctx.tool("powershell"),
          reporter: ctx.reporter,
          signal: ctx.signal
        };
      }
      async function importCertificate(ctx) {
        const pfx = ctx.options.certificatePfx;
        const password = ctx.options.certificatePfxPassword;
        if (pfx === void 0 || password === void 0)
          return void 0;
        const run2 = await runOptions(ctx);
        const stored = await inspectCertificate(run2, pfx.thumbprint);
        if (stored.present && stored.hasPrivateKey)
          return void 0;
        const summary = `import certificate ${pfx.thumbprint} (${pfx.subject}) into Cert:\\LocalMachine\\My${stored.present ? " (it is there without its private key)" : ""}`;
        await ctx.ledger.track("provision", "provision", summary, async () => {
          if (ctx.dryRun)
            ctx.plan.action("provision", describeImport(pfx));
          else
            await importPfx(run2, pfx, password);
        });
        return `${ctx.dryRun ? "would import" : "imported"} certificate ${pfx.thumbprint} (${pfx.subject}, expires ${pfx.notAfter.slice(0, 10)}) into LocalMachine\\My`;
      }
      async function grantCertificateKey(ctx, account) {
        const pfx = ctx.options.certificatePfx;
        if (pfx === void 0)
          return void 0;
        const run2 = await runOptions(ctx);
        const imported = ctx.ledger.record.mutations.some((m) => m.status === "planned" && m.summary.startsWith(`import certificate ${pfx.thumbprint}`));
        if (!(ctx.dryRun && imported)) {
          try {
            const stored = await inspectCertificate(run2, pfx.thumbprint, account);
            if (stored.granted)
              return void 0;
          } catch (error) {
            if (!(ctx.dryRun && error instanceof core_errors.v4 && error.exitCode === 6))
              throw error;
          }
        }
        await ctx.ledger.track("provision", "provision", `grant ${account} Read on the private key of certificate ${pfx.thumbprint}`, async () => {
          if (ctx.dryRun)
            ctx.plan.action("provision", describeGrant(pfx.thumbprint, account));
          else
            await grantPrivateKeyRead(run2, pfx.thumbprint, account);
        });
        return `${ctx.dryRun ? "would grant" : "granted"} ${account} Read on the private key of ${pfx.thumbprint}`;
      }
      ;
      function record(values, secret) {
        return Object.fromEntries(values.filter((v) => v.secret === secret).map((v) => [v.name, v.value]));
      }
      function isPoolIdentity(value) {
        return iis_appcmd.ip.some((p) => p.toLowerCase() === value?.toLowerCase());
      }
      function runtimeVersion(o) {
        if (o.poolRuntimeVersion === "No Managed Code")
          return "";
        if (o.poolRuntimeVersion !== "auto")
          return o.poolRuntimeVersion;
        return runtimeVersionFor(resolveAppKind(o.appKind, o.sourceIsZip ? void 0 : o.source));
      }
      function poolSettings(o) {
        return {
          enable32BitAppOnWin64: o.pool32bit,
          startMode: o.poolStartMode,
          idleTimeout: o.poolIdleTimeout,
          periodicRestartTime: o.poolRecycleTime,
          periodicRestartSchedule: o.poolRecycleSchedule,
          queueLength: o.poolQueueLength,
          rapidFailProtection: o.poolRapidFailProtection,
          rapidFailProtectionInterval: o.poolRapidFailInterval,
          rapidFailProtectionMaxCrashes: o.poolRapidFailMaxCrashes
        };
      }
      function releaseRootOf(live) {
        if (live === void 0)
          return void 0;
        const api = /\\/.test(live) ? external_node_path_default().win32 : external_node_path_default().posix;
        const parent = api.dirname(live);
        return api.basename(parent).toLowerCase() === "releases" ? api.dirname(parent) : live;
      }
      async function reportBindingDrift(ctx, site) {
        const appcmd = await (0, shared.aZ)(ctx);
        const tree = await appcmd.readObject("site", site);
        if (!tree)
          return;
        const have = existingBindings(tree);
        const missing = ctx.options.bindings.filter((w) => !have.some((h) => sameBinding(h, w)));
        const extra = have.filter((h) => !ctx.options.bindings.some((w) => sameBinding(h, w)));
        if (missing.length === 0 && extra.length === 0)
          return;
        ctx.reporter.warning(`Site '${site}' bindings differ from 'bindings' (drift): ${[
          missing.length ? `missing ${missing.map((b) => b.text).join(", ")}` : "",
          extra.length ? `not asked for ${extra.map(iis_appcmd.VT).join(", ")}` : ""
        ].filter(Boolean).join("; ")}. Nothing was changed: set 'create: true' to bring the site to them.`);
      }
      async function provision(ctx, target) {
        const o = ctx.options;
        if (target.kind !== "local-iis" || target.site === void 0)
          return { target, detail: "no IIS site to provision" };
        const appcmd = await (0, shared.aZ)(ctx);
        const details = [];
        let identity = o.poolIdentity;
        const poolSettingsGiven = o.poolEnvironmentVariables.length > 0 || o.authentication.length > 0 || o.certificateThumbprint !== void 0 || pool_inputs_poolSettingsGiven(o);
        let physicalPath = target.physicalPath;
        const imported = await importCertificate(ctx);
        if (imported)
          details.push(imported);
        if (o.create || poolSettingsGiven) {
          let loadUserProfile = o.loadUserProfile;
          if (!o.create && target.appPool && o.poolUsername === void 0) {
            const tree = await appcmd.readObject("apppool", target.appPool);
            const current = tree ? (0, iis_appcmd.Oh)(tree, "processModel.identityType") : void 0;
            identity = isPoolIdentity(current) ? iis_appcmd.ip.find((p) => p.toLowerCase() === current.toLowerCase()) : void 0;
            loadUserProfile = (tree ? (0, iis_appcmd.Oh)(tree, "processModel.loadUserProfile") : "true")?.toLowerCase() === "true";
          }
          const keepIdentity = identity === void 0 && pool_inputs_poolSettingsGiven(o);
          if (identity === void 0 && !keepIdentity) {
            ctx.reporter.warning(`App pool '${target.appPool}' runs as a specific user: its settings are left as they are.`);
          } else {
            const appFolder = o.strategy === "releases" ? target.physicalPath ?? o.physicalPath : o.physicalPath ?? target.physicalPath;
            if (appFolder === void 0)
              throw new core_errors.dz("physical-path", `Input 'physical-path' is needed: IIS reports no folder for '${target.site}${target.application}'.`);
            if (!ctx.dryRun && !external_node_fs_default().existsSync(appFolder))
              external_node_fs_default().mkdirSync(appFolder, { recursive: true });
            const result = await provisionSite({
              appcmd,
              site: target.site,
              application: target.application,
              appPool: target.appPool ?? (0, shared.Fv)(target.site, target.application),
              physicalPath: appFolder,
              // An existing site is brought to the bindings asked for (issue 13); a new one gets them (or the default).
              bindings: !target.exists.site || o.create && o.bindingsGiven ? o.bindings.map((b) => b.text) : void 0,
              replaceBindings: o.replaceBindings,
              poolIdentity: identity,
              keepIdentity,
              poolAccount: identity === "SpecificUser" && o.poolUsername !== void 0 ? { userName: o.poolUsername, password: o.poolPassword ?? "" } : void 0,
              powershell: identity === "SpecificUser" ? { runner: ctx.ports.runner, path: await ctx.tool("powershell") } : void 0,
              managedRuntimeVersion: runtimeVersion(o),
              managedPipelineMode: o.poolPipelineMode,
              poolSettings: poolSettings(o),
              preloadEnabled: o.poolStartMode === "AlwaysRunning" ? true : void 0,
              virtualDirectories: o.virtualDirectories,
              loadUserProfile,
              authentication: o.authentication.length ? Object.fromEntries(o.authentication.map((a) => [a.kind, a.enabled])) : void 0,
              poolEnvironmentVariables: record(o.poolEnvironmentVariables, false),
              secretPoolEnvironmentVariables: record(o.poolEnvironmentVariables, true),
              certificate: o.certificateThumbprint ? { thumbprint: o.certificateThumbprint, store: o.certificateStore } : void 0,
              netsh: o.certificateThumbprint ? { runner: ctx.ports.runner, path: await ctx.tool("netsh") } : void 0,
              dryRun: ctx.dryRun
            });
            for (const change of result.changes) {
              if (/^create/i.test(change.description))
                ctx.plan.create(`${change.target}: ${change.description}`);
              if (ctx.dryRun)
                for (const command of change.commands)
                  ctx.plan.action("provision", command);
            }
            details.push(result.changes.length > 0 ? result.changes.map((c) => `${c.target}: ${c.description}`).join("; ") : "pool, site and application already as wanted");
            physicalPath = appFolder;
          }
        }
        if (!o.create && o.bindingsGiven && target.exists.site)
          await reportBindingDrift(ctx, target.site);
        const pool = target.appPool ?? (o.create ? (0, shared.Fv)(target.site, target.application) : void 0);
        if ((o.grantAccess || o.certificatePfx) && pool !== void 0) {
          const folder = !o.grantAccess ? void 0 : o.strategy === "releases" ? o.physicalPath ?? releaseRootOf(target.physicalPath) : physicalPath;
          const tree = await appcmd.readObject("apppool", pool);
          const planned = identity ?? o.poolIdentity;
          const account = tree ? accountOfPool((0, iis_appcmd.Oh)(tree, "processModel.identityType"), (0, iis_appcmd.Oh)(tree, "processModel.userName"), pool) : planned === "SpecificUser" ? o.poolUsername : poolAccount(planned, pool);
          if (account === void 0)
            ctx.reporter.warning(`App pool '${pool}' runs as a specific user whose name IIS does not report: no folder${o.certificatePfx ? " or private key" : ""} access was granted.`);
          const keyGranted = account === void 0 ? void 0 : await grantCertificateKey(ctx, account);
          if (keyGranted)
            details.push(keyGranted);
          if (folder !== void 0 && account !== void 0) {
            if (!ctx.dryRun && !external_node_fs_default().existsSync(folder))
              external_node_fs_default().mkdirSync(folder, { recursive: true });
            const granted = await grantAccess({
              runner: ctx.ports.runner,
              icaclsPath: await ctx.tool("icacls"),
              reporter: ctx.reporter,
              physicalPath: folder,
              pool,
              account,
              logsFolder: o.strategy === "releases" ? external_node_path_default().join("shared", "logs") : "logs",
              dryRun: ctx.dryRun,
              signal: ctx.signal
            });
            if (ctx.dryRun)
              for (const change of granted.changes)
                ctx.plan.action("provision", change.command);
            if (granted.changes.length > 0)
              details.push(`granted ${account} ${granted.changes.map((c) => `${c.right} on ${c.path}`).join(", ")}`);
          }
        }
        return {
          target: {
            ...target,
            physicalPath,
            appPool: target.appPool ?? (o.create ? (0, shared.Fv)(target.site, target.application) : void 0),
            exists: ctx.dryRun ? target.exists : { pool: true, site: true, application: true }
          },
          detail: details.join("; ") || "nothing to do"
        };
      }
      ;
      function pathApiOf(...paths) {
        return paths.some((p) => /^[A-Za-z]:|^\\\\/.test(p) || p.includes("\\")) ? external_node_path_default().win32 : external_node_path_default().posix;
      }
      function normalize(value, api) {
        const resolved = api.resolve(value);
        return api === external_node_path_default().win32 ? resolved.toLowerCase() : resolved;
      }
      function isSameOrInside(parent, child) {
        const api = pathApiOf(parent, child);
        const relative = api.relative(normalize(parent, api), normalize(child, api));
        return relative === "" || !relative.startsWith("..") && !api.isAbsolute(relative);
      }
      function isSamePath(a, b) {
        const api = pathApiOf(a, b);
        return normalize(a, api) === normalize(b, api);
      }
      function sourceTargetProblem(source, target, targetName) {
        const fix = `put the publish output ('source') and the site folder ('physical-path') in separate folders, neither inside the other`;
        if (isSamePath(source, target))
          return `the source folder and the target folder (${targetName}) are the same folder, ${target}: ${fix}.`;
        if (isSameOrInside(source, target))
          return `the target folder (${targetName}, ${target}) is inside the source folder ${source}, so the copy would copy into itself: ${fix}.`;
        if (isSameOrInside(target, source))
          return `the source folder ${source} is inside the target folder (${targetName}, ${target}), so the sync would overwrite or delete the source: ${fix}.`;
        return void 0;
      }
      function physicalPathMismatch(options) {
        const where = options.application === "/" ? `site '${options.site}'` : `application '${options.site}${options.application}'`;
        return `Input 'physical-path' is '${options.input}', but IIS serves ${where} from '${options.live}'. Set 'physical-path' to '${options.live}' (or leave it empty to use the folder IIS serves), or set 'create: true' to move the ${options.application === "/" ? "site" : "application"} to '${options.input}'.`;
      }
      ;
      async function readTarget(ctx) {
        const o = ctx.options;
        const base = { application: o.application, site: o.site };
        if (o.target === "iis-express")
          return { ...base, kind: "iis-express", exists: { pool: false, site: false, application: false } };
        if (o.msdeployUrl)
          return {
            ...base,
            kind: "remote",
            appPool: o.appPool,
            exists: { pool: true, site: true, application: true }
          };
        if (o.site === void 0) {
          checkFolder(ctx, o.physicalPath, true, "'physical-path'");
          return {
            ...base,
            kind: "local-iis",
            physicalPath: o.physicalPath,
            exists: { pool: false, site: false, application: false }
          };
        }
        const appcmd = await (0, shared.aZ)(ctx);
        const site = o.site;
        const siteExists = await appcmd.getSiteState(site) !== void 0;
        const appPoolNow = siteExists ? await appcmd.readProperty("app", (0, iis_appcmd.dh)(site, o.application), "applicationPool") : void 0;
        const livePath = appPoolNow !== void 0 ? await appcmd.readProperty("vdir", (0, iis_appcmd.b)(site, o.application), "physicalPath") : void 0;
        const appPool = o.appPool ?? appPoolNow ?? (o.create ? (0, shared.Fv)(site, o.application) : void 0);
        const poolState = appPool !== void 0 ? await appcmd.getAppPoolState(appPool) : void 0;
        const poolExists = poolState !== void 0;
        const needsExisting = ["sync", "offline", "online", "provision"].some((s) => o.steps.includes(s));
        if (!o.create && needsExisting) {
          if (!siteExists) {
            throw new core_errors.dz("site", `Site '${site}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path') to let the deploy create it.`);
          }
          if (appPoolNow === void 0) {
            throw new core_errors.dz("application", `Application '${(0, iis_appcmd.dh)(site, o.application)}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path').`);
          }
        }
        const live = livePath ? expandPhysicalPath(livePath, ctx.ports.env) : void 0;
        const moves = o.strategy === "in-place" && live !== void 0 && o.physicalPath !== void 0 && !isSamePath(live, o.physicalPath);
        if (moves && !o.create)
          throw new core_errors.dz("physical-path", physicalPathMismatch({ site, application: o.application, input: o.physicalPath, live }));
        if (moves)
          ctx.reporter.info(`IIS serves '${site}${o.application === "/" ? "" : o.application}' from ${live}; with 'create: true' provisioning moves it to ${o.physicalPath}.`);
        const physicalPath = o.strategy === "releases" ? live ?? o.physicalPath : o.physicalPath ?? live;
        const named = o.physicalPath !== void 0 ? "'physical-path'" : "the folder IIS serves";
        checkFolder(ctx, physicalPath, o.strategy === "in-place", named);
        ctx.reporter.info(`Target: site '${site}', application '${o.application}', app pool '${appPool ?? "(none)"}', folder ${physicalPath ?? "(none)"}${siteExists ? "" : " (to be created)"}.`);
        return {
          kind: "local-iis",
          site,
          application: o.application,
          appPool,
          physicalPath,
          poolState,
          exists: { pool: poolExists, site: siteExists, application: appPoolNow !== void 0 }
        };
      }
      function checkFolder(ctx, folder, syncsInto, folderName) {
        const o = ctx.options;
        if (folder === void 0)
          return;
        const problem = o.sourceIsZip || !syncsInto ? void 0 : sourceTargetProblem(o.source, folder, folderName);
        if (problem)
          throw new core_errors.dz("physical-path", `Input 'physical-path': ${problem}`);
        const inside = stateDirInside(ctx.stateDir, [folder, o.physicalPath]);
        if (inside !== void 0)
          throw new core_errors.dz("state-dir", `The state folder ${ctx.stateDir} is inside the web folder ${inside}: backups would be served over HTTP. Set 'state-dir' to a folder outside every site (default: %ProgramData%\\iis-deploy).`);
      }
      ;
      const MANIFEST_FILE = "manifest.json";
      const FILES_DIR = "files";
      const DEFAULT_KEEP_BACKUPS = 3;
      function defaultBackupRoot(target) {
        const api = file_tree_pathApiFor(target);
        const trimmed = target.replace(/[\\/]+$/, "");
        const name = api.basename(trimmed);
        if (!name || /^[A-Za-z]:$/.test(trimmed)) {
          throw new core_errors.dz("physical-path", `The target '${target}' is a drive root: there is no folder next to it for the backup. Deploy into a folder, or set backup: false.`);
        }
        return api.join(api.dirname(trimmed), `${name}.iis-deploy-backups`);
      }
      function newBackupId(now = /* @__PURE__ */ new Date()) {
        const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").replace(/\.\d+Z$/, "");
        return `${stamp}-${(0, external_node_crypto_.randomBytes)(3).toString("hex")}`;
      }
      function createBackup(options) {
        const backupRoot = options.backupRoot ?? defaultBackupRoot(options.target);
        const now = options.now ?? /* @__PURE__ */ new Date();
        const id = options.id ?? newBackupId(now);
        const dir = joinRelative(backupRoot, id);
        const filesDir = joinRelative(dir, FILES_DIR);
        external_node_fs_default().mkdirSync(filesDir, { recursive: true });
        const manifest = {
          version: 1,
          id,
          target: options.target,
          createdAt: now.toISOString(),
          added: [],
          updated: [],
          deleted: [],
          createdDirectories: [...options.plan.newDirectories ?? []],
          deletedDirectories: [...options.plan.extraDirectories ?? []],
          bytes: 0
        };
        const plain = /* @__PURE__ */ new Set();
        try {
          for (const change of options.plan.changes) {
            if (linkOnPath(options.target, change.path, plain) !== void 0)
              continue;
            if (change.kind === "add") {
              manifest.added.push(change.path);
              continue;
            }
            const current = joinRelative(options.target, change.path);
            let size;
            try {
              size = external_node_fs_default().statSync(current).size;
            } catch {
              continue;
            }
            copyFileKeepingTime(current, joinRelative(filesDir, change.path));
            manifest.bytes += size;
            if (change.kind === "update")
              manifest.updated.push(change.path);
            else
              manifest.deleted.push(change.path);
          }
          const manifestPath = joinRelative(dir, MANIFEST_FILE);
          external_node_fs_default().writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 1));
          external_node_fs_default().renameSync(`${manifestPath}.tmp`, manifestPath);
        } catch (error) {
          removeTreeNoFollow(dir);
          throw error;
        }
        return { dir, manifest };
      }
      function readBackup(dir) {
        let text;
        try {
          text = external_node_fs_default().readFileSync(joinRelative(dir, MANIFEST_FILE), "utf8");
        } catch {
          throw new core_errors.dz("backup", `The backup folder '${dir}' has no ${MANIFEST_FILE}: it is incomplete and cannot be restored.`);
        }
        return { dir, manifest: JSON.parse(text) };
      }
      function restoreBackup(backup) {
        const { dir, manifest } = typeof backup === "string" ? readBackup(backup) : backup;
        const target = manifest.target;
        const plain = /* @__PURE__ */ new Set();
        const throughLinks = [];
        const direct = (relative) => {
          if (linkOnPath(target, relative, plain) === void 0)
            return true;
          throughLinks.push(relative);
          return false;
        };
        let removed = 0;
        for (const relative of manifest.added) {
          if (!direct(relative))
            continue;
          try {
            external_node_fs_default().unlinkSync(joinRelative(target, relative));
            removed++;
          } catch (error) {
            if (error.code !== "ENOENT")
              throw error;
          }
        }
        for (const relative of [...manifest.deletedDirectories].sort((a, b) => depth(a) - depth(b) || comparePaths(a, b))) {
          if (direct(relative))
            external_node_fs_default().mkdirSync(joinRelative(target, relative), { recursive: true });
        }
        let restored = 0;
        for (const relative of [...manifest.updated, ...manifest.deleted]) {
          if (!direct(relative))
            continue;
          copyFileKeepingTime(joinRelative(joinRelative(dir, FILES_DIR), relative), joinRelative(target, relative));
          restored++;
        }
        for (const relative of [...manifest.createdDirectories].sort((a, b) => depth(b) - depth(a) || comparePaths(a, b))) {
          if (!direct(relative))
            continue;
          try {
            external_node_fs_default().rmdirSync(joinRelative(target, relative));
          } catch {
          }
        }
        return { restored, removed, ...throughLinks.length > 0 ? { throughLinks } : {} };
      }
      function depth(relative) {
        return relative.split("/").length;
      }
      function listBackups(backupRoot) {
        let names;
        try {
          names = external_node_fs_default().readdirSync(backupRoot);
        } catch {
          return [];
        }
        return names.filter((n) => /^\d{8}-\d{6}-[0-9a-f]+$/.test(n)).sort().reverse().map((n) => joinRelative(backupRoot, n));
      }
      function pruneBackups(options) {
        const keep = options.keep ?? DEFAULT_KEEP_BACKUPS;
        const all = listBackups(options.backupRoot);
        const deleted = all.slice(keep).filter((p) => p !== options.keepAlso);
        for (const p of deleted)
          removeTreeNoFollow(p);
        return deleted;
      }
      ;
      async function runUndo(ctx, action) {
        switch (action.kind) {
          case "restore-backup": {
            const restored = restoreBackup(action.backupDir);
            const links = restored.throughLinks ?? [];
            if (links.length > 0)
              ctx.reporter.warning(`The restore left ${links.length} path(s) alone because a symbolic link or junction now stands on them (a link is never written or deleted through): ${links.slice(0, 5).join(", ")}${links.length > 5 ? " ..." : ""}.`);
            return `restored ${restored.restored} file(s) and removed ${restored.removed} new file(s) from the backup ${action.backupDir}`;
          }
          case "switch-physical-path": {
            const appcmd = await (0, shared.aZ)((0, shared.WQ)(ctx));
            await appcmd.run((0, iis_appcmd.iF)(action.site, action.application, action.physicalPath));
            return `switched back to ${action.physicalPath}`;
          }
        }
      }
      ;
      async function takeOffline(ctx, target, mode, liveHostingModel2) {
        const o = ctx.options;
        const physicalPath = target.physicalPath;
        const pool = target.appPool;
        const state = {
          appOffline: false,
          poolStopped: false,
          poolWasRunning: true,
          since: ctx.ports.clock.now()
        };
        const wantsFile = mode !== "stop-pool" && physicalPath !== void 0 && (ctx.dryRun || external_node_fs_default().existsSync(physicalPath));
        const wantsStop = mode !== "app-offline" && pool !== void 0 && target.exists.pool;
        if (ctx.dryRun) {
          if (wantsFile)
            ctx.plan.action("offline", `write ${external_node_path_default().join(physicalPath, APP_OFFLINE_FILE)}`);
          if (wantsStop)
            ctx.plan.command("offline", "appcmd", (0, iis_appcmd.w3)("stop", pool));
          if (wantsStop && o.killWorkers)
            ctx.plan.action("offline", `after ${Math.round(o.stopTimeoutMs / 1e3)} s: taskkill /PID <pid> /F for each worker of '${pool}' still running`);
          return { ...state, appOffline: wantsFile, poolStopped: wantsStop };
        }
        const appcmd = await (0, shared.aZ)(ctx);
        const taskkill = wantsStop && o.killWorkers ? { runner: ctx.ports.runner, path: await ctx.tool("taskkill") } : void 0;
        const ledger = ctx.ledger;
        let page;
        if (wantsFile) {
          const content = o.appOfflineFile ? external_node_fs_default().readFileSync(o.appOfflineFile, "utf8") : void 0;
          const folder = physicalPath;
          const file = external_node_path_default().join(folder, APP_OFFLINE_FILE);
          page = ledger.begin("write-app-offline", "offline", `write ${file}`, {
            undo: { kind: "remove-app-offline", file },
            before: { fileExisted: findAppOfflineFiles(folder).length > 0 }
          });
          const written = page;
          await takeAppOffline({
            physicalPath: folder,
            content,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            // With both, the pool is stopped at once, without waiting for the app first: stopping it (Stopped, no worker
            // left) frees the files anyway, and the app's own shutdown then runs alongside the pool's (issue 15).
            // In-process (windows-facts \u00a76): ANCM recycles the worker; its files are free once it has exited.
            probe: wantsStop ? void 0 : liveHostingModel2 === "inprocess" && pool !== void 0 ? allOf(workersExitedProbe(appcmd, pool), filesWritableProbe(() => appBinaries(folder))) : filesWritableProbe(() => appBinaries(folder)),
            timeoutMs: o.stopTimeoutMs,
            onTimeout: "fail",
            signal: ctx.signal
          }).catch((error) => {
            if (findAppOfflineFiles(folder).length === 0)
              ledger.revert(written, "removed again: the offline step failed");
            else
              ledger.fail(written, error.message);
            throw error;
          });
          ledger.done(written);
          state.appOffline = true;
        }
        if (wantsStop) {
          const stop = ledger.begin("stop-pool", "offline", `stop app pool '${pool}'`, {
            undo: { kind: "start-pool", pool },
            before: { poolState: target.poolState }
          });
          try {
            const stopped = await (0, app_pool.i9)({
              appcmd,
              pool,
              timeoutMs: o.stopTimeoutMs,
              killWorkersOnTimeout: o.killWorkers,
              taskkill,
              // Read moments ago (readTarget / provision): no second read while the site is offline.
              knownState: target.poolState
            });
            state.poolWasRunning = stopped.wasRunning;
            state.poolStopped = true;
            ledger.done(stop);
          } catch (error) {
            const cleanup2 = await (0, shared.aZ)((0, shared.WQ)(ctx));
            const restarted = await (0, app_pool._U)({
              appcmd: cleanup2,
              pool,
              timeoutMs: 1e4,
              settleMs: 0
            }).then(() => true, (startError) => {
              ctx.reporter.warning(`App pool '${pool}' could not be started again: ${startError.message}`);
              return false;
            });
            if (restarted)
              ledger.revert(stop, "started again: the offline step failed");
            else
              ledger.fail(stop, error.message);
            if (!restarted) {
              const now = await cleanup2.getAppPoolState(pool).catch(() => void 0);
              Object.assign(error, {
                serverState: `App pool '${pool}' is ${now ?? "not running"} and could not be started again: the site answers 503 until it is. Once it has stopped, start it: appcmd start apppool /apppool.name:"${pool}". The app files were not touched.`
              });
            }
            if (state.appOffline && physicalPath && page) {
              const removed = page;
              await removeAppOffline({ physicalPath, reporter: ctx.reporter, clock: ctx.ports.clock }).then(() => ledger.revert(removed, "removed again: the offline step failed"), () => void 0);
            }
            throw error;
          }
        }
        if (state.appOffline && state.poolStopped && physicalPath !== void 0) {
          await waitForRelease({
            clock: ctx.ports.clock,
            reporter: ctx.reporter,
            timeoutMs: Math.min(o.stopTimeoutMs, 1e4),
            onTimeout: "continue",
            signal: ctx.signal
          }, filesWritableProbe(() => appBinaries(physicalPath)));
        }
        return state;
      }
      ;
      function createRepairs(runCtx) {
        const ctx = (0, shared.WQ)(runCtx);
        return {
          startPool: async (pool) => {
            await (0, app_pool._U)({
              appcmd: await (0, shared.aZ)(ctx),
              pool,
              timeoutMs: ctx.options.stopTimeoutMs,
              settleMs: 0
            });
          },
          removeAppOffline: async (file) => {
            await removeAppOffline({
              physicalPath: external_node_path_default().dirname(file),
              reporter: ctx.reporter,
              clock: ctx.ports.clock
            });
          },
          runUndo: (action) => runUndo(ctx, action),
          takeOfflineForRestore: async (ledger, step) => {
            const { site, application, appPool, physicalPath } = ledger.record.target;
            const appcmd = await (0, shared.aZ)(ctx);
            const poolState = appPool ? await appcmd.getAppPoolState(appPool) : void 0;
            ctx.reporter.info(`Taking the app offline to put the previous files back (${step}).`);
            await takeOffline({ ...ctx, ledger }, {
              kind: "local-iis",
              site,
              application,
              appPool,
              physicalPath,
              poolState,
              exists: { pool: poolState !== void 0, site: true, application: true }
            }, "both");
          }
        };
      }
      ;
      const DEFAULT_ROBOCOPY_RETRIES = 3;
      const DEFAULT_ROBOCOPY_WAIT_SECONDS = 5;
      const DEFAULT_ROBOCOPY_THREADS = 8;
      function stripTrailingSeparators(p) {
        const stripped = p.replace(/[\\/]+$/, "");
        if (stripped === "")
          return p.startsWith("/") ? "/" : p;
        if (/^[A-Za-z]:$/.test(stripped))
          return stripped === p ? p : `${stripped}\\`;
        return stripped;
      }
      function dedupe(values) {
        const seen = /* @__PURE__ */ new Set();
        return values.filter((v) => {
          const key = v.toLowerCase();
          if (seen.has(key))
            return false;
          seen.add(key);
          return true;
        });
      }
      function buildRobocopyExclusions(source, target, exclude, preserve, targetLinks = []) {
        const files = [APP_OFFLINE_FILE];
        const directories = [];
        const bothSides = (relative) => [
          joinRelative(source, relative),
          joinRelative(target, relative)
        ];
        for (const pattern of (0, glob.Yk)(exclude, "exclude")) {
          if (!pattern.anchored) {
            if (pattern.body.includes("/")) {
              throw new core_errors.dz("exclude", `Input 'exclude': '${pattern.raw}' (a path at any depth) cannot be expressed with robocopy, which matches names or full paths. Use a name (*.pdb, node_modules/), a path from the app root (wwwroot/uploads), or method: msdeploy.`);
            }
            const name = pattern.body.replace(/\*\*/g, "*");
            directories.push(name);
            if (!pattern.directoryOnly)
              files.push(name);
            continue;
          }
          if ((0, glob.rl)(pattern.body)) {
            throw new core_errors.dz("exclude", `Input 'exclude': '${pattern.raw}' has a wildcard inside a path; robocopy matches wildcards against names only. Use a name pattern (*.json), a literal path (config/local.json), or method: msdeploy.`);
          }
          directories.push(...bothSides(pattern.body));
          if (!pattern.directoryOnly)
            files.push(...bothSides(pattern.body));
        }
        for (const pattern of parsePreserveList(preserve)) {
          directories.push(...bothSides(pattern.body));
          files.push(...bothSides(pattern.body));
        }
        for (const link of targetLinks) {
          directories.push(...bothSides(link));
          files.push(...bothSides(link));
        }
        return { files: dedupe(files), directories: dedupe(directories) };
      }
      function robocopy_checkRange(name, value, min, max) {
        if (!Number.isInteger(value) || value < min || value > max) {
          throw new core_errors.dz(name, `robocopy ${name} must be a whole number from ${min} to ${max}, got ${value}.`);
        }
        return value;
      }
      function buildRobocopyArgs(options) {
        if (!options.source.trim())
          throw new core_errors.dz("source", "Input 'source' is empty.");
        if (!options.target.trim())
          throw new core_errors.dz("physical-path", "The target folder is empty.");
        const source = stripTrailingSeparators(options.source);
        const target = stripTrailingSeparators(options.target);
        const retries = robocopy_checkRange("retries", options.retries ?? DEFAULT_ROBOCOPY_RETRIES, 0, 1e3);
        const wait = robocopy_checkRange("waitSeconds", options.waitSeconds ?? DEFAULT_ROBOCOPY_WAIT_SECONDS, 0, 3600);
        const threads = robocopy_checkRange("threads", options.threads ?? DEFAULT_ROBOCOPY_THREADS, 1, 128);
        const exclusions = buildRobocopyExclusions(source, target, options.exclude, options.preserve, options.targetLinks);
        const args = [source, target, "/E"];
        if (options.deleteExtra)
          args.push("/PURGE");
        args.push("/COPY:DAT", `/R:${retries}`, `/W:${wait}`);
        if (threads > 1)
          args.push(`/MT:${threads}`);
        if (options.fatFileTimes)
          args.push("/FFT");
        if (options.dryRun)
          args.push("/L");
        args.push("/FP", "/NP", "/NDL", "/NJH", "/BYTES");
        args.push("/XF", ...exclusions.files);
        if (exclusions.directories.length > 0)
          args.push("/XD", ...exclusions.directories);
        return args;
      }
      function decodeRobocopyExitCode(exitCode, purged = true) {
        const known = Number.isInteger(exitCode) && exitCode >= 0 && exitCode <= 31;
        const bit = (value) => known && (exitCode & value) !== 0;
        const status = {
          exitCode,
          success: known && exitCode < 8,
          filesCopied: bit(1),
          extrasFound: bit(2),
          mismatches: bit(4),
          copyFailures: bit(8),
          fatal: bit(16),
          description: ""
        };
        if (!known) {
          status.description = `unknown exit code ${exitCode} (robocopy uses 0-31)`;
          return status;
        }
        const parts = [];
        if (status.fatal)
          parts.push("fatal error: nothing was copied (invalid arguments, or no access to the source or target)");
        if (status.copyFailures)
          parts.push("some files or folders could not be copied (retry limit exceeded)");
        if (status.filesCopied)
          parts.push("files copied");
        if (status.extrasFound) {
          parts.push(purged ? "extra files or folders in the target (deleted with /PURGE)" : "extra files or folders in the target (kept: delete-extra is off)");
        }
        if (status.mismatches)
          parts.push("mismatched files or folders (a file on one side is a folder on the other)");
        status.description = parts.length > 0 ? parts.join("; ") : "no change: the target already matched the source";
        return status;
      }
      const UNIT = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
      const NUMBER_TOKEN = /(\d+(?:[.,]\d+)?)(?:\s([kmgt])(?=\s|$))?/gi;
      function parseRobocopyNumber(token) {
        const match = /^(\d+(?:[.,]\d+)?)(?:\s*([kmgt]))?$/i.exec(token.trim());
        if (!match)
          return Number.NaN;
        const value = Number(match[1].replace(",", "."));
        return Math.round(value * (match[2] ? UNIT[match[2].toLowerCase()] : 1));
      }
      function parseSixNumbers(value) {
        const tokens = value.trim().match(NUMBER_TOKEN);
        if (!tokens || tokens.length !== 6)
          return void 0;
        if (value.replace(NUMBER_TOKEN, "").trim() !== "")
          return void 0;
        return tokens.map(parseRobocopyNumber);
      }
      function toCounts(values) {
        const [total = 0, copied = 0, skipped = 0, mismatch = 0, failed = 0, extras = 0] = values;
        return { total, copied, skipped, mismatch, failed, extras };
      }
      function parseRobocopySummary(stdout) {
        const rows = [];
        for (const line of stdout.split(/\r?\n/)) {
          const match = /^\s*([^:\d][^:]*?)\s*:(.*)$/.exec(line);
          if (!match)
            continue;
          const values = parseSixNumbers(match[2]);
          if (values)
            rows.push({ label: match[1].toLowerCase(), values });
        }
        if (rows.length < 3)
          return void 0;
        const byLabel = (label) => rows.findLast((r) => r.label === label)?.values;
        const dirs = byLabel("dirs");
        const files = byLabel("files");
        const bytes = byLabel("bytes");
        if (dirs && files && bytes)
          return { dirs: toCounts(dirs), files: toCounts(files), bytes: toCounts(bytes) };
        const last = rows.slice(-3);
        return {
          dirs: toCounts(last[0]?.values ?? []),
          files: toCounts(last[1]?.values ?? []),
          bytes: toCounts(last[2]?.values ?? [])
        };
      }
      const FILE_LINE = /^\t\s*([^\t\d\s][^\t]*?)\s*\t*\s*(-?\d+(?:[.,]\d+)?(?:\s[kmgt])?)\t(.+?)\s*$/i;
      function parseRobocopyFileLines(stdout) {
        const lines = [];
        for (const line of stdout.split(/\r?\n/)) {
          const match = FILE_LINE.exec(line);
          if (!match)
            continue;
          const size = match[2];
          lines.push({
            kind: match[1],
            bytes: size.startsWith("-") ? -1 : parseRobocopyNumber(size),
            path: match[3]
          });
        }
        return lines;
      }
      const ENGLISH_CLASSES = {
        "new file": "new",
        newer: "updated",
        older: "updated",
        changed: "updated",
        "*extra file": "extra"
      };
      function fileLineClass(line, roots, isNew) {
        if (/[\\/]$/.test(line.path) || line.bytes < 0)
          return void 0;
        const english = ENGLISH_CLASSES[line.kind.trim().toLowerCase()];
        const underTarget = isUnder(line.path, roots.target);
        const underSource = isUnder(line.path, roots.source);
        if (underTarget && !underSource)
          return "extra";
        if (underSource && !underTarget) {
          const known = isNew?.(relativeTo(line.path, [roots.source]));
          if (known !== void 0)
            return known ? "new" : "updated";
        }
        return english;
      }
      function isUnder(full, root) {
        return relativeTo(full, [root]) !== full;
      }
      const LOCKED_ERROR_CODES = [32, 33];
      function parseRobocopyErrors(output) {
        const lines = output.split(/\r?\n/);
        const errors = [];
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i];
          const coded = /(?:^|\s)(\d+) \((0x[0-9A-Fa-f]{8})\) (.+?) ((?:[A-Za-z]:[\\/]|\\\\|\/).*?)\s*$/.exec(line) ?? /(?:^|\s)(\d+) \((0x[0-9A-Fa-f]{8})\) (.+?)\s*$/.exec(line);
          if (coded && Number(coded[1]) === Number.parseInt(coded[2], 16)) {
            const message = (lines[i + 1] ?? "").trim();
            errors.push({ code: Number(coded[1]), action: coded[3], path: coded[4] ?? "", message });
            continue;
          }
          const usage = /^\s*ERROR : (.+?)\s*$/.exec(line);
          if (usage)
            errors.push({ code: void 0, action: usage[1], path: "", message: "" });
        }
        return errors;
      }
      function robocopyErrorFix(code) {
        switch (code) {
          case 32:
          case 33:
            return "Another process (the app) holds the file: take the app offline first (take-offline: auto, both or stop-pool; raise stop-timeout if its worker needs longer to exit), or use strategy: releases, which never overwrites the live files.";
          case 5:
            return "Access denied: the account running the deploy needs modify rights on the target folder and read rights on the source.";
          case 2:
          case 3:
            return "A path does not exist: check source and physical-path.";
          case 53:
          case 64:
          case 67:
          case 1326:
            return "The network path is unreachable or refuses these credentials: check the share and the account.";
          case 112:
            return "The target disk is full: free space, or lower keep-releases.";
          case 206:
            return "A path is too long for Windows: shorten the folder names or enable long paths (LongPathsEnabled).";
          default:
            return "See the robocopy errors above; robocopy exit codes: 0-7 success, 8 and above failure.";
        }
      }
      const DEFAULT_LOCK_RETRIES = 2;
      const DEFAULT_LOCK_RETRY_DELAY_MS = 1e4;
      function absolute(p) {
        return p.trim() === "" || external_node_path_default().win32.isAbsolute(p) || external_node_path_default().posix.isAbsolute(p) ? p : external_node_path_default().resolve(p);
      }
      function relativeTo(full, roots) {
        const normalized = full.replace(/\\/g, "/");
        for (const root of roots) {
          const prefix = `${stripTrailingSeparators(root).replace(/\\/g, "/").replace(/\/$/, "")}/`;
          if (normalized.toLowerCase().startsWith(prefix.toLowerCase()))
            return normalized.slice(prefix.length);
        }
        return full;
      }
      function listFew(items, max = 10) {
        const shown2 = items.slice(0, max).join(", ");
        return items.length > max ? `${shown2} and ${items.length - max} more` : shown2;
      }
      function toResult(stdout, status, options, attempts, args) {
        const counts = parseRobocopySummary(stdout);
        const fileLines = parseRobocopyFileLines(stdout);
        const roots = { source: options.source, target: options.target };
        const planned = new Map((options.plan?.changes ?? []).map((c) => [c.path.toLowerCase(), c.kind]));
        const isNew = (relative) => {
          const kind = planned.get(relative.replace(/\\/g, "/").toLowerCase());
          return kind === void 0 ? void 0 : kind === "add";
        };
        const classes = fileLines.map((l) => fileLineClass(l, roots, options.plan?.changes ? isNew : void 0));
        const newFiles = classes.filter((c) => c === "new").length;
        const updatedLines = classes.filter((c) => c === "updated").length;
        const extraLines = classes.filter((c) => c === "extra").length;
        const copied = counts?.files.copied ?? newFiles + updatedLines;
        const filesAdded = Math.min(newFiles, copied);
        const filesUpdated = Math.max(0, copied - filesAdded);
        const filesDeleted = options.deleteExtra ? counts?.files.extras ?? extraLines : 0;
        const bytesCopied = counts?.bytes.copied ?? fileLines.filter((_, i) => classes[i] === "new" || classes[i] === "updated").reduce((sum, l) => sum + Math.max(0, l.bytes), 0);
        const verb = options.dryRun ? "would copy" : "copied";
        const summary = `robocopy ${verb} ${copied} file(s) (${filesAdded} new, ${filesUpdated} updated, ${bytesCopied} bytes)` + (options.deleteExtra ? `, ${options.dryRun ? "would delete" : "deleted"} ${filesDeleted}` : "") + `; exit code ${status.exitCode}: ${status.description}`;
        return {
          method: "robocopy",
          filesAdded,
          filesUpdated,
          filesDeleted,
          bytesCopied,
          exitCode: status.exitCode,
          summary,
          dryRun: options.dryRun ?? false,
          status,
          counts,
          attempts,
          args
        };
      }
      async function syncWithRobocopy(ports, given) {
        const options = { ...given, source: absolute(given.source), target: absolute(given.target) };
        const args = buildRobocopyArgs(options);
        const tool = await ports.tools.resolve("robocopy");
        const lockRetries = options.lockRetries ?? DEFAULT_LOCK_RETRIES;
        const lockDelay = options.lockRetryDelayMs ?? DEFAULT_LOCK_RETRY_DELAY_MS;
        const roots = [options.source, options.target];
        if (options.plan && !options.dryRun) {
          const count = alignTargetTimes(options.plan, options.source, options.target);
          if (count > 0) {
            ports.reporter.info(`Checksum comparison: adjusted the time of ${count} target file(s) so that robocopy copies exactly the changed ones.`);
          }
        }
        for (let attempt = 1; ; attempt++) {
          ports.reporter.info(`[command]${(0, command_line.z)(tool, args)}`);
          const result = await ports.runner.run(tool, args, {
            silent: true,
            signal: ports.signal,
            timeoutMs: options.timeoutMs,
            outputEncoding: output_encoding.Ih["robocopy"]
          });
          const output = `${result.stdout}
${result.stderr}`;
          const status = decodeRobocopyExitCode(result.exitCode, options.deleteExtra === true);
          const counts = parseRobocopySummary(result.stdout);
          const changed = parseRobocopyFileLines(result.stdout);
          if (changed.length > 0) {
            ports.reporter.debug(changed.map((l) => `${l.kind} ${l.bytes} ${l.path}`).join("\n"));
          }
          const failedCount = (counts?.files.failed ?? 0) + (counts?.dirs.failed ?? 0);
          if (status.success && failedCount === 0) {
            const synced = toResult(result.stdout, status, options, attempt, args);
            ports.reporter.info(synced.summary);
            return synced;
          }
          const errors = parseRobocopyErrors(output);
          const lockedPaths = [
            ...new Set(errors.filter((e) => e.code !== void 0 && LOCKED_ERROR_CODES.includes(e.code)).map((e) => relativeTo(e.path, roots)))
          ];
          const otherErrors = errors.filter((e) => e.code === void 0 || !LOCKED_ERROR_CODES.includes(e.code));
          if (lockedPaths.length > 0 && otherErrors.length === 0 && attempt <= lockRetries) {
            ports.reporter.warning(`robocopy: ${lockedPaths.length} file(s) are locked by another process (ERROR 32, sharing violation): ${listFew(lockedPaths)}. Waiting ${Math.round(lockDelay / 1e3)} s, then running robocopy again (retry ${attempt} of ${lockRetries}).`);
            await ports.clock.sleep(lockDelay, ports.signal);
            continue;
          }
          if (lockedPaths.length > 0 && otherErrors.length === 0) {
            throw new core_errors.v4("robocopy", result.exitCode, `robocopy could not replace ${lockedPaths.length} file(s) because another process holds them (ERROR 32, sharing violation), after ${attempt} run(s) with /R:${options.retries ?? DEFAULT_ROBOCOPY_RETRIES} each: ${listFew(lockedPaths)}. Exit code ${result.exitCode}: ${status.description}.`, robocopyErrorFix(32));
          }
          const first = otherErrors[0] ?? errors[0];
          const detail = errors.slice(0, 5).map((e) => `${e.code === void 0 ? "ERROR" : `ERROR ${e.code}`} ${e.action} ${e.path}${e.message ? `: ${e.message}` : ""}`.trim()).join("\n");
          const tail = result.stdout.trim().split(/\r?\n/).slice(-5).join("\n");
          throw new core_errors.v4("robocopy", result.exitCode, `robocopy failed with exit code ${result.exitCode} (${status.description})` + (failedCount > 0 ? `, ${failedCount} item(s) FAILED` : "") + `.
${detail || tail}`, robocopyErrorFix(first?.code));
        }
      }
      ;
      function backupRootFor(ctx, folder) {
        const o = ctx.options;
        const scope = o.site !== void 0 ? lockNameFor({ site: o.site, application: o.application }) : deployLockName(folder);
        return external_node_path_default().join(ctx.stateDir, STATE_LAYOUT.backups, scope.replace(/\.lock$/, ""));
      }
      function backUpReplacedFiles(ctx, folder, plan) {
        const o = ctx.options;
        if (ctx.dryRun)
          return void 0;
        external_node_fs_default().mkdirSync(folder, { recursive: true });
        const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted;
        if (!o.backup || changes === 0)
          return void 0;
        const backupRoot = backupRootFor(ctx, folder);
        const id = newBackupId(new Date(ctx.ports.clock.now()));
        const dir = external_node_path_default().join(backupRoot, id);
        const taking = ctx.ledger.begin("backup", "sync", `back up what the sync replaces into ${dir}`, {
          undo: { kind: "remove-folder", folder: dir }
        });
        let backup;
        try {
          backup = createBackup({ plan, target: folder, backupRoot, id });
        } catch (error) {
          ctx.ledger.fail(taking, error.message);
          throw error;
        }
        ctx.ledger.done(taking);
        ctx.reporter.info(`Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`);
        return backup.dir;
      }
      function pruneOldBackups(ctx, folder, keep) {
        try {
          pruneBackups({ backupRoot: backupRootFor(ctx, folder), keepAlso: keep });
        } catch (error) {
          ctx.reporter.warning(`Could not prune old backups: ${error.message}`);
        }
      }
      async function syncInPlace(ctx, app, target, plan) {
        const o = ctx.options;
        const folder = target.physicalPath;
        if (folder === void 0)
          throw new core_errors.dz("physical-path", `Input 'physical-path' is needed: IIS reports no folder for the application.`);
        const targetLinks = ("targetLinks" in plan ? plan.targetLinks : void 0) ?? [];
        reportTargetLinks(ctx, folder, targetLinks, "shadowedByLinks" in plan ? plan.shadowedByLinks : void 0);
        const args = {
          source: app.dir,
          target: folder,
          deleteExtra: o.deleteExtra,
          exclude: o.exclude,
          preserve: o.preserve,
          dryRun: ctx.dryRun,
          targetLinks
        };
        if (ctx.dryRun)
          ctx.plan.command("sync", "robocopy", buildRobocopyArgs(args));
        const ledger = ctx.ledger;
        const previousPath = backUpReplacedFiles(ctx, folder, plan);
        const sync = ledger.begin("sync", "sync", `robocopy into ${folder}`, {
          undo: previousPath ? { kind: "restore-backup", backupDir: previousPath } : void 0
        });
        const copy = async () => {
          const copied = await syncWithRobocopy({
            runner: ctx.ports.runner,
            reporter: ctx.reporter,
            clock: ctx.ports.clock,
            tools: ctx.tools,
            signal: ctx.signal
          }, {
            ...args,
            // With `checksum`, the planner's retimed/forceCopy files make robocopy copy exactly what changed.
            plan: "retimed" in plan ? plan : void 0,
            lockRetryDelayMs: ctx.timing.lockRetryDelayMs
          });
          if (!ctx.dryRun) {
            await verifyCopy("robocopy", copied.exitCode, {
              source: app.dir,
              target: folder,
              exclude: o.exclude,
              preserve: o.preserve,
              deleteExtra: o.deleteExtra,
              checksum: o.checksum,
              plannedDeletes: plan.changes.filter((c) => c.kind === "delete").map((c) => c.path)
            });
            ctx.reporter.info(`Verified: ${folder} matches the publish folder (${o.checksum ? "SHA-256" : "size and time"}).`);
          }
          return copied;
        };
        const result = await copy().catch((error) => {
          if (error instanceof core_errors.dz)
            ledger.untouched(sync, "refused before copying: nothing changed");
          else
            ledger.fail(sync, error.message);
          throw error;
        });
        ledger.done(sync);
        if (!ctx.dryRun && previousPath)
          pruneOldBackups(ctx, folder, previousPath);
        return { result, releasePath: folder, previousPath };
      }
      function reportTargetLinks(ctx, folder, links, shadowed) {
        if (links.length === 0)
          return;
        ctx.reporter.info(`Links in ${folder} are left as they are (never written, deleted, backed up or restored through): ${links.join(", ")}.`);
        if (!shadowed || shadowed.length === 0)
          return;
        const key = (p) => p.toLowerCase();
        const holding = links.filter((link) => shadowed.some((f) => key(f) === key(link) || key(f).startsWith(`${key(link)}/`)));
        const patterns = holding.map((link) => shadowed.some((f) => key(f) === key(link)) ? `/${link}` : `${link}/**`);
        const shown2 = shadowed.slice(0, 5).join(", ") + (shadowed.length > 5 ? ` and ${shadowed.length - 5} more` : "");
        ctx.reporter.warning(`${shadowed.length} file(s) of the publish folder were not deployed because a symbolic link or junction in the site folder holds their place (${holding.join(", ")}): ${shown2}. Exclude them (exclude: ${patterns.join(", ")}) to silence this, or replace the link in ${folder} with a real folder to deploy them.`);
      }
      ;
      async function syncRelease(ctx, app, target) {
        const o = ctx.options;
        const site = target.site;
        const layout = planReleaseLayout({
          physicalPath: o.physicalPath,
          livePhysicalPath: target.exists.application ? target.physicalPath : void 0,
          releaseId: o.releaseId,
          preserve: o.preserve,
          env: ctx.ports.env
        });
        const stage = ctx.ledger.begin("sync", "sync", `stage release ${layout.releasePath}`, {
          undo: { kind: "remove-folder", folder: layout.releasePath }
        });
        const staged = await stageRelease({ reporter: ctx.reporter }, {
          layout,
          source: app.dir,
          exclude: o.exclude,
          preserve: o.preserve,
          checksum: o.checksum,
          dryRun: ctx.dryRun
        }).catch((error) => {
          ctx.ledger.fail(stage, error.message);
          throw error;
        });
        ctx.ledger.done(stage);
        if (ctx.signal.aborted)
          throw new core_errors.cc("Cancelled before switching to the new release.");
        const switchArgs = (0, iis_appcmd.iF)(site, target.application, layout.releasePath);
        if (ctx.dryRun) {
          ctx.plan.create(`release folder ${layout.releasePath}`);
          ctx.plan.command("sync", "appcmd", switchArgs);
        } else {
          const appcmd = await (0, shared.aZ)(ctx);
          const previous = layout.previousPath;
          const switched = ctx.ledger.begin("switch-release", "sync", `switch to ${layout.releasePath}`, {
            undo: previous ? { kind: "switch-physical-path", site, application: target.application, physicalPath: previous } : void 0,
            before: { physicalPath: previous }
          });
          await appcmd.run(switchArgs).catch((error) => {
            ctx.ledger.fail(switched, error.message);
            throw error;
          });
          ctx.ledger.done(switched);
          ctx.reporter.info(`Switched '${site}${target.application === "/" ? "/" : target.application}' to ${layout.releasePath}.`);
          try {
            const pruned = pruneReleases({
              releasesDir: layout.releasesDir,
              keep: o.keepReleases,
              live: layout.releasePath,
              previous
            });
            if (pruned.deleted.length > 0)
              ctx.reporter.info(`Removed old releases: ${pruned.deleted.join(", ")}`);
            if (pruned.foreign.length > 0)
              ctx.reporter.info(`Kept ${pruned.foreign.join(", ")}: not release folders of this tool (no ${RELEASE_MARKER_FILE} marker), so retention neither counts nor removes them.`);
          } catch (error) {
            ctx.reporter.warning(`Could not remove old releases: ${error.message}`);
          }
        }
        const { layout: _layout, plan: _plan, seededFromLive: _seeded, files: _files, ...result } = staged;
        return { result: { ...result }, releasePath: layout.releasePath, previousPath: layout.previousPath };
      }
      ;
      function webDeployExtras(ctx, app, target) {
        const o = ctx.options;
        const flags = parseMsDeployFlags(o.msdeployFlags);
        const extras = {
          extraSkips: o.msdeploySkip.map(formatUserSkip),
          extraArgs: flags.args,
          retryAttempts: flags.retryAttempts,
          retryIntervalMs: flags.retryInterval
        };
        const pkg = app.package;
        if (!pkg)
          return extras;
        if (!("site" in target)) {
          throw new core_errors.dz("site", `Input 'source' is a Web Deploy package: it deploys to an IIS application, so 'site' is required.`);
        }
        const plan = planPackageParameters(pkg, iisAppPath(target.site, target.application), {
          setParametersFile: o.setParametersFile ? readSetParametersFile(o.setParametersFile) : void 0,
          setParameters: o.setParameters
        });
        let setParamFile;
        if (plan.setParamFile !== void 0) {
          setParamFile = external_node_path_default().join(external_node_path_default().dirname(pkg.archiveDir), "iis-deploy.SetParameters.xml");
          external_node_fs_default().writeFileSync(setParamFile, plan.setParamFile, { encoding: "utf8", mode: 384 });
        }
        const changed = (app.modified?.length ?? 0) > 0;
        return {
          ...extras,
          ...changed ? { checksum: true } : {},
          package: {
            kind: changed ? "archiveDir" : "package",
            path: changed ? pkg.archiveDir : o.source,
            setParams: plan.setParams,
            setParamFile
          }
        };
      }
      ;
      async function syncWebDeploy(ctx, app, target, plan) {
        const o = ctx.options;
        if (target.kind === "remote")
          scanTree(app.dir, { side: "source", input: "source" });
        const targetLinks = (plan && "targetLinks" in plan ? plan.targetLinks : void 0) ?? [];
        if (targetLinks.length > 0)
          ctx.reporter.info(`Links in ${target.physicalPath ?? "the site folder"} are left as they are (Web Deploy skip rules): ${targetLinks.join(", ")}.`);
        const remote = o.msdeployUrl ? {
          url: o.msdeployUrl,
          userName: o.msdeployUsername,
          password: o.msdeployPassword,
          authType: o.msdeployAuthType,
          allowUntrusted: o.allowUntrusted
        } : void 0;
        const msTarget = target.site !== void 0 ? { site: target.site, application: target.application } : { folder: target.physicalPath ?? "" };
        const appOffline = remote !== void 0 && o.takeOffline !== "none";
        const ports = {
          runner: ctx.ports.runner,
          reporter: ctx.reporter,
          tools: ctx.tools,
          clock: ctx.ports.clock
        };
        const extra = webDeployExtras(ctx, app, msTarget);
        const where = remote ? `${target.site ?? ""}${target.application} through Web Deploy` : target.physicalPath ?? "";
        const previousPath = remote === void 0 && plan !== void 0 && target.physicalPath !== void 0 ? backUpReplacedFiles(ctx, target.physicalPath, plan) : void 0;
        const sync = ctx.ledger.begin("sync", "sync", `Web Deploy sync into ${where}`, {
          undo: previousPath ? { kind: "restore-backup", backupDir: previousPath } : void 0
        });
        let result;
        try {
          result = await syncWithWebDeploy(ports, {
            source: app.dir,
            target: msTarget,
            remote,
            deleteExtra: o.deleteExtra,
            exclude: o.exclude,
            preserve: [...o.preserve, ...targetLinks],
            appOffline,
            checksum: o.checksum,
            ...extra,
            dryRun: ctx.dryRun,
            signal: ctx.signal
          });
        } catch (error) {
          const code = error instanceof MsDeployError ? error.code : void 0;
          if (code !== void 0 && neverReachedTheSite(code)) {
            ctx.ledger.untouched(sync, `Web Deploy did not get to the site (${code}): nothing changed`);
            const message = error instanceof Error ? error.message : "";
            Object.assign(error, { message: message.replace(APP_OFFLINE_GUESS, "") });
            throw error;
          }
          ctx.ledger.fail(sync, error.message);
          if (appOffline && !ctx.dryRun && "site" in msTarget) {
            await removeAppOfflineWithWebDeploy(ports, { target: msTarget, remote }).catch((removeError) => {
              Object.assign(error, {
                serverState: `Web Deploy failed and App_Offline.htm could not be removed from the remote site (${removeError.message}): the site answers 503 until it is deleted.`
              });
            });
          }
          throw error;
        }
        ctx.ledger.done(sync);
        if (previousPath && target.physicalPath)
          pruneOldBackups(ctx, target.physicalPath, previousPath);
        return { result, releasePath: target.physicalPath, previousPath };
      }
      const NEVER_REACHED = /* @__PURE__ */ new Set([
        "ERROR_USER_UNAUTHORIZED",
        "ERROR_DESTINATION_NOT_REACHABLE",
        "ERROR_DESTINATION_INVALID",
        "ERROR_COULD_NOT_CONNECT_TO_REMOTESVC",
        "ERROR_CERTIFICATE_VALIDATION_FAILED",
        "ERROR_SITE_DOES_NOT_EXIST",
        "ERROR_APP_DOES_NOT_EXIST",
        "ERROR_USER_NOT_ADMIN",
        "ERROR_PROXY_GATEWAY",
        "ERROR_API_NOT_SUPPORTED",
        MSDEPLOY_COMMAND_LINE_ERROR
      ]);
      function neverReachedTheSite(code) {
        return NEVER_REACHED.has(code);
      }
      const APP_OFFLINE_GUESS = / The AppOffline rule may have left App_Offline\.htm in place: the app answers 503 until it is removed\./;
      ;
      async function syncApp(ctx, app, target, plan) {
        const o = ctx.options;
        if (target.kind === "remote" || o.method === "msdeploy" || app.package)
          return syncWebDeploy(ctx, app, target, plan);
        const outcome = o.strategy === "releases" ? await syncRelease(ctx, app, target) : await syncInPlace(ctx, app, target, plan);
        await recordStdoutLog(ctx, app, target, outcome);
        return outcome;
      }
      ;
      const diagnoseFailure = async (ctx, input) => (await Promise.all(
        /* import() */
        [__nccwpck_require__2.e(658), __nccwpck_require__2.e(584)]
      ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 9584))).diagnoseFailure(ctx, input);
      const installHostingBundle = async (ctx, appDir) => (await __nccwpck_require__2.e(
        /* import() */
        296
      ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 3296))).installHostingBundle(ctx, appDir);
      const smokeTestIisExpress = async (ctx, app) => (await __nccwpck_require__2.e(
        /* import() */
        586
      ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 1586))).smokeTestIisExpress(ctx, app);
      function createDefaultSteps() {
        return withDrainHooks({
          readTarget,
          acquireLock,
          ensureIisFeatures: ensure_iis_features_ensureIisFeatures,
          installHostingBundle,
          provision,
          prepareApp,
          planChanges: plan_changes_planChanges,
          takeOffline,
          bringOnline,
          sync: syncApp,
          runUndo,
          createRepairs,
          checkHealth,
          smokeTestIisExpress,
          cleanup,
          diagnoseFailure
        });
      }
      ;
      var core_tools = __nccwpck_require__2(3672);
      ;
      const DEFAULT_TIMING = {
        probeIntervalMs: 200,
        healthInitialDelayMs: 500,
        healthMaxDelayMs: 5e3,
        lockTimeoutMs: 30 * 6e4,
        poolSettleMs: 3e3,
        poolSettleCheckedMs: 1e3,
        lockRetryDelayMs: 1e4
      };
      class PlanRecorder {
        reporter;
        commands = [];
        creates = [];
        tools = {};
        constructor(reporter) {
          this.reporter = reporter;
        }
        command(step, tool, args, verbatim = false) {
          const command = this.reporter.mask((0, command_line.z)(tool, args, verbatim));
          this.commands.push({ step, command });
          return command;
        }
        /** A step of the plan that is not a command line (writing app_offline.htm, a folder copy). */
        action(step, text) {
          this.commands.push({ step, command: this.reporter.mask(text) });
        }
        create(text) {
          this.creates.push(this.reporter.mask(text));
        }
        tool(name, path) {
          this.tools[name] = path;
        }
      }
      class CollectingReporter {
        inner;
        warnings = [];
        constructor(inner) {
          this.inner = inner;
        }
        debug(message) {
          this.inner.debug(message);
        }
        info(message) {
          this.inner.info(message);
        }
        notice(message, location) {
          this.inner.notice(message, location);
        }
        warning(message, location) {
          this.warnings.push(this.inner.mask(message));
          this.inner.warning(message, location);
        }
        error(message, location) {
          this.inner.error(message, location);
        }
        group(name, fn) {
          return this.inner.group(name, fn);
        }
        registerSecret(value) {
          this.inner.registerSecret(value);
        }
        mask(text) {
          return this.inner.mask(text);
        }
      }
      ;
      async function subjectOf(options) {
        const { appcmd, site, application, action } = options;
        if (site === void 0) {
          if (options.appPool === void 0)
            throw new core_errors.dz("action", `Input 'action' is '${action}': set 'site' or 'app-pool'.`);
          return { kind: "pool", name: options.appPool };
        }
        if (action === "remove")
          return application === "/" ? { kind: "site", name: site } : { kind: "app", id: (0, iis_appcmd.dh)(site, application) };
        if (application === "/" && action !== "recycle" && options.appPool === void 0)
          return { kind: "site", name: site };
        const pool = options.appPool ?? await appcmd.readProperty("app", (0, iis_appcmd.dh)(site, application), "applicationPool");
        if (pool === void 0 || pool === "")
          throw new core_errors.dz("application", `Application '${(0, iis_appcmd.dh)(site, application)}' does not exist in IIS, so it has no pool to ${action}: check 'site' and 'application', or set 'app-pool'.`);
        return { kind: "pool", name: pool };
      }
      async function runManageAction(options) {
        const { appcmd, action, dryRun } = options;
        const subject = await subjectOf(options);
        const object = subject.kind === "pool" ? `app pool '${subject.name}'` : subject.kind === "site" ? `site '${subject.name}'` : `application '${subject.id}'`;
        const same = (detail) => ({ object, changed: false, detail, commands: [] });
        const state = subject.kind === "pool" ? await appcmd.getAppPoolState(subject.name) : subject.kind === "site" ? await appcmd.getSiteState(subject.name) : await appcmd.readProperty("app", subject.id, "applicationPool") !== void 0 ? "Started" : void 0;
        if (state === void 0) {
          if (action === "remove")
            return same(`${object} does not exist: nothing to remove`);
          throw new core_errors.dz(subject.kind === "pool" ? "app-pool" : "site", `${object} does not exist on this server (see \`appcmd list ${subject.kind === "pool" ? "apppools" : "sites"}\`): check the name.`);
        }
        const wanted = action === "start" ? "Started" : action === "stop" ? "Stopped" : void 0;
        if (wanted !== void 0 && state === wanted)
          return same(`${object} is already ${wanted.toLowerCase()}`);
        if (action === "recycle" && subject.kind === "pool" && state !== "Started")
          return same(`${object} is ${state.toLowerCase()}: nothing to recycle (start it instead)`);
        const name = subject.kind === "app" ? subject.id : subject.name;
        const args = action === "remove" ? subject.kind === "pool" ? (0, iis_appcmd.YP)(name) : ["delete", subject.kind, name] : subject.kind === "pool" ? (0, iis_appcmd.w3)(action, name) : [action, "site", name];
        if (action === "remove" && subject.kind === "pool") {
          const { stdout } = await appcmd.run((0, iis_appcmd.nR)(name), { accept: [1168, 1] });
          const apps = (0, iis_appcmd.ws)(stdout).filter((o) => o.type === "APP").map((o) => o.id);
          if (apps.length > 0)
            throw new core_errors.dz("app-pool", `App pool '${name}' still serves ${apps.join(", ")}: remove those applications (or move them to another pool) first.`);
        }
        const commands = [appcmd.display(args)];
        const verb = action === "remove" ? "removed" : action === "recycle" ? "recycled" : action === "start" ? "started" : "stopped";
        if (dryRun)
          return { object, changed: true, detail: `would ${action} ${object}`, commands };
        if (subject.kind === "pool" && action === "stop")
          await (0, app_pool.i9)({ appcmd, pool: name, timeoutMs: options.timeoutMs });
        else if (subject.kind === "pool" && action === "start")
          await (0, app_pool._U)({ appcmd, pool: name, timeoutMs: options.timeoutMs });
        else if (subject.kind === "site" && action === "stop")
          await (0, app_pool.S1)({ appcmd, site: name, timeoutMs: options.timeoutMs });
        else if (subject.kind === "site" && action === "start")
          await (0, app_pool.EL)({ appcmd, site: name, timeoutMs: options.timeoutMs });
        else
          await appcmd.run(args);
        return { object, changed: true, detail: `${object} ${verb}`, commands };
      }
      ;
      const CONTENT_KINDS = ["sync", "switch-release"];
      function ledgerPathFor(ledgersDir, scope) {
        return external_node_path_default().join(ledgersDir, `${scope.replace(/\.lock$/, "")}.json`);
      }
      function readLedger(file) {
        let text;
        try {
          text = external_node_fs_default().readFileSync(file, "utf8");
        } catch {
          return void 0;
        }
        try {
          const value = JSON.parse(text);
          if (value.format !== 1 || typeof value.runId !== "string" || !Array.isArray(value.mutations))
            return void 0;
          return value;
        } catch {
          return void 0;
        }
      }
      function openMutations(record2) {
        return record2.mutations.filter((m) => m.status !== "reverted" && m.status !== "planned").reverse();
      }
      function pauseForever(point) {
        process.stderr.write(`iis-deploy: paused at ${point} (IIS_DEPLOY_TEST_PAUSE_AT)
`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
      class DeployLedger {
        options;
        record;
        /** Where the ledger is kept; undefined when it is kept in memory only. */
        file;
        constructor(options, adopted) {
          this.options = options;
          this.file = options.file;
          this.record = adopted ?? {
            format: 1,
            runId: options.runId ?? external_node_crypto_default().randomUUID(),
            scope: options.scope,
            target: { ...options.target },
            owner: { pid: process.pid, host: options.host, description: options.description },
            startedAt: this.iso(),
            status: "running",
            verified: false,
            mutations: []
          };
          this.persist();
        }
        get dryRun() {
          return this.options.dryRun === true;
        }
        masked(text) {
          return this.options.maskText ? this.options.maskText(text) : text;
        }
        iso() {
          return new Date(this.options.now()).toISOString();
        }
        persist(changed) {
          if (!this.file)
            return;
          (0, atomic_write.Q)(this.file, `${JSON.stringify(this.record, null, 2)}
`);
          const point = changed && `${changed.kind}:${changed.status}`;
          if (point !== void 0 && point === this.options.pauseAt)
            pauseForever(point);
        }
        /** Updates what the run now knows of its target (the pool and folder IIS reports). */
        setTarget(target) {
          Object.assign(this.record.target, target);
          this.persist();
        }
        /**
         * Records a change before it is made. Checks the lock first: a run that lost it stops here, before the change.
         * In a dry run the change is recorded as planned and nothing is written.
         */
        begin(kind, step, summary, extra = {}) {
          if (!this.dryRun)
            this.options.assertHeld?.();
          const mutation = {
            seq: this.record.mutations.length + 1,
            kind,
            step,
            status: this.dryRun ? "planned" : "started",
            summary: this.masked(summary),
            ...extra,
            startedAt: this.iso()
          };
          this.record.mutations.push(mutation);
          this.persist(mutation);
          return mutation;
        }
        /** The change was made (its undo may be known only now: a backup's folder, the previous release). */
        done(mutation, extra = {}) {
          if (mutation.status === "planned")
            return;
          const note = extra.note === void 0 ? {} : { note: this.masked(extra.note) };
          Object.assign(mutation, extra, note, { status: "done", endedAt: this.iso() });
          this.persist(mutation);
        }
        /** The change failed; it may have happened in part. */
        fail(mutation, note) {
          if (mutation.status === "planned")
            return;
          Object.assign(mutation, { status: "failed", endedAt: this.iso(), note: this.masked(note) });
          this.persist(mutation);
        }
        /** The change was put back. */
        revert(mutation, note) {
          if (mutation.status === "planned")
            return;
          Object.assign(mutation, { status: "reverted", endedAt: this.iso(), note: this.masked(note) });
          this.persist(mutation);
        }
        /** The change never touched the server (refused before it started, or nothing to do): says so for the report. */
        untouched(mutation, note) {
          if (mutation.status === "planned")
            return;
          Object.assign(mutation, { status: "reverted", endedAt: this.iso(), note, changedNothing: true });
          this.persist(mutation);
        }
        /** Runs `change` between begin and done/fail. */
        async track(kind, step, summary, change, extra = {}) {
          const mutation = this.begin(kind, step, summary, extra);
          try {
            const value = await change(mutation);
            if (mutation.status === "started")
              this.done(mutation);
            return value;
          } catch (error) {
            if (mutation.status === "started")
              this.fail(mutation, error.message ?? String(error));
            throw error;
          }
        }
        markVerified() {
          this.record.verified = true;
          this.persist();
        }
        /** Mutations of this run still in effect, newest first. */
        open(kinds) {
          return openMutations(this.record).filter((m) => !kinds || kinds.includes(m.kind));
        }
        /** The run ended: the record stays as the last run of this scope. */
        finish(status, serverState) {
          Object.assign(this.record, { status, serverState, endedAt: this.iso() });
          this.persist();
        }
      }
      ;
      function undoNeeded(mutation, mode) {
        if (mode === "none")
          return false;
        if (mode === "all")
          return true;
        return mutation.status === "started" || mutation.status === "failed";
      }
      async function runContentUndo(action, repairs, ledger, step) {
        switch (action.kind) {
          case "restore-backup": {
            const offline = ledger.open(["stop-pool", "write-app-offline"]);
            if (offline.length === 0)
              await repairs.takeOfflineForRestore(ledger, step);
            return repairs.runUndo(action);
          }
          case "switch-physical-path":
            return repairs.runUndo(action);
          case "remove-folder":
            external_node_fs_default().rmSync(action.folder, { recursive: true, force: true });
            return `removed ${action.folder}`;
          default:
            throw new Error(`Not a content undo: ${action.kind}`);
        }
      }
      async function settleLedger(ledger, repairs, options) {
        const result = {
          actions: [],
          problems: [],
          restoredPrevious: false,
          restored: [],
          partial: []
        };
        const attempt = async (mutation, fn) => {
          try {
            const note = await fn();
            if (note !== void 0) {
              ledger.revert(mutation, note);
              result.actions.push(note);
            }
          } catch (error) {
            result.problems.push(`Could not undo '${mutation.summary}': ${(0, core_errors.gJ)(error)}`);
          }
        };
        for (const mutation of ledger.open(["stdout-log"])) {
          const undo = mutation.undo;
          if (undo?.kind !== "restore-stdout-log")
            continue;
          await attempt(mutation, () => Promise.resolve(restoreIfUnchanged(undo.file, undo.writtenSha256, undo.original)));
        }
        for (const mutation of ledger.open(CONTENT_KINDS)) {
          if (!undoNeeded(mutation, options.undoContent))
            continue;
          const undo = mutation.undo;
          if (undo?.kind === "remove-folder" && mutation.status === "done")
            continue;
          if (!undo) {
            if (mutation.status !== "done")
              result.partial.push(`'${mutation.summary}' did not finish and there is no backup to undo it`);
            continue;
          }
          await attempt(mutation, async () => {
            const done = await runContentUndo(undo, repairs, ledger, options.step);
            if (undo.kind !== "remove-folder") {
              result.restoredPrevious = true;
              result.restored.push(done);
            }
            return done;
          });
        }
        for (const mutation of ledger.open(["backup"])) {
          if (mutation.status === "done" || mutation.undo?.kind !== "remove-folder")
            continue;
          const folder = mutation.undo.folder;
          await attempt(mutation, async () => {
            external_node_fs_default().rmSync(folder, { recursive: true, force: true });
            return `removed the incomplete backup ${folder}`;
          });
        }
        for (const mutation of ledger.open(["stop-pool", "write-app-offline"])) {
          const undo = mutation.undo;
          if (mutation.kind === "stop-pool" && undo?.kind === "start-pool") {
            await attempt(mutation, async () => {
              if (mutation.before?.poolState !== void 0 && mutation.before.poolState !== "Started")
                return `left app pool '${undo.pool}' ${mutation.before.poolState.toLowerCase()}, as the deploy found it`;
              await repairs.startPool(undo.pool);
              return `started app pool '${undo.pool}'`;
            });
          } else if (mutation.kind === "write-app-offline" && undo?.kind === "remove-app-offline") {
            if (options.keepAppOffline)
              continue;
            await attempt(mutation, async () => {
              await repairs.removeAppOffline(undo.file);
              return `removed ${undo.file}`;
            });
          }
        }
        return result;
      }
      function describeOpenChanges(record2) {
        return openMutations(record2).filter((m) => !(m.kind === "backup" && m.status === "done")).filter((m) => !["iis-features", "hosting-bundle", "provision"].includes(m.kind) || m.status !== "done").map((m) => `${m.summary} (${m.status})`);
      }
      async function recoverInterruptedRun(options) {
        const record2 = readLedger(options.file);
        if (!record2 || record2.status !== "running")
          return void 0;
        const by = `${record2.owner.description ? `${record2.owner.description}, ` : ""}pid ${record2.owner.pid} on ${record2.owner.host}`;
        const found = openMutations(record2);
        const report2 = { startedAt: record2.startedAt, by, actions: [], problems: [], found };
        if (options.dryRun) {
          report2.actions = describeOpenChanges(record2).map((change) => `would put back: ${change}`);
          return report2;
        }
        options.reporter.warning(`Recovering from an interrupted deploy started at ${record2.startedAt} (${by}): it stopped before it finished and left ${found.length} change(s) in effect.`);
        const ledger = new DeployLedger({
          file: options.file,
          scope: record2.scope,
          target: record2.target,
          now: options.now,
          host: options.host
        }, record2);
        const settled = await settleLedger(ledger, options.repairs, {
          undoContent: record2.verified ? "none" : "all",
          step: "recovery"
        });
        report2.actions = settled.actions;
        report2.problems = [
          ...settled.problems,
          ...settled.partial.map((p) => `${p}: the folder is partly updated; this run deploys over it.`)
        ];
        record2.recovery = { by: options.runId, at: new Date(options.now()).toISOString(), actions: settled.actions };
        record2.status = "recovered";
        record2.endedAt = record2.recovery.at;
        record2.serverState = report2.problems.length > 0 ? report2.problems.join(" ") : "Repaired by the next run: see recovery.";
        ledger.setTarget({});
        for (const action of settled.actions)
          options.reporter.info(`Recovery: ${action}.`);
        for (const problem of report2.problems)
          options.reporter.warning(`Recovery: ${problem}`);
        return report2;
      }
      function archiveLedger(file, record2, keep = 20) {
        const history = external_node_path_default().join(external_node_path_default().dirname(file), "history");
        external_node_fs_default().mkdirSync(history, { recursive: true });
        const stamp = record2.startedAt.replace(/[:.]/g, "-");
        const base = external_node_path_default().basename(file, ".json");
        external_node_fs_default().renameSync(file, external_node_path_default().join(history, `${base}.${stamp}.${record2.runId.slice(0, 8)}.json`));
        const mine = external_node_fs_default().readdirSync(history).filter((name) => name.startsWith(`${base}.`)).sort();
        for (const old of mine.slice(0, Math.max(0, mine.length - keep)))
          external_node_fs_default().rmSync(external_node_path_default().join(history, old), { force: true });
      }
      ;
      function createRunLedger({ ctx, file, runId, locks }) {
        const o = ctx.options;
        return new DeployLedger({
          file,
          maskText: (text) => ctx.ports.reporter.mask(text),
          runId,
          dryRun: o.dryRun,
          scope: lockNameFor({ site: o.site, application: o.application }),
          target: { site: o.site, application: o.application, appPool: o.appPool, physicalPath: o.physicalPath },
          now: () => ctx.ports.clock.now(),
          host: external_node_os_default().hostname(),
          description: describeRunner(ctx.ports.env),
          pauseAt: file ? ctx.ports.env.IIS_DEPLOY_TEST_PAUSE_AT : void 0,
          assertHeld: () => {
            for (const lock of locks())
              lock?.assertHeld();
          }
        });
      }
      async function openRun(ctx, cleanupCtx, steps, locks) {
        const o = ctx.options;
        if (o.dryRun || o.target === "iis-express" || o.msdeployUrl)
          return {};
        const win = ctx.ports.platform === "win32";
        const tool = (name) => win ? ctx.tools.resolve(name).catch(() => void 0) : Promise.resolve(void 0);
        await ensureStateDir({
          dir: ctx.stateDir,
          platform: ctx.ports.platform,
          runner: ctx.ports.runner,
          reporter: ctx.reporter,
          whoamiPath: await tool("whoami"),
          icaclsPath: await tool("icacls")
        });
        const siteLock = await steps.acquireLock(ctx, "site");
        const scope = lockNameFor({ site: o.site, application: o.application });
        const file = ledgerPathFor(external_node_path_default().join(ctx.stateDir, STATE_LAYOUT.ledgers), scope);
        const runId = external_node_crypto_default().randomUUID();
        const recovery = await recoverInterruptedRun({
          file,
          repairs: steps.createRepairs(cleanupCtx),
          reporter: ctx.reporter,
          now: () => ctx.ports.clock.now(),
          host: external_node_os_default().hostname(),
          runId
        });
        const last = readLedger(file);
        if (last)
          archiveLedger(file, last);
        const ledger = createRunLedger({ ctx, file, runId, locks: () => [siteLock, ...locks()] });
        return { siteLock, ledger, recovery };
      }
      var secrets = __nccwpck_require__2(8198);
      var inputs = __nccwpck_require__2(104);
      ;
      const PIPELINE_STEPS = [
        "iis-features",
        "hosting-bundle",
        "provision",
        "web-config",
        "offline",
        "sync",
        "online",
        "health-check"
      ];
      const METHODS = ["auto", "robocopy", "msdeploy"];
      const STRATEGIES = ["in-place", "releases"];
      const TAKE_OFFLINE_MODES = ["auto", "app-offline", "stop-pool", "both", "none"];
      const WEB_CONFIG_MODES = ["validate", "transform", "skip"];
      const schema_HOSTING_MODELS = ["inprocess", "outofprocess"];
      const MSDEPLOY_AUTH_TYPES = ["Basic", "NTLM"];
      const TARGETS = ["iis", "iis-express"];
      const HOSTING_BUNDLE_KEYWORDS = ["none", "auto", "latest", "lts"];
      const SUB_APPLICATION_HANDLER_MODES = ["auto", "remove", "keep"];
      const schema_ACTIONS = ["deploy", "start", "stop", "recycle", "remove"];
      const IIS_LOCAL = ["provision", "offline", "online"];
      const INPUT_SCHEMA = [
        { name: "source", type: "String", default: "publish", steps: [] },
        { name: "site", type: "String", default: "", steps: [] },
        { name: "application", type: "String", default: "/", steps: [] },
        { name: "app-pool", type: "String", default: "", steps: IIS_LOCAL },
        { name: "physical-path", type: "String", default: "", steps: ["provision", "sync"] },
        { name: "steps", type: "String", default: "all", steps: [] },
        { name: "method", type: "String", default: "auto", steps: ["sync"], allowed: METHODS },
        { name: "strategy", type: "String", default: "in-place", steps: ["sync"], allowed: STRATEGIES },
        { name: "release-id", type: "String", default: "", steps: ["sync"] },
        { name: "keep-releases", type: "Number", default: "5", steps: ["sync"] },
        {
          name: "take-offline",
          type: "String",
          default: "auto",
          steps: ["offline", "online"],
          allowed: TAKE_OFFLINE_MODES
        },
        { name: "app-offline-file", type: "String", default: "", steps: ["offline"] },
        { name: "stop-timeout", type: "Number", default: "120", steps: ["offline"], option: "stopTimeoutMs" },
        { name: "kill-workers", type: "Boolean", default: "false", steps: ["offline"] },
        { name: "keep-offline-on-failure", type: "Boolean", default: "false", steps: ["online"] },
        { name: "delete-extra", type: "Boolean", default: "false", steps: ["sync"] },
        { name: "exclude", type: "List", default: "", steps: ["sync"] },
        { name: "preserve", type: "List", default: DEFAULT_PRESERVE.join("\n"), steps: ["sync"] },
        { name: "backup", type: "Boolean", default: "true", steps: ["sync"] },
        {
          name: "web-config",
          type: "String",
          default: "validate",
          steps: ["web-config"],
          allowed: WEB_CONFIG_MODES
        },
        { name: "app-name", type: "String", default: "", steps: ["web-config", "hosting-bundle"] },
        { name: "self-contained", type: "Boolean", default: "", steps: ["web-config"] },
        {
          name: "hosting-model",
          type: "String",
          default: "",
          steps: ["web-config"],
          allowed: ["", ...schema_HOSTING_MODELS]
        },
        { name: "environment", type: "String", default: "", steps: ["web-config"] },
        { name: "environment-variables", type: "List", default: "", steps: ["web-config"] },
        {
          name: "secret-environment-variables",
          type: "List",
          default: "",
          steps: ["web-config"],
          secret: true,
          option: "environmentVariables"
        },
        { name: "xdt-transforms", type: "List", default: "", steps: ["web-config"] },
        { name: "hosting-bundle", type: "String", default: "none", steps: ["hosting-bundle"] },
        { name: "hosting-bundle-args", type: "String", default: "", steps: ["hosting-bundle"] },
        { name: "hosting-bundle-url", type: "String", default: "", steps: ["hosting-bundle"] },
        { name: "hosting-bundle-sha512", type: "String", default: "", steps: ["hosting-bundle"] },
        { name: "release-metadata-url", type: "String", default: "", steps: ["hosting-bundle"] },
        {
          name: "restart-iis",
          type: "String",
          default: "auto",
          steps: ["hosting-bundle"],
          allowed: inputs.jc
        },
        { name: "create", type: "Boolean", default: "false", steps: ["provision"] },
        { name: "bindings", type: "List", default: "http/*:80:", steps: ["provision"] },
        {
          name: "pool-identity",
          type: "String",
          default: "ApplicationPoolIdentity",
          steps: ["provision"],
          allowed: iis_appcmd._g
        },
        // Issue 13: the pool's identity account and advanced settings, virtual directories, and what kind of app it is.
        { name: "pool-username", type: "String", default: "", steps: ["provision"] },
        { name: "pool-password", type: "String", default: "", steps: ["provision"], secret: true },
        {
          name: "app-kind",
          type: "String",
          default: "auto",
          steps: ["provision", "web-config"],
          allowed: APP_KINDS
        },
        {
          name: "pool-runtime-version",
          type: "String",
          default: "auto",
          steps: ["provision"],
          allowed: RUNTIME_VERSIONS
        },
        {
          name: "pool-pipeline-mode",
          type: "String",
          default: "Integrated",
          steps: ["provision"],
          allowed: PIPELINE_MODES
        },
        { name: "pool-32bit", type: "String", default: "", steps: ["provision"] },
        {
          name: "pool-start-mode",
          type: "String",
          default: "",
          steps: ["provision"],
          allowed: ["", ...START_MODES]
        },
        { name: "pool-idle-timeout", type: "String", default: "", steps: ["provision"] },
        { name: "pool-recycle-time", type: "String", default: "", steps: ["provision"] },
        { name: "pool-recycle-schedule", type: "List", default: "", steps: ["provision"] },
        { name: "pool-queue-length", type: "String", default: "", steps: ["provision"] },
        { name: "pool-rapid-fail-protection", type: "String", default: "", steps: ["provision"] },
        { name: "pool-rapid-fail-interval", type: "String", default: "", steps: ["provision"] },
        { name: "pool-rapid-fail-max-crashes", type: "String", default: "", steps: ["provision"] },
        { name: "virtual-directories", type: "List", default: "", steps: ["provision"] },
        { name: "load-user-profile", type: "Boolean", default: "true", steps: ["provision"] },
        { name: "grant-access", type: "Boolean", default: "true", steps: ["provision"] },
        { name: "iis-features", type: "List", default: "", steps: ["iis-features"] },
        { name: "certificate-thumbprint", type: "String", default: "", steps: ["provision"] },
        { name: "certificate-store", type: "String", default: "My", steps: ["provision"] },
        // Issue 13: a PFX from the pipeline, imported into LocalMachine\My (docs/certificates.md).
        { name: "certificate-pfx", type: "String", default: "", steps: ["provision"], secret: true },
        { name: "certificate-pfx-file", type: "String", default: "", steps: ["provision"] },
        { name: "certificate-pfx-password", type: "String", default: "", steps: ["provision"], secret: true },
        { name: "authentication", type: "List", default: "", steps: ["provision"] },
        { name: "pool-environment-variables", type: "List", default: "", steps: ["provision"] },
        {
          name: "secret-pool-environment-variables",
          type: "List",
          default: "",
          steps: ["provision"],
          secret: true,
          option: "poolEnvironmentVariables"
        },
        { name: "json-variables", type: "List", default: "", steps: ["web-config"] },
        {
          name: "secret-json-variables",
          type: "List",
          default: "",
          steps: ["web-config"],
          secret: true,
          option: "jsonVariables"
        },
        { name: "json-files", type: "List", default: "appsettings.json", steps: ["web-config"] },
        { name: "json-add-missing", type: "Boolean", default: "false", steps: ["web-config"] },
        // Parity part C: XML variables, Web Deploy packages, vetted msdeploy skips and flags.
        { name: "xml-variables", type: "List", default: "", steps: ["web-config"] },
        {
          name: "secret-xml-variables",
          type: "List",
          default: "",
          steps: ["web-config"],
          secret: true,
          option: "xmlVariables"
        },
        { name: "xml-files", type: "List", default: "**/*.config", steps: ["web-config"] },
        { name: "set-parameters-file", type: "String", default: "", steps: ["sync"] },
        { name: "set-parameters", type: "List", default: "", steps: ["sync"] },
        {
          name: "secret-set-parameters",
          type: "List",
          default: "",
          steps: ["sync"],
          secret: true,
          option: "setParameters"
        },
        { name: "msdeploy-skip", type: "List", default: "", steps: ["sync"] },
        { name: "msdeploy-flags", type: "List", default: "", steps: ["sync"] },
        { name: "msdeploy-url", type: "String", default: "", steps: ["sync", "offline", "online"] },
        { name: "msdeploy-username", type: "String", default: "", steps: ["sync", "offline", "online"] },
        {
          name: "msdeploy-password",
          type: "String",
          default: "",
          steps: ["sync", "offline", "online"],
          secret: true
        },
        {
          name: "msdeploy-auth-type",
          type: "String",
          default: "Basic",
          steps: ["sync", "offline", "online"],
          allowed: MSDEPLOY_AUTH_TYPES
        },
        { name: "allow-untrusted", type: "Boolean", default: "false", steps: ["sync", "health-check"] },
        { name: "checksum", type: "Boolean", default: "false", steps: ["sync"] },
        { name: "health-check-url", type: "String", default: "", steps: ["health-check"] },
        { name: "health-check-host", type: "String", default: "", steps: ["health-check"] },
        { name: "health-check-status", type: "Number", default: "200", steps: ["health-check"] },
        { name: "health-check-contains", type: "String", default: "", steps: ["health-check"] },
        {
          name: "health-check-timeout",
          type: "Number",
          default: "60",
          steps: ["health-check"],
          option: "healthCheckTimeoutMs"
        },
        { name: "rollback", type: "Boolean", default: "true", steps: [] },
        { name: "diagnose", type: "Boolean", default: "true", steps: [] },
        { name: "diagnose-stdout-log", type: "Boolean", default: "false", steps: [] },
        { name: "target", type: "String", default: "iis", steps: [], allowed: TARGETS },
        { name: "dry-run", type: "Boolean", default: "false", steps: [] },
        { name: "appcmd-path", type: "String", default: "", steps: [] },
        { name: "msdeploy-path", type: "String", default: "", steps: ["sync", "offline", "online"] },
        { name: "iisexpress-path", type: "String", default: "", steps: [] },
        { name: "state-dir", type: "String", default: "", steps: [] },
        // Issue 13 part A: sub-applications, bindings of an existing site, web farm drain hooks, manage actions.
        {
          name: "sub-application-handler",
          type: "String",
          default: "auto",
          steps: ["web-config"],
          allowed: SUB_APPLICATION_HANDLER_MODES
        },
        { name: "replace-bindings", type: "Boolean", default: "false", steps: ["provision"] },
        { name: "drain-command", type: "List", default: "", steps: [] },
        { name: "drain-url", type: "String", default: "", steps: [] },
        { name: "undrain-command", type: "List", default: "", steps: [] },
        { name: "undrain-url", type: "String", default: "", steps: [] },
        { name: "action", type: "String", default: "deploy", steps: [], allowed: schema_ACTIONS }
      ];
      const INPUT_DEFAULTS = Object.fromEntries(INPUT_SCHEMA.map((i) => [i.name, i.default]));
      const INPUT_NAMES = INPUT_SCHEMA.map((i) => i.name);
      const SECRET_INPUTS = INPUT_SCHEMA.filter((i) => "secret" in i ? i.secret : false).map((i) => i.name);
      function inputSpec(name) {
        return INPUT_SCHEMA.find((i) => i.name === name);
      }
      ;
      function splitList(value, separator = /\r?\n/) {
        return value.split(separator).map((item) => item.trim()).filter((item) => item !== "");
      }
      function listAllowed(allowed) {
        return allowed.map((v) => `'${v}'`).join(", ");
      }
      function secretValuesOf(list) {
        return splitList(list).map((line) => {
          const eq = line.indexOf("=");
          return eq < 0 ? line : line.slice(eq + 1).trim();
        });
      }
      const URL_INPUTS = [
        "msdeploy-url",
        "hosting-bundle-url",
        "release-metadata-url",
        "health-check-url"
      ];
      function registerSecretInputs(read2, reporter) {
        for (const name of SECRET_INPUTS) {
          if (inputSpec(name).type === "String") {
            const value = read2(name);
            if (!value)
              continue;
            reporter.registerSecret(value);
            if (/\s/.test(value.trim())) {
              reporter.registerSecret(value.replace(/\s+/g, ""));
              for (const line of splitList(value))
                if (line.length >= 8)
                  reporter.registerSecret(line);
            }
          } else
            for (const value of secretValuesOf(read2(name) ?? ""))
              reporter.registerSecret(value);
        }
        for (const name of URL_INPUTS) {
          for (const part of (0, secrets.Fn)(read2(name)?.trim()))
            reporter.registerSecret(part);
        }
      }
      function isAbsoluteAnywhere(value) {
        return external_node_path_default().win32.isAbsolute(value) || external_node_path_default().posix.isAbsolute(value);
      }
      class InputCollector {
        read;
        errors = [];
        constructor(read2) {
          this.read = read2;
        }
        /** The raw value (trimmed; whitespace only is not set), or the contract default. */
        raw(name) {
          const value = this.read(name)?.trim();
          return value === void 0 || value === "" ? INPUT_DEFAULTS[name] : value;
        }
        /** The value exactly as given (secrets: not trimmed), or undefined. */
        exact(name) {
          return this.read(name) || void 0;
        }
        /** True when the user set the input (a non-empty value). */
        isSet(name) {
          return (this.read(name)?.trim() ?? "") !== "";
        }
        fail(name, message) {
          this.errors.push(new core_errors.dz(name, message));
        }
        /** Runs a step's own validator; what it refuses is collected and `fallback` returned. */
        fromStep(validate2, fallback) {
          try {
            return validate2();
          } catch (error) {
            if (error instanceof core_errors.G)
              this.errors.push(...error.errors);
            else if (error instanceof core_errors.dz)
              this.errors.push(error);
            else
              throw error;
            return fallback;
          }
        }
        /** Runs a step's validator over inputs read here already: only problems of inputs not yet refused are added. */
        alsoFromStep(validate2) {
          const before = new Set(this.errors.map((e) => e.input));
          const added = new InputCollector(this.read);
          added.fromStep(validate2, void 0);
          this.errors.push(...added.errors.filter((e) => !before.has(e.input)));
        }
        string(name) {
          const value = this.raw(name);
          return value === "" ? void 0 : value;
        }
        oneOf(name, allowed, caseInsensitive = true) {
          const value = this.raw(name);
          const found = allowed.find((a) => caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value);
          if (found === void 0) {
            this.fail(name, `Input '${name}' is '${value}': allowed values are ${listAllowed(allowed)}.`);
            return INPUT_DEFAULTS[name];
          }
          return found;
        }
        /** `true`/`false` in any case, as core.getBooleanInput accepts (windows-facts \u00a78.3). */
        boolean(name) {
          const value = this.raw(name);
          if (/^true$/i.test(value))
            return true;
          if (/^false$/i.test(value))
            return false;
          this.fail(name, `Input '${name}' is '${value}': use true or false.`);
          return INPUT_DEFAULTS[name] === "true";
        }
        optionalBoolean(name) {
          return this.raw(name) === "" ? void 0 : this.boolean(name);
        }
        integer(name, min, max, unit = "") {
          const value = this.raw(name);
          const n = /^\d+$/.test(value) ? Number(value) : NaN;
          if (!Number.isSafeInteger(n) || n < min || n > max) {
            this.fail(name, `Input '${name}' is '${value}': use a whole number${unit} from ${min} to ${max}.`);
            return Number(INPUT_DEFAULTS[name]);
          }
          return n;
        }
        list(name, separator) {
          return splitList(this.raw(name), separator);
        }
        /** A `NAME=value` list; `secret` lines are never quoted back (a line may be the secret itself). */
        nameValues(name, secret, nameRule, what) {
          const result = [];
          const seen = /* @__PURE__ */ new Set();
          this.list(name).forEach((line, index) => {
            const eq = line.indexOf("=");
            const key = eq < 0 ? "" : line.slice(0, eq).trim();
            const shown2 = secret ? `line ${index + 1}` : `'${line}'`;
            if (eq < 0 || !nameRule.test(key)) {
              this.fail(name, `Input '${name}' has ${shown2} that is not ${what}=value${eq < 0 ? " (no `=`)" : ` ('${key}' is not a valid ${what})`}: write one ${what}=value per line.`);
              return;
            }
            if (seen.has(key.toLowerCase())) {
              this.fail(name, `Input '${name}' sets '${key}' twice: keep one line per ${what}.`);
              return;
            }
            seen.add(key.toLowerCase());
            result.push({ name: key, value: line.slice(eq + 1).trim(), secret });
          });
          return result;
        }
        /** An http(s) URL, or undefined. */
        httpUrl(name) {
          const value = this.string(name);
          if (value === void 0)
            return void 0;
          let url;
          try {
            url = new URL(value);
          } catch {
            this.fail(name, `Input '${name}' is '${(0, secrets.sK)(value)}', which is not a URL: write it as https://host[:port]/path.`);
            return void 0;
          }
          if (url.protocol !== "http:" && url.protocol !== "https:") {
            this.fail(name, `Input '${name}' is '${(0, secrets.sK)(value)}': only http and https URLs are allowed.`);
            return void 0;
          }
          return value;
        }
        /** An absolute path on the server (Windows or POSIX form), or undefined when not set. */
        absolutePath(name, example) {
          const value = this.string(name);
          if (value !== void 0 && !isAbsoluteAnywhere(value)) {
            this.fail(name, `Input '${name}' is '${value}': use an absolute path, e.g. ${example}.`);
          }
          return value;
        }
      }
      ;
      const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
      const JSON_PATH = /^[^.=\s][^=]*$/;
      const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
      const HOSTING_BUNDLE_SPEC = /^(?:\d+\.\d+|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
      function pathApi(platform) {
        return platform === "win32" ? external_node_path_default().win32 : external_node_path_default().posix;
      }
      function inWorkspace(scope, name, value, mustStayInside) {
        const { p, workspace, c } = scope;
        const resolved = p.resolve(workspace, value);
        const relative = p.relative(workspace, resolved);
        if (mustStayInside && (relative.startsWith("..") || p.isAbsolute(relative))) {
          c.fail(name, `Input '${name}' is '${value}', which resolves to '${resolved}' outside the workspace '${workspace}': use a path inside the workspace.`);
        }
        return resolved;
      }
      function relativeGlobs(c, name, values) {
        return values.map((value) => {
          const normalized = value.replace(/\\/g, "/");
          if (isAbsoluteAnywhere(value) || normalized.split("/").includes("..")) {
            c.fail(name, `Input '${name}' has '${value}': use a path relative to the app folder, without '..'.`);
          }
          return normalizeListPath(value);
        });
      }
      function normalizeListPath(value) {
        return value.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
      }
      function readTargetInputs(scope) {
        const { c } = scope;
        const source = inWorkspace(scope, "source", c.raw("source"), true);
        const site = c.string("site");
        if (site !== void 0)
          c.fromStep(() => validateIisName("site", site), void 0);
        const application = c.fromStep(() => parseApplicationPath(c.raw("application")), "/");
        const appPool = c.string("app-pool");
        if (appPool !== void 0)
          c.fromStep(() => validateIisName("app-pool", appPool), void 0);
        const physicalPath = c.string("physical-path");
        if (physicalPath !== void 0 && !isAbsoluteAnywhere(physicalPath)) {
          c.fail("physical-path", `Input 'physical-path' is '${physicalPath}': use an absolute path on the server, e.g. C:\\inetpub\\MySite.`);
        }
        const stateDir = c.absolutePath("state-dir", "C:\\ProgramData\\iis-deploy");
        return {
          source,
          sourceIsZip: /\.zip$/i.test(source),
          site,
          application,
          appPool,
          physicalPath,
          stateDir,
          target: c.oneOf("target", TARGETS),
          dryRun: c.boolean("dry-run"),
          rollback: c.boolean("rollback"),
          diagnose: c.boolean("diagnose"),
          diagnoseStdoutLog: c.boolean("diagnose-stdout-log"),
          appcmdPath: c.string("appcmd-path"),
          msdeployPath: c.string("msdeploy-path"),
          iisexpressPath: c.string("iisexpress-path")
        };
      }
      function readSyncInputs(scope, defaultReleaseId2) {
        const { c } = scope;
        const msdeployUrl = c.httpUrl("msdeploy-url");
        const methodInput = c.oneOf("method", METHODS);
        const releaseId = c.string("release-id") ?? defaultReleaseId2;
        c.fromStep(() => validateReleaseId(releaseId), releaseId);
        const method = methodInput === "auto" ? msdeployUrl ? "msdeploy" : "robocopy" : methodInput;
        const strategy = c.oneOf("strategy", STRATEGIES);
        const exclude = c.list("exclude").map((value) => value.replace(/\\/g, "/").replace(/^\.\//, ""));
        const preserve = c.list("preserve").map(normalizeListPath);
        c.fromStep(() => {
          (0, glob.Yk)(exclude, "exclude");
          parsePreserveList(preserve);
          if (method === "msdeploy")
            buildMsDeploySkipRules(exclude, preserve).map(formatSkipArgument);
          else if (strategy === "in-place")
            buildRobocopyExclusions("C:\\source", "C:\\target", exclude, preserve);
        }, void 0);
        const appOfflineRaw = c.string("app-offline-file");
        return {
          msdeployUrl,
          method,
          strategy,
          releaseId,
          keepReleases: c.integer("keep-releases", 1, 1e3),
          takeOffline: c.oneOf("take-offline", TAKE_OFFLINE_MODES),
          // The user's page is served to visitors: only a file of the repository, never any file of the machine.
          appOfflineFile: appOfflineRaw === void 0 ? void 0 : inWorkspace(scope, "app-offline-file", appOfflineRaw, true),
          stopTimeoutMs: c.integer("stop-timeout", 1, 3600, " of seconds") * 1e3,
          killWorkers: c.boolean("kill-workers"),
          keepOfflineOnFailure: c.boolean("keep-offline-on-failure"),
          deleteExtra: c.boolean("delete-extra"),
          exclude,
          preserve,
          backup: c.boolean("backup"),
          checksum: c.boolean("checksum")
        };
      }
      function readWebConfigInputs(scope) {
        const { c } = scope;
        const appName = c.string("app-name");
        if (appName !== void 0 && !SAFE_NAME.test(appName)) {
          c.fail("app-name", `Input 'app-name' is '${appName}': use the assembly name, e.g. MyApp (no path, no extension).`);
        }
        return {
          webConfig: c.oneOf("web-config", WEB_CONFIG_MODES),
          appName,
          selfContained: c.optionalBoolean("self-contained"),
          hostingModel: c.isSet("hosting-model") ? c.oneOf("hosting-model", schema_HOSTING_MODELS) : void 0,
          environment: c.string("environment"),
          environmentVariables: [
            ...c.nameValues("environment-variables", false, ENV_NAME, "NAME"),
            ...c.nameValues("secret-environment-variables", true, ENV_NAME, "NAME")
          ],
          // Read into web.config (and so onto the server): only files of the repository.
          xdtTransforms: c.list("xdt-transforms").map((file) => inWorkspace(scope, "xdt-transforms", file, true)),
          jsonVariables: [
            ...c.nameValues("json-variables", false, JSON_PATH, "Path.To.Key"),
            ...c.nameValues("secret-json-variables", true, JSON_PATH, "Path.To.Key")
          ],
          jsonFiles: relativeGlobs(c, "json-files", c.list("json-files")),
          jsonAddMissing: c.boolean("json-add-missing")
        };
      }
      function readHostingBundleInputs(scope) {
        const { c } = scope;
        const raw = c.raw("hosting-bundle");
        const keyword = HOSTING_BUNDLE_KEYWORDS.find((k) => k === raw.toLowerCase());
        if (keyword === void 0 && !HOSTING_BUNDLE_SPEC.test(raw)) {
          c.fail("hosting-bundle", `Input 'hosting-bundle' is '${raw}': use none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11).`);
        }
        const hostingBundleArgs = c.list("hosting-bundle-args", /\s+/);
        c.fromStep(() => (0, inputs.Zf)(hostingBundleArgs), []);
        const hostingBundleUrl = c.httpUrl("hosting-bundle-url");
        let hostingBundleSha512 = c.string("hosting-bundle-sha512")?.toLowerCase();
        if (hostingBundleSha512 !== void 0 && !/^[0-9a-f]{128}$/.test(hostingBundleSha512)) {
          c.fail("hosting-bundle-sha512", `Input 'hosting-bundle-sha512' is '${hostingBundleSha512}': use the 128 hex digits of the installer's SHA-512.`);
          hostingBundleSha512 = void 0;
        }
        if (hostingBundleUrl === void 0 !== (c.string("hosting-bundle-sha512") === void 0)) {
          c.fail(hostingBundleUrl === void 0 ? "hosting-bundle-url" : "hosting-bundle-sha512", `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: set both to install from your own mirror, or neither.`);
        }
        const releaseMetadataUrl = c.httpUrl("release-metadata-url");
        const restartIis = c.oneOf("restart-iis", inputs.jc);
        c.alsoFromStep(() => (0, inputs.XE)({
          hostingBundle: raw,
          hostingBundleArgs,
          hostingBundleUrl: c.string("hosting-bundle-url"),
          hostingBundleSha512: c.string("hosting-bundle-sha512"),
          releaseMetadataUrl: c.string("release-metadata-url"),
          restartIis
        }));
        return {
          hostingBundle: keyword ?? raw,
          hostingBundleArgs,
          hostingBundleUrl,
          hostingBundleSha512,
          releaseMetadataUrl,
          restartIis
        };
      }
      function readProvisionInputs(scope) {
        const { c } = scope;
        const bindings = c.fromStep(() => parseBindings(c.list("bindings")), []).map((b) => ({ ...b, protocol: b.protocol, text: (0, iis_appcmd.VT)(b) }));
        const iisFeatures = c.list("iis-features");
        c.fromStep(() => resolveIisFeatures(iisFeatures), []);
        const thumbprintRaw = c.string("certificate-thumbprint");
        const thumbprint = thumbprintRaw === void 0 ? void 0 : normalizeThumbprint(thumbprintRaw);
        if (thumbprintRaw !== void 0 && thumbprint === void 0) {
          c.fail("certificate-thumbprint", `Input 'certificate-thumbprint' is '${thumbprintRaw}': use the certificate's 40 hex digit thumbprint.`);
        }
        const certificateStore = c.raw("certificate-store");
        if (!/^[A-Za-z][A-Za-z0-9 ]*$/.test(certificateStore)) {
          c.fail("certificate-store", `Input 'certificate-store' is '${certificateStore}': use a store name such as My or WebHosting.`);
        }
        const authentication = c.list("authentication").flatMap((line) => c.fromStep(() => [parseAuthenticationLine(line)], []));
        const poolEnvironmentVariables = [
          ...c.nameValues("pool-environment-variables", false, ENV_NAME, "NAME"),
          ...c.nameValues("secret-pool-environment-variables", true, ENV_NAME, "NAME")
        ];
        for (const variable of poolEnvironmentVariables) {
          const input = variable.secret ? "secret-pool-environment-variables" : "pool-environment-variables";
          for (const problem of poolEnvironmentVariableProblems(variable.name, variable.value))
            c.fail(input, `Input '${input}': ${problem}.`);
        }
        return {
          create: c.boolean("create"),
          bindings,
          poolIdentity: c.fromStep(() => parsePoolIdentity(c.raw("pool-identity")), "ApplicationPoolIdentity"),
          loadUserProfile: c.boolean("load-user-profile"),
          grantAccess: c.boolean("grant-access"),
          iisFeatures,
          certificateThumbprint: thumbprint?.toUpperCase(),
          certificateStore,
          authentication,
          poolEnvironmentVariables
        };
      }
      function readRemoteInputs(scope) {
        const { c } = scope;
        return {
          msdeployUsername: c.string("msdeploy-username"),
          msdeployPassword: c.exact("msdeploy-password"),
          msdeployAuthType: c.oneOf("msdeploy-auth-type", MSDEPLOY_AUTH_TYPES),
          allowUntrusted: c.boolean("allow-untrusted")
        };
      }
      function readHealthInputs(scope) {
        const { c } = scope;
        const healthCheckHost = c.string("health-check-host");
        if (healthCheckHost !== void 0 && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(healthCheckHost)) {
          c.fail("health-check-host", `Input 'health-check-host' is '${healthCheckHost}': use a host name such as www.example.com.`);
        }
        const healthCheckStatus = [];
        for (const code of c.list("health-check-status", /,/)) {
          const n = /^\d{3}$/.test(code) ? Number(code) : NaN;
          if (!(n >= 100 && n <= 599)) {
            c.fail("health-check-status", `Input 'health-check-status' has '${code}': use HTTP status codes (100-599), comma separated.`);
          } else
            healthCheckStatus.push(n);
        }
        return {
          healthCheckUrl: c.httpUrl("health-check-url"),
          healthCheckHost,
          healthCheckStatus,
          healthCheckContains: c.string("health-check-contains"),
          healthCheckTimeoutMs: c.integer("health-check-timeout", 1, 3600, " of seconds") * 1e3
        };
      }
      ;
      function stepsForAll(o) {
        const remote = o.msdeployUrl !== void 0;
        return PIPELINE_STEPS.filter((step) => {
          switch (step) {
            case "iis-features":
              return o.iisFeatures.length > 0 && o.target === "iis";
            case "hosting-bundle":
              return o.hostingBundle !== "none" && o.target === "iis";
            // Provisioning, offline and online run appcmd on this machine: not for a remote Web Deploy target.
            case "provision":
            case "offline":
            case "online":
              return o.target === "iis" && !remote && o.site !== void 0;
            case "web-config":
            case "sync":
              return true;
            case "health-check":
              return o.healthCheckUrl !== void 0;
          }
        });
      }
      function readSteps(c, o) {
        const stepsRaw = c.list("steps", /,/).map((s) => s.toLowerCase());
        const allSteps = stepsRaw.length === 0 || stepsRaw.length === 1 && stepsRaw[0] === "all";
        if (allSteps)
          return { steps: stepsForAll(o), allSteps };
        for (const step of stepsRaw) {
          if (!PIPELINE_STEPS.includes(step)) {
            c.fail("steps", `Input 'steps' has '${step}': allowed are 'all' or a comma list of ${listAllowed(PIPELINE_STEPS)}.`);
          }
        }
        return { steps: PIPELINE_STEPS.filter((s) => stepsRaw.includes(s)), allSteps };
      }
      function provisionWrites(o) {
        return o.create || o.poolEnvironmentVariables.length > 0 || o.authentication.length > 0 || o.certificateThumbprint !== void 0;
      }
      function iisOnlyInputsSet(c) {
        return INPUT_NAMES.filter((name) => {
          const used = inputSpec(name).steps;
          if (used.length === 0 || used.some((s) => s !== "provision" && s !== "offline" && s !== "online"))
            return false;
          if (!c.isSet(name) || c.raw(name).toLowerCase() === INPUT_DEFAULTS[name].toLowerCase())
            return false;
          const value = c.raw(name).toLowerCase();
          return !(name === "take-offline" && value === "none" || name === "grant-access" && value === "false");
        });
      }
      function isInside(parent, child, p) {
        const relative = p.relative(parent, child);
        return relative === "" || !relative.startsWith("..") && !p.isAbsolute(relative);
      }
      function checkCombinations(c, o, context) {
        const { steps, site, target, strategy, physicalPath, takeOffline: takeOffline2 } = o;
        const remote = o.msdeployUrl !== void 0;
        const needsSite = steps.filter((s) => s === "provision" || s === "offline" || s === "online" || s === "sync" && (remote || strategy === "releases" || physicalPath === void 0));
        if (target === "iis" && site === void 0 && o.action === "deploy") {
          const iisOnly = remote ? [] : iisOnlyInputsSet(c);
          if (needsSite.length > 0) {
            c.fail("site", `Input 'site' is required for the steps ${needsSite.join(", ")}: set the IIS site name.`);
          } else if (iisOnly.length > 0) {
            c.fail("site", `Input 'site' is required with ${iisOnly.map((n) => `'${n}'`).join(", ")}: these configure IIS, and without a site no IIS step runs. Set the IIS site name.`);
          }
        }
        if (site !== void 0 && steps.includes("provision") && provisionWrites(o)) {
          c.fromStep(() => validateIisName("site", site, true), void 0);
          if (o.appPool !== void 0)
            c.fromStep(() => validateIisName("app-pool", o.appPool, true), void 0);
        }
        if (o.create && physicalPath === void 0 && target === "iis") {
          c.fail("physical-path", `Input 'physical-path' is required with 'create: true': set the folder the new site or application serves.`);
        }
        if (physicalPath !== void 0 && !remote && !o.sourceIsZip && target === "iis") {
          const problem = sourceTargetProblem(o.source, physicalPath, `'physical-path'`);
          if (problem)
            c.fail("physical-path", `Input 'physical-path' is '${physicalPath}': ${problem}`);
        }
        if (o.method === "robocopy" && remote) {
          c.fail("method", `Input 'method' is 'robocopy' but 'msdeploy-url' is set: a remote target needs 'method: msdeploy' (or 'auto').`);
        }
        if (remote) {
          if (o.create)
            c.fail("create", `Input 'create' is 'true' but 'msdeploy-url' is set: a remote target is provisioned on its server, not through Web Deploy.`);
          if (strategy === "releases")
            c.fail("strategy", `Input 'strategy' is 'releases' but 'msdeploy-url' is set: release folders need local IIS; use 'strategy: in-place' for a remote target.`);
          if (takeOffline2 === "stop-pool" || takeOffline2 === "both") {
            c.fail("take-offline", `Input 'take-offline' is '${takeOffline2}' but 'msdeploy-url' is set: a remote pool cannot be stopped; use 'app-offline' or 'auto'.`);
          }
          if (target === "iis-express")
            c.fail("target", `Input 'target' is 'iis-express' but 'msdeploy-url' is set: IIS Express runs on this machine only.`);
        } else if (o.msdeployUsername !== void 0 || o.msdeployPassword !== void 0) {
          context.reporter.warning(`Inputs 'msdeploy-username'/'msdeploy-password' are ignored: 'msdeploy-url' is not set, so the target is local.`);
        }
        if (o.method === "msdeploy") {
          const carried = [
            ["msdeploy-password", o.msdeployPassword, true],
            ["msdeploy-username", o.msdeployUsername, false],
            ["site", site, false]
          ];
          for (const [name, value, secret] of carried) {
            const problem = value === void 0 ? void 0 : msDeployValueProblem(value);
            if (problem) {
              c.fail(name, `Input '${name}'${secret ? "" : ` is '${value}' and`} cannot be passed to msdeploy: ${problem}.`);
            }
          }
        }
        if (o.msdeployPassword !== void 0 && o.msdeployUsername === void 0 && remote && o.msdeployAuthType === "Basic") {
          c.fail("msdeploy-username", `Input 'msdeploy-username' is empty but 'msdeploy-password' is set: Basic authentication needs both.`);
        }
        if (o.webConfig === "skip" && (o.environment !== void 0 || o.environmentVariables.length > 0 || o.xdtTransforms.length > 0)) {
          c.fail("web-config", `Input 'web-config' is 'skip' but environment, environment variables or XDT transforms are set: use 'web-config: transform' to write them.`);
        }
        if (steps.includes("health-check") && o.healthCheckUrl === void 0) {
          c.fail("health-check-url", `Input 'health-check-url' is required when 'steps' lists health-check.`);
        }
        if (!o.allSteps && steps.includes("offline") !== steps.includes("online")) {
          c.fail("steps", `Input 'steps' lists ${steps.includes("offline") ? "offline without online" : "online without offline"}: list both, so the app never stays offline.`);
        }
        if (o.certificateThumbprint === void 0 && o.create && o.bindings.some((b) => b.protocol === "https")) {
          context.reporter.warning(`A created https binding has no certificate: set 'certificate-thumbprint', or bind one yourself.`);
        }
        checkStateDir(c, o, context);
      }
      function checkStateDir(c, o, context) {
        if (o.stateDir === void 0)
          return;
        const p = pathApi(context.platform);
        const windowsForm = (value) => /^[A-Za-z]:|^\\\\/.test(value) || value.includes("\\");
        const inside = (folder) => {
          const windows = context.platform === "win32" || windowsForm(folder) || windowsForm(o.stateDir);
          const api = windows ? pathApi("win32") : p;
          const fold = (value) => windows ? api.resolve(value).toLowerCase() : api.resolve(value);
          return isInside(fold(folder), fold(o.stateDir), api);
        };
        const sourceFolder = o.sourceIsZip ? void 0 : o.source;
        if (sourceFolder !== void 0 && inside(sourceFolder)) {
          c.fail("state-dir", `Input 'state-dir' is '${o.stateDir}', inside the source folder '${sourceFolder}': it would be deployed with the app. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`);
        } else if (o.physicalPath !== void 0 && inside(o.physicalPath)) {
          c.fail("state-dir", `Input 'state-dir' is '${o.stateDir}', inside the web root '${o.physicalPath}': backups there would be served over HTTP. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`);
        }
      }
      ;
      const XML_NAME = /^[^=\s][^=]*$/;
      const PARAMETER_NAME = /^[^=\s"][^="]*$/;
      function relativeToApp(c, values) {
        return values.map((value) => {
          const normalized = value.replace(/\\/g, "/").replace(/^\.\//, "");
          if (/^([A-Za-z]:|\/)/.test(normalized) || normalized.split("/").includes("..")) {
            c.fail("xml-files", `Input 'xml-files' has '${value}': use a path relative to the app folder, without '..'.`);
          }
          return normalized;
        });
      }
      function readPackageInputs(scope) {
        const { c } = scope;
        const setParametersFileRaw = c.string("set-parameters-file");
        const msdeploySkip = c.list("msdeploy-skip");
        for (const line of msdeploySkip)
          c.fromStep(() => formatUserSkip(line), "");
        const msdeployFlags = c.list("msdeploy-flags");
        c.fromStep(() => parseMsDeployFlags(msdeployFlags), void 0);
        return {
          // Read on this machine and its values sent to the server: only a file of the repository.
          setParametersFile: setParametersFileRaw === void 0 ? void 0 : inWorkspace(scope, "set-parameters-file", setParametersFileRaw, true),
          setParameters: [
            ...c.nameValues("set-parameters", false, PARAMETER_NAME, "parameter name"),
            ...c.nameValues("secret-set-parameters", true, PARAMETER_NAME, "parameter name")
          ],
          msdeploySkip,
          msdeployFlags,
          xmlVariables: [
            ...c.nameValues("xml-variables", false, XML_NAME, "NAME"),
            ...c.nameValues("secret-xml-variables", true, XML_NAME, "NAME")
          ],
          xmlFiles: relativeToApp(c, c.list("xml-files"))
        };
      }
      function checkPackageCombinations(c, o) {
        const packageInputs = [
          ["set-parameters-file", o.setParametersFile !== void 0],
          ["set-parameters", o.setParameters.some((p) => !p.secret)],
          ["secret-set-parameters", o.setParameters.some((p) => p.secret)]
        ];
        for (const [name, set] of packageInputs) {
          if (set && !o.sourceIsZip) {
            c.fail(name, `Input '${name}' sets Web Deploy package parameters, but 'source' is not a .zip: point 'source' at the package (dotnet publish -p:WebPublishMethod=Package).`);
          }
        }
        for (const [name, set] of [
          ["msdeploy-skip", o.msdeploySkip.length > 0],
          ["msdeploy-flags", o.msdeployFlags.length > 0]
        ]) {
          if (set && o.method !== "msdeploy" && !o.sourceIsZip) {
            c.fail(name, `Input '${name}' is for Web Deploy, but 'method' is '${o.method}': set 'method: msdeploy'.`);
          }
        }
        const flags = (() => {
          try {
            return parseMsDeployFlags(o.msdeployFlags);
          } catch {
            return void 0;
          }
        })();
        if (flags?.disabledRules.includes("DoNotDeleteRule") || flags?.enabledRules.includes("DoNotDeleteRule") && o.deleteExtra) {
          c.fail("msdeploy-flags", `Input 'msdeploy-flags' changes DoNotDeleteRule: 'delete-extra' decides it (false: the rule is on; true: off). Remove the line and set 'delete-extra'.`);
        }
      }
      ;
      function readCertificateInputs(scope, given, reporter) {
        const { c } = scope;
        const fileRaw = c.string("certificate-pfx-file");
        const certificatePfxFile = fileRaw === void 0 ? void 0 : inWorkspace(scope, "certificate-pfx-file", fileRaw, true);
        let pfxFileBytes;
        if (certificatePfxFile !== void 0) {
          try {
            pfxFileBytes = external_node_fs_default().readFileSync(certificatePfxFile);
          } catch (error) {
            c.fail("certificate-pfx-file", `Input 'certificate-pfx-file' is '${fileRaw}': cannot read '${certificatePfxFile}' (${error.code ?? "error"}). Give the path of the .pfx in the workspace.`);
          }
        }
        const pfxBase64 = c.exact("certificate-pfx");
        const certificatePfxPassword = c.exact("certificate-pfx-password");
        const certificatePfx = c.fromStep(() => validatePfxInputs({
          pfxBase64: pfxBase64?.trim() === "" ? void 0 : pfxBase64,
          pfxFileBytes,
          password: certificatePfxPassword,
          thumbprint: given.certificateThumbprint,
          store: given.certificateStore
        }), void 0);
        if (certificatePfx)
          reporter.registerSecret(certificatePfx.base64);
        return {
          certificatePfx,
          certificatePfxFile,
          certificatePfxPassword,
          certificateThumbprint: certificatePfx?.thumbprint ?? given.certificateThumbprint
        };
      }
      function checkCertificateCombinations(c, o) {
        if (o.certificatePfx === void 0 || o.action !== "deploy")
          return;
        const input = o.certificatePfx.input;
        if (o.msdeployUrl !== void 0)
          c.fail(input, `Input '${input}' is set but 'msdeploy-url' is set: a PFX is imported into this machine's LocalMachine\\My; import it on the remote server, then give 'certificate-thumbprint'.`);
        else if (o.target !== "iis" || !o.steps.includes("provision"))
          c.fail(input, `Input '${input}' is set but the provision step does not run (${o.target !== "iis" ? `target '${o.target}'` : o.site === void 0 ? "no 'site'" : "'steps' does not list provision"}): the PFX would be ignored. ${o.site === void 0 ? "Set 'site'" : "Add provision to 'steps'"}, or remove the PFX.`);
      }
      ;
      function readCommand(c, name) {
        const argv = c.list(name);
        const program = argv[0];
        if (program !== void 0 && /^(cmd(\.exe)?|powershell(\.exe)?|pwsh(\.exe)?|sh|bash)$/i.test(program.trim()))
          c.fail(name, `Input '${name}' starts with '${program}', a shell: give the program and its arguments one per line (e.g. C:\\lb\\drain.exe, then --node, then web01); no shell runs them.`);
        if (program !== void 0 && /\s/.test(program) && !isAbsoluteAnywhere(program))
          c.fail(name, `Input '${name}' has '${program}' as its program: write one argument per line, the program on the first.`);
        return argv;
      }
      function readManagementInputs(scope) {
        const { c } = scope;
        return {
          subApplicationHandler: c.oneOf("sub-application-handler", SUB_APPLICATION_HANDLER_MODES),
          replaceBindings: c.boolean("replace-bindings"),
          // The runners fill an unset input with its default: only another value says "these bindings".
          bindingsGiven: c.list("bindings").join("\n").toLowerCase() !== splitList(INPUT_DEFAULTS.bindings).join("\n").toLowerCase(),
          drainCommand: readCommand(c, "drain-command"),
          drainUrl: c.httpUrl("drain-url"),
          undrainCommand: readCommand(c, "undrain-command"),
          undrainUrl: c.httpUrl("undrain-url"),
          action: c.oneOf("action", schema_ACTIONS)
        };
      }
      function checkManagementCombinations(c, o) {
        const remote = o.msdeployUrl !== void 0;
        if (o.drainCommand.length > 0 && o.drainUrl !== void 0)
          c.fail("drain-url", `Inputs 'drain-command' and 'drain-url' are both set: use one way to drain.`);
        if (o.undrainCommand.length > 0 && o.undrainUrl !== void 0)
          c.fail("undrain-url", `Inputs 'undrain-command' and 'undrain-url' are both set: use one way to undrain.`);
        const drains = o.drainCommand.length > 0 || o.drainUrl !== void 0;
        const undrains = o.undrainCommand.length > 0 || o.undrainUrl !== void 0;
        if (drains !== undrains)
          c.fail(drains ? "undrain-command" : "drain-command", `Input '${drains ? "drain" : "undrain"}-command'/'-url' is set without its pair: a server drained from the load balancer must be put back, so set both.`);
        if (drains && o.action === "deploy" && !o.steps.includes("health-check"))
          c.fail("health-check-url", `Inputs 'drain-command'/'drain-url' need the health check ('health-check-url'): the server is put back into the load balancer only once it answers as expected.`);
        if (drains && o.action !== "deploy")
          c.fail("action", `Input 'action' is '${o.action}': the drain hooks are for deploys only.`);
        if (o.method === "msdeploy" && !remote && o.strategy === "releases" && o.action === "deploy")
          c.fail("strategy", `Input 'strategy' is 'releases' with 'method: msdeploy' on this machine: Web Deploy syncs into the live folder and cannot create release folders. Use 'method: robocopy' (or auto) with 'strategy: releases', or 'strategy: in-place' with msdeploy.`);
        if (o.replaceBindings && !o.bindingsGiven)
          c.fail("replace-bindings", `Input 'replace-bindings' is 'true' but 'bindings' is not set: list the bindings the site must have.`);
        if (o.action !== "deploy") {
          if (remote)
            c.fail("action", `Input 'action' is '${o.action}' but 'msdeploy-url' is set: manage actions run appcmd on this machine.`);
          if (o.site === void 0 && o.appPool === void 0)
            c.fail("action", `Input 'action' is '${o.action}': set 'site' (with 'application' for an application) or 'app-pool' to say what to ${o.action}.`);
        }
      }
      ;
      function defaultReleaseId(context) {
        if (context.runNumber)
          return context.runAttempt ? `${context.runNumber}-${context.runAttempt}` : context.runNumber;
        return (context.now?.() ?? /* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
      }
      async function readDeployOptions(read2, context) {
        const given = (name) => (read2(name) ?? "").trim() !== "";
        if (given("certificate-pfx") || given("certificate-pfx-file"))
          await loadPfxReader();
        return parseDeployOptions(read2, context);
      }
      function parseDeployOptions(read2, context) {
        registerSecretInputs(read2, context.reporter);
        const c = new InputCollector(read2);
        const p = pathApi(context.platform);
        const scope = { c, context, p, workspace: p.resolve(context.workspace) };
        const provision2 = readProvisionInputs(scope);
        const read_ = {
          ...readTargetInputs(scope),
          ...readSyncInputs(scope, defaultReleaseId(context)),
          ...readWebConfigInputs(scope),
          ...readHostingBundleInputs(scope),
          ...provision2,
          ...readCertificateInputs(scope, provision2, context.reporter),
          ...readPoolInputs(c, c.raw("pool-identity")),
          ...readRemoteInputs(scope),
          ...readHealthInputs(scope),
          ...readPackageInputs(scope),
          ...readManagementInputs(scope),
          workspace: scope.workspace,
          tempDir: context.env.RUNNER_TEMP || context.env.AGENT_TEMPDIRECTORY || external_node_os_default().tmpdir()
        };
        const options = {
          ...read_,
          ...read_.action === "deploy" ? readSteps(c, read_) : { steps: [], allSteps: false }
        };
        checkCombinations(c, options, context);
        checkPackageCombinations(c, options);
        checkManagementCombinations(c, options);
        checkCertificateCombinations(c, options);
        if (c.errors.length > 0) {
          const rank = (input) => {
            const index = INPUT_NAMES.indexOf(input);
            return index < 0 ? INPUT_NAMES.length : index;
          };
          throw new core_errors.G([...c.errors].sort((a, b) => rank(a.input) - rank(b.input)));
        }
        return options;
      }
      ;
      ;
      ;
      function putBackText(m) {
        if (m.kind === "write-app-offline")
          return "app_offline.htm removed";
        if (m.kind === "stop-pool")
          return m.note ?? `${m.summary} put back`;
        return m.note ? `${m.summary}: ${m.note}` : `${m.summary} put back`;
      }
      function describeUntouchedContent(mutations, served) {
        const happened = mutations.filter((m) => m.status !== "planned" && !m.changedNothing);
        if (happened.length === 0)
          return "Nothing on the server was changed.";
        const backupFailed = happened.some((m) => m.kind === "backup" && m.status !== "done");
        const others = happened.filter((m) => m.kind !== "backup");
        const putBack = others.filter((m) => m.status === "reverted").map(putBackText);
        const kept = others.filter((m) => m.status !== "reverted");
        const offlineKept = kept.some((m) => m.kind === "stop-pool" || m.kind === "write-app-offline");
        const lead = backupFailed ? "The backup failed before the copy started: the app files were not touched" : "The app files were not touched";
        const serving = served && !offlineKept ? ", and the site still serves the previous version" : "";
        const sentences = [`${lead}${serving}${putBack.length > 0 ? ` (${putBack.join(", ")})` : ""}.`];
        if (kept.length > 0)
          sentences.push(`Still in effect from this run: ${kept.map((m) => `${m.summary}${m.status === "done" ? "" : ` (${m.status})`}`).join("; ")} (see the steps table).`);
        return sentences.join(" ");
      }
      ;
      function previousPathOf(action) {
        return action.kind === "restore-backup" ? action.backupDir : action.physicalPath;
      }
      const OUTPUT_NAMES = [
        "release-path",
        "previous-path",
        "files-added",
        "files-updated",
        "files-deleted",
        "bytes-copied",
        "offline-ms",
        "health-status",
        "rolled-back",
        "hosting-bundle-version",
        "reboot-required",
        "recovered",
        "plan",
        "diagnosis"
      ];
      ;
      class DeployError extends Error {
        cause;
        serverState;
        name = "DeployError";
        constructor(message, cause, serverState) {
          super(message);
          this.cause = cause;
          this.serverState = serverState;
        }
      }
      const STEP_TITLES = {
        "iis-features": "IIS features",
        "hosting-bundle": ".NET Hosting Bundle",
        provision: "Provision app pool, site and application",
        "web-config": "Prepare the app: web.config and settings",
        offline: "Take the app offline",
        sync: "Sync files",
        online: "Bring the app online",
        "health-check": "Health check",
        rollback: "Roll back",
        manage: "Manage action"
      };
      function seconds(ms) {
        return ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`;
      }
      class StepTable {
        reporter;
        clock;
        options;
        records = /* @__PURE__ */ new Map();
        constructor(reporter, clock, options) {
          this.reporter = reporter;
          this.clock = clock;
          this.options = options;
        }
        record(name, result, durationMs, detail) {
          this.records.set(name, { name, result, durationMs, detail: this.reporter.mask(detail) });
        }
        /** Runs one step in its log group, timed; a failure is recorded and rethrown. */
        async run(name, ctx, fn, detail) {
          return this.reporter.group(STEP_TITLES[name], async () => {
            const start = this.clock.now();
            if (ctx.signal.aborted)
              throw new core_errors.cc(`Cancelled before '${name}'.`);
            try {
              const value = await fn();
              const took = this.clock.now() - start;
              const result = this.options.dryRun && name !== "web-config" ? "planned" : "succeeded";
              this.record(name, result, took, detail(value));
              this.reporter.info(`${name}: ${result} in ${seconds(took)}`);
              return value;
            } catch (error) {
              const took = this.clock.now() - start;
              const cancelled = error instanceof core_errors.cc || ctx.signal.aborted;
              this.record(name, cancelled ? "cancelled" : "failed", took, (0, core_errors.gJ)(error).split("\n")[0] ?? "");
              this.reporter.info(`${name}: ${cancelled ? "cancelled" : "failed"} after ${seconds(took)}`);
              throw error;
            }
          });
        }
        skip(name, why) {
          if (!this.records.has(name))
            this.record(name, "skipped", 0, why);
        }
        /** A step that ran for another's sake (web-config read for the sync) shows as skipped, with its time. */
        markSkipped(name, why) {
          this.record(name, "skipped", this.records.get(name)?.durationMs ?? 0, why);
        }
        recordIfMissing(name, result, detail) {
          if (!this.records.has(name))
            this.record(name, result, 0, detail);
        }
      }
      function latestUndo(mutations) {
        for (const m of [...mutations].reverse()) {
          if (CONTENT_KINDS.includes(m.kind) && m.undo && (m.undo.kind === "restore-backup" || m.undo.kind === "switch-physical-path"))
            return m.undo;
        }
        return void 0;
      }
      function describeState(ctx, facts2, ok, problems) {
        const o = ctx.options;
        if (o.dryRun)
          return "Dry run: nothing on the server was changed.";
        if (o.action !== "deploy")
          return ok ? `Action '${o.action}' done: ${facts2.stateNotes.join(" ") || "as asked"}.` : [...facts2.stateNotes, ...problems].join(" ") || `Action '${o.action}' failed: see the steps table.`;
        const made = ctx.ledger.record.mutations.filter((m) => m.status !== "planned");
        const notes = [...facts2.stateNotes, ...problems];
        const where = facts2.syncOutcome?.releasePath ?? facts2.target?.physicalPath;
        if (ok)
          return `The site serves the new version${where ? ` from ${where}` : ""}.`;
        if (notes.length > 0)
          return notes.join(" ");
        const undo = latestUndo(made);
        if (facts2.rolledBack)
          return `Rolled back: the site serves the previous version${undo ? ` (${previousPathOf(undo)})` : ""}.`;
        const content = made.filter((m) => CONTENT_KINDS.includes(m.kind) && !m.changedNothing);
        if (content.length === 0)
          return describeUntouchedContent(made, facts2.target?.site !== void 0 && facts2.target.exists.application);
        if (facts2.syncOutcome)
          return `The new version is in place${where ? ` at ${where}` : ""}.`;
        if (o.strategy === "releases" && !made.some((m) => m.kind === "switch-release"))
          return "The new release was not switched to: the site still serves the previous release.";
        return `${where ?? "The target folder"} may be partly updated.`;
      }
      function buildPlan(ctx, facts2) {
        const o = ctx.options;
        const t = facts2.target;
        const c = facts2.changes;
        const files = c?.changes ?? [];
        return {
          dryRun: o.dryRun,
          target: {
            kind: t?.kind ?? (o.target === "iis-express" ? "iis-express" : o.msdeployUrl ? "remote" : "local-iis"),
            site: o.site,
            application: o.application,
            appPool: t?.appPool ?? o.appPool,
            physicalPath: t?.physicalPath ?? o.physicalPath,
            msdeployUrl: o.msdeployUrl
          },
          method: o.method,
          strategy: o.strategy,
          takeOffline: facts2.offlineMode,
          steps: o.steps,
          tools: { ...ctx.plan.tools },
          commands: [...ctx.plan.commands],
          creates: [...ctx.plan.creates],
          changes: c ? {
            filesAdded: c.filesAdded,
            filesUpdated: c.filesUpdated,
            filesDeleted: c.filesDeleted,
            bytesToCopy: c.bytesToCopy,
            touchesLockedFiles: c.touchesLockedFiles,
            files: files.slice(0, 500),
            truncated: files.length > 500
          } : void 0,
          releasePath: facts2.syncOutcome?.releasePath,
          previousPath: facts2.syncOutcome?.previousPath,
          healthCheckUrl: o.healthCheckUrl,
          mutations: ctx.ledger.record.mutations.map((m) => ({
            step: m.step,
            kind: m.kind,
            status: m.status,
            summary: m.summary
          }))
        };
      }
      function buildDeployResult(ctx, table, facts2, failure, problems) {
        const o = ctx.options;
        const reporter = ctx.reporter;
        const known = failure?.serverState;
        if (typeof known === "string" && !(failure instanceof DeployError))
          facts2.stateNotes.unshift(known);
        const ok = failure === void 0 && problems.length === 0;
        const serverState = describeState(ctx, facts2, ok, problems);
        let error;
        if (!ok) {
          const base = failure === void 0 ? "The deploy finished, but the cleanup failed." : (0, core_errors.gJ)(failure);
          const state = failure instanceof DeployError ? "" : `
Server state: ${serverState}`;
          const extra = problems.length > 0 && failure !== void 0 && !state ? `
${problems.join("\n")}` : "";
          const why = facts2.diagnosis ? `
Why it failed: ${facts2.diagnosis.cause}. Fix: ${facts2.diagnosis.fix}.` : "";
          const message = reporter.mask(`${base}${state}${extra}${why}`);
          error = failure instanceof core_errors.cc || ctx.signal.aborted && failure !== void 0 ? Object.assign(new core_errors.cc(message), { cause: failure }) : new DeployError(message, failure, serverState);
        }
        for (const step of PIPELINE_STEPS) {
          const why = ok || !o.steps.includes(step) ? "not selected" : ctx.signal.aborted ? "not run: cancelled" : "not run: an earlier step failed";
          table.skip(step, why);
        }
        const steps = [...PIPELINE_STEPS, "rollback", "manage"].map((name) => table.records.get(name)).filter((r) => r !== void 0);
        const plan = (0, secrets.X1)(buildPlan(ctx, facts2), (text) => reporter.mask(text));
        const sync = facts2.syncOutcome?.result;
        const counts = sync ?? (o.dryRun && facts2.changes ? {
          filesAdded: facts2.changes.filesAdded,
          filesUpdated: facts2.changes.filesUpdated,
          filesDeleted: facts2.changes.filesDeleted,
          bytesCopied: facts2.changes.bytesToCopy
        } : void 0);
        const undo = latestUndo(ctx.ledger.record.mutations);
        const previousPath = facts2.syncOutcome?.previousPath ?? (undo ? previousPathOf(undo) : void 0);
        const rolledBack = facts2.rolledBack === true;
        const outputs = {
          "release-path": facts2.syncOutcome?.releasePath ?? (rolledBack ? "" : plan.releasePath ?? ""),
          "previous-path": previousPath ?? "",
          "files-added": String(counts?.filesAdded ?? 0),
          "files-updated": String(counts?.filesUpdated ?? 0),
          "files-deleted": String(counts?.filesDeleted ?? 0),
          "bytes-copied": String(counts?.bytesCopied ?? 0),
          "offline-ms": String(Math.round(facts2.offlineMs)),
          "health-status": facts2.health?.status !== void 0 ? String(facts2.health.status) : "",
          "rolled-back": String(rolledBack),
          "hosting-bundle-version": facts2.hostingBundle?.version ?? "",
          "reboot-required": String(facts2.hostingBundle?.rebootRequired ?? false),
          recovered: String(facts2.recovery !== void 0),
          plan: JSON.stringify(plan),
          diagnosis: facts2.diagnosis ? JSON.stringify((0, secrets.X1)(facts2.diagnosis, (text) => reporter.mask(text))) : ""
        };
        return {
          ok,
          error,
          dryRun: o.dryRun,
          steps,
          plan,
          outputs,
          sync,
          changes: facts2.changes,
          offlineMs: Math.round(facts2.offlineMs),
          offlineMeasured: facts2.offlineMeasured,
          health: facts2.health,
          rolledBack,
          serverState,
          warnings: [...reporter.warnings],
          diagnostics: facts2.diagnostics,
          releasePath: facts2.syncOutcome?.releasePath,
          previousPath,
          hostingBundle: facts2.hostingBundle,
          recovery: facts2.recovery,
          diagnosis: facts2.diagnosis,
          ledgerFile: ctx.ledger.dryRun ? void 0 : ctx.ledger.file,
          durationMs: ctx.ports.clock.now() - facts2.started
        };
      }
      ;
      function startRunContext(options, ports, timing, tools) {
        const reporter = new CollectingReporter(ports.reporter);
        const plan = new PlanRecorder(reporter);
        const recording = {
          async resolve(name) {
            const found = await tools.resolve(name);
            plan.tool(name, found);
            return found;
          }
        };
        const stateDir = resolveStateDir(options.stateDir, {
          env: ports.env,
          platform: ports.platform,
          uid: ports.platform === "win32" ? void 0 : process.getuid?.()
        });
        const base = {
          options,
          ports: { ...ports, reporter },
          reporter,
          dryRun: options.dryRun,
          tools: recording,
          plan,
          timing,
          tool: (name) => recording.resolve(name),
          ledger: createRunLedger({ ctx: { options, ports }, locks: () => [] }),
          stateDir
        };
        const facts2 = {
          started: ports.clock.now(),
          offlineMs: 0,
          offlineMeasured: "none",
          stateNotes: [],
          diagnostics: []
        };
        return { base, table: new StepTable(reporter, ports.clock, options), facts: facts2 };
      }
      ;
      async function runManage(options, ports, steps, timing, tools) {
        const { base, table, facts: facts2 } = startRunContext(options, ports, timing, tools);
        const ctx = { ...base, signal: ports.signal ?? new AbortController().signal };
        const { plan } = base;
        const action = options.action;
        let failure;
        let lock;
        try {
          const opened = await openRun(ctx, { ...ctx, signal: new AbortController().signal }, steps, () => []);
          lock = opened.siteLock;
          facts2.recovery = opened.recovery;
          if (opened.ledger)
            ctx.ledger = opened.ledger;
          const appcmd = (0, shared.RL)(ctx, await ctx.tool("appcmd"));
          const what = options.site === void 0 ? `app pool '${options.appPool}'` : `'${options.site}${options.application === "/" ? "" : options.application}'`;
          const outcome = await table.run("manage", ctx, () => ctx.ledger.track("provision", "manage", `${action} ${what}`, async (m) => {
            const done = await runManageAction({
              appcmd,
              action,
              site: options.site,
              application: options.application,
              appPool: options.appPool,
              timeoutMs: options.stopTimeoutMs,
              dryRun: ctx.dryRun
            });
            if (!done.changed)
              ctx.ledger.revert(m, "nothing to change");
            for (const command of done.commands)
              plan.action("manage", command);
            return done;
          }), (d) => d.detail);
          facts2.stateNotes.push(outcome.detail);
        } catch (error) {
          failure = error;
        }
        const problems = [];
        await lock?.release().catch((error) => problems.push(`Could not release the deploy lock: ${(0, core_errors.gJ)(error)}`));
        const result = buildDeployResult(ctx, table, facts2, failure, problems);
        if (!ctx.ledger.dryRun)
          ctx.ledger.finish(result.ok ? "succeeded" : result.error instanceof core_errors.cc ? "cancelled" : "failed", result.serverState);
        return result;
      }
      ;
      async function rollBackRun(run2, cause, target) {
        const { options: o, ctx, facts: facts2 } = run2;
        const notes = facts2.stateNotes;
        facts2.diagnosis ??= await run2.steps.diagnoseFailure?.(ctx, { target, app: facts2.app, since: facts2.started });
        if (!o.rollback) {
          notes.push(`The new version is live and failing; 'rollback: false' kept it.`);
          throw cause;
        }
        const undoable = ctx.ledger.open(CONTENT_KINDS).some((m) => m.undo && m.undo.kind !== "remove-folder");
        if (!undoable) {
          notes.push(facts2.syncOutcome ? `There is no previous version to roll back to (${o.strategy === "in-place" && !o.backup ? "'backup: false'" : "first deploy"}): the new version is live and failing.` : "Nothing was rolled back: the sync did not run.");
          throw cause;
        }
        const detail = await run2.table.run("rollback", ctx, async () => {
          const settled = await settleLedger(ctx.ledger, run2.steps.createRepairs(ctx), {
            undoContent: "all",
            step: "rollback"
          });
          if (settled.problems.length > 0)
            throw new Error(settled.problems.join(" "));
          facts2.rolledBack = true;
          const restored = settled.restored.join("; ");
          if (!o.healthCheckUrl)
            return `${restored}; no health check to run`;
          try {
            facts2.health = await run2.steps.checkHealth(ctx, target);
            return `${restored}; the previous version passes the health check (HTTP ${facts2.health.status})`;
          } catch (error) {
            if (error instanceof health_check.b1)
              facts2.health = error.result;
            notes.push(`Rolled back, but the previous version does not pass the health check either: ${(0, core_errors.gJ)(error)}`);
            return `${restored}; the previous version fails the health check too`;
          }
        }, (d) => d);
        throw new DeployError(`${(0, core_errors.gJ)(cause)}
Rolled back: ${detail}.`, cause, detail);
      }
      async function settleAfterRun(run2, failed) {
        const { options: o, ctx, facts: facts2, table } = run2;
        const ledger = ctx.ledger;
        const target = facts2.target;
        if (ledger.dryRun || !target)
          return [];
        const halfSync = ledger.open(CONTENT_KINDS).find((m) => m.status !== "done" && m.undo?.kind !== "remove-folder");
        const restorable = o.rollback && halfSync?.undo !== void 0;
        const syncStarted = ledger.record.mutations.some((m) => CONTENT_KINDS.includes(m.kind) && m.status !== "reverted");
        const keepAppOffline = failed && o.keepOfflineOnFailure && syncStarted && !restorable && !facts2.rolledBack && ledger.open(["write-app-offline"]).length > 0;
        const offlineBefore = ledger.open(["stop-pool", "write-app-offline"]).length;
        const settle = () => settleLedger(ledger, run2.steps.createRepairs(ctx), {
          undoContent: o.rollback ? "unfinished" : "none",
          keepAppOffline,
          step: "cleanup"
        });
        const settled = restorable ? await table.run("rollback", ctx, settle, (s) => s.restored.join("; ") || s.problems.join(" ")).catch((error) => ({
          actions: [],
          restored: [],
          partial: [],
          problems: [(0, core_errors.gJ)(error)],
          restoredPrevious: false
        })) : await settle();
        if (settled.restoredPrevious) {
          facts2.rolledBack = true;
          facts2.stateNotes.push(`The sync did not finish; ${settled.restored.join("; ")}.`);
        }
        if (halfSync && halfSync.status !== "reverted")
          facts2.stateNotes.push(partlyUpdated(o, target, halfSync.undo !== void 0));
        if (keepAppOffline)
          noteKeptOffline(run2, target);
        else if (offlineBefore > 0 && ledger.open(["stop-pool", "write-app-offline"]).length === 0) {
          ctx.reporter.info("The app is online again.");
          table.recordIfMissing("online", "succeeded", "brought online during cleanup");
        }
        return settled.problems;
      }
      function noteKeptOffline(run2, target) {
        const file = external_node_path_default().join(target.physicalPath, "app_offline.htm");
        const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`;
        run2.facts.stateNotes.push(note);
        run2.ctx.reporter.warning(note, { file, title: "app_offline.htm left in place" });
        run2.table.recordIfMissing("online", "skipped", `app_offline.htm kept ('keep-offline-on-failure: true')`);
      }
      function partlyUpdated(o, target, hadBackup) {
        if (target.kind === "remote")
          return "Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.";
        if (o.strategy === "releases")
          return "The new release was not switched to: the site still serves the previous release.";
        return `The sync did not finish: ${target.physicalPath ?? "the target folder"} is partly updated${hadBackup ? " ('rollback: false')" : " and there is no backup"}; deploy again.`;
      }
      var render_diagnosis = __nccwpck_require__2(6145);
      ;
      const RESULT_ICONS = {
        succeeded: "\u2705 succeeded",
        failed: "\u274C failed",
        cancelled: "\u{1F6D1} cancelled",
        skipped: "\u23ED\uFE0F skipped",
        planned: "\u{1F4DD} planned"
      };
      const STEP_LABELS = {
        "iis-features": "iis-features",
        "hosting-bundle": "hosting-bundle",
        provision: "provision",
        "web-config": "web-config",
        offline: "offline",
        sync: "sync",
        online: "online",
        "health-check": "health-check",
        rollback: "rollback",
        manage: "manage"
      };
      function cell(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
      }
      function formatDuration(ms) {
        if (ms <= 0)
          return "";
        if (ms < 1e3)
          return `${Math.round(ms)} ms`;
        if (ms < 6e4)
          return `${(ms / 1e3).toFixed(1)} s`;
        const minutes = Math.floor(ms / 6e4);
        return `${minutes} min ${Math.round(ms % 6e4 / 1e3)} s`;
      }
      function formatBytes(bytes) {
        if (bytes < 1024)
          return `${bytes} B`;
        const units = ["KB", "MB", "GB", "TB"];
        let value = bytes / 1024;
        let unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
          value /= 1024;
          unit++;
        }
        return `${value.toFixed(1)} ${units[unit]}`;
      }
      function renderSummary(result, context) {
        const lines = [];
        const verdict = result.dryRun && result.ok ? "\u{1F4DD} Dry run" : result.ok ? "\u2705 Deployed" : result.rolledBack ? "\u21A9\uFE0F Failed and rolled back" : "\u274C Failed";
        lines.push(`## iis-deploy: ${verdict} ${cell(context.title)}`, "");
        if (result.diagnosis)
          lines.push(...(0, render_diagnosis.s)(result.diagnosis, "markdown"));
        lines.push(cell(result.serverState), "");
        if (result.recovery)
          lines.push(...recoveryLines(result.recovery).map((line) => cell(line)), "");
        if (result.error) {
          lines.push("```text", result.error.message.replace(/```/g, "'''"), "```", "");
        }
        lines.push("| Step | Result | Duration | Details |", "|---|---|---|---|");
        for (const step of result.steps) {
          lines.push(`| ${STEP_LABELS[step.name]} | ${RESULT_ICONS[step.result]} | ${formatDuration(step.durationMs)} | ${cell(step.detail)} |`);
        }
        lines.push("", `Total: ${formatDuration(result.durationMs) || "0 ms"}`, "");
        const counts = result.sync ?? (result.changes && {
          filesAdded: result.changes.filesAdded,
          filesUpdated: result.changes.filesUpdated,
          filesDeleted: result.changes.filesDeleted,
          bytesCopied: result.changes.bytesToCopy
        });
        if (counts) {
          lines.push(result.dryRun ? "### File changes (planned)" : "### File changes", "");
          lines.push("| Added | Updated | Deleted | Copied |", "|---:|---:|---:|---:|");
          lines.push(`| ${counts.filesAdded} | ${counts.filesUpdated} | ${counts.filesDeleted} | ${formatBytes(counts.bytesCopied)} |`, "");
          const files = result.changes?.changes ?? [];
          if (files.length > 0) {
            const shown2 = files.slice(0, 50);
            lines.push(`<details><summary>${files.length} changed file${files.length === 1 ? "" : "s"}</summary>`, "");
            lines.push("```text", ...shown2.map((f) => `${f.kind.padEnd(6)} ${f.path}`), ...files.length > shown2.length ? [`\u2026 and ${files.length - shown2.length} more`] : [], "```", "", "</details>", "");
          }
          if (result.releasePath || result.previousPath) {
            lines.push(`Release: \`${cell(result.releasePath ?? "")}\`${result.previousPath ? ` (previous: \`${cell(result.previousPath)}\`)` : ""}`, "");
          }
        }
        if (!result.dryRun) {
          lines.push("### Offline window", "");
          lines.push(result.offlineMeasured === "probe" ? `The app answered 503 or nothing for **${formatDuration(result.offlineMs) || "0 ms"}** (measured by probing the health URL).` : result.offlineMeasured === "window" ? `The app was offline for **${formatDuration(result.offlineMs) || "0 ms"}** (from taking it offline to bringing it online).` : "The app was not taken offline.", "");
        }
        if (result.health) {
          const h = result.health;
          lines.push("### Health check", "");
          lines.push(h.healthy ? `\u2705 \`${cell(h.url)}\` answered HTTP ${h.status} after ${h.attempts} attempt${h.attempts === 1 ? "" : "s"}.` : `\u274C \`${cell(h.url)}\`: ${h.status === void 0 ? cell(h.reason) : `HTTP ${h.status} (${cell(h.reason)})`}${h.bodyExcerpt ? `: \u201C${cell(h.bodyExcerpt)}\u201D` : ""}`, "");
        }
        if (result.rolledBack) {
          const rollback = result.steps.find((s) => s.name === "rollback");
          lines.push("### Rollback", "", `\u21A9\uFE0F ${cell(rollback?.detail ?? "The previous version was brought back.")}`, "");
        }
        if (result.diagnostics.length > 0) {
          lines.push("### web.config", "");
          for (const d of result.diagnostics)
            lines.push(`- ${d.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${cell(formatLocation(d))}: ${cell(d.message)}`);
          lines.push("");
        }
        if (result.warnings.length > 0) {
          lines.push("### Warnings", "");
          for (const warning2 of result.warnings)
            lines.push(`- \u26A0\uFE0F ${cell(warning2)}`);
          lines.push("");
        }
        if (result.plan.commands.length > 0 || result.plan.creates.length > 0) {
          lines.push(`<details><summary>${result.dryRun ? "Plan" : "Commands run"} (${result.plan.commands.length})</summary>`, "");
          if (result.plan.creates.length > 0) {
            lines.push("Creates:", "", ...result.plan.creates.map((c) => `- ${cell(c)}`), "");
          }
          if (Object.keys(result.plan.tools).length > 0) {
            lines.push("Tools:", "", ...Object.entries(result.plan.tools).map(([name, p]) => `- ${name}: \`${cell(p)}\``), "");
          }
          lines.push("```text", ...result.plan.commands.map((c) => `[${c.step}] ${c.command}`), "```", "", "</details>", "");
        }
        if (context.version)
          lines.push(`<sub>iis-deploy ${cell(context.version)}</sub>`, "");
        return context.mask(lines.join("\n"));
      }
      function formatLocation(d) {
        return d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
      }
      function annotateDiagnostics(reporter, diagnostics) {
        for (const d of diagnostics) {
          const location = {
            file: d.file,
            line: d.line || void 0,
            column: d.column || void 0,
            title: "web.config"
          };
          if (d.severity === "error")
            reporter.error(d.message, location);
          else
            reporter.warning(d.message, location);
        }
      }
      function recoveryLines(recovery) {
        const what = recovery.actions.length > 0 ? recovery.actions.join("; ") : "nothing was left to put back";
        const lines = [
          `\u267B\uFE0F Recovered from an interrupted deploy started at ${recovery.startedAt} (${recovery.by}): ${what}.`
        ];
        for (const problem of recovery.problems)
          lines.push(`\u26A0\uFE0F ${problem}`);
        return lines;
      }
      function renderTextSummary(result) {
        const lines = result.steps.map((s) => `  ${s.name.padEnd(15)} ${s.result.padEnd(10)} ${formatDuration(s.durationMs).padStart(9)}  ${s.detail}`);
        const counts = result.sync;
        if (counts)
          lines.push(`  files: +${counts.filesAdded} ~${counts.filesUpdated} -${counts.filesDeleted}, ${formatBytes(counts.bytesCopied)} ${result.dryRun ? "to copy" : "copied"}`);
        if (!result.dryRun && result.offlineMeasured !== "none")
          lines.push(`  offline: ${result.offlineMs} ms`);
        if (result.health && !result.dryRun)
          lines.push(`  health: ${result.health.status ?? "no answer"} from ${result.health.url}`);
        if (result.recovery)
          lines.push(...recoveryLines(result.recovery).map((line) => `  ${line}`));
        lines.push(result.serverState);
        return lines.join("\n");
      }
      ;
      function diagnosticsOf(error) {
        const list = error?.diagnostics;
        if (!Array.isArray(list))
          return void 0;
        return list.filter((d) => typeof d === "object" && d !== null && typeof d.message === "string").map((d) => ({
          severity: d.severity === "warning" ? "warning" : "error",
          message: String(d.message),
          file: typeof d.file === "string" ? d.file : "web.config",
          line: typeof d.line === "number" && d.line > 0 ? d.line : void 0,
          column: typeof d.column === "number" && d.column > 0 ? d.column : void 0
        }));
      }
      function resolveOfflineMode(options, target, plan) {
        if (!options.steps.includes("offline") || target.kind !== "local-iis")
          return "none";
        if (options.takeOffline !== "auto")
          return options.takeOffline;
        if (options.strategy === "releases")
          return "none";
        if (plan === void 0)
          return "both";
        return plan.touchesLockedFiles ? "both" : "none";
      }
      const skipReasons = {
        offline(o, target) {
          if (!o.steps.includes("offline"))
            return target.kind === "remote" ? "remote target (Web Deploy takes the app offline itself)" : "not selected";
          if (o.strategy === "releases")
            return "release folders: the live release is never overwritten";
          return o.takeOffline === "none" ? "'take-offline: none'" : "only static files change";
        }
      };
      async function prepareStep(table, steps, ctx, facts2) {
        const o = ctx.options;
        const configure = o.steps.includes("web-config");
        if (o.target !== "iis-express" && !o.steps.includes("sync") && !configure) {
          table.skip("web-config", "not selected");
          return { dir: o.source, staged: false, diagnostics: [], changes: [] };
        }
        try {
          const app = await table.run("web-config", ctx, () => steps.prepareApp(ctx, configure), (a) => a.changes.length > 0 ? a.changes.join("; ") : a.diagnostics.length > 0 ? `${a.diagnostics.length} warning(s)` : "web.config is valid");
          facts2.diagnostics = app.diagnostics;
          annotateDiagnostics(ctx.reporter, app.diagnostics);
          if (!configure && o.target !== "iis-express")
            table.markSkipped("web-config", "not selected");
          return app;
        } catch (error) {
          const diagnostics = diagnosticsOf(error);
          if (diagnostics) {
            facts2.diagnostics = diagnostics;
            annotateDiagnostics(ctx.reporter, diagnostics);
          }
          throw error;
        }
      }
      const EMPTY_PLAN = {
        changes: [],
        filesAdded: 0,
        filesUpdated: 0,
        filesDeleted: 0,
        bytesToCopy: 0,
        touchesLockedFiles: false
      };
      async function smokeTestStep(table, steps, ctx, app) {
        for (const step of ["iis-features", "hosting-bundle", "provision", "offline", "online"]) {
          table.skip(step, "not used with target: iis-express");
        }
        table.skip("sync", "IIS Express runs the app from the prepared folder");
        const smoke = await table.run("health-check", ctx, () => steps.smokeTestIisExpress(ctx, app), (s) => s.detail);
        return smoke.health;
      }
      ;
      class DeployRun {
        options;
        ports;
        steps;
        ctx;
        /** The same context with a signal that never fires: cleanup and rollback must finish. */
        cleanupCtx;
        table;
        facts;
        siteLock;
        serverLock;
        probe;
        offline;
        constructor(options, ports, steps, timing, tools) {
          this.options = options;
          this.ports = ports;
          this.steps = steps;
          const { base, table, facts: facts2 } = startRunContext(options, ports, timing, tools);
          this.ctx = { ...base, signal: ports.signal ?? new AbortController().signal };
          this.cleanupCtx = { ...base, signal: new AbortController().signal };
          this.table = table;
          this.facts = facts2;
        }
        get ledger() {
          return this.ctx.ledger;
        }
        selected(step) {
          return this.options.steps.includes(step);
        }
        async run() {
          let failure;
          try {
            this.facts.app = await prepareStep(this.table, this.steps, this.ctx, this.facts);
            await this.open();
            if (this.options.target === "iis-express")
              this.facts.health = await smokeTestStep(this.table, this.steps, this.ctx, this.facts.app);
            else
              await this.runIis(this.facts.app);
          } catch (error) {
            failure = error;
          }
          const problems = await this.guarantee(failure !== void 0);
          const result = buildDeployResult(this.ctx, this.table, this.facts, failure, problems);
          if (!this.ledger.dryRun) {
            this.ledger.finish(result.ok ? "succeeded" : result.error instanceof core_errors.cc ? "cancelled" : "failed", result.serverState);
          }
          return result;
        }
        /** Takes the lock, repairs what a dead run left, starts the ledger on disk (open-run.ts). */
        async open() {
          const opened = await openRun(this.ctx, this.cleanupCtx, this.steps, () => [this.serverLock]);
          this.siteLock = opened.siteLock;
          this.facts.recovery = opened.recovery;
          if (opened.ledger) {
            this.ctx.ledger = opened.ledger;
            this.cleanupCtx.ledger = opened.ledger;
          }
        }
        /** IIS features and the Hosting Bundle, under the server lock (another site's deploy may want them too). */
        async prepareServer(app) {
          const o = this.options;
          const ctx = this.ctx;
          const serverWide = this.selected("iis-features") || this.selected("hosting-bundle");
          if (serverWide && this.siteLock && o.site !== void 0)
            this.serverLock = await this.steps.acquireLock(ctx, "server");
          try {
            if (this.selected("iis-features")) {
              await this.steps.readTarget(ctx).catch((error) => {
                if (error instanceof core_errors.dz)
                  throw error;
              });
              await this.table.run("iis-features", ctx, () => this.ledger.track("iis-features", "iis-features", `enable IIS features: ${o.iisFeatures.join(", ")}`, () => this.steps.ensureIisFeatures(ctx)), (d) => d);
            } else
              this.table.skip("iis-features", o.iisFeatures.length ? "not selected" : "no 'iis-features' given");
            const target = await this.steps.readTarget(ctx);
            this.facts.target = target;
            this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath });
            if (this.selected("hosting-bundle")) {
              this.facts.hostingBundle = await this.table.run("hosting-bundle", ctx, () => this.ledger.track("hosting-bundle", "hosting-bundle", `.NET Hosting Bundle (${o.hostingBundle})`, async (m) => {
                const outcome = await this.steps.installHostingBundle(ctx, app.dir);
                if (!outcome.changed)
                  this.ledger.untouched(m, "nothing to change");
                return outcome;
              }), (h) => h.detail);
            } else
              this.table.skip("hosting-bundle", o.hostingBundle === "none" ? "'hosting-bundle: none'" : "not selected");
            return target;
          } finally {
            await this.serverLock?.release();
            this.serverLock = void 0;
          }
        }
        async runIis(app) {
          const o = this.options;
          const ctx = this.ctx;
          let target = await this.prepareServer(app);
          if (this.selected("provision")) {
            const current = target;
            const provisioned = await this.table.run("provision", ctx, () => this.ledger.track("provision", "provision", "provision the app pool, site and application", async (m) => {
              const done = await this.steps.provision(ctx, current);
              if (/^(nothing to (do|change)|no IIS site)|already as wanted$/.test(done.detail))
                this.ledger.untouched(m, "nothing to change");
              return done;
            }), (p) => p.detail);
            target = provisioned.target;
            this.facts.target = target;
            this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath });
          } else
            this.table.skip("provision", target.kind === "remote" ? "remote target" : "not selected");
          let changes;
          if (this.selected("sync") && target.kind === "local-iis") {
            changes = await this.steps.planChanges(ctx, app, target);
            this.facts.changes = changes;
          }
          const mode = resolveOfflineMode(o, target, changes);
          this.facts.offlineMode = mode;
          if (o.healthCheckUrl && !o.dryRun && (mode !== "none" || this.selected("sync"))) {
            this.probe = (0, health_check.yb)({ http: this.ports.http, clock: this.ports.clock, reporter: ctx.reporter }, {
              url: o.healthCheckUrl,
              host: o.healthCheckHost,
              allowUntrusted: o.allowUntrusted,
              intervalMs: ctx.timing.probeIntervalMs
            });
          }
          if (mode !== "none") {
            this.facts.offlineWindow = { since: this.ports.clock.now() };
            const live = target;
            this.offline = await this.table.run("offline", ctx, () => this.steps.takeOffline(ctx, live, mode, changes?.liveHostingModel), () => o.takeOffline === "auto" && changes ? `${mode} (auto: the deploy changes files the app loads)` : mode);
          } else
            this.table.skip("offline", skipReasons.offline(o, target));
          if (this.selected("sync")) {
            const live = target;
            const plan = changes ?? EMPTY_PLAN;
            this.facts.syncOutcome = await this.table.run("sync", ctx, () => this.steps.sync(ctx, app, live, plan), (s) => s.result.summary);
          } else
            this.table.skip("sync", "not selected");
          await this.bringOnlineOrRollBack(target);
          if (this.selected("health-check")) {
            try {
              this.facts.health = await this.table.run("health-check", ctx, () => this.steps.checkHealth(ctx, target), (h) => o.dryRun ? `would GET ${o.healthCheckUrl}` : `HTTP ${h.status} after ${h.attempts} attempt(s)`);
            } catch (error) {
              if (error instanceof health_check.b1)
                this.facts.health = error.result;
              if (error instanceof core_errors.cc || ctx.signal.aborted)
                throw error;
              await this.rollBack(error, target);
            }
          } else
            this.table.skip("health-check", o.healthCheckUrl ? "not selected" : "no 'health-check-url' given");
          switchOffAfterHealthCheck(this.ctx);
          if (!this.ledger.dryRun)
            this.ledger.markVerified();
        }
        /** The `online` step; a start that fails (rapid-fail protection) rolls back like a failed health check. */
        async bringOnlineOrRollBack(target) {
          const offline = this.offline;
          if (!offline) {
            this.table.skip("online", this.selected("online") ? "the app was not taken offline" : "not selected");
            await this.stopProbe();
            return;
          }
          try {
            await this.table.run("online", this.ctx, () => this.steps.bringOnline(this.ctx, target, offline), () => [offline.appOffline ? "app_offline.htm removed" : "", offline.poolStopped ? "pool started" : ""].filter(Boolean).join(", "));
            this.offline = void 0;
            if (this.facts.offlineWindow)
              this.facts.offlineWindow.until = this.ports.clock.now();
            await this.stopProbe();
          } catch (error) {
            if (error instanceof core_errors.cc || this.ctx.signal.aborted)
              throw error;
            await this.rollBack(error, target);
          }
        }
        async stopProbe() {
          const facts2 = this.facts;
          if (facts2.offlineMeasured !== "none")
            return;
          if (this.probe) {
            const report2 = await this.probe.stop();
            this.probe = void 0;
            facts2.offlineMs = report2.offlineMs;
            facts2.offlineMeasured = "probe";
          } else if (facts2.offlineWindow) {
            facts2.offlineMs = (facts2.offlineWindow.until ?? this.ports.clock.now()) - facts2.offlineWindow.since;
            facts2.offlineMeasured = "window";
          }
        }
        /**
         * Runs in every outcome: the ledger settled (a half sync undone, the pool started, app_offline.htm removed, unless
         * `keep-offline-on-failure` keeps it), the probe stopped, the locks released, the staging copy removed.
         */
        async guarantee(failed) {
          const problems = await settleAfterRun(this.parts(), failed);
          this.offline = void 0;
          if (this.facts.offlineWindow && this.facts.offlineWindow.until === void 0)
            this.facts.offlineWindow.until = this.ports.clock.now();
          await this.stopProbe().catch(() => void 0);
          for (const lock of [this.serverLock, this.siteLock]) {
            await lock?.release().catch((error) => problems.push(`Could not release the deploy lock: ${(0, core_errors.gJ)(error)}`));
          }
          if (this.facts.app)
            await this.steps.cleanup(this.cleanupCtx, this.facts.app).catch(() => void 0);
          return problems;
        }
        parts() {
          return {
            options: this.options,
            steps: this.steps,
            ctx: this.cleanupCtx,
            table: this.table,
            facts: this.facts
          };
        }
        /** A failed start or health check: the previous version back (settle-run.ts), the probe stopped either way. */
        async rollBack(cause, target) {
          try {
            return await rollBackRun(this.parts(), cause, target);
          } finally {
            this.offline = void 0;
            await this.stopProbe();
          }
        }
      }
      async function deploy(options, ports, run2) {
        const timing = { ...DEFAULT_TIMING, ...run2.timing };
        const tools = run2.tools ?? new core_tools.HV({ env: ports.env, platform: ports.platform, runner: ports.runner }, { appcmd: options.appcmdPath, msdeploy: options.msdeployPath, iisexpress: options.iisexpressPath });
        if (options.action !== "deploy")
          return runManage(options, ports, run2.steps, timing, tools);
        return new DeployRun(options, ports, run2.steps, timing, tools).run();
      }
      ;
      const systemClock = {
        now: () => Date.now(),
        sleep: (ms, signal) => new Promise((resolve, reject) => {
          if (signal?.aborted) {
            reject(new core_errors.cc());
            return;
          }
          const onAbort = () => {
            clearTimeout(timer);
            reject(new core_errors.cc());
          };
          const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          }, ms);
          signal?.addEventListener("abort", onAbort, { once: true });
        })
      };
      ;
      const MAX_BODY_BYTES = 16 * 1024 * 1024;
      class NodeHttpClient {
        async get(url, options = {}) {
          const target = new URL(url);
          const isHttps = target.protocol === "https:";
          if (!isHttps && target.protocol !== "http:") {
            throw new Error(`Unsupported URL scheme '${target.protocol}' in '${url}': use http or https.`);
          }
          const lib = isHttps ? await Promise.resolve(
            /* import() */
          ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 4708, 23)) : await Promise.resolve(
            /* import() */
          ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 7067, 23));
          return new Promise((resolve, reject) => {
            const request = lib.request(target, {
              method: "GET",
              headers: { "user-agent": "iis-deploy", ...options.headers },
              rejectUnauthorized: isHttps ? !options.allowUntrusted : void 0,
              signal: options.signal
            }, (response) => {
              const chunks = [];
              let size = 0;
              response.on("data", (chunk) => {
                size += chunk.length;
                if (size <= MAX_BODY_BYTES)
                  chunks.push(chunk);
              });
              response.on("end", () => {
                const headers = {};
                for (const [name, value] of Object.entries(response.headers)) {
                  if (value !== void 0)
                    headers[name] = Array.isArray(value) ? value.join(", ") : value;
                }
                resolve({
                  status: response.statusCode ?? 0,
                  headers,
                  body: Buffer.concat(chunks).toString("utf8")
                });
              });
              response.on("error", reject);
            });
            if (options.timeoutMs) {
              request.setTimeout(options.timeoutMs, () => request.destroy(new core_errors.MU(`GET ${url} did not answer within ${options.timeoutMs} ms.`)));
            }
            request.on("error", (error) => {
              reject(error.name === "AbortError" ? new core_errors.cc(`GET ${url} was cancelled.`) : error);
            });
            request.end();
          });
        }
      }
      var process_launcher = __nccwpck_require__2(450);
      var external_node_child_process_ = __nccwpck_require__2(1421);
      ;
      const CODE_PAGE_KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage";
      function taskkillPath() {
        const windir = process.env["SystemRoot"] ?? process.env["windir"] ?? "C:\\Windows";
        return external_node_path_default().win32.join(windir, "System32", "taskkill.exe");
      }
      const runningGroups = /* @__PURE__ */ new Set();
      let process_runner_exitHookInstalled = false;
      function process_runner_installExitHook() {
        if (process_runner_exitHookInstalled)
          return;
        process_runner_exitHookInstalled = true;
        process.once("exit", () => {
          for (const pid of runningGroups) {
            try {
              process.kill(-pid, "SIGKILL");
            } catch {
            }
          }
        });
      }
      function killTree(child, signal) {
        if (child.pid === void 0)
          return;
        if (process.platform === "win32") {
          (0, external_node_child_process_.spawnSync)(taskkillPath(), ["/PID", String(child.pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" });
          child.kill(signal);
          return;
        }
        try {
          process.kill(-child.pid, signal);
        } catch {
          child.kill(signal);
        }
      }
      class ProcessRunner {
        options;
        codePagesLookup;
        constructor(options = {}) {
          this.options = options;
        }
        async run(tool, args, options = {}) {
          const reporter = this.options.reporter;
          if (!options.silent)
            reporter?.info(`[command]${(0, command_line.z)(tool, args, options.verbatimArguments)}`);
          const raw = await this.spawnRaw(tool, args, options);
          const encoding = this.encodingFor(tool, options);
          const codePages = encoding === "utf8" || encoding === "utf16le" ? void 0 : await this.codePages(options);
          if ((0, output_encoding.HI)(encoding, codePages))
            await (0, output_encoding.A9)();
          const result = {
            exitCode: raw.exitCode,
            stdout: (0, output_encoding.aX)(raw.stdout, encoding, codePages),
            stderr: (0, output_encoding.aX)(raw.stderr, encoding, codePages)
          };
          if (!options.silent && reporter) {
            if (result.stdout.trim())
              reporter.info(result.stdout.trimEnd());
            if (result.stderr.trim())
              reporter.info(result.stderr.trimEnd());
          }
          return result;
        }
        /** The step's encoding for this tool, unless IIS_DEPLOY_TOOL_ENCODINGS names the tool. */
        encodingFor(tool, options) {
          const overrides = (0, output_encoding.Su)(this.environment(options)[output_encoding.LI]);
          return overrides[(0, output_encoding._H)(tool)] ?? options.outputEncoding ?? "utf8";
        }
        environment(options) {
          return options.env ? { ...process.env, ...options.env } : process.env;
        }
        /** The system code pages: fixed, from the registry (once per runner), or unknown (UTF-8). */
        codePages(options) {
          const setting = this.environment(options)[output_encoding.CS]?.trim() || this.options.codePages;
          if (typeof setting === "object")
            return Promise.resolve(setting);
          const fixed = (0, output_encoding.BG)(setting);
          if (fixed)
            return Promise.resolve(fixed);
          const source = setting ?? (process.platform === "win32" ? "registry" : "utf8");
          if (source !== "registry")
            return Promise.resolve(void 0);
          this.codePagesLookup ??= this.readCodePages(options);
          return this.codePagesLookup;
        }
        async readCodePages(options) {
          const windir = process.env["SystemRoot"] ?? process.env["windir"] ?? "C:\\Windows";
          const reg = this.options.regPath ?? (process.platform === "win32" ? external_node_path_default().win32.join(windir, "System32", "reg.exe") : "reg");
          try {
            const raw = await this.spawnRaw(reg, ["query", CODE_PAGE_KEY], { env: options.env });
            const text = raw.stdout.toString("latin1");
            const oem = (0, output_encoding.sz)(text, "OEMCP");
            const ansi = (0, output_encoding.sz)(text, "ACP");
            if (raw.exitCode === 0 && oem !== void 0 && ansi !== void 0) {
              this.options.reporter?.debug(`System code pages: OEM ${oem}, ANSI ${ansi} (from ${CODE_PAGE_KEY}).`);
              return { oem, ansi };
            }
            this.options.reporter?.warning(`Could not read the code pages from ${CODE_PAGE_KEY} (reg exit code ${raw.exitCode}): tool output is read as UTF-8, so non-ASCII names may not match. Set ${output_encoding.CS}=oem=<n>,ansi=<n> (see \`chcp\`) to fix.`);
          } catch (error) {
            this.options.reporter?.warning(`Could not run ${reg} to read the code pages (${error.message}): tool output is read as UTF-8. Set ${output_encoding.CS}=oem=<n>,ansi=<n> to fix.`);
          }
          return void 0;
        }
        spawnRaw(tool, args, options) {
          return new Promise((resolve, reject) => {
            if (options.signal?.aborted) {
              reject(new core_errors.cc(`Cancelled before starting ${tool}.`));
              return;
            }
            const child = (0, external_node_child_process_.spawn)(tool, [...args], {
              cwd: options.cwd,
              env: options.env ? { ...process.env, ...options.env } : process.env,
              shell: false,
              windowsHide: true,
              windowsVerbatimArguments: options.verbatimArguments ?? false,
              // Verbatim means libuv leaves argv[0] unquoted too, and msdeploy parses its whole command line: a path with
              // spaces would split into `Files\IIS\...` arguments (windows-facts \u00a74.5). Quote it, as @actions/exec does.
              ...options.verbatimArguments && process.platform === "win32" ? { argv0: (0, command_line.D)(tool) } : {},
              // POSIX: a process group of its own, so a timeout can end the whole tree (Windows: taskkill /T).
              detached: process.platform !== "win32",
              // Standard input only when there is something to send (a secret travels there, never in argv).
              stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
            });
            if (options.input !== void 0 && child.stdin) {
              child.stdin.on("error", () => {
              });
              child.stdin.end(options.input, "utf8");
            }
            const group = process.platform !== "win32" ? child.pid : void 0;
            if (group !== void 0) {
              runningGroups.add(group);
              process_runner_installExitHook();
            }
            const stdout = [];
            const stderr = [];
            let settled = false;
            let timedOut = false;
            let cancelled = false;
            const finish = (fn) => {
              if (settled)
                return;
              settled = true;
              if (timer)
                clearTimeout(timer);
              if (group !== void 0)
                runningGroups.delete(group);
              options.signal?.removeEventListener("abort", onAbort);
              fn();
            };
            const onAbort = () => {
              cancelled = true;
              killTree(child, "SIGTERM");
            };
            options.signal?.addEventListener("abort", onAbort, { once: true });
            const timer = options.timeoutMs ? setTimeout(() => {
              timedOut = true;
              killTree(child, "SIGKILL");
            }, options.timeoutMs) : void 0;
            child.stdout?.on("data", (chunk) => stdout.push(chunk));
            child.stderr?.on("data", (chunk) => stderr.push(chunk));
            child.on("error", (error) => {
              finish(() => reject(error.code === "ENOENT" ? new core_errors.Mm(tool, `Could not start '${tool}': the file was not found.`) : error));
            });
            child.on("close", (code, signal) => {
              finish(() => {
                const result = {
                  exitCode: code ?? (signal ? 128 : 1),
                  stdout: Buffer.concat(stdout),
                  stderr: Buffer.concat(stderr)
                };
                if (cancelled)
                  reject(new core_errors.cc(`'${tool}' was cancelled.`));
                else if (timedOut)
                  reject(new core_errors.MU(`'${tool}' did not finish within ${options.timeoutMs} ms and was killed.`));
                else
                  resolve(result);
              });
            });
          });
        }
      }
      ;
      function createNodePorts(options) {
        return {
          runner: new ProcessRunner({ reporter: options.reporter }),
          reporter: options.reporter,
          http: new NodeHttpClient(),
          toolCache: options.toolCache,
          clock: systemClock,
          env: options.env,
          platform: process.platform,
          launcher: new process_launcher.s(),
          ...options.overrides,
          signal: options.signal
        };
      }
      ;
      const VERSION = "0.1.0";
      ;
      function runTempDirectory(env) {
        return env["RUNNER_TEMP"] || env["AGENT_TEMPDIRECTORY"] || external_node_path_default().join(external_node_os_default().tmpdir(), "iis-deploy");
      }
      function withRunTempDirectory(env) {
        return { ...env, RUNNER_TEMP: runTempDirectory(env) };
      }
      ;
      function summaryTitle(options) {
        if (options.target === "iis-express")
          return "IIS Express";
        const where = options.site ?? options.physicalPath ?? "";
        return options.application === "/" ? where : `${where}${options.application}`;
      }
      ;
      function defaultCacheDirectory(env) {
        if (process.platform === "win32") {
          return external_node_path_default().join(env["LOCALAPPDATA"] || external_node_path_default().join(external_node_os_default().homedir(), "AppData", "Local"), "iis-deploy", "tool-cache");
        }
        return external_node_path_default().join(env["XDG_CACHE_HOME"] || external_node_path_default().join(external_node_os_default().homedir(), ".cache"), "iis-deploy", "tool-cache");
      }
      function ensureToolCacheEnvironment(env = process.env) {
        env["RUNNER_TEMP"] = runTempDirectory(env);
        env["RUNNER_TOOL_CACHE"] ||= env["AGENT_TOOLSDIRECTORY"] || defaultCacheDirectory(env);
        return { tempDirectory: env["RUNNER_TEMP"], cacheDirectory: env["RUNNER_TOOL_CACHE"] };
      }
      async function withRedactedUrlsOnStdout(fn) {
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = ((chunk, ...rest) => {
          const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
          return write((0, secrets.sK)(text), ...rest);
        });
        try {
          return await fn();
        } finally {
          process.stdout.write = write;
        }
      }
      let loaded;
      function toolCacheModule() {
        loaded ??= __nccwpck_require__2.e(
          /* import() */
          991
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 5991));
        return loaded;
      }
      class ActionsToolCache {
        constructor() {
          ensureToolCacheEnvironment(process.env);
        }
        async find(tool, version) {
          const tc = await toolCacheModule();
          return tc.find(tool, version) || void 0;
        }
        async download(url, fileName) {
          const { tempDirectory } = ensureToolCacheEnvironment(process.env);
          const dest = external_node_path_default().join(tempDirectory, `${(0, external_node_crypto_.randomUUID)()}-${fileName}`);
          const tc = await toolCacheModule();
          try {
            return await withRedactedUrlsOnStdout(() => tc.downloadTool(url, dest));
          } catch (error) {
            if (error instanceof tc.HTTPError) {
              throw new Error(`GET ${url} answered HTTP ${error.httpStatusCode ?? "error"}.`, { cause: error });
            }
            throw error;
          }
        }
        async cacheFile(sourceFile, fileName, tool, version) {
          ensureToolCacheEnvironment(process.env);
          const tc = await toolCacheModule();
          return tc.cacheFile(sourceFile, fileName, tool, version);
        }
      }
      function createToolCache() {
        return new ActionsToolCache();
      }
      ;
      function escapeData(value) {
        return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      function escapeProperty(value) {
        return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
      }
      function formatCommand(name, properties, message) {
        const props = Object.entries(properties).filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
        return `::${name}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
      }
      function issue(name, message, properties = {}) {
        process.stdout.write(formatCommand(name, properties, message) + external_node_os_default().EOL);
      }
      function annotation(properties) {
        if (!properties)
          return {};
        return {
          title: properties.title,
          file: properties.file,
          line: properties.startLine,
          endLine: properties.endLine,
          col: properties.startColumn,
          endColumn: properties.endColumn
        };
      }
      function getInput(name, env = process.env) {
        return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
      }
      function debug(message) {
        issue("debug", message);
      }
      function info(message) {
        process.stdout.write(message + external_node_os_default().EOL);
      }
      function notice(message, properties) {
        issue("notice", message, annotation(properties));
      }
      function warning(message, properties) {
        issue("warning", message, annotation(properties));
      }
      function workflow_commands_error(message, properties) {
        issue("error", message, annotation(properties));
      }
      function startGroup(name) {
        issue("group", name);
      }
      function endGroup() {
        issue("endgroup", "");
      }
      function setSecret(secret) {
        issue("add-mask", secret);
      }
      function setFailed(message) {
        process.exitCode = 1;
        workflow_commands_error(message);
      }
      function setOutput(name, output, env = process.env) {
        const value = output ?? "";
        const file = env.GITHUB_OUTPUT;
        if (!file) {
          process.stdout.write(external_node_os_default().EOL);
          issue("set-output", value, { name });
          return;
        }
        const delimiter = `ghadelimiter_${(0, external_node_crypto_.randomUUID)()}`;
        if (name.includes(delimiter) || value.includes(delimiter))
          throw new Error(`The output '${name}' contains its own delimiter ${delimiter}: not written.`);
        external_node_fs_default().appendFileSync(file, `${name}<<${delimiter}${external_node_os_default().EOL}${value}${external_node_os_default().EOL}${delimiter}${external_node_os_default().EOL}`, "utf8");
      }
      function appendSummary(markdown, env = process.env) {
        const file = env.GITHUB_STEP_SUMMARY;
        if (!file)
          throw new Error("GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.");
        external_node_fs_default().appendFileSync(file, markdown, "utf8");
      }
      ;
      function annotationProperties(location, workspace) {
        if (!location)
          return void 0;
        let file = location.file;
        if (external_node_path_default().isAbsolute(file)) {
          const relative = external_node_path_default().relative(workspace, file);
          if (!relative.startsWith("..") && !external_node_path_default().isAbsolute(relative))
            file = relative;
        }
        return {
          file: file.replace(/\\/g, "/"),
          startLine: location.line,
          startColumn: location.line !== void 0 ? location.column : void 0,
          title: location.title
        };
      }
      class GitHubReporter {
        workspace;
        api;
        masker = new secrets.M2();
        depth = 0;
        constructor(workspace, api = workflow_commands_namespaceObject) {
          this.workspace = workspace;
          this.api = api;
          this.masker.onRegister((value) => {
            for (const form of (0, secrets.rd)(value))
              this.api.setSecret(form);
          });
        }
        debug(message) {
          this.api.debug(this.mask(message));
        }
        info(message) {
          this.api.info(this.mask(message));
        }
        notice(message, location) {
          this.api.notice(this.mask(message), this.properties(location));
        }
        warning(message, location) {
          this.api.warning(this.mask(message), this.properties(location));
        }
        error(message, location) {
          this.api.error(this.mask(message), this.properties(location));
        }
        async group(name, fn) {
          if (this.depth > 0) {
            this.api.info(this.mask(`\u25B6 ${name}`));
            return fn();
          }
          this.api.startGroup(this.mask(name));
          this.depth++;
          try {
            return await fn();
          } finally {
            this.depth--;
            this.api.endGroup();
          }
        }
        registerSecret(value) {
          this.masker.register(value);
        }
        mask(text) {
          return this.masker.mask(text);
        }
        properties(location) {
          const properties = annotationProperties(location, this.workspace);
          if (properties?.title)
            properties.title = this.mask(properties.title);
          if (properties?.file)
            properties.file = this.mask(properties.file);
          return properties;
        }
      }
      ;
      function abortOnSignals() {
        const controller = new AbortController();
        const handlers = ["SIGINT", "SIGTERM"].map((name) => {
          const handler = () => {
            if (!controller.signal.aborted)
              warning(`${name} received: stopping the deploy and cleaning up.`);
            controller.abort();
          };
          process.on(name, handler);
          return [name, handler];
        });
        return {
          signal: controller.signal,
          dispose: () => {
            for (const [name, handler] of handlers)
              process.off(name, handler);
          }
        };
      }
      function writeSummary(result, reporter, title, env) {
        if (!env.GITHUB_STEP_SUMMARY)
          return;
        try {
          appendSummary(renderSummary(result, { title, version: VERSION, mask: (t) => reporter.mask(t) }));
        } catch (error) {
          warning(reporter.mask(`Could not write the job summary: ${(0, core_errors.gJ)(error)}`));
        }
      }
      async function run(dependencies = {}) {
        const env = dependencies.env ?? process.env;
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const reporter = new GitHubReporter(workspace);
        const signals = dependencies.signal ? void 0 : abortOnSignals();
        try {
          const options = await readDeployOptions((name) => getInput(name), {
            workspace,
            runNumber: env.GITHUB_RUN_NUMBER,
            runAttempt: env.GITHUB_RUN_ATTEMPT,
            env: withRunTempDirectory(env),
            platform: process.platform,
            reporter
          });
          const ports = createNodePorts({
            reporter,
            toolCache: createToolCache(),
            env,
            signal: dependencies.signal ?? signals?.signal,
            overrides: dependencies.ports
          });
          const result = await deploy(options, ports, { steps: createDefaultSteps(), ...dependencies.run });
          for (const name of OUTPUT_NAMES)
            setOutput(name, result.outputs[name]);
          writeSummary(result, reporter, summaryTitle(options), env);
          if (result.error)
            throw result.error;
          reporter.info(result.serverState);
        } catch (error) {
          if (error instanceof core_errors.G) {
            for (const problem of error.errors)
              workflow_commands_error(reporter.mask(problem.message), { title: `Input '${problem.input}'` });
            setFailed(reporter.mask(`${error.errors.length} input problem(s); nothing was changed.`));
          } else {
            setFailed(reporter.mask((0, core_errors.gJ)(error)));
          }
        } finally {
          signals?.dispose();
        }
      }
    })
  ),
  /***/
  627: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
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
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
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
  4925: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        D: () => (
          /* binding */
          quoteWindowsArgument
        ),
        /* harmony export */
        z: () => (
          /* binding */
          formatCommandLine
        )
        /* harmony export */
      });
      function quoteWindowsArgument(arg) {
        if (arg !== "" && !/[\s"]/.test(arg))
          return arg;
        const escaped = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, "$1$1");
        return `"${escaped}"`;
      }
      function formatCommandLine(tool, args, verbatim = false) {
        const shown = verbatim ? args : args.map(quoteWindowsArgument);
        return [quoteWindowsArgument(tool), ...shown].join(" ");
      }
    })
  ),
  /***/
  4296: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        G: () => (
          /* binding */
          InputErrors
        ),
        /* harmony export */
        MU: () => (
          /* binding */
          TimeoutError
        ),
        /* harmony export */
        Mm: () => (
          /* binding */
          ToolNotFoundError
        ),
        /* harmony export */
        cc: () => (
          /* binding */
          CancelledError
        ),
        /* harmony export */
        dz: () => (
          /* binding */
          InputError
        ),
        /* harmony export */
        gJ: () => (
          /* binding */
          errorMessage2
        ),
        /* harmony export */
        v4: () => (
          /* binding */
          ToolError
        )
        /* harmony export */
      });
      class InputError extends Error {
        input;
        name = "InputError";
        constructor(input, message) {
          super(message);
          this.input = input;
        }
      }
      class InputErrors extends Error {
        errors;
        name = "InputErrors";
        constructor(errors) {
          super(errors.map((e) => e.message).join("\n"));
          this.errors = errors;
        }
      }
      class ToolError extends Error {
        tool;
        exitCode;
        fix;
        name = "ToolError";
        constructor(tool, exitCode, message, fix) {
          super(fix ? `${message}
Fix: ${fix}` : message);
          this.tool = tool;
          this.exitCode = exitCode;
          this.fix = fix;
        }
      }
      class ToolNotFoundError extends Error {
        tool;
        name = "ToolNotFoundError";
        constructor(tool, message) {
          super(message);
          this.tool = tool;
        }
      }
      class CancelledError extends Error {
        name = "CancelledError";
        constructor(message = "The operation was cancelled.") {
          super(message);
        }
      }
      class TimeoutError extends Error {
        name = "TimeoutError";
      }
      function errorMessage2(error) {
        return error instanceof Error ? error.message : String(error);
      }
    })
  ),
  /***/
  7958: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        A9: () => (
          /* binding */
          loadDecoders
        ),
        /* harmony export */
        BG: () => (
          /* binding */
          parseFixedCodePages
        ),
        /* harmony export */
        CS: () => (
          /* binding */
          CODE_PAGES_VARIABLE
        ),
        /* harmony export */
        HI: () => (
          /* binding */
          mayNeedDecoders
        ),
        /* harmony export */
        Ih: () => (
          /* binding */
          TOOL_OUTPUT_ENCODINGS
        ),
        /* harmony export */
        LI: () => (
          /* binding */
          TOOL_ENCODINGS_VARIABLE
        ),
        /* harmony export */
        Su: () => (
          /* binding */
          parseToolEncodings
        ),
        /* harmony export */
        _H: () => (
          /* binding */
          toolKey
        ),
        /* harmony export */
        aX: () => (
          /* binding */
          decodeOutput
        ),
        /* harmony export */
        sz: () => (
          /* binding */
          parseRegCodePage
        )
        /* harmony export */
      });
      let loadedIconv;
      async function loadDecoders() {
        if (loadedIconv)
          return;
        const module = await __nccwpck_require__2.e(
          /* import() */
          748
        ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 1748, 23));
        loadedIconv = module.default ?? module;
      }
      function iconv() {
        if (!loadedIconv) {
          throw new Error("output-encoding: a code page decoder was used before loadDecoders() resolved (a bug in iis-deploy).");
        }
        return loadedIconv;
      }
      function mayNeedDecoders(encoding, codePages) {
        if (encoding === "xml")
          return true;
        if (encoding !== "oem" && encoding !== "ansi")
          return false;
        const codePage = codePages?.[encoding];
        return codePage !== void 0 && codePage !== 65001 && codePage !== 1200;
      }
      const TOOL_OUTPUT_ENCODINGS = {
        appcmd: "ansi",
        robocopy: "ansi",
        icacls: "oem",
        netsh: "oem",
        taskkill: "oem",
        reg: "oem",
        net: "oem",
        dism: "oem"
      };
      const TOOL_ENCODINGS_VARIABLE = "IIS_DEPLOY_TOOL_ENCODINGS";
      const CODE_PAGES_VARIABLE = "IIS_DEPLOY_CODE_PAGES";
      const ENCODINGS = ["oem", "ansi", "xml", "utf8", "utf16le"];
      function toolKey(tool) {
        const base = tool.split(/[\\/]/).pop() ?? tool;
        return base.replace(/\.(exe|com)$/i, "").toLowerCase();
      }
      function parseToolEncodings(value) {
        const out = {};
        for (const part of (value ?? "").split(/[,;]/)) {
          if (part.trim() === "")
            continue;
          const [tool = "", encoding = ""] = part.split("=").map((s) => s.trim().toLowerCase());
          if (!tool || !ENCODINGS.includes(encoding))
            throw new Error(`${TOOL_ENCODINGS_VARIABLE}: '${part.trim()}' is not tool=encoding with encoding one of ${ENCODINGS.join(", ")} (e.g. robocopy=oem).`);
          out[tool] = encoding;
        }
        return out;
      }
      function parseFixedCodePages(value) {
        const oem = /\boem\s*=\s*(\d+)/i.exec(value ?? "")?.[1];
        const ansi = /\bansi\s*=\s*(\d+)/i.exec(value ?? "")?.[1];
        return oem && ansi ? { oem: Number(oem), ansi: Number(ansi) } : void 0;
      }
      function parseRegCodePage(stdout, valueName) {
        for (const line of stdout.split(/\r?\n/)) {
          const match = /^\s+(\S+)\s+REG_SZ\s+(\d+)\s*$/.exec(line);
          if (match && match[1]?.toLowerCase() === valueName.toLowerCase())
            return Number(match[2]);
        }
        return void 0;
      }
      function iconvName(codePage) {
        if (codePage === 65001)
          return "utf8";
        if (codePage === 1200)
          return "utf16le";
        for (const name of [`cp${codePage}`, `windows-${codePage}`])
          if (iconv().encodingExists(name))
            return name;
        return void 0;
      }
      function isValidUtf8(bytes) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          return true;
        } catch {
          return false;
        }
      }
      function decodeCodePage(bytes, codePage) {
        const name = codePage === void 0 ? void 0 : iconvName(codePage);
        return name ? iconv().decode(bytes, name) : bytes.toString("utf8");
      }
      function decodeOutput(bytes, encoding, codePages) {
        if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254)
          return bytes.subarray(2).toString("utf16le");
        switch (encoding) {
          case "utf8":
            return bytes.toString("utf8");
          case "utf16le":
            return bytes.toString("utf16le");
          case "oem":
            return decodeCodePage(bytes, codePages?.oem);
          case "ansi":
            return decodeCodePage(bytes, codePages?.ansi);
          case "xml": {
            const head = bytes.subarray(0, 200).toString("latin1");
            const declared = /<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
            if (declared && declared !== "utf-8" && declared !== "utf8" && iconv().encodingExists(declared))
              return iconv().decode(bytes, declared);
            if (isValidUtf8(bytes))
              return bytes.toString("utf8").replace(/^\ufeff/, "");
            return decodeCodePage(bytes, codePages?.ansi);
          }
        }
      }
    })
  ),
  /***/
  8198: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Fn: () => (
          /* binding */
          urlSecrets
        ),
        /* harmony export */
        M2: () => (
          /* binding */
          SecretMasker
        ),
        /* harmony export */
        X1: () => (
          /* binding */
          maskStrings
        ),
        /* harmony export */
        rd: () => (
          /* binding */
          derivedSecretForms
        ),
        /* harmony export */
        sK: () => (
          /* binding */
          redactUrls
        )
        /* harmony export */
      });
      const MASK = "***";
      function xmlEscape(value) {
        return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
      }
      function derivedSecretForms(value) {
        const forms = /* @__PURE__ */ new Set([
          value,
          value.replace(/"/g, '""'),
          // msdeploy / Windows command line: quotes doubled
          value.replace(/'/g, "''"),
          // appcmd indexer values: single quotes doubled
          value.replace(/(\\*)"/g, '$1$1\\"'),
          // CommandLineToArgvW escaping
          JSON.stringify(value).slice(1, -1),
          xmlEscape(value),
          encodeURIComponent(value),
          encodeURI(value),
          Buffer.from(value, "utf8").toString("base64")
        ]);
        return [...forms].filter((form) => form.length > 0);
      }
      const SENSITIVE_QUERY_NAMES = [
        "sig",
        "signature",
        "token",
        "access_token",
        "id_token",
        "refresh_token",
        "code",
        "key",
        "apikey",
        "api_key",
        "password",
        "pwd",
        "pass",
        "secret",
        "client_secret",
        "auth",
        "X-Amz-Signature",
        "X-Amz-Credential",
        "X-Amz-Security-Token",
        "X-Goog-Signature",
        "X-Goog-Credential"
      ];
      const SENSITIVE_NAME_PART = /token|secret|passw|signature|credential|api[-_]?key/i;
      function isSensitiveQueryName(name) {
        const lower = name.toLowerCase();
        return SENSITIVE_QUERY_NAMES.some((n) => n.toLowerCase() === lower) || SENSITIVE_NAME_PART.test(name);
      }
      const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"<>]*@/gi;
      const QUERY_PARAMETER = /([?&;])([^=&#?;\s'"<>]+)=([^&#;\s'"<>]*)/g;
      function redactUrls(text) {
        if (!text || !text.includes("://"))
          return text;
        const withoutUserinfo = text.replace(USERINFO, (_all, scheme) => `${scheme}${MASK}@`);
        return withoutUserinfo.replace(QUERY_PARAMETER, (all, separator, name, value) => value !== "" && value !== MASK && isSensitiveQueryName(safeDecode(name)) ? `${separator}${name}=${MASK}` : all);
      }
      function safeDecode(text) {
        try {
          return decodeURIComponent(text.replace(/\+/g, " "));
        } catch {
          return text;
        }
      }
      function urlSecrets(value) {
        if (!value)
          return [];
        const found = /* @__PURE__ */ new Set();
        const add = (part) => {
          if (!part)
            return;
          found.add(part);
          found.add(safeDecode(part));
        };
        const userinfo = /^\s*[a-z][a-z0-9+.-]*:\/\/([^\s/?#]*)@/i.exec(value)?.[1];
        if (userinfo) {
          const colon = userinfo.indexOf(":");
          add(colon < 0 ? userinfo : userinfo.slice(colon + 1));
        }
        for (const match of value.matchAll(QUERY_PARAMETER)) {
          const [, , name = "", part = ""] = match;
          if (isSensitiveQueryName(safeDecode(name)))
            add(part);
        }
        return [...found].filter((part) => part !== "");
      }
      function maskStrings(value, mask) {
        if (typeof value === "string")
          return mask(value);
        if (Array.isArray(value))
          return value.map((item) => maskStrings(item, mask));
        if (value !== null && typeof value === "object") {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)]));
        }
        return value;
      }
      class SecretMasker {
        forms = [];
        listeners = [];
        /** Called with each new raw secret (the GitHub adapter forwards them to core.setSecret). */
        onRegister(listener) {
          this.listeners.push(listener);
        }
        register(value) {
          if (!value)
            return;
          const added = derivedSecretForms(value).filter((form) => !this.forms.includes(form));
          if (added.length === 0)
            return;
          this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length);
          for (const listener of this.listeners)
            listener(value);
        }
        /** Registers the credentials inside a URL (userinfo, sensitive query values): see urlSecrets. */
        registerUrl(value) {
          for (const part of urlSecrets(value))
            this.register(part);
        }
        get count() {
          return this.forms.length;
        }
        /** Free text with every registered form masked and URL credentials redacted. */
        mask(text) {
          if (!text)
            return text;
          let out = redactUrls(text);
          for (const form of this.forms) {
            if (out.includes(form))
              out = out.split(form).join(MASK);
          }
          return out;
        }
      }
    })
  ),
  /***/
  3672: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        HV: () => (
          /* binding */
          ToolResolver
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(4296);
      const INSTALL_HINTS = {
        appcmd: "Install IIS (the Web Server role, e.g. `Install-WindowsFeature Web-Server` or `iis-features`), or set `appcmd-path`.",
        msdeploy: "Install Web Deploy 3.6 or later (https://www.iis.net/downloads/microsoft/web-deploy, or `choco install webdeploy`), or set `msdeploy-path`.",
        robocopy: "robocopy ships with Windows (%windir%\\System32\\robocopy.exe): check PATH, or use `method: msdeploy`.",
        reg: "reg.exe ships with Windows (%windir%\\System32\\reg.exe): check PATH.",
        net: "net.exe ships with Windows (%windir%\\System32\\net.exe): check PATH.",
        icacls: "icacls ships with Windows (%windir%\\System32\\icacls.exe): check PATH, or set `grant-access: false`.",
        iisexpress: "Install IIS Express 10 (it ships with Visual Studio, or standalone), or set `iisexpress-path`.",
        dotnet: "Install the .NET SDK or runtime, or put dotnet on PATH.",
        dism: "dism.exe ships with Windows (%windir%\\System32\\dism.exe): check PATH.",
        netsh: "netsh.exe ships with Windows (%windir%\\System32\\netsh.exe): check PATH.",
        taskkill: "taskkill.exe ships with Windows (%windir%\\System32\\taskkill.exe): check PATH.",
        whoami: "whoami.exe ships with Windows (%windir%\\System32\\whoami.exe): check PATH.",
        powershell: "Windows PowerShell ships with Windows (%windir%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe): check PATH. It is needed only for `pool-identity: SpecificUser`.",
        wevtutil: "wevtutil.exe ships with Windows (%windir%\\System32\\wevtutil.exe): check PATH, or set `diagnose: false`."
      };
      function defaultIsFile(candidate) {
        try {
          return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(candidate).isFile();
        } catch {
          return false;
        }
      }
      function envValue(env, name) {
        const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
        return key === void 0 ? void 0 : env[key];
      }
      function findOnPath(name, context) {
        const isFile = context.isFile ?? defaultIsFile;
        const windows = context.platform === "win32";
        const p = windows ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32 : node_path__WEBPACK_IMPORTED_MODULE_1___default().posix;
        const dirs = (envValue(context.env, "PATH") ?? "").split(windows ? ";" : ":").filter(Boolean);
        const extensions = windows ? (envValue(context.env, "PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean) : [""];
        const hasExtension = windows && p.extname(name) !== "";
        for (const dir of dirs) {
          const base = p.join(dir.replace(/^"(.*)"$/, "$1"), name);
          if (hasExtension && isFile(base))
            return base;
          for (const ext of extensions) {
            if (windows && /^\.(bat|cmd)$/i.test(ext))
              continue;
            const candidate = base + ext.toLowerCase();
            if (isFile(candidate))
              return candidate;
          }
        }
        return void 0;
      }
      const MSDEPLOY_REGISTRY_KEY = "HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy";
      function parseMsDeployInstallPaths(regOutput) {
        const found = [];
        let currentVersion = -1;
        for (const rawLine of regOutput.split(/\r?\n/)) {
          const line = rawLine.trimEnd();
          const key = /\\MSDeploy\\(\d+)\s*$/i.exec(line);
          if (key) {
            currentVersion = Number(key[1]);
            continue;
          }
          const value = /^\s+InstallPath\s+REG_(?:EXPAND_)?SZ\s+(.+)$/i.exec(line);
          if (value?.[1] && currentVersion >= 0)
            found.push({ version: currentVersion, path: value[1].trim() });
        }
        return found.sort((a, b) => b.version - a.version).map((f) => f.path);
      }
      async function windowsDefaultLocations(tool, context) {
        const w = node_path__WEBPACK_IMPORTED_MODULE_1___default().win32;
        const windir = envValue(context.env, "windir") ?? envValue(context.env, "SystemRoot") ?? "C:\\Windows";
        const programFiles = envValue(context.env, "ProgramFiles") ?? "C:\\Program Files";
        const programFilesX86 = envValue(context.env, "ProgramFiles(x86)") ?? "C:\\Program Files (x86)";
        switch (tool) {
          case "appcmd":
            return [w.join(windir, "system32", "inetsrv", "appcmd.exe")];
          case "msdeploy": {
            const fromRegistry = [];
            if (context.runner) {
              const reg = findOnPath("reg", context) ?? w.join(windir, "system32", "reg.exe");
              for (const view of ["/reg:64", "/reg:32"]) {
                try {
                  const result = await context.runner.run(reg, ["query", MSDEPLOY_REGISTRY_KEY, "/s", "/v", "InstallPath", view], { silent: true, outputEncoding: "oem" });
                  if (result.exitCode === 0) {
                    fromRegistry.push(...parseMsDeployInstallPaths(result.stdout).map((dir) => w.join(dir, "msdeploy.exe")));
                  }
                } catch {
                }
              }
            }
            return [
              .../* @__PURE__ */ new Set([
                ...fromRegistry,
                w.join(programFiles, "IIS", "Microsoft Web Deploy V3", "msdeploy.exe"),
                w.join(programFilesX86, "IIS", "Microsoft Web Deploy V3", "msdeploy.exe")
              ])
            ];
          }
          case "iisexpress":
            return [w.join(programFiles, "IIS Express", "iisexpress.exe")];
          case "robocopy":
          case "reg":
          case "net":
          case "icacls":
          case "dism":
          case "netsh":
          case "taskkill":
          case "whoami":
          case "wevtutil":
            return [w.join(windir, "system32", `${tool}.exe`)];
          case "dotnet":
            return [w.join(programFiles, "dotnet", "dotnet.exe")];
          case "powershell":
            return [w.join(windir, "system32", "WindowsPowerShell", "v1.0", "powershell.exe")];
        }
      }
      async function resolveTool(tool, context, override, overrideInput = `${tool}-path`) {
        const isFile = context.isFile ?? defaultIsFile;
        if (override) {
          if (/\.(bat|cmd)$/i.test(override.trim()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(overrideInput, `Input '${overrideInput}': '${override}' is a batch file (.bat/.cmd), which iis-deploy cannot run: Node starts batch files only through a shell (CVE-2024-27980), and iis-deploy never uses one. Point '${overrideInput}' at the .exe itself (e.g. the ${tool}.exe the script calls).`);
          if (isFile(override))
            return override;
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(overrideInput, `Input '${overrideInput}': '${override}' does not exist or is not a file.`);
        }
        const onPath = findOnPath(tool, context);
        if (onPath)
          return onPath;
        if (context.platform === "win32") {
          for (const candidate of await windowsDefaultLocations(tool, context)) {
            if (isFile(candidate))
              return candidate;
          }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.Mm(tool, `${tool} was not found on PATH or in its default location. ${INSTALL_HINTS[tool]}`);
      }
      class ToolResolver {
        context;
        overrides;
        cache = /* @__PURE__ */ new Map();
        constructor(context, overrides = {}) {
          this.context = context;
          this.overrides = overrides;
        }
        resolve(tool) {
          let found = this.cache.get(tool);
          if (!found) {
            found = resolveTool(tool, this.context, this.overrides[tool]);
            this.cache.set(tool, found);
            found.catch(() => this.cache.delete(tool));
          }
          return found;
        }
      }
    })
  ),
  /***/
  7680: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        mI: () => (
          /* binding */
          XmlReadError
        ),
        vK: () => (
          /* binding */
          decodeXmlBytes
        ),
        NO: () => (
          /* binding */
          parseXml
        ),
        gx: () => (
          /* binding */
          readXmlFile
        )
      });
      var external_node_fs_ = __nccwpck_require__2(3024);
      var external_node_fs_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_fs_);
      var validator = __nccwpck_require__2(1176);
      ;
      const XMLValidator = {
        validate: validator.t
      };
      var xml_document = __nccwpck_require__2(7864);
      ;
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
        const verdict = XMLValidator.validate(body, { allowBooleanAttributes: false });
        if (verdict !== true) {
          throw new XmlReadError(file, `Not well-formed XML: ${verdict.err.msg}`, verdict.err.line, verdict.err.col);
        }
        try {
          return (0, xml_document.qU)(text);
        } catch (error) {
          if (error instanceof xml_document.R_)
            throw new XmlReadError(file, error.message, error.line, error.column);
          throw error;
        }
      }
      function readXmlFile(file) {
        let stat;
        try {
          stat = external_node_fs_default().statSync(file);
        } catch {
          throw new XmlReadError(file, "The file does not exist.");
        }
        if (stat.isDirectory())
          throw new XmlReadError(file, "This is a directory, not an XML file.");
        return parseXml(decodeXmlBytes(external_node_fs_default().readFileSync(file), file), file);
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
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
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
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
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
      var _xml_document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(7864);
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
  ),
  /***/
  9407: (
    /***/
    (function(module, __unused_webpack___webpack_exports__, __nccwpck_require__2) {
      __nccwpck_require__2.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
        try {
          var _adapters_github_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(6773);
          await (0, _adapters_github_main_js__WEBPACK_IMPORTED_MODULE_0__.e)();
          __webpack_async_result__();
        } catch (e) {
          __webpack_async_result__(e);
        }
      }, 1);
    })
  ),
  /***/
  3933: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Fv: () => (
          /* binding */
          defaultPoolName
        ),
        /* harmony export */
        RL: () => (
          /* binding */
          appcmdFor
        ),
        /* harmony export */
        WQ: () => (
          /* binding */
          uncancellable
        ),
        /* harmony export */
        aZ: () => (
          /* binding */
          resolveAppcmd
        ),
        /* harmony export */
        fX: () => (
          /* binding */
          WebConfigRejected
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      var _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(8862);
      class WebConfigRejected extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz {
        diagnostics;
        name = "WebConfigRejected";
        constructor(message, diagnostics) {
          super("web-config", message);
          this.diagnostics = diagnostics;
        }
      }
      function appcmdFor(ctx, appcmdPath) {
        return new _steps_iis_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.KG({
          runner: ctx.ports.runner,
          path: appcmdPath,
          reporter: ctx.reporter,
          clock: ctx.ports.clock,
          signal: ctx.signal
        });
      }
      async function resolveAppcmd(ctx) {
        return appcmdFor(ctx, await ctx.tool("appcmd"));
      }
      function uncancellable(ctx) {
        return { ...ctx, signal: new AbortController().signal };
      }
      function defaultPoolName(site, application) {
        return application === "/" ? site : `${site}${application.replace(/\//g, "_")}`;
      }
    })
  ),
  /***/
  450: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        s: () => (
          /* binding */
          NodeProcessLauncher
        )
        /* harmony export */
      });
      var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1421);
      var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      const MAX_OUTPUT = 256 * 1024;
      const running = /* @__PURE__ */ new Set();
      let exitHookInstalled = false;
      function taskkillPath() {
        const windir = process.env["SystemRoot"] ?? process.env["windir"] ?? "C:\\Windows";
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().win32.join(windir, "System32", "taskkill.exe");
      }
      function killTreeNow(child) {
        if (child.pid === void 0 || child.exitCode !== null || child.signalCode !== null)
          return;
        try {
          if (process.platform === "win32")
            (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(taskkillPath(), ["/PID", String(child.pid), "/T", "/F"], {
              windowsHide: true,
              stdio: "ignore"
            });
          else
            process.kill(-child.pid, "SIGKILL");
        } catch {
        }
      }
      function installExitHook() {
        if (exitHookInstalled)
          return;
        exitHookInstalled = true;
        process.once("exit", () => {
          for (const child of running)
            killTreeNow(child);
        });
      }
      class NodeProcessLauncher {
        options;
        constructor(options = {}) {
          this.options = options;
        }
        launch(tool, args, options = {}) {
          const windows = process.platform === "win32";
          const keepAlive = options.keepAlive;
          let logFd;
          if (keepAlive) {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(keepAlive.logFile), { recursive: true });
            logFd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(keepAlive.logFile, "a");
          }
          const child = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool, [...args], {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : process.env,
            shell: false,
            windowsHide: true,
            // POSIX: its own process group, so the whole tree can be signalled. Windows: taskkill /T walks the tree.
            detached: !windows || keepAlive !== void 0,
            // keepAlive: no pipe may tie it to us (a pipe also keeps our event loop alive); it is then ended by tree kill.
            stdio: [keepAlive ? "ignore" : "pipe", logFd ?? "pipe", logFd ?? "pipe"]
          });
          if (logFd !== void 0)
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(logFd);
          let output = "";
          let spawnError;
          const append = (chunk) => {
            output += chunk.toString("utf8");
            if (output.length > MAX_OUTPUT)
              output = output.slice(-MAX_OUTPUT);
          };
          child.stdout?.on("data", append);
          child.stderr?.on("data", append);
          child.stdin?.on("error", () => void 0);
          const exited = new Promise((resolve) => {
            child.once("error", (error) => {
              spawnError = error;
              running.delete(child);
              resolve(null);
            });
            child.once("exit", (code) => {
              running.delete(child);
              resolve(code);
            });
          });
          if (keepAlive) {
            child.unref();
          } else {
            running.add(child);
            installExitHook();
          }
          const graceMs = this.options.killGraceMs ?? 3e3;
          const isDone = () => child.exitCode !== null || child.signalCode !== null || spawnError !== void 0;
          return {
            get pid() {
              return child.pid;
            },
            output: () => keepAlive && node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(keepAlive.logFile) ? node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(keepAlive.logFile, "utf8") : output,
            exited,
            spawnError: () => spawnError,
            write: (text) => {
              if (!isDone() && child.stdin?.writable)
                child.stdin.write(text);
            },
            killTree: async () => {
              if (isDone() || child.pid === void 0) {
                await exited;
                return;
              }
              if (windows) {
                await new Promise((resolve) => {
                  const killer = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(taskkillPath(), ["/PID", String(child.pid), "/T", "/F"], {
                    windowsHide: true,
                    stdio: "ignore"
                  });
                  killer.once("error", () => resolve());
                  killer.once("exit", () => resolve());
                });
              } else {
                try {
                  process.kill(-child.pid, "SIGTERM");
                } catch {
                }
                const timer = setTimeout(() => {
                  try {
                    if (child.pid !== void 0)
                      process.kill(-child.pid, "SIGKILL");
                  } catch {
                  }
                }, graceMs);
                await exited;
                clearTimeout(timer);
                try {
                  process.kill(-child.pid, "SIGKILL");
                } catch {
                }
              }
              await exited;
            }
          };
        }
      }
    })
  ),
  /***/
  6145: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Q: () => (
          /* binding */
          responderName
        ),
        /* harmony export */
        s: () => (
          /* binding */
          renderDiagnosis
        )
        /* harmony export */
      });
      function responderName(responder) {
        switch (responder) {
          case "ancm":
            return "the ASP.NET Core Module";
          case "iis":
            return "IIS";
          case "http.sys":
            return "HTTP.sys";
          case "app":
            return "the app";
          case "none":
            return "nothing";
        }
      }
      function renderDiagnosis(d, style) {
        const md = style === "markdown";
        const safe = (text) => md ? text.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|") : text;
        const lines = md ? ["### Why it failed", ""] : ["Why it failed:"];
        const end = () => {
          if (md)
            lines.push("");
        };
        lines.push(md ? `**Cause:** ${safe(d.cause)}` : `  Cause: ${d.cause}`);
        end();
        lines.push(md ? `**Fix:** ${safe(d.fix)}` : `  Fix: ${d.fix}`);
        end();
        const list = (title, items) => {
          if (items.length === 0)
            return;
          lines.push(md ? `${title}:` : `  ${title}:`);
          end();
          for (const item of items)
            lines.push(md ? `- ${safe(item)}` : `    - ${item}`);
          end();
        };
        list("Evidence", d.evidence);
        list("Checks that found a problem", d.checks);
        list("Could not read", d.unreadable);
        list("Asked", d.probes);
        return lines;
      }
    })
  ),
  /***/
  3008: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ns: () => (
          /* binding */
          checkHealth
        ),
        /* harmony export */
        b1: () => (
          /* binding */
          HealthCheckError
        ),
        /* harmony export */
        yb: () => (
          /* binding */
          startAvailabilityProbe
        ),
        /* harmony export */
        zU: () => (
          /* binding */
          excerptOf
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      class HealthCheckError extends Error {
        result;
        name = "HealthCheckError";
        constructor(result) {
          super(describeHealthFailure(result));
          this.result = result;
        }
      }
      const EXCERPT_LENGTH = 300;
      function excerptOf(body, length = EXCERPT_LENGTH) {
        const text = body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
        return text.length > length ? `${text.slice(0, length)}\u2026` : text;
      }
      const HINTS = [
        [
          /500\.30|failed to start/i,
          "the app failed to start: check the ANCM stdout log and the Application event log."
        ],
        [
          /500\.31|framework.*not found|Failed to locate ASP\.NET Core framework/i,
          "the ASP.NET Core runtime the app needs is missing: install it (hosting-bundle: auto)."
        ],
        [/500\.19/, "IIS cannot read web.config: is the ASP.NET Core Module installed (hosting-bundle)?"],
        [
          /502\.5|500\.37/,
          "the app process did not start or start in time: check processPath/arguments and the stdout log."
        ],
        [/app_offline|offline for maintenance/i, "app_offline.htm is still in the app folder."]
      ];
      function healthHint(status, body) {
        for (const [pattern, hint] of HINTS)
          if (pattern.test(body) || pattern.test(String(status ?? "")))
            return hint;
        if (status === 503)
          return "the app pool is stopped, or the app is offline (app_offline.htm) or still starting.";
        if (status === void 0)
          return "nothing answered: is the site started and bound to this address and port?";
        return void 0;
      }
      function describeHealthFailure(result) {
        const last = result.status === void 0 ? `the last attempt failed: ${result.reason}` : `the last answer was HTTP ${result.status} (${result.reason})${result.bodyExcerpt ? `: "${result.bodyExcerpt}"` : ""}`;
        const hint = healthHint(result.status, result.bodyExcerpt);
        return `Health check of ${result.url} did not pass within ${Math.round(result.elapsedMs / 1e3)} s (${result.attempts} attempts); ${last}.${hint ? ` Likely cause: ${hint}` : ""}`;
      }
      function judgeResponse(response, expectedStatus, contains) {
        if (!expectedStatus.includes(response.status))
          return `expected ${expectedStatus.join(" or ")}`;
        if (contains !== void 0 && !response.body.includes(contains))
          return `the body does not contain "${contains}"`;
        return void 0;
      }
      function requestHeaders(host) {
        return host ? { host, "cache-control": "no-cache" } : { "cache-control": "no-cache" };
      }
      async function checkHealth(ports, options) {
        const { http, clock, reporter } = ports;
        const expected = options.expectedStatus ?? [200];
        const started = clock.now();
        const deadline = started + options.timeoutMs;
        let delay = options.initialDelayMs ?? 250;
        const maxDelay = options.maxDelayMs ?? 5e3;
        let attempts = 0;
        let last = {
          healthy: false,
          url: options.url,
          bodyExcerpt: "",
          reason: "not tried",
          attempts: 0,
          elapsedMs: 0
        };
        for (; ; ) {
          if (options.signal?.aborted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc("The health check was cancelled.");
          attempts++;
          const remaining = Math.max(MIN_REQUEST_TIMEOUT_MS, deadline - clock.now());
          try {
            const response = await http.get(options.url, {
              headers: requestHeaders(options.host),
              allowUntrusted: options.allowUntrusted,
              timeoutMs: Math.min(options.requestTimeoutMs ?? 1e4, remaining),
              signal: options.signal
            });
            const reason = judgeResponse(response, expected, options.contains);
            last = {
              healthy: reason === void 0,
              url: options.url,
              status: response.status,
              bodyExcerpt: reporter.mask(excerptOf(response.body)),
              reason: reason ?? "ok",
              attempts,
              elapsedMs: clock.now() - started
            };
            reporter.debug(`Health check attempt ${attempts}: HTTP ${response.status}${reason ? ` (${reason})` : ""}`);
            if (last.healthy)
              return last;
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc || options.signal?.aborted)
              throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc("The health check was cancelled.");
            last = {
              ...last,
              status: void 0,
              bodyExcerpt: "",
              reason: reporter.mask((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ)(error)),
              attempts,
              elapsedMs: clock.now() - started
            };
            reporter.debug(`Health check attempt ${attempts}: ${last.reason}`);
          }
          const now = clock.now();
          if (now >= deadline)
            break;
          await clock.sleep(Math.min(delay, deadline - now), options.signal);
          delay = Math.min(delay * 2, maxDelay);
        }
        last = { ...last, attempts, elapsedMs: clock.now() - started };
        throw new HealthCheckError(last);
      }
      const MIN_REQUEST_TIMEOUT_MS = 1e3;
      function startAvailabilityProbe(ports, options) {
        const { http, clock } = ports;
        const interval = options.intervalMs ?? 200;
        const controller = new AbortController();
        let offlineMs = 0;
        let samples = 0;
        let offlineSamples = 0;
        let previous = clock.now();
        let wasOffline = false;
        const loop = (async () => {
          while (!controller.signal.aborted) {
            let offline;
            try {
              const response = await http.get(options.url, {
                headers: requestHeaders(options.host),
                allowUntrusted: options.allowUntrusted,
                timeoutMs: options.requestTimeoutMs ?? 2e3,
                signal: controller.signal
              });
              offline = response.status === 503;
            } catch {
              if (controller.signal.aborted)
                break;
              offline = true;
            }
            const now = clock.now();
            if (offline && wasOffline)
              offlineMs += now - previous;
            else if (offline !== wasOffline)
              offlineMs += (now - previous) / 2;
            samples++;
            if (offline)
              offlineSamples++;
            wasOffline = offline;
            previous = now;
            try {
              await clock.sleep(interval, controller.signal);
            } catch {
              break;
            }
          }
        })();
        return {
          async stop() {
            controller.abort();
            await loop;
            if (wasOffline)
              offlineMs += clock.now() - previous;
            return { offlineMs: Math.round(offlineMs), samples, offlineSamples };
          }
        };
      }
    })
  ),
  /***/
  104: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Bs: () => (
          /* binding */
          parseHostingBundleSpec
        ),
        /* harmony export */
        Uk: () => (
          /* binding */
          DEFAULT_RELEASE_METADATA_URL
        ),
        /* harmony export */
        XE: () => (
          /* binding */
          parseHostingBundleInputs
        ),
        /* harmony export */
        Zf: () => (
          /* binding */
          parseHostingBundleArgs
        ),
        /* harmony export */
        dE: () => (
          /* binding */
          redactUrlCredentials
        ),
        /* harmony export */
        jc: () => (
          /* binding */
          RESTART_IIS_POLICIES
        )
        /* harmony export */
      });
      var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(8198);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7369);
      const DEFAULT_RELEASE_METADATA_URL = "https://builds.dotnet.microsoft.com/dotnet/release-metadata/releases-index.json";
      const RESTART_IIS_POLICIES = ["auto", "always", "never"];
      const INSTALLER_PROPERTY_NAMES = [
        "OPT_NO_ANCM",
        "OPT_NO_RUNTIME",
        "OPT_NO_SHAREDFX",
        "OPT_NO_X86",
        "OPT_NO_SHARED_CONFIG_CHECK"
      ];
      const SPEC_FORMS = "none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11, 10.0.0-preview.7.25380.108)";
      function parseHostingBundleSpec(value, input = "hosting-bundle") {
        const text = value.trim();
        const keyword = text.toLowerCase();
        if (keyword === "" || keyword === "none")
          return { kind: "none" };
        if (keyword === "auto" || keyword === "latest" || keyword === "lts")
          return { kind: keyword };
        if (/^\d+\.\d+$/.test(text))
          return { kind: "channel", channel: text };
        if ((0, _version_js__WEBPACK_IMPORTED_MODULE_1__.ex)(text))
          return { kind: "exact", version: text };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': use ${SPEC_FORMS}.`);
      }
      function splitArgs(value) {
        const parts = typeof value === "string" ? [value] : value;
        return parts.flatMap((part) => part.split(/\s+/)).filter(Boolean);
      }
      function parseHostingBundleArgs(value, input = "hosting-bundle-args") {
        const allowed = INSTALLER_PROPERTY_NAMES.map((name) => `${name}=0|1`).join(", ");
        const properties = [];
        const refused = [];
        for (const token of splitArgs(value)) {
          const match = /^([A-Z0-9_]+)=([01])$/.exec(token);
          const name = INSTALLER_PROPERTY_NAMES.find((known) => known === match?.[1]);
          if (!match || !name) {
            refused.push(token);
            continue;
          }
          if (properties.some((p) => p.name === name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' sets ${name} twice: keep one ${name}=0|1.`);
          }
          properties.push({ name, value: match[2] });
        }
        if (refused.length > 0) {
          const switches = refused.some((token) => /^[/-]/.test(token)) ? " The switches (/install /quiet /norestart /log) are set by the step." : "";
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' has ${refused.map((t) => `'${t}'`).join(", ")}: only the installer properties ${allowed} are allowed.${switches}`);
        }
        return properties;
      }
      function parseRestartIisPolicy(value, input = "restart-iis") {
        const text = (value ?? "").trim().toLowerCase() || "auto";
        const policy = RESTART_IIS_POLICIES.find((p) => p === text);
        if (!policy) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${value}': use ${RESTART_IIS_POLICIES.join(", ")}.`);
        }
        return policy;
      }
      function httpUrl(value, input) {
        let url;
        try {
          url = new URL(value);
        } catch {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an absolute http(s) URL.`);
        }
        if (url.protocol !== "http:" && url.protocol !== "https:") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an http(s) URL.`);
        }
        return value;
      }
      function redactUrlCredentials(text) {
        return (0, _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__.sK)(text);
      }
      function versionFromBundleFileName(url) {
        let name;
        try {
          name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
        } catch {
          return void 0;
        }
        const match = /^dotnet-hosting-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+?)?)-win\.exe$/i.exec(name);
        return match?.[1];
      }
      function parseHostingBundleInputs(raw) {
        const errors = [];
        const attempt = (fn, fallback) => {
          try {
            return fn();
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz)
              errors.push(error);
            else
              throw error;
            return fallback;
          }
        };
        const spec = attempt(() => parseHostingBundleSpec(raw.hostingBundle ?? "none"), { kind: "none" });
        const properties = attempt(() => parseHostingBundleArgs(raw.hostingBundleArgs ?? ""), []);
        const restartIis = attempt(() => parseRestartIisPolicy(raw.restartIis), "auto");
        const metadataUrl = raw.releaseMetadataUrl?.trim() ? attempt(() => httpUrl(raw.releaseMetadataUrl.trim(), "release-metadata-url"), DEFAULT_RELEASE_METADATA_URL) : DEFAULT_RELEASE_METADATA_URL;
        let mirror;
        const url = raw.hostingBundleUrl?.trim();
        const sha512 = raw.hostingBundleSha512?.trim();
        if (url && sha512) {
          const checkedUrl = attempt(() => httpUrl(url, "hosting-bundle-url"), void 0);
          if (!/^[0-9a-fA-F]{128}$/.test(sha512)) {
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle-sha512", `Input 'hosting-bundle-sha512' is '${sha512}': use the 128 hex digits of the installer's SHA-512.`));
          } else if (checkedUrl) {
            mirror = { url: checkedUrl, sha512: sha512.toLowerCase(), fileVersion: versionFromBundleFileName(url) };
          }
        } else if (url || sha512) {
          const missing = url ? "hosting-bundle-sha512" : "hosting-bundle-url";
          errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(missing, `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: '${missing}' is missing. Set both to install from your own mirror, or neither.`));
        }
        if (mirror && spec.kind !== "none") {
          const problem = mirrorProblem(spec, mirror);
          if (problem)
            errors.push(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("hosting-bundle-url", problem));
        }
        if (errors.length === 1)
          throw errors[0];
        if (errors.length > 1)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.G(errors);
        return { spec, properties, mirror, metadataUrl, restartIis };
      }
      function mirrorProblem(spec, mirror) {
        const fileVersion = mirror.fileVersion;
        if (spec.kind === "exact") {
          if (fileVersion && fileVersion !== spec.version) {
            return `Input 'hosting-bundle-url' serves ${fileVersion} (its file name says so) but 'hosting-bundle' asks for ${spec.version}: make them agree.`;
          }
          return void 0;
        }
        if (!fileVersion) {
          return `Input 'hosting-bundle-url' (${redactUrlCredentials(mirror.url)}) does not name its version (dotnet-hosting-<version>-win.exe): set 'hosting-bundle' to the exact version the mirror serves.`;
        }
        if (spec.kind === "channel" && (0, _version_js__WEBPACK_IMPORTED_MODULE_1__.ts)(fileVersion) !== spec.channel) {
          return `Input 'hosting-bundle-url' serves ${fileVersion}, which is not in channel ${spec.channel} asked by 'hosting-bundle'.`;
        }
        return void 0;
      }
    })
  ),
  /***/
  9534: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        E0: () => (
          /* binding */
          parseRegQuery
        ),
        /* harmony export */
        Et: () => (
          /* binding */
          regNumber
        ),
        /* harmony export */
        MP: () => (
          /* binding */
          keyLeaf
        ),
        /* harmony export */
        j: () => (
          /* binding */
          findValue
        )
        /* harmony export */
      });
      const DEFAULT_VALUE_NAMES = /* @__PURE__ */ new Set(["(default)", "(standard)", "(par d\xE9faut)", "(\u9ED8\u8BA4)"]);
      const VALUE_LINE = /^\s+(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;
      function parseRegQuery(output) {
        const keys = [];
        let current;
        for (const raw of output.split(/\r?\n/)) {
          if (raw.trim() === "" || /^End of search:/i.test(raw.trim()))
            continue;
          const value = VALUE_LINE.exec(raw);
          if (value && current) {
            const name = value[1];
            current.values.push({
              name: DEFAULT_VALUE_NAMES.has(name.toLowerCase()) ? "" : name,
              type: value[2],
              data: (value[3] ?? "").trimEnd()
            });
            continue;
          }
          if (/^HKEY_[A-Z_]+(\\|$)/i.test(raw.trim())) {
            current = { path: raw.trim(), values: [] };
            keys.push(current);
          }
        }
        return keys;
      }
      function regNumber(value) {
        if (!value || !/^0x[0-9a-f]+$/i.test(value.data))
          return void 0;
        return parseInt(value.data, 16);
      }
      function findValue(key, name) {
        return key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
      }
      function keyLeaf(key) {
        return key.path.split("\\").pop() ?? "";
      }
    })
  ),
  /***/
  7369: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        V1: () => (
          /* binding */
          isPrerelease
        ),
        /* harmony export */
        Zy: () => (
          /* binding */
          compareVersions
        ),
        /* harmony export */
        ex: () => (
          /* binding */
          parseDotnetVersion
        ),
        /* harmony export */
        qo: () => (
          /* binding */
          compareChannels
        ),
        /* harmony export */
        ts: () => (
          /* binding */
          channelOf
        )
        /* harmony export */
      });
      const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
      function parseDotnetVersion(text) {
        const match = VERSION.exec(text.trim());
        if (!match)
          return void 0;
        return {
          major: Number(match[1]),
          minor: Number(match[2]),
          patch: Number(match[3]),
          prerelease: match[4] ? match[4].split(".") : []
        };
      }
      function isPrerelease(version) {
        return (parseDotnetVersion(version)?.prerelease.length ?? 0) > 0;
      }
      function channelOf(version) {
        const parsed = parseDotnetVersion(version);
        return parsed ? `${parsed.major}.${parsed.minor}` : void 0;
      }
      function compareIdentifiers(a, b) {
        const numericA = /^\d+$/.test(a);
        const numericB = /^\d+$/.test(b);
        if (numericA && numericB)
          return Math.sign(Number(a) - Number(b));
        if (numericA)
          return -1;
        if (numericB)
          return 1;
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function compareVersions(a, b) {
        const x = parseDotnetVersion(a);
        const y = parseDotnetVersion(b);
        if (!x || !y)
          return x ? 1 : y ? -1 : a < b ? -1 : a > b ? 1 : 0;
        const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
        if (core !== 0)
          return Math.sign(core);
        if (x.prerelease.length === 0 || y.prerelease.length === 0) {
          return Math.sign(y.prerelease.length - x.prerelease.length);
        }
        for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
          const left = x.prerelease[i];
          const right = y.prerelease[i];
          if (left === void 0)
            return -1;
          if (right === void 0)
            return 1;
          const order = compareIdentifiers(left, right);
          if (order !== 0)
            return order;
        }
        return 0;
      }
      function compareChannels(a, b) {
        const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
        const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
        return Math.sign(aMajor - bMajor || aMinor - bMinor);
      }
    })
  ),
  /***/
  4891: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        EL: () => (
          /* binding */
          startSite
        ),
        /* harmony export */
        Oz: () => (
          /* binding */
          STEADY_POLL_MS
        ),
        /* harmony export */
        S1: () => (
          /* binding */
          stopSite
        ),
        /* harmony export */
        _U: () => (
          /* binding */
          startAppPool
        ),
        /* harmony export */
        i9: () => (
          /* binding */
          stopAppPool
        ),
        /* harmony export */
        xf: () => (
          /* binding */
          pollDelay
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      var _appcmd_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(8862);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7958);
      function pollDelay(attempt, policy = {}) {
        const initial = policy.initialMs ?? 100;
        const max = policy.maxMs ?? 1e3;
        return Math.min(max, initial * 2 ** Math.min(attempt, 30));
      }
      class AppPoolStopTimeoutError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.MU {
        pool;
        state;
        workerPids;
        name = "AppPoolStopTimeoutError";
        constructor(pool, state, workerPids, message) {
          super(message);
          this.pool = pool;
          this.state = state;
          this.workerPids = workerPids;
        }
      }
      class AppPoolStartError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4 {
        pool;
        state;
        name = "AppPoolStartError";
        constructor(pool, state, message, fix) {
          super("appcmd", void 0, message, fix);
          this.pool = pool;
          this.state = state;
        }
      }
      const RAPID_FAIL_CAUSES = "Likely causes: the ASP.NET Core Module is missing or IIS was not restarted after installing the Hosting Bundle (500.19 / 503; install it with `hosting-bundle`), the app fails at startup (500.30 In-Process Start Failure, 502.5 Process Failure), or the pool identity cannot read the app folder (`grant-access`). See the Application event log (sources 'IIS AspNetCore Module V2' and 'WAS') and the stdout log (`stdoutLogEnabled` in web.config).";
      function isRunning(state) {
        return state === "Started" || state === "Starting";
      }
      async function requireState(appcmd, pool) {
        const state = await appcmd.getAppPoolState(pool);
        if (state === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("app-pool", `App pool '${pool}' does not exist on this server (see \`appcmd list apppools\`): check \`app-pool\`, or set \`create: true\`.`);
        return state;
      }
      async function observe(appcmd, pool) {
        const [state, workers] = await Promise.all([appcmd.getAppPoolState(pool), appcmd.listWorkerProcesses(pool)]);
        return { state, workers };
      }
      function describe(observation) {
        const workers = observation.workers.length > 0 ? `worker PIDs ${observation.workers.join(", ")}` : "no workers";
        return `state ${observation.state ?? "missing"}, ${workers}`;
      }
      const STEADY_POLL_MS = 50;
      const SLOW_POLL_AFTER_MS = 1e4;
      const SLOW_POLL_MS = 500;
      function nextPollDelay(attempt, waitedMs, poll) {
        if (poll)
          return pollDelay(attempt, poll);
        return waitedMs < SLOW_POLL_AFTER_MS ? STEADY_POLL_MS : SLOW_POLL_MS;
      }
      async function pollUntil(appcmd, timeoutMs, poll, check, progress) {
        const start = appcmd.clock.now();
        let lastReport = start;
        for (let attempt = 0; ; attempt++) {
          const result = await check();
          const now = appcmd.clock.now();
          if (result.done || now - start >= timeoutMs)
            return result;
          if (now - lastReport >= 1e4) {
            progress(result.observation, now - start);
            lastReport = now;
          }
          await appcmd.clock.sleep(Math.min(nextPollDelay(attempt, now - start, poll), timeoutMs - (now - start)), appcmd.signal);
        }
      }
      async function killWorkers(options, pids) {
        const { appcmd, taskkill } = options;
        const killed = [];
        const failed = [];
        if (!taskkill)
          return { killed, failed: pids.map((pid) => `${pid}: taskkill was not provided`) };
        for (const pid of pids) {
          const args = ["/PID", String(pid), "/F"];
          appcmd.reporter.info(`taskkill ${args.join(" ")}`);
          const result = await taskkill.runner.run(taskkill.path, args, {
            silent: true,
            signal: appcmd.signal,
            outputEncoding: _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_2__.Ih["taskkill"]
          });
          const text = `${result.stdout}
${result.stderr}`;
          if (result.exitCode === 0 || result.exitCode === 128 || /not found/i.test(text))
            killed.push(pid);
          else
            failed.push(`${pid}: ${text.trim().replace(/\s+/g, " ") || `exit code ${result.exitCode}`}`);
        }
        return { killed, failed };
      }
      async function stopAppPool(options) {
        const { appcmd, pool } = options;
        const timeoutMs = options.timeoutMs ?? 12e4;
        const known = options.knownState;
        let previousState = known !== void 0 && isRunning(known) ? known : await requireState(appcmd, pool);
        let changed = false;
        if (previousState === "Started" || previousState === "Starting" || previousState === "Unknown") {
          const stop = await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.w3)("stop", pool), { accept: [_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.notStarted] });
          changed = true;
          if (stop.failure && known !== void 0) {
            previousState = "Stopped";
            changed = false;
          }
        }
        const stopped = (o) => o.state === "Stopped" && o.workers.length === 0;
        const check = async () => {
          const observation = await observe(appcmd, pool);
          return { done: stopped(observation), observation };
        };
        let result = await pollUntil(appcmd, timeoutMs, options.poll, check, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to stop (${Math.round(waited / 1e3)} s): ${describe(o)}.`));
        const killedWorkers = [];
        if (!result.done && options.killWorkersOnTimeout && result.observation.workers.length > 0) {
          const pids = result.observation.workers;
          appcmd.reporter.warning(`App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1e3)} s (${describe(result.observation)}): ending its worker processes as requested. In-flight requests are dropped.`);
          const { killed, failed } = await killWorkers(options, pids);
          killedWorkers.push(...killed);
          if (failed.length > 0)
            appcmd.reporter.warning(`Could not end worker processes: ${failed.join("; ")}`);
          result = await pollUntil(appcmd, options.killGraceMs ?? 1e4, options.poll, check, () => {
          });
        }
        if (!result.done) {
          const { state, workers } = result.observation;
          const pids = workers.length > 0 ? ` Worker processes still running: ${workers.join(", ")}.` : "";
          const fix = workers.length > 0 ? `Fix: raise \`stop-timeout\` (long requests and WebSockets delay shutdown; the pool's processModel.shutdownTimeLimit is 90 s by default), end the workers yourself (\`taskkill /PID ${workers[0]} /F\`), or opt in to ending them automatically after the timeout (\`kill-workers: true\`).` : `Fix: check WAS and the System event log for why the pool hangs in '${state ?? "unknown"}', then raise \`stop-timeout\` or restart WAS (\`net stop was /y\`, \`net start w3svc\`).`;
          throw new AppPoolStopTimeoutError(pool, state, workers, `App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1e3)} s: ${describe(result.observation)}.${pids}
${fix}`);
        }
        appcmd.reporter.info(changed ? `App pool '${pool}' stopped; no worker process left.` : `App pool '${pool}' was already stopped.`);
        return { name: pool, previousState, wasRunning: isRunning(previousState), changed, killedWorkers };
      }
      async function startAppPool(options) {
        const { appcmd, pool } = options;
        if (options.knownState === "Stopped") {
          const start = await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.w3)("start", pool), {
            accept: [_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.alreadyStarted, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.cannotAcceptControl]
          });
          if (start.failure?.code !== _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.cannotAcceptControl) {
            const alreadyStarted = start.failure !== void 0;
            return confirmStart(options, {
              name: pool,
              previousState: alreadyStarted ? "Started" : "Stopped",
              wasRunning: alreadyStarted,
              changed: !alreadyStarted,
              killedWorkers: []
            });
          }
        }
        const timeoutMs = options.timeoutMs ?? 12e4;
        const previousState = await requireState(appcmd, pool);
        const result = {
          name: pool,
          previousState,
          wasRunning: isRunning(previousState),
          changed: false,
          killedWorkers: []
        };
        if (previousState === "Started") {
          appcmd.reporter.info(`App pool '${pool}' is already started.`);
          await options.onStarted?.();
          return result;
        }
        if (previousState === "Stopping") {
          await pollUntil(appcmd, timeoutMs, options.poll, async () => {
            const observation = await stateOnly(appcmd, pool);
            return { done: observation.state !== "Stopping", observation };
          }, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to finish stopping before starting it (${Math.round(waited / 1e3)} s): ${describe(o)}.`));
        }
        if (previousState !== "Starting") {
          await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.w3)("start", pool), { accept: [_appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.alreadyStarted] });
          result.changed = true;
        }
        return confirmStart(options, result);
      }
      async function stateOnly(appcmd, pool) {
        return { state: await appcmd.getAppPoolState(pool), workers: [] };
      }
      async function confirmStart(options, result) {
        const { appcmd, pool } = options;
        const timeoutMs = options.timeoutMs ?? 12e4;
        await options.onStarted?.();
        const started = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
          const observation = await stateOnly(appcmd, pool);
          return { done: observation.state === "Started" || observation.state === "Stopped", observation };
        }, (o, waited) => appcmd.reporter.info(`Waiting for app pool '${pool}' to start (${Math.round(waited / 1e3)} s): ${describe(o)}.`));
        const state = started.observation.state;
        if (state !== "Started") {
          const message = state === "Stopped" ? `App pool '${pool}' stopped again right after it was started: IIS rapid-fail protection stops a pool whose worker processes keep crashing.` : `App pool '${pool}' did not start: it is '${state ?? "missing"}' after ${Math.round(timeoutMs / 1e3)} s.`;
          throw new AppPoolStartError(pool, state, message, RAPID_FAIL_CAUSES);
        }
        const settleMs = options.settleMs ?? 3e3;
        if (settleMs > 0) {
          const settled = await pollUntil(appcmd, settleMs, options.poll, async () => {
            const observation = await stateOnly(appcmd, pool);
            return { done: observation.state !== "Started" && observation.state !== "Starting", observation };
          }, () => {
          });
          if (settled.done) {
            throw new AppPoolStartError(pool, settled.observation.state, `App pool '${pool}' started, then stopped again within ${Math.round(settleMs / 1e3)} s (now '${settled.observation.state ?? "missing"}'): IIS rapid-fail protection stops a pool whose worker processes keep crashing.`, RAPID_FAIL_CAUSES);
          }
        }
        appcmd.reporter.info(`App pool '${pool}' started.`);
        return result;
      }
      async function restoreAppPool(options, before) {
        if (!before.wasRunning)
          return;
        await startAppPool(options);
      }
      async function changeSite(options, verb) {
        const { appcmd, site } = options;
        const target = verb === "start" ? "Started" : "Stopped";
        const previousState = await appcmd.getSiteState(site);
        if (previousState === void 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz("site", `Site '${site}' does not exist on this server (see \`appcmd list sites\`): check \`site\`, or set \`create: true\`.`);
        const result = {
          name: site,
          previousState,
          wasRunning: isRunning(previousState),
          changed: false,
          killedWorkers: []
        };
        if (previousState === target)
          return result;
        await appcmd.run((0, _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.Mj)(verb, site), {
          accept: [verb === "start" ? _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.alreadyStarted : _appcmd_js__WEBPACK_IMPORTED_MODULE_1__.bV.notStarted]
        });
        result.changed = true;
        const timeoutMs = options.timeoutMs ?? 3e4;
        const waited = await pollUntil(appcmd, timeoutMs, options.poll, async () => {
          const state = await appcmd.getSiteState(site);
          return { done: state === target, observation: { state, workers: [] } };
        }, (o, ms) => appcmd.reporter.info(`Waiting for site '${site}' to ${verb} (${Math.round(ms / 1e3)} s): state ${o.state ?? "missing"}.`));
        if (!waited.done)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4("appcmd", void 0, `Site '${site}' did not ${verb}: it is '${waited.observation.state ?? "missing"}' after ${Math.round(timeoutMs / 1e3)} s.`, "Check that WAS and W3SVC are running (`net start w3svc`) and that no other site holds the same binding.");
        return result;
      }
      function stopSite(options) {
        return changeSite(options, "stop");
      }
      function startSite(options) {
        return changeSite(options, "start");
      }
    })
  ),
  /***/
  8862: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        AR: () => (
          /* binding */
          buildRemoveSiteBindingArgs
        ),
        /* harmony export */
        F_: () => (
          /* binding */
          normalizeApplicationPath
        ),
        /* harmony export */
        J5: () => (
          /* binding */
          formatBindingInformation
        ),
        /* harmony export */
        KG: () => (
          /* binding */
          Appcmd
        ),
        /* harmony export */
        Kd: () => (
          /* binding */
          findSections
        ),
        /* harmony export */
        Mj: () => (
          /* binding */
          buildSiteVerbArgs
        ),
        /* harmony export */
        Oh: () => (
          /* binding */
          findAttribute
        ),
        /* harmony export */
        P6: () => (
          /* binding */
          buildSetAppPoolArgs
        ),
        /* harmony export */
        UV: () => (
          /* binding */
          buildGetAuthenticationArgs
        ),
        /* harmony export */
        Uk: () => (
          /* binding */
          buildListArgs
        ),
        /* harmony export */
        VT: () => (
          /* binding */
          formatBinding
        ),
        /* harmony export */
        YP: () => (
          /* binding */
          buildDeleteAppPoolArgs
        ),
        /* harmony export */
        _g: () => (
          /* binding */
          POOL_IDENTITY_TYPES
        ),
        /* harmony export */
        b: () => (
          /* binding */
          rootVdirIdentifier
        ),
        /* harmony export */
        bV: () => (
          /* binding */
          APPCMD_CODES
        ),
        /* harmony export */
        dh: () => (
          /* binding */
          appIdentifier
        ),
        /* harmony export */
        e8: () => (
          /* binding */
          buildSetAuthenticationArgs
        ),
        /* harmony export */
        iB: () => (
          /* binding */
          buildAddAppPoolArgs
        ),
        /* harmony export */
        iF: () => (
          /* binding */
          buildSetPhysicalPathArgs
        ),
        /* harmony export */
        ip: () => (
          /* binding */
          POOL_IDENTITIES2
        ),
        /* harmony export */
        le: () => (
          /* binding */
          parseTextValues
        ),
        /* harmony export */
        my: () => (
          /* binding */
          buildAddAppArgs
        ),
        /* harmony export */
        nR: () => (
          /* binding */
          buildListAppsOfPoolArgs
        ),
        /* harmony export */
        sZ: () => (
          /* binding */
          buildAddSiteArgs
        ),
        /* harmony export */
        t5: () => (
          /* binding */
          buildAddSiteBindingArgs
        ),
        /* harmony export */
        vO: () => (
          /* binding */
          collectionEntries
        ),
        /* harmony export */
        w3: () => (
          /* binding */
          buildAppPoolVerbArgs
        ),
        /* harmony export */
        ws: () => (
          /* binding */
          parseObjectLines
        ),
        /* harmony export */
        xW: () => (
          /* binding */
          AUTHENTICATION_KINDS
        ),
        /* harmony export */
        yg: () => (
          /* binding */
          buildAddPoolEnvironmentVariableArgs
        ),
        /* harmony export */
        zc: () => (
          /* binding */
          buildRemovePoolEnvironmentVariableArgs
        ),
        /* harmony export */
        zm: () => (
          /* binding */
          buildSetAppPoolOfAppArgs
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      var _core_command_line_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(4925);
      var _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7958);
      var _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7864);
      const POOL_IDENTITIES2 = [
        "ApplicationPoolIdentity",
        "NetworkService",
        "LocalService",
        "LocalSystem"
      ];
      const POOL_IDENTITY_TYPES = [...POOL_IDENTITIES2, "SpecificUser"];
      const AUTHENTICATION_KINDS = ["anonymous", "windows", "basic"];
      function normalizeApplicationPath(application) {
        const trimmed = (application ?? "/").trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
        return trimmed === "" ? "/" : `/${trimmed}`;
      }
      function appIdentifier(site, application = "/") {
        const app = normalizeApplicationPath(application);
        return app === "/" ? `${site}/` : `${site}${app}`;
      }
      function rootVdirIdentifier(site, application = "/") {
        const app = normalizeApplicationPath(application);
        return app === "/" ? `${site}/` : `${site}${app}/`;
      }
      function configPath(site, application = "/") {
        const app = normalizeApplicationPath(application);
        return app === "/" ? site : `${site}${app}`;
      }
      function buildListArgs(object, id, options = {}) {
        const args = id === void 0 ? ["list", `${object}s`] : ["list", object, id];
        for (const [name, value] of Object.entries(options.filters ?? {}))
          args.push(`/${name}:${value}`);
        if (options.text !== void 0)
          args.push(`/text:${options.text}`);
        if (options.xml)
          args.push("/xml");
        return args;
      }
      function buildAppPoolStateArgs(pool) {
        return buildListArgs("apppool", pool, { xml: true });
      }
      function buildSiteStateArgs(site) {
        return buildListArgs("site", site, { xml: true });
      }
      function buildListWorkerProcessesArgs(pool) {
        return ["list", "wps", `/apppool.name:${pool}`];
      }
      function buildListAppsOfPoolArgs(pool) {
        return buildListArgs("app", void 0, { filters: { "apppool.name": pool } });
      }
      function buildAppPoolVerbArgs(verb, pool) {
        return [verb, "apppool", `/apppool.name:${pool}`];
      }
      function buildSiteVerbArgs(verb, site) {
        return [verb, "site", `/site.name:${site}`];
      }
      function appPoolSettingArgs(settings) {
        const args = [];
        if (settings.managedRuntimeVersion !== void 0)
          args.push(`/managedRuntimeVersion:${settings.managedRuntimeVersion}`);
        if (settings.managedPipelineMode !== void 0)
          args.push(`/managedPipelineMode:${settings.managedPipelineMode}`);
        if (settings.identityType !== void 0)
          args.push(`/processModel.identityType:${settings.identityType}`);
        if (settings.loadUserProfile !== void 0)
          args.push(`/processModel.loadUserProfile:${String(settings.loadUserProfile)}`);
        if (settings.autoStart !== void 0)
          args.push(`/autoStart:${String(settings.autoStart)}`);
        return args;
      }
      function buildAddAppPoolArgs(pool, settings = {}) {
        return ["add", "apppool", `/name:${pool}`, ...appPoolSettingArgs(settings)];
      }
      function buildSetAppPoolArgs(pool, settings) {
        return ["set", "apppool", pool, ...appPoolSettingArgs(settings)];
      }
      function buildDeleteAppPoolArgs(pool) {
        return ["delete", "apppool", pool];
      }
      function formatBindingInformation(binding) {
        return `${binding.ip}:${binding.port}:${binding.host}`;
      }
      function formatBinding(binding) {
        return `${binding.protocol}/${formatBindingInformation(binding)}`;
      }
      function buildAddSiteArgs(site) {
        const args = ["add", "site", `/name:${site.name}`];
        if (site.bindings.length > 0)
          args.push(`/bindings:${site.bindings.map(formatBinding).join(",")}`);
        args.push(`/physicalPath:${site.physicalPath}`);
        return args;
      }
      function indexerValue(value) {
        if (value.includes("'"))
          throw new Error(`appcmd indexer values cannot contain "'": ${JSON.stringify(value)}`);
        return `'${value}'`;
      }
      function buildAddSiteBindingArgs(site, binding, sni = false) {
        const parts = [
          `protocol=${indexerValue(binding.protocol)}`,
          `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
        ];
        if (sni)
          parts.push(`sslFlags=${indexerValue("1")}`);
        return ["set", "site", site, `/+bindings.[${parts.join(",")}]`];
      }
      function buildRemoveSiteBindingArgs(site, binding) {
        const parts = [
          `protocol=${indexerValue(binding.protocol)}`,
          `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
        ];
        return ["set", "site", site, `/-bindings.[${parts.join(",")}]`];
      }
      function buildAddAppArgs(app) {
        const args = [
          "add",
          "app",
          `/site.name:${app.site}`,
          `/path:${normalizeApplicationPath(app.path)}`,
          `/physicalPath:${app.physicalPath}`
        ];
        if (app.appPool !== void 0)
          args.push(`/applicationPool:${app.appPool}`);
        return args;
      }
      function buildSetAppPoolOfAppArgs(site, application, pool) {
        return ["set", "app", appIdentifier(site, application), `/applicationPool:${pool}`];
      }
      function buildSetPhysicalPathArgs(site, application, physicalPath) {
        return ["set", "vdir", rootVdirIdentifier(site, application), `/physicalPath:${physicalPath}`];
      }
      const APP_POOLS_SECTION = "-section:system.applicationHost/applicationPools";
      function buildAddPoolEnvironmentVariableArgs(pool, name, value) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/+[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)},value=${indexerValue(value)}]`,
          "/commit:apphost"
        ];
      }
      function buildRemovePoolEnvironmentVariableArgs(pool, name) {
        return [
          "set",
          "config",
          APP_POOLS_SECTION,
          `/-[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)}]`,
          "/commit:apphost"
        ];
      }
      function authenticationSection(kind) {
        return `system.webServer/security/authentication/${kind}Authentication`;
      }
      function buildSetAuthenticationArgs(site, application, kind, enabled) {
        return [
          "set",
          "config",
          configPath(site, application),
          `-section:${authenticationSection(kind)}`,
          `/enabled:${String(enabled)}`,
          "/commit:apphost"
        ];
      }
      function buildGetAuthenticationArgs(site, application, kind) {
        return [
          "list",
          "config",
          configPath(site, application),
          `-section:${authenticationSection(kind)}`,
          "/text:enabled"
        ];
      }
      function lines(text) {
        return text.split(/\r?\n/);
      }
      function parseObjectProperties(text) {
        const properties = {};
        if (text.trim() === "")
          return properties;
        for (const part of text.split(/,(?=[A-Za-z][\w.-]+:)/)) {
          const colon = part.indexOf(":");
          if (colon <= 0)
            continue;
          properties[part.slice(0, colon).trim()] = part.slice(colon + 1);
        }
        return properties;
      }
      function parseObjectLines(stdout) {
        const objects = [];
        for (const line of lines(stdout)) {
          const match = /^([A-Z]+) "(.*?)" \((.*)\)\s*$/.exec(line.trim());
          if (!match)
            continue;
          const [, type = "", id = "", props = ""] = match;
          objects.push({ type, id, properties: parseObjectProperties(props) });
        }
        return objects;
      }
      function parseTextValues(stdout) {
        return lines(stdout).map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
      }
      function parseAppcmdXml(stdout) {
        const text = stdout.replace(/^\ufeff/, "").trim();
        if (!text.startsWith("<"))
          return [];
        let document;
        try {
          document = (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.qU)(text);
        } catch {
          return [];
        }
        const root = document.root;
        if (root?.name !== "appcmd")
          return [];
        const elements = [];
        for (const child of root.children) {
          if (child.type !== "element")
            continue;
          const attributes = {};
          for (const attribute of child.attributes)
            attributes[attribute.name] = (0, _core_xml_xml_document_js__WEBPACK_IMPORTED_MODULE_2__.Sm)(attribute.rawValue);
          elements.push({ type: child.name, attributes });
        }
        return elements;
      }
      function xmlAttributeOf(object, property) {
        if (object === "app" && property.toLowerCase() === "applicationpool")
          return "APPPOOL.NAME";
        return property;
      }
      function parseObjectState(text) {
        const word = text.trim().toLowerCase();
        const states = ["Starting", "Started", "Stopping", "Stopped", "Unknown"];
        return states.find((state) => state.toLowerCase() === word);
      }
      function parseWorkerProcesses(stdout) {
        return parseObjectLines(stdout).filter((object) => object.type === "WP" && /^\d+$/.test(object.id)).map((object) => ({
          pid: Number(object.id),
          appPool: object.properties["applicationPool"] ?? object.properties["apppool"]
        }));
      }
      function parseTextTree(stdout) {
        const roots = [];
        const stack = [];
        for (const raw of lines(stdout)) {
          if (raw.trim() === "")
            continue;
          const indent = raw.length - raw.trimStart().length;
          const line = raw.trim();
          const section = /^\[(.+)\]$/.exec(line);
          const attribute = /^([^:"[\]\s][^:"]*):"(.*)"$/.exec(line);
          if (indent === 0 && !section && !attribute) {
            const node = { name: line, attributes: {}, children: [] };
            roots.push(node);
            stack.length = 0;
            stack.push({ indent, node });
            continue;
          }
          while (stack.length > 1 && (stack[stack.length - 1]?.indent ?? 0) >= indent)
            stack.pop();
          const parent = stack[stack.length - 1]?.node;
          if (!parent)
            continue;
          if (section) {
            const node = { name: section[1] ?? "", attributes: {}, children: [] };
            parent.children.push(node);
            stack.push({ indent, node });
          } else if (attribute) {
            parent.attributes[attribute[1] ?? ""] = attribute[2] ?? "";
          }
        }
        return roots;
      }
      function findSections(node, name) {
        const found = [];
        const visit = (current) => {
          for (const child of current.children) {
            if (child.name.toLowerCase() === name.toLowerCase())
              found.push(child);
            visit(child);
          }
        };
        visit(node);
        return found;
      }
      function attributeOf(node, name) {
        const key = Object.keys(node.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
        return key === void 0 ? void 0 : node.attributes[key];
      }
      function findAttribute(node, path) {
        const parts = path.split(".");
        const attribute = parts.pop() ?? "";
        if (parts.length === 0) {
          return attributeOf(node, attribute) ?? node.children.map((c) => attributeOf(c, attribute)).find((v) => v !== void 0);
        }
        const candidates = findSections(node, parts[parts.length - 1] ?? "").filter((section) => {
          return parts.length === 1 || hasAncestorChain(node, section, parts.slice(0, -1));
        });
        for (const section of candidates) {
          const value = attributeOf(section, attribute);
          if (value !== void 0)
            return value;
        }
        return void 0;
      }
      function hasAncestorChain(root, target, chain) {
        const path = [];
        const find = (current) => {
          if (current === target)
            return true;
          for (const child of current.children) {
            path.push(child);
            if (find(child))
              return true;
            path.pop();
          }
          return false;
        };
        if (!find(root))
          return false;
        const names = path.slice(0, -1).map((n) => n.name.toLowerCase());
        let index = names.length - 1;
        for (let i = chain.length - 1; i >= 0; i--) {
          if (index < 0 || names[index] !== chain[i]?.toLowerCase())
            return false;
          index--;
        }
        return true;
      }
      function collectionEntries(node, collection) {
        return findSections(node, collection).flatMap((section) => section.children.map((c) => c.attributes));
      }
      function parseAppcmdError(output) {
        const match = /ERROR \(([\s\S]*)\)/.exec(output);
        if (!match)
          return void 0;
        const body = (match[1] ?? "").trim();
        const parsed = /^(?:hresult:([0-9a-fA-F]{8}),\s*)?message:([\s\S]*)$/.exec(body);
        if (!parsed)
          return { message: body };
        const message = (parsed[2] ?? "").replace(/\s+/g, " ").trim();
        return parsed[1] ? { hresult: parsed[1].toLowerCase(), message } : { message };
      }
      function win32CodeOfHresult(hresult) {
        return Number.parseInt(hresult, 16) & 65535;
      }
      const APPCMD_CODES = {
        accessDenied: 5,
        fileNotFound: 2,
        invalidData: 13,
        sharingViolation: 32,
        lockViolation: 33,
        invalidParameter: 87,
        alreadyExists: 183,
        logonFailure: 1326,
        alreadyStarted: 1056,
        /** 80070425: the pool is Stopping (or Starting) and cannot take another start or stop yet (windows-facts \u00a73.4). */
        cannotAcceptControl: 1061,
        notStarted: 1062,
        notFound: 1168,
        invalidObject: 4312
      };
      function codeFromMessage(message) {
        if (/Cannot find \w+ object with identifier/i.test(message))
          return APPCMD_CODES.notFound;
        if (/duplicate collection (element|entry)/i.test(message))
          return APPCMD_CODES.alreadyExists;
        if (/locked at a parent level/i.test(message))
          return APPCMD_CODES.lockViolation;
        if (/access is denied|access denied/i.test(message))
          return APPCMD_CODES.accessDenied;
        return void 0;
      }
      function decodeAppcmdResult(result) {
        const error = parseAppcmdError(`${result.stdout}
${result.stderr}`);
        if (!error && result.exitCode === 0)
          return void 0;
        if (!error) {
          const text = (result.stderr.trim() || result.stdout.trim()).replace(/\s+/g, " ");
          return {
            code: result.exitCode,
            message: text || `exit code ${result.exitCode}`,
            exitCode: result.exitCode
          };
        }
        const code = error.hresult ? win32CodeOfHresult(error.hresult) : codeFromMessage(error.message) ?? result.exitCode;
        return { code, hresult: error.hresult, message: error.message, exitCode: result.exitCode };
      }
      function isConfigWriteCollision(args, failure) {
        const verb = args[0]?.toLowerCase();
        if (verb !== "add" && verb !== "set" && verb !== "delete")
          return false;
        if (/locked at a parent level/i.test(failure.message))
          return false;
        if (failure.code === APPCMD_CODES.sharingViolation)
          return true;
        return /cannot write configuration file|changed on disk|cannot commit configuration/i.test(failure.message);
      }
      function appcmdFix(args, failure) {
        const [verb = "", object = ""] = args.map((a) => a.toLowerCase());
        switch (failure.code) {
          case APPCMD_CODES.notFound:
            return `The ${object} does not exist: check the name (\`appcmd list ${object}s\`), or set \`create: true\` to create it.`;
          case APPCMD_CODES.accessDenied:
            return "Run elevated: the runner or agent service account must be a local administrator (UAC elevation is required to change IIS).";
          case APPCMD_CODES.notStarted:
            return `The ${object} is already stopped; nothing to do.`;
          case APPCMD_CODES.alreadyStarted:
            return `The ${object} is already started; nothing to do.`;
          case APPCMD_CODES.alreadyExists:
            return `An object with this name already exists (IIS names are case-insensitive): use it, or choose another name.`;
          case APPCMD_CODES.lockViolation:
            return /locked at a parent level/i.test(failure.message) ? "The configuration section is locked at a parent level: unlock it (`appcmd unlock config -section:<section>`) or set it with /commit:apphost." : "applicationHost.config is locked by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.";
          case APPCMD_CODES.sharingViolation:
            if (verb === "start" && object === "site")
              return "A binding of the site uses a port that another site or process holds: find it with `netstat -ano | findstr :<port>` and change the bindings.";
            return "applicationHost.config is in use by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.";
          case APPCMD_CODES.invalidObject:
            return verb === "start" ? "IIS refused to start it: check that the site has a valid binding and that WAS and W3SVC are running (`net start w3svc`)." : "The object is not valid for this command: check its name and state (`appcmd list " + object + "s`).";
          case APPCMD_CODES.logonFailure:
            return "The pool identity could not log on: re-enter the password of the SpecificUser identity, or use ApplicationPoolIdentity.";
          case APPCMD_CODES.fileNotFound:
            return "A file or folder IIS needs is missing: check the physical path; after installing the Hosting Bundle, restart IIS (`net stop was /y` then `net start w3svc`).";
          case APPCMD_CODES.invalidData:
          case APPCMD_CODES.invalidParameter:
            return "A value was rejected: check bindings (`protocol/ip:port:host`), paths and names.";
          default:
            if (/unknown (attribute|config section)|unrecognized/i.test(failure.message))
              return "This IIS does not know the setting or section: install the IIS feature that provides it (e.g. WindowsAuthentication via `iis-features`), or use IIS 10+ for pool environment variables.";
            return void 0;
        }
      }
      class AppcmdError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.v4 {
        command;
        failure;
        name = "AppcmdError";
        constructor(command, failure, fix) {
          const hresult = failure.hresult ? `HRESULT 0x${failure.hresult}, ` : "";
          super("appcmd", failure.exitCode, `${command} failed: ${failure.message} (${hresult}code ${failure.code})`, fix);
          this.command = command;
          this.failure = failure;
        }
        /** The Win32 code (low 16 bits of the HRESULT), not the possibly truncated exit code. */
        get code() {
          return this.failure.code;
        }
        get hresult() {
          return this.failure.hresult;
        }
      }
      function backoffDelay(attempt, policy, random) {
        const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
        return Math.round(exponential / 2 + random() * exponential / 2);
      }
      class Appcmd {
        options;
        retry;
        constructor(options) {
          this.options = options;
          this.retry = { attempts: 5, baseDelayMs: 250, maxDelayMs: 4e3, ...options.retry };
        }
        get reporter() {
          return this.options.reporter;
        }
        get clock() {
          return this.options.clock;
        }
        get signal() {
          return this.options.signal;
        }
        /** The command line as we show it: masked, with `appcmd` for the tool. */
        display(args) {
          return this.options.reporter.mask((0, _core_command_line_js__WEBPACK_IMPORTED_MODULE_3__.z)("appcmd", args));
        }
        async run(args, options = {}) {
          const { runner, path, reporter, clock, signal } = this.options;
          const random = this.options.random ?? Math.random;
          const isRead = args[0] === "list";
          const shown = this.display(args);
          if (isRead)
            reporter.debug(shown);
          else
            reporter.info(shown);
          for (let attempt = 0; ; attempt++) {
            if (signal?.aborted)
              throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cc(`Cancelled before ${shown}.`);
            const result = await runner.run(path, args, {
              silent: true,
              signal,
              // Text in the ANSI code page (docs/windows-locale.md); /xml as its declaration says.
              outputEncoding: args.includes("/xml") ? "xml" : _core_output_encoding_js__WEBPACK_IMPORTED_MODULE_1__.Ih["appcmd"]
            });
            const failure = decodeAppcmdResult(result);
            if (!failure)
              return { stdout: result.stdout };
            if (options.accept?.includes(failure.code))
              return { stdout: result.stdout, failure };
            if (isConfigWriteCollision(args, failure) && attempt + 1 < this.retry.attempts) {
              const delay = backoffDelay(attempt, this.retry, random);
              reporter.warning(`${shown}: IIS configuration is being written by someone else (${reporter.mask(failure.message)}); retrying in ${delay} ms (attempt ${attempt + 2} of ${this.retry.attempts}).`);
              await clock.sleep(delay, signal);
              continue;
            }
            const masked = { ...failure, message: reporter.mask(failure.message) };
            throw new AppcmdError(shown, masked, appcmdFix(args, failure));
          }
        }
        /** State of a pool, or undefined when it does not exist. */
        async getAppPoolState(pool) {
          return this.readState(buildAppPoolStateArgs(pool));
        }
        /** State of a site, or undefined when it does not exist. */
        async getSiteState(site) {
          return this.readState(buildSiteStateArgs(site));
        }
        async readState(args) {
          const { stdout, failure } = await this.run(args, { accept: [APPCMD_CODES.notFound] });
          if (failure)
            return void 0;
          const element = parseAppcmdXml(stdout)[0];
          if (!element)
            return /<appcmd\s*(\/>|>\s*<\/appcmd>)/.test(stdout) ? void 0 : "Unknown";
          return parseObjectState(element.attributes["state"] ?? "") ?? "Unknown";
        }
        /** PIDs of the pool's worker processes; `list wps` prints nothing when there are none (\u00a73.5). */
        async listWorkerProcesses(pool) {
          const { stdout } = await this.run(buildListWorkerProcessesArgs(pool), {
            accept: [APPCMD_CODES.notFound, 1]
          });
          return parseWorkerProcesses(stdout).map((wp) => wp.pid);
        }
        /** `/text:*` tree of one object, or undefined when it does not exist. */
        async readObject(object, id) {
          const { stdout, failure } = await this.run(buildListArgs(object, id, { text: "*" }), {
            accept: [APPCMD_CODES.notFound]
          });
          if (failure)
            return void 0;
          return parseTextTree(stdout)[0] ?? { name: object.toUpperCase(), attributes: {}, children: [] };
        }
        /**
         * One property of one object, or undefined when the object does not exist. Read from `/xml` (xmlAttributeOf):
         * names and paths come back in the encoding the document declares, not in the console code page.
         */
        async readProperty(object, id, property) {
          const { stdout, failure } = await this.run(buildListArgs(object, id, { xml: true }), {
            accept: [APPCMD_CODES.notFound]
          });
          if (failure)
            return void 0;
          const element = parseAppcmdXml(stdout)[0];
          if (!element)
            return void 0;
          return element.attributes[xmlAttributeOf(object, property)] ?? "";
        }
      }
    })
  ),
  /***/
  5153: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        EY: () => (
          /* binding */
          parsePattern
        ),
        /* harmony export */
        GK: () => (
          /* binding */
          patternToRegExpSource
        ),
        /* harmony export */
        Vd: () => (
          /* binding */
          normalizeRelativePath
        ),
        /* harmony export */
        Yk: () => (
          /* binding */
          parsePatternList
        ),
        /* harmony export */
        _K: () => (
          /* binding */
          compilePatternList
        ),
        /* harmony export */
        rl: () => (
          /* binding */
          hasWildcard
        )
        /* harmony export */
      });
      var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(4006);
      var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4296);
      function hasInvalidNameCharacter(value) {
        return /[<>:"|]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32);
      }
      function normalizeRelativePath(value) {
        return value.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
      }
      function hasWildcard(value) {
        return /[*?]/.test(value);
      }
      function parsePattern(raw, input, anchorNames = false) {
        const text = raw.trim().replace(/\\/g, "/");
        let directoryOnly = text.endsWith("/");
        let body = text;
        if (/(^|\/)\*\*$/.test(body) && body !== "**") {
          body = body.slice(0, -2);
          directoryOnly = true;
        }
        const explicitlyAnchored = body.startsWith("/");
        body = normalizeRelativePath(body);
        let floating = false;
        while (body.startsWith("**/")) {
          body = body.slice(3);
          floating = true;
        }
        if (body === "" || body === "**") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' matches everything; list files or folders to leave out.`);
        }
        const segments = body.split("/");
        if (segments.includes("..")) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' leaves the app folder: use a path relative to the app folder, without '..'.`);
        }
        if (/^[A-Za-z]:/.test(body) || /^\/\//.test(text)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' is absolute: use a path relative to the app folder.`);
        }
        if (hasInvalidNameCharacter(body)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(input, `Input '${input}': '${raw}' contains a character Windows does not allow in file names (< > : " | or a control character).`);
        }
        const anchored = explicitlyAnchored || !floating && (anchorNames || body.includes("/"));
        return { raw, body, anchored, directoryOnly };
      }
      const PICOMATCH_OPTIONS = {
        windows: false,
        // our paths always use `/`; picomatch would otherwise follow the OS it runs on
        dot: true,
        // `*.json` matches `.env.json` too: Windows has no hidden-by-name files
        nocase: true,
        nobrace: true,
        nobracket: true,
        noextglob: true,
        nonegate: true
      };
      function escapeForPicomatch(body) {
        return body.replace(/[^\p{L}\p{N}*?/]/gu, "\\$&");
      }
      function ownPathGlob(pattern) {
        const body = escapeForPicomatch(pattern.body);
        return pattern.anchored ? body : `**/${body}`;
      }
      function patternToRegExpSource(pattern) {
        const own = ownPathGlob(pattern);
        const withContent = picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(`${own}/**`, PICOMATCH_OPTIONS).source;
        if (!pattern.directoryOnly)
          return withContent;
        return `(?!${picomatch__WEBPACK_IMPORTED_MODULE_1___default().makeRe(own, PICOMATCH_OPTIONS).source})${withContent}`;
      }
      function compileGlobs(patterns) {
        if (patterns.length === 0) {
          return { patterns: [], matchesFile: () => false, matchesDirectory: () => false };
        }
        const content = patterns.map((p) => `${ownPathGlob(p)}/**/*`);
        const fileGlobs = [...patterns.filter((p) => !p.directoryOnly).map(ownPathGlob), ...content];
        const directoryGlobs = [...patterns.map(ownPathGlob), ...content];
        const fileMatcher = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(fileGlobs, PICOMATCH_OPTIONS);
        const directoryMatcher = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(directoryGlobs, PICOMATCH_OPTIONS);
        return {
          patterns: patterns.map((p) => p.raw),
          matchesFile: (relativePath) => fileMatcher(relativePath),
          // A folder is matched when its own path is, or when it lies under a matched folder.
          matchesDirectory: (relativePath) => directoryMatcher(relativePath)
        };
      }
      function parsePatternList(values, input, anchorNames = false) {
        return (values ?? []).map((v) => v.trim()).filter((v) => v !== "" && !v.startsWith("#")).map((v) => parsePattern(v, input, anchorNames));
      }
      function compilePatternList(values, input, anchorNames = false) {
        const parsed = parsePatternList(values, input, anchorNames);
        return { parsed, matcher: compileGlobs(parsed) };
      }
    })
  ),
  /***/
  2613: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    })
  ),
  /***/
  181: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    })
  ),
  /***/
  5317: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
    })
  ),
  /***/
  6982: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    })
  ),
  /***/
  4434: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    })
  ),
  /***/
  9896: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    })
  ),
  /***/
  8611: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    })
  ),
  /***/
  5692: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    })
  ),
  /***/
  9278: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    })
  ),
  /***/
  4589: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
    })
  ),
  /***/
  6698: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    })
  ),
  /***/
  4573: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    })
  ),
  /***/
  1421: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    })
  ),
  /***/
  7540: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
    })
  ),
  /***/
  7598: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    })
  ),
  /***/
  3053: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    })
  ),
  /***/
  610: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
    })
  ),
  /***/
  8474: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
    })
  ),
  /***/
  3024: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  7067: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    })
  ),
  /***/
  2467: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    })
  ),
  /***/
  4708: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
    })
  ),
  /***/
  8995: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
    })
  ),
  /***/
  7030: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    })
  ),
  /***/
  8161: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    })
  ),
  /***/
  6760: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  643: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
    })
  ),
  /***/
  1792: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
    })
  ),
  /***/
  7075: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    })
  ),
  /***/
  1692: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    })
  ),
  /***/
  3136: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
    })
  ),
  /***/
  7975: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    })
  ),
  /***/
  3429: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
    })
  ),
  /***/
  5919: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    })
  ),
  /***/
  8522: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    })
  ),
  /***/
  857: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    })
  ),
  /***/
  6928: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
    })
  ),
  /***/
  2203: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
    })
  ),
  /***/
  3193: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
    })
  ),
  /***/
  3557: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
    })
  ),
  /***/
  4756: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    })
  ),
  /***/
  9023: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    })
  ),
  /***/
  3106: (
    /***/
    (function(module) {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
    })
  ),
  /***/
  984: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
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
    (function(__unused_webpack___webpack_module__, __webpack_exports__2, __nccwpck_require__2) {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        t: () => (
          /* binding */
          validate
        )
        /* harmony export */
      });
      var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(984);
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
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var webpackQueues = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack queues") : "__webpack_queues__";
  var webpackExports = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack exports") : "__webpack_exports__";
  var webpackError = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack error") : "__webpack_error__";
  var resolveQueue = (queue) => {
    if (queue && queue.d < 1) {
      queue.d = 1;
      queue.forEach((fn) => fn.r--);
      queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
    }
  };
  var wrapDeps = (deps) => deps.map((dep) => {
    if (dep !== null && typeof dep === "object") {
      if (dep[webpackQueues]) return dep;
      if (dep.then) {
        var queue = [];
        queue.d = 0;
        dep.then((r) => {
          obj[webpackExports] = r;
          resolveQueue(queue);
        }, (e) => {
          obj[webpackError] = e;
          resolveQueue(queue);
        });
        var obj = {};
        obj[webpackQueues] = (fn) => fn(queue);
        return obj;
      }
    }
    var ret = {};
    ret[webpackQueues] = (x) => {
    };
    ret[webpackExports] = dep;
    return ret;
  });
  __nccwpck_require__.a = (module, body, hasAwait) => {
    var queue;
    hasAwait && ((queue = []).d = -1);
    var depQueues = /* @__PURE__ */ new Set();
    var exports2 = module.exports;
    var currentDeps;
    var outerResolve;
    var reject;
    var promise = new Promise((resolve, rej) => {
      reject = rej;
      outerResolve = resolve;
    });
    promise[webpackExports] = exports2;
    promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {
    }));
    module.exports = promise;
    body((deps) => {
      currentDeps = wrapDeps(deps);
      var fn;
      var getResult = () => currentDeps.map((d) => {
        if (d[webpackError]) throw d[webpackError];
        return d[webpackExports];
      });
      var promise2 = new Promise((resolve) => {
        fn = () => resolve(getResult);
        fn.r = 0;
        var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
        currentDeps.map((dep) => dep[webpackQueues](fnQueue));
      });
      return fn.r ? promise2 : getResult();
    }, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports2), resolveQueue(queue)));
    queue && queue.d < 0 && (queue.d = 0);
  };
})();
(() => {
  __nccwpck_require__.n = (module) => {
    var getter = module && module.__esModule ? (
      /******/
      () => module["default"]
    ) : (
      /******/
      () => module
    );
    __nccwpck_require__.d(getter, { a: getter });
    return getter;
  };
})();
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
(() => {
  __nccwpck_require__.d = (exports2, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports2, key)) {
        Object.defineProperty(exports2, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = (chunkId) => {
    return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      __nccwpck_require__.f[key](chunkId, promises);
      return promises;
    }, []));
  };
})();
(() => {
  __nccwpck_require__.u = (chunkId) => {
    return "" + chunkId + ".index.js";
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
  __nccwpck_require__.r = (exports2) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports2, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports2, "__esModule", { value: true });
  };
})();
(() => {
  var installedChunks = {
    /******/
    792: 0
    /******/
  };
  var installChunk = (data) => {
    var { ids, modules, runtime } = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) {
      if (__nccwpck_require__.o(modules, moduleId)) {
        __nccwpck_require__.m[moduleId] = modules[moduleId];
      }
    }
    if (runtime) runtime(__nccwpck_require__);
    for (; i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
        installedChunks[chunkId][0]();
      }
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) {
      if (installedChunkData) {
        promises.push(installedChunkData[1]);
      } else {
        if (true) {
          var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
            if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
            throw e;
          });
          var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
          promises.push(installedChunkData[1] = promise);
        }
      }
    }
  };
})();
var __webpack_exports__ = __nccwpck_require__(9407);
__webpack_exports__ = await __webpack_exports__;
