import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import { PlaygroundHost } from './playground-host';
import './playground.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('BootstatPlayground', PlaygroundHost);
  },
} satisfies Theme;
