import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Cycle } from '../../api/types';
import { useConfirm } from '../../components/confirm';
import { formatDateTime } from '../../time/hanoi';

/** Recording the conference as held: it honours the approved, within the quota, and closes the cycle. */
export function ConferenceCard({ cycle }: { cycle: Cycle }) {
  const confirm = useConfirm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const hold = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/cycles/{code}/conference', { params: { path: { code: cycle.code } } })),
    onSuccess: async (summary) => {
      await client.invalidateQueries({ queryKey: ['cycle', cycle.code] });
      await client.invalidateQueries({ queryKey: ['cycles'] });
      void message.success(`Đã ghi nhận hội nghị: ${summary.honoured} được biểu dương, ${summary.recognised} được công nhận.`);
    },
    onError: (err) => setError(err.message),
  });

  if (cycle.conferenceHeldAt) {
    return (
      <Card title="Hội nghị biểu dương">
        <Typography.Paragraph>Hội nghị đã được ghi nhận lúc {formatDateTime(cycle.conferenceHeldAt)}.</Typography.Paragraph>
      </Card>
    );
  }
  return (
    <Card title="Hội nghị biểu dương">
      <Typography.Paragraph>Ngày hội nghị theo lịch: {formatDateTime(cycle.conferenceDate)}.</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      <Button
        danger
        type="primary"
        loading={hold.isPending}
        onClick={async () => {
          setError(null);
          const ok = await confirm({
            title: 'Ghi nhận hội nghị đã tổ chức?',
            content: (
              <ul>
                <li>
                  Hồ sơ đã được Bộ trưởng phê duyệt được xếp thứ tự; {cycle.quota} hồ sơ đầu được biểu dương tại hội nghị, các hồ sơ còn lại
                  được công nhận.
                </li>
                <li>Mỗi hồ sơ được cấp số bằng khen / giấy chứng nhận; đơn vị được thông báo.</li>
                <li>Hồ sơ chưa được quyết định sẽ kết thúc cùng đợt; lịch của đợt không thể điều chỉnh nữa.</li>
                <li>Không thể hoàn tác.</li>
              </ul>
            ),
            okText: 'Ghi nhận hội nghị',
            danger: true,
          });
          if (ok) hold.mutate();
        }}
      >
        Ghi nhận hội nghị đã tổ chức
      </Button>
    </Card>
  );
}
