import { describe, expect, it } from 'vitest'
import { SecretMasker, derivedSecretForms } from '../../src/core/secrets.js'

const secret = `p@ss "w&rd" <é>`

describe('secret masking (contract: no derived form ever appears)', () => {
  it.each([
    ['raw', secret],
    ['msdeploy doubled quotes', secret.replace(/"/g, '""')],
    ['JSON', JSON.stringify(secret)],
    ['XML', 'p@ss &quot;w&amp;rd&quot; &lt;é&gt;'],
    ['URL', encodeURIComponent(secret)],
    ['base64', Buffer.from(secret).toString('base64')]
  ])('masks the %s form', (_name, form) => {
    const masker = new SecretMasker()
    masker.register(secret)
    expect(masker.mask(`before ${form} after`)).not.toContain(form.replace(/^"|"$/g, ''))
    expect(masker.mask(`before ${form} after`)).toContain('***')
  })

  it('masks the longest form first, so no fragment leaks', () => {
    const masker = new SecretMasker()
    masker.register('ab')
    masker.register('abcdef')
    expect(masker.mask('xabcdefx ab')).toBe('x***x ***')
  })

  it('ignores empty values and tells listeners about new secrets once', () => {
    const masker = new SecretMasker()
    const seen: string[] = []
    masker.onRegister((v) => seen.push(v))
    masker.register('')
    masker.register(undefined)
    masker.register('s3cret')
    masker.register('s3cret')
    expect(seen).toEqual(['s3cret'])
    expect(derivedSecretForms('x')).toContain('eA==')
  })
})
