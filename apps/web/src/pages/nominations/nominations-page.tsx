import { useQuery } from '@tanstack/react-query';
import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { Nomination, NominationListQuery } from '../../api/types';
import { paths } from '../../app/routes';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { STAGE_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../i18n/labels';
import { formatDateTime } from '../../time/hanoi';

/** The nominations a person may look through: a unit officer sees their unit's; filters live in the address. */
export default function NominationsPage() {
  const { me } = useMe();
  const organisation = useOrganisation();
  const [params, setParams] = useSearchParams();
  const unitOfficer = hasRole(me, 'UNIT_OFFICER');
  const query: NominationListQuery = {
    cycle: params.get('dot') ?? undefined,
    stage: (params.get('buoc') ?? undefined) as NominationListQuery['stage'],
    status: (params.get('tinh-trang') ?? undefined) as NominationListQuery['status'],
    q: params.get('tim') ?? undefined,
    unit: unitOfficer ? me?.unit?.code : (params.get('don-vi') ?? undefined),
    page: Number(params.get('trang') ?? 1),
    pageSize: 20,
  };
  const cycles = useQuery({ queryKey: ['cycles'], queryFn: () => unwrap(api.GET('/api/v1/cycles')) });
  const list = useQuery({
    queryKey: ['nominations', query],
    queryFn: () => unwrap(api.GET('/api/v1/nominations', { params: { query } })),
    placeholderData: (previous) => previous,
  });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'trang') next.delete('trang');
    setParams(next, { replace: true });
  };

  return (
    <>
      <Typography.Title level={1}>{unitOfficer ? 'Hồ sơ của đơn vị' : 'Hồ sơ đề nghị'}</Typography.Title>
      {unitOfficer && <Typography.Paragraph type="secondary">{me?.unit?.name}</Typography.Paragraph>}
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên người được đề nghị"
          aria-label="Tìm theo tên người được đề nghị"
          defaultValue={query.q}
          onSearch={(v) => set('tim', v.trim() || undefined)}
          style={{ width: 300 }}
        />
        <Select
          allowClear
          placeholder="Tất cả đợt"
          aria-label="Lọc theo đợt xét chọn"
          value={query.cycle}
          onChange={(v) => set('dot', v)}
          options={(cycles.data ?? []).map((c) => ({ value: c.code, label: c.code }))}
          style={{ minWidth: 180 }}
        />
        <Select
          allowClear
          placeholder="Tất cả các bước"
          aria-label="Lọc theo bước xét chọn"
          value={query.stage}
          onChange={(v) => set('buoc', v)}
          options={Object.entries(STAGE_LABELS).map(([value, label]) => ({ value, label }))}
          style={{ minWidth: 220 }}
        />
        <Select
          allowClear
          placeholder="Mọi tình trạng"
          aria-label="Lọc theo tình trạng"
          value={query.status}
          onChange={(v) => set('tinh-trang', v)}
          options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          style={{ minWidth: 200 }}
        />
        {!unitOfficer && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Mọi đơn vị"
            aria-label="Lọc theo đơn vị"
            value={query.unit}
            onChange={(v) => set('don-vi', v)}
            options={organisation.units.map((u) => ({ value: u.code, label: u.name }))}
            style={{ minWidth: 280 }}
          />
        )}
      </Space>
      <PageError error={list.error} />
      <Table<Nomination>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: query.page ?? 1,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total} hồ sơ`,
          onChange: (page) => set('trang', String(page)),
        }}
        locale={{ emptyText: 'Không có hồ sơ nào' }}
        columns={[
          {
            title: 'Người / tập thể được đề nghị',
            key: 'nominee',
            render: (_, n) => <Link to={paths.nomination(n.id)}>{n.nominee.fullName}</Link>,
          },
          { title: 'Đơn vị', key: 'unit', render: (_, n) => organisation.unitName(n.unitCode) },
          { title: 'Đợt', dataIndex: 'cycleCode' },
          { title: 'Bước', dataIndex: 'stage', render: (s: string) => STAGE_LABELS[s] ?? s },
          { title: 'Tình trạng', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s] ?? s}</Tag> },
          { title: 'Ngày nộp', dataIndex: 'submittedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </>
  );
}
