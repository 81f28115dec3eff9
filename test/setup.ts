import '@testing-library/jest-dom/vitest';

// jsdom has no layout and no scrolling: react-router's <ScrollRestoration> and the reader's focus handling call
// window.scrollTo on every navigation, and jsdom answers each call with a "Not implemented" error on the console.
// A no-op keeps that noise from burying real warnings; where a test cares about scrolling it spies on it itself.
// (test/app/offlineWorker.test.ts runs in Node: it tests the service worker, which has no window.)
if (typeof window !== 'undefined') window.scrollTo = () => {};
