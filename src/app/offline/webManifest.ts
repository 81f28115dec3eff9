/**
 * The web app manifest (vite-plugin-pwa writes it as <base>manifest.webmanifest): what an installed reader is
 * called, where it starts and which URLs it owns, all under the base path. Icons: public/icons/, drawn by
 * `tsx src/cli/make-icons.ts` from icon.svg.
 */
export const THEME_COLORS = { light: '#fbf9f4', dark: '#141210' } as const;

export function webManifest(base: string) {
  return {
    name: '报纸阅读',
    short_name: '报纸阅读',
    description: '日报的每一期、每一版、每一篇，可离线阅读。',
    lang: 'zh-CN',
    dir: 'ltr' as const,
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone' as const,
    background_color: THEME_COLORS.light,
    theme_color: '#a3111a',
    icons: [
      { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
