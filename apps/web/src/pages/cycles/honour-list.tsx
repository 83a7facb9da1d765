import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { download } from '../../api/download';
import { unwrap } from '../../api/errors';
import { paths } from '../../app/routes';
import { PageError } from '../../components/page-error';
import { STATUS_LABELS } from '../../i18n/labels';
import { formatDay } from '../../time/hanoi';

/** The honour list the Ministry publishes after the conference. */
export function HonourList({ cycleCode }: { cycleCode: string }) {
  const { message } = App.useApp();
  const list = useQuery({
    queryKey: ['cycle', cycleCode, 'honour-list'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/honour-list', { params: { path: { code: cycleCode } } })),
  });
  const path = `/api/v1/cycles/${encodeURIComponent(cycleCode)}/honour-list?format=csv`;
  return (
    <Card
      title="Danh sách biểu dương, công nhận"
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download(path, `danh-sach-bieu-duong-${cycleCode}.csv`).catch((e: Error) => message.error(e.message))}
        >
          Tải CSV
        </Button>
      }
    >
      <PageError error={list.error} />
      {list.data?.conferenceHeldOn && (
        <Typography.Paragraph>
          Hội nghị biểu dương tổ chức ngày {formatDay(list.data.conferenceHeldOn)}
          {list.data.conferencePlace ? ` tại ${list.data.conferencePlace}` : ''}.
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="nominationId"
        loading={list.isPending}
        dataSource={[
          ...(list.data?.honoured ?? []).map((e) => ({ ...e, status: 'HONOURED' })),
          ...(list.data?.recognised ?? []).map((e) => ({ ...e, status: 'RECOGNISED' })),
        ]}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có danh sách: hội nghị chưa được ghi nhận' }}
        columns={[
          { title: 'Thứ tự', dataIndex: 'rank', width: 80, render: (r: number | null) => r ?? '—' },
          {
            title: 'Họ và tên / tập thể',
            key: 'name',
            render: (_, e) => <Link to={paths.nomination(e.nominationId)}>{e.nominee.fullName}</Link>,
          },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          { title: 'Hình thức', dataIndex: 'status', render: (s: string) => STATUS_LABELS[s] ?? s },
          { title: 'Quyết định số', dataIndex: 'decisionNumber' },
          { title: 'Số bằng / giấy chứng nhận', dataIndex: 'certificateNumber' },
        ]}
      />
    </Card>
  );
}
