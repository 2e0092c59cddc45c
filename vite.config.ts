import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

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
    proxy: { '/api': apiServer, '/ogc': apiServer, '/basemap': apiServer },
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['client/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          root,
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/build-client.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
