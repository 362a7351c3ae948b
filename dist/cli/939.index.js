const id = 939;
const ids = [939];
const modules = {
  /***/
  9939: (
    /***/
    (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        "default": () => __WEBPACK_DEFAULT_EXPORT__
        /* harmony export */
      });
      var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
      var node_module__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
      const load = void 0;
      const forge = __webpack_require__(8561);
      __webpack_require__(1296);
      __webpack_require__(5472);
      const __WEBPACK_DEFAULT_EXPORT__ = forge;
    })
  )
};
export {
  id,
  ids,
  modules
};
