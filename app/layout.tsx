import type { Metadata, Viewport } from "next";
import { Providers } from "@/components/providers";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Slotbook", template: "%s · Slotbook" },
  description: "Book sessions with mentors, coaches, tutors and therapists, in your own time zone.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#131826" },
  ],
};

// Pages render their content only: the <main> landmark lives here, as the
// target of the skip link.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main id="main" className="site-main" tabIndex={-1}>
            <div className="container">{children}</div>
          </main>
          <footer className="site-footer">
            <div className="container">
              <p>Slotbook · open-source booking for mentors, coaches, tutors and therapists</p>
              <p>Times are always shown in your own time zone.</p>
            </div>
          </footer>
        </Providers>
      </body>
    </html>
  );
}
