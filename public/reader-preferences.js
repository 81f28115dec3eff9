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

// A prerendered page (src/cli/prerender.ts) is painted from its HTML, then the app takes it over: its script
// is preloaded (<link rel="modulepreload" data-hydrate>) and run here only after the first paint, so that on a
// slow phone the page shows before the script's work starts. (A page the app draws itself loads it at once.)
document.addEventListener('DOMContentLoaded', function () {
  var links = document.querySelectorAll('link[data-hydrate]');
  if (links.length === 0) return;
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    for (var i = 0; i < links.length; i++) import(links[i].href);
  };
  // After the next frame is painted; a tab opened in the background paints no frame, so not later than 1 s.
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
  setTimeout(start, 1000);
});
