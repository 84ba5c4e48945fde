/**
 * "Print lesson" / "Print handout" buttons open the print dialog; before printing, links get
 * their full address for print.css to show after the link text.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
  button.addEventListener('click', () => window.print());
}
window.addEventListener('beforeprint', () => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]'))
    link.dataset['printHref'] = link.href;
});

export {};
