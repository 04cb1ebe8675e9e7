import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The SPA is served by the API on the same port in the demo; in development Vite proxies the API to it. */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Shared contracts are read from source: pure TypeScript, browser-safe (no Node APIs).
      { find: /^@rim\/contracts\/api$/, replacement: fromHere('../../libs/contracts/src/api/index.ts') },
      { find: /^@rim\/contracts$/, replacement: fromHere('../../libs/contracts/src/index.ts') },
    ],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/health': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Vendor code changes less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            { name: 'nl-design-system', test: /node_modules[\\/](@utrecht|@babel[\\/]runtime|clsx|lodash\.chunk)[\\/]/ },
          ],
        },
      },
    },
  },
});
