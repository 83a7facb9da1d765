import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { CouncilSession } from '../../api/types';
import { useConfirm } from '../../components/confirm';
import { quorumNeeded } from './quorum';
import { useSessionAction } from './use-session-action';

const step = (id: string, what: 'open' | 'close') =>
  what === 'open'
    ? unwrap(api.POST('/api/v1/council-sessions/{id}/open', { params: { path: { id } } }))
    : unwrap(api.POST('/api/v1/council-sessions/{id}/close', { params: { path: { id } } }));

/** The standing office opens the ballot of a prepared session, and closes it. */
export function OfficeActions({ session: s }: { session: CouncilSession }) {
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const open = useSessionAction(s.id, () => step(s.id, 'open'), 'Đã mở bỏ phiếu; các thành viên Hội đồng đã được thông báo.');
  const close = useSessionAction(s.id, () => step(s.id, 'close'), 'Đã kết thúc bỏ phiếu.');
  const onError = (err: Error) => setError(err.message);

  if (s.status === 'DRAFT') {
    return (
      <Card size="small" title="Cơ quan thường trực" style={{ marginTop: 16 }}>
        <Typography.Paragraph>
          Mở bỏ phiếu gửi cho mỗi thành viên Hội đồng của đợt một phiếu bầu gồm {s.agenda.length} hồ sơ trên chương trình.
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
        <Button
          type="primary"
          loading={open.isPending}
          disabled={s.agenda.length === 0}
          onClick={async () => {
            setError(null);
            const ok = await confirm({
              title: 'Mở bỏ phiếu?',
              content: `Mỗi thành viên Hội đồng nhận một phiếu bầu gồm ${s.agenda.length} hồ sơ và được thông báo. Sau khi mở, chương trình phiên họp không thay đổi được.`,
              okText: 'Mở bỏ phiếu',
            });
            if (ok) open.mutate(undefined, { onError });
          }}
        >
          Mở bỏ phiếu
        </Button>
      </Card>
    );
  }
  if (s.status !== 'VOTING') return null;
  const members = s.members.length;
  const needed = quorumNeeded(members);
  return (
    <Card size="small" title="Cơ quan thường trực" style={{ marginTop: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          Đã bỏ phiếu: {s.received.length}/{members} thành viên; cần ít nhất {needed} thành viên (hai phần ba) để phiên họp có kết quả.
        </Typography.Text>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
        <Button
          danger
          loading={close.isPending}
          onClick={async () => {
            setError(null);
            const ok = await confirm({
              title: 'Kết thúc bỏ phiếu?',
              content:
                s.received.length >= needed
                  ? `${s.received.length}/${members} thành viên đã bỏ phiếu. Phiếu được kiểm ngay và kết quả được công bố; thành viên chưa bỏ phiếu không bỏ phiếu được nữa.`
                  : `Mới có ${s.received.length}/${members} thành viên bỏ phiếu, chưa đủ ${needed}. Phiên họp sẽ kết thúc không có kết quả: không kiểm phiếu, không ai bị loại, các hồ sơ chờ phiên họp sau.`,
              okText: 'Kết thúc bỏ phiếu',
              danger: true,
            });
            if (ok) close.mutate(undefined, { onError });
          }}
        >
          Kết thúc bỏ phiếu
        </Button>
      </Space>
    </Card>
  );
}
