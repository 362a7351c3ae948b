// A CommandRunner fake for scenario tests: records every call and answers from a table keyed by the full command
// line (`tool arg1 arg2`, args joined by one space, as task-lib's MockTestRunner keys its exec answers), or by a
// function for anything dynamic.

import type { CommandResult, CommandRunner, RunOptions } from '../src/core/ports.js'

export interface RecordedCall {
  tool: string
  args: string[]
  options: RunOptions
  /** `tool arg1 arg2`. */
  line: string
}

export type Answer =
  Partial<CommandResult> | ((call: RecordedCall) => Partial<CommandResult> | Promise<Partial<CommandResult>>)

export class FakeRunner implements CommandRunner {
  readonly calls: RecordedCall[] = []
  private readonly answers = new Map<string, Answer[]>()
  fallback: Answer | undefined

  constructor(answers: Record<string, Answer | Answer[]> = {}, fallback?: Answer) {
    for (const [line, answer] of Object.entries(answers)) this.answer(line, answer)
    this.fallback = fallback
  }

  /** Queues answers for a command line; the last one repeats. */
  answer(line: string, answer: Answer | Answer[]): this {
    this.answers.set(line, Array.isArray(answer) ? [...answer] : [answer])
    return this
  }

  async run(tool: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const call: RecordedCall = { tool, args: [...args], options, line: [tool, ...args].join(' ') }
    this.calls.push(call)
    const queue = this.answers.get(call.line)
    const answer = queue ? (queue.length > 1 ? queue.shift() : queue[0]) : this.fallback
    if (answer === undefined) throw new Error(`FakeRunner: no answer for '${call.line}'`)
    const result = typeof answer === 'function' ? await answer(call) : answer
    return { exitCode: result.exitCode ?? 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' }
  }

  lines(): string[] {
    return this.calls.map((c) => c.line)
  }
}
