import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { paths } from '../../app/routes';
import { REFRESH_MS } from '../../app/shell';
import { PageError } from '../../components/page-error';
import { formatDateTime } from '../../time/hanoi';

/** The caller's notices, newest first: their own and their unit's (reminders, outcomes). */
export default function NotificationsPage() {
  const client = useQueryClient();
  const notices = useQuery({
    queryKey: ['notifications'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications')),
    refetchInterval: REFRESH_MS,
  });
  const markRead = useMutation({
    mutationFn: (ids?: string[]) => unwrap(api.POST('/api/v1/notifications/read', { body: ids ? { ids } : {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = (notices.data ?? []).filter((n) => !n.read);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>Thông báo</Typography.Title>
        <Button disabled={!unread.length} loading={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
          Đánh dấu tất cả là đã đọc
        </Button>
      </Space>
      <PageError error={notices.error} />
      <List
        loading={notices.isPending}
        dataSource={notices.data ?? []}
        locale={{ emptyText: 'Chưa có thông báo nào' }}
        renderItem={(n) => (
          <List.Item
            actions={
              n.read
                ? []
                : [
                    <Button key="read" type="link" onClick={() => markRead.mutate([n.id])}>
                      Đã đọc
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  {!n.read && <Tag color="processing">Chưa đọc</Tag>}
                  <span style={{ fontWeight: n.read ? 400 : 600 }}>{n.subject}</span>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{n.body}</Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {formatDateTime(n.createdAt)}
                    {n.nominationId && (
                      <>
                        {' · '}
                        <Link to={paths.nomination(n.nominationId)}>Xem hồ sơ</Link>
                      </>
                    )}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
