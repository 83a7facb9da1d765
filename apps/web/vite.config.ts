import { defineConfig } from 'vite';

/**
 * The web app: built into dist/web, which the API serves at `/` (`npm run build`).
 * `npm run dev:web` serves it with hot reload on :5173 and sends /api to the running API.
 */
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: '../../dist/web',
    manifest: true,
    emptyOutDir: true,
    // The figures that matter (compressed first-screen JavaScript) are printed by the build and bench.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Ant Design and TanStack Query mark modules "use client" for React Server Components: meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
