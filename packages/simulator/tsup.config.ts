import { libraryBuild } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(libraryBuild());
