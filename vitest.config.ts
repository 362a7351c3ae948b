import { defineConfig } from 'vitest/config'

// Four test levels, each runnable alone (`npm run test:<level>`); `npm test` runs them all.
// - unit: pure and table-driven tests over in-memory fakes of the ports; no fake IIS processes, no bundles.
// - scenario: the real ProcessRunner against the fake Windows tools and fake IIS processes (test-support/fakes).
// - dist: the built bundles (dist/, tasks/IisDeployV1/dist) run as a runner or an Azure DevOps agent runs them.
// - wine: the built bundles under the Windows node.exe in Wine (installs Wine on first use, see the tests).
const scenario = [
  '__tests__/scenarios/**/*.test.ts',
  '__tests__/fakes/**/*.test.ts',
  '__tests__/steps/sync/fake-robocopy.test.ts',
  '__tests__/steps/hosting-bundle/fakes.test.ts',
  '__tests__/steps/hosting-bundle/install.test.ts'
]
const dist = ['__tests__/dist/**/*.test.ts', '__tests__/ado/**/*.test.ts']
const wine = ['__tests__/wine/**/*.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    // Scenario tests start fake IIS workers and real HTTP servers: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every MemoryReporter is checked for leaked secrets after each test (test-support/leak-check-setup.ts).
    setupFiles: ['test-support/leak-check-setup.ts'],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: [...scenario, ...dist, ...wine],
          // Unit files need no fresh process (no module mocks, no state kept between files; restoreMocks resets
          // spies): one module graph per worker instead of one per file takes about a third of the CPU time.
          isolate: false,
          // Pure CPU work: every core (the default leaves one free, which on a 2-core machine means one worker and
          // nearly twice the wall time). A project with its own worker count runs in its own group, first.
          maxWorkers: '100%',
          sequence: { groupOrder: 0 }
        }
      },
      { extends: true, test: { name: 'scenario', include: scenario, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'dist', include: dist, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'wine', include: wine, sequence: { groupOrder: 1 } } }
    ]
  }
})
