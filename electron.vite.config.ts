// Build: electron-vite blocks for main, preload (sandboxed, CommonJS) and renderer, on the electron/ renderer/ shared/ layout.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(__dirname, 'shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } } },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        // Two sandboxed preloads: the app window's, and the hidden report window's (reportData only). Each must be one file.
        input: { index: resolve(__dirname, 'electron/preload/index.ts'), report: resolve(__dirname, 'electron/preload/report.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
  },
})
