// Kept for callers of the first version (src/pipeline/default-steps.ts): the encoder lives in encode-document.ts
// and writes go through the shared src/core/atomic-write.ts.

import { writeFileAtomicSync } from '../../core/atomic-write.js'

export { encodeXmlDocument } from './encode-document.js'

/** Writes `data` over `file` through a temporary file and a rename: never half-written. */
export function writeFileAtomically(file: string, data: Buffer | string): void {
  writeFileAtomicSync(file, data)
}
