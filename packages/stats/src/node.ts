// The Node-only entry: worker threads. Everything in the main entry runs in a browser too.
export { bootstrapAsync } from './bootstrap-async';
