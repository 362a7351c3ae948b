// Every `<name> §N.M` citation in the code, the tests and the docs resolves inside the repo: the name is one of
// docs/README.md's table, and the file it stands for has a heading numbered N.M. `peers §3 item 10` is §3.10,
// `§4 ideas 1 and 2` are §4.1 and §4.2; `windows-facts §3.2, §3.3` and `§1.2–§1.5` cite every number they list.
// Inside a docs file a bare `§N` cites that file itself.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const docs = path.join(root, 'docs')
const self = path.relative(root, import.meta.filename)

const SCANNED = [
  'src',
  'test-support',
  'scripts',
  'bench',
  'tasks/IisDeployV1/src',
  '__tests__',
  'docs',
  'README.md'
]
const SKIPPED_DIRS = new Set(['node_modules', 'dist'])
const TEXT_FILE = /\.(ts|mts|cts|js|mjs|cjs|md|json|ya?ml|config|xml)$/

/** Ordinary words that may stand before a `§` without naming a document ("as §3.4", "the §2.5 example"). */
const NOT_NAMES = new Set([
  'and',
  'as',
  'of',
  'the',
  'or',
  'see',
  'in',
  'per',
  'to',
  'from',
  'under',
  'with',
  'by'
])

interface Citation {
  file: string
  line: number
  name: string
  section: string
}

/** `name` → file, from the table of docs/README.md (`| \`name\` | [file.md](file.md) | ... |`). */
function readIndex(): Map<string, string> {
  const index = new Map<string, string>()
  const text = fs.readFileSync(path.join(docs, 'README.md'), 'utf8')
  for (const m of text.matchAll(/^\|\s*`([a-z][a-z0-9-]*)`\s*\|\s*\[[^\]]*\]\(([^)#]+)\)/gm)) {
    index.set(m[1]!, path.join(docs, m[2]!))
  }
  return index
}

/** Heading numbers of a Markdown file: `## 3. appcmd` → 3, `### 3.1 Syntax` → 3.1. */
function headingNumbers(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/gm)].map((m) => m[1]!))
}

const NAMED = /(?<![\w.-])([A-Za-z][A-Za-z0-9-]*)(?:\.md)? §(\d+(?:\.\d+)*)/g
const MORE_SECTIONS = /^\s*(?:,|;|\/|–|-|\band\b|\bor\b)\s*§(\d+(?:\.\d+)*)/
const ITEMS = /^\s+(?:items?|ideas?)\s+(\d+(?:\s*(?:,|and)\s*\d+)*)/
const BARE = /§(\d+(?:\.\d+)*)/g

/**
 * The citations in one text. `ownName` (a docs file's own name) receives the bare `§N` citations; elsewhere a bare
 * `§N` refers to the document the file's header cites, which a scanner cannot know, so it is not checked.
 */
function findCitations(text: string, file: string, ownName?: string): Citation[] {
  const found: Citation[] = []
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length
  const claimed = new Set<number>()
  for (const m of text.matchAll(NAMED)) {
    const name = m[1]!.toLowerCase()
    const start = m.index + m[0].indexOf('§')
    if (NOT_NAMES.has(name)) continue
    const line = lineOf(m.index)
    claimed.add(start)
    const sections: string[] = []
    let section = m[2]!
    let offset = m.index + m[0].length
    for (;;) {
      const items = ITEMS.exec(text.slice(offset))
      if (items) {
        for (const n of items[1]!.split(/\s*(?:,|and)\s*/)) sections.push(`${section}.${n}`)
        offset += items[0].length
      } else {
        sections.push(section)
      }
      const more = MORE_SECTIONS.exec(text.slice(offset))
      if (!more) break
      claimed.add(offset + more[0].indexOf('§'))
      section = more[1]!
      offset += more[0].length
    }
    for (const section of sections) found.push({ file, line, name, section })
  }
  if (ownName) {
    for (const m of text.matchAll(BARE)) {
      const at = m.index + m[0].indexOf('§')
      if (!claimed.has(at)) found.push({ file, line: lineOf(m.index), name: ownName, section: m[1]! })
    }
  }
  return found
}

