import type { Metadata, Viewport } from 'next';
import './globals.css';
import { SiteHeader } from '@/components/site-header';
import { RouteFocus } from '@/components/ui/route-focus';

export const metadata: Metadata = {
  title: { default: 'Open Door', template: '%s · Open Door' },
  description:
    'Sourced quizzes and a decision-scenario game that teach why Ukraine’s path into NATO is blocked, as of October 2024.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-panel focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <RouteFocus />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
