// The PFX part of the provision step (issue 13, docs/certificates.md): before the bindings are made, the PFX is
// imported into Cert:\LocalMachine\My when its thumbprint is missing there (or there without its key); once the pool
// exists, its identity (as IIS reports it) gets Read on the private key. The store is read first, so a second run
// changes nothing. Each change is recorded in the ledger before it is made (kind `provision`: idempotent, completed
// by the next run rather than undone); a dry run reads, records the plan and changes nothing.

import {
  describeGrant,
  describeImport,
  grantPrivateKeyRead,
  importPfx,
  inspectCertificate,
  type CertificateRunOptions
} from '../../steps/iis/certificate.js'
import { ToolError } from '../../core/errors.js'
import type { DeployContext } from '../context.js'

async function runOptions(ctx: DeployContext): Promise<CertificateRunOptions> {
  return {
    runner: ctx.ports.runner,
    powershellPath: await ctx.tool('powershell'),
    reporter: ctx.reporter,
    signal: ctx.signal
  }
}

/** Imports the PFX unless LocalMachine\My has its certificate with a private key. Returns a detail, or undefined. */
export async function importCertificate(ctx: DeployContext): Promise<string | undefined> {
  const pfx = ctx.options.certificatePfx
  const password = ctx.options.certificatePfxPassword
  if (pfx === undefined || password === undefined) return undefined
  const run = await runOptions(ctx)
  const stored = await inspectCertificate(run, pfx.thumbprint)
  if (stored.present && stored.hasPrivateKey) return undefined
  const summary = `import certificate ${pfx.thumbprint} (${pfx.subject}) into Cert:\\LocalMachine\\My${stored.present ? ' (it is there without its private key)' : ''}`
  await ctx.ledger.track('provision', 'provision', summary, async () => {
    if (ctx.dryRun) ctx.plan.action('provision', describeImport(pfx))
    else await importPfx(run, pfx, password)
  })
  return `${ctx.dryRun ? 'would import' : 'imported'} certificate ${pfx.thumbprint} (${pfx.subject}, expires ${pfx.notAfter.slice(0, 10)}) into LocalMachine\\My`
}

/**
 * Grants `account` (the pool's identity as IIS reports it: `IIS AppPool\P`, `*S-1-5-20`, `DOMAIN\user`) Read on the
 * PFX certificate's private key, unless it has it. In a dry run the certificate may not be imported yet: then the
 * grant is planned without reading.
 */
export async function grantCertificateKey(ctx: DeployContext, account: string): Promise<string | undefined> {
  const pfx = ctx.options.certificatePfx
  if (pfx === undefined) return undefined
  const run = await runOptions(ctx)
  const imported = ctx.ledger.record.mutations.some(
    (m) => m.status === 'planned' && m.summary.startsWith(`import certificate ${pfx.thumbprint}`)
  )
  if (!(ctx.dryRun && imported)) {
    try {
      const stored = await inspectCertificate(run, pfx.thumbprint, account)
      if (stored.granted) return undefined
    } catch (error) {
      // A dry run's pool may not exist yet, so its virtual account does not resolve (exit 6): plan the grant.
      if (!(ctx.dryRun && error instanceof ToolError && error.exitCode === 6)) throw error
    }
  }
  await ctx.ledger.track(
    'provision',
    'provision',
    `grant ${account} Read on the private key of certificate ${pfx.thumbprint}`,
    async () => {
      if (ctx.dryRun) ctx.plan.action('provision', describeGrant(pfx.thumbprint, account))
      else await grantPrivateKeyRead(run, pfx.thumbprint, account)
    }
  )
  return `${ctx.dryRun ? 'would grant' : 'granted'} ${account} Read on the private key of ${pfx.thumbprint}`
}
