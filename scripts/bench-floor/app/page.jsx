'use client';
// One client component, so the page hydrates as ours does: what the framework costs before any of our code.
import { useState } from 'react';

export default function Page() {
  const [presses, setPresses] = useState(0);
  return (
    <main>
      <h1>Framework floor</h1>
      <p>Next.js and React, hydrating one client component: the control that npm run bench:floor measures beside the dashboard.</p>
      <button type="button" onClick={() => setPresses(presses + 1)}>
        Pressed {presses}
      </button>
    </main>
  );
}
