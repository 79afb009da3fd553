// Name suggestions under a text box (the ARIA combobox pattern on a search box): typing lists up
// to eight systems, arrow keys move through them, Enter or a click chooses one. Enter with no
// highlighted suggestion chooses the best match, so "Genesis Prime" + Enter selects it at once.
import { el } from './dom.js';
import type { NameIndex } from './search-rank.js';

export interface SuggestionBox {
  /** The system the current text names best (exact name first), or -1. */
  bestMatch(): number;
  close(): void;
}

let nextId = 0;

export function attachSuggestions(input: HTMLInputElement, list: HTMLUListElement, index: () => NameIndex, choose: (system: number) => void): SuggestionBox {
  const prefix = `suggestion-${nextId++}`;
  let shown: number[] = [];
  let active = -1;

  const render = (): void => {
    list.replaceChildren(
      ...shown.map((system, k) =>
        el('li', { id: `${prefix}-${k}`, role: 'option', 'aria-selected': String(k === active), 'data-system': String(system) }, index().names[system]),
      ),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', String(shown.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${prefix}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    shown = [];
    active = -1;
    render();
  };
  const bestMatch = (): number => {
    const text = input.value.trim();
    if (text === '') return -1;
    return index().suggest(text, 1)[0] ?? -1;
  };
  const pick = (system: number): void => {
    input.value = index().names[system];
    close();
    choose(system);
  };

  input.addEventListener('input', () => {
    shown = index().suggest(input.value);
    active = -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      render();
    } else if (event.key === 'Enter') {
      const system = active >= 0 ? shown[active] : bestMatch();
      if (system >= 0) {
        event.preventDefault();
        pick(system);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // mousedown, not click: it fires before the input's blur closes the list.
  list.addEventListener('mousedown', (event) => {
    const item = (event.target as Element).closest('li[data-system]');
    if (item === null) return;
    event.preventDefault();
    pick(Number(item.getAttribute('data-system')));
  });
  return { bestMatch, close };
}
