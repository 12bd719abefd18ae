// scripts: packaging. electron-builder's configuration: four installers, the icon, the sample beside the asar, only built files inside it, fuses after packing.
import type { Configuration } from 'electron-builder'
import { flipFusesAfterPack } from './fuses'

/**
 * What goes into app.asar: the electron-vite output and package.json (electron-builder adds the production
 * `dependencies`; everything the renderer uses is bundled into out/renderer, so only papaparse, which the engine worker
 * loads at run time, is one). No sources, tests, source maps or fixtures; devDependencies are never packed.
 */
export const ASAR_FILES = ['out/**/*', 'package.json', '!out/**/*.map', '!**/*.{ts,tsx,mts,cts}', '!**/*.test.*', '!**/{tests,fixtures,__screenshots__}/**'] as const

export const builderConfig = {
  appId: 'app.liketrace.desktop',
  productName: 'LikeTrace',
  copyright: 'LikeTrace contributors, MIT licence',
  directories: { output: 'dist', buildResources: 'resources' },
  files: [...ASAR_FILES],
  asar: true,
  // The sample exports are read by the engine worker with plain fs, so they sit outside the asar, in
  // process.resourcesPath/sample, where the main process looks (electron/main/index.ts resourcesDir()).
  extraResources: [{ from: 'resources/sample', to: 'sample', filter: ['*.zip'] }],
  // No native modules: nothing to rebuild for Electron's ABI.
  npmRebuild: false,
  afterPack: flipFusesAfterPack,
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icon.png',
    category: 'Utility',
    executableName: 'liketrace',
    synopsis: 'Find out why your TikTok likes disappear, offline',
    maintainer: 'LikeTrace contributors',
  },
  mac: { target: ['dmg'], icon: 'resources/icon.icns', category: 'public.app-category.utilities', hardenedRuntime: true },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
} satisfies Configuration
