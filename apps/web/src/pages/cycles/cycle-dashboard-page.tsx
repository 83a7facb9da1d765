import { useQuery } from '@tanstack/react-query';
import { EligibilityStandardText } from './dossier-rules-card';
import { Card, Col, Descriptions, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { APPROVAL_RULE_LABELS, CALENDAR_FIELDS, CALENDAR_LABELS, STAGE_LABELS, STATUS_LABELS } from '../../i18n/labels';
import { formatDateTime, formatDay } from '../../time/hanoi';
import { ConferenceCard } from './conference-card';
import { CouncilMembersCard } from './council-members-card';
import { HonourList } from './honour-list';
import { MissingUnits } from './missing-units';
import { MoveDatesButton } from './move-dates';
import { ProposalsCard } from './proposals-card';
import { SessionsCard } from './sessions-card';

/** The standing office's view of a cycle: its calendar, where the nominations stand, who is missing, the conference. */
export default function CycleDashboardPage() {
  const { code = '' } = useParams();
  const { me } = useMe();
  const organisation = useOrganisation();
  const cycle = useQuery({
    queryKey: ['cycle', code],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}', { params: { path: { code } } })),
  });
  const summary = useQuery({
    queryKey: ['cycle', code, 'summary'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/summary', { params: { path: { code } } })),
    refetchInterval: 10_000,
  });
  if (cycle.isPending) return <Spin tip="Đang tải…" />;
  if (cycle.isError) return <PageError error={cycle.error} />;
  const c = cycle.data;
  const office = hasRole(me, 'STANDING_OFFICE', 'ADMIN');

  return (
    <>
      <Typography.Title level={1}>{c.title}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag>{c.code}</Tag>
        <Typography.Text type="secondary">{c.planReference}</Typography.Text>
        {c.conferenceHeldAt ? (
          <Tag>Đã tổ chức hội nghị {c.conferenceHeldOn ? `ngày ${formatDay(c.conferenceHeldOn)}` : formatDateTime(c.conferenceHeldAt)}</Tag>
        ) : c.submissionsOpen ? (
          <Tag color="green">Đang nhận hồ sơ</Tag>
        ) : (
          <Tag color="blue">Đã hết hạn nộp hồ sơ</Tag>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="Lịch của đợt (giờ Hà Nội)" extra={office && !c.conferenceHeldAt ? <MoveDatesButton cycle={c} /> : null}>
            <Descriptions
              size="small"
              column={1}
              items={[
                ...CALENDAR_FIELDS.map((k) => ({ key: k, label: CALENDAR_LABELS[k], children: formatDateTime(c[k]) })),
                { key: 'quota', label: 'Chỉ tiêu biểu dương', children: c.quota },
                { key: 'rule', label: 'Nguyên tắc thông qua', children: APPROVAL_RULE_LABELS[c.approvalRule] ?? c.approvalRule },
                { key: 'version', label: 'Số lần điều chỉnh lịch', children: c.calendarVersion - 1 },
                {
                  key: 'documents',
                  label: 'Tài liệu bắt buộc',
                  children: c.requiredDocuments.length ? c.requiredDocuments.map((d) => d.title).join('; ') : 'Không yêu cầu',
                },
                { key: 'standard', label: 'Tiêu chuẩn về danh hiệu', children: <EligibilityStandardText standard={c.eligibility} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="Tình hình hồ sơ">
            {summary.isPending ? (
              <Spin />
            ) : summary.isError ? (
              <PageError error={summary.error} />
            ) : (
              <>
                <Statistic title="Tổng số hồ sơ" value={summary.data.total} />
                <Row gutter={16} style={{ marginTop: 16 }}>
                  <Col xs={24} md={12}>
                    <Table
                      size="small"
                      rowKey="stage"
                      pagination={false}
                      dataSource={summary.data.byStage}
                      columns={[
                        { title: 'Bước (hồ sơ đang xử lý)', dataIndex: 'stage', render: (s: string) => STAGE_LABELS[s] ?? s },
                        { title: 'Số hồ sơ', dataIndex: 'count', align: 'right' },
                      ]}
                    />
                  </Col>
                  <Col xs={24} md={12}>
                    <Table
                      size="small"
                      rowKey="status"
                      pagination={false}
                      dataSource={summary.data.byStatus}
                      columns={[
                        { title: 'Tình trạng', dataIndex: 'status', render: (s: string) => STATUS_LABELS[s] ?? s },
                        { title: 'Số hồ sơ', dataIndex: 'count', align: 'right' },
                      ]}
                    />
                  </Col>
                </Row>
                <Table
                  style={{ marginTop: 16 }}
                  size="small"
                  rowKey="blockCode"
                  pagination={false}
                  dataSource={summary.data.byBlock}
                  columns={[
                    { title: 'Khối thi đua', dataIndex: 'blockCode', render: (b: string) => organisation.blockName(b) },
                    { title: 'Số hồ sơ', dataIndex: 'count', align: 'right' },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
        {office && (
          <Col xs={24} xl={12}>
            <MissingUnits cycleCode={c.code} />
          </Col>
        )}
        {c.councilProcess === 'SESSIONS' && (
          <Col xs={24} xl={12}>
            <SessionsCard cycle={c} office={hasRole(me, 'STANDING_OFFICE')} />
          </Col>
        )}
        {c.councilProcess === 'SESSIONS' && (
          <Col xs={24} xl={12}>
            <CouncilMembersCard cycle={c} canEdit={office} />
          </Col>
        )}
        <ProposalsCard cycle={c} />
        {hasRole(me, 'STANDING_OFFICE') && (
          <Col xs={24} xl={12}>
            <ConferenceCard cycle={c} />
          </Col>
        )}
        <Col xs={24}>
          <HonourList cycleCode={c.code} />
        </Col>
      </Row>
    </>
  );
}
