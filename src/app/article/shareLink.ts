export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * The system's share sheet (Web Share API) where the browser has one; else the link copied to the clipboard.
 * A reader who closes the share sheet has cancelled, not failed.
 */
export async function shareLink(title: string, url: string, nav: Navigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title, url });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Not allowed here (an iframe, no user gesture left): fall through to the clipboard.
    }
  }
  try {
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
