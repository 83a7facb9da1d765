import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Nomination } from '../../../api/types';
import { showApiError } from '../../../components/api-form';
import { useNominationAction } from './use-nomination-action';

interface Props {
  nomination: Nomination;
  /** The button that opens the dialog, and the dialog's title. */
  label: string;
  /** What will happen, shown before the person confirms. */
  consequences: ReactNode;
  reasonRequired: boolean;
  run: (reason: string | undefined) => Promise<Nomination>;
  done: string;
}

/** A destructive action (withdrawal, revocation): a dialog that says what it does, with a reason. */
export function ReasonedAction({ nomination, label, consequences, reasonRequired, run, done }: Props) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<string | null>(null);
  const action = useNominationAction(nomination.id, (v: { reason?: string }) => run(v.reason?.trim() || undefined), done);

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={label}
        okText={label}
        okButtonProps={{ danger: true, loading: action.isPending }}
        cancelText="Hủy"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={consequences} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setError(null);
            action.mutate(v, { onSuccess: () => setOpen(false), onError: (err) => setError(showApiError(form, err)) });
          }}
        >
          <Form.Item
            label="Lý do"
            name="reason"
            rules={reasonRequired ? [{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Modal>
    </>
  );
}
