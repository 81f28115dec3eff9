/**
 * A host of its own for one test, on a free port: a folder served as staticServer.ts serves dist/, that the
 * test can switch to another build (a deploy under an open page) or stop (the network gone, for real: a worker's
 * fetches then fail too, whatever the browser's offline emulation covers).
 *
 * One server per Playwright worker, handed from test to test (one test at a time has it): the host keeps each file
 * it served compressed (brotli at quality 11), which for the app's scripts costs seconds of CPU, and a service
 * worker's precache asks for every one of them. A new server for each test compressed them all again, in the
 * worker's own event loop. Stopping closes the server for real (connections refused); the next test's host listens
 * again, on a new port, so no test meets the origin of the one before.
 */
import type { AddressInfo } from 'node:net';
import { startStaticServer, type StaticServer } from '../../src/cli/staticServer.ts';

export interface TestHost {
  url: string;
  /** Serve another folder from the next request on, as a deploy replaces the files. */
  deploy: (root: string) => void;
  stop: () => Promise<void>;
}

/** The worker's server, the folder it serves now, whether it listens, and which test's host it is now. */
let shared: StaticServer | undefined;
let root = '';
let listening = false;
let generation = 0;

/** The worker's server, listening on a new port: the host of the test that asks, from now on. */
async function listen(): Promise<StaticServer> {
  generation++;
  if (!shared) {
    shared = await startStaticServer(() => root);
  } else {
    if (listening) await shared.close();
    const { server } = shared;
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', fail);
        done();
      });
    });
  }
  listening = true;
  return shared;
}

export async function testHost(folder: string): Promise<TestHost> {
  const host = await listen();
  root = folder;
  // A stop() or deploy() left over from an earlier test's host does not touch a later one's.
  const mine = generation;
  return {
    url: `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`,
    deploy: (next) => {
      if (generation === mine) root = next;
    },
    stop: async () => {
      if (generation !== mine || !listening) return;
      listening = false;
      await host.close();
    },
  };
}
