// renderer: React. Catches render errors so a bug in one screen never blanks the window; resets when the app moves to another screen.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { CrashScreen } from './CrashScreen'

interface Props {
  children: ReactNode
  /** A change of key (a new screen) clears a caught error. */
  resetKey: string
  onReset: () => void
}

interface State {
  error: Error | null
  key: string
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the only log a renderer has; main does not collect it.
    console.error('LikeTrace screen error', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <CrashScreen
          message={this.state.error.message}
          onReset={() => {
            this.setState({ error: null })
            this.props.onReset()
          }}
        />
      )
    }
    return this.props.children
  }
}
