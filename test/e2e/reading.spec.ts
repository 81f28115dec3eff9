/**
 * Issue 11, reading comfort and the reader's tools, in Chromium (what depends on the width at both sizes, tagged @layout): Chinese
 * punctuation, dashes and phrase breaks, the compact figure, the phone's first screen and the 阅读设置 control,
 * the largest text size, keys, share, 朗读 and 原文, and an axe audit with the settings and 原文 open.
 */
import type { Page } from '@playwright/test';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { articleData, articleReady, articleUrl, BRIEF_WITH_COLON, DATE, expect, FEATURE, idOf, index, LEAD, PAPER, test } from './readingSite.ts';
import { openAsShell, reloadWithoutApp } from './fixtures.ts';
import { violationLines, wcagAudit } from './axe.ts';

const body = (page: Page) => page.locator('article p.indent-\\[2em\\]');

test.describe('the phone first screen', () => {
  for (const headline of [LEAD, FEATURE]) {
    test(`shows the headline, byline and first paragraph of ${headline} without scrolling`, { tag: '@phone' }, async ({ page }, info) => {
      await page.goto(articleUrl(headline));
      await articleReady(page);
      const shot = info.outputPath(`first-screen-${info.project.name}.png`);
      await page.screenshot({ path: shot });
      await info.attach('first screen', { path: shot, contentType: 'image/png' });
      const first = await page.locator('article p.indent-\\[2em\\]').first().boundingBox();
      const byline = await page.getByLabel('作者').boundingBox();
      expect(first!.y).toBeLessThan(360);
      expect(byline!.y + byline!.height).toBeLessThan(first!.y);
    });
  }
});

test.describe('阅读设置', () => {
  test(
    'one compact control in the header: theme and five text sizes, the largest ≥ 26 px, kept after a reload',
    { tag: '@layout' },
    async ({ page }, info) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(articleUrl(FEATURE));
      await articleReady(page);
      const button = page.getByRole('banner').getByRole('button', { name: '阅读设置' });
      const box = (await button.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(40);
      await button.click();
      const panel = page.getByRole('group', { name: '阅读设置' });
      await expect(panel).toBeVisible();
      const shot = info.outputPath(`settings-open-${info.project.name}.png`);
      await page.screenshot({ path: shot });
      await info.attach('settings open', { path: shot, contentType: 'image/png' });
      // The panel stays on screen, even on a phone.
      const panelBox = (await panel.boundingBox())!;
      expect(panelBox.x).toBeGreaterThanOrEqual(0);
      expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(page.viewportSize()!.width);

      const sizes = panel.getByRole('group', { name: '字号' }).getByRole('button');
      await expect(sizes).toHaveCount(5);
      const bodyPx = () =>
        page
          .locator('article p.indent-\\[2em\\]')
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      const seen: number[] = [];
      for (const label of ['小', '标准', '大', '特大', '超大']) {
        await panel.getByRole('button', { name: label, exact: true }).click();
        seen.push(await bodyPx());
      }
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
      expect(new Set(seen).size).toBe(5);
      expect(seen.at(-1)).toBeGreaterThanOrEqual(26);

      await panel.getByRole('button', { name: '深色' }).click();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();

      await page.reload();
      await articleReady(page);
      expect(await bodyPx()).toBeGreaterThanOrEqual(26);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      const large = info.outputPath(`largest-text-dark-${info.project.name}.png`);
      await page.screenshot({ path: large });
      await info.attach('largest text, dark', { path: large, contentType: 'image/png' });
    },
  );

  test('the largest text size is applied before the app runs', async ({ page, consoleErrors }) => {
    await page.goto(articleUrl(LEAD));
    await page.evaluate(() => localStorage.setItem('reader.textSize', 'xx-large'));
    await page.route('**/assets/*.js', (route) => route.abort());
    await reloadWithoutApp(page);
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('xx-large');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(24);
    consoleErrors.length = 0; // the aborted scripts are this test's doing
  });
});

