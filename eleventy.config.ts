import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';
import { hasTimeline, timelineSitePlugin } from './src/site/eleventy-plugin.ts';

// Paths come from this file's place, not the process's cwd.
const projectPath = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default function (eleventyConfig: UserConfig) {
  // Run directly (`node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts`),
  // the site is built from the content folder into _site/; `buildSite` hands over a timeline and folders.
  const direct = !hasTimeline(eleventyConfig);
  eleventyConfig.addPlugin(timelineSitePlugin, {
    loadTimeline: async () => (await import('./src/pipeline.ts')).buildTimeline(projectPath('./content')),
    loadConfig: async () => (await (await import('./src/load/read-site-config.ts')).readSiteConfig(projectPath('./content'))).config,
  });
  return {
    // Pages, layouts and data files are TypeScript templates only; the plugin registers the extension.
    templateFormats: ['11ty.ts'],
    ...(direct ? { dir: { input: projectPath('./_site-template/'), output: projectPath('./_site/') } } : {}),
  };
}
