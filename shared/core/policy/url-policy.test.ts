// shared/core/policy tests: hostile-input tables for the URL predicates (house-style §7 items 21 and 26).
import { describe, expect, it } from 'vitest'
import { devServerUrlFrom, externalUrl, isAllowedExternalUrl, isAppUrl, isTrustedSender, permissionPolicy, requestPolicy, videoUrlFor } from './url-policy'

const DEV = 'http://localhost:5173'

describe('isAppUrl', () => {
  const cases: Array<[unknown, boolean]> = [
    ['app://liketrace/', true],
    ['app://liketrace/index.html', true],
    ['app://liketrace/index.html#/report', true],
    ['app://liketrace/assets/index-abc.js?x=1', true],
    ['app://LIKETRACE/', false],
    ['app://LikeTrace/index.html', false],
    ['app://liketrace.evil/', false],
    ['app://evil.liketrace/', false],
    ['app://liketrace.', false],
    ['app://user@liketrace/', false],
    ['app://user:pw@liketrace/', false],
    ['app://liketrace:8080/', false],
    ['app:liketrace/index.html', false],
    ['app:///liketrace/', false],
    ['apps://liketrace/', false],
    ['https://liketrace/', false],
    ['file:///liketrace/index.html', false],
    ['file:///C:/app/index.html', false],
    ['javascript:alert(1)//app://liketrace/', false],
    ['http://localhost:5173/', false],
    ['', false],
    ['not a url', false],
    [null, false],
    [42, false],
    [`app://liketrace/${'a'.repeat(5000)}`, false],
  ]
  for (const [url, expected] of cases) {
    it(`${String(url).slice(0, 60)} → ${expected}`, () => expect(isAppUrl(url), String(url)).toBe(expected))
  }
})

describe('isTrustedSender', () => {
  const main = (url: string) => ({ url, parent: null })
  const sub = (url: string) => ({ url, parent: { url: 'app://liketrace/' } })
  const cases: Array<[string, Parameters<typeof isTrustedSender>[0], { devServerUrl?: string }, boolean]> = [
    ['main frame on app://liketrace/', main('app://liketrace/index.html'), {}, true],
    ['main frame with a hash route', main('app://liketrace/index.html#/compare'), {}, true],
    ['sub-frame on app://liketrace/', sub('app://liketrace/index.html'), {}, false],
    ['file://', main('file:///opt/liketrace/out/renderer/index.html'), {}, false],
    ['app://liketrace.evil/', main('app://liketrace.evil/'), {}, false],
    ['app://user@liketrace/', main('app://user@liketrace/'), {}, false],
    ['app://LIKETRACE/', main('app://LIKETRACE/'), {}, false],
    ['https page', main('https://www.tiktok.com/'), {}, false],
    ['about:blank', main('about:blank'), {}, false],
    ['null frame', null, {}, false],
    ['undefined frame', undefined, {}, false],
    ['dev origin without dev mode', main('http://localhost:5173/'), {}, false],
    ['dev origin in dev mode', main('http://localhost:5173/'), { devServerUrl: DEV }, true],
    ['dev origin, other port', main('http://localhost:5174/'), { devServerUrl: DEV }, false],
    ['dev origin, other host', main('http://127.0.0.1:5173/'), { devServerUrl: DEV }, false],
    ['dev origin with user-info', main('http://x@localhost:5173/'), { devServerUrl: DEV }, false],
    ['dev origin as https', main('https://localhost:5173/'), { devServerUrl: DEV }, false],
    ['dev sub-frame', sub('http://localhost:5173/'), { devServerUrl: DEV }, false],
    ['app still trusted in dev', main('app://liketrace/'), { devServerUrl: DEV }, true],
    ['non-http dev URL is ignored', main('file:///x'), { devServerUrl: 'file:///x' }, false],
  ]
  for (const [name, frame, opts, expected] of cases) {
    it(`${name} → ${expected}`, () => expect(isTrustedSender(frame, opts), name).toBe(expected))
  }

  it('treats a frame whose getters throw (destroyed) as untrusted', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed')
      },
      parent: null,
    }
    expect(isTrustedSender(destroyed)).toBe(false)
  })
})

