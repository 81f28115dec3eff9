import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { articleSourceFiles } from '../../src/ingest/articleSources.ts';
import { briefs, feature, latestEdition, LSRB, shown, siteOf } from './fixtures.ts';
import { fetchedPaths, renderRoute, serveSite } from './renderRoute.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const url = (id: string) => `/lsrb/2024-07-05/article/${id}`;
/** The article's heading, once its effects (the title, the keys) have run. */
async function h1(name: string) {
  const heading = await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => expect(document.title).toBe(`${name} - 乐山日报`));
  return heading;
}
const RAW = Array.from({ length: 12 }, (_, i) => (i === 2 ? '作为国家“三线”建设重镇的夹江,拥有' : `原文第${i + 1}行`));

describe('article keys', () => {
  it('→ and j open the next article, ← and k the previous', async () => {
    const { router } = renderRoute(url(briefs[1]!.id));
    await h1(shown(briefs[1]!.headline));
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await h1(shown(briefs[2]!.headline));
    fireEvent.keyDown(document.body, { key: 'j' });
    await h1(shown(briefs[3]!.headline));
    fireEvent.keyDown(document.body, { key: 'k' });
    await h1(shown(briefs[2]!.headline));
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    await h1(shown(briefs[1]!.headline));
    expect(router.state.location.pathname).toBe(url(briefs[1]!.id));
  });

  it('does nothing with a modifier held or while typing in a field', async () => {
    const { router } = renderRoute(url(briefs[1]!.id));
    await h1(shown(briefs[1]!.headline));
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey', 'shiftKey']) fireEvent.keyDown(document.body, { key: 'ArrowRight', [modifier]: true });
    const input = document.body.appendChild(document.createElement('input'));
    const area = document.body.appendChild(document.createElement('textarea'));
    const editable = document.body.appendChild(document.createElement('div'));
    editable.setAttribute('contenteditable', 'true');
    for (const field of [input, area, editable]) {
      fireEvent.keyDown(field, { key: 'j' });
      fireEvent.keyDown(field, { key: 'ArrowRight' });
      fireEvent.keyDown(field, { key: '?' });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.state.location.pathname).toBe(url(briefs[1]!.id));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    [input, area, editable].forEach((field) => field.remove());
  });

  it('? shows the keys in a dialog', async () => {
    renderRoute(url(feature.id));
    await h1(shown(feature.headline));
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    const dialog = await screen.findByRole('dialog', { name: '快捷键' });
    expect(dialog).toHaveTextContent('上一篇');
    expect(dialog).toHaveTextContent('下一篇');
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('分享', () => {
  it('copies the article URL when there is no share sheet, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    renderRoute(url(feature.id));
    await userEvent.click(await screen.findByRole('button', { name: '分享' }));
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000${url(feature.id)}`);
    // The status region is there from the start, empty (a live region must exist before it speaks): wait for its words.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('链接已复制'));
  });

  it('uses the share sheet where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    renderRoute(url(feature.id));
    await userEvent.click(await screen.findByRole('button', { name: '分享' }));
    expect(share).toHaveBeenCalledWith({ title: shown(feature.headline), url: `http://localhost:3000${url(feature.id)}` });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('原文', () => {
  it('fetches the raw lines only when opened, and shows them numbered with the parser notes', async () => {
    const edition = {
      ...latestEdition,
      warnings: [{ page: 2, file: 'p.txt', line: 3, message: 'joined to the paragraph cut at line 2 (rule: cut-paragraph)' }],
    };
    const files = siteOf({ ...LSRB, editions: [...LSRB.editions.slice(0, -1), edition] });
    for (const [path, value] of articleSourceFiles(edition, () => RAW)) files.set(path, value);
    const { fetchMock } = renderRoute(url(feature.id), serveSite(files));
    const toggle = await screen.findByRole('button', { name: /原文/ });
    expect(fetchedPaths(fetchMock).some((path) => path.includes('/source/'))).toBe(false);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const lines = await screen.findByRole('list', { name: '原文各行' });
    expect(fetchedPaths(fetchMock)).toContain(`/data/lsrb/2024-07-05/source/${feature.id}.json`);
    const items = within(lines).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    // As printed: the half-width comma stays in the original text.
    expect(items[2]).toHaveTextContent('3作为国家“三线”建设重镇的夹江,拥有');
    expect(screen.getByRole('region', { name: '原文' })).toHaveTextContent('第3行：接上第2行被分栏截断的段落（cut-paragraph）');
  });
});

describe('朗读', () => {
  it('has no button where the browser cannot speak', async () => {
    renderRoute(url(feature.id));
    await h1(shown(feature.headline));
    expect(screen.getByRole('button', { name: '分享' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '朗读' })).not.toBeInTheDocument();
  });

  it('says it cannot read aloud when the browser fails the utterance (no voice), and closes', async () => {
    class Utterance {
      lang = '';
      rate = 1;
      voice = null;
      onerror: ((event: { error: string }) => void) | null = null;
      constructor(readonly text: string) {}
    }
    const synth = {
      getVoices: () => [],
      speak: (u: Utterance) => setTimeout(() => u.onerror?.({ error: 'synthesis-failed' }), 0),
      cancel: vi.fn(),
      pause: vi.fn(),
      resume: vi.fn(),
    };
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    renderRoute(url(feature.id));
    await userEvent.click(await screen.findByRole('button', { name: '朗读' }));
    const player = await screen.findByRole('region', { name: '朗读' });
    expect(await within(player).findByRole('alert')).toHaveTextContent('这个浏览器没有可用的朗读语音，无法朗读。');
    expect(within(player).queryByText(/正在朗读/)).not.toBeInTheDocument();
    await userEvent.click(within(player).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('region', { name: '朗读' })).not.toBeInTheDocument();
  });

  it('reads the article block by block in Chinese and marks the block being read', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    class Utterance {
      lang = '';
      rate = 1;
      voice = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const synth = {
      getVoices: () => [
        { lang: 'en-US', name: 'en' },
        { lang: 'zh-CN', name: '中文' },
      ],
      speak: (u: SpeechSynthesisUtterance) => {
        spoken.push(u);
        setTimeout(() => u.onstart?.(new Event('start') as SpeechSynthesisEvent), 0);
      },
      cancel: vi.fn(),
      pause: vi.fn(),
      resume: vi.fn(),
    };
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    renderRoute(url(feature.id));
    await userEvent.click(await screen.findByRole('button', { name: '朗读' }));
    const player = await screen.findByRole('region', { name: '朗读' });
    await waitFor(() => expect(spoken).toHaveLength(1));
    expect(spoken[0]).toMatchObject({
      text: '作为国家“三线”建设重镇的夹江，拥有以“核、瓷、纸、茶”为代表的县域特色产业集群。',
      lang: 'zh-CN',
      voice: { name: '中文' },
    });
    await waitFor(() => expect(screen.getByText(/作为国家/)).toHaveAttribute('aria-current', 'true'));
    spoken[0]!.onend?.(new Event('end') as SpeechSynthesisEvent);
    await waitFor(() => expect(spoken).toHaveLength(2));
    expect(spoken[1]!.text).toBe('厚植沃土 中国堆谷成链成群');
    await userEvent.click(within(player).getByRole('button', { name: '暂停' }));
    expect(synth.pause).toHaveBeenCalled();
    await userEvent.selectOptions(within(player).getByRole('combobox', { name: '语速' }), '1.5');
    await waitFor(() => expect(spoken.at(-1)).toMatchObject({ text: '厚植沃土 中国堆谷成链成群', rate: 1.5 }));
    await userEvent.click(within(player).getByRole('button', { name: '停止' }));
    expect(screen.queryByRole('region', { name: '朗读' })).not.toBeInTheDocument();
    expect(document.querySelector('[aria-current="true"][data-block]')).toBeNull();
  });
});
