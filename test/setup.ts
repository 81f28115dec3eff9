import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy… and waitFor wait for a state and return as soon as it holds; this is only how long they may wait before
// failing. The default second is too short on a loaded machine, where a lazy view's chunk can take longer to load.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout and no scrolling: react-router's <ScrollRestoration> and the reader's focus handling call
// window.scrollTo on every navigation, and jsdom answers each call with a "Not implemented" error on the console.
// A no-op keeps that noise from burying real warnings; where a test cares about scrolling it spies on it itself.
// (Only the `app` project, always in jsdom, runs this file: test/app's Node files are the `app-node` project's.)
window.scrollTo = () => {};
