export const ORACLE_CASES: Array<{
  name: string
  description: string
  properties?: Record<string, string>
  webConfig?: string
  xdt?: Record<string, string>
}>
