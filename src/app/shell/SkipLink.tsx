/** The first tab stop: jumps past the masthead and settings to the page's main landmark. */
export function SkipLink() {
  return (
    <a
      href="#main"
      onClick={(event) => {
        // Move focus ourselves: a bare #main would also be read by the router as a navigation.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
      className="sr-only z-50 rounded bg-accent px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      跳到正文
    </a>
  );
}
