import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Cycle } from '../../api/types';
import { paths } from '../../app/routes';
import { hasRole, useMe } from '../../auth/session';
import { PageError } from '../../components/page-error';
import { formatDate, formatDateTime } from '../../time/hanoi';

export default function CyclesPage() {
  const { me } = useMe();
  const cycles = useQuery({ queryKey: ['cycles'], queryFn: () => unwrap(api.GET('/api/v1/cycles')) });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>Đợt xét chọn</Typography.Title>
        {hasRole(me, 'ADMIN') && (
          <Link to={paths.createCycle}>
            <Button type="primary" icon={<PlusOutlined />}>
              Tạo đợt xét chọn
            </Button>
          </Link>
        )}
      </Space>
      <PageError error={cycles.error} />
      <Table<Cycle>
        rowKey="code"
        loading={cycles.isPending}
        dataSource={cycles.data ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          { title: 'Mã đợt', dataIndex: 'code', render: (code: string) => <Link to={paths.cycle(code)}>{code}</Link> },
          { title: 'Tên đợt', dataIndex: 'title' },
          { title: 'Giai đoạn', key: 'period', render: (_, c) => `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}` },
          { title: 'Hạn nộp hồ sơ', dataIndex: 'submissionCutoff', render: (at: string) => formatDateTime(at) },
          {
            title: 'Tình trạng',
            key: 'state',
            render: (_, c) =>
              c.conferenceHeldAt ? (
                <Tag>Đã tổ chức hội nghị</Tag>
              ) : c.submissionsOpen ? (
                <Tag color="green">Đang nhận hồ sơ</Tag>
              ) : (
                <Tag color="blue">Đang xét chọn</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
