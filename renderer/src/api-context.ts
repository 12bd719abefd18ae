// renderer: the React context that hands window.api (or a fake) to every feature, so components never reach for the global.
import { createContext } from 'react'
import type { RendererApi } from './api'

export const ApiContext = createContext<RendererApi | null>(null)
