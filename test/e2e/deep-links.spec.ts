/**
 * Every kind of URL loaded directly (a shared link, a bookmark) and reloaded, as a static host serves it: the
 * right view, the right h1, the same URL after the reload. Old-style URLs redirect on the one-paper seed site.
 */
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, expect, FEATURE, FRONT, LEAD, PAPER, pageReady, site2ArticleUrl, SITE2, SJWB, SLUG, test } from './fixtures.ts';

interface DeepLink {
  kind: string;
  url: () => string;
  /** Where the app lands: the URL itself unless it redirects. */
  lands?: () => string;
  heading: string | RegExp;
  /** Something on the page only that view has. */
  shows: string;
}

const SEED: DeepLink[] = [
  { kind: 'home (one paper: its latest edition)', url: () => '/', heading: PAPER, shows: LEAD.headline },
  { kind: 'paper', url: () => urls.paper(SLUG), heading: PAPER, shows: LEAD.headline },
  { kind: 'paper without the slash', url: () => `/${SLUG}`, heading: PAPER, shows: LEAD.headline },
  { kind: 'edition', url: () => FRONT, heading: PAPER, shows: '要目' },
  { kind: 'edition without the slash', url: () => `/${SLUG}/${DATE}`, heading: PAPER, shows: '要目' },
  { kind: 'page', url: () => urls.page(SLUG, DATE, 2), heading: /^第2版/, shows: FEATURE.series },
  { kind: 'section', url: () => urls.section(SLUG, DATE, 'education'), heading: PAPER, shows: '话题「教育」，共1篇' },
  { kind: 'article', url: () => articleUrl(FEATURE.headline), heading: FEATURE.headline, shows: FEATURE.caption },
  { kind: 'old edition URL', url: () => `/${DATE}`, lands: () => FRONT, heading: PAPER, shows: '要目' },
  {
    kind: 'old article URL',
    url: () => `/${DATE}/article/${articleUrl(LEAD.headline).split('/').pop()}`,
    lands: () => articleUrl(LEAD.headline),
    heading: LEAD.headline,
    shows: LEAD.kicker,
  },
  {
    kind: 'old section link',
    url: () => `/${DATE}?section=health`,
    lands: () => urls.section(SLUG, DATE, 'health'),
    heading: PAPER,
    shows: '话题「健康」，共1篇',
  },
];

const TWO_PAPERS: DeepLink[] = [
  { kind: 'home (two papers: the list)', url: () => '/', heading: '报纸阅读', shows: SJWB.name },
  { kind: 'second paper', url: () => urls.paper('sjwb'), heading: SJWB.name, shows: SJWB.page1[0] },
  { kind: 'older edition', url: () => urls.edition('lsrb', '2023-12-30'), heading: PAPER, shows: '2023年12月30日 星期六' },
  { kind: 'older page', url: () => urls.page('lsrb', '2024-01-02', 2), heading: /^第2版 产经/, shows: FEATURE.series },
  { kind: 'older article', url: () => site2ArticleUrl('lsrb', '2024-07-04', LEAD.headline), heading: LEAD.headline, shows: LEAD.kicker },
  { kind: 'second paper’s page', url: () => urls.page('sjwb', '2024-07-05', 2), heading: /^第2版 人文/, shows: SJWB.page2[0] },
];

function check(links: DeepLink[]) {
  for (const link of links) {
    test(`${link.kind}: ${link.url()}`, async ({ page }) => {
      const landing = link.lands?.() ?? link.url();
      await page.goto(link.url());
      await pageReady(page, link.heading);
      await expect(page).toHaveURL(landing);
      await expect(page.getByText(link.shows, { exact: true }).first()).toBeVisible();
      await page.reload();
      await pageReady(page, link.heading);
      await expect(page).toHaveURL(landing);
      await expect(page.getByText(link.shows, { exact: true }).first()).toBeVisible();
    });
  }
}

test.describe('deep links and reloads on the seed site', () => check(SEED));

test.describe('deep links and reloads on the two-paper site', () => {
  test.use({ baseURL: SITE2 });
  check(TWO_PAPERS);
});
