export const id = 209;
export const ids = [209];
export const modules = {

/***/ 209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(764);

// Placeholder until the capability lands: it says so instead of pretending to work.
const deployCommand = async () => {
    throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("'deploy' is not implemented yet.");
};


/***/ })

};
