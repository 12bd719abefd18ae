// electron/main: types only. electron-vite's import suffixes (`?modulePath` for the engine worker entry).
/// <reference types="electron-vite/node" />
