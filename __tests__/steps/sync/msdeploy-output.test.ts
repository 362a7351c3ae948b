import { describe, expect, it } from 'vitest'
import { ToolError } from '../../../src/core/errors.js'
import {
  classifyMsDeployFailure,
  MSDEPLOY_COMMAND_LINE_ERROR,
  MsDeployError,
  normalizeMsDeployExitCode,
  parseMsDeployOutput
} from '../../../src/steps/sync/msdeploy-output.js'

// Texts as msdeploy prints them (windows-facts §4.6; captures quoted in azure-pipelines-tasks issues and blogs).
const FILE_IN_USE_STDOUT = [
  "Info: Using ID '6bf3d7b0-e03c-49a0-ac68-0edc9ad76007' for connections to the remote server.",
  'Info: Updating file (MySite\\appsettings.json).',
  'Info: Updating file (MySite\\MyBlog.Core.dll).',
  "Warning: An error was encountered when processing operation 'Create File' on 'MyBlog.Core.dll'.",
  "Retrying operation 'Update' on object filePath (MySite\\MyBlog.Core.dll). Attempt 1 of 5."
].join('\r\n')
const FILE_IN_USE_STDERR = [
  'Error Code: ERROR_FILE_IN_USE',
  "More Information: Web Deploy cannot modify the file 'MyBlog.Core.dll' on the destination because it is locked by an external process.  In order to allow the publish operation to succeed, you may need to either restart your application to release the lock, or use the AppOffline rule handler for .Net applications on your next publish attempt.",
  '  Learn more at: https://go.microsoft.com/fwlink/?LinkId=221672#ERROR_FILE_IN_USE.',
  'Error count: 1.'
].join('\r\n')

describe('parseMsDeployOutput', () => {
  it('reads a successful sync: change lines and the Total changes summary', () => {
    const output = parseMsDeployOutput(
      [
        'Info: Adding directory (Default Web Site/MyApp\\wwwroot).',
        'Info: Adding file (Default Web Site/MyApp\\MyApp.dll).',
        'Info: Updating file (Default Web Site/MyApp\\web.config).',
        'Info: Deleting file (Default Web Site/MyApp\\old.txt).',
        "Info: Adding ACL's for path (Default Web Site/MyApp)",
        'Total changes: 4 (2 added, 1 deleted, 1 updated, 0 parameters changed, 123456 bytes copied)'
      ].join('\n')
    )
    expect(output.totals).toEqual({
      changes: 4,
      added: 2,
      deleted: 1,
      updated: 1,
      parametersChanged: 0,
      bytesCopied: 123456
    })
    expect(output.changes).toEqual([
      { action: 'add', objectKind: 'directory', path: 'Default Web Site/MyApp\\wwwroot' },
      { action: 'add', objectKind: 'file', path: 'Default Web Site/MyApp\\MyApp.dll' },
      { action: 'update', objectKind: 'file', path: 'Default Web Site/MyApp\\web.config' },
      { action: 'delete', objectKind: 'file', path: 'Default Web Site/MyApp\\old.txt' },
      { action: 'add', objectKind: "ACL's for path", path: 'Default Web Site/MyApp' }
    ])
    expect(output.errors).toEqual([])
  })

  it.each([
    ['Total changes: 0 (0 added, 0 deleted, 0 updated, 0 parameters changed, 0 bytes copied)', 0, 0],
    ['Total changes: 1 (0 added, 0 deleted, 0 updated, 1 parameter changed, 0 bytes copied)', 1, 0],
    [
      'Total changes: 12 (10 added, 1 deleted, 1 updated, 0 parameters changed, 9876543210 bytes copied)',
      12,
      9876543210
    ]
  ])('%s', (line, changes, bytes) => {
    const totals = parseMsDeployOutput(line).totals
    expect(totals?.changes).toBe(changes)
    expect(totals?.bytesCopied).toBe(bytes)
  })

  it('reads an error block across streams, with a wrapped More Information and the retries as warnings', () => {
    const output = parseMsDeployOutput(FILE_IN_USE_STDOUT, FILE_IN_USE_STDERR)
    expect(output.changes).toHaveLength(2)
    expect(output.warnings).toEqual([
      "An error was encountered when processing operation 'Create File' on 'MyBlog.Core.dll'."
    ])
    expect(output.errorCount).toBe(1)
    expect(output.errors).toHaveLength(1)
    expect(output.errors[0]?.code).toBe('ERROR_FILE_IN_USE')
    expect(output.errors[0]?.message).toMatch(
      /^Web Deploy cannot modify the file 'MyBlog\.Core\.dll'.*Learn more at: .*#ERROR_FILE_IN_USE\.$/
    )
  })

  it.each([
    ['Error Code: ERROR_USER_UNAUTHORIZED', 'ERROR_USER_UNAUTHORIZED'],
    ['Error: Error Code: ERROR_FILE_IN_USE', 'ERROR_FILE_IN_USE'], // as some wrappers re-print it
    ['Error code: FILE_IN_USE', 'ERROR_FILE_IN_USE'] // older hosts without the prefix (peers P1 test table)
  ])('%s → %s', (line, code) => {
    expect(parseMsDeployOutput('', line).errors[0]?.code).toBe(code)
  })

  it('keeps the Error: lines of a block as its details, and an uncoded Error: line as its own error', () => {
    const output = parseMsDeployOutput(
      '',
      [
        'Error Code: ERROR_USER_UNAUTHORIZED',
        'More Information: Connected to the remote computer ("web01") using the Web Management Service, but could not authorize.',
        'Error: The remote server returned an error: (401) Unauthorized.',
        'Error count: 1.',
        `Error: Unrecognized argument '"-dest:x"'. All arguments must begin with "-".`
      ].join('\n')
    )
    expect(output.errors).toEqual([
      {
        code: 'ERROR_USER_UNAUTHORIZED',
        message:
          'Connected to the remote computer ("web01") using the Web Management Service, but could not authorize.',
        details: ['The remote server returned an error: (401) Unauthorized.']
      },
      {
        code: undefined,
        message: `Unrecognized argument '"-dest:x"'. All arguments must begin with "-".`,
        details: []
      }
    ])
  })
})

