// electron/preload: types only. The renderer-facing API type (kept outside shared/ because it will need DOM types).
export type RendererApi = Record<string, never>
