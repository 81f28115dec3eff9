import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy… and waitFor wait for a state and return as soon as it holds; this is only how long they may wait before
// failing. The default second is too short on a loaded machine, where a lazy view's chunk can take longer to load.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout and no scrolling: react-router's <ScrollRestoration> and the reader's focus handling call
// window.scrollTo on every navigation, and jsdom answers each call with a "Not implemented" error on the console.
// A no-op keeps that noise from burying real warnings; where a test cares about scrolling it spies on it itself.
// (test/app/offlineWorker.test.ts runs in Node: it tests the service worker, which has no window.)
if (typeof window !== 'undefined') window.scrollTo = () => {};
