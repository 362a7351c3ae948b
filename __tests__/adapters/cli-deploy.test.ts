import { describe, expect, it } from 'vitest'
import { deployCommand, expandBareBooleans } from '../../src/adapters/cli/commands/deploy.js'
import { UsageError } from '../../src/adapters/cli/args.js'

describe('expandBareBooleans', () => {
  it.each<[string[], string[]]>([
    [['--dry-run'], ['--dry-run', 'true']],
    [
      ['--dry-run', '--site', 'Shop'],
      ['--dry-run', 'true', '--site', 'Shop']
    ],
    [
      ['--dry-run', 'false'],
      ['--dry-run', 'false']
    ],
    [
      ['--create', '--site', 'Shop', '--rollback'],
      ['--create', 'true', '--site', 'Shop', '--rollback', 'true']
    ],
    [
      ['--site', 'Shop'],
      ['--site', 'Shop']
    ]
  ])('%j → %j', (argv, expected) => {
    expect(expandBareBooleans(argv)).toEqual(expected)
  })
})

describe('deployCommand usage', () => {
  const io = () => {
    const out: string[] = []
    return {
      out,
      io: { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), cwd: '/ws', env: {} }
    }
  }

  it.each<[string[], RegExp]>([
    [['--sitename', 'x'], /Unknown option '--sitename'/],
    [['Shop'], /Unexpected argument 'Shop'/]
  ])('refuses %j', async (argv, message) => {
    await expect(deployCommand(argv, io().io)).rejects.toThrow(UsageError)
    await expect(deployCommand(argv, io().io)).rejects.toThrow(message)
  })

  it('reports invalid values all at once with exit code 2', async () => {
    const { out, io: streams } = io()
    await expect(
      deployCommand(['--site', 'Shop', '--method', 'ftp', '--target', 'azure'], streams)
    ).resolves.toBe(2)
    expect(out.join('')).toMatch(/error: Input 'method' is 'ftp'[\s\S]*error: Input 'target' is 'azure'/)
  })

  it('prints its help', async () => {
    const { out, io: streams } = io()
    await expect(deployCommand(['--help'], streams)).resolves.toBe(0)
    expect(out.join('')).toMatch(/Usage: iis-deploy deploy/)
  })
})
