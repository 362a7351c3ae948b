const id = 658;
const ids = [658];
const modules = {
  /***/
  9658: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        A: () => (
          /* binding */
          XMLParser
        )
      });
      var util = __webpack_require__(984);
      ;
      const defaultOnDangerousProperty = (name) => {
        if (util.q9.includes(name)) {
          return "__" + name;
        }
        return name;
      };
      const defaultOptions = {
        preserveOrder: false,
        attributeNamePrefix: "@_",
        attributesGroupName: false,
        textNodeName: "#text",
        ignoreAttributes: true,
        removeNSPrefix: false,
        // remove NS from tag name or attribute name if true
        allowBooleanAttributes: false,
        //a tag can have attributes without any value
        //ignoreRootElement : false,
        parseTagValue: true,
        parseAttributeValue: false,
        trimValues: true,
        //Trim string values of tag and attributes
        cdataPropName: false,
        numberParseOptions: {
          hex: true,
          leadingZeros: true,
          eNotation: true,
          unicode: false
        },
        tagValueProcessor: function(tagName, val) {
          return val;
        },
        attributeValueProcessor: function(attrName, val) {
          return val;
        },
        stopNodes: [],
        //nested tags will not be parsed even for errors
        alwaysCreateTextNode: false,
        isArray: () => false,
        commentPropName: false,
        unpairedTags: [],
        processEntities: true,
        htmlEntities: false,
        entityDecoder: null,
        ignoreDeclaration: false,
        ignorePiTags: false,
        transformTagName: false,
        transformAttributeName: false,
        updateTag: function(tagName, jPath, attrs) {
          return tagName;
        },
        // skipEmptyListItem: false
        captureMetaData: false,
        maxNestedTags: 100,
        strictReservedNames: true,
        jPath: true,
        // if true, pass jPath string to callbacks; if false, pass matcher instance
        onDangerousProperty: defaultOnDangerousProperty
      };
      function validatePropertyName(propertyName, optionName) {
        if (typeof propertyName !== "string") {
          return;
        }
        const normalized = propertyName.toLowerCase();
        if (util.q9.some((dangerous) => normalized === dangerous.toLowerCase())) {
          throw new Error(
            `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
          );
        }
        if (util.vl.some((dangerous) => normalized === dangerous.toLowerCase())) {
          throw new Error(
            `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
          );
        }
      }
      function normalizeProcessEntities(value, htmlEntities) {
        if (typeof value === "boolean") {
          return {
            enabled: value,
            // true or false
            maxEntitySize: 1e4,
            maxExpansionDepth: 1e4,
            maxTotalExpansions: Infinity,
            maxExpandedLength: 1e5,
            maxEntityCount: 1e3,
            allowedTags: null,
            tagFilter: null,
            appliesTo: "all"
          };
        }
        if (typeof value === "object" && value !== null) {
          return {
            enabled: value.enabled !== false,
            maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
            maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
            maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
            maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
            maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
            allowedTags: value.allowedTags ?? null,
            tagFilter: value.tagFilter ?? null,
            appliesTo: value.appliesTo ?? "all"
          };
        }
        return normalizeProcessEntities(true);
      }
      const buildOptions = function(options) {
        const built = Object.assign({}, defaultOptions, options);
        const propertyNameOptions = [
          { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
          { value: built.attributesGroupName, name: "attributesGroupName" },
          { value: built.textNodeName, name: "textNodeName" },
          { value: built.cdataPropName, name: "cdataPropName" },
          { value: built.commentPropName, name: "commentPropName" }
        ];
        for (const { value, name } of propertyNameOptions) {
          if (value) {
            validatePropertyName(value, name);
          }
        }
        if (built.onDangerousProperty === null) {
          built.onDangerousProperty = defaultOnDangerousProperty;
        }
        built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
        built.unpairedTagsSet = new Set(built.unpairedTags);
        if (built.stopNodes && Array.isArray(built.stopNodes)) {
          built.stopNodes = built.stopNodes.map((node) => {
            if (typeof node === "string" && node.startsWith("*.")) {
              return ".." + node.substring(2);
            }
            return node;
          });
        }
        return built;
      };
      ;
      let METADATA_SYMBOL;
      if (typeof Symbol !== "function") {
        METADATA_SYMBOL = "@@xmlMetadata";
      } else {
        METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
      }
      class XmlNode {
        constructor(tagname) {
          this.tagname = tagname;
          this.child = [];
          this[":@"] = /* @__PURE__ */ Object.create(null);
        }
        add(key, val) {
          if (key === "__proto__") key = "#__proto__";
          this.child.push({ [key]: val });
        }
        addChild(node, startIndex) {
          if (node.tagname === "__proto__") node.tagname = "#__proto__";
          if (node[":@"] && Object.keys(node[":@"]).length > 0) {
            this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
          } else {
            this.child.push({ [node.tagname]: node.child });
          }
          this.addStartIndex(startIndex);
        }
        addStartIndex(startIndex) {
          if (startIndex !== void 0) {
            this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
          }
        }
        addEndIndex(endIndex) {
          const lastChild = this.child[this.child.length - 1];
          if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
            lastChild[METADATA_SYMBOL].endIndex = endIndex;
          }
        }
        /** symbol used for metadata */
        static getMetaDataSymbol() {
          return METADATA_SYMBOL;
        }
      }
      ;
      const nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
      const nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
      const nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
      const nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
      const buildRegexes = (startChar, char, flags = "") => {
        const ncStart = startChar.replace(":", "");
        const ncChar = char.replace(":", "");
        const ncNamePat = `[${ncStart}][${ncChar}]*`;
        return {
          name: new RegExp(`^[${startChar}][${char}]*$`, flags),
          ncName: new RegExp(`^${ncNamePat}$`, flags),
          qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
          nmToken: new RegExp(`^[${char}]+$`, flags),
          nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
        };
      };
      const regexes10 = buildRegexes(nameStartChar10, nameChar10);
      const regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
      const nameStartCharAscii = ":A-Za-z_";
      const nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
      const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
      const getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
        if (asciiOnly) return regexesAscii;
        return xmlVersion === "1.1" ? regexes11 : regexes10;
      };
      const src_name = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).name.test(str);
      const ncName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).ncName.test(str);
      const qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
      const nmToken = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).nmToken.test(str);
      const nmTokens = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);
      const PRODUCTIONS = (
        /* unused pure expression or super */
        null
      );
      const createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
        if (!PRODUCTIONS.includes(production)) {
          throw new TypeError(
            `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
          );
        }
        const regex = getRegexes(xmlVersion, asciiOnly)[production];
        let cache = /* @__PURE__ */ new Map();
        const validator2 = (str) => {
          const cached = cache.get(str);
          if (cached !== void 0) return cached;
          const result = regex.test(str);
          if (cache.size < maxCacheSize) cache.set(str, result);
          return result;
        };
        validator2.reset = () => {
          cache = /* @__PURE__ */ new Map();
        };
        return validator2;
      };
      const validate = (str, production, { xmlVersion = "1.0", asciiOnly = false } = {}) => {
        if (!PRODUCTIONS.includes(production)) {
          throw new TypeError(
            `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
          );
        }
        const validators = { name: src_name, ncName, qName, nmToken, nmTokens };
        const isValid = validators[production](str, { xmlVersion, asciiOnly });
        if (isValid) return { valid: true, production, input: str };
        let reason = "Does not match the production rules";
        let position;
        const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
        const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;
        if (str.length === 0) {
          reason = "Input is empty";
        } else if (production === "ncName" && str.includes(":")) {
          position = str.indexOf(":");
          reason = "Colon is not allowed in NCName";
        } else if (production === "qName" && str.startsWith(":")) {
          reason = "QName cannot start with a colon";
          position = 0;
        } else if (production === "qName" && str.endsWith(":")) {
          reason = "QName cannot end with a colon";
          position = str.length - 1;
        } else if (production === "qName" && (str.match(/:/g) || []).length > 1) {
          reason = "QName can have at most one colon";
          position = str.lastIndexOf(":");
        } else if (["name", "ncName", "qName"].includes(production) && !startCharPattern.test(str[0])) {
          reason = `First character "${str[0]}" is not a valid NameStartChar`;
          position = 0;
        } else {
          for (let i = 0; i < str.length; i++) {
            if (!namePattern.test(str[i])) {
              reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
              position = i;
              break;
            }
          }
        }
        return { valid: false, production, input: str, reason, position };
      };
      const validateAll = (strings, production, opts = {}) => strings.map((str) => validate(str, production, opts));
      const sanitize = (str, production = "name", { replacement = "_", asciiOnly = false } = {}) => {
        if (!str) return replacement;
        let result = str;
        if (production === "ncName") {
          result = result.replace(/:/g, "");
        }
        const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
        result = result.replace(allowedCharPattern, replacement);
        if (production !== "nmToken" && production !== "nmTokens") {
          if (/^[\-\.\d]/.test(result)) {
            result = replacement + result;
          }
        }
        return result || replacement;
      };
      ;
      class DocTypeReader {
        constructor(options, xmlVersion) {
          this.suppressValidationErr = !options;
          this.options = options;
          this.xmlVersion = xmlVersion || 1;
        }
        setXmlVersion(xmlVersion = 1) {
          this.xmlVersion = xmlVersion;
        }
        readDocType(xmlData, i) {
          const entities = /* @__PURE__ */ Object.create(null);
          let entityCount = 0;
          if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null;
            let exp = "";
            for (; i < xmlData.length; i++) {
              if (quoteChar !== null) {
                if (xmlData[i] === quoteChar) quoteChar = null;
                exp += xmlData[i];
                continue;
              }
              if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                quoteChar = xmlData[i];
                exp += xmlData[i];
                continue;
              }
              if (xmlData[i] === "<" && !comment) {
                if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                  i += 7;
                  let entityName, val;
                  [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                  if (val.indexOf("&") === -1) {
                    if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                      throw new Error(
                        `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                      );
                    }
                    entities[entityName] = val;
                    entityCount++;
                  }
                } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                  i += 8;
                  const { index } = this.readElementExp(xmlData, i + 1);
                  i = index;
                } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                  i += 8;
                } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                  i += 9;
                  const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                  i = index;
                } else if (hasSeq(xmlData, "!--", i)) comment = true;
                else throw new Error(`Invalid DOCTYPE`);
                angleBracketsCount++;
                exp = "";
              } else if (xmlData[i] === ">") {
                if (comment) {
                  if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                    comment = false;
                    angleBracketsCount--;
                  }
                } else {
                  angleBracketsCount--;
                }
                if (angleBracketsCount === 0) {
                  break;
                }
              } else if (xmlData[i] === "[") {
                hasBody = true;
              } else {
                exp += xmlData[i];
              }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
              throw new Error(`Unclosed DOCTYPE`);
            }
          } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
          }
          return { entities, i };
        }
        readEntityExp(xmlData, i) {
          i = skipWhitespace(xmlData, i);
          const startIndex = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
          }
          let entityName = xmlData.substring(startIndex, i);
          validateEntityName(entityName, { xmlVersion: this.xmlVersion });
          i = skipWhitespace(xmlData, i);
          if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
              throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
              throw new Error("Parameter entities are not supported");
            }
          }
          let entityValue = "";
          [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
          if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
            throw new Error(
              `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
          }
          i--;
          return [entityName, entityValue, i];
        }
        readNotationExp(xmlData, i) {
          i = skipWhitespace(xmlData, i);
          const startIndex = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
          }
          let notationName = xmlData.substring(startIndex, i);
          !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });
          i = skipWhitespace(xmlData, i);
          const identifierType = xmlData.substring(i, i + 6).toUpperCase();
          if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
          }
          i += identifierType.length;
          i = skipWhitespace(xmlData, i);
          let publicIdentifier = null;
          let systemIdentifier = null;
          if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
            i = skipWhitespace(xmlData, i);
            if (xmlData[i] === '"' || xmlData[i] === "'") {
              [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
          } else if (identifierType === "SYSTEM") {
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            if (!this.suppressValidationErr && !systemIdentifier) {
              throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
          }
          return { notationName, publicIdentifier, systemIdentifier, index: --i };
        }
        readIdentifierVal(xmlData, i, type) {
          let identifierVal = "";
          const startChar = xmlData[i];
          if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
          }
          i++;
          const startIndex = i;
          while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
          }
          identifierVal = xmlData.substring(startIndex, i);
          if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
          }
          i++;
          return [i, identifierVal];
        }
        readElementExp(xmlData, i) {
          i = skipWhitespace(xmlData, i);
          const startIndex = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
          }
          let elementName = xmlData.substring(startIndex, i);
          if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
          }
          i = skipWhitespace(xmlData, i);
          let contentModel = "";
          if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
          else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
          else if (xmlData[i] === "(") {
            i++;
            const startIndex2 = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
              i++;
            }
            contentModel = xmlData.substring(startIndex2, i);
            if (xmlData[i] !== ")") {
              throw new Error("Unterminated content model");
            }
          } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
          }
          return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
          };
        }
        readAttlistExp(xmlData, i) {
          i = skipWhitespace(xmlData, i);
          let startIndex = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
          }
          let elementName = xmlData.substring(startIndex, i);
          validateEntityName(elementName, { xmlVersion: this.xmlVersion });
          i = skipWhitespace(xmlData, i);
          startIndex = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
          }
          let attributeName = xmlData.substring(startIndex, i);
          if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
          }
          i = skipWhitespace(xmlData, i);
          let attributeType = "";
          if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8;
            i = skipWhitespace(xmlData, i);
            if (xmlData[i] !== "(") {
              throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++;
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {
              const startIndex2 = i;
              while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                i++;
              }
              let notation = xmlData.substring(startIndex2, i);
              notation = notation.trim();
              if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                throw new Error(`Invalid notation name: "${notation}"`);
              }
              allowedNotations.push(notation);
              if (xmlData[i] === "|") {
                i++;
                i = skipWhitespace(xmlData, i);
              }
            }
            if (xmlData[i] !== ")") {
              throw new Error("Unterminated list of notations");
            }
            i++;
            attributeType += " (" + allowedNotations.join("|") + ")";
          } else {
            const startIndex2 = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
              i++;
            }
            attributeType += xmlData.substring(startIndex2, i);
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
              throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
          }
          i = skipWhitespace(xmlData, i);
          let defaultValue = "";
          if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
          } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
          } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
          }
          return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
          };
        }
      }
      const skipWhitespace = (data, index) => {
        while (index < data.length && /\s/.test(data[index])) {
          index++;
        }
        return index;
      };
      function hasSeq(data, seq, i) {
        for (let j = 0; j < seq.length; j++) {
          if (seq[j] !== data[i + j + 1]) return false;
        }
        return true;
      }
      function validateEntityName(name, xmlVersion) {
        if (qName(name, { xmlVersion }))
          return name;
        else
          throw new Error(`Invalid entity name ${name}`);
      }
      ;
      const SCRIPT_ZEROS = [
        // Basic Latin (ASCII) \u2014 included for completeness / pass-through
        48,
        // 0-9
        // Arabic scripts
        1632,
        // Arabic-Indic \u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669
        1776,
        // Extended Arabic-Indic (Urdu/Persian/Sindhi) \u06f0\u06f1\u06f2\u06f3
        // Indic scripts
        2406,
        // Devanagari \u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f
        2534,
        // Bengali \u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef
        2662,
        // Gurmukhi \u0a66\u0a67\u0a68\u0a69\u0a6a\u0a6b\u0a6c\u0a6d\u0a6e\u0a6f
        2790,
        // Gujarati \u0ae6\u0ae7\u0ae8\u0ae9\u0aea\u0aeb\u0aec\u0aed\u0aee\u0aef
        2918,
        // Odia \u0b66\u0b67\u0b68\u0b69\u0b6a\u0b6b\u0b6c\u0b6d\u0b6e\u0b6f
        3046,
        // Tamil \u0be6\u0be7\u0be8\u0be9\u0bea\u0beb\u0bec\u0bed\u0bee\u0bef
        3174,
        // Telugu \u0c66\u0c67\u0c68\u0c69\u0c6a\u0c6b\u0c6c\u0c6d\u0c6e\u0c6f
        3302,
        // Kannada \u0ce6\u0ce7\u0ce8\u0ce9\u0cea\u0ceb\u0cec\u0ced\u0cee\u0cef
        3430,
        // Malayalam \u0d66\u0d67\u0d68\u0d69\u0d6a\u0d6b\u0d6c\u0d6d\u0d6e\u0d6f
        3558,
        // Sinhala Archaic \u0de6\u0de7\u0de8\u0de9\u0dea\u0deb\u0dec\u0ded\u0dee\u0def
        // Southeast Asian scripts
        3664,
        // Thai \u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59
        3792,
        // Lao \u0ed0\u0ed1\u0ed2\u0ed3\u0ed4\u0ed5\u0ed6\u0ed7\u0ed8\u0ed9
        3872,
        // Tibetan \u0f20\u0f21\u0f22\u0f23\u0f24\u0f25\u0f26\u0f27\u0f28\u0f29
        4160,
        // Myanmar \u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049
        4240,
        // Myanmar Shan \u1090\u1091\u1092\u1093\u1094\u1095\u1096\u1097\u1098\u1099
        6112,
        // Khmer \u17e0\u17e1\u17e2\u17e3\u17e4\u17e5\u17e6\u17e7\u17e8\u17e9
        6160,
        // Mongolian \u1810\u1811\u1812\u1813\u1814\u1815\u1816\u1817\u1818\u1819
        6470,
        // Limbu \u1946\u1947\u1948\u1949\u194a\u194b\u194c\u194d\u194e\u194f
        6608,
        // New Tai Lue \u19d0\u19d1\u19d2\u19d3\u19d4\u19d5\u19d6\u19d7\u19d8\u19d9
        6784,
        // Tai Tham Hora \u1a80\u1a81\u1a82\u1a83\u1a84\u1a85\u1a86\u1a87\u1a88\u1a89
        6800,
        // Tai Tham Tham \u1a90\u1a91\u1a92\u1a93\u1a94\u1a95\u1a96\u1a97\u1a98\u1a99
        6992,
        // Balinese \u1b50\u1b51\u1b52\u1b53\u1b54\u1b55\u1b56\u1b57\u1b58\u1b59
        7088,
        // Sundanese \u1bb0\u1bb1\u1bb2\u1bb3\u1bb4\u1bb5\u1bb6\u1bb7\u1bb8\u1bb9
        7232,
        // Lepcha \u1c40\u1c41\u1c42\u1c43\u1c44\u1c45\u1c46\u1c47\u1c48\u1c49
        7248,
        // Ol Chiki \u1c50\u1c51\u1c52\u1c53\u1c54\u1c55\u1c56\u1c57\u1c58\u1c59
        // Fullwidth (CJK context)
        65296,
        // Fullwidth \uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19
        // Mathematical digit variants (Unicode math block)
        120782,
        // Mathematical Bold
        120792,
        // Mathematical Double-Struck
        120802,
        // Mathematical Sans-Serif
        120812,
        // Mathematical Sans-Serif Bold
        120822,
        // Mathematical Monospace
        // Other scripts
        66720,
        // Osmanya \ud801\udca0\ud801\udca1\ud801\udca2\ud801\udca3\ud801\udca4\ud801\udca5\ud801\udca6\ud801\udca7\ud801\udca8\ud801\udca9
        68912,
        // Hanifi Rohingya \ud803\udd30\ud803\udd31\ud803\udd32\ud803\udd33\ud803\udd34\ud803\udd35\ud803\udd36\ud803\udd37\ud803\udd38\ud803\udd39
        69734,
        // Brahmi \ud804\udc66\ud804\udc67\ud804\udc68\ud804\udc69\ud804\udc6a\ud804\udc6b\ud804\udc6c\ud804\udc6d\ud804\udc6e\ud804\udc6f
        69872,
        // Sora Sompeng \ud804\udcf0\ud804\udcf1\ud804\udcf2\ud804\udcf3\ud804\udcf4\ud804\udcf5\ud804\udcf6\ud804\udcf7\ud804\udcf8\ud804\udcf9
        69942,
        // Chakma \ud804\udd36\ud804\udd37\ud804\udd38\ud804\udd39\ud804\udd3a\ud804\udd3b\ud804\udd3c\ud804\udd3d\ud804\udd3e\ud804\udd3f
        70096,
        // Sharada \ud804\uddd0\ud804\uddd1\ud804\uddd2\ud804\uddd3\ud804\uddd4\ud804\uddd5\ud804\uddd6\ud804\uddd7\ud804\uddd8\ud804\uddd9
        70384,
        // Khudawadi \ud804\udef0\ud804\udef1\ud804\udef2\ud804\udef3\ud804\udef4\ud804\udef5\ud804\udef6\ud804\udef7\ud804\udef8\ud804\udef9
        70736,
        // Newa \ud805\udc50\ud805\udc51\ud805\udc52\ud805\udc53\ud805\udc54\ud805\udc55\ud805\udc56\ud805\udc57\ud805\udc58\ud805\udc59
        70864,
        // Tirhuta \ud805\udcd0\ud805\udcd1\ud805\udcd2\ud805\udcd3\ud805\udcd4\ud805\udcd5\ud805\udcd6\ud805\udcd7\ud805\udcd8\ud805\udcd9
        71248,
        // Modi \ud805\ude50\ud805\ude51\ud805\ude52\ud805\ude53\ud805\ude54\ud805\ude55\ud805\ude56\ud805\ude57\ud805\ude58\ud805\ude59
        71360,
        // Takri \ud805\udec0\ud805\udec1\ud805\udec2\ud805\udec3\ud805\udec4\ud805\udec5\ud805\udec6\ud805\udec7\ud805\udec8\ud805\udec9
        71472,
        // Ahom \ud805\udf30\ud805\udf31\ud805\udf32\ud805\udf33\ud805\udf34\ud805\udf35\ud805\udf36\ud805\udf37\ud805\udf38\ud805\udf39
        71904,
        // Warang Citi \ud806\udce0\ud806\udce1\ud806\udce2\ud806\udce3\ud806\udce4\ud806\udce5\ud806\udce6\ud806\udce7\ud806\udce8\ud806\udce9
        72016,
        // Dives Akuru \ud806\udd50\ud806\udd51\ud806\udd52\ud806\udd53\ud806\udd54\ud806\udd55\ud806\udd56\ud806\udd57\ud806\udd58\ud806\udd59
        72688,
        // Khitan Small Script \ud806\udff0\ud806\udff1\ud806\udff2\ud806\udff3\ud806\udff4\ud806\udff5\ud806\udff6\ud806\udff7\ud806\udff8\ud806\udff9
        72784,
        // Bhaiksuki \ud807\udc50\ud807\udc51\ud807\udc52\ud807\udc53\ud807\udc54\ud807\udc55\ud807\udc56\ud807\udc57\ud807\udc58\ud807\udc59
        73040,
        // Masaram Gondi \ud807\udd50\ud807\udd51\ud807\udd52\ud807\udd53\ud807\udd54\ud807\udd55\ud807\udd56\ud807\udd57\ud807\udd58\ud807\udd59
        73120,
        // Gunjala Gondi \ud807\udda0\ud807\udda1\ud807\udda2\ud807\udda3\ud807\udda4\ud807\udda5\ud807\udda6\ud807\udda7\ud807\udda8\ud807\udda9
        73552,
        // Kawi \ud807\udf50\ud807\udf51\ud807\udf52\ud807\udf53\ud807\udf54\ud807\udf55\ud807\udf56\ud807\udf57\ud807\udf58\ud807\udf59
        92768,
        // Mro \ud81a\ude60\ud81a\ude61\ud81a\ude62\ud81a\ude63\ud81a\ude64\ud81a\ude65\ud81a\ude66\ud81a\ude67\ud81a\ude68\ud81a\ude69
        92864,
        // Tangsa \ud81a\udec0\ud81a\udec1\ud81a\udec2\ud81a\udec3\ud81a\udec4\ud81a\udec5\ud81a\udec6\ud81a\udec7\ud81a\udec8\ud81a\udec9
        93008,
        // Pahawh Hmong \ud81a\udf50\ud81a\udf51\ud81a\udf52\ud81a\udf53\ud81a\udf54\ud81a\udf55\ud81a\udf56\ud81a\udf57\ud81a\udf58\ud81a\udf59
        123200,
        // Nyiakeng Puachue Hmong \ud838\udd40\ud838\udd41\ud838\udd42\ud838\udd43\ud838\udd44\ud838\udd45\ud838\udd46\ud838\udd47\ud838\udd48\ud838\udd49
        123632,
        // Wancho \ud838\udef0\ud838\udef1\ud838\udef2\ud838\udef3\ud838\udef4\ud838\udef5\ud838\udef6\ud838\udef7\ud838\udef8\ud838\udef9
        124144,
        // Nag Mundari \ud839\udcf0\ud839\udcf1\ud839\udcf2\ud839\udcf3\ud839\udcf4\ud839\udcf5\ud839\udcf6\ud839\udcf7\ud839\udcf8\ud839\udcf9
        125264,
        // Adlam \ud83a\udd50\ud83a\udd51\ud83a\udd52\ud83a\udd53\ud83a\udd54\ud83a\udd55\ud83a\udd56\ud83a\udd57\ud83a\udd58\ud83a\udd59
        130032
        // Segmented digit symbols \ud83e\udff0\ud83e\udff1\ud83e\udff2\ud83e\udff3\ud83e\udff4\ud83e\udff5\ud83e\udff6\ud83e\udff7\ud83e\udff8\ud83e\udff9
      ];
      const NOT_DIGIT = 255;
      const HIGH_MAP = /* @__PURE__ */ new Map();
      const LOW_MAX = 65535;
      const LOW_MIN = 1632;
      const TABLE_OFFSET = LOW_MIN;
      const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
      const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
      for (const zero of SCRIPT_ZEROS) {
        for (let d = 0; d < 10; d++) {
          const cp = zero + d;
          if (cp <= LOW_MAX) {
            TABLE[cp - TABLE_OFFSET] = d;
          } else {
            HIGH_MAP.set(cp, d);
          }
        }
      }
      ;
      const CHAR_0 = 48;
      const CHAR_9 = 57;
      const CHAR_MINUS = 45;
      const MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
      function anynum(str) {
        if (typeof str !== "string") return str;
        const len = str.length;
        if (len === 0) return str;
        let firstHit = -1;
        for (let i = 0; i < len; i++) {
          const cc = str.charCodeAt(i);
          if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
          if (cc < TABLE_OFFSET) {
            if (MINUS_SET.has(cc)) {
              firstHit = i;
              break;
            }
            continue;
          }
          if (cc >= 55296 && cc <= 56319) {
            if (i + 1 < len) {
              const low = str.charCodeAt(i + 1);
              if (low >= 56320 && low <= 57343) {
                const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
                if (HIGH_MAP.has(cp)) {
                  firstHit = i;
                  break;
                }
              }
            }
            continue;
          }
          if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
            firstHit = i;
            break;
          }
        }
        if (firstHit === -1) return str;
        const chars = [];
        if (firstHit > 0) chars.push(str.slice(0, firstHit));
        for (let i = firstHit; i < len; i++) {
          const cc = str.charCodeAt(i);
          if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
            chars.push(str[i]);
            continue;
          }
          if (cc < TABLE_OFFSET) {
            chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
            continue;
          }
          if (cc >= 55296 && cc <= 56319) {
            if (i + 1 < len) {
              const low = str.charCodeAt(i + 1);
              if (low >= 56320 && low <= 57343) {
                const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
                const d2 = HIGH_MAP.get(cp);
                if (d2 !== void 0) {
                  chars.push(String.fromCharCode(d2 + 48));
                  i++;
                  continue;
                }
              }
            }
            chars.push(str[i]);
            continue;
          }
          if (MINUS_SET.has(cc)) {
            chars.push("-");
            continue;
          }
          const d = TABLE[cc - TABLE_OFFSET];
          chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
        }
        return chars.join("");
      }
      const anynum_anynum = anynum;
      ;
      const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
      const binRegex = /^0b[01]+$/;
      const octRegex = /^0o[0-7]+$/;
      const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
      const consider = {
        hex: true,
        binary: false,
        octal: false,
        leadingZeros: true,
        decimalPoint: ".",
        eNotation: true,
        //skipLike: /regex/,
        infinity: "original",
        // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
        unicode: false
      };
      function toNumber(str, options = {}) {
        options = Object.assign({}, consider, options);
        if (!str || typeof str !== "string") return str;
        let trimmedStr = str.trim();
        if (trimmedStr.length === 0) return str;
        else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
        else if (trimmedStr === "0") return 0;
        if (options.unicode) {
          trimmedStr = anynum_anynum(trimmedStr);
          if (trimmedStr === "0") return 0;
        }
        if (options.hex && hexRegex.test(trimmedStr)) {
          return parse_int(trimmedStr, 16);
        } else if (options.binary && binRegex.test(trimmedStr)) {
          return parse_int(trimmedStr, 2);
        } else if (options.octal && octRegex.test(trimmedStr)) {
          return parse_int(trimmedStr, 8);
        } else if (!isFinite(trimmedStr)) {
          const num = Number(trimmedStr);
          if (Number.isNaN(num)) return str;
          return handleInfinity(str, num, options);
        } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
          return resolveEnotation(str, trimmedStr, options);
        } else {
          const match = numRegex.exec(trimmedStr);
          if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]);
            const decimalAdjacentToLeadingZeros = sign ? (
              // 0., -00., 000.
              trimmedStr[leadingZeros.length + 1] === "."
            ) : trimmedStr[leadingZeros.length] === ".";
            if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
              return str;
            } else {
              const num = Number(trimmedStr);
              const parsedStr = String(num);
              if (num === 0) return num;
              if (parsedStr.search(/[eE]/) !== -1) {
                if (options.eNotation) return num;
                else return str;
              } else if (trimmedStr.indexOf(".") !== -1) {
                if (parsedStr === "0") return num;
                else if (parsedStr === numTrimmedByZeros) return num;
                else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                else return str;
              }
              let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
              if (leadingZeros) {
                return n === parsedStr || sign + n === parsedStr ? num : str;
              } else {
                return n === parsedStr || n === sign + parsedStr ? num : str;
              }
            }
          } else {
            return str;
          }
        }
      }
      const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
      function resolveEnotation(str, trimmedStr, options) {
        if (!options.eNotation) return str;
        const notation = trimmedStr.match(eNotationRegx);
        if (notation) {
          let sign = notation[1] || "";
          const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
          const leadingZeros = notation[2];
          const eAdjacentToLeadingZeros = sign ? (
            // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
          ) : trimmedStr[leadingZeros.length] === eChar;
          if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
          else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
          } else if (leadingZeros.length > 0) {
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
              return Number(trimmedStr);
            } else return str;
          } else {
            return Number(trimmedStr);
          }
        } else {
          return str;
        }
      }
      function trimZeros(numStr) {
        if (numStr && numStr.indexOf(".") !== -1) {
          let end = numStr.length;
          while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
          numStr = numStr.slice(0, end);
          if (numStr === ".") numStr = "0";
          else if (numStr[0] === ".") numStr = "0" + numStr;
          else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
          return numStr;
        }
        return numStr;
      }
      function parse_int(numStr, base) {
        const str = numStr.trim();
        if (base === 2 || base === 8) numStr = str.substring(2);
        if (parseInt) return parseInt(numStr, base);
        else if (Number.parseInt) return Number.parseInt(numStr, base);
        else if (window && window.parseInt) return window.parseInt(numStr, base);
        else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
      }
      function handleInfinity(str, num, options) {
        const isPositive = num === Infinity;
        switch (options.infinity.toLowerCase()) {
          case "null":
            return null;
          case "infinity":
            return num;
          // Return Infinity or -Infinity
          case "string":
            return isPositive ? "Infinity" : "-Infinity";
          case "original":
          default:
            return str;
        }
      }
      ;
      function getIgnoreAttributesFn(ignoreAttributes) {
        if (typeof ignoreAttributes === "function") {
          return ignoreAttributes;
        }
        if (Array.isArray(ignoreAttributes)) {
          return (attrName) => {
            for (const pattern of ignoreAttributes) {
              if (typeof pattern === "string" && attrName === pattern) {
                return true;
              }
              if (pattern instanceof RegExp && pattern.test(attrName)) {
                return true;
              }
            }
          };
        }
        return () => false;
      }
      ;
      class MatcherView {
        /**
         * @param {Matcher} matcher - The parent Matcher instance to read from.
         */
        constructor(matcher) {
          this._matcher = matcher;
        }
        /**
         * Get the path separator used by the parent matcher.
         * @returns {string}
         */
        get separator() {
          return this._matcher.separator;
        }
        /**
         * Get current tag name.
         * @returns {string|undefined}
         */
        getCurrentTag() {
          const path = this._matcher.path;
          return path.length > 0 ? path[path.length - 1].tag : void 0;
        }
        /**
         * Get current namespace.
         * @returns {string|undefined}
         */
        getCurrentNamespace() {
          const path = this._matcher.path;
          return path.length > 0 ? path[path.length - 1].namespace : void 0;
        }
        /**
         * Get current node's attribute value.
         * @param {string} attrName
         * @returns {*}
         */
        getAttrValue(attrName) {
          const path = this._matcher.path;
          if (path.length === 0) return void 0;
          return path[path.length - 1].values?.[attrName];
        }
        /**
         * Check if current node has an attribute.
         * @param {string} attrName
         * @returns {boolean}
         */
        hasAttr(attrName) {
          const path = this._matcher.path;
          if (path.length === 0) return false;
          const current = path[path.length - 1];
          return current.values !== void 0 && attrName in current.values;
        }
        /**
         * Get the value of a "kept" attribute from the nearest ancestor (or
         * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
         * @param {string} attrName
         * @returns {*}
         */
        getAnyParentAttr(attrName) {
          return this._matcher.getAnyParentAttr(attrName);
        }
        /**
         * Check whether any ancestor (or the current node) kept the given
         * attribute via `push(tag, attrs, ns, { keep: [...] })`.
         * @param {string} attrName
         * @returns {boolean}
         */
        hasAnyParentAttr(attrName) {
          return this._matcher.hasAnyParentAttr(attrName);
        }
        /**
         * Get current node's sibling position (child index in parent).
         * @returns {number}
         */
        getPosition() {
          const path = this._matcher.path;
          if (path.length === 0) return -1;
          return path[path.length - 1].position ?? 0;
        }
        /**
         * Get current node's repeat counter (occurrence count of this tag name).
         * @returns {number}
         */
        getCounter() {
          const path = this._matcher.path;
          if (path.length === 0) return -1;
          return path[path.length - 1].counter ?? 0;
        }
        /**
         * Get current node's sibling index (alias for getPosition).
         * @returns {number}
         * @deprecated Use getPosition() or getCounter() instead
         */
        getIndex() {
          return this.getPosition();
        }
        /**
         * Get current path depth.
         * @returns {number}
         */
        getDepth() {
          return this._matcher.path.length;
        }
        /**
         * Get path as string.
         * @param {string} [separator] - Optional separator (uses default if not provided)
         * @param {boolean} [includeNamespace=true]
         * @returns {string}
         */
        toString(separator, includeNamespace = true) {
          return this._matcher.toString(separator, includeNamespace);
        }
        /**
         * Get path as array of tag names.
         * @returns {string[]}
         */
        toArray() {
          return this._matcher.path.map((n) => n.tag);
        }
        /**
         * Match current path against an Expression.
         * @param {Expression} expression
         * @returns {boolean}
         */
        matches(expression) {
          return this._matcher.matches(expression);
        }
        /**
         * Match any expression in the given set against the current path.
         * @param {ExpressionSet} exprSet
         * @returns {boolean}
         */
        matchesAny(exprSet) {
          return exprSet.matchesAny(this._matcher);
        }
      }
      class Matcher {
        /**
         * Create a new Matcher.
         * @param {Object} [options={}]
         * @param {string} [options.separator='.'] - Default path separator
         */
        constructor(options = {}) {
          this.separator = options.separator || ".";
          this.path = [];
          this.siblingStacks = [];
          this._pathStringCache = null;
          this._view = new MatcherView(this);
          this._keptAttrs = [];
        }
        /**
         * Push a new tag onto the path.
         * @param {string} tagName
         * @param {Object|null} [attrValues=null]
         * @param {string|null} [namespace=null]
         * @param {Object|null} [options=null]
         * @param {string[]} [options.keep] - Names of attributes (from attrValues)
         */
        push(tagName, attrValues = null, namespace = null, options = null) {
          this._pathStringCache = null;
          if (this.path.length > 0) {
            this.path[this.path.length - 1].values = void 0;
          }
          const currentLevel = this.path.length;
          let level = this.siblingStacks[currentLevel];
          if (!level) {
            level = { counts: /* @__PURE__ */ new Map(), total: 0 };
            this.siblingStacks[currentLevel] = level;
          }
          const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
          const counter = level.counts.get(siblingKey) || 0;
          const position = level.total;
          level.counts.set(siblingKey, counter + 1);
          level.total++;
          const node = {
            tag: tagName,
            position,
            counter
          };
          if (namespace !== null && namespace !== void 0) {
            node.namespace = namespace;
          }
          if (attrValues !== null && attrValues !== void 0) {
            node.values = attrValues;
          }
          this.path.push(node);
          const depth = this.path.length;
          const keep = options !== null ? options.keep : null;
          if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
            for (let i = 0; i < keep.length; i++) {
              const name = keep[i];
              if (attrValues[name] !== void 0) {
                this._keptAttrs.push({ depth, name, value: attrValues[name] });
              }
            }
          }
        }
        /**
         * Pop the last tag from the path.
         * @returns {Object|undefined} The popped node
         */
        pop() {
          if (this.path.length === 0) return void 0;
          this._pathStringCache = null;
          const node = this.path.pop();
          if (this.siblingStacks.length > this.path.length + 1) {
            this.siblingStacks.length = this.path.length + 1;
          }
          const poppedDepth = this.path.length + 1;
          while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
            this._keptAttrs.pop();
          }
          return node;
        }
        /**
         * Update current node's attribute values.
         * Useful when attributes are parsed after push.
         * @param {Object} attrValues
         */
        updateCurrent(attrValues) {
          if (this.path.length > 0) {
            const current = this.path[this.path.length - 1];
            if (attrValues !== null && attrValues !== void 0) {
              current.values = attrValues;
            }
          }
        }
        /**
         * Get current tag name.
         * @returns {string|undefined}
         */
        getCurrentTag() {
          return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
        }
        /**
         * Get current namespace.
         * @returns {string|undefined}
         */
        getCurrentNamespace() {
          return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
        }
        /**
         * Get current node's attribute value.
         * @param {string} attrName
         * @returns {*}
         */
        getAttrValue(attrName) {
          if (this.path.length === 0) return void 0;
          return this.path[this.path.length - 1].values?.[attrName];
        }
        /**
         * Check if current node has an attribute.
         * @param {string} attrName
         * @returns {boolean}
         */
        hasAttr(attrName) {
          if (this.path.length === 0) return false;
          const current = this.path[this.path.length - 1];
          return current.values !== void 0 && attrName in current.values;
        }
        /**
         * Get the value of a "kept" attribute from the nearest ancestor (or
         * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
         * Unlike getAttrValue(), this works regardless of how deep the path has
         * gone since the attribute was pushed \u2014 but only for attribute names that
         * were explicitly marked with `keep` at push time. Cost is proportional to
         * the number of currently-kept attributes (typically 0-3), not path depth.
         * @param {string} attrName
         * @returns {*} the value, or undefined if no ancestor kept this attribute
         */
        getAnyParentAttr(attrName) {
          const kept = this._keptAttrs;
          for (let i = kept.length - 1; i >= 0; i--) {
            if (kept[i].name === attrName) return kept[i].value;
          }
          return void 0;
        }
        /**
         * Check whether any ancestor (or the current node) kept the given
         * attribute via `push(tag, attrs, ns, { keep: [...] })`.
         * @param {string} attrName
         * @returns {boolean}
         */
        hasAnyParentAttr(attrName) {
          const kept = this._keptAttrs;
          for (let i = kept.length - 1; i >= 0; i--) {
            if (kept[i].name === attrName) return true;
          }
          return false;
        }
        /**
         * Get current node's sibling position (child index in parent).
         * @returns {number}
         */
        getPosition() {
          if (this.path.length === 0) return -1;
          return this.path[this.path.length - 1].position ?? 0;
        }
        /**
         * Get current node's repeat counter (occurrence count of this tag name).
         * @returns {number}
         */
        getCounter() {
          if (this.path.length === 0) return -1;
          return this.path[this.path.length - 1].counter ?? 0;
        }
        /**
         * Get current node's sibling index (alias for getPosition).
         * @returns {number}
         * @deprecated Use getPosition() or getCounter() instead
         */
        getIndex() {
          return this.getPosition();
        }
        /**
         * Get current path depth.
         * @returns {number}
         */
        getDepth() {
          return this.path.length;
        }
        /**
         * Get path as string.
         * @param {string} [separator] - Optional separator (uses default if not provided)
         * @param {boolean} [includeNamespace=true]
         * @returns {string}
         */
        toString(separator, includeNamespace = true) {
          const sep2 = separator || this.separator;
          const isDefault = sep2 === this.separator && includeNamespace === true;
          if (isDefault) {
            if (this._pathStringCache !== null) {
              return this._pathStringCache;
            }
            const result = this.path.map(
              (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
            ).join(sep2);
            this._pathStringCache = result;
            return result;
          }
          return this.path.map(
            (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
          ).join(sep2);
        }
        /**
         * Get path as array of tag names.
         * @returns {string[]}
         */
        toArray() {
          return this.path.map((n) => n.tag);
        }
        /**
         * Reset the path to empty.
         */
        reset() {
          this._pathStringCache = null;
          this.path = [];
          this.siblingStacks = [];
          this._keptAttrs = [];
        }
        /**
         * Match current path against an Expression.
         * @param {Expression} expression
         * @returns {boolean}
         */
        matches(expression) {
          const segments = expression.segments;
          if (segments.length === 0) {
            return false;
          }
          if (expression.hasDeepWildcard()) {
            return this._matchWithDeepWildcard(segments);
          }
          return this._matchSimple(segments);
        }
        /**
         * @private
         */
        _matchSimple(segments) {
          if (this.path.length !== segments.length) {
            return false;
          }
          for (let i = 0; i < segments.length; i++) {
            if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
              return false;
            }
          }
          return true;
        }
        /**
         * @private
         */
        _matchWithDeepWildcard(segments) {
          let pathIdx = this.path.length - 1;
          let segIdx = segments.length - 1;
          while (segIdx >= 0 && pathIdx >= 0) {
            const segment = segments[segIdx];
            if (segment.type === "deep-wildcard") {
              segIdx--;
              if (segIdx < 0) {
                return true;
              }
              const nextSeg = segments[segIdx];
              let found = false;
              for (let i = pathIdx; i >= 0; i--) {
                if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
                  pathIdx = i - 1;
                  segIdx--;
                  found = true;
                  break;
                }
              }
              if (!found) {
                return false;
              }
            } else {
              if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
                return false;
              }
              pathIdx--;
              segIdx--;
            }
          }
          return segIdx < 0;
        }
        /**
         * @private
         */
        _matchSegment(segment, node, isCurrentNode) {
          if (segment.tag !== "*" && segment.tag !== node.tag) {
            return false;
          }
          if (segment.namespace !== void 0) {
            if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
              return false;
            }
          }
          if (segment.attrName !== void 0) {
            if (!isCurrentNode) {
              return false;
            }
            if (!node.values || !(segment.attrName in node.values)) {
              return false;
            }
            if (segment.attrValue !== void 0) {
              if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
                return false;
              }
            }
          }
          if (segment.position !== void 0) {
            if (!isCurrentNode) {
              return false;
            }
            const counter = node.counter ?? 0;
            if (segment.position === "first" && counter !== 0) {
              return false;
            } else if (segment.position === "odd" && counter % 2 !== 1) {
              return false;
            } else if (segment.position === "even" && counter % 2 !== 0) {
              return false;
            } else if (segment.position === "nth" && counter !== segment.positionValue) {
              return false;
            }
          }
          return true;
        }
        /**
         * Match any expression in the given set against the current path.
         * @param {ExpressionSet} exprSet
         * @returns {boolean}
         */
        matchesAny(exprSet) {
          return exprSet.matchesAny(this);
        }
        /**
         * Create a snapshot of current state.
         * @returns {Object}
         */
        snapshot() {
          return {
            path: this.path.map((node) => ({ ...node })),
            siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
            keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
          };
        }
        /**
         * Restore state from snapshot.
         * @param {Object} snapshot
         */
        restore(snapshot) {
          this._pathStringCache = null;
          this.path = snapshot.path.map((node) => ({ ...node }));
          this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
          this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
        }
        /**
         * Return the read-only {@link MatcherView} for this matcher.
         *
         * The same instance is returned on every call \u2014 no allocation occurs.
         * It always reflects the current parser state and is safe to pass to
         * user callbacks without risk of accidental mutation.
         *
         * @returns {MatcherView}
         *
         * @example
         * const view = matcher.readOnly();
         * // pass view to callbacks \u2014 it stays in sync automatically
         * view.matches(expr);       // \u2713
         * view.getCurrentTag();     // \u2713
         * // view.push(...)         // \u2717 method does not exist \u2014 caught by TypeScript
         */
        readOnly() {
          return this._view;
        }
      }
      ;
      class Expression {
        /**
         * Create a new Expression
         * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
         * @param {Object} options - Configuration options
         * @param {string} options.separator - Path separator (default: '.')
         */
        constructor(pattern, options = {}, data) {
          this.pattern = pattern;
          this.separator = options.separator || ".";
          this.segments = this._parse(pattern);
          this.data = data;
          this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
          this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
          this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
        }
        /**
         * Parse pattern string into segments
         * @private
         * @param {string} pattern - Pattern to parse
         * @returns {Array} Array of segment objects
         */
        _parse(pattern) {
          const segments = [];
          let i = 0;
          let currentPart = "";
          while (i < pattern.length) {
            if (pattern[i] === this.separator) {
              if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
                if (currentPart.trim()) {
                  segments.push(this._parseSegment(currentPart.trim()));
                  currentPart = "";
                }
                segments.push({ type: "deep-wildcard" });
                i += 2;
              } else {
                if (currentPart.trim()) {
                  segments.push(this._parseSegment(currentPart.trim()));
                }
                currentPart = "";
                i++;
              }
            } else {
              currentPart += pattern[i];
              i++;
            }
          }
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          return segments;
        }
        /**
         * Parse a single segment
         * @private
         * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
         * @returns {Object} Segment object
         */
        _parseSegment(part) {
          const segment = { type: "tag" };
          let bracketContent = null;
          let withoutBrackets = part;
          const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
          if (bracketMatch) {
            withoutBrackets = bracketMatch[1] + bracketMatch[3];
            if (bracketMatch[2]) {
              const content = bracketMatch[2].slice(1, -1);
              if (content) {
                bracketContent = content;
              }
            }
          }
          let namespace = void 0;
          let tagAndPosition = withoutBrackets;
          if (withoutBrackets.includes("::")) {
            const nsIndex = withoutBrackets.indexOf("::");
            namespace = withoutBrackets.substring(0, nsIndex).trim();
            tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
            if (!namespace) {
              throw new Error(`Invalid namespace in pattern: ${part}`);
            }
          }
          let tag = void 0;
          let positionMatch = null;
          if (tagAndPosition.includes(":")) {
            const colonIndex = tagAndPosition.lastIndexOf(":");
            const tagPart = tagAndPosition.substring(0, colonIndex).trim();
            const posPart = tagAndPosition.substring(colonIndex + 1).trim();
            const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
            if (isPositionKeyword) {
              tag = tagPart;
              positionMatch = posPart;
            } else {
              tag = tagAndPosition;
            }
          } else {
            tag = tagAndPosition;
          }
          if (!tag) {
            throw new Error(`Invalid segment pattern: ${part}`);
          }
          segment.tag = tag;
          if (namespace) {
            segment.namespace = namespace;
          }
          if (bracketContent) {
            if (bracketContent.includes("=")) {
              const eqIndex = bracketContent.indexOf("=");
              segment.attrName = bracketContent.substring(0, eqIndex).trim();
              segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
            } else {
              segment.attrName = bracketContent.trim();
            }
          }
          if (positionMatch) {
            const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
            if (nthMatch) {
              segment.position = "nth";
              segment.positionValue = parseInt(nthMatch[1], 10);
            } else {
              segment.position = positionMatch;
            }
          }
          return segment;
        }
        /**
         * Get the number of segments
         * @returns {number}
         */
        get length() {
          return this.segments.length;
        }
        /**
         * Check if expression contains deep wildcard
         * @returns {boolean}
         */
        hasDeepWildcard() {
          return this._hasDeepWildcard;
        }
        /**
         * Check if expression has attribute conditions
         * @returns {boolean}
         */
        hasAttributeCondition() {
          return this._hasAttributeCondition;
        }
        /**
         * Check if expression has position selectors
         * @returns {boolean}
         */
        hasPositionSelector() {
          return this._hasPositionSelector;
        }
        /**
         * Get string representation
         * @returns {string}
         */
        toString() {
          return this.pattern;
        }
      }
      ;
      class ExpressionSet {
        constructor() {
          this._byDepthAndTag = /* @__PURE__ */ new Map();
          this._wildcardByDepth = /* @__PURE__ */ new Map();
          this._deepWildcards = [];
          this._deepByTerminalTag = /* @__PURE__ */ new Map();
          this._patterns = /* @__PURE__ */ new Set();
          this._sealed = false;
        }
        /**
         * Add an Expression to the set.
         * Duplicate patterns (same pattern string) are silently ignored.
         *
         * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
         * @returns {this} for chaining
         * @throws {TypeError} if called after seal()
         *
         * @example
         * set.add(new Expression('root.users.user'));
         * set.add(new Expression('..script'));
         */
        add(expression) {
          if (this._sealed) {
            throw new TypeError(
              "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
            );
          }
          if (this._patterns.has(expression.pattern)) return this;
          this._patterns.add(expression.pattern);
          if (expression.hasDeepWildcard()) {
            const lastSeg2 = expression.segments[expression.segments.length - 1];
            if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
              const tag2 = lastSeg2.tag;
              if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
              this._deepByTerminalTag.get(tag2).push(expression);
            } else {
              this._deepWildcards.push(expression);
            }
            return this;
          }
          const depth = expression.length;
          const lastSeg = expression.segments[expression.segments.length - 1];
          const tag = lastSeg?.tag;
          if (!tag || tag === "*") {
            if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
            this._wildcardByDepth.get(depth).push(expression);
          } else {
            const key = `${depth}:${tag}`;
            if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
            this._byDepthAndTag.get(key).push(expression);
          }
          return this;
        }
        /**
         * Add multiple expressions at once.
         *
         * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
         * @returns {this} for chaining
         *
         * @example
         * set.addAll([
         *   new Expression('root.users.user'),
         *   new Expression('root.config.setting'),
         * ]);
         */
        addAll(expressions) {
          for (const expr of expressions) this.add(expr);
          return this;
        }
        /**
         * Check whether a pattern string is already present in the set.
         *
         * @param {import('./Expression.js').default} expression
         * @returns {boolean}
         */
        has(expression) {
          return this._patterns.has(expression.pattern);
        }
        /**
         * Number of expressions in the set.
         * @type {number}
         */
        get size() {
          return this._patterns.size;
        }
        /**
         * Seal the set against further modifications.
         * Useful to prevent accidental mutations after config is built.
         * Calling add() or addAll() on a sealed set throws a TypeError.
         *
         * @returns {this}
         */
        seal() {
          this._sealed = true;
          return this;
        }
        /**
         * Whether the set has been sealed.
         * @type {boolean}
         */
        get isSealed() {
          return this._sealed;
        }
        /**
         * Test whether the matcher's current path matches any expression in the set.
         *
         * Evaluation order (cheapest \u2192 most expensive):
         *  1. Exact depth + tag bucket  \u2014 O(1) lookup, typically 0\u20132 expressions
         *  2. Depth-only wildcard bucket \u2014 O(1) lookup, rare
         *  3. Deep-wildcard list         \u2014 always checked, but usually small
         *
         * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
         * @returns {boolean} true if any expression matches the current path
         *
         * @example
         * if (stopNodes.matchesAny(matcher)) {
         *   // handle stop node
         * }
         */
        matchesAny(matcher) {
          return this.findMatch(matcher) !== null;
        }
        /**
        * Find and return the first Expression that matches the matcher's current path.
        *
        * Uses the same evaluation order as matchesAny (cheapest \u2192 most expensive):
        *  1. Exact depth + tag bucket
        *  2. Depth-only wildcard bucket
        *  3. Deep-wildcard list
        *
        * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
        * @returns {import('./Expression.js').default | null} the first matching Expression, or null
        *
        * @example
        * const expr = stopNodes.findMatch(matcher);
        * if (expr) {
        *   // access expr.config, expr.pattern, etc.
        * }
        */
        findMatch(matcher) {
          const depth = matcher.getDepth();
          const tag = matcher.getCurrentTag();
          const exactKey = `${depth}:${tag}`;
          const exactBucket = this._byDepthAndTag.get(exactKey);
          if (exactBucket) {
            for (let i = 0; i < exactBucket.length; i++) {
              if (matcher.matches(exactBucket[i])) return exactBucket[i];
            }
          }
          const wildcardBucket = this._wildcardByDepth.get(depth);
          if (wildcardBucket) {
            for (let i = 0; i < wildcardBucket.length; i++) {
              if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
            }
          }
          const deepBucket = this._deepByTerminalTag.get(tag);
          if (deepBucket) {
            for (let i = 0; i < deepBucket.length; i++) {
              if (matcher.matches(deepBucket[i])) return deepBucket[i];
            }
          }
          for (let i = 0; i < this._deepWildcards.length; i++) {
            if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
          }
          return null;
        }
      }
      ;
      const BASIC_LATIN = {
        amp: "&",
        AMP: "&",
        lt: "<",
        LT: "<",
        gt: ">",
        GT: ">",
        quot: '"',
        QUOT: '"',
        apos: "'",
        lsquo: "\u2018",
        rsquo: "\u2019",
        ldquo: "\u201C",
        rdquo: "\u201D",
        lsquor: "\u201A",
        rsquor: "\u2019",
        ldquor: "\u201E",
        bdquo: "\u201E",
        comma: ",",
        period: ".",
        colon: ":",
        semi: ";",
        excl: "!",
        quest: "?",
        num: "#",
        dollar: "$",
        percent: "%",
        ast: "*",
        commat: "@",
        lowbar: "_",
        verbar: "|",
        vert: "|",
        sol: "/",
        bsol: "\\",
        lbrace: "{",
        rbrace: "}",
        lbrack: "[",
        rbrack: "]",
        lpar: "(",
        rpar: ")",
        nbsp: "\xA0",
        iexcl: "\xA1",
        cent: "\xA2",
        pound: "\xA3",
        curren: "\xA4",
        yen: "\xA5",
        brvbar: "\xA6",
        sect: "\xA7",
        uml: "\xA8",
        copy: "\xA9",
        COPY: "\xA9",
        ordf: "\xAA",
        laquo: "\xAB",
        not: "\xAC",
        shy: "\xAD",
        reg: "\xAE",
        REG: "\xAE",
        macr: "\xAF",
        deg: "\xB0",
        plusmn: "\xB1",
        sup2: "\xB2",
        sup3: "\xB3",
        acute: "\xB4",
        micro: "\xB5",
        para: "\xB6",
        middot: "\xB7",
        cedil: "\xB8",
        sup1: "\xB9",
        ordm: "\xBA",
        raquo: "\xBB",
        frac14: "\xBC",
        frac12: "\xBD",
        half: "\xBD",
        frac34: "\xBE",
        iquest: "\xBF",
        times: "\xD7",
        div: "\xF7",
        divide: "\xF7"
      };
      const LATIN_ACCENTS = {
        Agrave: "\xC0",
        agrave: "\xE0",
        Aacute: "\xC1",
        aacute: "\xE1",
        Acirc: "\xC2",
        acirc: "\xE2",
        Atilde: "\xC3",
        atilde: "\xE3",
        Auml: "\xC4",
        auml: "\xE4",
        Aring: "\xC5",
        aring: "\xE5",
        AElig: "\xC6",
        aelig: "\xE6",
        Ccedil: "\xC7",
        ccedil: "\xE7",
        Egrave: "\xC8",
        egrave: "\xE8",
        Eacute: "\xC9",
        eacute: "\xE9",
        Ecirc: "\xCA",
        ecirc: "\xEA",
        Euml: "\xCB",
        euml: "\xEB",
        Igrave: "\xCC",
        igrave: "\xEC",
        Iacute: "\xCD",
        iacute: "\xED",
        Icirc: "\xCE",
        icirc: "\xEE",
        Iuml: "\xCF",
        iuml: "\xEF",
        ETH: "\xD0",
        eth: "\xF0",
        Ntilde: "\xD1",
        ntilde: "\xF1",
        Ograve: "\xD2",
        ograve: "\xF2",
        Oacute: "\xD3",
        oacute: "\xF3",
        Ocirc: "\xD4",
        ocirc: "\xF4",
        Otilde: "\xD5",
        otilde: "\xF5",
        Ouml: "\xD6",
        ouml: "\xF6",
        Oslash: "\xD8",
        oslash: "\xF8",
        Ugrave: "\xD9",
        ugrave: "\xF9",
        Uacute: "\xDA",
        uacute: "\xFA",
        Ucirc: "\xDB",
        ucirc: "\xFB",
        Uuml: "\xDC",
        uuml: "\xFC",
        Yacute: "\xDD",
        yacute: "\xFD",
        THORN: "\xDE",
        thorn: "\xFE",
        szlig: "\xDF",
        yuml: "\xFF",
        Yuml: "\u0178"
      };
      const LATIN_EXTENDED = {
        Amacr: "\u0100",
        amacr: "\u0101",
        Abreve: "\u0102",
        abreve: "\u0103",
        Aogon: "\u0104",
        aogon: "\u0105",
        Cacute: "\u0106",
        cacute: "\u0107",
        Ccirc: "\u0108",
        ccirc: "\u0109",
        Cdot: "\u010A",
        cdot: "\u010B",
        Ccaron: "\u010C",
        ccaron: "\u010D",
        Dcaron: "\u010E",
        dcaron: "\u010F",
        Dstrok: "\u0110",
        dstrok: "\u0111",
        Emacr: "\u0112",
        emacr: "\u0113",
        Ecaron: "\u011A",
        ecaron: "\u011B",
        Edot: "\u0116",
        edot: "\u0117",
        Eogon: "\u0118",
        eogon: "\u0119",
        Gcirc: "\u011C",
        gcirc: "\u011D",
        Gbreve: "\u011E",
        gbreve: "\u011F",
        Gdot: "\u0120",
        gdot: "\u0121",
        Gcedil: "\u0122",
        Hcirc: "\u0124",
        hcirc: "\u0125",
        Hstrok: "\u0126",
        hstrok: "\u0127",
        Itilde: "\u0128",
        itilde: "\u0129",
        Imacr: "\u012A",
        imacr: "\u012B",
        Iogon: "\u012E",
        iogon: "\u012F",
        Idot: "\u0130",
        IJlig: "\u0132",
        ijlig: "\u0133",
        Jcirc: "\u0134",
        jcirc: "\u0135",
        Kcedil: "\u0136",
        kcedil: "\u0137",
        kgreen: "\u0138",
        Lacute: "\u0139",
        lacute: "\u013A",
        Lcedil: "\u013B",
        lcedil: "\u013C",
        Lcaron: "\u013D",
        lcaron: "\u013E",
        Lmidot: "\u013F",
        lmidot: "\u0140",
        Lstrok: "\u0141",
        lstrok: "\u0142",
        Nacute: "\u0143",
        nacute: "\u0144",
        Ncaron: "\u0147",
        ncaron: "\u0148",
        Ncedil: "\u0145",
        ncedil: "\u0146",
        ENG: "\u014A",
        eng: "\u014B",
        Omacr: "\u014C",
        omacr: "\u014D",
        Odblac: "\u0150",
        odblac: "\u0151",
        OElig: "\u0152",
        oelig: "\u0153",
        Racute: "\u0154",
        racute: "\u0155",
        Rcaron: "\u0158",
        rcaron: "\u0159",
        Rcedil: "\u0156",
        rcedil: "\u0157",
        Sacute: "\u015A",
        sacute: "\u015B",
        Scirc: "\u015C",
        scirc: "\u015D",
        Scedil: "\u015E",
        scedil: "\u015F",
        Scaron: "\u0160",
        scaron: "\u0161",
        Tcedil: "\u0162",
        tcedil: "\u0163",
        Tcaron: "\u0164",
        tcaron: "\u0165",
        Tstrok: "\u0166",
        tstrok: "\u0167",
        Utilde: "\u0168",
        utilde: "\u0169",
        Umacr: "\u016A",
        umacr: "\u016B",
        Ubreve: "\u016C",
        ubreve: "\u016D",
        Uring: "\u016E",
        uring: "\u016F",
        Udblac: "\u0170",
        udblac: "\u0171",
        Uogon: "\u0172",
        uogon: "\u0173",
        Wcirc: "\u0174",
        wcirc: "\u0175",
        Ycirc: "\u0176",
        ycirc: "\u0177",
        Zacute: "\u0179",
        zacute: "\u017A",
        Zdot: "\u017B",
        zdot: "\u017C",
        Zcaron: "\u017D",
        zcaron: "\u017E"
      };
      const GREEK = {
        Alpha: "\u0391",
        alpha: "\u03B1",
        Beta: "\u0392",
        beta: "\u03B2",
        Gamma: "\u0393",
        gamma: "\u03B3",
        Delta: "\u0394",
        delta: "\u03B4",
        Epsilon: "\u0395",
        epsilon: "\u03B5",
        epsiv: "\u03F5",
        varepsilon: "\u03F5",
        Zeta: "\u0396",
        zeta: "\u03B6",
        Eta: "\u0397",
        eta: "\u03B7",
        Theta: "\u0398",
        theta: "\u03B8",
        thetasym: "\u03D1",
        vartheta: "\u03D1",
        Iota: "\u0399",
        iota: "\u03B9",
        Kappa: "\u039A",
        kappa: "\u03BA",
        kappav: "\u03F0",
        varkappa: "\u03F0",
        Lambda: "\u039B",
        lambda: "\u03BB",
        Mu: "\u039C",
        mu: "\u03BC",
        Nu: "\u039D",
        nu: "\u03BD",
        Xi: "\u039E",
        xi: "\u03BE",
        Omicron: "\u039F",
        omicron: "\u03BF",
        Pi: "\u03A0",
        pi: "\u03C0",
        piv: "\u03D6",
        varpi: "\u03D6",
        Rho: "\u03A1",
        rho: "\u03C1",
        rhov: "\u03F1",
        varrho: "\u03F1",
        Sigma: "\u03A3",
        sigma: "\u03C3",
        sigmaf: "\u03C2",
        sigmav: "\u03C2",
        varsigma: "\u03C2",
        Tau: "\u03A4",
        tau: "\u03C4",
        Upsilon: "\u03A5",
        upsilon: "\u03C5",
        upsi: "\u03C5",
        Upsi: "\u03D2",
        upsih: "\u03D2",
        Phi: "\u03A6",
        phi: "\u03C6",
        phiv: "\u03D5",
        varphi: "\u03D5",
        Chi: "\u03A7",
        chi: "\u03C7",
        Psi: "\u03A8",
        psi: "\u03C8",
        Omega: "\u03A9",
        omega: "\u03C9",
        ohm: "\u03A9",
        Gammad: "\u03DC",
        gammad: "\u03DD",
        digamma: "\u03DD"
      };
      const CYRILLIC = {
        Afr: "\u{1D504}",
        afr: "\u{1D51E}",
        Acy: "\u0410",
        acy: "\u0430",
        Bcy: "\u0411",
        bcy: "\u0431",
        Vcy: "\u0412",
        vcy: "\u0432",
        Gcy: "\u0413",
        gcy: "\u0433",
        Dcy: "\u0414",
        dcy: "\u0434",
        IEcy: "\u0415",
        iecy: "\u0435",
        IOcy: "\u0401",
        iocy: "\u0451",
        ZHcy: "\u0416",
        zhcy: "\u0436",
        Zcy: "\u0417",
        zcy: "\u0437",
        Icy: "\u0418",
        icy: "\u0438",
        Jcy: "\u0419",
        jcy: "\u0439",
        Kcy: "\u041A",
        kcy: "\u043A",
        Lcy: "\u041B",
        lcy: "\u043B",
        Mcy: "\u041C",
        mcy: "\u043C",
        Ncy: "\u041D",
        ncy: "\u043D",
        Ocy: "\u041E",
        ocy: "\u043E",
        Pcy: "\u041F",
        pcy: "\u043F",
        Rcy: "\u0420",
        rcy: "\u0440",
        Scy: "\u0421",
        scy: "\u0441",
        Tcy: "\u0422",
        tcy: "\u0442",
        Ucy: "\u0423",
        ucy: "\u0443",
        Fcy: "\u0424",
        fcy: "\u0444",
        KHcy: "\u0425",
        khcy: "\u0445",
        TScy: "\u0426",
        tscy: "\u0446",
        CHcy: "\u0427",
        chcy: "\u0447",
        SHcy: "\u0428",
        shcy: "\u0448",
        SHCHcy: "\u0429",
        shchcy: "\u0449",
        HARDcy: "\u042A",
        hardcy: "\u044A",
        Ycy: "\u042B",
        ycy: "\u044B",
        SOFTcy: "\u042C",
        softcy: "\u044C",
        Ecy: "\u042D",
        ecy: "\u044D",
        YUcy: "\u042E",
        yucy: "\u044E",
        YAcy: "\u042F",
        yacy: "\u044F",
        DJcy: "\u0402",
        djcy: "\u0452",
        GJcy: "\u0403",
        gjcy: "\u0453",
        Jukcy: "\u0404",
        jukcy: "\u0454",
        DScy: "\u0405",
        dscy: "\u0455",
        Iukcy: "\u0406",
        iukcy: "\u0456",
        YIcy: "\u0407",
        yicy: "\u0457",
        Jsercy: "\u0408",
        jsercy: "\u0458",
        LJcy: "\u0409",
        ljcy: "\u0459",
        NJcy: "\u040A",
        njcy: "\u045A",
        TSHcy: "\u040B",
        tshcy: "\u045B",
        KJcy: "\u040C",
        kjcy: "\u045C",
        Ubrcy: "\u040E",
        ubrcy: "\u045E",
        DZcy: "\u040F",
        dzcy: "\u045F"
      };
      const MATH = {
        plus: "+",
        pm: "\xB1",
        times: "\xD7",
        div: "\xF7",
        divide: "\xF7",
        sdot: "\u22C5",
        star: "\u2606",
        starf: "\u2605",
        bigstar: "\u2605",
        lowast: "\u2217",
        ast: "*",
        midast: "*",
        compfn: "\u2218",
        smallcircle: "\u2218",
        bullet: "\u2022",
        bull: "\u2022",
        nbsp: "\xA0",
        hellip: "\u2026",
        mldr: "\u2026",
        prime: "\u2032",
        Prime: "\u2033",
        tprime: "\u2034",
        bprime: "\u2035",
        backprime: "\u2035",
        minus: "\u2212",
        minusd: "\u2238",
        dotminus: "\u2238",
        plusdo: "\u2214",
        dotplus: "\u2214",
        plusmn: "\xB1",
        minusplus: "\u2213",
        mnplus: "\u2213",
        mp: "\u2213",
        setminus: "\u2216",
        smallsetminus: "\u2216",
        Backslash: "\u2216",
        setmn: "\u2216",
        ssetmn: "\u2216",
        lowbar: "_",
        verbar: "|",
        vert: "|",
        VerticalLine: "|",
        colon: ":",
        Colon: "\u2237",
        Proportion: "\u2237",
        ratio: "\u2236",
        equals: "=",
        ne: "\u2260",
        nequiv: "\u2262",
        equiv: "\u2261",
        Congruent: "\u2261",
        sim: "\u223C",
        thicksim: "\u223C",
        thksim: "\u223C",
        sime: "\u2243",
        simeq: "\u2243",
        TildeEqual: "\u2243",
        asymp: "\u2248",
        approx: "\u2248",
        thickapprox: "\u2248",
        thkap: "\u2248",
        TildeTilde: "\u2248",
        ncong: "\u2247",
        cong: "\u2245",
        TildeFullEqual: "\u2245",
        asympeq: "\u224D",
        CupCap: "\u224D",
        bump: "\u224E",
        Bumpeq: "\u224E",
        HumpDownHump: "\u224E",
        bumpe: "\u224F",
        bumpeq: "\u224F",
        HumpEqual: "\u224F",
        le: "\u2264",
        LessEqual: "\u2264",
        ge: "\u2265",
        GreaterEqual: "\u2265",
        lesseqgtr: "\u22DA",
        lesseqqgtr: "\u2A8B",
        greater: ">",
        less: "<"
      };
      const MATH_ADVANCED = {
        alefsym: "\u2135",
        aleph: "\u2135",
        beth: "\u2136",
        gimel: "\u2137",
        daleth: "\u2138",
        forall: "\u2200",
        ForAll: "\u2200",
        part: "\u2202",
        PartialD: "\u2202",
        exist: "\u2203",
        Exists: "\u2203",
        nexist: "\u2204",
        nexists: "\u2204",
        empty: "\u2205",
        emptyset: "\u2205",
        emptyv: "\u2205",
        varnothing: "\u2205",
        nabla: "\u2207",
        Del: "\u2207",
        isin: "\u2208",
        isinv: "\u2208",
        in: "\u2208",
        Element: "\u2208",
        notin: "\u2209",
        notinva: "\u2209",
        ni: "\u220B",
        niv: "\u220B",
        SuchThat: "\u220B",
        ReverseElement: "\u220B",
        notni: "\u220C",
        notniva: "\u220C",
        prod: "\u220F",
        Product: "\u220F",
        coprod: "\u2210",
        Coproduct: "\u2210",
        sum: "\u2211",
        Sum: "\u2211",
        minus: "\u2212",
        mp: "\u2213",
        plusdo: "\u2214",
        dotplus: "\u2214",
        setminus: "\u2216",
        lowast: "\u2217",
        radic: "\u221A",
        Sqrt: "\u221A",
        prop: "\u221D",
        propto: "\u221D",
        Proportional: "\u221D",
        varpropto: "\u221D",
        infin: "\u221E",
        infintie: "\u29DD",
        ang: "\u2220",
        angle: "\u2220",
        angmsd: "\u2221",
        measuredangle: "\u2221",
        angsph: "\u2222",
        mid: "\u2223",
        VerticalBar: "\u2223",
        nmid: "\u2224",
        nsmid: "\u2224",
        npar: "\u2226",
        parallel: "\u2225",
        spar: "\u2225",
        nparallel: "\u2226",
        nspar: "\u2226",
        and: "\u2227",
        wedge: "\u2227",
        or: "\u2228",
        vee: "\u2228",
        cap: "\u2229",
        cup: "\u222A",
        int: "\u222B",
        Integral: "\u222B",
        conint: "\u222E",
        ContourIntegral: "\u222E",
        Conint: "\u222F",
        DoubleContourIntegral: "\u222F",
        Cconint: "\u2230",
        there4: "\u2234",
        therefore: "\u2234",
        Therefore: "\u2234",
        becaus: "\u2235",
        because: "\u2235",
        Because: "\u2235",
        ratio: "\u2236",
        Proportion: "\u2237",
        minusd: "\u2238",
        dotminus: "\u2238",
        mDDot: "\u223A",
        homtht: "\u223B",
        sim: "\u223C",
        bsimg: "\u223D",
        backsim: "\u223D",
        ac: "\u223E",
        mstpos: "\u223E",
        acd: "\u223F",
        VerticalTilde: "\u2240",
        wr: "\u2240",
        wreath: "\u2240",
        nsime: "\u2244",
        nsimeq: "\u2244",
        ncong: "\u2247",
        simne: "\u2246",
        ncongdot: "\u2A6D\u0338",
        ngsim: "\u2275",
        nsim: "\u2241",
        napprox: "\u2249",
        nap: "\u2249",
        ngeq: "\u2271",
        nge: "\u2271",
        nleq: "\u2270",
        nle: "\u2270",
        ngtr: "\u226F",
        ngt: "\u226F",
        nless: "\u226E",
        nlt: "\u226E",
        nprec: "\u2280",
        npr: "\u2280",
        nsucc: "\u2281",
        nsc: "\u2281"
      };
      const ARROWS = {
        larr: "\u2190",
        leftarrow: "\u2190",
        LeftArrow: "\u2190",
        uarr: "\u2191",
        uparrow: "\u2191",
        UpArrow: "\u2191",
        rarr: "\u2192",
        rightarrow: "\u2192",
        RightArrow: "\u2192",
        darr: "\u2193",
        downarrow: "\u2193",
        DownArrow: "\u2193",
        harr: "\u2194",
        leftrightarrow: "\u2194",
        LeftRightArrow: "\u2194",
        varr: "\u2195",
        updownarrow: "\u2195",
        UpDownArrow: "\u2195",
        nwarr: "\u2196",
        nwarrow: "\u2196",
        UpperLeftArrow: "\u2196",
        nearr: "\u2197",
        nearrow: "\u2197",
        UpperRightArrow: "\u2197",
        searr: "\u2198",
        searrow: "\u2198",
        LowerRightArrow: "\u2198",
        swarr: "\u2199",
        swarrow: "\u2199",
        LowerLeftArrow: "\u2199",
        lArr: "\u21D0",
        Leftarrow: "\u21D0",
        uArr: "\u21D1",
        Uparrow: "\u21D1",
        rArr: "\u21D2",
        Rightarrow: "\u21D2",
        dArr: "\u21D3",
        Downarrow: "\u21D3",
        hArr: "\u21D4",
        Leftrightarrow: "\u21D4",
        iff: "\u21D4",
        vArr: "\u21D5",
        Updownarrow: "\u21D5",
        lAarr: "\u21DA",
        Lleftarrow: "\u21DA",
        rAarr: "\u21DB",
        Rrightarrow: "\u21DB",
        lrarr: "\u21C6",
        leftrightarrows: "\u21C6",
        rlarr: "\u21C4",
        rightleftarrows: "\u21C4",
        lrhar: "\u21CB",
        leftrightharpoons: "\u21CB",
        ReverseEquilibrium: "\u21CB",
        rlhar: "\u21CC",
        rightleftharpoons: "\u21CC",
        Equilibrium: "\u21CC",
        udarr: "\u21C5",
        UpArrowDownArrow: "\u21C5",
        duarr: "\u21F5",
        DownArrowUpArrow: "\u21F5",
        llarr: "\u21C7",
        leftleftarrows: "\u21C7",
        rrarr: "\u21C9",
        rightrightarrows: "\u21C9",
        ddarr: "\u21CA",
        downdownarrows: "\u21CA",
        har: "\u21BD",
        lhard: "\u21BD",
        leftharpoondown: "\u21BD",
        lharu: "\u21BC",
        leftharpoonup: "\u21BC",
        rhard: "\u21C1",
        rightharpoondown: "\u21C1",
        rharu: "\u21C0",
        rightharpoonup: "\u21C0",
        lsh: "\u21B0",
        Lsh: "\u21B0",
        rsh: "\u21B1",
        Rsh: "\u21B1",
        ldsh: "\u21B2",
        rdsh: "\u21B3",
        hookleftarrow: "\u21A9",
        hookrightarrow: "\u21AA",
        mapstoleft: "\u21A4",
        mapstoup: "\u21A5",
        map: "\u21A6",
        mapsto: "\u21A6",
        mapstodown: "\u21A7",
        crarr: "\u21B5",
        nleftarrow: "\u219A",
        nleftrightarrow: "\u21AE",
        nrightarrow: "\u219B",
        nrarr: "\u219B",
        larrtl: "\u21A2",
        rarrtl: "\u21A3",
        leftarrowtail: "\u21A2",
        rightarrowtail: "\u21A3",
        twoheadleftarrow: "\u219E",
        twoheadrightarrow: "\u21A0",
        Larr: "\u219E",
        Rarr: "\u21A0",
        larrhk: "\u21A9",
        rarrhk: "\u21AA",
        larrlp: "\u21AB",
        looparrowleft: "\u21AB",
        rarrlp: "\u21AC",
        looparrowright: "\u21AC",
        harrw: "\u21AD",
        leftrightsquigarrow: "\u21AD",
        nrarrw: "\u219D\u0338",
        rarrw: "\u219D",
        rightsquigarrow: "\u219D",
        larrbfs: "\u291F",
        rarrbfs: "\u2920",
        nvHarr: "\u2904",
        nvlArr: "\u2902",
        nvrArr: "\u2903",
        larrfs: "\u291D",
        rarrfs: "\u291E",
        Map: "\u2905",
        larrsim: "\u2973",
        rarrsim: "\u2974",
        harrcir: "\u2948",
        Uarrocir: "\u2949",
        lurdshar: "\u294A",
        ldrdhar: "\u2967",
        ldrushar: "\u294B",
        rdldhar: "\u2969",
        lrhard: "\u296D",
        uharr: "\u21BE",
        uharl: "\u21BF",
        dharr: "\u21C2",
        dharl: "\u21C3",
        Uarr: "\u219F",
        Darr: "\u21A1",
        zigrarr: "\u21DD",
        nwArr: "\u21D6",
        neArr: "\u21D7",
        seArr: "\u21D8",
        swArr: "\u21D9",
        nharr: "\u21AE",
        nhArr: "\u21CE",
        nlarr: "\u219A",
        nlArr: "\u21CD",
        nrArr: "\u21CF",
        larrb: "\u21E4",
        LeftArrowBar: "\u21E4",
        rarrb: "\u21E5",
        RightArrowBar: "\u21E5"
      };
      const SHAPES = {
        square: "\u25A1",
        Square: "\u25A1",
        squ: "\u25A1",
        squf: "\u25AA",
        squarf: "\u25AA",
        blacksquar: "\u25AA",
        blacksquare: "\u25AA",
        FilledVerySmallSquare: "\u25AA",
        blk34: "\u2593",
        blk12: "\u2592",
        blk14: "\u2591",
        block: "\u2588",
        srect: "\u25AD",
        rect: "\u25AD",
        sdot: "\u22C5",
        sdotb: "\u22A1",
        dotsquare: "\u22A1",
        triangle: "\u25B5",
        tri: "\u25B5",
        trine: "\u25B5",
        utri: "\u25B5",
        triangledown: "\u25BF",
        dtri: "\u25BF",
        tridown: "\u25BF",
        triangleleft: "\u25C3",
        ltri: "\u25C3",
        triangleright: "\u25B9",
        rtri: "\u25B9",
        blacktriangle: "\u25B4",
        utrif: "\u25B4",
        blacktriangledown: "\u25BE",
        dtrif: "\u25BE",
        blacktriangleleft: "\u25C2",
        ltrif: "\u25C2",
        blacktriangleright: "\u25B8",
        rtrif: "\u25B8",
        loz: "\u25CA",
        lozenge: "\u25CA",
        blacklozenge: "\u29EB",
        lozf: "\u29EB",
        bigcirc: "\u25EF",
        xcirc: "\u25EF",
        circ: "\u02C6",
        Circle: "\u25CB",
        cir: "\u25CB",
        o: "\u25CB",
        bullet: "\u2022",
        bull: "\u2022",
        hellip: "\u2026",
        mldr: "\u2026",
        nldr: "\u2025",
        boxh: "\u2500",
        HorizontalLine: "\u2500",
        boxv: "\u2502",
        boxdr: "\u250C",
        boxdl: "\u2510",
        boxur: "\u2514",
        boxul: "\u2518",
        boxvr: "\u251C",
        boxvl: "\u2524",
        boxhd: "\u252C",
        boxhu: "\u2534",
        boxvh: "\u253C",
        boxH: "\u2550",
        boxV: "\u2551",
        boxdR: "\u2552",
        boxDr: "\u2553",
        boxDR: "\u2554",
        boxDl: "\u2555",
        boxdL: "\u2556",
        boxDL: "\u2557",
        boxuR: "\u2558",
        boxUr: "\u2559",
        boxUR: "\u255A",
        boxUl: "\u255C",
        boxuL: "\u255B",
        boxUL: "\u255D",
        boxvR: "\u255E",
        boxVr: "\u255F",
        boxVR: "\u2560",
        boxVl: "\u2562",
        boxvL: "\u2561",
        boxVL: "\u2563",
        boxHd: "\u2564",
        boxhD: "\u2565",
        boxHD: "\u2566",
        boxHu: "\u2567",
        boxhU: "\u2568",
        boxHU: "\u2569",
        boxvH: "\u256A",
        boxVh: "\u256B",
        boxVH: "\u256C"
      };
      const PUNCTUATION = {
        excl: "!",
        iexcl: "\xA1",
        brvbar: "\xA6",
        sect: "\xA7",
        uml: "\xA8",
        copy: "\xA9",
        ordf: "\xAA",
        laquo: "\xAB",
        not: "\xAC",
        shy: "\xAD",
        reg: "\xAE",
        macr: "\xAF",
        deg: "\xB0",
        plusmn: "\xB1",
        sup2: "\xB2",
        sup3: "\xB3",
        acute: "\xB4",
        micro: "\xB5",
        para: "\xB6",
        middot: "\xB7",
        cedil: "\xB8",
        sup1: "\xB9",
        ordm: "\xBA",
        raquo: "\xBB",
        frac14: "\xBC",
        frac12: "\xBD",
        frac34: "\xBE",
        iquest: "\xBF",
        nbsp: "\xA0",
        comma: ",",
        period: ".",
        colon: ":",
        semi: ";",
        vert: "|",
        Verbar: "\u2016",
        verbar: "|",
        dblac: "\u02DD",
        circ: "\u02C6",
        caron: "\u02C7",
        breve: "\u02D8",
        dot: "\u02D9",
        ring: "\u02DA",
        ogon: "\u02DB",
        tilde: "\u02DC",
        DiacriticalGrave: "`",
        DiacriticalAcute: "\xB4",
        DiacriticalTilde: "\u02DC",
        DiacriticalDot: "\u02D9",
        DiacriticalDoubleAcute: "\u02DD",
        grave: "`"
      };
      const CURRENCY = {
        cent: "\xA2",
        pound: "\xA3",
        curren: "\xA4",
        yen: "\xA5",
        euro: "\u20AC",
        dollar: "$",
        fnof: "\u0192",
        inr: "\u20B9",
        af: "\u060B",
        birr: "\u1265\u122D",
        peso: "\u20B1",
        rub: "\u20BD",
        won: "\u20A9",
        yuan: "\xA5",
        cedil: "\xB8"
      };
      const FRACTIONS = {
        frac12: "\xBD",
        half: "\xBD",
        frac13: "\u2153",
        frac14: "\xBC",
        frac15: "\u2155",
        frac16: "\u2159",
        frac18: "\u215B",
        frac23: "\u2154",
        frac25: "\u2156",
        frac34: "\xBE",
        frac35: "\u2157",
        frac38: "\u215C",
        frac45: "\u2158",
        frac56: "\u215A",
        frac58: "\u215D",
        frac78: "\u215E",
        frasl: "\u2044"
      };
      const MISC_SYMBOLS = {
        trade: "\u2122",
        TRADE: "\u2122",
        telrec: "\u2315",
        target: "\u2316",
        ulcorn: "\u231C",
        ulcorner: "\u231C",
        urcorn: "\u231D",
        urcorner: "\u231D",
        dlcorn: "\u231E",
        llcorner: "\u231E",
        drcorn: "\u231F",
        lrcorner: "\u231F",
        intercal: "\u22BA",
        intcal: "\u22BA",
        oplus: "\u2295",
        CirclePlus: "\u2295",
        ominus: "\u2296",
        CircleMinus: "\u2296",
        otimes: "\u2297",
        CircleTimes: "\u2297",
        osol: "\u2298",
        odot: "\u2299",
        CircleDot: "\u2299",
        oast: "\u229B",
        circledast: "\u229B",
        odash: "\u229D",
        circleddash: "\u229D",
        ocirc: "\u229A",
        circledcirc: "\u229A",
        boxplus: "\u229E",
        plusb: "\u229E",
        boxminus: "\u229F",
        minusb: "\u229F",
        boxtimes: "\u22A0",
        timesb: "\u22A0",
        boxdot: "\u22A1",
        sdotb: "\u22A1",
        veebar: "\u22BB",
        vee: "\u2228",
        barvee: "\u22BD",
        and: "\u2227",
        wedge: "\u2227",
        Cap: "\u22D2",
        Cup: "\u22D3",
        Fork: "\u22D4",
        pitchfork: "\u22D4",
        epar: "\u22D5",
        ltlarr: "\u2976",
        nvap: "\u224D\u20D2",
        nvsim: "\u223C\u20D2",
        nvge: "\u2265\u20D2",
        nvle: "\u2264\u20D2",
        nvlt: "<\u20D2",
        nvgt: ">\u20D2",
        nvltrie: "\u22B4\u20D2",
        nvrtrie: "\u22B5\u20D2",
        Vdash: "\u22A9",
        dashv: "\u22A3",
        vDash: "\u22A8",
        Vvdash: "\u22AA",
        nvdash: "\u22AC",
        nvDash: "\u22AD",
        nVdash: "\u22AE",
        nVDash: "\u22AF"
      };
      const XML = {
        amp: "&",
        apos: "'",
        gt: ">",
        lt: "<",
        quot: '"'
      };
      const COMMON_HTML = {
        nbsp: "\xA0",
        copy: "\xA9",
        reg: "\xAE",
        trade: "\u2122",
        mdash: "\u2014",
        ndash: "\u2013",
        hellip: "\u2026",
        laquo: "\xAB",
        raquo: "\xBB",
        lsquo: "\u2018",
        rsquo: "\u2019",
        ldquo: "\u201C",
        rdquo: "\u201D",
        bull: "\u2022",
        para: "\xB6",
        sect: "\xA7",
        deg: "\xB0",
        frac12: "\xBD",
        frac14: "\xBC",
        frac34: "\xBE"
      };
      const ENTITY_ACTION = Object.freeze({
        /** Resolve and expand the entity normally. */
        ALLOW: "allow",
        /** Silently skip this entity \u2014 it will not be registered. */
        BLOCK: "block",
        /** Throw an error, aborting entity registration entirely. */
        THROW: "throw"
      });
      const SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
      function EntityDecoder_validateEntityName(name) {
        if (name[0] === "#") {
          throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
        }
        for (const ch of name) {
          if (SPECIAL_CHARS.has(ch)) {
            throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
          }
        }
        return name;
      }
      function mergeEntityMaps(...maps) {
        const out = /* @__PURE__ */ Object.create(null);
        for (const map of maps) {
          if (!map) continue;
          for (const key of Object.keys(map)) {
            const raw = map[key];
            if (typeof raw === "string") {
              out[key] = raw;
            } else if (raw && typeof raw === "object" && raw.val !== void 0) {
              const val = raw.val;
              if (typeof val === "string") {
                out[key] = val;
              }
            }
          }
        }
        return out;
      }
      const LIMIT_TIER_EXTERNAL = "external";
      const LIMIT_TIER_BASE = "base";
      const LIMIT_TIER_ALL = "all";
      function parseLimitTiers(raw) {
        if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
        if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
        if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
        if (Array.isArray(raw)) return new Set(raw);
        return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
      }
      const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
      const XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
      function parseNCRConfig(ncr) {
        if (!ncr) {
          return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
        }
        const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
        const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
        const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
        const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
        return { xmlVersion, onLevel, nullLevel: clampedNull };
      }
      class EntityDecoder {
        /**
         * @param {object} [options]
         * @param {object|null}  [options.namedEntities]        \u2014 extra named entities merged into base map
         * @param {object}  [options.limit]                 \u2014 security limits
         * @param {number}       [options.limit.maxTotalExpansions=0]  \u2014 0 = unlimited
         * @param {number}       [options.limit.maxExpandedLength=0]   \u2014 0 = unlimited
         * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
         *   Which entity tiers count against the security limits:
         *   - 'external' (default) \u2014 only input/runtime + persistent external entities
         *   - 'base'               \u2014 only DEFAULT_XML_ENTITIES + namedEntities
         *   - 'all'                \u2014 every entity regardless of tier
         *   - string[]             \u2014 explicit combination, e.g. ['external', 'base']
         * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
         * @param {string[]} [options.remove=[]] \u2014 entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
         * @param {string[]} [options.leave=[]]  \u2014 entity names to keep as literal (unchanged in output)
         * @param {object}   [options.ncr]       \u2014 Numeric Character Reference controls
         * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
         *   XML version governing which codepoint ranges are restricted:
         *   - 1.0 \u2014 C0 controls U+0001\u2013U+001F (except U+0009/000A/000D) are prohibited
         *   - 1.1 \u2014 C0 controls are allowed when written as NCRs; C1 (U+007F\u2013U+009F) decoded as-is
         * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
         *   Base action for numeric references. Severity order: allow < leave < remove < throw.
         *   For codepoint ranges that carry a minimum level (surrogates \u2192 remove, XML 1.0 C0 \u2192 remove),
         *   the effective action is max(onNCR, rangeMinimum).
         * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
         *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
         * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
         *   Hook called when an external entity is registered via `setExternalEntities()` or
         *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
         *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
         * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
         *   Hook called when an input entity is registered via `addInputEntities()`. Return
         *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
         *   `ENTITY_ACTION.THROW` to abort with an error.
         */
        constructor(options = {}) {
          this._limit = options.limit || {};
          this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
          this._maxExpandedLength = this._limit.maxExpandedLength || 0;
          this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
          this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
          this._numericAllowed = options.numericAllowed ?? true;
          this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
          this._externalMap = /* @__PURE__ */ Object.create(null);
          this._inputMap = /* @__PURE__ */ Object.create(null);
          this._totalExpansions = 0;
          this._expandedLength = 0;
          this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
          this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
          const ncrCfg = parseNCRConfig(options.ncr);
          this._ncrXmlVersion = ncrCfg.xmlVersion;
          this._ncrOnLevel = ncrCfg.onLevel;
          this._ncrNullLevel = ncrCfg.nullLevel;
          this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
          this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
        }
        // -------------------------------------------------------------------------
        // Private: registration hook dispatch
        // -------------------------------------------------------------------------
        /**
         * Invoke a registration hook for a single entity name/value pair.
         * Returns true when the entity should be accepted, false when it should be
         * silently skipped (BLOCK), and throws when the hook returns THROW.
         *
         * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
         * @param {string} name
         * @param {string} value
         * @param {string} context  \u2014 used in error messages ('external' | 'input')
         * @returns {boolean}  true = accept, false = skip
         */
        _applyRegistrationHook(hook, name, value, context) {
          if (!hook) return true;
          const action = hook(name, value);
          if (action === ENTITY_ACTION.BLOCK) return false;
          if (action === ENTITY_ACTION.THROW) {
            throw new Error(
              `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
            );
          }
          return true;
        }
        // -------------------------------------------------------------------------
        // Persistent external entity registration
        // -------------------------------------------------------------------------
        /**
         * Replace the full set of persistent external entities.
         * All keys are validated \u2014 throws on invalid characters.
         * If `onExternalEntity` is set, it is called once per entry; entries that
         * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
         * aborts the whole call.
         * @param {Record<string, string | { regex?: RegExp, val: string }>} map
         */
        setExternalEntities(map) {
          if (map) {
            for (const key of Object.keys(map)) {
              EntityDecoder_validateEntityName(key);
            }
          }
          if (!this._onExternalEntity) {
            this._externalMap = mergeEntityMaps(map);
            return;
          }
          const flat = mergeEntityMaps(map);
          const filtered = /* @__PURE__ */ Object.create(null);
          for (const [name, value] of Object.entries(flat)) {
            if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
              filtered[name] = value;
            }
          }
          this._externalMap = filtered;
        }
        /**
         * Add a single persistent external entity.
         * If `onExternalEntity` is set it is called before the entity is stored;
         * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
         * @param {string} key
         * @param {string} value
         */
        addExternalEntity(key, value) {
          EntityDecoder_validateEntityName(key);
          if (typeof value === "string" && value.indexOf("&") === -1) {
            if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
              this._externalMap[key] = value;
            }
          }
        }
        // -------------------------------------------------------------------------
        // Input / runtime entity registration (per document)
        // -------------------------------------------------------------------------
        /**
         * Inject DOCTYPE entities for the current document.
         * Also resets per-document expansion counters.
         * If `onInputEntity` is set it is called once per entry; entries returning
         * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
         * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
         */
        addInputEntities(map) {
          this._totalExpansions = 0;
          this._expandedLength = 0;
          if (!this._onInputEntity) {
            this._inputMap = mergeEntityMaps(map);
            return;
          }
          const flat = mergeEntityMaps(map);
          const filtered = /* @__PURE__ */ Object.create(null);
          for (const [name, value] of Object.entries(flat)) {
            if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
              filtered[name] = value;
            }
          }
          this._inputMap = filtered;
        }
        // -------------------------------------------------------------------------
        // Per-document reset
        // -------------------------------------------------------------------------
        /**
         * Wipe input/runtime entities and reset counters.
         * Call this before processing each new document.
         * @returns {this}
         */
        reset() {
          this._inputMap = /* @__PURE__ */ Object.create(null);
          this._totalExpansions = 0;
          this._expandedLength = 0;
          return this;
        }
        // -------------------------------------------------------------------------
        // XML version (can be set after construction, e.g. once parser reads <?xml?>)
        // -------------------------------------------------------------------------
        /**
         * Update the XML version used for NCR classification.
         * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
         * @param {1.0|1.1|number} version
         */
        setXmlVersion(version) {
          this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
        }
        // -------------------------------------------------------------------------
        // Primary API
        // -------------------------------------------------------------------------
        /**
         * Replace all entity references in `str` in a single pass.
         *
         * @param {string} str
         * @returns {string}
         */
        decode(str) {
          if (typeof str !== "string" || str.length === 0) return str;
          if (str.indexOf("&") === -1) return str;
          const original = str;
          const chunks = [];
          const len = str.length;
          let last = 0;
          let i = 0;
          const limitExpansions = this._maxTotalExpansions > 0;
          const limitLength = this._maxExpandedLength > 0;
          const checkLimits = limitExpansions || limitLength;
          while (i < len) {
            if (str.charCodeAt(i) !== 38) {
              i++;
              continue;
            }
            let j = i + 1;
            while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
            if (j >= len || str.charCodeAt(j) !== 59) {
              i++;
              continue;
            }
            const token = str.slice(i + 1, j);
            if (token.length === 0) {
              i++;
              continue;
            }
            let replacement;
            let tier;
            if (this._removeSet.has(token)) {
              replacement = "";
              if (tier === void 0) {
                tier = LIMIT_TIER_EXTERNAL;
              }
            } else if (this._leaveSet.has(token)) {
              i++;
              continue;
            } else if (token.charCodeAt(0) === 35) {
              const ncrResult = this._resolveNCR(token);
              if (ncrResult === void 0) {
                i++;
                continue;
              }
              replacement = ncrResult;
              tier = LIMIT_TIER_BASE;
            } else {
              const resolved = this._resolveName(token);
              replacement = resolved?.value;
              tier = resolved?.tier;
            }
            if (replacement === void 0) {
              i++;
              continue;
            }
            if (i > last) chunks.push(str.slice(last, i));
            chunks.push(replacement);
            last = j + 1;
            i = last;
            if (checkLimits && this._tierCounts(tier)) {
              if (limitExpansions) {
                this._totalExpansions++;
                if (this._totalExpansions > this._maxTotalExpansions) {
                  throw new Error(
                    `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
                  );
                }
              }
              if (limitLength) {
                const delta = replacement.length - (token.length + 2);
                if (delta > 0) {
                  this._expandedLength += delta;
                  if (this._expandedLength > this._maxExpandedLength) {
                    throw new Error(
                      `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
                    );
                  }
                }
              }
            }
          }
          if (last < len) chunks.push(str.slice(last));
          const result = chunks.length === 0 ? str : chunks.join("");
          return this._postCheck(result, original);
        }
        // -------------------------------------------------------------------------
        // Private: limit tier check
        // -------------------------------------------------------------------------
        /**
         * Returns true if a resolved entity of the given tier should count
         * against the expansion/length limits.
         * @param {string} tier  \u2014 LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
         * @returns {boolean}
         */
        _tierCounts(tier) {
          if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
          return this._limitTiers.has(tier);
        }
        // -------------------------------------------------------------------------
        // Private: entity resolution
        // -------------------------------------------------------------------------
        /**
         * Resolve a named entity token (without & and ;).
         * Priority: inputMap > externalMap > baseMap
         * Returns the resolved value tagged with its limit tier.
         *
         * @param {string} name
         * @returns {{ value: string, tier: string }|undefined}
         */
        _resolveName(name) {
          if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
          if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
          if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
          return void 0;
        }
        /**
         * Classify a codepoint and return the minimum action level that must be applied.
         * Returns -1 when no minimum is imposed (normal allow path).
         *
         * Ranges checked (in priority order):
         *   1. U+0000            \u2014 null, governed by nullNCR (always \u2265 remove)
         *   2. U+D800\u2013U+DFFF     \u2014 surrogates, always prohibited (min: remove)
         *   3. U+0001\u2013U+001F \ {0x09,0x0A,0x0D}  \u2014 XML 1.0 restricted C0 (min: remove)
         *      (skipped in XML 1.1 \u2014 C0 controls are allowed when written as NCRs)
         *
         * @param {number} cp  \u2014 codepoint
         * @returns {number}   \u2014 minimum NCR_LEVEL value, or -1 for no restriction
         */
        _classifyNCR(cp) {
          if (cp === 0) return this._ncrNullLevel;
          if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
          if (this._ncrXmlVersion === 1) {
            if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
          }
          return -1;
        }
        /**
         * Execute a resolved NCR action.
         *
         * @param {number} action   \u2014 NCR_LEVEL value
         * @param {string} token    \u2014 raw token (e.g. '#38') for error messages
         * @param {number} cp       \u2014 codepoint, used only for error messages
         * @returns {string|undefined}
         *   - decoded character string  \u2192 'allow'
         *   - ''                        \u2192 'remove'
         *   - undefined                 \u2192 'leave' (caller must skip past '&' only)
         *   - throws Error              \u2192 'throw'
         */
        _applyNCRAction(action, token, cp) {
          switch (action) {
            case NCR_LEVEL.allow:
              return String.fromCodePoint(cp);
            case NCR_LEVEL.remove:
              return "";
            case NCR_LEVEL.leave:
              return void 0;
            // signal: keep literal
            case NCR_LEVEL.throw:
              throw new Error(
                `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
              );
            default:
              return String.fromCodePoint(cp);
          }
        }
        /**
         * Full NCR resolution pipeline for a numeric token.
         *
         * Steps:
         *   1. Parse the codepoint (decimal or hex).
         *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
         *   3. If numericAllowed is false and no minimum restriction applies \u2192 leave as-is.
         *   4. Classify the codepoint to find the minimum required action level.
         *   5. Resolve effective action = max(onNCR, minimum).
         *   6. Apply and return.
         *
         * @param {string} token  \u2014 e.g. '#38', '#x26', '#X26'
         * @returns {string|undefined}
         *   - string (incl. '')  \u2014 replacement ('' = remove)
         *   - undefined          \u2014 leave original &token; as-is
         */
        _resolveNCR(token) {
          const second = token.charCodeAt(1);
          let cp;
          if (second === 120 || second === 88) {
            cp = parseInt(token.slice(2), 16);
          } else {
            cp = parseInt(token.slice(1), 10);
          }
          if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
          const minimum = this._classifyNCR(cp);
          if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
          const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
          return this._applyNCRAction(effective, token, cp);
        }
      }
      ;
      const SQL_PATTERNS = [
        {
          id: "sql-block-comment-open",
          description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
          pattern: /\/\*/
        },
        {
          id: "sql-union-select",
          description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
          pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
        },
        {
          id: "sql-drop-table",
          description: "DROP TABLE \u2014 destructive DDL injection",
          pattern: /\bDROP\s{1,20}TABLE\b/i
        },
        {
          id: "sql-drop-database",
          description: "DROP DATABASE \u2014 destructive DDL injection",
          pattern: /\bDROP\s{1,20}DATABASE\b/i
        },
        {
          id: "sql-insert-into",
          description: "INSERT INTO \u2014 data injection",
          pattern: /\bINSERT\s{1,20}INTO\b/i
        },
        {
          id: "sql-delete-from",
          description: "DELETE FROM \u2014 data deletion injection",
          pattern: /\bDELETE\s{1,20}FROM\b/i
        },
        {
          id: "sql-update-set",
          description: "UPDATE ... SET \u2014 data modification injection",
          // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
          pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
        },
        {
          id: "sql-exec-xp",
          description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
          pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
        },
        {
          id: "sql-tautology-string",
          description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
          // Last quote is optional \u2014 injection may truncate it: ' OR '1'='1--
          pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
        },
        {
          id: "sql-tautology-numeric",
          description: "Numeric tautology: OR 1=1",
          pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
        },
        {
          id: "sql-always-true-zero",
          description: "Numeric tautology: OR 0=0",
          pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
        },
        {
          id: "sql-sleep-benchmark",
          description: "Time-based blind injection: SLEEP() or BENCHMARK()",
          pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
        },
        {
          id: "sql-waitfor-delay",
          description: "MSSQL time-based blind injection: WAITFOR DELAY",
          pattern: /\bWAITFOR\s{1,20}DELAY\b/i
        },
        {
          id: "sql-char-function",
          description: "CHAR() function \u2014 used to obfuscate injected strings",
          pattern: /\bCHAR\s*\(\s*\d{1,3}/i
        },
        {
          id: "sql-information-schema",
          description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
          pattern: /\bINFORMATION_SCHEMA\b/i
        }
      ];
      const sql = SQL_PATTERNS;
      ;
      const SQL_STRICT_EXTRA = [
        {
          id: "sql-line-comment",
          description: "SQL line comment: -- followed by whitespace or end of string",
          pattern: /--(?:\s|$)/
        },
        {
          id: "sql-stacked-query",
          description: "Stacked queries: semicolon immediately followed by a SQL keyword",
          pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
        },
        {
          id: "sql-hex-encoding",
          description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
          pattern: /\b0x[0-9a-f]{4,}/i
        }
      ];
      const SQL_STRICT_PATTERNS = [...sql, ...SQL_STRICT_EXTRA];
      const sql_strict = SQL_STRICT_PATTERNS;
      ;
      const NAMED = Object.freeze({
        colon: ":",
        Tab: "	",
        NewLine: "\n"
      });
      const ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
      function decodeEntities(input) {
        if (input.indexOf("&") === -1) return input;
        return input.replace(ENTITY_RE, (match, hex, dec, name) => {
          if (name !== void 0) {
            return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
          }
          const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
          if (!Number.isFinite(cp) || cp > 1114111) return match;
          return String.fromCodePoint(cp);
        });
      }
      ;
      const HTML_PATTERNS = [
        {
          id: "html-script-open",
          description: "<script opening tag",
          pattern: /<script[\s>/]/i
        },
        {
          id: "html-script-close",
          description: "<\/script closing tag",
          pattern: /<\/script[\s>]/i
        },
        {
          id: "html-javascript-protocol",
          description: "javascript: URI scheme (with optional whitespace/encoding)",
          // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
          pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
        },
        {
          id: "html-vbscript-protocol",
          description: "vbscript: URI scheme",
          pattern: /vbscript[\t\n\r ]*:/i
        },
        {
          id: "html-data-html",
          description: "data:text/html URI \u2014 can execute scripts in browsers",
          pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
        },
        {
          id: "html-data-xhtml",
          description: "data:application/xhtml+xml URI",
          pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
        },
        {
          id: "html-data-svg",
          description: "data:image/svg+xml URI \u2014 can execute scripts",
          pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
        },
        {
          id: "html-inline-event-handler",
          description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
          // \bon ensures we match a word boundary so "phonetic=" is not caught
          pattern: /\bon\w{1,30}\s*=/i
        },
        {
          id: "html-entity-obfuscated-script",
          description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
          // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
          pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
        },
        {
          id: "html-entity-obfuscated-javascript",
          description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
          pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
        },
        {
          id: "html-style-expression",
          description: "CSS expression() \u2014 IE-era code execution in style attributes",
          pattern: /style[\s\S]{0,20}expression\s*\(/i
        },
        {
          id: "html-object-embed",
          description: "<object or <embed tags that can load active content",
          pattern: /<(?:object|embed)[\s>/]/i
        },
        {
          id: "html-base-tag",
          description: "<base href= \u2014 can hijack all relative URLs on a page",
          pattern: /<base[\s>]/i
        },
        {
          id: "html-meta-refresh",
          description: '<meta http-equiv="refresh" \u2014 can redirect users',
          pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
        },
        {
          id: "html-srcdoc",
          description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
          pattern: /srcdoc\s*=/i
        },
        {
          id: "html-iframe",
          description: "<iframe tag",
          pattern: /<iframe[\s>/]/i
        },
        {
          id: "html-form",
          description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
          pattern: /<form[\s>/]/i
        }
      ];
      const html = HTML_PATTERNS;
      ;
      const XML_PATTERNS = [
        {
          id: "xml-cdata-injection",
          description: "CDATA section injection: <![CDATA[ breaks out of text node context",
          pattern: /<!\[CDATA\[/i
        },
        {
          id: "xml-cdata-close",
          description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
          pattern: /\]\]>/
        },
        {
          id: "xml-processing-instruction",
          description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
          pattern: /<\?(?:xml[\- ]|php|asp)/i
        },
        {
          id: "xml-doctype-injection",
          description: "DOCTYPE declaration embedded in content \u2014 can define entities",
          // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
          pattern: /<!DOCTYPE(?:[\s[]|$)/i
        },
        {
          id: "xml-entity-system",
          description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
          pattern: /\bSYSTEM\s+["']/i
        },
        {
          id: "xml-entity-public",
          description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
          pattern: /\bPUBLIC\s+["']/i
        },
        {
          id: "xml-entity-declaration",
          description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
          pattern: /<!ENTITY[\s%]/i
        },
        {
          id: "xml-billion-laughs",
          description: "Entity reference chaining / billion laughs: repeated &eX; style references",
          // Heuristic: 3+ consecutive entity refs suggests expansion attack
          pattern: /(?:&\w{1,20};){3,}/
        },
        {
          id: "xml-namespace-confusion",
          description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
          // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
          pattern: /\bxmlns(?::\w{1,40})?\s*=/i
        },
        {
          id: "xml-comment-injection",
          description: "<!-- comment injection \u2014 can hide content from some parsers",
          pattern: /<!--/
        },
        {
          id: "xml-comment-close",
          description: "--> closes an enclosing XML comment",
          pattern: /-->/
        },
        {
          id: "xml-pi-close",
          description: "?> closes an enclosing processing instruction",
          pattern: /\?>/
        }
      ];
      const xml = XML_PATTERNS;
      ;
      const SVG_PATTERNS = [
        {
          id: "svg-script-element",
          description: "<script element inside SVG executes JavaScript",
          pattern: /<script[\s>/]/i
        },
        {
          id: "svg-xlink-href-javascript",
          description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
          pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
        },
        {
          id: "svg-href-javascript",
          description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
          pattern: /href\s*=\s*["']?\s*javascript\s*:/i
        },
        {
          id: "svg-foreignobject",
          description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
          pattern: /<foreignObject[\s>/]/i
        },
        {
          id: "svg-use-external",
          description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
          // Match <use with href= where the value starts with a non-# character (external URL)
          // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
          pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
        },
        {
          id: "svg-animate-href",
          description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
          pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
        },
        {
          id: "svg-animate-xlinkhref",
          description: '<animate attributeName="xlink:href"',
          pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
        },
        {
          id: "svg-set-javascript",
          description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
          pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
        },
        {
          id: "svg-event-handler",
          description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
          pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
        },
        {
          id: "svg-handler-generic",
          description: "Generic on* handler catch-all for SVG attributes",
          pattern: /\bon\w{1,30}\s*=/i
        },
        {
          id: "svg-filter-feimage",
          description: "<feImage href= \u2014 filter primitive that can load external resources",
          pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
        },
        {
          id: "svg-image-external",
          description: "<image xlink:href with http/https or javascript protocol",
          pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
        },
        {
          id: "svg-style-javascript",
          description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
          pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
        }
      ];
      const svg = SVG_PATTERNS;
      ;
      const SHELL_PATTERNS = [
        {
          id: "shell-path-traversal-unix",
          description: "Unix path traversal: ../  \u2014 climbing the directory tree",
          pattern: /\.\.\//
        },
        {
          id: "shell-path-traversal-windows",
          description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
          pattern: /\.\.\\/
        },
        {
          id: "shell-path-traversal-encoded",
          description: "URL-encoded path traversal: %2e%2e or %2f variants",
          pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
        },
        {
          id: "shell-null-byte",
          description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
          pattern: /\x00|%00/
        },
        {
          id: "shell-semicolon",
          description: "Semicolon command separator: cmd1; cmd2",
          pattern: /;/
        },
        {
          id: "shell-pipe",
          description: "Pipe operator: cmd1 | cmd2",
          pattern: /\|/
        },
        {
          id: "shell-and-operator",
          description: "AND operator: cmd1 && cmd2",
          pattern: /&&/
        },
        {
          id: "shell-or-operator",
          description: "OR operator: cmd1 || cmd2",
          pattern: /\|\|/
        },
        {
          id: "shell-backtick",
          description: "Backtick command substitution: `cmd`",
          pattern: /`/
        },
        {
          id: "shell-dollar-paren",
          description: "Dollar-paren command substitution: $(cmd)",
          pattern: /\$\(/
        },
        {
          id: "shell-dollar-brace",
          description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
          pattern: /\$\{/
        },
        {
          id: "shell-redirect-out",
          description: "Output redirection: cmd > file or cmd >> file",
          pattern: />{1,2}/
        },
        {
          id: "shell-redirect-in",
          description: "Input redirection: cmd < file",
          pattern: /</
        },
        {
          id: "shell-newline-injection",
          description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
          pattern: /[\n\r]/
        },
        {
          id: "shell-glob-star",
          description: "Glob expansion: * or ? \u2014 can expand to unintended files",
          // Only flag when combined with path separators to reduce false positives
          pattern: /[/\\][*?]/
        },
        {
          id: "shell-absolute-root",
          description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
          pattern: /^(?:\/|\\\\)/
        },
        {
          id: "shell-windows-drive",
          description: "Windows drive letter path injection: C:\\ or D:/",
          pattern: /^[a-zA-Z]:[/\\]/
        },
        {
          id: "shell-curl-wget",
          description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
          // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
          // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
          pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
        }
      ];
      const shell = SHELL_PATTERNS;
      ;
      const REDOS_PATTERNS = [
        {
          id: "redos-nested-quantifier-plus",
          description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
          // Matches any group containing a + quantifier, with an outer * or + \u2014 catches (a+)+, (.+b)*, etc.
          pattern: /\([^)]*\+[^)]*\)[+*]/
        },
        {
          id: "redos-nested-quantifier-star",
          description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
          pattern: /\([^)]*\*[^)]*\)[*+]/
        },
        {
          id: "redos-nested-groups",
          description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
          pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
        },
        {
          id: "redos-alternation-overlap",
          description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
          // Detect repeated identical alternatives under a quantifier
          pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
        },
        {
          id: "redos-star-plus-concat",
          description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
          pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
        },
        {
          id: "redos-dot-star-greedy",
          description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
          pattern: /\(\.[*+]\)\{?\d/
        },
        {
          id: "redos-large-repetition",
          description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
          // Matches { followed by 4+ digits (\u22651000), then optional ,digits }
          pattern: /\{\d{4,}(?:,\d*)?\}/
        },
        {
          id: "redos-catastrophic-alternation",
          description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
          // Heuristic: 10+ pipe-separated alternatives in a single group
          pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
        }
      ];
      const redos = REDOS_PATTERNS;
      ;
      const SEP = /["'\s]*:/;
      const sep = `["'\\s]*:`;
      const NOSQL_PATTERNS = [
        // \u2500\u2500\u2500 MongoDB $ operator injection \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "nosql-where-operator",
          description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
          pattern: new RegExp(`\\$where${sep}`, "i")
        },
        {
          id: "nosql-ne-operator",
          description: '$ne \u2014 "not equal" operator used to bypass equality checks',
          pattern: new RegExp(`\\$ne${sep}`, "i")
        },
        {
          id: "nosql-gt-operator",
          description: '$gt \u2014 "greater than" used to bypass password/value checks',
          pattern: new RegExp(`\\$gte?${sep}`, "i")
        },
        {
          id: "nosql-lt-operator",
          description: '$lt / $lte \u2014 "less than" bypass variants',
          pattern: new RegExp(`\\$lte?${sep}`, "i")
        },
        {
          id: "nosql-regex-operator",
          description: "$regex \u2014 can be used to extract data character by character (blind injection)",
          pattern: new RegExp(`\\$regex${sep}`, "i")
        },
        {
          id: "nosql-or-operator",
          description: "$or \u2014 logical OR; used to create always-true conditions",
          pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
        },
        {
          id: "nosql-and-operator",
          description: "$and \u2014 logical AND operator injection",
          pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
        },
        {
          id: "nosql-nor-operator",
          description: "$nor \u2014 logical NOR operator injection",
          pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
        },
        {
          id: "nosql-exists-operator",
          description: "$exists \u2014 can enumerate fields to determine schema",
          pattern: new RegExp(`\\$exists${sep}`, "i")
        },
        {
          id: "nosql-in-operator",
          description: "$in \u2014 matches any value in a list; can enumerate values",
          pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
        },
        {
          id: "nosql-expr-operator",
          description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
          pattern: new RegExp(`\\$expr${sep}`, "i")
        },
        {
          id: "nosql-function-operator",
          description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
          pattern: new RegExp(`\\$function${sep}`, "i")
        },
        {
          id: "nosql-accumulator-operator",
          description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
          pattern: new RegExp(`\\$accumulator${sep}`, "i")
        },
        // \u2500\u2500\u2500 Prototype pollution \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "nosql-proto-pollution",
          description: "__proto__ \u2014 prototype pollution via object key injection",
          pattern: /__proto__/
        },
        {
          id: "nosql-constructor-prototype",
          description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
          // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
          // ("constructor": {"prototype": ...})
          pattern: /constructor[\s"':.,{\[]*prototype/i
        },
        {
          id: "nosql-proto-bracket",
          description: '["__proto__"] \u2014 bracket-notation prototype pollution',
          pattern: /\[["']__proto__["']\]/
        }
      ];
      const nosql = NOSQL_PATTERNS;
      ;
      const LOG_PATTERNS = [
        // \u2500\u2500\u2500 CRLF / newline injection \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "log-crlf-injection",
          description: "CRLF injection: literal \\r or \\n embeds fake log lines",
          pattern: /[\r\n]/
        },
        {
          id: "log-url-encoded-crlf",
          description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
          pattern: /%0[dDaA]/
        },
        {
          id: "log-unicode-newline",
          description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
          pattern: /[\u2028\u2029]/
        },
        // \u2500\u2500\u2500 Log4Shell / JNDI injection (CVE-2021-44228) \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "log-log4shell-jndi",
          description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
          pattern: /\$\{jndi\s*:/i
        },
        {
          id: "log-log4shell-obfuscated",
          description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
          // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
          pattern: /\$\{::-/
        },
        {
          id: "log-log4j-lookup",
          description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
          pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
        },
        // \u2500\u2500\u2500 Server-Side Template Injection (SSTI) in log messages \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "log-ssti-double-brace",
          description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
          pattern: /\{\{[\s\S]{0,80}\}\}/
        },
        {
          id: "log-ssti-hash-brace",
          description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
          pattern: /#\{[\s\S]{0,80}\}/
        },
        {
          id: "log-ssti-dollar-brace",
          description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
          // Require that the ${...} content looks like an expression, not a plain variable name.
          // Flags if the content contains: . ( * + operators, or known SSTI keywords.
          // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
          pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
        },
        {
          id: "log-ssti-percent-tag",
          description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
          pattern: /<%=[\s\S]{0,80}%>/
        },
        // \u2500\u2500\u2500 Null byte \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "log-null-byte",
          description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
          pattern: /\x00|%00/
        },
        // \u2500\u2500\u2500 ANSI escape injection \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
        {
          id: "log-ansi-escape",
          description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
          pattern: /\x1b\[/
        }
      ];
      const log = LOG_PATTERNS;
      ;
      html.label = "HTML";
      xml.label = "XML";
      svg.label = "SVG";
      html.decodeEntities = true;
      xml.decodeEntities = true;
      svg.decodeEntities = true;
      sql.label = "SQL";
      sql_strict.label = "SQL-STRICT";
      shell.label = "SHELL";
      redos.label = "REDOS";
      nosql.label = "NOSQL";
      log.label = "LOG";
      const VALID_CONTEXTS = Object.freeze({
        HTML: html,
        XML: xml,
        SVG: svg,
        SQL: sql,
        "SQL-STRICT": sql_strict,
        SHELL: shell,
        REDOS: redos,
        NOSQL: nosql,
        LOG: log
      });
      function assertString(value) {
        if (typeof value !== "string") {
          throw new TypeError(
            `is-unsafe: first argument must be a string, got ${typeof value}`
          );
        }
      }
      function assertContext(context) {
        if (context instanceof RegExp) return;
        if (Array.isArray(context)) {
          if (context.length === 0) {
            throw new TypeError("is-unsafe: context must not be an empty array");
          }
          if (Array.isArray(context[0])) {
            for (const list of context) {
              if (!Array.isArray(list) || list.length === 0) {
                throw new TypeError(
                  "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
                );
              }
            }
          }
          return;
        }
        throw new TypeError(
          `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
        );
      }
      function normalise(context) {
        if (context instanceof RegExp) return { lists: null, regex: context };
        if (Array.isArray(context[0])) return { lists: context, regex: null };
        return { lists: [context], regex: null };
      }
      function decodedCopy(value, list) {
        if (!list.decodeEntities) return null;
        const decoded = decodeEntities(value);
        return decoded === value ? null : decoded;
      }
      function matchList(value, list) {
        const label = list.label ?? "CUSTOM";
        const decoded = decodedCopy(value, list);
        for (const rule of list) {
          if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
            return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
          }
        }
        return null;
      }
      function isUnsafe(value, context) {
        assertString(value);
        assertContext(context);
        const { lists, regex } = normalise(context);
        if (regex) return regex.test(value);
        for (const list of lists) {
          if (matchList(value, list) !== null) return true;
        }
        return false;
      }
      function whyUnsafe(value, context) {
        assertString(value);
        assertContext(context);
        const { lists, regex } = normalise(context);
        if (regex) {
          return regex.test(value) ? { context: "CUSTOM", id: "custom-regex", description: "Matched caller-supplied pattern", pattern: regex } : null;
        }
        for (const list of lists) {
          const result = matchList(value, list);
          if (result !== null) return result;
        }
        return null;
      }
      function allUnsafe(value, context) {
        assertString(value);
        assertContext(context);
        const { lists, regex } = normalise(context);
        const results = [];
        if (regex) {
          if (regex.test(value)) {
            results.push({ context: "CUSTOM", id: "custom-regex", description: "Matched caller-supplied pattern", pattern: regex });
          }
          return results;
        }
        for (const list of lists) {
          const label = list.label ?? "CUSTOM";
          const decoded = decodedCopy(value, list);
          for (const rule of list) {
            if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
              results.push({ context: label, id: rule.id, description: rule.description, pattern: rule.pattern });
            }
          }
        }
        return results;
      }
      const src = (
        /* unused pure expression or super */
        null
      );
      ;
      function extractRawAttributes(prefixedAttrs, options) {
        if (!prefixedAttrs) return {};
        const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
        if (!attrs) return {};
        const rawAttrs = {};
        for (const key in attrs) {
          if (key.startsWith(options.attributeNamePrefix)) {
            const rawName = key.substring(options.attributeNamePrefix.length);
            rawAttrs[rawName] = attrs[key];
          } else {
            rawAttrs[key] = attrs[key];
          }
        }
        return rawAttrs;
      }
      function extractNamespace(rawTagName) {
        if (!rawTagName || typeof rawTagName !== "string") return void 0;
        const colonIndex = rawTagName.indexOf(":");
        if (colonIndex !== -1 && colonIndex > 0) {
          const ns = rawTagName.substring(0, colonIndex);
          if (ns !== "xmlns") {
            return ns;
          }
        }
        return void 0;
      }
      class OrderedObjParser {
        constructor(options, externalEntities) {
          this.options = options;
          this.currentNode = null;
          this.tagsNodeStack = [];
          this.parseXml = parseXml;
          this.parseTextData = parseTextData;
          this.resolveNameSpace = resolveNameSpace;
          this.buildAttributesMap = buildAttributesMap;
          this.isItStopNode = isItStopNode;
          this.replaceEntitiesValue = replaceEntitiesValue;
          this.readStopNodeData = readStopNodeData;
          this.saveTextToParentTag = saveTextToParentTag;
          this.addChild = addChild;
          this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
          this.entityExpansionCount = 0;
          this.currentExpandedLength = 0;
          this.doctypefound = false;
          let namedEntities = { ...XML };
          if (this.options.entityDecoder) {
            this.entityDecoder = this.options.entityDecoder;
          } else {
            if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
            else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
            this.entityDecoder = new EntityDecoder({
              namedEntities: { ...namedEntities, ...externalEntities },
              numericAllowed: this.options.htmlEntities,
              limit: {
                maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
                maxExpandedLength: this.options.processEntities.maxExpandedLength,
                applyLimitsTo: this.options.processEntities.appliesTo
              },
              // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
              onInputEntity: (name, value) => (
                //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
                isUnsafe(value, [html, xml]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
              )
              //postCheck: resolved => resolved
            });
          }
          this.matcher = new Matcher();
          this.readonlyMatcher = this.matcher.readOnly();
          this.isCurrentNodeStopNode = false;
          this.stopNodeExpressionsSet = new ExpressionSet();
          const stopNodesOpts = this.options.stopNodes;
          if (stopNodesOpts && stopNodesOpts.length > 0) {
            for (let i = 0; i < stopNodesOpts.length; i++) {
              const stopNodeExp = stopNodesOpts[i];
              if (typeof stopNodeExp === "string") {
                this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
              } else if (stopNodeExp instanceof Expression) {
                this.stopNodeExpressionsSet.add(stopNodeExp);
              }
            }
            this.stopNodeExpressionsSet.seal();
          }
        }
      }
      function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
        const options = this.options;
        if (val !== void 0) {
          if (options.trimValues && !dontTrim) {
            val = val.trim();
          }
          if (val.length > 0) {
            if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
            const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
            const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
            if (newval === null || newval === void 0) {
              return val;
            } else if (typeof newval !== typeof val || newval !== val) {
              return newval;
            } else if (options.trimValues) {
              return parseValue(val, options.parseTagValue, options.numberParseOptions);
            } else {
              const trimmedVal = val.trim();
              if (trimmedVal === val) {
                return parseValue(val, options.parseTagValue, options.numberParseOptions);
              } else {
                return val;
              }
            }
          }
        }
      }
      function resolveNameSpace(tagname) {
        if (this.options.removeNSPrefix) {
          const tags = tagname.split(":");
          const prefix = tagname.charAt(0) === "/" ? "/" : "";
          if (tags[0] === "xmlns") {
            return "";
          }
          if (tags.length === 2) {
            tagname = prefix + tags[1];
          }
        }
        return tagname;
      }
      const attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
      function attrValue(match) {
        return match[3] !== void 0 ? match[3] : match[4];
      }
      function buildAttributesMap(attrStr, jPath, tagName, force = false) {
        const options = this.options;
        if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
          const matches = (0, util.Xe)(attrStr, attrsRegx);
          const len = matches.length;
          const attrs = {};
          const processedVals = new Array(len);
          let hasRawAttrs = false;
          const rawAttrsForMatcher = {};
          for (let i = 0; i < len; i++) {
            const attrName = this.resolveNameSpace(matches[i][1]);
            const oldVal = attrValue(matches[i]);
            if (attrName.length && oldVal !== void 0) {
              let val = oldVal;
              if (options.trimValues) val = val.trim();
              val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
              processedVals[i] = val;
              rawAttrsForMatcher[attrName] = val;
              hasRawAttrs = true;
            }
          }
          if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
            jPath.updateCurrent(rawAttrsForMatcher);
          }
          const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
          let hasAttrs = false;
          for (let i = 0; i < len; i++) {
            const attrName = this.resolveNameSpace(matches[i][1]);
            if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
            let aName = options.attributeNamePrefix + attrName;
            if (attrName.length) {
              if (options.transformAttributeName) {
                aName = options.transformAttributeName(aName);
              }
              aName = sanitizeName(aName, options);
              if (attrValue(matches[i]) !== void 0) {
                const oldVal = processedVals[i];
                const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
                if (newVal === null || newVal === void 0) {
                  attrs[aName] = oldVal;
                } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
                  attrs[aName] = newVal;
                } else {
                  attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
                }
                hasAttrs = true;
              } else if (options.allowBooleanAttributes) {
                attrs[aName] = true;
                hasAttrs = true;
              }
            }
          }
          if (!hasAttrs) return;
          if (options.attributesGroupName && !options.preserveOrder) {
            const attrCollection = {};
            attrCollection[options.attributesGroupName] = attrs;
            return attrCollection;
          }
          return attrs;
        }
      }
      const parseXml = function(xmlData) {
        const options = this.options;
        const crlfPositions = options.captureMetaData ? [] : void 0;
        xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
          if (newline.length === 2) {
            crlfPositions.push(index - crlfPositions.length);
          }
          return "\n";
        } : "\n");
        const xmlObj = new XmlNode("!xml");
        let currentNode = xmlObj;
        let textData = "";
        this.matcher.reset();
        this.entityDecoder.reset();
        this.entityExpansionCount = 0;
        this.currentExpandedLength = 0;
        this.doctypefound = false;
        const docTypeReader = new DocTypeReader(options.processEntities);
        const xmlLen = xmlData.length;
        for (let i = 0; i < xmlLen; i++) {
          const ch = xmlData[i];
          if (ch === "<") {
            const c1 = xmlData.charCodeAt(i + 1);
            if (c1 === 47) {
              const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
              let tagName = xmlData.substring(i + 2, closeIndex).trim();
              if (options.removeNSPrefix) {
                const colonIndex = tagName.indexOf(":");
                if (colonIndex !== -1) {
                  tagName = tagName.substr(colonIndex + 1);
                }
              }
              tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
              if (currentNode) {
                textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
              }
              const lastTagName = this.matcher.getCurrentTag();
              if (tagName && options.unpairedTagsSet.has(tagName)) {
                throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
              }
              if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
                this.matcher.pop();
                this.tagsNodeStack.pop();
              }
              this.matcher.pop();
              this.isCurrentNodeStopNode = false;
              currentNode = this.tagsNodeStack.pop() || xmlObj;
              if (options.captureMetaData && currentNode) {
                currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
              }
              textData = "";
              i = closeIndex;
            } else if (c1 === 63) {
              let tagData = readTagExp(xmlData, i, false, "?>");
              if (!tagData) throw new Error("Pi Tag is not closed.");
              textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
              const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
              if (attsMap) {
                const ver = attsMap[this.options.attributeNamePrefix + "version"];
                this.entityDecoder.setXmlVersion(Number(ver) || 1);
                docTypeReader.setXmlVersion(Number(ver) || 1);
              }
              if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
              } else {
                const childNode = new XmlNode(tagData.tagName);
                childNode.add(options.textNodeName, "");
                if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
                  childNode[":@"] = attsMap;
                }
                const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                if (options.captureMetaData) {
                  currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
                }
              }
              i = tagData.closeIndex + 1;
            } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
              const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
              if (options.commentPropName) {
                const comment = xmlData.substring(i + 4, endIndex - 2);
                textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
                currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
              }
              i = endIndex;
            } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
              if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
              this.doctypefound = true;
              const result = docTypeReader.readDocType(xmlData, i);
              this.entityDecoder.addInputEntities(result.entities);
              i = result.i;
            } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
              const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
              const tagExp = xmlData.substring(i + 9, closeIndex);
              textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
              let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
              if (val == void 0) val = "";
              if (options.cdataPropName) {
                currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
              } else {
                currentNode.add(options.textNodeName, val);
              }
              i = closeIndex + 2;
            } else {
              let result = readTagExp(xmlData, i, options.removeNSPrefix);
              if (!result) {
                const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
                throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
              }
              let tagName = result.tagName;
              const rawTagName = result.rawTagName;
              let tagExp = result.tagExp;
              let attrExpPresent = result.attrExpPresent;
              let closeIndex = result.closeIndex;
              ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
              if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
                throw new Error(`Invalid tag name: ${tagName}`);
              }
              if (currentNode && textData) {
                if (currentNode.tagname !== "!xml") {
                  textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
                }
              }
              const lastTag = currentNode;
              if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
                currentNode = this.tagsNodeStack.pop();
                this.matcher.pop();
              }
              let isSelfClosing = false;
              if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
                isSelfClosing = true;
                if (tagName[tagName.length - 1] === "/") {
                  tagName = tagName.substr(0, tagName.length - 1);
                  tagExp = tagName;
                } else {
                  tagExp = tagExp.substr(0, tagExp.length - 1);
                }
                attrExpPresent = tagName !== tagExp;
              }
              let prefixedAttrs = null;
              let rawAttrs = {};
              let namespace = void 0;
              namespace = extractNamespace(rawTagName);
              if (tagName !== xmlObj.tagname) {
                this.matcher.push(tagName, {}, namespace);
              }
              if (tagName !== tagExp && attrExpPresent) {
                prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
                if (prefixedAttrs) {
                  rawAttrs = extractRawAttributes(prefixedAttrs, options);
                }
              }
              if (tagName !== xmlObj.tagname) {
                this.isCurrentNodeStopNode = this.isItStopNode();
              }
              const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
              if (this.isCurrentNodeStopNode) {
                let tagContent = "";
                if (isSelfClosing) {
                  i = result.closeIndex;
                } else if (options.unpairedTagsSet.has(tagName)) {
                  i = result.closeIndex;
                } else {
                  const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
                  if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
                  i = result2.i;
                  tagContent = result2.tagContent;
                }
                const childNode = new XmlNode(tagName);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                childNode.add(options.textNodeName, tagContent);
                this.matcher.pop();
                this.isCurrentNodeStopNode = false;
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                if (options.captureMetaData) {
                  currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
                }
              } else {
                if (isSelfClosing) {
                  ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
                  const childNode = new XmlNode(tagName);
                  if (prefixedAttrs) {
                    childNode[":@"] = prefixedAttrs;
                  }
                  this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                  if (options.captureMetaData) {
                    currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
                  }
                  this.matcher.pop();
                  this.isCurrentNodeStopNode = false;
                } else if (options.unpairedTagsSet.has(tagName)) {
                  const childNode = new XmlNode(tagName);
                  if (prefixedAttrs) {
                    childNode[":@"] = prefixedAttrs;
                  }
                  this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                  if (options.captureMetaData) {
                    currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
                  }
                  this.matcher.pop();
                  this.isCurrentNodeStopNode = false;
                  i = result.closeIndex;
                  continue;
                } else {
                  const childNode = new XmlNode(tagName);
                  if (this.tagsNodeStack.length > options.maxNestedTags) {
                    throw new Error("Maximum nested tags exceeded");
                  }
                  this.tagsNodeStack.push(currentNode);
                  if (prefixedAttrs) {
                    childNode[":@"] = prefixedAttrs;
                  }
                  this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                  currentNode = childNode;
                }
                textData = "";
                i = closeIndex;
              }
            }
          } else {
            textData += xmlData[i];
          }
        }
        return xmlObj.child;
      };
      function getOriginalIndex(index, crlfPositions) {
        let low = 0;
        let high = crlfPositions.length;
        while (low < high) {
          const middle = Math.floor((low + high) / 2);
          if (crlfPositions[middle] < index) low = middle + 1;
          else high = middle;
        }
        return index + low;
      }
      function addChild(currentNode, childNode, matcher, startIndex) {
        if (!this.options.captureMetaData) startIndex = void 0;
        const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
        const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
        if (result === false) {
        } else if (typeof result === "string") {
          childNode.tagname = result;
          currentNode.addChild(childNode, startIndex);
        } else {
          currentNode.addChild(childNode, startIndex);
        }
      }
      function replaceEntitiesValue(val, tagName, jPath) {
        const entityConfig = this.options.processEntities;
        if (!entityConfig || !entityConfig.enabled) {
          return val;
        }
        if (entityConfig.allowedTags) {
          const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
          const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
          if (!allowed) {
            return val;
          }
        }
        if (entityConfig.tagFilter) {
          const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
          if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
            return val;
          }
        }
        return this.entityDecoder.decode(val);
      }
      function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
        if (textData) {
          if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
          textData = this.parseTextData(
            textData,
            parentNode.tagname,
            matcher,
            false,
            parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
            isLeafNode
          );
          if (textData !== void 0 && textData !== "")
            parentNode.add(this.options.textNodeName, textData);
          textData = "";
        }
        return textData;
      }
      function isItStopNode() {
        if (this.stopNodeExpressionsSet.size === 0) return false;
        return this.matcher.matchesAny(this.stopNodeExpressionsSet);
      }
      function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
        const len = xmlData.length;
        const closeCode0 = closingChar.charCodeAt(0);
        const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
        let result = "";
        let segmentStart = i;
        for (let index = i; index < len; index++) {
          const code = xmlData.charCodeAt(index);
          if (code === 34 || code === 39) {
            index = xmlData.indexOf(xmlData[index], index + 1);
            if (index === -1) return;
          } else if (code === closeCode0) {
            if (closeCode1 !== -1) {
              if (xmlData.charCodeAt(index + 1) === closeCode1) {
                result += xmlData.substring(segmentStart, index);
                return { data: result, index };
              }
            } else {
              result += xmlData.substring(segmentStart, index);
              return { data: result, index };
            }
          } else if (code === 9) {
            result += xmlData.substring(segmentStart, index) + " ";
            segmentStart = index + 1;
          }
        }
      }
      function findClosingIndex(xmlData, str, i, errMsg) {
        const closingIndex = xmlData.indexOf(str, i);
        if (closingIndex === -1) {
          throw new Error(errMsg);
        } else {
          return closingIndex + str.length - 1;
        }
      }
      function findClosingChar(xmlData, char, i, errMsg) {
        const closingIndex = xmlData.indexOf(char, i);
        if (closingIndex === -1) throw new Error(errMsg);
        return closingIndex;
      }
      function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
        const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
        if (!result) return;
        let tagExp = result.data;
        const closeIndex = result.index;
        const separatorIndex = tagExp.search(/\s/);
        let tagName = tagExp;
        let attrExpPresent = true;
        if (separatorIndex !== -1) {
          tagName = tagExp.substring(0, separatorIndex);
          tagExp = tagExp.substring(separatorIndex + 1).trimStart();
        }
        const rawTagName = tagName;
        if (removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
            attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
          }
        }
        return {
          tagName,
          tagExp,
          closeIndex,
          attrExpPresent,
          rawTagName
        };
      }
      function readStopNodeData(xmlData, tagName, i) {
        const startIndex = i;
        let openTagCount = 1;
        let lenient = false;
        let nextGt = -1;
        const xmllen = xmlData.length;
        for (; i < xmllen; i++) {
          if (xmlData[i] === "<") {
            const c1 = xmlData.charCodeAt(i + 1);
            if (c1 === 47) {
              const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
              let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
              if (closeTagName === tagName) {
                openTagCount--;
                if (openTagCount === 0) {
                  return {
                    tagContent: xmlData.substring(startIndex, i),
                    i: closeIndex
                  };
                }
              }
              i = closeIndex;
            } else if (c1 === 63) {
              const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
              i = closeIndex;
            } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
              const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
              i = closeIndex;
            } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
              const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
              i = closeIndex;
            } else {
              const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
              if (tagData) {
                const openTagName = tagData.tagName;
                if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
                  openTagCount++;
                }
                i = tagData.closeIndex;
              } else {
                lenient = true;
                if (nextGt < i) {
                  nextGt = xmlData.indexOf(">", i);
                  if (nextGt === -1) return;
                }
                const nextLt = xmlData.indexOf("<", i + 1);
                if (nextLt === -1 || nextLt > nextGt) {
                  const exp = xmlData.substring(i + 1, nextGt);
                  const sep2 = exp.search(/\s/);
                  const name = sep2 === -1 ? exp : exp.substring(0, sep2);
                  if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
                  i = nextGt;
                }
              }
            }
          }
        }
      }
      function parseValue(val, shouldParse, options) {
        if (shouldParse && typeof val === "string") {
          const newval = val.trim();
          if (newval === "true") return true;
          else if (newval === "false") return false;
          else return toNumber(val, options);
        } else {
          if ((0, util.yQ)(val)) {
            return val;
          } else {
            return "";
          }
        }
      }
      function fromCodePoint(str, base, prefix) {
        const codePoint = Number.parseInt(str, base);
        if (codePoint >= 0 && codePoint <= 1114111) {
          return String.fromCodePoint(codePoint);
        } else {
          return prefix + str + ";";
        }
      }
      function transformTagName(fn, tagName, tagExp, options) {
        if (fn) {
          const newTagName = fn(tagName);
          if (tagExp === tagName) {
            tagExp = newTagName;
          }
          tagName = newTagName;
        }
        tagName = sanitizeName(tagName, options);
        return { tagName, tagExp };
      }
      function sanitizeName(name, options) {
        if (util.vl.includes(name)) {
          throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
        } else if (util.q9.includes(name)) {
          return options.onDangerousProperty(name);
        }
        return name;
      }
      ;
      const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();
      function stripAttributePrefix(attrs, prefix) {
        if (!attrs || typeof attrs !== "object") return {};
        if (!prefix) return attrs;
        const rawAttrs = {};
        for (const key in attrs) {
          if (key.startsWith(prefix)) {
            const rawName = key.substring(prefix.length);
            rawAttrs[rawName] = attrs[key];
          } else {
            rawAttrs[key] = attrs[key];
          }
        }
        return rawAttrs;
      }
      function prettify(node, options, matcher, readonlyMatcher) {
        return compress(node, options, matcher, readonlyMatcher);
      }
      function compress(arr, options, matcher, readonlyMatcher) {
        let text;
        const compressedObj = {};
        for (let i = 0; i < arr.length; i++) {
          const tagObj = arr[i];
          const property = propName(tagObj);
          if (property !== void 0 && property !== options.textNodeName) {
            const rawAttrs = stripAttributePrefix(
              tagObj[":@"] || {},
              options.attributeNamePrefix
            );
            matcher.push(property, rawAttrs);
          }
          if (property === options.textNodeName) {
            if (text === void 0) text = tagObj[property];
            else text += "" + tagObj[property];
          } else if (property === void 0) {
            continue;
          } else if (tagObj[property]) {
            let val = compress(tagObj[property], options, matcher, readonlyMatcher);
            const isLeaf = isLeafTag(val, options);
            if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
              val[options.textNodeName] = "";
            }
            if (tagObj[":@"]) {
              assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
            } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
              val = val[options.textNodeName];
            } else if (Object.keys(val).length === 0) {
              if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
              else val = "";
            }
            if (tagObj[node2json_METADATA_SYMBOL] !== void 0 && typeof val === "object" && val !== null) {
              val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL];
            }
            if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
              if (!Array.isArray(compressedObj[property])) {
                compressedObj[property] = [compressedObj[property]];
              }
              compressedObj[property].push(val);
            } else {
              const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
              if (options.isArray(property, jPathOrMatcher, isLeaf)) {
                compressedObj[property] = [val];
              } else {
                compressedObj[property] = val;
              }
            }
            if (property !== void 0 && property !== options.textNodeName) {
              matcher.pop();
            }
          }
        }
        if (typeof text === "string") {
          if (text.length > 0) compressedObj[options.textNodeName] = text;
        } else if (text !== void 0) compressedObj[options.textNodeName] = text;
        return compressedObj;
      }
      function propName(obj) {
        const keys = Object.keys(obj);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (key !== ":@") return key;
        }
      }
      function assignAttributes(obj, attrMap, readonlyMatcher, options) {
        if (attrMap) {
          const keys = Object.keys(attrMap);
          const len = keys.length;
          for (let i = 0; i < len; i++) {
            const atrrName = keys[i];
            const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
            const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
            if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
              obj[atrrName] = [attrMap[atrrName]];
            } else {
              obj[atrrName] = attrMap[atrrName];
            }
          }
        }
      }
      function isLeafTag(obj, options) {
        const { textNodeName } = options;
        const propCount = Object.keys(obj).length;
        if (propCount === 0) {
          return true;
        }
        if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
          return true;
        }
        return false;
      }
      var validator = __webpack_require__(1176);
      ;
      class XMLParser {
        constructor(options) {
          this.externalEntities = {};
          this.options = buildOptions(options);
        }
        /**
         * Parse XML dats to JS object 
         * @param {string|Uint8Array} xmlData 
         * @param {boolean|Object} validationOption 
         */
        parse(xmlData, validationOption) {
          if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
              xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
              xmlData = xmlData.toString();
            }
          } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.");
          }
          if (validationOption) {
            if (validationOption === true) validationOption = {};
            const result = (0, validator.t)(xmlData, validationOption);
            if (result !== true) {
              throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
            }
          }
          const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
          const orderedResult = orderedObjParser.parseXml(xmlData);
          if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
          else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
        }
        /**
         * Add Entity which is not by default supported by this library
         * @param {string} key 
         * @param {string} value 
         */
        addEntity(key, value) {
          if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'");
          } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
          } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
          } else {
            this.externalEntities[key] = value;
          }
        }
        /**
         * Returns a Symbol that can be used to access the metadata
         * property on a node.
         * 
         * If Symbol is not available in the environment, an ordinary property is used
         * and the name of the property is here returned.
         * 
         * The XMLMetaData property is only present when `captureMetaData`
         * is true in the options.
         */
        static getMetaDataSymbol() {
          return XmlNode.getMetaDataSymbol();
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
