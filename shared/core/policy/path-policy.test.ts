// shared/core/policy tests: hostile-input tables for app:// path containment and renderer-supplied import paths (house-style §7 items 24, 27).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_PATHS, resolveInside, validateImportPaths } from './path-policy'

describe('resolveInside (posix)', () => {
  const root = '/opt/liketrace/out/renderer'
  const ok: Array<[string, string]> = [
    ['/index.html', '/opt/liketrace/out/renderer/index.html'],
    ['/assets/index-Bx1.js', '/opt/liketrace/out/renderer/assets/index-Bx1.js'],
    ['/assets/font%20name.woff2', '/opt/liketrace/out/renderer/assets/font name.woff2'],
    ['/%252e%252e/x', '/opt/liketrace/out/renderer/%2e%2e/x'],
    ['/...', '/opt/liketrace/out/renderer/...'],
  ]
  for (const [request, expected] of ok) {
    it(`serves ${request}`, () => expect(resolveInside(root, request, path.posix), request).toBe(expected))
  }

  const hostile = [
    '/../../etc/passwd',
    '/..',
    '..',
    '/assets/../../renderer-evil/x.js',
    '/../renderer-evil/index.html',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%2E%2E%2F..%2Fetc/passwd',
    '/assets/%2e%2e/index.html',
    '/..%5c..%5cetc%5cpasswd',
    '/assets\\..\\..\\x',
    '/assets%5cx.js',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/C:/Windows/win.ini',
    '/c:%5cwindows%5cwin.ini',
    '/index.html::$DATA',
    '/index.html%00.png',
    '/index.html\0',
    '/',
    '',
    '/.',
    '/./index.html',
    '/assets/',
    '/assets//x.js',
    '/%',
    '/%zz',
    '/%E0%A4%A',
    `/${'a/'.repeat(3000)}x`,
  ]
  for (const request of hostile) {
    it(`refuses ${JSON.stringify(request.slice(0, 60))}`, () => expect(resolveInside(root, request, path.posix), request).toBeNull())
  }

  it('refuses a sibling that shares the root as a string prefix', () => {
    const sibling = path.posix.join(root, '..', 'renderer-evil', 'x.js')
    expect(sibling).toBe('/opt/liketrace/out/renderer-evil/x.js')
    expect(resolveInside(root, '/../renderer-evil/x.js', path.posix)).toBeNull()
  })

  it('accepts a root given with a trailing slash or dot segments', () => {
    expect(resolveInside(`${root}/`, '/index.html', path.posix)).toBe(`${root}/index.html`)
    expect(resolveInside('/opt/liketrace/out/main/../renderer', '/index.html', path.posix)).toBe(`${root}/index.html`)
  })

  it('refuses an empty root', () => expect(resolveInside('', '/index.html', path.posix)).toBeNull())
})

describe('resolveInside (win32)', () => {
  const root = 'C:\\Program Files\\LikeTrace\\resources\\app.asar\\out\\renderer'
  it('serves a file inside', () => expect(resolveInside(root, '/assets/a.js', path.win32)).toBe(`${root}\\assets\\a.js`))
  for (const request of ['/..%5c..%5cx', '/%2e%2e/x', '/C:/Windows/win.ini', '/D:x', '/%5c%5cserver%5cshare', '/index.html::$DATA', '/../renderer-evil/a.js']) {
    it(`refuses ${request}`, () => expect(resolveInside(root, request, path.win32), request).toBeNull())
  }
})

describe('validateImportPaths', () => {
  it('accepts absolute posix paths', () => {
    expect(validateImportPaths(['/home/a/TikTok_Data_1.zip', '/home/a/export folder'], path.posix)).toEqual(['/home/a/TikTok_Data_1.zip', '/home/a/export folder'])
  })
  it('accepts Windows drive paths', () => {
    expect(validateImportPaths(['C:\\Users\\a\\Downloads\\TikTok_Data.zip', 'd:/x/user_data.json'], path.win32)).toEqual(['C:\\Users\\a\\Downloads\\TikTok_Data.zip', 'd:/x/user_data.json'])
  })
  it(`accepts exactly ${MAX_IMPORT_PATHS} paths`, () => {
    expect(validateImportPaths(Array.from({ length: MAX_IMPORT_PATHS }, (_, i) => `/x/${i}.csv`), path.posix)).toHaveLength(MAX_IMPORT_PATHS)
  })

  const posixHostile: Array<[string, unknown]> = [
    ['not an array', '/home/a/x.zip'],
    ['empty array', []],
    ['too many', Array.from({ length: MAX_IMPORT_PATHS + 1 }, (_, i) => `/x/${i}.csv`)],
    ['relative', ['x.zip']],
    ['dot relative', ['./x.zip']],
    ['parent relative', ['../x.zip']],
    ['home tilde', ['~/x.zip']],
    ['empty string', ['']],
    ['NUL byte', ['/home/a/x.zip\0.txt']],
    ['too long', [`/${'a'.repeat(4096)}`]],
    ['number', [42]],
    ['null', [null]],
    ['object', [{ path: '/x.zip' }]],
    ['nested array', [['/x.zip']]],
    ['one bad among good', ['/a.zip', 'b.zip']],
    ['file URL', ['file:///etc/passwd']],
    ['null value', null],
    ['object with length', { length: 1, 0: '/x.zip' }],
  ]
  for (const [name, value] of posixHostile) {
    it(`refuses ${name} (posix)`, () => expect(validateImportPaths(value, path.posix), name).toBeNull())
  }

  const winHostile: Array<[string, unknown]> = [
    ['UNC share', ['\\\\attacker\\share\\x.zip']],
    ['UNC with forward slashes', ['//attacker/share/x.zip']],
    ['device namespace', ['\\\\.\\PhysicalDrive0']],
    ['long-path namespace', ['\\\\?\\UNC\\attacker\\share\\x.zip']],
    ['drive-relative', ['C:x.zip']],
    ['root without drive', ['\\Users\\a\\x.zip']],
    ['relative', ['Downloads\\x.zip']],
  ]
  for (const [name, value] of winHostile) {
    it(`refuses ${name} (win32)`, () => expect(validateImportPaths(value, path.win32), name).toBeNull())
  }

  it('returns a fresh array, not the caller’s', () => {
    const input = ['/a.zip']
    const out = validateImportPaths(input, path.posix)
    expect(out).toEqual(input)
    expect(out).not.toBe(input)
  })
})
