// Domain errors. Every message names the tool or input, the value or exit code, and the fix.

/** A problem with what the user gave us (an input, a file). Raised before anything on the server changes. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    /** The input name as the user wrote it (`app-pool`), or the file. */
    readonly input: string,
    message: string
  ) {
    super(message)
  }
}

/** Several input problems, reported at once. */
export class InputErrors extends Error {
  override name = 'InputErrors'
  constructor(readonly errors: InputError[]) {
    super(errors.map((e) => e.message).join('\n'))
  }
}

/** A tool (appcmd, msdeploy, robocopy, the installer...) failed. */
export class ToolError extends Error {
  override name = 'ToolError'
  constructor(
    readonly tool: string,
    readonly exitCode: number | undefined,
    message: string,
    /** What the user can do about it. */
    readonly fix?: string
  ) {
    super(fix ? `${message}\nFix: ${fix}` : message)
  }
}

/** A required tool was not found. */
export class ToolNotFoundError extends Error {
  override name = 'ToolNotFoundError'
  constructor(
    readonly tool: string,
    message: string
  ) {
    super(message)
  }
}

/** The run was cancelled (SIGTERM/SIGINT, or the abort signal fired). */
export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor(message = 'The operation was cancelled.') {
    super(message)
  }
}

/** Something took longer than the user allowed. */
export class TimeoutError extends Error {
  override name = 'TimeoutError'
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
