import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Table } from 'antd';
import { api } from '../../api/client';
import { download } from '../../api/download';
import { unwrap } from '../../api/errors';
import { PageError } from '../../components/page-error';

/** Units that have submitted nothing to the cycle, with the spreadsheet the ministry publishes. */
export function MissingUnits({ cycleCode }: { cycleCode: string }) {
  const { message } = App.useApp();
  const missing = useQuery({
    queryKey: ['cycle', cycleCode, 'missing'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/missing-units', { params: { path: { code: cycleCode } } })),
  });
  const path = `/api/v1/cycles/${encodeURIComponent(cycleCode)}/missing-units?format=csv`;
  return (
    <Card
      title={`Đơn vị chưa nộp hồ sơ${missing.data ? ` (${missing.data.units.length})` : ''}`}
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download(path, `don-vi-chua-nop-${cycleCode}.csv`).catch((e: Error) => message.error(e.message))}
        >
          Tải CSV
        </Button>
      }
    >
      <PageError error={missing.error} />
      <Table
        size="small"
        rowKey="code"
        loading={missing.isPending}
        dataSource={missing.data?.units ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'Mọi đơn vị đã nộp hồ sơ' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'name' },
          { title: 'Khối thi đua', dataIndex: 'blockName' },
        ]}
      />
    </Card>
  );
}
