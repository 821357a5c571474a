// The Node-only entry: worker threads. Everything in the main entry runs in a browser too.
export { type BootstrapAsyncOptions, bootstrapAsync } from './bootstrap-async';
export { type BootstrapPool, type BootstrapPoolOptions, createBootstrapPool } from './bootstrap-pool';
