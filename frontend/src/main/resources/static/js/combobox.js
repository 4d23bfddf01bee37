/**
 * An editable combobox with a list of suggestions, after the WAI-ARIA Authoring Practices pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the text box, the arrow keys move
 * through the suggestions (aria-activedescendant), Enter chooses one, Escape closes the list. The number
 * of suggestions is announced. Markup: `.app-combobox` holding `input[role=combobox]` and `ul[role=listbox]`.
 * @module combobox
 */

import { h } from './dom.js';
import { isAbort } from './graphql.js';
import { plural } from './words.js';

/**
 * @typedef {object} Suggestion
 * @property {string} id - what is chosen
 * @property {string} label - what is shown
 * @property {string} [description] - a few words to tell it from others
 */

/**
 * @typedef {object} ComboboxOptions
 * @property {(text: string, signal: AbortSignal) => Promise<Suggestion[]>} source - suggestions for a text
 * @property {(suggestion: Suggestion) => void} onChoose - called when a suggestion is chosen
 * @property {(message: string) => void} announce - says something to screen-reader users
 * @property {number} [minLength] - characters typed before suggesting (2)
 * @property {number} [wait] - quiet time in milliseconds before asking (200)
 */

export class Combobox {
  /**
   * @param {HTMLElement} root - the `.app-combobox` element
   * @param {ComboboxOptions} options - where suggestions come from and what to do with a choice
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.input = /** @type {HTMLInputElement} */ (root.querySelector('[role=combobox]'));
    this.listbox = /** @type {HTMLElement} */ (root.querySelector('[role=listbox]'));
    /** @type {Suggestion[]} */
    this.suggestions = [];
    this.active = -1;
    /** @type {AbortController|null} */
    this.pending = null;
    this.timer = 0;

    this.input.addEventListener('input', () => {
      // Typing makes a highlighted suggestion stale: Enter must then answer for the text typed, not for it.
      this.moveTo(-1);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.suggest(), options.wait ?? 200);
    });
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.input.addEventListener('blur', () => this.close());
    // Keep focus in the text box when a suggestion is pressed with a pointer.
    this.listbox.addEventListener('pointerdown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      // The options are the listbox's <li> elements.
      const option = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('[role=option]'));
      if (option) {
        this.choose(Number(option.dataset.index));
      }
    });
  }

  /** Asks for suggestions for what is typed now. */
  async suggest() {
    const text = this.input.value.trim();
    this.pending?.abort();
    if (text.length < (this.options.minLength ?? 2)) {
      this.show([]);
      return;
    }
    const controller = new AbortController();
    this.pending = controller;
    try {
      const suggestions = await this.options.source(text, controller.signal);
      if (!controller.signal.aborted && document.activeElement === this.input) {
        this.show(suggestions);
        this.options.announce(suggestions.length
          ? `${plural(suggestions.length, 'suggestion')}: use the up and down arrows to choose one.`
          : 'No suggestions.');
      }
    } catch (error) {
      if (!isAbort(error)) {
        this.show([]);
      }
    }
  }

  /**
   * Shows suggestions (none closes the list).
   *
   * @param {Suggestion[]} suggestions - what to show
   */
  show(suggestions) {
    this.suggestions = suggestions;
    this.active = -1;
    const id = this.listbox.id;
    this.listbox.replaceChildren(...suggestions.map((suggestion, index) => h('li', {
      id: `${id}-${index}`, role: 'option', class: 'app-combobox__option', 'aria-selected': 'false', 'data-index': index
    }, [
      h('span', { class: 'app-combobox__label', text: suggestion.label }),
      suggestion.description ? h('span', { class: 'app-combobox__description', text: suggestion.description }) : null
    ])));
    this.setOpen(suggestions.length > 0);
  }

  /** Closes the list. */
  close() {
    clearTimeout(this.timer);
    this.pending?.abort();
    this.setOpen(false);
  }

  /**
   * @param {boolean} open - whether the list shows
   */
  setOpen(open) {
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) {
      this.moveTo(-1);
    }
  }

  /**
   * @param {KeyboardEvent} event - a key pressed in the text box
   */
  onKeyDown(event) {
    const open = !this.listbox.hidden;
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      this.setOpen(true);
      this.moveTo(open ? (this.active + 1) % count : 0);
    } else if (event.key === 'ArrowUp' && open && count) {
      event.preventDefault();
      this.moveTo(this.active <= 0 ? count - 1 : this.active - 1);
    } else if (event.key === 'Enter' && open && this.active >= 0) {
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        this.close();
      } else {
        this.input.value = '';
      }
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      this.close();
    }
  }

  /**
   * @param {number} index - the suggestion to mark as active (-1 for none)
   */
  moveTo(index) {
    this.active = index;
    for (const option of this.listbox.children) {
      const selected = Number(/** @type {HTMLElement} */ (option).dataset.index) === index;
      option.setAttribute('aria-selected', String(selected));
      if (selected) {
        option.scrollIntoView({ block: 'nearest' });
      }
    }
    if (index >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${index}`);
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  /**
   * @param {number} index - the suggestion chosen
   */
  choose(index) {
    const suggestion = this.suggestions[index];
    if (!suggestion) {
      return;
    }
    this.input.value = suggestion.label;
    this.close();
    this.options.onChoose(suggestion);
  }
}
