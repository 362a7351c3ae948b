// Whether pairs of files of the same size hold the same bytes, for the planner's `checksum` mode ("compare file
// content"). Both files are on this machine, so they are compared byte for byte: no digest is needed (a hash is
// what rsync sends over a network), equal bytes are the strongest answer, and a difference ends the reading early.
// On the bench's 20,000 small files this takes a third less CPU than a SHA-256 of each (bench/README.md).
// One implementation for both threads: the planner runs `comparePairs` here for small jobs, and tree-worker.ts
// puts its source text (`COMPARE_PAIRS_SOURCE`) into the worker it starts, which runs it unchanged from the ncc
// bundles (an eval worker has no file of its own to load). So `comparePairs` must stay self-contained: no
// imports, no module-level names, no helper functions; Node's fs comes in as a parameter. tree-walk.test.ts runs
// it on both threads.

import type fs from 'node:fs'

type FileApi = Pick<typeof fs, 'openSync' | 'readSync' | 'closeSync'>

/**
 * For pair `i` (files `paths[2i]` and `paths[2i+1]`, both `sizes[i]` bytes when the walk saw them), 1 when they
 * hold the same bytes, else 0. An entry may be a file descriptor the caller opened (and closes) instead of a path.
 * Like rsync, a file is read up to the size the walk saw (no extra read to find its end). Both files are read chunk by chunk into `buffers` (two buffers of the same length), and compared after
 * each chunk: a large file that differs early is not read to its end.
 *
 * With `shared`, several threads share the work: each takes the next `batch` pairs from the counter `next[0]`
 * (`Atomics.add`) until none are left, and writes its answers into `shared.same` (both on a SharedArrayBuffer),
 * which it returns. Without, this thread compares every pair.
 */
export function comparePairs(
  fileApi: FileApi,
  buffers: readonly [Buffer, Buffer],
  paths: ReadonlyArray<string | number>,
  sizes: ArrayLike<number>,
  shared?: { next: Int32Array; batch: number; same: Uint8Array }
): Uint8Array {
  const count = sizes.length
  const same = shared ? shared.same : new Uint8Array(count)
  const chunk = buffers[0].length
  const [first, second] = buffers
  const fds = [-1, -1] // opened here, closed here
  const given = [-1, -1] // the caller's, left open
  const lengths = [0, 0]
  let pair = shared ? Atomics.add(shared.next, 0, shared.batch) : 0
  let end = shared ? Math.min(count, pair + shared.batch) : count
  for (; pair < end; pair++) {
    const size = sizes[pair] as number
    let equal = true
    try {
      for (let side = 0; side < 2; side++) {
        const file = paths[2 * pair + side] as string | number
        if (typeof file === 'number') given[side] = file
        else fds[side] = fileApi.openSync(file, 'r')
      }
      for (let offset = 0; equal && offset < size; offset += chunk) {
        const wanted = Math.min(chunk, size - offset)
        for (let side = 0; side < 2; side++) {
          let total = 0
          while (total < wanted) {
            const read = fileApi.readSync(
              (given[side] as number) >= 0 ? (given[side] as number) : (fds[side] as number),
              buffers[side] as Buffer,
              total,
              wanted - total,
              null
            )
            if (read === 0) break
            total += read
          }
          lengths[side] = total
        }
        // A file that changed size since the walk reads short: equal only if both did, to the same bytes.
        const [readFirst, readSecond] = lengths as [number, number]
        equal = readFirst === readSecond && first.compare(second, 0, readSecond, 0, readFirst) === 0
        if (readFirst < wanted) break
      }
    } finally {
      for (let side = 0; side < 2; side++) {
        if ((fds[side] as number) >= 0) fileApi.closeSync(fds[side] as number)
        fds[side] = -1
        given[side] = -1
      }
    }
    same[pair] = equal ? 1 : 0
    if (shared && pair + 1 === end) {
      pair = Atomics.add(shared.next, 0, shared.batch) - 1 // the loop's pair++ brings it to the claimed start
      end = Math.min(count, pair + 1 + shared.batch)
    }
  }
  return same
}

/** `comparePairs` as JavaScript source, for the worker (whatever compiled this file: tsx, vitest or ncc). */
export const COMPARE_PAIRS_SOURCE = comparePairs.toString()