test.describe('Chinese typography', () => {
  test('half-width punctuation beside Chinese shows full-width; digits and Latin keep theirs', async ({ page }) => {
    const raw = articleData(FEATURE);
    await page.goto(articleUrl(FEATURE));
    await articleReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('夹江县：创新为“核” 跑出高质量发展“加速度”');
    expect(raw.headline).toContain('夹江县:');
    const first = raw.blocks.find((block) => block.type === 'paragraph')!;
    expect(first.type === 'paragraph' && first.text).toContain('的夹江,拥有');
    await expect(body(page).first()).toContainText('的夹江，拥有');
    await expect(body(page).first()).toContainText('批23个');
    const shown = (await page.locator('article').innerText()).replace(/\s+/g, '');
    expect(shown).not.toMatch(/[\u4e00-\u9fff][,:;?!(]|[,:;?!)][\u4e00-\u9fff]/u);
    // The title too.
    await expect(page).toHaveTitle(/^夹江县：创新为/);
  });

  test('front page summaries and brief headlines too', async ({ page }) => {
    await page.goto(`/${PAPER}/${DATE}/`);
    await expect(page.getByRole('link', { name: BRIEF_WITH_COLON.replace(':', '：') })).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/[\u4e00-\u9fff][,:;?!(]|[,:;?!)][\u4e00-\u9fff]/u);
  });

  test('a subheadline printed with its dash gets no second one; headlines break between phrases', { tag: '@layout' }, async ({ page }) => {
    const id = idOf(FEATURE);
    const file = JSON.parse(await (await page.request.get(`/data/${dataPaths.article(PAPER, DATE, id)}`)).text());
    file.article.subheadline = '——二〇二四年宣传思想文化事业展现新气象';
    file.article.blocks.unshift(
      ...[1, 2, 3].map((n) => ({
        type: 'figure',
        caption: `第${n}张图:一段两行长的图说，说明照片上的人和事，以及拍摄的时间和地点。`,
        credit: '记者 宋雪 摄',
      })),
    );
    await page.route(`**/data/${dataPaths.article(PAPER, DATE, id)}`, (route) => route.fulfill({ json: file }));
    await openAsShell(page, articleUrl(FEATURE));
    await articleReady(page);
    const hgroup = page.locator('hgroup');
    await expect(hgroup).toContainText('——二〇二四年');
    expect(await hgroup.innerText()).not.toContain('————');
    // BudouX arrives after first paint and marks the phrases: the headline then breaks only between them.
    await expect(page.locator('h1 [data-phrases]')).toBeAttached();
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).textWrap)).toBe('balance');
    expect(await page.locator('h1 [data-phrases]').evaluate((s) => getComputedStyle(s).wordBreak)).toBe('keep-all');
    // Figures without a picture: one compact line each, ≤ 2 lines of text tall.
    const figures = page.locator('article figure');
    await expect(figures).toHaveCount(4);
    const lineHeight = await body(page)
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    for (const figure of await figures.all()) {
      expect((await figure.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 4);
    }
    await expect(figures.first()).toContainText('第1张图：一段两行长的图说');
    await expect(figures.first()).toContainText('记者 宋雪 摄');
    // An article that opens with three picture-less photos still shows its first paragraph on a phone's first screen.
    if (test.info().project.name === 'phone') expect((await body(page).first().boundingBox())!.y).toBeLessThan(844 - 100);
  });
});

test.describe('keys', () => {
  const order = index.articles.map((article) => article.id);

  test('→/j next, ←/k previous, ? shows the keys; nothing fires in a field or with a modifier', async ({ page }) => {
    await page.goto(articleUrl(LEAD));
    await articleReady(page);
    const at = async (i: number) => {
      await expect(page).toHaveURL(new RegExp(`/article/${order[i]}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(index.articles[i]!.headline.replace(':', '：'));
    };
    await page.keyboard.press('ArrowRight');
    await at(1);
    await page.keyboard.press('j');
    await at(2);
    await page.keyboard.press('k');
    await at(1);
    await page.keyboard.press('ArrowLeft');
    await at(0);
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Alt+j');
    await page.waitForTimeout(200);
    await at(0);

    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'test field');
      document.querySelector('main')!.prepend(input);
    });
    await page.getByLabel('test field').fill('jk?');
    await page.getByLabel('test field').press('ArrowRight');
    await page.waitForTimeout(200);
    await at(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.locator('h1').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: '快捷键' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('下一篇');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('分享', () => {
  test('copies the article URL to the clipboard where there is no share sheet, and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
    await page.goto(articleUrl(FEATURE));
    await articleReady(page);
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${articleUrl(FEATURE)}`);
  });

  test('uses the Web Share API where it exists', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { shared: unknown[] }).shared = calls;
      Object.defineProperty(Navigator.prototype, 'share', { value: (data: unknown) => (calls.push(data), Promise.resolve()), configurable: true });
    });
    await page.goto(articleUrl(FEATURE));
    await articleReady(page);
    await page.getByRole('button', { name: '分享' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
      .toEqual([{ title: '夹江县：创新为“核” 跑出高质量发展“加速度”', url: `${baseURL}${articleUrl(FEATURE)}` }]);
  });
});

