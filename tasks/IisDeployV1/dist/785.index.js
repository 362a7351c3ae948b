"use strict";
exports.id = 785;
exports.ids = [785];
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

/***/ 3785:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Kept for callers of the first version (src/pipeline/default-steps.ts): the encoder lives in encode-document.ts
// and writes go through the shared src/core/atomic-write.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeXmlDocument = void 0;
exports.writeFileAtomically = writeFileAtomically;
const atomic_write_js_1 = __webpack_require__(627);
var encode_document_js_1 = __webpack_require__(6572);
Object.defineProperty(exports, "encodeXmlDocument", ({ enumerable: true, get: function () { return encode_document_js_1.encodeXmlDocument; } }));
/** Writes `data` over `file` through a temporary file and a rename: never half-written. */
function writeFileAtomically(file, data) {
    (0, atomic_write_js_1.writeFileAtomicSync)(file, data);
}


/***/ })

};
;