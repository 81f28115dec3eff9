// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createReloadGuard, type ReloadGuardHost } from '../../src/app/data/newBuild.ts';

/** A tab: its sessionStorage (or one that throws), its history entry's state, and a count of reloads. */
function tab({ storage = 'works', online = true }: { storage?: 'works' | 'throws'; online?: boolean } = {}) {
  const items = new Map<string, string>();
  const session = {
    getItem: (key: string) => {
      if (storage === 'throws') throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (storage === 'throws') throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
  const history = {
    state: { idx: 3, key: 'abc' } as unknown,
    replaceState: vi.fn((state: unknown) => {
      history.state = state;
    }),
  };
  const reload = vi.fn();
  const host: ReloadGuardHost = { session: () => session, history, reload, online: () => online };
  return { host, history, reload, items };
}

describe('the reload into a new build', () => {
  it('reloads once, then refuses for the same build after the page comes back', () => {
    const { host, reload } = tab();
    expect(createReloadGuard('build-a', host).reload()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // The reload ran the same (old) build again: a second failure must not reload.
    const again = createReloadGuard('build-a', host);
    expect(again.used()).toBe(true);
    expect(again.reload()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('lets the new build reload once for the next deploy', () => {
    const { host, reload } = tab();
    createReloadGuard('build-a', host).reload();
    expect(createReloadGuard('build-b', host).reload()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('starts one reload however many failures call it in one page', () => {
    const { host, reload } = tab();
    const guard = createReloadGuard('build-a', host);
    expect([guard.reload(), guard.reload(), guard.reload()]).toEqual([true, true, true]);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('remembers the reload in the history entry when sessionStorage throws, so there is still no loop', () => {
    const { host, reload, history } = tab({ storage: 'throws' });
    expect(createReloadGuard('build-a', host).reload()).toBe(true);
    // The router's own fields stay.
    expect(history.state).toMatchObject({ idx: 3, key: 'abc', 'reader.reloadedFrom': 'build-a' });
    expect(createReloadGuard('build-a', host).reload()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when nothing can remember it', () => {
    const { host, reload, history } = tab({ storage: 'throws' });
    history.replaceState.mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(createReloadGuard('build-a', host).reload()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload offline, where a reload would only show the browser’s error page', () => {
    const { host, reload } = tab({ online: false });
    const guard = createReloadGuard('build-a', host);
    expect(guard.possible()).toBe(false);
    expect(guard.reload()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('data of another schema version', () => {
  const answer = (body: unknown) => vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status: 200 }));

  it('is a NewBuildError of kind data, which the error view reloads for, not a plain DataError', async () => {
    const { fetchJson, DataError } = await import('../../src/app/data/fetchJson.ts');
    const { NewBuildError } = await import('../../src/app/data/newBuild.ts');
    const { SiteSchema, SCHEMA_VERSION } = await import('../../src/schema/edition.ts');
    answer({ schemaVersion: SCHEMA_VERSION + 1, papers: [] });
    const error = await fetchJson('/data/site.json', SiteSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewBuildError);
    expect((error as InstanceType<typeof NewBuildError>).kind).toBe('data');
    expect((error as InstanceType<typeof NewBuildError>).cause).toBeInstanceOf(DataError);

    // The same version with a broken shape stays a DataError: a reload would not help.
    answer({ schemaVersion: SCHEMA_VERSION, papers: 'not a list' });
    const broken = await fetchJson('/data/site.json', SiteSchema).catch((caught: unknown) => caught);
    expect(broken).toBeInstanceOf(DataError);
    expect(broken).not.toBeInstanceOf(NewBuildError);
    vi.restoreAllMocks();
  });
});
