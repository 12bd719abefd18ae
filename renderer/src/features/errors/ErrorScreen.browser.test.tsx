// renderer tests (Chromium): every error code gets its friendly screen, and a throwing screen is caught by the error boundary.
import { describe, expect, it, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import { ERROR_TEXT } from '@shared/contract/errors'
import type { ErrorCode } from '@shared/contract/result'
import { ErrorBoundary } from './ErrorBoundary'
import { ErrorScreen } from './ErrorScreen'

const CODES = Object.keys(ERROR_TEXT) as ErrorCode[]

describe('error screens', () => {
  it.each(CODES)('%s: says what happened, the specific message and what to do', async (code) => {
    const onBack = vi.fn()
    const screen = await render(<ErrorScreen error={{ code, message: `Specific detail for ${code}.` }} onBack={onBack} />)
    await expect.element(screen.getByRole('heading', { level: 1, name: ERROR_TEXT[code].title })).toBeVisible()
    await expect.element(screen.getByText(`Specific detail for ${code}.`)).toBeVisible()
    await expect.element(screen.getByText(ERROR_TEXT[code].whatToDo)).toBeVisible()
    await screen.getByRole('button', { name: 'Back to the start' }).click()
    expect(onBack).toHaveBeenCalledOnce()
  })

  it('does not repeat a message that only restates the title', async () => {
    const screen = await render(<ErrorScreen error={{ code: 'TIMEOUT', message: ERROR_TEXT.TIMEOUT.title }} onBack={() => {}} />)
    expect(screen.getByText(ERROR_TEXT.TIMEOUT.title).elements()).toHaveLength(1)
  })

  it('catches a screen that throws and offers a way back', async () => {
    const onReset = vi.fn()
    const Boom = (): React.JSX.Element => {
      throw new Error('bad data in a view')
    }
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const screen = await render(
      <ErrorBoundary resetKey="a" onReset={onReset}>
        <Boom />
      </ErrorBoundary>,
    )
    await expect.element(screen.getByRole('heading', { name: 'This screen ran into a problem.' })).toBeVisible()
    await expect.element(screen.getByText('bad data in a view')).toBeVisible()
    await screen.getByRole('button', { name: 'Back to the start' }).click()
    expect(onReset).toHaveBeenCalledOnce()
    spy.mockRestore()
  })
})
