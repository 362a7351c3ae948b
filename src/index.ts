// Entry of the GitHub Action (action.yml runs dist/index.js).
import { run } from './adapters/github/main.js'

await run()
