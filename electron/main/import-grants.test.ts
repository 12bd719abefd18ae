// electron/main tests: grants are single-use, bounded in number, and show the renderer a name, never a folder.
import { describe, expect, it } from 'vitest'
import { GRANT_TOKEN, ImportGrants, MAX_LIVE_GRANTS } from './import-grants'

describe('ImportGrants', () => {
  it('makes 128-bit random hex tokens, different every time', () => {
    const grants = new ImportGrants()
    const tokens = Array.from({ length: 200 }, () => grants.grant(['/home/me/x.zip']).token)
    for (const t of tokens) expect(t).toMatch(GRANT_TOKEN)
    expect(new Set(tokens).size).toBe(200)
  })

  it('redeems a token once', () => {
    const grants = new ImportGrants()
    const { token } = grants.grant(['/home/me/TikTok_Data_1.zip'])
    expect(grants.redeem(token)).toEqual(['/home/me/TikTok_Data_1.zip'])
    expect(grants.redeem(token)).toBeNull()
    expect(grants.redeem('constructor')).toBeNull()
    expect(grants.redeem('__proto__')).toBeNull()
  })

  it('labels with the base name only, or the number of files', () => {
    const grants = new ImportGrants()
    expect(grants.grant(['/home/ann/Private/TikTok_Data_1.zip']).label).toBe('TikTok_Data_1.zip')
    expect(grants.grant(['/a/Overview.csv', '/a/Viewers.csv', '/a/Content.csv']).label).toBe('3 files')
  })

  it(`keeps at most ${MAX_LIVE_GRANTS} grants, forgetting the oldest first`, () => {
    const grants = new ImportGrants()
    const tokens = Array.from({ length: MAX_LIVE_GRANTS + 2 }, (_, i) => grants.grant([`/x/${i}.zip`]).token)
    expect(grants.redeem(tokens[0] as string)).toBeNull()
    expect(grants.redeem(tokens[1] as string)).toBeNull()
    expect(grants.redeem(tokens[2] as string)).toEqual(['/x/2.zip'])
    expect(grants.redeem(tokens.at(-1) as string)).toEqual([`/x/${MAX_LIVE_GRANTS + 1}.zip`])
  })

  it('keeps its own copy of the paths', () => {
    const grants = new ImportGrants()
    const paths = ['/home/me/x.zip']
    const { token } = grants.grant(paths)
    paths[0] = '/etc/passwd'
    expect(grants.redeem(token)).toEqual(['/home/me/x.zip'])
  })
})
