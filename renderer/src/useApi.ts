// renderer: hook. The API from context; components are always rendered under App, which provides it.
import { useContext } from 'react'
import type { RendererApi } from './api'
import { ApiContext } from './api-context'

export function useApi(): RendererApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() outside <App>: no API was provided.')
  return api
}
