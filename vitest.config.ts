import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

const root = import.meta.dirname

// Kept apart from vite.config.ts so that building the client (`npm start`) never needs vitest.
export default mergeConfig(
  viteConfig,
  defineConfig({
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
  }),
)
