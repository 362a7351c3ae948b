// The fake tools under Wine must be real PE executables (a Unix script makes Windows node abort; see
// docs/windows-on-linux §4). This script is baked into a Node single-executable application built
// from the Windows node.exe, hard-linked as appcmd.exe, robocopy.exe, msdeploy.exe...: it runs the fake of the same
// name with the Windows node.exe, passing arguments, stdio and the exit code (32-bit on Windows) through.
const { spawnSync } = require('node:child_process')
const path = require('node:path')

const name = path
  .basename(process.execPath)
  .replace(/\.exe$/i, '')
  .toLowerCase()
const node = process.env.FAKE_NODE_EXE
const bin = process.env.FAKE_BIN_DIR
if (!node || !bin) {
  process.stderr.write(`fake ${name}: FAKE_NODE_EXE and FAKE_BIN_DIR must be set\n`)
  process.exit(120)
}
const result = spawnSync(node, [path.join(bin, name), ...process.argv.slice(2)], {
  stdio: 'inherit',
  windowsHide: true
})
if (result.error) {
  process.stderr.write(`fake ${name}: ${result.error.message}\n`)
  process.exit(121)
}
process.exit(result.status ?? 1)
