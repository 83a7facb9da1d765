import { Alert, Button, Form, Radio } from 'antd';
import { useState } from 'react';
import type { Nomination, Task } from '../../../api/types';
import { showApiError } from '../../../components/api-form';
import { useConfirm } from '../../../components/confirm';
import { DECISION_LABELS } from '../../../i18n/labels';
import { formatDateTime } from '../../../time/hanoi';
import { completeTask } from './complete-task';
import { useNominationAction } from './use-nomination-action';

interface Values {
  decision: 'AGREE' | 'DISAGREE' | 'ABSTAIN';
}

/** A council member's ballot: one choice, cast once, secret. */
export function BallotForm({ task, nomination }: { task: Task; nomination: Nomination }) {
  const [form] = Form.useForm<Values>();
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const action = useNominationAction(nomination.id, (v: Values) => completeTask(task.id, v), 'Đã ghi nhận phiếu bầu của bạn.');

  async function send(v: Values) {
    setError(null);
    const ok = await confirm({
      title: `Bỏ phiếu “${DECISION_LABELS[v.decision]}”?`,
      content: 'Phiếu chỉ được bỏ một lần và không thể sửa. Lựa chọn của bạn được giữ kín; kết quả chỉ công bố khi kết thúc bỏ phiếu.',
      okText: 'Bỏ phiếu',
    });
    if (ok) action.mutate(v, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={send}>
      <p>Hạn bỏ phiếu: {formatDateTime(task.dueAt)}</p>
      <Form.Item label="Phiếu bầu của bạn" name="decision" rules={[{ required: true, message: 'Vui lòng chọn một phương án' }]}>
        <Radio.Group
          options={(['AGREE', 'DISAGREE', 'ABSTAIN'] as const).map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={action.isPending} block>
        Bỏ phiếu
      </Button>
    </Form>
  );
}
