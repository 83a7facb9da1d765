import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Nomination, Task } from '../../../api/types';
import { showApiError } from '../../../components/api-form';
import { useConfirm } from '../../../components/confirm';
import { formatDateTime } from '../../../time/hanoi';
import { changeTargetsText } from './change-targets';
import { completeTask } from './complete-task';
import { useNominationAction } from './use-nomination-action';

interface Values {
  changes: string;
}

/** The unit answers a change request: the reviewer's reason, what was changed, and resubmission. */
export function RevisionForm({ task, nomination }: { task: Task; nomination: Nomination }) {
  const [form] = Form.useForm<Values>();
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const events = useQuery({
    queryKey: ['events', nomination.id],
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}/events', { params: { path: { id: nomination.id } } })),
  });
  const request = [...(events.data ?? [])].reverse().find((e) => e.type === 'ChangesRequested');
  const asked = request?.data as { reason?: string; fields?: string[]; documents?: string[] } | undefined;
  const reason = asked?.reason;
  const what = changeTargetsText(nomination, asked?.fields, asked?.documents);
  // Returned by the standing office from the council's list (thẩm định), or by the block's reviewer.
  const byOffice = nomination.returnedFrom === 'COUNCIL_VOTE';
  const action = useNominationAction(
    nomination.id,
    (v: Values) => completeTask(task.id, { decision: 'RESUBMIT', changes: v.changes }),
    byOffice ? 'Đã nộp lại hồ sơ cho Thường trực Hội đồng.' : 'Đã nộp lại hồ sơ cho khối xét duyệt.',
  );

  async function send(v: Values) {
    setError(null);
    const ok = await confirm({
      title: 'Nộp lại hồ sơ?',
      content: byOffice
        ? 'Hồ sơ đã bổ sung được gửi lại Thường trực Hội đồng và trở về danh sách chờ phiên họp của Hội đồng.'
        : 'Hồ sơ đã bổ sung được gửi lại khối thi đua để xét duyệt.',
      okText: 'Nộp lại hồ sơ',
    });
    if (ok) action.mutate(v, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={byOffice ? 'Thường trực Hội đồng yêu cầu bổ sung hồ sơ' : 'Khối thi đua yêu cầu bổ sung hồ sơ'}
        description={
          <>
            <div>Lý do: {reason ?? '…'}</div>
            {what && <div>Cần sửa, bổ sung: {what}</div>}
            <div>Hạn nộp lại: {formatDateTime(task.dueAt)}</div>
          </>
        }
        style={{ marginBottom: 16 }}
      />
      <Form<Values> form={form} layout="vertical" onFinish={send}>
        <Form.Item
          label="Nội dung đã bổ sung, chỉnh sửa"
          name="changes"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu nội dung đã bổ sung' }]}
        >
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={action.isPending}>
          Nộp lại hồ sơ
        </Button>
      </Form>
    </>
  );
}