describe('videoUrlFor', () => {
  const cases: Array<[unknown, string | null]> = [
    ['7301234567890123456', 'https://www.tiktokv.com/share/video/7301234567890123456/'],
    ['12345', 'https://www.tiktokv.com/share/video/12345/'],
    ['1234', null],
    ['1'.repeat(26), null],
    ['1'.repeat(25), `https://www.tiktokv.com/share/video/${'1'.repeat(25)}/`],
    ['730123456789/../../x', null],
    ['730123456789?x=1', null],
    ['730123456789#x', null],
    ['-730123456789', null],
    ['7301234567e5', null],
    [' 7301234567', null],
    ['7301234567\n', null],
    ['٣٣٣٣٣٣', null],
    [7301234567890123, null],
    [null, null],
  ]
  for (const [id, expected] of cases) {
    it(`${JSON.stringify(id)} → ${String(expected)}`, () => expect(videoUrlFor(id), String(id)).toBe(expected))
  }
  it('produces URLs the external-link policy accepts', () => {
    expect(isAllowedExternalUrl(videoUrlFor('7301234567890123456'))).toBe(true)
  })
})

describe('isAllowedExternalUrl / externalUrl', () => {
  const allowed = [
    'https://www.tiktok.com/@aibiblegospels_/video/7629867741511486734',
    'https://www.tiktok.com/@maya.likes/video/7301234567890123456',
    'https://www.tiktok.com/video/7301234567890123456',
    'https://WWW.TIKTOK.COM/@someone/video/7301234567890123456',
    'https://www.tiktokv.com/share/video/7317400193991773446/',
  ]
  for (const url of allowed) {
    it(`allows ${url}`, () => expect(isAllowedExternalUrl(url), url).toBe(true))
  }

  const refused: unknown[] = [
    // Redirect endpoints, short links and pages that are not one video.
    'https://www.tiktok.com/link/v2?aid=1988&target=https%3A%2F%2Fevil.io',
    'https://www.tiktok.com/@someone/video/7301234567890123456?target=https://evil.io',
    'https://www.tiktok.com/@someone/video/7301234567890123456#x',
    'https://vm.tiktok.com/ZMabc/',
    'https://vt.tiktok.com/ZSabc/',
    'https://m.tiktok.com/v/7301234567890123456.html',
    'https://tiktok.com/@someone',
    'https://www.tiktok.com/@someone',
    'https://www.tiktok.com/search?q=x',
    'https://www.tiktok.com/@/video/7301234567890123456',
    'https://www.tiktok.com/@someone/video/7301234567890123456/../../link/v2',
    'https://www.tiktok.com/@some%2fone/video/7301234567890123456',
    'https://www.tiktok.com/@someone/video/abc',
    'https://www.tiktokv.com/share/video/7317400193991773446',
    'https://www.tiktokv.com/share/user/7317400193991773446/',
    'http://www.tiktok.com/@someone/video/7301234567890123456',
    'javascript:alert(1)',
    'JavaScript:alert(1)//https://www.tiktok.com/',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'data:text/html,<script>alert(1)</script>',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'search-ms:query=x',
    'mailto:a@b.c',
    'vbscript:msgbox(1)',
    '\\\\attacker\\share\\x.exe',
    '//attacker/share',
    'https://tiktok.com.evil.io/',
    'https://www.tiktok.com.evil.io/@/video/1',
    'https://www.tiktok.com.evil.example/@someone/video/1',
    'https://tiktokv.com.evil.io/share/video/1/',
    'https://api.tiktokv.com/share/video/1/',
    'https://evil.io/www.tiktok.com',
    'https://evil-tiktok.com/',
    'https://wwwtiktok.com/',
    'https://xn--tiktk-rta.com/',
    'https://tiktök.com/',
    'https://www.tiktok.com./',
    'https://user@www.tiktok.com/',
    'https://www.tiktok.com:pw@evil.io/',
    'https://www.tiktok.com@evil.io/',
    'https://www.tiktok.com:8443/',
    'https://www.tiktok.com:443x/',
    'wss://www.tiktok.com/',
    'ftp://www.tiktok.com/',
    'app://liketrace/',
    'https://',
    '',
    'www.tiktok.com/@/video/1',
    `https://www.tiktok.com/${'a'.repeat(3000)}`,
    null,
    undefined,
    { href: 'https://www.tiktok.com/' },
  ]
  for (const url of refused) {
    it(`refuses ${String(url).slice(0, 60)}`, () => {
      expect(isAllowedExternalUrl(url), String(url)).toBe(false)
      expect(externalUrl(url), String(url)).toBeNull()
    })
  }

  it('hands the OS the normalised URL, not the raw string', () => {
    expect(externalUrl('  https://WWW.tiktok.com/@someone/video/7301234567890123456  ')).toBe('https://www.tiktok.com/@someone/video/7301234567890123456')
  })
})

