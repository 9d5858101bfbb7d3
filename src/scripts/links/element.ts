/** The properties the link tools set on the elements they make. */
type Props = Partial<Record<'className' | 'id' | 'type' | 'textContent' | 'value' | 'name' | 'htmlFor' | 'href' | 'popover', string> & Record<'checked' | 'selected', boolean> & Record<'tabIndex', number>>;

/** A new element with properties and children: the link tools build their controls only when used. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}
