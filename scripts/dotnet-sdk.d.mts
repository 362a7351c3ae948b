export const DOTNET_ENV: NodeJS.ProcessEnv
export function sdkVersion(): string | undefined
export function dotnet(args: string[], options?: { cwd?: string; env?: Record<string, string> }): string
