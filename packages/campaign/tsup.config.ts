import { libraryPreset } from '@bootstat/build/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(libraryPreset());
