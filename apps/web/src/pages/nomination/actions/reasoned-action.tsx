import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/errors';
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
  /** More fields after the reason (e.g. the number the records office gave); their values reach `run`. */
  children?: ReactNode;
  run: (reason: string | undefined, values: DialogValues) => Promise<Nomination>;
  done: string;
}

type DialogValues = { reason?: string } & Record<string, string | undefined>;

/** A 409 about a field (a number already taken) stays next to the field; any other is about the dossier. */
function refusedByStateOf(err: unknown): err is ApiError {
  return err instanceof ApiError && err.status === 409 && err.fieldErrors.length === 0;
}

/** A destructive action (withdrawal, revocation): a dialog that says what it does, with a reason. */
export function ReasonedAction({ nomination, label, consequences, reasonRequired, children, run, done }: Props) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DialogValues>();
  const [error, setError] = useState<string | null>(null);
  const action = useNominationAction(nomination.id, (v: DialogValues) => run(v.reason?.trim() || undefined, v), done);
  const client = useQueryClient();
  const { modal } = App.useApp();

  /**
   * A 409: the dossier moved on meanwhile (e.g. the minister signed a decision naming it). The
   * refreshed dossier may no longer offer this action, so the answer is shown outside the dialog.
   */
  function refusedByState(err: ApiError): void {
    setOpen(false);
    modal.warning({ title: `Không thể ${label.toLowerCase()}`, content: err.message, okText: 'Đã hiểu' });
    void client.invalidateQueries({ queryKey: ['nomination', nomination.id] });
  }

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
            action.mutate(v, {
              onSuccess: () => setOpen(false),
              onError: (err) => (refusedByStateOf(err) ? refusedByState(err) : setError(showApiError(form, err))),
            });
          }}
        >
          <Form.Item
            label="Lý do"
            name="reason"
            rules={reasonRequired ? [{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {children}
        </Form>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Modal>
    </>
  );
}
