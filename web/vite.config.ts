// The dashboard build: `npm run build:web` → web/dist, served by `parley serve`.
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre alone is ~1 MB; it is loaded only by the map view.
    chunkSizeWarningLimit: 1200,
    // Note: no inline assets, so the CSP can forbid data: scripts and styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  logLevel: 'warn',
})