/** A speechSynthesis that speaks nothing and records what it was asked to say; the test ends each utterance. */
function stubSpeech(page: Page) {
  return page.addInitScript(() => {
    const log: { text: string; lang: string; rate: number; voice: string | null }[] = [];
    let queue: SpeechSynthesisUtterance[] = [];
    const fire = (u: SpeechSynthesisUtterance, type: 'start' | 'end') =>
      (type === 'start' ? u.onstart : u.onend)?.call(u, new Event(type) as SpeechSynthesisEvent);
    const synth = {
      speaking: false,
      paused: false,
      getVoices: () => [
        { lang: 'en-US', name: 'English' },
        { lang: 'zh-CN', name: '普通话' },
      ],
      speak(u: SpeechSynthesisUtterance) {
        log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
        queue.push(u);
        if (queue.length === 1) setTimeout(() => fire(u, 'start'), 0);
      },
      cancel() {
        queue = [];
      },
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // The real utterance only takes the system's own voice objects.
    class Utterance {
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(window, {
      spoken: log,
      endUtterance: () => {
        const u = queue.shift();
        if (u) fire(u, 'end');
        if (queue[0]) fire(queue[0], 'start');
      },
    });
  });
}

test.describe('朗读', () => {
  test('reads the article in Chinese, highlights the paragraph being read, pauses, changes speed and stops', { tag: '@layout' }, async ({ page }) => {
    await stubSpeech(page);
    const raw = articleData(LEAD);
    await page.goto(articleUrl(LEAD));
    await articleReady(page);
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; rate: number; voice: string }[] }).spoken);
    const scripts = new Set<string>();
    page.on('request', (request) => request.resourceType() === 'script' && scripts.add(request.url()));
    await page.getByRole('button', { name: '朗读' }).click();
    const bar = page.getByRole('region', { name: '朗读' });
    await expect(bar).toBeVisible();
    await expect.poll(async () => (await spoken()).length).toBe(1);
    const first = raw.blocks[0]!;
    expect((await spoken())[0]).toMatchObject({ lang: 'zh-CN', voice: '普通话', rate: 1 });
    expect((await spoken())[0]!.text.slice(0, 10)).toBe((first.type === 'paragraph' ? first.text : '').replace(/,/g, '，').slice(0, 10));
    // The engine is a chunk of its own, fetched on the press.
    expect([...scripts].some((url) => /readAloud-.*\.js$/.test(url))).toBe(true);
    await expect(body(page).first()).toHaveAttribute('aria-current', 'true');

    await page.evaluate(() => (window as unknown as { endUtterance: () => void }).endUtterance());
    await expect.poll(async () => (await spoken()).length).toBe(2);
    await expect(body(page).nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(body(page).first()).not.toHaveAttribute('aria-current', 'true');
    await expect(bar).toContainText('第2段');
    expect(
      await body(page)
        .nth(1)
        .evaluate((p) => {
          const r = p.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }),
    ).toBe(true);

    await bar.getByRole('button', { name: '暂停' }).click();
    expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(true);
    await bar.getByRole('button', { name: '继续' }).click();
    await bar.getByLabel('语速').selectOption('1.5');
    await expect.poll(async () => (await spoken()).at(-1)).toMatchObject({ rate: 1.5, text: (await spoken())[1]!.text });
    await bar.getByRole('button', { name: '停止' }).click();
    await expect(bar).toBeHidden();
    await expect(page.locator('article [aria-current="true"]')).toHaveCount(0);
  });

  test('says it cannot read aloud where the browser has speech but no voice (this Chromium, as many on Linux)', async ({ page }) => {
    await page.goto(articleUrl(LEAD));
    await articleReady(page);
    // No stub: this Chromium has speechSynthesis, no voice, and fails every utterance with synthesis-failed.
    await page.getByRole('button', { name: '朗读' }).click();
    const bar = page.getByRole('region', { name: '朗读' });
    await expect(bar.getByRole('alert')).toHaveText('这个浏览器没有可用的朗读语音，无法朗读。');
    await expect(bar).not.toContainText('正在朗读');
    await expect(bar.getByRole('button', { name: '暂停' })).toHaveCount(0);
    await bar.getByRole('button', { name: '关闭' }).click();
    await expect(bar).toBeHidden();
    await expect(page.getByRole('button', { name: '朗读' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('no 朗读 button where the browser has no speech synthesis', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await page.goto(articleUrl(LEAD));
    await articleReady(page);
    await expect(page.getByRole('button', { name: '分享' })).toBeVisible();
    await expect(page.getByRole('button', { name: '朗读' })).toHaveCount(0);
  });
});

test.describe('原文', () => {
  test('shows the raw lines with their numbers and the parser notes, fetched only when opened', async ({ page }) => {
    const raw = articleData(LEAD);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(articleUrl(LEAD));
    await articleReady(page);
    const path = `/data/${dataPaths.articleSource(PAPER, DATE, idOf(LEAD))}`;
    expect(fetched).not.toContain(path);
    await page.getByRole('button', { name: /原文/ }).click();
    const lines = page.getByRole('list', { name: '原文各行' });
    await expect(lines).toBeVisible();
    expect(fetched).toContain(path);
    const items = lines.getByRole('listitem');
    await expect(items).toHaveCount(raw.source.endLine - raw.source.startLine + 1);
    await expect(items.first()).toContainText(String(raw.source.startLine));
    // As printed: the original keeps its half-width commas.
    await expect(lines).toContainText('连日来,全市上下');
    const region = page.getByRole('region', { name: '原文' });
    await expect(region).toContainText('解析记录');
    await expect(region).toContainText(/第\d+行：接上第\d+行被分栏截断的段落/);
  });

  test('the first view carries none of 原文’s code: its view and zod come when it is opened', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(articleUrl(LEAD));
    await articleReady(page);
    // The app has taken the page over (the 朗读 button shows only then), and its first view has loaded.
    await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => /\/(SourceView|zodJitless)-/.test(path))).toEqual([]);
    await page.getByRole('button', { name: /原文/ }).click();
    await expect(page.getByRole('list', { name: '原文各行' })).toBeVisible();
    expect(scripts.some((path) => /\/(SourceView|zodJitless)-/.test(path))).toBe(true);
  });
});

