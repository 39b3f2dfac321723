/** The Slotbook mark: a calendar page with one slot taken. Decorative. */
export function LogoMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="4" width="28" height="26" rx="7" fill="var(--brand)" />
      <rect x="9" y="1.5" width="3" height="6" rx="1.5" fill="var(--brand-active)" />
      <rect x="20" y="1.5" width="3" height="6" rx="1.5" fill="var(--brand-active)" />
      <rect x="7" y="12" width="5" height="4" rx="1.5" fill="#fff" fillOpacity="0.45" />
      <rect x="13.5" y="12" width="5" height="4" rx="1.5" fill="#fff" />
      <rect x="20" y="12" width="5" height="4" rx="1.5" fill="#fff" fillOpacity="0.45" />
      <rect x="7" y="19.5" width="5" height="4" rx="1.5" fill="#fff" fillOpacity="0.45" />
      <rect x="13.5" y="19.5" width="5" height="4" rx="1.5" fill="#fff" fillOpacity="0.45" />
      <rect x="20" y="19.5" width="5" height="4" rx="1.5" fill="#fff" fillOpacity="0.45" />
    </svg>
  );
}
