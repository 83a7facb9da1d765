import { App } from 'antd';
import type { ReactNode } from 'react';

export interface Confirmation {
  title: string;
  /** What will happen, in the words of the person who does it. */
  content: ReactNode;
  okText: string;
  danger?: boolean;
}

/** Asks before doing: resolves true when the person confirms. */
export function useConfirm(): (c: Confirmation) => Promise<boolean> {
  const { modal } = App.useApp();
  return (c) =>
    new Promise((resolve) => {
      modal.confirm({
        title: c.title,
        content: c.content,
        okText: c.okText,
        cancelText: 'Hủy',
        okButtonProps: { danger: c.danger },
        autoFocusButton: 'cancel',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
}
