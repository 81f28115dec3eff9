export function SiteFooter() {
  return (
    <footer className="mx-auto mt-12 max-w-6xl border-t border-rule px-4 py-6 text-center text-sm text-muted">
      <p>报纸阅读 · 开源的日报阅读器 · 内容版权归原报社所有</p>
    </footer>
  );
}
