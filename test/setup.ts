import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom does not implement scrolling; the router's scroll restoration calls it.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// Page tests talk to a real mock over HTTP and load lazy routes: give a busy CI machine time.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
