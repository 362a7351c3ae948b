// Runs the built product as its users run it: dist/index.js the way the Actions runner starts it (INPUT_* with
// hyphens kept, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, RUNNER_TOOL_CACHE), dist/cli/index.js as a
// command, and the Azure DevOps task through task-lib's MockTestRunner. The fake IIS and tools are first on PATH.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { independentSecretForms } from '../../test-support/secret-forms.js'

export const REPO = path.resolve(import.meta.dirname, '..', '..')
export const ACTION = path.join(REPO, 'dist', 'index.js')
export const CLI = path.join(REPO, 'dist', 'cli', 'index.js')
export const TASK = path.join(REPO, 'tasks', 'IisDeployV1', 'dist', 'index.js')

function newestMtime(dir: string): number {
  let newest = 0
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(ts|mts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return newest
}

function oldestBundle(): number {
  const times = [ACTION, CLI, TASK].map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0))
  return Math.min(...times)
}

function isStale(): boolean {
  const sources = Math.max(
    newestMtime(path.join(REPO, 'src')),
    newestMtime(path.join(REPO, 'tasks', 'IisDeployV1', 'src')),
    fs.statSync(path.join(REPO, 'scripts', 'build.mjs')).mtimeMs
  )
  return oldestBundle() < sources
}

/**
 * Builds once (`node scripts/build.mjs`) when a bundle is older than the sources; concurrent test files wait for
 * the one that builds. Fails with the build's output when the build fails.
 */
export async function ensureBuilt(): Promise<void> {
  if (!isStale()) return
  const lock = path.join(os.tmpdir(), `iis-deploy-build-${createHash('sha1').update(REPO).digest('hex').slice(0, 12)}.lock`)
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      // Another test file builds; a lock older than 10 minutes is a crashed build.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true })
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`Waited too long for another build (lock ${lock}).`)
      await new Promise((resolve) => setTimeout(resolve, 500))
      if (!isStale()) return
    }
  }
  try {
    if (!isStale()) return
    try {
      execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], {
        cwd: REPO,
        stdio: 'pipe',
        timeout: 10 * 60_000
      })
    } catch (error) {
      const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}`
      throw new Error(`dist/ is older than src/ and 'npm run build' failed; fix the build first:\n${output.slice(-4000)}`, {
        cause: error
      })
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

/** `name<<delimiter\nvalue\ndelimiter` (windows-facts §8.3), as @actions/core writes GITHUB_OUTPUT. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** `app-pool` → `INPUT_APP-POOL`: core.getInput upper-cases and keeps hyphens (windows-facts §8.3). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
}

export interface ProductRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Everything the run wrote anywhere we can read: stdout, stderr, outputs file, summary. */
  everything: string
}

export interface RunOptions {
  env: NodeJS.ProcessEnv
  cwd: string
  /** Called with the output so far on every chunk; e.g. send SIGTERM when sync starts. */
  onOutput?: (text: string, child: ChildProcess) => void
  timeoutMs?: number
}

function runNode(script: string, args: string[], options: RunOptions & { files?: { output: string; summary: string } }): Promise<ProductRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const onChunk = (): void => options.onOutput?.(stdout + stderr, child)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      onChunk()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
      onChunk()
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      const read = (file?: string): string => (file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
      const outputText = read(options.files?.output)
      const summary = read(options.files?.summary)
      resolve({
        exitCode,
        signal,
        stdout,
        stderr,
        outputs: parseGithubOutput(outputText),
        summary,
        // `::add-mask::` lines are instructions to the runner (it never shows them), not log lines.
        everything: [stdout, stderr, outputText, summary]
          .join('\n')
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n')
      })
    })
  })
}

export interface RunnerFolders {
  workspace: string
  temp: string
  toolCache: string
  output: string
  summary: string
}

export function runnerFolders(root: string): RunnerFolders {
  const folders = {
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'runner-temp'),
    toolCache: path.join(root, 'tool-cache'),
    output: path.join(root, 'github-output.txt'),
    summary: path.join(root, 'step-summary.md')
  }
  for (const dir of [folders.workspace, folders.temp, folders.toolCache]) fs.mkdirSync(dir, { recursive: true })
  return folders
}

/** Starts dist/index.js as the runner does (`node dist/index.js`, inputs in the environment). */
export function runAction(inputs: Record<string, string>, folders: RunnerFolders, env: NodeJS.ProcessEnv, options: Partial<RunOptions> = {}): Promise<ProductRun> {
  fs.writeFileSync(folders.output, '')
  fs.writeFileSync(folders.summary, '')
  return runNode(ACTION, [], {
    cwd: folders.workspace,
    env: {
      ...env,
      ...inputEnv(inputs),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: folders.workspace,
      GITHUB_OUTPUT: folders.output,
      GITHUB_STEP_SUMMARY: folders.summary,
      GITHUB_RUN_NUMBER: env.GITHUB_RUN_NUMBER ?? '7',
      GITHUB_RUN_ATTEMPT: env.GITHUB_RUN_ATTEMPT ?? '1',
      RUNNER_TEMP: folders.temp,
      RUNNER_TOOL_CACHE: folders.toolCache
    },
    files: { output: folders.output, summary: folders.summary },
    ...options
  })
}

/** Runs `iis-deploy <args>` from dist/cli/index.js. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv, options: Partial<RunOptions> = {}): Promise<ProductRun> {
  return runNode(CLI, args, { cwd, env, ...options })
}

/** Everything a secret could look like in what we write: the tests' own list, not the product's masker's. */
export function secretForms(secret: string): string[] {
  return independentSecretForms(secret).map((form) => form.text)
}
