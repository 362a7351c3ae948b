// Removes our staging copy of the app (never the user's publish folder).

import fs from 'node:fs'
import type { DeployContext } from '../context.js'
import type { PreparedApp } from '../types.js'

export async function cleanup(_ctx: DeployContext, app: PreparedApp): Promise<void> {
  if (app.root) fs.rmSync(app.root, { recursive: true, force: true })
}
