import { defineComponent, h, onBeforeUnmount, onMounted, ref } from 'vue';

/**
 * The playground's place in a VitePress page. The playground itself is a plain TypeScript module (src/playground)
 * that owns this element's DOM; it is loaded only in the browser, never during the static render.
 */
export const PlaygroundHost = defineComponent({
  name: 'BootstatPlayground',
  setup() {
    const root = ref<HTMLElement | null>(null);
    let unmount: (() => void) | undefined;
    onMounted(async () => {
      const { mountPlayground } = await import('../../../src/playground/mount');
      if (root.value !== null) unmount = mountPlayground(root.value, window);
    });
    onBeforeUnmount(() => unmount?.());
    return () => h('div', { ref: root, class: 'bootstat-playground' }, [h('p', 'Loading the playground…')]);
  },
});
