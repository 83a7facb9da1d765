/**
 * Where a select inside a dialog opens its options: beside the select, inside the dialog, so they
 * scroll with it and stay within the dialog's focus (not in the page's body behind it).
 */
export const insideTheDialog = (trigger: HTMLElement): HTMLElement => trigger.parentElement ?? document.body;
