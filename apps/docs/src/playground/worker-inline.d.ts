// Vite's `?worker&inline`: the worker's bundle inlined in the importing chunk, started from a Blob URL, so a new
// worker (after a cancel) needs no request: the playground works offline once loaded.
declare module '*?worker&inline' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
