// Vitest setup (vitest.config.ts): after each test, every MemoryReporter it created or wrote to is checked for its
// registered secrets in the forms of secret-forms.ts, independently of the product's masker (docs/secrets.md §5).

import { afterAll, afterEach } from 'vitest'
import { MemoryReporter } from './memory-reporter.js'
import { describeLeaks } from './secret-forms.js'

afterEach(() => {
  const leaks = [...MemoryReporter.unchecked].flatMap((reporter) => reporter.newLeaks())
  if (leaks.length > 0) {
    throw new Error(
      `A secret reached the log in a form the product's masker did not mask:\n${describeLeaks(leaks)}`
    )
  }
})

afterAll(() => {
  MemoryReporter.unchecked.clear()
})
