import { App } from 'antd';
import { useRef, type ReactNode } from 'react';

export interface Confirmation {
  title: string;
  /** What will happen, in the words of the person who does it. */
  content: ReactNode;
  okText: string;
  danger?: boolean;
}

/**
 * Asks before doing: resolves true when the person confirms. While one question is open, a
 * second (a double click, Enter pressed twice) is answered "no" instead of stacking another.
 */
export function useConfirm(): (c: Confirmation) => Promise<boolean> {
  const { modal } = App.useApp();
  const asking = useRef(false);
  return (c) => {
    if (asking.current) return Promise.resolve(false);
    asking.current = true;
    return new Promise((resolve) => {
      const answer = (yes: boolean) => {
        asking.current = false;
        resolve(yes);
      };
      modal.confirm({
        title: c.title,
        content: c.content,
        okText: c.okText,
        cancelText: 'Hủy',
        okButtonProps: { danger: c.danger },
        autoFocusButton: 'cancel',
        onOk: () => answer(true),
        onCancel: () => answer(false),
      });
    });
  };
}
