import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { GUIDE_SIDEBAR } from '../../scripts/guides';

const API_SIDEBAR = fileURLToPath(new URL('../api/typedoc-sidebar.json', import.meta.url));

/**
 * The site's base path: GitHub Pages serves a project site under /<repository>/. DOCS_BASE overrides it for a site
 * served at another path; the tests serve the built site under the same base as Pages.
 */
const base = process.env.DOCS_BASE ?? '/bootstat/';

export default defineConfig({
  title: 'bootstat',
  description:
    'Bootstrap confidence intervals for TypeScript, equal to SciPy to the last digit and deterministic to the bit.',
  base,
  outDir: '../dist',
  cleanUrls: false,
  lastUpdated: false,
  // The local search index holds every API page: one large chunk, loaded when the search box opens.
  vite: {
    build: {
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        // zod's /*#__PURE__*/ notes sit where Rollup cannot use them; it drops them, which changes nothing.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  },
  // Every page, the API reference included, is static HTML: no request leaves the site, so it reads offline.
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/guide/methods' },
      { text: 'Choosing a method', link: '/guide/choosing-a-method' },
      { text: 'API', link: '/api/' },
      { text: 'Playground', link: '/playground' },
    ],
    sidebar: {
      '/guide/': GUIDE_SIDEBAR,
      '/api/': existsSync(API_SIDEBAR) ? JSON.parse(readFileSync(API_SIDEBAR, 'utf8')) : [],
    },
    search: { provider: 'local' },
    outline: [2, 3],
    socialLinks: [{ icon: 'github', link: 'https://github.com/bootstat/bootstat' }],
  },
});
