// Worker threads for the planner. In the paired walk (paired-walk.ts, with `checksum`) they take root entries of
// both trees beside this thread. In the separate walks one walks the target while this thread walks the source
// (and this thread helps once done), and with `checksum` they and this thread compare the files whose size matches,
// on every core. The
// worker's code is a string run with `new Worker(code, { eval: true })`: it then works unchanged from the ncc
// bundles in dist/ (which hold one file per entry, so a worker script file next to the source would not be there)
// and needs no build step. It uses Node's own modules only, and runs the very functions this thread runs for the
// same work, inserted as source text: paired-walk.ts's `walkPairedUnits`, target-walk.ts's `walkTargetUnits` and
// same-content.ts's `comparePairs`.

import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import {
  PAIRED_CLAIMED_BY_WORKER,
  PAIRED_CLAIMS_CLOSED,
  WALK_PAIRED_UNITS_SOURCE,
  type PairedWalkResult,
  type PairedWalkSettings
} from './paired-walk.js'
import { COMPARE_PAIRS_SOURCE, comparePairs } from './same-content.js'
import { CLAIMED_BY_WORKER, WALK_TARGET_UNITS_SOURCE, type UnitListing } from './target-walk.js'

/** Plain JavaScript (CommonJS, as eval workers run) around the two shared functions. */
const WORKER_SOURCE = String.raw`
'use strict'
const fs = require('node:fs')
const { parentPort } = require('node:worker_threads')
// esbuild (tsx, vitest) with keepNames wraps nested functions in __name(fn, 'name'), a helper of the module that
// compiled them: the worker has its own, which keeps the function as it is.
const __name = (target) => target

${WALK_TARGET_UNITS_SOURCE}

${COMPARE_PAIRS_SOURCE}

${WALK_PAIRED_UNITS_SOURCE}

const buffers = [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)]

parentPort.on('message', (message) => {
  try {
    if (message.type === 'walk-target') {
      const units = walkTargetUnits(fs, message.root, message.separator, message.names, message.claims, ${CLAIMED_BY_WORKER}, false, message.ignore)
      parentPort.postMessage({ id: message.id, units })
    } else if (message.type === 'paired-walk') {
      const result = walkPairedUnits(fs, comparePairs, message.settings, message.claims, ${PAIRED_CLAIMED_BY_WORKER}, true, null)
      parentPort.postMessage({ id: message.id, result })
    } else {
      comparePairs(fs, buffers, message.pairs, message.sizes, message.shared)
      parentPort.postMessage({ id: message.id })
    }
  } catch (error) {
    // The other threads stop at their next claim: the plan fails with this error.
    if (message.type === 'compare') Atomics.store(message.shared.next, 0, message.sizes.length)
    if (message.type === 'paired-walk') {
      for (let unit = 0; unit < message.claims.length; unit++) Atomics.compareExchange(message.claims, unit, 0, ${PAIRED_CLAIMS_CLOSED})
    }
    parentPort.postMessage({ id: message.id, error: { message: error.message, code: error.code, path: error.path } })
  }
})
`

/** Two files of the same size to compare. */
export interface ComparePair {
  source: string
  target: string
  size: number
}

interface Reply {
  id: number
  units?: UnitListing[]
  result?: PairedWalkResult
  error?: { message: string; code?: string; path?: string }
}

/**
 * node:worker_threads, loaded when a plan first needs a worker, not at start-up (issue 15, the bundle's start): most
 * deploys plan a tree too small for one. A plain require of a built-in module, which ncc leaves as it is.
 */
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
}

