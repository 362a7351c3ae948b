// node-forge, the parts a PKCS#12 needs, as a chunk of its own in dist/ (certificate.ts `loadPfxReader` imports
// this module): 450 KB that V8 would otherwise parse at every start, for the few deploys that bring a PFX
// (bench/README.md, Start-up). Its index also loads TLS, SSH, PKCS#7 and ed25519; pkcs12 loads asn1, pbe (AES,
// 3DES, RC2, PBKDF2), x509 and rsa, and md.all the MACs' SHA-2 digests. A `require` with literal names, so ncc
// bundles them into this chunk; tsx and vitest run ESM and get createRequire.

import { createRequire } from 'node:module'
import type forgeTypes from 'node-forge'

const load = typeof require === 'function' ? require : createRequire(import.meta.url)
const forge = load('node-forge/lib/forge.js') as typeof forgeTypes
load('node-forge/lib/pkcs12.js')
load('node-forge/lib/md.all.js')

export default forge