describe('requestPolicy', () => {
  const cases: Array<[string, { devServerUrl?: string }, 'allow' | 'cancel']> = [
    ['app://liketrace/index.html', {}, 'allow'],
    ['app://liketrace/assets/font.woff2', {}, 'allow'],
    ['data:image/png;base64,AAAA', {}, 'allow'],
    ['blob:app://liketrace/5d3c-11', {}, 'allow'],
    ['devtools://devtools/bundled/inspector.html', {}, 'allow'],
    ['app://liketrace.evil/x', {}, 'cancel'],
    ['app://LIKETRACE/x', {}, 'cancel'],
    ['https://www.tiktok.com/', {}, 'cancel'],
    ['http://localhost:5173/', {}, 'cancel'],
    ['ws://localhost:5173/', {}, 'cancel'],
    ['wss://example.com/socket', {}, 'cancel'],
    ['ftp://example.com/x', {}, 'cancel'],
    ['file:///etc/passwd', {}, 'cancel'],
    ['chrome-extension://abc/x.js', {}, 'cancel'],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', {}, 'cancel'],
    ['gopher://x/', {}, 'cancel'],
    ['not a url', {}, 'cancel'],
    ['http://localhost:5173/src/main.tsx', { devServerUrl: DEV }, 'allow'],
    ['ws://localhost:5173/', { devServerUrl: DEV }, 'allow'],
    ['http://localhost:5174/', { devServerUrl: DEV }, 'cancel'],
    ['ws://localhost:5174/', { devServerUrl: DEV }, 'cancel'],
    ['https://localhost:5173/', { devServerUrl: DEV }, 'cancel'],
    ['https://www.tiktok.com/', { devServerUrl: DEV }, 'cancel'],
    ['http://user@localhost:5173/', { devServerUrl: DEV }, 'cancel'],
  ]
  for (const [url, opts, expected] of cases) {
    it(`${url} ${opts.devServerUrl ? '(dev)' : ''} → ${expected}`, () => expect(requestPolicy(url, opts), url).toBe(expected))
  }
})

describe('permissionPolicy', () => {
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'fileSystem', 'unknown', undefined]) {
    it(`denies ${String(permission)}`, () => expect(permissionPolicy(permission)).toBe(false))
  }
})

describe('devServerUrlFrom (ELECTRON_RENDERER_URL)', () => {
  const cases: Array<[unknown, boolean, string | undefined]> = [
    ['http://localhost:5173/', false, 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', false, 'http://127.0.0.1:5173'],
    ['http://[::1]:5173/', false, 'http://[::1]:5173/'],
    ['https://localhost:5173/', false, 'https://localhost:5173/'],
    // A packaged app ignores the variable whatever it says.
    ['http://localhost:5173/', true, undefined],
    ['http://evil.example:5173/', false, undefined],
    ['http://localhost.evil.example/', false, undefined],
    ['http://127.0.0.1.nip.io/', false, undefined],
    ['http://192.168.1.10:5173/', false, undefined],
    ['http://user@localhost:5173/', false, undefined],
    ['file:///tmp/index.html', false, undefined],
    ['app://liketrace/', false, undefined],
    ['javascript:alert(1)', false, undefined],
    ['', false, undefined],
    [undefined, false, undefined],
  ]
  it.each(cases)('%j (packaged %j) → %j', (value, packaged, expected) => expect(devServerUrlFrom(value, packaged)).toBe(expected))
})