/** Workers started once per plan, ended with `close()`; never keeping the process alive. */
export class TreeWorkers {
  private readonly workers: Worker[] = []
  private readonly pending = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (error: Error) => void }
  >()
  private nextId = 0

  /**
   * How many threads compare content: one per core, at most 4 (beyond, the disk is the limit). This thread is one of
   * them, so a plan starts `compareThreads() - 1` workers for it.
   */
  static compareThreads(): number {
    return Math.max(1, Math.min(4, os.availableParallelism()))
  }

  private worker(index: number): Worker {
    while (this.workers.length <= index) {
      const worker = new (workerThreads().Worker)(WORKER_SOURCE, { eval: true, execArgv: [] })
      worker.unref()
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id)
        if (!waiting) return
        this.pending.delete(reply.id)
        if (reply.error) {
          const { message, code, path } = reply.error
          waiting.reject(Object.assign(new Error(message), { code, path }))
        } else waiting.resolve(reply)
      })
      const failAll = (error: Error): void => {
        for (const waiting of this.pending.values()) waiting.reject(error)
        this.pending.clear()
      }
      worker.on('error', failAll)
      // Ended without an error event (out of memory, terminated): nothing waiting may hang.
      worker.on('exit', (code) =>
        failAll(new Error(`The planner's worker thread ended (exit code ${code}) before answering.`))
      )
      this.workers.push(worker)
    }
    return this.workers[index] as Worker
  }

  private request(index: number, message: Record<string, unknown>): Promise<Reply> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker(index).postMessage({ ...message, id })
    })
  }

  /** Starts worker `index` now, so its start-up overlaps other work. */
  warmUp(index = 0): void {
    this.worker(index)
  }

  /**
   * Worker 0's part of the target's walk (target-walk.ts): the root entries `names` it claims first in `claims`,
   * from the first on; `ignore` is the regular expression (case-insensitive) of paths to leave out.
   */
  async walkTarget(
    root: string,
    separator: string,
    names: readonly string[],
    claims: Int32Array,
    ignore: string | null
  ): Promise<UnitListing[]> {
    const reply = await this.request(0, { type: 'walk-target', root, separator, names, claims, ignore })
    return reply.units as UnitListing[]
  }

  /**
   * Worker `index`'s part of the paired walk (paired-walk.ts): the units it claims first in `claims`, from the last
   * on, while this thread takes them from the first.
   */
  async walkPaired(
    index: number,
    settings: PairedWalkSettings,
    claims: Int32Array
  ): Promise<PairedWalkResult> {
    const reply = await this.request(index, { type: 'paired-walk', settings, claims })
    return reply.result as PairedWalkResult
  }

  /**
   * For each pair of files, whether they hold the same bytes: this thread and up to `compareThreads() - 1` workers
   * take the pairs `batch` at a time from one shared counter, so a few large files do not hold up the rest and no
   * thread waits for the next batch to be sent. Like rsync, a file is read up to the size the walk saw (both have
   * that size): no extra read to find its end. This thread is busy until its share is done.
   */
  async sameContent(pairs: readonly ComparePair[], batch = 256): Promise<boolean[]> {
    const paths = pairs.flatMap((pair) => [pair.source, pair.target])
    const sizes = Float64Array.from(pairs, (pair) => pair.size)
    const shared = {
      next: new Int32Array(new SharedArrayBuffer(4)),
      batch,
      same: new Uint8Array(new SharedArrayBuffer(Math.max(1, pairs.length)))
    }
    const helpers = Math.min(TreeWorkers.compareThreads() - 1, Math.ceil(pairs.length / batch) - 1)
    const replies = Array.from({ length: Math.max(0, helpers) }, (_, index) =>
      this.request(index, { type: 'compare', pairs: paths, sizes, shared })
    )
    for (const reply of replies) reply.catch(() => {}) // awaited below; a failure must not surface meanwhile
    let failure: unknown
    try {
      comparePairs(fs, [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)], paths, sizes, shared)
    } catch (error) {
      Atomics.store(shared.next, 0, pairs.length) // the workers stop at their next claim
      failure = error
    }
    const settled = await Promise.allSettled(replies)
    if (failure !== undefined) throw failure
    for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason
    return Array.from(pairs, (_, i) => shared.same[i] === 1)
  }

  close(): void {
    for (const worker of this.workers.splice(0)) void worker.terminate()
  }
}
