/**
 * A host of its own for one test, on a free port: a folder served as staticServer.ts serves dist/, that the
 * test can switch to another build (a deploy under an open page) or stop (the network gone, for real: a worker's
 * fetches then fail too, whatever the browser's offline emulation covers).
 */
import { startStaticServer } from '../../src/cli/staticServer.ts';

export interface TestHost {
  url: string;
  /** Serve another folder from the next request on, as a deploy replaces the files. */
  deploy: (root: string) => void;
  stop: () => Promise<void>;
}

export async function testHost(root: string): Promise<TestHost> {
  let current = root;
  const server = await startStaticServer(() => current);
  let stopped = false;
  return {
    url: server.url,
    deploy: (next) => {
      current = next;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.close();
    },
  };
}