describe('exit codes: msdeploy fails with -1 (§4.6)', () => {
  it.each([
    [-1, -1],
    [255, -1], // the low 8 bits on Linux
    [4294967295, -1], // unsigned through some wrappers (azure-pipelines-tasks #18811)
    [0, 0],
    [1, 1]
  ])('%i → %i', (code, normalized) => {
    expect(normalizeMsDeployExitCode(code)).toBe(normalized)
  })
})

function block(code: string, info = 'details', errors: string[] = []): string {
  return [
    `Error Code: ${code}`,
    `More Information: ${info}`,
    ...errors.map((e) => `Error: ${e}`),
    'Error count: 1.'
  ].join('\n')
}

describe('classifyMsDeployFailure: every code gets a message and a fix (peers §4 idea 13)', () => {
  it.each<[string, RegExp, RegExp, boolean]>([
    ['ERROR_FILE_IN_USE', /locked by a running process/, /take-offline: both.*strategy: releases/, false],
    ['ERROR_USER_UNAUTHORIZED', /refused the credentials/, /msdeploy-username.*msdeploy-password/, false],
    ['ERROR_DESTINATION_NOT_REACHABLE', /could not be reached/, /8172.*net start wmsvc/, false],
    ['ERROR_DESTINATION_INVALID', /mistyped/, /host name in 'msdeploy-url'/, false],
    [
      'ERROR_COULD_NOT_CONNECT_TO_REMOTESVC',
      /could not connect to the remote service/,
      /net start msdepsvc/,
      false
    ],
    ['ERROR_CONNECTION_TERMINATED', /dropped/, /run the deploy again/, true],
    [
      'ERROR_CERTIFICATE_VALIDATION_FAILED',
      /certificate is not trusted/,
      /allow-untrusted: true.*install a certificate/,
      false
    ],
    [
      'ERROR_SITE_DOES_NOT_EXIST',
      /site does not exist/,
      /Check 'site'.*AppOffline rule needs an IIS site/,
      false
    ],
    ['ERROR_APP_DOES_NOT_EXIST', /application does not exist/, /Check 'application'/, false],
    [
      'ERROR_INSUFFICIENT_ACCESS_TO_SITE_FOLDER',
      /may not create or change files/,
      /Full Control on the site's root folder/,
      false
    ],
    [
      'ERROR_INSUFFICIENT_ACCESS_TO_APPHOSTCONFIG',
      /applicationHost\.config/,
      /createApp delegation rule/,
      false
    ],
    [
      'ERROR_FAILED_TO_BRING_APP_ONLINE',
      /could not remove App_Offline\.htm/,
      /Delete App_Offline\.htm/,
      false
    ],
    ['ERROR_USER_NOT_ADMIN', /administrator account/, /8172\/msdeploy\.axd/, false],
    ['ERROR_PROXY_GATEWAY', /proxy gateway/, /ignores the system proxy/, false],
    ['ERROR_OBJECT_TO_BE_DELETED_DOES_NOT_EXIST', /changed the destination/, /no other deploy/, true],
    ['ERROR_EXCEPTION_WHILE_CREATING_OBJECT', /could not read the source/, /'source' exists/, false],
    ['ERROR_API_NOT_SUPPORTED', /older Web Deploy/, /latest Web Deploy/, false],
    ['ERROR_ASSEMBLY_NOT_FOUND', /could not load/, /reinstall Web Deploy/, false],
    ['ERROR_NOT_SUPPORTED', /does not allow creating/, /Create the application on the server/, false],
    ['ERROR_MAX_NUM_APPLICATIONS_EXCEEDED', /no more applications/, /more applications/, false],
    ['ERROR_FRAMEWORK_VERSIONS_DO_NOT_MATCH', /different \.NET Framework/, /same Web Deploy/, false],
    ['ERROR_INVALID_PATH', /provider path/, /this is a bug/, false],
    ['ERROR_INVALID_SETTING_SPECIFIED', /provider setting/, /this is a bug/, false],
    ['ERROR_INVALID_SETTING_VALUE_SPECIFIED', /setting value/, /this is a bug/, false],
    [
      'ERROR_USER_NOT_AUTHORIZED_FOR_CREATEAPP',
      /provider 'CREATEAPP' \(no delegation rule\)/,
      /delegation rule for 'CREATEAPP'/,
      false
    ],
    ['ERROR_USER_NOT_AUTHORIZED_FOR_SETACL', /provider 'SETACL'/, /Management Service Delegation/, false],
    [
      'ERROR_SOMETHING_NEW',
      /^msdeploy failed \(exit code -1 \(reported as 255\), ERROR_SOMETHING_NEW\)\. msdeploy said/,
      /LinkId=221672#ERROR_SOMETHING_NEW/,
      false
    ]
  ])('%s', (code, message, fix, transient) => {
    const error = classifyMsDeployFailure(parseMsDeployOutput('', block(code)), 255)
    expect(error).toBeInstanceOf(MsDeployError)
    expect(error).toBeInstanceOf(ToolError)
    expect(error?.tool).toBe('msdeploy')
    expect(error?.exitCode).toBe(255)
    expect(error?.code).toBe(code)
    expect(error?.message).toMatch(message)
    expect(error?.message).toContain(code)
    expect(error?.fix).toMatch(fix)
    expect(error?.message).toContain(`Fix: ${error?.fix}`)
    expect(error?.transient).toBe(transient)
  })

  it('a remote file-in-use points at the AppOffline rule (a remote pool cannot be stopped from here)', () => {
    const error = classifyMsDeployFailure(parseMsDeployOutput(FILE_IN_USE_STDOUT, FILE_IN_USE_STDERR), 255, {
      remote: true,
      retryAttempts: 5
    })
    expect(error?.fix).toMatch(/take-offline: app-offline/)
    expect(error?.message).toContain("after msdeploy's 5 retries")
    expect(error?.message).toContain("Web Deploy cannot modify the file 'MyBlog.Core.dll'")
  })

  it('warns that the AppOffline rule leaves App_Offline.htm behind on failure (§4.4)', () => {
    const error = classifyMsDeployFailure(parseMsDeployOutput('', block('ERROR_FILE_IN_USE')), 255, {
      appOffline: true
    })
    expect(error?.message).toContain('may have left App_Offline.htm in place')
  })

  it('an unreadable command line is our bug, said so', () => {
    const error = classifyMsDeployFailure(
      parseMsDeployOutput(
        '',
        `Error: Unrecognized argument 'Files\\IIS\\Microsoft'. All arguments must begin with "-".\nError count: 1.`
      ),
      255
    )
    expect(error?.code).toBe(MSDEPLOY_COMMAND_LINE_ERROR)
    expect(error?.message).toContain(
      "could not read its command line: Unrecognized argument 'Files\\IIS\\Microsoft'"
    )
    expect(error?.fix).toContain('this is a bug')
  })

  it('an uncoded transport failure counts as a dropped connection (peers map the text the same way)', () => {
    const error = classifyMsDeployFailure(
      parseMsDeployOutput(
        '',
        'Error: Unable to write data to the transport connection: An existing connection was forcibly closed.'
      ),
      -1
    )
    expect(error?.code).toBe('ERROR_CONNECTION_TERMINATED')
    expect(error?.transient).toBe(true)
  })

  it.each<[string, string, string, number, boolean]>([
    [
      'success: exit 0, no error text',
      'Total changes: 0 (0 added, 0 deleted, 0 updated, 0 parameters changed, 0 bytes copied)',
      '',
      0,
      false
    ],
    // Text first: an error block fails the sync even when the exit code got lost.
    ['error text with exit 0', '', block('ERROR_FILE_IN_USE'), 0, true],
    ['Error count without a block', '', 'Error count: 2.', 0, true],
    // Exit code second: -1 without any text is still a failure.
    ['exit 255 and silence', '', '', 255, true],
    ['exit 4294967295 and silence', '', '', 4294967295, true]
  ])('%s', (_name, stdout, stderr, exitCode, fails) => {
    const error = classifyMsDeployFailure(parseMsDeployOutput(stdout, stderr), exitCode)
    expect(error !== undefined).toBe(fails)
  })

  it('says the exit code as msdeploy meant it', () => {
    expect(classifyMsDeployFailure(parseMsDeployOutput('', ''), 255)?.message).toMatch(
      /^msdeploy failed \(exit code -1 \(reported as 255\)\)\./
    )
    expect(classifyMsDeployFailure(parseMsDeployOutput('', ''), -1)?.message).toMatch(
      /^msdeploy failed \(exit code -1\)\./
    )
  })
})
