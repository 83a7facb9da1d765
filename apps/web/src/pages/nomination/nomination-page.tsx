import { useQuery } from '@tanstack/react-query';
import { Button, Col, Row, Space, Spin, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import { REFRESH_MS } from '../../app/shell';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { NOMINEE_KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../i18n/labels';
import { ActionsPanel } from './actions/actions-panel';
import { ChangesSinceRequest } from './changes-since-request';
import { DossierDetails } from './dossier-details';
import { Eligibility } from './eligibility';
import { Outcome } from './outcome';
import { StageSteps } from './stage-steps';
import { Timeline } from './timeline';

export const nominationKey = (id: string) => ['nomination', id];

/** One nomination: the dossier, where it stands, what happened, and the caller's decision beside it. */
export default function NominationPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const organisation = useOrganisation();
  const nomination = useQuery({
    queryKey: nominationKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}', { params: { path: { id } } })),
    refetchInterval: REFRESH_MS,
  });
  const config = useQuery({ queryKey: ['config'], queryFn: () => unwrap(api.GET('/api/v1/config')), staleTime: Infinity });

  if (nomination.isPending) return <Spin tip="Đang tải hồ sơ…" />;
  if (nomination.isError) return <PageError error={nomination.error} />;
  const n = nomination.data;
  const temporalUi = config.data?.temporalUiUrl;

  return (
    <>
      <Space align="baseline" wrap>
        <Typography.Title level={1}>{n.nominee.fullName}</Typography.Title>
        {n.stage === 'DRAFT' ? <Tag>Bản nháp</Tag> : <Tag color={STATUS_COLORS[n.status]}>{STATUS_LABELS[n.status] ?? n.status}</Tag>}
        <Tag>{NOMINEE_KIND_LABELS[n.nominee.kind] ?? n.nominee.kind}</Tag>
      </Space>
      <Typography.Paragraph type="secondary">
        {organisation.unitName(n.unitCode)} · {organisation.blockName(n.blockCode)} · Đợt {n.cycleCode}
      </Typography.Paragraph>
      {hasRole(me, 'ADMIN') && temporalUi && (
        <Button href={`${temporalUi}/namespaces/default/workflows/${encodeURIComponent(n.workflowId)}`} target="_blank" rel="noopener">
          Mở tiến trình trong Temporal Web UI
        </Button>
      )}
      <StageSteps nomination={n} />
      <Row gutter={[24, 24]}>
        {/* On a phone the decision (the ballot, the review) comes first, the dossier below it. */}
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 15, order: 1 }}>
          <Outcome nomination={n} />
          <Eligibility nomination={n} />
          <ChangesSinceRequest nomination={n} />
          <DossierDetails nomination={n} />
          <Timeline nominationId={n.id} />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
          <ActionsPanel nomination={n} />
        </Col>
      </Row>
    </>
  );
}
