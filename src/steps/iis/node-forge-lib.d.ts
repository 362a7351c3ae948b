// node-forge's submodules (node-forge/lib/*.js) have no types of their own: forge.js exports the same namespace
// object as the package's index, which the others extend when loaded (src/steps/iis/certificate.ts).
declare module 'node-forge/lib/forge.js' {
  const forge: unknown
  export default forge
}
declare module 'node-forge/lib/pkcs12.js'
declare module 'node-forge/lib/md.all.js'
