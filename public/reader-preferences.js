// Applies the reader's saved theme, text size and page mode before first paint, so a dark-mode reader never sees a white
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
    var dark = theme === 'dark' || (theme === 'system' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    root.setAttribute('data-theme', theme);
    root.setAttribute('data-text-size', size);
    // 文字 / 版面 on a page view (src/app/printed-page/pageMode.ts).
    if (localStorage.getItem('reader.pageMode') === 'text') root.setAttribute('data-page-mode', 'text');
  } catch {
    // Storage disabled: the app falls back to the system theme.
  }
})();

// A prerendered page (src/cli/prerender.ts) paints from its HTML alone; the app then takes it over. Its plan
// (<meta name="reader-after-paint">) names the app's scripts and the data files the page shares with others, asked
// for here only after the first frame, so nothing competes with the page and its CSS while it paints. (A page the
// app draws itself has no plan and loads the app at once.)
document.addEventListener('DOMContentLoaded', function () {
  var meta = document.querySelector('meta[name="reader-after-paint"]');
  if (!meta) return;
  var plan;
  try {
    plan = JSON.parse(meta.getAttribute('content'));
  } catch {
    return;
  }
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    plan.data.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    plan.scripts.forEach(function (src) {
      import(src);
    });
  };
  // After the first contentful paint. A tab opened in the background paints nothing, so it starts at once; a
  // browser without paint timing waits two frames; and nothing waits more than 5 s.
  if (document.visibilityState === 'hidden') return start();
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') !== -1) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    });
  }
  setTimeout(start, 5000);
});
