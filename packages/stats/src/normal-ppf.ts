export { normalPpf } from '@bootstat/rng';
