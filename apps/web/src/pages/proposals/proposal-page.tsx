import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Descriptions, Grid, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { Proposal } from '../../api/types';
import { paths } from '../../app/routes';
import { REFRESH_MS } from '../../app/shell';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { WrappingCard } from '../../components/wrapping-card';
import { ResponsiveTable } from '../../components/responsive-table';
import { NOMINEE_KIND_LABELS, PROPOSAL_STATUS_COLORS, PROPOSAL_STATUS_LABELS, TASK_LABELS } from '../../i18n/labels';
import { formatDate, formatDateTime } from '../../time/hanoi';
import { DecideProposalForm } from './decide-proposal-form';

type Entry = Proposal['entries'][number];

/** The standing office's proposal (tờ trình) to the minister: the list, what became of it, and the minister's decision beside it. */
export default function ProposalPage() {
  const { id = '' } = useParams();
  const organisation = useOrganisation();
  const { me } = useMe();
  const navigate = useNavigate();
  const narrow = !Grid.useBreakpoint().md;
  const proposal = useQuery({
    queryKey: ['proposal', id],
    queryFn: () => unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })),
    refetchInterval: REFRESH_MS,
  });
  // The minister's (or a deputy's) open task on this proposal, if the caller has it.
  const tasks = useQuery({
    queryKey: ['tasks'],
    queryFn: () => unwrap(api.GET('/api/v1/tasks')),
    refetchInterval: REFRESH_MS,
  });

  if (proposal.isPending) return <Spin tip="Đang tải tờ trình…" />;
  if (proposal.isError) return <PageError error={proposal.error} />;
  const p = proposal.data;
  const task = (tasks.data ?? []).find((t) => t.proposalId === p.id);
  const struck = new Map((p.decision?.struck ?? []).map((s) => [s.nominationId, s.reason]));
  const leftOut = p.leftOut;

  return (
    <>
      <Space align="baseline" wrap>
        <Typography.Title level={1}>Tờ trình đề nghị công nhận {p.entries.length} người/tập thể</Typography.Title>
        <Tag color={PROPOSAL_STATUS_COLORS[p.status]}>{PROPOSAL_STATUS_LABELS[p.status] ?? p.status}</Tag>
      </Space>
      <Typography.Paragraph type="secondary">
        <Link to={paths.cycle(p.cycleCode)}>Đợt {p.cycleCode}</Link>
      </Typography.Paragraph>
      <Row gutter={[24, 24]}>
        {/* On a phone the decision comes first, the list below it. */}
        <Col xs={{ span: 24, order: 2 }} lg={{ span: task ? 15 : 24, order: 1 }}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            {p.decision && (
              <Alert
                type="success"
                showIcon
                title={
                  <span>
                    Đã ký <Link to={paths.decision(p.decision.id)}>Quyết định số {p.decision.number}</Link>
                  </span>
                }
                description={`Ngày ký ${formatDate(p.decision.signedAt)}; người ký: ${p.decision.signature}. Công nhận ${p.decision.nominationIds.length} người/tập thể${
                  p.decision.struck.length ? `, không công nhận ${p.decision.struck.length}` : ''
                }.`}
              />
            )}
            {p.returned && (
              <Alert
                type="warning"
                showIcon
                title={`Tờ trình đã được trả lại ngày ${formatDateTime(p.returned.at)}`}
                description={
                  <>
                    <div>Lý do: {p.returned.reason}</div>
                    <div>Người trả lại: {p.returned.byName ?? p.returned.by}</div>
                    <div>Các hồ sơ trong tờ trình chờ Thường trực Hội đồng lập tờ trình mới.</div>
                  </>
                }
                action={
                  hasRole(me, 'STANDING_OFFICE') ? (
                    <Button onClick={() => void navigate(paths.draftProposal(p.cycleCode))}>Lập tờ trình mới</Button>
                  ) : null
                }
              />
            )}
            <WrappingCard title="Thông tin tờ trình">
              <Descriptions
                size="small"
                column={1}
                layout={narrow ? 'vertical' : 'horizontal'}
                items={[
                  { key: 'status', label: 'Tình trạng', children: PROPOSAL_STATUS_LABELS[p.status] ?? p.status },
                  {
                    key: 'by',
                    label: 'Thường trực Hội đồng trình',
                    children: `${p.submitterName ?? p.submittedBy}, ${formatDateTime(p.submittedAt)}`,
                  },
                  { key: 'count', label: 'Số người/tập thể đề nghị', children: `${p.entries.length} (chỉ tiêu ${p.quota})` },
                  ...(p.status === 'SUBMITTED'
                    ? [{ key: 'due', label: 'Hạn Bộ trưởng quyết định', children: formatDateTime(p.dueAt) }]
                    : []),
                  ...(p.justification ? [{ key: 'why', label: 'Lý do đề nghị vượt chỉ tiêu', children: p.justification }] : []),
                ]}
              />
            </WrappingCard>
            <WrappingCard title="Danh sách đề nghị công nhận">
              <ResponsiveTable<Entry>
                label="Danh sách đề nghị công nhận"
                rows={p.entries}
                rowKey={(e) => e.nominationId}
                empty="Tờ trình không còn hồ sơ nào"
                columns={[
                  { key: 'rank', title: 'Thứ tự', width: 72, render: (e) => e.rank },
                  {
                    key: 'name',
                    title: 'Họ và tên / tên tập thể',
                    primary: true,
                    render: (e) => <Link to={paths.nomination(e.nominationId)}>{e.nomineeName}</Link>,
                  },
                  { key: 'kind', title: 'Loại', render: (e) => NOMINEE_KIND_LABELS[e.nomineeKind] ?? e.nomineeKind },
                  { key: 'position', title: 'Chức vụ', render: (e) => e.position ?? '—' },
                  { key: 'unit', title: 'Đơn vị', render: (e) => organisation.unitName(e.unitCode) },
                  ...(p.decision
                    ? [
                        {
                          key: 'outcome',
                          title: 'Quyết định',
                          render: (e: Entry) =>
                            struck.has(e.nominationId) ? (
                              <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 4 }}>
                                <Tag color="error">Không công nhận</Tag>
                                <span>Lý do: {struck.get(e.nominationId)}</span>
                              </div>
                            ) : (
                              <Tag color="success">Được công nhận</Tag>
                            ),
                        },
                      ]
                    : []),
                ]}
              />
            </WrappingCard>
            {leftOut.length > 0 && (
              <WrappingCard title={`Hồ sơ được Hội đồng thông qua nhưng không đưa vào tờ trình (${leftOut.length})`}>
                <ResponsiveTable
                  label="Hồ sơ không đưa vào tờ trình"
                  rows={leftOut}
                  rowKey={(l) => l.nominationId}
                  empty="—"
                  columns={[
                    {
                      key: 'name',
                      title: 'Hồ sơ',
                      primary: true,
                      render: (l) => <LeftOutName nominationId={l.nominationId} />,
                    },
                    { key: 'why', title: 'Lý do', render: (l) => l.explanation },
                  ]}
                />
              </WrappingCard>
            )}
          </Space>
        </Col>
        {task && (
          <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
            <WrappingCard title={TASK_LABELS[task.type] ?? task.type}>
              <DecideProposalForm proposal={p} />
            </WrappingCard>
          </Col>
        )}
      </Row>
    </>
  );
}

/** A left-out candidate is named by its nomination (the proposal keeps only its id and why). */
function LeftOutName({ nominationId }: { nominationId: string }) {
  const nomination = useQuery({
    queryKey: ['nomination', nominationId],
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}', { params: { path: { id: nominationId } } })),
    staleTime: 60_000,
  });
  return <Link to={paths.nomination(nominationId)}>{nomination.data?.nominee.fullName ?? 'Xem hồ sơ'}</Link>;
}
