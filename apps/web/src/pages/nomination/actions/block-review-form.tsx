import { Alert, Button, Form, Input, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import type { Nomination, Task } from '../../../api/types';
import { showApiError } from '../../../components/api-form';
import { useConfirm } from '../../../components/confirm';
import { ChangeTargetsFields } from './change-targets';
import { completeTask } from './complete-task';
import { useNominationAction } from './use-nomination-action';

interface Values {
  decision: 'ENDORSE' | 'REQUEST_CHANGES' | 'REJECT';
  score?: number;
  reason?: string;
  fields?: string[];
  documents?: string[];
}

/** The block's review: endorse with a score, ask for changes with a reason, or reject with a reason. */
export function BlockReviewForm({ task, nomination }: { task: Task; nomination: Nomination }) {
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const action = useNominationAction(nomination.id, (v: Values) => completeTask(task.id, v), 'Đã ghi nhận ý kiến xét duyệt của khối.');

  async function send(v: Values) {
    setError(null);
    const what =
      v.decision === 'ENDORSE'
        ? {
            title: 'Đồng ý đề nghị hồ sơ này?',
            content: `Hồ sơ của ${nomination.nominee.fullName} được chuyển lên Hội đồng với số điểm ${v.score}.`,
            okText: 'Đồng ý đề nghị',
          }
        : v.decision === 'REQUEST_CHANGES'
          ? {
              title: 'Yêu cầu đơn vị bổ sung hồ sơ?',
              content: 'Đơn vị sẽ nhận được yêu cầu kèm lý do và có thời hạn để nộp lại.',
              okText: 'Gửi yêu cầu bổ sung',
            }
          : {
              title: 'Không chấp thuận hồ sơ này?',
              content: 'Hồ sơ sẽ kết thúc tại khối, đơn vị được thông báo kèm lý do. Không thể hoàn tác.',
              okText: 'Không chấp thuận',
              danger: true,
            };
    if (!(await confirm(what))) return;
    const body =
      v.decision === 'ENDORSE'
        ? { decision: v.decision, score: v.score }
        : v.decision === 'REQUEST_CHANGES'
          ? { decision: v.decision, reason: v.reason, fields: v.fields ?? [], documents: v.documents ?? [] }
          : { decision: v.decision, reason: v.reason };
    action.mutate(body as Values, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ decision: 'ENDORSE' }}>
      <Form.Item label="Ý kiến của khối" name="decision">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'ENDORSE', label: 'Đồng ý đề nghị' },
            { value: 'REQUEST_CHANGES', label: 'Yêu cầu bổ sung' },
            { value: 'REJECT', label: 'Không chấp thuận' },
          ]}
        />
      </Form.Item>
      {decision === 'ENDORSE' ? (
        <Form.Item
          label="Điểm (0–100)"
          name="score"
          rules={[
            { required: true, message: 'Vui lòng nhập điểm' },
            { type: 'integer', min: 0, max: 100, message: 'Điểm là số nguyên từ 0 đến 100' },
          ]}
        >
          <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
        </Form.Item>
      ) : (
        <Form.Item label="Lý do" name="reason" rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }, { max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
      {decision === 'REQUEST_CHANGES' && <ChangeTargetsFields nomination={nomination} />}
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={action.isPending} danger={decision === 'REJECT'}>
        Gửi ý kiến xét duyệt
      </Button>
    </Form>
  );
}
