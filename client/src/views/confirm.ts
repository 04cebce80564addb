// A modal yes/no question (native <dialog>): resolves true only on the confirming button.
import { t } from '../i18n.ts';
import { h } from './dom.ts';

export function confirmDialog(message: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', class: 'primary danger', 'data-action': 'confirm', text: confirmLabel });
    const no = h('button', { type: 'button', class: 'small', 'data-action': 'cancel', text: t('cancel') });
    const dialog = h('dialog', { class: 'confirm-dialog' }, h('p', { text: message }), h('div', { class: 'actions' }, no, yes));
    const done = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}
