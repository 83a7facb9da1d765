import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Cycle } from '../../api/types';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { formatDate, formatDateTime, formatDay, HANOI, isPast } from '../../time/hanoi';

interface Values {
  heldOn: Dayjs;
  place: string;
}

/** Today's date in Hanoi, as a picker value. */
const hanoiToday = () => dayjs(dayjs().tz(HANOI).format('YYYY-MM-DD'));

/**
 * Recording the conference as held, on the day and at the place it was held: it honours the
 * approved within the quota and closes the cycle. Only after the submission cutoff.
 */
export function ConferenceCard({ cycle }: { cycle: Cycle }) {
  const confirm = useConfirm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const hold = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/v1/cycles/{code}/conference', {
          params: { path: { code: cycle.code } },
          body: { heldOn: values.heldOn.format('YYYY-MM-DD'), place: values.place },
        }),
      ),
    onSuccess: async (summary) => {
      await client.invalidateQueries({ queryKey: ['cycle', cycle.code] });
      await client.invalidateQueries({ queryKey: ['cycles'] });
      void message.success(`Đã ghi nhận hội nghị: ${summary.honoured} được biểu dương, ${summary.recognised} được công nhận.`);
    },
    onError: (err) => setError(showApiError(form, err)),
  });

  if (cycle.conferenceHeldAt) {
    return (
      <Card title="Hội nghị biểu dương">
        <Typography.Paragraph>
          {cycle.conferenceHeldOn ? `Hội nghị đã tổ chức ngày ${formatDay(cycle.conferenceHeldOn)}` : 'Hội nghị đã tổ chức'}
          {cycle.conferencePlace ? ` tại ${cycle.conferencePlace}` : ''}.
        </Typography.Paragraph>
        <Typography.Text type="secondary">Ghi nhận lúc {formatDateTime(cycle.conferenceHeldAt)}.</Typography.Text>
      </Card>
    );
  }
  const cutoffPassed = isPast(cycle.submissionCutoff);
  const firstDay = dayjs(dayjs(cycle.submissionCutoff).tz(HANOI).format('YYYY-MM-DD'));

  const send = async (values: Values) => {
    setError(null);
    const ok = await confirm({
      title: 'Ghi nhận hội nghị đã tổ chức?',
      content: (
        <ul>
          <li>
            Hội nghị tổ chức ngày {values.heldOn.format('DD/MM/YYYY')} tại {values.place.trim()}.
          </li>
          <li>
            Hồ sơ đã được Bộ trưởng phê duyệt được xếp thứ tự; {cycle.quota} hồ sơ đầu được biểu dương tại hội nghị, các hồ sơ còn lại được
            công nhận.
          </li>
          <li>Mỗi hồ sơ được biểu dương được cấp số giấy chứng nhận; đơn vị được thông báo.</li>
          <li>Hồ sơ chưa được quyết định sẽ kết thúc cùng đợt; lịch của đợt không thể điều chỉnh nữa.</li>
          <li>Không thể hoàn tác.</li>
        </ul>
      ),
      okText: 'Ghi nhận hội nghị',
      danger: true,
    });
    if (ok) hold.mutate(values);
  };

  return (
    <Card title="Hội nghị biểu dương">
      <Typography.Paragraph>Ngày hội nghị theo kế hoạch: {formatDate(cycle.conferenceDate)}.</Typography.Paragraph>
      {!cutoffPassed && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Đợt còn nhận hồ sơ đến ${formatDateTime(cycle.submissionCutoff)}: chỉ ghi nhận hội nghị sau khi hết hạn nộp hồ sơ.`}
        />
      )}
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={send}
        initialValues={{ heldOn: hanoiToday(), place: '' }}
        disabled={!cutoffPassed}
      >
        <Form.Item label="Ngày tổ chức" name="heldOn" rules={[{ required: true, message: 'Vui lòng chọn ngày tổ chức hội nghị' }]}>
          <DatePicker
            format="DD/MM/YYYY"
            allowClear={false}
            needConfirm={false}
            disabledDate={(d) => d.isAfter(hanoiToday(), 'day') || d.isBefore(firstDay, 'day')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          label="Địa điểm"
          name="place"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi địa điểm tổ chức hội nghị' }]}
        >
          <Input maxLength={300} placeholder="Ví dụ: Hội trường Bộ, 10 Tôn Thất Thuyết, Hà Nội" />
        </Form.Item>
        <Button danger type="primary" htmlType="submit" loading={hold.isPending}>
          Ghi nhận hội nghị đã tổ chức
        </Button>
      </Form>
    </Card>
  );
}
