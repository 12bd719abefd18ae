// renderer tests (Chromium): the app shell renders its heading.
import { expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { App } from './App'

it('shows the app name', async () => {
  const screen = await render(<App />)
  await expect.element(screen.getByRole('heading', { name: 'LikeTrace' })).toBeVisible()
})
