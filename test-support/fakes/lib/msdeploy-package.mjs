// The fake msdeploy's Web Deploy package source (`-source:package=<zip>` or `-source:archiveDir=<folder>`) with its
// parameters, written from Web Deploy's documentation, independently of iis-deploy's modules:
// - Layout: parameters.xml, archive.xml and systemInfo.xml at the root, the files under Content\ with the build
//   machine's path (`C:` stored as `C_C`); archive.xml's iisApp `path` names the app folder.
// - Parameters (TechNet "Using declareParam and setParam", "Web Deploy Parameterization"): every declared parameter
//   gets its defaultValue, then the -setParamFile (`<parameters><setParameter name value/>`) and -setParam values.
//   A name the package does not declare fails with "Source does not support parameter called '…'. Must be one of
//   (…)." (the text users report). A parameter without any value fails.
// - Entries: ProviderPath with scope IisApp sets the destination of `-dest:auto` (`Site/app`); XmlFile (scope = a
//   regex on the file's path, match = an XPath) sets the selected attribute or element text; TextFile (match = a
//   regex) replaces every match in the files of its scope.
// Simplifications (the fake's, documented in test-support/fakes/README.md): scopes compare case-insensitively against
// `\` + the path inside the app; XmlFile XPaths are limited to `/a/b/c[@k='v']/@attr`, `//c[@k='v']/@attr` and
// `…/c[@k='v']/value` (element text), matched on the last element with its predicates; the same name given both by
// -setParamFile and -setParam is refused (real precedence is not known, and iis-deploy promises to give each once).
// Edited files keep the package's times, so a redeploy of the same values changes nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { XMLParser } from 'fast-xml-parser'
import yauzl from 'yauzl'

/** @param {string} dir @param {string} name */
function entry(dir, name) {
  const found = fs.readdirSync(dir).find((n) => n.toLowerCase() === name.toLowerCase())
  return found === undefined ? undefined : path.join(dir, found)
}

/** @param {string} zipFile @param {string} dest */
async function extract(zipFile, dest) {
  const zip = await yauzl.openPromise(zipFile, { autoClose: false })
  try {
    for await (const e of zip.eachEntry()) {
      const name = e.fileName.replace(/\\/g, '/')
      if (name.split('/').includes('..')) throw new Error(`zip entry outside: ${name}`)
      const target = path.join(dest, ...name.split('/').filter(Boolean))
      if (name.endsWith('/')) {
        fs.mkdirSync(target, { recursive: true })
        continue
      }
      fs.mkdirSync(path.dirname(target), { recursive: true })
      await pipeline(await zip.openReadStreamPromise(e), fs.createWriteStream(target))
      const time = e.getLastModDate()
      fs.utimesSync(target, time, time)
    }
  } finally {
    zip.close()
  }
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: () => true })

/** Elements named `name` (any case) anywhere in a parsed tree. @returns {Record<string, any>[]} */
function find(tree, name) {
  /** @type {Record<string, any>[]} */
  const out = []
  const visit = (/** @type {any} */ node) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key.toLowerCase() === name.toLowerCase()) for (const v of [value].flat()) out.push(v)
      visit(value)
    }
  }
  visit(tree)
  return out
}

/** @param {Record<string, any>} element @param {string} name */
function attribute(element, name) {
  const key = Object.keys(element).find((k) => k.toLowerCase() === name.toLowerCase())
  const value = key === undefined ? undefined : element[key]
  return Array.isArray(value) ? value[0] : value
}

/** The app folder inside Content. @param {string} archiveDir */
function contentRoot(archiveDir) {
  const content = entry(archiveDir, 'Content')
  if (!content) throw new Error('The package has no Content folder.')
  const archive = entry(archiveDir, 'archive.xml')
  if (archive) {
    for (const app of find(parser.parse(fs.readFileSync(archive, 'utf8')), 'iisApp')) {
      const where = attribute(app, 'path')
      if (!where) continue
      const stored = where
        .replace(/^([A-Za-z]):/, '$1_C')
        .split(/[\\/]+/)
        .filter(Boolean)
      const candidate = path.join(content, ...stored)
      if (fs.existsSync(candidate)) return candidate
    }
  }
  return content
}

/** @param {string} root @returns {string[]} relative paths, `/` separated */
function filesUnder(root) {
  /** @type {string[]} */
  const out = []
  const walk = (/** @type {string} */ dir, /** @type {string} */ prefix) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${d.name}` : d.name
      if (d.isDirectory()) walk(path.join(dir, d.name), rel)
      else out.push(rel)
    }
  }
  walk(root, '')
  return out
}

/** @param {string} s */
function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Sets what a limited XPath selects, in the XML text. Returns the new text.
 * @param {string} text @param {string} xpath @param {string} value
 */
function applyXmlFile(text, xpath, value) {
  const m = /(?:^|\/)([A-Za-z_][\w.:-]*)\[@([\w:-]+)=(?:'([^']*)'|"([^"]*)")\]\/(@?)([\w:-]+)$/.exec(xpath)
  if (!m) throw new Error(`fake msdeploy: the XmlFile match '${xpath}' is not simulated.`)
  const [, element, key, v1, v2, isAttribute, target] = m
  const wanted = v1 ?? v2
  const tag = new RegExp(`<${element}(\\s[^>]*?)(/?)>`, 'g')
  return text.replace(tag, (whole, attrs, slash, offset) => {
    const keyMatch = new RegExp(`\\s${key}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs)
    if (!keyMatch || keyMatch[2] !== wanted) return whole
    if (isAttribute) {
      const current = new RegExp(`(\\s${target}\\s*=\\s*)(["'])(.*?)\\2`)
      const next = current.test(attrs)
        ? attrs.replace(current, (_a, pre, q) => `${pre}${q}${escapeXml(value)}${q}`)
        : `${attrs} ${target}="${escapeXml(value)}"`
      return `<${element}${next}${slash}>`
    }
    // Element text: the child <target> right after this start tag.
    const rest = text.slice(offset + whole.length)
    const child = new RegExp(`^(\\s*<${target}>)([^<]*)(</${target}>)`).exec(rest)
    if (!child) return whole
    pendingText.push({
      at: offset + whole.length + child[1].length,
      length: child[2].length,
      value: escapeXml(value)
    })
    return whole
  })
}
/** @type {{ at: number, length: number, value: string }[]} */
let pendingText = []

