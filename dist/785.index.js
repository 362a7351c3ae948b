const id = 785;
const ids = [785];
const modules = {
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
  )
};
export {
  id,
  ids,
  modules
};
