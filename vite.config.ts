import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = import.meta.dirname
const apiServer = `http://127.0.0.1:${process.env.PORT ?? 8080}`

export default defineConfig({
  root: path.join(root, 'client'),
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist', 'client'),
    emptyOutDir: true,
    sourcemap: true,
    // maplibre-gl alone is about 1 MB; it is loaded only by the map page.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev`: Vite serves the client and hands the API to the Express server.
    proxy: { '/api': apiServer, '/ogc': apiServer, '/tiles': apiServer, '/basemap': apiServer },
  },
})
