// The PFX inputs (issue 13, docs/certificates.md), read and checked by the certificate step's own rule
// (src/steps/iis/certificate.ts validatePfxInputs) before the server changes: the PFX decodes and opens with its
// password, holds its private key, matches a `certificate-thumbprint` given too, and goes to LocalMachine\My. Its
// thumbprint then stands for `certificate-thumbprint`, so the https bindings use it.

import fs from 'node:fs'
import { validatePfxInputs } from '../../steps/iis/certificate.js'
import type { DeployOptions, OptionsContext } from './deploy-options.js'
import { inWorkspace, type ReadScope } from './validate.js'

export function readCertificateInputs(
  scope: ReadScope,
  given: Pick<DeployOptions, 'certificateThumbprint' | 'certificateStore'>,
  reporter: OptionsContext['reporter']
) {
  const { c } = scope
  const fileRaw = c.string('certificate-pfx-file')
  const certificatePfxFile =
    fileRaw === undefined ? undefined : inWorkspace(scope, 'certificate-pfx-file', fileRaw, true)
  let pfxFileBytes: Buffer | undefined
  if (certificatePfxFile !== undefined) {
    try {
      pfxFileBytes = fs.readFileSync(certificatePfxFile)
    } catch (error) {
      c.fail(
        'certificate-pfx-file',
        `Input 'certificate-pfx-file' is '${fileRaw}': cannot read '${certificatePfxFile}' (${(error as NodeJS.ErrnoException).code ?? 'error'}). Give the path of the .pfx in the workspace.`
      )
    }
  }
  // Whole values, as given (a secret is never trimmed); the base64 may be wrapped over lines.
  const pfxBase64 = c.exact('certificate-pfx')
  const certificatePfxPassword = c.exact('certificate-pfx-password')
  const certificatePfx = c.fromStep(
    () =>
      validatePfxInputs({
        pfxBase64: pfxBase64?.trim() === '' ? undefined : pfxBase64,
        pfxFileBytes,
        password: certificatePfxPassword,
        thumbprint: given.certificateThumbprint,
        store: given.certificateStore
      }),
    undefined
  )
  // The file's bytes are as secret as the base64 input: masked wherever a form of them could appear.
  if (certificatePfx) reporter.registerSecret(certificatePfx.base64)
  return {
    certificatePfx,
    certificatePfxFile,
    certificatePfxPassword,
    certificateThumbprint: certificatePfx?.thumbprint ?? given.certificateThumbprint
  } satisfies Partial<DeployOptions>
}

/** A PFX is imported by the provision step on this machine: refused where that step does not run. */
export function checkCertificateCombinations(
  c: ReadScope['c'],
  o: Pick<DeployOptions, 'certificatePfx' | 'msdeployUrl' | 'steps' | 'target' | 'action' | 'site'>
): void {
  if (o.certificatePfx === undefined || o.action !== 'deploy') return
  const input = o.certificatePfx.input
  if (o.msdeployUrl !== undefined)
    c.fail(
      input,
      `Input '${input}' is set but 'msdeploy-url' is set: a PFX is imported into this machine's LocalMachine\\My; import it on the remote server, then give 'certificate-thumbprint'.`
    )
  else if (o.target !== 'iis' || !o.steps.includes('provision'))
    c.fail(
      input,
      `Input '${input}' is set but the provision step does not run (${o.target !== 'iis' ? `target '${o.target}'` : o.site === undefined ? "no 'site'" : "'steps' does not list provision"}): the PFX would be ignored. ${o.site === undefined ? "Set 'site'" : "Add provision to 'steps'"}, or remove the PFX.`
    )
}
