// Whether pairs of files of the same size hold the same bytes (SHA-256 of each), for the planner's `checksum`
// mode. One implementation for both threads: the planner runs `comparePairs` here for small jobs, and
// tree-worker.ts puts its source text (`COMPARE_PAIRS_SOURCE`) into the worker it starts, which runs it unchanged
// from the ncc bundles (an eval worker has no file of its own to load). So `comparePairs` must stay
// self-contained: no imports, no module-level names, no helper functions; Node's modules come in as parameters.
// tree-walk.test.ts runs it on both threads.

import type crypto from 'node:crypto'
import type fs from 'node:fs'

type FileApi = Pick<typeof fs, 'openSync' | 'readSync' | 'closeSync'>
type HashApi = Pick<typeof crypto, 'hash' | 'createHash'>

/**
 * For pair `i` (files `paths[2i]` and `paths[2i+1]`, both `sizes[i]` bytes when the walk saw them), 1 when their
 * SHA-256 are equal, else 0. Like rsync, a file is read up to the size the walk saw (no extra read to find its
 * end), into `buffer`: a file that fits is hashed in one call (a Hash object per small file costs more than the
 * hashing), a larger one is streamed through it.
 */
export function comparePairs(
  fileApi: FileApi,
  hashApi: HashApi,
  buffer: Buffer,
  paths: readonly string[],
  sizes: ArrayLike<number>
): Uint8Array {
  const same = new Uint8Array(sizes.length)
  const digests = ['', '']
  for (let pair = 0; pair < sizes.length; pair++) {
    const size = sizes[pair] as number
    for (let side = 0; side < 2; side++) {
      const fd = fileApi.openSync(paths[2 * pair + side] as string, 'r')
      try {
        if (size <= buffer.length) {
          let total = 0
          while (total < size) {
            const read = fileApi.readSync(fd, buffer, total, size - total, null)
            if (read === 0) break
            total += read
          }
          digests[side] = hashApi.hash('sha256', buffer.subarray(0, total), 'hex')
        } else {
          const streamed = hashApi.createHash('sha256')
          for (let total = 0; total < size;) {
            const read = fileApi.readSync(fd, buffer, 0, Math.min(buffer.length, size - total), null)
            if (read === 0) break
            streamed.update(buffer.subarray(0, read))
            total += read
          }
          digests[side] = streamed.digest('hex')
        }
      } finally {
        fileApi.closeSync(fd)
      }
    }
    same[pair] = digests[0] === digests[1] ? 1 : 0
  }
  return same
}

/** `comparePairs` as JavaScript source, for the worker (whatever compiled this file: tsx, vitest or ncc). */
export const COMPARE_PAIRS_SOURCE = comparePairs.toString()
