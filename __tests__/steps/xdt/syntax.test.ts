import { describe, expect, it } from 'vitest'
import { parseNameAndArguments, splitArguments, xpathLiteral } from '../../../src/steps/xdt/syntax.js'
import { evaluateXPath } from '../../../src/steps/xdt/xpath.js'
import { parseXml } from '../../../src/core/xml/parse-xml.js'

describe('xdt:Transform / xdt:Locator value syntax (dotnet/xdt XmlElementContext, XmlArgumentUtility)', () => {
  it.each([
    ['Replace', 'Replace', []],
    ['  Replace  ', 'Replace', []],
    ['Replace()', 'Replace', []],
    ['SetAttributes(value)', 'SetAttributes', ['value']],
    ['SetAttributes (value, name )', 'SetAttributes', ['value', 'name']],
    ['Match(name,path)', 'Match', ['name', 'path']],
    ["Condition(@name='a' or contains(@path, 'x,y'))", 'Condition', ["@name='a' or contains(@path, 'x,y')"]],
    ["Condition(@v='a,b')", 'Condition', ["@v='a,b'"]],
    ['XPath(/configuration/add[position() = last()])', 'XPath', ['/configuration/add[position() = last()]']],
    ['InsertAfter(/a/b[1])', 'InsertAfter', ['/a/b[1]']],
    ['Match(name,)', 'Match', ['name', '']]
  ])('%j → %s %j', (value, name, args) => {
    expect(parseNameAndArguments(value)).toMatchObject({ name, args })
  })

  it.each(['', ' ', 'Replace(', 'Replace) ', 'Re place', 'Replace(x) y', '(x)'])(
    '%j is not valid',
    (value) => {
      expect(parseNameAndArguments(value)).toBeUndefined()
    }
  )

  it('keeps unbalanced parentheses in one argument (the caller reports the bad XPath)', () => {
    expect(splitArguments('a(b,c')).toEqual(['a(b,c'])
  })

  it.each([
    ['plain', "'plain'"],
    ["it's", `"it's"`],
    [`it's "q"`, `concat('it', "'", 's "q"')`]
  ])('xpathLiteral(%j) = %s and reads back the same', (value, literal) => {
    expect(xpathLiteral(value)).toBe(literal)
    expect(evaluateXPath(xpathLiteral(value), parseXml('<a/>'))).toBe(value)
  })
})
