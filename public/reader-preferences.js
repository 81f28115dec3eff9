// Applies the reader's saved theme and text size before first paint, so a dark-mode reader never sees a white
// flash. An external file rather than an inline script so a Content-Security-Policy can forbid inline scripts.
// Keep the keys and values in step with src/app/shell/preferences.ts, which takes over once the app runs.
(function () {
  var root = document.documentElement;
  // Script runs: controls that need it show, their plain-link stand-ins hide (src/app/styles.css).
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('reader.theme');
    var size = localStorage.getItem('reader.textSize');
    if (theme !== 'light' && theme !== 'dark') theme = 'system';
    if (['small', 'large', 'x-large', 'xx-large'].indexOf(size) === -1) size = 'default';
    var dark =
      theme === 'dark' ||
      (theme === 'system' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    root.setAttribute('data-theme', theme);
    root.setAttribute('data-text-size', size);
  } catch {
    // Storage disabled: the app falls back to the system theme.
  }
})();
