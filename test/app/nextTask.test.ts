// @vitest-environment node
import { nextTask } from '../../src/app/ui/nextTask.ts';

/** Runs `count` microtasks one after another; resolves how many had run when `done` settled. */
async function microtasksBefore(done: Promise<void>, count: number): Promise<number> {
  let ran = 0;
  const chain = (left: number): Promise<void> => (left === 0 ? Promise.resolve() : Promise.resolve().then(() => ((ran += 1), chain(left - 1))));
  void chain(count);
  await done;
  return ran;
}

describe('nextTask', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('resolves in a task of its own: every microtask queued beside it runs first', async () => {
    expect(await microtasksBefore(nextTask(), 200)).toBe(200);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    let yielded = 0;
    (globalThis as { scheduler?: unknown }).scheduler = { yield: () => ((yielded += 1), Promise.resolve()) };
    await nextTask();
    expect(yielded).toBe(1);
  });
});
