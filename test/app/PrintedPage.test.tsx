import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import type { CSSProperties } from 'react';
import { labelPlace } from '../../src/app/printed-page/StoryLabel.tsx';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { DATE, DEMO, LSRB, PRINTED, shown, siteOf } from './fixtures.ts';
import { renderRoute, serveSite } from './renderRoute.tsx';

const serveBoth = serveSite(siteOf(LSRB, DEMO));
const PAGE_1 = `/${PRINTED}/${DATE}/page/1`;
const printedEdition = DEMO.editions[0]!;
const headline = (id: string) => shown(printedEdition.articles.find((a) => a.id === id)!.headline);
const areaLinks = () => [...document.querySelectorAll<SVGAElement>('a.story-area')];

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  delete document.documentElement.dataset.pageMode;
});

describe('a printed page (版面)', () => {
  it('shows the page image with its files as a srcset and its box reserved', async () => {
    renderRoute(PAGE_1, serveBoth);
    const image = await screen.findByRole('img', { name: '第1版 要闻版面图' });
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '2240');
    expect(image.getAttribute('srcset')).toBe(
      [400, 800, 1600].map((w) => `/data/${dataPaths.pageImage(PRINTED, DATE, 1, w, 'webp')} ${w}w`).join(', '),
    );
    expect(image).toHaveAttribute('sizes');
  });

  it('lays every placed story over it as a link named by its headline, in reading order', async () => {
    renderRoute(PAGE_1, serveBoth);
    await screen.findByRole('img', { name: /版面图/ });
    const links = areaLinks();
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([headline('printed-lead'), headline('printed-second')]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/${PRINTED}/${DATE}/article/printed-lead`,
      `/${PRINTED}/${DATE}/article/printed-second`,
    ]);
    // One rectangle per piece of the story's area, in page fractions.
    const rects = [...links[0]!.querySelectorAll('rect')].map((rect) => ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name))));
    expect(rects).toEqual([
      [0.05, 0.1, 0.9, 0.1],
      [0.05, 0.2, 0.45, 0.3],
    ]);
    // The story without an area is still in the list under the image.
    expect(screen.getByRole('heading', { name: headline('printed-unplaced') })).toBeInTheDocument();
  });

  it('outlines the story the URL names (#id, from 在版面中)', async () => {
    renderRoute(`${PAGE_1}#printed-second`, serveBoth);
    await screen.findByRole('img', { name: /版面图/ });
    const [lead, second] = areaLinks();
    expect(second).toHaveAttribute('data-selected', 'true');
    expect(lead).not.toHaveAttribute('data-selected');
  });

  it('a touch first outlines a story, a second touch opens it', async () => {
    const { router } = renderRoute(PAGE_1, serveBoth);
    await screen.findByRole('img', { name: /版面图/ });
    const second = areaLinks()[1]!;
    fireEvent.pointerDown(second, { pointerType: 'touch' });
    fireEvent.click(second);
    expect(router.state.location.pathname).toBe(PAGE_1);
    expect(second).toHaveAttribute('data-selected', 'true');
    expect(screen.getByText('再点一下阅读全文').parentElement).toHaveTextContent(headline('printed-second'));
    fireEvent.pointerDown(second, { pointerType: 'touch' });
    fireEvent.click(second);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${PRINTED}/${DATE}/article/printed-second`), { timeout: 5000 });
  });

  it('pointing at or focusing a story shows its headline on the page', async () => {
    renderRoute(PAGE_1, serveBoth);
    await screen.findByRole('img', { name: /版面图/ });
    const [lead, second] = areaLinks();
    await userEvent.hover(lead!);
    expect(screen.getByText(headline('printed-lead'), { selector: 'p[aria-hidden]' })).toBeInTheDocument();
    await userEvent.unhover(lead!);
    expect(screen.queryByText(headline('printed-lead'), { selector: 'p[aria-hidden]' })).not.toBeInTheDocument();
    second!.focus();
    expect(await screen.findByText(headline('printed-second'), { selector: 'p[aria-hidden]' })).toBeInTheDocument();
  });

  it('a mouse click opens the story at once', async () => {
    const { router } = renderRoute(PAGE_1, serveBoth);
    await screen.findByRole('img', { name: /版面图/ });
    fireEvent.click(areaLinks()[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${PRINTED}/${DATE}/article/printed-lead`), { timeout: 5000 });
  });

  it('offers the page’s PDF with its size', async () => {
    renderRoute(PAGE_1, serveBoth);
    const pdf = await screen.findByRole('link', { name: '下载本版 PDF（1.2 MB）' });
    expect(pdf).toHaveAttribute('href', `/data/${dataPaths.pagePdf(PRINTED, DATE, 1)}`);
    expect(pdf).toHaveAttribute('download');
  });

  it('文字 / 版面: the choice goes on <html> and is remembered', async () => {
    renderRoute(PAGE_1, serveBoth);
    const group = within(await screen.findByRole('group', { name: '显示方式' }));
    expect(group.getByRole('button', { name: '版面' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(group.getByRole('button', { name: '文字' }));
    expect(group.getByRole('button', { name: '文字' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.pageMode).toBe('text');
    expect(localStorage.getItem('reader.pageMode')).toBe('text');
    await userEvent.click(group.getByRole('button', { name: '版面' }));
    expect(localStorage.getItem('reader.pageMode')).toBe('page');
  });

  it('a page without an image stays a list: no page image, no switch, no PDF', async () => {
    renderRoute(`/${PRINTED}/${DATE}/page/2`, serveBoth);
    await screen.findByRole('heading', { level: 1, name: /第2版/ });
    expect(screen.queryByRole('img', { name: /版面图/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '显示方式' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /下载本版/ })).not.toBeInTheDocument();
  });
});

describe('本版文章, beside the page on a wide screen', () => {
  const column = async () => within(await screen.findByRole('region', { name: '本版文章' }));
  /** The column's headline of the story it describes: a paragraph, its text broken between phrases (PhraseText) once known. */
  const describing = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

  it('lists the page’s stories in printed order, placed or not, and describes the lead before any is pointed at', async () => {
    renderRoute(PAGE_1, serveBoth);
    const aside = await column();
    const links = within(aside.getByRole('list')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['printed-lead', 'printed-second', 'printed-unplaced'].map(headline));
    expect(links[1]).toHaveAttribute('href', `/${PRINTED}/${DATE}/article/printed-second`);
    expect(aside.getByText(describing(headline('printed-lead')))).toBeInTheDocument();
  });

  it('pointing at a story of the list outlines it on the page and describes it; leaving keeps it described', async () => {
    renderRoute(PAGE_1, serveBoth);
    const aside = await column();
    const [, second] = areaLinks();
    expect(second).not.toHaveAttribute('data-active');
    const item = aside.getByRole('link', { name: headline('printed-second') });
    await userEvent.hover(item);
    expect(second).toHaveAttribute('data-active', 'true');
    expect(item).toHaveAttribute('data-shown', 'true');
    expect(aside.getByText(describing(headline('printed-second')))).toBeInTheDocument();
    await userEvent.unhover(item);
    expect(second).not.toHaveAttribute('data-active');
    expect(aside.getByText(describing(headline('printed-second')))).toBeInTheDocument();
  });

  it('describes the story pointed at on the page itself', async () => {
    renderRoute(PAGE_1, serveBoth);
    const aside = await column();
    areaLinks()[1]!.focus();
    await waitFor(() => expect(aside.getByRole('link', { name: headline('printed-second') })).toHaveAttribute('data-shown', 'true'));
  });

  it('is not on a page without an image', async () => {
    renderRoute(`/${PRINTED}/${DATE}/page/2`, serveBoth);
    await screen.findByRole('heading', { level: 1, name: /第2版/ });
    expect(screen.queryByRole('region', { name: '本版文章' })).not.toBeInTheDocument();
  });
});

describe('the headline over a story (labelPlace)', () => {
  const LABEL = 0.03;

  it.each([
    ['a story on the left half hangs from its left edge', { x: 0.05, y: 0.1, w: 0.3, h: 0.2 }, { left: '5%', maxWidth: 'min(28rem, 95%)' }],
    ['a story across the middle, from its left edge too', { x: 0.05, y: 0.55, w: 0.9, h: 0.2 }, { left: '5%', maxWidth: 'min(28rem, 95%)' }],
    ['a story on the right half hangs from its right edge', { x: 0.7, y: 0.08, w: 0.25, h: 0.4 }, { right: '5%', maxWidth: 'min(28rem, 95%)' }],
    ['a story in the far right column', { x: 0.85, y: 0.5, w: 0.15, h: 0.2 }, { right: '0%', maxWidth: 'min(28rem, 100%)' }],
  ])('across: %s', (_, area, place) => {
    expect(labelPlace(area, { top: 0, bottom: 1 }, LABEL)).toMatchObject(place);
  });

  it.each([
    ['above the story, with room there on screen', { y: 0.3, h: 0.2 }, { top: 0, bottom: 1 }, { bottom: '70%' }],
    ['under it at the page’s top', { y: 0.01, h: 0.2 }, { top: 0, bottom: 1 }, { top: '21%' }],
    ['under it when the screen’s top cuts the room above', { y: 0.3, h: 0.2 }, { top: 0.28, bottom: 0.9 }, { top: '50%' }],
    ['above it when only its top is on screen, by the screen’s bottom', { y: 0.48, h: 0.3 }, { top: 0.1, bottom: 0.5 }, { bottom: '52%' }],
    ['over it, at the screen’s top, when it is taller than the screen', { y: 0.1, h: 0.6 }, { top: 0.2, bottom: 0.5 }, { top: '20%' }],
    ['at the screen’s bottom when the story starts just under it', { y: 0.51, h: 0.3 }, { top: 0.1, bottom: 0.5 }, { top: '47%' }],
    ['as on a whole page when the page is off screen', { y: 0.3, h: 0.2 }, { top: 1.2, bottom: 1.6 }, { bottom: '70%' }],
    ['as on a whole page when the screen is shorter than the label', { y: 0.3, h: 0.2 }, { top: 0.4, bottom: 0.41 }, { bottom: '70%' }],
  ])('up and down: %s', (_, { y, h }, visible, place) => {
    const result = labelPlace({ x: 0.05, y, w: 0.3, h }, visible, LABEL);
    expect({ top: result.top, bottom: result.bottom }).toEqual({ top: undefined, bottom: undefined, ...place });
  });

  /** Thousandths, evenly: fast-check's doubles lean to the ends of their range, and the cases here are between. */
  const between = (min: number, max: number) => fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((n) => n / 1000);
  const area = fc
    .tuple(between(0, 1), between(0, 1))
    .chain(([x, y]) => fc.record({ x: fc.constant(x), y: fc.constant(y), w: between(0, 1 - x), h: between(0, 1 - y) }));
  /** The window over the page, in fractions of it: anywhere, even wholly above or below it. */
  const visible = fc.tuple(between(-1, 2), between(0, 2)).map(([top, length]) => ({ top, bottom: top + length }));
  const height = between(0, 0.2);
  /** The label's top and bottom, in fractions of the page, from where labelPlace puts it. */
  const spanOf = (place: CSSProperties, tall: number) => {
    const top = place.top !== undefined ? parseFloat(String(place.top)) / 100 : 1 - parseFloat(String(place.bottom)) / 100 - tall;
    return { top, bottom: top + tall };
  };
  const CLOSE = 1e-4; // percent() keeps three decimals of a percent

  it('never reaches past any side of the page', () => {
    fc.assert(
      fc.property(area, visible, height, (rect, view, tall) => {
        const place = labelPlace(rect, view, tall);
        const edge = parseFloat(String(place.left ?? place.right));
        const room = parseFloat(/, ([\d.]+)%\)$/.exec(String(place.maxWidth))![1]!);
        // The label starts at its edge and may run `room` towards the other side: it ends inside the page.
        expect(edge + room).toBeCloseTo(100, 2);
        expect(edge).toBeGreaterThanOrEqual(0);
        const { top, bottom } = spanOf(place, tall);
        expect(top).toBeGreaterThanOrEqual(-CLOSE);
        expect(bottom).toBeLessThanOrEqual(1 + CLOSE);
      }),
    );
  });

  it('stays inside the part of the page on screen when the story is at least partly on it', () => {
    // The window starts above the story's bottom and ends below its top; tall enough for the label.
    const partlyShown = fc
      .tuple(area, height)
      .chain(([rect, tall]) => fc.tuple(fc.constant(rect), between(rect.y - 1, rect.y + rect.h - 0.001), between(0.001, 1.5), fc.constant(tall)))
      .map(([rect, top, length, tall]) => [rect, { top, bottom: Math.max(top, rect.y) + length }, tall] as const)
      .filter(([, view, tall]) => Math.min(1, view.bottom) - Math.max(0, view.top) >= tall);
    fc.assert(
      fc.property(partlyShown, ([rect, view, tall]) => {
        const { top, bottom } = spanOf(labelPlace(rect, view, tall), tall);
        expect(top).toBeGreaterThanOrEqual(Math.max(0, view.top) - CLOSE);
        expect(bottom).toBeLessThanOrEqual(Math.min(1, view.bottom) + CLOSE);
      }),
    );
  });
});

describe('版面导航', () => {
  it('shows every page of the edition on a page view, the current one marked', async () => {
    renderRoute(`/${PRINTED}/${DATE}/page/2`, serveBoth);
    const nav = within(await screen.findByRole('navigation', { name: '版面导航' }));
    const links = nav.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['第1版 要闻', '第2版']);
    expect(links[1]).toHaveAttribute('aria-current', 'page');
    expect(links[0]).not.toHaveAttribute('aria-current');
    const thumbnail = links[0]!.querySelector('img')!;
    expect(thumbnail).toHaveAttribute('loading', 'lazy');
    expect(thumbnail).toHaveAttribute('alt', '');
    expect(links[1]!.querySelector('img')).toBeNull();
  });

  it('is on the front page of an edition with page images', async () => {
    renderRoute(`/${PRINTED}/${DATE}/`, serveBoth);
    const nav = within(await screen.findByRole('navigation', { name: '版面导航' }));
    expect(nav.getByRole('link', { name: '第1版 要闻' })).toHaveAttribute('href', PAGE_1);
  });

  it('is not on a text edition, which keeps its lists', async () => {
    renderRoute(`/lsrb/${DATE}/page/2`);
    await screen.findByRole('heading', { level: 1, name: /第2版 产经/ });
    expect(screen.queryByRole('navigation', { name: '版面导航' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '版面' })).toBeInTheDocument();
  });
});

describe('an article from a printed page', () => {
  const ARTICLE = `/${PRINTED}/${DATE}/article/printed-lead`;

  it('shows its photos with their captions as alt text, the first loaded at once, the rest lazily', async () => {
    renderRoute(ARTICLE, serveBoth);
    const photo = await screen.findByRole('img', { name: '产业园区一角' });
    expect(photo).toHaveAttribute('loading', 'eager');
    expect(photo).toHaveAttribute('width', '1200');
    expect(photo).toHaveAttribute('height', '800');
    expect(photo.getAttribute('srcset')).toContain(`/data/${dataPaths.photo(PRINTED, DATE, 1, 1, 1200, 'webp')} 1200w`);
    expect(photo.closest('figure')!.querySelector('figcaption')).toHaveTextContent('产业园区一角记者 张清 摄');
    const figures = screen.getAllByRole('figure');
    const second = figures.find((figure) => figure !== photo.closest('figure'))!.querySelector('img')!;
    // No caption: the photo is decorative to a screen reader, its button still says what it does.
    expect(second).toHaveAttribute('alt', '');
    expect(second).toHaveAttribute('loading', 'lazy');
  });

  it('opens a photo larger in a dialog, and closes it', async () => {
    renderRoute(ARTICLE, serveBoth);
    await userEvent.click(await screen.findByRole('button', { name: /产业园区一角.*查看大图/ }));
    const dialog = await screen.findByRole('dialog', { name: '图片：产业园区一角' });
    expect(within(dialog).getByRole('img', { name: '产业园区一角' })).toHaveAttribute('sizes', '100vw');
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('在版面中 shows the page with the article’s area, linking to the page with it outlined', async () => {
    renderRoute(ARTICLE, serveBoth);
    const section = within(await screen.findByRole('region', { name: '在版面中' }));
    const link = section.getByRole('link', { name: '在第1版 要闻上看本文' });
    expect(link).toHaveAttribute('href', `${PAGE_1}#printed-lead`);
    expect(link.querySelectorAll('rect')).toHaveLength(2);
  });

  it('a text edition’s article has no 在版面中 and its figures stay captions', async () => {
    renderRoute(`/lsrb/${DATE}/article/jia-jiang-xian`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: '在版面中' })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: '原报配图（本站未收录图片）' })).toBeInTheDocument();
  });
});
