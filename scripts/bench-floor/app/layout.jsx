// The floor's control page (scripts/bench-floor.mjs): Next's App Router and React with nothing of ours.
export const metadata = { title: 'Framework floor' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
