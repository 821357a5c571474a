import { run } from './main';

// The entry GitHub runs (dist/index.js); everything else is in main.ts.
void run();
