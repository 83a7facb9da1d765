import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { CouncilSession, Cycle } from '../../api/types';
import { paths } from '../../app/routes';
import { REFRESH_MS } from '../../app/shell';
import { SESSION_STATUS_COLORS, SESSION_STATUS_LABELS } from '../../i18n/session-labels';
import { formatDateTime } from '../../time/hanoi';

/** The council's sessions in the cycle; the standing office composes a new one here (who sits on it: CouncilMembersCard). */
export function SessionsCard({ cycle, office }: { cycle: Cycle; office: boolean }) {
  const sessions = useQuery({
    queryKey: ['council-sessions', cycle.code],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/council-sessions', { params: { path: { code: cycle.code } } })),
    refetchInterval: REFRESH_MS,
  });
  return (
    <Card
      title="Hội đồng và các phiên họp"
      extra={
        office && !cycle.conferenceHeldAt ? (
          <Link to={paths.composeSession(cycle.code)}>
            <Button type="primary">Lập phiên họp</Button>
          </Link>
        ) : null
      }
    >
      <Table<CouncilSession>
        rowKey="id"
        size="small"
        loading={sessions.isPending}
        pagination={false}
        dataSource={sessions.data ?? []}
        locale={{ emptyText: 'Chưa có phiên họp nào' }}
        columns={[
          { title: 'Phiên họp', dataIndex: 'title', render: (t: string, s) => <Link to={paths.session(s.id)}>{t}</Link> },
          { title: 'Thời gian họp', dataIndex: 'meetingAt', render: (at: string) => formatDateTime(at) },
          { title: 'Số hồ sơ', key: 'agenda', align: 'right', render: (_, s) => s.agenda.length },
          {
            title: 'Tình trạng',
            dataIndex: 'status',
            render: (st: string) => <Tag color={SESSION_STATUS_COLORS[st]}>{SESSION_STATUS_LABELS[st] ?? st}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