/** @param {string} text @param {string} xpath @param {string} value */
function setXml(text, xpath, value) {
  pendingText = []
  let out = applyXmlFile(text, xpath, value)
  for (const p of pendingText.sort((a, b) => b.at - a.at))
    out = out.slice(0, p.at) + p.value + out.slice(p.at + p.length)
  return out
}

/**
 * Reads the package, applies its parameters to a copy of its content and returns where the content is and where
 * it goes (`IIS Web Application Name`'s value, for `-dest:auto`).
 * @param {{ provider: string, path: string | undefined }} source
 * @param {{ setParamFile: string[], setParams: Array<Array<{ key: string, value: string | undefined }>> }} given
 * @param {(message: string) => Error} plain
 * @returns {Promise<{ contentDir: string, iisApp: string | undefined, cleanup: () => void, parametersChanged: number }>}
 */
export async function preparePackageSource(source, given, plain) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-msdeploy-package-'))
  const cleanup = () => fs.rmSync(temp, { recursive: true, force: true })
  try {
    const archiveDir = path.join(temp, 'archive')
    if (source.provider.toLowerCase() === 'package') {
      if (!source.path || !fs.existsSync(source.path))
        throw plain(`The package '${source.path}' does not exist.`)
      await extract(source.path, archiveDir)
    } else {
      fs.cpSync(source.path ?? '', archiveDir, { recursive: true, preserveTimestamps: true })
    }
    const parametersFile = entry(archiveDir, 'parameters.xml')
    const declared = parametersFile
      ? find(parser.parse(fs.readFileSync(parametersFile, 'utf8')), 'parameter').map((p) => ({
          name: String(attribute(p, 'name')),
          defaultValue: attribute(p, 'defaultValue'),
          entries: find(p, 'parameterEntry').map((e) => ({
            kind: String(attribute(e, 'kind') ?? attribute(e, 'type') ?? ''),
            scope: String(attribute(e, 'scope') ?? ''),
            match: String(attribute(e, 'match') ?? '')
          }))
        }))
      : []
    /** @type {Map<string, string>} */
    const values = new Map()
    for (const p of declared)
      if (p.defaultValue !== undefined) values.set(p.name.toLowerCase(), String(p.defaultValue))
    const givenNames = new Set()
    const set = (/** @type {string} */ name, /** @type {string} */ value) => {
      const known = declared.find((p) => p.name.toLowerCase() === name.toLowerCase())
      if (!known) {
        throw plain(
          `Source does not support parameter called '${name}'. Must be one of (${declared.map((p) => p.name).join(', ')}).`
        )
      }
      if (givenNames.has(name.toLowerCase())) {
        throw plain(
          `fake msdeploy: the parameter '${name}' is given twice; which value wins is not simulated.`
        )
      }
      givenNames.add(name.toLowerCase())
      values.set(name.toLowerCase(), value)
    }
    for (const file of given.setParamFile) {
      if (!fs.existsSync(file)) throw plain(`The file '${file}' does not exist.`)
      for (const sp of find(parser.parse(fs.readFileSync(file, 'utf8')), 'setParameter'))
        set(String(attribute(sp, 'name')), String(attribute(sp, 'value') ?? ''))
    }
    for (const settings of given.setParams) {
      const name = settings.find((s) => s.key.toLowerCase() === 'name')?.value
      const value = settings.find((s) => s.key.toLowerCase() === 'value')?.value
      if (name === undefined || value === undefined) throw plain('-setParam needs name= and value=.')
      set(name, value)
    }
    const contentDir = contentRoot(archiveDir)
    const files = filesUnder(contentDir)
    let iisApp
    let parametersChanged = 0
    for (const p of declared) {
      const value = values.get(p.name.toLowerCase())
      if (value === undefined)
        throw plain(`The parameter '${p.name}' has no value: give it with -setParam or -setParamFile.`)
      for (const e of p.entries) {
        const kind = e.kind.toLowerCase()
        if (kind === 'providerpath') {
          if (/^iisapp$/i.test(e.scope)) iisApp = value
          continue
        }
        if (kind !== 'xmlfile' && kind !== 'textfile') continue
        const scope = new RegExp(e.scope, 'i')
        let applied = false
        for (const rel of files.filter((f) => scope.test(`\\${f.replace(/\//g, '\\')}`))) {
          const full = path.join(contentDir, rel)
          const before = fs.readFileSync(full, 'utf8')
          const after =
            kind === 'xmlfile'
              ? setXml(before, e.match, value)
              : before.replace(new RegExp(e.match, 'g'), () => value)
          applied = true
          if (after === before) continue
          const st = fs.statSync(full)
          fs.writeFileSync(full, after)
          fs.utimesSync(full, st.atime, st.mtime)
          parametersChanged++
        }
        if (!applied) throw plain(`Parameter entry '${p.name}/1' could not be applied anywhere.`)
      }
    }
    return { contentDir, iisApp, cleanup, parametersChanged }
  } catch (error) {
    cleanup()
    throw error
  }
}
