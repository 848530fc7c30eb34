import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './common/content-security-policy.ts';

/** Writes the app's CSP into index.html, so the page carries it however it is loaded. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'presscut-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Relative asset URLs, so the build loads the same from presscut://app/, a test server or a file.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
  },
});
