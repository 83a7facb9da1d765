import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { AgendaItem, CouncilSession } from '../../api/types';
import { showApiError } from '../../components/api-form';
import { useSessionAction } from './use-session-action';

/** A member declares a conflict of interest on one candidate before voting: they are recused for it. */
export function DeclareConflictButton({ session: s, item }: { session: CouncilSession; item: AgendaItem }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const [error, setError] = useState<string | null>(null);
  const declare = useSessionAction(
    s.id,
    (v: { note: string }) =>
      unwrap(
        api.POST('/api/v1/council-sessions/{id}/conflicts', {
          params: { path: { id: s.id } },
          body: { nominationId: item.nominationId, note: v.note },
        }),
      ),
    `Đã ghi nhận: đồng chí không bỏ phiếu cho ${item.nomineeName}.`,
  );
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)}>
        Khai xung đột lợi ích
      </Button>
      <Modal
        open={open}
        title={`Khai xung đột lợi ích với ${item.nomineeName}`}
        okText="Khai và không bỏ phiếu cho hồ sơ này"
        cancelText="Hủy"
        confirmLoading={declare.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setError(null);
            declare.mutate(v, { onSuccess: () => setOpen(false), onError: (err) => setError(showApiError(form, err)) });
          }}
        >
          <p>Đồng chí sẽ không bỏ phiếu cho hồ sơ này; biên bản kiểm phiếu ghi nhận việc này. Không thể rút lại.</p>
          <Form.Item label="Lý do" name="note" rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} role="alert" />}
        </Form>
      </Modal>
    </>
  );
}
