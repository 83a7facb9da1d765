import { useQuery } from '@tanstack/react-query';
import { Button, Col, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Cycle, Proposal } from '../../api/types';
import { paths } from '../../app/routes';
import { REFRESH_MS } from '../../app/shell';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { WrappingCard } from '../../components/wrapping-card';
import { ResponsiveTable } from '../../components/responsive-table';
import { PROPOSAL_STATUS_COLORS, PROPOSAL_STATUS_LABELS } from '../../i18n/labels';
import { formatDateTime } from '../../time/hanoi';

/** (A column of the cycle's dashboard.) The cycle's proposals (tờ trình) to the minister and the decisions that answered them; the standing office drafts the next. */
export function ProposalsCard({ cycle }: { cycle: Cycle }) {
  const { me } = useMe();
  const navigate = useNavigate();
  const proposals = useQuery({
    queryKey: ['proposals', cycle.code],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/proposals', { params: { path: { code: cycle.code } } })),
    refetchInterval: REFRESH_MS,
    enabled: cycle.councilProcess === 'SESSIONS',
  });
  // Cycles created before council sessions decide each nomination on its own: they have no proposals.
  if (cycle.councilProcess !== 'SESSIONS') return null;
  const pending = (proposals.data ?? []).some((p) => p.status === 'SUBMITTED');
  const office = hasRole(me, 'STANDING_OFFICE');
  const newest = [...(proposals.data ?? [])].reverse();

  return (
    <Col xs={24} xl={12}>
      <WrappingCard
        title="Tờ trình và quyết định"
        extra={
          office && !cycle.conferenceHeldAt ? (
            pending ? (
              <Button disabled title="Đã có tờ trình đang chờ Bộ trưởng quyết định">
                Lập tờ trình
              </Button>
            ) : (
              <Button type="primary" onClick={() => void navigate(paths.draftProposal(cycle.code))}>
                Lập tờ trình
              </Button>
            )
          ) : null
        }
      >
        <PageError error={proposals.error} />
        {office && pending && (
          <Typography.Paragraph type="secondary">
            Đã có tờ trình đang chờ Bộ trưởng quyết định; chờ quyết định trước khi lập tờ trình mới.
          </Typography.Paragraph>
        )}
        <ResponsiveTable<Proposal>
          label="Tờ trình của đợt"
          rows={newest}
          rowKey={(p) => p.id}
          loading={proposals.isPending}
          empty="Chưa có tờ trình nào"
          columns={[
            {
              key: 'what',
              title: 'Tờ trình',
              primary: true,
              render: (p) => <Link to={paths.proposal(p.id)}>Đề nghị công nhận {p.entries.length} người/tập thể</Link>,
            },
            { key: 'at', title: 'Ngày trình', render: (p) => formatDateTime(p.submittedAt) },
            {
              key: 'status',
              title: 'Tình trạng',
              render: (p) => <Tag color={PROPOSAL_STATUS_COLORS[p.status]}>{PROPOSAL_STATUS_LABELS[p.status] ?? p.status}</Tag>,
            },
            {
              key: 'decision',
              title: 'Quyết định',
              render: (p) =>
                p.decision ? (
                  <Link to={paths.decision(p.decision.id)} style={{ whiteSpace: 'nowrap' }}>
                    Số {p.decision.number}
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </WrappingCard>
    </Col>
  );
}
