/// <reference types="vite/client" />
// The reference above lets test programs (which do not load vite/client globally) type-check import.meta.env.

import { DATA_FOLDER } from '../../schema/dataPaths.ts';

/** Generated data lives under public/data, served next to the app whatever base path it was built for. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${DATA_FOLDER}${path}`;
}

/** react-router wants the base path without its trailing slash; `/` stays `/`. */
export function routerBasename(): string {
  const base = import.meta.env.BASE_URL;
  return base.length > 1 ? base.replace(/\/$/, '') : '/';
}