// One load, audited in light and then in dark mode (the page follows the system's scheme); each failure names the scheme.
test('the article with 阅读设置 and 原文 open has no WCAG 2.1 A/AA violations, light and dark', { tag: '@layout' }, async ({ page }, info) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(articleUrl(FEATURE));
  await articleReady(page);
  await page.getByRole('button', { name: /原文/ }).click();
  await expect(page.getByRole('list', { name: '原文各行' })).toBeVisible();
  await page.getByRole('button', { name: '阅读设置' }).click();
  await expect(page.getByRole('group', { name: '阅读设置' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')), `${scheme} mode applied`)
      .toBe(scheme === 'dark');
    await expect(page.getByRole('group', { name: '阅读设置' }), `${scheme}: the settings still open`).toBeVisible();
    const shot = info.outputPath(`article-tools-${scheme}-${info.project.name}.png`);
    // At CSS pixels: a whole page at the phone's pixel ratio 3 took seconds to encode (views.spec.ts).
    await page.screenshot({ path: shot, fullPage: true, scale: 'css' });
    await info.attach(`article-tools-${scheme}`, { path: shot, contentType: 'image/png' });
    const source = info.outputPath(`source-${scheme}-${info.project.name}.png`);
    await page.getByRole('region', { name: '原文' }).screenshot({ path: source });
    await info.attach(`source-${scheme}`, { path: source, contentType: 'image/png' });
    const results = await wcagAudit(page);
    expect.soft(violationLines(results, `${scheme} mode: `)).toEqual([]);
    expect.soft(results.passes.length, `${scheme} mode: rules that passed`).toBeGreaterThan(10);
  }
});
