import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Cycle } from '../../api/types';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { CALENDAR_LABELS } from '../../i18n/labels';
import { formatDateTime, fromHanoiWallClock, toHanoiWallClock } from '../../time/hanoi';

const MOVABLE = ['submissionCutoff', 'blockReviewTarget', 'councilVoteTarget', 'decisionTarget', 'conferenceDate'] as const;
type Movable = (typeof MOVABLE)[number];
type Values = Partial<Record<Movable, Dayjs>> & { reason: string };

/** Lùi thời hạn: new dates (Hanoi time) with a reason; the old and new dates are shown before confirming. */
export function MoveDatesButton({ cycle }: { cycle: Cycle }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const confirm = useConfirm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const move = useMutation({
    mutationFn: (body: Partial<Record<Movable, string>> & { reason: string }) =>
      unwrap(api.POST('/api/v1/cycles/{code}/schedule', { params: { path: { code: cycle.code } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['cycle', cycle.code] });
      setOpen(false);
      void message.success('Đã điều chỉnh lịch của đợt; các hồ sơ đang xử lý theo lịch mới.');
    },
  });

  async function send(v: Values) {
    setError(null);
    // The picker shows minutes: a date counts as moved when its minute changed.
    const changed = MOVABLE.filter((k) => v[k] && formatDateTime(fromHanoiWallClock(v[k])) !== formatDateTime(cycle[k]));
    if (!changed.length) {
      setError('Chưa có ngày nào thay đổi.');
      return;
    }
    const body = Object.fromEntries(changed.map((k) => [k, fromHanoiWallClock(v[k]!)])) as Partial<Record<Movable, string>>;
    const ok = await confirm({
      title: 'Điều chỉnh lịch của đợt?',
      content: (
        <ul>
          {changed.map((k) => (
            <li key={k}>
              {CALENDAR_LABELS[k]}: {formatDateTime(cycle[k])} → <b>{formatDateTime(body[k])}</b>
            </li>
          ))}
          <li>Lý do: {v.reason}</li>
        </ul>
      ),
      okText: 'Điều chỉnh lịch',
    });
    if (ok) move.mutate({ ...body, reason: v.reason }, { onError: (err) => setError(showApiError(form, err)) });
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>Điều chỉnh lịch</Button>
      <Modal
        open={open}
        title="Điều chỉnh lịch của đợt (giờ Hà Nội)"
        okText="Xem lại thay đổi"
        cancelText="Hủy"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: move.isPending }}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={send}
          initialValues={Object.fromEntries(MOVABLE.map((k) => [k, toHanoiWallClock(cycle[k])]))}
        >
          {MOVABLE.map((k) => (
            <Form.Item key={k} label={CALENDAR_LABELS[k]} name={k}>
              <DatePicker
                needConfirm={false}
                showTime={{ format: 'HH:mm' }}
                format="DD/MM/YYYY HH:mm"
                allowClear={false}
                style={{ width: '100%' }}
              />
            </Form.Item>
          ))}
          <Form.Item label="Lý do điều chỉnh" name="reason" rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Modal>
    </>
  );
}
