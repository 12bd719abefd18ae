// electron/main tests: the packaged app's menu offers no reload and no DevTools.
import { describe, expect, it } from 'vitest'
import { packagedMenuTemplate } from './menu'

describe('packagedMenuTemplate', () => {
  it('is no menu on Windows and Linux', () => {
    expect(packagedMenuTemplate('win32')).toBeNull()
    expect(packagedMenuTemplate('linux')).toBeNull()
  })
  it('keeps only the app, edit and window menus on macOS', () => {
    const roles = packagedMenuTemplate('darwin')?.map((item) => item.role)
    expect(roles).toEqual(['appMenu', 'editMenu', 'windowMenu'])
    for (const banned of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(roles).not.toContain(banned)
  })
})
