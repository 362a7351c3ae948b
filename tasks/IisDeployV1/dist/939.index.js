"use strict";
exports.id = 939;
exports.ids = [939];
exports.modules = {

/***/ 9939:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// node-forge, the parts a PKCS#12 needs, as a chunk of its own in dist/ (certificate.ts `loadPfxReader` imports
// this module): 450 KB that V8 would otherwise parse at every start, for the few deploys that bring a PFX
// (bench/README.md, Start-up). Its index also loads TLS, SSH, PKCS#7 and ed25519; pkcs12 loads asn1, pbe (AES,
// 3DES, RC2, PBKDF2), x509 and rsa, and md.all the MACs' SHA-2 digests. A `require` with literal names, so ncc
// bundles them into this chunk; tsx and vitest run ESM and get createRequire.
Object.defineProperty(exports, "__esModule", ({ value: true }));
const node_module_1 = __webpack_require__(8995);
const load = undefined;
const forge = __webpack_require__(8561);
__webpack_require__(1296);
__webpack_require__(5472);
exports["default"] = forge;


/***/ })

};
;