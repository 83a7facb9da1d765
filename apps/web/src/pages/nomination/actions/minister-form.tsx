import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { Nomination, Task } from '../../../api/types';
import { hasRole, useMe } from '../../../auth/session';
import { showApiError } from '../../../components/api-form';
import { useConfirm } from '../../../components/confirm';
import { completeTask } from './complete-task';
import { useNominationAction } from './use-nomination-action';

interface Values {
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
}

/** The minister's (or a deputy's) decision: approve, or reject with a reason. */
export function MinisterForm({ task, nomination }: { task: Task; nomination: Nomination }) {
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const { me } = useMe();
  const deputy = hasRole(me, 'DEPUTY_MINISTER') && !hasRole(me, 'MINISTER');
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const action = useNominationAction(nomination.id, (v: Values) => completeTask(task.id, v), 'Đã ghi nhận quyết định.');

  async function send(v: Values) {
    setError(null);
    const ok = await confirm(
      v.decision === 'APPROVE'
        ? {
            title: 'Phê duyệt đề nghị biểu dương?',
            content: `${nomination.nominee.fullName} được đưa vào quyết định biểu dương${deputy ? ', ký “KT. BỘ TRƯỞNG / THỨ TRƯỞNG”' : ''}.`,
            okText: 'Phê duyệt',
          }
        : {
            title: 'Không phê duyệt?',
            content: 'Hồ sơ kết thúc, đơn vị được thông báo kèm lý do. Không thể hoàn tác.',
            okText: 'Không phê duyệt',
            danger: true,
          },
    );
    if (ok) action.mutate(v.decision === 'APPROVE' ? { decision: 'APPROVE' } : v, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ decision: 'APPROVE' }}>
      {deputy && (
        <Alert
          type="info"
          showIcon
          title="Quyết định sẽ được ký: KT. BỘ TRƯỞNG / THỨ TRƯỞNG"
          description="Thứ trưởng ký thay Bộ trưởng."
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item label="Quyết định" name="decision">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'APPROVE', label: 'Phê duyệt' },
            { value: 'REJECT', label: 'Không phê duyệt' },
          ]}
        />
      </Form.Item>
      {decision === 'REJECT' && (
        <Form.Item label="Lý do" name="reason" rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={action.isPending} danger={decision === 'REJECT'}>
        Ghi nhận quyết định
      </Button>
    </Form>
  );
}
