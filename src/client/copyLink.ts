/** "Copy link" on share boxes: shown only where the clipboard API exists, with a spoken confirmation. */
const button = document.querySelector<HTMLButtonElement>('[data-copy-link]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');
if (button && status && navigator.clipboard) {
  button.closest('li')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(button.dataset['copyLink'] ?? location.href).then(() => {
      status.textContent = status.dataset['copied'] ?? '';
    });
  });
}

export {};
