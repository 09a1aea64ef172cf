// What the assert package expects of Node's globals, injected into the suite's
// bundle for the browser host (which has no `process`).
export const process = { env: {}, nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)) };
