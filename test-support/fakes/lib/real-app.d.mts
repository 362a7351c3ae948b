// Types for the parts of real-app.mjs that TypeScript tests use.
export function findRealDotnet(env?: NodeJS.ProcessEnv): string | undefined
export function realAppOf(
  root: string
):
  | { dll: string; args: string[]; environmentVariables: Record<string, string>; stdoutLog?: string }
  | undefined
