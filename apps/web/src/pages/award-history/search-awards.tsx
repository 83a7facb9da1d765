import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import { PageError } from '../../components/page-error';
import { ResponsiveTable } from '../../components/responsive-table';
import { formatDateTime } from '../../time/hanoi';
import type { AwardRecord } from './award-api';

interface SearchValues {
  kind: 'INDIVIDUAL' | 'COLLECTIVE';
  fullName: string;
  dateOfBirth?: Dayjs;
  unitCode?: string;
}

type Query = { fullName: string; dateOfBirth?: string; unitCode?: string };

/** A person's titles by full name and date of birth, or a collective's by its name and unit. */
export function SearchAwards() {
  const [form] = Form.useForm<SearchValues>();
  const kind = Form.useWatch('kind', form) ?? 'INDIVIDUAL';
  const [query, setQuery] = useState<Query | null>(null);
  const { units, unitName } = useOrganisation();
  const records = useQuery({
    queryKey: ['award-history', query],
    queryFn: () => unwrap(api.GET('/api/v1/award-history', { params: { query: query as Query } })),
    enabled: query !== null,
  });

  function search(v: SearchValues) {
    setQuery(
      v.kind === 'INDIVIDUAL'
        ? { fullName: v.fullName, dateOfBirth: v.dateOfBirth?.format('YYYY-MM-DD') }
        : { fullName: v.fullName, unitCode: v.unitCode },
    );
  }

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          Tra cứu lịch sử khen thưởng
        </Typography.Title>
      }
    >
      <Form<SearchValues> form={form} layout="vertical" initialValues={{ kind: 'INDIVIDUAL' }} onFinish={search}>
        <Form.Item name="kind" label="Đối tượng">
          <Radio.Group
            options={[
              { value: 'INDIVIDUAL', label: 'Cá nhân' },
              { value: 'COLLECTIVE', label: 'Tập thể' },
            ]}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="fullName"
            label={kind === 'INDIVIDUAL' ? 'Họ và tên' : 'Tên tập thể'}
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên' }]}
          >
            <Input maxLength={200} style={{ width: 280 }} />
          </Form.Item>
          {kind === 'INDIVIDUAL' ? (
            <Form.Item name="dateOfBirth" label="Ngày sinh" rules={[{ required: true, message: 'Vui lòng chọn ngày sinh' }]}>
              <DatePicker
                format="DD/MM/YYYY"
                placeholder="ngày/tháng/năm"
                disabledDate={(d) => !d.isBefore(dayjs(), 'day')}
                style={{ width: 200 }}
              />
            </Form.Item>
          ) : (
            <Form.Item name="unitCode" label="Đơn vị" rules={[{ required: true, message: 'Vui lòng chọn đơn vị' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 320 }}
                options={units.map((u) => ({ value: u.code, label: u.name }))}
              />
            </Form.Item>
          )}
        </Space>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            Tra cứu
          </Button>
        </Form.Item>
      </Form>
      {query && (
        <div style={{ marginTop: 16 }}>
          <PageError error={records.error} />
          <ResponsiveTable<AwardRecord>
            label="Danh hiệu đã được tặng"
            rows={records.data ?? []}
            loading={records.isFetching}
            rowKey={(r) => r.id}
            empty="Chưa có danh hiệu nào trong lịch sử khen thưởng"
            columns={[
              { key: 'year', title: 'Năm', render: (r) => r.year, primary: true, width: 80 },
              { key: 'title', title: 'Danh hiệu', render: (r) => r.titleName },
              { key: 'decision', title: 'Số quyết định', render: (r) => r.decisionRef ?? '—' },
              { key: 'unit', title: 'Đơn vị', render: (r) => unitName(r.unitCode) },
              {
                key: 'source',
                title: 'Nguồn',
                render: (r) => (r.source === 'ENGINE' ? 'Hệ thống công nhận' : `Nhập từ tệp (${r.sourceRef})`),
              },
              { key: 'recorded', title: 'Ghi nhận lúc', render: (r) => formatDateTime(r.recordedAt), deskOnly: true },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
