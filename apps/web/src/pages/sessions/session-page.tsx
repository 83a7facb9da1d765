import { useQuery } from '@tanstack/react-query';
import { Button, Col, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { paths } from '../../app/routes';
import { REFRESH_MS } from '../../app/shell';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { SESSION_STATUS_COLORS, SESSION_STATUS_LABELS } from '../../i18n/session-labels';
import { AgendaTable } from './agenda-table';
import { BallotSheet } from './ballot-sheet';
import { MembersTable } from './members-table';
import { MinutesButtons } from './minutes-buttons';
import { OfficeActions } from './office-actions';
import { SessionSummary } from './session-summary';
import { WrittenOpinionForm } from './written-opinion-form';

export const sessionKey = (id: string) => ['council-session', id];

/**
 * One council session (phiên họp): the agenda and, once closed with quorum, the count; who has
 * voted (never how); the member's ballot sheet, and the standing office's controls.
 */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const session = useQuery({
    queryKey: sessionKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/council-sessions/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.status === 'VOTING' || q.state.data?.status === 'DRAFT' ? REFRESH_MS : false),
  });
  if (session.isPending) return <Spin tip="Đang tải phiên họp…" />;
  if (session.isError) return <PageError error={session.error} />;
  const s = session.data;
  const office = hasRole(me, 'STANDING_OFFICE');
  // The sheet while voting; afterwards, the member's own confirmation that their ballot counted.
  const myBallot = me
    ? s.ballots.find((b) => b.member === me.username && (s.status === 'VOTING' || s.received.some((r) => r.member === b.member)))
    : undefined;
  const closed = s.status === 'CLOSED' || s.status === 'INQUORATE';

  return (
    <>
      <Space align="baseline" wrap>
        <Typography.Title level={1}>{s.title}</Typography.Title>
        <Tag color={SESSION_STATUS_COLORS[s.status]}>{SESSION_STATUS_LABELS[s.status] ?? s.status}</Tag>
      </Space>
      <Typography.Paragraph type="secondary">
        Đợt <Link to={paths.cycle(s.cycleCode)}>{s.cycleCode}</Link>
      </Typography.Paragraph>
      <Row gutter={[24, 24]}>
        {/* On a phone the ballot sheet comes first: it is why a member opens this page. */}
        {myBallot && me && (
          <Col xs={24} lg={{ span: 14, order: 2 }}>
            <BallotSheet session={s} taskId={myBallot.taskId} member={me.username} />
          </Col>
        )}
        <Col xs={24} lg={myBallot ? { span: 10, order: 1 } : 24}>
          <SessionSummary session={s} />
          {office && <OfficeActions session={s} />}
          {closed && (
            <Space style={{ margin: '16px 0' }}>
              <MinutesButtons session={s} />
            </Space>
          )}
        </Col>
      </Row>
      <AgendaTable session={s} editable={office && s.status === 'DRAFT'} />
      <MembersTable session={s} />
      {office && s.status === 'VOTING' && <WrittenOpinionForm session={s} />}
      {hasRole(me, 'ADMIN') && <TemporalLink workflowId={s.workflowId} />}
    </>
  );
}

function TemporalLink({ workflowId }: { workflowId: string }) {
  const config = useQuery({ queryKey: ['config'], queryFn: () => unwrap(api.GET('/api/v1/config')), staleTime: Infinity });
  const ui = config.data?.temporalUiUrl;
  if (!ui) return null;
  return (
    <Button
      href={`${ui}/namespaces/default/workflows/${encodeURIComponent(workflowId)}`}
      target="_blank"
      rel="noopener"
      style={{ marginTop: 16 }}
    >
      Mở tiến trình phiên họp trong Temporal Web UI
    </Button>
  );
}
