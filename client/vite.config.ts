// Vite config for the explorer. Root is client/, output goes to dist/client at the
// repository top, which the Fastify server serves in production.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~400 kB; one chunk is fine for an analyst tool.
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000' },
  },
});
