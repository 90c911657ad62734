import type { AstroIntegration } from 'astro';

/**
 * Tell the site's code the base path it is built for (`--base`, or `base` in
 * the config), as `__DATELINE_BASE__`, which `src/site/href.ts` reads. Not
 * Vite's `import.meta.env.BASE_URL`: in server code Astro lets an environment
 * variable of that name (which some CI systems set) override it, and every
 * link would then ignore the base.
 *
 * @returns The Astro integration.
 */
export function basePathIntegration(): AstroIntegration {
  return {
    name: 'dateline:base-path',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { define: { __DATELINE_BASE__: JSON.stringify(config.base) } } });
      },
    },
  };
}