function* textFiles(relative: string): Generator<string> {
  const full = path.join(root, relative)
  if (!fs.existsSync(full)) return
  if (fs.statSync(full).isFile()) {
    yield relative
    return
  }
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(entry.name)) continue
    const child = path.join(relative, entry.name)
    if (entry.isDirectory()) yield* textFiles(child)
    else if (TEXT_FILE.test(entry.name) && child !== self) yield child
  }
}

/** Every citation that does not resolve, as `file:line: name §N: why`. */
function brokenCitations(citations: Citation[], index: Map<string, string>): string[] {
  const headings = new Map<string, Set<string>>()
  const broken: string[] = []
  for (const c of citations) {
    const target = index.get(c.name)
    if (!target) {
      broken.push(`${c.file}:${c.line}: ${c.name} §${c.section}: '${c.name}' is not a name in docs/README.md`)
      continue
    }
    if (!headings.has(target)) {
      headings.set(
        target,
        fs.existsSync(target) ? headingNumbers(fs.readFileSync(target, 'utf8')) : new Set()
      )
    }
    if (!headings.get(target)!.has(c.section)) {
      const where = path.relative(root, target)
      broken.push(
        `${c.file}:${c.line}: ${c.name} §${c.section}: ${where} has no heading numbered ${c.section}`
      )
    }
  }
  return broken
}

function scanRepo(index: Map<string, string>): Citation[] {
  const ownNames = new Map([...index].map(([name, file]) => [path.relative(root, file), name]))
  return SCANNED.flatMap((dir) =>
    [...textFiles(dir)].flatMap((file) =>
      findCitations(fs.readFileSync(path.join(root, file), 'utf8'), file, ownNames.get(file))
    )
  )
}

describe('fact citations resolve inside the repo (docs/README.md)', () => {
  const index = readIndex()

  it('the index names the docs files, and each exists', () => {
    expect([...index.keys()]).toEqual(
      expect.arrayContaining(['windows-facts', 'peers', 'contract', 'azure-devops-facts', 'windows-on-linux'])
    )
    for (const file of index.values()) expect(fs.existsSync(file), file).toBe(true)
  })

  it('every citation names a known document and an existing numbered heading', () => {
    const citations = scanRepo(index)
    // The scan really finds the code's citations (a broken pattern would find none and pass).
    expect(citations.filter((c) => c.name === 'windows-facts').length).toBeGreaterThan(100)
    expect(citations.filter((c) => c.name === 'contract').length).toBeGreaterThan(30)
    expect(brokenCitations(citations, index)).toEqual([])
  })

  it.each([
    ['a section the file lacks', '// see windows-facts §3.9 here', ['windows-facts §3.9']],
    ['a retired reference name', '/** domain-facts §5 */', ["'domain-facts' is not a name"]],
    ['a typo in a name', 'it(`x (peer §3.1)`)', ["'peer' is not a name"]],
    ['the second of a list', 'windows-facts §3.2, §3.77', ['windows-facts §3.77']],
    ['the end of a range', 'windows-facts §1.2–§1.9', ['windows-facts §1.9']],
    ['an item number', 'peers §3 item 77', ['peers §3.77']],
    ['the second of two ideas', 'peers §4 ideas 1 and 99', ['peers §4.99']]
  ])('catches %s', (_, text, expected) => {
    const broken = brokenCitations(findCitations(text, 'sample.ts'), index)
    expect(broken).toHaveLength(expected.length)
    expected.forEach((part, i) => expect(broken[i]).toContain(part))
  })

  it.each([
    ['windows-facts §3.2, §3.3, §7', ['3.2', '3.3', '7']],
    ['(windows-facts §1.2–§1.5)', ['1.2', '1.5']],
    ['peers §3 items 1 and 2, §4 ideas 1 and 2', ['3.1', '3.2', '4.1', '4.2']],
    ['peers §3.3 / §4 idea 8', ['3.3', '4.8']],
    ['the same answer as §3.4', []],
    ['XPath 1.0 §3.7', []]
  ])('reads %s as sections %j', (text, sections) => {
    expect(findCitations(text, 'sample.ts').map((c) => c.section)).toEqual(sections)
  })

  it('checks a bare § inside a docs file against that file', () => {
    const broken = brokenCitations(findCitations('as in §3.5 and §3.8', 'docs/x.md', 'windows-facts'), index)
    expect(broken).toEqual([expect.stringContaining('windows-facts §3.8')])
  })
})
