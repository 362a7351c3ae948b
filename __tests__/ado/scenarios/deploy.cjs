// A MockTestRunner scenario: runs the bundled Azure DevOps task with the inputs the test passes in
// IIS_DEPLOY_L0_INPUTS (camelCase names, as in task.json). task-lib is swapped for its mock; everything else (the
// fake IIS tools on PATH) runs for real.
const path = require('node:path')
const { TaskMockRunner } = require('azure-pipelines-task-lib/mock-run')

const task = path.join(__dirname, '..', '..', '..', 'tasks', 'IisDeployV1', 'dist', 'index.js')
const runner = new TaskMockRunner(task)
const inputs = JSON.parse(process.env.IIS_DEPLOY_L0_INPUTS || '{}')
for (const [name, value] of Object.entries(inputs)) runner.setInput(name, String(value))
runner.run()
