// ICU loads its date-time data on the first Intl.DateTimeFormat a page builds: 15–25 ms on a
// desktop core, four times that on a phone, in one piece that nothing can split. In the booking
// widget that first formatter is built while React hydrates it, so the cost lands in the middle
// of hydration, in front of the visitor's first tap. This inline script builds one just after
// the first paint instead, while the browser is still waiting for the framework's scripts (on a
// phone the main thread is idle then). Inline scripts are allowed by the CSP (script-src
// 'unsafe-inline', which Next's own bootstrap needs as well).
const WARMUP = "requestAnimationFrame(function(){setTimeout(function(){try{Intl.DateTimeFormat().resolvedOptions()}catch(e){}},0)})";

/** Warms ICU's date-time data between the first paint and hydration (docs/decisions/013). */
export function IntlWarmup() {
  return <script dangerouslySetInnerHTML={{ __html: WARMUP }} />;
}
